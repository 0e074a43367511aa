//! A secret detector without regular expressions (they would double the wasm size):
//! provider key prefixes at word boundaries with their alphabets and lengths,
//! private-key armour, JWTs whose header really decodes, passwords in URLs, and
//! credential-named assignments with high-entropy values. Placeholders
//! (`sk-xxxx…`, `AKIAIOSFODNN7EXAMPLE`, `<password>`, `${TOKEN}`) are not secrets.

use super::SecretKind;

/// `(kind, byte start, byte end)` of every secret found, in order.
pub(crate) fn find(text: &str) -> Vec<(SecretKind, usize, usize)> {
    let mut found = Vec::new();
    prefixed_keys(text, &mut found);
    aws_access_keys(text, &mut found);
    private_keys(text, &mut found);
    jwts(text, &mut found);
    url_passwords(text, &mut found);
    credential_assignments(text, &mut found);
    found.sort_by_key(|&(_, s, e)| (s, e));
    // One report per place: drop findings inside an earlier one.
    let mut kept: Vec<(SecretKind, usize, usize)> = Vec::new();
    for f in found {
        if kept.last().is_none_or(|&(_, _, end)| f.1 >= end) {
            kept.push(f);
        }
    }
    kept
}

struct Prefixed {
    prefix: &'static str,
    kind: SecretKind,
    min: usize,
    max: usize,
    alphabet: fn(u8) -> bool,
}

fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}
fn alnum_dash_underscore(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}
fn alnum_underscore(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
fn alnum_dash(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

const PREFIXED: &[Prefixed] = &[
    Prefixed {
        prefix: "sk-ant-",
        kind: SecretKind::AnthropicApiKey,
        min: 32,
        max: 200,
        alphabet: alnum_dash_underscore,
    },
    Prefixed {
        prefix: "sk-",
        kind: SecretKind::OpenaiApiKey,
        min: 20,
        max: 200,
        alphabet: alnum_dash_underscore,
    },
    Prefixed {
        prefix: "ghp_",
        kind: SecretKind::GithubToken,
        min: 36,
        max: 36,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "gho_",
        kind: SecretKind::GithubToken,
        min: 36,
        max: 36,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "ghu_",
        kind: SecretKind::GithubToken,
        min: 36,
        max: 36,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "ghs_",
        kind: SecretKind::GithubToken,
        min: 36,
        max: 36,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "ghr_",
        kind: SecretKind::GithubToken,
        min: 36,
        max: 36,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "github_pat_",
        kind: SecretKind::GithubToken,
        min: 22,
        max: 255,
        alphabet: alnum_underscore,
    },
    Prefixed {
        prefix: "glpat-",
        kind: SecretKind::GitlabToken,
        min: 20,
        max: 64,
        alphabet: alnum_dash_underscore,
    },
    Prefixed {
        prefix: "xoxb-",
        kind: SecretKind::SlackToken,
        min: 10,
        max: 255,
        alphabet: alnum_dash,
    },
    Prefixed {
        prefix: "xoxp-",
        kind: SecretKind::SlackToken,
        min: 10,
        max: 255,
        alphabet: alnum_dash,
    },
    Prefixed {
        prefix: "xoxa-",
        kind: SecretKind::SlackToken,
        min: 10,
        max: 255,
        alphabet: alnum_dash,
    },
    Prefixed {
        prefix: "xoxs-",
        kind: SecretKind::SlackToken,
        min: 10,
        max: 255,
        alphabet: alnum_dash,
    },
    Prefixed {
        prefix: "xoxr-",
        kind: SecretKind::SlackToken,
        min: 10,
        max: 255,
        alphabet: alnum_dash,
    },
    Prefixed {
        prefix: "sk_live_",
        kind: SecretKind::StripeKey,
        min: 16,
        max: 255,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "rk_live_",
        kind: SecretKind::StripeKey,
        min: 16,
        max: 255,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "sk_test_",
        kind: SecretKind::StripeKey,
        min: 16,
        max: 255,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "AIza",
        kind: SecretKind::GoogleApiKey,
        min: 35,
        max: 35,
        alphabet: alnum_dash_underscore,
    },
    Prefixed {
        prefix: "hf_",
        kind: SecretKind::HuggingfaceToken,
        min: 30,
        max: 64,
        alphabet: alnum,
    },
    Prefixed {
        prefix: "npm_",
        kind: SecretKind::NpmToken,
        min: 36,
        max: 36,
        alphabet: alnum,
    },
];

fn at_word_start(bytes: &[u8], at: usize) -> bool {
    at == 0
        || !(bytes[at - 1].is_ascii_alphanumeric()
            || bytes[at - 1] == b'_'
            || bytes[at - 1] == b'-')
}

fn run(bytes: &[u8], from: usize, alphabet: fn(u8) -> bool) -> usize {
    bytes[from..].iter().take_while(|&&b| alphabet(b)).count()
}

fn prefixed_keys(text: &str, found: &mut Vec<(SecretKind, usize, usize)>) {
    let bytes = text.as_bytes();
    for p in PREFIXED {
        let mut from = 0;
        while let Some(pos) = text[from..].find(p.prefix) {
            let at = from + pos;
            from = at + p.prefix.len();
            if !at_word_start(bytes, at) {
                continue;
            }
            // `sk-ant-…` is Anthropic's; the OpenAI rule must not claim it too.
            if p.prefix == "sk-" && text[at..].starts_with("sk-ant-") {
                continue;
            }
            let len = run(bytes, from, p.alphabet);
            let body = &text[from..from + len];
            if len >= p.min && len <= p.max && looks_random(body) {
                found.push((p.kind, at, from + len));
            }
        }
    }
}

fn aws_access_keys(text: &str, found: &mut Vec<(SecretKind, usize, usize)>) {
    let bytes = text.as_bytes();
    for prefix in ["AKIA", "ASIA", "ABIA", "ACCA"] {
        let mut from = 0;
        while let Some(pos) = text[from..].find(prefix) {
            let at = from + pos;
            from = at + 4;
            let len = run(bytes, from, |b| {
                b.is_ascii_uppercase() || b.is_ascii_digit()
            });
            let body = &text[from..from + len];
            if at_word_start(bytes, at)
                && len == 16
                && !body.contains("EXAMPLE")
                && looks_random(body)
            {
                found.push((SecretKind::AwsAccessKeyId, at, from + len));
            }
        }
    }
}

fn private_keys(text: &str, found: &mut Vec<(SecretKind, usize, usize)>) {
    let mut from = 0;
    while let Some(pos) = text[from..].find("-----BEGIN ") {
        let at = from + pos;
        from = at + 11;
        let line_end = text[from..].find('\n').map_or(text.len(), |p| from + p);
        let header = &text[from..line_end];
        if let Some(close) = header.find("-----") {
            if header[..close].ends_with("PRIVATE KEY")
                || header[..close].ends_with("PRIVATE KEY BLOCK")
            {
                let end = text[from..]
                    .find("-----END ")
                    .map_or(line_end, |p| from + p);
                found.push((SecretKind::PrivateKey, at, end.max(line_end)));
            }
        }
    }
}

fn jwts(text: &str, found: &mut Vec<(SecretKind, usize, usize)>) {
    let bytes = text.as_bytes();
    let b64 = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let mut from = 0;
    while let Some(pos) = text[from..].find("eyJ") {
        let at = from + pos;
        from = at + 3;
        if !at_word_start(bytes, at) {
            continue;
        }
        let header_len = run(bytes, at, b64);
        let dot1 = at + header_len;
        if bytes.get(dot1) != Some(&b'.') {
            continue;
        }
        let payload_len = run(bytes, dot1 + 1, b64);
        let dot2 = dot1 + 1 + payload_len;
        if payload_len < 2 || bytes.get(dot2) != Some(&b'.') {
            continue;
        }
        let signature_len = run(bytes, dot2 + 1, b64);
        let header = decode_base64url(&text[at..dot1]);
        let is_jose = header
            .as_deref()
            .and_then(|h| std::str::from_utf8(h).ok())
            .is_some_and(|h| h.trim_start().starts_with('{') && h.contains("\"alg\""));
        if is_jose {
            found.push((SecretKind::Jwt, at, dot2 + 1 + signature_len));
            from = dot2 + 1 + signature_len;
        }
    }
}

fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for &c in text.as_bytes().iter().take_while(|&&c| c != b'=') {
        buffer = (buffer << 6) | value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn url_passwords(text: &str, found: &mut Vec<(SecretKind, usize, usize)>) {
    let mut from = 0;
    while let Some(pos) = text[from..].find("://") {
        let at = from + pos;
        from = at + 3;
        let scheme_ok = at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric();
        let rest = &text[from..];
        let authority_end = rest
            .find(|c: char| {
                c == '/' || c == '?' || c == '#' || c.is_whitespace() || c == '"' || c == '\''
            })
            .unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let Some(userinfo_end) = authority.rfind('@') else {
            continue;
        };
        let userinfo = &authority[..userinfo_end];
        let Some(colon) = userinfo.find(':') else {
            continue;
        };
        let password = &userinfo[colon + 1..];
        if scheme_ok && !password.is_empty() && !is_placeholder(password) {
            let start = from + colon + 1;
            found.push((SecretKind::PasswordInUrl, start, start + password.len()));
        }
    }
}

const CREDENTIAL_NAMES: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "secret",
    "token",
    "api_key",
    "apikey",
    "api-key",
    "access_key",
    "secret_key",
    "client_secret",
    "auth",
    "private_key",
    "credentials",
];

fn credential_assignments(text: &str, found: &mut Vec<(SecretKind, usize, usize)>) {
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    for name in CREDENTIAL_NAMES {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(name) {
            let at = from + pos;
            from = at + name.len();
            // Allow suffixes such as `_KEY`/`Token` in the name itself: skip word chars.
            let mut i = from;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            while i < bytes.len() && matches!(bytes[i], b' ' | b'"' | b'\'') {
                i += 1;
            }
            if i >= bytes.len() || !matches!(bytes[i], b'=' | b':') {
                continue;
            }
            i += 1;
            while i < bytes.len() && matches!(bytes[i], b' ' | b'"' | b'\'' | b'=') {
                i += 1;
            }
            let len = run(bytes, i, |b| {
                !b.is_ascii_whitespace() && !matches!(b, b'"' | b'\'' | b',' | b';' | b')' | b'}')
            });
            let value = &text[i..i + len];
            if len >= 12 && !is_placeholder(value) && entropy(value) >= 3.5 && mixed_classes(value)
            {
                found.push((SecretKind::CredentialAssignment, i, i + len));
            }
        }
    }
}

fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let first = value.as_bytes().first().copied().unwrap_or(b'x');
    matches!(first, b'<' | b'{' | b'$' | b'%' | b'[' | b'*')
        || [
            "password", "passwd", "pass", "pwd", "secret", "changeme", "example", "test", "user",
            "username", "root", "admin", "token",
        ]
        .contains(&lower.as_str())
        || [
            "your",
            "xxxx",
            "placeholder",
            "example",
            "redacted",
            "...",
            "****",
            "here",
            "dummy",
            "fake",
        ]
        .iter()
        .any(|p| lower.contains(p))
        || value.bytes().all(|b| b == value.as_bytes()[0])
}

/// Shannon entropy in bits per character.
fn entropy(value: &str) -> f64 {
    let mut counts = [0usize; 256];
    for b in value.bytes() {
        counts[b as usize] += 1;
    }
    let n = value.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

fn mixed_classes(value: &str) -> bool {
    let digits = value.bytes().any(|b| b.is_ascii_digit());
    let lower = value.bytes().any(|b| b.is_ascii_lowercase());
    let upper = value.bytes().any(|b| b.is_ascii_uppercase());
    let symbol = value.bytes().any(|b| !b.is_ascii_alphanumeric());
    [digits, lower, upper, symbol]
        .iter()
        .filter(|&&x| x)
        .count()
        >= 2
}

/// Key bodies are random: letters and digits mixed, not a run of one character, no
/// placeholder words.
fn looks_random(body: &str) -> bool {
    let has_digit = body.bytes().any(|b| b.is_ascii_digit());
    let has_alpha = body.bytes().any(|b| b.is_ascii_alphabetic());
    has_digit && has_alpha && !is_placeholder(body) && entropy(body) >= 3.0
}
