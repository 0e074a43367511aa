use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Reports code nested deeper than `limits.max_nesting_depth` (200 by default):
    /// brackets, operator chains, attribute and call chains, blocks. A cheap scan
    /// before parsing refuses text that could nest far past the bound, or deeper than
    /// the parser can take on a wasm engine's stack whatever the policy (about 120
    /// nested calls, brackets or prefix operators); the syntax tree is measured
    /// exactly after parsing.
    ///
    /// ## Why is this bad?
    /// Deep nesting is how inputs exhaust a parser's or analyser's stack (100 000
    /// nested brackets); real code never comes close.
    ///
    /// ## Example
    /// ```python
    /// x = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
    /// ```
    NestingTooDeep
}
