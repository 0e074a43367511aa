//! `codegen-sanitize`: the sanitize-core engine on the command line.
//!
//! Exit status: 0 when every input passes, 1 when any is blocked, 2 on usage or
//! I/O errors.

mod inputs;
mod output;

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use sanitize_core::{check_prompt, Policy, PromptLimits};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "codegen-sanitize",
    version,
    about = "Judge whether Python code written by an LLM is safe to run."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check Python files (directories are searched for *.py; `-` or nothing reads stdin).
    Check {
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// A JSON policy (see README: "Policy").
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Treat each input as an LLM answer: take the code from its fenced block.
        #[arg(long)]
        extract: bool,
    },
    /// List the rules with their documentation.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// List the vetted modules (the default-deny manifest) and their capability members.
    Modules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Check a prompt (length, control characters, secrets) as the service does.
    Prompt {
        /// A file holding the prompt; `-` or nothing reads stdin.
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = PromptFormat::Text)]
        format: PromptFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum PromptFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            paths,
            format,
            policy,
            extract,
        } => check(paths, format, policy, extract),
        Command::Rules { format } => rules(format),
        Command::Modules { format } => modules(format),
        Command::Prompt { path, format } => prompt(path, format),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(io::stderr(), "codegen-sanitize: {message}");
            ExitCode::from(2)
        }
    }
}

fn check(
    paths: Vec<PathBuf>,
    format: Format,
    policy: Option<PathBuf>,
    extract: bool,
) -> Result<ExitCode, String> {
    let policy = match policy {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read policy {}: {e}", path.display()))?;
            Policy::from_json(&text).map_err(|e| format!("policy {}: {e}", path.display()))?
        }
        None => Policy::default(),
    };
    let (pending, mut errors) = inputs::collect(&paths);
    for error in &errors {
        let _ = writeln!(io::stderr(), "codegen-sanitize: {error}");
    }
    if pending.is_empty() && errors.is_empty() {
        return Err("no Python files found".to_string());
    }
    let many = pending.len() > 1;
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut write_failed: Option<io::Error> = None;
    let mut write = |text: &str| {
        if write_failed.is_none() {
            if let Err(e) = stdout.write_all(text.as_bytes()) {
                write_failed = Some(e);
            }
        }
    };
    let (mut checked, mut passed, mut sarif, mut first) = (0, 0, Vec::new(), true);
    if many && matches!(format, Format::Json) {
        write("[");
    }
    output::for_each_ordered(
        pending,
        |p| {
            p.read()
                .map(|input| output::render(input, &policy, extract, format, many))
        },
        |result| match result {
            Err(error) => {
                let _ = writeln!(io::stderr(), "codegen-sanitize: {error}");
                errors.push(error);
            }
            Ok(rendered) => {
                checked += 1;
                passed += usize::from(rendered.passed);
                if matches!(format, Format::Json) && many && !std::mem::take(&mut first) {
                    write(",");
                }
                write(&rendered.out);
                sarif.extend(rendered.sarif);
            }
        },
    );
    match format {
        Format::Json if many => write("]\n"),
        Format::Json => write("\n"),
        Format::Text if checked > 1 => write(&(output::text_summary(checked, passed) + "\n")),
        Format::Text => {}
        Format::Sarif => write(&(output::sarif_log(sarif) + "\n")),
    }
    let flushed = match write_failed {
        Some(e) => Err(e),
        None => stdout.flush(),
    };
    match flushed {
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            return Err(format!("cannot write output: {e}"))
        }
        _ => {}
    }
    Ok(if !errors.is_empty() {
        ExitCode::from(2)
    } else if passed == checked {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn rules(format: RulesFormat) -> Result<ExitCode, String> {
    let docs = sanitize_core::rule_docs();
    let text = match format {
        RulesFormat::Json => serde_json::to_string_pretty(&docs).map_err(|e| e.to_string())?,
        RulesFormat::Markdown => output::rules_markdown(&docs),
        RulesFormat::Text => output::rules_text(&docs),
    };
    print_out(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn modules(format: RulesFormat) -> Result<ExitCode, String> {
    let modules = sanitize_core::vetted_modules();
    let text = match format {
        RulesFormat::Json => serde_json::to_string_pretty(&modules).map_err(|e| e.to_string())?,
        RulesFormat::Markdown => output::modules_markdown(&modules),
        RulesFormat::Text => output::modules_text(&modules),
    };
    print_out(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn prompt(path: Option<PathBuf>, format: PromptFormat) -> Result<ExitCode, String> {
    let mut bytes = Vec::new();
    match path.as_deref() {
        None => io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) if p.as_os_str() == "-" => io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) => std::fs::read(p).map(|b| bytes = b),
    }
    .map_err(|e| format!("cannot read prompt: {e}"))?;
    let text =
        String::from_utf8(bytes).map_err(|e| format!("the prompt is not valid UTF-8: {e}"))?;
    let report = check_prompt(&text, &PromptLimits::default());
    let out = match format {
        PromptFormat::Json => serde_json::to_string(&report).map_err(|e| e.to_string())?,
        PromptFormat::Text if report.ok => format!("prompt ok ({} characters)", report.length),
        PromptFormat::Text => report
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.code, p.message))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    print_out(&out)?;
    Ok(if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_out(text: &str) -> Result<(), String> {
    let mut stdout = io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}
