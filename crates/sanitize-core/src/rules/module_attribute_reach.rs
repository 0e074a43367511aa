use crate::checker::Checker;
use crate::names::is_private;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags reaching a module through another module's attribute: `shutil.os`,
    /// `typing.sys`, `random._os`, `from random import _os`, any private (`_name`)
    /// member of an imported module, `._os`-style attributes on any object, and the
    /// standard library's unexported re-exports under other names (`json.codecs`,
    /// `enum.bltns`, `dataclasses.FunctionType`; the table is generated from the
    /// stdlib by `scripts/gen_reexports.py`), which the other rules then judge as what
    /// they really are.
    ///
    /// ## Why is this bad?
    /// Many harmless modules import dangerous ones for their own use and keep them as
    /// attributes. Going through them reaches `os` without ever writing `import os`.
    ///
    /// ## Example
    /// ```python
    /// import random
    /// random._os.system("id")
    /// ```
    ModuleAttributeReach
}

/// `from random import _os`, `import typing.sys`: the imported path itself.
pub(crate) fn check_import_path(checker: &mut Checker, path: &str, start: usize, end: usize) {
    let mut parts = path.split('.');
    let top = parts.next().unwrap_or_default();
    for part in parts {
        if let Some(why) = reach(checker, part, true) {
            checker.report(
                Rule::ModuleAttributeReach,
                format!("`{path}`: `.{part}` of module `{top}` {why}"),
                start,
                end,
            );
            return;
        }
    }
}

/// `x.attr`: `on_module` when `x` resolves to an imported module.
pub(crate) fn check_attribute(
    checker: &mut Checker,
    attr: &str,
    on_module: bool,
    on_own_object: bool,
    start: usize,
    end: usize,
) {
    // `self._code`, `self._commands`: a class's own private fields, not kept modules.
    let own_field = on_own_object && !on_module;
    if let Some(why) = reach(checker, attr, on_module).filter(|_| !own_field) {
        checker.report(
            Rule::ModuleAttributeReach,
            format!("`.{attr}` {why}"),
            start,
            end,
        );
    } else if !on_module && !on_own_object && ESCAPE_MODULES.contains(&attr) {
        // `catch_warnings()._module.sys`: objects keep modules as attributes too.
        checker.report(
            Rule::ModuleAttributeReach,
            format!("`.{attr}` reaches what looks like module `{attr}` kept as an attribute"),
            start,
            end,
        );
    }
}

fn reach(checker: &Checker, attr: &str, on_module: bool) -> Option<&'static str> {
    let index = checker.index;
    if on_module && index.is_whole_module_name(attr) {
        return Some("reaches a dangerous module");
    }
    if on_module && is_private(attr) {
        return Some("reaches a private member, which may be another module");
    }
    let bare = attr.trim_start_matches('_');
    (attr.starts_with('_') && index.is_whole_module_name(bare))
        .then_some("looks like a dangerous module kept as a private attribute")
}

/// Modules whose name as an attribute of a computed object (`f()._module.sys`,
/// `obj.__init__.os`) is an escape, not a field someone named `sys`.
const ESCAPE_MODULES: &[&str] = &[
    "os",
    "sys",
    "builtins",
    "subprocess",
    "posix",
    "nt",
    "importlib",
    "ctypes",
    "socket",
    "shutil",
    "pty",
    "pickle",
    "marshal",
    "_os",
    "_sys",
];

/// `json.codecs` is `codecs`: a module (or a member of one) that another module keeps
/// under an attribute it does not export. Names the other checks already report (`._os`,
/// `.sys`) are left to them.
pub(crate) fn check_reexport(
    checker: &mut Checker,
    written: &str,
    real: &str,
    start: usize,
    end: usize,
) {
    let mut parts = written.split('.');
    let top = parts.next().unwrap_or_default();
    // `posixpath` is another name of `os.path`, not a module reached through one.
    if crate::semantic::canonical(top).is_some()
        || parts.any(|part| reach(checker, part, true).is_some())
    {
        return;
    }
    checker.report(
        Rule::ModuleAttributeReach,
        format!("`{written}` is `{real}`, reached through module `{top}`"),
        start,
        end,
    );
}
