//! One Durable Object per user, SQLite-backed: the rate limit and quota state, checked
//! and charged atomically (no `await` between reading and writing the state).

use codegen_service::limits::{check_and_charge, refund, UserLimits};
use serde::{Deserialize, Serialize};
use worker::{durable_object, DurableObject, Env, Request, Response, Result, State};

use crate::durable::JsonRow;

#[durable_object]
pub struct UserLimiter {
    row: JsonRow,
}

/// What the worker asks of the object.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Command {
    Charge {
        user: String,
        per_minute: u32,
        per_day: u32,
    },
    Refund {
        charged_day: i64,
    },
    Inspect,
}

impl DurableObject for UserLimiter {
    fn new(state: State, _env: Env) -> Self {
        UserLimiter {
            row: JsonRow::open(state.storage().sql(), "limits"),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let command: Command = req.json().await?;
        // From here to the response there is no await: the object runs it atomically.
        let mut state: UserLimits = self.row.load()?;
        let now_ms = js_sys::Date::now() as i64;
        match command {
            Command::Charge {
                user,
                per_minute,
                per_day,
            } => {
                state.user = Some(user);
                let decision = check_and_charge(&mut state, now_ms, per_minute, per_day);
                self.row.save(&state)?;
                Response::from_json(&decision)
            }
            Command::Refund { charged_day } => {
                let used = refund(&mut state, charged_day);
                self.row.save(&state)?;
                Response::from_json(&serde_json::json!({"used_today": used}))
            }
            Command::Inspect => Response::from_json(&state),
        }
    }
}
