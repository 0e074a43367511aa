//! Fixture-driven tests: every case in `fixtures/caught/<CODE>.py` must be flagged by
//! that rule, every case in `fixtures/benign/<CODE>.py` must pass without findings at
//! `low` or above, and every file of the corpus of ordinary answers must pass with a
//! score of at least 0.9. Each rule file's results are also kept as a snapshot.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use sanitize_core::{validate, Policy, Report, Severity};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// `# case: name` separated snippets.
fn cases(path: &Path) -> Vec<(String, String)> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut cases: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.trim_end().strip_prefix("# case:") {
            cases.push((name.trim().to_string(), String::new()));
        } else if let Some((_, body)) = cases.last_mut() {
            body.push_str(line);
        }
    }
    assert!(
        !cases.is_empty(),
        "{} has no `# case:` lines",
        path.display()
    );
    cases
}

fn fixture_files(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/fixtures").join(kind))
        .unwrap_or_else(|e| panic!("fixtures/{kind}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// The policy a case runs under: the default, plus the modules a `# allow.modules: a, b`
/// line trusts (a look-alike built on a third-party package the manifest does not vet).
fn policy_for(source: &str) -> Policy {
    let mut policy = Policy::default();
    for line in source.lines() {
        if let Some(modules) = line.trim().strip_prefix("# allow.modules:") {
            policy
                .allow
                .modules
                .extend(modules.split(',').map(|m| m.trim().to_string()));
        }
    }
    policy
}

fn code_of(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}

fn summary(report: &Report) -> String {
    let mut out = format!("passed={} score={}", report.passed, report.score);
    for issue in &report.issues {
        let _ = write!(
            out,
            "\n    {} {} {}:{} {}",
            issue.code, issue.severity, issue.line, issue.column, issue.message
        );
    }
    out
}

#[test]
fn caught_cases_are_flagged_by_their_rule() {
    let mut failures = Vec::new();
    let mut snapshots = Vec::new();
    for file in fixture_files("caught") {
        let code = code_of(&file);
        let mut snapshot = String::new();
        for (name, source) in cases(&file) {
            let report = validate(&source, &policy_for(&source));
            let _ = writeln!(snapshot, "{name}: {}", summary(&report));
            let flagged = report.issues.iter().any(|i| i.code == code);
            if !flagged || report.passed {
                failures.push(format!(
                    "{code} / {name}: not caught\n{source}    -> {}",
                    summary(&report)
                ));
            }
        }
        snapshots.push((format!("caught_{code}"), snapshot));
    }
    assert!(
        failures.is_empty(),
        "{} bypasses:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    for (name, snapshot) in snapshots {
        insta::assert_snapshot!(name, snapshot);
    }
}

#[test]
fn benign_look_alikes_pass() {
    let mut failures = Vec::new();
    let mut snapshots = Vec::new();
    for file in fixture_files("benign") {
        let code = code_of(&file);
        let mut snapshot = String::new();
        for (name, source) in cases(&file) {
            let report = validate(&source, &policy_for(&source));
            let _ = writeln!(snapshot, "{name}: {}", summary(&report));
            let flagged = report.issues.iter().any(|i| i.severity >= Severity::Low);
            if flagged || !report.passed {
                failures.push(format!(
                    "{code} / {name}: false positive\n{source}    -> {}",
                    summary(&report)
                ));
            }
        }
        snapshots.push((format!("benign_{code}"), snapshot));
    }
    assert!(
        failures.is_empty(),
        "{} false positives:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    for (name, snapshot) in snapshots {
        insta::assert_snapshot!(name, snapshot);
    }
}

#[test]
fn ordinary_answers_pass_with_a_good_score() {
    let policy = Policy::default();
    let dir = root().join("../../tests/corpus");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "the corpus should hold at least 10 answers"
    );
    let mut failures = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap_or_default();
        let report = validate(&source, &policy_for(&source));
        if !report.passed || report.score < 0.9 {
            failures.push(format!("{}: {}", file.display(), summary(&report)));
        }
        // An answer built on a package the manifest does not vet is refused by default,
        // and only for that (S119): default-deny, lifted by `allow.modules`.
        if source.contains("# allow.modules:") {
            let default = validate(&source, &policy);
            let only_unvetted = default
                .issues
                .iter()
                .filter(|i| i.severity >= Severity::Medium)
                .all(|i| i.code == "S119");
            if default.passed || !only_unvetted {
                failures.push(format!(
                    "{} under the default policy: {}",
                    file.display(),
                    summary(&default)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
