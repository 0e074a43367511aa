//! `from __future__ import …`: only at the top, and only features CPython knows.

use crate::parse::ast::{Expr, Stmt};
use crate::parse::{end, start};
use crate::visitor::{self, Visitor};

use super::*;

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

impl CompileChecker {
    pub(super) fn check_future_imports(&mut self, body: &[Stmt]) {
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
}
