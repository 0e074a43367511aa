import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { init, validate, defaultPolicy, rules, version } from "@llm-codegen/sanitize";
import { EXAMPLES } from "./examples.js";
import { describeError, formatDuration, loadToken, probeService, requestCode, saveToken } from "./generate.js";
import "./style.css";

const $ = (id) => document.getElementById(id);
const DEBOUNCE_MS = 250;

// ---- share links: the code (and a non-default policy) live in the URL fragment ----
function encode(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function decode(text) {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const read = (key) => {
    try {
      return params.has(key) ? decode(params.get(key)) : null;
    } catch {
      return null;
    }
  };
  return { code: read("code"), policy: read("policy"), extract: params.get("extract") === "1" };
}

// ---- rule docs: the Markdown subset they use (headings, fenced code, paragraphs, `code`) ----
function inline(text) {
  const p = document.createElement("p");
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) {
      p.append(Object.assign(document.createElement("code"), { textContent: part.slice(1, -1) }));
    } else {
      p.append(part);
    }
  });
  return p;
}

function renderDoc(markdown) {
  const out = document.createDocumentFragment();
  let code = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) out.append(inline(paragraph.join(" ")));
    paragraph = [];
  };
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      flush();
      if (code) {
        out.append(code);
        code = null;
      } else {
        code = document.createElement("pre");
      }
    } else if (code) {
      code.textContent += line + "\n";
    } else if (line.startsWith("## ")) {
      flush();
      out.append(Object.assign(document.createElement("h3"), { textContent: line.slice(3) }));
    } else if (line.trim()) {
      paragraph.push(line.trim());
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// ---- positions: the engine counts code points, CodeMirror UTF-16 units ----
function offset(doc, line, column) {
  const lineInfo = doc.line(Math.min(Math.max(line, 1), doc.lines));
  let at = lineInfo.from;
  let point = 1;
  for (const ch of lineInfo.text) {
    if (point >= column) break;
    at += ch.length;
    point += 1;
  }
  return Math.min(at, lineInfo.to);
}

const SEVERITY = { critical: "error", high: "error", medium: "warning", low: "info", info: "info" };

async function start() {
  const hash = fromHash();
  const policyBox = $("policy");
  const examples = $("examples");
  for (const [i, example] of EXAMPLES.entries()) {
    examples.add(new Option(example.name, String(i)));
  }
  examples.add(new Option("(your code)", "custom"));

  let timer = null;
  const view = new EditorView({
    doc: hash.code ?? EXAMPLES[0].code,
    parent: $("editor"),
    extensions: [
      basicSetup,
      python(),
      lintGutter(),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          clearTimeout(timer);
          timer = setTimeout(run, DEBOUNCE_MS);
        }
      }),
    ],
  });
  if (hash.code !== null) examples.value = "custom";
  $("extract").checked = hash.extract;

  await init();
  const docs = new Map(rules().map((r) => [r.code, r]));
  policyBox.value = hash.policy ?? JSON.stringify(defaultPolicy(), null, 2);
  $("version").textContent = `${version()} · WebAssembly, running in this page`;

  function policy() {
    const error = $("policy-error");
    try {
      const value = JSON.parse(policyBox.value);
      error.hidden = true;
      return value;
    } catch (e) {
      error.textContent = `Policy is not valid JSON: ${e.message}`;
      error.hidden = false;
      return undefined;
    }
  }

  function showRule(code) {
    const doc = docs.get(code);
    if (!doc) return;
    $("rule-title").textContent = `${doc.code} ${doc.name} — ${doc.family}, ${doc.severity}`;
    $("rule-body").replaceChildren(renderDoc(doc.doc));
    $("rule-doc").hidden = false;
  }

  /** Shows a report: verdict, score, findings; `marks` underlines them in the editor. */
  function render(report, { marks = true, note = "" } = {}) {
    const verdict = $("verdict");
    verdict.className = `verdict ${report.passed ? "pass" : "fail"}`;
    $("verdict-text").textContent = report.passed ? "PASSED" : "BLOCKED";
    $("score").textContent = `score ${report.score.toFixed(2)}`;
    const counts = report.issues.reduce((acc, i) => ((acc[i.severity] = (acc[i.severity] ?? 0) + 1), acc), {});
    $("summary").textContent =
      note +
      (report.issues.length
        ? Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(" · ")
        : "No findings.");

    const list = $("findings");
    list.replaceChildren();
    for (const issue of report.issues) {
      const item = document.createElement("li");
      item.className = issue.severity;
      item.dataset.code = issue.code;
      item.dataset.line = String(issue.line);
      const badge = Object.assign(document.createElement("span"), { className: `badge ${issue.severity}`, textContent: issue.severity });
      const codeLabel = Object.assign(document.createElement("span"), { className: "code", textContent: issue.code });
      const where = Object.assign(document.createElement("span"), { className: "where", textContent: `line ${issue.line}:${issue.column}` });
      item.append(badge, codeLabel, document.createTextNode(issue.message), where);
      item.addEventListener("click", () => {
        showRule(issue.code);
        if (marks && !$("extract").checked) {
          const at = offset(view.state.doc, issue.line, issue.column);
          view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
          view.focus();
        }
      });
      list.append(item);
    }

    // Mark the offending ranges in the editor (positions refer to the extracted block
    // when extracting, so marks are shown only for plain code).
    const doc = view.state.doc;
    const diagnostics = !marks || $("extract").checked
      ? []
      : report.issues.map((issue) => {
          const from = offset(doc, issue.line, issue.column);
          let to = offset(doc, issue.end_line, issue.end_column);
          if (to <= from) to = Math.min(doc.line(Math.min(issue.line, doc.lines)).to, from + 1);
          return { from, to: Math.max(to, from), severity: SEVERITY[issue.severity], source: issue.code, message: `${issue.code} ${issue.rule}: ${issue.message}` };
        });
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }

  function run() {
    const code = view.state.doc.toString();
    const chosenPolicy = policy();
    let report;
    try {
      report = validate(code, { policy: chosenPolicy, extract: $("extract").checked });
    } catch (e) {
      $("policy-error").textContent = e.message;
      $("policy-error").hidden = false;
      return;
    }
    render(report);
  }

  // ---- Generate mode: only when the page is served by the service ----
  let countdown = null;
  async function setUpGenerate() {
    const health = await probeService();
    // Tells tests (and styles) what the probe found: "none" is the validate-only page.
    document.body.dataset.service = health?.status ?? "none";
    if (!health) return;
    $("modes").hidden = false;
    const state = $("service-state");
    state.textContent =
      health.status === "ok"
        ? `Service: ${location.origin} — your prompt goes to the service, which asks the LLM and validates the answer with this engine.`
        : `The service is not ready: ${[...(health.missing ?? []).map((m) => `${m} is not set`), ...(health.invalid ?? []).map((i) => `${i.setting} ${i.problem}`)].join("; ")}.`;
    const token = $("token");
    token.value = loadToken();
    token.addEventListener("change", () => saveToken(token.value.trim()));
    const setMode = (mode) => {
      const generating = mode === "generate";
      $("generate-pane").hidden = !generating;
      $("mode-generate").setAttribute("aria-pressed", String(generating));
      $("mode-validate").setAttribute("aria-pressed", String(!generating));
      $("tagline").textContent = generating
        ? "Ask the service for code. The answer comes back validated by the same engine; edit it and it is judged again, here in your browser."
        : "Paste what an LLM wrote. The same engine as the service judges it, right here in your browser — nothing is sent anywhere.";
      if (generating) $("prompt").focus();
    };
    $("mode-validate").addEventListener("click", () => setMode("validate"));
    $("mode-generate").addEventListener("click", () => setMode("generate"));
    $("generate-pane").addEventListener("submit", (event) => {
      event.preventDefault();
      generate();
    });
  }

  function showError({ text, countdown: seconds }) {
    const box = $("gen-error");
    clearInterval(countdown);
    delete box.dataset.secondsLeft;
    box.hidden = false;
    if (typeof seconds !== "number") {
      box.textContent = text;
      return;
    }
    const button = $("generate");
    let left = Math.max(1, seconds);
    const tick = () => {
      box.textContent = text.replace("{time}", formatDuration(left));
      box.dataset.secondsLeft = String(left);
      button.disabled = true;
      if (left <= 0) {
        clearInterval(countdown);
        box.textContent = "You can generate again.";
        delete box.dataset.secondsLeft;
        button.disabled = false;
      }
      left -= 1;
    };
    tick();
    countdown = setInterval(tick, 1000);
  }

  async function generate() {
    const prompt = $("prompt").value;
    const token = $("token").value.trim();
    const button = $("generate");
    const box = $("gen-error");
    clearInterval(countdown);
    box.hidden = true;
    $("gen-meta").hidden = true;
    if (!token) {
      showError({ text: "Paste a token first: with `make dev`, the development token it prints; in production, one from your identity provider." });
      return;
    }
    saveToken(token);
    button.disabled = true;
    const label = button.textContent;
    button.textContent = "Generating…";
    let answer;
    try {
      answer = await requestCode(prompt, token);
    } catch (e) {
      showError({ text: `Could not reach the service: ${e.message}. Check your connection and that the service is running.` });
      return;
    } finally {
      button.textContent = label;
      button.disabled = false;
    }
    const { status, body, retryAfter } = answer;
    if (status === 200 && body && typeof body.code === "string") {
      $("gen-trace").textContent = body.trace_id;
      $("gen-latency").textContent = `latency ${body.metrics.latency_seconds.toFixed(2)} s`;
      $("gen-quota").textContent = `quota left today ${body.metrics.quota_remaining}`;
      $("gen-model").textContent = `model ${body.model}`;
      $("gen-meta").hidden = false;
      $("extract").checked = false;
      examples.value = "custom";
      // The service's own findings are shown (the live check scheduled by this change is
      // cancelled); the editor judges again on the next edit.
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: body.code } });
      clearTimeout(timer);
      render(body.validation_results, { note: "From the service: " });
      return;
    }
    if (body?.validation_results) {
      render(body.validation_results, { marks: false, note: "The service blocked the model's code (not shown): " });
    } else {
      run(); // the findings panel shows the editor's code again, not an earlier answer's
    }
    if (body?.trace_id) {
      $("gen-trace").textContent = body.trace_id;
      for (const id of ["gen-latency", "gen-quota", "gen-model"]) $(id).textContent = "";
      $("gen-meta").hidden = false;
    }
    showError(describeError(status, body, retryAfter));
  }

  examples.addEventListener("change", () => {
    const example = EXAMPLES[Number(examples.value)];
    if (example) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: example.code } });
  });
  $("extract").addEventListener("change", run);
  policyBox.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  $("share").addEventListener("click", async () => {
    const params = new URLSearchParams({ code: encode(view.state.doc.toString()) });
    if (policyBox.value.trim() !== JSON.stringify(defaultPolicy(), null, 2)) params.set("policy", encode(policyBox.value));
    if ($("extract").checked) params.set("extract", "1");
    const url = `${location.origin}${location.pathname}#${params}`;
    const field = $("share-url");
    field.value = url;
    field.hidden = false;
    field.select();
    history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard access may be refused; the link is selected in the field.
    }
  });
  run();
  await setUpGenerate();
}

start().catch((error) => {
  $("verdict-text").textContent = `engine failed to load: ${error.message}`;
});
