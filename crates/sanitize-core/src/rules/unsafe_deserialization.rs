use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags deserializers that can run code while loading: `pickle`, `marshal`,
    /// `shelve`, `dill`, `cloudpickle`, `jsonpickle`, `copyreg`, `joblib.load`,
    /// `pandas.read_pickle`, `torch.load`, `yaml.load` without a safe loader,
    /// `yaml.unsafe_load`; and classes defining `__reduce__`, `__reduce_ex__` or
    /// `__setstate__`, the hooks that build such payloads.
    ///
    /// ## Why is this bad?
    /// Unpickling calls whatever callable the data names: loading untrusted data is
    /// running untrusted code.
    ///
    /// ## Example
    /// ```python
    /// import pickle
    /// pickle.loads(payload)
    /// ```
    UnsafeDeserialization
}

pub(crate) const WHAT: &str = "deserializes data in a way that can run code";

/// Loader classes' own registration methods (`type(loader).add_constructor(…)`).
pub(crate) const METHODS: &[&str] = &["add_constructor", "add_multi_constructor"];

pub(crate) const PATHS: &[&str] = &[
    "pickle",
    "_pickle",
    "cPickle",
    "pickletools",
    "marshal",
    "shelve",
    "dill",
    "cloudpickle",
    "jsonpickle",
    "copyreg",
    "copy_reg",
    "joblib.load",
    "pandas.read_pickle",
    "torch.load",
    "yaml.unsafe_load",
    "yaml.unsafe_load_all",
    "yaml.full_load",
    "yaml.full_load_all",
    "yaml.UnsafeLoader",
    "yaml.FullLoader",
    "yaml.Loader",
    "yaml.CLoader",
    // Its `yaml_loader` list holds the unsafe loader.
    "yaml.YAMLObject",
    "yaml.CFullLoader",
    "yaml.CUnsafeLoader",
    "yaml.Constructor",
    "yaml.FullConstructor",
    "yaml.UnsafeConstructor",
    "srsly.pickle_loads",
    "srsly.pickle_dumps",
    "keras.models.load_model",
    "tensorflow.keras.models.load_model",
];

/// `yaml.load(data, Loader=...)` is safe only with one of these loaders.
pub(crate) const YAML_LOADERS_CHECKED: &[&str] = &["yaml.load", "yaml.load_all"];
pub(crate) const YAML_SAFE_LOADERS: &[&str] =
    &["yaml.SafeLoader", "yaml.CSafeLoader", "yaml.BaseLoader"];

/// Methods whose definition builds a pickle payload.
pub(crate) const REDUCE_HOOKS: &[&str] = &["__reduce__", "__reduce_ex__", "__setstate__"];

pub(crate) fn check_reduce_hook(
    checker: &mut crate::checker::Checker,
    name: &str,
    start: usize,
    end: usize,
) {
    let name = crate::names::normalize(name);
    if REDUCE_HOOKS.contains(&name.as_ref()) {
        checker.report(
            super::Rule::UnsafeDeserialization,
            format!("defining `{name}` builds a pickle payload that runs code when loaded"),
            start,
            end,
        );
    }
}

/// `ruamel.yaml.YAML(typ="unsafe")` builds arbitrary objects like `yaml.load`.
pub(crate) fn check_ruamel(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    let unsafe_type = call.arguments.keywords.iter().any(|k| {
        k.arg.as_deref() == Some("typ")
            && matches!(crate::parse::str_literal(&k.value), Some("unsafe" | "full"))
    });
    if unsafe_type
        && checker
            .resolve(&call.func)
            .iter()
            .any(|p| p == "ruamel.yaml.YAML")
    {
        checker.report(
            super::Rule::UnsafeDeserialization,
            "`ruamel.yaml.YAML(typ=\"unsafe\")` builds arbitrary objects from the document",
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `yaml.load(data)` is unsafe unless its loader is one of the safe ones.
pub(crate) fn check_yaml_call(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    let Some(function) = checker.resolves_to_any(&call.func, YAML_LOADERS_CHECKED) else {
        return;
    };
    let loader = crate::parse::keyword(call, "Loader").or(call.arguments.args.get(1));
    let safe = loader.is_some_and(|loader| {
        checker
            .resolve(loader)
            .iter()
            .any(|p| YAML_SAFE_LOADERS.contains(&p.as_str()))
    });
    if !safe {
        checker.report(
            super::Rule::UnsafeDeserialization,
            format!("`{function}` without `Loader=yaml.SafeLoader` can build arbitrary objects"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}

/// `yaml.add_constructor(tag, f, Loader=yaml.SafeLoader)` and friends change the loaders
/// the whole process (the host included) uses: a safe loader then builds what `f` says.
pub(crate) fn check_loader_registration(
    checker: &mut crate::checker::Checker,
    call: &crate::parse::ast::ExprCall,
) {
    const REGISTRATIONS: &[&str] = &[
        "yaml.add_constructor",
        "yaml.add_multi_constructor",
        "yaml.add_implicit_resolver",
        "yaml.add_path_resolver",
        "yaml.add_representer",
        "yaml.add_multi_representer",
    ];
    if let Some(path) = checker.resolves_to_any(&call.func, REGISTRATIONS) {
        checker.report(
            super::Rule::UnsafeDeserialization,
            format!("`{path}` changes the YAML loaders the whole process uses"),
            crate::parse::start(call),
            crate::parse::end(call),
        );
    }
}
