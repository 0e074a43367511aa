use super::rule_doc;

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
