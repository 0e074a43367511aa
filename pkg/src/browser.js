// Browser and bundler entry. Browsers may not compile a large module synchronously, so
// `await init()` once before the first call; it fetches `sanitize_wasm_bg.wasm` next to
// this file (bundlers such as Vite emit it as an asset) unless given a URL, Response,
// BufferSource or WebAssembly.Module. Calling a function before then throws an Error
// that says so.
import wasmInit, * as engine from "./sanitize_wasm.js";

let pending;
let ready = false;

export function init(input) {
  pending ??= wasmInit(input === undefined ? undefined : { module_or_path: input }).then(() => {
    ready = true;
  });
  return pending;
}

function initialized(name) {
  if (!ready) {
    throw new Error(`@llm-codegen/sanitize: call \`await init()\` before ${name}()`);
  }
}

export function validate(code, options) {
  initialized("validate");
  return engine.validate(code, options);
}

export function validateJson(code, options) {
  initialized("validateJson");
  return engine.validateJson(code, options);
}

export function extractCode(text) {
  initialized("extractCode");
  return engine.extractCode(text);
}

export function checkPrompt(prompt, options) {
  initialized("checkPrompt");
  return engine.checkPrompt(prompt, options);
}

export function defaultPolicy() {
  initialized("defaultPolicy");
  return engine.defaultPolicy();
}

export function rules() {
  initialized("rules");
  return engine.rules();
}

export function version() {
  initialized("version");
  return engine.version();
}
