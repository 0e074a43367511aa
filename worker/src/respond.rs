//! Responses: JSON bodies with the contract's headers and `traceparent`.

use codegen_service::generate::Outcome;
use codegen_service::trace::TraceContext;
use codegen_service::ApiError;
use worker::{Response, Result};

pub fn json(
    status: u16,
    body: &serde_json::Value,
    trace: Option<&TraceContext>,
) -> Result<Response> {
    let mut response = Response::from_json(body)?.with_status(status);
    if let Some(trace) = trace {
        response
            .headers_mut()
            .set("traceparent", &trace.traceparent())?;
    }
    response.headers_mut().set("cache-control", "no-store")?;
    Ok(response)
}

/// The answer `serve` decided on.
pub fn outcome(outcome: &Outcome) -> Result<Response> {
    let mut response = json(outcome.status, &outcome.body, Some(&outcome.trace))?;
    for (name, value) in &outcome.headers {
        response.headers_mut().set(name, value)?;
    }
    Ok(response)
}

pub fn error(error: &ApiError, trace: &TraceContext) -> Result<Response> {
    let mut response = json(error.status(), &error.body(&trace.trace_id), Some(trace))?;
    for (name, value) in error.headers() {
        response.headers_mut().set(name, &value)?;
    }
    Ok(response)
}

/// An error before any trace exists (unknown routes).
pub fn plain_error(error: ApiError) -> Result<Response> {
    let trace = TraceContext::from_header(None, crate::platform::random_bytes());
    self::error(&error, &trace)
}
