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

/// Every problem of a configuration at once, so that one look at `/healthz` or one
/// `misconfigured` answer names all that must be set or fixed. Names only, never values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblems(pub Vec<ConfigError>);

impl ConfigProblems {
    /// The names of the required settings (and bindings) that are not set.
    pub fn missing(&self) -> Vec<&'static str> {
        self.0
            .iter()
            .filter_map(|p| match p {
                ConfigError::Missing(name) => Some(*name),
                ConfigError::Invalid { .. } => None,
            })
            .collect()
    }

    /// The settings that are set but unusable, each with what is wrong (not its value).
    pub fn invalid(&self) -> Vec<(&'static str, &str)> {
        self.0
            .iter()
            .filter_map(|p| match p {
                ConfigError::Invalid { name, problem } => Some((*name, problem.as_str())),
                ConfigError::Missing(_) => None,
            })
            .collect()
    }
}

impl std::fmt::Display for ConfigProblems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        let missing = self.missing();
        if !missing.is_empty() {
            let noun = if missing.len() == 1 {
                "setting"
            } else {
                "settings"
            };
            parts.push(format!("required {noun} not set: {}", missing.join(", ")));
        }
        for (name, problem) in self.invalid() {
            parts.push(format!("setting {name} {problem}"));
        }
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for ConfigProblems {}

/// The Durable Object bindings the service cannot work without (`wrangler.toml`).
pub const REQUIRED_BINDINGS: [&str; 2] = ["USER_LIMITS", "METRICS"];

/// The configuration with the bindings checked too: what `/healthz` and the generate
/// route both decide on. `has_binding` says whether a Durable Object binding exists.
pub fn readiness(
    get: impl Fn(&str) -> Option<String>,
    has_binding: impl Fn(&str) -> bool,
) -> Result<Config, ConfigProblems> {
    let config = Config::from_source(get);
    let unbound: Vec<ConfigError> = REQUIRED_BINDINGS
        .iter()
        .filter(|name| !has_binding(name))
        .map(|name| ConfigError::Missing(name))
        .collect();
    match (config, unbound.is_empty()) {
        (Ok(config), true) => Ok(config),
        (Ok(_), false) => Err(ConfigProblems(unbound)),
        (Err(ConfigProblems(mut problems)), _) => {
            problems.extend(unbound);
            Err(ConfigProblems(problems))
        }
    }
}

/// `GET /healthz`: 200 `{"status": "ok"}` when the service can answer, else 503
/// `{"status": "not_ready", "missing": [...], "invalid": [{"setting", "problem"}]}` —
/// usable by load balancers and uptime checks. Names only, never a value.
pub fn health(readiness: &Result<Config, ConfigProblems>) -> (u16, serde_json::Value) {
    match readiness {
        Ok(_) => (200, serde_json::json!({"status": "ok"})),
        Err(problems) => (
            503,
            serde_json::json!({
                "status": "not_ready",
                "missing": problems.missing(),
                "invalid": problems
                    .invalid()
                    .into_iter()
                    .map(|(setting, problem)| serde_json::json!({"setting": setting, "problem": problem}))
                    .collect::<Vec<_>>(),
            }),
        ),
    }
}

/// Keeps a setting's value, or records its problem and goes on with a placeholder, so
/// that every problem is named; a configuration with any problem is never used.
fn keep<T: Default>(problems: &mut Vec<ConfigError>, result: Result<T, ConfigError>) -> T {
    result.unwrap_or_else(|problem| {
        problems.push(problem);
        T::default()
    })
}

impl Config {
    /// Reads every setting through `get` (vars and secrets alike). On failure, every
    /// missing or invalid setting is named, not only the first.
    pub fn from_source(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigProblems> {
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
        let mut problems = Vec::new();
        let p = &mut problems;
        let llm_api_url = keep(
            p,
            required("LLM_API_URL").and_then(|url| {
                if url.starts_with("https://") || url.starts_with("http://") {
                    Ok(url)
                } else {
                    Err(ConfigError::Invalid {
                        name: "LLM_API_URL",
                        problem: "must be an http(s) URL".into(),
                    })
                }
            }),
        );
        let llm_api_key = keep(p, required("LLM_API_KEY"));
        let llm_model = keep(p, required("LLM_MODEL"));
        let jwt_secret = optional("JWT_SECRET");
        let jwks_url = optional("JWT_JWKS_URL");
        if jwt_secret.is_none() && jwks_url.is_none() {
            p.push(ConfigError::Missing("JWT_SECRET or JWT_JWKS_URL"));
        }
        let min_chars = number("PROMPT_MIN_CHARS", 10, 100_000);
        let max_chars = number("PROMPT_MAX_CHARS", 8000, 1_000_000);
        if matches!((&min_chars, &max_chars), (Ok(min), Ok(max)) if min > max) {
            p.push(ConfigError::Invalid {
                name: "PROMPT_MIN_CHARS",
                problem: "is larger than PROMPT_MAX_CHARS".into(),
            });
        }
        let min_chars = keep(p, min_chars);
        let max_chars = keep(p, max_chars);
        let llm_timeout_ms = keep(p, number("LLM_TIMEOUT_MS", 20_000, 120_000));
        let rate_limit_per_minute = keep(p, number("RATE_LIMIT_PER_MINUTE", 3, 10_000));
        let quota_per_day = keep(p, number("QUOTA_PER_DAY", 100, 10_000_000));
        let max_body_bytes = keep(p, number("MAX_BODY_BYTES", 64 * 1024, 8 * 1024 * 1024));
        let leeway_seconds = keep(p, number("JWT_LEEWAY_SECONDS", 30, 600));
        let log_prompts = keep(p, switch("LOG_PROMPTS", optional("LOG_PROMPTS")));
        let otlp = keep(
            p,
            OtlpTarget::from_settings(
                optional("OTEL_EXPORTER_OTLP_ENDPOINT").as_deref(),
                optional("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").as_deref(),
                optional("OTEL_EXPORTER_OTLP_HEADERS").as_deref(),
            ),
        );
        if !problems.is_empty() {
            return Err(ConfigProblems(problems));
        }
        Ok(Config {
            llm_api_url,
            llm_api_key,
            llm_model,
            llm_fallback_model: optional("LLM_FALLBACK_MODEL"),
            llm_timeout_ms,
            rate_limit_per_minute: rate_limit_per_minute as u32,
            quota_per_day: quota_per_day as u32,
            prompt: PromptLimits {
                min_chars: min_chars as usize,
                max_chars: max_chars as usize,
            },
            max_body_bytes: max_body_bytes as usize,
            auth: AuthConfig {
                hs256_secret: jwt_secret.map(String::into_bytes),
                issuer: optional("JWT_ISSUER"),
                audience: optional("JWT_AUDIENCE"),
                leeway_seconds: leeway_seconds as i64,
            },
            jwks_url,
            metrics_token: optional("METRICS_TOKEN"),
            log_prompts,
            otlp,
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
            assert_eq!(error.0, vec![ConfigError::Missing(missing)]);
            assert_eq!(
                error.to_string(),
                format!("required setting not set: {missing}")
            );
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
            Err(ConfigProblems(vec![ConfigError::Missing(
                "JWT_SECRET or JWT_JWKS_URL"
            )]))
        );
    }

    #[test]
    fn every_problem_is_named_at_once_and_no_value_is_repeated() {
        // What a first `wrangler deploy` without secrets and with a typo looks like.
        let pairs = [
            ("LLM_API_URL", "ftp://llm.example/v1"),
            ("LLM_MODEL", "gpt-4o"),
            ("QUOTA_PER_DAY", "99999999"),
            ("PROMPT_MAX_CHARS", "lots"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "https://collector.example"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "authorization"),
        ];
        let error = Config::from_source(source(&pairs)).expect_err("problems");
        assert_eq!(
            error.missing(),
            vec!["LLM_API_KEY", "JWT_SECRET or JWT_JWKS_URL"]
        );
        let invalid: Vec<&str> = error.invalid().iter().map(|(name, _)| *name).collect();
        assert_eq!(
            invalid,
            vec![
                "LLM_API_URL",
                "PROMPT_MAX_CHARS",
                "QUOTA_PER_DAY",
                "OTEL_EXPORTER_OTLP_HEADERS"
            ]
        );
        let text = error.to_string();
        assert!(
            text.starts_with(
                "required settings not set: LLM_API_KEY, JWT_SECRET or JWT_JWKS_URL; "
            ),
            "{text}"
        );
        for (_, value) in pairs {
            assert!(!text.contains(value), "{value} repeated in {text}");
        }
        // An invalid maximum does not also make the minimum "larger than" it.
        assert!(!text.contains("PROMPT_MIN_CHARS"), "{text}");
        let mut pairs = BASE.to_vec();
        pairs.extend([("PROMPT_MIN_CHARS", "50"), ("PROMPT_MAX_CHARS", "20")]);
        let error = Config::from_source(source(&pairs)).expect_err("min > max");
        assert_eq!(
            error.invalid(),
            vec![("PROMPT_MIN_CHARS", "is larger than PROMPT_MAX_CHARS")]
        );
    }

    #[test]
    fn readiness_adds_missing_bindings_and_health_answers_for_load_balancers() {
        let all = |_: &str| true;
        let ready = readiness(source(BASE), all);
        assert!(ready.is_ok());
        assert_eq!(health(&ready), (200, serde_json::json!({"status": "ok"})));

        let no_metrics = |name: &str| name != "METRICS";
        let unbound = readiness(source(BASE), no_metrics).expect_err("unbound");
        assert_eq!(unbound.missing(), vec!["METRICS"]);

        let secret_key = "sk-live-should-never-show-0123456789";
        let pairs = [
            ("LLM_API_URL", "https://api.openai.com/v1/chat/completions"),
            ("LLM_API_KEY", secret_key),
            ("RATE_LIMIT_PER_MINUTE", "-1"),
        ];
        let state = readiness(source(&pairs), no_metrics);
        let (status, body) = health(&state);
        assert_eq!(status, 503);
        assert_eq!(
            body,
            serde_json::json!({
                "status": "not_ready",
                "missing": ["LLM_MODEL", "JWT_SECRET or JWT_JWKS_URL", "METRICS"],
                "invalid": [{"setting": "RATE_LIMIT_PER_MINUTE", "problem": "must be a whole number"}],
            })
        );
        assert!(!body.to_string().contains(secret_key));
        assert!(!state.unwrap_err().to_string().contains(secret_key));
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
