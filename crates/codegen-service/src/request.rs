//! `POST /llm-codegen/generate` request checks, in the contract's order: media type,
//! (size: `body::read_capped`), JSON, shape (`{"prompt": "..."}`, unknown fields
//! refused), prompt checks.

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

/// Refuses a body that is not JSON before it is read.
pub fn check_media_type(content_type: Option<&str>) -> Result<(), ApiError> {
    if is_json(content_type) {
        Ok(())
    } else {
        Err(ApiError::UnsupportedMediaType)
    }
}

/// The body's shape: JSON, an object with a string `prompt` (its size was capped as it
/// was read, see `body::read_capped`). The prompt itself is not checked yet (see
/// `check_request_prompt`).
pub fn read_generate(body: &[u8]) -> Result<GenerateRequest, ApiError> {
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

    /// The checks in the order the service runs them.
    fn parse(content_type: &str, body: &str) -> Result<GenerateRequest, ApiError> {
        check_media_type(Some(content_type))?;
        let request = read_generate(body.as_bytes())?;
        check_request_prompt(&request.prompt, &PromptLimits::default())?;
        Ok(request)
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
