//! One Durable Object per user, SQLite-backed: the rate limit and quota state, checked
//! and charged atomically (no `await` between reading and writing the state).

use codegen_service::limits::{check_and_charge, refund, UserLimits};
use serde::{Deserialize, Serialize};
use worker::{durable_object, DurableObject, Env, Request, Response, Result, SqlStorage, State};

#[durable_object]
pub struct UserLimiter {
    sql: SqlStorage,
}

/// What the worker asks of the object.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Command {
    Charge { per_minute: u32, per_day: u32 },
    Refund { charged_day: i64 },
    Inspect,
}

#[derive(Deserialize)]
struct Row {
    state: String,
}

impl UserLimiter {
    fn load(&self) -> Result<UserLimits> {
        let rows: Vec<Row> = self
            .sql
            .exec("SELECT state FROM limits WHERE id = 1", None)?
            .to_array()?;
        Ok(rows
            .first()
            .and_then(|row| serde_json::from_str(&row.state).ok())
            .unwrap_or_default())
    }

    fn save(&self, state: &UserLimits) -> Result<()> {
        let text =
            serde_json::to_string(state).map_err(|e| worker::Error::RustError(e.to_string()))?;
        self.sql.exec(
            "INSERT INTO limits (id, state) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state",
            vec![text.into()],
        )?;
        Ok(())
    }
}

impl DurableObject for UserLimiter {
    fn new(state: State, _env: Env) -> Self {
        let sql = state.storage().sql();
        // Failing here would fail every request to this object; `load` reports it then.
        let _ = sql.exec("CREATE TABLE IF NOT EXISTS limits (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL)", None);
        UserLimiter { sql }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let command: Command = req.json().await?;
        // From here to the response there is no await: the object runs it atomically.
        let mut state = self.load()?;
        let now_ms = js_sys::Date::now() as i64;
        match command {
            Command::Charge {
                per_minute,
                per_day,
            } => {
                let decision = check_and_charge(&mut state, now_ms, per_minute, per_day);
                self.save(&state)?;
                Response::from_json(&decision)
            }
            Command::Refund { charged_day } => {
                let used = refund(&mut state, charged_day);
                self.save(&state)?;
                Response::from_json(&serde_json::json!({"used_today": used}))
            }
            Command::Inspect => Response::from_json(&state),
        }
    }
}
