//! The rules, one per file, and the one table of their stable codes.
//!
//! Each rule file holds the rule's documentation (what it does, why it is bad, an
//! example), declared with [`rule_doc!`], and its check function. Capability rules
//! (process, filesystem, network, …) also declare the modules, members and builtins
//! they cover; [`crate::capabilities`] indexes them.

use serde::Serialize;

use crate::report::Severity;

pub(crate) mod compile_error;
pub(crate) mod computed_attribute_access;
pub(crate) mod dangerous_module_escape;
pub(crate) mod debugger_or_interactive;
pub(crate) mod dynamic_code_execution;
pub(crate) mod dynamic_import;
pub(crate) mod empty_code;
pub(crate) mod environment_access;
pub(crate) mod filesystem_access;
pub(crate) mod format_string_attribute_walk;
pub(crate) mod ignored_suppression_comment;
pub(crate) mod input_too_large;
pub(crate) mod introspection_escape;
pub(crate) mod invisible_character;
pub(crate) mod missing_docstring;
pub(crate) mod module_attribute_reach;
pub(crate) mod native_code;
pub(crate) mod nesting_too_deep;
pub(crate) mod network_access;
pub(crate) mod network_server;
pub(crate) mod policy_denied;
pub(crate) mod process_execution;
pub(crate) mod process_exit;
pub(crate) mod process_wide_setting;
pub(crate) mod regex_backtracking;
pub(crate) mod resource_bomb;
pub(crate) mod syntax_error;
pub(crate) mod too_much_work;
pub(crate) mod unbounded_loop;
pub(crate) mod unicode_lookalike;
pub(crate) mod unsafe_deserialization;
pub(crate) mod unvetted_module;

/// Declares a rule's documentation once, for rustdoc and for `rules()` at run time.
macro_rules! rule_doc {
    ($(#[doc = $doc:expr])* $name:ident) => {
        $(#[doc = $doc])*
        pub(crate) struct $name;

        impl $name {
            pub(crate) const DOC: &'static str = concat!($($doc, "\n"),*);
        }
    };
}
pub(crate) use rule_doc;

/// What kind of harm a rule guards against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Syntax,
    Limits,
    Process,
    Filesystem,
    Network,
    Environment,
    DynamicCode,
    DynamicImport,
    Introspection,
    Deserialization,
    NativeCode,
    Debugger,
    ProcessExit,
    HostState,
    Obfuscation,
    Resource,
    Policy,
    Style,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Syntax => "syntax",
            Family::Limits => "limits",
            Family::Process => "process",
            Family::Filesystem => "filesystem",
            Family::Network => "network",
            Family::Environment => "environment",
            Family::DynamicCode => "dynamic-code",
            Family::DynamicImport => "dynamic-import",
            Family::Introspection => "introspection",
            Family::Deserialization => "deserialization",
            Family::NativeCode => "native-code",
            Family::Debugger => "debugger",
            Family::ProcessExit => "process-exit",
            Family::HostState => "host-state",
            Family::Obfuscation => "obfuscation",
            Family::Resource => "resource",
            Family::Policy => "policy",
            Family::Style => "style",
        }
    }

    /// Code that does not parse, or that could not be fully judged, never passes,
    /// whatever severity the policy blocks at.
    pub fn always_blocks(self) -> bool {
        matches!(self, Family::Syntax | Family::Limits)
    }
}

macro_rules! rule_table {
    ($($variant:ident => ($code:literal, $name:literal, $family:ident, $severity:ident, $doc:path),)*) => {
        /// Every rule, with its stable code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable code, e.g. `S101`.
            pub fn code(self) -> &'static str {
                match self { $(Rule::$variant => $code,)* }
            }

            /// The kebab-case name, e.g. `process-execution`.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            pub fn family(self) -> Family {
                match self { $(Rule::$variant => Family::$family,)* }
            }

            /// The default severity of the rule's findings.
            pub fn severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity,)* }
            }

            /// The rule's documentation in Markdown.
            pub fn doc(self) -> &'static str {
                match self { $(Rule::$variant => <$doc>::DOC,)* }
            }
        }
    };
}

rule_table! {
    SyntaxError => ("E001", "syntax-error", Syntax, Critical, syntax_error::SyntaxError),
    CompileError => ("E002", "compile-error", Syntax, Critical, compile_error::CompileError),
    EmptyCode => ("E003", "empty-code", Syntax, Critical, empty_code::EmptyCode),
    InputTooLarge => ("L001", "input-too-large", Limits, Critical, input_too_large::InputTooLarge),
    NestingTooDeep => ("L002", "nesting-too-deep", Limits, Critical, nesting_too_deep::NestingTooDeep),
    TooMuchWork => ("L003", "too-much-work", Limits, Critical, too_much_work::TooMuchWork),
    ProcessExecution => ("S101", "process-execution", Process, Critical, process_execution::ProcessExecution),
    FilesystemAccess => ("S102", "filesystem-access", Filesystem, High, filesystem_access::FilesystemAccess),
    NetworkAccess => ("S103", "network-access", Network, High, network_access::NetworkAccess),
    NetworkServer => ("S104", "network-server", Network, Info, network_server::NetworkServer),
    EnvironmentAccess => ("S105", "environment-access", Environment, High, environment_access::EnvironmentAccess),
    DynamicCodeExecution => ("S106", "dynamic-code-execution", DynamicCode, Critical, dynamic_code_execution::DynamicCodeExecution),
    DynamicImport => ("S107", "dynamic-import", DynamicImport, Critical, dynamic_import::DynamicImport),
    IntrospectionEscape => ("S108", "introspection-escape", Introspection, Critical, introspection_escape::IntrospectionEscape),
    ModuleAttributeReach => ("S109", "module-attribute-reach", Introspection, High, module_attribute_reach::ModuleAttributeReach),
    ComputedAttributeAccess => ("S110", "computed-attribute-access", Introspection, High, computed_attribute_access::ComputedAttributeAccess),
    UnsafeDeserialization => ("S111", "unsafe-deserialization", Deserialization, Critical, unsafe_deserialization::UnsafeDeserialization),
    NativeCode => ("S112", "native-code", NativeCode, Critical, native_code::NativeCode),
    DebuggerOrInteractive => ("S113", "debugger-or-interactive", Debugger, Medium, debugger_or_interactive::DebuggerOrInteractive),
    ProcessExit => ("S114", "process-exit", ProcessExit, Medium, process_exit::ProcessExit),
    UnicodeLookalike => ("S115", "unicode-lookalike", Obfuscation, High, unicode_lookalike::UnicodeLookalike),
    InvisibleCharacter => ("S116", "invisible-character", Obfuscation, High, invisible_character::InvisibleCharacter),
    FormatStringAttributeWalk => ("S117", "format-string-attribute-walk", Obfuscation, High, format_string_attribute_walk::FormatStringAttributeWalk),
    DangerousModuleEscape => ("S118", "dangerous-module-escape", Introspection, High, dangerous_module_escape::DangerousModuleEscape),
    UnvettedModule => ("S119", "unvetted-module", Policy, High, unvetted_module::UnvettedModule),
    ProcessWideSetting => ("S120", "process-wide-setting", HostState, Medium, process_wide_setting::ProcessWideSetting),
    ResourceBomb => ("R001", "resource-bomb", Resource, High, resource_bomb::ResourceBomb),
    UnboundedLoop => ("R002", "unbounded-loop", Resource, Medium, unbounded_loop::UnboundedLoop),
    RegexBacktracking => ("R003", "regex-backtracking", Resource, Medium, regex_backtracking::RegexBacktracking),
    PolicyDenied => ("P001", "policy-denied", Policy, High, policy_denied::PolicyDenied),
    MissingDocstring => ("I001", "missing-docstring", Style, Info, missing_docstring::MissingDocstring),
    IgnoredSuppressionComment => ("I002", "ignored-suppression-comment", Style, Info, ignored_suppression_comment::IgnoredSuppressionComment),
}

impl Rule {
    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.code().eq_ignore_ascii_case(code) || r.name() == code)
    }

    /// The first paragraph under "What it does", as one line.
    pub fn summary(self) -> String {
        self.doc()
            .lines()
            .map(str::trim)
            .skip_while(|l| !l.starts_with("## What it does"))
            .skip(1)
            .take_while(|l| !l.is_empty() && !l.starts_with("##"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A rule's public description, as `rules()` returns it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleDoc {
    pub code: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub summary: String,
    pub doc: String,
}

/// Every rule's description, in code order.
pub fn rule_docs() -> Vec<RuleDoc> {
    let mut docs: Vec<RuleDoc> = Rule::ALL
        .iter()
        .map(|&rule| RuleDoc {
            code: rule.code(),
            name: rule.name(),
            family: rule.family(),
            severity: rule.severity(),
            summary: rule.summary(),
            doc: unindent(rule.doc()),
        })
        .collect();
    docs.sort_by_key(|d| d.code);
    docs
}

/// Doc comments arrive with one leading space per line.
fn unindent(doc: &str) -> String {
    doc.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}
