// `make dev` (scripts/dev.mjs) as a developer on a fresh clone meets it: no .dev.vars
// yet, the development LLM stand-in, and on start the playground URL and a development
// token to paste — which the service then accepts. Run on free ports beside the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, stopChild, postGenerate } from "../support/worker.mjs";

const repo = resolve(import.meta.dirname, "../..");

test("make dev prints the playground URL and a development token that works", async () => {
  const dir = mkdtempSync(join(tmpdir(), "llm-codegen-dev-"));
  const varsFile = join(dir, "dev.vars");
  const port = await freePort();
  const env = {
    ...process.env,
    DEV_PORT: String(port),
    DEV_LLM_PORT: String(await freePort()),
    DEV_INSPECTOR_PORT: String(await freePort()),
    DEV_VARS_FILE: varsFile,
    DEV_STATE: join(dir, "state"),
  };
  delete env.LLM_API_URL;
  const child = spawn(join(repo, "node_modules/.bin/node"), [join(repo, "scripts/dev.mjs")], { cwd: repo, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  try {
    await new Promise((ready, failed) => {
      const timer = setTimeout(() => failed(new Error(`make dev did not print a token:\n${output}`)), 60000);
      const check = setInterval(() => {
        if (/development token[^\n]*\n\S+\n/.test(output)) {
          clearTimeout(timer);
          clearInterval(check);
          ready();
        }
      }, 100);
      child.on("exit", (code) => failed(new Error(`make dev exited ${code}:\n${output}`)));
    });
    assert.ok(existsSync(varsFile), "the development vars file was created");
    assert.equal(statSync(varsFile).mode & 0o077, 0, "readable by its owner only");
    assert.match(readFileSync(varsFile, "utf8"), /^JWT_SECRET=[0-9a-f]{64}$/m);
    assert.match(output, /DEVELOPMENT STAND-IN/);

    const playground = output.match(/playground: (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
    assert.equal(playground, `http://127.0.0.1:${port}/`);
    const page = await fetch(playground);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /sanitize playground/);

    const token = output.match(/development token[^\n]*\n(\S+)\n/)[1];
    assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.ok(output.includes(`Authorization: Bearer ${token}`), "the curl carries the same token");
    const answer = await postGenerate(`http://127.0.0.1:${port}`, token, { prompt: "Crie uma função Python que soma dois números" });
    assert.equal(answer.status, 200, answer.text);
    assert.match(answer.json.code, /def soma/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200, await health.text());
  } finally {
    await stopChild(child, 10000);
  }
  // Stopped means stopped: nothing is left listening (the next test file needs ports).
  const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => false, () => true);
  assert.ok(refused, "the service still answers after make dev stopped");
});
