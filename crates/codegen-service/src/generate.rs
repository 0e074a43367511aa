//! `POST /llm-codegen/generate`, every decision of it: authenticate (JWKS cache included),
//! check the media type, read the body under its cap, check the prompt, charge the user's
//! limiter, ask the LLM (one retry on 429/5xx/timeout, then the fallback model), validate
//! with one repair round, refund the quota unit after a 5xx, and answer. Each step is a
//! span; [`serve`] adds what follows the answer: the log line, the metrics observation and
//! the shard it goes to. The platform (clock, randomness, I/O) comes in through
//! [`Platform`], so all of it runs natively under a scripted platform in the tests.

use std::rc::Rc;

use sanitize_core::{validate_answer, Policy, Report};

use crate::auth::{authenticate, bearer_token, key_id, Jwks, User};
use crate::body::{read_capped, BodyError};
use crate::config::{Config, ConfigProblems};
use crate::facts::RequestFacts;
use crate::jwks_cache::JwksPlan;
use crate::llm::{chat_request, parse_chat_response, LlmError, Repair, MAX_ANSWER_BYTES};
use crate::metrics::{pick_shard, LlmCall, Observation};
use crate::platform::{LlmHttpCall, Platform};
use crate::rate_limit::{utc_day, Decision, LimiterCommand};
use crate::request::{check_media_type, check_request_prompt, read_generate};
use crate::response::{GenerateResponse, ResponseMetrics, ValidationResults};
use crate::spans::{Recorder, Span, SpanKind};
use crate::trace::TraceContext;
use crate::ApiError;

pub const ROUTE: &str = "/llm-codegen/generate";
const ROOT_SPAN: &str = "POST /llm-codegen/generate";

/// The request as far as the service reads it (the body comes from the platform).
#[derive(Debug, Clone, Copy, Default)]
pub struct Incoming<'a> {
    pub method: &'a str,
    pub authorization: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub content_length: Option<&'a str>,
    pub traceparent: Option<&'a str>,
}

/// What a request leaves behind as it runs: its spans and the facts for the log line and
/// the metrics.
#[derive(Debug, Clone)]
pub struct Trail {
    pub recorder: Recorder,
    pub facts: RequestFacts,
}

/// Everything the worker needs once the request is decided.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: u16,
    pub code: &'static str,
    pub body: serde_json::Value,
    /// Headers besides `content-type` (`retry-after`, `www-authenticate`, `allow`).
    pub headers: Vec<(&'static str, String)>,
    pub trace: TraceContext,
    /// The request's JSON log line, and whether it goes to the error stream.
    pub log_line: String,
    pub log_is_error: bool,
    pub spans: Vec<Span>,
    pub observation: Observation,
    /// The metrics shard (Durable Object name) this request's observation goes to.
    pub metrics_shard: String,
}

/// A new trace, or the caller's continued.
pub fn new_trace(platform: &impl Platform, traceparent: Option<&str>) -> TraceContext {
    let mut random = [0u8; 24];
    platform.fill_random(&mut random);
    TraceContext::from_header(traceparent, random)
}

/// The whole request: [`generate`] when the service is configured, then the log line, the
/// root span's attributes and the metrics observation.
pub async fn serve<P: Platform>(
    platform: &P,
    config: Result<&Config, &ConfigProblems>,
    request: &Incoming<'_>,
) -> Outcome {
    let started = platform.now_ms();
    let trace = new_trace(platform, request.traceparent);
    let mut trail = Trail {
        recorder: Recorder::start(trace.clone(), ROOT_SPAN, started),
        facts: RequestFacts::default(),
    };
    let result = match config {
        Ok(config) => generate(platform, config, request, &mut trail).await,
        Err(problems) => Err(ApiError::Misconfigured(problems.to_string())),
    };
    let (status, code, body, headers, error) = match result {
        // Plain data: serialising it cannot fail.
        Ok(response) => (
            200,
            "ok",
            serde_json::to_value(response).unwrap_or_default(),
            Vec::new(),
            None,
        ),
        Err(error) => (
            error.status(),
            error.code(),
            error.body(&trace.trace_id),
            error.headers(),
            Some(error.to_string()),
        ),
    };
    let finished = platform.now_ms();
    let latency_ms = finished - started;
    let Trail {
        mut recorder,
        facts,
    } = trail;
    let root = recorder.root();
    root.set("http.request.method", request.method);
    root.set("http.route", ROUTE);
    root.set("http.response.status_code", status);
    root.set("codegen.code", code);
    if let Some(user) = &facts.user {
        root.set("enduser.id", user.as_str());
    }
    if status >= 500 {
        root.error = error.clone();
    }
    let log_prompts = config.is_ok_and(|c| c.log_prompts);
    let log_line = facts
        .log_entry(
            &trace.trace_id,
            (request.method, ROUTE),
            (status, code),
            (started, latency_ms),
            error.as_deref(),
        )
        .line(log_prompts);
    let mut shard = [0u8; 4];
    platform.fill_random(&mut shard);
    Outcome {
        status,
        code,
        body,
        headers,
        trace,
        log_line,
        log_is_error: status >= 500,
        spans: recorder.finish(finished),
        observation: facts.observation(status, code, latency_ms / 1000.0),
        metrics_shard: pick_shard(u32::from_le_bytes(shard)),
    }
}

/// Decides one request. `trail` collects the spans and facts, whatever the result.
pub async fn generate<P: Platform>(
    platform: &P,
    config: &Config,
    request: &Incoming<'_>,
    trail: &mut Trail,
) -> Result<GenerateResponse, ApiError> {
    if request.method != "POST" {
        return Err(ApiError::MethodNotAllowed {
            method: request.method.to_string(),
            allowed: "POST",
        });
    }
    let user = authenticate_step(platform, config, request, trail).await?;
    trail.facts.user = Some(user.id.clone());

    check_media_type(request.content_type)?;
    let body = read_request_body(platform, request, config.max_body_bytes).await?;
    let prompt = read_generate(&body)?.prompt;
    // Known before its checks, so that a refused prompt is logged by length and hash.
    trail.facts.prompt = Some(prompt.clone());
    check_request_prompt(&prompt, &config.prompt)?;

    let (quota_remaining, charged_day) = charge(platform, config, &user, trail).await?;
    match ask_and_validate(platform, config, &prompt, trail).await {
        Ok((model, code, report)) => Ok(GenerateResponse {
            code,
            validation_results: report.into(),
            trace_id: trail.recorder.trace.trace_id.clone(),
            metrics: ResponseMetrics {
                latency_seconds: ((platform.now_ms() - trail.recorder.started_ms()) / 10.0).round()
                    / 100.0,
                quota_remaining,
            },
            model,
            attempts: trail.facts.attempts(),
        }),
        Err(error) => {
            if error.is_server_error() {
                refund(platform, &user, charged_day, trail).await;
            }
            Err(error)
        }
    }
}

async fn read_request_body<P: Platform>(
    platform: &P,
    request: &Incoming<'_>,
    limit: usize,
) -> Result<Vec<u8>, ApiError> {
    let result = match platform.take_request_body() {
        Some(mut stream) => read_capped(request.content_length, &mut stream, limit).await,
        None => Ok(Vec::new()),
    };
    result.map_err(|error| match error {
        BodyError::TooLarge { limit } => ApiError::PayloadTooLarge { limit },
        BodyError::Unreadable => ApiError::InvalidJson("the body could not be read".into()),
    })
}

/// The `auth` span: the JWKS (when configured) and the token check.
async fn authenticate_step<P: Platform>(
    platform: &P,
    config: &Config,
    request: &Incoming<'_>,
    trail: &mut Trail,
) -> Result<User, ApiError> {
    let mut span = trail.recorder.open(platform, "auth", SpanKind::Internal);
    let key_set = match (&config.jwks_url, request.authorization) {
        (Some(url), Some(header)) => {
            let kid = bearer_token(Some(header)).ok().and_then(key_id);
            jwks_keys(platform, url, kid.as_deref()).await
        }
        _ => None,
    };
    let now_seconds = (platform.now_ms() / 1000.0) as i64;
    let result = authenticate(
        request.authorization,
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
    trail.recorder.close(platform, span);
    result.map_err(|_| ApiError::Unauthorized)
}

/// The key set to verify a token naming `kid` with, through the isolate's cache.
async fn jwks_keys<P: Platform>(platform: &P, url: &str, kid: Option<&str>) -> Option<Rc<Jwks>> {
    let now = platform.now_ms();
    // The borrow ends with the statement: none may live across the fetch.
    let plan = platform.jwks_cache().borrow().plan(now, kid);
    match plan {
        JwksPlan::Use(keys) => keys,
        JwksPlan::Fetch => {
            let fetched = platform
                .fetch_jwks(url)
                .await
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .and_then(|text| Jwks::parse(&text).ok());
            platform.jwks_cache().borrow_mut().store(now, fetched)
        }
    }
}

/// The `rate_limit` span: one round trip to the user's limiter object. The quota left
/// and the day charged, or why not.
async fn charge<P: Platform>(
    platform: &P,
    config: &Config,
    user: &User,
    trail: &mut Trail,
) -> Result<(u32, i64), ApiError> {
    let mut span = trail
        .recorder
        .open(platform, "rate_limit", SpanKind::Internal);
    let command = LimiterCommand::Charge {
        user: user.id.clone(),
        per_minute: config.rate_limit_per_minute,
        per_day: config.quota_per_day,
    };
    let decision = platform
        .limiter(&user.id, &command)
        .await
        .and_then(|reply| {
            serde_json::from_str::<Decision>(&reply)
                .map_err(|_| "its answer is not a decision".to_string())
        });
    let decision = match decision {
        Ok(decision) => decision,
        Err(problem) => {
            span.set("ratelimit.decision", "unavailable");
            span.error = Some(format!("limiter unavailable: {problem}"));
            trail.recorder.close(platform, span);
            // The charge may have happened before the failure: give the unit back.
            let today = utc_day(platform.now_ms() as i64);
            refund(platform, user, today, trail).await;
            return Err(ApiError::LimiterUnavailable(problem));
        }
    };
    span.set("ratelimit.decision", decision.label());
    trail.facts.limited = decision.refusal_reason();
    let result = match decision {
        Decision::Admitted {
            quota_remaining,
            charged_day,
        } => {
            span.set("quota.remaining", quota_remaining);
            Ok((quota_remaining, charged_day))
        }
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
    };
    trail.recorder.close(platform, span);
    result
}

/// The `rate_limit.refund` span: gives back the unit charged on `charged_day`. A failed
/// refund is only noted on the span: the answer is already an error.
async fn refund<P: Platform>(platform: &P, user: &User, charged_day: i64, trail: &mut Trail) {
    let mut span = trail
        .recorder
        .open(platform, "rate_limit.refund", SpanKind::Internal);
    if let Err(problem) = platform
        .limiter(&user.id, &LimiterCommand::Refund { charged_day })
        .await
    {
        span.error = Some(format!("refund failed: {problem}"));
    }
    trail.recorder.close(platform, span);
}

/// Asks, validates, repairs once: the model, the code and its report.
async fn ask_and_validate<P: Platform>(
    platform: &P,
    config: &Config,
    prompt: &str,
    trail: &mut Trail,
) -> Result<(String, String, Report), ApiError> {
    let policy = Policy::default();
    let mut repair: Option<(Repair, String)> = None;
    for round in 1..=2u32 {
        let (model, answer) = ask(platform, config, prompt, repair.as_ref(), trail)
            .await
            .map_err(|e| ApiError::LlmError(e.to_string()))?;
        let mut span = trail
            .recorder
            .open(platform, "validation", SpanKind::Internal);
        let (extraction, report) = validate_answer(&answer, &policy);
        span.set("validation.round", round);
        span.set("validation.passed", report.passed);
        span.set("validation.issues_count", report.issues_count);
        span.set("validation.score", report.score);
        trail.recorder.close(platform, span);
        trail.facts.validated(&report, &policy);
        if report.passed {
            return Ok((model, extraction.code, report));
        }
        if round == 2 {
            let broken = report.issues.iter().any(|i| i.family == "syntax");
            let results = Box::new(ValidationResults::from(report));
            return Err(if broken {
                ApiError::InvalidCode(results)
            } else {
                ApiError::UnsafeCode(results)
            });
        }
        repair = Some((
            Repair {
                code: extraction.code,
                report,
            },
            model,
        ));
    }
    unreachable!("the loop returns in its second round")
}

/// The models to ask, in order: the primary then the fallback; a repair goes first to the
/// model that wrote the code.
pub fn model_order(config: &Config, repairing_model: Option<&str>) -> Vec<String> {
    let mut models = vec![config.llm_model.clone()];
    if let Some(fallback) = &config.llm_fallback_model {
        if fallback != &config.llm_model {
            models.push(fallback.clone());
        }
    }
    if let Some(model) = repairing_model {
        models.retain(|m| m != model);
        models.insert(0, model.to_string());
    }
    models
}

/// Each model with one retry on a retryable failure: the answer's text and its model.
/// Every call is an `llm.call` client span whose id goes to the provider in `traceparent`.
async fn ask<P: Platform>(
    platform: &P,
    config: &Config,
    prompt: &str,
    repair: Option<&(Repair, String)>,
    trail: &mut Trail,
) -> Result<(String, String), LlmError> {
    let mut last = LlmError::Unreachable;
    for model in model_order(config, repair.map(|(_, model)| model.as_str())) {
        for _ in 0..2 {
            let mut span = trail.recorder.open(platform, "llm.call", SpanKind::Client);
            span.set("llm.model", model.as_str());
            span.set("llm.attempt", trail.facts.attempts() + 1);
            span.set("llm.repair", repair.is_some());
            let traceparent = trail.recorder.trace.traceparent_for(&span.span_id);
            trail.facts.model = Some(model.clone());
            let reply = platform
                .call_llm(LlmHttpCall {
                    url: &config.llm_api_url,
                    api_key: &config.llm_api_key,
                    traceparent: &traceparent,
                    body: chat_request(&model, prompt, repair.map(|(r, _)| r)).to_string(),
                    timeout_ms: config.llm_timeout_ms,
                    max_answer_bytes: MAX_ANSWER_BYTES,
                })
                .await;
            let result = reply.body.and_then(|bytes| parse_chat_response(&bytes));
            if let Some(status) = reply.status {
                span.set("http.response.status_code", status);
            }
            let outcome = result
                .as_ref()
                .map_or_else(LlmError::outcome, |_| "ok".into());
            span.set("llm.outcome", outcome.as_str());
            if let Err(error) = &result {
                span.error = Some(error.to_string());
            }
            let start_ms = span.start_ms;
            trail.recorder.close(platform, span);
            trail.facts.llm_calls.push(LlmCall {
                model: model.clone(),
                outcome,
                latency_seconds: (platform.now_ms() - start_ms) / 1000.0,
            });
            match result {
                Ok(text) => return Ok((model, text)),
                Err(error) => {
                    let retry = error.retryable();
                    last = error;
                    if !retry {
                        break;
                    }
                }
            }
        }
    }
    Err(last)
}

#[cfg(test)]
#[path = "generate_tests.rs"]
mod tests;
