// A bounded load run against the local worker (loopback only) and the check of its
// outcome against the user limiters' own state, read from their SQLite files after
// wrangler stops. Used by tests/worker/load.test.mjs (short) and scripts/reliability.mjs.
import { spawnSync } from "node:child_process";
import { hs256, now } from "./worker.mjs";

const GOOD = { json: { id: "x", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "```python\ndef f(x):\n    \"\"\"Double.\"\"\"\n    return 2 * x\n```" }, finish_reason: "stop" }] } };

/** The LLM stand-in's answer under load: prompts saying FAIL get 500s (an llm_error after the retry, refunded). */
export function loadResponder(body) {
  const prompt = body?.messages?.at(-1)?.content ?? "";
  return prompt.includes("FAIL") ? { status: 500, json: { error: "scripted failure" } } : GOOD;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Runs `concurrency` clients for `durationMs`, spread over `users` users; every
 * `burstEveryMs` one user also fires a burst of `burst` simultaneous requests. One
 * request in `failEvery` asks the stand-in to fail. Returns per-user outcomes and figures.
 */
export async function runLoad({ url, secret, users = 50, durationMs = 10000, concurrency = 16, burst = 8, burstEveryMs = 1000, failEvery = 10, prefix = "load" }) {
  const names = Array.from({ length: users }, (_, i) => `${prefix}-user-${i}`);
  const tokens = new Map(names.map((n) => [n, hs256(secret, { sub: n, exp: now() + 3600 })]));
  const perUser = new Map(names.map((n) => [n, { sent: 0, admitted: 0, refunded: 0, limited: 0, quota: 0, other: {} }]));
  const latencies = [];
  const codes = {};
  let sent = 0;
  let transportErrors = 0;
  const started = Date.now();
  const deadline = started + durationMs;

  async function one(user) {
    const n = ++sent;
    const record = perUser.get(user);
    record.sent++;
    const prompt = n % failEvery === 0 ? "Write a function that doubles x FAIL" : "Write a function that doubles x";
    const t0 = performance.now();
    try {
      const response = await fetch(`${url}/llm-codegen/generate`, {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.get(user)}`, "content-type": "application/json" },
        body: JSON.stringify({ prompt }),
      });
      const body = await response.json();
      latencies.push(performance.now() - t0);
      const code = response.status === 200 ? "ok" : body.error?.code ?? `status_${response.status}`;
      codes[code] = (codes[code] ?? 0) + 1;
      if (code === "ok" || code === "unsafe_code" || code === "invalid_code") record.admitted++;
      else if (code === "llm_error") {
        record.admitted++;
        record.refunded++;
      } else if (code === "rate_limited") record.limited++;
      else if (code === "quota_exceeded") record.quota++;
      else record.other[code] = (record.other[code] ?? 0) + 1;
    } catch {
      transportErrors++;
    }
  }

  let next = 0;
  const clients = Array.from({ length: concurrency }, async () => {
    while (Date.now() < deadline) await one(names[next++ % names.length]);
  });
  const bursts = (async () => {
    let i = 0;
    while (Date.now() + burstEveryMs < deadline) {
      await new Promise((done) => setTimeout(done, burstEveryMs));
      const user = names[(i++ * 7) % names.length];
      await Promise.all(Array.from({ length: burst }, () => one(user)));
    }
  })();
  await Promise.all([...clients, bursts]);
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    requests: latencies.length + transportErrors,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    codes,
    transportErrors,
    perUser,
  };
}

/** {user: {used_today, recent}} from every UserLimiter object's SQLite file under `persistDir`. */
export function readLimiterState(persistDir) {
  const script = `
import glob, json, sqlite3, sys
out = {}
for path in glob.glob(sys.argv[1] + "/v3/do/*-UserLimiter/*.sqlite"):
    if path.endswith("metadata.sqlite"):
        continue
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    for (state,) in db.execute("SELECT state FROM limits"):
        state = json.loads(state)
        out[state.get("user", path)] = {"used_today": state["used_today"], "recent": len(state["recent"])}
print(json.dumps(out))
`;
  const run = spawnSync("python3", ["-c", script, persistDir], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`reading the limiter state: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Each MetricsStore shard's stored request counts (its state plus its pending rows) ({"200 ok": n, ...}) under `persistDir`. */
export function readMetricsShards(persistDir) {
  const script = `
import glob, json, sqlite3, sys
out = {}
for path in glob.glob(sys.argv[1] + "/v3/do/*-MetricsStore/*.sqlite"):
    if path.endswith("metadata.sqlite"):
        continue
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        rows = list(db.execute("SELECT state FROM metrics"))
    except sqlite3.OperationalError:
        continue
    counts = {}
    for (state,) in rows:
        for key, n in json.loads(state).get("requests", {}).items():
            counts[key.replace("\\u001f", " ")] = n
    # Observations recorded since the shard last folded them into its state.
    for (observation,) in db.execute("SELECT observation FROM pending"):
        observation = json.loads(observation)
        key = f"{observation['status']} {observation['code']}"
        counts[key] = counts.get(key, 0) + 1
    if counts:
        out[path] = counts
print(json.dumps(out))
`;
  const run = spawnSync("python3", ["-c", script, persistDir], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`reading the metrics shards: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** `llm_codegen_requests_total` by "status code" from the Prometheus text. */
export function requestCounts(text) {
  const counts = {};
  for (const line of text.split("\n")) {
    const match = line.match(/^llm_codegen_requests_total\{status="(\d+)",code="([^"]+)"\} (\d+)$/);
    if (match) counts[`${match[1]} ${match[2]}`] = Number(match[3]);
  }
  return counts;
}

/**
 * What must hold after a run shorter than a minute: each user admitted exactly
 * min(perMinute, sent) (none past the limit, no capacity lost), and the object's
 * used_today equal to admitted minus refunded (no unit lost or spent twice).
 */
export function limitViolations(result, state, { perMinute, perDay }) {
  const problems = [];
  for (const [user, r] of result.perUser) {
    if (r.sent === 0) continue;
    const expected = Math.min(perMinute, perDay, r.sent);
    if (r.admitted > expected) problems.push(`${user}: admitted ${r.admitted} > limit ${expected}`);
    if (r.admitted < expected) problems.push(`${user}: admitted ${r.admitted} < ${expected} (capacity lost)`);
    const stored = state[user];
    if (!stored) {
      problems.push(`${user}: no limiter state`);
      continue;
    }
    if (stored.used_today !== r.admitted - r.refunded) {
      problems.push(`${user}: used_today ${stored.used_today} != admitted ${r.admitted} - refunded ${r.refunded}`);
    }
    if (stored.recent !== r.admitted) problems.push(`${user}: ${stored.recent} admissions in the window, ${r.admitted} seen`);
    if (Object.keys(r.other).length) problems.push(`${user}: unexpected ${JSON.stringify(r.other)}`);
  }
  return problems;
}
