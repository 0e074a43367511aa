// `node scripts/profile-gateway.mjs [healthz,unauthorized,generate]`: where the worker's time
// goes under wrangler dev. Starts the built worker against the instant LLM stand-in, warms
// it up, then for each kind of request records a V8 CPU profile of the worker through
// wrangler's inspector while 300 requests are sent one after the other, and prints the
// frames with the most self time and the heaviest call stacks (per request). The profiles
// are written to target/profile/<kind>.cpuprofile (open them in Chrome's DevTools).
// This is how the log line and the body readers' lock releases were found (README,
// Performance). Sampling slows the worker down: compare shares, not absolute times.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { startLlm, python } from "../tests/support/llm.mjs";
import { startWorker, hs256, now } from "../tests/support/worker.mjs";

const REQUESTS = 300;
const SECRET = "profile-secret-0123456789abcdefghijklmn";
const out = join(import.meta.dirname, "../target/profile");
const chosen = (process.argv[2] ?? "healthz,unauthorized,generate").split(",");

const llm = await startLlm();
llm.setFallback({ json: python('def soma(a, b):\n    """Soma."""\n    return a + b\n') });
const worker = await startWorker({
  LLM_API_URL: llm.url, LLM_API_KEY: "k", LLM_MODEL: "m", JWT_SECRET: SECRET,
  RATE_LIMIT_PER_MINUTE: "100000", QUOTA_PER_DAY: "10000000",
});
const body = JSON.stringify({ prompt: "Crie uma função Python que soma dois números" });
const tokens = Array.from({ length: 50 }, (_, i) => hs256(SECRET, { sub: `profile-${i}`, exp: now() + 3600 }));
const post = (token) => ({
  method: "POST",
  headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  body,
});
const KINDS = {
  healthz: () => fetch(`${worker.url}/healthz`),
  unauthorized: () => fetch(`${worker.url}/llm-codegen/generate`, post("not-a-token")),
  generate: (i) => fetch(`${worker.url}/llm-codegen/generate`, post(tokens[i % tokens.length])),
};
for (const kind of chosen) if (!KINDS[kind]) throw new Error(`unknown kind ${kind}: one of ${Object.keys(KINDS)}`);

/** The DevTools protocol session of the worker (wrangler's inspector proxy). */
async function inspector(pid) {
  const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  const port = args[args.indexOf("--inspector-port") + 1];
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((open, failed) => { socket.on("open", open); socket.on("error", failed); });
  let id = 0;
  const waiting = new Map();
  socket.on("message", (data) => {
    const message = JSON.parse(data);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const send = (method, params = {}) => new Promise((answer) => {
    id += 1;
    waiting.set(id, answer);
    socket.send(JSON.stringify({ id, method, params }));
  });
  return { send, close: () => socket.close() };
}

function report(kind, profile, wallMs) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const perSample = (profile.endTime - profile.startTime) / profile.samples.length / 1000 / REQUESTS;
  const name = (n) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}`.trim();
  const self = new Map();
  const stacks = new Map();
  for (const sample of profile.samples) {
    const frames = [];
    for (let at = sample; at !== undefined && frames.length < 6; at = parent.get(at)) frames.push(name(nodes.get(at)));
    self.set(frames[0], (self.get(frames[0]) ?? 0) + perSample);
    const stack = frames.join(" < ");
    stacks.set(stack, (stacks.get(stack) ?? 0) + perSample);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\n== ${kind}: ${wallMs.toFixed(2)} ms per request while profiled ==`);
  console.log("-- self time per request --");
  for (const [frame, ms] of top(self, 15)) console.log(`${ms.toFixed(3).padStart(7)} ms  ${frame.slice(0, 140)}`);
  console.log("-- heaviest stacks (leaf first) --");
  for (const [stack, ms] of top(stacks, 8)) console.log(`${ms.toFixed(3).padStart(7)} ms  ${stack.slice(0, 300)}`);
}

try {
  for (let i = 0; i < 50; i += 1) for (const kind of chosen) await (await KINDS[kind](i)).arrayBuffer();
  const session = await inspector(worker.pid);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 50 });
  mkdirSync(out, { recursive: true });
  for (const kind of chosen) {
    await session.send("Profiler.start");
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i += 1) await (await KINDS[kind](i)).arrayBuffer();
    const wallMs = (performance.now() - started) / REQUESTS;
    const { result } = await session.send("Profiler.stop");
    writeFileSync(join(out, `${kind}.cpuprofile`), JSON.stringify(result.profile));
    report(kind, result.profile, wallMs);
  }
  session.close();
  console.log(`\nprofiles: ${out}/*.cpuprofile`);
} finally {
  await worker.stop();
  await llm.close();
}
