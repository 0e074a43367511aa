// Real observability peers for the worker tests: the OTLP receiver (Python, decoding
// with the official OpenTelemetry protobuf definitions), Prometheus's promtool, and a
// Prometheus server scraping the worker. Loopback only; each returns a stop().
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, stopChild } from "./worker.mjs";

const repo = resolve(import.meta.dirname, "../..");
export const PYTHON = join(repo, ".venv-test/bin/python");

export async function startOtlpReceiver() {
  const child = spawn(PYTHON, [join(repo, "tests/support/otlp_receiver.py")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const port = await new Promise((ready, failed) => {
    child.stdout.on("data", (d) => {
      output += d;
      const match = output.match(/listening (\d+)/);
      if (match) ready(Number(match[1]));
    });
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => failed(new Error(`OTLP receiver exited ${code}: ${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    spans: async () => (await fetch(`${url}/spans`)).json(),
    requests: async () => (await fetch(`${url}/requests`)).json(),
    failWith: (status) => fetch(`${url}/control`, { method: "POST", body: JSON.stringify({ status }) }),
    stop: () => stopChild(child),
  };
}

/** `promtool check metrics` on the text: its exit status and what it printed. */
export function promtoolCheck(text) {
  const run = spawnSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, error: run.error };
}

/** A Prometheus server scraping `target` (host:port) every second with a bearer token. */
export async function startPrometheus(target, token) {
  const dir = mkdtempSync(join(tmpdir(), "llm-codegen-prometheus-"));
  const port = await freePort();
  writeFileSync(
    join(dir, "prometheus.yml"),
    [
      "global:",
      "  scrape_interval: 1s",
      "  evaluation_interval: 1s",
      "scrape_configs:",
      "  - job_name: llm-codegen",
      "    metrics_path: /metrics",
      "    authorization:",
      "      type: Bearer",
      `      credentials: ${token}`,
      "    static_configs:",
      `      - targets: ["${target}"]`,
      "",
    ].join("\n"),
  );
  const child = spawn(
    "prometheus",
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {}
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`prometheus did not start: ${output}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    output: () => output,
    /** The instant vector of `expr`, as [{metric, value}]. */
    query: async (expr) => {
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = await response.json();
      if (body.status !== "success") throw new Error(`query ${expr}: ${JSON.stringify(body)}`);
      return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    },
    stop: () => stopChild(child),
  };
}

/**
 * The worker's JSON log lines from wrangler's output. wrangler prints console.error
 * lines inside a coloured "✘ [ERROR]" frame, so colour codes and the frame go first;
 * a line that still does not parse fails the test.
 */
export function jsonLines(output) {
  const lines = [];
  for (const raw of output.split("\n")) {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, "");
    const at = line.indexOf("{\"timestamp\"");
    if (at < 0) continue;
    lines.push(JSON.parse(line.slice(at, line.lastIndexOf("}") + 1)));
  }
  return lines;
}

/** Polls `check` until it returns a truthy value or `ms` pass. */
export async function eventually(check, ms = 20000, what = "condition") {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${last?.message ?? JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}
