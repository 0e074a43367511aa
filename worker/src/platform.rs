//! The worker's side of `codegen_service::platform::Platform`: the clock and randomness of
//! the Workers runtime, the request body stream, `fetch` for the JWKS and the LLM, the
//! user's limiter Durable Object — and what lives as long as the isolate: the configuration
//! (read once) and the JWKS cache.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use codegen_service::body::{read_capped, BodyError};
use codegen_service::config::{readiness, Config, ConfigProblems};
use codegen_service::jwks_cache::JwksCache;
use codegen_service::llm::LlmError;
use codegen_service::platform::{LlmHttpCall, LlmReply, Platform, MAX_JWKS_BYTES};
use codegen_service::rate_limit::LimiterCommand;
use worker::{Env, Fetch, Request, ResponseBody, Url};

use crate::body_reader::BodyReader;

const JWKS_FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// A limiter decision is a few dozen bytes; anything near this is not one.
const MAX_LIMITER_REPLY_BYTES: usize = 4096;

/// What an isolate keeps between requests.
pub struct Isolate {
    /// The configuration, or every missing or invalid setting and binding (by name).
    /// Vars and secrets are fixed for an isolate's life: read them once.
    pub readiness: Result<Config, ConfigProblems>,
    pub jwks: RefCell<JwksCache>,
}

thread_local! {
    static ISOLATE: RefCell<Option<Rc<Isolate>>> = const { RefCell::new(None) };
}

/// This isolate's state, made on its first request.
pub fn isolate(env: &Env) -> Rc<Isolate> {
    if let Some(isolate) = ISOLATE.with(|slot| slot.borrow().clone()) {
        return isolate;
    }
    let isolate = Rc::new(Isolate {
        readiness: readiness(
            |name| setting(env, name),
            |binding| env.durable_object(binding).is_ok(),
        ),
        jwks: RefCell::new(JwksCache::default()),
    });
    ISOLATE.with(|slot| *slot.borrow_mut() = Some(isolate.clone()));
    isolate
}

/// A setting from the secrets, else the vars.
fn setting(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .ok()
        .map(|s| s.to_string())
        .or_else(|| env.var(name).ok().map(|v| v.to_string()))
}

/// Random bytes from `crypto.getRandomValues`. Without randomness the ids made from them
/// are still well-formed (all-zero ids are fixed where they are made).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let _ = getrandom::getrandom(&mut bytes);
    bytes
}

pub struct WorkerPlatform {
    env: Env,
    isolate: Rc<Isolate>,
    /// The request, for its body stream: locked only when the body is read, so that a
    /// request refused before (401, 405, 415) leaves its body to the runtime to discard.
    request: RefCell<Request>,
    body_taken: Cell<bool>,
}

impl WorkerPlatform {
    pub fn new(env: Env, isolate: Rc<Isolate>, request: Request) -> WorkerPlatform {
        WorkerPlatform {
            env,
            isolate,
            request: RefCell::new(request),
            body_taken: Cell::new(false),
        }
    }
}

impl Platform for WorkerPlatform {
    type Body = BodyReader;
    type BodyError = wasm_bindgen::JsValue;

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn fill_random(&self, bytes: &mut [u8]) {
        let _ = getrandom::getrandom(bytes);
    }

    fn jwks_cache(&self) -> &RefCell<JwksCache> {
        &self.isolate.jwks
    }

    fn take_request_body(&self) -> Option<BodyReader> {
        if self.body_taken.replace(true) {
            return None;
        }
        // The reader owns what it reads: the borrow ends here, before any await.
        let stream = self.request.borrow().inner().body()?;
        BodyReader::new(&stream).ok()
    }

    async fn fetch_jwks(&self, url: &str) -> Option<Vec<u8>> {
        let url = Url::parse(url).ok()?;
        crate::net::with_timeout(JWKS_FETCH_TIMEOUT, |signal| async move {
            let response = Fetch::Url(url).send_with_signal(&signal).await.ok()?;
            if response.status_code() != 200 {
                return None;
            }
            read_response(&response, MAX_JWKS_BYTES).await.ok()
        })
        .await?
    }

    async fn limiter(&self, user: &str, command: &LimiterCommand) -> Result<String, String> {
        let response = crate::durable::call(&self.env, "USER_LIMITS", user, command)
            .await
            .map_err(|_| "the limiter object could not be reached".to_string())?;
        if response.status_code() != 200 {
            return Err(format!(
                "the limiter object answered {}",
                response.status_code()
            ));
        }
        read_response(&response, MAX_LIMITER_REPLY_BYTES)
            .await
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or_else(|| "the limiter object's answer could not be read".to_string())
    }

    async fn call_llm(&self, call: LlmHttpCall<'_>) -> LlmReply {
        let authorization = format!("Bearer {}", call.api_key);
        let headers = [
            ("authorization", authorization.as_str()),
            ("traceparent", call.traceparent),
        ];
        let Ok(request) = crate::net::json_post(call.url, &headers, call.body) else {
            return LlmReply {
                status: None,
                body: Err(LlmError::Unreachable),
            };
        };
        let limit = call.max_answer_bytes;
        let timeout = Duration::from_millis(call.timeout_ms);
        crate::net::with_timeout(timeout, |signal| async move {
            let response = match Fetch::Request(request).send_with_signal(&signal).await {
                Ok(response) => response,
                Err(_) => {
                    return LlmReply {
                        status: None,
                        body: Err(LlmError::Unreachable),
                    }
                }
            };
            let status = response.status_code();
            if !(200..300).contains(&status) {
                return LlmReply {
                    status: Some(status),
                    body: Err(LlmError::Status(status)),
                };
            }
            let body = read_response(&response, limit)
                .await
                .map_err(|error| match error {
                    BodyError::TooLarge { .. } => LlmError::TooLarge,
                    BodyError::Unreadable => LlmError::Unreachable,
                });
            LlmReply {
                status: Some(status),
                body,
            }
        })
        .await
        .unwrap_or(LlmReply {
            status: None,
            body: Err(LlmError::Timeout(call.timeout_ms)),
        })
    }
}

/// A fetched response's body under `limit`, through the one capped read.
async fn read_response(response: &worker::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    let declared = response.headers().get("content-length").ok().flatten();
    match response.body() {
        ResponseBody::Stream(stream) => {
            let mut reader = BodyReader::new(stream).map_err(|_| BodyError::Unreadable)?;
            read_capped(declared.as_deref(), &mut reader, limit).await
        }
        ResponseBody::Body(bytes) if bytes.len() > limit => Err(BodyError::TooLarge { limit }),
        ResponseBody::Body(bytes) => Ok(bytes.clone()),
        ResponseBody::Empty => Ok(Vec::new()),
    }
}
