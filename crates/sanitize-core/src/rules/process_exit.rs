use crate::checker::Checker;
use crate::parse::ast::{self, Expr};
use crate::parse::{end, start};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags code that ends or signals the process: `exit`, `quit`, `SystemExit`,
    /// `KeyboardInterrupt`, `GeneratorExit` and `BaseExceptionGroup` (which
    /// `except Exception` does not catch; naming them in an `except` clause is fine),
    /// raising `BaseException` or `asyncio.CancelledError`, classes derived from any
    /// of these, `sys.exit`, `os._exit`, `os.abort`, `os.kill`, `signal`, `atexit`.
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

pub(crate) const BUILTINS: &[&str] = &[
    "exit",
    "quit",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "BaseExceptionGroup",
];

/// Exceptions that `except Exception` does not catch: raised, they end whoever runs the
/// code like `SystemExit` does.
const NOT_EXCEPTIONS: &[&str] = &[
    "BaseException",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "BaseExceptionGroup",
];
const NOT_EXCEPTION_PATHS: &[&str] = &[
    "asyncio.CancelledError",
    "asyncio.exceptions.CancelledError",
];

/// The name of the exception class `expr` is, when it is one `except Exception` misses.
fn not_an_exception(checker: &Checker, expr: &Expr) -> Option<String> {
    if let Some(name) = checker
        .builtin_name(expr)
        .filter(|n| NOT_EXCEPTIONS.contains(&n.as_str()))
    {
        return Some(name);
    }
    checker
        .resolve(expr)
        .into_iter()
        .find(|p| NOT_EXCEPTION_PATHS.contains(&p.as_str()))
}

/// `raise BaseException()`, `raise asyncio.CancelledError`: not caught by
/// `except Exception`.
pub(crate) fn check_raise(checker: &mut Checker, raise: &ast::StmtRaise) {
    let Some(exc) = raise.exc.as_deref() else {
        return;
    };
    let class = match exc {
        Expr::Call(call) => call.func.as_ref(),
        other => other,
    };
    // The builtins of `BUILTINS` are already reported where they are named.
    if let Some(name) = not_an_exception(checker, class).filter(|n| !BUILTINS.contains(&n.as_str()))
    {
        checker.report(
            Rule::ProcessExit,
            format!("raising `{name}`, which `except Exception` does not catch, ends whoever runs the code"),
            start(raise),
            end(raise),
        );
    }
}

/// `class Stop(BaseException)`: raised, it ends the host like `SystemExit`.
pub(crate) fn check_class(checker: &mut Checker, class: &ast::StmtClassDef) {
    for base in crate::parse::class_bases(class) {
        if let Some(name) = not_an_exception(checker, base) {
            checker.report(
                Rule::ProcessExit,
                format!("class `{}` derives from `{name}`: raised, `except Exception` does not catch it and it ends whoever runs the code", class.name),
                start(&class.name),
                end(&class.name),
            );
        }
    }
}

pub(crate) const PATHS: &[&str] = &[
    "sys.exit",
    "os._exit",
    "os.abort",
    "os.kill",
    "os.killpg",
    "signal",
    "atexit",
    "_thread.interrupt_main",
    // Command-line entry points: they parse the host's `sys.argv` and exit.
    "calendar.main",
    "uuid.main",
    "random.main",
];
