//! The public corpus (`tests/public-corpus`): 1,164 ordinary programs nobody here wrote,
//! checked under the default policy. The pass rate and the reasons for the refusals are
//! what the README reports between its `corpus` markers; this test fails when they
//! disagree (`make corpus-report` rewrites the README from a fresh run).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use sanitize_core::{validate, Policy, Report, Severity};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/public-corpus/the-algorithms-python")
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "py") {
            out.push(path);
        }
    }
}

/// The module an S119 message names (`import of `maths.prime_check`, …`).
fn named_module(message: &str) -> Option<&str> {
    message.split('`').nth(1)
}

/// Why a refused program is refused, in one phrase: its first blocking finding that is
/// not S119, else what kind of module S119 refused.
fn reason(report: &Report, siblings: &BTreeSet<String>) -> String {
    let blocking: Vec<_> = report
        .issues
        .iter()
        .filter(|i| i.severity >= Severity::Medium)
        .collect();
    if let Some(issue) = blocking.iter().find(|i| i.code != "S119") {
        return format!("`{}` {}", issue.code, issue.rule);
    }
    let unvetted = blocking.iter().filter_map(|i| {
        if i.message.starts_with("relative import") {
            return Some(None);
        }
        if !i.message.starts_with("import of") {
            return None;
        }
        named_module(&i.message).map(|m| Some(m.split('.').next().unwrap_or(m).to_string()))
    });
    let mut packages = BTreeSet::new();
    let mut sibling = false;
    for module in unvetted {
        match module {
            Some(top) if !siblings.contains(&top) => {
                packages.insert(top);
            }
            _ => sibling = true,
        }
    }
    if !packages.is_empty() {
        "`S119` a package the manifest does not vet".to_string()
    } else if sibling {
        "`S119` a module of its own repository (not part of the program)".to_string()
    } else {
        "`S119` a private member of an object it did not define".to_string()
    }
}

/// The README block: the pass rate, then the refusals by reason, most common first.
fn corpus_report() -> String {
    let root = corpus_root();
    let mut files = Vec::new();
    python_files(&root, &mut files);
    assert!(
        files.len() > 1000,
        "the public corpus is missing or truncated"
    );
    let siblings: BTreeSet<String> = fs::read_dir(&root)
        .expect("corpus root")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let policy = Policy::default();
    let mut passed = 0;
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut unvetted_packages: BTreeMap<String, usize> = BTreeMap::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let report = validate(&source, &policy);
        if report.passed {
            passed += 1;
            continue;
        }
        assert!(
            report.issues.iter().any(|i| i.severity >= Severity::Medium),
            "{} is refused without a blocking finding",
            file.display()
        );
        *reasons.entry(reason(&report, &siblings)).or_default() += 1;
        let packages: BTreeSet<String> = report
            .issues
            .iter()
            .filter(|i| i.code == "S119" && i.message.starts_with("import of"))
            .filter_map(|i| named_module(&i.message))
            .map(|m| m.split('.').next().unwrap_or(m).to_string())
            .filter(|top| !siblings.contains(top))
            .collect();
        for package in packages {
            *unvetted_packages.entry(package).or_default() += 1;
        }
    }
    let total = files.len();
    let mut out = format!(
        "**{passed} of {total}** programs pass ({:.1}%). Refused, by first reason:\n\n| reason | programs |\n|---|---|\n",
        100.0 * passed as f64 / total as f64
    );
    let mut by_count: Vec<_> = reasons.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (reason, count) in by_count {
        out.push_str(&format!("| {reason} | {count} |\n"));
    }
    let mut packages: Vec<_> = unvetted_packages.into_iter().collect();
    packages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<String> = packages
        .iter()
        .take(12)
        .map(|(p, n)| format!("`{p}` {n}"))
        .collect();
    out.push_str(&format!(
        "\nUnvetted packages imported most (programs): {}.",
        top.join(", ")
    ));
    out
}

#[test]
fn readme_reports_the_public_corpus_as_it_is() {
    let generated = corpus_report();
    let readme_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md");
    let readme = fs::read_to_string(&readme_path).expect("README.md");
    let (start_marker, end_marker) = ("<!-- corpus:start -->\n", "\n<!-- corpus:end -->");
    let start = readme.find(start_marker).expect("corpus:start marker") + start_marker.len();
    let end = readme.find(end_marker).expect("corpus:end marker");
    if std::env::var_os("CORPUS_REPORT_WRITE").is_some() {
        let updated = format!("{}{}{}", &readme[..start], generated, &readme[end..]);
        fs::write(&readme_path, updated).expect("write README.md");
        return;
    }
    assert_eq!(
        &readme[start..end],
        generated,
        "README public-corpus figures are stale: run `make corpus-report`"
    );
}
