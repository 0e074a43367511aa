//! Index over what the capability rules declare: module and member paths (a trailing
//! `*` matches a name prefix, as in `os.exec*`) and builtin names.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::rules::{
    computed_attribute_access, debugger_or_interactive as debugger,
    dynamic_code_execution as dynamic_code, dynamic_import, environment_access as environment,
    filesystem_access as filesystem, format_string_attribute_walk,
    introspection_escape as introspection, native_code, network_access as network, network_server,
    process_execution as process, process_exit, unsafe_deserialization, Rule,
};

/// One capability rule's declaration.
struct Declaration {
    rule: Rule,
    paths: &'static [&'static str],
    /// Method names dangerous on any object (event-loop methods).
    methods: &'static [&'static str],
    builtins: &'static [&'static str],
    what: &'static str,
}

const DECLARATIONS: &[Declaration] = &[
    Declaration {
        rule: Rule::ProcessExecution,
        paths: process::PATHS,
        methods: process::METHODS,
        builtins: &[],
        what: process::WHAT,
    },
    Declaration {
        rule: Rule::FilesystemAccess,
        paths: filesystem::PATHS,
        methods: filesystem::METHODS,
        builtins: filesystem::BUILTINS,
        what: filesystem::WHAT,
    },
    Declaration {
        rule: Rule::NetworkAccess,
        paths: network::PATHS,
        methods: network::METHODS,
        builtins: &[],
        what: network::WHAT,
    },
    Declaration {
        rule: Rule::NetworkServer,
        paths: network_server::PATHS,
        methods: &[],
        builtins: &[],
        what: network_server::WHAT,
    },
    Declaration {
        rule: Rule::EnvironmentAccess,
        paths: environment::PATHS,
        methods: environment::METHODS,
        builtins: &[],
        what: environment::WHAT,
    },
    Declaration {
        rule: Rule::DynamicCodeExecution,
        paths: dynamic_code::PATHS,
        methods: dynamic_code::METHODS,
        builtins: dynamic_code::BUILTINS,
        what: dynamic_code::WHAT,
    },
    Declaration {
        rule: Rule::DynamicImport,
        paths: dynamic_import::PATHS,
        methods: dynamic_import::METHODS,
        builtins: dynamic_import::BUILTINS,
        what: dynamic_import::WHAT,
    },
    Declaration {
        rule: Rule::IntrospectionEscape,
        paths: introspection::PATHS,
        methods: introspection::METHODS,
        builtins: introspection::BUILTINS,
        what: introspection::WHAT,
    },
    Declaration {
        rule: Rule::UnsafeDeserialization,
        paths: unsafe_deserialization::PATHS,
        methods: unsafe_deserialization::METHODS,
        builtins: &[],
        what: unsafe_deserialization::WHAT,
    },
    Declaration {
        rule: Rule::NativeCode,
        paths: native_code::PATHS,
        methods: native_code::METHODS,
        builtins: &[],
        what: native_code::WHAT,
    },
    Declaration {
        rule: Rule::DebuggerOrInteractive,
        paths: debugger::PATHS,
        methods: &[],
        builtins: debugger::BUILTINS,
        what: debugger::WHAT,
    },
    Declaration {
        rule: Rule::ProcessExit,
        paths: process_exit::PATHS,
        methods: process_exit::METHODS,
        builtins: process_exit::BUILTINS,
        what: process_exit::WHAT,
    },
];

/// A table hit: which rule, through which declared entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub rule: Rule,
    pub entry: &'static str,
    pub what: &'static str,
}

pub(crate) struct Index {
    exact: HashMap<&'static str, Hit>,
    /// `os.exec*` → ("os", "exec", hit)
    globs: Vec<(&'static str, &'static str, Hit)>,
    builtins: HashMap<&'static str, Hit>,
    /// Members of dangerous modules that do no I/O (`pathlib.PurePath`).
    pure: HashSet<&'static str>,
    methods: HashMap<&'static str, Hit>,
    /// Modules that are not dangerous as a whole but have dangerous members (`io`).
    partial_modules: HashSet<String>,
    /// Top-level names of modules that are dangerous as a whole (`os`, `socket`).
    whole_module_names: HashSet<&'static str>,
}

pub(crate) fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

impl Index {
    fn build() -> Index {
        let mut exact = HashMap::default();
        let mut globs = Vec::new();
        let mut builtins = HashMap::default();
        let mut methods = HashMap::default();
        for decl in DECLARATIONS {
            for &name in decl.methods {
                let hit = Hit {
                    rule: decl.rule,
                    entry: name,
                    what: decl.what,
                };
                methods.insert(name, hit);
            }
            for &entry in decl.paths {
                let hit = Hit {
                    rule: decl.rule,
                    entry,
                    what: decl.what,
                };
                if let Some(stem) = entry.strip_suffix('*') {
                    let (parent, prefix) = stem.rsplit_once('.').unwrap_or(("", stem));
                    globs.push((parent, prefix, hit));
                } else {
                    exact.insert(entry, hit);
                }
            }
            for &name in decl.builtins {
                builtins.insert(
                    name,
                    Hit {
                        rule: decl.rule,
                        entry: name,
                        what: decl.what,
                    },
                );
            }
        }
        let mut index = Index {
            exact,
            globs,
            builtins,
            // Pure path functions, and runners whose code is checked at the call.
            pure: filesystem::PURE_PATHS
                .iter()
                .chain(introspection::PURE_PATHS)
                .chain(dynamic_code::DOCTEST_RUNNERS)
                .chain(dynamic_code::DOCTEST_OPTION_FLAGS)
                .copied()
                .collect(),
            methods,
            partial_modules: HashSet::default(),
            whole_module_names: HashSet::default(),
        };
        let entries: Vec<&'static str> = DECLARATIONS
            .iter()
            .flat_map(|d| d.paths)
            // Dangerous only with some arguments (checked at the call by their rules),
            // but their modules are still partly dangerous.
            .chain(computed_attribute_access::OPERATOR_GETTERS)
            .chain(unsafe_deserialization::YAML_LOADERS_CHECKED)
            .chain(dynamic_code::STRING_EVALUATORS)
            .chain(format_string_attribute_walk::FIELD_WALKERS)
            .copied()
            .collect();
        for entry in &entries {
            let stem = entry.trim_end_matches('*');
            let mut ancestor = stem;
            while let Some((parent, _)) = ancestor.rsplit_once('.') {
                if index.lookup(parent).is_none() {
                    index.partial_modules.insert(parent.to_string());
                }
                ancestor = parent;
            }
            if !stem.contains('.') && !entry.ends_with('*') {
                index.whole_module_names.insert(stem);
            }
        }
        index
    }

    /// The most specific entry covering `path` (`os.path.join` → `os.path`).
    pub fn lookup(&self, path: &str) -> Option<Hit> {
        let mut candidate = path;
        loop {
            if self.pure.contains(candidate) {
                return None;
            }
            if let Some(hit) = self.exact.get(candidate) {
                return Some(*hit);
            }
            let (parent, last) = candidate.rsplit_once('.').unwrap_or(("", candidate));
            if let Some((_, _, hit)) = self
                .globs
                .iter()
                .find(|(p, prefix, _)| *p == parent && last.starts_with(prefix))
            {
                return Some(*hit);
            }
            match candidate.rsplit_once('.') {
                Some((parent, _)) => candidate = parent,
                None => return None,
            }
        }
    }

    /// Declared entries strictly inside `module` (`io` → `io.open`, `io.FileIO`), in
    /// declaration order, each with its rule.
    pub fn entries_under<'m>(
        &self,
        module: &'m str,
    ) -> impl Iterator<Item = (&'static str, Rule)> + 'm {
        DECLARATIONS.iter().flat_map(move |decl| {
            decl.paths
                .iter()
                .filter(move |path| crate::policy::covers(module, path) && **path != module)
                .map(move |path| (*path, decl.rule))
        })
    }

    /// A method dangerous on any object (`loop.subprocess_exec`).
    pub fn method(&self, name: &str) -> Option<Hit> {
        self.methods.get(name).copied()
    }

    pub fn builtin(&self, name: &str) -> Option<Hit> {
        self.builtins.get(name).copied()
    }

    /// `io`, `asyncio`, `xml`: harmless as a whole, dangerous in part.
    pub fn is_partial_module(&self, path: &str) -> bool {
        self.partial_modules.contains(path)
    }

    /// `os`, `socket`, `subprocess`: a module dangerous as a whole.
    pub fn is_whole_module_name(&self, name: &str) -> bool {
        self.whole_module_names.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_specific_entry_wins() {
        let index = index();
        assert_eq!(
            index.lookup("os.system").map(|h| h.rule),
            Some(Rule::ProcessExecution)
        );
        assert_eq!(
            index.lookup("os.environ.get").map(|h| h.rule),
            Some(Rule::EnvironmentAccess)
        );
        assert_eq!(
            index.lookup("os.path.exists").map(|h| h.rule),
            Some(Rule::FilesystemAccess)
        );
        assert!(
            index.lookup("os.path.join").is_none(),
            "pure path functions do no I/O"
        );
        assert_eq!(
            index.lookup("os.system").map(|h| h.rule),
            Some(Rule::ProcessExecution)
        );
        assert_eq!(index.lookup("os.execvp").map(|h| h.entry), Some("os.exec*"));
        assert_eq!(
            index.lookup("subprocess.run").map(|h| h.entry),
            Some("subprocess")
        );
        assert!(index.lookup("io.StringIO").is_none());
        assert!(index.lookup("osmosis").is_none());
        assert!(index.lookup("json.loads").is_none());
    }

    #[test]
    fn partial_and_whole_modules() {
        let index = index();
        assert!(index.is_partial_module("io"));
        assert!(index.is_partial_module("asyncio"));
        assert!(!index.is_partial_module("os"));
        assert!(!index.is_partial_module("json"));
        assert!(index.is_whole_module_name("os"));
        assert!(index.is_whole_module_name("subprocess"));
        assert!(!index.is_whole_module_name("io"));
    }
}
