//! Checks on a prompt before it leaves for the LLM: length bounds, control
//! characters, and secrets (which must never reach a third party or a log).

use serde::{Deserialize, Serialize};

/// Prompt length bounds, in characters, counted after trimming whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PromptLimits {
    pub min_chars: usize,
    pub max_chars: usize,
}

impl Default for PromptLimits {
    fn default() -> Self {
        PromptLimits {
            min_chars: 10,
            max_chars: 8000,
        }
    }
}

/// What kind of secret the detector saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    OpenaiApiKey,
    AnthropicApiKey,
    GithubToken,
    GitlabToken,
    SlackToken,
    StripeKey,
    GoogleApiKey,
    HuggingfaceToken,
    NpmToken,
    AwsAccessKeyId,
    PrivateKey,
    Jwt,
    PasswordInUrl,
    CredentialAssignment,
}

impl SecretKind {
    /// The stable snake_case name (as serialized).
    pub fn name(self) -> &'static str {
        match self {
            SecretKind::OpenaiApiKey => "openai_api_key",
            SecretKind::AnthropicApiKey => "anthropic_api_key",
            SecretKind::GithubToken => "github_token",
            SecretKind::GitlabToken => "gitlab_token",
            SecretKind::SlackToken => "slack_token",
            SecretKind::StripeKey => "stripe_key",
            SecretKind::GoogleApiKey => "google_api_key",
            SecretKind::HuggingfaceToken => "huggingface_token",
            SecretKind::NpmToken => "npm_token",
            SecretKind::AwsAccessKeyId => "aws_access_key_id",
            SecretKind::PrivateKey => "private_key",
            SecretKind::Jwt => "jwt",
            SecretKind::PasswordInUrl => "password_in_url",
            SecretKind::CredentialAssignment => "credential_assignment",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            SecretKind::OpenaiApiKey => "an OpenAI API key",
            SecretKind::AnthropicApiKey => "an Anthropic API key",
            SecretKind::GithubToken => "a GitHub token",
            SecretKind::GitlabToken => "a GitLab token",
            SecretKind::SlackToken => "a Slack token",
            SecretKind::StripeKey => "a Stripe key",
            SecretKind::GoogleApiKey => "a Google API key",
            SecretKind::HuggingfaceToken => "a Hugging Face token",
            SecretKind::NpmToken => "an npm token",
            SecretKind::AwsAccessKeyId => "an AWS access key id",
            SecretKind::PrivateKey => "a private key block",
            SecretKind::Jwt => "a JSON Web Token",
            SecretKind::PasswordInUrl => "a password in a URL",
            SecretKind::CredentialAssignment => {
                "a credential assigned to a password/secret/token name"
            }
        }
    }
}

/// One reason to refuse a prompt. Offsets are in characters. The secret itself is
/// never repeated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PromptProblem {
    /// `prompt_too_short`, `prompt_too_long`, `prompt_invalid_characters` or
    /// `prompt_contains_secret`.
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretKind>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PromptReport {
    pub ok: bool,
    /// Characters after trimming.
    pub length: usize,
    pub problems: Vec<PromptProblem>,
}

/// Checks a prompt. Secrets are looked for even when the length is wrong.
pub fn check_prompt(prompt: &str, limits: &PromptLimits) -> PromptReport {
    let length = prompt.trim().chars().count();
    let total = prompt.chars().count();
    let mut problems = Vec::new();
    if length < limits.min_chars {
        problems.push(PromptProblem {
            code: "prompt_too_short",
            message: format!(
                "the prompt has {length} characters; at least {} are needed",
                limits.min_chars
            ),
            secret: None,
            start: 0,
            end: total,
        });
    } else if length > limits.max_chars {
        problems.push(PromptProblem {
            code: "prompt_too_long",
            message: format!(
                "the prompt has {length} characters; at most {} are allowed",
                limits.max_chars
            ),
            secret: None,
            start: 0,
            end: total,
        });
    }
    if let Some((at, c)) = prompt
        .chars()
        .enumerate()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        problems.push(PromptProblem {
            code: "prompt_invalid_characters",
            message: format!(
                "the prompt holds control character U+{:04X} at character {at}",
                c as u32
            ),
            secret: None,
            start: at,
            end: at + 1,
        });
    }
    for (kind, byte_start, byte_end) in secrets::find(prompt) {
        let start = prompt[..byte_start].chars().count();
        let end = prompt[..byte_end].chars().count();
        problems.push(PromptProblem {
            code: "prompt_contains_secret",
            message: format!(
                "the prompt contains what looks like {} (characters {start}–{end}); remove it: prompts are sent to the LLM provider",
                kind.describe()
            ),
            secret: Some(kind),
            start,
            end,
        });
    }
    PromptReport {
        ok: problems.is_empty(),
        length,
        problems,
    }
}

/// The text with every secret the detector finds replaced by `[REDACTED <kind>]`, for
/// logs that opt in to prompts. Overlapping finds become one redaction. Replacing text
/// can change what surrounds it (a URL may now run on), so the pass repeats until the
/// detector finds nothing (the marker holds a space, which ends a URL's authority, so it
/// cannot itself read as a password).
pub fn redact_secrets(text: &str) -> String {
    let mut out = redact_once(text);
    for _ in 0..4 {
        if secrets::find(&out).is_empty() {
            break;
        }
        out = redact_once(&out);
    }
    out
}

fn redact_once(text: &str) -> String {
    let mut found = secrets::find(text);
    found.sort_by_key(|&(_, start, end)| (start, std::cmp::Reverse(end)));
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (kind, start, end) in found {
        if end <= copied {
            continue;
        }
        if start >= copied {
            out.push_str(&text[copied..start]);
            out.push_str("[REDACTED ");
            out.push_str(kind.name());
            out.push(']');
        }
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

mod secrets;
