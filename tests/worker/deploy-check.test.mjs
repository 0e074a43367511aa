// `make deploy-check` (scripts/deploy_check.py): the production dry run passes with the
// bundle figure printed, and each kind of mistake it exists for fails with a message that
// says what to do — a loopback URL, a secret in [vars], a .dev.vars value, plain http,
// a bound class no migration creates, a class created twice, a class not exported, a
// bundle over the target.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "../..");
const production = readFileSync(join(repo, "wrangler.toml"), "utf8");

function check(args) {
  return new Promise((done, failed) => {
    const child = spawn("python3", [join(repo, "scripts/deploy_check.py"), ...args], { cwd: repo });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", failed);
    child.on("exit", (code) => done({ code, output }));
  });
}

/** The production config moved to a scratch directory (absolute paths), then `edit`ed. */
function variant(edit, devVars = "") {
  const dir = mkdtempSync(join(tmpdir(), "llm-codegen-deploy-"));
  const config = edit(
    production
      .replace(/^main = .*$/m, `main = ${JSON.stringify(join(repo, "worker/build/worker/shim.mjs"))}`)
      .replace(/^directory = .*$/m, `directory = ${JSON.stringify(join(repo, "www/dist"))}`),
  );
  writeFileSync(join(dir, "wrangler.toml"), config);
  writeFileSync(join(dir, ".dev.vars"), devVars);
  return join(dir, "wrangler.toml");
}

test("the production config passes and the bundle figure is printed", async () => {
  const { code, output } = await check([]);
  assert.equal(code, 0, output);
  const figure = output.match(/bundle: (\d+\.\d\d) MB raw, (\d+) KiB gzip/);
  assert.ok(figure, output);
  const gzipKiB = Number(figure[2]);
  assert.ok(gzipKiB > 100 && gzipKiB * 1024 <= 1_000_000, `${gzipKiB} KiB`);
  assert.match(output, /ok {4}Durable Objects: 2 bindings, 2 migrations \(v1, v2\), classes MetricsStore, UserLimiter exported/);
  assert.match(output, /ok {4}production vars: LLM_API_URL, LLM_MODEL/);
  assert.match(output, /deploy-check: passed/);
});

test("development values in the production vars are refused", async () => {
  const config = variant(
    (text) =>
      text
        .replace(/^LLM_API_URL = .*$/m, 'LLM_API_URL = "http://127.0.0.1:8788/v1/chat/completions"')
        .replace(/^\[vars\]$/m, '[vars]\nJWT_SECRET = "in-the-repo-secret"\nJWT_JWKS_URL = "http://id.example/jwks.json"\nJWT_ISSUER = "dev-issuer-0123456789"\nLOG_PROMPTS = "true"'),
    "JWT_ISSUER=dev-issuer-0123456789\n",
  );
  const { code, output } = await check(["--config", config]);
  assert.equal(code, 1, output);
  assert.match(output, /FAIL {2}\[vars\] has JWT_SECRET, a secret: remove it and run `npx wrangler secret put JWT_SECRET`/);
  assert.match(output, /FAIL {2}\[vars\] LLM_API_URL points at 127\.0\.0\.1, a loopback or private address/);
  assert.match(output, /FAIL {2}\[vars\] JWT_JWKS_URL is a plain-http URL: use https/);
  assert.match(output, /FAIL {2}\[vars\] JWT_ISSUER holds a value from \.dev\.vars/);
  assert.match(output, /FAIL {2}\[vars\] LOG_PROMPTS is on/);
  assert.match(output, /FAIL {2}the dry run binds http:\/\/127\.0\.0\.1:8788/);
  assert.doesNotMatch(output, /deploy-check: passed/);
});

test("a missing required var is refused", async () => {
  const config = variant((text) => text.replace(/^LLM_MODEL = .*\n/m, ""));
  const { code, output } = await check(["--config", config]);
  assert.equal(code, 1, output);
  assert.match(output, /FAIL {2}\[vars\] has no LLM_MODEL: the deployed service would answer `misconfigured`/);
});

test("Durable Object migrations that do not match the bindings and exports are refused", async () => {
  const config = variant((text) =>
    text.replace(/new_sqlite_classes = \["MetricsStore"\]/, 'new_sqlite_classes = ["MetricsStore", "UserLimiter"]') +
      '\n[[durable_objects.bindings]]\nname = "GHOST"\nclass_name = "Ghost"\n\n[[migrations]]\ntag = "v1"\nnew_sqlite_classes = ["Spare"]\n',
  );
  const { code, output } = await check(["--config", config]);
  assert.equal(code, 1, output);
  assert.match(output, /FAIL {2}migration 2 \(tag 'v2'\): UserLimiter is created again \(first by tag 'v1'\)/);
  assert.match(output, /FAIL {2}migration 3 \(tag 'v1'\): the tag is used twice/);
  assert.match(output, /FAIL {2}Durable Object binding GHOST uses class Ghost, which no migration creates/);
  assert.match(output, /FAIL {2}Durable Object binding GHOST uses class Ghost, which the built worker does not export/);
  assert.match(output, /FAIL {2}class Spare is created by migration 'v1' but the built worker does not export it/);
});

test("a bundle over the target is refused with its figure", async () => {
  const { code, output } = await check(["--target-gzip-bytes", "100000"]);
  assert.equal(code, 1, output);
  assert.match(output, /FAIL {2}bundle: \d+\.\d\d MB raw, \d+ KiB gzip .*: over the target of 0\.10 MB gzip/);
});
