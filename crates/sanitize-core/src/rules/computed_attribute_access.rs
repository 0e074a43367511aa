use crate::checker::{Checker, Use};
use crate::names::{is_dunder, is_private, normalize};
use crate::parse::ast::{Constant, Expr, ExprCall};
use crate::parse::{end, start};

use super::{introspection_escape, rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags `getattr`, `setattr` and `delattr` (and `operator.attrgetter`,
    /// `operator.methodcaller`) when the attribute name is computed
    /// (`getattr(x, "ev" + "al")`, `getattr(m, name)`) or is a dunder or escape
    /// attribute (`getattr(f, "__globals__")`), when the object is a module whose
    /// member would be flagged (`getattr(io, "open")`), and when the functions
    /// themselves are passed around as values (`g = getattr`).
    ///
    /// ## Why is this bad?
    /// A computed attribute name is a name no static check can read: it is how a
    /// payload reaches `eval` or `__subclasses__` while spelling neither.
    ///
    /// ## Example
    /// ```python
    /// getattr(__builtins__, "ev" + "al")("1 + 1")
    /// ```
    ComputedAttributeAccess
}

pub(crate) const BUILTINS: &[&str] = &["getattr", "setattr", "delattr"];
pub(crate) const OPERATOR_GETTERS: &[&str] = &["operator.attrgetter", "operator.methodcaller"];

/// `object.__setattr__(obj, name, v)` / `super().__setattr__(name, v)`: where the
/// attribute name is among the arguments.
fn dunder_setter_name_index(call: &ExprCall) -> Option<usize> {
    let Expr::Attribute(method) = call.func.as_ref() else {
        return None;
    };
    if !matches!(method.attr.as_str(), "__setattr__" | "__delattr__") {
        return None;
    }
    let unbound = matches!(method.value.as_ref(), Expr::Name(n) if matches!(n.id.as_str(), "object" | "type"));
    Some(usize::from(unbound))
}

pub(crate) fn check_call(checker: &mut Checker, call: &ExprCall) {
    let builtin = checker
        .builtin_name(&call.func)
        .filter(|name| BUILTINS.contains(&name.as_str()));
    let getter = checker
        .resolve(&call.func)
        .into_iter()
        .find(|path| OPERATOR_GETTERS.contains(&path.as_str()));
    let (function, names): (String, Vec<Option<&Expr>>) = if let Some(name) = builtin {
        (name, vec![call.args.get(1)])
    } else if let Some(index) = dunder_setter_name_index(call) {
        let Expr::Attribute(method) = call.func.as_ref() else {
            return;
        };
        (format!(".{}", method.attr), vec![call.args.get(index)])
    } else if let Some(path) = getter {
        let names = if path.ends_with("attrgetter") {
            call.args.iter().map(Some).collect()
        } else {
            vec![call.args.first()]
        };
        (path, names)
    } else {
        return;
    };
    let dotted = function.ends_with("attrgetter");
    if call.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        || !call.keywords.is_empty() && names.iter().all(Option::is_none)
    {
        checker.report(
            Rule::ComputedAttributeAccess,
            format!("`{function}` with unpacked arguments: the attribute name cannot be checked"),
            start(call),
            end(call),
        );
        return;
    }
    for name in names {
        let literal = match name {
            Some(Expr::Constant(c)) => match &c.value {
                Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        };
        let Some(literal) = literal else {
            checker.report(
                Rule::ComputedAttributeAccess,
                format!("`{function}` with a computed attribute name"),
                start(call),
                end(call),
            );
            continue;
        };
        let parts: Vec<&str> = if dotted {
            literal.split('.').collect()
        } else {
            vec![literal]
        };
        for (i, part) in parts.iter().enumerate() {
            let part = normalize(part);
            if dotted
                && i + 1 < parts.len()
                && (checker.index.is_whole_module_name(&part) || is_private(&part))
            {
                checker.report(
                    Rule::ModuleAttributeReach,
                    format!("`{function}` walks through `{part}`, which may be a module"),
                    start(call),
                    end(call),
                );
            }
            let why = introspection_escape::dangerous_attribute(&part, false)
                .or_else(|| is_dunder(&part).then_some("is a dunder attribute"));
            if let Some(why) = why {
                if !checker.policy.allows_attribute(&part) {
                    checker.report(
                        Rule::ComputedAttributeAccess,
                        format!("`{function}` of `{part}`, which {why}"),
                        start(call),
                        end(call),
                    );
                }
            }
        }
        if let (false, Some(object)) = (dotted, call.args.first()) {
            let member = normalize(literal).into_owned();
            for path in checker.resolve(object) {
                checker.check_path(
                    &format!("{path}.{member}"),
                    Use::Reference { called: true },
                    start(call),
                    end(call),
                );
            }
        }
    }
}
