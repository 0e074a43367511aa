//! What happens after a response, inside `waitUntil` so the client never waits for it:
//! the request's log line, the spans exported as OTLP/HTTP JSON, the metrics observation added to the isolate's
//! batch, which one request per window sends to a shard. A failing export is logged once
//! per run of failures and never retried.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use codegen_service::generate::Outcome;
use codegen_service::log::event_line;
use codegen_service::metrics::{ObservationBatch, BATCH_WINDOW_MS};
use codegen_service::spans::{export_body, OtlpTarget, Span};
use serde_json::json;
use worker::{Context, Delay, Env, Fetch, Request};

const SERVICE: &str = "llm-codegen";
const EXPORT_TIMEOUT: Duration = Duration::from_secs(5);

fn now_ms() -> f64 {
    js_sys::Date::now()
}

thread_local! {
    /// Whether the last export from this isolate failed (to log a failure run once).
    static EXPORT_FAILING: Cell<bool> = const { Cell::new(false) };
    /// This isolate's observations not yet sent to a metrics shard.
    static BATCH: RefCell<ObservationBatch> = RefCell::new(ObservationBatch::default());
}

/// Log, export and record after the response; none of it can delay or fail it.
pub fn after_response(ctx: &Context, env: Env, otlp: Option<OtlpTarget>, outcome: Outcome) {
    let (log_line, log_is_error) = (outcome.log_line, outcome.log_is_error);
    let trace_id = outcome.trace.trace_id;
    let flush = BATCH.with(|batch| batch.borrow_mut().push(outcome.observation));
    let shard = outcome.metrics_shard;
    let spans = outcome.spans;
    ctx.wait_until(async move {
        // Once the answer is on its way: a console line costs the runtime about as much
        // as the rest of a refused request (measured under workerd; `make bench`).
        Delay::from(Duration::ZERO).await;
        if log_is_error {
            worker::console_error!("{log_line}");
        } else {
            worker::console_log!("{log_line}");
        }
        if let Some(target) = otlp {
            export(&target, &trace_id, &spans).await;
        }
        if !flush {
            return;
        }
        // This request's waitUntil keeps the isolate alive until the batch is sent.
        Delay::from(Duration::from_millis(BATCH_WINDOW_MS)).await;
        let observations = BATCH.with(|batch| batch.borrow_mut().take());
        let count = observations.len();
        if let Err(error) = crate::metrics_store::record(&env, &shard, observations).await {
            worker::console_error!(
                "{}",
                event_line(
                    now_ms(),
                    "error",
                    "metrics_record_failed",
                    json!({"trace_id": trace_id, "observations": count, "error": error.to_string()})
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
