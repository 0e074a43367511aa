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
    let code_args = call.args.iter().take(2).chain(
        call.keywords
            .iter()
            .filter(|k| matches!(k.arg.as_deref(), Some("stmt" | "setup")))
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
