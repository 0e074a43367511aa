//! Talking to an OpenAI-compatible chat-completions API: the request body, the answer's
//! content, the repair round's prompt, and which failures deserve another try.

use serde_json::json;

use sanitize_core::Report;

/// Asks for one Python block and forbids what the validator blocks anyway.
pub const SYSTEM_PROMPT: &str = "You write Python 3 code. Answer with exactly one ```python fenced code block and nothing else. \
The code must be self-contained and must not: run processes or shells; read, write or delete files; open sockets or make HTTP requests; \
read environment variables or secrets; use exec, eval, compile, __import__, importlib, pickle, marshal, ctypes or getattr with computed names; \
use dunder attributes to reach builtins or globals; exit the process; start debuggers. Include docstrings.";

/// The largest LLM answer accepted, in bytes.
pub const MAX_ANSWER_BYTES: usize = 256 * 1024;

/// The chat-completions request body.
pub fn chat_request(model: &str, prompt: &str, repair: Option<&Repair>) -> serde_json::Value {
    let mut messages = vec![
        json!({"role": "system", "content": SYSTEM_PROMPT}),
        json!({"role": "user", "content": prompt}),
    ];
    if let Some(repair) = repair {
        messages.push(
            json!({"role": "assistant", "content": format!("```python\n{}```", repair.code)}),
        );
        messages.push(json!({"role": "user", "content": repair.instructions()}));
    }
    json!({"model": model, "messages": messages, "temperature": 0.2})
}

/// What the repair round sends back: the rejected code and its findings.
#[derive(Debug, Clone)]
pub struct Repair {
    pub code: String,
    pub report: Report,
}

impl Repair {
    pub fn instructions(&self) -> String {
        let mut text = String::from(
            "That code was rejected by the safety validator. Rewrite it without these problems, \
             keeping the same purpose, as one ```python block:\n",
        );
        for issue in self
            .report
            .issues
            .iter()
            .filter(|i| i.severity >= sanitize_core::Severity::Low)
        {
            text.push_str(&format!(
                "- line {}: {} ({})\n",
                issue.line, issue.message, issue.code
            ));
        }
        text
    }
}

/// Why an answer could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    #[error("the LLM answered with status {0}")]
    Status(u16),
    #[error("the LLM did not answer within {0} ms")]
    Timeout(u64),
    #[error("the LLM could not be reached")]
    Unreachable,
    #[error("the LLM's answer is larger than {MAX_ANSWER_BYTES} bytes")]
    TooLarge,
    #[error("the LLM's answer is not a chat completion: {0}")]
    Garbage(String),
}

impl LlmError {
    /// Worth one more try (then the fallback model): rate limits, server errors,
    /// timeouts, unreachable. A 4xx or garbage will not improve.
    pub fn retryable(&self) -> bool {
        match self {
            LlmError::Status(status) => *status == 429 || *status >= 500,
            LlmError::Timeout(_) | LlmError::Unreachable => true,
            LlmError::TooLarge | LlmError::Garbage(_) => false,
        }
    }

    /// A short label for metrics and spans (`status_503`, `timeout`, ...).
    pub fn outcome(&self) -> String {
        match self {
            LlmError::Status(status) => format!("status_{status}"),
            LlmError::Timeout(_) => "timeout".into(),
            LlmError::Unreachable => "unreachable".into(),
            LlmError::TooLarge => "too_large".into(),
            LlmError::Garbage(_) => "garbage".into(),
        }
    }
}

/// The text of the first choice of a chat-completions response.
pub fn parse_chat_response(body: &[u8]) -> Result<String, LlmError> {
    if body.len() > MAX_ANSWER_BYTES {
        return Err(LlmError::TooLarge);
    }
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| LlmError::Garbage(format!("not JSON ({e})")))?;
    let content = value
        .get("choices")
        .and_then(|c| c.get(0))
        .and_then(|c| c.get("message"))
        .and_then(|m| m.get("content"))
        .ok_or_else(|| LlmError::Garbage("no choices[0].message.content".into()))?;
    content
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| LlmError::Garbage("choices[0].message.content is not a string".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_has_system_and_user_messages() {
        let body = chat_request("gpt-4o", "soma", None);
        assert_eq!(body["model"], "gpt-4o");
        assert_eq!(body["messages"][0]["role"], "system");
        assert_eq!(body["messages"][1]["content"], "soma");
    }

    #[test]
    fn repair_sends_the_code_and_the_findings() {
        let code = "import os\nos.system('id')\n".to_string();
        let report = sanitize_core::validate(&code, &sanitize_core::Policy::default());
        let body = chat_request(
            "m",
            "p",
            Some(&Repair {
                code: code.clone(),
                report,
            }),
        );
        assert_eq!(body["messages"].as_array().map(Vec::len), Some(4));
        let instructions = body["messages"][3]["content"].as_str().unwrap_or_default();
        assert!(
            instructions.contains("line 1") && instructions.contains("S101"),
            "{instructions}"
        );
    }

    #[test]
    fn answers_are_parsed_or_refused() {
        let ok = br#"{"choices": [{"message": {"role": "assistant", "content": "```python\nx = 1\n```"}}]}"#;
        assert_eq!(
            parse_chat_response(ok).as_deref(),
            Ok("```python\nx = 1\n```")
        );
        for bad in [
            &b"<html>oops</html>"[..],
            br#"{"choices": []}"#,
            br#"{"choices": [{"message": {"content": 5}}]}"#,
            br#"{"error": "x"}"#,
            b"{\"choices\": [{\"mess",
        ] {
            assert!(matches!(
                parse_chat_response(bad),
                Err(LlmError::Garbage(_))
            ));
        }
        assert_eq!(
            parse_chat_response(&vec![b' '; MAX_ANSWER_BYTES + 1]),
            Err(LlmError::TooLarge)
        );
    }

    #[test]
    fn which_failures_are_retried() {
        assert!(LlmError::Status(429).retryable());
        assert!(LlmError::Status(503).retryable());
        assert!(LlmError::Timeout(1000).retryable());
        assert!(!LlmError::Status(400).retryable());
        assert!(!LlmError::Garbage("x".into()).retryable());
    }
}
