//! Identifier helpers: Python reads identifiers after NFKC normalisation, so must we.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The identifier as Python sees it (PEP 3131: NFKC).
pub(crate) fn normalize(id: &str) -> Cow<'_, str> {
    if id.is_ascii() {
        Cow::Borrowed(id)
    } else {
        let normalized: String = id.nfkc().collect();
        if normalized == id {
            Cow::Borrowed(id)
        } else {
            Cow::Owned(normalized)
        }
    }
}

/// `__name__`-shaped: two underscores on each side and something in between.
pub(crate) fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// A name that Python treats as private by convention (`_os`), dunders excluded.
pub(crate) fn is_private(name: &str) -> bool {
    name.starts_with('_') && !is_dunder(name)
}
