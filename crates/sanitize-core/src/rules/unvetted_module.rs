use crate::checker::Checker;
use crate::manifest;

use super::{rule_doc, Rule};

rule_doc! {
    /// ## What it does
    /// Flags imports of modules the engine has not vetted: any package or module not
    /// in the manifest (README: *Vetted modules*), a submodule of a vetted package
    /// that is not itself vetted (`json.tool`, `xml.sax`), and relative imports; and
    /// private members (`_name`) of vetted modules and of objects this code did not
    /// define (`catch_warnings()._module`, `loop._ssock`): only public members are vetted.
    ///
    /// ## Why is this bad?
    /// The capability rules can only name what they know. An unknown module may open
    /// files, start processes, read the environment or import by string under names
    /// no table lists, so the engine allows only what it has read (default-deny). A
    /// deployment that trusts a module allows it with the policy's `allow.modules`.
    ///
    /// ## Example
    /// ```python
    /// import requests_toolbelt  # not vetted
    /// from . import helpers     # a package the answer does not contain
    /// ```
    UnvettedModule
}

/// `import module` or `from module import …`: the module must be vetted, covered by a
/// capability rule (which reports it), or allowed by the policy.
pub(crate) fn check_import(checker: &mut Checker, module: &str, start: usize, end: usize) {
    if checker.policy.allows_module(module) {
        return;
    }
    if let Some(why) = manifest::unvetted(module, checker.index) {
        checker.report(
            Rule::UnvettedModule,
            format!(
                "import of `{module}`, {why}; a deployment that trusts it can allow it with the policy's `allow.modules`"
            ),
            start,
            end,
        );
    }
}

/// `np.f2py.compile(...)`, `xml.dom`: a submodule reached as an attribute is imported
/// (numpy loads its submodules on first access) or was imported by someone else; either
/// way it must be vetted like an import.
///
/// A private member of a vetted module (`typing._eval_type`) is an internal nobody
/// vetted: only the public API was read.
pub(crate) fn check_reference(checker: &mut Checker, path: &str, start: usize, end: usize) {
    if checker.policy.allows_module(path) {
        return;
    }
    // From the longest prefix down, the first that is a module decides.
    let mut module = path;
    let mut member: Option<&str> = None;
    loop {
        if manifest::vetted(module).is_some() {
            if let Some(member) = member.filter(|m| is_private(m)) {
                if checker.index.lookup(path).is_none() {
                    checker.report(
                        Rule::UnvettedModule,
                        format!("`{path}`: `{member}` is a private member of `{module}`, and only its public members are vetted"),
                        start,
                        end,
                    );
                }
            }
            return;
        }
        // A top-level module was reported at its import.
        if module.contains('.') && manifest::is_module(module) {
            if let Some(why) = manifest::unvetted(module, checker.index) {
                checker.report(
                    Rule::UnvettedModule,
                    format!("`{module}` is {why}; a deployment that trusts it can allow it with the policy's `allow.modules`"),
                    start,
                    end,
                );
            }
            return;
        }
        let Some((parent, last)) = module.rsplit_once('.') else {
            return;
        };
        member = Some(last);
        module = parent;
    }
}

/// `_name`, not `__dunder__`.
fn is_private(name: &str) -> bool {
    name.starts_with('_') && !(name.starts_with("__") && name.ends_with("__"))
}

/// `from . import x`: the package is not in the answer, so nothing vets it.
pub(crate) fn check_relative_import(
    checker: &mut Checker,
    written: &str,
    start: usize,
    end: usize,
) {
    checker.report(
        Rule::UnvettedModule,
        format!("relative import `from {written} import …`: the package it reads is not part of the code, so it cannot be vetted"),
        start,
        end,
    );
}

/// Underscore names that are public API: named tuples' methods and fields, enum members'
/// value and name.
const PUBLIC_UNDERSCORE: &[&str] = &[
    "_asdict",
    "_replace",
    "_make",
    "_fields",
    "_field_defaults",
    "_value_",
    "_name_",
];

/// `loop._ssock`, `catch_warnings()._module`, `parser._read_args_from_files`: a private
/// member of an object this code did not define is a library's internals, which nobody
/// vetted (only public members are).
pub(crate) fn check_private_attribute(
    checker: &mut Checker,
    name: &str,
    own: bool,
    start: usize,
    end: usize,
) {
    // `other.__secret` inside class `C` reads `other._C__secret`: only `C`'s own code
    // sets such names (Python mangles them), whatever the object — unless `C` shares its
    // name with a library class the code reaches (`class Future:` beside
    // `concurrent.futures.Future`), whose privates are then `_Future__…`.
    let mangled = name.starts_with("__") && !name.ends_with("__");
    let borrowed_name = mangled
        && checker
            .class_stack
            .last()
            .is_some_and(|class| checker.names_library_member(class));
    if own || (mangled && !borrowed_name) || !is_private(name) || PUBLIC_UNDERSCORE.contains(&name)
    {
        return;
    }
    checker.report(
        Rule::UnvettedModule,
        format!("`.{name}` is a private member of an object this code did not define: only public members are vetted"),
        start,
        end,
    );
}

/// `Peek.get(catch_warnings())`, `f = Peek.get`: a method called through its class takes
/// any object as `self`, and that object's private members then pass as its own.
pub(crate) fn report_unbound_method(checker: &mut Checker, name: &str, start: usize, end: usize) {
    checker.report(
        Rule::UnvettedModule,
        format!("method `{name}` used through its class with a `self` this code did not make: that object's private members would pass as the class's own"),
        start,
        end,
    );
}
