//! The metrics aggregate across isolates: one Durable Object (`METRICS`, named
//! `global`) holds `MetricsState` in SQLite. Requests record into it after their
//! response (inside `waitUntil`); `GET /metrics` renders it for Prometheus.

use codegen_service::metrics::{authorize, MetricsState, Observation};
use serde::{Deserialize, Serialize};
use worker::{durable_object, DurableObject, Env, Request, Response, Result, RouteContext, State};

use crate::durable::JsonRow;

#[durable_object]
pub struct MetricsStore {
    row: JsonRow,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum Command {
    Record { observation: Observation },
    Render,
}

impl DurableObject for MetricsStore {
    fn new(state: State, _env: Env) -> Self {
        MetricsStore {
            row: JsonRow::open(state.storage().sql(), "metrics"),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let command: Command = req.json().await?;
        // No await from load to save: concurrent records never lose an increment.
        let mut state: MetricsState = self.row.load()?;
        match command {
            Command::Record { observation } => {
                state.record(&observation);
                self.row.save(&state)?;
                Response::empty()
            }
            Command::Render => Response::ok(state.render()),
        }
    }
}

async fn send(env: &Env, command: &Command) -> Result<Response> {
    crate::durable::call(env, "METRICS", "global", command).await
}

/// Adds one request's observation to the aggregate (call it inside `waitUntil`).
pub async fn record(env: &Env, observation: Observation) -> Result<()> {
    send(env, &Command::Record { observation })
        .await
        .map(|_| ())
}

/// `GET /metrics`: the Prometheus text format, for a bearer of `METRICS_TOKEN`.
pub async fn handle(req: Request, ctx: RouteContext<worker::Context>) -> Result<Response> {
    let trace = crate::generate::new_trace(&req);
    let authorization = req.headers().get("authorization").ok().flatten();
    let token = crate::generate::setting(&ctx.env, "METRICS_TOKEN");
    if let Err(error) = authorize(authorization.as_deref(), token.as_deref()) {
        return crate::respond::error(&error, &trace);
    }
    let text = send(&ctx.env, &Command::Render).await?.text().await?;
    let mut response = Response::ok(text)?;
    let headers = response.headers_mut();
    headers.set("content-type", "text/plain; version=0.0.4; charset=utf-8")?;
    headers.set("cache-control", "no-store")?;
    Ok(response)
}
