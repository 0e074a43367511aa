//! The CLI as a user runs it: the built binary, real files, exit codes and output.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_codegen-sanitize"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = bin()
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run codegen-sanitize");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-sanitize-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write scratch file");
    path
}

#[test]
fn exit_status_follows_the_verdict() {
    assert_eq!(
        run(&["check", "examples/soma.py"], None).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "examples/attack_subclasses.py"], None)
            .status
            .code(),
        Some(1)
    );
    assert_eq!(run(&["check", "examples/"], None).status.code(), Some(1));
    assert_eq!(
        run(&["check", "-"], Some(b"x = 1\n")).status.code(),
        Some(0)
    );
}

#[test]
fn text_output_shows_the_line_and_a_caret() {
    let out = run(&["check", "-"], Some(b"x = 1\nimport subprocess\n"));
    let text = stdout(&out);
    assert!(
        text.contains("-:2:8: S101 process-execution [critical]"),
        "{text}"
    );
    assert!(
        text.contains("  2 | import subprocess\n    |        ^^^^^^^^^^"),
        "{text}"
    );
    assert!(text.contains("-: BLOCKED (score 0, 1 issue)"), "{text}");
}

#[test]
fn json_output_is_the_engine_report() {
    let code = "import os\nprint(os.environ['KEY'])\n";
    let out = run(&["check", "--format", "json", "-"], Some(code.as_bytes()));
    let expected = sanitize_core::validate(code, &sanitize_core::Policy::default()).to_json();
    assert_eq!(stdout(&out).trim_end(), expected);
    let many = run(
        &[
            "check",
            "--format",
            "json",
            "examples/soma.py",
            "examples/attack_subclasses.py",
        ],
        None,
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&many)).expect("JSON array");
    assert_eq!(value[0]["path"], "examples/soma.py");
    assert_eq!(value[0]["report"]["passed"], true);
    assert_eq!(value[1]["report"]["passed"], false);
}

#[test]
fn sarif_output_is_sarif_2_1_0() {
    let out = run(
        &[
            "check",
            "--format",
            "sarif",
            "examples/attack_subclasses.py",
        ],
        None,
    );
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("SARIF JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), sanitize_core::Rule::ALL.len());
    let results = run["results"].as_array().expect("results");
    let result = results
        .iter()
        .find(|r| r["level"] == "error")
        .expect("a blocking result");
    assert_eq!(result["ruleId"], "S108");
    let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index]["id"], "S108");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 6);
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "examples/attack_subclasses.py"
    );
}

#[test]
fn invalid_utf8_is_a_finding_not_a_crash() {
    let path = scratch("bad.py", b"x = 1\n\xff\xfe\n");
    let out = run(&["check", path.to_str().expect("path")], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("E001 syntax-error"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("not valid UTF-8"));
}

#[test]
fn io_and_usage_errors_exit_2_with_a_message() {
    let out = run(&["check", "does/not/exist.py"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read does/not/exist.py"));
    let out = run(&["check", "--format", "yaml", "examples/soma.py"], None);
    assert_eq!(out.status.code(), Some(2));
    let policy = scratch("policy.json", br#"{"block_severity": "high", "alow": {}}"#);
    let out = run(
        &[
            "check",
            "--policy",
            policy.to_str().expect("path"),
            "examples/soma.py",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown field `alow`"), "{stderr}");
}

#[test]
fn an_unvetted_module_is_refused_until_the_policy_trusts_it() {
    let code =
        b"from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n";
    let out = run(&["check", "-"], Some(code));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("S119"), "{}", stdout(&out));
    assert!(stdout(&out).contains("allow.modules"), "{}", stdout(&out));
    let policy = scratch("trust.json", br#"{"allow": {"modules": ["sqlalchemy"]}}"#);
    let out = run(
        &["check", "--policy", policy.to_str().expect("path"), "-"],
        Some(code),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn a_policy_changes_the_verdict() {
    let policy = scratch("allow.json", br#"{"allow": {"calls": ["open"]}}"#);
    let code = b"with open('data.txt') as f:\n    print(f.read())\n";
    let policy_path = policy.to_str().expect("path");
    assert_eq!(run(&["check", "-"], Some(code)).status.code(), Some(1));
    assert_eq!(
        run(&["check", "--policy", policy_path, "-"], Some(code))
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn extract_takes_the_code_from_an_answer() {
    let out = run(&["check", "--extract", "examples/answer_fastapi.md"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let answer = b"Sure!\n```bash\nrm -rf /\n```\n```python\nimport os\nos.system('id')\n```\n";
    let out = run(&["check", "--extract", "-"], Some(answer));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("-:2:1: S101"), "{}", stdout(&out));
}

#[test]
fn prompt_command_never_prints_the_secret() {
    let secret = "sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH";
    let prompt = format!("write a client that uses {secret}");
    let out = run(
        &["prompt", "--format", "json", "-"],
        Some(prompt.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("prompt_contains_secret"), "{text}");
    assert!(!text.contains(secret) && !String::from_utf8_lossy(&out.stderr).contains(secret));
    let ok = run(
        &["prompt", "-"],
        Some("Crie uma função Python que soma dois números".as_bytes()),
    );
    assert_eq!(ok.status.code(), Some(0));
}

/// The README's generated table between `<!-- name:start -->` and `<!-- name:end -->`
/// equals what `codegen-sanitize name --format markdown` prints.
fn assert_readme_table(name: &str) {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let start_marker = format!("<!-- {name}:start -->\n");
    let start = readme.find(&start_marker).expect("start marker") + start_marker.len();
    let end = readme
        .find(&format!("\n<!-- {name}:end -->"))
        .expect("end marker");
    let generated = stdout(&run(&[name, "--format", "markdown"], None));
    assert_eq!(
        &readme[start..end],
        generated.trim_end(),
        "README {name} table is stale: run `make rules-doc`"
    );
}

#[test]
fn readme_rule_table_matches_the_rules() {
    assert_readme_table("rules");
}

#[test]
fn readme_modules_table_matches_the_manifest() {
    assert_readme_table("modules");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["modules", "--format", "json"], None))).unwrap();
    let modules = json.as_array().expect("an array of modules");
    let find = |name: &str| modules.iter().find(|m| m["name"] == name).cloned();
    assert_eq!(find("math").unwrap()["verdict"], "pure");
    let io = find("io").unwrap();
    assert_eq!(io["verdict"], "capabilities");
    assert!(io["capabilities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["path"] == "io.open" && c["rule"] == "S102"));
    assert!(find("os").is_none(), "a whole capability is not vetted");
    assert!(find("requests").is_none());
}

#[test]
fn readme_examples_match_the_cli() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let out = run(&["check", "examples/attack_subclasses.py"], None);
    assert!(
        readme.contains(stdout(&out).trim_end()),
        "README text example is stale:\n{}",
        stdout(&out)
    );
    let json = run(
        &["check", "--format", "json", "-"],
        Some(b"import subprocess\nsubprocess.run([\"id\"])\n"),
    );
    assert!(
        readme.contains(stdout(&json).trim_end()),
        "README JSON example is stale:\n{}",
        stdout(&json)
    );
}
