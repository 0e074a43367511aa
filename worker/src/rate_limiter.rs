//! One Durable Object per user, SQLite-backed: the rate limit and quota state, checked
//! and charged atomically (no `await` between reading and writing the state). The
//! arithmetic is `codegen_service::rate_limit::apply`.

use codegen_service::rate_limit::{apply, LimiterCommand};
use worker::{durable_object, DurableObject, Env, Request, Response, Result, State};

use crate::durable::{json_reply, TextRow};

#[durable_object]
pub struct UserLimiter {
    row: TextRow,
}

impl DurableObject for UserLimiter {
    fn new(state: State, _env: Env) -> Self {
        UserLimiter {
            row: TextRow::open(state.storage().sql(), "limits"),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let command: LimiterCommand = req.json().await?;
        // From here to the response there is no await: the object runs it atomically.
        let stored = self.row.load()?;
        let (state, reply) = apply(stored.as_deref(), &command, js_sys::Date::now() as i64);
        self.row.save(&state)?;
        json_reply(reply)
    }
}
