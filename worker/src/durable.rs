//! What the two Durable Objects share: a command sent as JSON to a named object, and
//! the object's state as one text row in its SQLite storage, loaded and saved with no
//! `await` in between so a read-modify-write runs atomically in the object. What the
//! row means (and what an unreadable one becomes) is decided in `codegen-service`.

use serde::Serialize;
use worker::{Env, Response, Result, SqlStorage};

/// Sends `command` to the object `name` of namespace `binding`.
pub async fn call(
    env: &Env,
    binding: &str,
    name: &str,
    command: &impl Serialize,
) -> Result<Response> {
    let stub = env
        .durable_object(binding)?
        .id_from_name(name)?
        .get_stub()?;
    let request = crate::net::json_post(
        "https://object.internal/",
        &[],
        serde_json::to_string(command)?,
    )?;
    stub.fetch_with_request(request).await
}

#[derive(serde::Deserialize)]
struct Row {
    state: String,
}

pub struct TextRow {
    sql: SqlStorage,
    table: &'static str,
}

impl TextRow {
    pub fn open(sql: SqlStorage, table: &'static str) -> TextRow {
        // Failing here would fail every request to the object; `load` reports it then.
        let _ = sql.exec(
            &format!("CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL)"),
            None,
        );
        TextRow { sql, table }
    }

    /// The saved state, if any.
    pub fn load(&self) -> Result<Option<String>> {
        let rows: Vec<Row> = self
            .sql
            .exec(
                &format!("SELECT state FROM {} WHERE id = 1", self.table),
                None,
            )?
            .to_array()?;
        Ok(rows.into_iter().next().map(|row| row.state))
    }

    pub fn save(&self, state: &str) -> Result<()> {
        self.sql.exec(
            &format!("INSERT INTO {} (id, state) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state", self.table),
            vec![state.into()],
        )?;
        Ok(())
    }
}

/// A JSON reply from an object.
pub fn json_reply(text: String) -> Result<Response> {
    let mut response = Response::ok(text)?;
    response
        .headers_mut()
        .set("content-type", "application/json")?;
    Ok(response)
}
