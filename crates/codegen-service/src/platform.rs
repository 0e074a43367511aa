//! What the service needs from the platform it runs on, and nothing else: a clock,
//! randomness, the request body as a stream, the JWKS document, the user's limiter object
//! and the LLM over HTTP. The worker implements it over workers-rs; the tests implement it
//! with a scripted platform, so every decision of [`crate::generate`] runs natively.

use std::cell::RefCell;

use futures_core::Stream;

use crate::jwks_cache::JwksCache;
use crate::llm::LlmError;
use crate::rate_limit::LimiterCommand;

/// One HTTP call to the OpenAI-compatible chat-completions endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LlmHttpCall<'a> {
    pub url: &'a str,
    pub api_key: &'a str,
    /// The `traceparent` naming this call's span.
    pub traceparent: &'a str,
    /// The chat-completions JSON body.
    pub body: String,
    pub timeout_ms: u64,
    /// The largest answer to read (`llm::MAX_ANSWER_BYTES`), with `body::read_capped`.
    pub max_answer_bytes: usize,
}

/// What one call got: the HTTP status when an answer arrived, and the answer's bytes or
/// why there are none (`Status` for a non-2xx, `Timeout`, `Unreachable`, `TooLarge`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LlmReply {
    pub status: Option<u16>,
    pub body: Result<Vec<u8>, LlmError>,
}

/// The largest JWKS document read, in bytes.
pub const MAX_JWKS_BYTES: usize = 256 * 1024;

// The worker is single-threaded (one isolate, one event loop): its futures need not be
// `Send`, and the trait is used generically, never as `dyn`.
#[allow(async_fn_in_trait)]
pub trait Platform {
    /// The request body's chunks, as they arrive.
    type Body: Stream<Item = Result<Vec<u8>, Self::BodyError>> + Unpin;
    type BodyError;

    /// Unix time in milliseconds.
    fn now_ms(&self) -> f64;
    /// Fills `bytes` from a cryptographic source (ids only: never a key).
    fn fill_random(&self, bytes: &mut [u8]);
    /// This isolate's JWKS cache. Never borrowed across an `await`.
    fn jwks_cache(&self) -> &RefCell<JwksCache>;
    /// The request body, once (`None` when there is none or it was taken).
    fn take_request_body(&self) -> Option<Self::Body>;
    /// The JWKS document at `url` (status 200, at most [`MAX_JWKS_BYTES`], read with
    /// `body::read_capped`); `None` when it cannot be had.
    async fn fetch_jwks(&self, url: &str) -> Option<Vec<u8>>;
    /// Sends `command` to `user`'s limiter object; its JSON reply, or why there is none.
    async fn limiter(&self, user: &str, command: &LimiterCommand) -> Result<String, String>;
    /// One call to the LLM, with its deadline.
    async fn call_llm(&self, call: LlmHttpCall<'_>) -> LlmReply;
}
