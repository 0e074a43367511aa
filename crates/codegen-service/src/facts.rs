//! What the handler learns about one request as it runs. The log line and the metrics
//! observation are both made from it, so they always agree.

use sanitize_core::{Policy, Report};

use crate::log::RequestLog;
use crate::metrics::{LlmCall, Observation};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestFacts {
    pub user: Option<String>,
    pub prompt: Option<String>,
    /// The model that wrote the answer (or was last asked).
    pub model: Option<String>,
    pub llm_calls: Vec<LlmCall>,
    pub issues_count: Option<usize>,
    pub blocked_rules: Vec<String>,
    /// `rate_limit` or `quota`.
    pub limited: Option<&'static str>,
}

impl RequestFacts {
    /// Notes a validation round: its findings count, and for a failed round the codes
    /// of the findings that blocked it (once per code).
    pub fn validated(&mut self, report: &Report, policy: &Policy) {
        self.issues_count = Some(report.issues_count);
        if !report.passed {
            let mut codes: Vec<String> = report
                .issues
                .iter()
                .filter(|i| i.blocks_at(policy.block_severity))
                .map(|i| i.code.clone())
                .collect();
            codes.sort();
            codes.dedup();
            self.blocked_rules.extend(codes);
        }
    }

    pub fn attempts(&self) -> u32 {
        u32::try_from(self.llm_calls.len()).unwrap_or(u32::MAX)
    }

    pub fn observation(&self, status: u16, code: &str, latency_seconds: f64) -> Observation {
        Observation {
            status,
            code: code.to_string(),
            latency_seconds,
            llm_calls: self.llm_calls.clone(),
            blocked_rules: self.blocked_rules.clone(),
            limited: self.limited.map(str::to_string),
        }
    }

    /// The log entry; `error` only for the service's own 5xx messages.
    pub fn log_entry<'a>(
        &'a self,
        trace_id: &'a str,
        (method, route): (&'a str, &'a str),
        (status, code): (u16, &'a str),
        (timestamp_ms, latency_ms): (f64, f64),
        error: Option<&'a str>,
    ) -> RequestLog<'a> {
        RequestLog {
            timestamp_ms,
            trace_id,
            method,
            route,
            user: self.user.as_deref(),
            status,
            code,
            latency_ms,
            model: self.model.as_deref(),
            attempts: self.attempts(),
            issues_count: self.issues_count,
            prompt: self.prompt.as_deref(),
            error: error.filter(|_| status >= 500),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn failed_rounds_name_their_blocking_rules_once() {
        let policy = Policy::default();
        let mut facts = RequestFacts::default();
        let (_, unsafe_report) = sanitize_core::validate_answer(
            "import os\nos.system('ls')\nos.system('pwd')\n",
            &policy,
        );
        assert!(!unsafe_report.passed);
        facts.validated(&unsafe_report, &policy);
        let (_, good) = sanitize_core::validate_answer(
            "def add(a: int, b: int) -> int:\n    \"\"\"Add.\"\"\"\n    return a + b\n",
            &policy,
        );
        assert!(good.passed, "{good:?}");
        facts.validated(&good, &policy);
        assert_eq!(facts.issues_count, Some(good.issues_count));
        let blocked = facts.blocked_rules.clone();
        assert!(!blocked.is_empty());
        let mut unique = blocked.clone();
        unique.dedup();
        assert_eq!(blocked, unique);
        let observation = facts.observation(200, "ok", 0.5);
        assert_eq!(observation.blocked_rules, blocked);
    }

    #[test]
    fn log_and_metrics_agree() {
        let facts = RequestFacts {
            user: Some("u1".into()),
            prompt: Some("Write a function that sorts".into()),
            model: Some("gpt-4o".into()),
            llm_calls: vec![
                LlmCall {
                    model: "gpt-4o".into(),
                    outcome: "status_500".into(),
                    latency_seconds: 0.1,
                },
                LlmCall {
                    model: "gpt-4o".into(),
                    outcome: "ok".into(),
                    latency_seconds: 0.2,
                },
            ],
            ..RequestFacts::default()
        };
        let entry = facts.log_entry(
            "ab",
            ("POST", "/llm-codegen/generate"),
            (400, "invalid_json"),
            (0.0, 300.0),
            Some("client text"),
        );
        let line: Value = serde_json::from_str(&entry.line(false)).unwrap();
        assert_eq!(line["attempts"], 2);
        assert!(line.get("error").is_none(), "4xx messages are not logged");
        let observation = facts.observation(400, "invalid_json", 0.3);
        assert_eq!(observation.llm_calls.len(), 2);
    }
}
