//! A read-only AST visitor in the style of Ruff's: override a `visit_*` method, call
//! the matching `walk_*` function to descend. Children are visited in source order.

use crate::parse::ast::{
    Arguments, Comprehension, ExceptHandler, Expr, Keyword, MatchCase, Pattern, Stmt, TypeParam,
    WithItem,
};

pub(crate) trait Visitor<'a> {
    fn visit_body(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        walk_expr(self, expr);
    }
    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        walk_pattern(self, pattern);
    }
    fn visit_arguments(&mut self, arguments: &'a Arguments) {
        walk_arguments(self, arguments);
    }
    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        walk_comprehension(self, comprehension);
    }
    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        walk_except_handler(self, handler);
    }
}

pub(crate) fn walk_stmt<'a, V: Visitor<'a> + ?Sized>(v: &mut V, stmt: &'a Stmt) {
    match stmt {
        Stmt::FunctionDef(s) => {
            walk_exprs(v, &s.decorator_list);
            walk_type_params(v, &s.type_params);
            v.visit_arguments(&s.args);
            walk_opt(v, s.returns.as_deref());
            v.visit_body(&s.body);
        }
        Stmt::AsyncFunctionDef(s) => {
            walk_exprs(v, &s.decorator_list);
            walk_type_params(v, &s.type_params);
            v.visit_arguments(&s.args);
            walk_opt(v, s.returns.as_deref());
            v.visit_body(&s.body);
        }
        Stmt::ClassDef(s) => {
            walk_exprs(v, &s.decorator_list);
            walk_type_params(v, &s.type_params);
            walk_exprs(v, &s.bases);
            walk_keywords(v, &s.keywords);
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
            walk_type_params(v, &s.type_params);
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
        Stmt::AsyncFor(s) => {
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
            v.visit_body(&s.orelse);
        }
        Stmt::With(s) => {
            walk_with_items(v, &s.items);
            v.visit_body(&s.body);
        }
        Stmt::AsyncWith(s) => {
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
        Stmt::TryStar(s) => {
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
        | Stmt::Continue(_) => {}
    }
}

pub(crate) fn walk_expr<'a, V: Visitor<'a> + ?Sized>(v: &mut V, expr: &'a Expr) {
    match expr {
        Expr::BoolOp(e) => walk_exprs(v, &e.values),
        Expr::NamedExpr(e) => {
            v.visit_expr(&e.value);
            v.visit_expr(&e.target);
        }
        Expr::BinOp(e) => {
            v.visit_expr(&e.left);
            v.visit_expr(&e.right);
        }
        Expr::UnaryOp(e) => v.visit_expr(&e.operand),
        Expr::Lambda(e) => {
            v.visit_arguments(&e.args);
            v.visit_expr(&e.body);
        }
        Expr::IfExp(e) => {
            v.visit_expr(&e.test);
            v.visit_expr(&e.body);
            v.visit_expr(&e.orelse);
        }
        Expr::Dict(e) => {
            for (key, value) in e.keys.iter().zip(&e.values) {
                walk_opt(v, key.as_ref());
                v.visit_expr(value);
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
            v.visit_expr(&e.key);
            v.visit_expr(&e.value);
        }
        Expr::GeneratorExp(e) => {
            walk_generators(v, &e.generators);
            v.visit_expr(&e.elt);
        }
        Expr::Await(e) => v.visit_expr(&e.value),
        Expr::Yield(e) => walk_opt(v, e.value.as_deref()),
        Expr::YieldFrom(e) => v.visit_expr(&e.value),
        Expr::Compare(e) => {
            v.visit_expr(&e.left);
            walk_exprs(v, &e.comparators);
        }
        Expr::Call(e) => {
            v.visit_expr(&e.func);
            walk_exprs(v, &e.args);
            walk_keywords(v, &e.keywords);
        }
        Expr::FormattedValue(e) => {
            v.visit_expr(&e.value);
            walk_opt(v, e.format_spec.as_deref());
        }
        Expr::JoinedStr(e) => walk_exprs(v, &e.values),
        Expr::Constant(_) | Expr::Name(_) => {}
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
}

pub(crate) fn walk_pattern<'a, V: Visitor<'a> + ?Sized>(v: &mut V, pattern: &'a Pattern) {
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
            walk_patterns(v, &p.patterns);
            walk_patterns(v, &p.kwd_patterns);
        }
        Pattern::MatchAs(p) => {
            if let Some(inner) = &p.pattern {
                v.visit_pattern(inner);
            }
        }
        Pattern::MatchOr(p) => walk_patterns(v, &p.patterns),
    }
}

pub(crate) fn walk_arguments<'a, V: Visitor<'a> + ?Sized>(v: &mut V, arguments: &'a Arguments) {
    // Defaults and annotations are evaluated where the function is defined.
    for arg in arguments
        .posonlyargs
        .iter()
        .chain(&arguments.args)
        .chain(&arguments.kwonlyargs)
    {
        walk_opt(v, arg.def.annotation.as_deref());
        walk_opt(v, arg.default.as_deref());
    }
    for arg in arguments.vararg.iter().chain(&arguments.kwarg) {
        walk_opt(v, arg.annotation.as_deref());
    }
}

pub(crate) fn walk_comprehension<'a, V: Visitor<'a> + ?Sized>(
    v: &mut V,
    comprehension: &'a Comprehension,
) {
    v.visit_expr(&comprehension.iter);
    v.visit_expr(&comprehension.target);
    walk_exprs(v, &comprehension.ifs);
}

pub(crate) fn walk_except_handler<'a, V: Visitor<'a> + ?Sized>(
    v: &mut V,
    handler: &'a ExceptHandler,
) {
    let ExceptHandler::ExceptHandler(handler) = handler;
    walk_opt(v, handler.type_.as_deref());
    v.visit_body(&handler.body);
}

fn walk_match_case<'a, V: Visitor<'a> + ?Sized>(v: &mut V, case: &'a MatchCase) {
    v.visit_pattern(&case.pattern);
    walk_opt(v, case.guard.as_deref());
    v.visit_body(&case.body);
}

fn walk_generators<'a, V: Visitor<'a> + ?Sized>(v: &mut V, generators: &'a [Comprehension]) {
    for generator in generators {
        v.visit_comprehension(generator);
    }
}

fn walk_exprs<'a, V: Visitor<'a> + ?Sized>(v: &mut V, exprs: &'a [Expr]) {
    for expr in exprs {
        v.visit_expr(expr);
    }
}

fn walk_patterns<'a, V: Visitor<'a> + ?Sized>(v: &mut V, patterns: &'a [Pattern]) {
    for pattern in patterns {
        v.visit_pattern(pattern);
    }
}

fn walk_keywords<'a, V: Visitor<'a> + ?Sized>(v: &mut V, keywords: &'a [Keyword]) {
    for keyword in keywords {
        v.visit_expr(&keyword.value);
    }
}

fn walk_with_items<'a, V: Visitor<'a> + ?Sized>(v: &mut V, items: &'a [WithItem]) {
    for item in items {
        v.visit_expr(&item.context_expr);
        walk_opt(v, item.optional_vars.as_deref());
    }
}

fn walk_type_params<'a, V: Visitor<'a> + ?Sized>(v: &mut V, params: &'a [TypeParam]) {
    for param in params {
        if let TypeParam::TypeVar(var) = param {
            walk_opt(v, var.bound.as_deref());
        }
    }
}

fn walk_opt<'a, V: Visitor<'a> + ?Sized>(v: &mut V, expr: Option<&'a Expr>) {
    if let Some(expr) = expr {
        v.visit_expr(expr);
    }
}
