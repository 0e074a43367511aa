// The short load run of `make test` (the long one is `make reliability`): many users
// and bursts at the limit for a few seconds on loopback; afterwards every user's
// admissions are checked against the limit and against the Durable Objects' own state,
// and the metrics — recorded into shards picked per request — are checked to count
// every request exactly, both at /metrics and in the shards' own storage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLlm } from "../support/llm.mjs";
import { startWorker } from "../support/worker.mjs";
import { limitViolations, loadResponder, readLimiterState, readMetricsShards, requestCounts, runLoad } from "../support/load.mjs";
import { eventually } from "../support/observability.mjs";

const SECRET = "load-secret-0123456789abcdefghijklmn";
const LIMITS = { perMinute: 5, perDay: 1000 };
const METRICS_TOKEN = "load-metrics-token-0123456789";
const STATUS = { ok: 200, rate_limited: 429, llm_error: 500 };

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
      METRICS_TOKEN,
    },
    { persistTo: state },
  );
  let result;
  let scraped;
  try {
    result = await runLoad({ url: worker.url, secret: SECRET, users: 30, durationMs: 8000, concurrency: 12 });
    // Observations are recorded after each response (waitUntil): wait for the last ones.
    const total = result.requests - result.transportErrors;
    scraped = await eventually(async () => {
      const response = await fetch(`${worker.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      const counts = requestCounts(await response.text());
      return Object.values(counts).reduce((a, b) => a + b, 0) >= total && counts;
    }, 30000, "every request counted at /metrics");
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
    const expected = Object.fromEntries(Object.entries(result.codes).map(([code, n]) => [`${STATUS[code]} ${code}`, n]));
    assert.deepEqual(scraped, expected, "/metrics counts every request exactly once");
    const shards = Object.values(readMetricsShards(state));
    assert.ok(shards.length > 1, `the observations went to ${shards.length} shard(s)`);
    const stored = {};
    for (const counts of shards) for (const [key, n] of Object.entries(counts)) stored[key] = (stored[key] ?? 0) + n;
    assert.deepEqual(stored, expected, "the shards' own storage sums to the same counts");
    assert.ok(Math.max(...shards.map((c) => Object.values(c).reduce((a, b) => a + b, 0))) < result.requests / 2, "no shard takes most of the load");
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
  console.log(`metrics: ${JSON.stringify(scraped)}`);
  console.log(`load: ${result.requests} requests in ${result.seconds.toFixed(1)} s, ${result.throughput.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${JSON.stringify(result.codes)}`);
});
