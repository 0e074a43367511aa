use crate::checker::Checker;
use crate::parse::ast::{self, Expr};
use crate::parse::{end, start};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags changes to settings the whole process shares, outside the `__main__` block
    /// (and the functions only it calls) and outside the blocks that scope them: the
    /// root logger's level, handlers and filters, `logging.basicConfig(force=True)`,
    /// `logging.addLevelName`; `warnings.simplefilter`/`filterwarnings`/`resetwarnings`
    /// and `warnings.filters` outside `with warnings.catch_warnings():`; the current
    /// `decimal` context (`getcontext().prec = …`, `setcontext`) outside
    /// `with decimal.localcontext():`.
    ///
    /// ## Why is this bad?
    /// Generated code runs inside someone else's process. These settings belong to that
    /// process: code that silences the root logger or the warnings hides what the host
    /// would have recorded, and a changed decimal context silently changes the host's
    /// own arithmetic. A program may configure its process in its `__main__` block
    /// (reported there as information); library code scopes what it changes. The
    /// decimal context belongs to the current thread and ordinary numeric code sets its
    /// precision at the top of the module, so decimal changes are information only.
    ///
    /// ## Example
    /// ```python
    /// import logging
    /// logging.getLogger().setLevel(logging.CRITICAL)
    /// ```
    ProcessWideSetting
}

/// Calls that change a process-wide setting whatever their arguments.
/// (`logging.disable`, `captureWarnings`, `setLoggerClass` and the event loop are the
/// environment rule's: S105.)
const SETTERS: &[&str] = &[
    "logging.addLevelName",
    "warnings.simplefilter",
    "warnings.filterwarnings",
    "warnings.resetwarnings",
    "decimal.setcontext",
];

/// Methods of a logger (here the root logger) that change what it records or where.
const LOGGER_SETTERS: &[&str] = &[
    "setLevel",
    "addHandler",
    "removeHandler",
    "addFilter",
    "removeFilter",
];

/// A logger's fields that decide what it records or where.
const LOGGER_FIELDS: &[&str] = &["handlers", "filters", "disabled", "level", "propagate"];

/// Methods of a decimal context that change it in place.
const CONTEXT_SETTERS: &[&str] = &["clear_flags", "clear_traps"];

/// Methods that change a list in place (`warnings.filters.clear()`).
const LIST_SETTERS: &[&str] = &[
    "append", "clear", "extend", "insert", "pop", "remove", "reverse", "sort",
];

/// What a `with` statement's context expression scopes, if it is one of the blocks
/// that put a setting back when they end.
pub(crate) fn scope_of(checker: &Checker, context: &Expr) -> Option<&'static str> {
    let Expr::Call(call) = context else {
        return None;
    };
    // `catch_warnings(module=m)` saves and restores `m`'s filters, not the process's.
    if call
        .arguments
        .keywords
        .iter()
        .any(|k| k.arg.is_none() || k.arg.as_deref() == Some("module"))
    {
        return None;
    }
    match checker
        .resolves_to_any(
            &call.func,
            &["warnings.catch_warnings", "decimal.localcontext"],
        )?
        .as_str()
    {
        "warnings.catch_warnings" => Some("warnings"),
        _ => Some("decimal"),
    }
}

/// The root logger: `logging.getLogger()` (no name, `None`, `""` or `"root"`),
/// `logging.root`, or a name bound once to one of them.
fn is_root_logger(checker: &Checker, expr: &Expr) -> bool {
    match expr {
        Expr::Call(call) => {
            checker
                .resolves_to_any(&call.func, &["logging.getLogger"])
                .is_some()
                && match crate::parse::call_args(call) {
                    [] => call.arguments.keywords.is_empty(),
                    [name] => {
                        matches!(name, Expr::NoneLiteral(_))
                            || matches!(crate::parse::str_literal(name), Some("" | "root"))
                    }
                    _ => false,
                }
        }
        Expr::Name(name) => match checker
            .constants
            .get(crate::names::normalize(&name.id).as_ref())
            .copied()
        {
            Some(value) if !matches!(value, Expr::Name(_)) => is_root_logger(checker, value),
            _ => checker.resolves_to_any(expr, &["logging.root"]).is_some(),
        },
        // Any logger's `.root`, and its `.parent` (the root for a top-level name), or
        // the manager's `.root`.
        Expr::Attribute(a) if matches!(a.attr.as_str(), "root" | "parent") => {
            is_logger(checker, &a.value)
                || matches!(a.value.as_ref(), Expr::Attribute(m)
                    if m.attr.as_str() == "manager" && is_logger(checker, &m.value))
                || checker
                    .resolves_to_any(expr, &["logging.root", "logging.Logger.root"])
                    .is_some()
        }
        Expr::Attribute(_) => checker
            .resolves_to_any(expr, &["logging.root", "logging.Logger.root"])
            .is_some(),
        _ => false,
    }
}

/// Any logger: `logging.getLogger(…)`, a logger's `.parent` or `.root`, the `Logger`
/// class, or a name bound once to one of them.
fn is_logger(checker: &Checker, expr: &Expr) -> bool {
    match expr {
        Expr::Call(call) => checker
            .resolves_to_any(&call.func, &["logging.getLogger", "logging.getLoggerClass"])
            .is_some(),
        Expr::Attribute(a) if matches!(a.attr.as_str(), "root" | "parent") => {
            is_logger(checker, &a.value)
        }
        Expr::Name(name) => match checker
            .constants
            .get(crate::names::normalize(&name.id).as_ref())
            .copied()
        {
            Some(value) if !matches!(value, Expr::Name(_)) => is_logger(checker, value),
            _ => checker
                .resolves_to_any(
                    expr,
                    &["logging.root", "logging.Logger", "logging.RootLogger"],
                )
                .is_some(),
        },
        _ => checker
            .resolves_to_any(
                expr,
                &["logging.root", "logging.Logger", "logging.RootLogger"],
            )
            .is_some(),
    }
}

/// The current decimal context: `decimal.getcontext()` or a name bound once to it.
fn is_decimal_context(checker: &Checker, expr: &Expr) -> bool {
    match expr {
        Expr::Call(call) => checker
            .resolves_to_any(&call.func, &["decimal.getcontext"])
            .is_some(),
        Expr::Name(name) => checker
            .constants
            .get(crate::names::normalize(&name.id).as_ref())
            .copied()
            .is_some_and(|value| {
                !matches!(value, Expr::Name(_)) && is_decimal_context(checker, value)
            }),
        _ => false,
    }
}

fn is_warning_filters(checker: &Checker, expr: &Expr) -> bool {
    matches!(expr, Expr::Attribute(_))
        && checker
            .resolves_to_any(expr, &["warnings.filters"])
            .is_some()
}

fn report(checker: &mut Checker, what: &str, scoped_by: Option<&str>, s: usize, e: usize) {
    let scope = match scoped_by {
        Some(block) => format!(", or scope it with `{block}`"),
        None => String::new(),
    };
    let mut finding = crate::report::Finding::new(
        Rule::ProcessWideSetting,
        format!("{what} changes a setting the whole process shares, for whoever runs the code: configure it in the `__main__` block{scope}"),
        s,
        e,
    );
    // The decimal context belongs to the current thread, and ordinary numeric code sets
    // its precision at the top of the module: shown, not blocking.
    if scoped_by == scoping_block("decimal") {
        finding.severity = crate::report::Severity::Info;
    }
    checker.push(finding);
}

/// The block that scopes a setting of `module`, when there is one.
fn scoping_block(module: &str) -> Option<&'static str> {
    match module {
        "warnings" => Some("with warnings.catch_warnings():"),
        "decimal" => Some("with decimal.localcontext():"),
        _ => None,
    }
}

/// `warnings.simplefilter("ignore")`, `logging.getLogger().setLevel(…)`,
/// `logging.basicConfig(force=True)`, `getcontext().clear_flags()`,
/// `warnings.filters.clear()`.
pub(crate) fn check_call(checker: &mut Checker, call: &ast::ExprCall) {
    let (s, e) = (start(call), end(call));
    if let Some(path) = checker.resolves_to_any(&call.func, SETTERS) {
        let module = path.split('.').next().unwrap_or_default();
        if !checker.in_setting_scope(module) {
            report(checker, &format!("`{path}`"), scoping_block(module), s, e);
        }
        return;
    }
    if let Some(path) = checker.resolves_to_any(&call.func, &["logging.basicConfig"]) {
        let forced = call
            .arguments
            .keywords
            .iter()
            .any(|k| match k.arg.as_deref() {
                Some("force") => !matches!(&k.value, Expr::BooleanLiteral(b) if !b.value),
                None => true,
                _ => false,
            });
        if forced {
            report(checker, &format!("`{path}(force=…)`"), None, s, e);
        }
        return;
    }
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    let name = method.attr.as_str();
    if LOGGER_SETTERS.contains(&name) && is_root_logger(checker, &method.value) {
        report(
            checker,
            &format!("the root logger's `.{name}()`"),
            None,
            s,
            e,
        );
    } else if CONTEXT_SETTERS.contains(&name)
        && is_decimal_context(checker, &method.value)
        && !checker.in_setting_scope("decimal")
    {
        report(
            checker,
            &format!("the current decimal context's `.{name}()`"),
            scoping_block("decimal"),
            s,
            e,
        );
    } else if LIST_SETTERS.contains(&name)
        && matches!(method.value.as_ref(), Expr::Attribute(table)
            if LOGGER_FIELDS.contains(&table.attr.as_str()) && is_root_logger(checker, &table.value))
    {
        report(
            checker,
            &format!("the root logger's list `.{name}()`"),
            None,
            s,
            e,
        );
    } else if LIST_SETTERS.contains(&name)
        && is_warning_filters(checker, &method.value)
        && !checker.in_setting_scope("warnings")
    {
        report(
            checker,
            &format!("`warnings.filters.{name}()`"),
            scoping_block("warnings"),
            s,
            e,
        );
    }
}

/// `root.handlers = []`, `logging.root.disabled = True`, `getcontext().prec = 3`,
/// `ctx.traps[decimal.Inexact] = True`, `warnings.filters[:] = []` (a written target).
pub(crate) fn check_write(checker: &mut Checker, target: &Expr) {
    let (s, e) = (start(target), end(target));
    match target {
        Expr::Attribute(attr) => {
            if LOGGER_FIELDS.contains(&attr.attr.as_str()) && is_root_logger(checker, &attr.value) {
                report(
                    checker,
                    &format!("the root logger's `.{}`", attr.attr),
                    None,
                    s,
                    e,
                );
            } else if is_decimal_context(checker, &attr.value)
                && !checker.in_setting_scope("decimal")
            {
                report(
                    checker,
                    &format!("the current decimal context's `.{}`", attr.attr),
                    scoping_block("decimal"),
                    s,
                    e,
                );
            }
        }
        Expr::Subscript(item) => {
            if is_warning_filters(checker, &item.value) && !checker.in_setting_scope("warnings") {
                report(
                    checker,
                    "`warnings.filters[…]`",
                    scoping_block("warnings"),
                    s,
                    e,
                );
            } else if let Expr::Attribute(table) = item.value.as_ref() {
                // `getcontext().traps[Inexact] = True`, `root.handlers[0] = h`.
                if matches!(table.attr.as_str(), "traps" | "flags")
                    && is_decimal_context(checker, &table.value)
                    && !checker.in_setting_scope("decimal")
                {
                    let what = format!("the current decimal context's `.{}[…]`", table.attr);
                    report(checker, &what, scoping_block("decimal"), s, e);
                } else if LOGGER_FIELDS.contains(&table.attr.as_str())
                    && is_root_logger(checker, &table.value)
                {
                    let what = format!("the root logger's `.{}[…]`", table.attr);
                    report(checker, &what, None, s, e);
                }
            }
        }
        _ => {}
    }
}
