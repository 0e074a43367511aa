use crate::checker::Checker;
use crate::parse::ast::{Expr, Stmt, StmtWhile, UnaryOp};
use crate::parse::{literal, start, Literal};
use crate::report::{Finding, Severity};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Reports loops that can never end: `while True:` (or any always-true constant, or
    /// a test on names bound once to constants, `while count < limit:`, which nothing
    /// can change) and `for` over `itertools.count()`,
    /// `itertools.cycle(...)`, a one-argument `itertools.repeat(...)` or
    /// `iter(callable, sentinel)` that can never return the sentinel, with no `break`,
    /// `return` or `raise` in their own body; `for` loops that append to the list they
    /// iterate; `list()`/`sum()`/… of an endless iterator; and waits without a timeout
    /// that nothing can end (`queue.Queue().get()`, an `Event` never set, a `Lock` taken
    /// twice, `Barrier(2).wait()`, `Future().result()` in a program with no other
    /// thread, task or process).
    /// Medium severity; info only when the body `await`s or `yield`s, the shape of a
    /// cooperative worker or a generator.
    ///
    /// ## Why is this bad?
    /// A loop with no exit spins a CPU forever: a denial of service for whoever runs
    /// the generated code.
    ///
    /// ## Example
    /// ```python
    /// while True:
    ///     total += 1
    /// ```
    UnboundedLoop
}

const ENDLESS_ITERATORS: &[&str] = &["itertools.count", "itertools.cycle"];

/// What the rule knows about the whole code before the walk.
#[derive(Debug, Clone, Default)]
pub(crate) struct State {
    /// Module-level generator functions that yield forever (`while True: yield …`).
    pub endless_generators: rustc_hash::FxHashSet<String>,
}

impl State {
    pub fn new(body: &[Stmt]) -> State {
        State {
            endless_generators: endless_generator_functions(body),
        }
    }
}

pub(crate) fn check_while(checker: &mut Checker, stmt: &StmtWhile) {
    // A name bound once, to an immutable true constant, stays true (`running = True`);
    // a list bound once can still be emptied (`resolve` follows literals only).
    if always_true(Some(checker), &stmt.test) && !has_exit(&stmt.body, true) {
        report(
            checker,
            "`while` loop on a constant true condition has no `break`, `return` or `raise`",
            &stmt.body,
            start(stmt),
        );
    }
}

/// Whether a call yields forever: `itertools.count()`, `cycle(...)`, one-argument
/// `repeat(x)`, `iter(int, 1)`, `iter(lambda: 0, 1)`.
fn endless_iterator(checker: &Checker, call: &crate::parse::ast::ExprCall) -> bool {
    let paths = checker.resolve(&call.func);
    paths
        .iter()
        .any(|p| ENDLESS_ITERATORS.contains(&p.as_str()))
        || (paths.iter().any(|p| p == "itertools.repeat")
            && call.arguments.args.len() == 1
            && call.arguments.keywords.is_empty())
        || constant_sentinel_iter(checker, call)
        || matches!(call.func.as_ref(), Expr::Name(n) if {
            let name = crate::names::normalize(&n.id);
            checker.loops.endless_generators.contains(name.as_ref()) && checker.is_module_level(&name)
        })
}

/// Module-level generator functions whose body loops forever around a `yield`
/// (`def ticks(): while True: yield 1`): iterating one to the end never ends.
fn endless_generator_functions(body: &[Stmt]) -> rustc_hash::FxHashSet<String> {
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(f) => Some((&f.name, &f.body)),
            _ => None,
        })
        .filter(|(_, body)| {
            body.iter().any(|stmt| {
                matches!(stmt, Stmt::While(w) if always_true(None, &w.test)
                    && !has_exit(&w.body, true)
                    && suspends(&w.body))
            })
        })
        .map(|(name, _)| crate::names::normalize(name).into_owned())
        .collect()
}

/// Queue classes: `get()` waits for a `put`, `join()` for a `task_done` per item put.
const QUEUES: &[&str] = &[
    "queue.Queue",
    "queue.LifoQueue",
    "queue.PriorityQueue",
    "queue.SimpleQueue",
    "multiprocessing.Queue",
];

/// A wait without a timeout that only another call can end: on an object made from one
/// of `makers`, `method()` waits until one of `enders` is called on it.
struct Wait {
    makers: &'static [&'static str],
    method: &'static str,
    enders: &'static [&'static str],
}

const WAITS: &[Wait] = &[
    Wait {
        makers: QUEUES,
        method: "get",
        enders: &["put", "put_nowait"],
    },
    Wait {
        makers: QUEUES,
        method: "join",
        enders: &["task_done"],
    },
    Wait {
        makers: &["threading.Event", "multiprocessing.Event"],
        method: "wait",
        enders: &["set"],
    },
    Wait {
        makers: &["threading.Condition"],
        method: "wait",
        enders: &["notify", "notify_all"],
    },
    Wait {
        makers: &["threading.Barrier"],
        method: "wait",
        enders: &["abort"],
    },
    Wait {
        makers: &["threading.Semaphore", "threading.BoundedSemaphore"],
        method: "acquire",
        enders: &["release"],
    },
    Wait {
        makers: &["threading.Lock"],
        method: "acquire",
        enders: &["release"],
    },
    Wait {
        makers: &["concurrent.futures.Future"],
        method: "result",
        enders: &["set_result", "set_exception", "cancel"],
    },
    Wait {
        makers: &["concurrent.futures.Future"],
        method: "exception",
        enders: &["set_result", "set_exception", "cancel"],
    },
];

/// Waits nothing can end: `loop.run_forever()`, and a wait without a timeout that only
/// another party could end (`queue.Queue().get()`, `Event().wait()`, a `Lock` taken
/// twice, `Barrier(2).wait()`, `Semaphore(0).acquire()`, `Future().result()`) on an
/// object made on the spot, or bound once in a program that starts no thread, task or
/// process and never calls what would end the wait.
pub(crate) fn check_blocking_call(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if method.attr.as_str() == "run_forever" && call.arguments.args.is_empty() {
        report_wait(
            checker,
            call,
            "`run_forever()` runs until something else stops it",
        );
        return;
    }
    if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
        return; // a timeout, or a non-blocking call
    }
    let Some(wait) = WAITS.iter().find(|w| w.method == method.attr.as_str()) else {
        return;
    };
    // The object: made on the spot, or a name bound once to a maker's call.
    let (maker_call, bound_name) = match method.value.as_ref() {
        Expr::Call(inner) => (Some(inner), None),
        Expr::Name(name) => match checker
            .constants
            .get(crate::names::normalize(&name.id).as_ref())
            .copied()
        {
            Some(Expr::Call(inner)) => (Some(inner), Some(name.id.as_str())),
            _ => (None, None),
        },
        _ => (None, None),
    };
    let Some(maker_call) = maker_call else { return };
    let Some(wait) = WAITS.iter().filter(|w| w.method == wait.method).find(|w| {
        checker
            .resolves_to_any(&maker_call.func, w.makers)
            .is_some()
    }) else {
        return;
    };
    let maker = checker
        .resolves_to_any(&maker_call.func, wait.makers)
        .unwrap_or_default();
    let first_argument = crate::parse::call_args(maker_call)
        .first()
        .or_else(|| crate::parse::keyword(maker_call, "value"))
        .or_else(|| crate::parse::keyword(maker_call, "parties"));
    let number = first_argument.and_then(|a| match literal(a) {
        Some(Literal::Int(n)) => n.as_u64(),
        _ => None,
    });
    // Waits that can return by themselves.
    let blocks = match maker.rsplit('.').next().unwrap_or_default() {
        "Barrier" => number.is_some_and(|n| n > 1),
        "Semaphore" | "BoundedSemaphore" => number == Some(0),
        _ => true,
    };
    if !blocks {
        return;
    }
    if let Some(name) = bound_name {
        let body = checker.body;
        let (waits, puts) = method_calls(body, name, wait.method);
        let lock_taken_twice = maker == "threading.Lock" && waits >= 2;
        let join_without_items = wait.method == "join" && puts == 0;
        if others_may_act(checker)
            // An ender called on any object (it may be an alias of the one waited on).
            || crate::semantic::mentions_any_of(body, wait.enders)
            || (maker == "threading.Lock" && !lock_taken_twice)
            || join_without_items
        {
            return;
        }
    } else if matches!(wait.method, "join" | "acquire")
        && matches!(maker.rsplit('.').next(), Some(m) if m != "Semaphore" && m != "BoundedSemaphore")
    {
        return; // a fresh queue has nothing to join; a fresh lock is free
    }
    let what = format!(
        "`.{}()` without a timeout on a `{maker}` nothing else can reach: it waits forever",
        wait.method
    );
    report_wait(checker, call, &what);
}

fn report_wait(checker: &mut Checker, call: &crate::parse::ast::ExprCall, message: &str) {
    checker.push(
        Finding::new(
            Rule::UnboundedLoop,
            message,
            start(call),
            crate::parse::end(call),
        )
        .with_severity(Severity::Medium),
    );
}

/// Whether the program may run other threads, tasks or processes, which could end a wait.
fn others_may_act(checker: &Checker) -> bool {
    [
        "asyncio",
        "concurrent",
        "multiprocessing",
        "_thread",
        "signal",
    ]
    .iter()
    .any(|m| checker.uses_module(m))
        || (checker.uses_module("threading")
            && crate::semantic::mentions_any_of(checker.body, &["Thread", "Timer"]))
}

/// The calls of `method` and of `put`/`put_nowait` on `name`.
fn method_calls(body: &[Stmt], name: &str, method: &str) -> (usize, usize) {
    use crate::visitor::{self, Visitor};
    struct Count<'n>(&'n str, &'n str, usize, usize);
    impl<'a> Visitor<'a> for Count<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                if let Expr::Attribute(m) = call.func.as_ref() {
                    if matches!(m.value.as_ref(), Expr::Name(n) if n.id.as_str() == self.0) {
                        if m.attr.as_str() == self.1 {
                            self.2 += 1;
                        }
                        if matches!(m.attr.as_str(), "put" | "put_nowait") {
                            self.3 += 1;
                        }
                    }
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut count = Count(name, method, 0, 0);
    count.visit_body(body);
    (count.2, count.3)
}

/// `list(itertools.count())`: materialising an endless iterator never returns.
pub(crate) fn check_materialised(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    const CONSUMERS: &[&str] = &[
        "list",
        "tuple",
        "set",
        "frozenset",
        "sorted",
        "sum",
        "max",
        "min",
        "len",
        "dict",
        "bytes",
        "bytearray",
    ];
    let consumer = checker
        .builtin_name(&call.func)
        .filter(|n| CONSUMERS.contains(&n.as_str()))
        .or_else(|| {
            checker
                .resolve(&call.func)
                .into_iter()
                .find(|p| matches!(p.as_str(), "collections.deque" | "collections.Counter"))
        });
    let Some(consumer) = consumer else { return };
    // `sum(x for x in count())`: a generator over an endless iterator is endless too.
    let endless = match call.arguments.args.first() {
        Some(Expr::Call(inner)) => endless_iterator(checker, inner),
        Some(Expr::Generator(g)) => endless_generators(checker, &g.generators),
        _ => false,
    };
    if endless {
        checker.report(
            Rule::UnboundedLoop,
            format!("`{consumer}()` of an endless iterator never returns"),
            start(call),
            start(call) + consumer.len(),
        );
    }
}

/// The first generator runs over an endless iterator (a comprehension cannot break).
fn endless_generators(checker: &Checker, generators: &[crate::parse::ast::Comprehension]) -> bool {
    generators
        .first()
        .is_some_and(|g| matches!(&g.iter, Expr::Call(c) if endless_iterator(checker, c)))
}

/// `[x for x in itertools.count()]`: a list, set or dict comprehension over an endless
/// iterator never finishes building.
pub(crate) fn check_comprehension(
    checker: &mut Checker,
    generators: &[crate::parse::ast::Comprehension],
    materialised: bool,
) {
    if materialised && endless_generators(checker, generators) {
        if let Some(first) = generators.first() {
            checker.report(
                Rule::UnboundedLoop,
                "comprehension over an endless iterator never finishes",
                start(&first.iter),
                crate::parse::end(&first.iter),
            );
        }
    }
}

/// `for x in xs: xs.append(x)`: the loop feeds itself and never ends.
pub(crate) fn check_self_feeding(
    checker: &mut Checker,
    target_list: &Expr,
    body: &[Stmt],
    at: usize,
) {
    let Expr::Name(list) = target_list else {
        return;
    };
    // Only what adds at least one item every time: `append`, `insert`, `+= [x]`
    // (`extend(node.children)` may add nothing, as a walk of a finite tree does).
    let same = |e: &Expr| matches!(e, Expr::Name(n) if n.id == list.id);
    let feeds = body.iter().any(|stmt| match stmt {
        Stmt::Expr(e) => matches!(e.value.as_ref(), Expr::Call(c) if matches!(c.func.as_ref(),
            Expr::Attribute(a) if matches!(a.attr.as_str(), "append" | "insert") && same(&a.value))),
        Stmt::AugAssign(a) => {
            a.op == crate::parse::ast::Operator::Add
                && same(&a.target)
                && matches!(a.value.as_ref(), Expr::List(l) if !l.elts.is_empty())
        }
        _ => false,
    });
    if feeds && !has_exit(body, true) {
        report(
            checker,
            "`for` loop appends to the list it iterates and has no `break`, `return` or `raise`",
            body,
            at,
        );
    }
}

pub(crate) fn check_for(checker: &mut Checker, iter: &Expr, body: &[Stmt], at: usize) {
    check_self_feeding(checker, iter, body, at);
    let Expr::Call(call) = iter else { return };
    if endless_iterator(checker, call) && !has_exit(body, true) {
        report(
            checker,
            "`for` loop over an endless iterator has no `break`, `return` or `raise`",
            body,
            at,
        );
    }
}

/// `iter(int, 1)`, `iter(lambda: 0, 1)`: a callable that always returns the same value,
/// not the sentinel.
fn constant_sentinel_iter(checker: &Checker, call: &crate::parse::ast::ExprCall) -> bool {
    if checker.builtin_name(&call.func).as_deref() == Some("iter") && call.arguments.args.len() == 2
    {
        if let (Expr::Lambda(lambda), sentinel) = (&call.arguments.args[0], &call.arguments.args[1])
        {
            if !crate::parse::is_literal(sentinel) {
                return false;
            }
            match lambda.body.as_ref() {
                value if crate::parse::is_literal(value) => {
                    use crate::parse::ast::comparable::ComparableExpr;
                    return ComparableExpr::from(value) != ComparableExpr::from(sentinel);
                }
                // A fresh list or dict never equals a constant sentinel.
                Expr::List(_)
                | Expr::Dict(_)
                | Expr::Set(_)
                | Expr::ListComp(_)
                | Expr::DictComp(_) => return true,
                _ => {}
            }
        }
    }
    const CONSTANT_FACTORIES: &[&str] = &[
        "int", "float", "str", "bool", "list", "dict", "tuple", "set", "object", "bytes",
    ];
    checker.builtin_name(&call.func).as_deref() == Some("iter")
        && call.arguments.args.len() == 2
        && checker
            .builtin_name(&call.arguments.args[0])
            .is_some_and(|name| CONSTANT_FACTORIES.contains(&name.as_str()))
}

fn report(checker: &mut Checker, message: &str, body: &[Stmt], at: usize) {
    let severity = if suspends(body) {
        Severity::Info
    } else {
        Severity::Medium
    };
    checker.push(Finding::new(Rule::UnboundedLoop, message, at, at + 5).with_severity(severity));
}

/// Names bound once to a literal, when a checker is at hand: `x = 0` … `while x < 10:`
/// tests a constant (nothing can rebind a name bound once).
type Known<'c, 'p> = Option<&'c Checker<'p>>;

fn resolve<'e>(known: Known<'_, 'e>, expr: &'e Expr) -> &'e Expr {
    let bound = known.map_or(expr, |checker| checker.bound_value(expr));
    if crate::parse::is_literal(bound) {
        bound
    } else {
        expr
    }
}

fn always_true<'e>(known: Known<'_, 'e>, test: &'e Expr) -> bool {
    let test = resolve(known, test);
    match test {
        // A non-empty display is true whatever it holds.
        Expr::List(l) => !l.elts.is_empty(),
        Expr::Tuple(t) => !t.elts.is_empty(),
        Expr::Set(s) => !s.elts.is_empty(),
        Expr::Dict(d) => !d.items.is_empty(),
        Expr::BoolOp(b) => match b.op {
            crate::parse::ast::BoolOp::Or => b.values.iter().any(|v| always_true(known, v)),
            crate::parse::ast::BoolOp::And => b.values.iter().all(|v| always_true(known, v)),
        },
        Expr::Compare(c) if c.ops.len() == 1 && c.operands.len() == 2 => {
            compare_constants(
                resolve(known, &c.operands[0]),
                c.ops[0],
                resolve(known, &c.operands[1]),
            ) == Some(true)
        }
        _ if crate::parse::is_literal(test) => match literal(test) {
            Some(Literal::Bool(b)) => b,
            Some(Literal::Int(i)) => i.to_string() != "0",
            Some(Literal::Float(f)) => f != 0.0,
            Some(Literal::Str(s)) => !s.is_empty(),
            Some(Literal::Bytes(len)) => len > 0,
            Some(Literal::Ellipsis | Literal::Complex) => true,
            _ => false,
        },
        Expr::UnaryOp(u) if u.op == UnaryOp::Not => always_false(known, &u.operand),
        // `-1` is as true as `1`.
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd) => {
            always_true(known, &u.operand)
        }
        // `while (running := True)`: the value assigned is the test.
        Expr::Named(n) => always_true(known, &n.value),
        _ => false,
    }
}

/// `1 == 1`, `"a" != "b"`, `2 > 1`: comparisons of two constants.
fn compare_constants(left: &Expr, op: crate::parse::ast::CmpOp, right: &Expr) -> Option<bool> {
    use crate::parse::ast::CmpOp;
    let ordering = match (literal(left)?, literal(right)?) {
        (Literal::Int(a), Literal::Int(b)) => a.as_i64()?.cmp(&b.as_i64()?),
        (Literal::Str(a), Literal::Str(b)) => a.cmp(b),
        (Literal::Bool(a), Literal::Bool(b)) => a.cmp(&b),
        (Literal::None, Literal::None) => std::cmp::Ordering::Equal,
        _ => return None,
    };
    Some(match op {
        CmpOp::Eq | CmpOp::Is => ordering.is_eq(),
        CmpOp::NotEq | CmpOp::IsNot => ordering.is_ne(),
        CmpOp::Lt => ordering.is_lt(),
        CmpOp::LtE => ordering.is_le(),
        CmpOp::Gt => ordering.is_gt(),
        CmpOp::GtE => ordering.is_ge(),
        CmpOp::In | CmpOp::NotIn => return None,
    })
}

fn always_false<'e>(known: Known<'_, 'e>, test: &'e Expr) -> bool {
    let test = resolve(known, test);
    match test {
        _ if crate::parse::is_literal(test) => match literal(test) {
            Some(Literal::None | Literal::Bool(false)) => true,
            Some(Literal::Int(i)) => i.to_string() == "0",
            Some(Literal::Str(s)) => s.is_empty(),
            _ => false,
        },
        Expr::UnaryOp(u) if u.op == UnaryOp::Not => always_true(known, &u.operand),
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd) => {
            always_false(known, &u.operand)
        }
        // Empty displays are false.
        Expr::List(l) => l.elts.is_empty(),
        Expr::Tuple(t) => t.elts.is_empty(),
        Expr::Dict(d) => d.items.is_empty(),
        Expr::Named(n) => always_false(known, &n.value),
        _ => false,
    }
}

/// Whether the body can leave the loop: `return`/`raise` anywhere outside nested
/// scopes, `break` only at this loop's level.
fn has_exit(body: &[Stmt], this_level: bool) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Break(_) => this_level,
        Stmt::Return(_) | Stmt::Raise(_) => true,
        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => false,
        Stmt::For(s) => has_exit(&s.body, false) || has_exit(&s.orelse, this_level),
        Stmt::While(s) => has_exit(&s.body, false) || has_exit(&s.orelse, this_level),
        Stmt::If(s) => {
            // `if False: break` never leaves; after `if True:` nothing else runs.
            for (test, body) in crate::parse::if_branches(s) {
                match test {
                    Some(test) if always_false(None, test) => continue,
                    Some(test) if !always_true(None, test) => {
                        if has_exit(body, this_level) {
                            return true;
                        }
                    }
                    _ => return has_exit(body, this_level),
                }
            }
            false
        }
        Stmt::With(s) => has_exit(&s.body, this_level),
        Stmt::Try(s) => {
            has_exit(&s.body, this_level)
                || has_exit(&s.orelse, this_level)
                || has_exit(&s.finalbody, this_level)
                || s.handlers.iter().any(|h| {
                    let crate::parse::ast::ExceptHandler::ExceptHandler(h) = h;
                    has_exit(&h.body, this_level)
                })
        }
        Stmt::Match(s) => s.cases.iter().any(|c| has_exit(&c.body, this_level)),
        _ => false,
    })
}

/// Whether the body awaits or yields (outside nested scopes): a cooperative loop.
fn suspends(body: &[Stmt]) -> bool {
    use crate::visitor::{walk_expr, walk_stmt, Visitor};
    struct Suspends(bool);
    impl<'a> Visitor<'a> for Suspends {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::For(s) if s.is_async => self.0 = true,
                Stmt::With(s) if s.is_async => self.0 = true,
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut visitor = Suspends(false);
    visitor.visit_body(body);
    visitor.0
}
