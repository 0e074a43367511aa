//! The one place that talks to the parser (RustPython's fork of Ruff's parser), so it
//! can be swapped: parsing, the target grammar, syntax-error wording, and the small
//! views of the tree every rule needs (literal values, call arguments, string pieces).

pub(crate) use ruff_python_ast as ast;
use ruff_python_ast::{Expr, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::Ranged;

/// The parser's complaint, placed at a byte offset.
#[derive(Debug)]
pub(crate) struct SyntaxErrorAt {
    pub message: String,
    pub offset: usize,
}

/// The parser and its version, as reports name them.
pub const PARSER_VERSION: &str = "rustpython-ruff_python_parser 0.16.10";

/// The grammar accepted: syntax newer than this is a syntax error, as it would be for
/// the interpreter that runs the code.
pub const PYTHON_GRAMMAR: &str = "3.14";
const TARGET: PythonVersion = PythonVersion::PY314;

fn options(mode: Mode) -> ParseOptions {
    ParseOptions::from(mode).with_target_version(TARGET)
}

/// A parsed module: its statements, and where non-ASCII identifiers are spelled.
pub(crate) struct Module {
    pub body: ast::Suite,
    /// Byte ranges of identifiers whose spelling is not ASCII. The tree holds names
    /// after NFKC normalisation (as Python reads them); their spelling is only here.
    pub non_ascii_names: Vec<(usize, usize)>,
}

/// Parses a whole module for the target grammar.
pub(crate) fn parse_module(source: &str) -> Result<Module, SyntaxErrorAt> {
    // CPython refuses source holding a NUL byte anywhere, even in a string or comment.
    if let Some(offset) = source.find('\0') {
        return Err(SyntaxErrorAt {
            message: "source code cannot contain null bytes".to_string(),
            offset,
        });
    }
    let parsed = ruff_python_parser::parse(source, options(Mode::Module));
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(error) => {
            return Err(SyntaxErrorAt {
                message: error.error.to_string(),
                offset: error.location.start().to_usize(),
            })
        }
    };
    if let Some(unsupported) = parsed.unsupported_syntax_errors().first() {
        return Err(SyntaxErrorAt {
            message: unsupported.to_string(),
            offset: unsupported.range.start().to_usize(),
        });
    }
    let non_ascii_names = non_ascii_names(source, parsed.tokens());
    match parsed.into_syntax() {
        ast::Mod::Module(module) => Ok(Module {
            body: module.body,
            non_ascii_names,
        }),
        ast::Mod::Expression(_) => Err(SyntaxErrorAt {
            message: "expected a module".to_string(),
            offset: 0,
        }),
    }
}

fn non_ascii_names(source: &str, tokens: &ast::token::Tokens) -> Vec<(usize, usize)> {
    if source.is_ascii() {
        return Vec::new();
    }
    tokens
        .iter()
        .filter(|token| token.kind() == ast::token::TokenKind::Identifier)
        .map(|token| (start(token), end(token)))
        .filter(|&(s, e)| source.get(s..e).is_some_and(|name| !name.is_ascii()))
        .collect()
}

/// Parses one expression (a string annotation's content), or `None` if it is not one;
/// with the ranges of its non-ASCII identifiers.
pub(crate) fn parse_expression(source: &str) -> Option<(Expr, Vec<(usize, usize)>)> {
    if source.contains('\0') {
        return None;
    }
    let parsed = ruff_python_parser::parse(source, options(Mode::Expression)).ok()?;
    if !parsed.unsupported_syntax_errors().is_empty() {
        return None;
    }
    let names = non_ascii_names(source, parsed.tokens());
    match parsed.into_syntax() {
        ast::Mod::Expression(expression) => Some((*expression.body, names)),
        ast::Mod::Module(_) => None,
    }
}

/// Byte offset where a node starts.
pub(crate) fn start<T: Ranged>(node: &T) -> usize {
    node.start().to_usize()
}

/// Byte offset where a node ends.
pub(crate) fn end<T: Ranged>(node: &T) -> usize {
    node.end().to_usize()
}

/// A literal's value, whatever node the parser made for it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Literal<'a> {
    Str(&'a str),
    /// Bytes, by length.
    Bytes(usize),
    Int(&'a ast::Int),
    Float(f64),
    Complex,
    Bool(bool),
    None,
    Ellipsis,
}

/// The literal an expression is, if it is one (`"a" "b"` is one string).
pub(crate) fn literal(expr: &Expr) -> Option<Literal<'_>> {
    Some(match expr {
        Expr::StringLiteral(s) => Literal::Str(s.value.to_str()),
        Expr::BytesLiteral(b) => Literal::Bytes(b.value.iter().map(|part| part.len()).sum()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Literal::Int(i),
            ast::Number::Float(f) => Literal::Float(*f),
            ast::Number::Complex { .. } => Literal::Complex,
        },
        Expr::BooleanLiteral(b) => Literal::Bool(b.value),
        Expr::NoneLiteral(_) => Literal::None,
        Expr::EllipsisLiteral(_) => Literal::Ellipsis,
        _ => return None,
    })
}

/// The text of a plain string literal (implicit concatenation joined).
/// A string literal naming a public attribute (no leading `_`): what code that sets
/// attributes from a literal may name without reaching special or private ones.
pub(crate) fn is_public_name_literal(expr: &Expr) -> bool {
    str_literal(expr).is_some_and(|name| !name.starts_with('_'))
}

pub(crate) fn str_literal(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::StringLiteral(s) => Some(s.value.to_str()),
        _ => None,
    }
}

/// Whether the expression is any literal constant.
pub(crate) fn is_literal(expr: &Expr) -> bool {
    literal(expr).is_some()
}

/// One piece of an f-string or t-string, in source order.
pub(crate) enum StringPiece<'a> {
    /// Literal text, with its range.
    Text(&'a str, usize, usize),
    /// An interpolation (`{value!r:spec}`).
    Interpolation(&'a ast::InterpolatedElement),
}

/// The pieces of an f-string or t-string expression, literal parts included (`"a" f"b"`).
pub(crate) fn interpolated_pieces(expr: &Expr) -> Vec<StringPiece<'_>> {
    let mut pieces = Vec::new();
    match expr {
        Expr::FString(f) => {
            for part in f.value.iter() {
                match part {
                    ast::FStringPartRef::Literal(literal) => {
                        pieces.push(StringPiece::Text(
                            &literal.value,
                            start(literal),
                            end(literal),
                        ));
                    }
                    ast::FStringPartRef::FString(fstring) => {
                        push_elements(&fstring.elements, &mut pieces);
                    }
                }
            }
        }
        Expr::TString(t) => {
            for tstring in t.value.iter() {
                push_elements(&tstring.elements, &mut pieces);
            }
        }
        _ => {}
    }
    pieces
}

/// The pieces of a run of f-string elements (an f-string body or a format spec).
pub(crate) fn element_pieces(elements: &ast::InterpolatedStringElements) -> Vec<StringPiece<'_>> {
    let mut pieces = Vec::new();
    push_elements(elements, &mut pieces);
    pieces
}

fn push_elements<'a>(
    elements: &'a ast::InterpolatedStringElements,
    out: &mut Vec<StringPiece<'a>>,
) {
    for element in elements.iter() {
        match element {
            ast::InterpolatedStringElement::Literal(literal) => {
                out.push(StringPiece::Text(
                    &literal.value,
                    start(literal),
                    end(literal),
                ));
            }
            ast::InterpolatedStringElement::Interpolation(interpolation) => {
                out.push(StringPiece::Interpolation(interpolation));
            }
        }
    }
}

/// The literal text of an f-string's format spec when it holds no interpolation.
pub(crate) fn constant_spec(interpolation: &ast::InterpolatedElement) -> Option<String> {
    let spec = interpolation.format_spec.as_deref()?;
    let mut text = String::new();
    for element in spec.elements.iter() {
        match element {
            ast::InterpolatedStringElement::Literal(literal) => text.push_str(&literal.value),
            ast::InterpolatedStringElement::Interpolation(_) => return None,
        }
    }
    Some(text)
}

/// The positional arguments of a call.
pub(crate) fn call_args(call: &ast::ExprCall) -> &[Expr] {
    &call.arguments.args
}

/// The keyword arguments of a call.
pub(crate) fn call_keywords(call: &ast::ExprCall) -> &[ast::Keyword] {
    &call.arguments.keywords
}

/// The value of keyword argument `name`, if given.
pub(crate) fn keyword<'a>(call: &'a ast::ExprCall, name: &str) -> Option<&'a Expr> {
    call.arguments
        .keywords
        .iter()
        .find(|k| k.arg.as_deref() == Some(name))
        .map(|k| &k.value)
}

/// A class's bases (positional arguments of its header).
pub(crate) fn class_bases(class: &ast::StmtClassDef) -> &[Expr] {
    class.arguments.as_deref().map_or(&[], |a| &a.args[..])
}

/// A class's keywords (`metaclass=…`).
pub(crate) fn class_keywords(class: &ast::StmtClassDef) -> &[ast::Keyword] {
    class.arguments.as_deref().map_or(&[], |a| &a.keywords[..])
}

/// A type-parameter list's parameters (none when absent).
pub(crate) fn type_params(params: Option<&ast::TypeParams>) -> &[ast::TypeParam] {
    params.map_or(&[], |p| &p.type_params[..])
}

/// The branches of an `if` chain in order: `(Some(test), body)` for `if`/`elif`,
/// `(None, body)` for `else`.
pub(crate) fn if_branches(stmt: &ast::StmtIf) -> Vec<(Option<&Expr>, &[ast::Stmt])> {
    std::iter::once((Some(stmt.test.as_ref()), &stmt.body[..]))
        .chain(
            stmt.elif_else_clauses
                .iter()
                .map(|clause| (clause.test.as_ref(), &clause.body[..])),
        )
        .collect()
}
