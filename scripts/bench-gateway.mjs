// `make bench`: the gateway's overhead, stage by stage. Every sample round sends, one after
// the other on loopback, GET /healthz (the runtime's floor), a direct call to the instant
// LLM stand-in (the LLM's share), a 401 (routing, configuration, log line), a 400 with a
// too-short prompt (plus the token check and the body read) and a 200 (plus the limiter's
// Durable Object, the LLM call and validation), so every figure comes from the same run.
// Added = generate − /healthz − direct LLM call (p50 of each). The runtime's CPU per
// request is read from workerd's own /proc counters (Linux). Bounded in count and time.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { startLlm, python } from "../tests/support/llm.mjs";
import { startWorker, hs256, now } from "../tests/support/worker.mjs";

const SECRET = "bench-secret-0123456789abcdefghijklmn";
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = 30;
const llm = await startLlm();
llm.setFallback({ json: python('def soma(a, b):\n    """Soma."""\n    return a + b\n') });
const worker = await startWorker({
  LLM_API_URL: llm.url, LLM_API_KEY: "k", LLM_MODEL: "m", JWT_SECRET: SECRET,
  RATE_LIMIT_PER_MINUTE: "10000", QUOTA_PER_DAY: "10000000",
});
const body = JSON.stringify({ prompt: "Crie uma função Python que soma dois números" });
const tokens = Array.from({ length: 50 }, (_, i) => hs256(SECRET, { sub: `bench-${i}`, exp: now() + 3600 }));

async function call(url, init, expected) {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  if (response.status !== expected) throw new Error(`${url} answered ${response.status}, expected ${expected}`);
}

const post = (token, payload) => ({
  method: "POST",
  headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  body: payload,
});

const STAGES = {
  healthz: () => call(`${worker.url}/healthz`, {}, 200),
  direct_llm: () => call(llm.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [] }) }, 200),
  unauthorized_401: () => call(`${worker.url}/llm-codegen/generate`, post("not-a-token", body), 401),
  invalid_prompt_400: (i) => call(`${worker.url}/llm-codegen/generate`, post(tokens[i % tokens.length], '{"prompt": "short"}'), 400),
  generate_200: (i) => call(`${worker.url}/llm-codegen/generate`, post(tokens[i % tokens.length], body), 200),
};

/** The workerd processes started by this run's wrangler (the runtime that runs the worker). */
function workerdPids(root) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const found = [];
  const walk = (pid) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/comm`, "utf8").trim() === "workerd") found.push(child);
      } catch {}
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** CPU milliseconds (user + system) used so far by `pids`, from /proc (Linux only). */
function cpuMs(pids) {
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return (ticks * 1000) / ticksPerSecond;
}

const existsProc = () => { try { readdirSync("/proc"); return true; } catch { return false; } };
const percentile = (sorted, p) => sorted[Math.round((p / 100) * (sorted.length - 1))];

try {
  const times = Object.fromEntries(Object.keys(STAGES).map((name) => [name, []]));
  for (let i = 0; i < WARMUP; i += 1) for (const run of Object.values(STAGES)) await run(i);
  for (let i = 0; i < SAMPLES; i += 1) {
    for (const [name, run] of Object.entries(STAGES)) {
      const t = performance.now();
      await run(i);
      times[name].push(performance.now() - t);
    }
  }
  const p = {};
  for (const [name, list] of Object.entries(times)) {
    list.sort((a, b) => a - b);
    p[name] = { p50: percentile(list, 50), p99: percentile(list, 99) };
  }
  console.log(`\n== gateway overhead (wrangler dev, workerd, loopback; ${SAMPLES} interleaved rounds) ==`);
  for (const [name, { p50, p99 }] of Object.entries(p)) {
    console.log(`${name.padEnd(20)} p50 ${p50.toFixed(2).padStart(6)} ms   p99 ${p99.toFixed(2).padStart(6)} ms`);
  }
  const added = p.generate_200.p50 - p.healthz.p50 - p.direct_llm.p50;
  console.log("-- stages (differences of p50) --");
  console.log(`route + configuration + log line (401 − healthz)        ${(p.unauthorized_401.p50 - p.healthz.p50).toFixed(2)} ms`);
  console.log(`token check + body read + prompt checks (400 − 401)     ${(p.invalid_prompt_400.p50 - p.unauthorized_401.p50).toFixed(2)} ms`);
  console.log(`limiter DO + LLM round trip + validation (200 − 400)    ${(p.generate_200.p50 - p.invalid_prompt_400.p50).toFixed(2)} ms (of which the LLM stand-in ${p.direct_llm.p50.toFixed(2)} ms)`);
  console.log(`added by the gateway p50 (generate − healthz − direct LLM) ${added.toFixed(2)} ms   (target: <= 3 ms)`);

  const pids = existsProc() ? workerdPids(worker.pid) : [];
  if (pids.length) {
    const cpuPer = async (run, n = 200) => {
      const before = cpuMs(pids);
      for (let i = 0; i < n; i += 1) await run(i);
      return (cpuMs(pids) - before) / n;
    };
    const healthCpu = await cpuPer(STAGES.healthz);
    const generateCpu = await cpuPer(STAGES.generate_200);
    console.log(`workerd CPU per request (from /proc, 200 each): /healthz ${healthCpu.toFixed(2)} ms, generate ${generateCpu.toFixed(2)} ms, difference ${(generateCpu - healthCpu).toFixed(2)} ms`);
  } else {
    console.log("workerd CPU per request: not measured (no workerd process found; /proc is Linux-only)");
  }

  const deadline = performance.now() + 5000;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: 20 }, async (_, lane) => {
      while (performance.now() < deadline) {
        try {
          await STAGES.generate_200(done + lane);
          done += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  console.log(`throughput, 20 concurrent clients, 50 users, 5 s: ${(done / 5).toFixed(0)} req/s, ${failed} errors`);
  const wasm = readFileSync(new URL("../worker/build/index_bg.wasm", import.meta.url));
  console.log(`worker wasm: ${(wasm.length / 1024).toFixed(0)} KB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KB gzip (target: <= 1 MB gzip)`);
} finally {
  await worker.stop();
  await llm.close();
}
