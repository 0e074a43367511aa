//! Turns command-line paths into inputs: files, directories searched for `*.py`,
//! and `-` for standard input.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

pub(crate) struct Input {
    /// As shown in output: the path, or `-` for stdin.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// An input found but not read yet: files are read by the worker that checks them.
pub(crate) enum Pending {
    Stdin(Vec<u8>),
    File(PathBuf),
}

impl Pending {
    /// Reads the input; what cannot be read is an error message naming it.
    pub fn read(self) -> Result<Input, String> {
        match self {
            Pending::Stdin(bytes) => Ok(Input {
                name: "-".to_string(),
                bytes,
            }),
            Pending::File(path) => match std::fs::read(&path) {
                Ok(bytes) => Ok(Input {
                    name: path.display().to_string(),
                    bytes,
                }),
                Err(e) => Err(format!("cannot read {}: {e}", path.display())),
            },
        }
    }
}

/// Finds every input (stdin is read here); what cannot be found is an error message.
pub(crate) fn collect(paths: &[PathBuf]) -> (Vec<Pending>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let stdin_only = [PathBuf::from("-")];
    let paths = if paths.is_empty() {
        &stdin_only[..]
    } else {
        paths
    };
    for path in paths {
        if path.as_os_str() == "-" {
            if std::io::stdin().is_terminal() {
                errors.push("no input: give files or directories, or pipe code to `-`".to_string());
                continue;
            }
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => inputs.push(Pending::Stdin(bytes)),
                Err(e) => errors.push(format!("cannot read stdin: {e}")),
            }
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut errors);
            files.sort();
            inputs.extend(files.into_iter().map(Pending::File));
        } else {
            inputs.push(Pending::File(path.clone()));
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(format!("cannot read directory {}: {e}", dir.display()));
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        match entry.file_type() {
            Ok(t) if t.is_dir() && !hidden => walk(&path, files, errors),
            Ok(t) if t.is_file() && path.extension().is_some_and(|x| x == "py") => files.push(path),
            _ => {}
        }
    }
}
