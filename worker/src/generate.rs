//! `POST /llm-codegen/generate` (any method: a wrong one gets the contract's 405): the
//! request's headers and body stream go to `codegen_service::generate::serve`, which
//! decides everything; the answer goes back, and after it, inside `waitUntil`, the log
//! line, the span export and the metrics record.

use codegen_service::generate::{serve, Incoming};
use worker::{Context, Request, Response, Result, RouteContext};

use crate::platform::{isolate, WorkerPlatform};

pub async fn handle(req: Request, ctx: RouteContext<Context>) -> Result<Response> {
    let isolate = isolate(&ctx.env);
    let header = |name: &str| req.headers().get(name).ok().flatten();
    let (authorization, content_type, content_length, traceparent) = (
        header("authorization"),
        header("content-type"),
        header("content-length"),
        header("traceparent"),
    );
    let method = req.method().to_string();
    let platform = WorkerPlatform::new(ctx.env.clone(), isolate.clone(), req);
    let request = Incoming {
        method: &method,
        authorization: authorization.as_deref(),
        content_type: content_type.as_deref(),
        content_length: content_length.as_deref(),
        traceparent: traceparent.as_deref(),
    };
    let outcome = serve(&platform, isolate.readiness.as_ref(), &request).await;
    let response = crate::respond::outcome(&outcome)?;
    let otlp = isolate.readiness.as_ref().ok().and_then(|c| c.otlp.clone());
    crate::telemetry::after_response(&ctx.data, ctx.env.clone(), otlp, outcome);
    Ok(response)
}
