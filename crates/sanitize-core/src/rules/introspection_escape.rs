use crate::names::is_dunder;
use crate::report::Severity;

use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags the roads back to the interpreter's internals: `sys`, `builtins`,
    /// `__builtins__`, `gc`, `inspect`, `globals()`, `vars()`, `locals()`, dunder
    /// attributes outside the ordinary protocol ones (`__subclasses__`, `__globals__`,
    /// `__code__`, `__self__`, …), frame, traceback and generator internals
    /// (`f_globals`, `tb_frame`, `gi_frame`), also when named by a `match` class pattern.
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
    "threading.settrace",
    "threading.setprofile",
    "threading._*",
];

/// Dunder attributes that are ordinary protocol or metadata and reach nothing.
const BENIGN_DUNDERS: &[&str] = &[
    "__init__",
    "__new__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__class__",
    "__annotations__",
    "__version__",
    "__file__",
    "__all__",
    "__slots__",
    "__len__",
    "__iter__",
    "__next__",
    "__aiter__",
    "__anext__",
    "__enter__",
    "__exit__",
    "__aenter__",
    "__aexit__",
    "__await__",
    "__str__",
    "__repr__",
    "__format__",
    "__hash__",
    "__bool__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__missing__",
    "__reversed__",
    "__length_hint__",
    "__call__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__and__",
    "__rand__",
    "__iand__",
    "__or__",
    "__ror__",
    "__ior__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__int__",
    "__float__",
    "__complex__",
    "__index__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__bytes__",
    "__sizeof__",
    "__copy__",
    "__deepcopy__",
    "__post_init__",
    "__fspath__",
    "__members__",
    "__wrapped__",
    "__match_args__",
    "__set_name__",
    "__init_subclass__",
    "__class_getitem__",
    "__del__",
    "__instancecheck__",
    "__subclasscheck__",
    "__dataclass_fields__",
    "__fields__",
    "__tablename__",
    "__table_args__",
    // Exception chaining: exceptions, not frames (`__traceback__` stays flagged).
    "__cause__",
    "__context__",
    "__suppress_context__",
    "__notes__",
    // typing introspection: tuples of types.
    "__args__",
    "__origin__",
    "__parameters__",
    "__metadata__",
    "__value__",
    "__type_params__",
    "__supertype__",
    // Setting is not reaching: calls are checked like `setattr` (computed names).
    "__setattr__",
    "__delattr__",
    // Library metadata: SQLAlchemy, Pydantic, typing, abc, inspect.
    "__table__",
    "__mapper__",
    "__mapper_args__",
    "__config__",
    "__orig_bases__",
    "__signature__",
    "__abstractmethods__",
    "__pydantic_fields__",
    "__pydantic_core_schema__",
    "__pydantic_validator__",
    "__pydantic_serializer__",
    "__fields_set__",
    "__private_attributes__",
    "__weakref__",
    "__defaults__",
    "__kwdefaults__",
    // A traceback for `traceback.format_exception`; its frames (`tb_frame`) stay flagged.
    "__traceback__",
];

/// Attribute names that only serve to escape: a string holding exactly one of these is
/// an attribute about to be read by name (`getattr`, `attrgetter`, `__match_args__`).
const CRITICAL_NAMES: &[&str] = &[
    "__globals__",
    "__builtins__",
    "__subclasses__",
    "__code__",
    "__closure__",
    "__self__",
    "__func__",
    "__getattribute__",
    "__reduce__",
    "__reduce_ex__",
    "__import__",
    "__loader__",
    "__spec__",
    "__traceback__",
    "f_globals",
    "f_locals",
    "f_builtins",
    "f_back",
    "tb_frame",
    "gi_frame",
    "cr_frame",
    "ag_frame",
];

/// A string literal that is exactly an escape attribute's name.
pub(crate) fn names_escape_attribute(text: &str) -> bool {
    CRITICAL_NAMES.contains(&text)
}

/// Attributes that hold frames, code or globals without being dunders.
const ESCAPE_ATTRIBUTES: &[&str] = &[
    "f_globals",
    "f_locals",
    "f_builtins",
    "f_back",
    "f_code",
    "f_trace",
    "tb_frame",
    "tb_next",
    "gi_frame",
    "gi_code",
    "gi_yieldfrom",
    "cr_frame",
    "cr_code",
    "cr_await",
    "ag_frame",
    "ag_code",
    "ag_await",
    "co_code",
    "co_consts",
    "co_names",
    "func_globals",
    "func_code",
    "func_closure",
    "im_func",
    "im_self",
    "_getframe",
    "_current_frames",
];

/// Bare dunder names that are the builtins, the module machinery or a namespace.
const DANGEROUS_DUNDER_NAMES: &[&str] = &[
    "__builtins__",
    "__builtin__",
    "__loader__",
    "__spec__",
    "__import__",
    "__build_class__",
    "__dict__",
    "__globals__",
    "__code__",
    "__closure__",
    "__self__",
    "__func__",
    "__subclasses__",
    "__getattribute__",
];

/// Why an attribute name is an escape hatch, if it is one.
pub(crate) fn dangerous_attribute(name: &str, on_self: bool) -> Option<&'static str> {
    attribute_risk(name, on_self).map(|(why, _)| why)
}

/// Why an attribute is a risk, and how much: the known escape routes are critical;
/// other dunders that are neither protocol nor metadata are unusual (low: reported,
/// not blocking by default), since libraries define their own (`__table__`).
pub(crate) fn attribute_risk(name: &str, on_self: bool) -> Option<(&'static str, Severity)> {
    if ESCAPE_ATTRIBUTES.contains(&name) {
        return Some((
            "exposes frames, code objects or globals",
            Severity::Critical,
        ));
    }
    if !is_dunder(name) || BENIGN_DUNDERS.contains(&name) || (name == "__dict__" && on_self) {
        return None;
    }
    if ESCAPE_DUNDERS.contains(&name) {
        Some((
            "is a dunder attribute that reaches the interpreter's internals",
            Severity::Critical,
        ))
    } else {
        Some(("is an unusual dunder attribute", Severity::Low))
    }
}

/// Dunder attributes on the known roads to globals, builtins, code or every class.
const ESCAPE_DUNDERS: &[&str] = &[
    "__globals__",
    "__builtins__",
    "__code__",
    "__closure__",
    "__subclasses__",
    "__dict__",
    "__self__",
    "__func__",
    "__getattribute__",
    "__getattr__",
    "__reduce__",
    "__reduce_ex__",
    "__setstate__",
    "__getstate__",
    "__loader__",
    "__spec__",
    "__import__",
    "__objclass__",
    "__build_class__",
    "__cached__",
    "__path__",
];

pub(crate) fn dangerous_dunder_name(name: &str) -> bool {
    DANGEROUS_DUNDER_NAMES.contains(&name)
}
