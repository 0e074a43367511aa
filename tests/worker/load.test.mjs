// The short load run of `make test` (the long one is `make reliability`): many users
// and bursts at the limit for a few seconds on loopback; afterwards every user's
// admissions are checked against the limit and against the Durable Objects' own state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLlm } from "../support/llm.mjs";
import { startWorker } from "../support/worker.mjs";
import { limitViolations, loadResponder, readLimiterState, runLoad } from "../support/load.mjs";

const SECRET = "load-secret-0123456789abcdefghijklmn";
const LIMITS = { perMinute: 5, perDay: 1000 };

test("under load no user passes the limit and no quota unit is lost or spent twice", async () => {
  const llm = await startLlm();
  llm.setResponder(loadResponder);
  const state = mkdtempSync(join(tmpdir(), "llm-codegen-load-"));
  const worker = await startWorker(
    {
      LLM_API_URL: llm.url,
      LLM_API_KEY: "k",
      LLM_MODEL: "m",
      JWT_SECRET: SECRET,
      RATE_LIMIT_PER_MINUTE: String(LIMITS.perMinute),
      QUOTA_PER_DAY: String(LIMITS.perDay),
    },
    { persistTo: state },
  );
  let result;
  try {
    result = await runLoad({ url: worker.url, secret: SECRET, users: 30, durationMs: 8000, concurrency: 12 });
  } finally {
    await worker.stop();
    await llm.close();
  }
  try {
    assert.equal(result.transportErrors, 0);
    assert.ok(result.requests > 200, `only ${result.requests} requests`);
    assert.ok(result.codes.rate_limited > 0 && result.codes.ok > 0 && result.codes.llm_error > 0, JSON.stringify(result.codes));
    assert.deepEqual(Object.keys(result.codes).sort(), ["llm_error", "ok", "rate_limited"]);
    assert.deepEqual(limitViolations(result, readLimiterState(state), LIMITS), []);
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
  console.log(`load: ${result.requests} requests in ${result.seconds.toFixed(1)} s, ${result.throughput.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${JSON.stringify(result.codes)}`);
});
