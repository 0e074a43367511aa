//! The service's JWT path. Arbitrary text as a bearer token never authenticates (the
//! fuzzer cannot forge HS256), and `key_id`/`Jwks::parse` never panic. With the first
//! byte odd, the rest is split into a header and claims that are signed with the real
//! secret, so the claim checks themselves are fuzzed: an accepted token must have a
//! `sub` equal to the user and an `exp` not in the past.
#![no_main]
use codegen_service::auth::{authenticate, key_id, AuthConfig, Jwks};
use libfuzzer_sys::fuzz_target;

const SECRET: &[u8] = b"fuzz-secret-0123456789abcdefghijkl";
const NOW: i64 = 1_764_000_000;

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, &b| n << 8 | u32::from(b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn hmac_sha256(key: &[u8], message: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut block = [0u8; 64];
    block[..key.len()].copy_from_slice(key);
    let inner: Vec<u8> = block.iter().map(|b| b ^ 0x36).collect();
    let outer: Vec<u8> = block.iter().map(|b| b ^ 0x5c).collect();
    let inner_hash = Sha256::new()
        .chain_update(&inner)
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(&outer)
        .chain_update(inner_hash)
        .finalize()
        .to_vec()
}

fuzz_target!(|data: &[u8]| {
    let config = AuthConfig {
        hs256_secret: Some(SECRET.to_vec()),
        issuer: None,
        audience: None,
        leeway_seconds: 30,
    };
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let _ = key_id(&text);
    let _ = Jwks::parse(&text);
    if mode % 2 == 0 {
        let result = authenticate(Some(&format!("Bearer {text}")), &config, None, NOW);
        assert!(result.is_err(), "an unsigned token authenticated: {text:?}");
        return;
    }
    let (header, claims) = match rest.iter().position(|&b| b == 0) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (&br#"{"alg":"HS256","typ":"JWT"}"#[..], rest),
    };
    let input = format!("{}.{}", base64url(header), base64url(claims));
    let token = format!(
        "{input}.{}",
        base64url(&hmac_sha256(SECRET, input.as_bytes()))
    );
    if let Ok(user) = authenticate(Some(&format!("Bearer {token}")), &config, None, NOW) {
        let claims: serde_json::Value =
            serde_json::from_slice(claims).expect("accepted claims are JSON");
        assert_eq!(claims["sub"].as_str(), Some(user.id.as_str()));
        let exp = claims["exp"]
            .as_f64()
            .expect("accepted tokens have a numeric exp");
        assert!(exp >= (NOW - 30) as f64, "expired token accepted: {claims}");
    }
});
