use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags code that can read, write or delete files: the builtin `open` (named by
    /// the guide), `io.open`, `pathlib`, `shutil`, `tempfile`, `glob`, `os.path` and the
    /// file functions of `os`, archives, databases on disk, and the file readers and
    /// writers of common libraries (`pandas.read_*`, `numpy.load`, …).
    ///
    /// ## Why is this bad?
    /// Generated code that touches the file system can leak secrets (`/etc/passwd`,
    /// `.env`, keys), destroy data or plant files that run later.
    ///
    /// ## Example
    /// ```python
    /// with open("/etc/passwd") as f:
    ///     print(f.read())
    /// ```
    FilesystemAccess
}

pub(crate) const WHAT: &str = "can read, write or delete files";

pub(crate) const BUILTINS: &[&str] = &["open", "file"];

pub(crate) const PATHS: &[&str] = &[
    "io.open",
    "io.open_code",
    "io.FileIO",
    "_io",
    "pathlib",
    "shutil",
    "tempfile",
    "glob",
    "fileinput",
    "filecmp",
    "zipfile",
    "tarfile",
    "gzip.open",
    "gzip.GzipFile",
    "bz2.open",
    "bz2.BZ2File",
    "lzma.open",
    "lzma.LZMAFile",
    "codecs.open",
    "codecs.EncodedFile",
    "linecache",
    "mmap",
    "dbm",
    "sqlite3",
    "aiofiles",
    "anyio.open_file",
    "anyio.Path",
    "wave.open",
    "os.path",
    "os.remove",
    "os.unlink",
    "os.rmdir",
    "os.removedirs",
    "os.mkdir",
    "os.makedirs",
    "os.rename",
    "os.renames",
    "os.replace",
    "os.listdir",
    "os.scandir",
    "os.walk",
    "os.fwalk",
    "os.chmod",
    "os.chown",
    "os.chdir",
    "os.getcwd",
    "os.open",
    "os.fdopen",
    "os.truncate",
    "os.link",
    "os.symlink",
    "os.readlink",
    "os.stat",
    "os.lstat",
    "os.utime",
    "os.mkfifo",
    "logging.FileHandler",
    "logging.handlers",
    "pandas.read_*",
    "numpy.load",
    "numpy.save",
    "numpy.savez",
    "numpy.savez_compressed",
    "numpy.loadtxt",
    "numpy.savetxt",
    "numpy.genfromtxt",
    "numpy.fromfile",
    "numpy.memmap",
    "xml.etree.ElementTree.parse",
    "xml.etree.ElementTree.iterparse",
    "xml.etree.cElementTree.parse",
    "xml.dom.minidom.parse",
    "xml.sax.parse",
    "PIL.Image.open",
    "tokenize.open",
    "configparser",
    "readline",
    "py_compile",
    "compileall",
    "mailbox",
    "_pyio",
    "cgitb",
    "zipapp",
    "xml.etree.ElementTree.ElementTree",
    "xml.etree.cElementTree.ElementTree",
    "xml.etree.ElementInclude",
    "uu",
    "aifc",
    "sunau",
    "pstats",
    "mimetypes.read_mime_types",
    "mimetypes.init",
    "mimetypes.MimeTypes",
    // Parses with external entities: local files and URLs.
    "lxml",
    "sqlitedict",
    // Helpers that read any file's lines (through `linecache`) or open a path.
    "traceback.FrameSummary",
    "warnings.formatwarning",
    "warnings.showwarning",
    "xml.sax.saxutils.prepare_input_source",
    // Found vetting the manifest's modules: command-line entry points that open the
    // files their arguments name, a lexer that includes files (`shlex.shlex.source`),
    // argument types that open paths, the process's working directory.
    "argparse.FileType",
    "base64.main",
    "gzip.main",
    "shlex.shlex",
    "zoneinfo.reset_tzpath",
    // pytest's temporary-directory factories and cache write under any base path.
    "pytest.TempPathFactory",
    "pytest.TempdirFactory",
    "pytest.Cache",
    "pytest.Pytester",
    "pytest.Testdir",
    // Lists the time-zone files on the search path.
    "zoneinfo.available_timezones",
    "contextlib.chdir",
    "numpy.fromregex",
    "numpy.rec.fromfile",
    "numpy.core.records.fromfile",
    "numpy.lib.format",
    "numpy.lib.npyio",
    "ast.main",
    // Read any file's lines through `linecache`, or a file named by an argument.
    "traceback.format_list",
    "traceback.print_list",
    "traceback.StackSummary",
    // Their frame summaries read their `.line` from whatever file they are told.
    "traceback.extract_stack",
    "traceback.extract_tb",
    "traceback.TracebackException",
    "warnings.warn_explicit",
    "xml.etree.ElementTree.canonicalize",
    // The host's stderr handler: its stream's raw file object opens any path.
    "logging.lastResort",
    "numpy.ma.load",
    "numpy.ma.dump",
    // Serve or render files from a directory.
    "fastapi.staticfiles",
    "fastapi.templating",
    "fastapi.responses.FileResponse",
    "pydantic.FilePath",
    "pydantic.DirectoryPath",
    "pydantic.NewPath",
    "pydantic.SocketPath",
    "pydantic.parse_file_as",
    "pydantic.tools",
];

/// Methods that write any path, whatever object they are called on (`array.tofile`).
/// (`BaseModel.parse_file` reads any path; `ndarray.dump` pickles to one; a stream's
/// `.raw` file object and what `.detach()` returns have a type that opens any path.)
pub(crate) const METHODS: &[&str] = &["tofile", "parse_file", "dump", "raw", "detach"];

/// Callables judged at the call by their keywords: passed as values
/// (`functools.partial(logging.basicConfig, filename=…)`) they cannot be.
pub(crate) const KEYWORD_CHECKED: &[&str] = &["logging.basicConfig", "argparse.ArgumentParser"];

/// `logging.basicConfig(filename=...)` writes to any file;
/// `argparse.ArgumentParser(fromfile_prefix_chars=...)` reads any file an argument
/// names (`@/etc/passwd`).
pub(crate) fn check_call(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    const FILE_KEYWORDS: &[(&str, &str)] = &[
        ("logging.basicConfig", "filename"),
        ("argparse.ArgumentParser", "fromfile_prefix_chars"),
    ];
    debug_assert!(FILE_KEYWORDS
        .iter()
        .all(|(callee, _)| KEYWORD_CHECKED.contains(callee)));
    // `**settings` may hold the keyword.
    let keywords: Vec<Option<&str>> = call
        .arguments
        .keywords
        .iter()
        .map(|k| k.arg.as_deref())
        .collect();
    // `ArgumentParser(prog, usage, description, epilog, parents, formatter_class,
    // prefix_chars, fromfile_prefix_chars, ...)`: the 8th positional argument.
    let positional_fromfile = call.arguments.args.len() >= 8
        || call
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, crate::parse::ast::Expr::Starred(_)));
    if positional_fromfile
        && checker
            .resolve(&call.func)
            .iter()
            .any(|p| p == "argparse.ArgumentParser")
    {
        checker.report(
            super::Rule::FilesystemAccess,
            format!(
                "`argparse.ArgumentParser` given `fromfile_prefix_chars` by position: it {WHAT}"
            ),
            crate::parse::start(call),
            crate::parse::end(call),
        );
        return;
    }
    if keywords.is_empty() {
        return;
    }
    for path in checker.resolve(&call.func) {
        if let Some((callee, keyword)) = FILE_KEYWORDS.iter().find(|(callee, keyword)| {
            *callee == path && keywords.iter().any(|k| k.is_none_or(|k| k == *keyword))
        }) {
            checker.report(
                super::Rule::FilesystemAccess,
                format!("`{callee}({keyword}=...)` {WHAT}"),
                crate::parse::start(call),
                crate::parse::end(call),
            );
            return;
        }
    }
}

/// Members of dangerous modules that do no I/O at all.
pub(crate) const PURE_PATHS: &[&str] = &[
    "pathlib.PurePath",
    "pathlib.PurePosixPath",
    "pathlib.PureWindowsPath",
    "os.path.join",
    "os.path.basename",
    "os.path.dirname",
    "os.path.splitext",
    "os.path.split",
    "os.path.normpath",
    "os.path.normcase",
    "os.path.isabs",
    "os.path.commonprefix",
    "os.path.sep",
];

/// `parser.fromfile_prefix_chars = "@"`: the same setting as the keyword, on any object.
pub(crate) fn check_setting_write(
    checker: &mut crate::checker::Checker,
    attr: &crate::parse::ast::ExprAttribute,
) {
    if attr.attr.as_str() == "fromfile_prefix_chars" {
        checker.report(
            super::Rule::FilesystemAccess,
            format!("`.fromfile_prefix_chars` set: the parser then {WHAT} named by its arguments"),
            crate::parse::start(attr),
            crate::parse::end(attr),
        );
    }
}
