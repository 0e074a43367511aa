use crate::names::normalize;
use crate::report::{Finding, Severity};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags identifiers that do not read as what they are: names that Python's NFKC
    /// normalisation turns into another name (`ｅｖａｌ` is `eval`, `𝐨𝐬` is `os`), and
    /// names that mix Latin letters with Cyrillic or Greek look-alikes (`еval` with a
    /// Cyrillic `е`). High severity for the first, medium for the second. Names in one
    /// script that normalisation leaves alone (`preço`, `número`) are fine.
    ///
    /// ## Why is this bad?
    /// A reviewer reads one name and Python runs another: the textbook way to hide a
    /// dangerous call from a human or a naive filter.
    ///
    /// ## Example
    /// ```python
    /// ｅｖａｌ("__import__('os').system('id')")
    /// ```
    UnicodeLookalike
}

/// Every identifier as spelled in the source (the parser's tokens), whatever node it
/// ends up in: names, attributes, parameters, keywords, aliases, patterns.
pub(crate) fn check_names(source: &str, names: &[(usize, usize)]) -> Vec<Finding> {
    names
        .iter()
        .filter_map(|&(start, end)| check_identifier(source.get(start..end)?, start, end))
        .collect()
}

fn check_identifier(raw: &str, start: usize, end: usize) -> Option<Finding> {
    if raw.is_ascii() {
        return None;
    }
    let normalized = normalize(raw);
    if normalized != raw {
        Some(Finding::new(
            Rule::UnicodeLookalike,
            format!("identifier `{raw}` is read by Python as `{normalized}`"),
            start,
            end,
        ))
    } else {
        mixed_script(raw).map(|script| {
            Finding::new(
                Rule::UnicodeLookalike,
                format!("identifier `{raw}` mixes Latin and {script} letters"),
                start,
                end,
            )
            .with_severity(Severity::Medium)
        })
    }
}

/// The confusable script mixed with Latin letters, if any.
fn mixed_script(name: &str) -> Option<&'static str> {
    let latin = name.chars().any(|c| c.is_ascii_alphabetic());
    if !latin {
        return None;
    }
    // Greek letters are common in maths (`Δx`, `σ_x`); only those that pass for Latin
    // letters (`ο`, `ρ`, `Α`) are a disguise.
    const GREEK_LOOKALIKES: &str = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορυχϲϳ";
    name.chars().find_map(|c| match c as u32 {
        0x0370..=0x03FF | 0x1F00..=0x1FFF if GREEK_LOOKALIKES.contains(c) => Some("Greek"),
        0x0370..=0x03FF | 0x1F00..=0x1FFF => None,
        0x0400..=0x052F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Some("Cyrillic"),
        0x0530..=0x058F => Some("Armenian"),
        0x13A0..=0x13FF => Some("Cherokee"),
        _ => None,
    })
}
