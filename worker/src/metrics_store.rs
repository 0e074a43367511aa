//! The metrics, aggregated across isolates without a global hot spot: `METRICS_SHARDS`
//! Durable Objects (`METRICS`, named `shard-0` …), each holding a `MetricsState` in
//! SQLite. A request records into one shard picked at random, after its response (inside
//! `waitUntil`); `GET /metrics` reads every shard at once and renders their merge.

use codegen_service::metrics::{all_shards, authorize, MetricsState, Observation};
use codegen_service::ApiError;
use futures_util::future::join_all;
use serde::{Deserialize, Serialize};
use worker::{durable_object, DurableObject, Env, Request, Response, Result, RouteContext, State};

use crate::durable::{json_reply, TextRow};

#[durable_object]
pub struct MetricsStore {
    row: TextRow,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum Command {
    Record { observation: Observation },
    Snapshot,
}

impl DurableObject for MetricsStore {
    fn new(state: State, _env: Env) -> Self {
        MetricsStore {
            row: TextRow::open(state.storage().sql(), "metrics"),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let command: Command = req.json().await?;
        // No await from load to save: concurrent records never lose an increment.
        let stored = self.row.load()?;
        match command {
            Command::Record { observation } => {
                let mut state = MetricsState::restore(stored.as_deref());
                state.record(&observation);
                self.row.save(&serde_json::to_string(&state)?)?;
                Response::empty()
            }
            Command::Snapshot => json_reply(stored.unwrap_or_else(|| "{}".into())),
        }
    }
}

/// Adds one request's observation to `shard` (call it inside `waitUntil`).
pub async fn record(env: &Env, shard: &str, observation: Observation) -> Result<()> {
    crate::durable::call(env, "METRICS", shard, &Command::Record { observation })
        .await
        .map(|_| ())
}

/// Every shard's state, merged; an error when one cannot be read (a partial sum would
/// look like a counter reset to Prometheus).
async fn merged(env: &Env) -> std::result::Result<MetricsState, String> {
    let reads = all_shards().map(|shard| async move {
        let mut response = crate::durable::call(env, "METRICS", &shard, &Command::Snapshot)
            .await
            .map_err(|_| format!("{shard} could not be reached"))?;
        if response.status_code() != 200 {
            return Err(format!("{shard} answered {}", response.status_code()));
        }
        let text = response
            .text()
            .await
            .map_err(|_| format!("{shard}'s answer could not be read"))?;
        Ok(MetricsState::restore(Some(&text)))
    });
    let mut total = MetricsState::default();
    for shard in join_all(reads).await {
        total.merge(&shard?);
    }
    Ok(total)
}

/// `GET /metrics`: the Prometheus text format, for a bearer of `METRICS_TOKEN`.
pub async fn handle(req: Request, ctx: RouteContext<worker::Context>) -> Result<Response> {
    let isolate = crate::platform::isolate(&ctx.env);
    let trace = codegen_service::trace::TraceContext::from_header(
        req.headers().get("traceparent").ok().flatten().as_deref(),
        crate::platform::random_bytes(),
    );
    let authorization = req.headers().get("authorization").ok().flatten();
    let allowed = match &isolate.readiness {
        Ok(config) => authorize(authorization.as_deref(), config.metrics_token.as_deref()),
        Err(problems) => Err(ApiError::Misconfigured(problems.to_string())),
    };
    if let Err(error) = allowed {
        return crate::respond::error(&error, &trace);
    }
    let state = match merged(&ctx.env).await {
        Ok(state) => state,
        Err(problem) => {
            return crate::respond::error(&ApiError::MetricsUnavailable(problem), &trace)
        }
    };
    let mut response = Response::ok(state.render())?;
    let headers = response.headers_mut();
    headers.set("content-type", "text/plain; version=0.0.4; charset=utf-8")?;
    headers.set("cache-control", "no-store")?;
    Ok(response)
}
