//! Any prompt: the checks report problems with offsets inside the prompt, `ok` exactly
//! when there is none, and redaction leaves no secret the detector would still find.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sanitize_core::{check_prompt, redact_secrets, PromptLimits};

fuzz_target!(|data: &[u8]| {
    let prompt = String::from_utf8_lossy(data);
    let report = check_prompt(&prompt, &PromptLimits::default());
    assert_eq!(report.ok, report.problems.is_empty());
    let chars = prompt.chars().count();
    for problem in &report.problems {
        assert!(
            problem.start <= problem.end && problem.end <= chars,
            "{problem:?}"
        );
    }
    let redacted = redact_secrets(&prompt);
    let after = check_prompt(&redacted, &PromptLimits::default());
    assert!(
        after.problems.iter().all(|p| p.secret.is_none()),
        "a secret survived redaction: {redacted:?}"
    );
});
