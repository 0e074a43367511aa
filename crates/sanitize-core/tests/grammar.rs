//! The grammar accepted (Python 3.14) and CPython's own refusals and messages.

use std::fmt::Write as _;

use sanitize_core::{validate, Policy, Report, PARSER_VERSION, PYTHON_GRAMMAR};

fn codes(report: &Report) -> Vec<&str> {
    report.issues.iter().map(|i| i.code.as_str()).collect()
}

/// Modern answers, one construct each; every one compiles in CPython 3.14.
const MODERN: &[(&str, &str)] = &[
    ("pep695-type-alias", "type Pair[T] = tuple[T, T]\n"),
    (
        "pep695-generic-function",
        "def first[T: (int, str), *Ts, **P](items: list[T]) -> T:\n    return items[0]\n",
    ),
    ("pep695-generic-class", "class Box[T = int]:\n    item: T\n"),
    ("pep701-same-quotes", "names = ['a']\nx = f\"{\", \".join(names)}\"\n"),
    ("pep701-backslash", "lines = ['a']\nx = f\"{\"\\n\".join(lines)}\"\n"),
    ("pep701-nested", "n = 1\nx = f\"{f\"{f\"{n}\"}\"}\"\n"),
    ("pep701-comment-in-field", "n = 1\nx = f\"\"\"{\n    n  # the count\n}\"\"\"\n"),
    ("pep750-tstring", "name = 'x'\ntemplate = t\"Hello {name!r:>10}\"\n"),
    (
        "pep758-except-without-parens",
        "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    ),
    (
        "match",
        "def f(p):\n    match p:\n        case {\"x\": int(x)} if x:\n            return x\n        case [a, *rest]:\n            return rest\n        case str() | bytes():\n            return 1\n        case _:\n            return 0\n",
    ),
    (
        "except-star",
        "try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* ValueError:\n    pass\n",
    ),
    (
        "parenthesised-with",
        "import contextlib\nwith (\n    contextlib.nullcontext() as a,\n    contextlib.nullcontext() as b,\n):\n    pass\n",
    ),
    ("walrus", "data = [1]\nif (n := len(data)) > 0:\n    print(n)\n"),
    ("positional-only", "def f(a, b, /, c, *, d):\n    return a\n"),
    (
        "async-comprehension",
        "async def f(source):\n    return [x async for x in source if await x]\n",
    ),
    ("star-expression-in-index", "def f(a, *t):\n    return a[*t]\n"),
    ("return-in-finally-3.14", "def f():\n    try:\n        pass\n    finally:\n        pass\n"),
];

#[test]
fn modern_python_is_accepted() {
    for (name, code) in MODERN {
        let report = validate(code, &Policy::default());
        assert!(
            report.passed && !codes(&report).iter().any(|c| c.starts_with('E')),
            "{name}: {:?}",
            report.issues
        );
    }
}

/// Code CPython refuses, with its message and place.
const REFUSED: &[(&str, &str)] = &[
    ("python2-print", "print \"hello\"\n"),
    ("python2-exec", "exec \"code\"\n"),
    ("python2-backticks", "x = `1`\n"),
    ("python2-not-equal", "x = 1 <> 2\n"),
    ("python2-raise", "raise E, \"message\"\n"),
    ("python2-octal", "x = 0777\n"),
    ("truncated-bracket", "x = (1,\ny = 2\n"),
    ("truncated-call", "print(\"a\",\n"),
    ("truncated-string", "s = 'abc\n"),
    ("truncated-triple-string", "s = \"\"\"abc\n"),
    ("truncated-block", "if x:\n"),
    ("truncated-def", "def f(:\n"),
    (
        "bad-dedent",
        "class C:\n  def f(self):\n     return 1\n   x = 2\n",
    ),
    ("bad-conversion", "print(f\"{x!z}\")\n"),
    ("nul-in-code", "x = 1\0\n"),
    ("nul-in-string", "x = \"a\0b\"\n"),
    ("nul-in-comment", "# note\0\nx = 1\n"),
    ("python-3.15-lazy-import", "lazy import json\n"),
    // The parser's comprehension check once panicked on `{\for` (proptest found it).
    ("backslash-before-code", "x = [\\for\n"),
    ("backslash-before-set-for", "{\\for "),
    ("backslash-before-space", "x = 1 \\ \n"),
    // A string glued to a name; in brackets, repeated, the parser's recovery once took
    // exponential time on it (the fuzzer found it).
    ("string-glued-to-a-name", "x = \"a\"t\n"),
];

#[test]
fn refused_code_gets_cpythons_message() {
    let mut snapshot = String::new();
    for (name, code) in REFUSED {
        let report = validate(code, &Policy::default());
        assert!(!report.passed, "{name} should be refused");
        assert_eq!(codes(&report)[..1], ["E001"], "{name}: {:?}", report.issues);
        let issue = &report.issues[0];
        let _ = writeln!(
            snapshot,
            "{name}: {}:{} {}",
            issue.line, issue.column, issue.message
        );
    }
    insta::assert_snapshot!(snapshot);
}

#[test]
fn reports_name_the_parser_and_grammar() {
    assert!(PARSER_VERSION.starts_with("rustpython-ruff_python_parser "));
    assert_eq!(PYTHON_GRAMMAR, "3.14");
    assert!(validate("x = 1\n", &Policy::default())
        .parser_version
        .contains("ruff_python_parser"));
}

/// Each string-reading rule reads plain strings, f-strings and t-strings alike; the
/// fields of f-strings and t-strings (and of their format specs) are code.
#[test]
fn string_rules_read_every_kind_of_string() {
    let cases: &[(&str, &[&str])] = &[
        (
            "S108",
            &[
                "x = '__globals__'\n",
                "x = f'__globals__{1}'\n",
                "x = t'__globals__{1}'\n",
                "x = f'a' '__globals__'\n",
            ],
        ),
        (
            "S117",
            &[
                "x = '{0.__class__.__base__}'.format(1)\n",
                "x = f'{{0.__class__}}{1}'\n",
                "x = t'{{0.__class__}}{1}'\n",
            ],
        ),
        (
            "R001",
            &[
                "x = '{:>10000000000}'.format(1)\n",
                "x = f'{1:>10000000000}'\n",
                "x = t'{1:>10000000000}'\n",
                "x = f'{1:>{10**10}}'\n",
                "x = t'{1:>{10**10}}'\n",
            ],
        ),
        (
            "S106",
            &[
                "x = f'{eval(1)}'\n",
                "x = t'{eval(1)}'\n",
                "x = f'{1:{eval(2)}}'\n",
                "x = f'{f\"{eval(1)}\"}'\n",
            ],
        ),
    ];
    for (code, sources) in cases {
        for source in *sources {
            let report = validate(source, &Policy::default());
            assert!(
                !report.passed && codes(&report).contains(code),
                "{code} not found in {source:?}: {:?}",
                report.issues
            );
        }
    }
    // Look-alikes: the same text without the dangerous part.
    for source in [
        "x = f'globals: {1}'\n",
        "x = t'{1:>10}'\n",
        "x = f'{{0.name}}{1}'\n",
        "x = f'{len(\"a\")}'\n",
    ] {
        let report = validate(source, &Policy::default());
        assert!(report.passed, "{source:?}: {:?}", report.issues);
    }
}

/// `f("x"t` repeated: 12 copies took seconds in the parser's error recovery, each two
/// more ten times longer. The pre-scan refuses the glued name first, as CPython does.
#[test]
fn glued_names_in_nested_calls_are_refused_before_parsing() {
    for unit in ["f(\"x\"t\n", "f(\"x\"b\n", "[\"x\"name\n"] {
        let code = unit.repeat(60);
        let report = validate(&code, &Policy::default());
        assert_eq!(codes(&report)[..1], ["E001"], "{unit}: {:?}", report.issues);
    }
    // Keywords and string prefixes after a string are Python.
    for ok in [
        "x = \"a\"if 1 else 2\n",
        "x = \"a\"f\"b\"\n",
        "x = [\"a\"for c in \"b\"]\n",
    ] {
        let report = validate(ok, &Policy::default());
        assert!(
            !codes(&report).contains(&"E001"),
            "{ok}: {:?}",
            report.issues
        );
    }
}
