//! The LLM over `fetch`: a timeout by racing an `AbortController` against a `Delay`,
//! one retry on 429/5xx/timeout, then the fallback model.

use std::time::Duration;

use codegen_service::config::Config;
use codegen_service::llm::{chat_request, parse_chat_response, LlmError, Repair, MAX_ANSWER_BYTES};
use futures_util::future::{select, Either};
use worker::{AbortController, Delay, Fetch, Headers, Method, Request, RequestInit};

/// A successful answer and which model gave it.
pub struct Answer {
    pub text: String,
    pub model: String,
    /// Calls made, retries and fallback included (for the request log).
    pub attempts: u32,
}

async fn call_once(
    config: &Config,
    model: &str,
    prompt: &str,
    repair: Option<&Repair>,
    traceparent: &str,
) -> Result<String, LlmError> {
    let body = chat_request(model, prompt, repair).to_string();
    let headers = Headers::new();
    let set = |name: &str, value: &str| headers.set(name, value).map_err(|_| LlmError::Unreachable);
    set("content-type", "application/json")?;
    set("authorization", &format!("Bearer {}", config.llm_api_key))?;
    set("traceparent", traceparent)?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(body.into()));
    let request =
        Request::new_with_init(&config.llm_api_url, &init).map_err(|_| LlmError::Unreachable)?;

    let controller = AbortController::default();
    let signal = controller.signal();
    let fetch = Box::pin(async move {
        let mut response = Fetch::Request(request)
            .send_with_signal(&signal)
            .await
            .map_err(|_| LlmError::Unreachable)?;
        let status = response.status_code();
        if !(200..300).contains(&status) {
            return Err(LlmError::Status(status));
        }
        if response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|l| l.parse::<usize>().ok())
            .is_some_and(|l| l > MAX_ANSWER_BYTES)
        {
            return Err(LlmError::TooLarge);
        }
        let bytes = response.bytes().await.map_err(|_| LlmError::Unreachable)?;
        parse_chat_response(&bytes)
    });
    let timeout = Box::pin(Delay::from(Duration::from_millis(config.llm_timeout_ms)));
    match select(fetch, timeout).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => {
            controller.abort();
            Err(LlmError::Timeout(config.llm_timeout_ms))
        }
    }
}

/// The primary model with one retry, then the fallback model with one retry.
pub async fn ask(
    config: &Config,
    prompt: &str,
    repair: Option<(&Repair, &str)>,
    traceparent: &str,
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
    let mut attempts = 0;
    let mut last = LlmError::Unreachable;
    for model in models {
        for _ in 0..2 {
            attempts += 1;
            match call_once(config, &model, prompt, repair.map(|(r, _)| r), traceparent).await {
                Ok(text) => {
                    return Ok(Answer {
                        text,
                        model,
                        attempts,
                    })
                }
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
