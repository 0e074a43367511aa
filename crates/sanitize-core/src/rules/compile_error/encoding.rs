//! PEP 263 source-encoding declarations: only UTF-8 (or an ASCII superset on pure
//! ASCII code) reads as the text that was checked.

use crate::report::Finding;
use crate::rules::Rule;

/// PEP 263: a `coding[:=]name` comment on line 1, or on line 2 after a comment or
/// blank line 1.
pub(crate) fn check_encoding_declaration(code: &str) -> Option<Finding> {
    let mut offset = 0;
    for (number, line) in code.split_inclusive('\n').take(2).enumerate() {
        let text = line.trim_start_matches([' ', '\t', '\x0c']);
        let text = if number == 0 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if !text.starts_with('#') {
            if number == 0 && !text.trim().is_empty() {
                return None;
            }
            offset += line.len();
            continue;
        }
        if let Some(name) = declared_encoding(text) {
            if !acceptable_encoding(&name, code.is_ascii()) {
                let at = offset + (line.len() - text.len());
                return Some(Finding::new(
                    Rule::CompileError,
                    format!("the code declares the source encoding `{name}`: CPython would decode the file as {name}, not as the UTF-8 text that was checked (only UTF-8, or an ASCII superset for pure-ASCII code, is accepted)"),
                    at,
                    offset + line.trim_end().len(),
                ));
            }
            return None;
        }
        offset += line.len();
    }
    None
}

fn declared_encoding(comment: &str) -> Option<String> {
    let mut rest = comment;
    while let Some(at) = rest.find("coding") {
        let after = &rest[at + "coding".len()..];
        if let Some(value) = after.strip_prefix([':', '=']) {
            let value = value.trim_start_matches([' ', '\t']);
            let name: String = value
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
        rest = after;
    }
    None
}

fn acceptable_encoding(name: &str, ascii_only: bool) -> bool {
    let normal = name.to_ascii_lowercase().replace('_', "-");
    let utf8 = matches!(normal.as_str(), "utf-8" | "utf8" | "u8" | "utf" | "cp65001")
        || normal.starts_with("utf-8-");
    let ascii_superset = matches!(
        normal.as_str(),
        "ascii"
            | "us-ascii"
            | "646"
            | "latin-1"
            | "latin1"
            | "iso-8859-1"
            | "iso8859-1"
            | "iso-latin-1"
            | "l1"
            | "cp1252"
            | "windows-1252"
            | "iso-8859-15"
    );
    utf8 || (ascii_superset && ascii_only)
}
