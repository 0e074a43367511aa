//! A read-only AST visitor in the style of Ruff's: override a `visit_*` method, call
//! the matching `walk_*` function to descend. Children are visited in source order.
//! Interpolations of f-strings and t-strings (and of their format specs) are code and
//! are visited as expressions; their literal text is handed to `visit_string_text`.

use crate::parse::ast::{
    Comprehension, ExceptHandler, Expr, InterpolatedElement, Keyword, MatchCase, Parameters,
    Pattern, Stmt, TypeParam, WithItem,
};
use crate::parse::{self, StringPiece};

/// One copy of each walker serves every visitor in wasm, where size counts: the walkers
/// take a trait object there (a copy per visitor cost about 100 KB of the package) and
/// stay generic natively, where the CLI's speed counts.
macro_rules! walker {
    ($(#[$meta:meta])* $vis:vis fn $name:ident<$a:lifetime>($v:ident $(, $arg:ident: $ty:ty)* $(,)?) $body:block) => {
        $(#[$meta])*
        #[cfg(not(target_arch = "wasm32"))]
        $vis fn $name<$a, V: Visitor<$a> + ?Sized>($v: &mut V $(, $arg: $ty)*) $body
        $(#[$meta])*
        #[cfg(target_arch = "wasm32")]
        $vis fn $name<$a>($v: &mut dyn Visitor<$a> $(, $arg: $ty)*) $body
    };
}

/// `self` as the walkers take it (a trait object in wasm, see [`walker`]).
macro_rules! this {
    ($v:expr) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let v = $v;
        #[cfg(target_arch = "wasm32")]
        let v = $v.as_dyn();
        v
    }};
}

/// Lets the trait's default methods hand `self` to the walkers as a trait object.
pub(crate) trait AsDynVisitor<'a> {
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn as_dyn(&mut self) -> &mut dyn Visitor<'a>;
}

impl<'a, T: Visitor<'a>> AsDynVisitor<'a> for T {
    fn as_dyn(&mut self) -> &mut dyn Visitor<'a> {
        self
    }
}

pub(crate) trait Visitor<'a>: AsDynVisitor<'a> {
    fn visit_body(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(this!(self), stmt);
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        walk_expr(this!(self), expr);
    }
    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        walk_pattern(this!(self), pattern);
    }
    fn visit_parameters(&mut self, parameters: &'a Parameters) {
        walk_parameters(this!(self), parameters);
    }
    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        walk_comprehension(this!(self), comprehension);
    }
    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        walk_except_handler(this!(self), handler);
    }
    fn visit_interpolation(&mut self, interpolation: &'a InterpolatedElement) {
        walk_interpolation(this!(self), interpolation);
    }
    /// Literal text of an f-string or t-string (plain string literals are `Expr`s).
    fn visit_string_text(&mut self, _text: &'a str, _start: usize, _end: usize) {}
}

walker! { pub(crate) fn walk_stmt<'a>(v, stmt: &'a Stmt) {
    match stmt {
        Stmt::FunctionDef(s) => {
            for decorator in &s.decorator_list {
                v.visit_expr(&decorator.expression);
            }
            walk_type_params(v, parse::type_params(s.type_params.as_deref()));
            v.visit_parameters(&s.parameters);
            walk_opt(v, s.returns.as_deref());
            v.visit_body(&s.body);
        }
        Stmt::ClassDef(s) => {
            for decorator in &s.decorator_list {
                v.visit_expr(&decorator.expression);
            }
            walk_type_params(v, parse::type_params(s.type_params.as_deref()));
            walk_exprs(v, parse::class_bases(s));
            walk_keywords(v, parse::class_keywords(s));
            v.visit_body(&s.body);
        }
        Stmt::Return(s) => walk_opt(v, s.value.as_deref()),
        Stmt::Delete(s) => walk_exprs(v, &s.targets),
        Stmt::Assign(s) => {
            v.visit_expr(&s.value);
            walk_exprs(v, &s.targets);
        }
        Stmt::TypeAlias(s) => {
            v.visit_expr(&s.name);
            walk_type_params(v, parse::type_params(s.type_params.as_deref()));
            v.visit_expr(&s.value);
        }
        Stmt::AugAssign(s) => {
            v.visit_expr(&s.value);
            v.visit_expr(&s.target);
        }
        Stmt::AnnAssign(s) => {
            walk_opt(v, s.value.as_deref());
            v.visit_expr(&s.annotation);
            v.visit_expr(&s.target);
        }
        Stmt::For(s) => {
            v.visit_expr(&s.iter);
            v.visit_expr(&s.target);
            v.visit_body(&s.body);
            v.visit_body(&s.orelse);
        }
        Stmt::While(s) => {
            v.visit_expr(&s.test);
            v.visit_body(&s.body);
            v.visit_body(&s.orelse);
        }
        Stmt::If(s) => {
            v.visit_expr(&s.test);
            v.visit_body(&s.body);
            for clause in &s.elif_else_clauses {
                walk_opt(v, clause.test.as_ref());
                v.visit_body(&clause.body);
            }
        }
        Stmt::With(s) => {
            walk_with_items(v, &s.items);
            v.visit_body(&s.body);
        }
        Stmt::Match(s) => {
            v.visit_expr(&s.subject);
            for case in &s.cases {
                walk_match_case(v, case);
            }
        }
        Stmt::Raise(s) => {
            walk_opt(v, s.exc.as_deref());
            walk_opt(v, s.cause.as_deref());
        }
        Stmt::Try(s) => {
            v.visit_body(&s.body);
            for handler in &s.handlers {
                v.visit_except_handler(handler);
            }
            v.visit_body(&s.orelse);
            v.visit_body(&s.finalbody);
        }
        Stmt::Assert(s) => {
            v.visit_expr(&s.test);
            walk_opt(v, s.msg.as_deref());
        }
        Stmt::Expr(s) => v.visit_expr(&s.value),
        Stmt::Import(_)
        | Stmt::ImportFrom(_)
        | Stmt::Global(_)
        | Stmt::Nonlocal(_)
        | Stmt::Pass(_)
        | Stmt::Break(_)
        | Stmt::Continue(_)
        | Stmt::IpyEscapeCommand(_) => {}
    }
}}

walker! { pub(crate) fn walk_expr<'a>(v, expr: &'a Expr) {
    match expr {
        Expr::BoolOp(e) => walk_exprs(v, &e.values),
        Expr::Named(e) => {
            v.visit_expr(&e.value);
            v.visit_expr(&e.target);
        }
        Expr::BinOp(e) => {
            v.visit_expr(&e.left);
            v.visit_expr(&e.right);
        }
        Expr::UnaryOp(e) => v.visit_expr(&e.operand),
        Expr::Lambda(e) => {
            if let Some(parameters) = e.parameters.as_deref() {
                v.visit_parameters(parameters);
            }
            v.visit_expr(&e.body);
        }
        Expr::If(e) => {
            v.visit_expr(&e.test);
            v.visit_expr(&e.body);
            v.visit_expr(&e.orelse);
        }
        Expr::Dict(e) => {
            for item in &e.items {
                walk_opt(v, item.key.as_ref());
                v.visit_expr(&item.value);
            }
        }
        Expr::Set(e) => walk_exprs(v, &e.elts),
        Expr::ListComp(e) => {
            walk_generators(v, &e.generators);
            v.visit_expr(&e.elt);
        }
        Expr::SetComp(e) => {
            walk_generators(v, &e.generators);
            v.visit_expr(&e.elt);
        }
        Expr::DictComp(e) => {
            walk_generators(v, &e.generators);
            walk_opt(v, e.key.as_deref());
            v.visit_expr(&e.value);
        }
        Expr::Generator(e) => {
            walk_generators(v, &e.generators);
            v.visit_expr(&e.elt);
        }
        Expr::Await(e) => v.visit_expr(&e.value),
        Expr::Yield(e) => walk_opt(v, e.value.as_deref()),
        Expr::YieldFrom(e) => v.visit_expr(&e.value),
        Expr::Compare(e) => walk_exprs(v, &e.operands),
        Expr::Call(e) => {
            v.visit_expr(&e.func);
            walk_exprs(v, &e.arguments.args);
            walk_keywords(v, &e.arguments.keywords);
        }
        Expr::FString(_) | Expr::TString(_) => walk_pieces(v, parse::interpolated_pieces(expr)),
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_)
        | Expr::Constant(_)
        | Expr::Name(_)
        | Expr::IpyEscapeCommand(_) => {}
        Expr::Attribute(e) => v.visit_expr(&e.value),
        Expr::Subscript(e) => {
            v.visit_expr(&e.value);
            v.visit_expr(&e.slice);
        }
        Expr::Starred(e) => v.visit_expr(&e.value),
        Expr::List(e) => walk_exprs(v, &e.elts),
        Expr::Tuple(e) => walk_exprs(v, &e.elts),
        Expr::Slice(e) => {
            walk_opt(v, e.lower.as_deref());
            walk_opt(v, e.upper.as_deref());
            walk_opt(v, e.step.as_deref());
        }
    }
}}

walker! { fn walk_pieces<'a>(v, pieces: Vec<StringPiece<'a>>) {
    for piece in pieces {
        match piece {
            StringPiece::Text(text, start, end) => v.visit_string_text(text, start, end),
            StringPiece::Interpolation(interpolation) => v.visit_interpolation(interpolation),
        }
    }
}}

walker! {
/// The interpolated expression, then the format spec's own pieces.
pub(crate) fn walk_interpolation<'a>(v, interpolation: &'a InterpolatedElement) {
    v.visit_expr(&interpolation.expression);
    if let Some(spec) = interpolation.format_spec.as_deref() {
        walk_pieces(v, parse::element_pieces(&spec.elements));
    }
}}

walker! { pub(crate) fn walk_pattern<'a>(v, pattern: &'a Pattern) {
    match pattern {
        Pattern::MatchValue(p) => v.visit_expr(&p.value),
        Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
        Pattern::MatchSequence(p) => walk_patterns(v, &p.patterns),
        Pattern::MatchMapping(p) => {
            walk_exprs(v, &p.keys);
            walk_patterns(v, &p.patterns);
        }
        Pattern::MatchClass(p) => {
            v.visit_expr(&p.cls);
            walk_patterns(v, &p.arguments.patterns);
            for keyword in &p.arguments.keywords {
                v.visit_pattern(&keyword.pattern);
            }
        }
        Pattern::MatchAs(p) => {
            if let Some(inner) = &p.pattern {
                v.visit_pattern(inner);
            }
        }
        Pattern::MatchOr(p) => walk_patterns(v, &p.patterns),
    }
}}

walker! { pub(crate) fn walk_parameters<'a>(v, parameters: &'a Parameters) {
    // Defaults and annotations are evaluated where the function is defined.
    for parameter in parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .chain(&parameters.kwonlyargs)
    {
        walk_opt(v, parameter.parameter.annotation.as_deref());
        walk_opt(v, parameter.default.as_deref());
    }
    for parameter in parameters.vararg.iter().chain(&parameters.kwarg) {
        walk_opt(v, parameter.annotation.as_deref());
    }
}}

walker! { pub(crate) fn walk_comprehension<'a>(v, comprehension: &'a Comprehension) {
    v.visit_expr(&comprehension.iter);
    v.visit_expr(&comprehension.target);
    walk_exprs(v, &comprehension.ifs);
}}

walker! { pub(crate) fn walk_except_handler<'a>(v, handler: &'a ExceptHandler) {
    let ExceptHandler::ExceptHandler(handler) = handler;
    walk_opt(v, handler.type_.as_deref());
    v.visit_body(&handler.body);
}}

walker! { fn walk_match_case<'a>(v, case: &'a MatchCase) {
    v.visit_pattern(&case.pattern);
    walk_opt(v, case.guard.as_deref());
    v.visit_body(&case.body);
}}

walker! { fn walk_generators<'a>(v, generators: &'a [Comprehension]) {
    for generator in generators {
        v.visit_comprehension(generator);
    }
}}

walker! { fn walk_exprs<'a>(v, exprs: &'a [Expr]) {
    for expr in exprs {
        v.visit_expr(expr);
    }
}}

walker! { fn walk_patterns<'a>(v, patterns: &'a [Pattern]) {
    for pattern in patterns {
        v.visit_pattern(pattern);
    }
}}

walker! { fn walk_keywords<'a>(v, keywords: &'a [Keyword]) {
    for keyword in keywords {
        v.visit_expr(&keyword.value);
    }
}}

walker! { fn walk_with_items<'a>(v, items: &'a [WithItem]) {
    for item in items {
        v.visit_expr(&item.context_expr);
        walk_opt(v, item.optional_vars.as_deref());
    }
}}

walker! { pub(crate) fn walk_type_params<'a>(v, params: &'a [TypeParam]) {
    for param in params {
        match param {
            TypeParam::TypeVar(var) => {
                walk_opt(v, var.bound.as_deref());
                walk_opt(v, var.default.as_deref());
            }
            TypeParam::ParamSpec(spec) => walk_opt(v, spec.default.as_deref()),
            TypeParam::TypeVarTuple(tuple) => walk_opt(v, tuple.default.as_deref()),
        }
    }
}}

walker! { fn walk_opt<'a>(v, expr: Option<&'a Expr>) {
    if let Some(expr) = expr {
        v.visit_expr(expr);
    }
}}
