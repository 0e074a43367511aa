use crate::report::Finding;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Notes comments that try to switch checks off (`# nosec`, `# noqa`,
    /// `# nosemgrep`, `# pylint: disable`, "reviewed", "audited", "approved" banners).
    /// They have no effect here: info only, so the reader knows they were seen and
    /// ignored.
    ///
    /// ## Why is this bad?
    /// The model writes the code, comments included: a prompt injection can make it
    /// write a suppression comment next to the very line it wants through.
    ///
    /// ## Example
    /// ```python
    /// import subprocess  # nosec - reviewed and approved by security
    /// ```
    IgnoredSuppressionComment
}

const MARKERS: &[&str] = &[
    "nosec",
    "noqa",
    "nosemgrep",
    "lgtm",
    "pylint: disable",
    "pragma: allowlist",
    "bandit:",
    "sanitize:",
    "security review",
    "reviewed",
    "audited",
    "approved",
    "whitelisted",
    "allowlisted",
];

pub(crate) fn check_comments(text: &str, comments: &[(usize, usize)]) -> Vec<Finding> {
    comments
        .iter()
        .filter_map(|&(start, end)| {
            let comment = text.get(start..end)?.to_lowercase();
            let marker = MARKERS.iter().find(|m| comment.contains(*m))?;
            Some(Finding::new(
                Rule::IgnoredSuppressionComment,
                format!("`{marker}` comment ignored: findings are never suppressed from inside the code"),
                start,
                end,
            ))
        })
        .collect()
}
