//! `POST /llm-codegen/generate`: authenticate, check the body and the prompt, charge
//! the user's limits in their Durable Object, ask the LLM, validate (one repair round),
//! answer. Quota is refunded when the service fails with a 5xx.

use codegen_service::auth::{authenticate, User};
use codegen_service::config::Config;
use codegen_service::limits::Decision;
use codegen_service::llm::Repair;
use codegen_service::request::{check_declared_length, parse_generate};
use codegen_service::trace::TraceContext;
use codegen_service::ApiError;
use sanitize_core::{validate_answer, Policy, Report};
use serde_json::json;
use worker::{Method, Request, RequestInit, Response, Result, RouteContext};

use crate::limiter::Command;
use crate::{llm_client, respond};

pub fn random_bytes() -> [u8; 24] {
    let mut bytes = [0u8; 24];
    // Without randomness the trace id is still well-formed (from_header fixes all-zero).
    let _ = getrandom::getrandom(&mut bytes);
    bytes
}

pub async fn handle(mut req: Request, ctx: RouteContext<()>) -> Result<Response> {
    let started = js_sys::Date::now();
    let trace = TraceContext::from_header(
        req.headers().get("traceparent").ok().flatten().as_deref(),
        random_bytes(),
    );
    let outcome = run(&mut req, &ctx, &trace, started).await;
    let (response, status, code, user) = match outcome {
        Ok((body, user)) => (
            respond::json(200, &body, Some(&trace))?,
            200,
            "ok".to_string(),
            Some(user),
        ),
        Err((error, user)) => (
            respond::error(&error, &trace)?,
            error.status(),
            error.code().to_string(),
            user,
        ),
    };
    // One log line per request: never the prompt, the token or a key.
    worker::console_log!(
        "{}",
        json!({
            "level": if status >= 500 { "error" } else { "info" },
            "event": "generate",
            "trace_id": trace.trace_id,
            "user": user.map(|u| u.id),
            "status": status,
            "code": code,
            "latency_ms": (js_sys::Date::now() - started).round(),
        })
    );
    Ok(response)
}

type Failure = (ApiError, Option<User>);

async fn run(
    req: &mut Request,
    ctx: &RouteContext<()>,
    trace: &TraceContext,
    started: f64,
) -> std::result::Result<(serde_json::Value, User), Failure> {
    if req.method() != Method::Post {
        return Err((
            ApiError::MethodNotAllowed {
                method: req.method().to_string(),
                allowed: "POST",
            },
            None,
        ));
    }
    let config = Config::from_source(|name| {
        ctx.env
            .secret(name)
            .ok()
            .map(|s| s.to_string())
            .or_else(|| ctx.env.var(name).ok().map(|v| v.to_string()))
    })
    .map_err(|e| (ApiError::Misconfigured(e.to_string()), None))?;

    let authorization = req.headers().get("authorization").ok().flatten();
    let now_seconds = (js_sys::Date::now() / 1000.0) as i64;
    let key_set = match (&config.jwks_url, authorization.as_deref()) {
        (Some(url), Some(header)) => {
            let kid = codegen_service::auth::bearer_token(Some(header))
                .ok()
                .and_then(codegen_service::auth::key_id);
            crate::jwks::keys(url, kid.as_deref()).await
        }
        _ => None,
    };
    let user = authenticate(
        authorization.as_deref(),
        &config.auth,
        key_set.as_deref(),
        now_seconds,
    )
    .map_err(|_| (ApiError::Unauthorized, None))?;
    let failed = |error: ApiError| (error, Some(user.clone()));

    let content_type = req.headers().get("content-type").ok().flatten();
    let length = req.headers().get("content-length").ok().flatten();
    check_declared_length(length.as_deref(), config.max_body_bytes).map_err(failed)?;
    let body = req
        .bytes()
        .await
        .map_err(|_| failed(ApiError::InvalidJson("the body could not be read".into())))?;
    let request = parse_generate(
        content_type.as_deref(),
        &body,
        config.max_body_bytes,
        &config.prompt,
    )
    .map_err(failed)?;

    let decision = limiter(
        ctx,
        &user,
        &Command::Charge {
            per_minute: config.rate_limit_per_minute,
            per_day: config.quota_per_day,
        },
    )
    .await
    .map_err(|e| failed(ApiError::Misconfigured(format!("limits unavailable: {e}"))))?;
    let charged: Decision = serde_json::from_value(decision)
        .map_err(|e| failed(ApiError::Misconfigured(e.to_string())))?;
    let (quota_remaining, charged_day) = match charged {
        Decision::Admitted {
            quota_remaining,
            charged_day,
        } => (quota_remaining, charged_day),
        Decision::RateLimited {
            retry_after_seconds,
        } => {
            return Err(failed(ApiError::RateLimited {
                limit: config.rate_limit_per_minute,
                retry_after_seconds,
            }))
        }
        Decision::QuotaExceeded {
            retry_after_seconds,
        } => {
            return Err(failed(ApiError::QuotaExceeded {
                limit: config.quota_per_day,
                retry_after_seconds,
            }))
        }
    };

    match generate(&config, &request.prompt, trace).await {
        Ok((code, report, model, attempts)) => Ok((
            json!({
                "code": code,
                "validation_results": {
                    "passed": report.passed,
                    "score": report.score,
                    "issues_count": report.issues_count,
                    "issues": report.issues,
                },
                "trace_id": trace.trace_id,
                "metrics": {
                    "latency_seconds": ((js_sys::Date::now() - started) / 10.0).round() / 100.0,
                    "quota_remaining": quota_remaining,
                },
                "model": model,
                "attempts": attempts,
            }),
            user,
        )),
        Err(error) => {
            if error.is_server_error() {
                let _ = limiter(ctx, &user, &Command::Refund { charged_day }).await;
            }
            Err(failed(error))
        }
    }
}

/// Asks, validates, repairs once.
/// The code, its report, the model that wrote it and the LLM calls made.
type Generated = (String, Report, String, u32);

async fn generate(
    config: &Config,
    prompt: &str,
    trace: &TraceContext,
) -> std::result::Result<Generated, ApiError> {
    let policy = Policy::default();
    let traceparent = trace.traceparent();
    let first = llm_client::ask(config, prompt, None, &traceparent)
        .await
        .map_err(|e| ApiError::LlmError(e.to_string()))?;
    let (extraction, report) = validate_answer(&first.text, &policy);
    if report.passed {
        return Ok((extraction.code, report, first.model, first.attempts));
    }
    let repair = Repair {
        code: extraction.code,
        report,
    };
    let second = llm_client::ask(config, prompt, Some((&repair, &first.model)), &traceparent)
        .await
        .map_err(|e| ApiError::LlmError(e.to_string()))?;
    let (extraction, report) = validate_answer(&second.text, &policy);
    if report.passed {
        return Ok((
            extraction.code,
            report,
            second.model,
            first.attempts + second.attempts,
        ));
    }
    let broken = report.issues.iter().any(|i| i.family == "syntax");
    Err(if broken {
        ApiError::InvalidCode(Box::new(report))
    } else {
        ApiError::UnsafeCode(Box::new(report))
    })
}

async fn limiter(
    ctx: &RouteContext<()>,
    user: &User,
    command: &Command,
) -> Result<serde_json::Value> {
    let stub = ctx
        .env
        .durable_object("USER_LIMITS")?
        .id_from_name(&user.id)?
        .get_stub()?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(serde_json::to_string(command)?.into()));
    let request = Request::new_with_init("https://limits.internal/", &init)?;
    stub.fetch_with_request(request).await?.json().await
}
