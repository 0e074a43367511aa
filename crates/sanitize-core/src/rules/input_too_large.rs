use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Reports code larger than the policy's `limits.max_input_bytes` (512 KiB by
    /// default). Such code is not parsed.
    ///
    /// ## Why is this bad?
    /// Validation time and memory grow with the input; a bound keeps one request from
    /// starving the others. Code that was not judged does not pass.
    ///
    /// ## Example
    /// ```python
    /// x = "..."  # a 10 MB line
    /// ```
    InputTooLarge
}
