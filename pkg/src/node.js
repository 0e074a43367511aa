// Node entry: the module is compiled synchronously from the file next to this one, so
// every function works as soon as the import resolves. `init()` exists for code shared
// with browsers and resolves at once.
import { readFileSync } from "node:fs";
import { initSync } from "./sanitize_wasm.js";

initSync({ module: readFileSync(new URL("./sanitize_wasm_bg.wasm", import.meta.url)) });

export {
  validate,
  validateJson,
  extractCode,
  checkPrompt,
  defaultPolicy,
  rules,
  version,
} from "./sanitize_wasm.js";

export function init() {
  return Promise.resolve();
}
