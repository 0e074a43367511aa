use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Reports code that does not parse, with the parser's message, line and column;
    /// and input that is not UTF-8 (Python source is UTF-8 by default).
    ///
    /// ## Why is this bad?
    /// Code that does not parse is broken: the service never hands it back.
    ///
    /// ## Example
    /// ```python
    /// def soma(a, b)
    ///     return a + b
    /// ```
    SyntaxError
}
