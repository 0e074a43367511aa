use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags calls into native code and raw process state: `ctypes`, `cffi`,
    /// `pyximport`, `resource`, `fcntl`, `termios`, `msvcrt`, `_winapi`, and the C-stack
    /// settings `sys.setrecursionlimit` and `threading.stack_size`.
    ///
    /// ## Why is this bad?
    /// Native calls bypass everything Python-level: they can read and write any memory,
    /// call `system` from libc, or crash the interpreter.
    ///
    /// ## Example
    /// ```python
    /// import ctypes
    /// ctypes.CDLL(None).system(b"id")
    /// ```
    NativeCode
}

pub(crate) const WHAT: &str = "calls native code";

/// (`ndarray.ctypes` is NumPy's ctypes interface to the array's memory.)
pub(crate) const METHODS: &[&str] = &["ctypes"];

pub(crate) const PATHS: &[&str] = &[
    "ctypes",
    "_ctypes",
    "cffi",
    "pyximport",
    "resource",
    "fcntl",
    "termios",
    "msvcrt",
    "_winapi",
    "sys.setrecursionlimit",
    // A small thread stack under CPython's C recursion limit: ordinary recursion through
    // C (`sorted(key=…)`, `json` hooks, `copy.deepcopy`) then overflows it and crashes.
    "threading.stack_size",
    "_thread.stack_size",
    "numpy.ctypeslib",
    "torch.utils.cpp_extension",
];
