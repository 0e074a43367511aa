// No input can exhaust the stack in wasm, where the JS engine's stack (about 1 MB) is
// the limit: every nesting shape, at and past every cap (CPython's 200 brackets and 100
// indentation levels, the parse-depth bound, the policy's depth at its default and its
// ceiling, string nesting, input size), cold and after warm-up, in Node (at the default
// stack and at half of it, the margin) and in Chromium; and the wasm answers are the
// native CLI's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serve } from "../../tests/support/browser.mjs";
import { SHAPES, DEPTHS, DEEPEST_POLICY, crashes } from "./stack-cases.mjs";

const repo = join(import.meta.dirname, "..", "..");
const dist = join(repo, "pkg", "dist");
const cli = join(repo, "target", "release", "codegen-sanitize");

/** Runs the matrix in a fresh Node process (cold, or warmed up first). */
function nodeMatrix({ warm, stackKb }) {
  const script = `
    const engine = await import(${JSON.stringify(join(dist, "node.js"))});
    const cases = await import(${JSON.stringify(join(import.meta.dirname, "stack-cases.mjs"))});
    process.stdout.write(JSON.stringify(cases.runMatrix(engine.validate, { warm: ${warm} })));
  `;
  const args = ["--input-type=module", "-e", script];
  if (stackKb) args.unshift(`--stack-size=${stackKb}`);
  return JSON.parse(execFileSync(process.execPath, args, { maxBuffer: 64 << 20 }));
}

let reference;

test("Node, default stack: no shape at any depth throws, cold or warm", () => {
  assert.ok(existsSync(join(dist, "sanitize_wasm_bg.wasm")), "run `make pkg` first");
  const cold = nodeMatrix({ warm: false });
  assert.deepEqual(crashes(cold), []);
  const warm = nodeMatrix({ warm: true });
  assert.deepEqual(crashes(warm), []);
  assert.deepEqual(warm, cold, "warm and cold answers differ");
  reference = cold;
  // Every cap is reached and passed: each shape ends refused.
  for (const [policy, shapes] of Object.entries(cold)) {
    for (const [name, transitions] of Object.entries(shapes)) {
      if (name === "decorators" || name === "elif_chain") continue; // flat in the tree
      const last = transitions.at(-1)[1];
      assert.match(last, /^[EL]0/, `${policy} ${name} never refused: ${JSON.stringify(transitions)}`);
    }
  }
  assert.deepEqual(cold.default.brackets, [[1, "ok"], [120, "L002"], [201, "E001"]]);
  assert.deepEqual(cold.default.ifs, [[1, "ok"], [100, "E001"], [5000, "L001"]]);
});

test("Node, half the default stack: still no shape throws (the margin)", () => {
  const half = Math.floor(984 / 2);
  assert.deepEqual(crashes(nodeMatrix({ warm: false, stackKb: half })), []);
  assert.deepEqual(crashes(nodeMatrix({ warm: true, stackKb: half })), []);
});

test("the wasm answers at every transition are the native CLI's", () => {
  assert.ok(reference, "the Node matrix ran first");
  assert.ok(existsSync(cli), "build the CLI first (make target/release/codegen-sanitize)");
  const scratch = mkdtempSync(join(tmpdir(), "sanitize-stack-"));
  try {
    for (const [policyName, policy] of [["default", undefined], ["deepest", DEEPEST_POLICY]]) {
      const files = [];
      for (const [name, transitions] of Object.entries(reference[policyName])) {
        for (const [depth] of transitions) {
          // The transition and the depth tried just before it.
          const before = DEPTHS[DEPTHS.indexOf(depth) - 1];
          for (const d of [before, depth]) {
            const code = d !== undefined && d <= 5000 ? SHAPES[name](d) : null;
            if (code === null) continue;
            const file = join(scratch, `${policyName}-${name}-${d}.py`);
            writeFileSync(file, code);
            files.push({ file, name, d });
          }
        }
      }
      const args = ["check", "--format", "json", ...files.map((f) => f.file)];
      if (policy) {
        const policyFile = join(scratch, "policy.json");
        writeFileSync(policyFile, JSON.stringify(policy));
        args.splice(1, 0, "--policy", policyFile);
      }
      let out;
      try {
        out = execFileSync(cli, args, { maxBuffer: 64 << 20 });
      } catch (error) {
        out = error.stdout; // exit 1: some inputs are blocked
      }
      const native = new Map(JSON.parse(out).map((r) => [r.path, r.report]));
      for (const { file, name, d } of files) {
        const report = native.get(file);
        const code = report.issues.find((i) => /^[EL]/.test(i.code))?.code ?? (report.passed ? "ok" : "blocked");
        const transitions = reference[policyName][name];
        const expected = transitions.filter(([depth]) => depth <= d).at(-1)[1];
        assert.equal(code, expected, `${policyName} ${name} at ${d}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test("Chromium: no shape at any depth throws, cold or warm; same answers as Node", async () => {
  assert.ok(reference, "the Node matrix ran first");
  const server = await serve(join(repo, "pkg"));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Any page of the server's origin, so the modules import from it.
    await page.goto(server.url + "test/stack-cases.mjs");
    const results = await page.evaluate(async () => {
      const engine = await import("/dist/browser.js");
      const cases = await import("/test/stack-cases.mjs");
      await engine.init();
      const cold = cases.runMatrix(engine.validate, { warm: false });
      const warm = cases.runMatrix(engine.validate, { warm: true });
      return { cold, warm };
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(crashes(results.cold), []);
    assert.deepEqual(crashes(results.warm), []);
    assert.deepEqual(results.cold, reference);
    assert.deepEqual(results.warm, reference);
  } finally {
    await browser.close();
    await server.close();
  }
});
