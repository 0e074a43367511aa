use crate::parse::ast::{Constant, Expr, Stmt};
use crate::parse::start;
use crate::report::Finding;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Notes public top-level functions and classes without a docstring. Info only:
    /// it lowers the score a little and never blocks.
    ///
    /// ## Why is this bad?
    /// Generated code is read by someone who did not write it; a docstring says what
    /// the code is meant to do, which is what a reviewer checks it against.
    ///
    /// ## Example
    /// ```python
    /// def soma(a, b):
    ///     return a + b
    /// ```
    MissingDocstring
}

pub(crate) fn check_module(body: &[Stmt]) -> Vec<Finding> {
    body.iter()
        .filter_map(|stmt| {
            let (kind, name, body) = match stmt {
                Stmt::FunctionDef(s) => ("function", s.name.as_str(), &s.body),
                Stmt::AsyncFunctionDef(s) => ("function", s.name.as_str(), &s.body),
                Stmt::ClassDef(s) => ("class", s.name.as_str(), &s.body),
                _ => return None,
            };
            if name.starts_with('_') || has_docstring(body) {
                return None;
            }
            let at = start(stmt);
            Some(Finding::new(
                Rule::MissingDocstring,
                format!("public {kind} `{name}` has no docstring"),
                at,
                at,
            ))
        })
        .collect()
}

fn has_docstring(body: &[Stmt]) -> bool {
    matches!(body.first(), Some(Stmt::Expr(e)) if matches!(e.value.as_ref(), Expr::Constant(c) if matches!(c.value, Constant::Str(_))))
}
