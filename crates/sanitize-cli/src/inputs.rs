//! Turns command-line paths into inputs: files, directories searched for `*.py`,
//! and `-` for standard input.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

pub(crate) struct Input {
    /// As shown in output: the path, or `-` for stdin.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Reads every input; what cannot be read is returned as an error message.
pub(crate) fn collect(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
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
                Ok(_) => inputs.push(Input {
                    name: "-".to_string(),
                    bytes,
                }),
                Err(e) => errors.push(format!("cannot read stdin: {e}")),
            }
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut errors);
            files.sort();
            for file in files {
                read_file(&file, &mut inputs, &mut errors);
            }
        } else {
            read_file(path, &mut inputs, &mut errors);
        }
    }
    (inputs, errors)
}

fn read_file(path: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<String>) {
    match std::fs::read(path) {
        Ok(bytes) => inputs.push(Input {
            name: path.display().to_string(),
            bytes,
        }),
        Err(e) => errors.push(format!("cannot read {}: {e}", path.display())),
    }
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
