//! The 200 body of `POST /llm-codegen/generate` and the validation results it shares with
//! the `unsafe_code`/`invalid_code` error bodies.

use sanitize_core::{Issue, Report};
use serde::Serialize;

/// The guide's `validation_results`: the same shape in the success and the error bodies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidationResults {
    pub passed: bool,
    pub score: f64,
    pub issues_count: usize,
    pub issues: Vec<Issue>,
}

impl From<Report> for ValidationResults {
    fn from(report: Report) -> Self {
        ValidationResults {
            passed: report.passed,
            score: report.score,
            issues_count: report.issues_count,
            issues: report.issues,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseMetrics {
    /// Seconds from the request to the response, to the hundredth.
    pub latency_seconds: f64,
    pub quota_remaining: u32,
}

/// The 200 body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GenerateResponse {
    pub code: String,
    pub validation_results: ValidationResults,
    pub trace_id: String,
    pub metrics: ResponseMetrics,
    /// The model that wrote the code.
    pub model: String,
    /// LLM calls made, retries and the repair round included.
    pub attempts: u32,
}
