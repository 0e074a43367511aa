use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags dynamic code execution: the builtins `exec`, `eval` and `compile`
    /// (referenced, not only called: `map(eval, xs)`, `f = exec`, default arguments),
    /// code and function constructors (`types.FunctionType`, `types.CodeType`),
    /// `codeop`, and library helpers that evaluate strings (`pandas.eval`,
    /// `numexpr.evaluate`, `sympy.sympify`), `doctest` runners, template engines whose
    /// expressions reach any attribute (`jinja2`, `mako`), and `torch.hub`, which runs a
    /// downloaded repository's code. Code written here is checked as code instead:
    /// `doctest.testmod()` reads the `>>>` examples of the module's literal docstrings
    /// and `__test__` strings, and `timeit` statements given as literals are checked,
    /// with every rule; docstrings or `__test__` set at run time, another module's
    /// examples and statements built at run time are flagged.
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

/// Methods that run code given as a string on any object (pytest's `Frame.exec_`, a
/// `code.InteractiveInterpreter`'s `runsource`); `.eval(...)` given an argument is
/// judged at the call ([`check_eval_method`]: `model.eval()` takes none).
pub(crate) const METHODS: &[&str] = &["exec_", "runsource", "runcode"];

/// `frame.eval("__import__('os')")`, `df.eval(expr)`: an `eval` method given something
/// to evaluate runs it as code, on whatever object it is.
pub(crate) fn check_eval_method(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    let given = !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty();
    if method.attr.as_str() == "eval" && given && checker.resolve(&method.value).is_empty() {
        checker.report(
            super::Rule::DynamicCodeExecution,
            "`.eval(…)` given something to evaluate runs it as code",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

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
    // Run code found in strings: docstring examples (every member but `testmod`, whose
    // examples are checked as code), template expressions.
    "doctest.*",
    "jinja2",
    "mako",
    // Evaluate any string as an annotation expression.
    "typing.ForwardRef",
    "typing._eval_type",
    "typing.evaluate_forward_ref",
    "typing_extensions.ForwardRef",
    "typing_extensions.evaluate_forward_ref",
    "annotationlib.ForwardRef",
    "annotationlib.call_evaluate_function",
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

/// What a `timeit` statement sees when no `globals` is given: the `timeit` module's own
/// globals (CPython 3.11–3.14), where `sys` and `gc` are the real modules.
const TIMEIT_NAMESPACE: &[(&str, &str)] = &[
    ("gc", "gc"),
    ("itertools", "itertools"),
    ("sys", "sys"),
    ("time", "time"),
    ("Timer", "timeit.Timer"),
    ("timeit", "timeit.timeit"),
    ("repeat", "timeit.repeat"),
    ("main", "timeit.main"),
    ("reindent", "timeit.reindent"),
    ("template", "timeit.template"),
    ("dummy_src_name", "timeit.dummy_src_name"),
    ("default_number", "timeit.default_number"),
    ("default_repeat", "timeit.default_repeat"),
    ("default_timer", "timeit.default_timer"),
    ("_globals", "timeit._globals"),
];

/// Runs the examples written in this module's docstrings: checked at the call.
pub(crate) const DOCTEST_RUNNERS: &[&str] = &["doctest.testmod"];

/// `doctest.testmod(optionflags=doctest.ELLIPSIS)`: the flags are integers.
pub(crate) const DOCTEST_OPTION_FLAGS: &[&str] = &[
    "doctest.COMPARISON_FLAGS",
    "doctest.DONT_ACCEPT_BLANKLINE",
    "doctest.DONT_ACCEPT_TRUE_FOR_1",
    "doctest.ELLIPSIS",
    "doctest.FAIL_FAST",
    "doctest.IGNORE_EXCEPTION_DETAIL",
    "doctest.NORMALIZE_WHITESPACE",
    "doctest.REPORTING_FLAGS",
    "doctest.REPORT_CDIFF",
    "doctest.REPORT_NDIFF",
    "doctest.REPORT_ONLY_FIRST_FAILURE",
    "doctest.REPORT_UDIFF",
    "doctest.SKIP",
];

/// `doctest.testmod()`: runs the `>>>` examples of this module's docstrings and of its
/// `__test__` strings. They are read and checked as code with every rule; what cannot be
/// read from here (another module's docstrings, docstrings or `__test__` set at run
/// time) is reported.
pub(crate) fn check_doctest_run(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::{end, start};
    let Some(function) = checker.resolves_to_any(&call.func, DOCTEST_RUNNERS) else {
        return;
    };
    let at = (start(call), end(call));
    let other_module = !call.arguments.args.is_empty()
        || call
            .arguments
            .keywords
            .iter()
            .any(|k| matches!(k.arg.as_deref(), None | Some("m")));
    if other_module {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` of another module runs examples this code does not show"),
            at.0,
            at.1,
        );
        return;
    }
    // A dataclass without a docstring gets one made of its signature, reprs of its
    // defaults included: text nobody wrote, which doctest would run.
    let generated = generated_docstrings(checker);
    for (s, e) in generated {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` would run the docstring `dataclass` generates for a class without one (from the reprs of its defaults)"),
            s,
            e,
        );
    }
    // `__test__` used beyond its literal assignment (updated, aliased, passed) and
    // `property(doc=…)` built at run time: docstrings doctest runs that nobody can read.
    for (s, e) in run_time_doc_sources(checker) {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` runs docstrings set at run time (`__test__` changed, a property's `doc` computed), which cannot be checked"),
            s,
            e,
        );
    }
    let docs = doctest::collect(checker.body);
    for (s, e) in docs.set_at_run_time {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` runs the examples of docstrings set at run time, which cannot be checked"),
            s,
            e,
        );
    }
    for (text, s, e) in docs.literal {
        let examples = doctest::examples(&text);
        if !examples.is_empty() {
            checker.check_code_string(
                &examples,
                "a doctest example, which `doctest.testmod()` runs",
                s,
                e,
            );
        }
    }
}

/// `timeit.timeit("code")`: the statement is code in a string.
pub(crate) fn check_string_evaluator(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Some(function) = checker.resolves_to_any(&call.func, STRING_EVALUATORS) else {
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
    // A literal statement is code written here: checked as code. Anything else is a
    // string built at run time.
    let literal: Option<Vec<(String, usize, usize)>> = strings
        .iter()
        .map(|e| {
            crate::parse::str_literal(e).map(|text| {
                (
                    text.to_string(),
                    crate::parse::start(*e),
                    crate::parse::end(*e),
                )
            })
        })
        .collect();
    match literal {
        Some(statements) => {
            let what = format!("a statement `{function}` runs");
            // Without `globals=`, the statement's free names are `timeit`'s globals;
            // with it they are the dict's, which at worst reads these names too.
            for (text, s, e) in statements {
                checker.check_code_string_in(&text, &what, TIMEIT_NAMESPACE, s, e);
            }
        }
        None => checker.report(
            super::Rule::DynamicCodeExecution,
            format!(
                "`{function}` runs a statement built at run time as code; pass a function instead"
            ),
            crate::parse::start(call),
            crate::parse::end(call),
        ),
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

/// An annotation is a type expression: names, dotted names, subscripts of them (`list[int]`,
/// `Callable[[int], str]`), unions, `None`, literals and strings (checked as code), with
/// `Annotated[T, ...]` metadata and `Literal[...]` values left to the ordinary checks.
/// Anything else (a call, an operation, an f-string, a comprehension) computes a value
/// that `typing.get_type_hints` evaluates, and which may be a string of code.
pub(crate) fn check_built_annotation(
    checker: &mut crate::checker::Checker,
    annotation: &crate::parse::ast::Expr,
) {
    if let Some((s, e)) = first_computed(checker, annotation) {
        checker.report(
            super::Rule::DynamicCodeExecution,
            "an annotation computed at run time: `typing.get_type_hints` would evaluate what it computes, which may be a string of code",
            s,
            e,
        );
    }
}

/// The first part of an annotation that is not a type expression.
/// Whether an annotation computes something (see [`check_built_annotation`]).
pub(crate) fn is_computed_annotation(
    checker: &crate::checker::Checker,
    annotation: &crate::parse::ast::Expr,
) -> bool {
    first_computed(checker, annotation).is_some()
}

fn first_computed(
    checker: &crate::checker::Checker,
    expr: &crate::parse::ast::Expr,
) -> Option<(usize, usize)> {
    use crate::parse::ast::{Expr, Operator, UnaryOp};
    let here = || Some((crate::parse::start(expr), crate::parse::end(expr)));
    match expr {
        Expr::Name(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_) => None,
        Expr::UnaryOp(u)
            if u.op == UnaryOp::USub && matches!(*u.operand, Expr::NumberLiteral(_)) =>
        {
            None
        }
        // `np.ndarray`, `typing.List`: a member of an imported module. An attribute of
        // anything else (`Kinds.item` of a class here) is a value, maybe a string.
        Expr::Attribute(_) if !checker.resolve(expr).is_empty() => None,
        // `Deque._Node`: a class defined here, nested in another.
        Expr::Attribute(a) => {
            let outer = match a.value.as_ref() {
                Expr::Name(n) => Some(n.id.as_str()),
                Expr::Attribute(inner) => Some(inner.attr.as_str()),
                _ => None,
            };
            let nested = outer.is_some_and(|outer| {
                checker.is_nested_class(
                    crate::names::normalize(outer).as_ref(),
                    crate::names::normalize(&a.attr).as_ref(),
                )
            });
            if nested {
                first_computed(checker, &a.value)
            } else {
                here()
            }
        }
        Expr::BinOp(b) if b.op == Operator::BitOr => {
            first_computed(checker, &b.left).or_else(|| first_computed(checker, &b.right))
        }
        Expr::Starred(s) => first_computed(checker, &s.value),
        Expr::Tuple(t) => t.elts.iter().find_map(|e| first_computed(checker, e)),
        Expr::List(l) => l.elts.iter().find_map(|e| first_computed(checker, e)),
        Expr::Subscript(s) => {
            if let Some(found) = first_computed(checker, &s.value) {
                return Some(found);
            }
            // `G[0]` of a class here whose `__class_getitem__` (or metaclass's
            // `__getitem__`) returns what it likes, a string for typing to evaluate.
            if own_class_named(checker, &s.value, 0)
                .is_some_and(|class| checker.subscription_runs_own_code(&class, 0))
            {
                return here();
            }
            let special = |name: &str| {
                checker.resolve(&s.value).iter().any(|p| {
                    p == &format!("typing.{name}") || p == &format!("typing_extensions.{name}")
                })
            };
            if special("Literal") {
                return None;
            }
            if special("Annotated") {
                return match s.slice.as_ref() {
                    Expr::Tuple(t) => t.elts.first().and_then(|e| first_computed(checker, e)),
                    other => first_computed(checker, other),
                };
            }
            first_computed(checker, &s.slice)
        }
        _ => here(),
    }
}

/// The class defined here that `expr` names: directly, nested (`Outer.Inner`) or
/// through a name bound once to one of those (`A = G`).
fn own_class_named(
    checker: &crate::checker::Checker,
    expr: &crate::parse::ast::Expr,
    depth: usize,
) -> Option<String> {
    use crate::parse::ast::Expr;
    match expr {
        Expr::Name(n) => {
            let id = crate::names::normalize(&n.id);
            if checker.defined_classes.contains(id.as_ref()) {
                return Some(id.into_owned());
            }
            let value = checker.constants.get(id.as_ref()).copied()?;
            (depth < 8)
                .then(|| own_class_named(checker, value, depth + 1))
                .flatten()
        }
        Expr::Attribute(a) => {
            let inner = crate::names::normalize(&a.attr);
            checker
                .defined_classes
                .contains(inner.as_ref())
                .then(|| inner.into_owned())
        }
        _ => None,
    }
}

/// Docstrings and doctest examples.
mod doctest {
    use crate::parse::ast::{Expr, Stmt};
    use crate::parse::{end, start, str_literal};
    use crate::visitor::{self, Visitor};

    /// What `doctest.testmod()` would read in a module.
    #[derive(Default)]
    pub(super) struct Docs {
        /// Literal docstrings and `__test__` strings, with their ranges.
        pub literal: Vec<(String, usize, usize)>,
        /// Where docstrings or `__test__` are set at run time.
        pub set_at_run_time: Vec<(usize, usize)>,
    }

    pub(super) fn collect(body: &[Stmt]) -> Docs {
        let mut docs = Docs::default();
        docs.docstring(body);
        docs.visit_body(body);
        docs
    }

    impl Docs {
        fn docstring(&mut self, body: &[Stmt]) {
            if let Some(Stmt::Expr(e)) = body.first() {
                if let Some(text) = str_literal(&e.value) {
                    self.literal
                        .push((text.to_string(), start(&*e.value), end(&*e.value)));
                }
            }
        }

        fn target(&mut self, target: &Expr, value: Option<&Expr>) {
            let name = match target {
                Expr::Name(n) => n.id.as_str(),
                Expr::Attribute(a) => a.attr.as_str(),
                Expr::Subscript(s) => match s.value.as_ref() {
                    Expr::Name(n) if n.id.as_str() == "__test__" => "__test__[]",
                    _ => return,
                },
                _ => return,
            };
            match (name, value) {
                ("__test__", Some(Expr::Dict(dict))) => {
                    for item in &dict.items {
                        match str_literal(&item.value) {
                            Some(text) => self.literal.push((
                                text.to_string(),
                                start(&item.value),
                                end(&item.value),
                            )),
                            None => self
                                .set_at_run_time
                                .push((start(&item.value), end(&item.value))),
                        }
                    }
                }
                ("__doc__" | "__test__" | "__test__[]", _) => {
                    self.set_at_run_time.push((start(target), end(target)))
                }
                _ => {}
            }
        }
    }

    impl<'a> Visitor<'a> for Docs {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(f) => self.docstring(&f.body),
                Stmt::ClassDef(c) => self.docstring(&c.body),
                Stmt::Assign(a) => {
                    for target in &a.targets {
                        self.target(target, Some(&a.value));
                    }
                }
                Stmt::AugAssign(a) => self.target(&a.target, None),
                Stmt::AnnAssign(a) => self.target(&a.target, a.value.as_deref()),
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            // `setattr(f, "__doc__", …)`, `vars(m)["__test__"] = …` set them too.
            if let Expr::Call(call) = expr {
                let named = call
                    .arguments
                    .args
                    .iter()
                    .any(|a| matches!(str_literal(a), Some("__doc__" | "__test__")));
                if named {
                    self.set_at_run_time.push((start(expr), end(expr)));
                }
                // `property(fget, fset, fdel, doc)`, `property(doc="…")` and any other
                // call given a literal `doc`: doctest collects a property's docstring.
                // `SimpleNamespace(__doc__=…)` handed to `cached_property` and friends:
                // doctest collects the docstrings of what a module's objects wrap.
                if let Some(doc) = crate::parse::keyword(call, "__doc__") {
                    match str_literal(doc) {
                        Some(text) => self.literal.push((text.to_string(), start(doc), end(doc))),
                        None => self.set_at_run_time.push((start(doc), end(doc))),
                    }
                }
                let doc = crate::parse::keyword(call, "doc").or_else(|| {
                    matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "property")
                        .then(|| call.arguments.args.get(3))
                        .flatten()
                });
                if let Some(doc) = doc {
                    if let Some(text) = str_literal(doc) {
                        self.literal.push((text.to_string(), start(doc), end(doc)));
                    }
                }
            }
            if let Expr::Named(n) = expr {
                self.target(&n.target, None);
            }
            visitor::walk_expr(self, expr);
        }
    }

    /// The source of the `>>>` examples of a docstring, one statement after another, as
    /// doctest's parser reads them (`...` lines continue an example).
    pub(super) fn examples(docstring: &str) -> String {
        let mut source = String::new();
        let mut in_example = false;
        for line in docstring.lines() {
            let text = line.trim_start();
            if let Some(rest) = text.strip_prefix(">>>") {
                if rest.is_empty() || rest.starts_with(' ') {
                    source.push_str(rest.strip_prefix(' ').unwrap_or(rest));
                    source.push('\n');
                    in_example = true;
                    continue;
                }
            }
            if in_example {
                if let Some(rest) = text.strip_prefix("...") {
                    if rest.is_empty() || rest.starts_with(' ') {
                        source.push_str(rest.strip_prefix(' ').unwrap_or(rest));
                        source.push('\n');
                        continue;
                    }
                }
            }
            in_example = false;
        }
        source
    }
}

/// Describing a callable is pure, but `eval_str=True` evaluates its string annotations
/// (in `globals`/`locals` when given): `inspect.signature(f, eval_str=True)`.
const ANNOTATION_EVALUATORS: &[&str] = &[
    "inspect.signature",
    "inspect.Signature.from_callable",
    "inspect.get_annotations",
    "typing_extensions.get_annotations",
];

/// A function or class this code defines (by its name, or `self`'s class), whose
/// annotations are the literal ones the code shows.
fn is_own_definition(checker: &crate::checker::Checker, expr: &crate::parse::ast::Expr) -> bool {
    use crate::parse::ast::Expr;
    match expr {
        Expr::Name(name) => {
            let id = crate::names::normalize(&name.id);
            checker.is_module_level(&id)
                && (checker.defined_functions.contains(id.as_ref())
                    || checker.defined_classes.contains(id.as_ref()))
                && !checker.has_custom_construction(&id)
        }
        // `Deque._Node`: a class nested in one defined here.
        Expr::Attribute(a) => match a.value.as_ref() {
            Expr::Name(outer) => checker.is_nested_class(
                crate::names::normalize(&outer.id).as_ref(),
                crate::names::normalize(&a.attr).as_ref(),
            ),
            _ => false,
        },
        _ => false,
    }
}

/// `@functools.singledispatch def f` … `f.register(obj)`: the one-argument form reads
/// `obj`'s annotations (evaluating their strings) to find the type; only a function or
/// class defined here (or a type written as a name) shows what those are.
pub(crate) fn check_dispatch_register(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    let Expr::Name(function) = method.value.as_ref() else {
        return;
    };
    if method.attr.as_str() != "register" {
        return;
    }
    let dispatches = checker.module_functions(&function.id).any(|def| {
        def.decorator_list.iter().any(|d| {
            checker
                .resolves_to_any(&d.expression, &["functools.singledispatch"])
                .is_some()
        })
    });
    let [target] = crate::parse::call_args(call) else {
        return;
    };
    let a_type = matches!(target, Expr::Name(n) if checker.is_builtin(&n.id))
        || matches!(
            target,
            Expr::Attribute(_) | Expr::Subscript(_) | Expr::BinOp(_)
        );
    if dispatches && !a_type && !is_own_definition(checker, target) {
        checker.report(
            super::Rule::DynamicCodeExecution,
            "`.register()` of a single-dispatch function given something other than a type or a function or class defined here: it evaluates the annotation strings that object hands it",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `Enum("Status", names)`: the functional API sets the members it is given as class
/// attributes, so a member named `__doc__` or `_missing_` is a special attribute set by
/// data. Only literal public names (a string, a list of strings or of `(name, value)`
/// pairs, a dict) are members the code shows.
pub(crate) fn check_enum_functional(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    const ENUMS: &[&str] = &[
        "enum.Enum",
        "enum.IntEnum",
        "enum.StrEnum",
        "enum.Flag",
        "enum.IntFlag",
    ];
    let Some(function) = checker.resolves_to_any(&call.func, ENUMS) else {
        return;
    };
    let Some(names) = call
        .arguments
        .args
        .get(1)
        .or_else(|| crate::parse::keyword(call, "names"))
    else {
        return;
    };
    let names = checker.bound_value(names);
    let public = crate::parse::is_public_name_literal;
    let shown = match names {
        Expr::StringLiteral(_) => crate::parse::str_literal(names)
            .is_some_and(|text| text.split([',', ' ']).all(|n| !n.starts_with('_'))),
        Expr::List(_) | Expr::Tuple(_) => {
            let items = match names {
                Expr::List(l) => &l.elts,
                Expr::Tuple(t) => &t.elts,
                _ => unreachable!("matched above"),
            };
            items.iter().all(|item| match item {
                Expr::Tuple(pair) => pair.elts.first().is_some_and(public),
                other => public(other),
            })
        }
        Expr::Dict(dict) => dict
            .items
            .iter()
            .all(|item| item.key.as_ref().is_some_and(public)),
        _ => false,
    };
    if !shown {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}(name, names)` with member names that are not public literals: a member named `__doc__` (which doctest runs) or `_missing_` is a special attribute set by data"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `property(fget)` copies `fget.__doc__`, which `doctest` runs: in a program that runs
/// doctests, `fget` must be a function written here (or a lambda).
pub(crate) fn check_property_doc_source(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    if checker.builtin_name(&call.func).as_deref() != Some("property")
        || !checker.uses_module("doctest")
    {
        return;
    }
    let Some(getter) = call
        .arguments
        .args
        .first()
        .or_else(|| crate::parse::keyword(call, "fget"))
    else {
        return;
    };
    let written_here = matches!(getter, Expr::Lambda(_) | Expr::NoneLiteral(_))
        || matches!(getter, Expr::Name(n)
            if checker.defined_functions.contains(crate::names::normalize(&n.id).as_ref()));
    if !written_here {
        checker.report(
            super::Rule::DynamicCodeExecution,
            "`property(fget)` with a getter not written here, in a program that runs doctests: the property copies the getter's `__doc__`, which doctest runs",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// Resolvers of annotations that take the namespaces to resolve them in.
const HINT_RESOLVERS: &[&str] = &["typing.get_type_hints", "typing_extensions.get_type_hints"];

pub(crate) fn check_annotation_evaluation(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    if let Some(function) = checker.resolves_to_any(&call.func, HINT_RESOLVERS) {
        // `get_type_hints(obj)` reads `obj.__annotations__` with `getattr`: an object
        // whose class serves attributes (`__getattr__`), a `SimpleNamespace(**{key: …})`
        // or a parameter may hand it any strings, which it evaluates. Only a function or
        // class defined here has annotations the code shows (and that were checked).
        let own = crate::parse::call_args(call)
            .first()
            .is_some_and(|target| is_own_definition(checker, target));
        // `get_type_hints(f, globalns, localns)`: the annotations' names resolve to what
        // the namespaces given map them to (`{"Items": List[s]}`, `s` a string of code).
        let namespaces = call.arguments.args.len() > 1
            || call
                .arguments
                .keywords
                .iter()
                .any(|k| matches!(k.arg.as_deref(), None | Some("globalns" | "localns")));
        let why = if !own {
            "of something other than a function or class defined here: it evaluates whatever annotation strings that object hands it"
        } else if namespaces {
            "given namespaces: annotation names resolve to what they hold, and strings found there are evaluated as code"
        } else {
            return;
        };
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` {why}"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
        return;
    }
    let evaluates = call.arguments.keywords.iter().any(|k| {
        matches!(
            k.arg.as_deref(),
            None | Some("eval_str" | "globals" | "locals")
        )
    });
    if !evaluates {
        return;
    }
    if let Some(function) = checker.resolves_to_any(&call.func, ANNOTATION_EVALUATORS) {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` asked to evaluate string annotations runs them as code"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `A = input()` then `def f(x: A)`: typing tools evaluate the annotation, and `A` may
/// be a string of code.
pub(crate) fn report_runtime_annotation(
    checker: &mut crate::checker::Checker,
    name: &str,
    start: usize,
    end: usize,
) {
    checker.report(
        super::Rule::DynamicCodeExecution,
        format!("annotation names `{name}`, which is assigned a value that is not a type written here: typing tools evaluate annotations, and a string there runs as code"),
        start,
        end,
    );
}

/// Classes built by a call from field names and types: the types are annotations that
/// typing tools evaluate, the names become source that `dataclasses` executes.
const FUNCTIONAL_CLASSES: &[&str] = &[
    "typing.TypedDict",
    "typing.NamedTuple",
    "typing_extensions.TypedDict",
    "typing_extensions.NamedTuple",
    "dataclasses.make_dataclass",
];

/// `TypedDict("M", {"x": "int"})`, `NamedTuple("P", [("x", int)])`,
/// `make_dataclass("C", [("x", int)])`: fields written here are checked like annotations
/// (a string type is checked as code); fields computed at run time cannot be.
pub(crate) fn check_functional_class(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Some(function) = checker.resolves_to_any(&call.func, FUNCTIONAL_CLASSES) else {
        return;
    };
    // `make_dataclass(..., namespace={"__doc__": …})`: the namespace is a class body
    // written as data; checked like `type(name, bases, namespace)`.
    if let Some(namespace) = crate::parse::keyword(call, "namespace") {
        super::introspection_escape::check_namespace(
            checker,
            namespace,
            &format!("`{function}(namespace=…)`"),
            call,
        );
    }
    // `make_dataclass(..., module="os")`: the class's annotations resolve in that module.
    if let Some(module) = crate::parse::keyword(call, "module") {
        checker.report(
            super::Rule::IntrospectionEscape,
            format!("`{function}(module=...)`: the class's annotations then resolve in that module's globals"),
            crate::parse::start(module),
            crate::parse::end(module),
        );
    }
    // `NamedTuple("P", x=int)`: keyword fields.
    let mut types: Vec<&Expr> = call
        .arguments
        .keywords
        .iter()
        .filter(|k| {
            !matches!(
                k.arg.as_deref(),
                Some("total" | "bases" | "namespace" | "module" | "defaults" | "rename")
            ) && !function.ends_with("make_dataclass")
        })
        .map(|k| &k.value)
        .collect();
    let mut literal = !call.arguments.keywords.iter().any(|k| k.arg.is_none());
    // Literal field names, each with where it is written.
    let mut names: Vec<&Expr> = Vec::new();
    let fields = call
        .arguments
        .args
        .get(1)
        .or_else(|| crate::parse::keyword(call, "fields"));
    match fields {
        None => {}
        Some(Expr::Dict(dict)) => {
            for item in &dict.items {
                literal &= item
                    .key
                    .as_ref()
                    .is_some_and(|k| crate::parse::str_literal(k).is_some());
                names.extend(item.key.as_ref());
                types.push(&item.value);
            }
        }
        Some(Expr::List(_) | Expr::Tuple(_)) => {
            let items = match fields {
                Some(Expr::List(l)) => &l.elts,
                Some(Expr::Tuple(t)) => &t.elts,
                _ => unreachable!("matched above"),
            };
            for item in items {
                match item {
                    Expr::StringLiteral(_) => names.push(item),
                    Expr::Tuple(pair) if !pair.elts.is_empty() => {
                        literal &= crate::parse::str_literal(&pair.elts[0]).is_some();
                        names.push(&pair.elts[0]);
                        if let Some(kind) = pair.elts.get(1) {
                            types.push(kind);
                        }
                    }
                    _ => literal = false,
                }
            }
        }
        Some(_) => literal = false,
    }
    if !literal
        || call
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
    {
        checker.report(
            super::Rule::DynamicCodeExecution,
            format!("`{function}` with fields computed at run time: their types are evaluated as annotations and their names become generated code"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
        return;
    }
    for kind in types {
        checker.check_annotation(kind);
    }
    // `TypedDict("T", {"{__import__('os')…}": int})` then `dataclass(T)`: code generators
    // paste field names into the source they execute. Where one is in reach, a field
    // name must be a plain identifier (`"Content-Type"` keys are fine elsewhere).
    let generators = ["dataclasses", "attr", "attrs", "pydantic"]
        .iter()
        .any(|m| checker.uses_module(m));
    if generators {
        for name in names {
            let Some(text) = crate::parse::str_literal(name) else {
                continue;
            };
            if !crate::names::is_plain_identifier(text) {
                checker.report(
                    super::Rule::DynamicCodeExecution,
                    format!("`{function}` field name {text:?} is not an identifier: code generators (`dataclasses`) paste field names into the source they execute"),
                    crate::parse::start(name),
                    crate::parse::end(name),
                );
            }
        }
    }
}

/// `pydantic.TypeAdapter(t)` and `pydantic.create_model(name, x=(t, ...))`: Pydantic
/// evaluates `t` like an annotation (a string is code).
pub(crate) fn check_pydantic_types(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Some(function) = checker.resolves_to_any(
        &call.func,
        &["pydantic.TypeAdapter", "pydantic.create_model"],
    ) else {
        return;
    };
    if function.ends_with("TypeAdapter") {
        if let Some(kind) = call.arguments.args.first() {
            checker.check_annotation(kind);
        }
        return;
    }
    for keyword in &call.arguments.keywords {
        match keyword.arg.as_deref() {
            None => checker.report(
                super::Rule::DynamicCodeExecution,
                "`pydantic.create_model` with fields unpacked at run time: their types are evaluated as annotations",
                crate::parse::start(call),
                crate::parse::end(call),
            ),
            Some("__module__") => super::introspection_escape::check_class_body_name_table(
                checker,
                "__module__",
                &keyword.value,
            ),
            Some(name) if name.starts_with("__") => {}
            Some(_) => match &keyword.value {
                Expr::Tuple(field) => {
                    if let Some(kind) = field.elts.first() {
                        checker.check_annotation(kind);
                    }
                }
                kind => checker.check_annotation(kind),
            },
        }
    }
}

/// Where the dataclasses without a literal docstring are defined (anywhere).
fn generated_docstrings(checker: &crate::checker::Checker) -> Vec<(usize, usize)> {
    use crate::parse::ast::{Expr, Stmt};
    use crate::visitor::{self, Visitor};
    struct Find<'c, 'p>(&'c crate::checker::Checker<'p>, Vec<(usize, usize)>);
    impl<'b> Visitor<'b> for Find<'_, '_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                let dataclass = class.decorator_list.iter().any(|d| {
                    let callee = match &d.expression {
                        Expr::Call(call) => call.func.as_ref(),
                        other => other,
                    };
                    self.0
                        .resolve(callee)
                        .iter()
                        .any(|p| p.ends_with("dataclasses.dataclass"))
                });
                let documented = matches!(class.body.first(), Some(Stmt::Expr(e)) if crate::parse::str_literal(&e.value).is_some());
                // The generated text is the signature: the defaults' reprs (and string
                // annotations) are what could hold `>>>`; literals' reprs are known.
                let known_repr = |e: &Expr| match e {
                    Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::NumberLiteral(_) => true,
                    Expr::StringLiteral(_) => {
                        crate::parse::str_literal(e).is_some_and(|s| !s.contains(">>>"))
                    }
                    _ => false,
                };
                let plain_signature = class.body.iter().all(|item| {
                    let Stmt::AnnAssign(field) = item else {
                        return true;
                    };
                    let annotation_plain = crate::parse::str_literal(&field.annotation)
                        .is_none_or(|s| !s.contains(">>>"));
                    let default_plain =
                        match field.value.as_deref() {
                            None => true,
                            Some(Expr::Call(call))
                                if self
                                    .0
                                    .resolve(&call.func)
                                    .iter()
                                    .any(|p| p == "dataclasses.field") =>
                            {
                                // `field(default=…, default_factory=…)`: the factory shows as
                                // `<factory>`; a default shows its repr.
                                call.arguments.args.is_empty()
                                    && call.arguments.keywords.iter().all(|k| {
                                        match k.arg.as_deref() {
                                            Some("default") => known_repr(&k.value),
                                            Some(_) => true,
                                            None => false,
                                        }
                                    })
                            }
                            Some(other) => known_repr(other),
                        };
                    annotation_plain && default_plain
                });
                if dataclass && !documented && !plain_signature {
                    self.1
                        .push((crate::parse::start(class), crate::parse::end(&class.name)));
                }
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut find = Find(checker, Vec::new());
    find.visit_body(checker.body);
    find.1
}

/// Reads of `__test__` (it may be changed through them) and `property(…)` calls whose
/// docstring is not a literal.
fn run_time_doc_sources(checker: &crate::checker::Checker) -> Vec<(usize, usize)> {
    use crate::parse::ast::{Expr, ExprContext};
    use crate::visitor::{self, Visitor};
    struct Find<'c, 'p>(&'c crate::checker::Checker<'p>, Vec<(usize, usize)>);
    impl<'b> Visitor<'b> for Find<'_, '_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            match expr {
                Expr::Name(n) if n.id.as_str() == "__test__" && n.ctx == ExprContext::Load => {
                    self.1.push((crate::parse::start(n), crate::parse::end(n)));
                }
                Expr::Call(call) => {
                    // `property(…)`, or a class defined here that derives from it.
                    let is_property = match call.func.as_ref() {
                        Expr::Name(f) if f.id.as_str() == "property" => self.0.is_builtin(&f.id),
                        Expr::Name(f) => self
                            .0
                            .class_bases(&crate::names::normalize(&f.id))
                            .is_some_and(|bases| {
                                bases.iter().any(
                                    |b| matches!(b, Expr::Name(n) if n.id.as_str() == "property"),
                                )
                            }),
                        _ => false,
                    };
                    let doc = call
                        .arguments
                        .args
                        .get(3)
                        .or_else(|| crate::parse::keyword(call, "doc"));
                    let unpacked = call.arguments.keywords.iter().any(|k| k.arg.is_none());
                    let computed =
                        unpacked || doc.is_some_and(|d| crate::parse::str_literal(d).is_none());
                    // Any callable given a computed `doc` (a property subclass) counts.
                    let named_doc = crate::parse::keyword(call, "doc").is_some();
                    if (is_property || named_doc) && computed {
                        self.1
                            .push((crate::parse::start(call), crate::parse::end(call)));
                    }
                }
                _ => {}
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut find = Find(checker, Vec::new());
    find.visit_body(checker.body);
    find.1
}
