// Parity: for every engine fixture and corpus file, the wasm report's JSON equals the
// native CLI's JSON byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { validateJson } from "../dist/node.js";

const repo = join(import.meta.dirname, "..", "..");
const cli = join(repo, "target", "release", "codegen-sanitize");

function* inputs() {
  const fixtures = join(repo, "crates/sanitize-core/tests/fixtures");
  for (const kind of ["caught", "benign"]) {
    for (const file of readdirSync(join(fixtures, kind)).sort()) {
      const text = readFileSync(join(fixtures, kind, file), "utf8");
      const cases = text.split(/^# case: (.*)\n/m);
      for (let i = 1; i < cases.length; i += 2) yield [`${kind}/${file}: ${cases[i]}`, cases[i + 1]];
    }
  }
  const corpus = join(repo, "tests/corpus");
  for (const file of readdirSync(corpus).sort()) yield [`corpus/${file}`, readFileSync(join(corpus, file), "utf8")];
  yield ["pathological/deep", "(".repeat(100000)];
  yield ["pathological/chain", "x = 1" + " + 1".repeat(50000) + "\n"];
  yield ["pathological/nul", "x = 1\0\n"];
}

test("wasm JSON equals native CLI JSON for every fixture", () => {
  assert.ok(existsSync(cli), "build the CLI first (make pkg builds it)");
  let compared = 0;
  const mismatches = [];
  for (const [name, code] of inputs()) {
    const native = spawnSync(cli, ["check", "--format", "json", "-"], { input: code, encoding: "utf8" });
    assert.ok(native.status === 0 || native.status === 1, `${name}: CLI exited ${native.status}: ${native.stderr}`);
    const wasm = validateJson(code);
    if (native.stdout.trimEnd() !== wasm) mismatches.push(`${name}\n  native: ${native.stdout.trimEnd()}\n  wasm:   ${wasm}`);
    compared += 1;
  }
  assert.ok(compared > 500, `only ${compared} inputs`);
  assert.deepEqual(mismatches, []);
});
