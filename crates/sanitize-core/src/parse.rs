//! The one place that talks to the parser, so it can be swapped.

pub(crate) use rustpython_parser::ast;
use rustpython_parser::{Mode, ParseErrorType};

/// The parser's complaint, placed at a byte offset.
#[derive(Debug)]
pub(crate) struct SyntaxErrorAt {
    pub message: String,
    pub offset: usize,
}

/// The parser and its version, as reports name them.
pub const PARSER_VERSION: &str = "rustpython-parser 0.4.0";

/// Parses a whole module.
pub(crate) fn parse_module(source: &str) -> Result<Vec<ast::Stmt>, SyntaxErrorAt> {
    match rustpython_parser::parse(source, Mode::Module, "<llm>") {
        Ok(ast::Mod::Module(module)) => Ok(module.body),
        Ok(_) => Err(SyntaxErrorAt {
            message: "expected a module".to_string(),
            offset: 0,
        }),
        Err(error) => Err(SyntaxErrorAt {
            message: describe(&error.error),
            offset: error.offset.to_usize(),
        }),
    }
}

fn describe(error: &ParseErrorType) -> String {
    match error {
        ParseErrorType::Eof => {
            "unexpected end of code (an unclosed bracket, string or block?)".to_string()
        }
        other => {
            let text = other.to_string();
            // The parser's own wording can mention internal token names; keep it readable.
            text.replace("Got unexpected token", "unexpected token")
                .replace("Got unexpected EOF", "unexpected end of code")
        }
    }
}

/// Parses one expression (a string annotation's content), or `None` if it is not one.
pub(crate) fn parse_expression(source: &str) -> Option<ast::Expr> {
    match rustpython_parser::parse(source, Mode::Expression, "<annotation>") {
        Ok(ast::Mod::Expression(expression)) => Some(*expression.body),
        _ => None,
    }
}

/// Byte offset where a node starts.
pub(crate) fn start<T: rustpython_parser::ast::Ranged>(node: &T) -> usize {
    node.range().start().to_usize()
}

/// Byte offset where a node ends.
pub(crate) fn end<T: rustpython_parser::ast::Ranged>(node: &T) -> usize {
    node.range().end().to_usize()
}
