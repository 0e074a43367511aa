use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags dynamic code execution: the builtins `exec`, `eval` and `compile`
    /// (referenced, not only called: `map(eval, xs)`, `f = exec`, default arguments),
    /// code and function constructors (`types.FunctionType`, `types.CodeType`),
    /// `codeop`, and library helpers that evaluate strings (`pandas.eval`,
    /// `numexpr.evaluate`, `sympy.sympify`, `timeit` given a string), `doctest`, template
    /// engines whose expressions reach any attribute (`jinja2`, `mako`), and `torch.hub`,
    /// which runs a downloaded repository's code.
    ///
    /// ## Why is this bad?
    /// Code built at run time cannot be checked before it runs; it is the usual way to
    /// smuggle anything else past a static check (`exec(base64.b64decode(...))`).
    ///
    /// ## Example
    /// ```python
    /// eval(input("expression: "))
    /// ```
    DynamicCodeExecution
}

pub(crate) const WHAT: &str = "executes code built at run time";

pub(crate) const BUILTINS: &[&str] = &["eval", "exec", "compile", "execfile"];

pub(crate) const PATHS: &[&str] = &[
    "types.FunctionType",
    "types.CodeType",
    "types.LambdaType",
    "codeop",
    "pandas.eval",
    "numexpr.evaluate",
    "sympy.sympify",
    "sympy.parse_expr",
    "sympy.parsing",
    // Run code found in strings: docstring examples, template expressions.
    "doctest",
    "jinja2",
    "mako",
    // Run code downloaded from a model hub.
    "torch.hub",
    // Sub-interpreters run source strings.
    "_xxsubinterpreters",
    "_interpreters",
    "interpreters",
    "six.exec_",
    "sympy.S",
    "sympy.lambdify",
    "cython.inline",
    "numpy.testing.runstring",
    "bottle.template",
    "setuptools.sandbox",
    // The command-line entry point: its arguments are statements to run.
    "timeit.main",
];

/// `timeit` helpers run their `stmt`/`setup` when given as strings.
pub(crate) const STRING_EVALUATORS: &[&str] = &["timeit.timeit", "timeit.repeat", "timeit.Timer"];

/// `timeit.timeit("code")`: the statement is code in a string.
pub(crate) fn check_string_evaluator(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let paths = checker.resolve(&call.func);
    let Some(function) = paths
        .iter()
        .find(|p| STRING_EVALUATORS.contains(&p.as_str()))
    else {
        return;
    };
    // `**options` may hold `stmt`; `*args` may put a string first.
    let code_args = call.arguments.args.iter().take(2).chain(
        call.arguments
            .keywords
            .iter()
            .filter(|k| matches!(k.arg.as_deref(), Some("stmt" | "setup") | None))
            .map(|k| &k.value),
    );
    // Only a lambda or a function defined here is certainly not a string of code.
    let callable = |e: &Expr| match e {
        Expr::Lambda(_) => true,
        Expr::Name(name) => checker
            .defined_functions
            .contains(crate::names::normalize(&name.id).as_ref()),
        _ => false,
    };
    let strings: Vec<&Expr> = code_args.filter(|e| !callable(e)).collect();
    if !strings.is_empty() {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` runs its statement as code; pass a function instead"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

fn is_annotations(expr: &crate::parse::ast::Expr) -> bool {
    use crate::parse::ast::Expr;
    match expr {
        Expr::Name(n) => n.id.as_str() == "__annotations__",
        Expr::Attribute(a) => a.attr.as_str() == "__annotations__",
        _ => false,
    }
}

/// Writing `__annotations__` (`C.__annotations__ = {"x": "code"}`, `...["x"] = ...`,
/// `.update(...)`) hands strings to whatever evaluates annotations
/// (`typing.get_type_hints`, `dataclasses`, `pydantic`).
pub(crate) fn check_annotations_write(
    checker: &mut crate::checker::Checker,
    expr: &crate::parse::ast::Expr,
) {
    use crate::parse::ast::{Expr, ExprContext};
    let written = match expr {
        Expr::Name(n) => n.ctx != ExprContext::Load && is_annotations(expr),
        Expr::Attribute(a) => a.ctx != ExprContext::Load && is_annotations(expr),
        Expr::Subscript(s) => s.ctx != ExprContext::Load && is_annotations(&s.value),
        Expr::Call(call) => matches!(call.func.as_ref(), Expr::Attribute(m)
            if matches!(m.attr.as_str(), "update" | "setdefault" | "__setitem__" | "__ior__")
                && is_annotations(&m.value)),
        _ => false,
    };
    if written {
        checker.report(
            super::Rule::DynamicCodeExecution,
            "`__annotations__` written: annotation strings are evaluated as code by `typing.get_type_hints` and friends",
            crate::parse::start(expr),
            crate::parse::end(expr),
        );
    }
}

/// An annotation is a type, not a computation: strings joined with `+` or `%`, or an
/// f-string, make code that `typing.get_type_hints` evaluates and no check can read.
pub(crate) fn check_built_annotation(
    checker: &mut crate::checker::Checker,
    annotation: &crate::parse::ast::Expr,
) {
    use crate::parse::ast::{Expr, Operator};
    use crate::visitor::{self, Visitor};
    struct Built(Option<(usize, usize)>);
    impl<'b> Visitor<'b> for Built {
        fn visit_expr(&mut self, expr: &'b Expr) {
            let built = match expr {
                Expr::BinOp(b) => b.op != Operator::BitOr,
                Expr::FString(_) | Expr::TString(_) => true,
                _ => false,
            };
            if built && self.0.is_none() {
                self.0 = Some((crate::parse::start(expr), crate::parse::end(expr)));
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut built = Built(None);
    built.visit_expr(annotation);
    if let Some((s, e)) = built.0 {
        checker.report(
            super::Rule::DynamicCodeExecution,
            "an annotation computed from strings: `typing.get_type_hints` would evaluate it as code",
            s,
            e,
        );
    }
}
