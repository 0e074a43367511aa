//! Scopes: parameters, `global`/`nonlocal` declarations, async-only constructs.

use crate::names::normalize;
use crate::parse::ast::{self, Parameters, Stmt};
use crate::parse::{end, start};
use crate::semantic::Scope;
use crate::visitor::Visitor;
use rustc_hash::FxHashSet as HashSet;

use super::*;

pub(super) fn params(
    args: Option<&Parameters>,
) -> impl Iterator<Item = (String, usize, usize)> + '_ {
    crate::semantic::parameters(args).map(|a| (normalize(&a.name).into_owned(), start(a), end(a)))
}

impl CompileChecker {
    pub(super) fn enter_function(&mut self, kind: Kind, args: Option<&Parameters>, scope: Scope) {
        self.check_duplicate_params(args);
        let mut frame = Frame::new(kind);
        frame.params = params(args).map(|(n, _, _)| n).collect();
        frame.bound = scope.bound;
        self.frames.push(frame);
    }

    pub(super) fn leave_function(&mut self) {
        if let Some(frame) = self.frames.pop() {
            if let (Kind::Function { is_async: true, .. }, true, Some((s, e))) =
                (frame.kind, frame.has_yield, frame.returns_value)
            {
                self.error("'return' with value in async generator", s, e);
            }
        }
    }

    pub(super) fn check_duplicate_params(&mut self, args: Option<&Parameters>) {
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

    pub(super) fn check_declaration(
        &mut self,
        names: &[ast::Identifier],
        keyword: &str,
        s: usize,
        e: usize,
    ) {
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
                // A method's implicit `__class__` cell is a binding too (`super()` uses it).
                let enclosing = &self.frames[..self.frames.len() - 1];
                let class_cell =
                    name == "__class__" && enclosing.iter().any(|f| f.kind == Kind::Class);
                let enclosing_binds = class_cell
                    || enclosing.iter().skip(1).any(|f| {
                        matches!(f.kind, Kind::Function { .. }) && f.bound.contains(&name)
                    });
                if !enclosing_binds {
                    self.error(format!("no binding for nonlocal '{name}' found"), s, e);
                }
            }
        }
    }

    pub(super) fn visit_function(&mut self, kind: Kind, args: &Parameters, body: &[Stmt]) {
        self.enter_function(kind, Some(args), Scope::function(args, body));
        let outer_comprehensions = std::mem::take(&mut self.comprehensions);
        self.visit_body(body);
        self.comprehensions = outer_comprehensions;
        self.leave_function();
    }

    pub(super) fn innermost_function(&self) -> Option<Kind> {
        self.frames
            .iter()
            .rev()
            .map(|f| f.kind)
            .find(|k| matches!(k, Kind::Function { .. } | Kind::Class | Kind::Module))
    }

    pub(super) fn in_async_function(&self) -> bool {
        matches!(
            self.innermost_function(),
            Some(Kind::Function {
                is_async: true,
                is_lambda: false
            })
        )
    }
}
