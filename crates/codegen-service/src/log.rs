//! The one JSON log line per request. It carries what an operator needs to follow a
//! request (trace id, user, outcome, timings, the model, the findings count) and the
//! prompt only as a length and a SHA-256; with `LOG_PROMPTS` the prompt itself is added,
//! with every secret the detector finds redacted. Tokens and keys never reach it: no
//! field takes a header or a setting.

use chrono::DateTime;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

/// Longest prompt excerpt logged with `LOG_PROMPTS` (characters).
pub const LOGGED_PROMPT_CHARS: usize = 2000;

#[derive(Debug, Clone, Default)]
pub struct RequestLog<'a> {
    pub timestamp_ms: f64,
    pub trace_id: &'a str,
    pub method: &'a str,
    pub route: &'a str,
    pub user: Option<&'a str>,
    pub status: u16,
    pub code: &'a str,
    pub latency_ms: f64,
    pub model: Option<&'a str>,
    pub attempts: u32,
    pub issues_count: Option<usize>,
    pub prompt: Option<&'a str>,
    /// The service's own message for a 5xx (never the client's input).
    pub error: Option<&'a str>,
}

fn timestamp(ms: f64) -> String {
    DateTime::from_timestamp_millis(ms as i64)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub fn level(status: u16) -> &'static str {
    match status {
        500.. => "error",
        400.. => "warn",
        _ => "info",
    }
}

/// Hex SHA-256 of the prompt: equal prompts can be correlated without being stored.
pub fn prompt_hash(prompt: &str) -> String {
    Sha256::digest(prompt.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl RequestLog<'_> {
    /// The line, as one line of JSON.
    pub fn line(&self, log_prompts: bool) -> String {
        let mut out = Map::new();
        out.insert("timestamp".into(), json!(timestamp(self.timestamp_ms)));
        out.insert("level".into(), json!(level(self.status)));
        out.insert("event".into(), json!("request"));
        out.insert("trace_id".into(), json!(self.trace_id));
        out.insert("method".into(), json!(self.method));
        out.insert("route".into(), json!(self.route));
        out.insert("user".into(), json!(self.user));
        out.insert("status".into(), json!(self.status));
        out.insert("code".into(), json!(self.code));
        out.insert("latency_ms".into(), json!(self.latency_ms.max(0.0).round()));
        out.insert("model".into(), json!(self.model));
        out.insert("attempts".into(), json!(self.attempts));
        out.insert("issues_count".into(), json!(self.issues_count));
        if let Some(prompt) = self.prompt {
            out.insert("prompt_chars".into(), json!(prompt.chars().count()));
            out.insert("prompt_sha256".into(), json!(prompt_hash(prompt)));
            if log_prompts {
                let excerpt: String = prompt.chars().take(LOGGED_PROMPT_CHARS).collect();
                out.insert(
                    "prompt".into(),
                    json!(sanitize_core::redact_secrets(&excerpt)),
                );
            }
        }
        if let Some(error) = self.error {
            out.insert("error".into(), json!(error));
        }
        Value::Object(out).to_string()
    }
}

/// A line for an event outside a request (export failures and the like).
pub fn event_line(timestamp_ms: f64, level: &str, event: &str, fields: Value) -> String {
    let mut out = Map::new();
    out.insert("timestamp".into(), json!(timestamp(timestamp_ms)));
    out.insert("level".into(), json!(level));
    out.insert("event".into(), json!(event));
    if let Value::Object(fields) = fields {
        out.extend(fields);
    }
    Value::Object(out).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET_PROMPT: &str =
        "Write a client for the API; my key is sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH thanks";

    fn entry(prompt: Option<&str>) -> RequestLog<'_> {
        RequestLog {
            timestamp_ms: 1_764_000_000_123.0,
            trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
            method: "POST",
            route: "/llm-codegen/generate",
            user: Some("user-1"),
            status: 200,
            code: "ok",
            latency_ms: 412.4,
            model: Some("gpt-4o"),
            attempts: 1,
            issues_count: Some(0),
            prompt,
            error: None,
        }
    }

    #[test]
    fn one_json_line_with_the_fields_operators_need() {
        let line = entry(Some("Write a function that sorts a list")).line(false);
        assert!(!line.contains('\n'));
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["timestamp"], "2025-11-24T16:00:00.123Z");
        assert_eq!(v["level"], "info");
        assert_eq!(v["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(v["user"], "user-1");
        assert_eq!(v["latency_ms"], 412.0);
        assert_eq!(v["prompt_chars"], 34);
        assert_eq!(
            v["prompt_sha256"],
            prompt_hash("Write a function that sorts a list")
        );
        assert!(v.get("prompt").is_none());
    }

    #[test]
    fn the_prompt_is_hashed_not_logged_by_default() {
        let line = entry(Some(SECRET_PROMPT)).line(false);
        assert!(!line.contains("sk-proj"), "{line}");
        assert!(!line.contains("Write a client"), "{line}");
        assert!(line.contains(&prompt_hash(SECRET_PROMPT)));
        // The digest is SHA-256 (known answer).
        assert_eq!(
            prompt_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn log_prompts_still_redacts_secrets() {
        let line = entry(Some(SECRET_PROMPT)).line(true);
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            v["prompt"],
            "Write a client for the API; my key is [REDACTED openai_api_key] thanks"
        );
        assert!(!line.contains("4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH"));
        let long = "x".repeat(LOGGED_PROMPT_CHARS * 2);
        let v: Value = serde_json::from_str(&entry(Some(&long)).line(true)).unwrap();
        assert_eq!(v["prompt"].as_str().unwrap().len(), LOGGED_PROMPT_CHARS);
        assert_eq!(v["prompt_chars"], LOGGED_PROMPT_CHARS * 2);
    }

    #[test]
    fn levels_follow_the_status() {
        assert_eq!(level(200), "info");
        assert_eq!(level(429), "warn");
        assert_eq!(level(500), "error");
        let mut failed = entry(None);
        failed.status = 500;
        failed.code = "llm_error";
        failed.error = Some("the LLM could not be reached");
        let v: Value = serde_json::from_str(&failed.line(false)).unwrap();
        assert_eq!(v["level"], "error");
        assert_eq!(v["error"], "the LLM could not be reached");
        assert!(v.get("prompt_chars").is_none());
        let e: Value = serde_json::from_str(&event_line(
            0.0,
            "warn",
            "otlp_export_failed",
            json!({"status": 503}),
        ))
        .unwrap();
        assert_eq!(e["event"], "otlp_export_failed");
        assert_eq!(e["status"], 503);
        assert_eq!(e["timestamp"], "1970-01-01T00:00:00.000Z");
    }
}
