use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags code that reads the environment, credentials or host identity:
    /// `os.environ`, `os.getenv`, `dotenv`, `getpass`, `keyring`, `pwd`, `grp`,
    /// `netrc`, `sys.argv`.
    ///
    /// ## Why is this bad?
    /// The service's environment holds its secrets (API keys, tokens); generated code
    /// that reads it can leak them in its output.
    ///
    /// ## Example
    /// ```python
    /// import os
    /// print(os.environ["LLM_API_KEY"])
    /// ```
    EnvironmentAccess
}

pub(crate) const WHAT: &str = "can read the environment or secrets";

/// The environment through an `os` module reached some way no rule could follow.
/// (`environ` is left out: WSGI requests have an `environ` of their own.)
/// (A logging handler's `.stream` is the process's stderr by default.)
/// (`StreamHandler.setStream` returns the old stream; a logger's `.manager` holds the
/// process-wide logging settings.)
pub(crate) const METHODS: &[&str] = &[
    "getenv",
    "putenv",
    "unsetenv",
    "stream",
    "setStream",
    "manager",
];

pub(crate) const PATHS: &[&str] = &[
    // Process-wide state the host shares: event loop policy, codec and error-handler
    // registries, another module's globals.
    "asyncio.set_event_loop_policy",
    "asyncio.set_event_loop",
    // The policy object itself: its `set_event_loop` and attributes are the process's.
    "asyncio.get_event_loop_policy",
    // The policy's child watcher serves every subprocess the process starts.
    "asyncio.set_child_watcher",
    "asyncio.get_child_watcher",
    "codecs.register",
    "codecs.register_error",
    "codecs.unregister",
    "enum.global_enum",
    // Process-wide logging state the host shares.
    "logging.setLogRecordFactory",
    "logging.setLoggerClass",
    "logging.disable",
    "logging.captureWarnings",
    // With `buffer` set, `startTest` swaps the process's stdout and stderr.
    "unittest.TestResult",
    "unittest.TextTestResult",
    // Pydantic 1's settings class fills itself from the environment.
    "pydantic.BaseSettings",
    "os.environ",
    "os.environb",
    "os.getenv",
    "os.getenvb",
    "os.putenv",
    "os.unsetenv",
    "os.getlogin",
    "os.uname",
    "dotenv",
    "decouple",
    "getpass",
    "keyring",
    "pwd",
    "grp",
    "spwd",
    "netrc",
    "winreg",
    "_winreg",
    "sys.argv",
    "sys.orig_argv",
    "platform.node",
    "platform.uname",
    "pydantic_settings",
    "environs",
    "environ",
    // Reveals the host's name (`socket.getfqdn`).
    "email.utils.make_msgid",
];

/// Context managers that swap the process's `sys.stdout`/`sys.stderr`.
const STREAM_REDIRECTS: &[&str] = &["contextlib.redirect_stdout", "contextlib.redirect_stderr"];

/// `with redirect_stdout(buf):` restores the stream when the block ends; entered any
/// other way (`.__enter__()`, an `ExitStack` popped) it replaces the host's stream for
/// good.
pub(crate) fn check_stream_redirect(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    let at = crate::parse::start(call);
    if checker.with_item_closes(at) {
        return;
    }
    if let Some(path) = checker.resolves_to_any(&call.func, STREAM_REDIRECTS) {
        checker.report(
            super::Rule::EnvironmentAccess,
            format!("`{path}` outside a `with` statement: it replaces the process's stream and nothing restores it"),
            at,
            crate::parse::end(call),
        );
    }
}

/// `TextTestRunner(buffer=True)`, `unittest.main(buffer=True)`: the result object swaps
/// the process's stdout and stderr, and code handed that object can leave them swapped.
pub(crate) fn check_test_buffer(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    let buffers = call.arguments.keywords.iter().any(|k| {
        k.arg.is_none()
            || (k.arg.as_deref() == Some("buffer")
                && !matches!(&k.value, crate::parse::ast::Expr::BooleanLiteral(b) if !b.value))
    });
    if !buffers {
        return;
    }
    if let Some(path) = checker.resolves_to_any(
        &call.func,
        &[
            "unittest.TextTestRunner",
            "unittest.main",
            "unittest.TestProgram",
        ],
    ) {
        checker.report(
            super::Rule::EnvironmentAccess,
            format!("`{path}(buffer=...)` swaps the process's stdout and stderr while tests run"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}
