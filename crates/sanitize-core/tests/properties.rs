//! Property tests: whatever the input, the engine answers (no panic) with a report
//! that is consistent with itself.

use proptest::prelude::*;
use sanitize_core::{check_prompt, extract_code, validate, Policy, PromptLimits, Report, Severity};

fn consistent(report: &Report) {
    let problems = report.inconsistencies(Severity::Medium);
    assert!(problems.is_empty(), "{problems:?}: {report:?}");
    // Syntax and limit findings block whatever the policy.
    if report
        .issues
        .iter()
        .any(|i| i.code.starts_with('E') || i.code.starts_with('L'))
    {
        assert!(!report.passed, "{report:?}");
    }
}

/// Python-looking token soup reaches the parser and the rules more often than
/// arbitrary text does.
fn python_soup() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "import ",
        "os",
        "from ",
        " as ",
        "def ",
        "class ",
        "lambda",
        ":",
        "\n",
        "    ",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ".",
        "=",
        "+",
        "**",
        "*",
        "-",
        "not ",
        "if ",
        "else ",
        "for ",
        " in ",
        "while ",
        "True",
        "1",
        "10",
        "'s'",
        "\"{0.__class__}\"",
        "f'{x}'",
        "eval",
        "exec",
        "getattr",
        "__class__",
        "__globals__",
        "yield",
        "await ",
        "async ",
        "return",
        "break",
        "global ",
        "nonlocal ",
        "x",
        "y",
        "self",
        "ｅｖａｌ",
        "\u{202E}",
        "#",
        "# nosec",
        "@",
        "match ",
        "case ",
        "_",
        "try",
        "except",
        "with ",
        "del ",
        ";",
        "\\",
        "\"\"\"",
        "'''",
    ]);
    prop::collection::vec(token, 0..80).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        consistent(&validate(&text, &Policy::default()));
        let _ = extract_code(&text);
        let _ = check_prompt(&text, &PromptLimits::default());
    }

    #[test]
    fn python_like_text_never_panics(text in python_soup()) {
        consistent(&validate(&text, &Policy::default()));
        let answer = format!("Here:\n```python\n{text}\n```\n");
        let _ = sanitize_core::validate_answer(&answer, &Policy::default());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        consistent(&sanitize_core::validate_bytes(&bytes, &Policy::default()));
    }

    #[test]
    fn arbitrary_policies_never_panic(json in "\\{(\"[a-z_]{1,16}\": ?(1|\"x\"|\\[\\]|\\{\\}|true),? ?){0,4}\\}") {
        let _ = Policy::from_json(&json);
    }
}
