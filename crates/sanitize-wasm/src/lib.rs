//! JavaScript bindings of `sanitize-core`. Type conversion only: every decision is
//! the engine's. Bad options become a JS `Error` naming what is wrong.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use sanitize_core::{Policy, PromptLimits};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type Severity = "critical" | "high" | "medium" | "low" | "info";

export interface Issue {
  code: string;
  rule: string;
  severity: Severity;
  family: string;
  message: string;
  /** 1-based */
  line: number;
  /** 1-based, in Unicode code points */
  column: number;
  end_line: number;
  /** exclusive */
  end_column: number;
}

export interface Report {
  passed: boolean;
  score: number;
  issues_count: number;
  issues: Issue[];
  engine_version: string;
  parser_version: string;
}

export interface NameLists {
  modules?: string[];
  calls?: string[];
  attributes?: string[];
}

export interface Limits {
  max_input_bytes?: number;
  max_nesting_depth?: number;
  max_nodes?: number;
}

export interface Policy {
  block_severity?: Severity;
  allow?: NameLists;
  deny?: NameLists;
  disable_rules?: string[];
  limits?: Limits;
}

export interface ValidateOptions {
  /** A policy; missing keys keep their defaults, unknown keys throw. */
  policy?: Policy;
  /** Treat the input as an LLM answer and validate its fenced Python block. */
  extract?: boolean;
}

export interface PromptLimits {
  min_chars?: number;
  max_chars?: number;
}

export interface PromptProblem {
  code: "prompt_too_short" | "prompt_too_long" | "prompt_invalid_characters" | "prompt_contains_secret";
  message: string;
  secret?: string;
  start: number;
  end: number;
}

export interface PromptReport {
  ok: boolean;
  length: number;
  problems: PromptProblem[];
}

export interface RuleDoc {
  code: string;
  name: string;
  family: string;
  severity: Severity;
  summary: string;
  doc: string;
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct ValidateOptions {
    policy: Option<Policy>,
    extract: bool,
}

/// Options go through JSON so that they mean exactly what the same JSON means to the
/// CLI: unknown keys are errors, with serde's message naming the key.
fn from_js<T: DeserializeOwned + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    let json = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("invalid {what}: not serialisable to JSON")))?;
    serde_json::from_str(&json).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The code as Rust text, or its UTF-16 units when it holds a lone surrogate (which a
/// plain conversion would silently turn into U+FFFD). Only a string containing U+FFFD
/// after conversion is looked at unit by unit.
fn code_text(code: &JsValue) -> Result<Result<String, Vec<u16>>, JsError> {
    let js = code
        .dyn_ref::<js_sys::JsString>()
        .ok_or_else(|| JsError::new("code must be a string"))?;
    let text = String::from(js);
    if text.contains('\u{FFFD}') && !js.is_valid_utf16() {
        return Ok(Err(js.iter().collect()));
    }
    Ok(Ok(text))
}

fn run_validate(code: &JsValue, options: JsValue) -> Result<sanitize_core::Report, JsError> {
    let options: ValidateOptions = from_js(options, "options")?;
    let policy = options.policy.unwrap_or_default();
    policy
        .check()
        .map_err(|e| JsError::new(&format!("invalid options.policy: {e}")))?;
    Ok(match code_text(code)? {
        Err(units) => sanitize_core::validate_utf16(&units, &policy),
        Ok(code) if options.extract => sanitize_core::validate_answer(&code, &policy).1,
        Ok(code) => sanitize_core::validate(&code, &policy),
    })
}

/// Validates Python code (or, with `extract`, an LLM answer).
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    to_js(&run_validate(&code, options)?)
}

/// The report as the engine's JSON text, byte for byte what the CLI prints.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    Ok(run_validate(&code, options)?.to_json())
}

/// The code of an LLM answer: its largest Python block, or the text itself.
#[wasm_bindgen(js_name = extractCode)]
pub fn extract_code(text: &str) -> String {
    sanitize_core::extract_code(text).code
}

/// Length bounds, control characters and secrets, as the service checks prompts.
#[wasm_bindgen(js_name = checkPrompt, unchecked_return_type = "PromptReport")]
pub fn check_prompt(
    prompt: &str,
    #[wasm_bindgen(unchecked_param_type = "PromptLimits | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let limits: PromptLimits = from_js(options, "prompt limits")?;
    to_js(&sanitize_core::check_prompt(prompt, &limits))
}

/// The default policy, every key filled in.
#[wasm_bindgen(js_name = defaultPolicy, unchecked_return_type = "Policy")]
pub fn default_policy() -> Result<JsValue, JsError> {
    to_js(&Policy::default())
}

/// Every rule with its documentation.
#[wasm_bindgen(unchecked_return_type = "RuleDoc[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&sanitize_core::rule_docs())
}

/// `sanitize-core X.Y.Z`.
#[wasm_bindgen]
pub fn version() -> String {
    sanitize_core::ENGINE_VERSION.to_string()
}
