//! The LLM over `fetch`: a deadline per call (racing an `AbortController`), one retry
//! on 429/5xx/timeout, then the fallback model. Each call is a client span (model,
//! attempt, status) whose id goes to the provider in `traceparent`.

use std::time::Duration;

use codegen_service::config::Config;
use codegen_service::facts::RequestFacts;
use codegen_service::llm::{chat_request, parse_chat_response, LlmError, Repair, MAX_ANSWER_BYTES};
use codegen_service::metrics::LlmCall;
use codegen_service::spans::SpanKind;
use futures_util::StreamExt;
use worker::Fetch;

use crate::telemetry::Recorder;

/// A successful answer and which model gave it.
pub struct Answer {
    pub text: String,
    pub model: String,
}

/// The HTTP status of a call that got an answer, for the span.
type Called = (Result<String, LlmError>, Option<u16>);

async fn call_once(
    config: &Config,
    model: &str,
    prompt: &str,
    repair: Option<&Repair>,
    traceparent: &str,
) -> Called {
    let body = chat_request(model, prompt, repair).to_string();
    let authorization = format!("Bearer {}", config.llm_api_key);
    let headers = [
        ("authorization", authorization.as_str()),
        ("traceparent", traceparent),
    ];
    let Ok(request) = crate::net::json_post(&config.llm_api_url, &headers, body) else {
        return (Err(LlmError::Unreachable), None);
    };
    let timeout = Duration::from_millis(config.llm_timeout_ms);
    crate::net::with_timeout(timeout, |signal| async move {
        let mut response = match Fetch::Request(request).send_with_signal(&signal).await {
            Ok(response) => response,
            Err(_) => return (Err(LlmError::Unreachable), None),
        };
        let status = response.status_code();
        if !(200..300).contains(&status) {
            return (Err(LlmError::Status(status)), Some(status));
        }
        let declared = response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|l| l.parse::<usize>().ok());
        if declared.is_some_and(|l| l > MAX_ANSWER_BYTES) {
            return (Err(LlmError::TooLarge), Some(status));
        }
        (
            read_capped(&mut response)
                .await
                .and_then(|bytes| parse_chat_response(&bytes)),
            Some(status),
        )
    })
    .await
    .unwrap_or((Err(LlmError::Timeout(config.llm_timeout_ms)), None))
}

/// The body, read chunk by chunk and refused as soon as it passes `MAX_ANSWER_BYTES`
/// (a body without `Content-Length` is never held whole first).
async fn read_capped(response: &mut worker::Response) -> Result<Vec<u8>, LlmError> {
    let mut stream = response.stream().map_err(|_| LlmError::Unreachable)?;
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| LlmError::Unreachable)?;
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(LlmError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The primary model with one retry, then the fallback model with one retry. Every
/// call is recorded in `recorder` (a span) and `facts` (for the log and metrics).
pub async fn ask(
    config: &Config,
    prompt: &str,
    repair: Option<(&Repair, &str)>,
    recorder: &mut Recorder,
    facts: &mut RequestFacts,
) -> Result<Answer, LlmError> {
    let mut models = vec![config.llm_model.clone()];
    if let Some(fallback) = &config.llm_fallback_model {
        models.push(fallback.clone());
    }
    // A repair goes to the model that wrote the code first.
    if let Some((_, model)) = repair {
        models.retain(|m| m != model);
        models.insert(0, model.to_string());
    }
    let mut last = LlmError::Unreachable;
    for model in models {
        for _ in 0..2 {
            let mut span = recorder.open("llm.call", SpanKind::Client);
            span.set("llm.model", model.as_str());
            span.set("llm.attempt", facts.attempts() + 1);
            span.set("llm.repair", repair.is_some());
            let traceparent = recorder.trace.traceparent_for(&span.span_id);
            facts.model = Some(model.clone());
            let (result, status) =
                call_once(config, &model, prompt, repair.map(|(r, _)| r), &traceparent).await;
            if let Some(status) = status {
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
            recorder.close(span);
            facts.llm_calls.push(LlmCall {
                model: model.clone(),
                outcome,
                latency_seconds: (crate::telemetry::now_ms() - start_ms) / 1000.0,
            });
            match result {
                Ok(text) => return Ok(Answer { text, model }),
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
