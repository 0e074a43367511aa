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
pub(crate) const METHODS: &[&str] = &["getenv", "putenv", "unsetenv"];

pub(crate) const PATHS: &[&str] = &[
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
