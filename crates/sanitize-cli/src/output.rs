//! Renders reports as text (with source lines and carets), JSON and SARIF 2.1.0.

use serde_json::{json, Value};

use sanitize_core::{
    validate_answer, validate_bytes, Issue, Policy, Report, RuleDoc, Severity, VettedModule,
};

use crate::inputs::Input;
use crate::Format;

/// One input, checked and rendered in the worker that checked it, so the main thread
/// only writes (in input order) and nothing but the rendered text is kept.
pub(crate) struct Rendered {
    pub passed: bool,
    /// The text block, or the JSON report (an array element when there are many).
    pub out: String,
    /// SARIF results (only for `--format sarif`).
    pub sarif: Vec<Value>,
}

/// Runs `work` on every item, spread over the machine's cores, and hands the results
/// to `sink` in input order as soon as each one and those before it are done.
/// Workers take the next item as they finish one, so a few large files do not leave
/// the other cores idle, and the output starts while later files are still checked.
pub(crate) fn for_each_ordered<T: Send, R: Send>(
    items: Vec<T>,
    work: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R),
) {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Mutex};

    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    if threads <= 1 {
        items.into_iter().map(&work).for_each(sink);
        return;
    }
    let slots: Vec<Mutex<Option<T>>> = items.into_iter().map(|i| Mutex::new(Some(i))).collect();
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let send = send.clone();
            let (slots, next, work) = (&slots, &next, &work);
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(slot) = slots.get(index) else { break };
                let item = slot.lock().ok().and_then(|mut s| s.take());
                if let Some(item) = item {
                    if send.send((index, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        for (index, result) in receive {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&expected) {
                sink(result);
                expected += 1;
            }
        }
    });
}

/// Checks one input and renders it in `format`; `many` says whether the output
/// holds several inputs (a JSON array and a closing summary).
pub(crate) fn render(
    input: Input,
    policy: &Policy,
    extract: bool,
    format: Format,
    many: bool,
) -> Rendered {
    let (code, report) = if extract {
        let answer = String::from_utf8_lossy(&input.bytes);
        let (extraction, report) = validate_answer(&answer, policy);
        (extraction.code, report)
    } else {
        let report = validate_bytes(&input.bytes, policy);
        let code = match format {
            Format::Text => String::from_utf8_lossy(&input.bytes).into_owned(),
            Format::Json | Format::Sarif => String::new(),
        };
        (code, report)
    };
    let name = input.name;
    let mut rendered = Rendered {
        passed: report.passed,
        out: String::new(),
        sarif: Vec::new(),
    };
    match format {
        Format::Text => rendered.out = text(&name, &code, &report),
        Format::Json if many => {
            rendered.out = format!(
                "{{\"path\":{},\"report\":{}}}",
                Value::String(name),
                report.to_json()
            );
        }
        Format::Json => rendered.out = report.to_json(),
        Format::Sarif => rendered.sarif = sarif_results(&name, &report),
    }
    rendered
}

/// One input's findings with their source lines, and its verdict.
fn text(name: &str, code: &str, report: &Report) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = code.lines().collect();
    for issue in &report.issues {
        out.push_str(&format!(
            "{name}:{}:{}: {} {} [{}] {}\n",
            issue.line, issue.column, issue.code, issue.rule, issue.severity, issue.message
        ));
        if let Some(line) = lines.get(issue.line as usize - 1) {
            out.push_str(&snippet(line, issue));
        }
    }
    let verdict = if report.passed { "passed" } else { "BLOCKED" };
    out.push_str(&format!(
        "{name}: {verdict} (score {}, {} issue{})\n",
        report.score,
        report.issues_count,
        if report.issues_count == 1 { "" } else { "s" }
    ));
    out
}

/// The closing line of a text report over several inputs.
pub(crate) fn text_summary(checked: usize, passed: usize) -> String {
    format!(
        "{checked} files checked: {passed} passed, {} blocked",
        checked - passed
    )
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

fn level(issue: &Issue, report_passed: bool) -> &'static str {
    match issue.severity {
        Severity::Info => "note",
        Severity::Low => "warning",
        _ if report_passed => "warning",
        _ => "error",
    }
}

/// One input's findings as SARIF results.
fn sarif_results(name: &str, report: &Report) -> Vec<Value> {
    let docs = sanitize_core::rule_docs();
    let uri = if name == "-" {
        "stdin".to_string()
    } else {
        name.replace('\\', "/")
    };
    report
        .issues
        .iter()
        .map(|issue| {
            let index = docs.iter().position(|d| d.code == issue.code).unwrap_or(0);
            json!({
                "ruleId": issue.code,
                "ruleIndex": index,
                "level": level(issue, report.passed),
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
        .collect()
}

/// The SARIF 2.1.0 log around every input's results.
pub(crate) fn sarif_log(results: Vec<Value>) -> String {
    let rules: Vec<Value> = sanitize_core::rule_docs()
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
            "results": results,
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
