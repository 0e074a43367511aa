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
    /// Where CPython's tokenizer would refuse the text before any parsing: more than
    /// 200 nested brackets, or 100 levels of indentation.
    pub refusal: Option<(usize, &'static str)>,
}

/// The deepest pre-scan bound the parser is given, whatever the policy: the parser
/// recurses per level, and in wasm the JS engine's stack (about 1 MB, less once the
/// code is optimised) is the limit. Measured in Node: nested calls cost the most
/// (~4 KB a level, warm); at this bound (119 nested calls or brackets, 118 prefix
/// operators) every shape still runs on half of Node's default stack, cold and warm
/// (`pkg/test/stack.test.mjs`).
pub(crate) const PARSE_DEPTH_BOUND: usize = 240;

/// The pre-scan bound past which text is not parsed: four times the policy's depth
/// (the pre-scan over-counts), never more than the parser can take.
pub(crate) fn parse_depth_bound(limits: &crate::policy::Limits) -> usize {
    limits
        .max_nesting_depth
        .saturating_mul(4)
        .clamp(64, PARSE_DEPTH_BOUND)
}

/// CPython's `MAXLEVEL`: brackets nested deeper are a syntax error.
pub(crate) const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: this many indentation levels is a syntax error.
const MAX_INDENT_LEVELS: usize = 100;
/// Strings nested in f-string or t-string fields, past which the text is "too deep"
/// for the scan (CPython itself stops at 150 nested f-strings).
const MAX_STRING_NESTING: usize = 32;

/// Scans the text once, honouring strings (f-strings and t-strings with quotes reused
/// in their fields, PEP 701) and comments, to bound the nesting depth of whatever the
/// parser would build: brackets, operator chains, attribute and call chains and
/// indentation all add to it. It never fails; malformed text is the parser's business.
pub(crate) fn prescan(text: &str) -> Prescan {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        scan: Prescan::default(),
        levels: vec![0],
        enclosing: 0,
        indents: vec![0],
        strings: 0,
    };
    scanner.code(0, None);
    scanner.scan
}

/// How a replacement field's code part ended.
enum FieldEnd {
    /// At the `}` that closes the field.
    Closed,
    /// At the `:` that starts its format spec.
    Spec,
    /// Where the text ends.
    Eof,
}

struct Scanner<'t> {
    bytes: &'t [u8],
    scan: Prescan,
    /// Per open bracket level: operators seen in the current comma-separated segment.
    levels: Vec<usize>,
    /// Sum over enclosing levels of (1 + ops).
    enclosing: usize,
    indents: Vec<usize>,
    /// How many strings deep (f-string fields holding strings) the scan is.
    strings: usize,
}

impl Scanner<'_> {
    /// Counts an operator. Prefix forms (`-x`, `not x`, `await x`, `yield x`, `*x`)
    /// recurse in the parser at about twice the stack of other levels, so they weigh 2;
    /// binary uses of the same symbols are counted alike, which only makes the bound
    /// looser for chains the exact depth check would refuse anyway.
    fn bump(&mut self, weight: usize) {
        if let Some(ops) = self.levels.last_mut() {
            *ops += weight;
            let depth = self.indents.len() * 2 + self.enclosing + *ops + 1;
            self.scan.depth_bound = self.scan.depth_bound.max(depth);
        }
    }

    /// `"x"t`: a string glued to a name is CPython's `invalid syntax`, and in a
    /// bracket, repeated, it sends the parser's error recovery into exponential time.
    /// Keywords (`"a"if c else b`, `["a"for …]`) and string prefixes (`"a"f"b"`) are fine.
    fn check_after_string(&mut self, bytes: &[u8], at: usize) {
        const KEYWORDS: &[&[u8]] = &[
            b"and", b"or", b"not", b"in", b"is", b"if", b"else", b"for", b"async", b"from", b"as",
            b"lambda", b"await",
        ];
        let word_end = bytes[at.min(bytes.len())..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80))
            .map_or(bytes.len(), |n| at + n);
        if word_end == at {
            return;
        }
        let word = &bytes[at..word_end];
        let prefix = matches!(bytes.get(word_end), Some(b'"' | b'\''));
        if !prefix && !KEYWORDS.contains(&word) {
            self.refuse(at, "invalid syntax");
        }
    }

    fn refuse(&mut self, at: usize, why: &'static str) {
        self.scan.refusal.get_or_insert((at, why));
    }

    fn open_bracket(&mut self, at: usize) {
        self.scan.tokens += 1;
        self.bump(1);
        self.enclosing += 1 + self.levels.last().copied().unwrap_or(0);
        self.levels.push(0);
        if self.levels.len() - 1 > MAX_BRACKET_DEPTH {
            self.refuse(at, "too many nested parentheses");
        }
    }

    fn close_bracket(&mut self) {
        self.scan.tokens += 1;
        if self.levels.len() > 1 {
            self.levels.pop();
            self.enclosing = self
                .enclosing
                .saturating_sub(1 + self.levels.last().copied().unwrap_or(0));
        }
    }

    /// Scans code from `i`. With `field` (the bracket level of an f-string replacement
    /// field), stops where the field's code part ends; returns where it stopped.
    fn code(&mut self, mut i: usize, field: Option<usize>) -> (usize, FieldEnd) {
        let bytes = self.bytes;
        let mut at_line_start = field.is_none();
        while i < bytes.len() {
            let b = bytes[i];
            if at_line_start && self.levels.len() == 1 {
                i = self.indentation(i);
                at_line_start = false;
                continue;
            }
            let at_field_level = field.is_some_and(|level| self.levels.len() == level);
            match b {
                b'}' if at_field_level => {
                    self.close_bracket();
                    return (i + 1, FieldEnd::Closed);
                }
                b':' if at_field_level => return (i + 1, FieldEnd::Spec),
                // `!r`: a conversion, then `:` or `}`.
                b'!' if at_field_level && bytes.get(i + 1) != Some(&b'=') => i += 1,
                b'#' => {
                    let end = memchr_newline(bytes, i);
                    self.scan.comments.push((i, end));
                    i = end;
                }
                b'\n' => {
                    if self.levels.len() == 1 {
                        self.levels[0] = 0;
                        at_line_start = true;
                    }
                    i += 1;
                }
                b'\\' => {
                    // Line continuation: the logical line goes on. Anything but a line
                    // end after it is CPython's error (and `{\for` trips the parser).
                    if !matches!(bytes.get(i + 1), None | Some(b'\r' | b'\n')) {
                        self.refuse(
                            i + 1,
                            "unexpected character after line continuation character",
                        );
                    }
                    i += 1;
                    if bytes.get(i) == Some(&b'\r') {
                        i += 1;
                    }
                    if bytes.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                }
                b'"' | b'\'' => {
                    self.scan.tokens += 1;
                    i = self.string(i, i);
                    self.check_after_string(bytes, i);
                }
                b'(' | b'[' | b'{' => {
                    self.open_bracket(i);
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    self.close_bracket();
                    i += 1;
                }
                b',' | b';' => {
                    self.scan.tokens += 1;
                    if let Some(ops) = self.levels.last_mut() {
                        *ops = 0;
                    }
                    i += 1;
                }
                b'=' => {
                    self.scan.tokens += 1;
                    let prev = if i > 0 { bytes[i - 1] } else { b' ' };
                    let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                    let compound = matches!(prev, b'=' | b'<' | b'>' | b'!' | b':') || next == b'=';
                    // A plain `=` resets nothing: in `lambda a=lambda b=…` and
                    // `f(a=f(b=…))` the parser still recurses across it.
                    if compound {
                        self.bump(1);
                    }
                    i += 1;
                }
                b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<'
                | b'>' | b'.' | b'!' | b':' => {
                    self.scan.tokens += 1;
                    if b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                        i = skip_word(bytes, i + 1);
                        continue;
                    }
                    if b != b':' {
                        let prefix = matches!(b, b'-' | b'+' | b'~' | b'*');
                        self.bump(if prefix { 2 } else { 1 });
                    }
                    i += 1;
                }
                _ if is_word_byte(b) => {
                    self.scan.tokens += 1;
                    let end = skip_word(bytes, i);
                    // A string prefix such as rb"..." or f'...' or t"...".
                    if end < bytes.len()
                        && matches!(bytes[end], b'"' | b'\'')
                        && end - i <= 3
                        && bytes[i..end].iter().all(|c| b"rRbBuUfFtT".contains(c))
                    {
                        i = self.string(i, end);
                        self.check_after_string(bytes, i);
                        continue;
                    }
                    match &bytes[i..end] {
                        b"not" | b"await" | b"yield" => self.bump(2),
                        b"and" | b"or" | b"if" | b"else" | b"lambda" | b"in" | b"is" | b"from" => {
                            self.bump(1)
                        }
                        _ => {}
                    }
                    i = end;
                }
                _ => i += 1,
            }
        }
        (i, FieldEnd::Eof)
    }

    /// Measures the indentation of the line starting at `i`; returns where its text
    /// starts.
    fn indentation(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let mut width = 0;
        let mut j = i;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\x0c') {
            width += 1;
            j += 1;
        }
        let blank = j >= bytes.len() || matches!(bytes[j], b'\n' | b'\r' | b'#');
        if !blank {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&w| w > width) {
                self.indents.pop();
            }
            if self.indents.last().is_some_and(|&w| w < width) {
                self.indents.push(width);
                if self.indents.len() > MAX_INDENT_LEVELS {
                    self.refuse(i, "too many levels of indentation");
                }
            }
            let depth = self.indents.len() * 2 + 1;
            self.scan.depth_bound = self.scan.depth_bound.max(depth);
        }
        j
    }

    /// Skips a string literal whose prefix starts at `start` and quote at `quote_at`;
    /// returns where it ends. The fields of f-strings and t-strings are scanned as code.
    fn string(&mut self, start: usize, quote_at: usize) -> usize {
        let bytes = self.bytes;
        let prefix = &bytes[start..quote_at];
        let raw = prefix.iter().any(|c| matches!(c, b'r' | b'R'));
        let interpolated = prefix
            .iter()
            .any(|c| matches!(c, b'f' | b'F' | b't' | b'T'));
        let quote = bytes[quote_at];
        let triple =
            bytes.get(quote_at + 1) == Some(&quote) && bytes.get(quote_at + 2) == Some(&quote);
        let mut i = quote_at + if triple { 3 } else { 1 };
        if interpolated {
            self.strings += 1;
            if self.strings > MAX_STRING_NESTING {
                // Deeper than any real code: let the depth limit refuse it.
                self.scan.depth_bound = usize::MAX / 2;
                self.strings -= 1;
                return bytes.len();
            }
        }
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
                    i += 1;
                    break;
                }
                if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                    i += 3;
                    break;
                }
            } else if b == b'\n' && !triple {
                break;
            } else if interpolated && b == b'{' {
                if bytes.get(i + 1) == Some(&b'{') {
                    i += 2;
                    continue;
                }
                i = self.field(i);
                continue;
            }
            i += 1;
        }
        if interpolated {
            self.strings -= 1;
        }
        i.min(bytes.len())
    }

    /// A replacement field `{code!r:spec}` starting at `i`; returns where it ends.
    fn field(&mut self, i: usize) -> usize {
        self.open_bracket(i);
        let level = self.levels.len();
        let (mut i, end) = self.code(i + 1, Some(level));
        if !matches!(end, FieldEnd::Spec) {
            return i;
        }
        // The spec is text, whose own `{...}` are fields again, up to the `}`.
        loop {
            match self.bytes.get(i) {
                None => return i,
                Some(b'{') => i = self.field(i),
                Some(b'}') => {
                    self.close_bracket();
                    return i + 1;
                }
                Some(_) => i += 1,
            }
        }
    }
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
