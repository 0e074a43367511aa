//! Constant loops: nests past the bound, and values that grow geometrically in them.

use crate::checker::Checker;
use crate::names::normalize;
use crate::parse::ast::comparable::ComparableExpr;
use crate::parse::ast::{Comprehension, Expr, Operator, Stmt};
use crate::parse::{end, start};
use crate::rules::Rule;
use crate::visitor::Visitor as _;

use super::*;

/// Enters a `for` loop over a constant iterable; reports nests past the bound and
/// values that grow geometrically in the body. Returns whether a loop size was pushed
/// (to be popped after the body).
pub(crate) fn enter_for(
    checker: &mut Checker,
    iter: &Expr,
    body: &[Stmt],
    start: usize,
    end: usize,
) -> bool {
    let size = iteration_size(checker, iter);
    check_self_wrapping(checker, size, body);
    let Some(size) = size else {
        return false;
    };
    let size = size.max(0.0);
    checker.resource.loop_sizes.push(size);
    let total: f64 = checker.resource.loop_sizes.iter().sum();
    if checker.resource.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
        checker.report(
            Rule::ResourceBomb,
            format!("nested loops run about 10^{} iterations", fmt_log(total)),
            start,
            end,
        );
    }
    check_growth(checker, body, 10f64.powf(size), start, end);
    true
}

/// Lazy iterator stages: each wraps the one before without running it.
const LAZY_STAGES: &[&str] = &[
    "map",
    "filter",
    "zip",
    "enumerate",
    "reversed",
    "iter",
    "itertools.chain",
    "itertools.chain.from_iterable",
    "itertools.islice",
    "itertools.accumulate",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "itertools.compress",
    "itertools.zip_longest",
    "itertools.pairwise",
    "itertools.batched",
    "itertools.cycle",
];

/// The log10 of the passes past which a loop that wraps an iterator in itself is
/// refused (a thousand stages are still far from the C stack's limit).
const MAX_WRAPPING_PASSES_LOG10: f64 = 3.0;

/// `for _ in range(n): it = map(f, it)`: every pass nests the iterator one lazy stage
/// deeper; consumed, a million stages overflow the C stack and crash the process
/// (a segfault, not an exception). Refused unless the loop is known to be short
/// (`for f in (str.strip, str.lower): lines = map(f, lines)` passes); `while` loops
/// call this with no size. `size` is the loop's log10 passes when known. Every
/// statement of the body counts, however nested (`if`, `with`, `try`), and so does a
/// place that outlives the pass (`self.stage = chain(self.stage)`, `box.it := …`).
pub(crate) fn check_self_wrapping(checker: &mut Checker, size: Option<f64>, body: &[Stmt]) {
    if size.is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10) {
        return;
    }
    for (target, value, at) in self_assignments(body) {
        if wraps(checker, target, value, true) {
            report_wrapping(
                checker,
                target,
                "on every pass of a loop not known to be short",
                at,
            );
        }
    }
}

/// `[it := map(f, it) for _ in range(n)]`: the comprehension form of
/// [`check_self_wrapping`].
pub(crate) fn check_comprehension_wrapping(
    checker: &mut Checker,
    generators: &[Comprehension],
    elements: &[&Expr],
) {
    let short = generators
        .iter()
        .map(|g| iteration_size(checker, &g.iter))
        .any(|s| s.is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10));
    if short {
        return;
    }
    let mut walruses = Walruses(Vec::new());
    for element in elements {
        walruses.visit_expr(element);
    }
    for generator in generators {
        for condition in &generator.ifs {
            walruses.visit_expr(condition);
        }
    }
    for named in walruses.0 {
        if wraps(checker, &named.target, &named.value, true) {
            report_wrapping(
                checker,
                &named.target,
                "on every item of a comprehension not known to be short",
                (start(named), end(named)),
            );
        }
    }
}

/// `def grow(self): self.stage = chain(self.stage)`: a place that outlives the call (an
/// attribute, a global) wrapped in a lazy stage each time the function runs; called in
/// a loop, the nesting grows without bound. Containers (`self.head = (x, self.head)`,
/// a linked list) are left to the loop that would build them.
pub(crate) fn check_function_wrapping(checker: &mut Checker, body: &[Stmt]) {
    let globals: Vec<&str> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::Global(g) => Some(g.names.iter().map(|n| n.as_str()).collect::<Vec<_>>()),
            Stmt::Nonlocal(n) => Some(n.names.iter().map(|n| n.as_str()).collect()),
            _ => None,
        })
        .flatten()
        .collect();
    for (target, value, at) in self_assignments(body) {
        let outlives_call = match target {
            Expr::Attribute(_) => true,
            Expr::Name(name) => globals.contains(&name.id.as_str()),
            _ => false,
        };
        if outlives_call && wraps(checker, target, value, false) {
            report_wrapping(checker, target, "each time a function runs", at);
        }
    }
}

fn report_wrapping(checker: &mut Checker, target: &Expr, when: &str, (s, e): (usize, usize)) {
    let place = place_name(target);
    checker.report(
        Rule::ResourceBomb,
        format!("`{place}` wrapped in another lazy stage or container {when}: consumed, hashed or compared, the nesting overflows the C stack and crashes the process"),
        s,
        e,
    );
}

/// `self.stage` as written.
fn place_name(place: &Expr) -> String {
    match place {
        Expr::Name(name) => name.id.to_string(),
        Expr::Attribute(a) => format!("{}.{}", place_name(&a.value), a.attr),
        _ => "a value".into(),
    }
}

/// The walrus expressions of an expression, outside nested scopes' bodies.
struct Walruses<'a>(Vec<&'a crate::parse::ast::ExprNamed>);

impl<'a> crate::visitor::Visitor<'a> for Walruses<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Named(named) => {
                self.0.push(named);
                crate::visitor::walk_expr(self, expr);
            }
            Expr::Lambda(_) => {}
            _ => crate::visitor::walk_expr(self, expr),
        }
    }
}

/// Every `place = value` and `place := value` in `body` and the statements nested in it
/// (not in nested functions or classes), with where to report it.
fn self_assignments(body: &[Stmt]) -> Vec<(&Expr, &Expr, (usize, usize))> {
    struct Assignments<'a>(Vec<(&'a Expr, &'a Expr, (usize, usize))>);
    impl<'a> crate::visitor::Visitor<'a> for Assignments<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(assign) => {
                    for target in &assign.targets {
                        self.0
                            .push((target, &assign.value, (start(assign), end(assign))));
                    }
                }
                Stmt::AnnAssign(assign) => {
                    if let Some(value) = &assign.value {
                        self.0
                            .push((&assign.target, value, (start(assign), end(assign))));
                    }
                }
                _ => {}
            }
            crate::visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Named(named) => {
                    self.0
                        .push((&named.target, &named.value, (start(named), end(named))));
                    crate::visitor::walk_expr(self, expr);
                }
                Expr::Lambda(_) => {}
                _ => crate::visitor::walk_expr(self, expr),
            }
        }
    }
    let mut found = Assignments(Vec::new());
    for stmt in body {
        crate::visitor::Visitor::visit_stmt(&mut found, stmt);
    }
    found.0
}

/// A place an assignment can rebind and a later pass can read back: a name or a chain
/// of attributes on one (`self.stage`, `box.inner.it`).
fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Attribute(a) => is_place(&a.value),
        _ => false,
    }
}

/// Whether `value` wraps the object `target` holds one level deeper: a lazy stage
/// (`map(f, it)`, a generator over it) or, when `containers`, a container display
/// holding it (`(t,)`).
fn wraps(checker: &Checker, target: &Expr, value: &Expr, containers: bool) -> bool {
    if !is_place(target) {
        return false;
    }
    let wanted = ComparableExpr::from(target);
    let is_target = |e: &Expr| is_place(e) && ComparableExpr::from(e) == wanted;
    match value {
        Expr::Call(call) => {
            let lazy = checker
                .builtin_name(&call.func)
                .is_some_and(|n| LAZY_STAGES.contains(&n.as_str()))
                || checker.resolves_to_any(&call.func, LAZY_STAGES).is_some();
            lazy && (call
                .arguments
                .args
                .iter()
                .any(|a| is_target(a) || matches!(a, Expr::Starred(s) if is_target(&s.value)))
                || call.arguments.keywords.iter().any(|k| is_target(&k.value)))
        }
        Expr::Generator(generator) => generator
            .generators
            .first()
            .is_some_and(|g| is_target(&g.iter)),
        _ if !containers => false,
        Expr::Tuple(t) => t.elts.iter().any(is_target),
        Expr::List(l) => l.elts.iter().any(is_target),
        Expr::Set(s) => s.elts.iter().any(is_target),
        Expr::Dict(d) => d.items.iter().any(|i| is_target(&i.value)),
        _ => false,
    }
}

/// `functools.reduce(lambda it, _: map(f, it), range(n), start)`,
/// `itertools.accumulate(range(n), step, initial=t)` with `def step(t, _): return (t,)`:
/// the fold form of [`check_self_wrapping`], where the accumulator is wrapped once per
/// item, by a lambda or by a function defined here.
pub(crate) fn check_reduce_wrapping(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    let Some(fold) =
        checker.resolves_to_any(&call.func, &["functools.reduce", "itertools.accumulate"])
    else {
        return;
    };
    let args = crate::parse::call_args(call);
    let (function, items) = if fold == "functools.reduce" {
        (args.first(), args.get(1))
    } else {
        (
            args.get(1).or_else(|| crate::parse::keyword(call, "func")),
            args.first(),
        )
    };
    let (Some(function), Some(items)) = (function, items) else {
        return;
    };
    let short = iteration_size(checker, items).is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10);
    if !short && folds_by_wrapping(checker, function) {
        checker.report(
            Rule::ResourceBomb,
            format!("`{fold}` wraps its accumulator in another lazy stage or container for every item of an iterable not known to be short: consumed, hashed or compared, the nesting overflows the C stack and crashes the process"),
            start(call),
            end(call),
        );
    }
}

/// [`wraps`] for a parameter `name`.
fn wraps_name(checker: &Checker, name: &str, value: &Expr) -> bool {
    let target = Expr::Name(crate::parse::ast::ExprName {
        id: name.into(),
        ctx: crate::parse::ast::ExprContext::Load,
        range: Default::default(),
        node_index: Default::default(),
    });
    wraps(checker, &target, value, true)
}

/// Whether a fold's function returns its first argument wrapped one level deeper.
fn folds_by_wrapping(checker: &Checker, function: &Expr) -> bool {
    let first = |parameters: Option<&crate::parse::ast::Parameters>| {
        parameters
            .and_then(|p| p.posonlyargs.iter().chain(&p.args).next())
            .map(|p| p.parameter.name.to_string())
    };
    match function {
        Expr::Lambda(lambda) => first(lambda.parameters.as_deref())
            .is_some_and(|accumulator| wraps_name(checker, &accumulator, &lambda.body)),
        Expr::Name(name) => checker.module_functions(&name.id).any(|def| {
            first(Some(&def.parameters)).is_some_and(|accumulator| {
                def.body.iter().any(|s| {
                    matches!(s, Stmt::Return(r) if r.value.as_deref()
                        .is_some_and(|v| wraps_name(checker, &accumulator, v)))
                })
            })
        }),
        _ => false,
    }
}

/// `s *= 2`, `s += s`, `n <<= n`, `n = n ** 2` repeated `iterations` times.
fn check_growth(checker: &mut Checker, body: &[Stmt], iterations: f64, start: usize, end: usize) {
    for stmt in body {
        let (target, op, value) = match stmt {
            Stmt::AugAssign(s) => (s.target.as_ref(), s.op, s.value.as_ref()),
            Stmt::Assign(s) => match (s.targets.as_slice(), s.value.as_ref()) {
                ([target @ Expr::Name(t)], Expr::BinOp(b)) if matches!(b.left.as_ref(), Expr::Name(l) if l.id == t.id) => {
                    (target, b.op, b.right.as_ref())
                }
                _ => continue,
            },
            _ => continue,
        };
        let Expr::Name(name) = target else { continue };
        let same = matches!(value, Expr::Name(v) if v.id == name.id);
        let factor = number(size(checker, value, 0)).map(|l| 10f64.powf(l));
        let initial = checker
            .constants
            .get(normalize(&name.id).as_ref())
            .and_then(|v| size(checker, v, 0));
        // log10 of the final size.
        let grown = match (initial, op) {
            (Some(Size::Sequence(l)), Operator::Mult) if factor.is_some_and(|f| f >= 2.0) => Some(
                Size::Sequence(l + iterations * factor.unwrap_or(2.0).log10()),
            ),
            (Some(Size::Sequence(l)), Operator::Add) if same => {
                Some(Size::Sequence(l + iterations * std::f64::consts::LOG10_2))
            }
            (_, Operator::LShift | Operator::Pow | Operator::Mult)
                if same || (op == Operator::Pow && factor.is_some_and(|f| f >= 2.0)) =>
            {
                // Squaring or self-shifting: the digit count doubles each time.
                Some(Size::Number(
                    10f64.powf((iterations * std::f64::consts::LOG10_2).min(300.0)),
                ))
            }
            _ => None,
        };
        if let Some(what) = grown.and_then(describe) {
            checker.report(
                Rule::ResourceBomb,
                format!("loop grows `{}` geometrically into {what}", name.id),
                start,
                end,
            );
            return;
        }
    }
}

/// `[… for i in range(N) for j in range(M)]` with N·M past the bound.
pub(crate) fn check_comprehension(
    checker: &mut Checker,
    generators: &[Comprehension],
    element: Option<&Expr>,
) {
    let sizes: Vec<f64> = generators
        .iter()
        .filter_map(|g| iteration_size(checker, &g.iter))
        .collect();
    // `[[0] * 10**5 for _ in range(10**5)]`: each element is itself large.
    if let (Some(Size::Sequence(each)), true) = (
        element.and_then(|e| size(checker, e, 0)),
        sizes.len() == generators.len(),
    ) {
        let total = each.max(0.0) + sizes.iter().map(|s| s.max(0.0)).sum::<f64>();
        if total > MAX_SEQUENCE_LOG10 + 1.0 && each > 3.0 {
            if let Some(first) = generators.first() {
                checker.report(
                    Rule::ResourceBomb,
                    format!(
                        "comprehension builds about 10^{} items in all",
                        fmt_log(total)
                    ),
                    start(&first.iter),
                    end(&first.iter),
                );
                return;
            }
        }
    }
    let total: f64 = sizes.iter().map(|s| s.max(0.0)).sum::<f64>()
        + checker.resource.loop_sizes.iter().sum::<f64>();
    if sizes.len() + checker.resource.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
        if let (Some(first), Some(last)) = (generators.first(), generators.last()) {
            checker.report(
                Rule::ResourceBomb,
                format!("nested iterations run about 10^{}", fmt_log(total)),
                start(&first.iter),
                end(&last.iter),
            );
        }
    }
}
