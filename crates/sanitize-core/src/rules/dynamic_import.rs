use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags imports whose target is decided at run time: `__import__`, `importlib`,
    /// `imp`, `pkgutil`, `runpy`, `zipimport`, `sys.modules`, `sys.path`,
    /// `pydoc.locate`, and helpers that import what a dotted string names
    /// (`logging.config.dictConfig`, `unittest.mock.patch`).
    ///
    /// ## Why is this bad?
    /// A module named by a string (`__import__("o" + "s")`) escapes every check on
    /// import statements and brings back whatever the static rules block.
    ///
    /// ## Example
    /// ```python
    /// importlib.import_module("subprocess").run("id")
    /// ```
    DynamicImport
}

pub(crate) const WHAT: &str = "imports modules dynamically";

pub(crate) const BUILTINS: &[&str] = &["__import__", "reload"];

pub(crate) const PATHS: &[&str] = &[
    "importlib",
    "imp",
    "pkgutil",
    "runpy",
    "zipimport",
    "modulefinder",
    "site",
    "sys.modules",
    "sys.path",
    "sys.meta_path",
    "sys.path_hooks",
    "pydoc.locate",
    // These import and call whatever a dotted string names.
    "logging.config",
    "unittest.mock",
    "mock",
    "unittest.loader",
    "unittest.TestLoader",
    "unittest.defaultTestLoader",
    "xml.sax.make_parser",
];
