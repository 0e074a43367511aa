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

/// Methods that import what a string names on any object (pytest's plugin manager,
/// `MonkeyPatch.setattr("module.attr", …)` is reported by its class).
pub(crate) const METHODS: &[&str] = &["import_plugin", "consider_module", "import_module"];

pub(crate) const PATHS: &[&str] = &[
    // Imports and patches what a dotted string names; its `setattr` changes any module.
    "pytest.MonkeyPatch",
    "pytest.PytestPluginManager",
    "pytest.register_assert_rewrite",
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
    "pytest.importorskip",
    "pydantic.ImportString",
    "pydantic.PyObject",
];

/// Methods of `unittest`'s programs and loaders that import modules (and walk
/// attributes) named by strings, or files found in a directory.
const TEST_LOADER_METHODS: &[&str] = &[
    "parseArgs",
    "createTests",
    "loadTestsFromName",
    "loadTestsFromNames",
    "discover",
];

/// Test runners import what their arguments name: `unittest.main(argv=[..., "os.fork"])`,
/// `pytest.main(["-p", "module"])`. Plain `unittest.main()` and
/// `pytest.main([__file__])` are fine.
pub(crate) fn check_test_runner(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    // What `unittest.main(exit=False)` returns, and its loader, import by name too.
    if let Expr::Attribute(method) = call.func.as_ref() {
        if TEST_LOADER_METHODS.contains(&method.attr.as_str()) && checker.uses_module("unittest") {
            checker.report(
                super::Rule::DynamicImport,
                format!("`.{}()` of a unittest program or loader: it imports (and runs) whatever the names it is given say", method.attr),
                crate::parse::start(call),
                crate::parse::end(call),
            );
            return;
        }
    }
    let paths = checker.resolve(&call.func);
    let risky = if paths
        .iter()
        .any(|p| p == "unittest.main" || p == "unittest.TestProgram")
    {
        // `argv=["prog"]` (the notebook idiom) names no tests: only the program name.
        let program_name_only = |e: &Expr| match e {
            Expr::List(l) => l.elts.len() <= 1 && l.elts.iter().all(crate::parse::is_literal),
            Expr::Tuple(t) => t.elts.len() <= 1 && t.elts.iter().all(crate::parse::is_literal),
            _ => false,
        };
        !call.arguments.args.is_empty()
            || call
                .arguments
                .keywords
                .iter()
                .any(|k| match k.arg.as_deref() {
                    Some("argv") => !program_name_only(&k.value),
                    None | Some("module" | "defaultTest" | "testLoader" | "testRunner") => true,
                    _ => false,
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

/// pytest hands a test or fixture the built-in fixture its parameter names: these are
/// capabilities given by name, with no import to see.
const CAPABILITY_FIXTURES: &[(&str, super::Rule)] = &[
    ("tmp_path", super::Rule::FilesystemAccess),
    ("tmpdir", super::Rule::FilesystemAccess),
    ("tmp_path_factory", super::Rule::FilesystemAccess),
    ("tmpdir_factory", super::Rule::FilesystemAccess),
    ("cache", super::Rule::FilesystemAccess),
    ("pytestconfig", super::Rule::FilesystemAccess),
    ("monkeypatch", super::Rule::EnvironmentAccess),
    ("pytester", super::Rule::ProcessExecution),
    ("testdir", super::Rule::ProcessExecution),
    // `request.getfixturevalue(name)` gets any fixture by name.
    ("request", super::Rule::DynamicImport),
];

/// The capability a pytest fixture name stands for, when it is one.
fn capability_fixture(name: &str) -> Option<super::Rule> {
    CAPABILITY_FIXTURES
        .iter()
        .find(|(fixture, _)| *fixture == name)
        .map(|(_, rule)| *rule)
}

/// `def test_x(tmp_path)`, `@pytest.fixture def f(monkeypatch)`: parameters of the
/// functions pytest calls (named `test*`, or decorated as fixtures) that name a
/// capability fixture.
pub(crate) fn check_fixture_parameters(
    checker: &mut crate::checker::Checker,
    name: &str,
    parameters: &crate::parse::ast::Parameters,
    decorators: &[crate::parse::ast::Decorator],
) {
    let is_fixture = decorators.iter().any(|d| {
        let expr = match &d.expression {
            crate::parse::ast::Expr::Call(call) => &*call.func,
            other => other,
        };
        checker
            .resolve(expr)
            .iter()
            .any(|p| p == "pytest.fixture" || p == "pytest_asyncio.fixture")
    });
    if !name.starts_with("test") && !is_fixture {
        return;
    }
    for param in crate::semantic::parameters(Some(parameters)) {
        if let Some(rule) = capability_fixture(param.name.as_str()) {
            checker.report(
                rule,
                format!(
                    "parameter `{}` of `{name}`: pytest passes its `{}` fixture, a capability given by name",
                    param.name, param.name
                ),
                crate::parse::start(param),
                crate::parse::end(param),
            );
        }
    }
}

/// `@pytest.mark.usefixtures("tmp_path")` asks for fixtures by string; a name that is
/// not a literal could be any fixture.
pub(crate) fn check_usefixtures(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    if !checker
        .resolve(&call.func)
        .iter()
        .any(|p| p == "pytest.mark.usefixtures")
    {
        return;
    }
    for arg in &call.arguments.args {
        let rule = match crate::parse::str_literal(arg) {
            Some(name) => capability_fixture(name),
            None => Some(super::Rule::DynamicImport),
        };
        if let Some(rule) = rule {
            checker.report(
                rule,
                "`pytest.mark.usefixtures` asks for a capability fixture by name",
                crate::parse::start(arg),
                crate::parse::end(arg),
            );
        }
    }
}

/// `pytest_plugins = ["module"]`: pytest imports the modules it names.
pub(crate) fn check_plugins_assignment(
    checker: &mut crate::checker::Checker,
    start: usize,
    end: usize,
) {
    checker.report(
        super::Rule::DynamicImport,
        "`pytest_plugins` makes pytest import the modules it names",
        start,
        end,
    );
}

/// `e.name_from = "x"`, `e.name = "x"`: `traceback` imports the module an
/// `ImportError`'s `name` names to suggest a fix (`__import__(exc.name)`) when its
/// `name_from` is set, and CPython sets it itself on a failed `from json import nope`.
/// So `name` may not be set on an object this code did not make: an instance of its own
/// classes, or a name every binding of which is a call of a builtin or a library
/// constructor (`t = threading.Thread(…)`; an exception made so has no `name_from`).
pub(crate) fn check_import_hint_write(
    checker: &mut crate::checker::Checker,
    attr: &crate::parse::ast::ExprAttribute,
) {
    let message = match attr.attr.as_str() {
        "name_from" => {
            "`.name_from` set on an exception: formatting it imports the module its `name` names"
        }
        "name" if !made_here(checker, &attr.value) => {
            "`.name` set on an object this code did not make: on an `ImportError` from a failed `from … import …`, formatting it imports the module the new name names"
        }
        _ => return,
    };
    checker.report(
        super::Rule::DynamicImport,
        message,
        crate::parse::start(attr),
        crate::parse::end(attr),
    );
}

/// `ImportError("…", name="ctypes", name_from="x")`: formatted (by `traceback`,
/// `logging`'s `exc_info`, an event loop's handler or the host's own), an import error
/// with `name_from` imports the module its `name` names to suggest a spelling. Given by
/// keyword to any call, or in a `**` mapping to an `ImportError`.
pub(crate) fn check_import_hint_keyword(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    use crate::parse::ast::Expr;
    let import_error = || {
        checker
            .builtin_name(&call.func)
            .is_some_and(|n| n == "ImportError" || n == "ModuleNotFoundError")
            || matches!(call.func.as_ref(), Expr::Name(class)
            if checker.class_derives_from(
                &crate::names::normalize(&class.id),
                &["builtins.ImportError", "ImportError", "ModuleNotFoundError"],
            ))
    };
    let hint = call
        .arguments
        .keywords
        .iter()
        .any(|k| match (k.arg.as_deref(), &k.value) {
            (Some("name_from"), value) => !matches!(value, Expr::NoneLiteral(_)),
            (None, Expr::Dict(dict)) => dict.items.iter().any(|item| {
                match item.key.as_ref().and_then(crate::parse::str_literal) {
                    Some(key) => key == "name_from" && !matches!(item.value, Expr::NoneLiteral(_)),
                    None => import_error(),
                }
            }),
            (None, _) => import_error(),
            _ => false,
        });
    if hint {
        checker.report(
            super::Rule::DynamicImport,
            "an import error given `name_from`: formatting it imports the module its `name` names",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// An instance of a class defined here, or a name bound only to calls of builtins and
/// library callables (never of a function defined here, which could return a caught
/// exception).
fn made_here(checker: &crate::checker::Checker, value: &crate::parse::ast::Expr) -> bool {
    if checker.is_own_object(value) {
        return true;
    }
    let crate::parse::ast::Expr::Name(name) = value else {
        return false;
    };
    let id = crate::names::normalize(&name.id);
    checker
        .call_bindings
        .get(id.as_ref())
        .is_some_and(|callees| {
            callees.iter().all(|callee| {
                checker.builtin_name(callee).is_some() || !checker.resolve(callee).is_empty()
            })
        })
}
