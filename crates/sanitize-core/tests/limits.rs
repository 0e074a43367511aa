//! Pathological inputs end in a clear finding, never a panic, stack overflow or hang.
//! Tests run on 2 MiB threads, smaller than a main thread's stack, so a recursion that
//! is not bounded shows up here.

use sanitize_core::{validate, validate_bytes, validate_utf16, Limits, Policy, Report};

fn codes(report: &Report) -> Vec<&str> {
    report.issues.iter().map(|i| i.code.as_str()).collect()
}

fn assert_blocked_by(report: &Report, code: &str) {
    assert!(!report.passed, "should be blocked: {:?}", codes(report));
    assert!(
        codes(report).contains(&code),
        "expected {code}, got {:?}",
        codes(report)
    );
}

fn roomy() -> Policy {
    Policy {
        limits: Limits {
            max_input_bytes: 8 * 1024 * 1024,
            ..Limits::default()
        },
        ..Policy::default()
    }
}

/// CPython refuses more than 200 nested brackets ("too many nested parentheses"), at
/// the 201st; so do we, before the parser recurses into them.
fn assert_too_many_brackets(code: &str, at_column: u32) {
    let report = validate(code, &roomy());
    assert_eq!(codes(&report), vec!["E001"], "{code:.40}");
    assert_eq!(report.issues[0].message, "too many nested parentheses");
    assert_eq!(
        (report.issues[0].line, report.issues[0].column),
        (1, at_column)
    );
}

#[test]
fn hundred_thousand_nested_brackets() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let code = format!("x = {}1{}\n", open.repeat(100_000), close.repeat(100_000));
        assert_too_many_brackets(&code, 205);
    }
    // Unclosed too.
    assert_too_many_brackets(&"(".repeat(100_000), 201);
}

fn first_blocking(code: &str) -> String {
    let report = validate(code, &Policy::default());
    report
        .issues
        .iter()
        .find(|i| i.code.starts_with(['E', 'L']))
        .map_or_else(|| "ok".to_string(), |i| i.code.clone())
}

#[test]
fn brackets_at_and_past_every_cap() {
    // Up to 119 levels parse; from 120 the parser is not given the text (L002: it
    // recurses per level, and in wasm the JS engine's stack is the limit); past 200,
    // CPython's own refusal (E001), at the 201st bracket.
    let nested = |n: usize| format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(first_blocking(&nested(119)), "ok");
    assert_eq!(first_blocking(&nested(120)), "L002");
    assert_eq!(first_blocking(&nested(200)), "L002");
    assert_too_many_brackets(&nested(201), 205);
    // An f-string field is a bracket level; its code may reuse the quotes (PEP 701).
    let field = |n: usize| format!("x = f\"{{{}1{}}}\"\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(first_blocking(&field(118)), "ok");
    assert_eq!(first_blocking(&field(119)), "L002");
    assert_too_many_brackets(&field(200), 207);
    let quoted = |n: usize| format!("x = f\"{{{}\"a\"{}}}\"\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(first_blocking(&quoted(118)), "ok");
    assert_too_many_brackets(&quoted(200), 207);
    // Brackets in t-strings and in nested f-string fields count too.
    let tstring = format!("x = t'{{{}1{}}}'\n", "[".repeat(250), "]".repeat(250));
    assert_eq!(codes(&validate(&tstring, &roomy())), vec!["E001"]);
    let nested_fstrings = format!("x = {}1{}\n", "f'{".repeat(30), "}'".repeat(30));
    assert!(validate(&nested_fstrings, &Policy::default()).passed);
}

#[test]
fn strings_nested_past_the_scan_limit_are_too_deep() {
    let code = format!("x = {}1{}\n", "f'{".repeat(10_000), "}'".repeat(10_000));
    assert!(!validate(&code, &roomy()).passed);
}

#[test]
fn long_operator_and_attribute_chains() {
    let chains = [
        format!("x = 1{}\n", " + 1".repeat(50_000)),
        format!("x = {}1\n", "not ".repeat(50_000)),
        format!("x = {}1\n", "-".repeat(50_000)),
        format!("x = a{}\n", ".b".repeat(50_000)),
        format!("x = f{}\n", "()".repeat(50_000)),
        format!("x = a{}\n", "[0]".repeat(50_000)),
        format!("x = {}1\n", "lambda: ".repeat(20_000)),
        format!("x = {}\n", "1 if x else ".repeat(20_000) + "2"),
        format!("x = f'{{{}}}'\n", "a+".repeat(50_000) + "a"),
    ];
    for code in chains {
        let report = validate(&code, &roomy());
        assert_blocked_by(&report, "L002");
    }
}

#[test]
fn moderately_deep_nesting_is_measured_exactly() {
    // Under the pre-scan bound, over the exact one: the parsed tree is measured.
    let code = format!("x = {}1{}\n", "(-~".repeat(150), ")".repeat(150));
    assert_blocked_by(&validate(&code, &Policy::default()), "L002");
    let fine = format!("x = {}1{}\n", "(".repeat(50), ")".repeat(50));
    assert!(validate(&fine, &Policy::default()).passed);
}

fn nested_ifs(levels: usize) -> String {
    let mut code = String::new();
    for depth in 0..levels {
        code.push_str(&" ".repeat(depth));
        code.push_str("if x:\n");
    }
    code.push_str(&" ".repeat(levels));
    code.push_str("pass\n");
    code
}

#[test]
fn deep_indentation() {
    // CPython refuses the 100th indentation level, on its line.
    assert!(validate(&nested_ifs(99), &roomy()).passed);
    for levels in [100, 400, 3_000] {
        let report = validate(&nested_ifs(levels), &roomy());
        assert_eq!(codes(&report), vec!["E001"]);
        assert_eq!(report.issues[0].message, "too many levels of indentation");
        assert_eq!((report.issues[0].line, report.issues[0].column), (101, 1));
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let code = format!("x = '{}'\n", "a".repeat(10 * 1024 * 1024));
    let report = validate(&code, &Policy::default());
    assert_blocked_by(&report, "L001");
    assert!(report.issues[0].message.contains("bytes"));
}

#[test]
fn a_one_megabyte_line_is_fine_when_allowed() {
    let code = format!("x = '{}'\n", "a".repeat(1024 * 1024));
    let report = validate(&code, &roomy());
    assert!(report.passed, "{:?}", codes(&report));
}

#[test]
fn a_million_tiny_statements() {
    let code = "x = 1\n".repeat(1_000_000);
    assert_blocked_by(&validate(&code, &roomy()), "L003");
    assert_blocked_by(&validate(&code, &Policy::default()), "L001");
}

#[test]
fn nul_bytes_and_invalid_utf8() {
    let report = validate("x = 1\0\ny = 2\n", &Policy::default());
    assert!(!report.passed);
    assert_eq!(codes(&report), vec!["E001"]);
    let report = validate_bytes(b"x = 1\n\xff\xfe\n", &Policy::default());
    assert_eq!(codes(&report), vec!["E001"]);
    assert!(report.issues[0].message.contains("UTF-8"));
    assert_eq!(report.issues[0].line, 2);
}

#[test]
fn empty_and_comment_only_code_does_not_pass() {
    for code in ["", "   \n\n", "# just a comment\n", "\"\"\"\"\"\"\n"] {
        let report = validate(code, &Policy::default());
        if code.contains("\"\"\"") {
            continue; // a lone docstring is a statement
        }
        assert_blocked_by(&report, "E003");
        assert_eq!(report.score, 0.0);
    }
}

#[test]
fn syntax_errors_have_a_location() {
    let report = validate("def soma(a, b)\n    return a + b\n", &Policy::default());
    assert_blocked_by(&report, "E001");
    assert_eq!(report.issues[0].line, 1);
    assert_eq!(report.score, 0.0);
}

#[test]
fn syntax_and_limit_findings_block_whatever_the_policy() {
    let lenient = Policy::from_json(r#"{"block_severity": "critical"}"#).unwrap_or_default();
    assert!(!validate("def f(:\n", &lenient).passed);
    assert!(!validate("", &lenient).passed);
}

#[test]
fn lone_surrogates_from_javascript_are_a_finding() {
    let mut units: Vec<u16> = "x = 1\ny = '".encode_utf16().collect();
    units.push(0xD800);
    units.extend("'\n".encode_utf16());
    let report = validate_utf16(&units, &Policy::default());
    assert_eq!(codes(&report), vec!["E001"]);
    assert!(report.issues[0].message.contains("lone surrogate (U+D800)"));
    assert_eq!(report.issues[0].line, 2);
    // A proper pair is text, and validates like the same string.
    let pair: Vec<u16> = "s = '😀'\n".encode_utf16().collect();
    assert_eq!(
        validate_utf16(&pair, &Policy::default()),
        validate("s = '😀'\n", &Policy::default())
    );
    // A trailing lone low surrogate.
    let report = validate_utf16(&[0x78, 0xDC00], &Policy::default());
    assert!(report.issues[0].message.contains("U+DC00"));
}

#[test]
fn regex_checks_take_any_text() {
    for pattern in [
        "(\\é+)+",
        "([é-ü]+\\.)+",
        "(\\",
        "([",
        "(a{2,)+",
        "(?P<n\\.)+",
        "(é\\.)+",
    ] {
        let code = format!("import re\nre.compile({pattern:?})\n");
        let report = validate(&code, &Policy::default());
        assert!(
            report
                .inconsistencies(sanitize_core::Severity::Medium)
                .is_empty(),
            "{pattern}"
        );
    }
}
