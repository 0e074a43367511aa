# llm-codegen — every target the README names. `make test` is what CI runs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
BENCH_VENV ?= .venv-bench
CLI := target/release/codegen-sanitize

.PHONY: help setup run test fmt lint unit bench bench-setup rules-doc clean

help:
	@echo "make run      set up, build the CLI and check the examples (see README)"
	@echo "make test     set up, then fmt check, clippy (warnings are errors), every test"
	@echo "make bench    set up, then print latency, throughput and CLI vs Ruff/Bandit figures"
	@echo "make setup    install what the targets need (idempotent)"

# Rust comes from rustup (the machine's toolchain); only missing pieces are added.
setup:
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
	@for component in rustfmt clippy; do \
	  rustup component list --installed 2>/dev/null | grep -q "^$$component" || rustup component add $$component; \
	done
	@$(CARGO) fetch --locked >/dev/null

$(CLI): setup
	$(CARGO) build --release --locked -p sanitize-cli

run: $(CLI)
	@echo "== codegen-sanitize check examples/ =="
	@$(CLI) check examples/ || true
	@echo
	@echo "== an LLM answer, code taken from its fenced block (--extract) =="
	@$(CLI) check --extract examples/answer_fastapi.md || true
	@echo
	@echo "Check your own code: $(CLI) check PATH... [--format text|json|sarif] [--policy FILE] [--extract]"

fmt:
	$(CARGO) fmt --all -- --check

lint:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

unit:
	$(CARGO) test --workspace --locked

test: setup fmt lint unit

bench-setup:
	@if [ ! -x $(BENCH_VENV)/bin/ruff ] || [ ! -x $(BENCH_VENV)/bin/bandit ]; then \
	  python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install --quiet ruff bandit; \
	fi

bench: setup bench-setup
	$(CARGO) build --release --locked -p sanitize-cli -p sanitize-bench
	BENCH_VENV=$(BENCH_VENV) target/release/sanitize-bench

# Regenerates the README's rule table from the rule docs (a test checks they agree).
rules-doc: $(CLI)
	@python3 -c 'import re,subprocess,sys; table=subprocess.check_output(["$(CLI)","rules","--format","markdown"],text=True).strip(); s=open("README.md").read(); s=re.sub(r"(<!-- rules:start -->\n).*?(\n<!-- rules:end -->)", lambda m: m.group(1)+table+m.group(2), s, flags=re.S); open("README.md","w").write(s)'

clean:
	$(CARGO) clean
	rm -rf $(BENCH_VENV)
