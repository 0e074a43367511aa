//! Assignment, deletion and loop targets CPython refuses.

use crate::parse::ast::Expr;
use crate::parse::{end, literal, start, Literal};

use super::*;

impl CompileChecker {
    pub(super) fn check_target(&mut self, target: &Expr, augmented: bool) {
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

    pub(super) fn check_sequence_target(&mut self, elts: &[Expr]) {
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
}
