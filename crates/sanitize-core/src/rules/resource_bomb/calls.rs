//! Calls that allocate, compute or wait, each with its named threshold.

use crate::checker::Checker;
use crate::names::normalize;
use crate::parse::ast::{Expr, ExprCall, Operator};
use crate::parse::{end, keyword, start, str_literal};
use crate::report::{Finding, Severity};
use crate::rules::Rule;

use super::*;

/// `math.factorial`, `perm`, `comb`, `prod`: results with more than ~3·10^5 digits take
/// minutes (the argument's log10 past 5.5).
const MAX_COMBINATORIAL_LOG10: f64 = 5.5;
/// `hashlib.scrypt`: more than 10^7 rounds of its memory-hard mix (n·r·p).
const MAX_KDF_WORK_LOG10: f64 = 7.0;

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
/// Where calls take a delay or a timeout in seconds: a keyword, or the position a method
/// of that name takes it at (`Event().wait(t)`, `Queue().get(True, t)`,
/// `scheduler.enter(delay, …)`, `loop.call_later(delay, …)`, `futures.wait(fs, t)`).
/// `struct` calls that take a format whose repeat counts are sizes.
const STRUCT_FORMATS: &[&str] = &[
    "struct.pack",
    "struct.pack_into",
    "struct.unpack",
    "struct.unpack_from",
    "struct.iter_unpack",
    "struct.calcsize",
    "struct.Struct",
];

const TIMEOUT_KEYWORDS: &[&str] = &["timeout", "delay", "interval"];
const TIMEOUT_POSITIONS: &[(&str, usize)] = &[
    ("wait", 0),
    ("result", 0),
    ("exception", 0),
    ("join", 0),
    ("get", 1),
    ("put", 2),
    ("acquire", 1),
    ("enter", 0),
    ("call_later", 0),
    ("wait_for", 1),
    ("as_completed", 1),
];

/// `Event().wait(10**9)`, `queue.get(timeout=1e9)`, `sched.enter(10**9, …)`: a wait with a
/// timeout longer than an hour is a wait without one (R002 reports those).
fn check_long_timeout(checker: &mut Checker, call: &ExprCall) {
    let named = call
        .arguments
        .keywords
        .iter()
        .find(|k| {
            k.arg
                .as_deref()
                .is_some_and(|a| TIMEOUT_KEYWORDS.contains(&a))
        })
        .map(|k| &k.value);
    let positional = || {
        let name = match call.func.as_ref() {
            Expr::Attribute(method) => method.attr.as_str(),
            Expr::Name(name) => name.id.as_str(),
            _ => return None,
        };
        let (_, at) = TIMEOUT_POSITIONS
            .iter()
            .find(|(method, _)| *method == name)?;
        // `queue.get(True, t)` blocks first; `mapping.get(key, default)` is no wait.
        let blocking_first =
            matches!(call.arguments.args.first(), Some(Expr::BooleanLiteral(b)) if b.value);
        if matches!(name, "get" | "put" | "acquire") && !blocking_first {
            return None;
        }
        call.arguments.args.get(*at)
    };
    let Some(seconds) = named.or_else(positional) else {
        return;
    };
    if let Some(l) = number(size(checker, seconds, 0)).filter(|&l| l > MAX_SLEEP_SECONDS_LOG10) {
        checker.push(
            Finding::new(
                Rule::ResourceBomb,
                format!(
                    "a timeout or delay of about 10^{} seconds: as long as no timeout at all",
                    fmt_log(l)
                ),
                start(call),
                end(call),
            )
            .with_severity(Severity::Medium),
        );
    }
}

/// Parsers that build one nested object per level of the document they read.
const DOCUMENT_PARSERS: &[&str] = &[
    "xml.etree.ElementTree.fromstring",
    "xml.etree.ElementTree.fromstringlist",
    "xml.etree.ElementTree.XML",
    "xml.etree.ElementTree.XMLID",
    "xml.dom.minidom.parseString",
    "json.loads",
    "tomllib.loads",
    "plistlib.loads",
];

/// `ET.fromstring("<a>" * 300000 + …)`, `json.loads("[" * 200000 + …)`: a document
/// nested thousands of levels deep, written into the code; parsed, then copied, compared
/// or printed, it overflows the C stack (`copy.deepcopy` of such an element segfaults).
fn check_deep_document(checker: &mut Checker, call: &ExprCall) {
    fn deep(checker: &Checker, expr: &Expr) -> bool {
        match expr {
            Expr::BinOp(b) if b.op == Operator::Mult => {
                // A unit that opens more levels than it closes (`"<a>"`, `"["`; not
                // `"<td>x</td>"`).
                let unbalanced = |t: &str| {
                    let opened = t.matches(['[', '{']).count() + t.matches('<').count();
                    let closed = t.matches([']', '}']).count()
                        + 2 * t.matches("</").count()
                        + 2 * t.matches("/>").count();
                    opened > closed
                };
                let opens = |e: &Expr| match e {
                    Expr::List(l) => {
                        let units: Vec<&str> = l.elts.iter().filter_map(str_literal).collect();
                        units.len() == l.elts.len() && unbalanced(&units.concat())
                    }
                    other => str_literal(other).is_some_and(unbalanced),
                };
                let many = |e: &Expr| number(size(checker, e, 0)).is_some_and(|l| l >= 3.0);
                (opens(&b.left) && many(&b.right)) || (opens(&b.right) && many(&b.left))
            }
            Expr::BinOp(b) => deep(checker, &b.left) || deep(checker, &b.right),
            Expr::Name(name) => checker
                .constants
                .get(normalize(&name.id).as_ref())
                .is_some_and(|value| deep(checker, value)),
            _ => false,
        }
    }
    if checker
        .resolves_to_any(&call.func, DOCUMENT_PARSERS)
        .is_none()
    {
        return;
    }
    if call
        .arguments
        .args
        .first()
        .is_some_and(|a| deep(checker, a))
    {
        checker.report(
            Rule::ResourceBomb,
            "a document nested thousands of levels deep, built in the code and parsed: copied, compared or printed, it overflows the C stack and crashes the process",
            start(call),
            end(call),
        );
    }
}

pub(crate) fn check_call(checker: &mut Checker, call: &ExprCall) {
    check_long_timeout(checker, call);
    check_deep_document(checker, call);
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
                (
                    format!("`{path}` of"),
                    number(arg(0)),
                    MAX_COMBINATORIAL_LOG10,
                )
            } else if let Some(path) = has(&["math.comb"]) {
                // C(n, k) has about k·log10(n) digits: small k stays small.
                let k = number(arg(1)).map_or(f64::INFINITY, |k| 10f64.powf(k));
                let digits =
                    number(arg(0)).map(|n| if k < 100.0 { (k * n).log10() + 1.0 } else { n });
                (format!("`{path}` of"), digits, MAX_COMBINATORIAL_LOG10)
            } else if let Some(path) = has(&["math.prod"]) {
                (
                    format!("`{path}` of"),
                    call.arguments
                        .args
                        .first()
                        .and_then(|a| iteration_size(checker, a)),
                    MAX_COMBINATORIAL_LOG10,
                )
            } else if let Some(path) = has(&["hashlib.scrypt"]) {
                // The work is n·r·p rounds of the memory-hard mix.
                let parameter =
                    |name: &str| keyword(call, name).and_then(|v| number(size(checker, v, 0)));
                let work = parameter("n")
                    .zip(parameter("r"))
                    .map(|(n, r)| n + r + parameter("p").unwrap_or(0.0));
                (format!("`{path}` with"), work, MAX_KDF_WORK_LOG10)
            } else if has(&["decimal.Context", "decimal.localcontext"]).is_some() {
                if let Some(prec) = keyword(call, "prec") {
                    check_decimal_precision(checker, prec, (start(call), end(call)));
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
            } else if let Some(path) = has(STRUCT_FORMATS) {
                // `struct.pack("9000000000x")`: a repeat count in the format is a size.
                let format = call
                    .arguments
                    .args
                    .first()
                    .or_else(|| keyword(call, "format"))
                    .and_then(|f| crate::checker::constant_string(checker, f));
                let largest = format.and_then(|f| {
                    f.split(|c: char| !c.is_ascii_digit())
                        .filter(|digits| !digits.is_empty())
                        .map(log10_of_int)
                        .reduce(f64::max)
                });
                (
                    format!("`{path}` with a format of"),
                    largest,
                    MAX_SEQUENCE_LOG10,
                )
            } else if let Some(path) = has(&["hashlib.pbkdf2_hmac"]) {
                let rounds = keyword(call, "iterations")
                    .and_then(|v| number(size(checker, v, 0)))
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
                let loops: f64 = checker.resource.loop_sizes.iter().sum();
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
            } else {
                match call.func.as_ref() {
                    Expr::Attribute(a) if PADDING_METHODS.contains(&a.attr.as_str()) => {
                        // `str.ljust("", n)`: the unbound method takes the string first.
                        let unbound = matches!(a.value.as_ref(), Expr::Name(n)
                            if matches!(n.id.as_str(), "str" | "bytes" | "bytearray"));
                        let width = number(arg(usize::from(unbound)));
                        // Each tab becomes up to `tabsize` spaces: the text's length times
                        // the width (`("\t" * 1000).expandtabs(10**7)`).
                        let receiver = if unbound {
                            arg(0)
                        } else {
                            size(checker, &a.value, 0)
                        };
                        let width = match (a.attr.as_str(), width, receiver) {
                            ("expandtabs", Some(w), Some(Size::Sequence(text))) => {
                                Some(w + text.max(0.0))
                            }
                            _ => width,
                        };
                        (format!("`.{}` to", a.attr), width, MAX_SEQUENCE_LOG10)
                    }
                    // `shake_256(b"").digest(9 * 10**9)`: the digest's length is asked for.
                    Expr::Attribute(a) if matches!(a.attr.as_str(), "digest" | "hexdigest") => {
                        let length = keyword(call, "length")
                            .and_then(|v| number(size(checker, v, 0)))
                            .or_else(|| number(arg(0)));
                        (format!("`.{}` of", a.attr), length, MAX_SEQUENCE_LOG10)
                    }
                    Expr::Attribute(a) if a.attr.as_str() == "to_bytes" => {
                        let length = keyword(call, "length")
                            .and_then(|v| number(size(checker, v, 0)))
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
