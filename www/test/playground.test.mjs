// The playground in headless Chromium: live validation, findings on the right line,
// marks in the editor, rule docs, policy errors, and share links that restore the code.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, screenshotDir } from "../../tests/support/browser.mjs";

const dist = join(import.meta.dirname, "..", "dist");
let server;
let browser;
let shots;

before(async () => {
  assert.ok(existsSync(join(dist, "index.html")), "build the playground first (make playground-build)");
  server = await serve(dist);
  browser = await launch();
  shots = await screenshotDir();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url = server.url) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 850 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector(".verdict.pass, .verdict.fail", { timeout: 20000 });
  return { page, errors };
}

/** Replaces the editor's content the way a person would: select all, type. */
async function type(page, text) {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

async function verdict(page, expected) {
  await page.waitForFunction((e) => document.getElementById("verdict-text").textContent === e, expected, { timeout: 5000 });
}

test("safe code passes, live as you type", async () => {
  const { page, errors } = await open();
  await type(page, 'def soma(a, b):\n"""Soma."""\nreturn a + b\n'.replace('"""', '    """').replace("return", "    return"));
  await verdict(page, "PASSED");
  assert.match(await page.textContent("#score"), /score 1\.00/);
  assert.equal(await page.locator("#findings li").count(), 0);
  await page.screenshot({ path: join(shots, "playground-safe.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("import os: a finding on the right line, marked in the editor, docs on click", async () => {
  const { page, errors } = await open();
  await type(page, "x = 1\ny = 2\nimport os\n");
  await verdict(page, "BLOCKED");
  const finding = page.locator('#findings li[data-code="S101"]');
  await finding.waitFor();
  assert.equal(await finding.getAttribute("data-line"), "3");
  assert.match(await finding.textContent(), /line 3:8/);
  // The editor underlines the import and marks its line in the gutter.
  await page.waitForSelector(".cm-lintRange-error");
  const marked = await page.locator(".cm-lintRange-error").first().textContent();
  assert.equal(marked, "os");
  await finding.click();
  await page.waitForSelector("#rule-doc:not([hidden])");
  assert.match(await page.textContent("#rule-title"), /S101 process-execution/);
  assert.match(await page.textContent("#rule-body"), /What it does/);
  await page.screenshot({ path: join(shots, "playground-import-os.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bad policy is reported, not a crash; a good one changes the verdict", async () => {
  const { page, errors } = await open();
  await type(page, "import os\n");
  await verdict(page, "BLOCKED");
  await page.click("#policy-pane summary");
  await page.fill("#policy", '{"alow": {}}');
  await page.waitForSelector("#policy-error:not([hidden])");
  assert.match(await page.textContent("#policy-error"), /unknown field `alow`/);
  await page.fill("#policy", '{"allow": {"modules": ["os"]}}');
  await verdict(page, "PASSED");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a share link restores the code", async () => {
  const { page } = await open();
  const code = "def saudacao(nome):\n    return f\"Olá, {nome}! ✓\"\n";
  await type(page, code);
  await verdict(page, "PASSED");
  await page.click("#share");
  const link = await page.inputValue("#share-url");
  assert.match(link, /#code=/);
  await page.close();

  const restored = await open(link);
  const text = await restored.page.evaluate(() => document.querySelector(".cm-content").innerText);
  assert.equal(text.trimEnd(), code.trimEnd());
  await verdict(restored.page, "PASSED");
  await restored.page.screenshot({ path: join(shots, "playground-shared.png") });
  assert.deepEqual(restored.errors, []);
  await restored.page.close();
});

test("examples load and are judged", async () => {
  const { page } = await open();
  await page.selectOption("#examples", { label: "Attack: look-alike letters" });
  await verdict(page, "BLOCKED");
  const codes = await page.locator("#findings li").evaluateAll((items) => items.map((i) => i.dataset.code));
  assert.ok(codes.includes("S115") && codes.includes("S106"), codes.join(","));
  await page.selectOption("#examples", { label: "FastAPI health check (guide)" });
  await verdict(page, "PASSED");
  await page.close();
});

test("served without the service (static files, npm build): validate-only, no Generate mode", async () => {
  const { page, errors } = await open();
  await page.waitForFunction(() => document.body.dataset.service !== undefined, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.body.dataset.service), "none");
  assert.equal(await page.isHidden("#modes"), true);
  assert.equal(await page.isHidden("#generate-pane"), true);
  assert.match(await page.textContent("#tagline"), /nothing is sent anywhere/);
  assert.deepEqual(errors, []);
  await page.close();
});
