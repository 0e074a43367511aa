//! `POST /llm-codegen/generate`: authenticate, check the body and the prompt, charge
//! the user's limits in their Durable Object, ask the LLM, validate (one repair round),
//! answer. Quota is refunded when the service fails with a 5xx. Each step is a span;
//! after the response come one log line, the span export and the metrics record.

use codegen_service::auth::{authenticate, bearer_token, key_id, User};
use codegen_service::config::{readiness, Config, ConfigProblems};
use codegen_service::facts::RequestFacts;
use codegen_service::limits::Decision;
use codegen_service::llm::Repair;
use codegen_service::request::{check_declared_length, check_request_prompt, read_generate};
use codegen_service::spans::SpanKind;
use codegen_service::trace::TraceContext;
use codegen_service::ApiError;
use sanitize_core::{validate_answer, Policy, Report};
use serde_json::json;
use worker::{Context, Env, Method, Request, Response, Result, RouteContext};

use crate::limiter::Command;
use crate::telemetry::{now_ms, Recorder};
use crate::{llm_client, respond};

const ROUTE: &str = "/llm-codegen/generate";

pub fn random_bytes() -> [u8; 24] {
    let mut bytes = [0u8; 24];
    // Without randomness the trace id is still well-formed (from_header fixes all-zero).
    let _ = getrandom::getrandom(&mut bytes);
    bytes
}

/// The caller's trace continued, or a new one.
pub fn new_trace(req: &Request) -> TraceContext {
    TraceContext::from_header(
        req.headers().get("traceparent").ok().flatten().as_deref(),
        random_bytes(),
    )
}

/// The configuration, or every missing or invalid setting and binding (by name).
pub fn ready(env: &Env) -> std::result::Result<Config, ConfigProblems> {
    readiness(
        |name| setting(env, name),
        |binding| env.durable_object(binding).is_ok(),
    )
}

/// A setting from the secrets, else the vars.
pub fn setting(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .ok()
        .map(|s| s.to_string())
        .or_else(|| env.var(name).ok().map(|v| v.to_string()))
}

pub async fn handle(mut req: Request, ctx: RouteContext<Context>) -> Result<Response> {
    let started = now_ms();
    let method = req.method().to_string();
    let mut recorder = Recorder::start(new_trace(&req), "POST /llm-codegen/generate", started);
    let mut facts = RequestFacts::default();
    let config = ready(&ctx.env);
    let outcome = match &config {
        Ok(config) => run(&mut req, &ctx, config, &mut recorder, &mut facts).await,
        Err(error) => Err(ApiError::Misconfigured(error.to_string())),
    };
    let trace = recorder.trace.clone();
    let (response, status, code, error) = match &outcome {
        Ok(body) => (respond::json(200, body, Some(&trace))?, 200, "ok", None),
        Err(error) => (
            respond::error(error, &trace)?,
            error.status(),
            error.code(),
            Some(error.to_string()),
        ),
    };
    let latency_ms = now_ms() - started;

    let root = recorder.root();
    root.set("http.request.method", method.as_str());
    root.set("http.route", ROUTE);
    root.set("http.response.status_code", status);
    root.set("codegen.code", code);
    if let Some(user) = &facts.user {
        root.set("enduser.id", user.as_str());
    }
    if status >= 500 {
        root.error = error.clone();
    }
    let log_prompts = config.as_ref().is_ok_and(|c| c.log_prompts);
    let line = facts
        .log_entry(
            &trace.trace_id,
            (&method, ROUTE),
            (status, code),
            (started, latency_ms),
            error.as_deref(),
        )
        .line(log_prompts);
    if status >= 500 {
        worker::console_error!("{line}");
    } else {
        worker::console_log!("{line}");
    }
    crate::telemetry::after_response(
        &ctx.data,
        ctx.env.clone(),
        config.ok().and_then(|c| c.otlp),
        trace.trace_id.clone(),
        recorder.finish(),
        facts.observation(status, code, latency_ms / 1000.0),
    );
    Ok(response)
}

async fn run(
    req: &mut Request,
    ctx: &RouteContext<Context>,
    config: &Config,
    recorder: &mut Recorder,
    facts: &mut RequestFacts,
) -> std::result::Result<serde_json::Value, ApiError> {
    if req.method() != Method::Post {
        return Err(ApiError::MethodNotAllowed {
            method: req.method().to_string(),
            allowed: "POST",
        });
    }
    let user = authenticate_span(req, config, recorder).await?;
    facts.user = Some(user.id.clone());

    let content_type = req.headers().get("content-type").ok().flatten();
    let length = req.headers().get("content-length").ok().flatten();
    check_declared_length(length.as_deref(), config.max_body_bytes)?;
    let body = req
        .bytes()
        .await
        .map_err(|_| ApiError::InvalidJson("the body could not be read".into()))?;
    let request = read_generate(content_type.as_deref(), &body, config.max_body_bytes)?;
    // Known before its checks, so that a refused prompt is logged by length and hash.
    facts.prompt = Some(request.prompt.clone());
    check_request_prompt(&request.prompt, &config.prompt)?;

    let mut span = recorder.open("rate_limit", SpanKind::Internal);
    let charged = charge(ctx, config, &user).await;
    match &charged {
        Ok((quota_remaining, _)) => {
            span.set("ratelimit.decision", "admitted");
            span.set("quota.remaining", *quota_remaining);
        }
        Err(error) => {
            span.set("ratelimit.decision", error.code());
            facts.limited = match error {
                ApiError::RateLimited { .. } => Some("rate_limit"),
                ApiError::QuotaExceeded { .. } => Some("quota"),
                _ => None,
            };
            if error.is_server_error() {
                span.error = Some(error.to_string());
            }
        }
    }
    recorder.close(span);
    let (quota_remaining, charged_day) = charged?;

    match generate(config, &request.prompt, recorder, facts).await {
        Ok((code, report)) => Ok(json!({
            "code": code,
            "validation_results": {
                "passed": report.passed,
                "score": report.score,
                "issues_count": report.issues_count,
                "issues": report.issues,
            },
            "trace_id": recorder.trace.trace_id,
            "metrics": {
                "latency_seconds": ((now_ms() - recorder.started_ms()) / 10.0).round() / 100.0,
                "quota_remaining": quota_remaining,
            },
            "model": facts.model,
            "attempts": facts.attempts(),
        })),
        Err(error) => {
            if error.is_server_error() {
                let span = recorder.open("rate_limit.refund", SpanKind::Internal);
                let _ = limiter(ctx, &user, &Command::Refund { charged_day }).await;
                recorder.close(span);
            }
            Err(error)
        }
    }
}

/// The `auth` span: the JWKS (when configured) and the token check.
async fn authenticate_span(
    req: &Request,
    config: &Config,
    recorder: &mut Recorder,
) -> std::result::Result<User, ApiError> {
    let mut span = recorder.open("auth", SpanKind::Internal);
    let authorization = req.headers().get("authorization").ok().flatten();
    let key_set = match (&config.jwks_url, authorization.as_deref()) {
        (Some(url), Some(header)) => {
            let kid = bearer_token(Some(header)).ok().and_then(key_id);
            crate::jwks::keys(url, kid.as_deref()).await
        }
        _ => None,
    };
    let now_seconds = (now_ms() / 1000.0) as i64;
    let result = authenticate(
        authorization.as_deref(),
        &config.auth,
        key_set.as_deref(),
        now_seconds,
    );
    match &result {
        Ok(_) => span.set("auth.outcome", "ok"),
        Err(error) => {
            span.set("auth.outcome", error.reason());
            span.error = Some(format!("unauthorized: {}", error.reason()));
        }
    }
    recorder.close(span);
    result.map_err(|_| ApiError::Unauthorized)
}

/// Charges one request in the user's Durable Object: quota left and the day charged.
async fn charge(
    ctx: &RouteContext<Context>,
    config: &Config,
    user: &User,
) -> std::result::Result<(u32, i64), ApiError> {
    let command = Command::Charge {
        user: user.id.clone(),
        per_minute: config.rate_limit_per_minute,
        per_day: config.quota_per_day,
    };
    let decision = limiter(ctx, user, &command)
        .await
        .map_err(|e| ApiError::Misconfigured(format!("limits unavailable: {e}")))?;
    match serde_json::from_value(decision).map_err(|e| ApiError::Misconfigured(e.to_string()))? {
        Decision::Admitted {
            quota_remaining,
            charged_day,
        } => Ok((quota_remaining, charged_day)),
        Decision::RateLimited {
            retry_after_seconds,
        } => Err(ApiError::RateLimited {
            limit: config.rate_limit_per_minute,
            retry_after_seconds,
        }),
        Decision::QuotaExceeded {
            retry_after_seconds,
        } => Err(ApiError::QuotaExceeded {
            limit: config.quota_per_day,
            retry_after_seconds,
        }),
    }
}

/// Asks, validates, repairs once: the code and its report.
async fn generate(
    config: &Config,
    prompt: &str,
    recorder: &mut Recorder,
    facts: &mut RequestFacts,
) -> std::result::Result<(String, Report), ApiError> {
    let policy = Policy::default();
    let mut repair: Option<(Repair, String)> = None;
    for round in 1..=2u32 {
        let answer = llm_client::ask(
            config,
            prompt,
            repair.as_ref().map(|(r, model)| (r, model.as_str())),
            recorder,
            facts,
        )
        .await
        .map_err(|e| ApiError::LlmError(e.to_string()))?;
        let mut span = recorder.open("validation", SpanKind::Internal);
        let (extraction, report) = validate_answer(&answer.text, &policy);
        span.set("validation.round", round);
        span.set("validation.passed", report.passed);
        span.set("validation.issues_count", report.issues_count);
        span.set("validation.score", report.score);
        recorder.close(span);
        facts.validated(&report, &policy);
        if report.passed {
            return Ok((extraction.code, report));
        }
        if round == 2 {
            let broken = report.issues.iter().any(|i| i.family == "syntax");
            return Err(if broken {
                ApiError::InvalidCode(Box::new(report))
            } else {
                ApiError::UnsafeCode(Box::new(report))
            });
        }
        repair = Some((
            Repair {
                code: extraction.code,
                report,
            },
            answer.model,
        ));
    }
    unreachable!("the loop returns in its second round")
}

async fn limiter(
    ctx: &RouteContext<Context>,
    user: &User,
    command: &Command,
) -> Result<serde_json::Value> {
    crate::durable::call(&ctx.env, "USER_LIMITS", &user.id, command)
        .await?
        .json()
        .await
}
