use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags an answer with no Python statements at all: empty, only whitespace or
    /// comments, or (with extraction) no Python code block.
    ///
    /// ## Why is this bad?
    /// An empty answer is not a working answer; passing it would hand the caller
    /// nothing while reporting success.
    ///
    /// ## Example
    /// ```python
    /// # TODO
    /// ```
    EmptyCode
}
