use crate::checker::Checker;
use crate::names::{is_dunder, normalize};
use crate::parse::ast::Expr;

use super::{introspection_escape, rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags string literals holding a `str.format` field that walks into a dunder or
    /// escape attribute: `"{0.__class__.__init__.__globals__}"`, `"{x.__init__}"`,
    /// wherever the template is later used (`.format`, `.format_map`, a variable).
    /// Private members (`"{0._module}"`) are reported too: the template cannot tell
    /// whose object it is given. Plain fields (`"{0.name}"`) and f-strings (checked as
    /// code) are fine.
    ///
    /// ## Why is this bad?
    /// `str.format` reads attributes and items by itself: a template can walk from any
    /// object to a function's `__globals__` and leak secrets without a single call
    /// the other rules would see.
    ///
    /// ## Example
    /// ```python
    /// "{0.__init__.__globals__[SECRET_KEY]}".format(user)
    /// ```
    FormatStringAttributeWalk
}

/// APIs that walk format fields given as plain strings (`get_field("0.__class__")`).
pub(crate) const FIELD_WALKERS: &[&str] = &["string.Formatter"];

/// What builds a `logging` formatter from a template and a style (checked where called).
pub(crate) const FORMATTER_FACTORIES: &[&str] = &["logging.Formatter", "logging.StrFormatStyle"];

pub(crate) fn check_string(checker: &mut Checker, text: &str, start: usize, end: usize) {
    if !text.contains('{') || !text.contains('.') {
        return;
    }
    for field in field_names(text) {
        for attr in field_attributes(field) {
            let attr = normalize(attr);
            let why = introspection_escape::dangerous_attribute(&attr, false)
                .or_else(|| is_dunder(&attr).then_some("is a dunder attribute"))
                // The template cannot tell whose object it is given: a private member
                // is read as `getattr` would read it.
                .or_else(|| {
                    (attr.starts_with('_') && !checker.own_format_templates.contains(&start))
                        .then_some("is a private member, read on whatever object is given")
                })
                .or_else(|| {
                    checker
                        .index
                        .is_whole_module_name(attr.trim_start_matches('_'))
                        .then_some("reaches a module through an attribute")
                });
            if let Some(why) = why {
                if !checker.policy.allows_attribute(&attr) {
                    checker.report(
                        Rule::FormatStringAttributeWalk,
                        format!("format field `{{{field}}}` reads `.{attr}`, which {why}"),
                        start,
                        end,
                    );
                    return;
                }
            }
        }
    }
}

/// `"{self._x}".format(self=self)`: a literal template formatted in place, whose
/// private fields all read directly from objects of this code's own classes, reads
/// them as `self._x` would; such a template is noted (by where it starts) so that
/// [`check_string`] lets its private fields pass.
pub(crate) fn note_own_template(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    let Some(text) = crate::parse::str_literal(&method.value) else {
        return;
    };
    if method.attr.as_str() != "format" || !text.contains("._") {
        return;
    }
    let args = crate::parse::call_args(call);
    let mut automatic = 0;
    let own = field_names(text).into_iter().all(|field| {
        let root_end = field.find(['.', '[']).unwrap_or(field.len());
        let (root, rest) = field.split_at(root_end);
        let value = if root.is_empty() {
            automatic += 1;
            args.get(automatic - 1)
        } else if let Ok(index) = root.parse::<usize>() {
            args.get(index)
        } else {
            crate::parse::keyword(call, root)
        };
        let attributes = field_attributes(rest);
        let first_only = attributes.iter().skip(1).all(|a| !a.starts_with('_'));
        let private = attributes.iter().any(|a| a.starts_with('_'));
        !private
            || (first_only
                && rest.starts_with('.')
                && value
                    .is_some_and(|v| !matches!(v, Expr::Starred(_)) && checker.is_own_object(v)))
    });
    if own {
        checker
            .own_format_templates
            .insert(crate::parse::start(method.value.as_ref()));
    }
}

/// `string.Formatter` and friends: they walk fields given as plain strings.
pub(crate) fn check_field_walker(checker: &mut Checker, path: &str, start: usize, end: usize) {
    if FIELD_WALKERS.iter().any(|w| crate::policy::covers(w, path)) {
        checker.report(
            Rule::FormatStringAttributeWalk,
            format!("`{path}` walks format fields given as plain strings, which no rule can read"),
            start,
            end,
        );
    }
}

/// `f = str.format`, `f = template.format`, `map(template.format, xs)`: a `format`
/// method taken as a value is called later, out of sight; unless its template is a
/// literal written here (checked where it is written), it cannot be read.
pub(crate) fn check_unbound_format(
    checker: &mut Checker,
    attr: &crate::parse::ast::ExprAttribute,
    called: bool,
) {
    use crate::parse::ast::Expr;
    let name = attr.attr.as_str();
    if called || !matches!(name, "format" | "format_map") {
        return;
    }
    let receiver = attr.value.as_ref();
    let on_str = matches!(receiver, Expr::Name(n) if n.id.as_str() == "str");
    let literal_template = !on_str
        && (crate::parse::is_literal(receiver) || checker.string_values(receiver).is_some());
    if !literal_template {
        checker.report(
            Rule::FormatStringAttributeWalk,
            format!("`.{name}` taken as a value: the template it formats cannot be checked"),
            crate::parse::start(attr),
            crate::parse::end(attr),
        );
    }
}

/// `methodcaller("format", x)`, `getattr(t, "format")`: the method read by name.
pub(crate) fn check_format_by_name(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if matches!(name, "format" | "format_map") {
        checker.report(
            Rule::FormatStringAttributeWalk,
            format!("`.{name}` read by name: the template it formats cannot be checked"),
            start,
            end,
        );
    }
}

/// What a `logging.Formatter(...)` call is given, with literal `*[...]` and `**{...}`
/// spread out: `None` where an unpacked value hides what follows.
struct FormatterArguments<'e> {
    positional: Option<Vec<&'e Expr>>,
    keywords: Option<Vec<(&'e str, &'e Expr)>>,
}

impl<'e> FormatterArguments<'e> {
    fn of(call: &'e crate::parse::ast::ExprCall, skip_self: bool) -> Self {
        let mut positional = Some(Vec::new());
        for arg in &call.arguments.args {
            match arg {
                Expr::Starred(star) => match star.value.as_ref() {
                    Expr::List(l) => positional.iter_mut().for_each(|p| p.extend(&l.elts)),
                    Expr::Tuple(t) => positional.iter_mut().for_each(|p| p.extend(&t.elts)),
                    _ => positional = None,
                },
                arg => positional.iter_mut().for_each(|p| p.push(arg)),
            }
        }
        if skip_self {
            positional.iter_mut().for_each(|p| {
                if !p.is_empty() {
                    p.remove(0);
                }
            });
        }
        let mut keywords = Some(Vec::new());
        for keyword in &call.arguments.keywords {
            match (keyword.arg.as_deref(), &keyword.value) {
                (Some(name), value) => keywords.iter_mut().for_each(|k| k.push((name, value))),
                (None, Expr::Dict(dict)) => {
                    for item in &dict.items {
                        match item.key.as_ref().and_then(crate::parse::str_literal) {
                            Some(name) => keywords
                                .iter_mut()
                                .for_each(|k| k.push((name, &item.value))),
                            None => keywords = None,
                        }
                    }
                }
                (None, _) => keywords = None,
            }
        }
        FormatterArguments {
            positional,
            keywords,
        }
    }

    /// The argument at `index` or named one of `names`: `Ok(None)` when surely not
    /// given, `Err(())` when an unpacked value may hold it.
    fn get(&self, index: usize, names: &[&str]) -> Result<Option<&'e Expr>, ()> {
        let by_name = match &self.keywords {
            Some(keywords) => keywords
                .iter()
                .find(|(name, _)| names.contains(name))
                .map(|(_, value)| *value),
            None => return Err(()),
        };
        match (by_name, &self.positional) {
            (Some(value), _) => Ok(Some(value)),
            (None, Some(positional)) => Ok(positional.get(index).copied()),
            (None, None) => Err(()),
        }
    }
}

/// `logging.Formatter(fmt, style="{")` formats with `str.format` too: a style that is
/// not a literal `%` or `$` (given by name, by position or unpacked) may be `{`, and
/// then a template that is not a literal (or hidden in an unpacked value) cannot be
/// read. `Own(...)` of a class derived from `logging.Formatter`, `super().__init__(...)`
/// inside one and `logging.Formatter.__init__(self, ...)` build the same formatter.
fn check_logging_formatter(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    const FORMATTERS: &[&str] = &["logging.Formatter", "logging.basicConfig"];
    let (formatter, skip_self) = match call.func.as_ref() {
        Expr::Name(class) => (
            checker.class_derives_from(&normalize(&class.id), &["logging.Formatter"]),
            false,
        ),
        Expr::Attribute(init) if init.attr.as_str() == "__init__" => {
            let from_super = matches!(init.value.as_ref(), Expr::Call(c)
                if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "super"))
                && checker.in_class_derived_from(&["logging.Formatter"]);
            let explicit = checker
                .resolves_to_any(&init.value, &["logging.Formatter"])
                .is_some();
            (from_super || explicit, explicit)
        }
        _ => (false, false),
    };
    if !formatter && checker.resolves_to_any(&call.func, FORMATTERS).is_none() {
        return;
    }
    let arguments = FormatterArguments::of(call, skip_self);
    let brace_style = match arguments.get(2, &["style"]) {
        Ok(Some(style)) => !matches!(crate::parse::str_literal(style), Some("%" | "$")),
        Ok(None) => false,
        Err(()) => true,
    };
    if !brace_style {
        return;
    }
    match arguments.get(0, &["fmt", "format"]) {
        Ok(Some(template)) => {
            check_template_expr(checker, template, "a `{`-style logging format", call)
        }
        Ok(None) => {}
        Err(()) => checker.report(
            Rule::FormatStringAttributeWalk,
            "a logging format given in an unpacked value: its template and style cannot be checked",
            crate::parse::start(call),
            crate::parse::end(call),
        ),
    }
}

/// `("{0." + "__class__}").format(x)`: a template built at run time cannot be read.
pub(crate) fn check_computed_template(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    use crate::parse::ast::Expr;
    check_logging_formatter(checker, call);
    // `logging.StrFormatStyle(fmt)` is the `{` style itself.
    if checker
        .resolves_to_any(&call.func, &["logging.StrFormatStyle"])
        .is_some()
    {
        if let Some(template) = call
            .arguments
            .args
            .first()
            .or_else(|| crate::parse::keyword(call, "fmt"))
        {
            check_template_expr(checker, template, "`logging.StrFormatStyle`", call);
        }
        return;
    }
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if !matches!(method.attr.as_str(), "format" | "format_map") {
        return;
    }
    // `str.format(template, ...)`: the template is the first argument.
    if matches!(method.value.as_ref(), Expr::Name(n) if n.id.as_str() == "str") {
        if let Some(template) = call.arguments.args.first() {
            check_template_expr(checker, template, "`str.format`", call);
        }
        return;
    }
    // A name bound once is as computed as its value.
    let template = checker.bound_value(&method.value);
    // `MESSAGES[kind].format(...)`: one of a constant dict's literal templates, each
    // already checked where it is written.
    let known = checker.string_values(&method.value).is_some();
    if known || crate::parse::is_literal(template) {
        return;
    }
    // A template from elsewhere (a parameter, an attribute, `self` of a `str` subclass)
    // may walk the attributes of whatever it formats: harmless only when every value
    // formatted is a literal.
    let from_elsewhere = matches!(template, Expr::Name(_) | Expr::Attribute(_));
    let only_literals = call.arguments.args.iter().all(crate::parse::is_literal)
        && call
            .arguments
            .keywords
            .iter()
            .all(|k| k.arg.is_some() && crate::parse::is_literal(&k.value));
    if from_elsewhere && only_literals {
        return;
    }
    let what = if from_elsewhere {
        "a template this code does not know (a parameter, an attribute, a value computed elsewhere) formatting values that are not literals"
    } else {
        "a template built at run time"
    };
    checker.report(
        Rule::FormatStringAttributeWalk,
        format!(
            "`.{}` on {what}: its fields may walk the attributes of what it formats and cannot be checked",
            method.attr
        ),
        crate::parse::start(call),
        crate::parse::end(call),
    );
}

fn check_template_expr(
    checker: &mut Checker,
    template: &crate::parse::ast::Expr,
    what: &str,
    call: &crate::parse::ast::ExprCall,
) {
    let template = checker.bound_value(template);
    if !crate::parse::is_literal(template) {
        checker.report(
            Rule::FormatStringAttributeWalk,
            format!("{what} with a template that is not a literal: its fields cannot be checked"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// The field names of a format template: `"{0.a}{{x}}{b[1]:>{w}}"` → `0.a`, `b[1]`, `w`.
/// As CPython reads them: a `[key]` runs to the next `]` whatever it holds (`:`, `!`,
/// `.`), so `"{0[:].tb_frame}"` is the field `0[:].tb_frame`.
fn field_names(text: &str) -> Vec<&str> {
    let mut fields = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => {
                let begin = i + 1;
                let mut j = begin;
                while j < bytes.len() && !matches!(bytes[j], b'}' | b'!' | b':' | b'{') {
                    if bytes[j] == b'[' {
                        while j < bytes.len() && bytes[j] != b']' {
                            j += 1;
                        }
                    }
                    j += 1;
                }
                let j = j.min(bytes.len());
                fields.push(&text[begin..j]);
                i = j.max(begin);
            }
            _ => i += 1,
        }
    }
    fields
}

/// The attributes a field reads, in order: `0[a.b].c[d].e` → `c`, `e` (an item key is
/// data, not an attribute).
fn field_attributes(field: &str) -> Vec<&str> {
    let mut attributes = Vec::new();
    let bytes = field.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'[' => {
                while i < bytes.len() && bytes[i] != b']' {
                    i += 1;
                }
                i += 1;
            }
            b'.' => {
                let begin = i + 1;
                let mut j = begin;
                while j < bytes.len() && !matches!(bytes[j], b'.' | b'[') {
                    j += 1;
                }
                attributes.push(&field[begin..j]);
                i = j;
            }
            _ => i += 1,
        }
    }
    attributes
}

#[cfg(test)]
mod tests {
    use super::{field_attributes, field_names};

    #[test]
    fn fields_are_found_and_escapes_skipped() {
        assert_eq!(
            field_names("{0.a}{{x}}{b[1]:>{w}}"),
            vec!["0.a", "b[1]", "w"]
        );
    }

    /// CPython reads a `[key]` to its `]`: `:`, `!` and `.` inside do not end the field.
    #[test]
    fn bracket_keys_hold_anything() {
        assert_eq!(
            field_names("{0[:].tb_frame}{0[!r].f_back!s}{0[a:b].x:>{1}}"),
            vec!["0[:].tb_frame", "0[!r].f_back", "0[a:b].x", "1"]
        );
        assert_eq!(field_attributes("0[a.b].c[d].e"), vec!["c", "e"]);
        assert_eq!(
            field_attributes("k[:].tb_frame.f_back"),
            vec!["tb_frame", "f_back"]
        );
    }
}
