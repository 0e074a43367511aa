export type {
  Severity,
  Issue,
  Report,
  NameLists,
  Limits,
  Policy,
  ValidateOptions,
  PromptLimits,
  PromptProblem,
  PromptReport,
  RuleDoc,
} from "./sanitize_wasm.js";
import type { Report, ValidateOptions, PromptLimits, PromptReport, Policy, RuleDoc } from "./sanitize_wasm.js";

/**
 * Loads the WebAssembly module. Required once in browsers and bundlers before any
 * other call; a no-op in Node, where the module loads with the import.
 */
export function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Validates Python code (or, with `extract`, an LLM answer). Throws an Error on bad options. */
export function validate(code: string, options?: ValidateOptions): Report;
/** The report as JSON text, byte for byte what `codegen-sanitize check --format json` prints. */
export function validateJson(code: string, options?: ValidateOptions): string;
/** The code of an LLM answer: its largest Python block, or the text itself. */
export function extractCode(text: string): string;
/** Length bounds, control characters and secrets, as the service checks prompts. */
export function checkPrompt(prompt: string, options?: PromptLimits): PromptReport;
/** The default policy, every key filled in. */
export function defaultPolicy(): Policy;
/** Every rule with its documentation. */
export function rules(): RuleDoc[];
/** `sanitize-core X.Y.Z`. */
export function version(): string;
