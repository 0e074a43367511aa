use rustc_hash::FxHashSet as HashSet;

use crate::names::normalize;
use crate::parse::ast::{self, Expr, ExprContext, Pattern, Stmt};
use crate::parse::{end, start};
use crate::report::Finding;
use crate::semantic::Scope;
use crate::visitor::{self, Visitor};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Reports what CPython refuses when it compiles the code, beyond what the parser
    /// checks: `return`/`yield` outside a function, `await` and `async for`/`async with`
    /// outside an async function, `break`/`continue` outside a loop, `nonlocal` at
    /// module level or without a binding, `global`/`nonlocal` after a use, duplicate
    /// argument names, repeated keyword arguments, `import *` inside a function,
    /// misplaced or unknown `from __future__` imports, `yield` in a comprehension,
    /// invalid assignment targets (literals, calls, `__debug__`), a bare `except:`
    /// that is not last, `return` with a value in an async generator, unreachable
    /// `match` cases after an irrefutable pattern, and more than 20 nested blocks.
    /// Also a source-encoding declaration (`# -*- coding: utf-7 -*-`) other than UTF-8
    /// (or a single-byte ASCII superset on pure-ASCII code): CPython would decode the
    /// file differently from the text that was checked, and codecs such as `utf-7` or
    /// `unicode_escape` turn a comment into code.
    ///
    /// ## Why is this bad?
    /// Such code fails with `SyntaxError` the moment Python loads it: it is broken,
    /// whatever the parser alone would say.
    ///
    /// ## Example
    /// ```python
    /// def soma(a, a):
    ///     return a + a
    /// ```
    CompileError
}

mod encoding;
mod future_imports;
mod scopes;
mod targets;

pub(crate) use encoding::check_encoding_declaration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Class,
    Function { is_async: bool, is_lambda: bool },
}

struct Frame {
    kind: Kind,
    loops: usize,
    blocks: usize,
    /// Names seen so far in this scope, for `global`/`nonlocal` ordering.
    seen: HashSet<String>,
    params: HashSet<String>,
    /// Locally bound names (functions), for `nonlocal` resolution.
    bound: HashSet<String>,
    has_yield: bool,
    /// Names declared `global` / `nonlocal` in this scope.
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    returns_value: Option<(usize, usize)>,
}

impl Frame {
    fn new(kind: Kind) -> Frame {
        Frame {
            kind,
            loops: 0,
            blocks: 0,
            seen: HashSet::default(),
            params: HashSet::default(),
            bound: HashSet::default(),
            has_yield: false,
            globals: HashSet::default(),
            nonlocals: HashSet::default(),
            returns_value: None,
        }
    }
}

/// CPython's static limit on nested blocks (loops, `try`, `with`) in one scope, as
/// measured on CPython 3.13: 21, and 20 in an `async def` (its body is one more block).
const MAX_STATIC_BLOCKS: usize = 21;

pub(crate) fn check_module(body: &[Stmt]) -> Vec<Finding> {
    let mut checker = CompileChecker {
        frames: vec![Frame::new(Kind::Module)],
        comprehensions: Vec::new(),
        findings: Vec::new(),
    };
    checker.check_future_imports(body);
    checker.visit_body(body);
    checker.findings
}

struct CompileChecker {
    frames: Vec<Frame>,
    /// Comprehensions entered since the innermost function frame.
    /// One entry per level, `true` for a generator expression: `await` directly in one
    /// makes it an asynchronous generator expression, valid in any function.
    comprehensions: Vec<bool>,
    findings: Vec<Finding>,
}

impl CompileChecker {
    fn error(&mut self, message: impl Into<String>, start: usize, end: usize) {
        self.findings
            .push(Finding::new(Rule::CompileError, message, start, end));
    }

    fn frame(&mut self) -> &mut Frame {
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn kind(&self) -> Kind {
        self.frames.last().map_or(Kind::Module, |f| f.kind)
    }

    fn visit_loop_body(&mut self, body: &[Stmt], orelse: &[Stmt], at: (usize, usize)) {
        self.enter_block(at);
        self.frame().loops += 1;
        self.visit_body(body);
        self.frame().loops -= 1;
        self.frame().blocks -= 1;
        self.visit_body(orelse);
    }

    fn enter_block(&mut self, (s, e): (usize, usize)) {
        self.frame().blocks += 1;
        let limit = match self.kind() {
            Kind::Function { is_async: true, .. } => MAX_STATIC_BLOCKS - 1,
            _ => MAX_STATIC_BLOCKS,
        };
        if self.frame().blocks == limit + 1 {
            self.error("too many statically nested blocks", s, e);
        }
    }

    fn visit_block(&mut self, body: &[Stmt], at: (usize, usize)) {
        self.enter_block(at);
        self.visit_body(body);
        self.frame().blocks -= 1;
    }
}

fn irrefutable(pattern: &Pattern) -> Option<String> {
    match pattern {
        Pattern::MatchAs(p) if p.pattern.is_none() => Some(match &p.name {
            Some(name) => format!("name capture '{name}'"),
            None => "wildcard".to_string(),
        }),
        Pattern::MatchOr(p) => p.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}

impl<'a> Visitor<'a> for CompileChecker {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let at = (start(stmt), end(stmt));
        match stmt {
            Stmt::FunctionDef(s) => {
                s.decorator_list
                    .iter()
                    .for_each(|d| self.visit_expr(&d.expression));
                self.visit_parameters(&s.parameters);
                self.visit_function(
                    Kind::Function {
                        is_async: s.is_async,
                        is_lambda: false,
                    },
                    &s.parameters,
                    &s.body,
                );
            }
            Stmt::ClassDef(s) => {
                s.decorator_list
                    .iter()
                    .for_each(|d| self.visit_expr(&d.expression));
                crate::parse::class_bases(s)
                    .iter()
                    .for_each(|b| self.visit_expr(b));
                let mut seen = HashSet::default();
                for keyword in crate::parse::class_keywords(s) {
                    if let Some(arg) = &keyword.arg {
                        if !seen.insert(arg.as_str()) {
                            self.error(
                                format!("keyword argument repeated: {arg}"),
                                start(keyword),
                                end(keyword),
                            );
                        }
                    }
                    self.visit_expr(&keyword.value);
                }
                self.frames.push(Frame::new(Kind::Class));
                self.visit_body(&s.body);
                self.frames.pop();
            }
            Stmt::Return(s) => {
                if !matches!(self.kind(), Kind::Function { .. }) {
                    self.error("'return' outside function", at.0, at.1);
                } else if s.value.is_some() {
                    self.frame().returns_value.get_or_insert(at);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                if self.frames.last().is_some_and(|f| f.loops == 0) {
                    let word = if matches!(stmt, Stmt::Break(_)) {
                        "break"
                    } else {
                        "continue"
                    };
                    let message = if word == "break" {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.error(message, at.0, at.1);
                }
            }
            Stmt::Global(s) => self.check_declaration(&s.names, "global", at.0, at.1),
            Stmt::Nonlocal(s) => self.check_declaration(&s.names, "nonlocal", at.0, at.1),
            Stmt::Import(s) => {
                for alias in s
                    .names
                    .iter()
                    .filter(|a| a.asname.as_deref() == Some("__debug__"))
                {
                    self.error("cannot assign to __debug__", start(alias), end(alias));
                }
            }
            Stmt::ImportFrom(s) => {
                for alias in s
                    .names
                    .iter()
                    .filter(|a| a.asname.as_deref().unwrap_or(&a.name) == "__debug__")
                {
                    self.error("cannot assign to __debug__", start(alias), end(alias));
                }
                if s.names.iter().any(|a| a.name.as_str() == "*") && self.kind() != Kind::Module {
                    self.error("import * only allowed at module level", at.0, at.1);
                }
            }
            Stmt::Assign(s) => {
                self.visit_expr(&s.value);
                for target in &s.targets {
                    self.check_target(target, false);
                    self.visit_expr(target);
                }
            }
            Stmt::AugAssign(s) => {
                self.check_target(&s.target, true);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(s) => {
                if let Expr::Name(n) = s.target.as_ref() {
                    let name = normalize(&n.id).into_owned();
                    if self
                        .frames
                        .last()
                        .is_some_and(|f| f.globals.contains(&name) || f.nonlocals.contains(&name))
                    {
                        self.error(
                            format!("annotated name '{name}' can't be global or nonlocal"),
                            start(n),
                            end(n),
                        );
                    }
                }
                if !matches!(
                    s.target.as_ref(),
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
                ) {
                    self.error(
                        "only single target (not tuple) can be annotated",
                        start(&*s.target),
                        end(&*s.target),
                    );
                } else {
                    self.check_target(&s.target, false);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Delete(s) => {
                for target in &s.targets {
                    if matches!(target, Expr::Starred(_)) {
                        self.error("cannot delete starred", start(target), end(target));
                    } else {
                        self.check_target(target, false);
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::For(s) => {
                if s.is_async && !self.in_async_function() {
                    self.error("'async for' outside async function", at.0, at.1);
                }
                self.check_target(&s.target, false);
                self.visit_expr(&s.iter);
                self.visit_expr(&s.target);
                self.visit_loop_body(&s.body, &s.orelse, at);
            }
            Stmt::While(s) => {
                self.visit_expr(&s.test);
                self.visit_loop_body(&s.body, &s.orelse, at);
            }
            Stmt::With(s) => {
                if s.is_async && !self.in_async_function() {
                    self.error("'async with' outside async function", at.0, at.1);
                }
                for item in &s.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(vars) = &item.optional_vars {
                        self.check_target(vars, false);
                        self.visit_expr(vars);
                    }
                }
                self.visit_block(&s.body, at);
            }
            Stmt::Try(s) => {
                for (i, handler) in s.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    if h.type_.is_none() && i + 1 < s.handlers.len() {
                        self.error("default 'except:' must be last", start(h), end(h));
                    }
                }
                self.visit_block(&s.body, at);
                for handler in &s.handlers {
                    self.visit_except_handler(handler);
                }
                self.visit_body(&s.orelse);
                self.visit_block(&s.finalbody, at);
            }
            Stmt::Match(s) => {
                for (i, case) in s.cases.iter().enumerate() {
                    if i + 1 < s.cases.len() && case.guard.is_none() {
                        if let Some(what) = irrefutable(&case.pattern) {
                            self.error(
                                format!("{what} makes remaining patterns unreachable"),
                                start(&case.pattern),
                                end(&case.pattern),
                            );
                        }
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let at = (start(expr), end(expr));
        match expr {
            Expr::Name(n) => {
                let name = normalize(&n.id).into_owned();
                if n.ctx != ExprContext::Load && name == "__debug__" {
                    self.error("cannot assign to __debug__", at.0, at.1);
                }
                self.frame().seen.insert(name);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                if matches!(expr, Expr::YieldFrom(_))
                    && self.in_async_function()
                    && self.comprehensions.is_empty()
                {
                    self.error("'yield from' inside async function", at.0, at.1);
                }
                if !self.comprehensions.is_empty() {
                    self.error("'yield' inside comprehension", at.0, at.1);
                } else if !matches!(self.kind(), Kind::Function { .. }) {
                    self.error("'yield' outside function", at.0, at.1);
                } else {
                    self.frame().has_yield = true;
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) if self.comprehensions.last() == Some(&true) => {
                visitor::walk_expr(self, expr)
            }
            Expr::Await(_) => {
                if !matches!(self.kind(), Kind::Function { .. }) {
                    self.error("'await' outside function", at.0, at.1);
                } else if !self.in_async_function() {
                    self.error("'await' outside async function", at.0, at.1);
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Named(e) => {
                if !matches!(e.target.as_ref(), Expr::Name(_)) {
                    self.error(
                        "cannot use assignment expressions with this target",
                        at.0,
                        at.1,
                    );
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Call(call) => {
                let mut seen = HashSet::default();
                for keyword in &call.arguments.keywords {
                    if let Some(arg) = &keyword.arg {
                        if arg.as_str() == "__debug__" {
                            self.error("cannot assign to __debug__", start(keyword), end(keyword));
                        }
                        if !seen.insert(arg.as_str()) {
                            self.error(
                                format!("keyword argument repeated: {arg}"),
                                start(keyword),
                                end(keyword),
                            );
                        }
                    }
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Lambda(lambda) => {
                let parameters = lambda.parameters.as_deref();
                if let Some(parameters) = parameters {
                    self.visit_parameters(parameters);
                }
                self.enter_function(
                    Kind::Function {
                        is_async: false,
                        is_lambda: true,
                    },
                    parameters,
                    Scope::lambda(parameters, &lambda.body),
                );
                let outer = std::mem::take(&mut self.comprehensions);
                self.visit_expr(&lambda.body);
                self.comprehensions = outer;
                self.frames.pop();
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                let generators: &[ast::Comprehension] = match expr {
                    Expr::ListComp(e) => &e.generators,
                    Expr::SetComp(e) => &e.generators,
                    Expr::DictComp(e) => &e.generators,
                    Expr::Generator(e) => &e.generators,
                    _ => return,
                };
                let is_generator = matches!(expr, Expr::Generator(_));
                if !is_generator
                    && generators.iter().any(|g| g.is_async)
                    && !self.in_async_function()
                {
                    self.error(
                        "asynchronous comprehension outside of an asynchronous function",
                        at.0,
                        at.1,
                    );
                }
                for generator in generators {
                    self.check_target(&generator.target, false);
                }
                let elements: Vec<&Expr> = match expr {
                    Expr::ListComp(e) => vec![&e.elt],
                    Expr::SetComp(e) => vec![&e.elt],
                    Expr::DictComp(e) => e.key.as_deref().into_iter().chain([&*e.value]).collect(),
                    Expr::Generator(e) => vec![&e.elt],
                    _ => return,
                };
                // The first iterable is evaluated in the enclosing scope:
                // `[x for x in (yield)]` is valid in a generator function.
                if let Some(first) = generators.first() {
                    self.visit_expr(&first.iter);
                }
                self.comprehensions.push(is_generator);
                for (i, generator) in generators.iter().enumerate() {
                    self.visit_expr(&generator.target);
                    if i > 0 {
                        self.visit_expr(&generator.iter);
                    }
                    for condition in &generator.ifs {
                        self.visit_expr(condition);
                    }
                }
                for element in elements {
                    self.visit_expr(element);
                }
                self.comprehensions.pop();
            }
            Expr::Starred(_) => visitor::walk_expr(self, expr),
            _ => visitor::walk_expr(self, expr),
        }
    }
}
