//! Any policy JSON: refused with an error, or accepted and then usable; an accepted
//! policy survives a round trip through its own serialization.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sanitize_core::{validate, Policy};

const CODE: &str = "import os\nimport json\n\n\ndef f(x):\n    \"\"\"F.\"\"\"\n    return eval(x) + json.dumps(os.getcwd())\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(policy) = Policy::from_json(text) else {
        return;
    };
    let report = validate(CODE, &policy);
    assert!(report.inconsistencies(policy.block_severity).is_empty());
    let again = Policy::from_json(&serde_json::to_string(&policy).unwrap()).unwrap();
    assert_eq!(again, policy);
});
