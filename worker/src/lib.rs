//! The edge service. `fetch` hands each request to a `Router`; the generate route runs
//! `codegen_service::generate::serve` over `platform::WorkerPlatform` (the runtime's clock,
//! randomness, `fetch` and Durable Objects), where every decision is made and tested
//! natively. The two Durable Objects — the per-user `UserLimiter` and the metrics shards
//! `MetricsStore` — store what `codegen-service` computes.

use worker::{event, Context, Env, Request, Response, Result, Router};

mod body_reader;
mod durable;
mod generate;
mod metrics_store;
mod net;
mod platform;
mod rate_limiter;
mod respond;
mod telemetry;

pub use metrics_store::MetricsStore;
pub use rate_limiter::UserLimiter;

/// The contract as OpenAPI 3.1 (a test checks it against the routes and error codes).
const OPENAPI: &str = include_str!("openapi.json");

#[event(fetch)]
async fn fetch(req: Request, env: Env, ctx: Context) -> Result<Response> {
    let path = req.path();
    let response = Router::with_data(ctx)
        .get("/healthz", |_, ctx| {
            // Readiness for load balancers and uptime checks: 503 naming what is missing.
            let (status, body) =
                codegen_service::config::health(&platform::isolate(&ctx.env).readiness);
            respond::json(status, &body, None)
        })
        .get("/openapi.json", |_, _| {
            let mut response = Response::ok(OPENAPI)?;
            response
                .headers_mut()
                .set("content-type", "application/json")?;
            Ok(response)
        })
        .get_async("/metrics", metrics_store::handle)
        .on_async("/llm-codegen/generate", generate::handle)
        .run(req, env)
        .await?;
    // The router's own 404/405 are plain text; the contract wants the JSON error shape.
    match response.status_code() {
        404 => respond::plain_error(codegen_service::ApiError::NotFound(path)),
        405 => respond::plain_error(codegen_service::ApiError::MethodNotAllowed {
            method: "this method".into(),
            allowed: "GET",
        }),
        _ => Ok(response),
    }
}
