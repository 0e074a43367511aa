// Generate mode: when the page is served by the service, it can ask
// POST /llm-codegen/generate for code. The token stays in sessionStorage (this tab only):
// never in localStorage, a share link or the URL.

export const TOKEN_KEY = "llm-codegen.token";
export const GENERATE_PATH = "/llm-codegen/generate";

/** The service's readiness, or null when the page is not served by the service. */
export async function probeService(origin = location.origin) {
  if (!/^https?:$/.test(location.protocol)) return null;
  try {
    const response = await fetch(`${origin}/healthz`, { headers: { accept: "application/json" }, cache: "no-store" });
    const body = await response.json();
    if (body && (body.status === "ok" || body.status === "not_ready")) return body;
  } catch {
    // Not the service (a static server, the npm build): validate-only.
  }
  return null;
}

export function loadToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused (private mode): the token lives in the field only.
  }
}

/** Sends the prompt; resolves to { status, body, retryAfter } (body null when not JSON). */
export async function requestCode(prompt, token, traceparent) {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  if (traceparent) headers.traceparent = traceparent;
  const response = await fetch(`${location.origin}${GENERATE_PATH}`, {
    method: "POST",
    headers,
    body: JSON.stringify({ prompt }),
    cache: "no-store",
  });
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {}
  const retryAfter = Number.parseInt(response.headers.get("retry-after") ?? "", 10);
  return { status: response.status, body, retryAfter: Number.isFinite(retryAfter) ? retryAfter : null };
}

export function formatDuration(seconds) {
  if (seconds <= 120) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h} h ${String(m).padStart(2, "0")} min` : `${m} min ${String(s).padStart(2, "0")} s`;
}

/**
 * Every error of the contract in plain words. `{ text, countdown }`: when `countdown` is
 * a number of seconds, `text` holds `{time}`, to be replaced as it counts down.
 */
export function describeError(status, body, retryAfter) {
  const code = body?.error?.code;
  const message = body?.error?.message ?? "";
  const trace = body?.trace_id ? `\nTrace id to report: ${body.trace_id}` : "";
  switch (code) {
    case "unauthorized":
      return {
        text:
          "The service refused your token (401): it is missing, malformed, expired, or signed with another key.\n" +
          "Paste a valid token above: with `make dev`, the development token it prints; in production, a fresh token from your identity provider (sign in again).",
      };
    case "rate_limited":
      return {
        text: `Too many requests (429): ${message.split(";")[0]}.\nYou can generate again in {time}.`,
        countdown: retryAfter ?? 60,
      };
    case "quota_exceeded":
      return { text: `Your daily quota is spent (400): ${message.split(";")[0]}.\nIt renews in {time}.`, countdown: retryAfter ?? 3600 };
    case "unsafe_code":
      return {
        text:
          "The model's code was blocked as unsafe (400), even after a repair round. Its findings are listed on the right; " +
          "the code itself is not returned. Rephrase the prompt (say what the code must not do) and try again." + trace,
      };
    case "invalid_code":
      return {
        text: "The model did not produce valid Python (400), even after a repair round. Its findings are listed on the right. Try again or rephrase the prompt." + trace,
      };
    case "prompt_contains_secret":
      return { text: `Your prompt was refused (400): ${message}. Remove the secret and try again; nothing was sent to the LLM.` };
    case "invalid_prompt":
    case "invalid_json":
      return { text: `The service refused the request (400): ${message}.` };
    case "payload_too_large":
    case "unsupported_media_type":
    case "method_not_allowed":
    case "not_found":
      return { text: `The service refused the request (${status}): ${message}.` };
    case "llm_error":
      return {
        text: `The LLM could not be reached or answered garbage (500), even after a retry and the fallback model. Your quota unit was refunded. Try again in a moment; if it keeps failing, report the trace id to the service's operator.${trace}`,
      };
    case "misconfigured":
      return { text: `The service is misconfigured (500): ${message}. Report this to the service's operator.${trace}` };
    default:
      if (status >= 500) return { text: `The service failed (${status}${code ? ` ${code}` : ""}). Report the trace id to its operator.${trace || "\n(no trace id in the answer)"}` };
      return { text: `Unexpected answer from the service (${status}${code ? ` ${code}` : ""})${message ? `: ${message}` : ""}.${trace}` };
  }
}
