# llm-codegen — every target the README names. `make test` is what CI runs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
BENCH_VENV ?= .venv-bench
CLI := target/release/codegen-sanitize
VITE := node node_modules/vite/bin/vite.js
# The wasm-bindgen CLI must be the exact version of the crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)

.PHONY: help setup setup-rust setup-wasm setup-worker setup-node setup-chromium setup-observability run dev test \
        fmt lint unit wasm-test js-test worker worker-test pkg playground-build playground \
        bench bench-setup rules-doc corpus-report reexports library-tables clean fuzz fuzz-smoke reliability \
        setup-clients deploy deploy-check

WORKER_BUILD_VERSION := 0.8.7

help:
	@echo "make dev         set up, build and run the service on 127.0.0.1:8787 (prints a curl)"
	@echo "make run         set up, build the CLI and check the examples"
	@echo "make test        set up, then fmt check, clippy (warnings are errors), every test"
	@echo "make bench       set up, then print latency, throughput, size and CLI vs Ruff/Bandit"
	@echo "make reliability fuzz, pathological inputs, load and faults; writes docs/reliability.md"
	@echo "make fuzz        run each cargo-fuzz target for FUZZ_SECONDS (60)"
	@echo "make pkg         build the npm package into pkg/dist"
	@echo "make playground  build the playground and serve it on 127.0.0.1"
	@echo "make setup       install what the targets need (idempotent, quick when done)"
	@echo "make deploy      check, then wrangler deploy the worker and the playground (README: Deploy)"
	@echo "make deploy-check  offline dry run: bundle size, Durable Object migrations, no dev values"

# ---- set-up: each step checks before it installs --------------------------------------
setup: setup-rust setup-wasm setup-worker setup-node setup-chromium setup-observability setup-clients

# The toolchain pinned in rust-toolchain.toml (the parser needs rustc 1.97); rustup's
# auto-install is off on our machines, so install it here when it is missing.
RUST_TOOLCHAIN := $(shell sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)

setup-rust:
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
	@rustup toolchain list | grep -q "^$(RUST_TOOLCHAIN)" || { \
	  echo "installing Rust $(RUST_TOOLCHAIN) (rust-toolchain.toml)"; \
	  timeout 600 rustup toolchain install $(RUST_TOOLCHAIN) --profile minimal \
	    --component rustfmt --component clippy --target wasm32-unknown-unknown; }
	@for component in rustfmt clippy; do \
	  rustup component list --installed 2>/dev/null | grep -q "^$$component" || rustup component add $$component; \
	done
	@$(CARGO) fetch --locked >/dev/null

setup-wasm: setup-rust
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || timeout 300 rustup target add wasm32-unknown-unknown
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || { \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 2 minutes)"; \
	  $(CARGO) install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)"; }

# worker-build's own downloads of wasm-bindgen and wasm-opt cannot work here: it is
# given the installed wasm-bindgen and npm's binaryen (see `worker` below).
setup-worker: setup-wasm
	@worker-build --version 2>/dev/null | grep -qF "$(WORKER_BUILD_VERSION)" || { \
	  echo "installing worker-build $(WORKER_BUILD_VERSION) (about 4 minutes)"; \
	  $(CARGO) install worker-build --version "$(WORKER_BUILD_VERSION)"; }

# npm ci only when package-lock.json changed since the last install.
setup-node:
	@command -v node >/dev/null || { echo "node not found: install Node.js >= 20" >&2; exit 1; }
	@if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then \
	  npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock; fi

setup-chromium:
	@command -v chromium >/dev/null || { \
	  echo "installing Debian chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The worker's observability tests: Prometheus and promtool (Debian), and the
# OpenTelemetry protobuf definitions for the OTLP receiver (PyPI, in .venv-test).
TEST_VENV ?= .venv-test
setup-observability:
	@command -v promtool >/dev/null && command -v prometheus >/dev/null || { \
	  echo "installing Debian prometheus (promtool and the server) for the metrics tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }
	@$(TEST_VENV)/bin/python -c "import opentelemetry.proto.collector.trace.v1.trace_service_pb2" 2>/dev/null || { \
	  echo "installing opentelemetry-proto into $(TEST_VENV)"; \
	  python3 -m venv $(TEST_VENV) && $(TEST_VENV)/bin/pip install --quiet "opentelemetry-proto==1.45.2"; }

# The client examples' tests (httpx) and the OpenAPI document's validator (PyPI, in .venv-test).
setup-clients:
	@$(TEST_VENV)/bin/python -c "import httpx, openapi_spec_validator" 2>/dev/null || { \
	  echo "installing httpx and openapi-spec-validator into $(TEST_VENV)"; \
	  { [ -x $(TEST_VENV)/bin/python ] || python3 -m venv $(TEST_VENV); } && \
	  $(TEST_VENV)/bin/pip install --quiet "httpx==0.28.1" "openapi-spec-validator==0.9.0"; }

# ---- build -----------------------------------------------------------------------------
$(CLI): setup-rust
	$(CARGO) build --release --locked -p sanitize-cli

pkg: setup-wasm setup-node
	scripts/build-pkg.sh

playground-build: pkg
	$(VITE) build www

playground: playground-build
	node scripts/serve.mjs www/dist

# Rebuilt only when a Rust source or the lock file changed (wasm-opt alone takes a minute).
WORKER_SOURCES := $(shell find worker/src crates/sanitize-core/src crates/codegen-service/src crates/unicode-names-lite/src -name '*.rs') \
                  worker/src/openapi.json worker/Cargo.toml Cargo.lock
WORKER_WASM := worker/build/index_bg.wasm

$(WORKER_WASM): $(WORKER_SOURCES)
	$(MAKE) --no-print-directory setup-worker setup-node
	cd worker && WASM_BINDGEN_BIN="$$(command -v wasm-bindgen)" WASM_OPT_BIN="$(CURDIR)/node_modules/.bin/wasm-opt" \
	  ESBUILD_BIN="$(CURDIR)/node_modules/.bin/esbuild" worker-build --release
	@touch $(WORKER_WASM)

worker: $(WORKER_WASM)

dev: setup worker playground-build
	node_modules/.bin/node scripts/dev.mjs

run: $(CLI)
	@echo "== codegen-sanitize check examples/*.py =="
	@$(CLI) check examples/*.py || true
	@echo
	@echo "== an LLM answer, code taken from its fenced block (--extract) =="
	@$(CLI) check --extract examples/answer_fastapi.md || true
	@echo
	@echo "Check your own code: $(CLI) check PATH... [--format text|json|sarif] [--policy FILE] [--extract]"

# ---- tests -----------------------------------------------------------------------------
fmt:
	$(CARGO) fmt --all -- --check

lint: setup-wasm
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) clippy -p sanitize-wasm --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
	$(CARGO) clippy -p codegen-worker --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

unit:
	$(CARGO) test --workspace --locked

wasm-test: setup-wasm
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  $(CARGO) test --locked -p sanitize-wasm --target wasm32-unknown-unknown

js-test: $(CLI) playground-build setup-chromium
	node --test pkg/test/ www/test/

worker-test: worker playground-build setup-observability setup-chromium setup-clients
	node --test tests/worker/

# The short fuzz run of `make test`; `make fuzz` runs longer (FUZZ_SECONDS each).
FUZZ_SECONDS ?= 60
fuzz: setup-rust
	scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke: setup-rust
	scripts/fuzz.sh 10

# Fuzzing, pathological inputs, load and faults, bounded; writes docs/reliability.md.
reliability: setup $(CLI) pkg worker playground-build
	node scripts/reliability.mjs --fuzz-seconds $(FUZZ_SECONDS)

test: setup fmt lint unit wasm-test js-test worker-test deploy-check fuzz-smoke

# ---- benchmarks ------------------------------------------------------------------------
bench-setup:
	@if [ ! -x $(BENCH_VENV)/bin/ruff ] || [ ! -x $(BENCH_VENV)/bin/bandit ]; then \
	  python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install --quiet ruff bandit; \
	fi

bench: setup bench-setup pkg worker playground-build
	$(CARGO) build --release --locked -p sanitize-cli -p sanitize-bench
	BENCH_VENV=$(BENCH_VENV) target/release/sanitize-bench
	node pkg/bench.mjs
	node scripts/bench-gateway.mjs
	python3 scripts/deploy_check.py --size-only

# ---- deploy (README "Deploy") ----------------------------------------------------------
# `make deploy-check` is offline: `wrangler deploy --dry-run` of the production config,
# then bundle size, Durable Object migrations and "no development value" checks.
# DEPLOY_ENV=name uses wrangler.toml's [env.name] instead of the top level.
WRANGLER := node_modules/.bin/node node_modules/wrangler/bin/wrangler.js
DEPLOY_ENV ?=
deploy-check: worker playground-build setup-node
	python3 scripts/deploy_check.py --outdir target/deploy-check $(if $(DEPLOY_ENV),--env $(DEPLOY_ENV))

# Needs `npx wrangler login` (or CLOUDFLARE_API_TOKEN) and the secrets (README).
deploy: deploy-check
	WRANGLER_SEND_METRICS=false $(WRANGLER) deploy $(if $(DEPLOY_ENV),--env $(DEPLOY_ENV))

# ---- generated files -------------------------------------------------------------------
# The README's rule table, from the rule docs (a test checks they agree).
rules-doc: $(CLI)
	python3 scripts/readme_tables.py $(CLI)

# The README's public-corpus figures, from a fresh run of the engine on it.
corpus-report:
	CORPUS_REPORT_WRITE=1 $(CARGO) test --locked -p sanitize-core --test public_corpus

# The stdlib re-export table and the vetted packages' submodules, from the local Python's
# standard library.
# The vetted third-party packages are read from a virtual environment of their own.
PROOF_PYTHON ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) python3)
REEXPORT_VENV ?= .venv-reexports
reexports:
	@test -x $(REEXPORT_VENV)/bin/python || { $(PROOF_PYTHON) -m venv $(REEXPORT_VENV) && \
	  $(REEXPORT_VENV)/bin/pip install -q fastapi numpy pydantic typing_extensions pyyaml; }
	REEXPORT_VENV=$(REEXPORT_VENV) python3 scripts/gen_reexports.py > crates/sanitize-core/src/reexports.rs
	python3 scripts/gen_stdlib_modules.py > crates/sanitize-core/src/stdlib_modules.rs

# The mutable objects vetted modules hold, read from the Python the engine is proved on.
LIBRARY_TABLES_PYTHON ?= $(PROOF_PYTHON)
library-tables:
	$(LIBRARY_TABLES_PYTHON) scripts/gen_library_tables.py > crates/sanitize-core/src/library_tables.rs

clean:
	$(CARGO) clean
	rm -rf $(BENCH_VENV) pkg/dist www/dist worker/build test-results
