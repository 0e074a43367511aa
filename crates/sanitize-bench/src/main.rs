//! `make bench`: prints figures, asserts nothing. Every figure comes with a baseline
//! measured in the same run, because these machines are noisy:
//!
//! 1. validate latency for a typical ~3 KB answer (p50/p99) and throughput, beside
//!    parsing alone with the parser (the floor any validator pays);
//! 2. whole-corpus CLI wall time beside `ruff check --select S` and `bandit -r` on the
//!    same files (found in `$BENCH_VENV/bin`, default `.venv-bench/bin`).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sanitize_core::{validate, Policy};

// The same allocator as the CLI, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = root.join("tests/corpus");
    let answer = typical_answer(&corpus, 3 * 1024);
    println!("== validate, native (release) ==");
    println!(
        "input: {} bytes of ordinary LLM-style Python (the tests/corpus file closest to 3 KB)",
        answer.len()
    );
    let policy = Policy::default();
    let check = validate(&answer, &policy);
    assert!(
        check.passed,
        "the typical answer should pass: {:?}",
        check.issues
    );
    let validate_times = sample(|| {
        black_box(validate(black_box(&answer), &policy));
    });
    let parse_times = sample(|| {
        black_box(ruff_python_parser::parse_module(black_box(&answer)).ok());
    });
    let (v50, v99) = (
        percentile(&validate_times, 50.0),
        percentile(&validate_times, 99.0),
    );
    let (p50, p99) = (
        percentile(&parse_times, 50.0),
        percentile(&parse_times, 99.0),
    );
    println!(
        "validate p50 {:>8.3} ms   p99 {:>8.3} ms   (target: p50 <= 0.3 ms)",
        ms(v50),
        ms(v99)
    );
    println!(
        "parse    p50 {:>8.3} ms   p99 {:>8.3} ms   (baseline: the parser alone)",
        ms(p50),
        ms(p99)
    );
    println!(
        "ratio validate/parse p50: {:.2}x",
        v50.as_secs_f64() / p50.as_secs_f64()
    );
    println!(
        "validate p50 scaled to 3 KB: {:.3} ms",
        ms(v50) * 3072.0 / answer.len() as f64
    );
    let total: Duration = validate_times.iter().sum();
    let mb = (answer.len() * validate_times.len()) as f64 / 1e6;
    println!("throughput: {:.1} MB/s", mb / total.as_secs_f64());
    // For the wasm bench (pkg/bench.mjs): the same input and the native figures.
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench");
    std::fs::write(out.join("answer.py"), &answer).expect("write answer");
    std::fs::write(
        out.join("native.json"),
        format!("{{\"p50_ms\": {}, \"p99_ms\": {}}}", ms(v50), ms(v99)),
    )
    .expect("write native figures");

    println!();
    println!("== whole-corpus wall time, CLI vs Ruff vs Bandit ==");
    let cli = root.join("target/release/codegen-sanitize");
    let venv =
        std::env::var_os("BENCH_VENV").map_or_else(|| root.join(".venv-bench"), PathBuf::from);
    let big = root.join("target/bench-corpus");
    build_big_corpus(&corpus, &big, 50);
    for (label, dir) in [
        ("tests/corpus", corpus.clone()),
        ("tests/corpus x50", big.clone()),
    ] {
        let files = count_py(&dir);
        println!("-- {label}: {files} files --");
        let ours = wall(&cli, &["check", "--format", "json"], &dir);
        let ruff = wall(
            &venv.join("bin/ruff"),
            &[
                "check",
                "--select",
                "S",
                "--no-cache",
                "--exit-zero",
                "--quiet",
            ],
            &dir,
        );
        let bandit = wall(&venv.join("bin/bandit"), &["-q", "-r"], &dir);
        report_wall("codegen-sanitize", ours, ours);
        report_wall("ruff --select S", ruff, ours);
        report_wall("bandit -r", bandit, ours);
    }
}

/// The corpus answer closest to `size` bytes (ties: the first by name).
fn typical_answer(corpus: &Path, size: usize) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)
        .expect("tests/corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap_or_default())
        .min_by_key(|text| text.len().abs_diff(size))
        .unwrap_or_default()
}

/// Runs `f` for about two seconds after a warm-up and returns each run's time.
fn sample(mut f: impl FnMut()) -> Vec<Duration> {
    for _ in 0..200 {
        f();
    }
    let mut times = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) || times.len() < 1000 {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times
}

fn percentile(times: &[Duration], p: f64) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn build_big_corpus(corpus: &Path, big: &Path, copies: usize) {
    let _ = std::fs::remove_dir_all(big);
    for i in 0..copies {
        let dir = big.join(format!("copy{i:02}"));
        std::fs::create_dir_all(&dir).expect("bench corpus dir");
        for entry in std::fs::read_dir(corpus)
            .expect("corpus")
            .filter_map(Result::ok)
        {
            let _ = std::fs::copy(entry.path(), dir.join(entry.file_name()));
        }
    }
}

fn count_py(dir: &Path) -> usize {
    let mut count = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "py") {
                count += 1;
            }
        }
    }
    count
}

/// Median wall time of 7 runs (after one warm-up), or None when the tool is missing.
fn wall(program: &Path, args: &[&str], dir: &Path) -> Option<Duration> {
    if !program.exists() {
        return None;
    }
    let run = || {
        let t = Instant::now();
        let status = Command::new(program)
            .args(args)
            .arg(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .ok()?;
        // 0 or 1 (findings) are normal exits for all three tools.
        (status.code().is_some_and(|c| c <= 1)).then(|| t.elapsed())
    };
    run()?;
    let mut times: Vec<Duration> = (0..7).filter_map(|_| run()).collect();
    if times.is_empty() {
        return None;
    }
    times.sort();
    Some(times[times.len() / 2])
}

fn report_wall(label: &str, time: Option<Duration>, ours: Option<Duration>) {
    match (time, ours) {
        (Some(t), Some(o)) => println!(
            "{label:<18} {:>9.1} ms   ratio to codegen-sanitize: {:.2}x",
            ms(t),
            t.as_secs_f64() / o.as_secs_f64()
        ),
        (Some(t), None) => println!("{label:<18} {:>9.1} ms", ms(t)),
        (None, _) => println!("{label:<18} not available (run `make bench-setup`)"),
    }
}
