//! Finds the code in an LLM answer.
//!
//! - No fence at all: the whole answer is the code, unchanged.
//! - Fenced blocks (```` ``` ```` or `~~~`, up to three spaces of indent, closed by
//!   a fence of the same character at least as long; an unclosed block runs to the
//!   end of the answer): blocks tagged `python`, `py`, `python3`, `py3`, `ipython`
//!   or `pycon` are preferred, then untagged blocks; among those the **largest**
//!   wins (the first on a tie). Blocks are not concatenated: several blocks in an
//!   answer are usually alternatives, usage examples or shell commands, and joining
//!   them produces code nobody wrote.
//! - Fences but no Python or untagged block (only ```` ```bash ````, say): the code is
//!   empty, which validation reports as `empty-code`.

use serde::Serialize;

/// The code found in an answer, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extraction {
    pub code: String,
    /// Whether the answer had fenced blocks at all.
    pub fenced: bool,
    /// How many fenced blocks the answer had.
    pub blocks: usize,
    /// Index (0-based) of the chosen block, when one was chosen.
    pub chosen: Option<usize>,
    /// The chosen block's language tag, lower-cased (`""` when untagged).
    pub language: Option<String>,
}

const PYTHON_TAGS: &[&str] = &["python", "py", "python3", "py3", "ipython", "pycon"];

struct Block {
    language: String,
    code: String,
}

pub fn extract_code(answer: &str) -> Extraction {
    let blocks = fenced_blocks(answer);
    if blocks.is_empty() {
        return Extraction {
            code: answer.to_string(),
            fenced: false,
            blocks: 0,
            chosen: None,
            language: None,
        };
    }
    let pick = |wanted: &dyn Fn(&Block) -> bool| {
        blocks.iter().enumerate().filter(|(_, b)| wanted(b)).fold(
            None::<(usize, &Block)>,
            |best, (i, b)| match best {
                Some((_, current)) if current.code.len() >= b.code.len() => best,
                _ => Some((i, b)),
            },
        )
    };
    let chosen = pick(&|b: &Block| PYTHON_TAGS.contains(&b.language.as_str()))
        .or_else(|| pick(&|b: &Block| b.language.is_empty()));
    Extraction {
        code: chosen.map(|(_, b)| b.code.clone()).unwrap_or_default(),
        fenced: true,
        blocks: blocks.len(),
        chosen: chosen.map(|(i, _)| i),
        language: chosen.map(|(_, b)| b.language.clone()),
    }
}

fn fenced_blocks(answer: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<(u8, usize, String, Vec<&str>)> = None;
    for line in answer.lines() {
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        let fence = (indent <= 3).then(|| fence_of(trimmed)).flatten();
        match (&mut open, fence) {
            (None, Some((ch, len, info))) => {
                let language = info.split_whitespace().next().unwrap_or("").to_lowercase();
                let language = language
                    .trim_start_matches('{')
                    .trim_end_matches('}')
                    .to_string();
                open = Some((ch, len, language, Vec::new()));
            }
            (Some((ch, len, _, _)), Some((c, l, info)))
                if c == *ch && l >= *len && info.trim().is_empty() =>
            {
                if let Some((_, _, language, lines)) = open.take() {
                    blocks.push(Block {
                        language,
                        code: join(&lines),
                    });
                }
            }
            (Some((_, _, _, lines)), _) => lines.push(line),
            (None, None) => {}
        }
    }
    if let Some((_, _, language, lines)) = open {
        blocks.push(Block {
            language,
            code: join(&lines),
        });
    }
    blocks
}

/// ```` ```python ```` → (b'`', 3, "python")
fn fence_of(line: &str) -> Option<(u8, usize, &str)> {
    let first = *line.as_bytes().first()?;
    if first != b'`' && first != b'~' {
        return None;
    }
    let len = line.bytes().take_while(|&b| b == first).count();
    if len < 3 {
        return None;
    }
    let info = &line[len..];
    if first == b'`' && info.contains('`') {
        return None;
    }
    Some((first, len, info))
}

fn join(lines: &[&str]) -> String {
    let mut code = lines.join("\n");
    if !code.is_empty() {
        code.push('\n');
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_code_passes_through() {
        let e = extract_code("def f():\n    return 1\n");
        assert_eq!(e.code, "def f():\n    return 1\n");
        assert!(!e.fenced);
    }

    #[test]
    fn prose_is_dropped_and_python_preferred() {
        let answer = "Here you go:\n\n```bash\npip install x\n```\n\n```python\ndef soma(a, b):\n    return a + b\n```\nEnjoy!";
        let e = extract_code(answer);
        assert_eq!(e.code, "def soma(a, b):\n    return a + b\n");
        assert_eq!((e.blocks, e.chosen), (2, Some(1)));
        assert_eq!(e.language.as_deref(), Some("python"));
    }

    #[test]
    fn largest_python_block_wins() {
        let answer = "```py\nx = 1\n```\ntext\n```python\ndef f():\n    return 2\n```\n```python\ny = 2\n```";
        assert_eq!(extract_code(answer).chosen, Some(1));
    }

    #[test]
    fn untagged_blocks_and_tildes_and_unclosed() {
        assert_eq!(extract_code("~~~\nx = 1\n~~~").code, "x = 1\n");
        assert_eq!(extract_code("text\n```\nx = 1\n").code, "x = 1\n");
        assert_eq!(extract_code("````python\n```\n````").code, "```\n");
    }

    #[test]
    fn no_python_block_means_no_code() {
        let e = extract_code("```bash\nrm -rf /\n```");
        assert_eq!(e.code, "");
        assert_eq!(e.chosen, None);
    }
}
