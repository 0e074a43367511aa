use crate::checker::Checker;
use crate::parse::ast::ExprCall;
use crate::parse::{end, start, str_literal};
use crate::report::Finding;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Reports regular expressions given to `re` that backtrack catastrophically: a
    /// quantified group that itself holds a quantifier (`(a+)+`, `(\w*)*`),
    /// alternatives that can start the same way under a repeat (`(a|ab)+`), and long
    /// fixed repeats of something variable (`(a?){40}`), also when the pattern is a
    /// name bound once or built from constants (`+`, `%`, `.format`, `"".join`,
    /// slices, `bytes([...]).decode()`). Groups whose repetitions are delimited by a mandatory literal
    /// (`(\d+\.)*`) are linear and fine.
    ///
    /// ## Why is this bad?
    /// Matching such a pattern against a near miss takes exponential time: one short
    /// input hangs the process (ReDoS).
    ///
    /// ## Example
    /// ```python
    /// re.match(r"^(a+)+$", "a" * 40 + "!")
    /// ```
    RegexBacktracking
}

const REGEX_FUNCTIONS: &[&str] = &[
    "re.compile",
    "re.match",
    "re.search",
    "re.fullmatch",
    "re.findall",
    "re.finditer",
    "re.sub",
    "re.subn",
    "re.split",
];

/// A literal pattern with a quantified group that itself holds a quantifier
/// (`(a+)+`, `(\w*)*`, `(x|y+){2,}`): exponential backtracking on a near match.
pub(crate) fn check_call(checker: &mut Checker, call: &ExprCall) {
    if checker
        .resolves_to_any(&call.func, REGEX_FUNCTIONS)
        .is_none()
    {
        return;
    }
    // `PATTERN = r"(a+)+$"` then `re.match(PATTERN, s)`: the constant is the pattern; so
    // is one built from constants (`"(%s+)+$" % "x"`, `"".join([...])`, `"…"[::-1]`).
    let Some(c) = call.arguments.args.first().map(|a| checker.bound_value(a)) else {
        return;
    };
    let Some(pattern) = str_literal(c)
        .map(str::to_string)
        .or_else(|| crate::checker::constant_string(checker, c))
    else {
        return;
    };
    if nested_quantifier(&pattern) {
        checker.push(Finding::new(
            Rule::RegexBacktracking,
            "regular expression with a nested quantifier backtracks exponentially (ReDoS)",
            start(c),
            end(c),
        ));
    }
}

/// `{2,}`, `{1,5}` vary; a fixed `{25}` of something that itself varies multiplies the
/// ways to match just as badly.
fn variable_repeat(from_brace: &str) -> bool {
    from_brace.split('}').next().is_some_and(|q| {
        q.contains(',')
            || q.trim_start_matches('{')
                .parse::<u32>()
                .is_ok_and(|n| n >= 10)
    })
}

/// `(a|a)*`, `(a|ab)+`, `(.|x)*`: alternatives that can start the same way.
fn overlapping_alternatives(content: &str) -> bool {
    let branches = top_level_branches(content);
    if branches.len() < 2 {
        return false;
    }
    let first = |b: &str| b.chars().next();
    let wild = |b: &str| matches!(first(b), Some('.' | '[' | '\\' | '(') | None);
    branches.iter().any(|b| wild(b))
        || branches
            .iter()
            .enumerate()
            .any(|(i, a)| branches[i + 1..].iter().any(|b| first(a) == first(b)))
}

/// The alternatives of a group's content at its own level (`a|(b|c)|d` → three).
fn top_level_branches(content: &str) -> Vec<&str> {
    let mut branches = Vec::new();
    let (mut depth, mut start, mut escaped, mut in_class) = (0usize, 0usize, false, false);
    for (i, c) in content.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            _ if in_class => {}
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                branches.push(&content[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    branches.push(&content[start..]);
    branches
}

/// A group whose every repetition starts with a literal that cannot be quantified away
/// (`(?:\.[a-z]+)*`): each repetition is anchored, so there is one way to match.
fn separator_led(content: &str) -> bool {
    let mut rest = content;
    if let Some(after) = rest.strip_prefix('?') {
        if let Some(after_colon) = after.strip_prefix(':') {
            rest = after_colon;
        } else if after.starts_with("P<")
            || (after.starts_with('<') && !after.starts_with("<=") && !after.starts_with("<!"))
        {
            rest = after.split_once('>').map_or("", |(_, r)| r);
        } else {
            return false;
        }
    }
    if top_level_alternation(rest) {
        return false;
    }
    let mut chars = rest.chars();
    let atom_len = match chars.next() {
        Some('\\') => match chars.next() {
            Some(c) if "wWdDsSbBAZ".contains(c) || c.is_ascii_digit() => return false,
            Some(c) => 1 + c.len_utf8(),
            None => return false,
        },
        Some(c) if "([.^$|".contains(c) => return false,
        Some(c) => c.len_utf8(),
        None => return false,
    };
    !rest[atom_len..].starts_with(['+', '*', '?', '{'])
}

fn top_level_alternation(content: &str) -> bool {
    top_level_branches(content).len() > 1
}

/// A group every repetition of which holds one mandatory literal that nothing else in
/// the group can match (`([\w-]+\.)+`, `(\d+\.)*`, `(?:\s*,\s*\w+)*`): the literal
/// delimits the repetitions, so there is one way to split the input.
fn delimited(content: &str) -> bool {
    let body = content
        .strip_prefix("?:")
        .or_else(|| {
            content
                .strip_prefix("?P<")
                .and_then(|r| r.split_once('>').map(|(_, r)| r))
        })
        .unwrap_or(content);
    if body.starts_with('?') || top_level_alternation(body) {
        return false;
    }
    // Parse flat atoms: (literal char or None for a class/escape class), quantified?
    let bytes = body.as_bytes();
    let mut atoms: Vec<(Option<u8>, &str)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (literal, len) = match bytes[i] {
            b'\\' if i + 1 < bytes.len() => {
                let c = bytes[i + 1];
                if !c.is_ascii() {
                    return false;
                }
                if c.is_ascii_alphanumeric() {
                    (None, 2)
                } else {
                    (Some(c), 2)
                }
            }
            b'[' => match body[i + 1..].find(']') {
                Some(close) => (None, close + 2),
                None => return false,
            },
            // Nested groups, anchors and wildcards: not this simple shape.
            b'(' | b')' | b'.' | b'^' | b'$' | b'|' => return false,
            c if c.is_ascii() => (Some(c), 1),
            _ => return false,
        };
        let text = &body[i..i + len];
        i += len;
        let quantified = matches!(bytes.get(i), Some(b'+' | b'*' | b'?' | b'{'));
        if quantified {
            // Skip the quantifier (and a lazy/possessive mark).
            if bytes[i] == b'{' {
                match body[i..].find('}') {
                    Some(close) => i += close + 1,
                    None => return false,
                }
            } else {
                i += 1;
            }
            if matches!(bytes.get(i), Some(b'?' | b'+')) {
                i += 1;
            }
            atoms.push((None, text));
        } else {
            atoms.push((literal, text));
        }
    }
    // Whether a class or escape class could match the literal `c`.
    let may_match = |class: &str, c: u8| -> bool {
        let c = c as char;
        let escape = |e: char| match e {
            'w' => c.is_ascii_alphanumeric() || c == '_',
            'd' => c.is_ascii_digit(),
            's' => c.is_ascii_whitespace(),
            'W' | 'D' | 'S' => true,
            _ => true,
        };
        if let Some(e) = class.strip_prefix('\\') {
            return e.chars().next().is_some_and(escape);
        }
        let inner = class.trim_start_matches('[').trim_end_matches(']');
        if inner.starts_with('^') {
            return true;
        }
        let mut chars = inner.chars().peekable();
        while let Some(x) = chars.next() {
            if x == '\\' {
                match chars.next() {
                    Some(e) if e.is_ascii_alphanumeric() && escape(e) => return true,
                    Some(e) if !e.is_ascii_alphanumeric() && e == c => return true,
                    _ => {}
                }
            } else if chars.peek() == Some(&'-') {
                chars.next();
                match chars.next() {
                    Some(hi) if x <= c && c <= hi => return true,
                    None if x == c || c == '-' => return true,
                    _ => {}
                }
            } else if x == c {
                return true;
            }
        }
        false
    };
    atoms.iter().any(|&(literal, _)| {
        let Some(c) = literal else { return false };
        atoms.iter().all(|&(other, text)| match other {
            Some(_) => true,
            None => !may_match(text, c),
        })
    })
}

fn nested_quantifier(pattern: &str) -> bool {
    // For each open group: whether a quantifier appeared inside it, and where it starts.
    let mut groups: Vec<(bool, usize)> = Vec::new();
    // Open groups holding an optional element (`a?`): `(a?){40}` has 2^40 ways to match.
    let mut optional: Vec<bool> = Vec::new();
    let bytes = pattern.as_bytes();
    let mut i = 0;
    let mut in_class = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            _ if in_class => {}
            b'(' => {
                groups.push((false, i + 1));
                optional.push(false);
            }
            // `?` after `(` opens `(?:`, `(?P<..>`; after a quantifier it makes it lazy.
            b'?' if i > 0 && !matches!(bytes[i - 1], b'(' | b'+' | b'*' | b'}' | b'?') => {
                if let Some(flag) = optional.last_mut() {
                    *flag = true;
                }
            }
            b'+' | b'*' => {
                if let Some((inner, _)) = groups.last_mut() {
                    *inner = true;
                }
            }
            // `{2}` repeats a fixed number of times; `{2,}` and `{1,5}` vary.
            b'{' if variable_repeat(&pattern[i..]) => {
                if let Some((inner, _)) = groups.last_mut() {
                    *inner = true;
                }
            }
            b')' => {
                let (inner, content_start) = groups.pop().unwrap_or((false, i));
                let has_optional = optional.pop().unwrap_or(false);
                let anchored = separator_led(&pattern[content_start.min(i)..i])
                    || delimited(&pattern[content_start.min(i)..i]);
                let quantified = matches!(bytes.get(i + 1), Some(b'+' | b'*'))
                    || (bytes.get(i + 1) == Some(&b'{') && variable_repeat(&pattern[i + 1..]));
                let content = &pattern[content_start.min(i)..i];
                if quantified && ((inner && !anchored) || overlapping_alternatives(content)) {
                    return true;
                }
                let long_repeat =
                    bytes.get(i + 1) == Some(&b'{') && variable_repeat(&pattern[i + 1..]);
                if long_repeat && has_optional && !anchored {
                    return true;
                }
                if let Some((outer, _)) = groups.last_mut() {
                    *outer |= inner;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::nested_quantifier;

    #[test]
    fn nested_quantifiers_are_found() {
        for bad in [
            "(a+)+$",
            r"^(\w+\s?)*$",
            "(x*)*",
            "((ab)+c)+",
            "(a|a+){2,}",
            r"(\.a+|b+)*",
            r"(?:\w+\.?)+",
            "(a|a)*b",
            "(a|ab)+$",
            "(.*a){25}",
            "(a?){40}a{40}",
            r"([\w.]+\.)+x",
            r"(\w+,?)+$",
            r"([^,]+,)*z",
        ] {
            assert!(nested_quantifier(bad), "{bad}");
        }
        for fine in [
            r"^\d+$",
            "(ab)+",
            r"[(+)]+",
            r"\(a+\)+",
            "(a+)",
            "(a{2})+",
            r"^[\w.+-]+@[\w-]+\.[\w.]+$",
            r"^[a-z0-9]+(?:\.[a-z0-9]+)*@[a-z]+(?:-[a-z]+)*$",
            r"(?P<part>,\d+)*",
            "(cat|dog)+",
            "(a{3})+",
            r"(\d{4})-(\d{2})",
            r"(https?://)?example\.com",
            r"(\d{3}-?){3}",
            r"(?:ab)?{12}",
            r"^[\w.+-]+@([\w-]+\.)+[A-Za-z]{2,}$",
            r"(\d+\.)*\d+",
            r"^\w+(?:\s*,\s*\w+)*$",
        ] {
            assert!(!nested_quantifier(fine), "{fine}");
        }
    }
}
