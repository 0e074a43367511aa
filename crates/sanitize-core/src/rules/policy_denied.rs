use crate::checker::Checker;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags imports and references of modules and calls, and accesses of attribute
    /// names, that the policy's `deny` lists name.
    ///
    /// ## Why is this bad?
    /// The deployment decided it: a policy can forbid what the defaults allow
    /// (`numpy`, `print`, `.system`).
    ///
    /// ## Example
    /// ```python
    /// # with {"deny": {"modules": ["requests"]}}
    /// import requests
    /// ```
    PolicyDenied
}

/// A module, member or builtin (`path`) the policy's `deny.modules`/`deny.calls` name.
pub(crate) fn check_path(checker: &mut Checker, path: &str, start: usize, end: usize) {
    if let Some(denied) = checker.policy.denied_path(path) {
        checker.report(
            Rule::PolicyDenied,
            format!("`{path}` is denied by the policy (`{denied}`)"),
            start,
            end,
        );
    }
}

/// An attribute name the policy's `deny.attributes` name.
pub(crate) fn check_attribute(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if checker.policy.denies_attribute(name) {
        checker.report(
            Rule::PolicyDenied,
            format!("attribute `.{name}` is denied by the policy"),
            start,
            end,
        );
    }
}
