use rustc_hash::FxHashSet as HashSet;

use crate::names::normalize;
use crate::parse::ast::{self, Expr, ExprContext, Parameters, Pattern, Stmt};
use crate::parse::{end, literal, start, Literal};
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

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// CPython's static limit on nested blocks (loops, `try`, `with`) in one scope, as
/// measured on CPython 3.13: 21, and 20 in an `async def` (its body is one more block).
const MAX_STATIC_BLOCKS: usize = 21;

/// PEP 263: a `coding[:=]name` comment on line 1, or on line 2 after a comment or
/// blank line 1.
pub(crate) fn check_encoding_declaration(code: &str) -> Option<Finding> {
    let mut offset = 0;
    for (number, line) in code.split_inclusive('\n').take(2).enumerate() {
        let text = line.trim_start_matches([' ', '\t', '\x0c']);
        let text = if number == 0 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if !text.starts_with('#') {
            if number == 0 && !text.trim().is_empty() {
                return None;
            }
            offset += line.len();
            continue;
        }
        if let Some(name) = declared_encoding(text) {
            if !acceptable_encoding(&name, code.is_ascii()) {
                let at = offset + (line.len() - text.len());
                return Some(Finding::new(
                    Rule::CompileError,
                    format!("the code declares the source encoding `{name}`: CPython would decode the file as {name}, not as the UTF-8 text that was checked (only UTF-8, or an ASCII superset for pure-ASCII code, is accepted)"),
                    at,
                    offset + line.trim_end().len(),
                ));
            }
            return None;
        }
        offset += line.len();
    }
    None
}

fn declared_encoding(comment: &str) -> Option<String> {
    let mut rest = comment;
    while let Some(at) = rest.find("coding") {
        let after = &rest[at + "coding".len()..];
        if let Some(value) = after.strip_prefix([':', '=']) {
            let value = value.trim_start_matches([' ', '\t']);
            let name: String = value
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
        rest = after;
    }
    None
}

fn acceptable_encoding(name: &str, ascii_only: bool) -> bool {
    let normal = name.to_ascii_lowercase().replace('_', "-");
    let utf8 = matches!(normal.as_str(), "utf-8" | "utf8" | "u8" | "utf" | "cp65001")
        || normal.starts_with("utf-8-");
    let ascii_superset = matches!(
        normal.as_str(),
        "ascii"
            | "us-ascii"
            | "646"
            | "latin-1"
            | "latin1"
            | "iso-8859-1"
            | "iso8859-1"
            | "iso-latin-1"
            | "l1"
            | "cp1252"
            | "windows-1252"
            | "iso-8859-15"
    );
    utf8 || (ascii_superset && ascii_only)
}

pub(crate) fn check_module(body: &[Stmt]) -> Vec<Finding> {
    let mut checker = CompileChecker {
        frames: vec![Frame::new(Kind::Module)],
        comprehensions: 0,
        findings: Vec::new(),
    };
    checker.check_future_imports(body);
    checker.visit_body(body);
    checker.findings
}

struct CompileChecker {
    frames: Vec<Frame>,
    /// Comprehensions entered since the innermost function frame.
    comprehensions: usize,
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

    fn check_future_imports(&mut self, body: &[Stmt]) {
        let mut at_top = true;
        for (i, stmt) in body.iter().enumerate() {
            let is_docstring = i == 0
                && matches!(stmt, Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::StringLiteral(_)));
            match stmt {
                Stmt::ImportFrom(s) if s.module.as_deref() == Some("__future__") => {
                    if !at_top {
                        self.error(
                            "from __future__ imports must occur at the beginning of the file",
                            start(s),
                            end(s),
                        );
                    }
                    for alias in &s.names {
                        if alias.name.as_str() == "braces" {
                            self.error("not a chance", start(alias), end(alias));
                        } else if !FUTURE_FEATURES.contains(&alias.name.as_str()) {
                            self.error(
                                format!("future feature {} is not defined", alias.name),
                                start(alias),
                                end(alias),
                            );
                        }
                    }
                }
                _ if is_docstring => {}
                _ => at_top = false,
            }
        }
        // Future imports anywhere else (nested blocks) are misplaced too.
        struct Nested<'c>(&'c mut CompileChecker, usize);
        impl<'a> Visitor<'a> for Nested<'_> {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if let Stmt::ImportFrom(s) = stmt {
                    if s.module.as_deref() == Some("__future__") && self.1 > 0 {
                        self.0.error(
                            "from __future__ imports must occur at the beginning of the file",
                            start(s),
                            end(s),
                        );
                    }
                }
                self.1 += 1;
                visitor::walk_stmt(self, stmt);
                self.1 -= 1;
            }
            fn visit_expr(&mut self, _: &'a Expr) {}
        }
        let mut nested = Nested(self, 0);
        for stmt in body {
            if !matches!(stmt, Stmt::ImportFrom(_)) {
                nested.1 = 1;
                visitor::walk_stmt(&mut nested, stmt);
            }
        }
    }

    fn enter_function(&mut self, kind: Kind, args: Option<&Parameters>, scope: Scope) {
        self.check_duplicate_params(args);
        let mut frame = Frame::new(kind);
        frame.params = params(args).map(|(n, _, _)| n).collect();
        frame.bound = scope.bound;
        self.frames.push(frame);
    }

    fn leave_function(&mut self) {
        if let Some(frame) = self.frames.pop() {
            if let (Kind::Function { is_async: true, .. }, true, Some((s, e))) =
                (frame.kind, frame.has_yield, frame.returns_value)
            {
                self.error("'return' with value in async generator", s, e);
            }
        }
    }

    fn check_duplicate_params(&mut self, args: Option<&Parameters>) {
        let mut seen = HashSet::default();
        for (name, s, e) in params(args) {
            if name == "__debug__" {
                self.error("cannot assign to __debug__", s, e);
            }
            if !seen.insert(name.clone()) {
                self.error(
                    format!("duplicate argument '{name}' in function definition"),
                    s,
                    e,
                );
            }
        }
    }

    fn check_target(&mut self, target: &Expr, augmented: bool) {
        let what = match target {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.error("cannot assign to __debug__", start(n), end(n));
                }
                return;
            }
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    self.error("cannot assign to __debug__", start(a), end(a));
                }
                return;
            }
            Expr::Subscript(_) => return,
            Expr::Tuple(_) | Expr::List(_) if augmented => "tuple",
            Expr::Tuple(t) => return self.check_sequence_target(&t.elts),
            Expr::List(l) => return self.check_sequence_target(&l.elts),
            Expr::Starred(s) => {
                self.error(
                    "starred assignment target must be in a list or tuple",
                    start(s),
                    end(s),
                );
                return;
            }
            _ if crate::parse::is_literal(target) => match literal(target) {
                Some(Literal::None) => "None",
                Some(Literal::Bool(true)) => "True",
                Some(Literal::Bool(false)) => "False",
                Some(Literal::Ellipsis) => "ellipsis",
                _ => "literal",
            },
            Expr::Call(_) => "function call",
            Expr::Lambda(_) => "lambda",
            Expr::Await(_) => "await expression",
            Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
            Expr::Compare(_) => "comparison",
            Expr::FString(_) => "f-string expression",
            Expr::TString(_) => "t-string expression",
            Expr::ListComp(_) => "list comprehension",
            Expr::SetComp(_) => "set comprehension",
            Expr::DictComp(_) => "dict comprehension",
            Expr::Generator(_) => "generator expression",
            Expr::Dict(_) => "dict literal",
            Expr::Set(_) => "set display",
            Expr::If(_) => "conditional expression",
            Expr::Named(_) => "named expression",
            _ => "expression",
        };
        let message = if augmented {
            format!("'{what}' is an illegal expression for augmented assignment")
        } else {
            format!("cannot assign to {what}")
        };
        self.error(message, start(target), end(target));
    }

    fn check_sequence_target(&mut self, elts: &[Expr]) {
        let mut starred = 0;
        for elt in elts {
            match elt {
                Expr::Starred(s) => {
                    starred += 1;
                    if starred == 2 {
                        self.error(
                            "multiple starred expressions in assignment",
                            start(s),
                            end(s),
                        );
                    }
                    self.check_target(&s.value, false);
                }
                other => self.check_target(other, false),
            }
        }
    }

    fn check_declaration(&mut self, names: &[ast::Identifier], keyword: &str, s: usize, e: usize) {
        let is_module = self.kind() == Kind::Module;
        if keyword == "nonlocal" && is_module {
            self.error("nonlocal declaration not allowed at module level", s, e);
            return;
        }
        for name in names {
            let name = normalize(name).into_owned();
            let frame = self.frames.last();
            if frame.is_some_and(|f| f.params.contains(&name)) {
                self.error(format!("name '{name}' is parameter and {keyword}"), s, e);
            } else if frame.is_some_and(|f| f.seen.contains(&name)) {
                self.error(
                    format!("name '{name}' is used prior to {keyword} declaration"),
                    s,
                    e,
                );
            }
            let (this, other) = if keyword == "global" {
                ("global", "nonlocal")
            } else {
                ("nonlocal", "global")
            };
            let declared_other = self.frames.last().is_some_and(|f| {
                if keyword == "global" {
                    f.nonlocals.contains(&name)
                } else {
                    f.globals.contains(&name)
                }
            });
            if declared_other {
                self.error(format!("name '{name}' is {other} and {this}"), s, e);
            }
            if keyword == "global" {
                self.frame().globals.insert(name.clone());
            } else {
                self.frame().nonlocals.insert(name.clone());
            }
            if keyword == "nonlocal" {
                let enclosing_binds = self.frames[..self.frames.len() - 1]
                    .iter()
                    .skip(1)
                    .any(|f| matches!(f.kind, Kind::Function { .. }) && f.bound.contains(&name));
                if !enclosing_binds {
                    self.error(format!("no binding for nonlocal '{name}' found"), s, e);
                }
            }
        }
    }

    fn visit_function(&mut self, kind: Kind, args: &Parameters, body: &[Stmt]) {
        self.enter_function(kind, Some(args), Scope::function(args, body));
        let outer_comprehensions = std::mem::take(&mut self.comprehensions);
        self.visit_body(body);
        self.comprehensions = outer_comprehensions;
        self.leave_function();
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

    fn innermost_function(&self) -> Option<Kind> {
        self.frames
            .iter()
            .rev()
            .map(|f| f.kind)
            .find(|k| matches!(k, Kind::Function { .. } | Kind::Class | Kind::Module))
    }

    fn in_async_function(&self) -> bool {
        matches!(
            self.innermost_function(),
            Some(Kind::Function {
                is_async: true,
                is_lambda: false
            })
        )
    }
}

fn params(args: Option<&Parameters>) -> impl Iterator<Item = (String, usize, usize)> + '_ {
    crate::semantic::parameters(args).map(|a| (normalize(&a.name).into_owned(), start(a), end(a)))
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
                    && self.comprehensions == 0
                {
                    self.error("'yield from' inside async function", at.0, at.1);
                }
                if self.comprehensions > 0 {
                    self.error("'yield' inside comprehension", at.0, at.1);
                } else if !matches!(self.kind(), Kind::Function { .. }) {
                    self.error("'yield' outside function", at.0, at.1);
                } else {
                    self.frame().has_yield = true;
                }
                visitor::walk_expr(self, expr);
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
                self.comprehensions += 1;
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
                self.comprehensions -= 1;
            }
            Expr::Starred(_) => visitor::walk_expr(self, expr),
            _ => visitor::walk_expr(self, expr),
        }
    }
}
