//! Exact depth and size of the parsed tree, checked before any rule walks it.

use crate::parse::ast::{Expr, Pattern, Stmt};
use crate::parse::start;
use crate::policy::Limits;
use crate::report::Finding;
use crate::rules::Rule;
use crate::visitor::{walk_expr, walk_pattern, walk_stmt, Visitor};

struct Measure<'l> {
    limits: &'l Limits,
    depth: usize,
    nodes: usize,
    exceeded: Option<Finding>,
}

impl Measure<'_> {
    /// Counts a node; false once a bound is passed (and the walk stops descending).
    fn enter(&mut self, at: usize) -> bool {
        if self.exceeded.is_some() {
            return false;
        }
        self.nodes += 1;
        if self.depth > self.limits.max_nesting_depth {
            self.exceeded = Some(Finding::new(
                Rule::NestingTooDeep,
                format!(
                    "the code nests more than {} levels deep",
                    self.limits.max_nesting_depth
                ),
                at,
                at,
            ));
            return false;
        }
        if self.nodes > self.limits.max_nodes {
            self.exceeded = Some(Finding::new(
                Rule::TooMuchWork,
                format!(
                    "the code has more than {} syntax nodes",
                    self.limits.max_nodes
                ),
                at,
                at,
            ));
            return false;
        }
        true
    }
}

impl<'a> Visitor<'a> for Measure<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.enter(start(stmt)) {
            self.depth += 1;
            walk_stmt(self, stmt);
            self.depth -= 1;
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.enter(start(expr)) {
            self.depth += 1;
            walk_expr(self, expr);
            self.depth -= 1;
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        if self.enter(start(pattern)) {
            self.depth += 1;
            walk_pattern(self, pattern);
            self.depth -= 1;
        }
    }
}

/// The same bounds for a lone expression (a string annotation's content).
pub(crate) fn measure_expr(expr: &Expr, limits: &Limits) -> Option<Finding> {
    let mut measure = Measure {
        limits,
        depth: 0,
        nodes: 0,
        exceeded: None,
    };
    measure.visit_expr(expr);
    measure.exceeded
}

/// The first bound the tree passes, if any.
pub(crate) fn measure(body: &[Stmt], limits: &Limits) -> Option<Finding> {
    let mut measure = Measure {
        limits,
        depth: 0,
        nodes: 0,
        exceeded: None,
    };
    measure.visit_body(body);
    measure.exceeded
}
