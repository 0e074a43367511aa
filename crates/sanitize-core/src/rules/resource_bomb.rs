use crate::checker::Checker;
use crate::parse::ast::{Comprehension, Constant, Expr, ExprCall, Operator, UnaryOp};
use crate::parse::{end, start};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Reports resource bombs visible in the code itself: constant arithmetic whose
    /// result is astronomically large (`9**9**9`, `1 << 10**10`), sequences repeated
    /// to gigabytes (`"a" * 10**10`, `bytearray(10**10)`), ranges of more than a
    /// billion items, nested constant loops of more than 10¹⁰ iterations, and huge
    /// `math.factorial` or array allocations.
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

/// Integers with more digits than this are bombs.
const MAX_INT_DIGITS_LOG10: f64 = 6.0;
/// Sequences longer than 10^8 items are bombs.
const MAX_SEQUENCE_LOG10: f64 = 8.0;
/// Ranges or loop nests of more than 10^9 / 10^10 iterations are bombs.
const MAX_RANGE_LOG10: f64 = 9.0;
const MAX_LOOP_NEST_LOG10: f64 = 10.0;

/// A constant's size: magnitude of a number, or length of a sequence, as log10.
#[derive(Debug, Clone, Copy)]
enum Size {
    Number(f64),
    Sequence(f64),
}

fn log10_of_int(text: &str) -> f64 {
    let digits = text.trim_start_matches('-');
    if digits.chars().all(|c| c == '0') {
        return f64::NEG_INFINITY;
    }
    let head: f64 = digits[..digits.len().min(15)].parse().unwrap_or(1.0);
    head.log10() + digits.len().saturating_sub(15) as f64
}

fn size(expr: &Expr, depth: usize) -> Option<Size> {
    if depth > 64 {
        return None;
    }
    match expr {
        Expr::Constant(c) => match &c.value {
            Constant::Int(i) => Some(Size::Number(log10_of_int(&i.to_string()))),
            Constant::Float(f) => Some(Size::Number(f.abs().log10())),
            Constant::Bool(b) => Some(Size::Number(if *b { 0.0 } else { f64::NEG_INFINITY })),
            Constant::Str(s) => Some(Size::Sequence((s.chars().count() as f64).log10())),
            Constant::Bytes(b) => Some(Size::Sequence((b.len() as f64).log10())),
            _ => None,
        },
        Expr::List(l) => Some(Size::Sequence((l.elts.len() as f64).log10())),
        Expr::Tuple(t) => Some(Size::Sequence((t.elts.len() as f64).log10())),
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert) => {
            size(&u.operand, depth + 1)
        }
        Expr::BinOp(b) => {
            let left = size(&b.left, depth + 1)?;
            let right = size(&b.right, depth + 1)?;
            combine(left, b.op, right)
        }
        _ => None,
    }
}

fn combine(left: Size, op: Operator, right: Size) -> Option<Size> {
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

fn describe(size: Size) -> Option<String> {
    match size {
        Size::Number(l) if l.log10() > MAX_INT_DIGITS_LOG10 => Some(format!(
            "a number with about 10^{} digits",
            fmt_log(l.log10())
        )),
        Size::Sequence(l) if l > MAX_SEQUENCE_LOG10 => {
            Some(format!("a sequence of about 10^{} items", fmt_log(l)))
        }
        _ => None,
    }
}

fn fmt_log(l: f64) -> String {
    if l.is_finite() {
        format!("{}", l.floor() as i64)
    } else {
        "∞".to_string()
    }
}

/// A constant expression whose value is too large to compute.
pub(crate) fn check_binop(checker: &mut Checker, expr: &Expr) {
    if checker.in_bomb {
        return;
    }
    if let Some(what) = size(expr, 0).and_then(describe) {
        checker.report(
            Rule::ResourceBomb,
            format!("constant expression builds {what}"),
            start(expr),
            end(expr),
        );
        checker.in_bomb = true;
    }
}

/// log10 of the number of items of a constant `range(...)` call.
fn range_size(checker: &Checker, expr: &Expr) -> Option<f64> {
    match expr {
        Expr::Call(call) => range_call_size(checker, call),
        _ => None,
    }
}

fn range_call_size(checker: &Checker, call: &ExprCall) -> Option<f64> {
    if checker.builtin_name(&call.func).as_deref() != Some("range") {
        return None;
    }
    let stop = match call.args.len() {
        1 => &call.args[0],
        2 | 3 => &call.args[1],
        _ => return None,
    };
    match size(stop, 0)? {
        Size::Number(l) => Some(l),
        Size::Sequence(_) => None,
    }
}

const ALLOCATORS: &[&str] = &[
    "numpy.zeros",
    "numpy.ones",
    "numpy.empty",
    "numpy.full",
    "numpy.arange",
];
const PADDING_METHODS: &[&str] = &["ljust", "rjust", "center", "zfill", "expandtabs"];

pub(crate) fn check_call(checker: &mut Checker, call: &ExprCall) {
    let first = call.args.first().and_then(|a| size(a, 0));
    let number = |s: Option<Size>| match s {
        Some(Size::Number(l)) => Some(l),
        _ => None,
    };
    let builtin = checker.builtin_name(&call.func);
    let paths = checker.resolve(&call.func);
    let (threshold, what) = match builtin.as_deref() {
        Some("range") => {
            if let Some(l) = range_call_size(checker, call) {
                if l > MAX_RANGE_LOG10 {
                    checker.report(
                        Rule::ResourceBomb,
                        format!("`range` of about 10^{} items", fmt_log(l)),
                        start(call),
                        end(call),
                    );
                }
            }
            return;
        }
        Some(name @ ("bytes" | "bytearray")) => (MAX_SEQUENCE_LOG10, name.to_string()),
        _ if paths.iter().any(|p| p == "math.factorial") => (5.5, "math.factorial".to_string()),
        _ if paths.iter().any(|p| ALLOCATORS.contains(&p.as_str())) => {
            (MAX_SEQUENCE_LOG10, paths[0].clone())
        }
        _ => match call.func.as_ref() {
            Expr::Attribute(a) if PADDING_METHODS.contains(&a.attr.as_str()) => {
                (MAX_SEQUENCE_LOG10, format!(".{}", a.attr))
            }
            _ => return,
        },
    };
    if let Some(l) = number(first).filter(|&l| l > threshold) {
        checker.report(
            Rule::ResourceBomb,
            format!("`{what}` of about 10^{}", fmt_log(l)),
            start(call),
            end(call),
        );
    }
}

/// Enters a `for` loop over a constant range; reports nests past the bound. Returns
/// whether a loop size was pushed (to be popped after the body).
pub(crate) fn enter_for(checker: &mut Checker, iter: &Expr, start: usize, end: usize) -> bool {
    let Some(size) = range_size(checker, iter) else {
        return false;
    };
    checker.loop_sizes.push(size.max(0.0));
    let total: f64 = checker.loop_sizes.iter().sum();
    if checker.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
        checker.report(
            Rule::ResourceBomb,
            format!("nested loops run about 10^{} iterations", fmt_log(total)),
            start,
            end,
        );
    }
    true
}

/// `[… for i in range(N) for j in range(M)]` with N·M past the bound.
pub(crate) fn check_comprehension(checker: &mut Checker, generators: &[Comprehension]) {
    let sizes: Vec<f64> = generators
        .iter()
        .filter_map(|g| range_size(checker, &g.iter))
        .collect();
    let total: f64 =
        sizes.iter().map(|s| s.max(0.0)).sum::<f64>() + checker.loop_sizes.iter().sum::<f64>();
    if sizes.len() + checker.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
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
