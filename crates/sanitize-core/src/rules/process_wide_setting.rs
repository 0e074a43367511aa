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
    /// `with decimal.localcontext():`; writes to a codec the registry caches
    /// (`codecs.lookup(…).decode = …`); the main thread's event loop, which
    /// `asyncio.get_event_loop()`, `Future()`, `Task()`, `ensure_future`, `gather`,
    /// `wrap_future` and `as_completed` create and install when called (or taken) outside
    /// a coroutine, and coroutines driven by hand (`.send`, `.throw`, `__await__`,
    /// `anext`) outside one in a program with an event loop; the mutable tables and
    /// settings objects vetted modules hold (`encodings.aliases.aliases`,
    /// `keyword.kwlist`, `decimal.DefaultContext`), passed on as values (read in place,
    /// compared, iterated or given to a builtin that only reads them, they are fine;
    /// changed, they are S108). The root logger is any logger whose name may be
    /// `""` or `"root"`, and any logger's `.root` or `.parent`. These objects and the
    /// setter functions may be used in place or through a name bound once to them;
    /// passed on as values (an argument, a container, a return value,
    /// `functools.partial`, `operator.methodcaller`) they are reported, since whatever
    /// receives them is out of sight. The scoping blocks (and `assertLogs`) count only as
    /// the item of a `with` statement whose block cannot stay suspended; entered by hand
    /// or on an `ExitStack` they are reported. `logging.basicConfig()` without `force` is
    /// reported as information.
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
    // The dialect registry, the field size limit and the first weekday are the module's
    // for every caller.
    "csv.register_dialect",
    "csv.unregister_dialect",
    "csv.field_size_limit",
    "calendar.setfirstweekday",
    // Flushes and closes every handler the process registered, the host's too.
    "logging.shutdown",
];

/// With no event loop running, these create one and install it as the main thread's
/// current loop, for the whole process: `asyncio.get_event_loop()`, and every call that
/// binds a future to "the" loop (`Future()`, `Task(...)`, `ensure_future`, `gather`,
/// `wrap_future`, `as_completed`, `StreamReader()`). Inside a coroutine a loop runs.
pub(crate) const LOOP_INSTALLERS: &[&str] = &[
    "asyncio.get_event_loop",
    "asyncio.Future",
    "asyncio.Task",
    "asyncio.ensure_future",
    "asyncio.gather",
    "asyncio.wrap_future",
    "asyncio.as_completed",
    "asyncio.StreamReader",
];

/// What drives a coroutine or an async generator by hand: its code then runs with no
/// event loop, where the calls above install one (`main().send(None)`,
/// `next(agen.__anext__())`).
const COROUTINE_DRIVERS: &[&str] = &[
    "send",
    "throw",
    "asend",
    "athrow",
    "__await__",
    "__anext__",
    "anext",
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

/// Lookups that hand back what the codec registry caches for every caller.
const CODEC_LOOKUPS: &[&str] = &[
    "codecs.lookup",
    "codecs.getincrementaldecoder",
    "codecs.getincrementalencoder",
    "codecs.getreader",
    "codecs.getwriter",
    "codecs.getencoder",
    "codecs.getdecoder",
];

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
        Expr::Call(call) => may_name_root(checker, call),
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

/// An object whose state the whole process shares, as the code reaches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shared {
    /// The root logger, or a logger whose name may be the root's.
    RootLogger,
    /// The root logger's `handlers` or `filters` list.
    RootLoggerList,
    WarningFilters,
    /// What `codecs.lookup` and its helpers return (the codec's info, or its incremental
    /// and stream classes): the registry caches them for every caller.
    CodecInfo,
    /// A mutable table or settings object a vetted module holds ([`LIBRARY_TABLES`]).
    LibraryTable,
}

/// The mutable objects vetted modules hold ([`crate::library_tables`], generated; the
/// S120 kinds above are not among them). Every caller in the process reads them: they
/// may be read in place, or through a name bound once to them; passed on as values they
/// are out of sight, and changed (an item written, an in-place operator or method) they
/// change for the whole process.
pub(crate) use crate::library_tables::LIBRARY_TABLES;

impl Shared {
    fn describe(self) -> &'static str {
        match self {
            Shared::RootLogger => "the root logger",
            Shared::RootLoggerList => "the root logger's handlers or filters",
            Shared::WarningFilters => "`warnings.filters`",
            Shared::CodecInfo => {
                "a codec (or a codec class) the registry caches for the whole process"
            }
            Shared::LibraryTable => "a table or settings object a library module holds",
        }
    }
}

fn shared(checker: &Checker, expr: &Expr) -> Option<Shared> {
    shared_at(checker, expr, 0)
}

fn shared_at(checker: &Checker, expr: &Expr, depth: usize) -> Option<Shared> {
    if depth > 8 {
        return None;
    }
    if is_root_logger(checker, expr) {
        return Some(Shared::RootLogger);
    }
    match expr {
        // (A `getLogger` call that may be the root's was judged above.)
        Expr::Call(call) => checker
            .resolves_to_any(&call.func, CODEC_LOOKUPS)
            .is_some()
            .then_some(Shared::CodecInfo),
        Expr::Attribute(_) | Expr::Name(_)
            if checker.resolves_to_any(expr, LIBRARY_TABLES).is_some() =>
        {
            Some(Shared::LibraryTable)
        }
        Expr::Attribute(a) => {
            if is_warning_filters(checker, expr) {
                Some(Shared::WarningFilters)
            } else if matches!(a.attr.as_str(), "handlers" | "filters")
                && shared_at(checker, &a.value, depth + 1) == Some(Shared::RootLogger)
            {
                Some(Shared::RootLoggerList)
            } else if matches!(a.attr.as_str(), "root" | "parent")
                && (shared_at(checker, &a.value, depth + 1) == Some(Shared::RootLogger)
                    // Any logger's `.root`, and a top-level one's `.parent`, is the root:
                    // in code that uses logging, one not known to be this code's own
                    // object is taken for a logger.
                    || (checker.uses_module("logging") && !checker.is_own_object(&a.value)))
            {
                Some(Shared::RootLogger)
            } else {
                None
            }
        }
        Expr::Name(name) => {
            let value = checker
                .constants
                .get(crate::names::normalize(&name.id).as_ref())
                .copied()?;
            if matches!(value, Expr::Name(_)) {
                return None;
            }
            shared_at(checker, value, depth + 1)
        }
        _ => None,
    }
}

/// `logging.getLogger(name)` with no name or a name that may be `""` or `"root"`:
/// anything but another literal, `__name__`, or a string with a literal character
/// outside "root".
fn may_name_root(checker: &Checker, call: &ast::ExprCall) -> bool {
    if checker
        .resolves_to_any(&call.func, &["logging.getLogger"])
        .is_none()
    {
        return false;
    }
    // `getLogger(**options)` may name anything.
    if call.arguments.keywords.iter().any(|k| k.arg.is_none()) {
        return true;
    }
    let name = crate::parse::call_args(call)
        .first()
        .or_else(|| crate::parse::keyword(call, "name"));
    // `getLogger()` is the root logger.
    let Some(name) = name else { return true };
    let outside_root = |text: &str| text.chars().any(|c| !"rot".contains(c));
    match name {
        Expr::Name(n) => n.id.as_str() != "__name__",
        Expr::NoneLiteral(_) => true,
        Expr::FString(_) => !crate::parse::interpolated_pieces(name)
            .iter()
            .any(|piece| matches!(piece, crate::parse::StringPiece::Text(text, ..) if outside_root(text))),
        other => match crate::parse::str_literal(other) {
            Some(text) => matches!(text, "" | "root"),
            None => true,
        },
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
    // The decimal context belongs to the current thread, and ordinary numeric code sets
    // its precision at the top of the module: shown, not blocking.
    let severity = if scoped_by == scoping_block("decimal") {
        crate::report::Severity::Info
    } else {
        Rule::ProcessWideSetting.severity()
    };
    report_as(checker, what, scoped_by, severity, (s, e));
}

fn report_as(
    checker: &mut Checker,
    what: &str,
    scoped_by: Option<&str>,
    severity: crate::report::Severity,
    (s, e): (usize, usize),
) {
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
    finding.severity = severity;
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
    check_loop_installer(checker, call);
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
        } else {
            // Ordinary scripts configure logging at the top of the module; it changes
            // the root logger only when the host has not configured it: shown, not
            // blocking (like the decimal context).
            let what =
                format!("`{path}` (it configures the root logger when it has no handler yet)");
            report_as(checker, &what, None, crate::report::Severity::Info, (s, e));
        }
        return;
    }
    check_scope_entry(checker, call);
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    let name = method.attr.as_str();
    let receiver = shared(checker, &method.value);
    if LOGGER_SETTERS.contains(&name) && receiver == Some(Shared::RootLogger) {
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
    } else if LIST_SETTERS.contains(&name) && receiver == Some(Shared::RootLoggerList) {
        report(
            checker,
            &format!("the root logger's list `.{name}()`"),
            None,
            s,
            e,
        );
    } else if LIST_SETTERS.contains(&name)
        && receiver == Some(Shared::WarningFilters)
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

/// `asyncio.get_event_loop()`, `asyncio.Future()`, `MyFuture()` outside a coroutine.
fn check_loop_installer(checker: &mut Checker, call: &ast::ExprCall) {
    if checker.in_coroutine {
        return;
    }
    let installer = checker
        .resolves_to_any(&call.func, LOOP_INSTALLERS)
        .or_else(|| match call.func.as_ref() {
            Expr::Name(class)
                if checker.class_derives_from(
                    &crate::names::normalize(&class.id),
                    &["asyncio.Future", "asyncio.Task"],
                ) =>
            {
                Some(class.id.to_string())
            }
            _ => None,
        });
    if let Some(path) = installer {
        report_loop_installer(checker, &path, start(call), end(call));
    }
}

pub(crate) fn report_loop_installer(checker: &mut Checker, path: &str, s: usize, e: usize) {
    let what = format!(
        "`{path}` outside a coroutine (with no event loop running it creates one and installs it as the current loop; use `asyncio.run()` and `asyncio.get_running_loop()`)"
    );
    report(checker, &what, None, s, e);
}

/// `main().send(None)`, `next(agen.__anext__())`, `anext(agen)` outside a coroutine in
/// a program with an event loop: the coroutine's code runs with none.
pub(crate) fn check_coroutine_driver(checker: &mut Checker, name: &str, s: usize, e: usize) {
    if !checker.in_coroutine && COROUTINE_DRIVERS.contains(&name) && checker.uses_module("asyncio")
    {
        let dot = if name == "anext" { "" } else { "." };
        let what = format!(
            "`{dot}{name}` outside a coroutine in a program with an event loop (it drives a coroutine by hand, and asyncio calls in it then install a loop)"
        );
        report(checker, &what, None, s, e);
    }
}

/// `root.handlers = []`, `logging.root.disabled = True`, `getcontext().prec = 3`,
/// `ctx.traps[decimal.Inexact] = True`, `warnings.filters[:] = []` (a written target).
pub(crate) fn check_write(checker: &mut Checker, target: &Expr) {
    let (s, e) = (start(target), end(target));
    match target {
        Expr::Attribute(attr) => {
            let owner = shared(checker, &attr.value);
            if owner == Some(Shared::CodecInfo) {
                let what = format!("`.{}` of {}", attr.attr, Shared::CodecInfo.describe());
                report(checker, &what, None, s, e);
            } else if LOGGER_FIELDS.contains(&attr.attr.as_str())
                && owner == Some(Shared::RootLogger)
            {
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
            let owner = shared(checker, &item.value);
            if owner == Some(Shared::RootLoggerList) {
                report(
                    checker,
                    "the root logger's handlers or filters `[…]`",
                    None,
                    s,
                    e,
                );
            } else if owner == Some(Shared::WarningFilters) && !checker.in_setting_scope("warnings")
            {
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
                    && shared(checker, &table.value) == Some(Shared::RootLogger)
                {
                    let what = format!("the root logger's `.{}[…]`", table.attr);
                    report(checker, &what, None, s, e);
                }
            }
        }
        _ => {}
    }
}

/// Where an expression sits, as [`check_value`] needs to know.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Position {
    /// The function of a call.
    pub callee: bool,
    /// The object of an attribute (`x` in `x.info(…)`, `x.level = …`).
    pub receiver: bool,
    /// The value of `name = …` for a name bound only there (followed by the rules).
    pub bound_once: bool,
    /// An argument of a builtin that only reads it ([`READERS`]).
    pub read_only: bool,
}

/// Builtins that read their argument and keep nothing of it that could change it: the
/// warnings filters (tuples) and a codec's fields may be given to them.
pub(crate) const READERS: &[&str] = &[
    "len",
    "list",
    "tuple",
    "print",
    "repr",
    "str",
    "sorted",
    "any",
    "all",
    "bool",
    "set",
    "frozenset",
    "format",
    "dict",
    "iter",
    "enumerate",
    "reversed",
    "min",
    "max",
    "sum",
    "isinstance",
];

/// A shared object or a setter function used as a value: passed, returned, stored,
/// iterated, unpacked. Whatever receives it can change the setting where the rules no
/// longer see it (`functools.partial(warnings.simplefilter, "ignore")`,
/// `for lg in [logging.getLogger()]: lg.setLevel(…)`, `operator.methodcaller`). Only a
/// direct call, an attribute of it, or a name bound once to it are followed.
pub(crate) fn check_value(checker: &mut Checker, expr: &Expr, at: Position) {
    if at.receiver || at.bound_once {
        return;
    }
    let in_reach = *checker.settings_in_reach.get_or_init(|| {
        ["logging", "warnings", "decimal", "codecs"]
            .iter()
            .any(|module| checker.uses_module(module))
            || LIBRARY_TABLES
                .iter()
                .any(|table| checker.uses_module(table.split('.').next().unwrap_or(table)))
            // `__import__("logging")` imports without an import statement.
            || crate::semantic::mentions_any_of(checker.body, &["__import__"])
    });
    if !in_reach {
        return;
    }
    let (s, e) = (start(expr), end(expr));
    if let Expr::Name(name) = expr {
        if name.ctx != ast::ExprContext::Load {
            return;
        }
    }
    if matches!(expr, Expr::Name(_) | Expr::Attribute(_)) && !at.callee {
        // Also the functions that hand back shared objects (`map(logging.getLogger, [""])`,
        // `map(codecs.lookup, …)`): what they return is out of sight.
        let setters = [
            SETTERS,
            &["logging.basicConfig", "logging.getLogger"],
            CODEC_LOOKUPS,
        ]
        .concat();
        // A value outlives the block that scoped the setting: it is reported inside
        // `catch_warnings()` too (`def later(f=warnings.simplefilter)`).
        if let Some(path) = checker.resolves_to_any(expr, &setters) {
            let what = format!("`{path}` taken as a value (its calls are out of sight)");
            report(checker, &what, None, s, e);
            return;
        }
    }
    if at.callee {
        return;
    }
    let Some(kind) = shared(checker, expr) else {
        return;
    };
    // The root logger's own objects (its handlers) are shared too; filters and codec
    // fields are values.
    if at.read_only
        && matches!(
            kind,
            Shared::WarningFilters | Shared::CodecInfo | Shared::LibraryTable
        )
    {
        return;
    }
    let what = format!(
        "{} passed on as a value (what receives it is out of sight)",
        kind.describe()
    );
    let scope = (kind == Shared::WarningFilters)
        .then(|| scoping_block("warnings"))
        .flatten();
    report(checker, &what, scope, s, e);
}

/// `catch_warnings()`, `localcontext()`, `assertLogs()` and `assertWarns()` (which wraps
/// `catch_warnings`) put the setting back only as
/// the item of a `with` statement whose block cannot stay suspended: entered by hand
/// (`__enter__()`), pushed on an `ExitStack` or kept in a variable, they change the
/// setting on entry (`catch_warnings(action="ignore")`, `assertLogs` replaces the root
/// logger's handlers and level) and nothing has to put it back.
fn check_scope_entry(checker: &mut Checker, call: &ast::ExprCall) {
    let scoping = checker
        .resolves_to_any(
            &call.func,
            &["warnings.catch_warnings", "decimal.localcontext"],
        )
        .or_else(|| match call.func.as_ref() {
            Expr::Attribute(m)
                if matches!(
                    m.attr.as_str(),
                    "assertLogs" | "assertNoLogs" | "assertWarns" | "assertWarnsRegex"
                ) =>
            {
                Some(format!(".{}", m.attr))
            }
            Expr::Name(n)
                if checker.class_derives_from(
                    crate::names::normalize(&n.id).as_ref(),
                    &[
                        "warnings.catch_warnings",
                        "unittest.case._AssertLogsContext",
                    ],
                ) =>
            {
                Some(n.id.to_string())
            }
            _ => None,
        });
    // Test runners enter `catch_warnings()` themselves and set a filter in it: with other
    // threads about, two such scopes overlap and one's filter outlives both.
    if let Some(runner) = checker.resolves_to_any(
        &call.func,
        &[
            "unittest.TextTestRunner",
            "unittest.main",
            "unittest.TestProgram",
        ],
    ) {
        if checker.held_open() {
            let what = format!("`{runner}` (it sets a warnings filter inside `catch_warnings()`) in a program that runs other threads, tasks or callbacks, where such scopes overlap,");
            report(checker, &what, None, start(call), end(call));
        }
        return;
    }
    if let Some(name) = scoping.filter(|_| !checker.with_item_closes(start(call))) {
        let what = format!("`{name}()` entered other than as the item of a `with` statement whose block surely ends (by hand, on an `ExitStack`, in a generator, a callback or a thread)");
        report(checker, &what, None, start(call), end(call));
    }
}

/// `case logging.Logger(parent=p)`, `attrgetter("parent")(log)`, `getattr(log, "root")`:
/// a logger's link to the root logger read where the rules cannot follow what it holds.
pub(crate) fn check_logger_link(checker: &mut Checker, name: &str, own: bool, s: usize, e: usize) {
    if matches!(name, "parent" | "root") && !own && checker.uses_module("logging") {
        report(
            checker,
            &format!("`{name}` read by name (a logger's `.{name}` may be the root logger, and what receives it is out of sight)"),
            None,
            s,
            e,
        );
    }
}
