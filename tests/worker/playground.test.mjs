// The playground served by the worker (wrangler dev, scripted LLM) in headless Chromium:
// the Generate mode asks POST /llm-codegen/generate and shows the code with its findings,
// the trace id, latency and quota left; and every error in plain words — 401 with what
// to do, unsafe_code with the findings, 429 with a countdown from Retry-After. The token
// stays in sessionStorage, never in localStorage or a share link.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, screenshotDir } from "../support/browser.mjs";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, hs256, now } from "../support/worker.mjs";

const SECRET = "playground-secret-0123456789abcdefghijk";
const SOMA = 'def soma(a, b):\n    """Soma dois números."""\n    return a + b\n';
const UNSAFE = "import subprocess\nsubprocess.run(['id'])\n";
const PROMPT = "Crie uma função Python que soma dois números";
let llm;
let worker;
let browser;
let shots;

before(async () => {
  llm = await startLlm();
  worker = await startWorker({ LLM_API_URL: llm.url, LLM_API_KEY: "k", JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: "2" });
  browser = await launch();
  shots = await screenshotDir();
});

after(async () => {
  await browser?.close();
  await worker?.stop();
  await llm?.close();
});

async function openGenerate(page) {
  await page.goto(`${worker.url}/`);
  await page.waitForSelector(".verdict.pass, .verdict.fail", { timeout: 20000 });
  await page.waitForSelector("#modes:not([hidden])", { timeout: 5000 });
  assert.equal(await page.isVisible("#modes"), true);
  assert.equal(await page.isHidden("#generate-pane"), true, "validate mode first");
  await page.click("#mode-generate");
  await page.waitForSelector("#generate-pane:not([hidden])");
}

/** Clicks Generate; resolves to the service's answer as the page received it. */
async function generate(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/llm-codegen/generate")),
    page.click("#generate"),
  ]);
  const json = await response.json();
  await page.waitForFunction(() => !document.getElementById("generate").textContent.includes("…"));
  return { status: response.status(), json, headers: response.headers() };
}

test("Generate: 200, unsafe_code, 429 with a countdown, and 401 — in plain words", async () => {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openGenerate(page);
  assert.equal(await page.evaluate(() => document.body.dataset.service), "ok");
  assert.match(await page.textContent("#service-state"), /your prompt goes to the service/);
  const token = hs256(SECRET, { sub: "browser-user", exp: now() + 600 });

  // 200: the code in the editor, the service's findings, trace id, latency, quota left.
  llm.script({ json: python(SOMA) });
  await page.fill("#prompt", PROMPT);
  await page.fill("#token", token);
  const ok = await generate(page);
  assert.equal(ok.status, 200, JSON.stringify(ok.json));
  const editor = await page.evaluate(() => document.querySelector(".cm-content").innerText);
  assert.equal(editor.trimEnd(), SOMA.trimEnd());
  assert.equal(await page.textContent("#verdict-text"), "PASSED");
  assert.match(await page.textContent("#summary"), /^From the service: No findings\./);
  assert.equal(await page.textContent("#gen-trace"), ok.json.trace_id);
  assert.equal(await page.textContent("#gen-quota"), `quota left today ${ok.json.metrics.quota_remaining}`);
  assert.equal(ok.json.metrics.quota_remaining, 99);
  assert.match(await page.textContent("#gen-latency"), /^latency \d+\.\d\d s$/);
  assert.equal(await page.textContent("#gen-model"), "model test-model");
  assert.equal(await page.isHidden("#gen-error"), true);
  assert.equal(llm.requests[0].body.messages.at(-1).content.includes(PROMPT), true);
  await page.screenshot({ path: join(shots, "playground-generate-200.png") });

  // The token is in this tab's sessionStorage only: not localStorage, not a share link.
  assert.equal(await page.evaluate(() => sessionStorage.getItem("llm-codegen.token")), token);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.click("#share");
  const link = await page.inputValue("#share-url");
  assert.match(link, /#code=/);
  assert.ok(!link.includes(token) && !link.includes(token.split(".")[1]), "the token is not in the share link");

  // Edits are judged again in the page, as in validate mode.
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText("\nimport os\n");
  await page.waitForFunction(() => document.getElementById("verdict-text").textContent === "BLOCKED");
  assert.doesNotMatch(await page.textContent("#summary"), /From the service/);

  // unsafe_code: the findings from the service, the code never shown, the trace id to report.
  llm.script({ json: python(UNSAFE) }, { json: python(UNSAFE) });
  const unsafe = await generate(page);
  assert.equal(unsafe.status, 400);
  assert.equal(unsafe.json.error.code, "unsafe_code");
  assert.match(await page.textContent("#gen-error"), /blocked as unsafe/);
  assert.match(await page.textContent("#gen-error"), new RegExp(`Trace id to report: ${unsafe.json.trace_id}`));
  assert.equal(await page.textContent("#verdict-text"), "BLOCKED");
  assert.match(await page.textContent("#summary"), /^The service blocked the model's code/);
  const codes = await page.locator("#findings li").evaluateAll((items) => items.map((i) => i.dataset.code));
  assert.deepEqual(codes, unsafe.json.validation_results.issues.map((i) => i.code));
  assert.ok(codes.includes("S101"));
  const shown = await page.evaluate(() => document.querySelector(".cm-content").innerText);
  assert.ok(!shown.includes("subprocess.run"), "the blocked code is not put in the editor");
  await page.screenshot({ path: join(shots, "playground-generate-unsafe.png") });

  // 429: a countdown from Retry-After, the button disabled while it runs.
  llm.script({ json: python(SOMA) });
  const limited = await generate(page);
  assert.equal(limited.status, 429);
  const retryAfter = Number(limited.headers["retry-after"]);
  assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
  const first = Number(await page.getAttribute("#gen-error", "data-seconds-left"));
  assert.ok(first <= retryAfter && first >= retryAfter - 1, `${first} vs Retry-After ${retryAfter}`);
  assert.match(await page.textContent("#gen-error"), /Too many requests \(429\): more than 2 requests in a minute\.\nYou can generate again in \d+ s\.$/);
  assert.equal(await page.isDisabled("#generate"), true);
  await page.waitForFunction((start) => Number(document.getElementById("gen-error").dataset.secondsLeft) <= start - 2, first, { timeout: 5000 });
  assert.equal(llm.requests.length, 0, "the rate-limited request never reached the LLM");
  // No findings came with the 429: the panel judges the editor's code again, not the
  // earlier unsafe answer.
  await page.waitForFunction(() => !document.getElementById("summary").textContent.startsWith("The service blocked"));
  const lines = (await page.evaluate(() => document.querySelector(".cm-content").innerText)).split("\n");
  const importLine = String(lines.indexOf("import os") + 1);
  assert.equal(await page.getAttribute('#findings li[data-code="S101"]', "data-line"), importLine);
  await page.screenshot({ path: join(shots, "playground-generate-429.png") });
  await context.close();

  // 401 in a fresh tab: sessionStorage is per tab, so the token field starts empty.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  page2.on("pageerror", (e) => errors.push(e.message));
  await openGenerate(page2);
  assert.equal(await page2.inputValue("#token"), "");
  await page2.fill("#prompt", PROMPT);
  await page2.click("#generate");
  assert.match(await page2.textContent("#gen-error"), /Paste a token first/);
  await page2.fill("#token", hs256("someone-elses-secret-0123456789abcdef", { sub: "mallory", exp: now() + 600 }));
  const refused = await generate(page2);
  assert.equal(refused.status, 401);
  const message = await page2.textContent("#gen-error");
  assert.match(message, /refused your token \(401\)/);
  assert.match(message, /make dev/);
  assert.match(message, /identity provider/);
  await page2.screenshot({ path: join(shots, "playground-generate-401.png") });
  await other.close();
  assert.deepEqual(errors, []);
});

test("reloading the tab keeps the token (sessionStorage), the prompt box is empty", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openGenerate(page);
  await page.fill("#token", "a-token-for-this-tab");
  await page.dispatchEvent("#token", "change");
  await page.reload();
  await page.waitForSelector("#modes:not([hidden])", { timeout: 20000 });
  assert.equal(await page.inputValue("#token"), "a-token-for-this-tab");
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await context.close();
});
