//! The vetted-module manifest: default-deny for imports.
//!
//! Code may import a module only when the engine has vetted it: read it member by
//! member and put every member that reaches a capability (files, processes, network,
//! environment, code from strings, imports by name, frames, exits) into a capability
//! rule's table. Everything else an answer imports — an unknown package, a stdlib
//! module nobody read, a submodule of a vetted package that is not itself vetted, a
//! relative import — is rule S119 until the policy's `allow.modules` says the
//! deployment trusts it.
//!
//! Modules that are capabilities as a whole (`os`, `subprocess`, `socket`, `pickle`)
//! are not here: their own rules report them.

use serde::Serialize;

use crate::capabilities::{index, Index};
use crate::stdlib_modules::STDLIB_SUBMODULES;

/// What a module is used for in answers (groups the README table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Area {
    Numbers,
    Text,
    Data,
    Dates,
    Concurrency,
    Testing,
    CommandLine,
    ThirdParty,
}

impl Area {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Area::Numbers => "numbers and computation",
            Area::Text => "text and encodings",
            Area::Data => "data structures and formats",
            Area::Dates => "dates and time",
            Area::Concurrency => "async and threads",
            Area::Testing => "testing and timing",
            Area::CommandLine => "command lines and logging",
            Area::ThirdParty => "third-party",
        }
    }
}

/// A vetted module. Its capability members live in the capability rules' tables,
/// so the manifest only says which modules were read; `tests::verdicts_match_the_tables`
/// keeps the two honest.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Vetted {
    pub name: &'static str,
    pub area: Area,
}

const fn v(name: &'static str, area: Area) -> Vetted {
    Vetted { name, area }
}

use Area::*;

/// Every vetted module, sorted by name (binary search).
pub(crate) const VETTED: &[Vetted] = &[
    v("__future__", Data),
    v("abc", Data),
    v("argparse", CommandLine),
    v("array", Numbers),
    v("ast", Text),
    v("asyncio", Concurrency),
    v("base64", Text),
    v("binascii", Text),
    v("bisect", Numbers),
    v("bz2", Data),
    v("calendar", Dates),
    v("cmath", Numbers),
    v("codecs", Text),
    v("collections", Data),
    v("collections.abc", Data),
    v("colorsys", Numbers),
    v("concurrent", Concurrency),
    v("concurrent.futures", Concurrency),
    v("contextlib", Data),
    v("contextvars", Concurrency),
    v("copy", Data),
    v("csv", Data),
    v("dataclasses", Data),
    v("datetime", Dates),
    v("decimal", Numbers),
    v("difflib", Text),
    v("doctest", Testing),
    v("email", Text),
    v("email.headerregistry", Text),
    v("email.message", Text),
    v("email.mime", Text),
    v("email.mime.multipart", Text),
    v("email.mime.text", Text),
    v("email.policy", Text),
    v("email.utils", Text),
    v("encodings", Text),
    v("enum", Data),
    v("errno", Data),
    v("fastapi", ThirdParty),
    v("fastapi.encoders", ThirdParty),
    v("fastapi.exceptions", ThirdParty),
    v("fastapi.middleware", ThirdParty),
    v("fastapi.middleware.cors", ThirdParty),
    v("fastapi.responses", ThirdParty),
    v("fastapi.security", ThirdParty),
    v("fastapi.testclient", ThirdParty),
    v("fnmatch", Text),
    v("fractions", Numbers),
    v("functools", Data),
    v("getopt", CommandLine),
    v("graphlib", Data),
    v("gzip", Data),
    v("hashlib", Numbers),
    v("heapq", Numbers),
    v("hmac", Numbers),
    v("html", Text),
    v("html.entities", Text),
    v("html.parser", Text),
    v("http", Data),
    v("io", Data),
    v("ipaddress", Data),
    v("itertools", Numbers),
    v("json", Data),
    v("json.decoder", Data),
    v("json.encoder", Data),
    v("keyword", Text),
    v("logging", CommandLine),
    v("lzma", Data),
    v("math", Numbers),
    v("numbers", Numbers),
    v("numpy", ThirdParty),
    v("numpy.char", ThirdParty),
    v("numpy.dtypes", ThirdParty),
    v("numpy.emath", ThirdParty),
    v("numpy.exceptions", ThirdParty),
    v("numpy.fft", ThirdParty),
    v("numpy.linalg", ThirdParty),
    v("numpy.ma", ThirdParty),
    v("numpy.matlib", ThirdParty),
    v("numpy.polynomial", ThirdParty),
    v("numpy.random", ThirdParty),
    v("numpy.rec", ThirdParty),
    v("numpy.strings", ThirdParty),
    v("numpy.typing", ThirdParty),
    v("operator", Numbers),
    v("pprint", Text),
    v("pydantic", ThirdParty),
    v("pydantic.alias_generators", ThirdParty),
    v("pydantic.config", ThirdParty),
    v("pydantic.dataclasses", ThirdParty),
    v("pydantic.errors", ThirdParty),
    v("pydantic.fields", ThirdParty),
    v("pydantic.functional_serializers", ThirdParty),
    v("pydantic.functional_validators", ThirdParty),
    v("pydantic.root_model", ThirdParty),
    v("pydantic.type_adapter", ThirdParty),
    v("pytest", Testing),
    v("queue", Concurrency),
    v("random", Numbers),
    v("re", Text),
    v("reprlib", Text),
    v("sched", Concurrency),
    v("secrets", Numbers),
    v("shlex", CommandLine),
    v("statistics", Numbers),
    v("string", Text),
    v("string.templatelib", Text),
    v("struct", Data),
    v("textwrap", Text),
    v("threading", Concurrency),
    v("time", Dates),
    v("timeit", Testing),
    v("tomllib", Data),
    v("traceback", Testing),
    v("types", Data),
    v("typing", Data),
    v("typing_extensions", ThirdParty),
    v("unicodedata", Text),
    v("unittest", Testing),
    v("urllib", Text),
    v("urllib.parse", Text),
    v("uuid", Data),
    v("warnings", Testing),
    v("weakref", Data),
    v("xml", Data),
    v("xml.etree", Data),
    v("xml.etree.ElementTree", Data),
    v("yaml", ThirdParty),
    v("zlib", Data),
    v("zoneinfo", Dates),
];

/// Submodules of vetted third-party packages, vetted or not: `from numpy import f2py`
/// imports a module, `from numpy import array` a member. (The standard library's are
/// generated into [`STDLIB_SUBMODULES`].)
const THIRD_PARTY_SUBMODULES: &[&str] = &[
    "fastapi.applications",
    "fastapi.background",
    "fastapi.cli",
    "fastapi.concurrency",
    "fastapi.datastructures",
    "fastapi.dependencies",
    "fastapi.encoders",
    "fastapi.exception_handlers",
    "fastapi.exceptions",
    "fastapi.logger",
    "fastapi.middleware",
    "fastapi.middleware.cors",
    "fastapi.openapi",
    "fastapi.param_functions",
    "fastapi.params",
    "fastapi.requests",
    "fastapi.responses",
    "fastapi.routing",
    "fastapi.security",
    "fastapi.staticfiles",
    "fastapi.templating",
    "fastapi.testclient",
    "fastapi.types",
    "fastapi.utils",
    "fastapi.websockets",
    "numpy.char",
    "numpy.core",
    "numpy.ctypeslib",
    "numpy.distutils",
    "numpy.dtypes",
    "numpy.emath",
    "numpy.exceptions",
    "numpy.f2py",
    "numpy.fft",
    "numpy.lib",
    "numpy.linalg",
    "numpy.ma",
    "numpy.matlib",
    "numpy.polynomial",
    "numpy.random",
    "numpy.rec",
    "numpy.strings",
    "numpy.testing",
    "numpy.typing",
    "pydantic.alias_generators",
    "pydantic.color",
    "pydantic.config",
    "pydantic.dataclasses",
    "pydantic.deprecated",
    "pydantic.env_settings",
    "pydantic.errors",
    "pydantic.experimental",
    "pydantic.fields",
    "pydantic.functional_serializers",
    "pydantic.functional_validators",
    "pydantic.json_schema",
    "pydantic.main",
    "pydantic.mypy",
    "pydantic.networks",
    "pydantic.plugin",
    "pydantic.root_model",
    "pydantic.tools",
    "pydantic.type_adapter",
    "pydantic.types",
    "pydantic.typing",
    "pydantic.utils",
    "pydantic.v1",
    "pydantic.validate_call_decorator",
    "pydantic.validators",
    "yaml.composer",
    "yaml.constructor",
    "yaml.cyaml",
    "yaml.dumper",
    "yaml.emitter",
    "yaml.loader",
    "yaml.parser",
    "yaml.reader",
    "yaml.representer",
    "yaml.resolver",
    "yaml.scanner",
    "yaml.serializer",
];

pub(crate) fn vetted(module: &str) -> Option<&'static Vetted> {
    let found = |name: &str| {
        VETTED
            .binary_search_by(|m| m.name.cmp(name))
            .ok()
            .map(|i| &VETTED[i])
    };
    found(module).or_else(|| {
        let (package, submodule) = module.rsplit_once('.')?;
        (VETTED_WITH_SUBMODULES.contains(&package) && !submodule.is_empty())
            .then(|| found(package))
            .flatten()
    })
}

/// Packages vetted with every direct submodule: the codec modules of `encodings` only
/// convert text and bytes, and any of them is imported by a codec name computed at run
/// time (`data.decode(name)`, `codecs.lookup(name)`), which no rule can read.
const VETTED_WITH_SUBMODULES: &[&str] = &["encodings"];

/// Whether `path` (`xml.sax`, `numpy.f2py`) is a module, so that `from parent import
/// last` imports it rather than reading a member.
pub(crate) fn is_module(path: &str) -> bool {
    vetted(path).is_some()
        || STDLIB_SUBMODULES.binary_search(&path).is_ok()
        || THIRD_PARTY_SUBMODULES.binary_search(&path).is_ok()
}

/// Why an import of `module` is not vetted, or `None` when it is vetted or is a
/// capability as a whole (reported by its rule through `index`).
pub(crate) fn unvetted(module: &str, index: &Index) -> Option<&'static str> {
    if vetted(module).is_some() || index.lookup(module).is_some() {
        return None;
    }
    let top = module.split('.').next().unwrap_or(module);
    Some(if top != module && vetted(top).is_some() {
        "a submodule the engine has not vetted (its package is vetted, this module is not)"
    } else {
        "a module the engine has not vetted: what it can reach is unknown"
    })
}

/// A vetted module as the manifest publishes it (`codegen-sanitize modules`, README).
#[derive(Debug, Clone, Serialize)]
pub struct VettedModule {
    pub name: &'static str,
    pub area: &'static str,
    /// `pure` (no member reaches a capability) or `capabilities` (the members below do,
    /// and their rules report them).
    pub verdict: &'static str,
    pub capabilities: Vec<CapabilityMember>,
}

/// A member of a vetted module that a capability rule reports.
#[derive(Debug, Clone, Serialize)]
pub struct CapabilityMember {
    /// As the rule's table declares it (`io.open`, `threading._*`).
    pub path: &'static str,
    pub rule: &'static str,
}

/// The manifest: every vetted module with its verdict and capability members.
pub fn vetted_modules() -> Vec<VettedModule> {
    let index = index();
    VETTED
        .iter()
        .map(|module| {
            let capabilities: Vec<CapabilityMember> = index
                .entries_under(module.name)
                .map(|(path, rule)| CapabilityMember {
                    path,
                    rule: rule.code(),
                })
                .collect();
            let verdict = if capabilities.is_empty() && !index.is_partial_module(module.name) {
                "pure"
            } else {
                "capabilities"
            };
            VettedModule {
                name: module.name,
                area: module.area.as_str(),
                verdict,
                capabilities,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_without_duplicates() {
        assert!(VETTED.windows(2).all(|w| w[0].name < w[1].name));
        assert!(THIRD_PARTY_SUBMODULES.windows(2).all(|w| w[0] < w[1]));
        assert!(STDLIB_SUBMODULES.windows(2).all(|w| w[0] < w[1]));
    }

    /// A vetted module is never also a capability as a whole: that would make the
    /// manifest and the tables disagree about it.
    #[test]
    fn no_vetted_module_is_a_whole_capability() {
        let index = index();
        for module in VETTED {
            assert!(
                index.lookup(module.name).is_none(),
                "`{}` is vetted but a capability table covers it whole",
                module.name
            );
        }
    }

    /// Every vetted package's submodules are known, so `from package import sub` is
    /// an import of `package.sub`.
    #[test]
    fn vetted_packages_have_their_submodules_listed() {
        for name in [
            "xml.sax",
            "logging.config",
            "json.tool",
            "concurrent.futures.process",
        ] {
            assert!(is_module(name), "{name}");
        }
        for name in ["json.loads", "logging.getLogger", "numpy.array"] {
            assert!(!is_module(name), "{name}");
        }
        // Any codec module a computed codec name can import, and nothing below them.
        assert!(vetted("encodings.rot_13").is_some());
        assert!(vetted("encodings.quopri_codec").is_some());
        assert!(vetted("encodings.quopri_codec.quopri").is_none());
        assert!(vetted("encodingsx.rot_13").is_none());
    }

    #[test]
    fn unvetted_reasons() {
        let index = index();
        assert!(unvetted("math", index).is_none());
        assert!(unvetted("os", index).is_none(), "reported by its own rule");
        assert!(unvetted("requests_html", index)
            .unwrap()
            .contains("not vetted"));
        assert!(unvetted("json.tool", index).unwrap().contains("submodule"));
        assert!(unvetted("mathx", index).is_some());
    }
}
