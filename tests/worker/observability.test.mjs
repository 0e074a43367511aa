// Observability end to end: one request followed from the client's trace_id to its
// spans (decoded by a real OTLP receiver with the official protobuf definitions), its
// log line and its effect on /metrics — checked by promtool and by a real Prometheus
// server scraping the worker. Secrets are planted everywhere and must appear nowhere.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, hs256, now, postGenerate } from "../support/worker.mjs";
import { eventually, jsonLines, promtoolCheck, startOtlpReceiver, startPrometheus } from "../support/observability.mjs";

const JWT_SECRET = "obs-jwt-secret-PLANTED-4c1d9e7f0a2b";
const LLM_KEY = "sk-obs-llm-key-PLANTED-never-logged-9f8e";
const METRICS_TOKEN = "metrics-token-PLANTED-77aa10";
const OTLP_SECRET = "otlp-header-secret-PLANTED-51c3";
const PROMPT_SECRET = "sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH";
const SOMA = 'def soma(a, b):\n    """Soma dois números."""\n    return a + b\n';
const UNSAFE = "import os\n\n\ndef run(cmd):\n    \"\"\"Run.\"\"\"\n    return os.system(cmd)\n";

let llm;
let otlp;
let worker;
const tokens = [];

before(async () => {
  llm = await startLlm();
  otlp = await startOtlpReceiver();
  worker = await startWorker({
    LLM_API_URL: llm.url,
    LLM_API_KEY: LLM_KEY,
    LLM_MODEL: "primary-model",
    JWT_SECRET,
    METRICS_TOKEN,
    RATE_LIMIT_PER_MINUTE: "3",
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
    OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer%20${OTLP_SECRET},x-tenant=tests`,
  });
});

after(async () => {
  await worker?.stop();
  await otlp?.stop();
  await llm?.close();
});

function token(sub) {
  const t = hs256(JWT_SECRET, { sub, exp: now() + 600 });
  tokens.push(t);
  return t;
}

function generate(user, prompt = "Write a function that adds two numbers", headers = {}) {
  return postGenerate(worker.url, token(user), { prompt }, headers);
}

async function metricsText() {
  const response = await fetch(`${worker.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type"), /^text\/plain; version=0\.0\.4/);
  return response.text();
}

function sample(text, series) {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const spansOf = async (traceId, count) =>
  eventually(async () => {
    const spans = (await otlp.spans()).filter((s) => s.traceId === traceId);
    return spans.length >= count && spans;
  }, 20000, `${count} spans of trace ${traceId}`);

// Counted by the tests below, compared with /metrics and Prometheus at the end.
const produced = { ok: 0, unsafe: 0, limited: 0, secret: 0 };

test("one request followed from the client's traceparent to its span tree and the LLM", async () => {
  const clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
  const clientSpan = "00f067aa0ba902b7";
  llm.script({ json: python(SOMA) });
  const { status, json, headers } = await generate("obs-follow", undefined, {
    traceparent: `00-${clientTrace}-${clientSpan}-01`,
  });
  produced.ok++;
  assert.equal(status, 200, JSON.stringify(json));
  assert.equal(json.trace_id, clientTrace);
  const [, responseTrace, serverSpan] = headers.get("traceparent").split("-");
  assert.equal(responseTrace, clientTrace);

  const sentToLlm = llm.requests[0].headers.traceparent.split("-");
  assert.equal(sentToLlm[1], clientTrace, "the LLM sees the client's trace");

  const spans = await spansOf(clientTrace, 5);
  const byName = (name) => spans.filter((s) => s.name === name);
  const [root] = byName("POST /llm-codegen/generate");
  assert.ok(root, JSON.stringify(spans.map((s) => s.name)));
  assert.equal(root.spanId, serverSpan, "the response's traceparent names the request span");
  assert.equal(root.parentSpanId, clientSpan, "the request span hangs under the client's span");
  assert.equal(root.kind, "SPAN_KIND_SERVER");
  assert.equal(root.attributes["http.response.status_code"], 200);
  assert.equal(root.attributes["codegen.code"], "ok");
  assert.equal(root.resource["service.name"], "llm-codegen");
  for (const name of ["auth", "rate_limit", "llm.call", "validation"]) {
    const [span] = byName(name);
    assert.ok(span, `span ${name}`);
    assert.equal(span.parentSpanId, root.spanId, `${name} is a child of the request`);
    assert.ok(span.startTimeUnixNano >= root.startTimeUnixNano && span.endTimeUnixNano <= root.endTimeUnixNano, `${name} within the request`);
  }
  const [call] = byName("llm.call");
  assert.equal(call.kind, "SPAN_KIND_CLIENT");
  assert.equal(call.attributes["llm.model"], "primary-model");
  assert.equal(call.attributes["llm.attempt"], 1);
  assert.equal(call.attributes["http.response.status_code"], 200);
  assert.equal(sentToLlm[2], call.spanId, "the LLM's parent is the llm.call span");
  const [validation] = byName("validation");
  assert.equal(validation.attributes["validation.passed"], true);
  assert.equal(validation.attributes["validation.issues_count"], json.validation_results.issues_count);
  assert.equal(byName("rate_limit")[0].attributes["ratelimit.decision"], "admitted");
  assert.equal(byName("auth")[0].attributes["auth.outcome"], "ok");

  const exports = (await otlp.requests()).requests;
  assert.ok(exports.every((h) => h.authorization === `Bearer ${OTLP_SECRET}` && h["x-tenant"] === "tests"), "OTEL_EXPORTER_OTLP_HEADERS sent");
  assert.deepEqual((await otlp.requests()).errors, [], "every export decoded");

  // The log line of the same request.
  const line = await eventually(() => jsonLines(worker.output()).find((l) => l.event === "request" && l.trace_id === clientTrace), 5000, "log line");
  assert.equal(line.user, "obs-follow");
  assert.equal(line.status, 200);
  assert.equal(line.code, "ok");
  assert.equal(line.model, "primary-model");
  assert.equal(line.attempts, 1);
  assert.equal(line.issues_count, json.validation_results.issues_count);
  assert.equal(line.prompt_chars, "Write a function that adds two numbers".length);
  assert.match(line.prompt_sha256, /^[0-9a-f]{64}$/);
  assert.equal(line.prompt, undefined, "no prompt without LOG_PROMPTS");
  assert.match(line.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(typeof line.latency_ms, "number");
});

test("a new trace, a retried call and a repair round are all spans", async () => {
  llm.script({ status: 500, json: { error: "boom" } }, { json: python(UNSAFE) }, { json: python(SOMA) });
  const { status, json } = await generate("obs-repair");
  produced.ok++;
  assert.equal(status, 200, JSON.stringify(json));
  assert.match(json.trace_id, /^[0-9a-f]{32}$/);
  assert.notEqual(json.trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
  const spans = await spansOf(json.trace_id, 7);
  const calls = spans.filter((s) => s.name === "llm.call").sort((a, b) => a.attributes["llm.attempt"] - b.attributes["llm.attempt"]);
  assert.deepEqual(calls.map((c) => c.attributes["http.response.status_code"]), [500, 200, 200]);
  assert.equal(calls[0].status, "STATUS_CODE_ERROR");
  assert.deepEqual(calls.map((c) => c.attributes["llm.repair"]), [false, false, true]);
  const rounds = spans.filter((s) => s.name === "validation").sort((a, b) => a.attributes["validation.round"] - b.attributes["validation.round"]);
  assert.deepEqual(rounds.map((r) => r.attributes["validation.passed"]), [false, true]);
  const [root] = spans.filter((s) => s.name === "POST /llm-codegen/generate");
  assert.equal(root.parentSpanId, "", "a trace the service started has no parent");
  // Each call told the LLM its own span.
  assert.deepEqual(llm.requests.map((r) => r.headers.traceparent.split("-")[2]).sort(), calls.map((c) => c.spanId).sort());
});

test("failures show in the spans and the log line", async () => {
  llm.script({ json: python(UNSAFE) }, { json: python(UNSAFE) });
  const unsafe = await generate("obs-unsafe");
  produced.unsafe++;
  assert.equal(unsafe.status, 400);
  assert.equal(unsafe.json.error.code, "unsafe_code");
  const spans = await spansOf(unsafe.json.trace_id, 6);
  const [root] = spans.filter((s) => s.name === "POST /llm-codegen/generate");
  assert.equal(root.attributes["codegen.code"], "unsafe_code");

  for (let i = 0; i < 3; i++) {
    llm.script({ json: python(SOMA) });
    assert.equal((await generate("obs-limited")).status, 200);
    produced.ok++;
  }
  const limited = await generate("obs-limited");
  produced.limited++;
  assert.equal(limited.status, 429);
  const limitedSpans = await spansOf(limited.json.trace_id, 3);
  assert.equal(limitedSpans.find((s) => s.name === "rate_limit").attributes["ratelimit.decision"], "rate_limited");
  assert.ok(!limitedSpans.some((s) => s.name === "llm.call"), "no LLM call past the limit");

  const forgedBody = (await postGenerate(worker.url, hs256("wrong-secret", { sub: "x", exp: now() + 60 }), { prompt: "Write a function that adds two numbers" })).json;
  const authSpans = await spansOf(forgedBody.trace_id, 2);
  const auth = authSpans.find((s) => s.name === "auth");
  assert.equal(auth.attributes["auth.outcome"], "bad_signature");
  assert.equal(auth.status, "STATUS_CODE_ERROR");

  const secret = await generate("obs-secret", `Use my key ${PROMPT_SECRET} to call the API and list models`);
  produced.secret++;
  assert.equal(secret.json.error.code, "prompt_contains_secret");
  const line = await eventually(() => jsonLines(worker.output()).find((l) => l.trace_id === secret.json.trace_id), 5000, "log line");
  assert.equal(line.level, "warn");
  assert.equal(line.code, "prompt_contains_secret");
  assert.match(line.prompt_sha256, /^[0-9a-f]{64}$/);
  assert.equal(line.prompt, undefined);
});

test("/metrics needs METRICS_TOKEN, passes promtool and counts what happened", async () => {
  for (const authorization of [undefined, "Bearer wrong", `Basic ${METRICS_TOKEN}`]) {
    const response = await fetch(`${worker.url}/metrics`, { headers: authorization ? { authorization } : {} });
    assert.equal(response.status, 401, String(authorization));
    assert.equal((await response.json()).error.code, "unauthorized");
  }
  const text = await eventually(async () => {
    const t = await metricsText();
    return sample(t, 'llm_codegen_requests_total{status="200",code="ok"}') === produced.ok &&
      sample(t, 'llm_codegen_requests_total{status="429",code="rate_limited"}') === produced.limited && t;
  }, 20000, "metrics to count the requests");
  const check = promtoolCheck(text);
  assert.ifError(check.error);
  assert.equal(check.status, 0, check.output);
  assert.equal(check.output.trim(), "", "no lint findings");
  assert.equal(sample(text, 'llm_codegen_requests_total{status="400",code="unsafe_code"}'), produced.unsafe);
  assert.equal(sample(text, 'llm_codegen_requests_total{status="400",code="prompt_contains_secret"}'), produced.secret);
  assert.equal(sample(text, 'llm_codegen_requests_total{status="401",code="unauthorized"}'), 1);
  assert.equal(sample(text, 'llm_codegen_rate_limited_total{reason="rate_limit"}'), produced.limited);
  // One failed round in the repair test, two in the unsafe one: S101 blocked each once.
  assert.equal(sample(text, 'llm_codegen_blocked_total{rule="S101"}'), 3, text);
  assert.equal(sample(text, 'llm_codegen_llm_requests_total{model="primary-model",outcome="status_500"}'), 1);
  const total = Object.values(produced).reduce((a, b) => a + b, 0) + 1;
  assert.equal(sample(text, "llm_codegen_latency_seconds_count"), total);
  assert.equal(sample(text, 'llm_codegen_latency_seconds_bucket{le="+Inf"}'), total);
  assert.ok(sample(text, 'llm_codegen_llm_latency_seconds_count{model="primary-model"}') >= produced.ok);
});

test("a real Prometheus scrapes the worker and answers with the counts", async () => {
  const prometheus = await startPrometheus(new URL(worker.url).host, METRICS_TOKEN);
  try {
    const up = await eventually(async () => {
      const result = await prometheus.query('up{job="llm-codegen"}');
      return result.length === 1 && result[0].value === 1 && result;
    }, 30000, "a successful scrape");
    assert.equal(up[0].metric.instance, new URL(worker.url).host);
    const counts = await eventually(async () => {
      const result = await prometheus.query("sum by (status, code) (llm_codegen_requests_total)");
      return result.length > 0 && result;
    }, 30000, "llm_codegen_requests_total in Prometheus");
    const get = (status, code) => counts.find((r) => r.metric.status === status && r.metric.code === code)?.value ?? 0;
    assert.equal(get("200", "ok"), produced.ok);
    assert.equal(get("400", "unsafe_code"), produced.unsafe);
    assert.equal(get("429", "rate_limited"), produced.limited);
    assert.equal(get("401", "unauthorized"), 1);
    const histogram = await prometheus.query('llm_codegen_latency_seconds_bucket{le="+Inf"}');
    assert.equal(histogram[0].value, Object.values(produced).reduce((a, b) => a + b, 0) + 1);
  } finally {
    await prometheus.stop();
  }
});

test("a failing collector is logged once, never delays the response, and recovery is noticed", async () => {
  await otlp.failWith(503);
  const before = (await otlp.requests()).requests.length;
  for (let i = 0; i < 3; i++) {
    llm.script({ json: python(SOMA) });
    const started = Date.now();
    const { status } = await generate(`obs-collector-${i}`);
    assert.equal(status, 200);
    assert.ok(Date.now() - started < 5000);
    produced.ok++;
  }
  await eventually(async () => (await otlp.requests()).requests.length >= before + 3, 10000, "three export attempts");
  const failures = () => jsonLines(worker.output()).filter((l) => l.event === "otlp_export_failed");
  // The line is written after the collector's answer arrives; give the output a moment.
  await eventually(() => failures().length >= 1, 5000, "the export failure line");
  await new Promise((done) => setTimeout(done, 500));
  assert.equal(failures().length, 1, JSON.stringify(failures()));
  assert.match(failures()[0].problem, /503/);
  await otlp.failWith(200);
  llm.script({ json: python(SOMA) });
  const { json } = await generate("obs-collector-back");
  produced.ok++;
  await spansOf(json.trace_id, 5);
  await eventually(() => jsonLines(worker.output()).some((l) => l.event === "otlp_export_recovered"), 5000, "recovery line");
  assert.equal(failures().length, 1);
});

test("every log line is JSON and no planted secret appears anywhere", async () => {
  const output = worker.output();
  const lines = jsonLines(output);
  const requests = lines.filter((l) => l.event === "request");
  assert.ok(requests.length >= 10, `${requests.length} request lines`);
  for (const line of requests) {
    for (const field of ["timestamp", "level", "trace_id", "route", "status", "code", "latency_ms"]) {
      assert.ok(field in line, `${field} in ${JSON.stringify(line)}`);
    }
    assert.match(line.trace_id, /^[0-9a-f]{32}$/);
  }
  const spans = JSON.stringify(await otlp.spans());
  const signatures = tokens.map((t) => t.split(".")[2]);
  for (const [where, text] of [["logs", output], ["spans", spans]]) {
    for (const secret of [JWT_SECRET, LLM_KEY, METRICS_TOKEN, OTLP_SECRET, PROMPT_SECRET, ...signatures]) {
      assert.ok(!text.includes(secret), `${secret.slice(0, 12)}… in ${where}`);
    }
  }
});

test("LOG_PROMPTS logs the prompt with secrets redacted", async () => {
  const logging = await startWorker({
    LLM_API_URL: llm.url,
    LLM_API_KEY: LLM_KEY,
    LLM_MODEL: "primary-model",
    JWT_SECRET,
    LOG_PROMPTS: "true",
  });
  try {
    const send = async (prompt) => (await postGenerate(logging.url, token("obs-logging"), { prompt })).json.trace_id;
    llm.script({ json: python(SOMA) });
    const plain = await send("Write a function that adds two numbers");
    const withSecret = await send(`Use my key ${PROMPT_SECRET} to call the API and list models`);
    const line = (id) => eventually(() => jsonLines(logging.output()).find((l) => l.trace_id === id), 5000, "log line");
    assert.equal((await line(plain)).prompt, "Write a function that adds two numbers");
    assert.equal((await line(withSecret)).prompt, "Use my key [REDACTED openai_api_key] to call the API and list models");
    assert.ok(!logging.output().includes(PROMPT_SECRET));
  } finally {
    await logging.stop();
  }
});
