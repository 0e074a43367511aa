//! Source text helpers: offsets to lines and columns, and a cheap lexical pre-scan
//! that bounds the work before the parser ever sees the code.

/// Maps byte offsets to 1-based lines and 1-based columns counted in code points.
#[derive(Debug)]
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { text, line_starts }
    }

    pub fn location(&self, offset: usize) -> (u32, u32) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (to_u32(line + 1), to_u32(column))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// What the pre-scan learnt about the text without parsing it.
#[derive(Debug, Default)]
pub(crate) struct Prescan {
    /// An upper bound of how deeply the parser's tree can nest for this text.
    pub depth_bound: usize,
    /// How many tokens (roughly) the text holds.
    pub tokens: usize,
    /// Byte ranges of `#` comments.
    pub comments: Vec<(usize, usize)>,
}

/// Scans the text once, honouring strings and comments, to bound the nesting depth of
/// whatever the parser would build: brackets, operator chains, attribute and call
/// chains and indentation all add to it. It never fails; malformed text is the
/// parser's business.
pub(crate) fn prescan(text: &str) -> Prescan {
    let bytes = text.as_bytes();
    let mut scan = Prescan::default();
    // Per open bracket level: operators seen in the current comma-separated segment.
    let mut levels: Vec<usize> = vec![0];
    let mut enclosing = 0usize; // sum over enclosing levels of (1 + ops)
    let mut indents: Vec<usize> = vec![0];
    let mut at_line_start = true;
    let mut i = 0;

    let bump = |levels: &mut Vec<usize>, enclosing: usize, indents: usize, scan: &mut Prescan| {
        if let Some(ops) = levels.last_mut() {
            *ops += 1;
            let depth = indents * 2 + enclosing + *ops + 1;
            scan.depth_bound = scan.depth_bound.max(depth);
        }
    };

    while i < bytes.len() {
        let b = bytes[i];
        if at_line_start && levels.len() == 1 {
            let mut width = 0;
            let mut j = i;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\x0c')
            {
                width += 1;
                j += 1;
            }
            let blank = j >= bytes.len() || matches!(bytes[j], b'\n' | b'\r' | b'#');
            if !blank {
                while indents.len() > 1 && indents.last().is_some_and(|&w| w > width) {
                    indents.pop();
                }
                if indents.last().is_some_and(|&w| w < width) {
                    indents.push(width);
                }
                let depth = indents.len() * 2 + 1;
                scan.depth_bound = scan.depth_bound.max(depth);
            }
            at_line_start = false;
            i = j;
            continue;
        }
        match b {
            b'#' => {
                let end = memchr_newline(bytes, i);
                scan.comments.push((i, end));
                i = end;
            }
            b'\n' => {
                if levels.len() == 1 {
                    levels[0] = 0;
                    at_line_start = true;
                }
                i += 1;
            }
            b'\\' => {
                // Line continuation: the logical line goes on.
                i += 1;
                if bytes.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'"' | b'\'' => {
                scan.tokens += 1;
                i = skip_string(bytes, i, i, &mut scan, &levels, enclosing, indents.len());
            }
            b'(' | b'[' | b'{' => {
                scan.tokens += 1;
                bump(&mut levels, enclosing, indents.len(), &mut scan);
                enclosing += 1 + levels.last().copied().unwrap_or(0);
                levels.push(0);
                i += 1;
            }
            b')' | b']' | b'}' => {
                scan.tokens += 1;
                if levels.len() > 1 {
                    levels.pop();
                    enclosing = enclosing.saturating_sub(1 + levels.last().copied().unwrap_or(0));
                }
                i += 1;
            }
            b',' | b';' => {
                scan.tokens += 1;
                if let Some(ops) = levels.last_mut() {
                    *ops = 0;
                }
                i += 1;
            }
            b'=' => {
                scan.tokens += 1;
                let prev = if i > 0 { bytes[i - 1] } else { b' ' };
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                let compound = matches!(prev, b'=' | b'<' | b'>' | b'!' | b':') || next == b'=';
                if compound {
                    bump(&mut levels, enclosing, indents.len(), &mut scan);
                } else if let Some(ops) = levels.last_mut() {
                    *ops = 0;
                }
                i += 1;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>'
            | b'.' | b'!' | b':' => {
                scan.tokens += 1;
                if b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    i = skip_word(bytes, i + 1);
                    continue;
                }
                if b != b':' {
                    bump(&mut levels, enclosing, indents.len(), &mut scan);
                }
                i += 1;
            }
            _ if is_word_byte(b) => {
                scan.tokens += 1;
                let end = skip_word(bytes, i);
                // A string prefix such as rb"..." or f'...'.
                if end < bytes.len()
                    && matches!(bytes[end], b'"' | b'\'')
                    && end - i <= 3
                    && bytes[i..end].iter().all(|c| b"rRbBuUfF".contains(c))
                {
                    i = skip_string(bytes, i, end, &mut scan, &levels, enclosing, indents.len());
                    continue;
                }
                if matches!(
                    &bytes[i..end],
                    b"not"
                        | b"and"
                        | b"or"
                        | b"if"
                        | b"else"
                        | b"lambda"
                        | b"await"
                        | b"in"
                        | b"is"
                        | b"yield"
                        | b"from"
                ) {
                    bump(&mut levels, enclosing, indents.len(), &mut scan);
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    scan
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn skip_word(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && is_word_byte(bytes[i]) {
        i += 1;
    }
    i
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

/// Skips a string literal whose prefix starts at `start` and quote at `quote_at`.
/// Inside f-strings, operators between braces count towards the depth bound, since
/// the parser parses them as nested expressions.
fn skip_string(
    bytes: &[u8],
    start: usize,
    quote_at: usize,
    scan: &mut Prescan,
    levels: &[usize],
    enclosing: usize,
    indents: usize,
) -> usize {
    let prefix = &bytes[start..quote_at];
    let raw = prefix.iter().any(|c| matches!(c, b'r' | b'R'));
    let fstring = prefix.iter().any(|c| matches!(c, b'f' | b'F'));
    let quote = bytes[quote_at];
    let triple = bytes.get(quote_at + 1) == Some(&quote) && bytes.get(quote_at + 2) == Some(&quote);
    let mut i = quote_at + if triple { 3 } else { 1 };
    let base = indents * 2 + enclosing + levels.last().copied().unwrap_or(0) + 1;
    let mut brace_depth = 0usize;
    let mut ops_in_braces = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            i += if raw { 1 } else { 2 };
            if raw && i < bytes.len() && (bytes[i] == quote || bytes[i] == b'\\') {
                i += 1;
            }
            continue;
        }
        if b == quote {
            if !triple {
                return i + 1;
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return i + 3;
            }
        } else if b == b'\n' && !triple {
            return i;
        } else if fstring {
            match b {
                b'{' => {
                    brace_depth += 1;
                    ops_in_braces += 1;
                }
                b'}' => brace_depth = brace_depth.saturating_sub(1),
                b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<'
                | b'>' | b'.' | b'(' | b'[' | b'=' | b'!'
                    if brace_depth > 0 =>
                {
                    ops_in_braces += 1;
                }
                _ => {}
            }
            scan.depth_bound = scan.depth_bound.max(base + ops_in_braces);
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_one_based_and_count_code_points() {
        let text = "ab\nçé = 1\n";
        let index = LineIndex::new(text);
        assert_eq!(index.location(0), (1, 1));
        assert_eq!(index.location(3), (2, 1));
        let eq = text.find('=').unwrap_or(0);
        assert_eq!(index.location(eq), (2, 4));
        assert_eq!(index.location(text.len()), (3, 1));
    }

    #[test]
    fn depth_bound_grows_with_brackets_and_operator_chains() {
        let flat = prescan("x = [1, 2, 3, 4, 5, 6, 7, 8]\n");
        let nested = prescan(&format!("x = {}1{}\n", "(".repeat(50), ")".repeat(50)));
        let chain = prescan(&format!("x = 1{}\n", " + 1".repeat(300)));
        assert!(flat.depth_bound < 10, "{}", flat.depth_bound);
        assert!(nested.depth_bound >= 50);
        assert!(chain.depth_bound >= 300);
    }

    #[test]
    fn strings_and_comments_do_not_count() {
        let scan =
            prescan("x = '((((((((((((((((((((' # ))))))))))\ny = \"\"\"\n+++++++++\n\"\"\"\n");
        assert!(scan.depth_bound < 8, "{}", scan.depth_bound);
        assert_eq!(scan.comments.len(), 1);
    }

    #[test]
    fn fstring_expressions_count() {
        let scan = prescan(&format!("x = f'{{{}}}'\n", "a+".repeat(400) + "a"));
        assert!(scan.depth_bound >= 400);
    }
}
