//! Constant loops: nests past the bound, and values that grow geometrically in them.

use crate::checker::Checker;
use crate::names::normalize;
use crate::parse::ast::{Comprehension, Expr, Operator, Stmt};
use crate::parse::{end, start};
use crate::rules::Rule;

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
/// call this with no size. `size` is the loop's log10 passes when known.
pub(crate) fn check_self_wrapping(checker: &mut Checker, size: Option<f64>, body: &[Stmt]) {
    if size.is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10) {
        return;
    }
    for stmt in body {
        let Stmt::Assign(assign) = stmt else { continue };
        let [Expr::Name(target)] = assign.targets.as_slice() else {
            continue;
        };
        if wraps(checker, target.id.as_str(), &assign.value) {
            checker.report(
                Rule::ResourceBomb,
                format!("`{}` wrapped in another lazy stage or container on every pass of a loop not known to be short: consumed, hashed or compared, the nesting overflows the C stack and crashes the process", target.id),
                start(assign),
                end(assign),
            );
        }
    }
}

/// Whether `value` wraps the object `name` holds one level deeper: a lazy stage
/// (`map(f, it)`, a generator over it) or a container display holding it (`(t,)`).
fn wraps(checker: &Checker, name: &str, value: &Expr) -> bool {
    let is_target = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == name);
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

/// Whether a fold's function returns its first argument wrapped one level deeper.
fn folds_by_wrapping(checker: &Checker, function: &Expr) -> bool {
    let first = |parameters: Option<&crate::parse::ast::Parameters>| {
        parameters
            .and_then(|p| p.posonlyargs.iter().chain(&p.args).next())
            .map(|p| p.parameter.name.to_string())
    };
    match function {
        Expr::Lambda(lambda) => first(lambda.parameters.as_deref())
            .is_some_and(|accumulator| wraps(checker, &accumulator, &lambda.body)),
        Expr::Name(name) => checker.module_functions(&name.id).any(|def| {
            first(Some(&def.parameters)).is_some_and(|accumulator| {
                def.body.iter().any(|s| {
                    matches!(s, Stmt::Return(r) if r.value.as_deref()
                        .is_some_and(|v| wraps(checker, &accumulator, v)))
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
