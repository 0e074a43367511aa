use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags debuggers, profilers that run strings, and interactive helpers:
    /// `breakpoint`, `help`, `pdb`, `bdb`, `code`, `pydoc`, `trace`, `cProfile`,
    /// `profile`, `IPython`, `faulthandler`, `sys.settrace`.
    ///
    /// ## Why is this bad?
    /// They stop a service waiting for a console that is not there, or hand whoever
    /// reaches that console a full interpreter (`code.interact()`); `help()` can start
    /// a pager process.
    ///
    /// ## Example
    /// ```python
    /// breakpoint()
    /// ```
    DebuggerOrInteractive
}

pub(crate) const WHAT: &str = "starts a debugger or an interactive console";

/// `license`, `copyright` and `credits` are site helpers that read files and page them.
pub(crate) const BUILTINS: &[&str] = &["breakpoint", "help", "license", "copyright", "credits"];

pub(crate) const PATHS: &[&str] = &[
    "pytest.set_trace",
    "pdb",
    "bdb",
    "ipdb",
    "pudb",
    "code",
    "pydoc",
    "trace",
    "cProfile",
    "profile",
    "IPython",
    "faulthandler",
    "rlcompleter",
    "sys.settrace",
    "sys.setprofile",
    "sys.breakpointhook",
    "idlelib",
];

/// `app.run(debug=True)`: Flask's and Bottle's debug servers run the Werkzeug debugger,
/// an interactive console for whoever reaches the port.
pub(crate) fn check_debug_server(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::{ast::Expr, literal, Literal};
    let is_run = matches!(call.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "run");
    let debug = call.arguments.keywords.iter().any(|k| {
        k.arg.as_deref() == Some("debug")
            && !matches!(
                literal(&k.value),
                Some(Literal::Bool(false) | Literal::None)
            )
    });
    if is_run && debug {
        checker.report(
            super::Rule::DebuggerOrInteractive,
            "`.run(debug=True)` starts a web server with an interactive debugger",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}
