//! What the two Durable Objects share: a command sent as JSON to a named object, and
//! the object's state as one JSON row in its SQLite storage, loaded and saved with no
//! `await` in between so a read-modify-write runs atomically in the object.

use serde::de::DeserializeOwned;
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

pub struct JsonRow {
    sql: SqlStorage,
    table: &'static str,
}

impl JsonRow {
    pub fn open(sql: SqlStorage, table: &'static str) -> JsonRow {
        // Failing here would fail every request to the object; `load` reports it then.
        let _ = sql.exec(
            &format!("CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL)"),
            None,
        );
        JsonRow { sql, table }
    }

    /// The saved state, or the default when there is none (or it no longer parses).
    pub fn load<T: DeserializeOwned + Default>(&self) -> Result<T> {
        let rows: Vec<Row> = self
            .sql
            .exec(
                &format!("SELECT state FROM {} WHERE id = 1", self.table),
                None,
            )?
            .to_array()?;
        Ok(rows
            .first()
            .and_then(|row| serde_json::from_str(&row.state).ok())
            .unwrap_or_default())
    }

    pub fn save<T: Serialize>(&self, state: &T) -> Result<()> {
        let text =
            serde_json::to_string(state).map_err(|e| worker::Error::RustError(e.to_string()))?;
        self.sql.exec(
            &format!("INSERT INTO {} (id, state) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state", self.table),
            vec![text.into()],
        )?;
        Ok(())
    }
}
