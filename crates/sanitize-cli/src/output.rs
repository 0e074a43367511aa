//! Renders reports as text (with source lines and carets), JSON and SARIF 2.1.0.

use serde_json::{json, Value};

use sanitize_core::{
    validate_answer, validate_bytes, Issue, Policy, Report, RuleDoc, Severity, VettedModule,
};

use crate::inputs::Input;

pub(crate) struct Checked {
    pub name: String,
    /// The code the report is about (the extracted block with `--extract`).
    pub code: String,
    pub report: Report,
}

impl Checked {
    /// Checks every input, spread over the machine's cores; results keep input order.
    /// Workers take the next input as they finish one, so a few large files do not
    /// leave the other cores idle.
    pub fn run_all(inputs: Vec<Input>, policy: &Policy, extract: bool) -> Vec<Checked> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Mutex;

        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(inputs.len().max(1));
        if threads <= 1 {
            return inputs
                .into_iter()
                .map(|i| Checked::run(i, policy, extract))
                .collect();
        }
        let slots: Vec<Mutex<Option<Input>>> =
            inputs.into_iter().map(|i| Mutex::new(Some(i))).collect();
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, Checked)> = Vec::with_capacity(slots.len());
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(slot) = slots.get(index) else { break };
                            let input = slot.lock().ok().and_then(|mut s| s.take());
                            if let Some(input) = input {
                                mine.push((index, Checked::run(input, policy, extract)));
                            }
                        }
                        mine
                    })
                })
                .collect();
            // The engine does not panic; if it ever did, say so rather than drop results.
            for handle in handles {
                done.extend(
                    handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                );
            }
        });
        done.sort_by_key(|(index, _)| *index);
        done.into_iter().map(|(_, checked)| checked).collect()
    }

    pub fn run(input: Input, policy: &Policy, extract: bool) -> Checked {
        if extract {
            let answer = String::from_utf8_lossy(&input.bytes).into_owned();
            let (extraction, report) = validate_answer(&answer, policy);
            Checked {
                name: input.name,
                code: extraction.code,
                report,
            }
        } else {
            let report = validate_bytes(&input.bytes, policy);
            let code = String::from_utf8_lossy(&input.bytes).into_owned();
            Checked {
                name: input.name,
                code,
                report,
            }
        }
    }
}

pub(crate) fn text(results: &[Checked]) -> String {
    let mut out = String::new();
    for checked in results {
        let lines: Vec<&str> = checked.code.lines().collect();
        for issue in &checked.report.issues {
            out.push_str(&format!(
                "{}:{}:{}: {} {} [{}] {}\n",
                checked.name,
                issue.line,
                issue.column,
                issue.code,
                issue.rule,
                issue.severity,
                issue.message
            ));
            if let Some(line) = lines.get(issue.line as usize - 1) {
                out.push_str(&snippet(line, issue));
            }
        }
        let verdict = if checked.report.passed {
            "passed"
        } else {
            "BLOCKED"
        };
        out.push_str(&format!(
            "{}: {verdict} (score {}, {} issue{})\n",
            checked.name,
            checked.report.score,
            checked.report.issues_count,
            if checked.report.issues_count == 1 {
                ""
            } else {
                "s"
            }
        ));
    }
    if results.len() > 1 {
        let passed = results.iter().filter(|r| r.report.passed).count();
        out.push_str(&format!(
            "{} files checked: {passed} passed, {} blocked\n",
            results.len(),
            results.len() - passed
        ));
    }
    out.trim_end().to_string()
}

/// The offending line and a caret under the finding (to the end of the line when the
/// finding spans lines). Long lines are cut around the finding.
fn snippet(line: &str, issue: &Issue) -> String {
    const WIDTH: usize = 120;
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let start = (issue.column as usize).saturating_sub(1).min(chars.len());
    let end = if issue.end_line == issue.line {
        (issue.end_column as usize)
            .saturating_sub(1)
            .clamp(start + 1, chars.len().max(start + 1))
    } else {
        chars.len().max(start + 1)
    };
    let from = start.saturating_sub(WIDTH / 2);
    let to = chars.len().min(from + WIDTH);
    let shown: String = chars[from.min(to)..to].iter().collect();
    let marker = format!(
        "{}{}",
        " ".repeat(start - from),
        "^".repeat((end - start).clamp(1, WIDTH))
    );
    let number = issue.line.to_string();
    let pad = " ".repeat(number.len());
    format!("  {number} | {shown}\n  {pad} | {marker}\n")
}

pub(crate) fn json(results: &[Checked]) -> String {
    match results {
        [single] => single.report.to_json(),
        many => Value::Array(
            many.iter()
                .map(|c| json!({"path": c.name, "report": serde_json::to_value(&c.report).unwrap_or(Value::Null)}))
                .collect(),
        )
        .to_string(),
    }
}

fn level(issue: &Issue, report_passed: bool) -> &'static str {
    match issue.severity {
        Severity::Info => "note",
        Severity::Low => "warning",
        _ if report_passed => "warning",
        _ => "error",
    }
}

pub(crate) fn sarif(results: &[Checked]) -> String {
    let docs = sanitize_core::rule_docs();
    let rules: Vec<Value> = docs
        .iter()
        .map(|d| {
            json!({
                "id": d.code,
                "name": d.name,
                "shortDescription": {"text": d.summary},
                "fullDescription": {"text": d.summary},
                "help": {"text": d.doc, "markdown": d.doc},
                "defaultConfiguration": {"level": if d.severity >= Severity::Medium { "error" } else if d.severity == Severity::Low { "warning" } else { "note" }},
                "properties": {"family": d.family, "severity": d.severity, "tags": ["security", d.family]},
            })
        })
        .collect();
    let docs = &docs;
    let sarif_results: Vec<Value> = results
        .iter()
        .flat_map(|checked| {
            checked.report.issues.iter().map(move |issue| {
                let index = docs.iter().position(|d| d.code == issue.code).unwrap_or(0);
                let uri = if checked.name == "-" { "stdin".to_string() } else { checked.name.replace('\\', "/") };
                json!({
                    "ruleId": issue.code,
                    "ruleIndex": index,
                    "level": level(issue, checked.report.passed),
                    "message": {"text": issue.message},
                    "locations": [{"physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {
                            "startLine": issue.line,
                            "startColumn": issue.column,
                            "endLine": issue.end_line,
                            "endColumn": issue.end_column.max(if issue.end_line == issue.line { issue.column + 1 } else { 1 }),
                        }
                    }}],
                    "properties": {"severity": issue.severity, "family": issue.family},
                })
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "codegen-sanitize",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": sarif_results,
            "columnKind": "unicodeCodePoints",
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

pub(crate) fn rules_text(docs: &[RuleDoc]) -> String {
    docs.iter()
        .map(|d| {
            let body: String = d
                .doc
                .lines()
                .map(|l| {
                    if l.is_empty() {
                        "\n".to_string()
                    } else {
                        format!("    {l}\n")
                    }
                })
                .collect();
            format!(
                "{} {} [{}, {}]\n{body}",
                d.code,
                d.name,
                d.family.as_str(),
                d.severity
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The table the README embeds between its `rules` markers.
pub(crate) fn rules_markdown(docs: &[RuleDoc]) -> String {
    let mut out =
        String::from("| code | rule | family | severity | what it does |\n|---|---|---|---|---|\n");
    for d in docs {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            d.code,
            d.name,
            d.family.as_str(),
            d.severity,
            d.summary.replace('|', "\\|")
        ));
    }
    out.trim_end().to_string()
}

/// A vetted module's capability members, `path (rule)`, or `—` when it has none.
fn capability_list(module: &VettedModule, code: bool) -> String {
    if module.capabilities.is_empty() {
        return if module.verdict == "pure" {
            "—"
        } else {
            "checked at the call"
        }
        .to_string();
    }
    module
        .capabilities
        .iter()
        .map(|c| {
            if code {
                format!("`{}` ({})", c.path, c.rule)
            } else {
                format!("{} ({})", c.path, c.rule)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn modules_text(modules: &[VettedModule]) -> String {
    modules
        .iter()
        .map(|m| {
            format!(
                "{} [{}, {}]: {}",
                m.name,
                m.area,
                m.verdict,
                capability_list(m, false)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The table the README embeds between its `modules` markers, grouped by area.
pub(crate) fn modules_markdown(modules: &[VettedModule]) -> String {
    let mut areas: Vec<&str> = modules.iter().map(|m| m.area).collect();
    areas.sort_unstable();
    areas.dedup();
    let mut out = String::from(
        "| area | module | verdict | capability members (rule) |\n|---|---|---|---|\n",
    );
    for area in areas {
        for m in modules.iter().filter(|m| m.area == area) {
            out.push_str(&format!(
                "| {} | `{}` | {} | {} |\n",
                area,
                m.name,
                m.verdict,
                capability_list(m, true).replace('|', "\\|")
            ));
        }
    }
    out.trim_end().to_string()
}
