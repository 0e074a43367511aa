// DEVELOPMENT LLM STAND-IN — not a model. An OpenAI-compatible chat-completions server on
// 127.0.0.1 with canned answers for the user guide's example prompts, so that `make dev`
// can show the whole flow without an LLM account. Set LLM_API_URL to use a real LLM.
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 8788);

const ANSWERS = [
  {
    match: /fastapi|health/i,
    code: 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health_check() -> dict:\n    """Report that the service is up."""\n    return {"status": "ok"}\n',
  },
  {
    match: /pydantic|e-?mail/i,
    code: 'from pydantic import BaseModel, EmailStr\n\n\nclass User(BaseModel):\n    """A user with a validated e-mail address."""\n\n    name: str\n    email: EmailStr\n',
  },
  {
    match: /.*/,
    code: 'def soma(a, b):\n    """Retorna a soma de dois números."""\n    return a + b\n',
  },
];

createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    let prompt = "";
    try {
      const messages = JSON.parse(body).messages ?? [];
      prompt = messages.filter((m) => m.role === "user").map((m) => m.content).join("\n");
    } catch {}
    const answer = ANSWERS.find((a) => a.match.test(prompt));
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        id: "chatcmpl-dev-stand-in",
        object: "chat.completion",
        model: "dev-stand-in",
        choices: [{ index: 0, message: { role: "assistant", content: "```python\n" + answer.code + "```" }, finish_reason: "stop" }],
      }),
    );
  });
}).listen(port, "127.0.0.1", () => {
  console.log(`[dev LLM stand-in] canned answers on http://127.0.0.1:${port}/v1/chat/completions (NOT a real model)`);
});
