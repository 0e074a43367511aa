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
        "validate p50 {:>8.3} ms   p99 {:>8.3} ms   (target: p50 <= 0.15 ms for 3 KB)",
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
    let stdlib = root.join("target/bench-stdlib");
    let stdlib_files = copy_stdlib(&stdlib);
    let mut corpora = vec![
        ("tests/corpus".to_string(), corpus.clone(), true),
        ("tests/corpus x50".to_string(), big.clone(), true),
    ];
    match stdlib_files {
        Some(from) => corpora.push((format!("Python standard library ({from})"), stdlib, false)),
        None => println!("(no Python standard library found: `python3` is not on PATH)"),
    }
    for (label, dir, with_bandit) in corpora {
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
        report_wall("codegen-sanitize", ours, ours);
        report_wall("ruff --select S", ruff, ours);
        if with_bandit {
            let bandit = wall(&venv.join("bin/bandit"), &["-q", "-r"], &dir);
            report_wall("bandit -r", bandit, ours);
        }
    }
}

/// Copies the `.py` files of the machine's Python standard library (without
/// `site-packages`) into `dst`, so every tool reads the same tree; returns where
/// they came from.
fn copy_stdlib(dst: &Path) -> Option<String> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let src = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    if !src.is_dir() {
        return None;
    }
    let _ = std::fs::remove_dir_all(dst);
    for path in py_files(&src, &["site-packages", "__pycache__"]) {
        let target = dst.join(path.strip_prefix(&src).ok()?);
        std::fs::create_dir_all(target.parent()?).ok()?;
        std::fs::copy(&path, &target).ok()?;
    }
    Some(src.display().to_string())
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
    py_files(dir, &[]).len()
}

/// Every `.py` file under `dir`, not descending into directories named in `skip`.
fn py_files(dir: &Path, skip: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                if !skip.iter().any(|s| entry.file_name() == *s) {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|x| x == "py") {
                files.push(path);
            }
        }
    }
    files
}

/// CPU seconds (user + system) of the waited-for children so far (Linux), if known.
fn children_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // cutime and cstime are fields 16 and 17 of the whole line (1-based).
    let ticks: f64 = fields.get(13)?.parse::<f64>().ok()? + fields.get(14)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Median wall time of 7 runs (after one warm-up) and median CPU time (user + system,
/// which parallelism does not hide), or None when the tool is missing.
fn wall(program: &Path, args: &[&str], dir: &Path) -> Option<Timing> {
    if !program.exists() {
        return None;
    }
    let cpu_times = std::cell::RefCell::new(Vec::new());
    let run = || {
        let cpu_before = children_cpu();
        let t = Instant::now();
        let status = Command::new(program)
            .args(args)
            .arg(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .ok()?;
        let elapsed = t.elapsed();
        if let (Some(before), Some(after)) = (cpu_before, children_cpu()) {
            cpu_times.borrow_mut().push(after - before);
        }
        // 0 or 1 (findings) are normal exits for all three tools.
        (status.code().is_some_and(|c| c <= 1)).then_some(elapsed)
    };
    run()?;
    cpu_times.borrow_mut().clear();
    let mut times: Vec<Duration> = (0..7).filter_map(|_| run()).collect();
    if times.is_empty() {
        return None;
    }
    times.sort();
    let mut cpu = cpu_times.into_inner();
    cpu.sort_by(f64::total_cmp);
    Some(Timing {
        wall: times[times.len() / 2],
        cpu: cpu.get(cpu.len() / 2).copied(),
    })
}

/// A tool's median wall time and CPU seconds.
#[derive(Clone, Copy)]
struct Timing {
    wall: Duration,
    cpu: Option<f64>,
}

fn report_wall(label: &str, time: Option<Timing>, ours: Option<Timing>) {
    let cpu = |t: Timing| {
        t.cpu
            .map_or(String::new(), |c| format!("   cpu {c:>6.2} s"))
    };
    match (time, ours) {
        (Some(t), Some(o)) => println!(
            "{label:<18} {:>9.1} ms{}   ratio to codegen-sanitize: wall {:.2}x{}",
            ms(t.wall),
            cpu(t),
            t.wall.as_secs_f64() / o.wall.as_secs_f64(),
            match (t.cpu, o.cpu) {
                (Some(c), Some(oc)) if oc > 0.0 => format!(", cpu {:.2}x", c / oc),
                _ => String::new(),
            }
        ),
        (Some(t), None) => println!("{label:<18} {:>9.1} ms{}", ms(t.wall), cpu(t)),
        (None, _) => println!("{label:<18} not available (run `make bench-setup`)"),
    }
}
