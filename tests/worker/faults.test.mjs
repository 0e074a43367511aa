// Faults, each once: the LLM stand-in misbehaving in every way we know (slow, 500, 429,
// truncated JSON, connection reset, huge body) for a whole request and for its first
// attempt only; a client sending a huge chunked body; wrangler restarted with requests in
// flight; the JWKS endpoint down.
// The service must answer with the contract's errors, refund the quota unit of a failed
// request, and recover as soon as the fault ends.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, hs256, now, postGenerate } from "../support/worker.mjs";
import { jwk, rs256, rsaKeys, startJwks } from "../support/jwks.mjs";
import { readLimiterState } from "../support/load.mjs";
import { eventually, jsonLines } from "../support/observability.mjs";

const SECRET = "faults-secret-0123456789abcdefghijklm";
const GOOD = python('def f(x):\n    """Double."""\n    return 2 * x\n');
const TIMEOUT_MS = 800;

// Each fault as the stand-in's reply to one call, and whether the contract retries it
// (429/5xx/timeout/unreachable are worth a retry; an answer that is not a chat
// completion, or too large, will not improve).
const FAULTS = {
  slow: [{ delayMs: TIMEOUT_MS + 700, json: GOOD }, true, /did not answer within/],
  status_500: [{ status: 500, json: { error: "internal" } }, true],
  status_429: [{ status: 429, json: { error: "rate limited" } }, true],
  connection_reset: [{ destroy: true }, true],
  truncated_json: [{ raw: '{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"```python\\ndef f' }, false],
  huge_body: [{ raw: JSON.stringify(python("x = 1\n" + "# padding\n".repeat(40000))) }, false, /larger than/],
  // 64 MB without Content-Length: refused once 256 KiB have arrived, not read whole.
  huge_chunked_body: [{ raw: "x".repeat(64 * 1024), chunks: 1024 }, false, /larger than/],
};

let llm;
let worker;
const state = mkdtempSync(join(tmpdir(), "llm-codegen-faults-"));
const vars = () => ({
  LLM_API_URL: llm.url,
  LLM_API_KEY: "k",
  LLM_MODEL: "m",
  JWT_SECRET: SECRET,
  LLM_TIMEOUT_MS: String(TIMEOUT_MS),
  RATE_LIMIT_PER_MINUTE: "20",
});

before(async () => {
  llm = await startLlm();
  worker = await startWorker(vars(), { persistTo: state });
});

after(async () => {
  await worker?.stop();
  await llm?.close();
  rmSync(state, { recursive: true, force: true });
});

const PROMPT = { prompt: "Write a function that doubles x" };

function generate(user) {
  return postGenerate(worker.url, hs256(SECRET, { sub: user, exp: now() + 600 }), PROMPT);
}

for (const [name, [fault, retried, message]] of Object.entries(FAULTS)) {
  test(`LLM fault ${name}: llm_error, quota refunded, recovery at once${retried ? "; retried" : "; not retried"}`, async () => {
    const user = `fault-${name}`;
    llm.script({ json: GOOD });
    const first = await generate(user);
    assert.equal(first.status, 200, JSON.stringify(first.json));
    const quota = first.json.metrics.quota_remaining;

    llm.script(fault, fault);
    const started = Date.now();
    const failed = await generate(user);
    assert.equal(failed.status, 500, JSON.stringify(failed.json));
    assert.equal(failed.json.error.code, "llm_error");
    if (message) assert.match(failed.json.error.message, message);
    assert.match(failed.json.trace_id, /^[0-9a-f]{32}$/);
    assert.equal(llm.requests.length, retried ? 2 : 1, retried ? "one call and one retry" : "no retry");
    assert.ok(Date.now() - started < 2 * TIMEOUT_MS + 3000, "bounded by the timeout");

    llm.script({ json: GOOD });
    const recovered = await generate(user);
    assert.equal(recovered.status, 200);
    assert.equal(recovered.json.metrics.quota_remaining, quota - 1, "the failed request's unit was refunded");

    if (retried) {
      llm.script(fault, { json: GOOD });
      const second = await generate(user);
      assert.equal(second.status, 200, JSON.stringify(second.json));
      assert.equal(second.json.attempts, 2, "a fault on the first attempt is absorbed by the retry");
      assert.equal(second.json.metrics.quota_remaining, quota - 2);
    }
  });
}

/**
 * POSTs `totalBytes` of JSON whitespace in `chunkBytes` chunks with chunked transfer
 * encoding (no Content-Length), honouring back-pressure, and stops sending as soon as an
 * answer arrives. Resolves with the answer and how many bytes had been sent by then, or
 * with `reset` when the server closed the connection first (a server that stops reading
 * a body and closes makes the kernel reset the connection, which can discard an answer
 * already on its way — the race every HTTP server has with an unread upload).
 */
function postChunked(url, token, totalBytes, chunkBytes) {
  return new Promise((resolve) => {
    const target = new URL(`${url}/llm-codegen/generate`);
    let sent = 0;
    let done = false;
    let wake = () => {};
    const finish = (result) => {
      if (done) return;
      done = true;
      wake();
      resolve(result);
      req.destroy();
    };
    const req = httpRequest({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    req.on("response", (response) => {
      const sentAtAnswer = sent;
      let text = "";
      response.on("data", (d) => (text += d));
      response.on("end", () => finish({ status: response.statusCode, text, sentAtAnswer }));
      response.on("error", () => finish({ reset: true, sentAtAnswer }));
    });
    req.on("error", () => finish({ reset: true, sentAtAnswer: sent }));
    const chunk = Buffer.alloc(chunkBytes, 0x20);
    (async () => {
      while (sent < totalBytes && !done) {
        const flushed = req.write(chunk);
        sent += chunk.length;
        if (!flushed) await new Promise((resume) => { wake = resume; req.once("drain", resume); });
      }
      if (!done) req.end();
    })();
  });
}

test("a chunked 90 MB request body without Content-Length: 413 before it is read whole, and the service stays healthy", async () => {
  const total = 90 * 1024 * 1024;
  const token = hs256(SECRET, { sub: "fault-huge-request", exp: now() + 600 });
  llm.script();
  const attempts = [];
  // wrangler dev puts miniflare's entry worker in front of ours; when our worker answers
  // before the upload ends, that proxy's fetch sometimes fails instead of passing the
  // answer on ("Network connection lost", a plain-text 500 that is not the service's JSON).
  // Like a reset, it ends the upload early; the 413 itself must still be seen.
  // When the proxy drops the answer, the service's own request log still shows what it
  // answered: every attempt must have been a 413 from the service, seen by the client or
  // logged by the worker.
  const ours = (a) => a.status && !(a.status === 500 && !a.text.startsWith("{"));
  const logged413 = () =>
    jsonLines(worker.output()).filter((l) => l.event === "request" && l.status === 413 && l.code === "payload_too_large").length;
  const loggedBefore = logged413();
  while (attempts.length < 5 && !attempts.some(ours)) {
    const started = Date.now();
    attempts.push({ ...(await postChunked(worker.url, token, total, 64 * 1024)), ms: Date.now() - started });
  }
  for (const attempt of attempts) {
    assert.ok(attempt.sentAtAnswer < total / 2, `ended after ${attempt.sentAtAnswer} bytes of ${total}`);
    assert.ok(attempt.ms < 30000);
  }
  const answered = attempts.find(ours);
  if (answered) {
    assert.equal(answered.status, 413, answered.text);
    assert.equal(JSON.parse(answered.text).error.code, "payload_too_large");
  } else {
    const logged = await eventually(() => logged413() - loggedBefore >= attempts.length || null, 5000, "the service's 413 log lines");
    assert.ok(logged, `no 413 from the service: ${JSON.stringify(attempts.map(({ text, ...a }) => a))}`);
  }
  const at = (answered ?? attempts[0]).sentAtAnswer;
  console.log(`413 after ${(at / 1048576).toFixed(1)} MB of ${total / 1048576} MB sent (${attempts.length} attempt(s), ${answered ? "answer seen" : "answer dropped by the dev proxy, 413 logged"})`);
  assert.equal(llm.requests.length, 0, "nothing reached the LLM");

  assert.equal((await fetch(`${worker.url}/healthz`)).status, 200);
  llm.script({ json: GOOD });
  const after = await generate("fault-huge-request");
  assert.equal(after.status, 200, JSON.stringify(after.json));
});

test("wrangler restarted with requests in flight: the service comes back with consistent state", async () => {
  const user = "fault-restart";
  llm.script();
  llm.setFallback({ delayMs: 1500, json: GOOD });
  const inFlight = Array.from({ length: 6 }, () => generate(user).then((r) => r.status, () => "cut"));
  await new Promise((done) => setTimeout(done, 700));
  const reachedLlm = llm.requests.length;
  await worker.stop();
  const outcomes = await Promise.all(inFlight);
  assert.ok(outcomes.every((o) => o === "cut" || o === 200), JSON.stringify(outcomes));
  assert.equal(reachedLlm, 6, "all six were admitted and were waiting on the LLM");

  const before = readLimiterState(state)[user];
  assert.equal(before.used_today, outcomes.filter((o) => o === 200).length + outcomes.filter((o) => o === "cut").length, "each admitted request kept its unit");

  llm.setFallback({ json: GOOD });
  worker = await startWorker(vars(), { persistTo: state });
  const after = await generate(user);
  assert.equal(after.status, 200, JSON.stringify(after.json));
  assert.equal(after.json.metrics.quota_remaining, 100 - before.used_today - 1, "the count went on from the stored state");
  llm.setFallback({ status: 500, json: { error: "no scripted reply" } });
});

test("JWKS endpoint down: cached keys keep working, unknown keys get 401 (never 5xx), recovery without restart", async () => {
  const key = rsaKeys();
  const jwks = await startJwks(() => [jwk(key, "k1")]);
  jwks.state.down = true;
  llm.setFallback({ json: GOOD });
  const jwksWorker = await startWorker({ ...vars(), JWT_SECRET: "", JWT_JWKS_URL: jwks.url });
  const call = (token) => postGenerate(jwksWorker.url, token, PROMPT);
  const token = rs256(key, "k1", { sub: "jwks-user", exp: now() + 600 });
  try {
    const down = await call(token);
    assert.equal(down.status, 401, "no keys at all: unauthorized, not a 5xx");
    assert.equal(down.json.error.code, "unauthorized");

    jwks.state.down = false;
    assert.equal((await call(token)).status, 200, "recovered as soon as the JWKS answers");

    jwks.state.down = true;
    const fetches = jwks.state.fetches;
    for (let i = 0; i < 3; i++) assert.equal((await call(token)).status, 200, "cached keys serve while the JWKS is down");
    const stranger = rs256(rsaKeys(), "k2", { sub: "jwks-user", exp: now() + 600 });
    assert.equal((await call(stranger)).status, 401);
    assert.equal((await call(stranger)).status, 401);
    assert.ok(jwks.state.fetches - fetches <= 1, "an unknown kid refetches at most once per cool-down");
  } finally {
    await jwksWorker.stop();
    await jwks.close();
    llm.setFallback({ status: 500, json: { error: "no scripted reply" } });
  }
});
