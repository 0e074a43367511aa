// A local OpenAI-compatible chat-completions server that each test scripts: every
// request takes the next scripted reply (status, JSON or raw body, delay); requests
// are recorded (headers and body) for the test to inspect. Loopback only.
import { createServer } from "node:http";

export function completion(content) {
  return { id: "chatcmpl-test", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] };
}

export function python(code) {
  return completion("Here you go:\n\n```python\n" + code + "```\n");
}

export async function startLlm() {
  const replies = [];
  const requests = [];
  let fallback = { status: 500, json: { error: "no scripted reply" } };
  // A function of the parsed request body, consulted when no scripted reply is queued.
  let responder = null;
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (c) => chunks.push(c));
    request.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ headers: request.headers, body: body ? JSON.parse(body) : null });
      const parsed = requests.at(-1).body;
      const reply = replies.shift() ?? (responder ? responder(parsed) : fallback);
      if (reply.delayMs) await new Promise((done) => setTimeout(done, reply.delayMs));
      if (reply.destroy) {
        request.socket.destroy();
        return;
      }
      response.writeHead(reply.status ?? 200, { "content-type": "application/json" });
      if (reply.chunks) {
        // No Content-Length: chunked transfer, `chunks` pieces of `raw`, until the client stops reading.
        for (let i = 0; i < reply.chunks && !response.destroyed; i++) {
          if (!response.write(reply.raw)) await new Promise((done) => response.once("drain", done).once("close", done));
        }
        response.end();
        return;
      }
      response.end(reply.raw ?? JSON.stringify(reply.json));
    });
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/v1/chat/completions`,
    requests,
    /** Queues replies for the next requests. */
    script(...next) {
      replies.length = 0;
      requests.length = 0;
      replies.push(...next);
    },
    setFallback(reply) {
      fallback = reply;
    },
    /** Answers every unscripted request with `fn(body)` (a reply object). */
    setResponder(fn) {
      responder = fn;
    },
    close: () => new Promise((done) => server.close(done)),
  };
}
