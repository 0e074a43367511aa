#!/usr/bin/env bash
# Runs every cargo-fuzz target for $1 seconds (default 60) on corpora seeded from the
# fixtures (scripts/fuzz_seeds.py), and prints one summary line per target. A crash
# leaves its input in fuzz/artifacts/<target>/ and fails the run: turn it into a
# regression test (a fixture, or a case in crates/sanitize-core/tests/limits.rs).
set -euo pipefail
seconds=${1:-60}
targets=${FUZZ_TARGETS:-validate extract policy prompt jwt}
cd "$(dirname "$0")/../fuzz"
# cargo fuzz passes -Z flags to rustc; this machine has only a stable toolchain.
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
cargo fuzz build --sanitizer none -O >/dev/null 2>&1 || cargo fuzz build --sanitizer none -O
python3 ../scripts/fuzz_seeds.py
status=0
for target in $targets; do
  mkdir -p "artifacts/$target" "corpus/$target"
  log="artifacts/$target.log"
  if cargo fuzz run --sanitizer none -O "$target" "corpus/$target" -- \
      -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (input in fuzz/artifacts/$target/, log in fuzz/$log)"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "corpus/$target" -type f | wc -l)
  echo "fuzz $target: ${seconds}s, ${runs:-0} runs, ${speed:-0} exec/s, coverage ${cov:-0} edges, corpus $corpus, $result"
done
exit $status
