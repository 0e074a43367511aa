//! A request's spans as it runs, and what happens after its response, inside
//! `waitUntil` so the client never waits for it: spans exported as OTLP/HTTP JSON, the
//! metrics observation recorded in the metrics Durable Object. A failing export is
//! logged once per run of failures and never retried.

use std::cell::Cell;
use std::time::Duration;

use codegen_service::log::event_line;
use codegen_service::metrics::Observation;
use codegen_service::spans::{export_body, OtlpTarget, Span, SpanKind};
use codegen_service::trace::{span_id, TraceContext};
use serde_json::json;
use worker::{Context, Env, Fetch, Request};

const SERVICE: &str = "llm-codegen";
const EXPORT_TIMEOUT: Duration = Duration::from_secs(5);

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

pub fn new_span_id() -> String {
    let mut bytes = [0u8; 8];
    // Without randomness the id is still well-formed (span_id fixes all-zero).
    let _ = getrandom::getrandom(&mut bytes);
    span_id(bytes)
}

/// The request's root span (id = the trace context's span id) and its finished children.
pub struct Recorder {
    pub trace: TraceContext,
    root: Span,
    children: Vec<Span>,
}

impl Recorder {
    pub fn start(trace: TraceContext, name: &'static str, started_ms: f64) -> Recorder {
        let root = Span::new(
            name,
            SpanKind::Server,
            trace.span_id.clone(),
            trace.parent_span_id.clone(),
            started_ms,
        );
        Recorder {
            trace,
            root,
            children: Vec::new(),
        }
    }

    /// A child of the root span, started now.
    pub fn open(&self, name: &'static str, kind: SpanKind) -> Span {
        Span::new(
            name,
            kind,
            new_span_id(),
            Some(self.root.span_id.clone()),
            now_ms(),
        )
    }

    /// Ends `span` now and keeps it.
    pub fn close(&mut self, mut span: Span) {
        span.end_ms = now_ms();
        self.children.push(span);
    }

    pub fn started_ms(&self) -> f64 {
        self.root.start_ms
    }

    pub fn root(&mut self) -> &mut Span {
        &mut self.root
    }

    /// Every span, the root (ended now) first.
    pub fn finish(mut self) -> Vec<Span> {
        self.root.end_ms = now_ms();
        let mut spans = vec![self.root];
        spans.append(&mut self.children);
        spans
    }
}

thread_local! {
    /// Whether the last export from this isolate failed (to log a failure run once).
    static EXPORT_FAILING: Cell<bool> = const { Cell::new(false) };
}

/// Export and record after the response; neither can delay or fail it.
pub fn after_response(
    ctx: &Context,
    env: Env,
    otlp: Option<OtlpTarget>,
    trace_id: String,
    spans: Vec<Span>,
    observation: Observation,
) {
    ctx.wait_until(async move {
        if let Some(target) = otlp {
            export(&target, &trace_id, &spans).await;
        }
        if let Err(error) = crate::metrics_store::record(&env, observation).await {
            worker::console_error!(
                "{}",
                event_line(
                    now_ms(),
                    "error",
                    "metrics_record_failed",
                    json!({"trace_id": trace_id, "error": error.to_string()})
                )
            );
        }
    });
}

async fn export(target: &OtlpTarget, trace_id: &str, spans: &[Span]) {
    let body = export_body(SERVICE, env!("CARGO_PKG_VERSION"), trace_id, spans).to_string();
    let outcome = match request(target, body) {
        Ok(request) => crate::net::with_timeout(EXPORT_TIMEOUT, |signal| async move {
            match Fetch::Request(request).send_with_signal(&signal).await {
                Ok(response) if (200..300).contains(&response.status_code()) => Ok(()),
                Ok(response) => Err(format!("the collector answered {}", response.status_code())),
                Err(_) => Err("the collector could not be reached".to_string()),
            }
        })
        .await
        .unwrap_or_else(|| Err(format!("no answer within {} s", EXPORT_TIMEOUT.as_secs()))),
        Err(error) => Err(error),
    };
    let was_failing = EXPORT_FAILING.with(|failing| failing.replace(outcome.is_err()));
    match outcome {
        // The URL and headers are not logged: they may carry credentials.
        Err(problem) if !was_failing => worker::console_error!(
            "{}",
            event_line(
                now_ms(),
                "error",
                "otlp_export_failed",
                json!({"trace_id": trace_id, "problem": problem,
                       "note": "spans are dropped, not retried; logged once until an export succeeds"})
            )
        ),
        Ok(()) if was_failing => worker::console_log!(
            "{}",
            event_line(now_ms(), "info", "otlp_export_recovered", json!({}))
        ),
        _ => {}
    }
}

fn request(target: &OtlpTarget, body: String) -> Result<Request, String> {
    let headers: Vec<(&str, &str)> = target
        .headers
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    crate::net::json_post(&target.url, &headers, body)
        .map_err(|_| "the OTLP request could not be built (endpoint URL or a header)".into())
}
