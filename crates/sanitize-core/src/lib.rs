//! `sanitize-core`: parses Python written by an LLM and judges whether it is safe to
//! hand back. Pure: no I/O, no clock, no threads; the same report natively and in wasm.
//!
//! ```
//! use sanitize_core::{validate, Policy};
//!
//! let report = validate("def soma(a, b):\n    \"\"\"Soma.\"\"\"\n    return a + b\n", &Policy::default());
//! assert!(report.passed);
//! let report = validate("import os\nos.system('id')\n", &Policy::default());
//! assert!(!report.passed);
//! ```
#![forbid(unsafe_code)]

mod capabilities;
mod checker;
mod extract;
mod library_tables;
mod limits;
mod manifest;
mod names;
mod parse;
mod policy;
mod prompt;
mod reexports;
mod report;
mod rules;
mod semantic;
mod source;
mod stdlib_modules;
mod visitor;

pub use extract::{extract_code, Extraction};
pub use manifest::{vetted_modules, CapabilityMember, VettedModule};
pub use parse::{PARSER_VERSION, PYTHON_GRAMMAR};
pub use policy::{Limits, NameLists, Policy, PolicyError};
pub use prompt::{
    check_prompt, redact_secrets, PromptLimits, PromptProblem, PromptReport, SecretKind,
};
pub use report::{Issue, Report, Severity};
pub use rules::{rule_docs, Family, Rule, RuleDoc};

use report::{build_report, Finding};
use source::LineIndex;
use visitor::Visitor;

/// The engine's version, as reports name it.
pub const ENGINE_VERSION: &str = concat!("sanitize-core ", env!("CARGO_PKG_VERSION"));

/// Validates Python code against a policy.
pub fn validate(code: &str, policy: &Policy) -> Report {
    let index = LineIndex::new(code);
    let findings = analyse(code, policy);
    build_report(findings, &index, policy.block_severity)
}

/// Validates raw bytes: input that is not UTF-8 is a syntax error, as for CPython.
pub fn validate_bytes(bytes: &[u8], policy: &Policy) -> Report {
    match std::str::from_utf8(bytes) {
        Ok(code) => validate(code, policy),
        Err(error) => unreadable(
            &String::from_utf8_lossy(&bytes[..error.valid_up_to()]),
            format!(
                "the code is not valid UTF-8 (invalid byte at offset {})",
                error.valid_up_to()
            ),
            policy,
        ),
    }
}

/// Validates text that arrives as UTF-16 (a JavaScript string). A lone surrogate, which
/// no Python source can hold, is a syntax finding at its place rather than a silent
/// U+FFFD.
pub fn validate_utf16(units: &[u16], policy: &Policy) -> Report {
    let mut text = String::with_capacity(units.len());
    let mut offset = 0;
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok(c) => {
                text.push(c);
                offset += c.len_utf16();
            }
            Err(error) => {
                return unreadable(
                    &text,
                    format!(
                        "the code holds a lone surrogate (U+{:04X}) at UTF-16 offset {offset}: it is not Unicode text",
                        error.unpaired_surrogate()
                    ),
                    policy,
                )
            }
        }
    }
    validate(&text, policy)
}

/// The report for input that is not text: one syntax finding where the text stops.
fn unreadable(readable_prefix: &str, message: String, policy: &Policy) -> Report {
    let index = LineIndex::new(readable_prefix);
    let at = readable_prefix.len();
    let finding = Finding::new(Rule::SyntaxError, message, at, at);
    build_report(vec![finding], &index, policy.block_severity)
}

/// Extracts the code from an LLM answer, then validates it. Returns the code too.
pub fn validate_answer(answer: &str, policy: &Policy) -> (Extraction, Report) {
    let extraction = extract_code(answer);
    let report = validate(&extraction.code, policy);
    (extraction, report)
}

fn analyse(code: &str, policy: &Policy) -> Vec<Finding> {
    analyse_fragment(code, policy, &Fragment::default())
}

/// The findings for `code`, which is `depth` strings of code deep (0: the code itself).
/// `outer` is the module a fragment runs in (a doctest example sees its classes).
/// Where code being analysed runs: a whole module, or a string of code another piece of
/// code hands to a runner.
#[derive(Default)]
pub(crate) struct Fragment<'o> {
    /// How many strings of code deep this is (0 for the module itself).
    pub depth: usize,
    /// The module whose globals the string runs in (doctest examples), if any.
    pub outer: &'o [parse::ast::Stmt],
    /// Names the runner's own namespace binds (`timeit`'s `sys`), to qualified paths.
    pub namespace: &'o [(&'o str, &'o str)],
}

pub(crate) fn analyse_fragment(code: &str, policy: &Policy, fragment: &Fragment) -> Vec<Finding> {
    let limits = &policy.limits;
    if code.len() > limits.max_input_bytes {
        return vec![Finding::new(
            Rule::InputTooLarge,
            format!(
                "the code is {} bytes, more than the limit of {} bytes",
                code.len(),
                limits.max_input_bytes
            ),
            0,
            0,
        )];
    }
    let mut findings = rules::invisible_character::check_text(code);
    let scan = source::prescan(code);
    findings.extend(rules::ignored_suppression_comment::check_comments(
        code,
        &scan.comments,
    ));
    if let Some((at, why)) = scan.refusal {
        findings.push(Finding::new(Rule::SyntaxError, why, at, at));
        return findings;
    }
    // Past this bound the parser's tree could nest deep enough to matter for the
    // stack before the exact check below could run.
    let hard_depth = source::parse_depth_bound(limits);
    if scan.depth_bound > hard_depth {
        findings.push(Finding::new(
            Rule::NestingTooDeep,
            format!(
                "the code nests too deeply to analyse (the limit is {} levels)",
                limits.max_nesting_depth
            ),
            0,
            0,
        ));
        return findings;
    }
    if scan.tokens > limits.max_nodes {
        findings.push(Finding::new(
            Rule::TooMuchWork,
            format!("the code has more than {} tokens", limits.max_nodes),
            0,
            0,
        ));
        return findings;
    }
    let parse::Module {
        body,
        non_ascii_names,
    } = match parse::parse_module(code) {
        Ok(module) => module,
        Err(error) => {
            findings.push(Finding::new(
                Rule::SyntaxError,
                error.message,
                error.offset,
                error.offset,
            ));
            return findings;
        }
    };
    if let Some(finding) = limits::measure(&body, limits) {
        findings.push(finding);
        return findings;
    }
    if body.is_empty() {
        findings.push(Finding::new(
            Rule::EmptyCode,
            "no Python statements to run",
            0,
            0,
        ));
        return findings;
    }
    findings.extend(rules::unicode_lookalike::check_names(
        code,
        &non_ascii_names,
    ));
    findings.extend(rules::compile_error::check_encoding_declaration(code));
    findings.extend(rules::compile_error::check_module(&body));
    let mut checker = checker::Checker::new(policy, &body, fragment.depth);
    checker.add_outer_classes(fragment.outer);
    checker.add_namespace(fragment.namespace);
    checker.visit_body(&body);
    findings.extend(checker.findings);
    findings.extend(rules::missing_docstring::check_module(&body));
    findings.retain(|f| !policy.is_disabled(f.rule));
    findings
}
