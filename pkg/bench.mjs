// `make bench` (after the native bench): the wasm package's size and its validate
// latency in Node for the same ~3 KB answer, beside the native figures of this run.
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { validate } from "./dist/node.js";

const repo = join(import.meta.dirname, "..");
const wasm = readFileSync(join(repo, "pkg/dist/sanitize_wasm_bg.wasm"));
const gzip = gzipSync(wasm, { level: 9 }).length;
console.log("\n== npm package (wasm) ==");
console.log(`sanitize_wasm_bg.wasm: ${(wasm.length / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip (target: <= 400 KB gzip)`);

const answerPath = join(repo, "target/bench/answer.py");
const nativePath = join(repo, "target/bench/native.json");
if (!existsSync(answerPath)) {
  console.log("run the native bench first (target/release/sanitize-bench) for the latency comparison");
  process.exit(0);
}
const answer = readFileSync(answerPath, "utf8");
if (!validate(answer).passed) throw new Error("the typical answer should pass");
for (let i = 0; i < 200; i += 1) validate(answer);
const times = [];
const start = performance.now();
while (performance.now() - start < 2000 || times.length < 1000) {
  const t = performance.now();
  validate(answer);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.round((p / 100) * (times.length - 1))];
const native = JSON.parse(readFileSync(nativePath, "utf8"));
console.log(`input: ${Buffer.byteLength(answer)} bytes (the same as the native bench)`);
console.log(`node/wasm validate p50 ${at(50).toFixed(3)} ms   p99 ${at(99).toFixed(3)} ms   (target: p50 <= 0.5 ms for 3 KB)`);
console.log(`native    validate p50 ${native.p50_ms.toFixed(3)} ms   p99 ${native.p99_ms.toFixed(3)} ms   (same run)`);
console.log(`ratio wasm/native p50: ${(at(50) / native.p50_ms).toFixed(2)}x`);
console.log(`node/wasm validate p50 scaled to 3 KB: ${((at(50) * 3072) / Buffer.byteLength(answer)).toFixed(3)} ms`);
