use crate::parse::ast::{Decorator, Expr, Stmt};
use crate::parse::start;
use crate::report::Finding;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Notes public top-level functions and classes without a docstring (tests and
    /// pytest fixtures excepted: their names say what they check). Info only: it
    /// lowers the score a little and never blocks.
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
            // A decorated definition's range starts at its first decorator: then the
            // finding is at the name.
            let (kind, name, body, decorators) = match stmt {
                Stmt::FunctionDef(s) => ("function", &s.name, &s.body, &s.decorator_list),
                Stmt::ClassDef(s) => ("class", &s.name, &s.body, &s.decorator_list),
                _ => return None,
            };
            // Tests and fixtures are named for what they check.
            let test = name.starts_with("test")
                || name.starts_with("Test")
                || decorators
                    .iter()
                    .any(|d: &Decorator| is_fixture(&d.expression));
            if name.starts_with('_') || test || has_docstring(body) {
                return None;
            }
            let at = if decorators.is_empty() {
                start(stmt)
            } else {
                start(name)
            };
            Some(Finding::new(
                Rule::MissingDocstring,
                format!("public {kind} `{name}` has no docstring"),
                at,
                at,
            ))
        })
        .collect()
}

/// `@pytest.fixture`, `@fixture`, `@pytest.fixture(scope=...)`.
pub(crate) fn is_fixture(decorator: &Expr) -> bool {
    match decorator {
        Expr::Call(call) => is_fixture(&call.func),
        Expr::Attribute(a) => a.attr.as_str() == "fixture",
        Expr::Name(n) => n.id.as_str() == "fixture",
        _ => false,
    }
}

fn has_docstring(body: &[Stmt]) -> bool {
    matches!(body.first(), Some(Stmt::Expr(e)) if matches!(e.value.as_ref(), Expr::StringLiteral(_)))
}
