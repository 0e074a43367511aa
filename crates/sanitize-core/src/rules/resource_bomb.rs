use crate::checker::Checker;
use crate::names::normalize;
use crate::parse::ast::{Comprehension, Expr, ExprCall, Operator, Stmt, UnaryOp};
use crate::parse::{end, literal, start, str_literal, Literal};
use crate::report::{Finding, Severity};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Reports resource bombs visible in the code itself: constant arithmetic whose
    /// result is astronomically large (`9**9**9`, `1 << 10**10`, `pow(9, 9**9)`), also
    /// through names bound once (`n = 10**10` … `"a" * n`); sequences repeated or
    /// allocated to gigabytes (`"a" * 10**10`, `bytearray(10**10)`,
    /// `itertools.repeat(0, 10**10)`); ranges of more than 10⁸ items; nested constant
    /// loops or `itertools.product`/`permutations` of more than 10¹⁰ iterations; values
    /// doubled or squared in a loop until they explode; huge `math.factorial`, `perm`
    /// or `comb`; sleeps of more than an hour; and regular expressions with nested
    /// quantifiers (`(a+)+`) that backtrack catastrophically.
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
const MAX_INT_DIGITS_LOG10: f64 = 6.0;
/// Sequences longer than 10^8 items are bombs.
const MAX_SEQUENCE_LOG10: f64 = 8.0;
/// Ranges of more than 10^8 items and loop nests of more than 10^10 iterations are.
/// `range(10**8)` already takes gigabytes once materialised.
const MAX_RANGE_LOG10: f64 = 7.95;
const MAX_LOOP_NEST_LOG10: f64 = 10.0;
/// Sleeping longer than an hour is a hang.
const MAX_SLEEP_SECONDS_LOG10: f64 = 3.56;

/// A constant's size: magnitude of a number, or length of a sequence, as log10.
#[derive(Debug, Clone, Copy)]
enum Size {
    Number(f64),
    Sequence(f64),
}

/// `log10`/`powf` may differ in the last bit between native libm and wasm's: values
/// within a hair of an integer are that integer, so reports are identical everywhere.
fn snap(l: f64) -> f64 {
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

fn log10_of_int(text: &str) -> f64 {
    let digits = text.trim_start_matches('-');
    if digits.chars().all(|c| c == '0') {
        return f64::NEG_INFINITY;
    }
    let head: f64 = digits[..digits.len().min(15)].parse().unwrap_or(1.0);
    head.log10() + digits.len().saturating_sub(15) as f64
}

/// Numeric constructors that keep their argument's magnitude.
const NUMERIC_WRAPPERS: &[&str] = &["fractions.Fraction", "decimal.Decimal"];

fn size(checker: &Checker, expr: &Expr, depth: usize) -> Option<Size> {
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
            let value = checker.constants.get(normalize(&name.id).as_ref())?;
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

fn fmt_log(l: f64) -> String {
    if l.is_finite() {
        format!("{}", l.floor() as i64)
    } else {
        "∞".to_string()
    }
}

fn number(size: Option<Size>) -> Option<f64> {
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
    let left = size(checker, &stmt.target, 0).or(match stmt.op {
        Operator::Pow | Operator::LShift => Some(Size::Number(std::f64::consts::LOG10_2)),
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

/// Widths and precisions given by value: `f"{x:>{10**10}}"`, `"%*d" % (10**10, 1)`.
pub(crate) fn check_dynamic_width(checker: &mut Checker, width: &Expr, at: (usize, usize)) {
    if let Some(l) = number(size(checker, width, 0)).filter(|&l| l > MAX_SEQUENCE_LOG10) {
        checker.report(
            Rule::ResourceBomb,
            format!(
                "format width or precision of about 10^{} characters",
                fmt_log(l)
            ),
            at.0,
            at.1,
        );
    }
}

/// `"%*d" % (n, v)`: the first `*` takes its width from the tuple.
pub(crate) fn check_percent_star(checker: &mut Checker, expr: &Expr) {
    let Expr::BinOp(b) = expr else { return };
    if b.op != Operator::Mod {
        return;
    }
    let (Some(template), Expr::Tuple(t)) = (str_literal(&b.left), b.right.as_ref()) else {
        return;
    };
    if template.contains("%*") || template.contains("%.*") || template.contains("%-*") {
        if let Some(width) = t.elts.first() {
            check_dynamic_width(checker, width, (start(expr), end(expr)));
        }
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
    if checker.in_bomb {
        return;
    }
    if let Some(what) = size(checker, expr, 0).and_then(describe) {
        checker.report(
            Rule::ResourceBomb,
            format!("constant expression builds {what}"),
            start(expr),
            end(expr),
        );
        checker.in_bomb = true;
    }
}

/// log10 of how many items an iterable yields, when it is constant.
fn iteration_size(checker: &Checker, expr: &Expr) -> Option<f64> {
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

fn range_call_size(checker: &Checker, call: &ExprCall) -> Option<f64> {
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
fn product_size(checker: &Checker, call: &ExprCall) -> Option<f64> {
    let paths = checker.resolve(&call.func);
    if paths.iter().any(|p| p == "itertools.product") {
        let repeat = call
            .arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_deref() == Some("repeat"))
            .and_then(|k| number(size(checker, &k.value, 0)))
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

/// One-shot decompressors: an embedded payload may expand a thousandfold or more.
const DECOMPRESSORS: &[&str] = &[
    "zlib.decompress",
    "bz2.decompress",
    "lzma.decompress",
    "gzip.decompress",
];

/// Decompressing data written into the code (`bz2.decompress(ASSET * 100)`,
/// `zlib.decompress(base64.b64decode(BLOB))`): a compressed constant is how a
/// decompression bomb ships; its output size cannot be bounded from the code.
fn check_decompression(checker: &mut Checker, call: &ExprCall, path: &str) {
    fn embedded(checker: &Checker, expr: &Expr, depth: usize) -> bool {
        if depth > 8 {
            return false;
        }
        match expr {
            Expr::BytesLiteral(_) | Expr::StringLiteral(_) => true,
            Expr::Name(n) => checker
                .constants
                .get(normalize(&n.id).as_ref())
                .is_some_and(|v| embedded(checker, v, depth + 1)),
            Expr::BinOp(b) => {
                embedded(checker, &b.left, depth + 1) || embedded(checker, &b.right, depth + 1)
            }
            // `b64decode(BLOB)`, `bytes.fromhex(HEX)`: still the constant (but
            // `compress(b"data")` made here is not a payload).
            Expr::Call(c) => {
                let decoder = match c.func.as_ref() {
                    Expr::Attribute(a) => a.attr.as_str(),
                    Expr::Name(n) => n.id.as_str(),
                    _ => "",
                };
                (decoder.ends_with("decode")
                    || decoder.starts_with("a2b_")
                    || matches!(decoder, "fromhex" | "unhexlify" | "bytes" | "bytearray"))
                    && c.arguments
                        .args
                        .first()
                        .is_some_and(|a| embedded(checker, a, depth + 1))
            }
            _ => false,
        }
    }
    if call
        .arguments
        .args
        .first()
        .is_some_and(|a| embedded(checker, a, 0))
    {
        checker.report(
            Rule::ResourceBomb,
            format!("`{path}` of data embedded in the code: a decompression bomb's output cannot be bounded"),
            start(call),
            end(call),
        );
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
/// Calls whose first argument is a number of seconds to wait.
const SLEEPS: &[&str] = &["time.sleep", "asyncio.sleep", "threading.Timer"];
const REGEX_FUNCTIONS: &[&str] = &[
    "re.compile",
    "re.match",
    "re.search",
    "re.fullmatch",
    "re.findall",
    "re.finditer",
    "re.sub",
    "re.subn",
    "re.split",
];

pub(crate) fn check_call(checker: &mut Checker, call: &ExprCall) {
    let arg = |i: usize| call.arguments.args.get(i).and_then(|a| size(checker, a, 0));
    let builtin = checker.builtin_name(&call.func);
    let paths = checker.resolve(&call.func);
    let has = |list: &[&str]| paths.iter().find(|p| list.contains(&p.as_str())).cloned();
    let (what, magnitude, threshold) = match builtin.as_deref() {
        Some("range") => (
            "`range` of".to_string(),
            range_call_size(checker, call),
            MAX_RANGE_LOG10,
        ),
        Some(name @ ("bytes" | "bytearray")) => {
            (format!("`{name}` of"), number(arg(0)), MAX_SEQUENCE_LOG10)
        }
        Some("format") if call.arguments.args.len() == 2 => {
            if let Some(spec) = str_literal(&call.arguments.args[1]) {
                check_spec(checker, spec, start(call), end(call));
            }
            return;
        }
        Some("pow") if call.arguments.args.len() == 2 => {
            if let Some(what) = arg(0)
                .zip(arg(1))
                .and_then(|(a, b)| combine(a, Operator::Pow, b))
                .and_then(describe)
            {
                checker.report(
                    Rule::ResourceBomb,
                    format!("`pow` builds {what}"),
                    start(call),
                    end(call),
                );
            }
            return;
        }
        _ => {
            if let Some(path) = has(&["math.factorial", "math.perm"]) {
                (format!("`{path}` of"), number(arg(0)), 5.5)
            } else if let Some(path) = has(&["math.comb"]) {
                // C(n, k) has about k·log10(n) digits: small k stays small.
                let k = number(arg(1)).map_or(f64::INFINITY, |k| 10f64.powf(k));
                let digits =
                    number(arg(0)).map(|n| if k < 100.0 { (k * n).log10() + 1.0 } else { n });
                (format!("`{path}` of"), digits, 5.5)
            } else if let Some(path) = has(&["math.prod"]) {
                (
                    format!("`{path}` of"),
                    call.arguments
                        .args
                        .first()
                        .and_then(|a| iteration_size(checker, a)),
                    5.5,
                )
            } else if let Some(path) = has(&["hashlib.scrypt"]) {
                // The work is n·r·p rounds of the memory-hard mix.
                let parameter = |name: &str| {
                    call.arguments
                        .keywords
                        .iter()
                        .find(|k| k.arg.as_deref() == Some(name))
                        .and_then(|k| number(size(checker, &k.value, 0)))
                };
                let work = parameter("n")
                    .zip(parameter("r"))
                    .map(|(n, r)| n + r + parameter("p").unwrap_or(0.0));
                (format!("`{path}` with"), work, 7.0)
            } else if has(&["decimal.Context", "decimal.localcontext"]).is_some() {
                if let Some(prec) = call
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_deref() == Some("prec"))
                {
                    check_decimal_precision(checker, &prec.value, (start(call), end(call)));
                }
                return;
            } else if let Some(path) = has(DECOMPRESSORS) {
                check_decompression(checker, call, &path);
                return;
            } else if let Some(path) = has(ALLOCATORS) {
                (format!("`{path}` of"), number(arg(0)), MAX_SEQUENCE_LOG10)
            } else if has(&["itertools.repeat"]).is_some() && call.arguments.args.len() == 2 {
                (
                    "`itertools.repeat` of".to_string(),
                    number(arg(1)),
                    MAX_SEQUENCE_LOG10,
                )
            } else if let Some(path) = has(&["itertools.product", "itertools.permutations"]) {
                (
                    format!("`{path}` yields"),
                    product_size(checker, call),
                    MAX_LOOP_NEST_LOG10,
                )
            } else if let Some(path) = has(&[
                "operator.pow",
                "operator.mul",
                "operator.lshift",
                "operator.ipow",
                "operator.imul",
            ]) {
                let op = if path.ends_with("pow") {
                    Operator::Pow
                } else if path.ends_with("mul") {
                    Operator::Mult
                } else {
                    Operator::LShift
                };
                if let Some(what) = arg(0)
                    .zip(arg(1))
                    .and_then(|(a, b)| combine(a, op, b))
                    .and_then(describe)
                {
                    checker.report(
                        Rule::ResourceBomb,
                        format!("`{path}` builds {what}"),
                        start(call),
                        end(call),
                    );
                }
                return;
            } else if let Some(path) = has(&["hashlib.pbkdf2_hmac"]) {
                let rounds = call
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_deref() == Some("iterations"))
                    .and_then(|k| number(size(checker, &k.value, 0)))
                    .or_else(|| number(arg(3)));
                (format!("`{path}` with"), rounds, MAX_SEQUENCE_LOG10)
            } else if let Some(path) = has(&[
                "random.randbytes",
                "secrets.token_bytes",
                "secrets.token_hex",
                "secrets.token_urlsafe",
            ]) {
                (format!("`{path}` of"), number(arg(0)), MAX_SEQUENCE_LOG10)
            } else if let Some(path) = has(&[
                "itertools.combinations",
                "itertools.combinations_with_replacement",
            ]) {
                (
                    format!("`{path}` yields"),
                    combinations_size(checker, call),
                    MAX_LOOP_NEST_LOG10,
                )
            } else if let Some(path) = has(SLEEPS) {
                // Inside constant loops, the waits add up.
                let loops: f64 = checker.loop_sizes.iter().sum();
                if let Some(l) = number(arg(0))
                    .map(|l| l + loops)
                    .filter(|&l| l > MAX_SLEEP_SECONDS_LOG10)
                {
                    checker.push(
                        Finding::new(
                            Rule::ResourceBomb,
                            format!("`{path}` waits about 10^{} seconds in all", fmt_log(l)),
                            start(call),
                            end(call),
                        )
                        .with_severity(Severity::Medium),
                    );
                }
                return;
            } else if has(REGEX_FUNCTIONS).is_some() {
                check_regex(checker, call);
                return;
            } else {
                match call.func.as_ref() {
                    Expr::Attribute(a) if PADDING_METHODS.contains(&a.attr.as_str()) => {
                        // `str.ljust("", n)`: the unbound method takes the string first.
                        let unbound = matches!(a.value.as_ref(), Expr::Name(n)
                            if matches!(n.id.as_str(), "str" | "bytes" | "bytearray"));
                        (
                            format!("`.{}` to", a.attr),
                            number(arg(usize::from(unbound))),
                            MAX_SEQUENCE_LOG10,
                        )
                    }
                    Expr::Attribute(a) if a.attr.as_str() == "to_bytes" => {
                        let length = call
                            .arguments
                            .keywords
                            .iter()
                            .find(|k| k.arg.as_deref() == Some("length"))
                            .and_then(|k| number(size(checker, &k.value, 0)))
                            .or_else(|| number(arg(0)));
                        ("`.to_bytes` of".to_string(), length, MAX_SEQUENCE_LOG10)
                    }
                    // `"a".__mul__(10**10)` is `"a" * 10**10`.
                    Expr::Attribute(a) => {
                        let Some(op) = operator_dunder(&a.attr) else {
                            return;
                        };
                        let built = size(checker, &a.value, 0)
                            .zip(arg(0))
                            .and_then(|(l, r)| combine(l, op, r));
                        if let Some(what) = built.and_then(describe) {
                            checker.report(
                                Rule::ResourceBomb,
                                format!("`.{}` builds {what}", a.attr),
                                start(call),
                                end(call),
                            );
                        }
                        return;
                    }
                    _ => return,
                }
            }
        }
    };
    if let Some(l) = magnitude.filter(|&l| l > threshold) {
        checker.report(
            Rule::ResourceBomb,
            format!("{what} about 10^{} items", fmt_log(l)),
            start(call),
            end(call),
        );
    }
}

/// log10 of C(n, r) for `itertools.combinations(seq, r)`.
fn combinations_size(checker: &Checker, call: &ExprCall) -> Option<f64> {
    let n = 10f64
        .powf(iteration_size(checker, call.arguments.args.first()?)?)
        .round()
        .min(1e7) as u64;
    let r = 10f64
        .powf(number(size(checker, call.arguments.args.get(1)?, 0))?)
        .round()
        .min(n as f64) as u64;
    let r = r.min(n - r);
    Some(snap(
        (0..r)
            .map(|i| ((n - i) as f64).log10() - ((i + 1) as f64).log10())
            .sum(),
    ))
}

/// Format widths of more than 10^8 characters: `"{:>10000000000}"`, `"%10000000000d"`.
pub(crate) fn check_format_widths(checker: &mut Checker, text: &str, start: usize, end: usize) {
    // A replacement field's name is a number or a name with `.attr`/`[key]` parts; JSON
    // (`{"id": 1234567890}`) is not a format field.
    let field_name = |name: &str| {
        name.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'[' | b']'))
    };
    for (i, b) in text.bytes().enumerate() {
        let in_field = b == b':'
            && text[..i]
                .rfind('{')
                .is_some_and(|open| !text[open..i].contains('}') && field_name(&text[open + 1..i]));
        let printf = b == b'%' && printf_conversion(&text[i + 1..]);
        if (in_field || printf) && spec_width_digits(&text[i + 1..]) > 8 {
            check_spec(checker, &text[i + 1..], start, end);
            return;
        }
    }
}

/// Whether `%` starts a printf conversion: flags, width, precision, then a conversion
/// letter (`%10000000000d`), not text like `LIKE '%5551234567%'`.
fn printf_conversion(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| "#0- +".contains(c));
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = match rest.strip_prefix('.') {
        Some(after) => after.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    };
    let rest = rest.trim_start_matches(['h', 'l', 'L']);
    rest.chars()
        .next()
        .is_some_and(|c| "diouxXeEfFgGcrsab".contains(c))
}

fn operator_dunder(name: &str) -> Option<Operator> {
    Some(match name {
        "__mul__" | "__rmul__" | "__imul__" => Operator::Mult,
        "__pow__" | "__ipow__" => Operator::Pow,
        "__lshift__" | "__ilshift__" => Operator::LShift,
        "__add__" | "__iadd__" => Operator::Add,
        _ => return None,
    })
}

/// A literal pattern with a quantified group that itself holds a quantifier
/// (`(a+)+`, `(\w*)*`, `(x|y+){2,}`): exponential backtracking on a near match.
fn check_regex(checker: &mut Checker, call: &ExprCall) {
    // `PATTERN = r"(a+)+$"` then `re.match(PATTERN, s)`: the constant is the pattern.
    let first = match call.arguments.args.first() {
        Some(Expr::Name(n)) => checker.constants.get(normalize(&n.id).as_ref()),
        other => other,
    };
    let Some(c) = first else {
        return;
    };
    let Some(pattern) = str_literal(c) else {
        return;
    };
    if nested_quantifier(pattern) {
        checker.push(
            Finding::new(
                Rule::ResourceBomb,
                "regular expression with a nested quantifier backtracks exponentially (ReDoS)",
                start(c),
                end(c),
            )
            .with_severity(Severity::Medium),
        );
    }
}

/// `{2,}`, `{1,5}` vary; a fixed `{25}` of something that itself varies multiplies the
/// ways to match just as badly.
fn variable_repeat(from_brace: &str) -> bool {
    from_brace.split('}').next().is_some_and(|q| {
        q.contains(',')
            || q.trim_start_matches('{')
                .parse::<u32>()
                .is_ok_and(|n| n >= 10)
    })
}

/// `(a|a)*`, `(a|ab)+`, `(.|x)*`: alternatives that can start the same way.
fn overlapping_alternatives(content: &str) -> bool {
    let branches = top_level_branches(content);
    if branches.len() < 2 {
        return false;
    }
    let first = |b: &str| b.chars().next();
    let wild = |b: &str| matches!(first(b), Some('.' | '[' | '\\' | '(') | None);
    branches.iter().any(|b| wild(b))
        || branches
            .iter()
            .enumerate()
            .any(|(i, a)| branches[i + 1..].iter().any(|b| first(a) == first(b)))
}

/// The alternatives of a group's content at its own level (`a|(b|c)|d` → three).
fn top_level_branches(content: &str) -> Vec<&str> {
    let mut branches = Vec::new();
    let (mut depth, mut start, mut escaped, mut in_class) = (0usize, 0usize, false, false);
    for (i, c) in content.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            _ if in_class => {}
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                branches.push(&content[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    branches.push(&content[start..]);
    branches
}

/// How many digits the width of a format spec has (`>10000000000` → 11).
pub(crate) fn spec_width_digits(spec: &str) -> usize {
    let mut rest = spec;
    if rest.chars().nth(1).is_some_and(|c| "<>^=".contains(c)) {
        rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    }
    let rest = rest.trim_start_matches(|c: char| "<>^=+- #0".contains(c));
    rest.bytes().take_while(u8::is_ascii_digit).count()
}

/// A format spec (`f"{x:>10000000000}"`, `format(x, spec)`) padding to gigabytes.
pub(crate) fn check_spec(checker: &mut Checker, spec: &str, start: usize, end: usize) {
    let digits = spec_width_digits(spec);
    if digits > 8 {
        checker.push(
            Finding::new(
                Rule::ResourceBomb,
                format!("format width of {digits} digits pads to gigabytes"),
                start,
                end,
            )
            .with_severity(Severity::Medium),
        );
    }
}

/// A group whose every repetition starts with a literal that cannot be quantified away
/// (`(?:\.[a-z]+)*`): each repetition is anchored, so there is one way to match.
fn separator_led(content: &str) -> bool {
    let mut rest = content;
    if let Some(after) = rest.strip_prefix('?') {
        if let Some(after_colon) = after.strip_prefix(':') {
            rest = after_colon;
        } else if after.starts_with("P<")
            || (after.starts_with('<') && !after.starts_with("<=") && !after.starts_with("<!"))
        {
            rest = after.split_once('>').map_or("", |(_, r)| r);
        } else {
            return false;
        }
    }
    if top_level_alternation(rest) {
        return false;
    }
    let mut chars = rest.chars();
    let atom_len = match chars.next() {
        Some('\\') => match chars.next() {
            Some(c) if "wWdDsSbBAZ".contains(c) || c.is_ascii_digit() => return false,
            Some(c) => 1 + c.len_utf8(),
            None => return false,
        },
        Some(c) if "([.^$|".contains(c) => return false,
        Some(c) => c.len_utf8(),
        None => return false,
    };
    !rest[atom_len..].starts_with(['+', '*', '?', '{'])
}

fn top_level_alternation(content: &str) -> bool {
    top_level_branches(content).len() > 1
}

/// A group every repetition of which holds one mandatory literal that nothing else in
/// the group can match (`([\w-]+\.)+`, `(\d+\.)*`, `(?:\s*,\s*\w+)*`): the literal
/// delimits the repetitions, so there is one way to split the input.
fn delimited(content: &str) -> bool {
    let body = content
        .strip_prefix("?:")
        .or_else(|| {
            content
                .strip_prefix("?P<")
                .and_then(|r| r.split_once('>').map(|(_, r)| r))
        })
        .unwrap_or(content);
    if body.starts_with('?') || top_level_alternation(body) {
        return false;
    }
    // Parse flat atoms: (literal char or None for a class/escape class), quantified?
    let bytes = body.as_bytes();
    let mut atoms: Vec<(Option<u8>, &str)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (literal, len) = match bytes[i] {
            b'\\' if i + 1 < bytes.len() => {
                let c = bytes[i + 1];
                if !c.is_ascii() {
                    return false;
                }
                if c.is_ascii_alphanumeric() {
                    (None, 2)
                } else {
                    (Some(c), 2)
                }
            }
            b'[' => match body[i + 1..].find(']') {
                Some(close) => (None, close + 2),
                None => return false,
            },
            // Nested groups, anchors and wildcards: not this simple shape.
            b'(' | b')' | b'.' | b'^' | b'$' | b'|' => return false,
            c if c.is_ascii() => (Some(c), 1),
            _ => return false,
        };
        let text = &body[i..i + len];
        i += len;
        let quantified = matches!(bytes.get(i), Some(b'+' | b'*' | b'?' | b'{'));
        if quantified {
            // Skip the quantifier (and a lazy/possessive mark).
            if bytes[i] == b'{' {
                match body[i..].find('}') {
                    Some(close) => i += close + 1,
                    None => return false,
                }
            } else {
                i += 1;
            }
            if matches!(bytes.get(i), Some(b'?' | b'+')) {
                i += 1;
            }
            atoms.push((None, text));
        } else {
            atoms.push((literal, text));
        }
    }
    // Whether a class or escape class could match the literal `c`.
    let may_match = |class: &str, c: u8| -> bool {
        let c = c as char;
        let escape = |e: char| match e {
            'w' => c.is_ascii_alphanumeric() || c == '_',
            'd' => c.is_ascii_digit(),
            's' => c.is_ascii_whitespace(),
            'W' | 'D' | 'S' => true,
            _ => true,
        };
        if let Some(e) = class.strip_prefix('\\') {
            return e.chars().next().is_some_and(escape);
        }
        let inner = class.trim_start_matches('[').trim_end_matches(']');
        if inner.starts_with('^') {
            return true;
        }
        let mut chars = inner.chars().peekable();
        while let Some(x) = chars.next() {
            if x == '\\' {
                match chars.next() {
                    Some(e) if e.is_ascii_alphanumeric() && escape(e) => return true,
                    Some(e) if !e.is_ascii_alphanumeric() && e == c => return true,
                    _ => {}
                }
            } else if chars.peek() == Some(&'-') {
                chars.next();
                match chars.next() {
                    Some(hi) if x <= c && c <= hi => return true,
                    None if x == c || c == '-' => return true,
                    _ => {}
                }
            } else if x == c {
                return true;
            }
        }
        false
    };
    atoms.iter().any(|&(literal, _)| {
        let Some(c) = literal else { return false };
        atoms.iter().all(|&(other, text)| match other {
            Some(_) => true,
            None => !may_match(text, c),
        })
    })
}

fn nested_quantifier(pattern: &str) -> bool {
    // For each open group: whether a quantifier appeared inside it, and where it starts.
    let mut groups: Vec<(bool, usize)> = Vec::new();
    // Open groups holding an optional element (`a?`): `(a?){40}` has 2^40 ways to match.
    let mut optional: Vec<bool> = Vec::new();
    let bytes = pattern.as_bytes();
    let mut i = 0;
    let mut in_class = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            _ if in_class => {}
            b'(' => {
                groups.push((false, i + 1));
                optional.push(false);
            }
            // `?` after `(` opens `(?:`, `(?P<..>`; after a quantifier it makes it lazy.
            b'?' if i > 0 && !matches!(bytes[i - 1], b'(' | b'+' | b'*' | b'}' | b'?') => {
                if let Some(flag) = optional.last_mut() {
                    *flag = true;
                }
            }
            b'+' | b'*' => {
                if let Some((inner, _)) = groups.last_mut() {
                    *inner = true;
                }
            }
            // `{2}` repeats a fixed number of times; `{2,}` and `{1,5}` vary.
            b'{' if variable_repeat(&pattern[i..]) => {
                if let Some((inner, _)) = groups.last_mut() {
                    *inner = true;
                }
            }
            b')' => {
                let (inner, content_start) = groups.pop().unwrap_or((false, i));
                let has_optional = optional.pop().unwrap_or(false);
                let anchored = separator_led(&pattern[content_start.min(i)..i])
                    || delimited(&pattern[content_start.min(i)..i]);
                let quantified = matches!(bytes.get(i + 1), Some(b'+' | b'*'))
                    || (bytes.get(i + 1) == Some(&b'{') && variable_repeat(&pattern[i + 1..]));
                let content = &pattern[content_start.min(i)..i];
                if quantified && ((inner && !anchored) || overlapping_alternatives(content)) {
                    return true;
                }
                let long_repeat =
                    bytes.get(i + 1) == Some(&b'{') && variable_repeat(&pattern[i + 1..]);
                if long_repeat && has_optional && !anchored {
                    return true;
                }
                if let Some((outer, _)) = groups.last_mut() {
                    *outer |= inner;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

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
    let Some(size) = iteration_size(checker, iter) else {
        return false;
    };
    let size = size.max(0.0);
    checker.loop_sizes.push(size);
    let total: f64 = checker.loop_sizes.iter().sum();
    if checker.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
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

#[cfg(test)]
mod tests {
    use super::nested_quantifier;

    #[test]
    fn nested_quantifiers_are_found() {
        for bad in [
            "(a+)+$",
            r"^(\w+\s?)*$",
            "(x*)*",
            "((ab)+c)+",
            "(a|a+){2,}",
            r"(\.a+|b+)*",
            r"(?:\w+\.?)+",
            "(a|a)*b",
            "(a|ab)+$",
            "(.*a){25}",
            "(a?){40}a{40}",
            r"([\w.]+\.)+x",
            r"(\w+,?)+$",
            r"([^,]+,)*z",
        ] {
            assert!(nested_quantifier(bad), "{bad}");
        }
        for fine in [
            r"^\d+$",
            "(ab)+",
            r"[(+)]+",
            r"\(a+\)+",
            "(a+)",
            "(a{2})+",
            r"^[\w.+-]+@[\w-]+\.[\w.]+$",
            r"^[a-z0-9]+(?:\.[a-z0-9]+)*@[a-z]+(?:-[a-z]+)*$",
            r"(?P<part>,\d+)*",
            "(cat|dog)+",
            "(a{3})+",
            r"(\d{4})-(\d{2})",
            r"(https?://)?example\.com",
            r"(\d{3}-?){3}",
            r"(?:ab)?{12}",
            r"^[\w.+-]+@([\w-]+\.)+[A-Za-z]{2,}$",
            r"(\d+\.)*\d+",
            r"^\w+(?:\s*,\s*\w+)*$",
        ] {
            assert!(!nested_quantifier(fine), "{fine}");
        }
    }
}
