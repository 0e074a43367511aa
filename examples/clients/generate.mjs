// POST /llm-codegen/generate with fetch (Node 18+, Deno, browsers).
//
//   LLM_CODEGEN_TOKEN=<jwt> node examples/clients/generate.mjs "Crie uma função Python que soma dois números"
//
// Prints the validated code on standard output and the trace id, latency and quota left
// on standard error. On an error answer prints what the service said (findings for
// unsafe_code/invalid_code, the wait for rate_limited) and exits 1; exits 2 on bad usage
// or when the service cannot be reached. LLM_CODEGEN_URL is the service
// (default http://127.0.0.1:8787).

import { pathToFileURL } from "node:url";

export async function generate(url, token, prompt) {
  const response = await fetch(`${url}/llm-codegen/generate`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ prompt }),
    signal: AbortSignal.timeout(90_000),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
}

async function main() {
  const token = process.env.LLM_CODEGEN_TOKEN ?? "";
  const url = (process.env.LLM_CODEGEN_URL ?? "http://127.0.0.1:8787").replace(/\/+$/, "");
  const prompt = process.argv[2];
  if (process.argv.length !== 3 || !token) {
    console.error('usage: LLM_CODEGEN_TOKEN=<jwt> generate.mjs "<prompt>"');
    return 2;
  }
  let answer;
  try {
    answer = await generate(url, token, prompt);
  } catch (error) {
    console.error(`no answer from ${url}: ${error.message}`);
    return 2;
  }
  const { status, retryAfter, body } = answer;
  if (status === 200) {
    process.stdout.write(body.code.endsWith("\n") ? body.code : `${body.code}\n`);
    console.error(`trace_id ${body.trace_id}, ${body.metrics.latency_seconds} s, quota left ${body.metrics.quota_remaining}, model ${body.model}`);
    return 0;
  }
  console.error(`HTTP ${status} ${body.error?.code}: ${body.error?.message}`);
  for (const issue of body.validation_results?.issues ?? []) console.error(`  ${issue.code} line ${issue.line}: ${issue.message}`);
  if (retryAfter) console.error(`retry after ${retryAfter} s`);
  console.error(`trace_id ${body.trace_id}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
