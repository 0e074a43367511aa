use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Reports code that starts a web server: `uvicorn.run`, `hypercorn`, `gunicorn`,
    /// `waitress`. Info only: it does not block and barely lowers the score.
    ///
    /// ## Why is this bad?
    /// Listening on a port is network access, but it is also what a web framework
    /// answer usually ends with; it is reported so that a reviewer notices it, and a
    /// policy can raise `block_severity` or deny the module to block it.
    ///
    /// ## Example
    /// ```python
    /// import uvicorn
    /// uvicorn.run(app, host="0.0.0.0", port=8000)
    /// ```
    NetworkServer
}

pub(crate) const WHAT: &str = "starts a network server";

pub(crate) const PATHS: &[&str] = &["uvicorn", "hypercorn", "gunicorn", "waitress", "daphne"];
