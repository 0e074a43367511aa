use crate::checker::Checker;
use crate::names::normalize;
use crate::parse::ast::{Expr, ExprCall, Operator, UnaryOp};
use crate::parse::{end, literal, start, Literal};

use super::{rule_doc, Rule};

mod calls;
mod format_widths;
mod loops;

pub(crate) use calls::check_call;
pub(crate) use format_widths::{
    check_dynamic_width, check_format_widths, check_percent_star, check_spec,
};
pub(crate) use loops::{
    check_comprehension, check_comprehension_wrapping, check_function_wrapping,
    check_reduce_wrapping, check_self_wrapping, enter_for,
};

rule_doc! {
    /// ## What it does
    /// Reports resource bombs visible in the code itself: constant arithmetic whose
    /// result is astronomically large (`9**9**9`, `1 << 10**10`, `pow(9, 9**9)`), also
    /// through names bound once (`n = 10**10` … `"a" * n`); sequences repeated or
    /// allocated to gigabytes (`"a" * 10**10`, `bytearray(10**10)`,
    /// `itertools.repeat(0, 10**10)`); ranges of more than 10⁸ items; nested constant
    /// loops or `itertools.product`/`permutations` of more than 10¹⁰ iterations; values
    /// doubled or squared in a loop until they explode; iterators or tuples nested one
    /// level deeper on every pass of a loop not known to be short (rebound, kept in a
    /// list slot, rewrapped by a method or a fold) and containers stored back into the
    /// slot whose old value they hold (`d.update(k=(d["k"],))`, `x += (x,)`), which
    /// crash CPython's C stack when consumed, hashed or printed; sequences of unknown
    /// length built by a constructor (`array.array(...)`, `list(xs)`) or bound to one
    /// (`xs = [0]` … `xs *= n`) repeated past the bound; huge `math.factorial`, `perm` or `comb`; sizes in `struct` formats and `shake` digest lengths; and sleeps, delays and
    /// timeouts (`Event().wait(10**9)`, `queue.get(timeout=…)`, `sched.enter`) of more than an
    /// hour. Regular expressions that backtrack catastrophically are R003.
    ///
    /// ## Why is this bad?
    /// These exhaust memory or CPU for minutes or forever: a denial of service that
    /// needs no import at all.
    ///
    /// ## Example
    /// ```python
    /// x = 9 ** 9 ** 9
    /// ```
    ResourceBomb
}

/// Integers with more than 10^6 digits are bombs.
pub(super) const MAX_INT_DIGITS_LOG10: f64 = 6.0;
/// Sequences longer than 10^8 items are bombs.
pub(super) const MAX_SEQUENCE_LOG10: f64 = 8.0;
/// Ranges of more than 10^8 items and loop nests of more than 10^10 iterations are.
/// `range(10**8)` already takes gigabytes once materialised.
pub(super) const MAX_RANGE_LOG10: f64 = 7.95;
pub(super) const MAX_LOOP_NEST_LOG10: f64 = 10.0;
/// Sleeping longer than an hour is a hang.
pub(super) const MAX_SLEEP_SECONDS_LOG10: f64 = 3.56;

/// What the rule tracks during the walk.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// log10 of the iteration counts of the enclosing constant `for` loops.
    pub loop_sizes: Vec<f64>,
    /// Inside an expression already reported as a resource bomb.
    pub in_bomb: bool,
}

/// A constant's size: magnitude of a number, or length of a sequence, as log10.
#[derive(Debug, Clone, Copy)]
pub(super) enum Size {
    Number(f64),
    Sequence(f64),
}

/// `log10`/`powf` may differ in the last bit between native libm and wasm's: values
/// within a hair of an integer are that integer, so reports are identical everywhere.
pub(super) fn snap(l: f64) -> f64 {
    let rounded = l.round();
    if (l - rounded).abs() < 1e-9 {
        rounded
    } else {
        l
    }
}

fn snap_size(size: Size) -> Size {
    match size {
        Size::Number(l) => Size::Number(snap(l)),
        Size::Sequence(l) => Size::Sequence(snap(l)),
    }
}

pub(super) fn log10_of_int(text: &str) -> f64 {
    let digits = text.trim_start_matches('-');
    if digits.chars().all(|c| c == '0') {
        return f64::NEG_INFINITY;
    }
    let head: f64 = digits[..digits.len().min(15)].parse().unwrap_or(1.0);
    head.log10() + digits.len().saturating_sub(15) as f64
}

/// Constructors of sequences that `*` repeats.
const SEQUENCE_CONSTRUCTORS: &[&str] = &[
    "list",
    "tuple",
    "str",
    "bytes",
    "bytearray",
    "array.array",
    "collections.deque",
    "collections.UserList",
    "collections.UserString",
];

/// Numeric constructors that keep their argument's magnitude.
const NUMERIC_WRAPPERS: &[&str] = &["fractions.Fraction", "decimal.Decimal"];

pub(super) fn size(checker: &Checker, expr: &Expr, depth: usize) -> Option<Size> {
    if depth > 32 {
        return None;
    }
    raw_size(checker, expr, depth).map(snap_size)
}

fn raw_size(checker: &Checker, expr: &Expr, depth: usize) -> Option<Size> {
    match expr {
        _ if crate::parse::is_literal(expr) => match literal(expr)? {
            Literal::Int(i) => Some(Size::Number(log10_of_int(&i.to_string()))),
            Literal::Float(f) => Some(Size::Number(f.abs().log10())),
            Literal::Bool(b) => Some(Size::Number(if b { 0.0 } else { f64::NEG_INFINITY })),
            Literal::Str(s) => Some(Size::Sequence((s.chars().count() as f64).log10())),
            Literal::Bytes(len) => Some(Size::Sequence((len as f64).log10())),
            _ => None,
        },
        Expr::Name(name) => {
            let value = checker
                .constants
                .get(normalize(&name.id).as_ref())
                .copied()?;
            size(checker, value, depth + 1)
        }
        Expr::List(l) => Some(Size::Sequence((l.elts.len() as f64).log10())),
        Expr::Tuple(t) => Some(Size::Sequence((t.elts.len() as f64).log10())),
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert) => {
            size(checker, &u.operand, depth + 1)
        }
        Expr::BinOp(b) => {
            let left = size(checker, &b.left, depth + 1)?;
            let right = size(checker, &b.right, depth + 1)?;
            combine(left, b.op, right).map(snap_size)
        }
        // `max(10**10, 1)`: the largest (or smallest) of constants.
        Expr::Call(call)
            if call.arguments.args.len() > 1
                && call.arguments.keywords.is_empty()
                && checker
                    .builtin_name(&call.func)
                    .is_some_and(|n| n == "max" || n == "min") =>
        {
            let sizes: Vec<f64> = call
                .arguments
                .args
                .iter()
                .map(|a| number(size(checker, a, depth + 1)))
                .collect::<Option<_>>()?;
            let pick = if checker.builtin_name(&call.func).as_deref() == Some("max") {
                sizes.into_iter().fold(f64::NEG_INFINITY, f64::max)
            } else {
                sizes.into_iter().fold(f64::INFINITY, f64::min)
            };
            Some(Size::Number(pick))
        }
        // `bytes(n)`, `bytearray(n)`: n zero bytes.
        Expr::Call(call)
            if call.arguments.args.len() == 1
                && call.arguments.keywords.is_empty()
                && checker
                    .builtin_name(&call.func)
                    .is_some_and(|n| n == "bytes" || n == "bytearray") =>
        {
            match size(checker, &call.arguments.args[0], depth + 1)? {
                Size::Number(l) => Some(Size::Sequence(l)),
                sequence => Some(sequence),
            }
        }
        // `int("1" + "0" * 10)`: a string of L digits is a number of up to L digits.
        Expr::Call(call)
            if call.arguments.args.len() == 1
                && call.arguments.keywords.is_empty()
                && checker.builtin_name(&call.func).as_deref() == Some("int")
                && matches!(
                    size(checker, &call.arguments.args[0], depth + 1),
                    Some(Size::Sequence(_))
                ) =>
        {
            match size(checker, &call.arguments.args[0], depth + 1)? {
                Size::Sequence(l) => Some(Size::Number(10f64.powf(l.min(300.0)))),
                number => Some(number),
            }
        }
        // `array.array("b", [0])`, `list(xs)`, `deque(...)`: a sequence of unknown length,
        // at least one item as far as repetition goes (`array.array("b", [0]) * 10**10`).
        Expr::Call(call)
            if checker
                .builtin_name(&call.func)
                .is_some_and(|n| SEQUENCE_CONSTRUCTORS.contains(&n.as_str()))
                || checker
                    .resolves_to_any(&call.func, SEQUENCE_CONSTRUCTORS)
                    .is_some() =>
        {
            Some(Size::Sequence(0.0))
        }
        Expr::Call(call)
            if call.arguments.args.len() == 1 && call.arguments.keywords.is_empty() =>
        {
            let numeric = checker
                .builtin_name(&call.func)
                .is_some_and(|n| matches!(n.as_str(), "int" | "float" | "abs" | "round"))
                || checker
                    .resolve(&call.func)
                    .iter()
                    .any(|p| NUMERIC_WRAPPERS.contains(&p.as_str()));
            match size(checker, &call.arguments.args[0], depth + 1)? {
                Size::Number(l) if numeric => Some(Size::Number(l)),
                _ => None,
            }
        }
        _ => None,
    }
}

pub(super) fn combine(left: Size, op: Operator, right: Size) -> Option<Size> {
    use Size::{Number, Sequence};
    let sum_log = |a: f64, b: f64| a.max(b) + std::f64::consts::LOG10_2;
    match (left, op, right) {
        (Number(a), Operator::Pow, Number(b)) => {
            let exponent = 10f64.powf(b);
            Some(Number(if a <= 0.0 { a.min(0.0) } else { a * exponent }))
        }
        (Number(a), Operator::Mult, Number(b)) => Some(Number(a + b)),
        (Sequence(s), Operator::Mult, Number(n)) | (Number(n), Operator::Mult, Sequence(s)) => {
            Some(Sequence(s + n))
        }
        (Number(a), Operator::Add | Operator::Sub, Number(b)) => Some(Number(sum_log(a, b))),
        (Sequence(a), Operator::Add, Sequence(b)) => Some(Sequence(sum_log(a, b))),
        (Number(a), Operator::LShift, Number(b)) => {
            Some(Number(a + 10f64.powf(b) * std::f64::consts::LOG10_2))
        }
        (Number(a), Operator::Div | Operator::FloorDiv | Operator::Mod | Operator::RShift, _) => {
            Some(Number(a))
        }
        _ => None,
    }
}

pub(super) fn describe(size: Size) -> Option<String> {
    match snap_size(size) {
        Size::Number(l) if snap(l.log10()) > MAX_INT_DIGITS_LOG10 => Some(format!(
            "a number with about 10^{} digits",
            fmt_log(snap(l.log10()))
        )),
        Size::Sequence(l) if l > MAX_SEQUENCE_LOG10 => {
            Some(format!("a sequence of about 10^{} items", fmt_log(l)))
        }
        _ => None,
    }
}

pub(super) fn fmt_log(l: f64) -> String {
    if l.is_finite() {
        format!("{}", l.floor() as i64)
    } else {
        "∞".to_string()
    }
}

pub(super) fn number(size: Option<Size>) -> Option<f64> {
    match size {
        Some(Size::Number(l)) => Some(l),
        _ => None,
    }
}

/// `x **= 10**9`, `n <<= 10**10`, `s *= 10**10`: the augmented forms of a bomb. An
/// unknown base is taken as 2 for powers and shifts (any integer past 1 grows so).
pub(crate) fn check_augassign(checker: &mut Checker, stmt: &crate::parse::ast::StmtAugAssign) {
    if !matches!(stmt.op, Operator::Pow | Operator::LShift | Operator::Mult) {
        return;
    }
    let Some(right) = size(checker, &stmt.value, 0) else {
        return;
    };
    // An unknown value multiplied in place by an integer is taken as a sequence: `xs = [0]`
    // … `xs *= 10**10` (the augmented form rebinds `xs`, so its value is never known).
    let left = size(checker, &stmt.target, 0).or(match stmt.op {
        Operator::Pow | Operator::LShift => Some(Size::Number(std::f64::consts::LOG10_2)),
        Operator::Mult
            if matches!(literal_int(checker, &stmt.value), Some(true))
                && bound_to_sequence(checker, &stmt.target) =>
        {
            Some(Size::Sequence(0.0))
        }
        _ => None,
    });
    if let Some(what) = left
        .and_then(|l| combine(l, stmt.op, right))
        .and_then(describe)
    {
        checker.report(
            Rule::ResourceBomb,
            format!("augmented assignment builds {what}"),
            start(stmt),
            end(stmt),
        );
    }
}

/// Whether some assignment binds the name `target` to a sequence (`xs = [0]`, `buf =
/// bytearray(b"x")`): then `xs *= n` repeats it.
fn bound_to_sequence(checker: &Checker, target: &Expr) -> bool {
    use crate::visitor::Visitor;
    struct Bindings<'c, 'p> {
        checker: &'c Checker<'p>,
        name: &'c str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Bindings<'_, '_> {
        fn visit_stmt(&mut self, stmt: &'a crate::parse::ast::Stmt) {
            use crate::parse::ast::Stmt;
            let (targets, value): (&[Expr], Option<&Expr>) = match stmt {
                Stmt::Assign(a) => (&a.targets, Some(&a.value)),
                Stmt::AnnAssign(a) => (std::slice::from_ref(&*a.target), a.value.as_deref()),
                _ => (&[], None),
            };
            let named = targets
                .iter()
                .any(|t| matches!(t, Expr::Name(n) if normalize(&n.id) == self.name));
            if named
                && value.is_some_and(|v| {
                    matches!(size(self.checker, v, 0), Some(Size::Sequence(_)))
                        || matches!(v, Expr::ListComp(_) | Expr::FString(_))
                })
            {
                self.found = true;
            }
            crate::visitor::walk_stmt(self, stmt);
        }
    }
    let Expr::Name(name) = target else {
        return false;
    };
    let name = normalize(&name.id);
    let mut bindings = Bindings {
        checker,
        name: &name,
        found: false,
    };
    bindings.visit_body(checker.body);
    bindings.found
}

/// Whether `value` is an integer constant (`10**10`, `n` bound once to one): floats
/// cannot repeat a sequence.
fn literal_int(checker: &Checker, value: &Expr) -> Option<bool> {
    match value {
        _ if crate::parse::is_literal(value) => Some(matches!(literal(value)?, Literal::Int(_))),
        Expr::Name(name) => {
            let value = checker
                .constants
                .get(normalize(&name.id).as_ref())
                .copied()?;
            literal_int(checker, value)
        }
        Expr::BinOp(b) => Some(literal_int(checker, &b.left)? && literal_int(checker, &b.right)?),
        Expr::UnaryOp(u) => literal_int(checker, &u.operand),
        _ => None,
    }
}

/// `getcontext().prec = 10**6`, `Context(prec=10**6)`: `decimal` then computes a
/// million digits per operation.
pub(crate) fn check_decimal_precision(checker: &mut Checker, value: &Expr, at: (usize, usize)) {
    if let Some(l) = number(size(checker, value, 0)).filter(|&l| l > 5.0) {
        checker.report(
            Rule::ResourceBomb,
            format!("decimal precision of about 10^{} digits", fmt_log(l)),
            at.0,
            at.1,
        );
    }
}

/// A constant expression whose value is too large to compute.
pub(crate) fn check_binop(checker: &mut Checker, expr: &Expr) {
    if checker.resource.in_bomb {
        return;
    }
    if let Some(what) = size(checker, expr, 0).and_then(describe) {
        checker.report(
            Rule::ResourceBomb,
            format!("constant expression builds {what}"),
            start(expr),
            end(expr),
        );
        checker.resource.in_bomb = true;
    }
}

/// log10 of how many items an iterable yields, when it is constant.
pub(super) fn iteration_size(checker: &Checker, expr: &Expr) -> Option<f64> {
    match expr {
        Expr::Call(call) => range_call_size(checker, call).or_else(|| product_size(checker, call)),
        Expr::List(_)
        | Expr::Tuple(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::Name(_) => match size(checker, expr, 0)? {
            Size::Sequence(l) => Some(l),
            Size::Number(_) => None,
        },
        _ => None,
    }
}

pub(super) fn operator_dunder(name: &str) -> Option<Operator> {
    Some(match name {
        "__mul__" | "__rmul__" | "__imul__" => Operator::Mult,
        "__pow__" | "__ipow__" => Operator::Pow,
        "__lshift__" | "__ilshift__" => Operator::LShift,
        "__add__" | "__iadd__" => Operator::Add,
        _ => return None,
    })
}

pub(super) fn range_call_size(checker: &Checker, call: &ExprCall) -> Option<f64> {
    if checker.builtin_name(&call.func).as_deref() != Some("range") {
        return None;
    }
    let stop = match call.arguments.args.len() {
        1 => &call.arguments.args[0],
        2 | 3 => &call.arguments.args[1],
        _ => return None,
    };
    number(size(checker, stop, 0))
}

/// `itertools.product(a, b, repeat=n)` and `itertools.permutations(seq)`.
pub(super) fn product_size(checker: &Checker, call: &ExprCall) -> Option<f64> {
    let paths = checker.resolve(&call.func);
    if paths.iter().any(|p| p == "itertools.product") {
        let repeat = crate::parse::keyword(call, "repeat")
            .and_then(|v| number(size(checker, v, 0)))
            .map_or(1.0, |l| 10f64.powf(l));
        let per_round: f64 = call
            .arguments
            .args
            .iter()
            .map(|a| iteration_size(checker, a))
            .sum::<Option<f64>>()?;
        return Some(snap(per_round * repeat));
    }
    if paths.iter().any(|p| p == "itertools.permutations") {
        let n = 10f64
            .powf(iteration_size(checker, call.arguments.args.first()?)?)
            .min(1e7) as u64;
        // log10(n!) without computing n!.
        return Some(snap((1..=n).map(|k| (k as f64).log10()).sum()));
    }
    None
}
