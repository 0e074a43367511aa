//! Format widths and precisions that pad to gigabytes, in templates and specs.

use crate::checker::Checker;
use crate::parse::ast::{Expr, Operator};
use crate::parse::{end, start, str_literal};
use crate::report::{Finding, Severity};
use crate::rules::Rule;

use super::*;

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
    // Every `*` of every conversion takes the next value as a width or precision
    // (`"%0*d"`, `"%#-*.*f"`), in order.
    let mut values = t.elts.iter();
    let mut rest = template;
    while let Some(at) = rest.find('%') {
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('%') {
            rest = after;
            continue;
        }
        if rest.starts_with('(') {
            return; // A mapping key: the values come from a dict, not this tuple.
        }
        let spec_end = rest
            .find(|c: char| !("#0- +.*".contains(c) || c.is_ascii_digit()))
            .unwrap_or(rest.len());
        for _ in rest[..spec_end].matches('*') {
            match values.next() {
                Some(width) => check_dynamic_width(checker, width, (start(expr), end(expr))),
                None => return,
            }
        }
        values.next(); // the converted value itself
        rest = &rest[spec_end..];
    }
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
