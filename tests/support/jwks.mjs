// RS256 keys, tokens and a local JWKS server for the worker tests, made with
// node:crypto (not the service's JWT library). The server can be taken down and back.
import { createServer } from "node:http";
import { createSign, generateKeyPairSync } from "node:crypto";

export const b64json = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
export const rsaKeys = () => generateKeyPairSync("rsa", { modulusLength: 2048 });
export const jwk = (keys, kid) => ({ ...keys.publicKey.export({ format: "jwk" }), kid, use: "sig" });

export function rs256(keys, kid, claims) {
  const input = `${b64json({ alg: "RS256", typ: "JWT", kid })}.${b64json(claims)}`;
  return `${input}.${createSign("RSA-SHA256").update(input).sign(keys.privateKey).toString("base64url")}`;
}

/** Serves `{keys: keys()}`; while `down`, answers 503. Counts fetches. */
export async function startJwks(keys) {
  const state = { fetches: 0, down: false };
  const server = createServer((request, response) => {
    state.fetches += 1;
    if (state.down) {
      response.writeHead(503, { "content-type": "text/plain" });
      response.end("down");
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ keys: keys() }));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/.well-known/jwks.json`,
    state,
    close: () => new Promise((done) => server.close(done)),
  };
}
