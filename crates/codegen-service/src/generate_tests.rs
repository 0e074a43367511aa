//! Every branch of the orchestration under a scripted platform: the LLM provider, the
//! JWKS endpoint and the limiter's transport are scripted; the limiter's arithmetic,
//! the engine, auth and the cache policy are the real ones.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::*;
use crate::jwks_cache::REFETCH_COOLDOWN_MS;
use crate::platform::LlmReply;
use crate::rate_limit::UserLimits;
use crate::spans::Attribute;
use crate::testing::{block_on, signed_token, LimiterFault, Scripted};

const SECRET: &[u8] = b"orchestration-secret-0123456789abcdef";
const NOW_MS: f64 = 1_800_000_000_000.0;
const SOMA: &str = "def soma(a, b):\n    \"\"\"Soma.\"\"\"\n    return a + b\n";
const UNSAFE: &str = "import os\nos.system('ls')\n";
const BROKEN: &str = "def soma(a, b)\n    return a + b\n";
const PROMPT_BODY: &str = r#"{"prompt": "Crie uma função Python que soma dois números"}"#;

fn config_with(extra: &[(&str, &str)]) -> Config {
    let mut settings: HashMap<String, String> = [
        ("LLM_API_URL", "http://127.0.0.1:9/v1/chat/completions"),
        ("LLM_API_KEY", "sk-test"),
        ("LLM_MODEL", "primary"),
        ("LLM_FALLBACK_MODEL", "fallback"),
        ("JWT_SECRET", std::str::from_utf8(SECRET).unwrap()),
        ("LLM_TIMEOUT_MS", "1500"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (k, v) in extra {
        settings.insert(k.to_string(), v.to_string());
    }
    Config::from_source(|name| settings.get(name).cloned()).expect("config")
}

fn config() -> Config {
    config_with(&[])
}

fn answer(code: &str) -> LlmReply {
    let content = format!("Here:\n\n```python\n{code}```\n");
    LlmReply {
        status: Some(200),
        body: Ok(
            json!({"choices": [{"message": {"role": "assistant", "content": content}}]})
                .to_string()
                .into_bytes(),
        ),
    }
}

fn failure(error: LlmError) -> LlmReply {
    let status = match error {
        LlmError::Status(status) => Some(status),
        _ => None,
    };
    LlmReply {
        status,
        body: Err(error),
    }
}

fn platform() -> Scripted {
    Scripted::new(NOW_MS).with_body([PROMPT_BODY.as_bytes().to_vec()])
}

fn bearer(user: &str) -> String {
    let token = signed_token(SECRET, user, (NOW_MS / 1000.0) as i64, 600).expect("token");
    format!("Bearer {token}")
}

/// Runs one request as `user` through `serve`, the worker's entry point.
fn run(platform: &Scripted, config: &Config, user: &str) -> Outcome {
    let authorization = bearer(user);
    let request = Incoming {
        method: "POST",
        authorization: Some(&authorization),
        content_type: Some("application/json"),
        content_length: None,
        traceparent: None,
    };
    block_on(serve(platform, Ok(config), &request))
}

fn models(platform: &Scripted) -> Vec<String> {
    platform
        .llm_calls
        .borrow()
        .iter()
        .map(|c| c.model.clone())
        .collect()
}

fn used_today(platform: &Scripted, user: &str) -> u32 {
    UserLimits::restore(platform.limiter_rows.borrow().get(user).map(String::as_str)).used_today
}

fn span<'a>(outcome: &'a Outcome, name: &str) -> Vec<&'a Span> {
    outcome.spans.iter().filter(|s| s.name == name).collect()
}

#[test]
fn a_good_answer_is_the_guides_200() {
    let p = platform();
    p.llm_latency_ms.set(420.0);
    p.script_llm([answer(SOMA)]);
    let outcome = run(&p, &config(), "alice");
    assert_eq!(
        (outcome.status, outcome.code),
        (200, "ok"),
        "{}",
        outcome.body
    );
    let body = &outcome.body;
    assert_eq!(body["code"], SOMA);
    assert_eq!(body["validation_results"]["passed"], true);
    assert_eq!(body["validation_results"]["issues_count"], 0);
    assert_eq!(body["trace_id"], outcome.trace.trace_id.as_str());
    assert_eq!(
        body["metrics"],
        json!({"latency_seconds": 0.42, "quota_remaining": 99})
    );
    assert_eq!(body["model"], "primary");
    assert_eq!(body["attempts"], 1);
    assert_eq!(models(&p), ["primary"]);
    let call = &p.llm_calls.borrow()[0];
    assert_eq!(call.timeout_ms, 1500);
    assert_eq!(
        call.body["messages"][1]["content"],
        "Crie uma função Python que soma dois números"
    );
    // The provider is told this call's span.
    let llm_span = span(&outcome, "llm.call")[0];
    assert_eq!(
        call.traceparent,
        format!("00-{}-{}-01", outcome.trace.trace_id, llm_span.span_id)
    );
    let names: Vec<&str> = outcome.spans.iter().map(|s| s.name).collect();
    assert_eq!(
        names,
        [
            "POST /llm-codegen/generate",
            "auth",
            "rate_limit",
            "llm.call",
            "validation"
        ]
    );
    assert_eq!(used_today(&p, "alice"), 1);
    let line: Value = serde_json::from_str(&outcome.log_line).unwrap();
    assert_eq!(
        (line["user"].as_str(), line["code"].as_str()),
        (Some("alice"), Some("ok"))
    );
    assert!(!outcome.log_is_error);
    assert_eq!(outcome.observation.llm_calls.len(), 1);
    assert!(outcome.metrics_shard.starts_with("shard-"));
}

#[test]
fn retries_once_on_429_5xx_timeout_and_unreachable() {
    for error in [
        LlmError::Status(429),
        LlmError::Status(503),
        LlmError::Timeout(1500),
        LlmError::Unreachable,
    ] {
        let p = platform();
        p.script_llm([failure(error.clone()), answer(SOMA)]);
        let outcome = run(&p, &config(), "retry");
        assert_eq!(outcome.status, 200, "{error:?}: {}", outcome.body);
        assert_eq!(models(&p), ["primary", "primary"], "{error:?}");
        assert_eq!(outcome.body["attempts"], 2);
        let outcomes: Vec<String> = outcome
            .observation
            .llm_calls
            .iter()
            .map(|c| c.outcome.clone())
            .collect();
        assert_eq!(outcomes, [error.outcome(), "ok".to_string()]);
    }
}

#[test]
fn no_retry_on_4xx_garbage_or_too_large_but_the_fallback_is_asked() {
    for error in [
        LlmError::Status(400),
        LlmError::TooLarge,
        LlmError::Garbage("x".into()),
    ] {
        let p = platform();
        p.script_llm([failure(error.clone()), answer(SOMA)]);
        let outcome = run(&p, &config(), "no-retry");
        assert_eq!(outcome.status, 200, "{error:?}");
        assert_eq!(models(&p), ["primary", "fallback"], "{error:?}");
        assert_eq!(outcome.body["model"], "fallback");
    }
    // An answer that is not a chat completion counts as garbage.
    let p = platform();
    p.script_llm([
        LlmReply {
            status: Some(200),
            body: Ok(b"<html>".to_vec()),
        },
        answer(SOMA),
    ]);
    assert_eq!(run(&p, &config(), "garbage").status, 200);
    assert_eq!(models(&p), ["primary", "fallback"]);
}

#[test]
fn the_fallback_model_after_the_primary_fails_twice() {
    let p = platform();
    p.script_llm([
        failure(LlmError::Status(503)),
        failure(LlmError::Status(429)),
        answer(SOMA),
    ]);
    let outcome = run(&p, &config(), "fallback");
    assert_eq!(outcome.status, 200);
    assert_eq!(outcome.body["model"], "fallback");
    assert_eq!(models(&p), ["primary", "primary", "fallback"]);
}

#[test]
fn everything_failing_is_an_llm_error_refunded() {
    let p = platform();
    p.script_llm((0..4).map(|_| failure(LlmError::Timeout(1500))));
    let outcome = run(&p, &config(), "down");
    assert_eq!((outcome.status, outcome.code), (500, "llm_error"));
    assert!(outcome.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("did not answer within 1500 ms"));
    assert_eq!(models(&p), ["primary", "primary", "fallback", "fallback"]);
    assert_eq!(used_today(&p, "down"), 0, "the unit was refunded");
    assert_eq!(span(&outcome, "rate_limit.refund").len(), 1);
    assert!(outcome.log_is_error);
    let root = &outcome.spans[0];
    assert!(root.error.as_deref().unwrap().contains("did not answer"));
    // Without a fallback model: two calls only.
    let p = platform();
    let no_fallback = config_with(&[("LLM_FALLBACK_MODEL", "")]);
    assert_eq!(run(&p, &no_fallback, "down").code, "llm_error");
    assert_eq!(models(&p), ["primary", "primary"]);
}

#[test]
fn a_repair_round_goes_to_the_model_that_wrote_the_code() {
    let p = platform();
    p.script_llm([
        failure(LlmError::Status(500)),
        failure(LlmError::Status(500)),
        answer(UNSAFE),
        answer(SOMA),
    ]);
    let outcome = run(&p, &config(), "repair");
    assert_eq!(outcome.status, 200, "{}", outcome.body);
    assert_eq!(outcome.body["code"], SOMA);
    assert_eq!(models(&p), ["primary", "primary", "fallback", "fallback"]);
    let calls = p.llm_calls.borrow();
    let repair = &calls[3].body["messages"];
    assert_eq!(repair.as_array().map(Vec::len), Some(4));
    assert!(repair[2]["content"].as_str().unwrap().contains("os.system"));
    assert!(repair[3]["content"].as_str().unwrap().contains("S101"));
    let rounds: Vec<Option<&Attribute>> = span(&outcome, "validation")
        .iter()
        .map(|s| s.get("validation.passed"))
        .collect();
    assert_eq!(
        rounds,
        [Some(&Attribute::Bool(false)), Some(&Attribute::Bool(true))]
    );
    assert_eq!(outcome.observation.blocked_rules, ["S101"]);
    assert_eq!(used_today(&p, "repair"), 1);
}

#[test]
fn unsafe_or_broken_twice_is_a_400_with_findings_and_no_refund() {
    for (code, expected) in [(UNSAFE, "unsafe_code"), (BROKEN, "invalid_code")] {
        let p = platform();
        p.script_llm([answer(code), answer(code)]);
        let outcome = run(&p, &config(), "bad-code");
        assert_eq!((outcome.status, outcome.code), (400, expected));
        let results = &outcome.body["validation_results"];
        assert_eq!(results["passed"], false);
        assert!(results["issues_count"].as_u64().unwrap() > 0);
        assert!(outcome.body.get("code").is_none());
        assert!(!outcome.body.to_string().contains("os.system('ls')"));
        assert_eq!(used_today(&p, "bad-code"), 1, "a 4xx is never refunded");
        assert!(span(&outcome, "rate_limit.refund").is_empty());
    }
}

#[test]
fn success_and_error_bodies_share_the_validation_results_shape() {
    let p = platform();
    p.script_llm([answer(SOMA)]);
    let ok = run(&p, &config(), "shape").body["validation_results"].clone();
    let p = platform();
    p.script_llm([answer(UNSAFE), answer(UNSAFE)]);
    let refused = run(&p, &config(), "shape").body["validation_results"].clone();
    // Sorted: serde_json keeps insertion order when another crate of the workspace turns
    // on `preserve_order`, and sorts keys otherwise.
    let keys = |v: &Value| {
        let mut keys = v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        keys.sort();
        keys
    };
    assert_eq!(keys(&ok), ["issues", "issues_count", "passed", "score"]);
    assert_eq!(keys(&ok), keys(&refused));
}

#[test]
fn refused_by_the_limits_never_reaches_the_llm() {
    let config = config_with(&[("RATE_LIMIT_PER_MINUTE", "2")]);
    // One platform per request (each brings its body), the limiter rows carried over.
    let rows = std::cell::RefCell::new(HashMap::new());
    let mut last = None;
    for _ in 0..3 {
        let p = platform();
        *p.limiter_rows.borrow_mut() = rows.borrow().clone();
        p.script_llm([answer(SOMA)]);
        let outcome = run(&p, &config, "burst");
        *rows.borrow_mut() = p.limiter_rows.borrow().clone();
        last = Some((outcome, p.llm_calls.borrow().len()));
    }
    let (outcome, calls) = last.unwrap();
    assert_eq!((outcome.status, outcome.code), (429, "rate_limited"));
    assert_eq!(calls, 0, "no LLM call past the limit");
    assert_eq!(outcome.headers, [("retry-after", "60".to_string())]);
    assert_eq!(
        span(&outcome, "rate_limit")[0].get("ratelimit.decision"),
        Some(&Attribute::Str("rate_limited".into()))
    );
    assert_eq!(outcome.observation.limited.as_deref(), Some("rate_limit"));
}

#[test]
fn a_spent_quota_is_a_400_quota_exceeded() {
    let p = platform();
    let config = config_with(&[("QUOTA_PER_DAY", "1")]);
    let day = crate::rate_limit::utc_day(NOW_MS as i64);
    p.limiter_rows.borrow_mut().insert(
        "spent".into(),
        json!({"recent": [], "day": day, "used_today": 1}).to_string(),
    );
    let outcome = run(&p, &config, "spent");
    assert_eq!((outcome.status, outcome.code), (400, "quota_exceeded"));
    assert_eq!(outcome.observation.limited.as_deref(), Some("quota"));
    assert!(p.llm_calls.borrow().is_empty());
}

#[test]
fn a_limiter_outage_is_a_503_limiter_unavailable_and_refunded() {
    for fault in [
        LimiterFault::Unreachable,
        LimiterFault::AnswerLost,
        LimiterFault::Garbage,
    ] {
        let p = platform();
        p.limiter_fault.set(Some(fault));
        let outcome = run(&p, &config(), "outage");
        assert_eq!(
            (outcome.status, outcome.code),
            (503, "limiter_unavailable"),
            "{fault:?}"
        );
        let message = outcome.body["error"]["message"].as_str().unwrap();
        assert!(message.contains("rate limiter is unavailable"), "{message}");
        assert!(p.llm_calls.borrow().is_empty());
        let commands = p.limiter_commands.borrow();
        assert!(
            matches!(commands.last(), Some(LimiterCommand::Refund { .. })),
            "{fault:?}: {commands:?}"
        );
        assert_eq!(
            span(&outcome, "rate_limit")[0].get("ratelimit.decision"),
            Some(&Attribute::Str("unavailable".into()))
        );
    }
    // The charge that happened before the answer was lost is given back.
    let p = platform();
    p.limiter_fault.set(Some(LimiterFault::AnswerLost));
    run(&p, &config(), "lost");
    assert_eq!(used_today(&p, "lost"), 0);
}

#[test]
fn an_unreadable_limiter_row_resets_and_the_request_goes_on() {
    let p = platform();
    p.limiter_rows
        .borrow_mut()
        .insert("damaged".into(), "{\"recent\": oops".into());
    p.script_llm([answer(SOMA)]);
    let outcome = run(&p, &config(), "damaged");
    assert_eq!(outcome.status, 200);
    assert_eq!(outcome.body["metrics"]["quota_remaining"], 99);
}

#[test]
fn bad_requests_stop_before_the_limiter() {
    // (method, content type, body chunks, expected code)
    type Case = (
        &'static str,
        Option<&'static str>,
        Vec<Vec<u8>>,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "GET",
            Some("application/json"),
            vec![],
            "method_not_allowed",
        ),
        (
            "POST",
            Some("text/plain"),
            vec![PROMPT_BODY.into()],
            "unsupported_media_type",
        ),
        (
            "POST",
            Some("application/json"),
            vec![b"{not json".to_vec()],
            "invalid_json",
        ),
        (
            "POST",
            Some("application/json"),
            vec![br#"{"prompt": "curto"}"#.to_vec()],
            "invalid_prompt",
        ),
        (
            "POST",
            Some("application/json"),
            vec![
                br#"{"prompt": "use sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH in the client"}"#
                    .to_vec(),
            ],
            "prompt_contains_secret",
        ),
    ];
    for (method, content_type, body, code) in cases {
        let p = Scripted::new(NOW_MS).with_body(body);
        let authorization = bearer("bad");
        let request = Incoming {
            method,
            authorization: Some(&authorization),
            content_type,
            ..Incoming::default()
        };
        let outcome = block_on(serve(&p, Ok(&config()), &request));
        assert_eq!(outcome.code, code);
        assert!(p.limiter_commands.borrow().is_empty(), "{code}");
        assert!(p.llm_calls.borrow().is_empty(), "{code}");
    }
}

#[test]
fn a_body_past_the_cap_is_refused_as_soon_as_it_passes_it() {
    let config = config_with(&[("MAX_BODY_BYTES", "65536")]);
    // 90 MB announced by nobody, in 64 KiB chunks: two chunks read, no more.
    let chunks = (0..1440).map(|_| vec![b' '; 64 * 1024]);
    let p = Scripted::new(NOW_MS).with_body(chunks);
    let authorization = bearer("big");
    let request = Incoming {
        method: "POST",
        authorization: Some(&authorization),
        content_type: Some("application/json"),
        ..Incoming::default()
    };
    let outcome = block_on(serve(&p, Ok(&config), &request));
    assert_eq!((outcome.status, outcome.code), (413, "payload_too_large"));
    assert_eq!(p.body_chunks_taken.get(), 2);
    // A declared length past the cap reads nothing.
    let p = Scripted::new(NOW_MS).with_body([vec![b' '; 10]]);
    let request = Incoming {
        content_length: Some("70000"),
        ..request
    };
    assert_eq!(block_on(serve(&p, Ok(&config), &request)).status, 413);
    assert_eq!(p.body_chunks_taken.get(), 0);
}

#[test]
fn unauthorized_requests_stop_at_auth() {
    let p = platform();
    let request = Incoming {
        method: "POST",
        authorization: Some("Bearer not-a-token"),
        content_type: Some("application/json"),
        ..Incoming::default()
    };
    let outcome = block_on(serve(&p, Ok(&config()), &request));
    assert_eq!((outcome.status, outcome.code), (401, "unauthorized"));
    assert_eq!(
        outcome.headers,
        [("www-authenticate", "Bearer".to_string())]
    );
    assert_eq!(
        p.body_chunks_taken.get(),
        0,
        "the body of a stranger is not read"
    );
    assert_eq!(
        span(&outcome, "auth")[0].get("auth.outcome"),
        Some(&Attribute::Str("malformed".into()))
    );
}

#[test]
fn misconfiguration_names_the_settings() {
    let problems = Config::from_source(|_| None).expect_err("nothing set");
    let p = platform();
    let outcome = block_on(serve(&p, Err(&problems), &Incoming::default()));
    assert_eq!((outcome.status, outcome.code), (500, "misconfigured"));
    assert!(outcome.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("LLM_API_URL"));
}

#[test]
fn an_incoming_traceparent_is_continued() {
    let p = platform();
    p.script_llm([answer(SOMA)]);
    let authorization = bearer("traced");
    let request = Incoming {
        method: "POST",
        authorization: Some(&authorization),
        content_type: Some("application/json"),
        traceparent: Some("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
        ..Incoming::default()
    };
    let outcome = block_on(serve(&p, Ok(&config()), &request));
    assert_eq!(outcome.body["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
    assert_eq!(
        outcome.spans[0].parent_span_id.as_deref(),
        Some("00f067aa0ba902b7")
    );
}

/// A JWKS with one EC key `ec1` (no private key needed: these tests count fetches).
const JWKS: &str = r#"{"keys": [{"kty": "EC", "crv": "P-256", "kid": "ec1", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}"#;

/// An RS256-looking token naming `kid` (its signature is irrelevant to the fetch policy).
fn token_naming(kid: &str) -> String {
    use base64_like::encode;
    format!(
        "Bearer {}.{}.c2ln",
        encode(&format!(r#"{{"alg":"ES256","typ":"JWT","kid":"{kid}"}}"#)),
        encode(r#"{"sub":"x","exp":9999999999}"#)
    )
}

mod base64_like {
    /// Base64url without padding (the JWT encoding), enough for test headers.
    pub fn encode(text: &str) -> String {
        const TABLE: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let bytes = text.as_bytes();
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }
}

fn authenticate_with_jwks(p: &Scripted, config: &Config, kid: &str) -> Outcome {
    let authorization = token_naming(kid);
    let request = Incoming {
        method: "POST",
        authorization: Some(&authorization),
        content_type: Some("application/json"),
        ..Incoming::default()
    };
    block_on(serve(p, Ok(config), &request))
}

#[test]
fn jwks_is_cached_and_unknown_kids_refetch_at_most_once_per_cool_down() {
    let config = config_with(&[
        ("JWT_SECRET", ""),
        ("JWT_JWKS_URL", "https://id.example/jwks"),
    ]);
    let p = Scripted::new(NOW_MS);
    p.jwks_documents
        .borrow_mut()
        .extend((0..10).map(|_| Some(JWKS.to_string())));
    // A forged signature is still a 401 — what matters here is how often the JWKS is read.
    assert_eq!(authenticate_with_jwks(&p, &config, "ec1").status, 401);
    assert_eq!(p.jwks_fetches.get(), 1, "first use fetches");
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(
        p.jwks_fetches.get(),
        1,
        "a known kid is served from the cache"
    );
    for i in 0..5 {
        authenticate_with_jwks(&p, &config, &format!("made-up-{i}"));
    }
    assert_eq!(
        p.jwks_fetches.get(),
        1,
        "unknown kids wait for the cool-down"
    );
    p.advance(REFETCH_COOLDOWN_MS + 1.0);
    authenticate_with_jwks(&p, &config, "made-up-again");
    assert_eq!(
        p.jwks_fetches.get(),
        2,
        "after the cool-down an unknown kid refetches"
    );
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(p.jwks_fetches.get(), 2);
    p.advance(crate::jwks_cache::MAX_AGE_MS + 1.0);
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(
        p.jwks_fetches.get(),
        3,
        "the set is refreshed after ten minutes"
    );
}

#[test]
fn jwks_down_keeps_the_last_good_set_and_retries_at_once_when_there_is_none() {
    let config = config_with(&[
        ("JWT_SECRET", ""),
        ("JWT_JWKS_URL", "https://id.example/jwks"),
    ]);
    let p = Scripted::new(NOW_MS);
    p.jwks_documents
        .borrow_mut()
        .extend([None, None, Some(JWKS.to_string()), None]);
    authenticate_with_jwks(&p, &config, "ec1");
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(
        p.jwks_fetches.get(),
        2,
        "no keys yet: every token tries again"
    );
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(p.jwks_fetches.get(), 3);
    p.advance(crate::jwks_cache::MAX_AGE_MS + 1.0);
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(
        p.jwks_fetches.get(),
        4,
        "stale: refetched, and the fetch fails"
    );
    let plan = p.jwks.borrow().plan(p.now_ms(), Some("ec1"));
    assert!(
        matches!(plan, JwksPlan::Use(Some(_))),
        "the last good set is kept: {plan:?}"
    );
    authenticate_with_jwks(&p, &config, "ec1");
    assert_eq!(
        p.jwks_fetches.get(),
        4,
        "a failed refresh waits for the cool-down"
    );
}

#[test]
fn model_order_puts_the_repairing_model_first_and_never_repeats_one() {
    let config = config();
    assert_eq!(model_order(&config, None), ["primary", "fallback"]);
    assert_eq!(
        model_order(&config, Some("fallback")),
        ["fallback", "primary"]
    );
    let same = config_with(&[("LLM_FALLBACK_MODEL", "primary")]);
    assert_eq!(model_order(&same, None), ["primary"]);
}
