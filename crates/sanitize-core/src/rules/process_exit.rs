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
    /// of these, `sys.exit`, `os._exit`, `os.abort`, `os.kill`, `signal`, `atexit`, and
    /// exception groups whose `derive`/`split`/`subgroup` decide what `except*`
    /// re-raises.
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

/// Builtin exceptions that derive from `Exception`.
const EXCEPTION_BUILTINS: &[&str] = &[
    "Exception",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ExceptionGroup",
    "FloatingPointError",
    "ImportError",
    "IndexError",
    "KeyError",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotImplementedError",
    "OSError",
    "EnvironmentError",
    "IOError",
    "OverflowError",
    "RecursionError",
    "ReferenceError",
    "RuntimeError",
    "StopIteration",
    "StopAsyncIteration",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "SystemError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ValueError",
    "ZeroDivisionError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "PythonFinalizationError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "EncodingWarning",
];

/// Whether the class `expr` names is known, from the code as written, to derive from
/// `Exception`: a builtin one, a library's `…Error`/`…Exception`/`…Warning` (bar the
/// `BaseException` ones), or a class defined here with such a base.
fn known_exception_class(checker: &Checker, expr: &Expr, depth: usize) -> bool {
    if depth > 8 || not_an_exception(checker, expr).is_some() {
        return false;
    }
    if let Some(name) = checker.builtin_name(expr) {
        if EXCEPTION_BUILTINS.contains(&name.as_str()) {
            // `Exception = BaseException` anywhere makes every `Exception` suspect.
            return checker.certain_builtin_name(expr).is_some();
        }
    }
    if let Expr::Name(name) = expr {
        let id = crate::names::normalize(&name.id);
        // A metaclass can give the class another MRO (`mro()` returning `(cls, object)`).
        if checker.has_custom_construction(&id) {
            return false;
        }
        if let Some(bases) = checker.class_bases(&id) {
            return bases
                .iter()
                .any(|base| known_exception_class(checker, base, depth + 1));
        }
        // `E = ValueError`: an alias bound once.
        if let Some(value) = checker.constants.get(id.as_ref()).copied() {
            if matches!(value, Expr::Name(_) | Expr::Attribute(_)) {
                return known_exception_class(checker, &value.clone(), depth + 1);
            }
        }
    }
    let paths = checker.resolve(expr);
    !paths.is_empty()
        && paths.iter().all(|p| {
            let last = p.rsplit('.').next().unwrap_or(p);
            (last.ends_with("Error")
                || last.ends_with("Exception")
                || last.ends_with("Warning")
                || p == "unittest.SkipTest")
                && !NOT_EXCEPTION_PATHS.contains(&p.as_str())
        })
}

/// Whether `raise <exc>` raises something known to derive from `Exception`: a known
/// class or a call of one, a name bound once to such an instance, or the name an
/// `except` clause for such exceptions bound.
fn raises_an_exception(checker: &Checker, exc: &Expr) -> bool {
    match exc {
        Expr::Call(call) => known_exception_class(checker, &call.func, 0),
        Expr::Name(name) => {
            let id = crate::names::normalize(&name.id);
            if checker
                .caught_exception_names
                .iter()
                .any(|(n, ok)| *n == id && *ok)
            {
                return true;
            }
            // `error = TypeError(...)`, possibly in several functions.
            if let Some(callees) = checker.call_bindings.get(id.as_ref()) {
                return callees
                    .iter()
                    .all(|callee| known_exception_class(checker, callee, 0));
            }
            known_exception_class(checker, exc, 0)
        }
        other => known_exception_class(checker, other, 0),
    }
}

/// `raise X`: only what is known to derive from `Exception` may be raised. Anything
/// else (`BaseException`, an alias of it, `Exception.__mro__[1]`, an object caught by
/// `except BaseException` and kept, a parameter) may end whoever runs the code, since
/// `except Exception` does not catch it.
pub(crate) fn check_raise(checker: &mut Checker, raise: &ast::StmtRaise) {
    let Some(exc) = raise.exc.as_deref() else {
        return;
    };
    let class = match exc {
        Expr::Call(call) => call.func.as_ref(),
        other => other,
    };
    // Such a class is reported where it is named (see `check_value`).
    if not_an_exception(checker, class).is_some() {
        return;
    }
    if !raises_an_exception(checker, exc) {
        checker.report(
            Rule::ProcessExit,
            "raising something not known here to derive from `Exception`: if it is a `BaseException` (`SystemExit`, `GeneratorExit`, `CancelledError`), `except Exception` does not catch it and it ends whoever runs the code",
            start(raise),
            end(raise),
        );
    }
}

/// Whether an `except` clause's types are all known `Exception` classes (so what it
/// binds is an ordinary exception).
pub(crate) fn catches_only_exceptions(checker: &Checker, types: Option<&Expr>) -> bool {
    match types {
        None => false,
        Some(Expr::Tuple(t)) => t.elts.iter().all(|e| known_exception_class(checker, e, 0)),
        Some(other) => known_exception_class(checker, other, 0),
    }
}

/// `except BaseException as e:` then `saved.append(e)`: the object caught escapes, and
/// raised anywhere else (a generator's `GeneratorExit`, a task's `CancelledError`,
/// argparse's `SystemExit`) it ends whoever runs the code. Inside such a clause the
/// name may be re-raised, printed, or its attributes read.
pub(crate) fn check_caught_escape(checker: &mut Checker, name: &str, body: &[ast::Stmt]) {
    use crate::visitor::{self, Visitor};
    struct Uses<'n> {
        name: &'n str,
        escapes: Option<(usize, usize)>,
    }
    impl<'b> Visitor<'b> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'b ast::Stmt) {
            if let ast::Stmt::Raise(raise) = stmt {
                if matches!(raise.exc.as_deref(), Some(Expr::Name(n)) if n.id.as_str() == self.name)
                {
                    if let Some(cause) = raise.cause.as_deref() {
                        self.visit_expr(cause);
                    }
                    return;
                }
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'b Expr) {
            match expr {
                Expr::Name(n) if n.id.as_str() == self.name && n.ctx == ast::ExprContext::Load => {
                    self.escapes.get_or_insert((start(n), end(n)));
                }
                // `e.args`, `e.code`: reading the exception is fine.
                Expr::Attribute(a) if matches!(a.value.as_ref(), Expr::Name(n) if n.id.as_str() == self.name) =>
                    {}
                // Printed, formatted or logged: read, not kept.
                Expr::Call(call)
                    if matches!(call.func.as_ref(), Expr::Name(f)
                        if matches!(f.id.as_str(), "print" | "str" | "repr" | "type" | "isinstance" | "format" | "len" | "id" | "hash"))
                        || matches!(call.func.as_ref(), Expr::Attribute(m)
                        if matches!(m.attr.as_str(), "debug" | "info" | "warning" | "warn" | "error" | "exception" | "critical" | "log")) =>
                {
                    for arg in &call.arguments.args {
                        if !matches!(arg, Expr::Name(n) if n.id.as_str() == self.name) {
                            self.visit_expr(arg);
                        }
                    }
                    for keyword in &call.arguments.keywords {
                        self.visit_expr(&keyword.value);
                    }
                }
                _ => visitor::walk_expr(self, expr),
            }
        }
        fn visit_interpolation(&mut self, interpolation: &'b ast::InterpolatedElement) {
            if !matches!(interpolation.expression.as_ref(), Expr::Name(n) if n.id.as_str() == self.name)
            {
                visitor::walk_interpolation(self, interpolation);
            }
        }
    }
    let mut uses = Uses {
        name,
        escapes: None,
    };
    uses.visit_body(body);
    if let Some((s, e)) = uses.escapes {
        checker.report(
            Rule::ProcessExit,
            format!("`{name}` holds what an `except` clause for `BaseException`-level exceptions caught; kept or handed on, raised anywhere else it ends whoever runs the code"),
            s,
            e,
        );
    }
}

/// `task.cancel()` in a program that runs an event loop: the `CancelledError` it causes
/// is a `BaseException`, and out of `asyncio.run` it ends whoever runs the code.
pub(crate) fn check_cancel(checker: &mut Checker, call: &ast::ExprCall) {
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if method.attr.as_str() != "cancel" || checker.is_own_object(&method.value) {
        return check_cancelling_timeout(checker, call);
    }
    if checker.uses_module("asyncio") {
        checker.report(
            Rule::ProcessExit,
            "`.cancel()` in a program with an event loop: the `CancelledError` it causes is a `BaseException` that `except Exception` does not catch",
            start(call),
            end(call),
        );
    }
}

/// `unittest.main()` exits the process unless told `exit=False`.
pub(crate) fn check_test_program_exit(checker: &mut Checker, call: &ast::ExprCall) {
    if checker
        .resolves_to_any(&call.func, &["unittest.main", "unittest.TestProgram"])
        .is_none()
    {
        return;
    }
    let stays = call.arguments.keywords.iter().any(|k| {
        k.arg.as_deref() == Some("exit") && matches!(&k.value, Expr::BooleanLiteral(b) if !b.value)
    });
    if !stays {
        checker.report(
            Rule::ProcessExit,
            "`unittest.main()` exits the process when the tests end (pass `exit=False`)",
            start(call),
            end(call),
        );
    }
}

/// `BaseException`, `asyncio.CancelledError` (and the builtins of [`BUILTINS`], reported
/// as builtins) named anywhere but in an `except` clause: a class `except Exception`
/// does not catch, raised by this code (`class Stop(BaseException)`, `Exception =
/// BaseException`) or by a library it is handed to (`failureException =
/// BaseException`, `policy.handle_defect(msg, BaseException())`), ends whoever runs
/// the code.
pub(crate) fn check_value(checker: &mut Checker, expr: &Expr) {
    // Most loads are other names: only these, a name an import bound (`from asyncio
    // import CancelledError as Stop`) or an alias bound once can be such a class.
    let candidate = match expr {
        Expr::Name(name) => {
            NOT_EXCEPTIONS.contains(&name.id.as_str())
                || checker.is_imported_name(&name.id)
                || checker.constants.contains_key(name.id.as_str())
        }
        Expr::Attribute(attr) => matches!(attr.attr.as_str(), "BaseException" | "CancelledError"),
        _ => false,
    };
    if !candidate && expr.as_name_expr().is_none_or(|n| n.id.is_ascii()) {
        return;
    }
    let Some(name) = not_an_exception(checker, expr) else {
        return;
    };
    if BUILTINS.contains(&name.as_str()) {
        return;
    }
    checker.report(
        Rule::ProcessExit,
        format!("`{name}` used outside an `except` clause: `except Exception` does not catch it, so raised here or by a library it is handed to, it ends whoever runs the code"),
        start(expr),
        end(expr),
    );
}

/// Event-loop methods that replace the process's signal handlers.
pub(crate) const METHODS: &[&str] = &[
    "add_signal_handler",
    "remove_signal_handler",
    "run_until_complete",
    "run_forever",
];

pub(crate) const PATHS: &[&str] = &[
    "sys.exit",
    "os._exit",
    "os.abort",
    "os.kill",
    "os.killpg",
    "signal",
    "atexit",
    "_thread.interrupt_main",
    // A task cancelled inside (by `wait_for`, a task group, a `.cancel()`) surfaces
    // as `CancelledError`, a `BaseException`: run an event loop in the `__main__` block.
    "asyncio.run",
    "asyncio.Runner",
    // Exit the process on `-h`, on a parse error and on `.exit()`/`.error()`.
    "argparse.ArgumentParser",
    // Exit hooks and signal handlers.
    "weakref.finalize",
    "unittest.installHandler",
    "unittest.removeHandler",
    // pytest's outcomes are `BaseException`s.
    "pytest.fail",
    "pytest.skip",
    "pytest.exit",
    "pytest.xfail",
    // Command-line entry points: they parse the host's `sys.argv` and exit.
    "calendar.main",
    "uuid.main",
    "random.main",
];

/// pytest's checking blocks fail with `Failed`, a `BaseException`, when their block does
/// not raise or warn; a fixture called directly fails the same way. Only a test (a
/// function named `test…`, or a fixture) runs under pytest, where that is an outcome.
pub(crate) fn check_pytest_outcome(checker: &mut Checker, call: &ast::ExprCall) {
    if !checker.uses_module("pytest") {
        return;
    }
    let block = checker.resolves_to_any(&call.func, PYTEST_CHECKS);
    let called_name = match call.func.as_ref() {
        Expr::Name(name) => Some(name.id.as_str()),
        _ => None,
    };
    if block.is_none() && called_name.is_none() {
        return;
    }
    let fixtures = fixture_names(checker.body);
    let in_test = checker
        .function_stack
        .first()
        .is_some_and(|(name, _)| name.starts_with("test") || fixtures.contains(name));
    if let Some(path) = block.filter(|_| !in_test) {
        checker.report(
            Rule::ProcessExit,
            format!("`{path}` outside a test: when its block does not raise (or warn) it fails with `Failed`, a `BaseException` that ends whoever runs the code"),
            start(call),
            end(call),
        );
    }
    if let Some(name) = called_name.filter(|name| fixtures.iter().any(|f| f == name)) {
        checker.report(
            Rule::ProcessExit,
            format!("the pytest fixture `{name}` called directly: it fails with `Failed`, a `BaseException`"),
            start(call),
            end(call),
        );
    }
}

/// pytest's checking blocks: each fails with `Failed` when its block does not raise.
const PYTEST_CHECKS: &[&str] = &[
    "pytest.raises",
    "pytest.warns",
    "pytest.deprecated_call",
    "pytest.RaisesGroup",
    "pytest.RaisesExc",
];

/// The functions defined here with `@pytest.fixture` (with or without arguments).
fn fixture_names(body: &[ast::Stmt]) -> Vec<String> {
    let mut names = Vec::new();
    let mut pending: Vec<&ast::Stmt> = body.iter().collect();
    while let Some(stmt) = pending.pop() {
        match stmt {
            ast::Stmt::FunctionDef(def)
                if def
                    .decorator_list
                    .iter()
                    .any(|d| super::missing_docstring::is_fixture(&d.expression)) =>
            {
                names.push(def.name.to_string());
            }
            ast::Stmt::ClassDef(class) => pending.extend(class.body.iter()),
            _ => {}
        }
    }
    names
}

/// `gen.throw(x)`, `agen.athrow(x)`, `future.set_exception(x)`: a raise in another
/// frame. Like `raise`, only what is known to derive from `Exception` may be thrown.
pub(crate) fn check_throw(checker: &mut Checker, call: &ast::ExprCall) {
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if !matches!(method.attr.as_str(), "throw" | "athrow" | "set_exception") {
        return;
    }
    let Some(thrown) = call.arguments.args.first() else {
        return;
    };
    if not_an_exception(checker, thrown).is_some() || !raises_an_exception(checker, thrown) {
        checker.report(
            Rule::ProcessExit,
            format!("`.{}()` of something not known here to derive from `Exception`: thrown into a generator or future, a `BaseException` ends whoever runs the code", method.attr),
            start(call),
            end(call),
        );
    }
}

/// `task.result()` outside a coroutine in a program with an event loop: a task the
/// loop cancelled (`asyncio.run` cancels what is left when it ends) raises
/// `CancelledError`, a `BaseException`.
pub(crate) fn check_future_result(checker: &mut Checker, call: &ast::ExprCall) {
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if !matches!(method.attr.as_str(), "result" | "exception")
        || !call.arguments.args.is_empty()
        || checker.is_own_object(&method.value)
        || !checker.uses_module("asyncio")
    {
        return;
    }
    let in_coroutine = checker
        .function_stack
        .last()
        .is_some_and(|(_, suspends)| *suspends);
    if !in_coroutine {
        checker.report(
            Rule::ProcessExit,
            format!("`.{}()` outside a coroutine in a program with an event loop: a cancelled task raises `CancelledError`, a `BaseException`", method.attr),
            start(call),
            end(call),
        );
    }
}

/// `stop = fut.cancel`: cancelling, taken as a value, is called out of sight;
/// `stack.callback(gen.throw, e)`, `map(gen.throw, …)`, `pool.submit(fut.set_exception,
/// e)`: what is thrown then is not checked where it is written.
pub(crate) fn check_cancel_value(checker: &mut Checker, name: &str, s: usize, e: usize) {
    if name == "cancel" && checker.uses_module("asyncio") {
        checker.report(
            Rule::ProcessExit,
            "`.cancel` taken as a value in a program with an event loop: the `CancelledError` it causes is a `BaseException`",
            s,
            e,
        );
    } else if matches!(name, "throw" | "athrow" | "set_exception") {
        checker.report(
            Rule::ProcessExit,
            format!("`.{name}` taken as a value: what it is later given to throw is not checked, and a `BaseException` (`GeneratorExit`) ends whoever runs the code"),
            s,
            e,
        );
    }
}

/// `executor.shutdown(cancel_futures=True)` in a program with an event loop: a future
/// cancelled this way and awaited (`asyncio.wrap_future`) raises `CancelledError`.
pub(crate) fn check_cancel_futures(checker: &mut Checker, call: &ast::ExprCall) {
    let cancels = call.arguments.keywords.iter().any(|k| {
        k.arg.as_deref() == Some("cancel_futures")
            && !matches!(&k.value, Expr::BooleanLiteral(b) if !b.value)
    });
    if cancels && checker.uses_module("asyncio") {
        checker.report(
            Rule::ProcessExit,
            "`cancel_futures` in a program with an event loop: a cancelled future awaited there raises `CancelledError`, a `BaseException`",
            start(call),
            end(call),
        );
    }
}

/// `class G(ExceptionGroup): def derive(self, excs): …`: `except*` builds what is left of
/// a group with its `derive`, and the interpreter re-raises that by itself; a `derive`
/// that returns a `BaseExceptionGroup` (of a `SystemExit`, a `CancelledError` kept from
/// elsewhere) ends the host with no `raise` in sight. The group classes' own hooks
/// (`derive`, `split`, `subgroup`, `__new__`) may not be redefined.
pub(crate) fn check_group_hooks(checker: &mut Checker, class: &ast::StmtClassDef) {
    const HOOKS: &[&str] = &["derive", "split", "subgroup", "__new__"];
    let bases = crate::parse::class_bases(class);
    let known = derives_from_group(checker, bases, 0, false);
    // A base computed at run time may be a group class: its distinctive hooks count.
    let hooks = if known {
        HOOKS
    } else if derives_from_group(checker, bases, 0, true) {
        &HOOKS[..3]
    } else {
        return;
    };
    for stmt in &class.body {
        let hook = match stmt {
            ast::Stmt::FunctionDef(def) => Some(def.name.as_str()),
            ast::Stmt::Assign(assign) => assign.targets.iter().find_map(|t| match t {
                Expr::Name(n) => Some(n.id.as_str()),
                _ => None,
            }),
            _ => None,
        };
        if let Some(hook) = hook.filter(|h| hooks.contains(h)) {
            checker.report(
                Rule::ProcessExit,
                format!("`{hook}` of an exception group redefined: `except*` builds and re-raises what it returns, which may be a `BaseExceptionGroup` that ends the host"),
                start(stmt),
                end(stmt),
            );
        }
    }
}

fn derives_from_group(checker: &Checker, bases: &[Expr], depth: usize, computed: bool) -> bool {
    depth < 8
        && bases.iter().any(|base| {
            matches!(
                checker.builtin_name(base).as_deref(),
                Some("ExceptionGroup" | "BaseExceptionGroup")
            ) || match base {
                Expr::Name(n) => checker
                    .class_bases(crate::names::normalize(&n.id).as_ref())
                    .is_some_and(|own| derives_from_group(checker, own, depth + 1, computed)),
                Expr::Attribute(_) => false,
                _ => computed,
            }
        })
}

/// `asyncio.wait_for(task, t)`, `asyncio.timeout(t)`: on timeout they cancel the task
/// they wait on, and awaiting it (or its `.result()`) afterwards raises the
/// `CancelledError` — a `BaseException` — like a `.cancel()` written out.
fn check_cancelling_timeout(checker: &mut Checker, call: &ast::ExprCall) {
    if let Some(path) = checker.resolves_to_any(
        &call.func,
        &["asyncio.wait_for", "asyncio.timeout", "asyncio.timeout_at"],
    ) {
        checker.report(
            Rule::ProcessExit,
            format!("`{path}` cancels what it waits on when time runs out: the `CancelledError` that then surfaces is a `BaseException` that `except Exception` does not catch"),
            start(call),
            end(call),
        );
    }
}
