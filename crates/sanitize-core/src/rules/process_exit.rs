use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags code that ends or signals the process: `exit`, `quit`, `SystemExit` and
    /// `KeyboardInterrupt` (which `except Exception` does not catch; naming them in an
    /// `except` clause is fine),
    /// `sys.exit`, `os._exit`, `os.abort`, `os.kill`, `signal`, `atexit`.
    ///
    /// ## Why is this bad?
    /// Generated code runs inside someone's process; exiting or killing it is a denial
    /// of service, and exit hooks run code at a moment nobody reviews.
    ///
    /// ## Example
    /// ```python
    /// import sys
    /// sys.exit(0)
    /// ```
    ProcessExit
}

pub(crate) const WHAT: &str = "can exit or signal the process";

pub(crate) const BUILTINS: &[&str] = &["exit", "quit", "SystemExit", "KeyboardInterrupt"];

pub(crate) const PATHS: &[&str] = &[
    "sys.exit",
    "os._exit",
    "os.abort",
    "os.kill",
    "os.killpg",
    "signal",
    "atexit",
    "_thread.interrupt_main",
];
