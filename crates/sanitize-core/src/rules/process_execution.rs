use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags code that can start processes or shells: `subprocess`, `os` (imported at
    /// all: the guide names it), `os.system`, `os.popen`, the `exec*`/`spawn*`/`fork`
    /// family, `pty`, `multiprocessing`, asyncio's subprocess helpers and the third-party
    /// wrappers around them, in every import form and whether called or only referenced.
    ///
    /// ## Why is this bad?
    /// A process or shell runs anything at all with the service's privileges: reading
    /// secrets, installing malware, reaching the network. No later check can contain it.
    ///
    /// ## Example
    /// ```python
    /// import subprocess
    /// subprocess.run(["rm", "-rf", "/"])
    /// ```
    ProcessExecution
}

pub(crate) const WHAT: &str = "can run processes or shell commands";

/// Event-loop methods that start processes, whatever object they are called on.
pub(crate) const METHODS: &[&str] = &["subprocess_exec", "subprocess_shell"];

pub(crate) const PATHS: &[&str] = &[
    "subprocess",
    "_posixsubprocess",
    "os",
    "posix",
    "nt",
    "os.system",
    "os.popen",
    "os.exec*",
    "os.spawn*",
    "os.fork",
    "os.forkpty",
    "os.posix_spawn",
    "os.posix_spawnp",
    // May run `ifconfig`/`ip` to find a MAC address.
    "uuid.getnode",
    "uuid.uuid1",
    // Build extensions by running a compiler.
    "numpy.f2py",
    "numpy.distutils",
    "os.startfile",
    "pty",
    "pexpect",
    "ptyprocess",
    "sh",
    "plumbum",
    "invoke",
    "fabric",
    "multiprocessing",
    "popen2",
    "commands",
    "webbrowser",
    "asyncio.create_subprocess_exec",
    "asyncio.create_subprocess_shell",
    "asyncio.subprocess",
    "concurrent.futures.ProcessPoolExecutor",
    "concurrent.futures.process",
    "platform.popen",
    "distutils.spawn",
    "distutils",
    // An embedded Tcl interpreter runs `exec` commands, no display needed.
    "tkinter",
    "_tkinter",
    // Package installers run build scripts and subprocesses.
    "pip",
    "ensurepip",
    "venv",
    // Opens a browser through `webbrowser`.
    "antigravity",
    "docker",
    "pipes",
    "psutil",
    "spacy.cli",
    "selenium",
    // Run `file` on, or read, an executable.
    "platform.architecture",
    "platform.libc_ver",
];
