//! The judgement handed back to callers: findings, score and verdict.

use serde::{Deserialize, Serialize};

use crate::rules::Rule;
use crate::source::LineIndex;

/// How bad a finding is. Ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// How much one finding of this severity takes off the score.
    pub fn weight(self) -> f64 {
        match self {
            Severity::Critical => 1.0,
            Severity::High => 0.5,
            Severity::Medium => 0.25,
            Severity::Low => 0.1,
            Severity::Info => 0.02,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Info findings together never take more than this off the score.
pub const INFO_WEIGHT_CAP: f64 = 0.1;

/// One finding, located in the validated code. Lines and columns are 1-based;
/// columns count Unicode code points; `end_*` is exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    pub code: String,
    pub rule: String,
    pub severity: Severity,
    pub family: String,
    pub message: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl Issue {
    /// Syntax and limit findings block whatever the policy says.
    pub fn always_blocks(&self) -> bool {
        Rule::from_code(&self.code).is_some_and(|rule| rule.family().always_blocks())
    }

    /// Whether this finding fails a report under a policy's `block_severity`.
    pub fn blocks_at(&self, block_severity: Severity) -> bool {
        self.severity >= block_severity || self.always_blocks()
    }
}

/// The engine's verdict on one piece of code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub passed: bool,
    pub score: f64,
    /// Findings at `low` severity and above.
    pub issues_count: usize,
    pub issues: Vec<Issue>,
    pub engine_version: String,
    pub parser_version: String,
}

impl Report {
    /// What must hold of any report (checked by the property tests and the fuzzers):
    /// the score in [0, 1], `passed` exactly when nothing blocks under `block_severity`,
    /// `issues_count` counting `low` and above, issues in position order, a clean report
    /// scoring 1. Empty when consistent.
    pub fn inconsistencies(&self, block_severity: Severity) -> Vec<&'static str> {
        let mut problems = Vec::new();
        if !(0.0..=1.0).contains(&self.score) {
            problems.push("score outside [0, 1]");
        }
        if self.passed == self.issues.iter().any(|i| i.blocks_at(block_severity)) {
            problems.push("passed disagrees with the blocking findings");
        }
        let counted = self
            .issues
            .iter()
            .filter(|i| i.severity >= Severity::Low)
            .count();
        if self.issues_count != counted {
            problems.push("issues_count is not the count of low-and-above findings");
        }
        if !self
            .issues
            .windows(2)
            .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column))
        {
            problems.push("issues are not ordered by position");
        }
        if self.issues.is_empty() && self.score != 1.0 {
            problems.push("a report without findings does not score 1");
        }
        problems
    }

    /// Compact JSON, identical natively and in wasm.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }
}

/// A finding before it is placed in the source: byte offsets into the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub start: usize,
    pub end: usize,
}

impl Finding {
    pub fn new(rule: Rule, message: impl Into<String>, start: usize, end: usize) -> Self {
        Finding {
            rule,
            severity: rule.severity(),
            message: message.into(),
            start,
            end,
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// Turns findings into the report: locates, orders, de-duplicates, scores.
pub(crate) fn build_report(
    findings: Vec<Finding>,
    index: &LineIndex,
    block_severity: Severity,
) -> Report {
    let mut issues: Vec<Issue> = findings
        .into_iter()
        .map(|f| {
            let (line, column) = index.location(f.start);
            let (end_line, end_column) = index.location(f.end.max(f.start));
            Issue {
                code: f.rule.code().to_string(),
                rule: f.rule.name().to_string(),
                severity: f.severity,
                family: f.rule.family().as_str().to_string(),
                message: f.message,
                line,
                column,
                end_line,
                end_column,
            }
        })
        .collect();
    issues.sort_by(|a, b| {
        (
            a.line,
            a.column,
            &a.code,
            a.end_line,
            a.end_column,
            &a.message,
        )
            .cmp(&(
                b.line,
                b.column,
                &b.code,
                b.end_line,
                b.end_column,
                &b.message,
            ))
    });
    issues.dedup();

    let passed = !issues.iter().any(|i| i.blocks_at(block_severity));
    let score = if issues.iter().any(Issue::always_blocks) {
        0.0
    } else {
        score(&issues)
    };
    Report {
        passed,
        score,
        issues_count: issues
            .iter()
            .filter(|i| i.severity >= Severity::Low)
            .count(),
        issues,
        engine_version: crate::ENGINE_VERSION.to_string(),
        parser_version: crate::PARSER_VERSION.to_string(),
    }
}

/// 1.0 minus the weights of the findings, info capped, floored at 0, rounded to 3 places.
fn score(issues: &[Issue]) -> f64 {
    let (info, rest): (Vec<&Issue>, Vec<&Issue>) =
        issues.iter().partition(|i| i.severity == Severity::Info);
    let info_penalty = (info.len() as f64 * Severity::Info.weight()).min(INFO_WEIGHT_CAP);
    let penalty: f64 = rest.iter().map(|i| i.severity.weight()).sum::<f64>() + info_penalty;
    ((1.0 - penalty).max(0.0) * 1000.0).round() / 1000.0
}
