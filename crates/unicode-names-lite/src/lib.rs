//! The part of `unicode_names2` that the parser uses, `character(name)`, over a
//! small table: every printable ASCII character (so a string spelled with `\N{LOW LINE}`
//! reads exactly as Python reads it, which the format-string rules depend on), the
//! control-character aliases, and common symbols. Any other well-formed name reads as
//! U+FFFD: the engine never needs the exact non-ASCII character, and code using it must
//! still parse.
#![forbid(unsafe_code)]

mod table;

/// The character a `\N{...}` name stands for. Names are matched case-insensitively, as
/// Python does.
pub fn character(name: &str) -> Option<char> {
    let upper = name.trim().to_ascii_uppercase();
    if upper.is_empty()
        || !upper
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
    {
        return None;
    }
    match table::NAMES.binary_search_by(|(n, _)| n.cmp(&upper.as_str())) {
        Ok(i) => Some(table::NAMES[i].1),
        Err(_) => Some('\u{FFFD}'),
    }
}

#[cfg(test)]
mod tests {
    use super::character;

    #[test]
    fn ascii_names_are_exact_and_case_insensitive() {
        assert_eq!(character("LOW LINE"), Some('_'));
        assert_eq!(character("full stop"), Some('.'));
        assert_eq!(character("LATIN SMALL LETTER E"), Some('e'));
        assert_eq!(character("LEFT CURLY BRACKET"), Some('{'));
        assert_eq!(character("BULLET"), Some('•'));
        assert_eq!(character("LINE FEED"), Some('\n'));
    }

    #[test]
    fn other_names_parse_as_replacement_and_garbage_is_refused() {
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E00"), Some('\u{FFFD}'));
        assert_eq!(character("not{a name}"), None);
        assert_eq!(character(""), None);
    }
}
