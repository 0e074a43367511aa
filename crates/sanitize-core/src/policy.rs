//! What the engine blocks, overridable from JSON. Unknown keys are an error.

use serde::{Deserialize, Serialize};

use crate::report::Severity;
use crate::rules::Rule;

/// The policy. `Policy::default()` follows the user guide: the capabilities it names
/// (`os`, `sys`, `subprocess`, `exec`, `eval`, `open`) and everything that reaches
/// the same power by another road are blocked at `medium` severity and above.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// Findings at or above this severity make `passed` false. Syntax and limit
    /// findings always do.
    pub block_severity: Severity,
    /// Lifts capability findings: modules (`"pathlib"`), calls or members
    /// (`"open"`, `"os.getcwd"`) and attribute names (`"__dict__"`).
    pub allow: NameLists,
    /// Adds findings (rule P001): any import or reference of these modules or
    /// calls, any access to these attribute names.
    pub deny: NameLists,
    /// Rule codes (or names) to switch off. Syntax and limit rules cannot be.
    pub disable_rules: Vec<String>,
    pub limits: Limits,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            block_severity: Severity::Medium,
            allow: NameLists::default(),
            deny: NameLists::default(),
            disable_rules: Vec::new(),
            limits: Limits::default(),
        }
    }
}

/// Module paths, call or member paths and attribute names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NameLists {
    pub modules: Vec<String>,
    pub calls: Vec<String>,
    pub attributes: Vec<String>,
}

/// Bounds on the work one validation may do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest accepted code, in bytes (UTF-8).
    pub max_input_bytes: usize,
    /// Deepest accepted nesting of the syntax tree.
    pub max_nesting_depth: usize,
    /// Most syntax-tree nodes (and, before parsing, tokens) one validation visits.
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 512 * 1024,
            max_nesting_depth: 200,
            max_nodes: 250_000,
        }
    }
}

/// The ceilings a policy may raise the limits to; past them the engine could exhaust
/// its stack (wasm has 1 MiB) or run for too long.
pub const MAX_INPUT_BYTES_CEILING: usize = 8 * 1024 * 1024;
pub const MAX_NESTING_DEPTH_CEILING: usize = 500;
pub const MAX_NODES_CEILING: usize = 4_000_000;

/// A policy that cannot be used, and why.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PolicyError {
    #[error("invalid policy JSON: {0}")]
    Json(String),
    #[error("unknown rule `{0}` in disable_rules (see `codegen-sanitize rules`)")]
    UnknownRule(String),
    #[error(
        "rule `{0}` cannot be disabled: code that does not parse or exceeds a limit never passes"
    )]
    RuleNotDisableable(String),
    #[error("limits.{name} must be between 1 and {max}, got {value}")]
    LimitOutOfRange {
        name: &'static str,
        value: usize,
        max: usize,
    },
    #[error("{list} contains an empty name")]
    EmptyName { list: &'static str },
}

impl Policy {
    /// Parses and checks a JSON policy. Missing keys take their defaults.
    pub fn from_json(json: &str) -> Result<Policy, PolicyError> {
        let policy: Policy =
            serde_json::from_str(json).map_err(|e| PolicyError::Json(e.to_string()))?;
        policy.check()?;
        Ok(policy)
    }

    /// Checks values that serde cannot: rule codes, limit ranges, empty names.
    pub fn check(&self) -> Result<(), PolicyError> {
        for code in &self.disable_rules {
            let rule =
                Rule::from_code(code).ok_or_else(|| PolicyError::UnknownRule(code.clone()))?;
            if rule.family().always_blocks() {
                return Err(PolicyError::RuleNotDisableable(code.clone()));
            }
        }
        let limits = [
            (
                "max_input_bytes",
                self.limits.max_input_bytes,
                MAX_INPUT_BYTES_CEILING,
            ),
            (
                "max_nesting_depth",
                self.limits.max_nesting_depth,
                MAX_NESTING_DEPTH_CEILING,
            ),
            ("max_nodes", self.limits.max_nodes, MAX_NODES_CEILING),
        ];
        for (name, value, max) in limits {
            if value == 0 || value > max {
                return Err(PolicyError::LimitOutOfRange { name, value, max });
            }
        }
        let lists = [
            ("allow.modules", &self.allow.modules),
            ("allow.calls", &self.allow.calls),
            ("allow.attributes", &self.allow.attributes),
            ("deny.modules", &self.deny.modules),
            ("deny.calls", &self.deny.calls),
            ("deny.attributes", &self.deny.attributes),
        ];
        for (list, names) in lists {
            if names.iter().any(|n| n.trim().is_empty()) {
                return Err(PolicyError::EmptyName { list });
            }
        }
        Ok(())
    }

    pub(crate) fn is_disabled(&self, rule: Rule) -> bool {
        self.disable_rules
            .iter()
            .any(|code| Rule::from_code(code) == Some(rule))
    }

    /// Whether an allow entry lifts a finding on `path` that the table matched through
    /// `entry`: the allow entry must cover `path` and be at least as specific as the
    /// entry, so allowing `os` does not allow `os.system`, which has its own entry.
    pub(crate) fn allows_path(&self, path: &str, entry: &str) -> bool {
        let entry_depth = entry.split('.').count();
        self.allow
            .modules
            .iter()
            .chain(&self.allow.calls)
            .any(|allowed| covers(allowed, path) && allowed.split('.').count() >= entry_depth)
    }

    /// Whether `allow.modules` trusts `module` (an entry covers its submodules too).
    pub(crate) fn allows_module(&self, module: &str) -> bool {
        self.allow
            .modules
            .iter()
            .any(|allowed| covers(allowed, module))
    }

    pub(crate) fn allows_attribute(&self, name: &str) -> bool {
        self.allow.attributes.iter().any(|a| a == name)
    }

    /// The deny entry that covers `path`, if any.
    pub(crate) fn denied_path(&self, path: &str) -> Option<&str> {
        self.deny
            .modules
            .iter()
            .chain(&self.deny.calls)
            .find(|denied| covers(denied, path))
            .map(String::as_str)
    }

    pub(crate) fn denies_attribute(&self, name: &str) -> bool {
        self.deny.attributes.iter().any(|a| a == name)
    }
}

/// `os` covers `os` and `os.path.join`, not `osmosis`.
pub(crate) fn covers(prefix: &str, path: &str) -> bool {
    let prefix = prefix.strip_prefix("builtins.").unwrap_or(prefix);
    let path = path.strip_prefix("builtins.").unwrap_or(path);
    path == prefix
        || (path.len() > prefix.len()
            && path.starts_with(prefix)
            && path.as_bytes()[prefix.len()] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_an_error() {
        let err = Policy::from_json(r#"{"block_severty": "high"}"#).unwrap_err();
        assert!(
            err.to_string().contains("unknown field `block_severty`"),
            "{err}"
        );
        let err = Policy::from_json(r#"{"limits": {"max_bytes": 3}}"#).unwrap_err();
        assert!(
            err.to_string().contains("unknown field `max_bytes`"),
            "{err}"
        );
    }

    #[test]
    fn missing_keys_take_defaults() {
        let policy = Policy::from_json(r#"{"block_severity": "high"}"#).unwrap();
        assert_eq!(policy.block_severity, Severity::High);
        assert_eq!(policy.limits, Limits::default());
    }

    #[test]
    fn bad_values_are_named() {
        let err = Policy::from_json(r#"{"block_severity": "severe"}"#).unwrap_err();
        assert!(err.to_string().contains("severe"), "{err}");
        let err = Policy::from_json(r#"{"disable_rules": ["X999"]}"#).unwrap_err();
        assert_eq!(err, PolicyError::UnknownRule("X999".into()));
        let err = Policy::from_json(r#"{"disable_rules": ["E001"]}"#).unwrap_err();
        assert_eq!(err, PolicyError::RuleNotDisableable("E001".into()));
        let err = Policy::from_json(r#"{"limits": {"max_nesting_depth": 100000}}"#).unwrap_err();
        assert!(err.to_string().contains("max_nesting_depth"), "{err}");
        let err = Policy::from_json(r#"{"allow": {"modules": [" "]}}"#).unwrap_err();
        assert!(err.to_string().contains("allow.modules"), "{err}");
    }

    #[test]
    fn allow_must_be_as_specific_as_the_entry() {
        let policy = Policy::from_json(r#"{"allow": {"modules": ["os"]}}"#).unwrap();
        assert!(policy.allows_path("os", "os"));
        assert!(policy.allows_path("os.getcwd", "os"));
        assert!(!policy.allows_path("os.system", "os.system"));
        assert!(!policy.allows_path("osmosis", "osmosis"));
    }

    #[test]
    fn covers_is_component_wise() {
        assert!(covers("os", "os.path"));
        assert!(covers("open", "builtins.open"));
        assert!(!covers("os", "osmosis"));
    }
}
