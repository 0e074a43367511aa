// The Durable Object's state survives a restart of wrangler (same --persist-to).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, hs256, now, postGenerate } from "../support/worker.mjs";

const SECRET = "persist-secret-0123456789abcdefghijkl";

test("quota and rate-limit state persist across a wrangler restart", async () => {
  const llm = await startLlm();
  llm.setFallback({ json: python('def f():\n    """F."""\n    return 1\n') });
  const state = mkdtempSync(join(tmpdir(), "llm-codegen-persist-"));
  const vars = { LLM_API_URL: llm.url, LLM_API_KEY: "k", LLM_MODEL: "m", JWT_SECRET: SECRET, QUOTA_PER_DAY: "5" };
  const call = (worker) =>
    postGenerate(worker.url, hs256(SECRET, { sub: "persistent-user", exp: now() + 600 }), { prompt: "write a tiny function please" });
  try {
    let worker = await startWorker(vars, { persistTo: state });
    assert.equal((await call(worker)).json.metrics.quota_remaining, 4);
    assert.equal((await call(worker)).json.metrics.quota_remaining, 3);
    await worker.stop();
    worker = await startWorker(vars, { persistTo: state });
    const third = await call(worker);
    assert.equal(third.json.metrics.quota_remaining, 2, "the count went on after the restart");
    const fourth = await call(worker);
    assert.equal(fourth.status, 429, "the minute's window survived the restart too");
    await worker.stop();
  } finally {
    await llm.close();
  }
});
