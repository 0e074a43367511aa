// `make dev`: the service on 127.0.0.1:8787 under wrangler dev, with a development JWT
// secret in .dev.vars (created when absent), the development LLM stand-in unless
// LLM_API_URL is set, the playground URL, a development token to paste into its Generate
// mode, and a ready-to-paste curl. Development values come only from here (.dev.vars and
// --var): wrangler.toml holds the production defaults.
// DEV_PORT, DEV_LLM_PORT, DEV_VARS_FILE, DEV_STATE and DEV_INSPECTOR_PORT move it aside (tests).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { hs256, now, QUIET_ENV } from "../tests/support/worker.mjs";

const repo = resolve(import.meta.dirname, "..");
const port = process.env.DEV_PORT ?? "8787";
const llmPort = process.env.DEV_LLM_PORT ?? "8788";
const varsFile = resolve(repo, process.env.DEV_VARS_FILE ?? ".dev.vars");
if (!existsSync(varsFile)) {
  writeFileSync(
    varsFile,
    `# Development secrets for wrangler dev (git-ignored). Replace LLM_API_KEY to use a real LLM.\n` +
      `JWT_SECRET=${randomBytes(32).toString("hex")}\nLLM_API_KEY=dev-stand-in-key\nMETRICS_TOKEN=${randomBytes(16).toString("hex")}\n`,
    { mode: 0o600 },
  );
  console.log(`created ${varsFile} with a development JWT secret`);
}
const vars = Object.fromEntries(
  readFileSync(varsFile, "utf8")
    .split("\n")
    .filter((line) => line.includes("=") && !line.trimStart().startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")).trim(), line.slice(line.indexOf("=") + 1).trim()]),
);

const children = [];
// Stops the children and waits for them (wrangler stops workerd), so that the ports are
// free when this process is gone; SIGKILL after 5 s.
const stop = async (code = 0) => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once("exit", done);
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5000).unref();
        }),
    ),
  );
  process.exit(code);
};
process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());

const args = [
  join(repo, "node_modules/wrangler/bin/wrangler.js"), "dev", "--ip", "127.0.0.1", "--port", port,
  "--persist-to", process.env.DEV_STATE ?? ".wrangler/state", "--env-file", varsFile,
];
if (process.env.DEV_INSPECTOR_PORT) args.push("--inspector-port", process.env.DEV_INSPECTOR_PORT);
if (process.env.LLM_API_URL) {
  args.push("--var", `LLM_API_URL:${process.env.LLM_API_URL}`);
  if (process.env.LLM_MODEL) args.push("--var", `LLM_MODEL:${process.env.LLM_MODEL}`);
  console.log(`LLM: ${process.env.LLM_API_URL} (real; LLM_API_KEY from .dev.vars)`);
} else {
  children.push(spawn(process.execPath, [join(repo, "scripts/dev-llm.mjs"), llmPort], { stdio: "inherit" }));
  // The stand-in has one model; no fallback to a model it does not know.
  args.push("--var", `LLM_API_URL:http://127.0.0.1:${llmPort}/v1/chat/completions`, "--var", "LLM_FALLBACK_MODEL:");
  console.log(`LLM: the DEVELOPMENT STAND-IN on 127.0.0.1:${llmPort} (canned answers; set LLM_API_URL for a real LLM)`);
}
const wrangler = spawn(join(repo, "node_modules/.bin/node"), args, { cwd: repo, env: { ...process.env, ...QUIET_ENV }, stdio: ["ignore", "pipe", "inherit"] });
children.push(wrangler);
wrangler.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes("Ready on")) {
    const token = hs256(vars.JWT_SECRET, { sub: "dev-user", iat: now(), exp: now() + 24 * 3600 });
    const service = `http://127.0.0.1:${port}`;
    console.log(`\nservice:    ${service}`);
    console.log(`playground: ${service}/  (choose "Generate" and paste the token below)`);
    console.log(`development token (valid 24 h, user "dev-user"):\n${token}\n`);
    console.log(
      `curl -s -X POST ${service}/llm-codegen/generate \\\n  -H "Authorization: Bearer ${token}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"prompt": "Crie uma função Python que soma dois números"}'\n`,
    );
    if (vars.METRICS_TOKEN) {
      console.log(`metrics: curl -s http://127.0.0.1:${port}/metrics -H "Authorization: Bearer $(sed -n 's/^METRICS_TOKEN=//p' ${relative(process.cwd(), varsFile)})"\n`);
    }
  }
});
wrangler.on("exit", (code) => stop(code ?? 0));
