// `make bench`: the gateway's overhead. /llm-codegen/generate against an instant local
// LLM stand-in, minus direct calls to the same stand-in, measured in the same run; then
// requests per second with many users. Loopback only, bounded in count and time.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { startLlm, python } from "../tests/support/llm.mjs";
import { startWorker, hs256, now } from "../tests/support/worker.mjs";

const SECRET = "bench-secret-0123456789abcdefghijklmn";
const SAMPLES = 300;
const llm = await startLlm();
llm.setFallback({ json: python('def soma(a, b):\n    """Soma."""\n    return a + b\n') });
const worker = await startWorker({
  LLM_API_URL: llm.url, LLM_API_KEY: "k", LLM_MODEL: "m", JWT_SECRET: SECRET,
  RATE_LIMIT_PER_MINUTE: "10000", QUOTA_PER_DAY: "10000000",
});
const body = JSON.stringify({ prompt: "Crie uma função Python que soma dois números" });
const tokens = Array.from({ length: 50 }, (_, i) => hs256(SECRET, { sub: `bench-${i}`, exp: now() + 3600 }));

async function viaGateway(i) {
  const response = await fetch(`${worker.url}/llm-codegen/generate`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, "content-type": "application/json" },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`gateway answered ${response.status}`);
}

async function direct() {
  const response = await fetch(llm.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [] }) });
  await response.arrayBuffer();
}

async function sample(call) {
  for (let i = 0; i < 30; i += 1) await call(i);
  const times = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return (p) => times[Math.round((p / 100) * (times.length - 1))];
}

try {
  const gateway = await sample(viaGateway);
  const baseline = await sample(direct);
  console.log("\n== gateway overhead (wrangler dev, workerd, loopback) ==");
  console.log(`generate via gateway p50 ${gateway(50).toFixed(2)} ms   p99 ${gateway(99).toFixed(2)} ms`);
  console.log(`LLM stand-in direct  p50 ${baseline(50).toFixed(2)} ms   p99 ${baseline(99).toFixed(2)} ms   (baseline, same run)`);
  console.log(`added by the gateway p50 ${(gateway(50) - baseline(50)).toFixed(2)} ms   p99 ${(gateway(99) - baseline(99)).toFixed(2)} ms   (target: <= 5 ms p50)`);
  const deadline = performance.now() + 5000;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: 20 }, async (_, lane) => {
      while (performance.now() < deadline) {
        try {
          await viaGateway(done + lane);
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
