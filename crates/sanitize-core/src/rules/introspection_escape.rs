use crate::checker::Checker;
use crate::names::is_dunder;
use crate::report::{Finding, Severity};

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags the roads back to the interpreter's internals: `sys`, `builtins`,
    /// `__builtins__`, `gc`, `inspect`, `globals()`, `vars()`, `locals()`, dunder
    /// attributes outside the ordinary protocol ones (`__subclasses__`, `__globals__`,
    /// `__code__`, `__self__`, …), frame, traceback and generator internals
    /// (`f_globals`, `tb_frame`, `gi_frame`), also when named by a `match` class pattern;
    /// and what makes class patterns read anything from anything: `__instancecheck__`,
    /// `__subclasscheck__` and `__subclasshook__` definitions, `.register()` of a type
    /// obtained at run time, `__match_args__`/`__module__` written after the class
    /// exists, and code objects rewritten with `.replace(co_…=…)`.
    ///
    /// ## Why is this bad?
    /// From any object, `().__class__.__base__.__subclasses__()` or a function's
    /// `__globals__` reaches `os` and the builtins without a single import: the classic
    /// sandbox escape.
    ///
    /// ## Example
    /// ```python
    /// [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "Popen"]
    /// ```
    IntrospectionEscape
}

pub(crate) const WHAT: &str = "reaches interpreter internals";

pub(crate) const BUILTINS: &[&str] = &["globals", "vars", "locals"];

/// Methods that return frames (`asyncio.Task.get_stack`).
/// (`.mro()` lists the class hierarchy: `ValueError.mro()[-2]` is `BaseException`.)
/// (`AttributeError.obj` is the object a lookup failed on: a module, a frame.)
/// (`Logger.findCaller(stack_info=True)` formats the whole call stack.)
/// (A pytest traceback entry's `.locals` are its frame's.)
pub(crate) const METHODS: &[&str] = &[
    "get_stack",
    "print_stack",
    "mro",
    "obj",
    "findCaller",
    "locals",
];

pub(crate) const PATHS: &[&str] = &[
    "sys",
    "builtins",
    "__builtin__",
    "__main__",
    "gc",
    "inspect",
    "dis",
    "types.FrameType",
    "types.TracebackType",
    "traceback.walk_stack",
    "traceback.walk_tb",
    // pytest's exception info hands out traceback entries with their frames and locals.
    "pytest.ExceptionInfo",
    "pytest.TracebackEntry",
    // The whole call stack above the code: the host's frames and source lines.
    "traceback.format_stack",
    "traceback.print_stack",
    "threading.settrace",
    "threading.setprofile",
    "threading.settrace_all_threads",
    // Return frames.
    "logging.currentframe",
    // Hand back the builtin `getattr` (`(getattr, (cls, name))`) for pickling.
    "enum.pickle_by_enum_name",
    "enum.pickle_by_global_name",
    // Builds a class from a namespace a callback fills at run time.
    "types.new_class",
    "threading.setprofile_all_threads",
    "threading._*",
];

/// Members of `inspect` that describe callables and classes without reaching frames,
/// code, globals or source files (`inspect.signature(f).parameters`). Their use is fine;
/// `eval_str`, `globals` and `locals` arguments are checked at the call (S106).
pub(crate) const PURE_PATHS: &[&str] = &[
    "inspect.signature",
    "inspect.Signature",
    "inspect.Parameter",
    "inspect.BoundArguments",
    "inspect.cleandoc",
    "inspect.getdoc",
    "inspect.getmro",
    "inspect.isabstract",
    "inspect.isasyncgen",
    "inspect.isasyncgenfunction",
    "inspect.isawaitable",
    "inspect.isbuiltin",
    "inspect.isclass",
    "inspect.iscoroutine",
    "inspect.iscoroutinefunction",
    "inspect.isdatadescriptor",
    "inspect.isfunction",
    "inspect.isgenerator",
    "inspect.isgeneratorfunction",
    "inspect.ismethod",
    "inspect.ismethoddescriptor",
    "inspect.ismodule",
    "inspect.isroutine",
];

/// Whole modules whose plain `import` is not itself a finding: every use of the name is
/// (a pure member passes, any other member is reported, the module as a value is S118).
pub(crate) const JUDGED_AT_USE: &[&str] = &["inspect"];

/// What reading an attribute of this name reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Ordinary protocol or metadata: nothing.
    Nothing,
    /// Frames, code objects or globals (`f_globals`, `tb_frame`, `co_consts`).
    Internals,
    /// A dunder on a known road to globals, builtins, code or every class.
    EscapeDunder,
    /// Nothing known: an unusual dunder (reported low; libraries define their own).
    Unusual,
}

/// One attribute name and every way it is judged.
struct Attribute {
    name: &'static str,
    /// As an attribute read (`x.name`, a class pattern's keyword).
    read: Reach,
    /// As a bare name (`__builtins__`): the builtins, the module machinery or a namespace.
    bare_name: bool,
    /// As a string holding exactly this name: an attribute about to be read by name
    /// (`getattr`, `attrgetter`, `__match_args__`). Only names that serve nothing else.
    string: bool,
}

const fn attribute(name: &'static str, read: Reach, bare_name: bool, string: bool) -> Attribute {
    Attribute {
        name,
        read,
        bare_name,
        string,
    }
}

use Reach::{EscapeDunder, Internals, Nothing, Unusual};

/// Every attribute name this rule knows, in one place. Dunders not listed are
/// "unusual" (low: reported, not blocking), since libraries define their own.
#[rustfmt::skip]
const ATTRIBUTES: &[Attribute] = &[
    // Protocol and metadata: reach nothing.
    attribute("__init__", Nothing, false, false),
    attribute("__new__", Nothing, false, false),
    attribute("__name__", Nothing, false, false),
    attribute("__qualname__", Nothing, false, false),
    attribute("__doc__", Nothing, false, false),
    attribute("__module__", Nothing, false, false),
    attribute("__class__", Nothing, false, false),
    attribute("__annotations__", Nothing, false, false),
    attribute("__version__", Nothing, false, false),
    attribute("__file__", Nothing, false, false),
    attribute("__all__", Nothing, false, false),
    attribute("__slots__", Nothing, false, false),
    attribute("__len__", Nothing, false, false),
    attribute("__iter__", Nothing, false, false),
    attribute("__next__", Nothing, false, false),
    attribute("__aiter__", Nothing, false, false),
    attribute("__anext__", Nothing, false, false),
    attribute("__enter__", Nothing, false, false),
    attribute("__exit__", Nothing, false, false),
    attribute("__aenter__", Nothing, false, false),
    attribute("__aexit__", Nothing, false, false),
    attribute("__await__", Nothing, false, false),
    attribute("__str__", Nothing, false, false),
    attribute("__repr__", Nothing, false, false),
    attribute("__format__", Nothing, false, false),
    attribute("__hash__", Nothing, false, false),
    attribute("__bool__", Nothing, false, false),
    attribute("__eq__", Nothing, false, false),
    attribute("__ne__", Nothing, false, false),
    attribute("__lt__", Nothing, false, false),
    attribute("__le__", Nothing, false, false),
    attribute("__gt__", Nothing, false, false),
    attribute("__ge__", Nothing, false, false),
    attribute("__contains__", Nothing, false, false),
    attribute("__getitem__", Nothing, false, false),
    attribute("__setitem__", Nothing, false, false),
    attribute("__delitem__", Nothing, false, false),
    attribute("__missing__", Nothing, false, false),
    attribute("__reversed__", Nothing, false, false),
    attribute("__length_hint__", Nothing, false, false),
    attribute("__call__", Nothing, false, false),
    attribute("__add__", Nothing, false, false),
    attribute("__radd__", Nothing, false, false),
    attribute("__iadd__", Nothing, false, false),
    attribute("__sub__", Nothing, false, false),
    attribute("__rsub__", Nothing, false, false),
    attribute("__isub__", Nothing, false, false),
    attribute("__mul__", Nothing, false, false),
    attribute("__rmul__", Nothing, false, false),
    attribute("__imul__", Nothing, false, false),
    attribute("__matmul__", Nothing, false, false),
    attribute("__rmatmul__", Nothing, false, false),
    attribute("__imatmul__", Nothing, false, false),
    attribute("__truediv__", Nothing, false, false),
    attribute("__rtruediv__", Nothing, false, false),
    attribute("__itruediv__", Nothing, false, false),
    attribute("__floordiv__", Nothing, false, false),
    attribute("__rfloordiv__", Nothing, false, false),
    attribute("__ifloordiv__", Nothing, false, false),
    attribute("__mod__", Nothing, false, false),
    attribute("__rmod__", Nothing, false, false),
    attribute("__imod__", Nothing, false, false),
    attribute("__divmod__", Nothing, false, false),
    attribute("__rdivmod__", Nothing, false, false),
    attribute("__pow__", Nothing, false, false),
    attribute("__rpow__", Nothing, false, false),
    attribute("__ipow__", Nothing, false, false),
    attribute("__neg__", Nothing, false, false),
    attribute("__pos__", Nothing, false, false),
    attribute("__abs__", Nothing, false, false),
    attribute("__invert__", Nothing, false, false),
    attribute("__and__", Nothing, false, false),
    attribute("__rand__", Nothing, false, false),
    attribute("__iand__", Nothing, false, false),
    attribute("__or__", Nothing, false, false),
    attribute("__ror__", Nothing, false, false),
    attribute("__ior__", Nothing, false, false),
    attribute("__xor__", Nothing, false, false),
    attribute("__rxor__", Nothing, false, false),
    attribute("__ixor__", Nothing, false, false),
    attribute("__lshift__", Nothing, false, false),
    attribute("__rlshift__", Nothing, false, false),
    attribute("__ilshift__", Nothing, false, false),
    attribute("__rshift__", Nothing, false, false),
    attribute("__rrshift__", Nothing, false, false),
    attribute("__irshift__", Nothing, false, false),
    attribute("__int__", Nothing, false, false),
    attribute("__float__", Nothing, false, false),
    attribute("__complex__", Nothing, false, false),
    attribute("__index__", Nothing, false, false),
    attribute("__round__", Nothing, false, false),
    attribute("__trunc__", Nothing, false, false),
    attribute("__floor__", Nothing, false, false),
    attribute("__ceil__", Nothing, false, false),
    attribute("__bytes__", Nothing, false, false),
    attribute("__sizeof__", Nothing, false, false),
    attribute("__copy__", Nothing, false, false),
    attribute("__deepcopy__", Nothing, false, false),
    attribute("__post_init__", Nothing, false, false),
    attribute("__fspath__", Nothing, false, false),
    attribute("__members__", Nothing, false, false),
    attribute("__wrapped__", Nothing, false, false),
    attribute("__match_args__", Nothing, false, false),
    attribute("__set_name__", Nothing, false, false),
    attribute("__init_subclass__", Nothing, false, false),
    attribute("__class_getitem__", Nothing, false, false),
    attribute("__del__", Nothing, false, false),
    attribute("__instancecheck__", Nothing, false, false),
    attribute("__subclasscheck__", Nothing, false, false),
    attribute("__dataclass_fields__", Nothing, false, false),
    attribute("__fields__", Nothing, false, false),
    attribute("__tablename__", Nothing, false, false),
    attribute("__table_args__", Nothing, false, false),
    // Exception chaining: exceptions, not frames.
    attribute("__cause__", Nothing, false, false),
    attribute("__context__", Nothing, false, false),
    attribute("__suppress_context__", Nothing, false, false),
    attribute("__notes__", Nothing, false, false),
    // typing introspection: tuples of types.
    attribute("__args__", Nothing, false, false),
    attribute("__origin__", Nothing, false, false),
    attribute("__parameters__", Nothing, false, false),
    attribute("__metadata__", Nothing, false, false),
    attribute("__value__", Nothing, false, false),
    attribute("__type_params__", Nothing, false, false),
    attribute("__supertype__", Nothing, false, false),
    // Setting is not reaching: calls are checked like `setattr` (computed names).
    attribute("__setattr__", Nothing, false, false),
    attribute("__delattr__", Nothing, false, false),
    // Library metadata: SQLAlchemy, Pydantic, typing, abc, inspect.
    attribute("__table__", Nothing, false, false),
    attribute("__mapper__", Nothing, false, false),
    attribute("__mapper_args__", Nothing, false, false),
    attribute("__config__", Nothing, false, false),
    attribute("__orig_bases__", Nothing, false, false),
    attribute("__signature__", Nothing, false, false),
    attribute("__abstractmethods__", Nothing, false, false),
    attribute("__pydantic_fields__", Nothing, false, false),
    attribute("__pydantic_core_schema__", Nothing, false, false),
    attribute("__pydantic_validator__", Nothing, false, false),
    attribute("__pydantic_serializer__", Nothing, false, false),
    attribute("__fields_set__", Nothing, false, false),
    attribute("__private_attributes__", Nothing, false, false),
    attribute("__weakref__", Nothing, false, false),
    // A traceback for `traceback.format_exception`; its frames (`tb_frame`) stay flagged.
    attribute("__traceback__", Nothing, false, false),
    // Roads to globals, builtins, code or every class.
    attribute("__globals__", EscapeDunder, true, true),
    attribute("__builtins__", EscapeDunder, true, true),
    attribute("__code__", EscapeDunder, true, true),
    attribute("__closure__", EscapeDunder, true, true),
    attribute("__subclasses__", EscapeDunder, true, true),
    attribute("__self__", EscapeDunder, true, true),
    attribute("__func__", EscapeDunder, true, true),
    attribute("__getattribute__", EscapeDunder, true, true),
    attribute("__import__", EscapeDunder, true, true),
    attribute("__loader__", EscapeDunder, true, true),
    attribute("__spec__", EscapeDunder, true, true),
    attribute("__reduce__", EscapeDunder, false, true),
    attribute("__reduce_ex__", EscapeDunder, false, true),
    attribute("__build_class__", EscapeDunder, true, false),
    attribute("__dict__", EscapeDunder, true, false),
    attribute("__getattr__", EscapeDunder, false, false),
    attribute("__setstate__", EscapeDunder, false, false),
    attribute("__getstate__", EscapeDunder, false, false),
    attribute("__objclass__", EscapeDunder, false, false),
    attribute("__cached__", EscapeDunder, false, false),
    attribute("__path__", EscapeDunder, false, false),
    // A library function's defaults are its objects (`unittest.main.__init__.__defaults__`
    // holds a loader that imports by name); writing them changes the library.
    attribute("__defaults__", EscapeDunder, false, true),
    attribute("__kwdefaults__", EscapeDunder, false, true),
    // The class hierarchy: `Exception.__mro__[1]` is `BaseException`.
    attribute("__mro__", EscapeDunder, false, true),
    attribute("__bases__", EscapeDunder, false, true),
    attribute("__base__", EscapeDunder, false, true),
    // Where a forward reference resolves its name.
    attribute("__forward_module__", EscapeDunder, false, true),
    attribute("__builtin__", Unusual, true, false),
    // Frames, tracebacks, generators, coroutines and code objects.
    attribute("f_globals", Internals, false, true),
    attribute("f_locals", Internals, false, true),
    attribute("f_builtins", Internals, false, true),
    attribute("f_back", Internals, false, true),
    attribute("f_code", Internals, false, false),
    attribute("f_trace", Internals, false, false),
    attribute("tb_frame", Internals, false, true),
    attribute("tb_next", Internals, false, false),
    attribute("gi_frame", Internals, false, true),
    attribute("gi_code", Internals, false, false),
    attribute("gi_yieldfrom", Internals, false, false),
    attribute("cr_frame", Internals, false, true),
    attribute("cr_code", Internals, false, false),
    attribute("cr_await", Internals, false, false),
    attribute("ag_frame", Internals, false, true),
    attribute("ag_code", Internals, false, false),
    attribute("ag_await", Internals, false, false),
    attribute("co_code", Internals, false, false),
    attribute("co_consts", Internals, false, false),
    attribute("co_names", Internals, false, false),
    attribute("func_globals", Internals, false, false),
    attribute("func_code", Internals, false, false),
    attribute("func_closure", Internals, false, false),
    attribute("im_func", Internals, false, false),
    attribute("im_self", Internals, false, false),
    attribute("_getframe", Internals, false, false),
    attribute("_current_frames", Internals, false, false),
];

fn lookup(name: &str) -> Option<&'static Attribute> {
    static BY_NAME: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static Attribute>> =
        std::sync::OnceLock::new();
    BY_NAME
        .get_or_init(|| ATTRIBUTES.iter().map(|a| (a.name, a)).collect())
        .get(name)
        .copied()
}

/// A string literal that is exactly an escape attribute's name.
pub(crate) fn names_escape_attribute(text: &str) -> bool {
    lookup(text).is_some_and(|a| a.string)
}

/// Why an attribute name is an escape hatch, if it is one.
pub(crate) fn dangerous_attribute(name: &str, on_self: bool) -> Option<&'static str> {
    attribute_risk(name, on_self).map(|(why, _)| why)
}

/// Why reading an attribute is a risk, and how much.
pub(crate) fn attribute_risk(name: &str, on_self: bool) -> Option<(&'static str, Severity)> {
    // An instance's own `__dict__` is its data, like `vars(self)`; a class's own
    // hierarchy is its own (what a raise or a base made of it could reach is judged
    // there).
    if on_self && matches!(name, "__dict__" | "__mro__" | "__bases__" | "__base__") {
        return None;
    }
    match lookup(name).map(|a| a.read) {
        Some(Internals) => Some((
            "exposes frames, code objects or globals",
            Severity::Critical,
        )),
        Some(EscapeDunder) => Some((
            "is a dunder attribute that reaches the interpreter's internals",
            Severity::Critical,
        )),
        Some(Nothing) => None,
        Some(Unusual) => Some(("is an unusual dunder attribute", Severity::Low)),
        None if is_dunder(name) => Some(("is an unusual dunder attribute", Severity::Low)),
        None => None,
    }
}

/// `x.name`: an attribute read.
pub(crate) fn check_attribute(
    checker: &mut Checker,
    name: &str,
    on_self: bool,
    start: usize,
    end: usize,
) {
    report_read(
        checker,
        name,
        on_self,
        format_args!("`.{name}`"),
        start,
        end,
    );
}

/// `case C(name=...)`: a class pattern reads the attribute too.
pub(crate) fn check_pattern_keyword(checker: &mut Checker, name: &str, start: usize, end: usize) {
    report_read(
        checker,
        name,
        false,
        format_args!("class pattern reads `.{name}`, which"),
        start,
        end,
    );
}

fn report_read(
    checker: &mut Checker,
    name: &str,
    on_self: bool,
    what: std::fmt::Arguments<'_>,
    start: usize,
    end: usize,
) {
    if let Some((why, severity)) = attribute_risk(name, on_self) {
        if !checker.policy.allows_attribute(name) {
            let message = format!("{what} {why}");
            checker.push(
                Finding::new(Rule::IntrospectionEscape, message, start, end)
                    .with_severity(severity),
            );
        }
    }
}

/// `__builtins__`, `__import__`, … as bare names.
pub(crate) fn check_bare_name(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if lookup(name).is_some_and(|a| a.bare_name) && !checker.policy.allows_attribute(name) {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`{name}` reaches the interpreter's internals"),
            start,
            end,
        );
    }
}

/// `"__globals__"`: a string that is exactly an escape attribute's name; `built` when
/// it was spelled in pieces (`"__glo" + "bals__"`).
pub(crate) fn check_string(
    checker: &mut Checker,
    text: &str,
    built: bool,
    start: usize,
    end: usize,
) {
    if names_escape_attribute(text) {
        let message = if built {
            format!("string `{text}`, built in pieces, names an escape attribute")
        } else {
            format!("string `{text}` names an escape attribute, to be read by name")
        };
        checker.report(Rule::IntrospectionEscape, message, start, end);
    }
}

/// `import _thread`: an underscore module no other rule knows is the interpreter's.
pub(crate) fn check_internal_import(
    checker: &mut Checker,
    written: &str,
    path: &str,
    start: usize,
    end: usize,
) {
    let top = written.split('.').next().unwrap_or_default();
    if top.starts_with('_') && top != "__future__" && checker.index.lookup(path).is_none() {
        checker.report(
            Rule::IntrospectionEscape,
            format!("import of `{written}`, an interpreter-internal module"),
            start,
            end,
        );
    }
}

/// Methods that make `isinstance`, `issubclass` and class patterns answer yes for any
/// object: with them `case Probe(x)` matches frames, tracebacks and generators.
const MATCH_ANY_HOOKS: &[&str] = &["__instancecheck__", "__subclasscheck__", "__subclasshook__"];

/// Dunder methods that, called by hand, build an object over again or write its
/// attributes by name.
/// Descriptor methods called by hand read or write whatever they are pointed at:
/// `cached_property.__get__(obj)` returns `obj.__dict__[attrname]`.
const REBUILDERS: &[&str] = &[
    "__init__",
    "__setattr__",
    "__delattr__",
    "__setstate__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
];

/// `__name__ = "__main__"` (by assignment, `for`, `with`, an annotation): the
/// `if __name__ == "__main__":` block, whose exits and settings are a script's own,
/// then runs whatever the code is run as.
pub(crate) fn report_name_rebinding(checker: &mut Checker, s: usize, e: usize) {
    checker.report(
        Rule::IntrospectionEscape,
        "`__name__` rebound: the `__main__` block (where exits and process settings are allowed) then runs whatever the code is run as",
        s,
        e,
    );
}

/// `parser.add_argument("--x", dest=key)`: `parse_args` then does
/// `setattr(namespace, dest, value)`, and with `namespace=` any object gets an
/// attribute named by data (`__doc__`, `__annotations__`). Option names and `dest`
/// must be literals naming public attributes.
pub(crate) fn check_argument_destination(
    checker: &mut Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if method.attr.as_str() != "add_argument" || !checker.uses_module("argparse") {
        return;
    }
    let public = |e: &Expr| {
        crate::parse::str_literal(e).is_some_and(|n| !n.trim_start_matches('-').starts_with('_'))
    };
    let shown = call.arguments.args.iter().all(public)
        && call
            .arguments
            .keywords
            .iter()
            .all(|k| match k.arg.as_deref() {
                Some("dest") => public(&k.value),
                None => false,
                _ => true,
            });
    if !shown {
        checker.report(
            Rule::IntrospectionEscape,
            "`add_argument` with an option name or `dest` that is not a public literal: parsing sets the attribute it names, by data, on the namespace object",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `dataclasses.fields(Base)[0].name = …`: a dataclass's `Field` objects are the
/// source `dataclasses` generates and executes for every class built on it (a field's
/// name is pasted into `__eq__`, `__hash__`, `__lt__`); changing one writes code.
pub(crate) fn check_field_write(checker: &mut Checker, attr: &crate::parse::ast::ExprAttribute) {
    use crate::parse::ast::Expr;
    fn is_fields(checker: &Checker, expr: &Expr, depth: usize) -> bool {
        match expr {
            Expr::Call(call) => checker
                .resolves_to_any(&call.func, &["dataclasses.fields"])
                .is_some(),
            Expr::Subscript(item) => is_fields(checker, &item.value, depth),
            Expr::Name(name) if depth < 4 => {
                let id = crate::names::normalize(&name.id);
                let bound = checker
                    .constants
                    .get(id.as_ref())
                    .copied()
                    .or_else(|| checker.loop_iterable(&id));
                bound.is_some_and(|value| is_fields(checker, value, depth + 1))
            }
            _ => false,
        }
    }
    if attr.ctx != crate::parse::ast::ExprContext::Load && is_fields(checker, &attr.value, 0) {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`.{}` of a dataclass field written: `dataclasses` pastes fields into the source it executes for the classes built on it", attr.attr),
            crate::parse::start(attr),
            crate::parse::end(attr),
        );
    }
}

/// `setattr_ = object.__setattr__`, `map(object.__setattr__, …)`,
/// `partial(type.__setattr__, cls)`: the attribute writer taken as a value writes
/// names nobody sees, on objects nobody sees.
pub(crate) fn check_rebuilder_value(checker: &mut Checker, name: &str, s: usize, e: usize) {
    // The setters among them (`__init__` builds; `__delete__` is judged where called).
    if REBUILDERS.contains(&name) && !matches!(name, "__init__" | "__delete__") {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`.{name}` taken as a value: it writes attributes by name on whatever it is later given, out of sight"),
            s,
            e,
        );
    }
}

/// `parser.__init__(fromfile_prefix_chars="@")`, `formatter.__init__(template)`,
/// `parser.__setattr__("fromfile_prefix_chars", "@")`: re-running construction or
/// writing attributes by name on an object this code did not define goes past every
/// check made where it was built. `super().__init__(…)`, `Base.__init__(self, …)` and
/// `object.__setattr__(self, …)` act on the code's own object and pass.
pub(crate) fn check_dunder_call(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    let crate::parse::ast::Expr::Attribute(method) = call.func.as_ref() else {
        return;
    };
    if !REBUILDERS.contains(&method.attr.as_str()) || checker.is_own_object(&method.value) {
        return;
    }
    let on_own_object = crate::parse::call_args(call)
        .first()
        .is_some_and(|first| checker.is_own_object(first));
    if !on_own_object {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`.{}()` called by hand on an object this code did not define: it builds the object over again or writes its attributes by name, past the checks made where it was built", method.attr),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `def __instancecheck__(…)` in a class: the class then matches whatever it says.
pub(crate) fn check_method_definition(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if MATCH_ANY_HOOKS.contains(&name) {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`{name}` makes isinstance checks and class patterns match any object, frames and tracebacks included"),
            start,
            end,
        );
    }
}

/// `@property def __annotations__(self)`, `def __wrapped__`: a name table served by a
/// method, so what it names is computed at run time.
pub(crate) fn check_served_name_table(checker: &mut Checker, name: &str, start: usize, end: usize) {
    if !MATCH_ANY_HOOKS.contains(&name)
        && (NAME_TABLES.contains(&name) || SERVED_ANNOTATIONS.contains(&name))
    {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`{name}` served by a method: what it names (annotation strings that get evaluated, the module or function they resolve in, attributes read by name) is computed at run time"),
            start,
            end,
        );
    }
}

/// What `typing.get_type_hints`, `functools.singledispatch` and `inspect` read as a
/// class's or object's annotations.
const SERVED_ANNOTATIONS: &[&str] = &["__annotations__", "__annotate__", "__signature__"];

/// Attributes whose writes change what other code reads by name: a class pattern reads
/// the attributes `__match_args__` names; `__module__` decides where annotations resolve.
/// `__doc__` holds the examples `doctest` runs; the match hooks decide what
/// `isinstance` and class patterns accept.
const NAME_TABLES: &[&str] = &[
    "__match_args__",
    "__module__",
    "__doc__",
    "__instancecheck__",
    "__subclasscheck__",
    "__subclasshook__",
    "__wrapped__",
    // An object moved to another class (`e.__class__ = Boom`).
    "__class__",
    // The key `functools.cached_property` reads from an instance's `__dict__`.
    "attrname",
];

/// The attribute names `ast.iter_fields`, `ast.dump` and `NodeVisitor` read by name
/// (`obj._fields = (name,)` then `ast.iter_fields(obj)` is a `getattr`).
const AST_NAME_TABLES: &[&str] = &["_fields", "_attributes", "_field_types"];

/// `C.__match_args__ = …`, `C.__module__ = …`, `C.__doc__ = …` outside a literal class
/// body.
pub(crate) fn check_name_table_write(checker: &mut Checker, target: &crate::parse::ast::Expr) {
    // Writing `f.__doc__` (of a function) or `C.__doc__` of a class: the same table.
    if let crate::parse::ast::Expr::Attribute(a) = target {
        let ast_table = AST_NAME_TABLES.contains(&a.attr.as_str()) && checker.uses_module("ast");
        if NAME_TABLES.contains(&a.attr.as_str()) || ast_table {
            checker.report(
                Rule::IntrospectionEscape,
                format!(
                    "`.{}` written after the class exists: what it names is read by name",
                    a.attr
                ),
                crate::parse::start(target),
                crate::parse::end(target),
            );
        }
    }
}

/// Calls that turn run-time objects into new code or new matches:
/// `code.replace(co_names=…)`, `type(f)(code, globals)`, `ABC.register(type(obj))`.
pub(crate) fn check_call(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    use crate::parse::ast::Expr;
    let at = (crate::parse::start(call), crate::parse::end(call));
    check_library_mutation(checker, call);
    check_attribute_dumper(checker, call);
    check_enum_module(checker, call);
    if reaches_above_caller(checker, call) {
        checker.report(
            Rule::IntrospectionEscape,
            "a `stacklevel` above the caller reports a frame of whoever runs the code: the host's file, line and source",
            at.0,
            at.1,
        );
    }
    if asks_for_stack(checker, call) {
        checker.report(
            Rule::IntrospectionEscape,
            "`stack_info=` puts the whole call stack in the record: the host's frames and their source lines",
            at.0,
            at.1,
        );
    }
    // `code.replace(co_names=("system",))`: a code object rewritten to read other names.
    if let Expr::Attribute(method) = call.func.as_ref() {
        let rewrites_code = method.attr.as_str() == "replace"
            && call
                .arguments
                .keywords
                .iter()
                .any(|k| k.arg.as_deref().is_some_and(|a| a.starts_with("co_")));
        if rewrites_code {
            checker.report(
                Rule::IntrospectionEscape,
                "`.replace(co_…=…)` rewrites a code object",
                at.0,
                at.1,
            );
        }
        // `ABC.register(type(obj))`: any object's type becomes a virtual subclass.
        let registers_runtime_type = method.attr.as_str() == "register"
            && call
                .arguments
                .args
                .first()
                .is_some_and(|a| runtime_type(checker, a));
        if registers_runtime_type {
            checker.report(
                Rule::IntrospectionEscape,
                "`.register()` of a type obtained at run time: isinstance checks and class patterns then match objects of any kind",
                at.0,
                at.1,
            );
        } else if method.attr.as_str() == "register"
            && registers_foreign_type(checker, call, method)
        {
            checker.report(
                Rule::IntrospectionEscape,
                "`.register()` of a type not defined here on an abstract class: isinstance checks and class patterns then match that library's objects (modules, event loops, frames)",
                at.0,
                at.1,
            );
        }
    }
    // `type(f)(code, globals)`: the type of a function or code object builds new code.
    if let Expr::Call(inner) = call.func.as_ref() {
        let is_type = checker.builtin_name(&inner.func).as_deref() == Some("type");
        if is_type {
            if let [object] = &inner.arguments.args[..] {
                if code_like(checker, object) {
                    checker.report(
                        Rule::DynamicCodeExecution,
                        "calling the type of a function or code object builds a new one from parts",
                        at.0,
                        at.1,
                    );
                }
            }
        }
    }
}

/// Functions that read every attribute of an object they do not know, private ones too
/// (`jsonable_encoder` falls back to `vars(obj)`).
const ATTRIBUTE_DUMPERS: &[&str] = &["fastapi.encoders.jsonable_encoder"];

/// `jsonable_encoder(logging.getLogger("x"))`: an object a library made, dumped with all
/// its attributes, hands its private state over (this code's own objects, models and
/// data are fine).
fn check_attribute_dumper(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    use crate::parse::ast::Expr;
    if checker
        .resolves_to_any(&call.func, ATTRIBUTE_DUMPERS)
        .is_none()
    {
        return;
    }
    let library_made = |expr: &Expr| match expr {
        Expr::Call(made) => !checker.resolve(&made.func).is_empty(),
        Expr::Attribute(_) => !checker.resolve(expr).is_empty(),
        _ => false,
    };
    let Some(argument) = call.arguments.args.first() else {
        return;
    };
    let value = checker.bound_value(argument);
    if library_made(value) && !checker.is_own_object(value) {
        checker.report(
            Rule::IntrospectionEscape,
            "an object a library made, dumped attribute by attribute: its private members are read",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// The enum classes whose call with a name and members builds a new enum.
const ENUM_CLASSES: &[&str] = &[
    "enum.Enum",
    "enum.IntEnum",
    "enum.StrEnum",
    "enum.Flag",
    "enum.IntFlag",
    "enum.ReprEnum",
    "calendar.IntEnum",
];

/// `Color("Hijack", {"print": 1}, module="builtins")`: the functional API places the new
/// enum in the module it names (`global_enum`, pickling and `__module__` then act on
/// that module's globals).
fn check_enum_module(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    use crate::parse::ast::Expr;
    let Some(module) = crate::parse::keyword(call, "module") else {
        return;
    };
    let enum_class = checker.resolves_to_any(&call.func, ENUM_CLASSES).is_some()
        || matches!(call.func.as_ref(), Expr::Name(class)
            if checker.class_derives_from(&crate::names::normalize(&class.id), ENUM_CLASSES));
    if enum_class {
        checker.report(
            Rule::IntrospectionEscape,
            "an enum built with `module=`: it is placed in that module, whose globals it can then reach",
            crate::parse::start(module),
            crate::parse::end(module),
        );
    }
}

/// Methods that change a list, dict, set or deque in place.
const MUTATORS: &[&str] = &[
    "update",
    "setdefault",
    "pop",
    "popitem",
    "clear",
    "append",
    "extend",
    "insert",
    "remove",
    "sort",
    "reverse",
    "add",
    "discard",
    "appendleft",
    "extendleft",
    "popleft",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
    "__setitem__",
    "__delitem__",
    "__ior__",
    "__iadd__",
];

/// `encodings.aliases.aliases.update(...)`, `mimetypes.types_map.clear()`,
/// `operator.setitem(keyword.kwlist, 0, x)`, `dict.update(table, ...)`: a table a
/// library module holds, changed in place, changes it for the whole process (the
/// method form of the item writes [`check_library_write`] reports).
fn check_library_mutation(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    use crate::parse::ast::Expr;
    const FUNCTIONS: &[&str] = &[
        "operator.setitem",
        "operator.delitem",
        "operator.iadd",
        "operator.ior",
        "operator.iconcat",
    ];
    let table = match call.func.as_ref() {
        Expr::Attribute(method) if MUTATORS.contains(&method.attr.as_str()) => {
            if on_a_type(checker, &method.value) {
                call.arguments.args.first()
            } else {
                Some(method.value.as_ref())
            }
        }
        func if checker.resolves_to_any(func, FUNCTIONS).is_some() => call.arguments.args.first(),
        _ => None,
    };
    // `yaml.SafeDumper.add_representer(...)`, `SafeLoader.add_constructor(...)`: a
    // registry kept on a library's class, which every user of that class shares.
    if let Expr::Attribute(method) = call.func.as_ref() {
        let registers = method.attr.starts_with("add_")
            && checker
                .resolve(&method.value)
                .first()
                .is_some_and(|path| !crate::manifest::is_module(path));
        if registers {
            checker.report(
                Rule::IntrospectionEscape,
                format!("`.{}` on a library's class: what it registers there changes that class for the whole process", method.attr),
                crate::parse::start(call),
                crate::parse::end(call),
            );
        }
    }
    if table.is_some_and(|table| library_table(checker, table)) {
        checker.report(
            Rule::IntrospectionEscape,
            "a table a library module holds, changed in place: it changes it for the whole process",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `warnings.warn(msg, stacklevel=3)`, `log.info(msg, stacklevel=n)`: the warning or the
/// record names the frame that many levels up. Level 2 is the caller, one of this code's
/// own functions when written inside a function; at module level it is the host.
fn reaches_above_caller(checker: &Checker, call: &crate::parse::ast::ExprCall) -> bool {
    let level = crate::parse::keyword(call, "stacklevel").or_else(|| {
        checker
            .resolves_to_any(&call.func, &["warnings.warn"])
            .and_then(|_| call.arguments.args.get(2))
    });
    let Some(level) = level else {
        return false;
    };
    let highest = if checker.function_stack.is_empty() {
        1
    } else {
        2
    };
    !matches!(crate::parse::literal(level), Some(crate::parse::Literal::Int(i))
        if i.as_i64().is_some_and(|i| i <= highest))
}

/// A data object a library module holds (`encodings.aliases.aliases`, `warnings.filters`,
/// `from keyword import kwlist`): a path under a module that is neither a module nor,
/// by its name, a class.
fn library_table(checker: &Checker, expr: &crate::parse::ast::Expr) -> bool {
    let paths = checker.resolve(expr);
    !paths.is_empty()
        && paths.iter().all(|path| {
            let last = path.rsplit('.').next().unwrap_or(path);
            // A class (`collections.Counter.update(c, …)` is the unbound method).
            let class = last.chars().next().is_some_and(char::is_uppercase)
                && last.chars().any(char::is_lowercase);
            path.contains('.') && !class && !crate::manifest::is_module(path)
        })
}

/// `dict.update`, `type(t).update`, `t.__class__.update`: a method read from a type,
/// which takes the object it changes as its first argument.
fn on_a_type(checker: &Checker, receiver: &crate::parse::ast::Expr) -> bool {
    use crate::parse::ast::Expr;
    match receiver {
        Expr::Name(n) => {
            matches!(n.id.as_str(), "dict" | "list" | "set" | "bytearray")
                && checker.builtin_name(receiver).is_some()
        }
        Expr::Call(call) => checker.builtin_name(&call.func).as_deref() == Some("type"),
        Expr::Attribute(a) => a.attr.as_str() == "__class__",
        _ => false,
    }
}

/// `aliases |= {…}` on a name imported from a module: the in-place operator changes the
/// library's object itself.
pub(crate) fn check_library_augassign(checker: &mut Checker, target: &crate::parse::ast::Expr) {
    if matches!(target, crate::parse::ast::Expr::Name(_)) && library_table(checker, target) {
        checker.report(
            Rule::IntrospectionEscape,
            "an in-place operator on a table a library module holds: it changes it for the whole process",
            crate::parse::start(target),
            crate::parse::end(target),
        );
    }
}

/// `f = aliases.update`, `map(kwlist.append, …)`, `dict.update` taken as a value: an
/// in-place method called out of sight, on a library's table or on whatever it is given.
pub(crate) fn check_mutator_value(checker: &mut Checker, attr: &crate::parse::ast::ExprAttribute) {
    if !MUTATORS.contains(&attr.attr.as_str()) {
        return;
    }
    if library_table(checker, &attr.value) || on_a_type(checker, &attr.value) {
        checker.report(
            Rule::IntrospectionEscape,
            format!(
                "`.{}` taken as a value: what it changes in place cannot be seen",
                attr.attr
            ),
            crate::parse::start(attr),
            crate::parse::end(attr),
        );
    }
}

/// `log.warning(msg, stack_info=True)`, also in a literal `**{...}`; a `**mapping`
/// given to a logging method may hold it.
fn asks_for_stack(checker: &Checker, call: &crate::parse::ast::ExprCall) -> bool {
    use crate::parse::ast::Expr;
    const LOGGING_METHODS: &[&str] = &[
        "debug",
        "info",
        "warning",
        "warn",
        "error",
        "exception",
        "critical",
        "fatal",
        "log",
    ];
    let truthy = |value: &Expr| {
        !matches!(
            crate::parse::literal(value),
            Some(crate::parse::Literal::None | crate::parse::Literal::Bool(false))
        ) && !matches!(crate::parse::literal(value), Some(crate::parse::Literal::Int(i)) if i.to_string() == "0")
    };
    let logging_call = || {
        matches!(call.func.as_ref(), Expr::Attribute(m) if LOGGING_METHODS.contains(&m.attr.as_str()))
            && checker.uses_module("logging")
    };
    call.arguments
        .keywords
        .iter()
        .any(|k| match (k.arg.as_deref(), &k.value) {
            (Some(name), value) => name == "stack_info" && truthy(value),
            (None, Expr::Dict(dict)) => dict.items.iter().any(|item| {
                match item.key.as_ref().and_then(crate::parse::str_literal) {
                    Some(name) => name == "stack_info" && truthy(&item.value),
                    None => logging_call(),
                }
            }),
            (None, _) => logging_call(),
        })
}

/// `type(x)` or `x.__class__`: a type known only at run time.
fn runtime_type(checker: &Checker, expr: &crate::parse::ast::Expr) -> bool {
    use crate::parse::ast::Expr;
    match expr {
        Expr::Call(call) => {
            checker.builtin_name(&call.func).as_deref() == Some("type")
                && call.arguments.args.len() == 1
        }
        Expr::Attribute(a) => a.attr.as_str() == "__class__",
        _ => false,
    }
}

/// A function or code object: a lambda, a function defined here, `.__code__`, `.f_code`.
fn code_like(checker: &Checker, expr: &crate::parse::ast::Expr) -> bool {
    use crate::parse::ast::Expr;
    match expr {
        Expr::Lambda(_) => true,
        Expr::Name(n) => checker
            .defined_functions
            .contains(crate::names::normalize(&n.id).as_ref()),
        Expr::Attribute(a) => {
            matches!(
                a.attr.as_str(),
                "__code__" | "f_code" | "gi_code" | "cr_code" | "__func__"
            )
        }
        _ => false,
    }
}

/// In a class body, `__module__ = …` moves where the class's annotations resolve (with
/// `__module__ = "os"`, `typing.get_type_hints` turns `x: "system"` into `os.system`),
/// and `__doc__` must be a literal (`doctest` runs its examples).
pub(crate) fn check_class_body_name_table(
    checker: &mut Checker,
    name: &str,
    value: &crate::parse::ast::Expr,
) {
    // `__wrapped__ = logging.getLogger`: `get_type_hints(obj)` then resolves the
    // annotations in that library's globals, where `"io"` is the module.
    let own_function = matches!(value, crate::parse::ast::Expr::Name(n)
        if checker.defined_functions.contains(crate::names::normalize(&n.id).as_ref()));
    if name == "__wrapped__" && !own_function {
        checker.report(
            Rule::IntrospectionEscape,
            "`__wrapped__` set in a class body to something not defined here: annotations are then resolved in its module's globals",
            crate::parse::start(value),
            crate::parse::end(value),
        );
    }
    // `_fields = ("__builtins__",)` in a class `ast.iter_fields` is handed.
    if AST_NAME_TABLES.contains(&name) && checker.uses_module("ast") {
        let items: Option<&[crate::parse::ast::Expr]> = match value {
            crate::parse::ast::Expr::Tuple(t) => Some(&t.elts),
            crate::parse::ast::Expr::List(l) => Some(&l.elts),
            _ => None,
        };
        let public_names =
            items.is_some_and(|items| items.iter().all(crate::parse::is_public_name_literal));
        if !public_names {
            checker.report(
                Rule::IntrospectionEscape,
                format!("`{name}` set to something other than public literal names: `ast` reads the attributes it names"),
                crate::parse::start(value),
                crate::parse::end(value),
            );
        }
    }
    // `__class__ = type(target)` in a class body: `isinstance` and the
    // `other.__class__ is self.__class__` checks of generated methods then believe
    // the instances are something else.
    if name == "__class__" {
        checker.report(
            Rule::IntrospectionEscape,
            "`__class__` set in a class body: its instances then pass for another class's in `isinstance` and in generated comparison methods",
            crate::parse::start(value),
            crate::parse::end(value),
        );
    }
    if name == "__module__" {
        checker.report(
            Rule::IntrospectionEscape,
            "`__module__` set in a class body: the class's annotations then resolve in that module's globals",
            crate::parse::start(value),
            crate::parse::end(value),
        );
    } else if name == "__doc__" && !crate::parse::is_literal(value) {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`{name}` set to a value computed at run time: what it names is read by name"),
            crate::parse::start(value),
            crate::parse::end(value),
        );
    }
}

/// Library metaclasses a class can be built with by calling them.
const METACLASSES: &[&str] = &["abc.ABCMeta", "enum.EnumMeta", "enum.EnumType"];

/// `class Meta(type): def __new__(mcs, name, bases, ns): ns[key] = …`: a metaclass that
/// writes into the namespace it is given (by a computed key, `setdefault`, `update`)
/// or supplies its own (`__prepare__`) sets the special attributes of every class it
/// makes (`__doc__` that doctest runs, `__annotations__` that dataclasses execute,
/// `__match_args__`) out of sight.
pub(crate) fn check_metaclass_method(
    checker: &mut Checker,
    def: &crate::parse::ast::StmtFunctionDef,
) {
    use crate::parse::ast::Expr;
    let name = def.name.as_str();
    if name == "__prepare__" {
        checker.report(
            Rule::IntrospectionEscape,
            "`__prepare__` supplies the namespace class bodies are written into: it can rename or add any special attribute",
            crate::parse::start(&def.name),
            crate::parse::end(&def.name),
        );
        return;
    }
    if !matches!(name, "__new__" | "__init__" | "__init_subclass__") {
        return;
    }
    // `(mcs, name, bases, namespace)`: the fourth positional parameter.
    let parameters: Vec<&str> = def
        .parameters
        .posonlyargs
        .iter()
        .chain(&def.parameters.args)
        .map(|p| p.parameter.name.as_str())
        .collect();
    let Some(namespace) = parameters.get(3).copied() else {
        return;
    };
    struct Writes<'n> {
        namespace: &'n str,
        found: Option<(usize, usize)>,
    }
    impl<'b> crate::visitor::Visitor<'b> for Writes<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            let is_namespace =
                |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == self.namespace);
            let write = match expr {
                Expr::Subscript(item) => {
                    item.ctx != crate::parse::ast::ExprContext::Load
                        && is_namespace(&item.value)
                        && crate::parse::str_literal(&item.slice)
                            .is_none_or(|key| key.starts_with("__"))
                }
                Expr::Call(call) => matches!(call.func.as_ref(), Expr::Attribute(m)
                    if is_namespace(&m.value)
                        && matches!(m.attr.as_str(), "setdefault" | "update" | "__setitem__" | "pop" | "popitem" | "clear")),
                _ => false,
            };
            if write && self.found.is_none() {
                self.found = Some((crate::parse::start(expr), crate::parse::end(expr)));
            }
            crate::visitor::walk_expr(self, expr);
        }
    }
    let mut writes = Writes {
        namespace,
        found: None,
    };
    crate::visitor::Visitor::visit_body(&mut writes, &def.body);
    if let Some((s, e)) = writes.found {
        checker.report(
            Rule::IntrospectionEscape,
            format!("`{name}` writes into the class namespace `{namespace}` by a key not written here (or a dunder): it sets the special attributes (`__doc__`, `__annotations__`, `__match_args__`) of the classes it makes out of sight"),
            s,
            e,
        );
    }
}

/// `type(name, bases, namespace)`: a class from a namespace computed at run time may
/// carry `__annotations__`, `__match_args__`, `__module__` or hooks nobody can read;
/// a literal namespace is checked like a class body.
pub(crate) fn check_type_namespace(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    // `abc.ABCMeta(name, bases, namespace)` and the other metaclasses called by hand
    // build a class from a namespace just as `type(...)` does.
    let metaclass = checker.builtin_name(&call.func).as_deref() == Some("type")
        || checker.resolves_to_any(&call.func, METACLASSES).is_some();
    if !metaclass || call.arguments.args.len() != 3 {
        return;
    }
    check_namespace(
        checker,
        &call.arguments.args[2],
        "`type(name, bases, namespace)`",
        call,
    );
}

/// A class body handed over as data (`type(name, bases, namespace)`, a metaclass called
/// by hand, `make_dataclass(namespace=…)`): only a literal dict with literal keys is a
/// body the code shows, and each entry is checked as that class-body binding would be.
pub(crate) fn check_namespace(
    checker: &mut Checker,
    namespace: &crate::parse::ast::Expr,
    what: &str,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let Expr::Dict(dict) = namespace else {
        checker.report(
            Rule::IntrospectionEscape,
            format!("{what} with a namespace computed at run time: the class's special attributes cannot be checked"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
        return;
    };
    for item in &dict.items {
        let Some(key) = item.key.as_ref().and_then(crate::parse::str_literal) else {
            checker.report(
                Rule::IntrospectionEscape,
                format!("{what} with a key computed at run time: the class's special attributes cannot be checked"),
                crate::parse::start(call),
                crate::parse::end(call),
            );
            return;
        };
        match key {
            "__annotations__" => checker.report(
                Rule::DynamicCodeExecution,
                "`__annotations__` written: annotation strings are evaluated as code by `typing.get_type_hints` and friends",
                crate::parse::start(&item.value),
                crate::parse::end(&item.value),
            ),
            "__match_args__" => {
                super::computed_attribute_access::check_match_args(checker, &item.value)
            }
            _ => {
                check_class_body_name_table(checker, key, &item.value);
                let (s, e) = (crate::parse::start(&item.value), crate::parse::end(&item.value));
                check_method_definition(checker, key, s, e);
                super::unsafe_deserialization::check_reduce_hook(checker, key, s, e);
            }
        }
    }
}

/// `P.register(types.ModuleType)`, `abc.ABCMeta.register(P, T)`: an abstract class
/// (defined here, or one of `abc`, `collections.abc`, `numbers`) told that a type not
/// defined here is its subclass. (`functools.singledispatch`'s `register` is on a
/// function, not a class.)
fn registers_foreign_type(
    checker: &Checker,
    call: &crate::parse::ast::ExprCall,
    method: &crate::parse::ast::ExprAttribute,
) -> bool {
    use crate::parse::ast::Expr;
    let own_class = |e: &Expr| matches!(e, Expr::Name(n) if checker.defined_classes.contains(crate::names::normalize(&n.id).as_ref()));
    let abstract_path = |e: &Expr| {
        checker.resolve(e).iter().any(|p| {
            p.starts_with("abc.") || p.starts_with("collections.abc.") || p.starts_with("numbers.")
        })
    };
    let args = &call.arguments.args;
    // `ABCMeta.register(P, T)` / `ABC.register(P, T)`: the class is the first argument.
    let unbound = checker
        .resolve(&call.func)
        .iter()
        .any(|p| p == "abc.ABCMeta.register" || p == "abc.ABC.register");
    let registered = if unbound { args.get(1) } else { args.first() };
    let receiver_is_abstract = unbound || own_class(&method.value) || abstract_path(&method.value);
    receiver_is_abstract && registered.is_some_and(|t| !own_class(t))
}

/// `timeit.template = …`, `threading.excepthook = …`, `del json.decoder`: writing a
/// module's attribute changes what that library (and the host, which shares it) reads.
pub(crate) fn check_module_write(checker: &mut Checker, attr: &crate::parse::ast::ExprAttribute) {
    if let Some(module) = checker.resolve(&attr.value).into_iter().next() {
        checker.report(
            Rule::IntrospectionEscape,
            format!(
                "`{module}.{}` written: a library's globals are shared with the host and read by its code",
                attr.attr
            ),
            crate::parse::start(attr),
            crate::parse::end(attr),
        );
    }
}

/// `reg = TB.register`: an abstract class's `register` taken as a value can be called
/// with any type later, out of sight of the `register` checks.
pub(crate) fn check_method_value(
    checker: &mut Checker,
    attr: &crate::parse::ast::ExprAttribute,
    name: &str,
    own: bool,
) {
    use crate::parse::ast::Expr;
    if name != "register" {
        return;
    }
    let on_class = own
        && matches!(attr.value.as_ref(), Expr::Name(n) if checker.defined_classes.contains(crate::names::normalize(&n.id).as_ref()))
        || checker
            .resolve(&attr.value)
            .iter()
            .any(|p| p.starts_with("abc.") || p.starts_with("collections.abc."));
    if on_class {
        checker.report(
            Rule::IntrospectionEscape,
            "an abstract class's `.register` taken as a value: it can later register any type, and isinstance checks and class patterns then match it",
            crate::parse::start(attr),
            crate::parse::end(attr),
        );
    }
}

/// `type(obj)(...)`, `obj.__class__(...)`, `T = type(obj); T(...)`: calling the class of
/// an object this code did not make builds that library's objects (a `FileIO` from a
/// stream, a `FrameSummary`) without naming what the rules block.
pub(crate) fn check_type_of_call(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    use crate::parse::ast::Expr;
    let type_of = |checker: &Checker, expr: &Expr| -> Option<Expr> {
        match expr {
            Expr::Call(inner)
                if checker.builtin_name(&inner.func).as_deref() == Some("type")
                    && inner.arguments.args.len() == 1
                    && inner.arguments.keywords.is_empty() =>
            {
                Some(inner.arguments.args[0].clone())
            }
            Expr::Attribute(a) if a.attr.as_str() == "__class__" => Some((*a.value).clone()),
            _ => None,
        }
    };
    let object = match call.func.as_ref() {
        Expr::Name(name) => {
            let id = crate::names::normalize(&name.id);
            checker
                .call_bindings
                .get(id.as_ref())
                .and_then(|callees| {
                    // `T = type(obj)`: bound to a call whose callee is `type`.
                    callees.iter().find_map(|callee| {
                        (checker.builtin_name(callee).as_deref() == Some("type")).then_some(())
                    })
                })
                .and_then(|()| match checker.constants.get(id.as_ref()).copied() {
                    Some(value) => type_of(checker, value),
                    None => Some(Expr::Name(name.clone())),
                })
        }
        other => type_of(checker, other),
    };
    let Some(object) = object else { return };
    if checker.is_own_object(&object) || code_like(checker, &object) {
        return;
    }
    checker.report(
        Rule::IntrospectionEscape,
        "calling the class of an object this code did not make: it builds that library's objects (files, frame summaries) without naming them",
        crate::parse::start(call),
        crate::parse::end(call),
    );
}

/// `type(obj).attr = …`, `obj.__class__.attr = …`, `logging.getLoggerClass().attr = …`,
/// `yaml.SafeLoader.yaml_constructors[tag] = …`: writing into a class or table a library
/// owns, reached through a call or an object, changes it for the whole process.
pub(crate) fn check_library_write(checker: &mut Checker, target: &crate::parse::ast::Expr) {
    use crate::parse::ast::Expr;
    // `ns["__doc__"] = …` in a metaclass: the same names as `C.__doc__ = …`.
    if let Expr::Subscript(s) = target {
        if let Some(key) = crate::parse::str_literal(&s.slice).filter(|k| NAME_TABLES.contains(k)) {
            checker.report(
                Rule::IntrospectionEscape,
                format!("`[\"{key}\"]` written into a namespace: what it names is read by name"),
                crate::parse::start(target),
                crate::parse::end(target),
            );
        }
    }
    let (receiver, what) = match target {
        Expr::Attribute(a) => (a.value.as_ref(), format!("`.{}`", a.attr)),
        Expr::Subscript(s) => (s.value.as_ref(), "an item".to_string()),
        _ => return,
    };
    // A name bound to a class taken from an object (`K = type(obj)`,
    // `E = obj.__class__`, `K = logging.getLoggerClass()`).
    let class_of = |value: &Expr| match value {
        Expr::Call(call) => {
            (checker.builtin_name(&call.func).as_deref() == Some("type")
                && call.arguments.args.len() == 1)
                || matches!(call.func.as_ref(), Expr::Attribute(m) if m.attr.ends_with("Class"))
        }
        Expr::Attribute(a) => a.attr.as_str() == "__class__",
        _ => false,
    };
    let library_owned = match receiver {
        // `from encodings.aliases import aliases` … `aliases["x"] = …`.
        Expr::Name(_)
            if matches!(target, Expr::Subscript(_)) && library_table(checker, receiver) =>
        {
            true
        }
        Expr::Name(n) => checker
            .constants
            .get(crate::names::normalize(&n.id).as_ref())
            .copied()
            .is_some_and(|value| class_of(value) && !checker.is_own_object(value)),
        // (`decimal.getcontext().prec = 50` sets this thread's arithmetic context.)
        Expr::Call(call) => {
            !checker.is_own_object(receiver)
                && checker
                    .resolves_to_any(&call.func, &["decimal.getcontext"])
                    .is_none()
        }
        Expr::Attribute(a) => {
            a.attr.as_str() == "__class__" && !checker.is_own_object(&a.value)
                || !checker.resolve(receiver).is_empty()
        }
        _ => false,
    };
    if library_owned {
        checker.report(
            Rule::IntrospectionEscape,
            format!("{what} written into a class or table a library owns: it changes it for the whole process"),
            crate::parse::start(target),
            crate::parse::end(target),
        );
    }
}
