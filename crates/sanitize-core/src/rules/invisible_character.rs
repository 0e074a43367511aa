use crate::report::Finding;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags bidirectional control characters (U+202A–U+202E, U+2066–U+2069,
    /// U+200E, U+200F, U+061C) and zero-width characters (U+200B–U+200D, U+2060,
    /// U+FEFF past the start) anywhere in the code, comments and strings included.
    ///
    /// ## Why is this bad?
    /// They make the code display differently from how it runs ("Trojan Source",
    /// CVE-2021-42574): a comment can appear to close, a string to end, a line to
    /// be commented out.
    ///
    /// ## Example
    /// ```python
    /// access = "user\u{202E} \u{2066}# admin only\u{2069} \u{2066}"
    /// ```
    InvisibleCharacter
}

fn describe(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{2060}' => "WORD JOINER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

pub(crate) fn check_text(text: &str) -> Vec<Finding> {
    if text.is_ascii() {
        return Vec::new();
    }
    text.char_indices()
        .filter(|&(i, c)| !(i == 0 && c == '\u{FEFF}'))
        .filter_map(|(i, c)| {
            describe(c).map(|name| {
                Finding::new(
                    Rule::InvisibleCharacter,
                    format!("invisible character U+{:04X} ({name}) can make the code read differently from how it runs", c as u32),
                    i,
                    i + c.len_utf8(),
                )
            })
        })
        .collect()
}
