//! The error contract: one enum, its status, code and message, and the JSON body
//! `{"error": {"code", "message"}, "trace_id"}`. Messages never carry a secret.

use serde_json::json;

use crate::response::ValidationResults;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ApiError {
    #[error("the request body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("{0}")]
    InvalidPrompt(String),
    #[error("the prompt contains what looks like a secret ({0}); it was not sent to the LLM")]
    PromptContainsSecret(String),
    #[error("the generated code is unsafe, even after a repair round")]
    UnsafeCode(Box<ValidationResults>),
    #[error("the generated code is not valid Python, even after a repair round")]
    InvalidCode(Box<ValidationResults>),
    #[error("the daily quota of {limit} requests is spent; it renews at 00:00 UTC")]
    QuotaExceeded {
        limit: u32,
        retry_after_seconds: u64,
    },
    #[error("missing or invalid bearer token")]
    Unauthorized,
    #[error("more than {limit} requests in a minute; retry after {retry_after_seconds} s")]
    RateLimited {
        limit: u32,
        retry_after_seconds: u64,
    },
    #[error("method {method} is not allowed here; use {allowed}")]
    MethodNotAllowed {
        method: String,
        allowed: &'static str,
    },
    #[error("no route for {0}")]
    NotFound(String),
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body must be application/json")]
    UnsupportedMediaType,
    #[error("the LLM could not be reached or answered garbage: {0}")]
    LlmError(String),
    #[error("the service is misconfigured: {0}")]
    Misconfigured(String),
    /// The user's limiter object could not be reached or answered nonsense: a platform
    /// outage, not a configuration problem. The quota unit is refunded.
    #[error(
        "the rate limiter is unavailable ({0}); the request was not sent to the LLM, retry shortly"
    )]
    LimiterUnavailable(String),
    /// A metrics shard could not be read: `/metrics` answers nothing rather than a partial
    /// sum, which Prometheus would read as a counter reset.
    #[error("the metrics could not be read ({0}); retry the scrape")]
    MetricsUnavailable(String),
}

impl ApiError {
    pub fn status(&self) -> u16 {
        match self {
            ApiError::InvalidJson(_)
            | ApiError::InvalidPrompt(_)
            | ApiError::PromptContainsSecret(_)
            | ApiError::UnsafeCode(_)
            | ApiError::InvalidCode(_)
            | ApiError::QuotaExceeded { .. } => 400,
            ApiError::Unauthorized => 401,
            ApiError::NotFound(_) => 404,
            ApiError::MethodNotAllowed { .. } => 405,
            ApiError::PayloadTooLarge { .. } => 413,
            ApiError::UnsupportedMediaType => 415,
            ApiError::RateLimited { .. } => 429,
            ApiError::LlmError(_) | ApiError::Misconfigured(_) => 500,
            ApiError::LimiterUnavailable(_) | ApiError::MetricsUnavailable(_) => 503,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::InvalidJson(_) => "invalid_json",
            ApiError::InvalidPrompt(_) => "invalid_prompt",
            ApiError::PromptContainsSecret(_) => "prompt_contains_secret",
            ApiError::UnsafeCode(_) => "unsafe_code",
            ApiError::InvalidCode(_) => "invalid_code",
            ApiError::QuotaExceeded { .. } => "quota_exceeded",
            ApiError::Unauthorized => "unauthorized",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::MethodNotAllowed { .. } => "method_not_allowed",
            ApiError::NotFound(_) => "not_found",
            ApiError::PayloadTooLarge { .. } => "payload_too_large",
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::LlmError(_) => "llm_error",
            ApiError::Misconfigured(_) => "misconfigured",
            ApiError::LimiterUnavailable(_) => "limiter_unavailable",
            ApiError::MetricsUnavailable(_) => "metrics_unavailable",
        }
    }

    /// Headers the response must carry besides `content-type`.
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        match self {
            ApiError::Unauthorized => vec![("www-authenticate", "Bearer".to_string())],
            ApiError::RateLimited {
                retry_after_seconds,
                ..
            }
            | ApiError::QuotaExceeded {
                retry_after_seconds,
                ..
            } => {
                vec![("retry-after", retry_after_seconds.max(&1).to_string())]
            }
            ApiError::MethodNotAllowed { allowed, .. } => vec![("allow", (*allowed).to_string())],
            _ => Vec::new(),
        }
    }

    /// A 5xx: the user's quota unit is refunded.
    pub fn is_server_error(&self) -> bool {
        self.status() >= 500
    }

    /// The JSON body. Validation failures carry their findings, never the code.
    pub fn body(&self, trace_id: &str) -> serde_json::Value {
        let mut body = json!({
            "error": {"code": self.code(), "message": self.to_string()},
            "trace_id": trace_id,
        });
        if let ApiError::UnsafeCode(results) | ApiError::InvalidCode(results) = self {
            body["validation_results"] = json!(results);
        }
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_row_of_the_contract() {
        let rows: Vec<(ApiError, u16, &str)> = vec![
            (ApiError::InvalidJson("x".into()), 400, "invalid_json"),
            (ApiError::InvalidPrompt("x".into()), 400, "invalid_prompt"),
            (
                ApiError::PromptContainsSecret("an API key".into()),
                400,
                "prompt_contains_secret",
            ),
            (
                ApiError::QuotaExceeded {
                    limit: 100,
                    retry_after_seconds: 60,
                },
                400,
                "quota_exceeded",
            ),
            (ApiError::Unauthorized, 401, "unauthorized"),
            (
                ApiError::RateLimited {
                    limit: 3,
                    retry_after_seconds: 20,
                },
                429,
                "rate_limited",
            ),
            (
                ApiError::MethodNotAllowed {
                    method: "GET".into(),
                    allowed: "POST",
                },
                405,
                "method_not_allowed",
            ),
            (ApiError::NotFound("/x".into()), 404, "not_found"),
            (
                ApiError::PayloadTooLarge { limit: 10 },
                413,
                "payload_too_large",
            ),
            (
                ApiError::UnsupportedMediaType,
                415,
                "unsupported_media_type",
            ),
            (ApiError::LlmError("timeout".into()), 500, "llm_error"),
            (
                ApiError::LimiterUnavailable("no answer".into()),
                503,
                "limiter_unavailable",
            ),
            (
                ApiError::MetricsUnavailable("shard-3 answered 500".into()),
                503,
                "metrics_unavailable",
            ),
        ];
        for (error, status, code) in rows {
            assert_eq!((error.status(), error.code()), (status, code));
            let body = error.body("4bf92f3577b34da6a3ce929d0e0e4736");
            assert_eq!(body["error"]["code"], code);
            assert_eq!(body["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
            assert!(body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()));
        }
    }

    #[test]
    fn headers_follow_the_contract() {
        assert_eq!(
            ApiError::Unauthorized.headers(),
            vec![("www-authenticate", "Bearer".to_string())]
        );
        let limited = ApiError::RateLimited {
            limit: 3,
            retry_after_seconds: 0,
        };
        assert_eq!(limited.headers(), vec![("retry-after", "1".to_string())]);
    }

    #[test]
    fn unsafe_code_carries_findings_not_code() {
        let report = sanitize_core::validate(
            "import os\nos.system('id')\n",
            &sanitize_core::Policy::default(),
        );
        let body = ApiError::UnsafeCode(Box::new(report.into())).body("t");
        assert_eq!(body["validation_results"]["passed"], false);
        assert_eq!(body["validation_results"]["issues"][0]["code"], "S101");
        assert!(body.get("code").is_none());
        assert!(!body.to_string().contains("os.system('id')"));
    }
}
