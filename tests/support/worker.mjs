// Runs the built worker under `wrangler dev` (workerd) on 127.0.0.1 with a fresh state
// directory, quiet and offline; collects its output for log assertions.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer } from "node:net";

const repo = resolve(import.meta.dirname, "../..");

export async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Stops a child process: SIGTERM, then SIGKILL after `graceMs`. */
export function stopChild(child, graceMs = 3000) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", done);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), graceMs);
  });
}

export const QUIET_ENV = {
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  DO_NOT_TRACK: "1",
};

/**
 * The values a test runs with unless it gives its own: every key of wrangler.toml's
 * production `[vars]` is overridden here, so no test depends on (or calls) a production
 * value. Empty means unset (no fallback model, no LLM URL unless the test gives one).
 */
export const TEST_VARS = {
  LLM_API_URL: "",
  LLM_MODEL: "test-model",
  LLM_FALLBACK_MODEL: "",
  RATE_LIMIT_PER_MINUTE: "3",
  QUOTA_PER_DAY: "100",
  PROMPT_MIN_CHARS: "10",
  PROMPT_MAX_CHARS: "8000",
  LLM_TIMEOUT_MS: "20000",
};

/** The keys of the top-level `[vars]` table of wrangler.toml (the production values). */
export function productionVarNames(config = readFileSync(join(repo, "wrangler.toml"), "utf8")) {
  const names = [];
  let inVars = false;
  for (const line of config.split("\n")) {
    const table = line.match(/^\s*\[+\s*([^\]]+?)\s*\]+/);
    if (table) inVars = table[1] === "vars";
    const key = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/);
    if (inVars && !table && key) names.push(key[1]);
  }
  return names;
}

/** Starts wrangler dev with `vars` (over TEST_VARS); resolves once it is ready. */
export async function startWorker(vars, { persistTo } = {}) {
  const uncovered = productionVarNames().filter((name) => !(name in TEST_VARS));
  if (uncovered.length) throw new Error(`wrangler.toml [vars] has ${uncovered.join(", ")}: give it a test value in TEST_VARS`);
  vars = { ...TEST_VARS, ...vars };
  const port = await freePort();
  const state = persistTo ?? mkdtempSync(join(tmpdir(), "llm-codegen-state-"));
  const args = [
    join(repo, "node_modules/wrangler/bin/wrangler.js"), "dev",
    "--ip", "127.0.0.1", "--port", String(port), "--persist-to", state,
    "--inspector-port", String(await freePort()),
  ];
  // Only the test's settings: an empty env file keeps a developer's .dev.vars out.
  const envFile = join(mkdtempSync(join(tmpdir(), "llm-codegen-env-")), "empty.env");
  writeFileSync(envFile, "");
  args.push("--env-file", envFile);
  for (const [key, value] of Object.entries(vars)) args.push("--var", `${key}:${value}`);
  const child = spawn(join(repo, "node_modules/.bin/node"), args, {
    cwd: repo,
    env: { ...process.env, ...QUIET_ENV },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  await new Promise((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`wrangler dev did not start:\n${output}`)), 60000);
    const check = setInterval(() => {
      if (output.includes("Ready on")) {
        clearTimeout(timer);
        clearInterval(check);
        ready();
      }
    }, 100);
    child.on("exit", (code) => failed(new Error(`wrangler dev exited ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    pid: child.pid,
    output: () => output,
    stop: () => stopChild(child, 5000),
  };
}

const b64 = (value) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** An HS256 JWT signed with node:crypto (not the service's JWT library). */
export function hs256(secret, claims, header = { alg: "HS256", typ: "JWT" }) {
  const input = `${b64(header)}.${b64(claims)}`;
  const signature = createHmac("sha256", secret).update(input).digest("base64url");
  return `${input}.${signature}`;
}

export function now() {
  return Math.floor(Date.now() / 1000);
}

/**
 * `POST /llm-codegen/generate` with a bearer token; `body` is an object (sent as JSON)
 * or raw text. The JSON is parsed when it parses (`json` is null otherwise).
 */
export async function postGenerate(url, token, body, headers = {}) {
  const response = await fetch(`${url}/llm-codegen/generate`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, json, text };
}
