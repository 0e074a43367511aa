use crate::checker::Checker;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags modules that are harmless as a whole but have dangerous members (`io`
    /// has `io.open`, `asyncio` has `create_subprocess_shell`, `yaml` has
    /// `unsafe_load`) when they are used as values (`m = io`, `[io][0]`, `f(io)`)
    /// instead of through `module.member`, and star imports from them.
    ///
    /// ## Why is this bad?
    /// Once the module object travels, `m.open(...)` can no longer be told apart from
    /// a harmless method call: the dangerous member is reached under a name no rule
    /// can resolve.
    ///
    /// ## Example
    /// ```python
    /// import io
    /// m = io
    /// m.open("/etc/passwd").read()
    /// ```
    DangerousModuleEscape
}

/// A module object used as a value (`m = io`, `f(xml.sax)`).
pub(crate) fn check_module_value(checker: &mut Checker, module: &str, start: usize, end: usize) {
    checker.report(
        Rule::DangerousModuleEscape,
        format!("module `{module}` used as a value: its members (and the modules it imports) can then be reached under names no rule can resolve"),
        start,
        end,
    );
}

/// `from io import *`: a module with dangerous members brings them in under plain names.
pub(crate) fn check_star_import(checker: &mut Checker, module: &str, start: usize, end: usize) {
    if checker.index.is_partial_module(module) {
        checker.report(
            Rule::DangerousModuleEscape,
            format!("star import from `{module}` brings in members that cannot be tracked, some of them dangerous"),
            start,
            end,
        );
    }
}
