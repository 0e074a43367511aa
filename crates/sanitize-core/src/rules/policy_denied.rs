use super::rule_doc;

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
