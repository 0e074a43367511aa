//! The service's settings, from `wrangler.toml` vars and secrets. A missing required
//! setting is an error naming it; a malformed number names the setting and the value's
//! problem, never the value (it may be a secret).

use sanitize_core::PromptLimits;

use crate::auth::AuthConfig;
use crate::spans::OtlpTarget;

#[derive(Debug, Clone)]
pub struct Config {
    pub llm_api_url: String,
    pub llm_api_key: String,
    pub llm_model: String,
    pub llm_fallback_model: Option<String>,
    pub llm_timeout_ms: u64,
    pub rate_limit_per_minute: u32,
    pub quota_per_day: u32,
    pub prompt: PromptLimits,
    pub max_body_bytes: usize,
    pub auth: AuthConfig,
    pub jwks_url: Option<String>,
    pub metrics_token: Option<String>,
    /// `LOG_PROMPTS`: add the prompt (secrets redacted) to the request log line.
    pub log_prompts: bool,
    /// Where spans are exported (`OTEL_EXPORTER_OTLP_*`); `None` when export is off.
    pub otlp: Option<OtlpTarget>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("required setting {0} is not set")]
    Missing(&'static str),
    #[error("setting {name} {problem}")]
    Invalid { name: &'static str, problem: String },
}

impl Config {
    /// Reads every setting through `get` (vars and secrets alike).
    pub fn from_source(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let optional = |name: &'static str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let required = |name: &'static str| optional(name).ok_or(ConfigError::Missing(name));
        let number = |name: &'static str, default: u64, max: u64| -> Result<u64, ConfigError> {
            match optional(name) {
                None => Ok(default),
                Some(text) => match text.parse::<u64>() {
                    Ok(n) if n >= 1 && n <= max => Ok(n),
                    Ok(_) => Err(ConfigError::Invalid {
                        name,
                        problem: format!("must be between 1 and {max}"),
                    }),
                    Err(_) => Err(ConfigError::Invalid {
                        name,
                        problem: "must be a whole number".into(),
                    }),
                },
            }
        };
        let llm_api_url = required("LLM_API_URL")?;
        if !(llm_api_url.starts_with("https://") || llm_api_url.starts_with("http://")) {
            return Err(ConfigError::Invalid {
                name: "LLM_API_URL",
                problem: "must be an http(s) URL".into(),
            });
        }
        let jwt_secret = optional("JWT_SECRET");
        let jwks_url = optional("JWT_JWKS_URL");
        if jwt_secret.is_none() && jwks_url.is_none() {
            return Err(ConfigError::Missing("JWT_SECRET or JWT_JWKS_URL"));
        }
        let prompt = PromptLimits {
            min_chars: number("PROMPT_MIN_CHARS", 10, 100_000)? as usize,
            max_chars: number("PROMPT_MAX_CHARS", 8000, 1_000_000)? as usize,
        };
        if prompt.min_chars > prompt.max_chars {
            return Err(ConfigError::Invalid {
                name: "PROMPT_MIN_CHARS",
                problem: "is larger than PROMPT_MAX_CHARS".into(),
            });
        }
        Ok(Config {
            llm_api_url,
            llm_api_key: required("LLM_API_KEY")?,
            llm_model: required("LLM_MODEL")?,
            llm_fallback_model: optional("LLM_FALLBACK_MODEL"),
            llm_timeout_ms: number("LLM_TIMEOUT_MS", 20_000, 120_000)?,
            rate_limit_per_minute: number("RATE_LIMIT_PER_MINUTE", 3, 10_000)? as u32,
            quota_per_day: number("QUOTA_PER_DAY", 100, 10_000_000)? as u32,
            prompt,
            max_body_bytes: number("MAX_BODY_BYTES", 64 * 1024, 8 * 1024 * 1024)? as usize,
            auth: AuthConfig {
                hs256_secret: jwt_secret.map(String::into_bytes),
                issuer: optional("JWT_ISSUER"),
                audience: optional("JWT_AUDIENCE"),
                leeway_seconds: number("JWT_LEEWAY_SECONDS", 30, 600)? as i64,
            },
            jwks_url,
            metrics_token: optional("METRICS_TOKEN"),
            log_prompts: switch("LOG_PROMPTS", optional("LOG_PROMPTS"))?,
            otlp: OtlpTarget::from_settings(
                optional("OTEL_EXPORTER_OTLP_ENDPOINT").as_deref(),
                optional("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").as_deref(),
                optional("OTEL_EXPORTER_OTLP_HEADERS").as_deref(),
            )?,
        })
    }
}

/// An on/off setting: unset, `false`, `0`, `no`, `off` are off; `true`, `1`, `yes`, `on`
/// are on; anything else is an error naming the setting.
fn switch(name: &'static str, value: Option<String>) -> Result<bool, ConfigError> {
    match value.map(|v| v.to_ascii_lowercase()).as_deref() {
        None | Some("false" | "0" | "no" | "off") => Ok(false),
        Some("true" | "1" | "yes" | "on") => Ok(true),
        Some(_) => Err(ConfigError::Invalid {
            name,
            problem: "must be true or false".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn source(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    const BASE: &[(&str, &str)] = &[
        ("LLM_API_URL", "http://127.0.0.1:9999/v1/chat/completions"),
        ("LLM_API_KEY", "sk-test-key"),
        ("LLM_MODEL", "gpt-4o"),
        ("JWT_SECRET", "dev-secret"),
    ];

    #[test]
    fn defaults_follow_the_spec() {
        let config = Config::from_source(source(BASE)).expect("config");
        assert_eq!(
            (config.rate_limit_per_minute, config.quota_per_day),
            (3, 100)
        );
        assert_eq!(
            config.prompt,
            PromptLimits {
                min_chars: 10,
                max_chars: 8000
            }
        );
    }

    #[test]
    fn missing_and_invalid_settings_are_named_without_their_value() {
        for missing in ["LLM_API_URL", "LLM_API_KEY", "LLM_MODEL"] {
            let pairs: Vec<_> = BASE
                .iter()
                .copied()
                .filter(|(k, _)| *k != missing)
                .collect();
            let error = Config::from_source(source(&pairs)).expect_err(missing);
            assert_eq!(error, ConfigError::Missing(missing));
        }
        let mut pairs = BASE.to_vec();
        pairs.push(("RATE_LIMIT_PER_MINUTE", "three-ish"));
        let error = Config::from_source(source(&pairs)).expect_err("invalid");
        assert!(
            error.to_string().contains("RATE_LIMIT_PER_MINUTE")
                && !error.to_string().contains("three-ish")
        );
        let no_auth: Vec<_> = BASE
            .iter()
            .copied()
            .filter(|(k, _)| *k != "JWT_SECRET")
            .collect();
        assert_eq!(
            Config::from_source(source(&no_auth)).map(|_| ()),
            Err(ConfigError::Missing("JWT_SECRET or JWT_JWKS_URL"))
        );
    }

    #[test]
    fn observability_settings() {
        let config = Config::from_source(source(BASE)).unwrap();
        assert!(!config.log_prompts && config.otlp.is_none());
        let mut pairs = BASE.to_vec();
        pairs.extend([
            ("LOG_PROMPTS", "TRUE"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"),
        ]);
        let config = Config::from_source(source(&pairs)).unwrap();
        assert!(config.log_prompts);
        assert_eq!(config.otlp.unwrap().url, "http://127.0.0.1:4318/v1/traces");
        let mut pairs = BASE.to_vec();
        pairs.push(("LOG_PROMPTS", "sometimes"));
        let error = Config::from_source(source(&pairs)).unwrap_err();
        assert!(error.to_string().contains("LOG_PROMPTS"), "{error}");
    }
}
