//! Test support: a scripted platform for the orchestration (the outside world — the LLM
//! provider, the identity provider's JWKS, the limiter objects' transport — scripted per
//! test; the limiter's arithmetic is the real one), an executor for its always-ready
//! futures, and HS256 tokens.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use chrono::{DateTime, Duration, Utc};
use futures_core::Stream;
use jwt_compact::alg::{Hs256, Hs256Key};
use jwt_compact::{AlgorithmExt, Claims, Header};

use crate::jwks_cache::JwksCache;
use crate::llm::LlmError;
use crate::platform::{LlmHttpCall, LlmReply, Platform};
use crate::rate_limit::{apply, LimiterCommand};

/// Runs a future whose every await is ready at once (the scripted platform's are).
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..1000 {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
    panic!("the future did not complete: something awaited a real event")
}

/// An HS256 token for `subject`, issued at `now_seconds`.
pub fn signed_token(
    secret: &[u8],
    subject: &str,
    now_seconds: i64,
    lifetime_seconds: i64,
) -> Option<String> {
    #[derive(serde::Serialize)]
    struct Subject<'a> {
        sub: Cow<'a, str>,
    }
    let now = DateTime::<Utc>::from_timestamp(now_seconds, 0)?;
    let mut claims = Claims::new(Subject {
        sub: Cow::Borrowed(subject),
    });
    claims.issued_at = Some(now);
    claims.expiration = Some(now + Duration::seconds(lifetime_seconds));
    Hs256
        .token(&Header::empty(), &claims, &Hs256Key::new(secret))
        .ok()
}

/// The request body, chunk by chunk; counts the chunks taken.
pub struct Chunks {
    chunks: VecDeque<Vec<u8>>,
    taken: Rc<Cell<usize>>,
}

impl Stream for Chunks {
    type Item = Result<Vec<u8>, ()>;
    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let next = self.chunks.pop_front();
        if next.is_some() {
            self.taken.set(self.taken.get() + 1);
        }
        Poll::Ready(next.map(Ok))
    }
}

/// How the limiter's transport misbehaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimiterFault {
    /// The object cannot be reached: nothing is charged.
    Unreachable,
    /// The object charged, then its answer was lost.
    AnswerLost,
    /// The object answers something that is not a decision.
    Garbage,
}

/// One LLM call as the provider saw it.
#[derive(Debug, Clone)]
pub struct SeenCall {
    pub model: String,
    pub body: serde_json::Value,
    pub traceparent: String,
    pub timeout_ms: u64,
}

#[derive(Default)]
pub struct Scripted {
    pub now_ms: Cell<f64>,
    counter: Cell<u8>,
    pub jwks: RefCell<JwksCache>,
    body: RefCell<Option<Chunks>>,
    pub body_chunks_taken: Rc<Cell<usize>>,
    /// Each JWKS fetch takes the next document (`None`: the endpoint is down).
    pub jwks_documents: RefCell<VecDeque<Option<String>>>,
    pub jwks_fetches: Cell<usize>,
    /// Each user's stored limiter row, as the object would keep it.
    pub limiter_rows: RefCell<HashMap<String, String>>,
    pub limiter_fault: Cell<Option<LimiterFault>>,
    pub limiter_commands: RefCell<Vec<LimiterCommand>>,
    /// Each LLM call takes the next reply; none left is a 500.
    pub llm_replies: RefCell<VecDeque<LlmReply>>,
    pub llm_calls: RefCell<Vec<SeenCall>>,
    /// How long each LLM call takes on the clock.
    pub llm_latency_ms: Cell<f64>,
}

impl Scripted {
    pub fn new(now_ms: f64) -> Scripted {
        let scripted = Scripted::default();
        scripted.now_ms.set(now_ms);
        scripted
    }

    /// The request body, in these chunks.
    pub fn with_body(self, chunks: impl IntoIterator<Item = Vec<u8>>) -> Scripted {
        *self.body.borrow_mut() = Some(Chunks {
            chunks: chunks.into_iter().collect(),
            taken: self.body_chunks_taken.clone(),
        });
        self
    }

    pub fn script_llm(&self, replies: impl IntoIterator<Item = LlmReply>) {
        self.llm_replies.borrow_mut().extend(replies);
    }

    pub fn advance(&self, ms: f64) {
        self.now_ms.set(self.now_ms.get() + ms);
    }
}

impl Platform for Scripted {
    type Body = Chunks;
    type BodyError = ();

    fn now_ms(&self) -> f64 {
        self.now_ms.get()
    }

    fn fill_random(&self, bytes: &mut [u8]) {
        for byte in bytes {
            self.counter.set(self.counter.get().wrapping_add(37));
            *byte = self.counter.get();
        }
    }

    fn jwks_cache(&self) -> &RefCell<JwksCache> {
        &self.jwks
    }

    fn take_request_body(&self) -> Option<Chunks> {
        self.body.borrow_mut().take()
    }

    async fn fetch_jwks(&self, _url: &str) -> Option<Vec<u8>> {
        self.jwks_fetches.set(self.jwks_fetches.get() + 1);
        self.jwks_documents
            .borrow_mut()
            .pop_front()
            .flatten()
            .map(String::into_bytes)
    }

    async fn limiter(&self, user: &str, command: &LimiterCommand) -> Result<String, String> {
        self.limiter_commands.borrow_mut().push(command.clone());
        match self.limiter_fault.get() {
            Some(LimiterFault::Unreachable) => return Err("the object could not be reached".into()),
            Some(LimiterFault::Garbage) => return Ok("<html>502</html>".into()),
            _ => {}
        }
        let mut rows = self.limiter_rows.borrow_mut();
        let stored = rows.get(user).cloned();
        let (state, reply) = apply(stored.as_deref(), command, self.now_ms.get() as i64);
        rows.insert(user.to_string(), state);
        match self.limiter_fault.get() {
            Some(LimiterFault::AnswerLost) => Err("the answer was lost".into()),
            _ => Ok(reply),
        }
    }

    async fn call_llm(&self, call: LlmHttpCall<'_>) -> LlmReply {
        let body: serde_json::Value = serde_json::from_str(&call.body).unwrap_or_default();
        self.llm_calls.borrow_mut().push(SeenCall {
            model: body["model"].as_str().unwrap_or_default().to_string(),
            body,
            traceparent: call.traceparent.to_string(),
            timeout_ms: call.timeout_ms,
        });
        self.advance(self.llm_latency_ms.get());
        self.llm_replies
            .borrow_mut()
            .pop_front()
            .unwrap_or(LlmReply {
                status: Some(500),
                body: Err(LlmError::Status(500)),
            })
    }
}
