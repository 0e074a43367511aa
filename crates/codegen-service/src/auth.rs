//! Bearer JWT authentication with jwt-compact: HS256 with a shared secret, RS256 and
//! ES256 with keys from a JWKS document. The algorithm comes from the token but the
//! key material never does: an HS256 token is checked only against the configured
//! secret, RS256/ES256 only against JWKS keys of the matching type, anything else
//! (`none` included) is refused.

use chrono::{DateTime, Duration, Utc};
use jwt_compact::alg::{Es256, Hs256, Hs256Key, Rsa, RsaPublicKey};
use jwt_compact::jwk::JsonWebKey;
use jwt_compact::{Algorithm, AlgorithmExt, Claims, TimeOptions, UntrustedToken, ValidationError};
use serde::Deserialize;

type Es256Key = <Es256 as Algorithm>::VerifyingKey;

/// What the configuration says about tokens.
#[derive(Debug, Clone, Default)]
pub struct AuthConfig {
    pub hs256_secret: Option<Vec<u8>>,
    pub issuer: Option<String>,
    pub audience: Option<String>,
    pub leeway_seconds: i64,
}

/// The authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
}

/// Why a token was refused. Only for logs: clients always get a plain 401.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("no Authorization header")]
    Missing,
    #[error("Authorization is not a Bearer token")]
    NotBearer,
    #[error("the token is malformed")]
    Malformed,
    #[error("algorithm {0} is not accepted")]
    UnsupportedAlgorithm(String),
    #[error("no key is configured for {0}")]
    NoKey(&'static str),
    #[error("no JWKS key has kid {0:?}")]
    UnknownKey(Option<String>),
    #[error("the signature does not verify")]
    BadSignature,
    #[error("the token has no exp claim")]
    NoExpiry,
    #[error("the token has expired")]
    Expired,
    #[error("the token is not valid yet")]
    NotYetValid,
    #[error("wrong issuer")]
    WrongIssuer,
    #[error("wrong audience")]
    WrongAudience,
    #[error("the token has no sub claim")]
    NoSubject,
}

impl AuthError {
    /// A fixed label for spans and logs: never the token's own (attacker-chosen) text.
    pub fn reason(&self) -> &'static str {
        match self {
            AuthError::Missing => "missing",
            AuthError::NotBearer => "not_bearer",
            AuthError::Malformed => "malformed",
            AuthError::UnsupportedAlgorithm(_) => "unsupported_algorithm",
            AuthError::NoKey(_) => "no_key",
            AuthError::UnknownKey(_) => "unknown_key",
            AuthError::BadSignature => "bad_signature",
            AuthError::NoExpiry => "no_expiry",
            AuthError::Expired => "expired",
            AuthError::NotYetValid => "not_yet_valid",
            AuthError::WrongIssuer => "wrong_issuer",
            AuthError::WrongAudience => "wrong_audience",
            AuthError::NoSubject => "no_subject",
        }
    }
}

enum PublicKey {
    Rsa(Box<RsaPublicKey>),
    Es256(Box<Es256Key>),
}

/// Public keys from a JWKS document (`{"keys": [...]}`); keys it cannot use are skipped.
pub struct Jwks {
    keys: Vec<(Option<String>, PublicKey)>,
}

impl std::fmt::Debug for Jwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jwks")
            .field(
                "kids",
                &self.keys.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .finish()
    }
}

#[derive(Deserialize)]
struct JwksDocument {
    keys: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl Jwks {
    pub fn parse(json: &str) -> Result<Jwks, String> {
        let document: JwksDocument =
            serde_json::from_str(json).map_err(|e| format!("JWKS is not a key set: {e}"))?;
        let mut keys = Vec::new();
        for mut entry in document.keys {
            let kid = entry
                .get("kid")
                .and_then(|k| k.as_str())
                .map(str::to_string);
            // jwt-compact's JWK type holds the key material only.
            for field in [
                "kid", "alg", "use", "key_ops", "x5c", "x5t", "x5t#S256", "x5u",
            ] {
                entry.remove(field);
            }
            let Ok(jwk) =
                serde_json::from_value::<JsonWebKey<'_>>(serde_json::Value::Object(entry))
            else {
                continue;
            };
            if let Ok(key) = RsaPublicKey::try_from(&jwk) {
                keys.push((kid, PublicKey::Rsa(Box::new(key))));
            } else if let Ok(key) = Es256Key::try_from(&jwk) {
                keys.push((kid, PublicKey::Es256(Box::new(key))));
            }
        }
        Ok(Jwks { keys })
    }

    pub fn has_key(&self, kid: Option<&str>) -> bool {
        self.keys
            .iter()
            .any(|(k, _)| kid.is_none() || k.as_deref() == kid)
    }

    fn candidates<'k>(&'k self, kid: Option<&'k str>) -> impl Iterator<Item = &'k PublicKey> + 'k {
        self.keys
            .iter()
            .filter(move |(k, _)| kid.is_none() || k.as_deref() == kid)
            .map(|(_, key)| key)
    }
}

#[derive(Debug, Deserialize)]
struct Registered {
    sub: Option<String>,
    iss: Option<String>,
    aud: Option<Audience>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

impl Audience {
    fn contains(&self, wanted: &str) -> bool {
        match self {
            Audience::One(a) => a == wanted,
            Audience::Many(all) => all.iter().any(|a| a == wanted),
        }
    }
}

/// The token of an `Authorization: Bearer <token>` header.
pub fn bearer_token(header: Option<&str>) -> Result<&str, AuthError> {
    let header = header.ok_or(AuthError::Missing)?.trim();
    let (scheme, token) = header.split_once(' ').ok_or(AuthError::NotBearer)?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(AuthError::NotBearer);
    }
    let token = token.trim();
    if token.is_empty() || token.len() > 16 * 1024 {
        return Err(AuthError::Malformed);
    }
    Ok(token)
}

/// The key id a token names, to decide whether to refetch the JWKS first.
pub fn key_id(token: &str) -> Option<String> {
    UntrustedToken::new(token).ok()?.header().key_id.clone()
}

/// Verifies a bearer token at `now_seconds` (Unix time).
pub fn authenticate(
    authorization: Option<&str>,
    config: &AuthConfig,
    jwks: Option<&Jwks>,
    now_seconds: i64,
) -> Result<User, AuthError> {
    let token = bearer_token(authorization)?;
    let untrusted = UntrustedToken::new(token).map_err(|_| AuthError::Malformed)?;
    let kid = untrusted.header().key_id.clone();
    let claims: Claims<Registered> = match untrusted.algorithm() {
        "HS256" => {
            let secret = config
                .hs256_secret
                .as_deref()
                .ok_or(AuthError::NoKey("HS256"))?;
            let key = Hs256Key::new(secret);
            verified(Hs256.validator::<Registered>(&key).validate(&untrusted))?
        }
        alg @ ("RS256" | "ES256") => {
            let jwks = jwks.ok_or(AuthError::NoKey(if alg == "RS256" {
                "RS256"
            } else {
                "ES256"
            }))?;
            let mut outcome = Err(AuthError::UnknownKey(kid.clone()));
            for key in jwks.candidates(kid.as_deref()) {
                let result = match (alg, key) {
                    ("RS256", PublicKey::Rsa(key)) => Rsa::rs256()
                        .validator::<Registered>(key.as_ref())
                        .validate(&untrusted),
                    ("ES256", PublicKey::Es256(key)) => Es256
                        .validator::<Registered>(key.as_ref())
                        .validate(&untrusted),
                    _ => continue,
                };
                outcome = verified(result);
                if outcome.is_ok() {
                    break;
                }
            }
            outcome?
        }
        other => {
            return Err(AuthError::UnsupportedAlgorithm(
                other.chars().take(16).collect(),
            ))
        }
    };
    check_claims(&claims, config, now_seconds)?;
    let subject = claims
        .custom
        .sub
        .filter(|s| !s.trim().is_empty())
        .ok_or(AuthError::NoSubject)?;
    Ok(User { id: subject })
}

fn verified(
    result: Result<jwt_compact::Token<Registered>, ValidationError>,
) -> Result<Claims<Registered>, AuthError> {
    match result {
        Ok(token) => Ok(token.into_parts().1),
        Err(ValidationError::InvalidSignature | ValidationError::AlgorithmMismatch { .. }) => {
            Err(AuthError::BadSignature)
        }
        Err(_) => Err(AuthError::Malformed),
    }
}

fn check_claims(
    claims: &Claims<Registered>,
    config: &AuthConfig,
    now_seconds: i64,
) -> Result<(), AuthError> {
    let now = DateTime::<Utc>::from_timestamp(now_seconds, 0).ok_or(AuthError::Malformed)?;
    let time = TimeOptions::new(Duration::seconds(config.leeway_seconds), move || now);
    match claims.validate_expiration(&time) {
        Ok(_) => {}
        Err(ValidationError::NoClaim(_)) => return Err(AuthError::NoExpiry),
        Err(_) => return Err(AuthError::Expired),
    }
    if claims.not_before.is_some() && claims.validate_maturity(&time).is_err() {
        return Err(AuthError::NotYetValid);
    }
    if let Some(issuer) = &config.issuer {
        if claims.custom.iss.as_deref() != Some(issuer.as_str()) {
            return Err(AuthError::WrongIssuer);
        }
    }
    if let Some(audience) = &config.audience {
        if !claims
            .custom
            .aud
            .as_ref()
            .is_some_and(|a| a.contains(audience))
        {
            return Err(AuthError::WrongAudience);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"test-secret-of-enough-length-32b!";
    const NOW: i64 = 1_800_000_000;

    fn config() -> AuthConfig {
        AuthConfig {
            hs256_secret: Some(SECRET.to_vec()),
            issuer: None,
            audience: None,
            leeway_seconds: 30,
        }
    }

    fn b64(data: &[u8]) -> String {
        const TABLE: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in data.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
            let chars = chunk.len() + 1;
            for i in 0..chars {
                out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }

    fn hs256_token(header: &str, claims: &str, secret: &[u8]) -> String {
        // Signed through jwt-compact's own HMAC so hand-written headers can be tested.
        let signing_input = format!("{}.{}", b64(header.as_bytes()), b64(claims.as_bytes()));
        let signature = Hs256.sign(&Hs256Key::new(secret), signing_input.as_bytes());
        format!(
            "{signing_input}.{}",
            b64(&jwt_compact::AlgorithmSignature::as_bytes(&signature))
        )
    }

    fn bearer(token: &str) -> String {
        format!("Bearer {token}")
    }

    #[test]
    fn a_good_hs256_token_authenticates_its_subject() {
        let token = crate::testing::signed_token(SECRET, "alice", NOW, 600).expect("token");
        let user = authenticate(Some(&bearer(&token)), &config(), None, NOW).expect("valid");
        assert_eq!(user.id, "alice");
    }

    #[test]
    fn header_problems() {
        assert_eq!(
            authenticate(None, &config(), None, NOW),
            Err(AuthError::Missing)
        );
        assert_eq!(
            authenticate(Some("Basic abc"), &config(), None, NOW),
            Err(AuthError::NotBearer)
        );
        assert_eq!(
            authenticate(Some("Bearer"), &config(), None, NOW),
            Err(AuthError::NotBearer)
        );
        assert_eq!(
            authenticate(Some("Bearer not.a.jwt"), &config(), None, NOW),
            Err(AuthError::Malformed)
        );
    }

    #[test]
    fn forged_expired_and_immature_tokens_are_refused() {
        let forged =
            crate::testing::signed_token(b"another-secret-entirely-32-bytes", "alice", NOW, 600)
                .expect("token");
        assert_eq!(
            authenticate(Some(&bearer(&forged)), &config(), None, NOW),
            Err(AuthError::BadSignature)
        );
        let expired =
            crate::testing::signed_token(SECRET, "alice", NOW - 3600, 600).expect("token");
        assert_eq!(
            authenticate(Some(&bearer(&expired)), &config(), None, NOW),
            Err(AuthError::Expired)
        );
        // Within the leeway, still valid.
        let just = crate::testing::signed_token(SECRET, "alice", NOW - 610, 600).expect("token");
        assert!(authenticate(Some(&bearer(&just)), &config(), None, NOW).is_ok());
        let immature = hs256_token(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            &format!(r#"{{"sub":"a","exp":{},"nbf":{}}}"#, NOW + 600, NOW + 300),
            SECRET,
        );
        assert_eq!(
            authenticate(Some(&bearer(&immature)), &config(), None, NOW),
            Err(AuthError::NotYetValid)
        );
        let no_exp = hs256_token(r#"{"alg":"HS256"}"#, r#"{"sub":"a"}"#, SECRET);
        assert_eq!(
            authenticate(Some(&bearer(&no_exp)), &config(), None, NOW),
            Err(AuthError::NoExpiry)
        );
        let no_sub = hs256_token(
            r#"{"alg":"HS256"}"#,
            &format!(r#"{{"exp":{}}}"#, NOW + 60),
            SECRET,
        );
        assert_eq!(
            authenticate(Some(&bearer(&no_sub)), &config(), None, NOW),
            Err(AuthError::NoSubject)
        );
    }

    #[test]
    fn alg_none_and_unknown_algorithms_are_refused() {
        let claims = format!(r#"{{"sub":"a","exp":{}}}"#, NOW + 60);
        let none = format!("{}.{}.", b64(br#"{"alg":"none"}"#), b64(claims.as_bytes()));
        assert_eq!(
            authenticate(Some(&bearer(&none)), &config(), None, NOW),
            Err(AuthError::UnsupportedAlgorithm("none".into()))
        );
        let hs512 = hs256_token(r#"{"alg":"HS512"}"#, &claims, SECRET);
        assert!(matches!(
            authenticate(Some(&bearer(&hs512)), &config(), None, NOW),
            Err(AuthError::UnsupportedAlgorithm(_))
        ));
    }

    #[test]
    fn rs256_without_jwks_and_hs256_without_secret_are_refused() {
        let claims = format!(r#"{{"sub":"a","exp":{}}}"#, NOW + 60);
        let rs = hs256_token(r#"{"alg":"RS256","kid":"k1"}"#, &claims, SECRET);
        assert_eq!(
            authenticate(Some(&bearer(&rs)), &config(), None, NOW),
            Err(AuthError::NoKey("RS256"))
        );
        let no_secret = AuthConfig {
            hs256_secret: None,
            ..config()
        };
        let hs = crate::testing::signed_token(SECRET, "a", NOW, 60).expect("token");
        assert_eq!(
            authenticate(Some(&bearer(&hs)), &no_secret, None, NOW),
            Err(AuthError::NoKey("HS256"))
        );
    }

    #[test]
    fn issuer_and_audience_when_configured() {
        let strict = AuthConfig {
            issuer: Some("https://id.example".into()),
            audience: Some("codegen".into()),
            ..config()
        };
        let good = hs256_token(
            r#"{"alg":"HS256"}"#,
            &format!(
                r#"{{"sub":"a","exp":{},"iss":"https://id.example","aud":["other","codegen"]}}"#,
                NOW + 60
            ),
            SECRET,
        );
        assert!(authenticate(Some(&bearer(&good)), &strict, None, NOW).is_ok());
        let wrong_aud = hs256_token(
            r#"{"alg":"HS256"}"#,
            &format!(
                r#"{{"sub":"a","exp":{},"iss":"https://id.example","aud":"other"}}"#,
                NOW + 60
            ),
            SECRET,
        );
        assert_eq!(
            authenticate(Some(&bearer(&wrong_aud)), &strict, None, NOW),
            Err(AuthError::WrongAudience)
        );
        let wrong_iss = hs256_token(
            r#"{"alg":"HS256"}"#,
            &format!(
                r#"{{"sub":"a","exp":{},"iss":"https://evil.example","aud":"codegen"}}"#,
                NOW + 60
            ),
            SECRET,
        );
        assert_eq!(
            authenticate(Some(&bearer(&wrong_iss)), &strict, None, NOW),
            Err(AuthError::WrongIssuer)
        );
    }

    #[test]
    fn jwks_parsing_skips_what_it_cannot_use() {
        let jwks = Jwks::parse(r#"{"keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "sym"}, {"kty": "EC", "crv": "P-256", "kid": "ec1", "use": "sig", "alg": "ES256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}"#).expect("jwks");
        assert!(jwks.has_key(Some("ec1")));
        assert!(!jwks.has_key(Some("sym")));
        assert!(Jwks::parse("not json").is_err());
    }

    #[test]
    fn algorithm_confusion_does_not_verify() {
        // An HS256 token "signed" with a JWKS public key's bytes: the HS256 path only
        // ever uses the configured secret, so it fails as a bad signature.
        let jwks_x = b"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
        let claims = format!(r#"{{"sub":"a","exp":{}}}"#, NOW + 60);
        let confused = hs256_token(r#"{"alg":"HS256","kid":"ec1"}"#, &claims, jwks_x);
        assert_eq!(
            authenticate(Some(&bearer(&confused)), &config(), None, NOW),
            Err(AuthError::BadSignature)
        );
    }
}
