// POST /llm-codegen/generate end to end: the built worker under wrangler dev (workerd),
// a local OpenAI-compatible server scripted per test, tokens signed with node:crypto.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startLlm, python, completion } from "../support/llm.mjs";
import { startWorker, hs256, now, postGenerate } from "../support/worker.mjs";

const SECRET = "e2e-secret-0123456789abcdefghijklmnop";
const LLM_KEY = "sk-e2e-llm-key-never-leaks-0000";
let llm;
let worker;

before(async () => {
  llm = await startLlm();
  worker = await startWorker({
    LLM_API_URL: llm.url,
    LLM_API_KEY: LLM_KEY,
    LLM_MODEL: "primary-model",
    LLM_FALLBACK_MODEL: "fallback-model",
    JWT_SECRET: SECRET,
    LLM_TIMEOUT_MS: "2000",
  });
});

after(async () => {
  await worker?.stop();
  await llm?.close();
});

function token(sub, extra = {}) {
  return hs256(SECRET, { sub, exp: now() + 600, ...extra });
}

function generate(user, body = { prompt: "Crie uma função Python que soma dois números" }, headers = {}) {
  return postGenerate(worker.url, token(user), body, headers);
}

const SOMA = 'def soma(a, b):\n    """Soma dois números."""\n    return a + b\n';

test("healthz answers without auth", async () => {
  const response = await fetch(`${worker.url}/healthz`);
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { status: "ok" });
});

test("the guide's 200 shape", async () => {
  llm.script({ json: python(SOMA) });
  const { status, json, headers } = await generate("user-shape");
  assert.equal(status, 200, JSON.stringify(json));
  assert.equal(json.code, SOMA);
  assert.equal(json.validation_results.passed, true);
  assert.equal(json.validation_results.issues_count, 0);
  assert.match(json.trace_id, /^[0-9a-f]{32}$/);
  assert.equal(json.metrics.quota_remaining, 99);
  assert.equal(typeof json.metrics.latency_seconds, "number");
  assert.equal(json.model, "primary-model");
  assert.match(headers.get("traceparent"), new RegExp(`^00-${json.trace_id}-[0-9a-f]{16}-01$`));
  // The LLM got the key, the model, a system prompt and our trace.
  const sent = llm.requests[0];
  assert.equal(sent.headers.authorization, `Bearer ${LLM_KEY}`);
  assert.equal(sent.body.model, "primary-model");
  assert.equal(sent.body.messages[0].role, "system");
  assert.match(sent.headers.traceparent, new RegExp(`^00-${json.trace_id}-`));
});

test("an incoming traceparent is honoured", async () => {
  llm.script({ json: python(SOMA) });
  const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  const { json } = await generate("user-trace", undefined, { traceparent });
  assert.equal(json.trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
});

test("unsafe code, then fixed code: one repair round", async () => {
  llm.script({ json: python("import os\nos.system('ls')\n") }, { json: python(SOMA) });
  const { status, json } = await generate("user-repair");
  assert.equal(status, 200, JSON.stringify(json));
  assert.equal(json.code, SOMA);
  assert.equal(llm.requests.length, 2);
  const repair = llm.requests[1].body.messages.at(-1).content;
  assert.match(repair, /S101/);
});

test("unsafe twice: 400 unsafe_code with findings and without the code", async () => {
  const bad = "import subprocess\nsubprocess.run(['rm', '-rf', '/'])\n";
  llm.script({ json: python(bad) }, { json: python(bad) });
  const { status, json, text } = await generate("user-unsafe");
  assert.equal(status, 400);
  assert.equal(json.error.code, "unsafe_code");
  assert.equal(json.validation_results.passed, false);
  assert.ok(json.validation_results.issues.some((i) => i.code === "S101"));
  assert.ok(!("code" in json) && !text.includes("rm', '-rf"));
  assert.match(json.trace_id, /^[0-9a-f]{32}$/);
});

test("broken twice: 400 invalid_code", async () => {
  llm.script({ json: python("def soma(a, b)\n    return a + b\n") }, { json: python("def soma(a, b)\n") });
  const { status, json } = await generate("user-broken");
  assert.equal(status, 400);
  assert.equal(json.error.code, "invalid_code");
});

test("500 then success: retried", async () => {
  llm.script({ status: 500, json: { error: "boom" } }, { json: python(SOMA) });
  const { status, json } = await generate("user-retry");
  assert.equal(status, 200, JSON.stringify(json));
  assert.equal(llm.requests.length, 2);
});

test("the primary fails twice: the fallback model answers", async () => {
  llm.script({ status: 503, json: {} }, { status: 429, json: {} }, { json: python(SOMA) });
  const { status, json } = await generate("user-fallback");
  assert.equal(status, 200, JSON.stringify(json));
  assert.equal(json.model, "fallback-model");
  assert.equal(llm.requests[2].body.model, "fallback-model");
});

test("garbage from the LLM: 500 llm_error, quota refunded", async () => {
  llm.script({ raw: "<html>not json</html>" }, { raw: "{\"choices\": [" });
  const first = await generate("user-garbage");
  assert.equal(first.status, 500);
  assert.equal(first.json.error.code, "llm_error");
  llm.script({ json: python(SOMA) });
  const second = await generate("user-garbage");
  assert.equal(second.status, 200);
  assert.equal(second.json.metrics.quota_remaining, 99, "the failed request's unit was refunded");
});

test("a timeout is an llm_error after retry and fallback", async () => {
  llm.script({ delayMs: 2500, json: python(SOMA) }, { delayMs: 2500, json: python(SOMA) }, { delayMs: 2500, json: python(SOMA) }, { delayMs: 2500, json: python(SOMA) });
  const { status, json } = await generate("user-timeout");
  assert.equal(status, 500);
  assert.equal(json.error.code, "llm_error");
  assert.match(json.error.message, /did not answer/);
});

test("the 4th request in a minute: 429 with Retry-After; users do not share limits", async () => {
  llm.setFallback({ json: python(SOMA) });
  llm.script();
  for (let i = 0; i < 3; i += 1) assert.equal((await generate("user-burst")).status, 200);
  const fourth = await generate("user-burst");
  assert.equal(fourth.status, 429);
  assert.equal(fourth.json.error.code, "rate_limited");
  assert.ok(Number(fourth.headers.get("retry-after")) >= 1);
  assert.equal((await generate("user-other")).status, 200);
});

test("20 concurrent requests from one user: exactly 3 admitted", async () => {
  llm.setFallback({ json: python(SOMA) });
  llm.script();
  const results = await Promise.all(Array.from({ length: 20 }, () => generate("user-concurrent")));
  const statuses = results.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 3, statuses.join(","));
  assert.equal(statuses.filter((s) => s === 429).length, 17);
});

test("bad bodies and prompts, each with its code", async () => {
  const cases = [
    [{ prompt: "curto" }, 400, "invalid_prompt"],
    [{ prompt: "a long enough prompt", extra: 1 }, 400, "invalid_prompt"],
    ["{not json", 400, "invalid_json"],
    [{ prompt: "use my key sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH in the client" }, 400, "prompt_contains_secret"],
  ];
  llm.script();
  for (const [body, status, code] of cases) {
    const response = await generate(`user-bad-${code}`, body);
    assert.equal(response.status, status, `${JSON.stringify(body)} → ${response.text}`);
    assert.equal(response.json.error.code, code);
  }
  assert.equal(llm.requests.length, 0, "no bad request reached the LLM");
  const media = await generate("user-bad-media", { prompt: "a long enough prompt" }, { "content-type": "text/plain" });
  assert.equal(media.status, 415);
  const huge = await generate("user-bad-size", { prompt: "a".repeat(100 * 1024) });
  assert.equal(huge.status, 413);
  assert.equal(huge.json.error.code, "payload_too_large");
});

test("forged, expired, alg:none and missing tokens: 401 with WWW-Authenticate", async () => {
  const claims = { sub: "mallory", exp: now() + 600 };
  const tokens = [
    hs256("wrong-secret-wrong-secret-wrong-secret", claims),
    hs256(SECRET, { sub: "mallory", exp: now() - 3600 }),
    `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`,
    "not-a-jwt",
  ];
  for (const bad of [...tokens.map((t) => `Bearer ${t}`), undefined]) {
    const response = await fetch(`${worker.url}/llm-codegen/generate`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bad ? { authorization: bad } : {}) },
      body: JSON.stringify({ prompt: "a long enough prompt" }),
    });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get("www-authenticate"), "Bearer");
    assert.equal((await response.json()).error.code, "unauthorized");
  }
});

test("unknown paths and wrong methods: JSON 404/405", async () => {
  const missing = await fetch(`${worker.url}/nope`);
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, "not_found");
  const method = await fetch(`${worker.url}/llm-codegen/generate`, { headers: { authorization: `Bearer ${token("m")}` } });
  assert.equal(method.status, 405);
  assert.equal((await method.json()).error.code, "method_not_allowed");
});

test("the LLM key and the bearer token never appear in responses or logs", () => {
  const logs = worker.output();
  assert.ok(!logs.includes(LLM_KEY), "LLM key in logs");
  assert.ok(!logs.includes(SECRET), "JWT secret in logs");
  assert.ok(!logs.includes(token("user-shape").split(".")[2]), "token in logs");
  assert.ok(!logs.includes("sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH"), "prompt secret in logs");
});

test("GET /openapi.json describes the real contract", async () => {
  const response = await fetch(`${worker.url}/openapi.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type"), /application\/json/);
  const doc = await response.json();
  assert.equal(doc.openapi, "3.1.0");
  const generate = doc.paths["/llm-codegen/generate"].post;
  assert.deepEqual(Object.keys(generate.responses).sort(), ["200", "400", "401", "405", "413", "415", "429", "500", "503"]);
  const text = JSON.stringify(doc);
  for (const code of ["invalid_json", "invalid_prompt", "prompt_contains_secret", "unsafe_code", "invalid_code", "quota_exceeded", "unauthorized", "rate_limited", "llm_error", "limiter_unavailable"]) {
    assert.ok(text.includes(code), code);
  }
  assert.deepEqual(generate.requestBody.content["application/json"].schema.required, ["prompt"]);
  assert.deepEqual(doc.components.schemas.Generated.required, ["code", "validation_results", "trace_id", "metrics", "model"]);
});

test("a huge LLM answer is an llm_error, not a crash", async () => {
  const huge = python("x = 1\n" + "# padding\n".repeat(40000));
  llm.script({ json: huge }, { json: huge }, { json: huge }, { json: huge });
  const { status, json } = await generate("user-huge");
  assert.equal(status, 500);
  assert.equal(json.error.code, "llm_error");
});

test("a connection reset by the LLM is retried", async () => {
  llm.script({ destroy: true }, { json: python(SOMA) });
  const { status, json } = await generate("user-reset");
  assert.equal(status, 200, JSON.stringify(json));
});

test("the playground is served at /", async () => {
  const response = await fetch(`${worker.url}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type"), /text\/html/);
  assert.match(await response.text(), /sanitize playground/);
});
