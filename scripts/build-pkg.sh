#!/usr/bin/env bash
# Builds the npm package into pkg/dist: the wasm engine (wasm-bindgen, wasm-opt -Oz from
# the npm `binaryen` package) plus the package's hand-written files from pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."

out=pkg/dist
wasm=target/wasm32-unknown-unknown/wasm-release/sanitize_wasm.wasm

cargo build --locked --profile wasm-release -p sanitize-wasm --target wasm32-unknown-unknown
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen "$wasm" --target web --out-dir "$out" --out-name sanitize_wasm --typescript
# The features Rust enables by default for wasm32; wasm-opt must accept them.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/sanitize_wasm_bg.wasm" -o "$out/sanitize_wasm_bg.wasm"
cp pkg/package.json pkg/README.md pkg/src/node.js pkg/src/browser.js pkg/src/index.d.ts "$out/"
raw=$(stat -c %s "$out/sanitize_wasm_bg.wasm")
gz=$(gzip -9 -c "$out/sanitize_wasm_bg.wasm" | wc -c)
echo "pkg/dist: sanitize_wasm_bg.wasm ${raw} bytes raw, ${gz} bytes gzip"
