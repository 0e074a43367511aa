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
