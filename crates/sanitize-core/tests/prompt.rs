//! The prompt checks: bounds, control characters and the secret detector, with
//! look-alikes that must not fire.

use sanitize_core::{check_prompt, redact_secrets, PromptLimits, PromptReport, SecretKind};

fn check(prompt: &str) -> PromptReport {
    check_prompt(prompt, &PromptLimits::default())
}

fn secrets(prompt: &str) -> Vec<SecretKind> {
    check(prompt)
        .problems
        .iter()
        .filter_map(|p| p.secret)
        .collect()
}

#[test]
fn length_bounds_count_trimmed_characters() {
    assert_eq!(check("   curto   ").problems[0].code, "prompt_too_short");
    assert!(check("Crie uma função Python que soma dois números").ok);
    let long = "a".repeat(8001);
    assert_eq!(check(&long).problems[0].code, "prompt_too_long");
    // Characters, not bytes: ten accented letters are ten characters.
    assert!(check("áéíóúáéíóú").ok);
    let custom = PromptLimits {
        min_chars: 3,
        max_chars: 5,
    };
    assert!(check_prompt("abcd", &custom).ok);
}

#[test]
fn control_characters_are_refused() {
    let report = check("write a function\0 that adds");
    assert!(!report.ok);
    assert_eq!(report.problems[0].code, "prompt_invalid_characters");
    assert!(check("write a function\nthat adds\ttwo numbers").ok);
}

#[test]
fn provider_keys_are_found() {
    let cases = [
        (
            "use my key sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH in the client",
            SecretKind::OpenaiApiKey,
        ),
        (
            "key: sk-ant-api03-Xy7Kp2Lm9Qw4Rt6Zb1Nc8Vd3Fg5Hj0Ks2",
            SecretKind::AnthropicApiKey,
        ),
        (
            "token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 for the repo",
            SecretKind::GithubToken,
        ),
        (
            "AKIAQ3EGUZXK7WJ4N2PD is my access key",
            SecretKind::AwsAccessKeyId,
        ),
        (
            "google AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
            SecretKind::GoogleApiKey,
        ),
        ("slack xoxb-2048151234-ab12CD34ef56", SecretKind::SlackToken),
        (
            "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            SecretKind::StripeKey,
        ),
        (
            "hf token hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
            SecretKind::HuggingfaceToken,
        ),
    ];
    for (prompt, kind) in cases {
        assert_eq!(secrets(prompt), vec![kind], "{prompt}");
    }
}

#[test]
fn private_keys_jwts_and_url_passwords_are_found() {
    let pem = "parse this key\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n";
    assert_eq!(secrets(pem), vec![SecretKind::PrivateKey]);
    let openssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n";
    assert_eq!(secrets(openssh), vec![SecretKind::PrivateKey]);
    let jwt = "decode eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U please";
    assert_eq!(secrets(jwt), vec![SecretKind::Jwt]);
    let url = "connect to postgres://admin:S3cr3tP4ss!@db.internal:5432/app";
    assert_eq!(secrets(url), vec![SecretKind::PasswordInUrl]);
    let assignment = "set API_KEY = 'q8Zt4LmX2vR7pW9kN3bY6cF1' in the config";
    assert_eq!(secrets(assignment), vec![SecretKind::CredentialAssignment]);
    let password = "my password: Tr0ub4dor&3xK9!z please hash it";
    assert_eq!(secrets(password), vec![SecretKind::CredentialAssignment]);
}

#[test]
fn the_secret_is_never_repeated_in_the_report() {
    let key = "sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH";
    let report = check(&format!("use {key} please"));
    let json = serde_json::to_string(&report).unwrap_or_default();
    assert!(!json.contains(key));
    assert!(!json.contains("4f9Kx2"));
    assert_eq!(report.problems[0].code, "prompt_contains_secret");
    assert_eq!(
        (report.problems[0].start, report.problems[0].end),
        (4, 4 + key.len())
    );
}

#[test]
fn look_alikes_are_not_secrets() {
    let benign = [
        "Write a risk-assessment-tool-for-banks in Python with classes",
        "use the placeholder sk-xxxxxxxxxxxxxxxxxxxxxxxx in the example",
        "read the key from OPENAI_API_KEY instead of sk-your-api-key-here",
        "AWS documents AKIAIOSFODNN7EXAMPLE as the example access key id",
        "connect to postgres://user:password@localhost/db using SQLAlchemy",
        "connect to postgres://user:<password>@localhost/db",
        "connect to https://${USER}:${PASSWORD}@example.com",
        "an URL like https://example.com/path?a=1 with no credentials",
        "-----BEGIN PUBLIC KEY----- parsing: write a PEM reader",
        "-----BEGIN CERTIFICATE----- write a function that splits certificates",
        "tokens like eyJhbGciOi are base64 JSON; explain JWT structure",
        "validate that password = input() is at least 12 chars",
        "the field is called secret_key: str in the Pydantic model",
        "use token = os.environ['GITHUB_TOKEN'] to read it",
        "sha256 of empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "a function named ghp_helper that returns 36 chars",
    ];
    for prompt in benign {
        assert_eq!(secrets(prompt), vec![], "{prompt}");
    }
}

#[test]
fn redaction_replaces_each_secret_and_keeps_the_rest() {
    let key = "sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH";
    let aws = "AKIAQ3EGRTMXV5WPLN7K";
    let prompt = format!("Use {key} and {aws} to write a client; then sort a list.");
    let redacted = redact_secrets(&prompt);
    assert!(
        !redacted.contains(key) && !redacted.contains(aws),
        "{redacted}"
    );
    assert_eq!(
        redacted,
        "Use [REDACTED openai_api_key] and [REDACTED aws_access_key_id] to write a client; then sort a list."
    );
    // Text without secrets, multi-byte text included, comes back unchanged.
    for benign in [
        "Write a function that sorts a list of tokens by length.",
        "Schreibe eine Funktion für Größen — ≥ 3 €",
        "",
    ] {
        assert_eq!(redact_secrets(benign), benign);
    }
}

#[test]
fn redaction_covers_every_detected_secret() {
    let prompts = [
        "password = \"Tr0ub4dor&3xQ9zL\" in the config",
        "connect to postgres://admin:S3cr3tPassw0rd!@db.internal:5432/app",
        "token ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5 for the API",
    ];
    for prompt in prompts {
        assert!(!secrets(prompt).is_empty(), "detector misses {prompt}");
        let redacted = redact_secrets(prompt);
        assert!(redacted.contains("[REDACTED "), "{redacted}");
        assert!(
            secrets(&redacted).is_empty(),
            "still a secret in {redacted}"
        );
    }
}

/// Found by the prompt fuzzer: redacting a credential inside a URL removed the `/` that
/// ended its authority, so later text (`}:!@`) read as a new URL password. Redaction
/// repeats until nothing is found.
#[test]
fn redaction_leaves_nothing_the_detector_finds() {
    let bytes = b"PassworddPassworddPas0worddPasswor\xff\xff\xa3g#es://PassworddaPassworddPasswor=dPasswordd=min:\xff@\xff\xff\xa3/aord:dPassworddmpn:[2\xf4nddPasswordumsk_mysw\xb0rdsswor_\xff\xff\xff}:!@\n!!!!!!!!HHHH:Hb:";
    let prompt = String::from_utf8_lossy(bytes);
    assert!(!secrets(&prompt).is_empty());
    let redacted = redact_secrets(&prompt);
    assert!(secrets(&redacted).is_empty(), "{redacted}");
}
