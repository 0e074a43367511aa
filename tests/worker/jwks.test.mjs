// RS256 and ES256 tokens verified with keys from JWT_JWKS_URL (a local JWKS server the
// test starts); keys and signatures made with node:crypto, not the service's library.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHmac, generateKeyPairSync, sign } from "node:crypto";
import { b64json as b64, jwk, rs256, startJwks } from "../support/jwks.mjs";
import { startLlm, python } from "../support/llm.mjs";
import { startWorker, now, postGenerate } from "../support/worker.mjs";

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });
function es256(keys, kid, claims) {
  const input = `${b64({ alg: "ES256", typ: "JWT", kid })}.${b64(claims)}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key: keys.privateKey, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}

let llm;
let worker;
let jwks;

before(async () => {
  jwks = await startJwks(() => [jwk(rsa, "rsa-1"), jwk(ec, "ec-1")]);
  llm = await startLlm();
  llm.setFallback({ json: python('def f():\n    """F."""\n    return 1\n') });
  worker = await startWorker({
    LLM_API_URL: llm.url,
    LLM_API_KEY: "k",
    LLM_MODEL: "m",
    JWT_JWKS_URL: jwks.url,
    JWT_ISSUER: "https://id.example",
    JWT_AUDIENCE: "llm-codegen",
  });
});

after(async () => {
  await worker?.stop();
  await llm?.close();
  await jwks.close();
});

async function status(token) {
  return (await postGenerate(worker.url, token, { prompt: "write a tiny function please" })).status;
}

const claims = (sub, extra = {}) => ({ sub, iss: "https://id.example", aud: "llm-codegen", exp: now() + 600, ...extra });

test("RS256 and ES256 tokens from the JWKS are accepted", async () => {
  assert.equal(await status(rs256(rsa, "rsa-1", claims("rsa-user"))), 200);
  assert.equal(await status(es256(ec, "ec-1", claims("ec-user"))), 200);
});

test("wrong key, wrong audience or issuer, expired: 401", async () => {
  assert.equal(await status(rs256(stranger, "rsa-1", claims("x"))), 401, "signed by another key");
  assert.equal(await status(rs256(rsa, "rsa-1", claims("x", { aud: "someone-else" }))), 401);
  assert.equal(await status(rs256(rsa, "rsa-1", claims("x", { iss: "https://evil.example" }))), 401);
  assert.equal(await status(rs256(rsa, "rsa-1", claims("x", { exp: now() - 3600 }))), 401);
});

test("algorithm confusion: HS256 signed with the RSA public key is refused", async () => {
  const publicPem = rsa.publicKey.export({ type: "spki", format: "pem" });
  const input = `${b64({ alg: "HS256", typ: "JWT", kid: "rsa-1" })}.${b64(claims("confused"))}`;
  const token = `${input}.${createHmac("sha256", publicPem).update(input).digest("base64url")}`;
  assert.equal(await status(token), 401);
});

test("unknown key ids refetch the JWKS at most once per cool-down", async () => {
  const before = jwks.state.fetches;
  for (let i = 0; i < 5; i += 1) {
    assert.equal(await status(rs256(stranger, `made-up-${i}`, claims("x"))), 401);
  }
  assert.ok(jwks.state.fetches - before <= 1, `fetched ${jwks.state.fetches - before} times`);
});
