// The package as a user gets it: `npm pack`, installed from the tarball into a scratch
// project, imported from Node ESM, built with Vite and loaded in Chromium, and loaded
// by a plain <script type="module">.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serve, screenshotDir } from "../../tests/support/browser.mjs";

const repo = join(import.meta.dirname, "..", "..");
const dist = join(repo, "pkg", "dist");
let scratch;
let app;

before(() => {
  assert.ok(existsSync(join(dist, "sanitize_wasm_bg.wasm")), "run `make pkg` first");
  scratch = mkdtempSync(join(tmpdir(), "sanitize-pkg-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: dist }));
  const tarball = join(scratch, packed[0].filename);
  app = join(scratch, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: app, stdio: "pipe" });
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test("the tarball holds exactly the package files", () => {
  const installed = readdirSync(join(app, "node_modules", "@llm-codegen", "sanitize")).sort();
  assert.deepEqual(installed, [
    "README.md", "browser.js", "index.d.ts", "node.js", "package.json",
    "sanitize_wasm.d.ts", "sanitize_wasm.js", "sanitize_wasm_bg.wasm",
  ]);
});

test("Node ESM: import by name and validate real snippets", () => {
  writeFileSync(join(app, "check.mjs"), `
    import { init, validate, validateJson, extractCode, checkPrompt, defaultPolicy, rules, version } from "@llm-codegen/sanitize";
    await init();
    const safe = validate("def soma(a, b):\\n    \\"\\"\\"Soma.\\"\\"\\"\\n    return a + b\\n");
    const unsafe = validate("import subprocess\\nsubprocess.run(['ls'])\\n");
    const answer = validate("Aqui:\\n\`\`\`python\\nimport os\\n\`\`\`\\n", { extract: true });
    let error = null;
    try { validate("x = 1", { policy: { block_severty: "high" } }); } catch (e) { error = { isError: e instanceof Error, message: e.message }; }
    const surrogate = validate("x = '" + String.fromCharCode(0xd800) + "'\\n");
    let notString = null;
    try { validate(42); } catch (e) { notString = e.message; }
    console.log(JSON.stringify({
      safe, unsafe, answer, error, surrogate, notString,
      json: validateJson("x = 1\\n"),
      extracted: extractCode("\`\`\`py\\nx = 1\\n\`\`\`"),
      prompt: checkPrompt("curto"),
      policy: defaultPolicy().block_severity,
      rules: rules().length,
      version: version(),
    }));
  `);
  const out = JSON.parse(execFileSync("node", ["check.mjs"], { cwd: app, encoding: "utf8" }));
  assert.equal(out.safe.passed, true);
  assert.equal(out.safe.score, 1);
  assert.equal(out.unsafe.passed, false);
  assert.deepEqual([...new Set(out.unsafe.issues.map((i) => i.code))], ["S101"]);
  assert.equal(out.unsafe.issues[0].line, 1);
  assert.equal(out.answer.issues[0].code, "S101");
  assert.deepEqual(out.error.isError, true);
  assert.match(out.error.message, /unknown field `block_severty`/);
  // A lone surrogate (only JavaScript strings can hold one) is a finding, not a U+FFFD.
  assert.equal(out.surrogate.passed, false);
  assert.equal(out.surrogate.issues[0].code, "E001");
  assert.match(out.surrogate.issues[0].message, /lone surrogate \(U\+D800\)/);
  assert.equal(out.notString, "code must be a string");
  assert.match(out.json, /^\{"passed":true,"score":1\.0,/);
  assert.equal(out.extracted, "x = 1\n");
  assert.equal(out.prompt.problems[0].code, "prompt_too_short");
  assert.equal(out.policy, "medium");
  assert.ok(out.rules >= 29);
  assert.match(out.version, /^sanitize-core \d+\.\d+\.\d+$/);
});

test("types are shipped for every function", () => {
  const dts = execFileSync("cat", [join(app, "node_modules/@llm-codegen/sanitize/index.d.ts")], { encoding: "utf8" });
  for (const name of ["init", "validate", "validateJson", "extractCode", "checkPrompt", "defaultPolicy", "rules", "version"]) {
    assert.match(dts, new RegExp(`export function ${name}\\(`), name);
  }
  const generated = execFileSync("cat", [join(app, "node_modules/@llm-codegen/sanitize/sanitize_wasm.d.ts")], { encoding: "utf8" });
  for (const type of ["Report", "Issue", "Policy", "PromptReport", "RuleDoc"]) {
    assert.match(generated, new RegExp(`export interface ${type} `), type);
  }
});

async function inBrowser(root, page, name) {
  const server = await serve(root);
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(server.url + page);
    await tab.waitForFunction(() => document.body.dataset.result, null, { timeout: 20000 });
    await tab.screenshot({ path: join(await screenshotDir(), `${name}.png`) });
    assert.deepEqual(errors, []);
    return JSON.parse(await tab.evaluate(() => document.body.dataset.result));
  } finally {
    await browser.close();
    await server.close();
  }
}

const PAGE_SCRIPT = `
  const result = {
    safe: validate("x = 1\\n").passed,
    unsafe: validate("eval(input())\\n").issues.map((i) => i.code),
  };
  document.body.dataset.result = JSON.stringify(result);
  document.body.textContent = JSON.stringify(result);
`;

test("Vite build: bundled, the wasm emitted as an asset, works in Chromium", async () => {
  writeFileSync(join(app, "index.html"), `<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>`);
  writeFileSync(join(app, "main.js"), `
    import { init, validate } from "@llm-codegen/sanitize";
    init().then(() => { ${PAGE_SCRIPT} });
  `);
  execFileSync("node", [join(repo, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: app, stdio: "pipe" });
  const assets = readdirSync(join(app, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `wasm asset missing: ${assets}`);
  const result = await inBrowser(join(app, "dist"), "", "pkg-vite");
  assert.deepEqual(result, { safe: true, unsafe: ["S106"] });
});

test("plain <script type=module>: no bundler", async () => {
  writeFileSync(join(app, "plain.html"), `<!doctype html><html><body><script type="module">
    import { init, validate } from "./node_modules/@llm-codegen/sanitize/browser.js";
    let early = null;
    try { validate("x = 1"); } catch (e) { early = e.message; }
    await init();
    ${PAGE_SCRIPT.replace("const result = {", "const result = { early,")}
  </script></body></html>`);
  const result = await inBrowser(app, "plain.html", "pkg-plain-module");
  assert.match(result.early, /call `await init\(\)` before validate\(\)/);
  assert.equal(result.safe, true);
  assert.deepEqual(result.unsafe, ["S106"]);
});
