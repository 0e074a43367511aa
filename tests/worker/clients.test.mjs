// The client examples (examples/clients: curl, Python httpx, JavaScript fetch) against
// the built worker under wrangler dev and a scripted LLM; and the OpenAPI document at
// /openapi.json checked by openapi-spec-validator, with real answers checked against it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, hs256, now, postGenerate } from "../support/worker.mjs";

const repo = resolve(import.meta.dirname, "../..");
const PY = join(repo, ".venv-test/bin/python");
const SECRET = "clients-secret-0123456789abcdefghijklmn";
const SOMA = 'def soma(a, b):\n    """Soma dois números."""\n    return a + b\n';
const UNSAFE = "import subprocess\nsubprocess.run(['id'])\n";
// Quotes, a backslash and a newline: the shell client must build valid JSON from them.
const PROMPT = 'Crie uma função "soma" que soma dois números\ncom docstring (use \\ com cuidado)';
let llm;
let worker;

const CLIENTS = {
  curl: ["sh", [join(repo, "examples/clients/generate.sh")]],
  python: [PY, [join(repo, "examples/clients/generate.py")]],
  fetch: [join(repo, "node_modules/.bin/node"), [join(repo, "examples/clients/generate.mjs")]],
};

function run(client, prompt, token) {
  const [command, args] = CLIENTS[client];
  const env = { ...process.env, LLM_CODEGEN_URL: worker.url };
  if (token !== undefined) env.LLM_CODEGEN_TOKEN = token;
  else delete env.LLM_CODEGEN_TOKEN;
  return new Promise((done, failed) => {
    const child = spawn(command, [...args, ...(prompt === undefined ? [] : [prompt])], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", failed);
    child.on("exit", (code) => done({ code, stdout, stderr }));
  });
}

const token = (sub) => hs256(SECRET, { sub, exp: now() + 600 });

before(async () => {
  llm = await startLlm();
  worker = await startWorker({ LLM_API_URL: llm.url, LLM_API_KEY: "k", JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: "1" });
});

after(async () => {
  await worker?.stop();
  await llm?.close();
});

for (const client of Object.keys(CLIENTS)) {
  test(`${client} client: 200 prints the code, the prompt arrives intact`, async () => {
    llm.script({ json: python(SOMA) });
    const { code, stdout, stderr } = await run(client, PROMPT, token(`${client}-ok`));
    assert.equal(code, 0, stderr);
    const printed = client === "curl" ? JSON.parse(stdout).code : stdout;
    assert.equal(printed, SOMA);
    assert.match(stderr, /[0-9a-f]{32}/, "the trace id is shown");
    const sent = llm.requests[0].body.messages.map((m) => m.content).join("\n");
    assert.ok(sent.includes(PROMPT), `the LLM got: ${sent}`);
  });

  test(`${client} client: unsafe_code, 401 and 429 are errors with what the service said`, async () => {
    llm.script({ json: python(UNSAFE) }, { json: python(UNSAFE) });
    const unsafe = await run(client, PROMPT, token(`${client}-unsafe`));
    assert.equal(unsafe.code, 1);
    const unsafeText = unsafe.stdout + unsafe.stderr;
    assert.match(unsafeText, /unsafe_code/);
    assert.match(unsafeText, /S101/);
    assert.ok(!unsafeText.includes("subprocess.run(['id'])"), "the unsafe code is never handed out");

    const forged = await run(client, PROMPT, hs256("another-secret-another-secret-0000", { sub: "x", exp: now() + 600 }));
    assert.equal(forged.code, 1);
    assert.match(forged.stdout + forged.stderr, /401|unauthorized/);

    // RATE_LIMIT_PER_MINUTE is 1: the unsafe request above used this user's minute.
    const limited = await run(client, PROMPT, token(`${client}-unsafe`));
    assert.equal(limited.code, 1);
    assert.match(limited.stdout + limited.stderr, /rate_limited/);
    assert.match(limited.stderr, /[Rr]etry[- ][Aa]fter:? \d+ s/);
  });

  test(`${client} client: usage errors exit 2 without calling the service`, async () => {
    llm.script();
    const noToken = await run(client, PROMPT, undefined);
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /usage/);
    const noPrompt = await run(client, undefined, token("usage"));
    assert.equal(noPrompt.code, 2);
    assert.equal(llm.requests.length, 0);
  });
}

test("openapi.json is valid OpenAPI and the real answers match it", async () => {
  const doc = await (await fetch(`${worker.url}/openapi.json`)).json();
  const samples = [];
  const record = async (status, body, path = "/llm-codegen/generate", method = "post") => samples.push({ path, method, status, body });
  llm.script({ json: python(SOMA) });
  let answer = await postGenerate(worker.url, token("openapi-ok"), { prompt: PROMPT });
  assert.equal(answer.status, 200);
  await record(200, answer.json);
  answer = await postGenerate(worker.url, token("openapi-ok"), { prompt: PROMPT });
  assert.equal(answer.status, 429);
  await record(429, answer.json);
  llm.script({ json: python(UNSAFE) }, { json: python(UNSAFE) });
  answer = await postGenerate(worker.url, token("openapi-unsafe"), { prompt: PROMPT });
  assert.equal(answer.status, 400);
  await record(400, answer.json);
  answer = await postGenerate(worker.url, "nope", { prompt: PROMPT });
  assert.equal(answer.status, 401);
  await record(401, answer.json);
  const health = await fetch(`${worker.url}/healthz`);
  await record(health.status, await health.json(), "/healthz", "get");

  const dir = mkdtempSync(join(tmpdir(), "llm-codegen-openapi-"));
  writeFileSync(join(dir, "doc.json"), JSON.stringify(doc));
  writeFileSync(join(dir, "samples.json"), JSON.stringify(samples));
  const check = (docFile) =>
    new Promise((done) => {
      const child = spawn(PY, [join(repo, "tests/support/openapi_check.py"), docFile, join(dir, "samples.json")]);
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("exit", (code) => done({ code, out }));
    });
  const good = await check(join(dir, "doc.json"));
  assert.equal(good.code, 0, good.out);
  assert.match(good.out, /the document is valid OpenAPI 3\.1\.0/);
  assert.equal(good.out.match(/matches its schema/g).length, samples.length);

  // The validator is not a rubber stamp: a broken document and a wrong schema fail.
  const broken = structuredClone(doc);
  broken.paths["/llm-codegen/generate"].post.responses["200"] = { content: {} };
  writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
  assert.notEqual((await check(join(dir, "broken.json"))).code, 0);
  const wrong = structuredClone(doc);
  wrong.components.schemas.Generated.properties.model = { type: "integer" };
  writeFileSync(join(dir, "wrong.json"), JSON.stringify(wrong));
  const mismatch = await check(join(dir, "wrong.json"));
  assert.equal(mismatch.code, 1);
  assert.match(mismatch.out, /POST \/llm-codegen\/generate 200: the answer does not match/);
});
