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
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_imp",
    "lib2to3",
    "test.support",
    "pkg_resources",
    "six.moves",
    "future.moves",
];

/// Test runners import what their arguments name: `unittest.main(argv=[..., "os.fork"])`,
/// `pytest.main(["-p", "module"])`. Plain `unittest.main()` and
/// `pytest.main([__file__])` are fine.
pub(crate) fn check_test_runner(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let paths = checker.resolve(&call.func);
    let risky = if paths
        .iter()
        .any(|p| p == "unittest.main" || p == "unittest.TestProgram")
    {
        !call.arguments.args.is_empty()
            || call.arguments.keywords.iter().any(|k| {
                matches!(
                    k.arg.as_deref(),
                    None | Some("argv" | "module" | "defaultTest" | "testLoader" | "testRunner")
                )
            })
    } else if paths.iter().any(|p| p == "pytest.main") {
        let plain_argument = |e: &Expr| match e {
            Expr::StringLiteral(_) => crate::parse::str_literal(e)
                .is_some_and(|s| !s.starts_with("-p") && !s.starts_with("--pyargs")),
            Expr::Name(n) => n.id.as_str() == "__file__",
            _ => false,
        };
        let arguments_plain = match call.arguments.args.first() {
            None => true,
            Some(Expr::List(l)) => l.elts.iter().all(plain_argument),
            Some(Expr::Tuple(t)) => t.elts.iter().all(plain_argument),
            Some(_) => false,
        };
        !arguments_plain || call.arguments.args.len() > 1 || !call.arguments.keywords.is_empty()
    } else {
        return;
    };
    if risky {
        checker.report(
            super::Rule::DynamicImport,
            "test runner given modules or arguments to load: it imports (and runs) whatever they name",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}
