//! `POST /llm-codegen/generate` request checks, in the contract's order: media type,
//! size, JSON, shape (`{"prompt": "..."}`, unknown fields refused), prompt checks.

use serde::Deserialize;

use sanitize_core::{check_prompt, PromptLimits};

use crate::errors::ApiError;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenerateRequest {
    pub prompt: String,
}

/// Whether a `Content-Type` is JSON (`application/json`, any parameters).
pub fn is_json(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|c| c.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// Checks a declared `Content-Length` before the body is read.
pub fn check_declared_length(
    content_length: Option<&str>,
    max_bytes: usize,
) -> Result<(), ApiError> {
    match content_length.and_then(|l| l.trim().parse::<u64>().ok()) {
        Some(length) if length > max_bytes as u64 => {
            Err(ApiError::PayloadTooLarge { limit: max_bytes })
        }
        _ => Ok(()),
    }
}

/// Parses and checks the body. The prompt is returned only when it may be sent on.
pub fn parse_generate(
    content_type: Option<&str>,
    body: &[u8],
    max_bytes: usize,
    limits: &PromptLimits,
) -> Result<GenerateRequest, ApiError> {
    let request = read_generate(content_type, body, max_bytes)?;
    check_request_prompt(&request.prompt, limits)?;
    Ok(request)
}

/// The body's shape: JSON, within the size, an object with a string `prompt`. The
/// prompt itself is not checked yet (see `check_request_prompt`).
pub fn read_generate(
    content_type: Option<&str>,
    body: &[u8],
    max_bytes: usize,
) -> Result<GenerateRequest, ApiError> {
    if !is_json(content_type) {
        return Err(ApiError::UnsupportedMediaType);
    }
    if body.len() > max_bytes {
        return Err(ApiError::PayloadTooLarge { limit: max_bytes });
    }
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| ApiError::InvalidJson(e.to_string()))?;
    if !value.is_object() {
        return Err(ApiError::InvalidPrompt(
            "the body must be a JSON object: {\"prompt\": \"...\"}".into(),
        ));
    }
    let request: GenerateRequest = serde_json::from_value(value).map_err(|e| {
        let message = e.to_string();
        ApiError::InvalidPrompt(if message.contains("invalid type") {
            "`prompt` must be a string".to_string()
        } else {
            message
        })
    })?;
    Ok(request)
}

/// The prompt checks: bounds, control characters, secrets (which refuse it first).
pub fn check_request_prompt(prompt: &str, limits: &PromptLimits) -> Result<(), ApiError> {
    let report = check_prompt(prompt, limits);
    if let Some(secret) = report.problems.iter().find(|p| p.secret.is_some()) {
        let kind = serde_json::to_value(secret.secret)
            .ok()
            .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
            .unwrap_or_else(|| "a secret".to_string());
        return Err(ApiError::PromptContainsSecret(kind));
    }
    if let Some(problem) = report.problems.first() {
        return Err(ApiError::InvalidPrompt(problem.message.clone()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = 16 * 1024;

    fn parse(content_type: &str, body: &str) -> Result<GenerateRequest, ApiError> {
        parse_generate(
            Some(content_type),
            body.as_bytes(),
            MAX,
            &PromptLimits::default(),
        )
    }

    #[test]
    fn a_good_request() {
        let request = parse(
            "application/json; charset=utf-8",
            r#"{"prompt": "Crie uma função que soma dois números"}"#,
        );
        assert_eq!(
            request.map(|r| r.prompt).as_deref(),
            Ok("Crie uma função que soma dois números")
        );
    }

    #[test]
    fn each_bad_request_has_its_code() {
        let cases = [
            (
                "text/plain",
                r#"{"prompt": "long enough prompt"}"#,
                "unsupported_media_type",
            ),
            ("application/json", "{not json", "invalid_json"),
            ("application/json", "[1, 2]", "invalid_prompt"),
            ("application/json", "{}", "invalid_prompt"),
            ("application/json", r#"{"prompt": 42}"#, "invalid_prompt"),
            (
                "application/json",
                r#"{"prompt": "short"}"#,
                "invalid_prompt",
            ),
            (
                "application/json",
                r#"{"prompt": "           x          "}"#,
                "invalid_prompt",
            ),
            (
                "application/json",
                r#"{"prompt": "long enough prompt", "model": "x"}"#,
                "invalid_prompt",
            ),
            (
                "application/json",
                r#"{"prompt": "use my key sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH please"}"#,
                "prompt_contains_secret",
            ),
        ];
        for (content_type, body, code) in cases {
            let error = parse(content_type, body).expect_err(body);
            assert_eq!(error.code(), code, "{body}: {error}");
        }
        let long = format!(r#"{{"prompt": "{}"}}"#, "a".repeat(9000));
        assert_eq!(
            parse("application/json", &long).map_err(|e| e.code()),
            Err("invalid_prompt")
        );
        let huge = format!(r#"{{"prompt": "{}"}}"#, "a".repeat(MAX));
        assert_eq!(
            parse("application/json", &huge).map_err(|e| e.code()),
            Err("payload_too_large")
        );
        assert_eq!(
            check_declared_length(Some("999999"), MAX).map_err(|e| e.status()),
            Err(413)
        );
        assert!(check_declared_length(Some("10"), MAX).is_ok());
    }

    #[test]
    fn a_secret_is_never_echoed() {
        let key = "sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH";
        let error = parse(
            "application/json",
            &format!(r#"{{"prompt": "use {key} in the client"}}"#),
        )
        .expect_err("secret");
        let body = error.body("t").to_string();
        assert!(!body.contains(key) && !body.contains("4f9Kx2"), "{body}");
        assert!(body.contains("openai api key"), "{body}");
    }
}
