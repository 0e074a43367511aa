use crate::checker::{Checker, Use};
use crate::names::{is_dunder, is_private, normalize};
use crate::parse::ast::{Expr, ExprCall};
use crate::parse::{end, start};

use super::{introspection_escape, rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags `getattr`, `setattr` and `delattr` (and `operator.attrgetter`,
    /// `operator.methodcaller`) when the attribute name is computed
    /// (`getattr(x, "ev" + "al")`, `getattr(m, name)`) or is a dunder or escape
    /// attribute (`getattr(f, "__globals__")`), when the object is a module whose
    /// member would be flagged (`getattr(io, "open")`), and when the functions
    /// themselves are passed around as values (`g = getattr`). A class pattern with
    /// positional sub-patterns (`case C(x)`) reads the attributes `C.__match_args__`
    /// names: a computed read unless `C` is a class defined here (builtin
    /// self-matching types such as `int(x)` excepted), as is a `__match_args__`
    /// computed by a method.
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

/// `g = getattr`: the attribute names it will be given cannot be checked.
pub(crate) fn check_builtin_value(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if BUILTINS.contains(&name) {
        checker.report(
            Rule::ComputedAttributeAccess,
            format!(
                "`{name}` passed as a value: the attribute name it will be given cannot be checked"
            ),
            start,
            end,
        );
    }
}

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

fn string_literal(expr: &Expr) -> Option<&str> {
    crate::parse::str_literal(expr)
}

/// The string literals of a tuple or list display; `None` if anything else is in it.
fn literal_names(expr: &Expr) -> Option<Vec<&str>> {
    let elts = match expr {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    elts.iter().map(string_literal).collect()
}

/// `__match_args__` names the attributes a class pattern reads: computed names there
/// are a `getattr` in disguise (`case Probe(value)` reads `Probe.__match_args__[0]`).
pub(crate) fn check_match_args(checker: &mut Checker, value: &Expr) {
    if literal_names(value).is_none() {
        checker.report(
            Rule::ComputedAttributeAccess,
            "`__match_args__` with computed names: a class pattern reads attributes by these names",
            start(value),
            end(value),
        );
    }
}

/// The attributes `functools.update_wrapper`/`wraps` copy by default.
const WRAPPER_ATTRIBUTES: &[&str] = &[
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
    "__type_params__",
    "__dict__",
];

/// `update_wrapper(w, f, assigned, updated)` / `wraps(f, assigned, updated)` read and
/// write attributes by the names given: only the standard ones are left alone.
fn check_wrapper(checker: &mut Checker, function: &str, call: &ExprCall) {
    let first_name_arg = if function.ends_with("update_wrapper") {
        2
    } else {
        1
    };
    let mut given: Vec<&Expr> = call.arguments.args.iter().skip(first_name_arg).collect();
    for keyword in &call.arguments.keywords {
        match keyword.arg.as_deref() {
            Some("assigned" | "updated") => given.push(&keyword.value),
            None => given.push(&keyword.value),
            _ => {}
        }
    }
    let standard = |expr: &Expr| {
        literal_names(expr)
            .is_some_and(|names| names.iter().all(|n| WRAPPER_ATTRIBUTES.contains(n)))
            || matches!(expr, Expr::Attribute(a) if matches!(a.attr.as_str(), "WRAPPER_ASSIGNMENTS" | "WRAPPER_UPDATES"))
    };
    // With `doctest` about, the docstring copied from an object not defined here is one
    // nobody read (`update_wrapper(f, SimpleNamespace(__doc__=src))`).
    let wrapped = call.arguments.args.get(first_name_arg - 1);
    // `assigned` (positional after the wrapped object, or by keyword) defaults to the
    // standard names, `__doc__` among them; `**options` may hold it.
    let assigned = call
        .arguments
        .args
        .get(first_name_arg)
        .or_else(|| crate::parse::keyword(call, "assigned"));
    let unpacked = call.arguments.keywords.iter().any(|k| k.arg.is_none());
    let copies_doc = unpacked
        || assigned
            .is_none_or(|expr| literal_names(expr).is_none_or(|names| names.contains(&"__doc__")));
    // Own: a function or class defined here, or the parameter of a decorator that is
    // only ever applied with `@` to definitions here.
    let own_wrapped = wrapped.is_some_and(|w| {
        let Expr::Name(n) = w else { return false };
        let id = normalize(&n.id);
        checker.defined_functions.contains(id.as_ref())
            || checker.defined_classes.contains(id.as_ref())
            || checker.is_decorated_parameter(&id)
    });
    // The wrapper takes the wrapped object's identity: its `__module__` (where its
    // annotations resolve), its `__doc__` (which `doctest` runs) and `__wrapped__`
    // (whose globals `typing.get_type_hints` uses).
    if !own_wrapped {
        let what = if copies_doc && checker.uses_module("doctest") {
            " and its docstring, which `doctest` runs as code"
        } else {
            ""
        };
        checker.report(
            Rule::IntrospectionEscape,
            format!("`{function}` of an object not defined here: the wrapper's annotations then resolve in that object's module{what}"),
            start(call),
            end(call),
        );
    }
    if given.iter().any(|expr| !standard(expr)) {
        checker.report(
            Rule::ComputedAttributeAccess,
            format!(
                "`{function}` with its own attribute names: it reads and writes attributes by name"
            ),
            start(call),
            end(call),
        );
    }
}

/// Where pydantic takes the name of the attribute a field is read from (with
/// `from_attributes`, `model_validate(obj)` reads `obj.<alias>`).
const PYDANTIC_ALIASES: &[&str] = &["pydantic.AliasPath", "pydantic.AliasChoices"];

/// `Field(validation_alias="_cache")`, `AliasPath("fn", computed)`: pydantic reads the
/// attribute an alias names from whatever object it validates; an alias that is not a
/// literal public identifier (or a literal index) is a computed or private attribute read.
fn check_pydantic_alias(checker: &mut Checker, call: &ExprCall) {
    let names: Vec<&Expr> = if checker
        .resolves_to_any(&call.func, PYDANTIC_ALIASES)
        .is_some()
    {
        crate::parse::call_args(call).iter().collect()
    } else if checker
        .resolves_to_any(&call.func, &["pydantic.Field", "pydantic.fields.Field"])
        .is_some()
    {
        call.arguments
            .keywords
            .iter()
            .filter(|k| matches!(k.arg.as_deref(), Some("alias" | "validation_alias")))
            .map(|k| &k.value)
            // (`AliasPath(...)` is judged as its own call.)
            .filter(|v| !matches!(v, Expr::Call(_)))
            .collect()
    } else {
        return;
    };
    let readable = |name: &Expr| match crate::parse::literal(name) {
        Some(crate::parse::Literal::Int(_)) => true,
        _ => crate::parse::str_literal(name).is_some_and(|n| !n.starts_with('_') && !n.is_empty()),
    };
    if let Some(name) = names.into_iter().find(|n| !readable(n)) {
        checker.report(
            Rule::ComputedAttributeAccess,
            "a pydantic alias that is not a literal public name: validated from an object, the attribute it names is read",
            crate::parse::start(name),
            crate::parse::end(name),
        );
    }
}

pub(crate) fn check_call(checker: &mut Checker, call: &ExprCall) {
    check_pydantic_alias(checker, call);
    if let Some(path) = checker
        .resolve(&call.func)
        .into_iter()
        .find(|p| matches!(p.as_str(), "functools.update_wrapper" | "functools.wraps"))
    {
        check_wrapper(checker, &path, call);
        return;
    }
    let builtin = checker
        .builtin_name(&call.func)
        .filter(|name| BUILTINS.contains(&name.as_str()));
    let getter = checker
        .resolve(&call.func)
        .into_iter()
        .find(|path| OPERATOR_GETTERS.contains(&path.as_str()));
    let (function, names): (String, Vec<Option<&Expr>>) = if let Some(name) = builtin {
        (name, vec![call.arguments.args.get(1)])
    } else if let Some(index) = dunder_setter_name_index(call) {
        let Expr::Attribute(method) = call.func.as_ref() else {
            return;
        };
        (
            format!(".{}", method.attr),
            vec![call.arguments.args.get(index)],
        )
    } else if let Some(path) = getter {
        let names = if path.ends_with("attrgetter") {
            call.arguments.args.iter().map(Some).collect()
        } else {
            vec![call.arguments.args.first()]
        };
        (path, names)
    } else {
        return;
    };
    let dotted = function.ends_with("attrgetter");
    if call
        .arguments
        .args
        .iter()
        .any(|a| matches!(a, Expr::Starred(_)))
        || !call.arguments.keywords.is_empty() && names.iter().all(Option::is_none)
    {
        checker.report(
            Rule::ComputedAttributeAccess,
            format!("`{function}` with unpacked arguments: the attribute name cannot be checked"),
            start(call),
            end(call),
        );
        return;
    }
    // A name the code fixes (`for name in ("x", "y")`, `if key in FIELDS:`) is checked
    // as each of its literal values.
    let literals: Vec<Option<Vec<String>>> = names
        .iter()
        .map(|name| name.and_then(|n| checker.string_values(n)))
        .collect();
    for literal in literals {
        let Some(values) = literal else {
            checker.report(
                Rule::ComputedAttributeAccess,
                format!("`{function}` with a computed attribute name"),
                start(call),
                end(call),
            );
            continue;
        };
        for literal in &values {
            check_literal_name(checker, &function, dotted, literal, call);
        }
    }
}

/// One attribute name a `getattr`-like call is given, known from the code.
fn check_literal_name(
    checker: &mut Checker,
    function: &str,
    dotted: bool,
    literal: &str,
    call: &ExprCall,
) {
    let parts: Vec<&str> = if dotted {
        literal.split('.').collect()
    } else {
        vec![literal]
    };
    // `getattr(obj, "name")` reads like `obj.name`; `attrgetter`/`methodcaller` read
    // from whatever they are later given.
    let receiver = call
        .arguments
        .args
        .first()
        .filter(|_| BUILTINS.contains(&function));
    let own = receiver.is_some_and(|r| checker.is_own_object(r));
    let on_module = receiver.is_some_and(|r| !checker.resolve(r).is_empty());
    if let (Some(receiver), "setattr" | "delattr", false) = (receiver, function, dotted) {
        // Judged as the attribute write it is (`setattr(err, "name", m)` is `err.name = m`).
        let write = Expr::Attribute(crate::parse::ast::ExprAttribute {
            value: Box::new(receiver.clone()),
            attr: crate::parse::ast::Identifier::new(literal, ruff_text_size::Ranged::range(call)),
            ctx: crate::parse::ast::ExprContext::Store,
            range: ruff_text_size::Ranged::range(call),
            node_index: Default::default(),
        });
        checker.check_attribute_write(&write);
    }
    for (i, part) in parts.iter().enumerate() {
        let first = i == 0;
        super::module_attribute_reach::check_attribute(
            checker,
            part,
            on_module && first,
            own && first,
            start(call),
            end(call),
        );
        checker.check_name_read(
            part,
            own && first,
            on_module && first,
            start(call),
            end(call),
        );
        super::format_string_attribute_walk::check_format_by_name(
            checker,
            part,
            start(call),
            end(call),
        );
        super::process_wide_setting::check_logger_link(
            checker,
            part,
            own && first,
            start(call),
            end(call),
        );
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
    if let (false, Some(object)) = (dotted, call.arguments.args.first()) {
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

/// Builtin types whose class pattern matches the subject itself (`case int(x)`).
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// `case C(x)`: positional sub-patterns read the attributes `C.__match_args__` names.
/// Those names are constants only for a class defined here (its literal
/// `__match_args__`, its dataclass or named-tuple fields; late writes and computed
/// values are reported where they happen); for any other class they are a computed
/// read, like `getattr(subject, C.__match_args__[0])`.
pub(crate) fn check_class_pattern(
    checker: &mut Checker,
    pattern: &crate::parse::ast::PatternMatchClass,
) {
    if pattern.arguments.patterns.is_empty() {
        return;
    }
    let cls = pattern.cls.as_ref();
    if let Some(name) = checker.builtin_name(cls) {
        if SELF_MATCHING.contains(&name.as_str()) {
            return;
        }
    }
    // A class defined here, whose `__match_args__` the code states (a literal, or a
    // dataclass's fields) and no metaclass, decorator or computed base can replace,
    // read no more names than it states.
    if let Expr::Name(name) = cls {
        let id = normalize(&name.id);
        if checker.defined_classes.contains(id.as_ref())
            && checker.is_module_level(&id)
            && !checker.has_custom_construction(&id)
            && checker
                .stated_match_names(&id)
                .is_some_and(|names| pattern.arguments.patterns.len() <= names.len())
        {
            return;
        }
    }
    checker.report(
        Rule::ComputedAttributeAccess,
        "class pattern with positional sub-patterns on a class whose `__match_args__` this code does not state (a class from elsewhere, or one with a metaclass, a replacing decorator or a computed base): it reads the attributes those names say, which cannot be checked (use keyword patterns, `case C(name=…)`)",
        start(pattern),
        end(pattern),
    );
}

/// `def __match_args__` (a property, often on a metaclass): the names a class pattern
/// reads are computed.
pub(crate) fn check_method_definition(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if name == "__match_args__" {
        checker.report(
            Rule::ComputedAttributeAccess,
            "`__match_args__` computed by a method: a class pattern reads attributes by the names it returns",
            start,
            end,
        );
    }
}
