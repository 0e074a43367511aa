//! Any bytes: the engine answers with a consistent report, never a panic or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sanitize_core::{validate_bytes, Policy};

fuzz_target!(|data: &[u8]| {
    let policy = Policy::default();
    let report = validate_bytes(data, &policy);
    let problems = report.inconsistencies(policy.block_severity);
    assert!(problems.is_empty(), "{problems:?}");
});
