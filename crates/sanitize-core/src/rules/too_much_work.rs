use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Reports code with more tokens or syntax-tree nodes than `limits.max_nodes`
    /// (250 000 by default).
    ///
    /// ## Why is this bad?
    /// The engine's run time is bounded by the work it may do, not by a clock (there
    /// is none in every runtime it runs in); past the bound it stops and says so.
    ///
    /// ## Example
    /// ```python
    /// x = 1; x = 1; x = 1; ...  # a million statements
    /// ```
    TooMuchWork
}
