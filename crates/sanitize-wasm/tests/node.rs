//! The bindings under node (wasm-bindgen-test-runner): conversions, errors as JS
//! errors, and pathological inputs that must end in a finding, not a trap.
#![cfg(target_arch = "wasm32")]

use sanitize_wasm::{
    check_prompt, default_policy, extract_code, rules, validate, validate_json, version,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

fn first_issue_code(report: &JsValue) -> Option<String> {
    let issues = js_sys::Array::from(&get(report, "issues"));
    get(&issues.get(0), "code").as_string()
}

#[wasm_bindgen_test]
fn validate_returns_a_plain_report_object() {
    let report =
        validate("import os\nos.system('id')\n".into(), JsValue::UNDEFINED).expect("report");
    assert_eq!(get(&report, "passed").as_bool(), Some(false));
    assert_eq!(first_issue_code(&report).as_deref(), Some("S101"));
    let safe = validate(
        "def soma(a, b):\n    \"\"\"Soma.\"\"\"\n    return a + b\n".into(),
        JsValue::NULL,
    )
    .expect("report");
    assert_eq!(get(&safe, "passed").as_bool(), Some(true));
    assert_eq!(get(&safe, "score").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn validate_json_is_the_engine_json() {
    let code = "import subprocess\n";
    let native = sanitize_core::validate(code, &sanitize_core::Policy::default()).to_json();
    assert_eq!(
        validate_json(code.into(), JsValue::UNDEFINED).expect("json"),
        native
    );
}

#[wasm_bindgen_test]
fn options_are_honoured() {
    let answer = "Here:\n```python\nimport os\n```\n";
    let extracted = validate(answer.into(), js(r#"{"extract": true}"#)).expect("report");
    assert_eq!(first_issue_code(&extracted).as_deref(), Some("S101"));
    let allowed = validate(
        "import os\n".into(),
        js(r#"{"policy": {"allow": {"modules": ["os"]}}}"#),
    )
    .expect("report");
    assert_eq!(get(&allowed, "passed").as_bool(), Some(true));
    // The default policy round-trips as an option.
    let policy = default_policy().expect("policy");
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &JsValue::from_str("policy"), &policy).expect("set");
    assert!(validate("x = 1\n".into(), options.into()).is_ok());
}

#[wasm_bindgen_test]
fn bad_options_are_errors_naming_the_key() {
    for (options, expected) in [
        (r#"{"extrct": true}"#, "unknown field `extrct`"),
        (r#"{"policy": {"nope": 1}}"#, "unknown field `nope`"),
        (
            r#"{"policy": {"block_severity": "severe"}}"#,
            "unknown variant `severe`",
        ),
        (
            r#"{"policy": {"limits": {"max_nodes": 0}}}"#,
            "limits.max_nodes",
        ),
        (
            r#"{"policy": {"disable_rules": ["E001"]}}"#,
            "cannot be disabled",
        ),
    ] {
        let error = validate("x = 1\n".into(), js(options)).expect_err(options);
        let message: String = js_sys::Error::from(JsValue::from(error)).message().into();
        assert!(message.contains(expected), "{options}: {message}");
    }
    assert!(check_prompt("a prompt long enough", js(r#"{"min": 3}"#)).is_err());
}

#[wasm_bindgen_test]
fn pathological_inputs_end_in_a_finding() {
    // CPython's own refusal, past 200 brackets.
    let deep = "(".repeat(100_000);
    assert_eq!(
        first_issue_code(&validate(JsValue::from(&deep), JsValue::UNDEFINED).expect("deep"))
            .as_deref(),
        Some("E001")
    );
    let chain = format!("x = 1{}\n", " + 1".repeat(50_000));
    assert_eq!(
        first_issue_code(&validate(JsValue::from(&chain), JsValue::UNDEFINED).expect("chain"))
            .as_deref(),
        Some("L002")
    );
    let big = format!("x = '{}'\n", "a".repeat(10 * 1024 * 1024));
    assert_eq!(
        first_issue_code(&validate(JsValue::from(&big), JsValue::UNDEFINED).expect("big"))
            .as_deref(),
        Some("L001")
    );
    let many = "x = 1\n".repeat(1_000_000);
    let options = js(r#"{"policy": {"limits": {"max_input_bytes": 8388608}}}"#);
    assert_eq!(
        first_issue_code(&validate(JsValue::from(&many), options).expect("many")).as_deref(),
        Some("L003")
    );
    let nul = validate(JsValue::from("x = 1\0\n"), JsValue::UNDEFINED).expect("nul");
    assert_eq!(get(&nul, "passed").as_bool(), Some(false));
    // The deepest nesting a policy may allow still fits the wasm stack.
    let options = js(r#"{"policy": {"limits": {"max_nesting_depth": 500}}}"#);
    let nested = format!("x = {}1{}\n", "(-".repeat(499), ")".repeat(499));
    assert!(validate(JsValue::from(&nested), options).is_ok());
}

#[wasm_bindgen_test]
fn lone_surrogates_are_a_finding_not_a_silent_replacement() {
    let units: Vec<u16> = "x = '"
        .encode_utf16()
        .chain([0xD800])
        .chain("'\n".encode_utf16())
        .collect();
    let code = JsValue::from(js_sys::JsString::from_char_code(&units));
    let report = validate(code, JsValue::UNDEFINED).expect("report");
    assert_eq!(get(&report, "passed").as_bool(), Some(false));
    assert_eq!(first_issue_code(&report).as_deref(), Some("E001"));
    // A real U+FFFD is text like any other.
    let report = validate(JsValue::from("x = '\u{FFFD}'\n"), JsValue::UNDEFINED).expect("fffd");
    assert_eq!(get(&report, "passed").as_bool(), Some(true));
    assert!(validate(JsValue::from(42), JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
fn helpers_convert() {
    assert_eq!(extract_code("```py\nx = 1\n```"), "x = 1\n");
    let report = check_prompt(
        "use sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH please",
        JsValue::UNDEFINED,
    )
    .expect("prompt");
    assert_eq!(get(&report, "ok").as_bool(), Some(false));
    let docs = js_sys::Array::from(&rules().expect("rules"));
    assert_eq!(docs.length() as usize, sanitize_core::Rule::ALL.len());
    assert!(version().starts_with("sanitize-core "));
}
