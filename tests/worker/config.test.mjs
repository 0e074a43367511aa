// Production and development configuration apart: with required settings missing the
// service says so — /healthz answers 503 naming every missing or invalid setting (for load
// balancers and uptime checks), the generate route answers `misconfigured` naming them all —
// and never repeats a value. The worker here runs without wrangler.toml's production vars
// (tests/support/worker.mjs overrides each), as a first deploy without secrets would.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, hs256, now, postGenerate } from "../support/worker.mjs";

const SECRET = "config-test-secret-0123456789abcdefghij";
const OTLP_HEADER_VALUE = "otlp-header-value-never-shown-42";
let worker;

before(async () => {
  worker = await startWorker({
    JWT_SECRET: SECRET,
    LLM_MODEL: "",
    RATE_LIMIT_PER_MINUTE: "plenty",
    OTEL_EXPORTER_OTLP_ENDPOINT: "https://collector.example",
    OTEL_EXPORTER_OTLP_HEADERS: `authorization${OTLP_HEADER_VALUE}`,
  });
});

after(async () => {
  await worker?.stop();
});

test("/healthz: 503 not_ready naming every missing and invalid setting, no value", async () => {
  const response = await fetch(`${worker.url}/healthz`);
  assert.equal(response.status, 503);
  assert.match(response.headers.get("content-type"), /application\/json/);
  assert.equal(response.headers.get("cache-control"), "no-store");
  const text = await response.text();
  assert.deepEqual(JSON.parse(text), {
    status: "not_ready",
    missing: ["LLM_API_URL", "LLM_API_KEY", "LLM_MODEL"],
    invalid: [
      { setting: "RATE_LIMIT_PER_MINUTE", problem: "must be a whole number" },
      { setting: "OTEL_EXPORTER_OTLP_HEADERS", problem: "entry 1 has no '='" },
    ],
  });
  for (const value of [SECRET, OTLP_HEADER_VALUE, "plenty"]) assert.ok(!text.includes(value), value);
});

test("generate: 500 misconfigured naming them all, with or without a token", async () => {
  const token = hs256(SECRET, { sub: "config-user", exp: now() + 600 });
  for (const bearer of [token, "not-a-token"]) {
    const { status, json, text } = await postGenerate(worker.url, bearer, { prompt: "Crie uma função Python que soma dois números" });
    assert.equal(status, 500, text);
    assert.equal(json.error.code, "misconfigured");
    assert.equal(
      json.error.message,
      "the service is misconfigured: required settings not set: LLM_API_URL, LLM_API_KEY, LLM_MODEL; " +
        "setting RATE_LIMIT_PER_MINUTE must be a whole number; setting OTEL_EXPORTER_OTLP_HEADERS entry 1 has no '='",
    );
    assert.match(json.trace_id, /^[0-9a-f]{32}$/);
    for (const value of [SECRET, OTLP_HEADER_VALUE, "plenty"]) assert.ok(!text.includes(value), value);
  }
  const logs = worker.output();
  assert.ok(!logs.includes(SECRET) && !logs.includes(OTLP_HEADER_VALUE), "a value in the logs");
});

test("the same service, once configured, is ready and answers", async () => {
  const llm = await startLlm();
  llm.setFallback({ json: python('def soma(a, b):\n    """Soma."""\n    return a + b\n') });
  const ready = await startWorker({ JWT_SECRET: SECRET, LLM_API_URL: llm.url, LLM_API_KEY: "k" });
  try {
    const health = await fetch(`${ready.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: "ok" });
    const token = hs256(SECRET, { sub: "config-user", exp: now() + 600 });
    const { status, json } = await postGenerate(ready.url, token, { prompt: "Crie uma função Python que soma dois números" });
    assert.equal(status, 200, JSON.stringify(json));
    assert.equal(json.model, "test-model", "the test value, not wrangler.toml's production model");
    assert.equal(llm.requests[0].body.model, "test-model");
  } finally {
    await ready.stop();
    await llm.close();
  }
});
