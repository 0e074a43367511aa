//! The metrics, aggregated across isolates without a global hot spot: `METRICS_SHARDS`
//! Durable Objects (`METRICS`, named `shard-0` …), each holding a `MetricsState` in
//! SQLite. Each isolate gathers its observations for `BATCH_WINDOW_MS` and sends them to
//! one shard picked at random (`telemetry::after_response`, inside `waitUntil`): rows
//! appended, the state itself is not read. The pending rows are
//! folded into the state when the shard is read (`GET /metrics` reads every shard at once
//! and renders their merge) and every `FOLD_EVERY` records, each fold in one synchronous
//! step so that no observation is counted twice or lost.

use codegen_service::metrics::{all_shards, authorize, MetricsState, Observation};
use codegen_service::ApiError;
use futures_util::future::join_all;
use serde::{Deserialize, Serialize};
use std::cell::Cell;

use worker::{
    durable_object, DurableObject, Env, Request, Response, Result, RouteContext, SqlStorage, State,
};

use crate::durable::{json_reply, TextRow};

/// Pending rows folded at most this many records apart (bounds the table and a fold).
const FOLD_EVERY: u32 = 256;

#[durable_object]
pub struct MetricsStore {
    row: TextRow,
    sql: SqlStorage,
    /// Records since this instance last folded (a fresh instance may find up to
    /// `FOLD_EVERY` rows left by the previous one: still bounded).
    since_fold: Cell<u32>,
}

#[derive(Deserialize)]
struct Pending {
    observation: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum Command {
    Record { observations: Vec<Observation> },
    Snapshot,
}

impl DurableObject for MetricsStore {
    fn new(state: State, _env: Env) -> Self {
        let sql = state.storage().sql();
        // Failing here fails the first record, which reports it.
        let _ = sql.exec(
            "CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY, observation TEXT NOT NULL)",
            None,
        );
        MetricsStore {
            row: TextRow::open(sql.clone(), "metrics"),
            sql,
            since_fold: Cell::new(0),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let command: Command = req.json().await?;
        // No await from here on: a fold and a record never interleave.
        match command {
            Command::Record { observations } => {
                for observation in &observations {
                    self.sql.exec(
                        "INSERT INTO pending (observation) VALUES (?)",
                        vec![serde_json::to_string(observation)?.into()],
                    )?;
                }
                let count = u32::try_from(observations.len()).unwrap_or(u32::MAX);
                self.since_fold
                    .set(self.since_fold.get().saturating_add(count));
                if self.since_fold.get() >= FOLD_EVERY {
                    self.fold()?;
                }
                Response::empty()
            }
            Command::Snapshot => json_reply(serde_json::to_string(&self.fold()?)?),
        }
    }
}

impl MetricsStore {
    /// Folds the pending rows into the stored state and clears them.
    fn fold(&self) -> Result<MetricsState> {
        let pending: Vec<Pending> = self
            .sql
            .exec("SELECT observation FROM pending ORDER BY id", None)?
            .to_array()?;
        let stored = self.row.load()?;
        let state = MetricsState::fold(
            stored.as_deref(),
            pending.iter().map(|p| p.observation.as_str()),
        );
        if !pending.is_empty() {
            self.row.save(&serde_json::to_string(&state)?)?;
            self.sql.exec("DELETE FROM pending", None)?;
        }
        self.since_fold.set(0);
        Ok(state)
    }
}

/// Adds an isolate's batch of observations to `shard` (call it inside `waitUntil`).
pub async fn record(env: &Env, shard: &str, observations: Vec<Observation>) -> Result<()> {
    crate::durable::call(env, "METRICS", shard, &Command::Record { observations })
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
