//! Any LLM answer: extraction and validation never panic; what is validated is the
//! extracted code, and the report is consistent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sanitize_core::{extract_code, validate, validate_answer, Policy};

fuzz_target!(|data: &[u8]| {
    let answer = String::from_utf8_lossy(data);
    let policy = Policy::default();
    let (extraction, report) = validate_answer(&answer, &policy);
    assert_eq!(extract_code(&answer).code, extraction.code);
    assert!(report.inconsistencies(policy.block_severity).is_empty());
    if !extraction.code.trim().is_empty() {
        assert_eq!(validate(&extraction.code, &policy).passed, report.passed);
    }
});
