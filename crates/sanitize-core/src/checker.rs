//! The one walk over the tree that runs the security rules at the right nodes.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::capabilities::{self, Index};
use crate::manifest;
use crate::names::normalize;
use crate::parse::ast::{self, Comprehension, Expr, ExprContext, Pattern, Stmt};
use crate::parse::{self, end, start};
use crate::policy::Policy;
use crate::report::{Finding, Severity};
use crate::rules::{
    computed_attribute_access, dangerous_module_escape, debugger_or_interactive,
    dynamic_code_execution, dynamic_import, environment_access, filesystem_access,
    format_string_attribute_walk, introspection_escape, module_attribute_reach, policy_denied,
    process_exit, process_wide_setting, resource_bomb, unbounded_loop, unicode_lookalike,
    unsafe_deserialization, unvetted_module, Rule,
};
use crate::semantic::{self, Scope, ScopeKind};
use crate::visitor::{self, Visitor};

/// How a dangerous path shows up in the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    Import,
    /// Referenced; `called` when it is the function of a call.
    Reference {
        called: bool,
    },
}

pub(crate) struct Checker<'a> {
    pub policy: &'a Policy,
    pub index: &'static Index,
    pub findings: Vec<Finding>,
    imports: HashMap<String, Vec<String>>,
    /// Names bound by `import m`: module objects.
    module_names: HashSet<String>,
    /// How many string fragments (annotations) deep the checker is.
    fragment_depth: usize,
    /// Modules star-imported anywhere: a bare name may be one of their members.
    star_modules: Vec<String>,
    /// Names bound exactly once, to their value.
    pub constants: HashMap<String, &'a Expr>,
    /// Names bound only by a `for` over this iterable.
    loop_iterables: HashMap<String, &'a Expr>,
    /// Names whose container value may change (see `semantic::Constants::escaping`).
    escaping: HashSet<String>,
    /// Names bound to a value somewhere (not only by `def`, `class`, `import`).
    assigned: HashSet<String>,
    /// Names bound only by `name = callee(...)`, to every callee.
    pub call_bindings: HashMap<String, Vec<&'a Expr>>,
    /// Names of parameters anywhere (functions and lambdas).
    parameter_names: HashSet<String>,
    /// Every name the code binds anywhere, with how often (see
    /// [`semantic::Constants::bound`]).
    bound_names: HashMap<String, usize>,
    /// Names bound by the enclosing `except … as name` clauses, and whether their
    /// clause catches only `Exception`s.
    pub caught_exception_names: Vec<(String, bool)>,
    /// Attribute names this code defines: methods, attributes it assigns, class-body
    /// and `__slots__` names.
    defined_attributes: HashSet<String>,
    /// The module a fragment runs in (empty for a module).
    outer_body: &'a [Stmt],
    /// The bases of every class defined here (the first definition of each name).
    class_bases: HashMap<String, Vec<Expr>>,
    /// How each class defined here builds its instances and which methods take `self`.
    class_shapes: HashMap<String, semantic::ClassShape>,
    /// The functions whose bodies enclose this point, innermost last, and whether each
    /// suspends (`async def`, a generator).
    pub function_stack: Vec<(String, bool)>,
    /// Visiting the bases of a `class` statement.
    visiting_bases: bool,
    /// Inside the body of an `async def` (not a function nested in one): an event loop
    /// runs it.
    pub in_coroutine: bool,
    /// Names used as values somewhere, not only called (`Thread(target=hold)`).
    pub value_names: HashSet<String>,
    /// Functions only ever used as `@decorator` on definitions here.
    decorator_only: HashSet<String>,
    /// Field names of the classes defined here that a positional class pattern reads:
    /// a literal `__match_args__`, else the annotated fields (dataclass, named tuple).
    class_match_names: HashMap<String, semantic::MatchNames>,
    /// The classes whose bodies enclose this point, innermost last.
    pub class_stack: Vec<String>,
    /// Names known here to hold instances of classes defined here: narrowed by
    /// `if not isinstance(other, Own): return …` at the top of the function.
    own_names: Vec<String>,
    /// Inside an annotation: names there are types, not uses.
    in_annotation: bool,
    /// How many string annotations deep the names check is (`A = "B"`, `B = "A"`).
    string_annotation_depth: usize,
    /// In the signature of a function only the `__main__` block calls and nothing uses
    /// as a value: its annotations are never read back.
    in_private_signature: bool,
    /// Where the context expressions of the enclosing `with` statements start.
    pub with_items: Vec<usize>,
    /// The settings the enclosing `with` blocks put back when they end (`"warnings"`
    /// for `catch_warnings()`, `"decimal"` for `localcontext()`).
    setting_scopes: Vec<&'static str>,
    /// `if key in ALLOWED:` bodies: the name holds one of these strings there.
    narrowed: Vec<(String, Vec<String>)>,
    /// Functions defined with `def` anywhere in the code.
    pub defined_functions: HashSet<String>,
    /// Classes defined here whose name nothing rebinds.
    pub defined_classes: HashSet<String>,
    /// What the loop rule knows about the code (generators that never end).
    pub loops: unbounded_loop::State,
    scopes: Vec<Scope>,
    /// Every dotted prefix of every imported path (`a`, `a.b` for `a.b.c`), made on
    /// the first `uses_module` question.
    imported_prefixes: std::cell::OnceCell<HashSet<String>>,
    /// What `resolve` answers for expressions of the tree being walked (the rules ask
    /// about the same callee many times), while the scopes stay as they are. Only
    /// expressions that live as long as the walk are keys, so no address is reused.
    resolved: std::cell::RefCell<HashMap<*const Expr, Vec<String>>>,
    /// Set just before visiting the function of a call.
    next_is_callee: bool,
    /// Set just before visiting the inside of an attribute chain already resolved.
    next_in_chain: bool,
    /// Set just before visiting the object of an attribute or a subscript.
    next_is_receiver: bool,
    /// Set just before visiting the value of `name = …` for a name bound only there.
    next_is_bound_once: bool,
    /// Set just before visiting an argument of a builtin that only reads it (`len`).
    next_is_read_only: bool,
    /// What the resource rule tracks during the walk (enclosing loops, a reported bomb).
    pub resource: resource_bomb::State,
    /// Templates formatted in place with this code's own objects (see the rule).
    pub own_format_templates: HashSet<usize>,
    /// Whether the code imports a module whose settings S120 follows (asked per node).
    pub settings_in_reach: std::cell::OnceCell<bool>,
    /// Visiting the exception types of an `except` clause: catching is not raising.
    in_except_type: bool,
    /// Names a runner's namespace binds (see [`Checker::add_namespace`]): no import
    /// statement was checked for them, so each use is checked as a reference.
    namespace_names: HashSet<String>,
    /// Where a class is only tested against (`isinstance(x, C)`): it raises nothing.
    type_tested_at: HashSet<usize>,
    /// Inside a string concatenation already checked as one folded string.
    in_folded_string: bool,
    /// Inside `if __name__ == "__main__":`, which runs only when run as a script.
    in_main_guard: bool,
    /// Where a builtin reference is known to be harmless (`vars(self)`).
    exempt_builtin_at: Option<usize>,
    /// Module-level functions only the `__main__` block runs.
    script_only: HashSet<String>,
    /// Set for the one `check_path` of `import inspect`: a module whose pure members
    /// are usable, so its uses, not its import, are judged.
    whole_import_judged_at_use: bool,
    /// The module's statements, for checks that read the whole code (doctests).
    pub body: &'a [Stmt],
}

impl<'a> Checker<'a> {
    /// A checker of `body`; `fragment_depth` counts how many strings of code (doctest
    /// examples, `timeit` statements) deep this code is.
    pub fn new(policy: &'a Policy, body: &'a [Stmt], fragment_depth: usize) -> Self {
        let imports = semantic::collect_imports(body);
        let constants = semantic::collect_constants(body);
        Checker::with_context(
            policy,
            Context {
                imports: imports.paths,
                module_names: imports.modules,
                star_modules: semantic::collect_star_imports(body),
                defined_functions: semantic::collect_function_names(body),
                loops: unbounded_loop::State::new(body),
                constants: constants.values,
                classes: constants.classes,
                loop_iterables: constants.loop_iterables,
                escaping: constants.escaping,
                assigned: constants.assigned,
                call_bindings: constants.call_bindings,
                parameter_names: constants.parameters,
                bound_names: constants.bound,
            },
            fragment_depth,
            body,
        )
    }

    /// A checker at module scope that knows what `context` says about the code.
    fn with_context(
        policy: &'a Policy,
        context: Context<'a>,
        fragment_depth: usize,
        body: &'a [Stmt],
    ) -> Self {
        Checker {
            policy,
            index: capabilities::index(),
            findings: Vec::new(),
            imports: context.imports,
            module_names: context.module_names,
            fragment_depth,
            star_modules: context.star_modules,
            defined_functions: context.defined_functions,
            loops: context.loops,
            constants: context.constants,
            loop_iterables: context.loop_iterables,
            escaping: context.escaping,
            assigned: context.assigned,
            call_bindings: context.call_bindings,
            parameter_names: context.parameter_names,
            bound_names: context.bound_names,
            narrowed: Vec::new(),
            with_items: Vec::new(),
            setting_scopes: Vec::new(),
            own_names: Vec::new(),
            class_stack: Vec::new(),
            function_stack: Vec::new(),
            visiting_bases: false,
            in_coroutine: false,
            value_names: semantic::collect_value_names(body),
            decorator_only: semantic::decorator_only_functions(body),
            class_match_names: semantic::collect_class_match_names(body),
            outer_body: &[],
            class_bases: semantic::collect_class_bases(body),
            class_shapes: semantic::collect_class_shapes(body),
            defined_attributes: semantic::collect_defined_attributes(body),
            in_annotation: false,
            string_annotation_depth: 0,
            in_private_signature: false,
            caught_exception_names: Vec::new(),
            defined_classes: context.classes,
            scopes: vec![Scope::module()],
            resolved: std::cell::RefCell::default(),
            imported_prefixes: std::cell::OnceCell::new(),
            next_is_callee: false,
            next_in_chain: false,
            next_is_receiver: false,
            next_is_bound_once: false,
            next_is_read_only: false,
            resource: resource_bomb::State::default(),
            own_format_templates: HashSet::default(),
            settings_in_reach: std::cell::OnceCell::new(),
            in_except_type: false,
            type_tested_at: HashSet::default(),
            namespace_names: HashSet::default(),
            in_folded_string: false,
            in_main_guard: false,
            exempt_builtin_at: None,
            whole_import_judged_at_use: false,
            script_only: semantic::script_only_functions(body, is_main_guard),
            body,
        }
    }

    /// Checks statements held in a string that the code will run (doctest examples,
    /// `timeit` statements) with every rule, reporting their findings at the string.
    /// Text that does not parse is not run as such (doctest reports it as a failure).
    pub fn check_code_string(&mut self, code: &str, what: &str, s: usize, e: usize) {
        self.check_code_string_in(code, what, &[], s, e);
    }

    /// [`Checker::check_code_string`] for code that runs in a library's namespace:
    /// its free names are that module's globals (`namespace`: name → qualified path),
    /// as `timeit` statements see `sys` and `gc`.
    pub fn check_code_string_in(
        &mut self,
        code: &str,
        what: &str,
        namespace: &[(&str, &str)],
        s: usize,
        e: usize,
    ) {
        if self.fragment_depth >= 2 {
            self.report(
                Rule::DynamicCodeExecution,
                format!("{what} nested too deeply in strings to be checked"),
                s,
                e,
            );
            return;
        }
        let outer = self.body;
        let fragment = crate::Fragment {
            depth: self.fragment_depth + 1,
            outer,
            namespace,
        };
        for finding in crate::analyse_fragment(code, self.policy, &fragment) {
            if matches!(finding.rule, Rule::SyntaxError | Rule::EmptyCode) {
                continue;
            }
            self.push(Finding {
                start: s,
                end: e,
                message: format!("in {what}: {}", finding.message),
                ..finding
            });
        }
    }

    pub fn report(&mut self, rule: Rule, message: impl Into<String>, start: usize, end: usize) {
        self.push(Finding::new(rule, message, start, end));
    }

    pub fn push(&mut self, mut finding: Finding) {
        // Exiting at the end of a script is what scripts do; anywhere else it takes down
        // whoever imported the code.
        if self.in_main_guard
            && matches!(finding.rule, Rule::ProcessExit | Rule::ProcessWideSetting)
        {
            finding.severity = Severity::Info;
            finding
                .message
                .push_str(" (in the `__main__` block, which runs only as a script)");
        }
        if !self.policy.is_disabled(finding.rule) {
            self.findings.push(finding);
        }
    }

    fn in_class_body(&self) -> bool {
        self.scopes
            .last()
            .is_some_and(|s| s.kind == ScopeKind::Class)
    }

    /// Whether a load of `name` here may reach the builtin of that name.
    pub fn is_builtin(&self, name: &str) -> bool {
        (!self.imports.contains_key(name) || self.import_may_leave_builtin(name))
            && semantic::may_be_builtin(&self.scopes, name)
    }

    /// Whether `name` here means the module-level binding (no function scope rebinds it).
    pub fn is_module_level(&self, name: &str) -> bool {
        semantic::may_be_builtin(&self.scopes, name)
    }

    /// An import may never run (inside `try`, `if` or an uncalled function) or may fail,
    /// so importing a dangerous builtin's name (`from compat import exec`) does not
    /// stop it from being the builtin.
    fn import_may_leave_builtin(&self, name: &str) -> bool {
        self.index.builtin(name).is_some() || computed_attribute_access::BUILTINS.contains(&name)
    }

    /// The qualified paths an expression may stand for (`np.load` → `numpy.load`).
    pub fn resolve(&self, expr: &Expr) -> Vec<String> {
        if let Some(paths) = self.resolved.borrow().get(&std::ptr::from_ref(expr)) {
            return paths.clone();
        }
        self.resolve_raw(expr)
            .into_iter()
            .map(|path| semantic::canonical(&path).unwrap_or(path))
            .collect()
    }

    /// Resolves an expression of the walked tree once for all the rules that ask.
    fn remember_resolution(&self, expr: &'a Expr) {
        let key = std::ptr::from_ref(expr);
        if !self.resolved.borrow().contains_key(&key) {
            let paths = self.resolve(expr);
            self.resolved.borrow_mut().insert(key, paths);
        }
    }

    /// Enters a scope: what `resolve` answered outside it may not hold inside.
    fn push_scope(&mut self, scope: Scope) {
        self.resolved.get_mut().clear();
        self.scopes.push(scope);
    }

    fn pop_scope(&mut self) {
        self.resolved.get_mut().clear();
        self.scopes.pop();
    }

    /// Paths as written, before re-exports are followed (`json.codecs.open`).
    fn resolve_raw(&self, expr: &Expr) -> Vec<String> {
        self.resolve_raw_at(expr, 0)
    }

    fn resolve_raw_at(&self, expr: &Expr, depth: usize) -> Vec<String> {
        match expr {
            Expr::Name(name) => {
                let id = normalize(&name.id);
                match self.imports.get(id.as_ref()) {
                    Some(paths) => paths.clone(),
                    // `Encoder = json.JSONEncoder`: an alias bound once is what it names.
                    None if depth < 4
                        && matches!(
                            self.constants.get(id.as_ref()).copied(),
                            Some(Expr::Name(_) | Expr::Attribute(_))
                        ) =>
                    {
                        match self.constants.get(id.as_ref()).copied() {
                            Some(value) => self.resolve_raw_at(value, depth + 1),
                            None => Vec::new(),
                        }
                    }
                    // After `from m import *`, a free name may be `m.name`.
                    None if semantic::may_be_builtin(&self.scopes, &id) => self
                        .star_modules
                        .iter()
                        .map(|module| format!("{module}.{id}"))
                        .collect(),
                    None => Vec::new(),
                }
            }
            Expr::Attribute(attr) => self.resolve_attribute_at(attr, depth),
            // `__import__("a.b")` returns the top-level package `a`.
            Expr::Call(call) => self
                .literal_import(call)
                .map(|module| vec![module.split('.').next().unwrap_or(module).to_string()])
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// `__import__("doctest")`: the builtin given one literal module name imports that
    /// module like an `import` statement; it is checked as one.
    fn literal_import<'c>(&self, call: &'c ast::ExprCall) -> Option<&'c str> {
        if !call.arguments.keywords.is_empty() {
            return None;
        }
        let [argument] = parse::call_args(call) else {
            return None;
        };
        let module = parse::str_literal(argument)?;
        let is_module_name = !module.is_empty()
            && module.split('.').all(|part| {
                !part.is_empty() && part.chars().all(|c| c == '_' || c.is_alphanumeric())
            });
        (is_module_name && self.builtin_name(&call.func).as_deref() == Some("__import__"))
            .then_some(module)
    }

    fn resolve_attribute(&self, attr: &ast::ExprAttribute) -> Vec<String> {
        self.resolve_attribute_at(attr, 0)
    }

    fn resolve_attribute_at(&self, attr: &ast::ExprAttribute, depth: usize) -> Vec<String> {
        let attr_name = normalize(&attr.attr);
        self.resolve_raw_at(&attr.value, depth)
            .into_iter()
            .map(|base| format!("{base}.{attr_name}"))
            .collect()
    }

    /// What a name bound once stands for (`PATTERN = "…"` … `re.match(PATTERN, s)`); any
    /// other expression stands for itself.
    pub fn bound_value<'e>(&self, expr: &'e Expr) -> &'e Expr
    where
        'a: 'e,
    {
        match expr {
            Expr::Name(name) => self
                .constants
                .get(normalize(&name.id).as_ref())
                .copied()
                .unwrap_or(expr),
            other => other,
        }
    }

    /// The first path `expr` may stand for that is one of `paths`.
    pub fn resolves_to_any(&self, expr: &Expr, paths: &[&str]) -> Option<String> {
        // (Asked for most calls and attributes: the remembered answer is searched in
        // place rather than copied.)
        if let Some(resolved) = self.resolved.borrow().get(&std::ptr::from_ref(expr)) {
            return resolved
                .iter()
                .find(|p| paths.contains(&p.as_str()))
                .cloned();
        }
        self.resolve(expr)
            .into_iter()
            .find(|p| paths.contains(&p.as_str()))
    }

    /// The strings `expr` can evaluate to, when they are known from the code as written:
    /// a literal; a name bound once to one; a name bound only by a `for` over literal
    /// strings (or a constant collection of them); a name inside `if name in COLLECTION:`;
    /// an item of a constant dict whose values are all literals; either arm of a
    /// conditional expression. `None` when any value may come from elsewhere.
    pub fn string_values(&self, expr: &Expr) -> Option<Vec<String>> {
        self.string_values_at(expr, 0)
    }

    fn string_values_at(&self, expr: &Expr, depth: usize) -> Option<Vec<String>> {
        if depth > 8 {
            return None;
        }
        match expr {
            Expr::StringLiteral(_) => parse::str_literal(expr).map(|s| vec![s.to_string()]),
            Expr::Name(name) => {
                let id = normalize(&name.id);
                if let Some((_, values)) = self.narrowed.iter().rev().find(|(n, _)| *n == id) {
                    return Some(values.clone());
                }
                if let Some(iterable) = self.loop_iterables.get(id.as_ref()).copied() {
                    return self.collection_strings(iterable);
                }
                match self.constants.get(id.as_ref()).copied() {
                    Some(value @ Expr::StringLiteral(_)) => self.string_values_at(value, depth + 1),
                    _ => None,
                }
            }
            Expr::Subscript(item) => {
                let Expr::Dict(dict) = self.constant_container(&item.value)? else {
                    return None;
                };
                dict.items
                    .iter()
                    .map(|entry| entry.key.as_ref().and(parse::str_literal(&entry.value)))
                    .map(|value| value.map(str::to_string))
                    .collect()
            }
            Expr::If(conditional) => {
                let mut values = self.string_values_at(&conditional.body, depth + 1)?;
                values.extend(self.string_values_at(&conditional.orelse, depth + 1)?);
                Some(values)
            }
            _ => None,
        }
    }

    /// The literal strings a collection holds (a dict: its keys), when it is a literal
    /// or a name bound once to one that nothing can change.
    fn collection_strings(&self, expr: &Expr) -> Option<Vec<String>> {
        let collection = match expr {
            Expr::Name(_) => self.constant_container(expr)?,
            Expr::Call(call) if call.arguments.is_empty() => match call.func.as_ref() {
                Expr::Attribute(keys) if keys.attr.as_str() == "keys" => {
                    self.constant_container(&keys.value)?
                }
                _ => return None,
            },
            other => other,
        };
        let items: Vec<&Expr> = match collection {
            Expr::Tuple(t) => t.elts.iter().collect(),
            Expr::List(l) => l.elts.iter().collect(),
            Expr::Set(s) => s.elts.iter().collect(),
            Expr::Dict(d) => d
                .items
                .iter()
                .map(|i| i.key.as_ref())
                .collect::<Option<_>>()?,
            _ => return None,
        };
        items
            .into_iter()
            .map(|e| parse::str_literal(e).map(str::to_string))
            .collect()
    }

    /// `case Own(x)`: a positional pattern reads the attributes the class's
    /// `__match_args__` names; names of internals there (`tb_frame`, `f_back`) read them
    /// from whatever the pattern matches.
    fn check_class_pattern_fields(&mut self, pattern: &ast::PatternMatchClass) {
        let count = pattern.arguments.patterns.len();
        let Expr::Name(class) = pattern.cls.as_ref() else {
            return;
        };
        let Some(names) = self.class_match_names.get(normalize(&class.id).as_ref()) else {
            return;
        };
        let names: Vec<String> = names.names.iter().take(count).cloned().collect();
        for name in names {
            introspection_escape::check_pattern_keyword(self, &name, start(pattern), end(pattern));
            self.check_name_read(&name, false, false, start(pattern), end(pattern));
        }
    }

    /// The attribute names a positional class pattern on `class` (a class defined here)
    /// reads, when the code states them (see [`semantic::MatchNames`]).
    pub fn stated_match_names(&self, class: &str) -> Option<&[String]> {
        self.class_match_names
            .get(class)
            .filter(|m| m.stated)
            .map(|m| m.names.as_slice())
    }

    /// `func` in `def logged(func): @wraps(func) def wrapper…`, when `logged` is only ever
    /// applied with `@` to definitions here: `func` is one of them.
    pub fn is_decorated_parameter(&self, name: &str) -> bool {
        let enclosing = self
            .function_stack
            .iter()
            .rev()
            .find(|(f, _)| self.decorator_only.contains(f));
        enclosing.is_some() && self.parameter_names.contains(name) && !self.assigned.contains(name)
    }

    /// An annotation: the paths it names are types, not capabilities used (an
    /// annotation that computes something is reported by `check_annotation`).
    fn visit_annotation(&mut self, annotation: &'a Expr) {
        let outer = std::mem::replace(&mut self.in_annotation, true);
        self.visit_expr(annotation);
        self.in_annotation = outer;
    }

    /// `if not isinstance(x, Own): return …`, a statement of a function's `body` in which
    /// `x` is never rebound: below it, `x` holds an instance of a class defined here
    /// (`register` of foreign types and `__instancecheck__` hooks, which could make it
    /// lie, are reported).
    fn isinstance_guard(&self, stmt: &Stmt, body: &[Stmt]) -> Option<String> {
        let Stmt::If(guard) = stmt else { return None };
        let Expr::UnaryOp(not) = guard.test.as_ref() else {
            return None;
        };
        let Expr::Call(call) = not.operand.as_ref() else {
            return None;
        };
        if not.op != ast::UnaryOp::Not
            || self.builtin_name(&call.func).as_deref() != Some("isinstance")
        {
            return None;
        }
        let [Expr::Name(subject), classes] = parse::call_args(call) else {
            return None;
        };
        {
            let own_class = |e: &Expr| {
                matches!(e, Expr::Name(n) if self.defined_classes.contains(normalize(&n.id).as_ref()))
                    || matches!(e, Expr::Call(c) if self.is_own_object(e)
                        && matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "type"))
            };
            let all_own = match classes {
                Expr::Tuple(t) => !t.elts.is_empty() && t.elts.iter().all(own_class),
                other => own_class(other),
            };
            let exits = matches!(guard.body.last(), Some(Stmt::Return(_) | Stmt::Raise(_)));
            let id = normalize(&subject.id).into_owned();
            (all_own
                && exits
                && guard.elif_else_clauses.is_empty()
                && !semantic::rebinds(self.body, body, &id))
            .then_some(id)
        }
    }

    /// A class defined here whose bases are all its own kind: other such classes,
    /// builtin types, or the typing, `abc`, `enum` and `dataclasses` scaffolding. A class
    /// that derives from a library's class inherits that library's internals.
    pub fn is_own_class(&self, name: &str, depth: usize) -> bool {
        // Abstract bases and library classes made to be subclassed whose private
        // state was read and reaches nothing (a test case, a model). Not `Thread`: it keeps
        // the process's stderr as `self._stderr`.
        const SCAFFOLDING: &[&str] = &[
            "enum.Enum",
            "enum.IntEnum",
            "enum.StrEnum",
            "enum.Flag",
            "enum.IntFlag",
            "unittest.TestCase",
            "unittest.IsolatedAsyncioTestCase",
            "pydantic.BaseModel",
            "json.JSONEncoder",
            "json.JSONDecoder",
            "html.parser.HTMLParser",
        ];
        const SCAFFOLDING_MODULES: &[&str] = &[
            "typing.",
            "typing_extensions.",
            "abc.",
            "collections.abc.",
            "numbers.",
        ];
        if depth > 8 {
            return false;
        }
        // `def __new__` or a metaclass may hand back any object from `Class()`.
        if self
            .class_shapes
            .get(name)
            .is_some_and(|shape| shape.custom_construction)
        {
            return false;
        }
        let Some(bases) = self.class_bases(name) else {
            return false;
        };
        bases.iter().all(|base| {
            let base = match base {
                Expr::Subscript(s) => s.value.as_ref(),
                other => other,
            };
            match base {
                Expr::Name(n) if self.defined_classes.contains(normalize(&n.id).as_ref()) => {
                    self.is_own_class(&normalize(&n.id), depth + 1)
                }
                _ => {
                    self.builtin_name(base).is_some()
                        || self.resolves_to_any(base, SCAFFOLDING).is_some()
                        || self
                            .resolve(base)
                            .iter()
                            .any(|p| SCAFFOLDING_MODULES.iter().any(|m| p.starts_with(m)))
                }
            }
        })
    }

    /// A fragment (a doctest example) runs in its module: the classes the module
    /// defines are defined for it too.
    /// Binds the names a library's namespace gives code it runs (see
    /// [`Checker::check_code_string_in`]), as if imported.
    pub fn add_namespace(&mut self, namespace: &[(&str, &str)]) {
        for (name, path) in namespace {
            self.namespace_names.insert((*name).to_string());
            let paths = self.imports.entry((*name).to_string()).or_default();
            if !paths.iter().any(|p| p == path) {
                paths.push((*path).to_string());
            }
            if !path.contains('.') {
                self.module_names.insert((*name).to_string());
            }
        }
    }

    pub fn add_outer_classes(&mut self, outer: &'a [Stmt]) {
        if outer.is_empty() {
            return;
        }
        let outer_constants = semantic::collect_constants(outer);
        let own_bindings = semantic::collect_constants(self.body);
        // The example runs in the module's globals: what the module rebinds, it sees.
        for (name, count) in outer_constants.bound {
            *self.bound_names.entry(name).or_default() += count;
        }
        for class in outer_constants.classes {
            // A name the example rebinds is the example's.
            if !self.assigned.contains(&class) && !own_bindings.values.contains_key(&class) {
                self.defined_classes.insert(class);
            }
        }
        self.outer_body = outer;
        for (class, bases) in semantic::collect_class_bases(outer) {
            self.class_bases.entry(class).or_insert(bases);
        }
        for (class, shape) in semantic::collect_class_shapes(outer) {
            self.class_shapes.entry(class).or_insert(shape);
        }
        self.defined_attributes
            .extend(semantic::collect_defined_attributes(outer));
    }

    /// A metaclass defined here: a class derived from `type`, from a library metaclass
    /// or from another such class.
    fn is_metaclass(&self, class: &str, depth: usize) -> bool {
        depth < 8
            && self.class_bases(class).is_some_and(|bases| {
                bases.iter().any(|base| {
                    self.builtin_name(base).as_deref() == Some("type")
                        || self
                            .resolves_to_any(base, &["abc.ABCMeta", "enum.EnumMeta", "enum.EnumType"])
                            .is_some()
                        || matches!(base, Expr::Name(n) if self.is_metaclass(&normalize(&n.id), depth + 1))
                })
            })
    }

    /// Whether `class`, defined here, derives (through classes defined here) from one of
    /// the library classes `paths`.
    pub fn class_derives_from(&self, class: &str, paths: &[&str]) -> bool {
        self.class_derives_from_at(class, paths, 0)
    }

    fn class_derives_from_at(&self, class: &str, paths: &[&str], depth: usize) -> bool {
        depth < 8
            && self.class_bases(class).is_some_and(|bases| {
                bases.iter().any(|base| {
                    self.resolves_to_any(base, paths).is_some()
                        || matches!(base, Expr::Name(n)
                            if self.class_derives_from_at(&normalize(&n.id), paths, depth + 1))
                })
            })
    }

    /// Whether the code being checked is in the body of a class defined here that
    /// derives from one of `paths`.
    pub fn in_class_derived_from(&self, paths: &[&str]) -> bool {
        self.class_stack
            .last()
            .is_some_and(|class| self.class_derives_from(class, paths))
    }

    /// Whether `outer.inner` is a class `inner` defined in the body of the class
    /// `outer` defined here (and nothing else in that body binds the name).
    pub fn is_nested_class(&self, outer: &str, inner: &str) -> bool {
        self.defined_classes.contains(outer)
            && self
                .class_shapes
                .get(outer)
                .is_some_and(|shape| shape.nested_classes.contains(inner))
    }

    /// Whether `Class[…]`, for a class defined here, runs this code's own code: the
    /// class or a base defines `__class_getitem__`, its metaclass defines `__getitem__`,
    /// or a base or the metaclass is computed. `Generic[T]` subclasses and plain
    /// classes subscript as typing does.
    pub fn subscription_runs_own_code(&self, class: &str, depth: usize) -> bool {
        let Some(shape) = self.class_shapes.get(class) else {
            return false;
        };
        if depth >= 8 || shape.binds_class_getitem {
            return true;
        }
        let own_or_computed = |expr: &Expr, hook: &dyn Fn(&str) -> bool| match expr {
            Expr::Name(n) if self.defined_classes.contains(normalize(&n.id).as_ref()) => {
                hook(normalize(&n.id).as_ref())
            }
            Expr::Subscript(s) => self.resolve(&s.value).is_empty(),
            _ => self.resolve(expr).is_empty() && self.builtin_name(expr).is_none(),
        };
        let metaclass_hooks = shape.metaclass.as_ref().is_some_and(|meta| {
            own_or_computed(meta, &|name| self.metaclass_getitem(name, depth + 1))
        });
        metaclass_hooks
            || self.class_bases(class).is_some_and(|bases| {
                bases.iter().any(|base| {
                    own_or_computed(base, &|name| {
                        self.subscription_runs_own_code(name, depth + 1)
                    })
                })
            })
    }

    /// A metaclass defined here that (or one of whose own bases) defines `__getitem__`.
    fn metaclass_getitem(&self, class: &str, depth: usize) -> bool {
        depth < 8
            && (self
                .class_shapes
                .get(class)
                .is_some_and(|s| s.binds_getitem)
                || self.class_bases(class).is_some_and(|bases| {
                    bases.iter().any(|b| {
                        matches!(b, Expr::Name(n)
                        if self.metaclass_getitem(normalize(&n.id).as_ref(), depth + 1))
                    })
                }))
    }

    /// A class defined here with `def __new__` or a metaclass.
    pub fn has_custom_construction(&self, name: &str) -> bool {
        self.class_shapes
            .get(name)
            .is_some_and(|shape| shape.custom_construction)
    }

    /// `Own.method`: a plain method read from the class itself, where its `self` is
    /// whatever the caller passes.
    fn is_unbound_method(&self, attr: &ast::ExprAttribute) -> bool {
        let Expr::Name(class) = attr.value.as_ref() else {
            return false;
        };
        let method = normalize(&attr.attr);
        self.class_shapes
            .get(normalize(&class.id).as_ref())
            .is_some_and(|shape| {
                // Dunder methods a decorator generates (`@dataclass`'s `__eq__`, `__lt__`)
                // read the fields of whatever they are handed as `self`.
                shape.instance_methods.contains(method.as_ref())
                    || GENERATED_METHODS.contains(&method.as_ref())
            })
    }

    /// The bases of the module-level class `name` defined here, when there is exactly one.
    pub fn class_bases(&self, name: &str) -> Option<&[Expr]> {
        if !self.defined_classes.contains(name) {
            return None;
        }
        self.class_bases.get(name).map(|bases| bases.as_slice())
    }

    /// Whether the code imports `module` (or one of its submodules) anywhere.
    pub fn uses_module(&self, module: &str) -> bool {
        let prefixes = self.imported_prefixes.get_or_init(|| {
            let mut prefixes = HashSet::default();
            for path in self.imports.values().flatten().chain(&self.star_modules) {
                let path = path.strip_prefix("builtins.").unwrap_or(path);
                let mut end = path.len();
                loop {
                    prefixes.insert(path[..end].to_string());
                    match path[..end].rfind('.') {
                        Some(dot) => end = dot,
                        None => break,
                    }
                }
            }
            prefixes
        });
        prefixes.contains(module.strip_prefix("builtins.").unwrap_or(module))
    }

    /// Whether `expr` is an object this code defined, whose private fields are its own:
    /// `self`/`cls` (when never reassigned), `super()`, `type(self)`, a class defined
    /// here, or a name bound once to an instance of one.
    pub fn is_own_object(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Name(name) => {
                let id = normalize(&name.id);
                if self.own_names.iter().any(|n| *n == id) {
                    return true;
                }
                if matches!(id.as_ref(), "self" | "cls") {
                    return !self.assigned.contains(id.as_ref())
                        && self
                            .class_stack
                            .last()
                            .is_some_and(|class| self.is_own_class(class, 0));
                }
                if self.is_own_class(&id, 0) {
                    return true;
                }
                // Every binding an instance of a class defined here.
                self.call_bindings.get(id.as_ref()).is_some_and(|callees| {
                    callees.iter().all(|callee| {
                        matches!(callee, Expr::Name(class) if self.is_own_class(&normalize(&class.id), 0))
                    })
                })
            }
            Expr::Call(call) => match (call.func.as_ref(), parse::call_args(call)) {
                (Expr::Name(f), []) if f.id.as_str() == "super" => true,
                (Expr::Name(f), [object]) if f.id.as_str() == "type" => self.is_own_object(object),
                // `Version(1, 2)._key()`: a fresh instance of a class defined here.
                (Expr::Name(class), _) => self.is_own_class(&normalize(&class.id), 0),
                _ => false,
            },
            _ => false,
        }
    }

    /// `obj.name = …` or `del obj.name`, and the same through `setattr(obj, "name", …)`,
    /// `delattr` and `__setattr__`: a write by a name known from the code is a write.
    pub fn check_attribute_write(&mut self, target: &Expr) {
        let Expr::Attribute(attr) = target else {
            return;
        };
        introspection_escape::check_field_write(self, attr);
        process_wide_setting::check_write(self, target);
        introspection_escape::check_library_write(self, target);
        introspection_escape::check_name_table_write(self, target);
        introspection_escape::check_module_write(self, attr);
        filesystem_access::check_setting_write(self, attr);
        dynamic_import::check_import_hint_write(self, attr);
    }

    /// An attribute read by a name known from the code on an object (`x.name`,
    /// `getattr(x, "name")`, `attrgetter("name")`, a class pattern): event-loop and other
    /// capability methods, modules kept as attributes, and private members of objects
    /// this code did not define.
    pub fn check_name_read(&mut self, name: &str, own: bool, on_module: bool, s: usize, e: usize) {
        // A class defined here may inherit from a library's: only the names this code
        // defines (`def name`, `obj.name = …`, class-body and `__slots__` names) are its own.
        let own = own && self.defined_attributes.contains(name);
        if let Some(hit) = self.index.method(name).filter(|_| !on_module && !own) {
            if !self.policy.allows_attribute(name) {
                self.report(hit.rule, format!("`.{name}()` {}", hit.what), s, e);
            }
        }
        if !on_module {
            unvetted_module::check_private_attribute(self, name, own, s, e);
        }
    }

    /// `args` bound once to `parser.parse_args(...)`, `parser` bound once to an
    /// `argparse.ArgumentParser(...)`: a namespace holding the parsed options.
    fn is_parsed_arguments(&self, name: &ast::ExprName) -> bool {
        let Some(Expr::Call(parse)) = self.constants.get(normalize(&name.id).as_ref()).copied()
        else {
            return false;
        };
        let Expr::Attribute(method) = parse.func.as_ref() else {
            return false;
        };
        let Expr::Name(parser) = method.value.as_ref() else {
            return false;
        };
        let Some(Expr::Call(make)) = self.constants.get(normalize(&parser.id).as_ref()).copied()
        else {
            return false;
        };
        // `parse_args(argv, namespace)` returns the namespace it is given: only a fresh one.
        let fresh_namespace = parse.arguments.args.len() <= 1
            && parse
                .arguments
                .keywords
                .iter()
                .all(|k| k.arg.as_deref() == Some("args"));
        method.attr.as_str() == "parse_args"
            && fresh_namespace
            && self
                .resolves_to_any(&make.func, &["argparse.ArgumentParser"])
                .is_some()
    }

    /// `json.dumps(obj, default=lambda o: o.__dict__)` (or `vars(o)`): where the
    /// instance dict is read only to be encoded. The position of that read.
    fn json_default_instance_dict(&self, call: &ast::ExprCall) -> Option<usize> {
        let default = parse::keyword(call, "default")?;
        let Expr::Lambda(lambda) = default else {
            return None;
        };
        let parameters = lambda.parameters.as_deref()?;
        let [only] = parameters.args.as_slice() else {
            return None;
        };
        let is_param = |e: &Expr| matches!(e, Expr::Name(n) if n.id == only.parameter.name.id);
        let at = match lambda.body.as_ref() {
            Expr::Attribute(a) if a.attr.as_str() == "__dict__" && is_param(&a.value) => start(a),
            Expr::Call(c)
                if self.builtin_name(&c.func).as_deref() == Some("vars")
                    && matches!(parse::call_args(c), [arg] if is_param(arg))
                    && c.arguments.keywords.is_empty() =>
            {
                start(c.func.as_ref())
            }
            _ => return None,
        };
        self.resolves_to_any(&call.func, &["json.dumps", "json.dump", "json.JSONEncoder"])
            .map(|_| at)
    }

    /// `name in COLLECTION` with a collection of literal strings, when `body` does not
    /// rebind the name: what the name holds inside `body`.
    fn narrowing(&self, test: &Expr, body: &[Stmt]) -> Option<(String, Vec<String>)> {
        let Expr::Compare(compare) = test else {
            return None;
        };
        let ([Expr::Name(name), collection], [ast::CmpOp::In]) =
            (compare.operands.as_ref(), compare.ops.as_ref())
        else {
            return None;
        };
        let id = normalize(&name.id).into_owned();
        let values = self.collection_strings(collection)?;
        (!semantic::rebinds(self.body, body, &id)).then_some((id, values))
    }

    /// The literal a name is bound to once, when nothing can change it afterwards.
    fn constant_container(&self, expr: &'a Expr) -> Option<&Expr> {
        let Expr::Name(name) = expr else {
            return Some(expr).filter(|e| {
                matches!(
                    e,
                    Expr::Tuple(_) | Expr::List(_) | Expr::Set(_) | Expr::Dict(_)
                )
            });
        };
        let id = normalize(&name.id);
        if self.escaping.contains(id.as_ref()) {
            return None;
        }
        self.constants.get(id.as_ref()).copied()
    }

    /// Whether an enclosing `with` block puts `module`'s setting back when it ends.
    /// Whether `targets = value` is the one binding of a single name (the constant
    /// pass records it, and the rules follow the name to `value`).
    fn binds_once(&self, targets: &[Expr], value: &Expr) -> bool {
        let [Expr::Name(name)] = targets else {
            return false;
        };
        self.constants
            .get(normalize(&name.id).as_ref())
            .is_some_and(|bound| std::ptr::eq(*bound, value))
    }

    /// Whether the `with` item whose context expression starts at `at` puts back what
    /// it changed when its block ends: not when the block can stay suspended (in a
    /// generator or coroutine) or run out of sight (in a function used as a value: a
    /// thread target, a callback; threads, executors and event loops run code out of
    /// sight too).
    pub fn with_item_closes(&self, at: usize) -> bool {
        self.with_items.contains(&at) && !self.held_open()
    }

    pub fn held_open(&self) -> bool {
        self.function_stack
            .iter()
            .any(|(name, suspends)| *suspends || self.value_names.contains(name))
            || ["threading", "concurrent", "asyncio", "_thread"]
                .iter()
                .any(|module| self.uses_module(module))
    }

    pub fn in_setting_scope(&self, module: &str) -> bool {
        self.setting_scopes.contains(&module)
    }

    /// The module-level `def`s named `name` (a name may be defined more than once).
    pub fn module_functions<'n>(
        &self,
        name: &'n str,
    ) -> impl Iterator<Item = &'a ast::StmtFunctionDef> + 'n
    where
        'a: 'n,
    {
        self.body.iter().filter_map(move |stmt| match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == name => Some(def),
            _ => None,
        })
    }

    /// What a name bound only by a `for` (or comprehension) iterates over.
    pub fn loop_iterable(&self, name: &str) -> Option<&'a Expr> {
        self.loop_iterables.get(name).copied()
    }

    /// Whether the code reaches a library member called `name` (`concurrent.futures.
    /// Future`, `from html.parser import HTMLParser`).
    pub fn names_library_member(&self, name: &str) -> bool {
        let suffix = format!(".{name}");
        self.imports
            .values()
            .flatten()
            .any(|path| path.ends_with(&suffix) || path == name)
            || self.uses_module_member_named(name)
    }

    /// Whether some attribute chain of the code resolves to a module member `name`.
    fn uses_module_member_named(&self, name: &str) -> bool {
        struct Find<'c, 'p, 'n>(&'c Checker<'p>, &'n str, bool);
        impl<'b> Visitor<'b> for Find<'_, '_, '_> {
            fn visit_expr(&mut self, expr: &'b Expr) {
                if let Expr::Attribute(a) = expr {
                    if a.attr.as_str() == self.1 && !self.0.resolve(expr).is_empty() {
                        self.2 = true;
                    }
                }
                if !self.2 {
                    visitor::walk_expr(self, expr);
                }
            }
        }
        let mut find = Find(self, name, false);
        find.visit_body(self.body);
        find.2
    }

    /// Whether an import anywhere binds `name`.
    pub fn is_imported_name(&self, name: &str) -> bool {
        self.imports.contains_key(normalize(name).as_ref())
    }

    /// The builtin `expr` names when nothing in the code binds that name anywhere: what
    /// the code trusts a builtin for (`class E(Exception)`) must be the builtin.
    pub fn certain_builtin_name(&self, expr: &Expr) -> Option<String> {
        self.builtin_name(expr)
            .filter(|name| !self.bound_names.contains_key(name))
    }

    /// `getattr`, `eval`, … when the expression is that builtin.
    pub fn builtin_name(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Name(name) => {
                let id = normalize(&name.id);
                self.is_builtin(&id).then(|| id.into_owned())
            }
            _ => None,
        }
    }

    /// Reports a dangerous module or member, unless the policy allows it.
    pub fn check_path(&mut self, written: &str, how: Use, start: usize, end: usize) {
        // Follow re-exports (`json.codecs` is `codecs`); a private one is a module
        // reached through another module.
        let canonical = semantic::canonical(written);
        if let Some(real) = &canonical {
            module_attribute_reach::check_reexport(self, written, real, start, end);
        }
        let path = canonical.as_deref().unwrap_or(written);
        policy_denied::check_path(self, path, start, end);
        if how != Use::Import {
            // A private member is judged as written (`collections._collections_abc` is
            // `collections.abc`, reached through a member that is not vetted).
            if canonical.is_some() {
                unvetted_module::check_reference(self, written, start, end);
            }
            unvetted_module::check_reference(self, path, start, end);
        }
        // `import inspect` binds the module to a name whose every use is judged.
        let judged_at_use =
            how == Use::Import && std::mem::take(&mut self.whole_import_judged_at_use);
        // (An annotation is a value too: `C.__annotations__["x"]` hands it back.)
        if let Some(hit) = self
            .index
            .lookup(path)
            .filter(|hit| !(judged_at_use && hit.entry == path))
        {
            if !self.policy.allows_path(path, hit.entry) {
                // Named as written; a re-export's real name is in its own finding.
                let message = match how {
                    Use::Import => format!("import of `{written}`, which {}", hit.what),
                    Use::Reference { .. } => format!("`{written}` {}", hit.what),
                };
                self.report(hit.rule, message, start, end);
            }
        }
        let unreadable_annotation = self.in_annotation && self.in_private_signature;
        if let (Use::Reference { called: false }, false) = (how, unreadable_annotation) {
            if !self.in_coroutine
                && !self.visiting_bases
                && !self.in_annotation
                && process_wide_setting::LOOP_INSTALLERS.contains(&path)
            {
                process_wide_setting::report_loop_installer(self, path, start, end);
            }
            if let Some((rule, why)) = call_checked(path, self.visiting_bases) {
                self.report(
                    rule,
                    format!("`{path}` passed as a value: {why}"),
                    start,
                    end,
                );
            }
        }
        if how == Use::Import {
            module_attribute_reach::check_import_path(self, written, start, end);
            introspection_escape::check_internal_import(self, written, path, start, end);
        }
        format_string_attribute_walk::check_field_walker(self, path, start, end);
    }

    fn check_import(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(s) => {
                for alias in &s.names {
                    let path = semantic::dotted(&alias.name);
                    unvetted_module::check_import(self, &path, start(alias), end(alias));
                    self.whole_import_judged_at_use =
                        introspection_escape::JUDGED_AT_USE.contains(&path.as_str());
                    self.check_path(&path, Use::Import, start(alias), end(alias));
                }
            }
            Stmt::ImportFrom(s) => {
                let module = semantic::from_module(s);
                match &module {
                    Some(module) => {
                        unvetted_module::check_import(self, module, start(stmt), end(stmt))
                    }
                    None => {
                        let dots = ".".repeat(s.level as usize);
                        let written = match &s.module {
                            Some(name) => format!("{dots}{}", semantic::dotted(name)),
                            None => dots,
                        };
                        unvetted_module::check_relative_import(
                            self,
                            &written,
                            start(stmt),
                            end(stmt),
                        );
                    }
                }
                for alias in &s.names {
                    let Some(module) = &module else { continue };
                    if alias.name.as_str() != "*" {
                        // `from package import sub` imports the submodule.
                        let path = format!("{module}.{}", normalize(&alias.name));
                        if manifest::is_module(&path) {
                            unvetted_module::check_import(self, &path, start(alias), end(alias));
                        }
                    }
                    if alias.name.as_str() == "*" {
                        self.check_path(module, Use::Import, start(stmt), end(stmt));
                        dangerous_module_escape::check_star_import(
                            self,
                            module,
                            start(stmt),
                            end(stmt),
                        );
                    } else {
                        let path = format!("{module}.{}", normalize(&alias.name));
                        self.check_path(&path, Use::Import, start(alias), end(alias));
                    }
                }
            }
            _ => {}
        }
    }

    #[inline(never)]
    fn check_name_load(&mut self, name: &ast::ExprName, callee: bool, in_chain: bool) {
        let id = normalize(&name.id);
        let (s, e) = (start(name), end(name));
        introspection_escape::check_bare_name(self, &id, s, e);
        if self.namespace_names.contains(id.as_ref()) && !in_chain {
            for path in self.imports.get(id.as_ref()).cloned().unwrap_or_default() {
                self.check_path(&path, Use::Reference { called: callee }, s, e);
            }
        }
        if let Some(paths) = self.imports.get(id.as_ref()).cloned() {
            if !in_chain {
                let module = self.module_names.contains(id.as_ref());
                for path in paths {
                    let real = semantic::canonical(&path).unwrap_or(path);
                    if module || self.index.is_partial_module(&real) {
                        dangerous_module_escape::check_module_value(self, &real, s, e);
                    }
                }
            }
            if !self.import_may_leave_builtin(&id) {
                return;
            }
        }
        if !semantic::may_be_builtin(&self.scopes, &id) {
            return;
        }
        // A member a star import may have brought in, when it has an entry of its own
        // (`create_subprocess_shell` after `from asyncio import *`).
        for module in self.star_modules.clone() {
            let path = format!("{module}.{id}");
            let own_entry = self
                .index
                .lookup(&path)
                .is_some_and(|hit| hit.entry != module)
                || call_checked(&path, false).is_some();
            if own_entry {
                self.check_path(&path, Use::Reference { called: callee }, s, e);
            }
        }
        if id == "anext" {
            process_wide_setting::check_coroutine_driver(self, &id, s, e);
        }
        policy_denied::check_path(self, &id, s, e);
        let exempt = self.exempt_builtin_at.take_if(|at| *at == s).is_some();
        if let Some(hit) = self.index.builtin(&id).filter(|_| !exempt) {
            let caught_not_raised = self.in_except_type && hit.rule == Rule::ProcessExit;
            if !caught_not_raised && !self.policy.allows_path(&id, hit.entry) {
                let message = if callee {
                    format!("`{id}()` {}", hit.what)
                } else {
                    format!("`{id}` referenced as a value {}", hit.what)
                };
                self.report(hit.rule, message, s, e);
            }
        }
        if !callee {
            computed_attribute_access::check_builtin_value(self, &id, s, e);
        }
    }

    #[inline(never)]
    fn check_attribute(&mut self, attr: &'a ast::ExprAttribute, callee: bool, in_chain: bool) {
        let name = normalize(&attr.attr);
        let (s, e) = (start(attr), end(attr));
        let own = self.is_own_object(&attr.value);
        let on_self = own
            && (matches!(attr.value.as_ref(), Expr::Name(n) if n.id.as_str() == "self")
                || matches!(name.as_ref(), "__mro__" | "__bases__" | "__base__"));
        // `default=lambda o: o.__dict__` hands the dict only to the JSON encoder.
        let instance_dict_for_json = self.exempt_builtin_at.take_if(|at| *at == s).is_some();
        let on_self = on_self || instance_dict_for_json;
        introspection_escape::check_attribute(self, &name, on_self, s, e);
        let on_module = !self.resolve(&attr.value).is_empty();
        // A field of a plain name or a chain of plain fields (`platform.os`,
        // `job.platform.os`) is someone's data; the same name on a computed object
        // (`f().sys`) is an escape. (The roads that put a module in a plain name, private
        // attributes of library objects among them, are reported where they are taken.)
        let on_data = own || plain_field_chain(&attr.value);
        module_attribute_reach::check_attribute(self, &name, on_module, on_data, s, e);
        format_string_attribute_walk::check_unbound_format(self, attr, callee);
        // A method read from a module's class (`asyncio.SelectorEventLoop.subprocess_shell`)
        // is the method; only a module's own functions are judged by their paths.
        let on_module_itself = self
            .resolve(&attr.value)
            .iter()
            .any(|p| !p.contains('.') || crate::manifest::is_module(p));
        self.check_name_read(&name, own, on_module_itself, s, e);
        process_wide_setting::check_coroutine_driver(self, &name, s, e);
        if !callee {
            introspection_escape::check_mutator_value(self, attr);
            introspection_escape::check_method_value(self, attr, &name, own);
            process_exit::check_cancel_value(self, &name, s, e);
            introspection_escape::check_rebuilder_value(self, &name, s, e);
            if self.is_unbound_method(attr) {
                unvetted_module::report_unbound_method(self, &name, s, e);
            }
        }
        policy_denied::check_attribute(self, &name, s, e);
        if !in_chain {
            for path in self.resolve_attribute(attr) {
                // `sax = xml.sax`: a module reached through its package, used as a value.
                if !callee {
                    let real = semantic::canonical(&path).unwrap_or_else(|| path.clone());
                    if self.index.is_partial_module(&real) {
                        dangerous_module_escape::check_module_value(self, &real, s, e);
                    }
                }
                self.check_path(&path, Use::Reference { called: callee }, s, e);
            }
        }
    }

    /// The checks of one expression node, not its children.
    #[inline(never)]
    fn check_expr(&mut self, expr: &'a Expr, callee: bool, in_chain: bool) {
        dynamic_code_execution::check_annotations_write(self, expr);
        match expr {
            Expr::Name(name) if name.ctx == ExprContext::Load => {
                self.check_name_load(name, callee, in_chain);
                if self.may_raise_here(expr) {
                    process_exit::check_value(self, expr);
                }
            }
            Expr::Name(name) if name.id.as_str() == "__name__" => {
                introspection_escape::report_name_rebinding(self, start(name), end(name));
            }
            Expr::Name(name) if name.id.as_str() == "pytest_plugins" => {
                dynamic_import::check_plugins_assignment(self, start(name), end(name));
            }
            Expr::Attribute(attr) => {
                self.remember_resolution(expr);
                if attr.ctx != ExprContext::Load {
                    self.check_attribute_write(expr);
                }
                self.check_attribute(attr, callee, in_chain);
                if attr.ctx == ExprContext::Load && self.may_raise_here(expr) {
                    process_exit::check_value(self, expr);
                }
            }
            Expr::Call(call) => self.check_call(call),
            Expr::Subscript(s) if s.ctx != ExprContext::Load => {
                process_wide_setting::check_write(self, expr);
                introspection_escape::check_library_write(self, expr);
            }
            Expr::StringLiteral(literal) => {
                self.check_string_text(literal.value.to_str(), start(literal), end(literal));
            }
            _ => {}
        }
    }

    /// Whether an exception class named at `expr` may end up raised: not when it is
    /// only caught (`except`), described (an annotation) or tested (`isinstance`).
    fn may_raise_here(&self, expr: &Expr) -> bool {
        !self.in_except_type && !self.in_annotation && !self.type_tested_at.contains(&start(expr))
    }

    #[inline(never)]
    fn check_call(&mut self, call: &'a ast::ExprCall) {
        // `"__BUILTINS__".lower()`, `"".join(["__glo", "bals__"])`: a name spelled through
        // string methods is judged as the string it makes.
        let string_method = matches!(call.func.as_ref(), Expr::Attribute(m)
            if matches!(m.attr.as_str(), "lower" | "upper" | "strip" | "join" | "format" | "decode")
                && matches!(m.value.as_ref(), Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::Call(_)));
        if string_method {
            if let Some(text) = constant_call_string(self, call, 0) {
                self.check_built_string(&text, start(call), end(call));
            }
        }
        self.remember_resolution(&call.func);
        unbounded_loop::check_blocking_call(self, call);
        computed_attribute_access::check_call(self, call);
        format_string_attribute_walk::check_computed_template(self, call);
        format_string_attribute_walk::note_own_template(self, call);
        filesystem_access::check_call(self, call);
        dynamic_import::check_usefixtures(self, call);
        dynamic_import::check_import_hint_keyword(self, call);
        // `Own.method(other)`: `other` becomes `self`, and its privates pass as own.
        if let Expr::Attribute(method) = call.func.as_ref() {
            if self.is_unbound_method(method)
                && !parse::call_args(call)
                    .first()
                    .is_some_and(|first| self.is_own_object(first))
            {
                unvetted_module::report_unbound_method(
                    self,
                    method.attr.as_str(),
                    start(call),
                    end(call),
                );
            }
        }
        introspection_escape::check_dunder_call(self, call);
        introspection_escape::check_argument_destination(self, call);
        process_wide_setting::check_call(self, call);
        process_exit::check_cancel(self, call);
        process_exit::check_test_program_exit(self, call);
        environment_access::check_stream_redirect(self, call);
        environment_access::check_test_buffer(self, call);
        process_exit::check_cancel_futures(self, call);
        unsafe_deserialization::check_loader_registration(self, call);
        crate::rules::dynamic_import::check_test_runner(self, call);
        unsafe_deserialization::check_yaml_call(self, call);
        unsafe_deserialization::check_ruamel(self, call);
        dynamic_code_execution::check_string_evaluator(self, call);
        dynamic_code_execution::check_eval_method(self, call);
        dynamic_code_execution::check_doctest_run(self, call);
        dynamic_code_execution::check_annotation_evaluation(self, call);
        dynamic_code_execution::check_dispatch_register(self, call);
        dynamic_code_execution::check_enum_functional(self, call);
        dynamic_code_execution::check_property_doc_source(self, call);
        dynamic_code_execution::check_functional_class(self, call);
        dynamic_code_execution::check_pydantic_types(self, call);
        introspection_escape::check_call(self, call);
        introspection_escape::check_type_namespace(self, call);
        introspection_escape::check_type_of_call(self, call);
        process_exit::check_throw(self, call);
        process_exit::check_pytest_outcome(self, call);
        process_exit::check_future_result(self, call);
        resource_bomb::check_call(self, call);
        resource_bomb::check_reduce_wrapping(self, call);
        crate::rules::regex_backtracking::check_call(self, call);
        unbounded_loop::check_materialised(self, call);
        debugger_or_interactive::check_debug_server(self, call);
        // `vars(self)` is the instance's own dict, like `self.__dict__`; `vars(args)` of
        // what an `ArgumentParser` parsed is the parsed options.
        if self.builtin_name(&call.func).as_deref() == Some("vars")
            && matches!(parse::call_args(call), [Expr::Name(n)] if n.id.as_str() == "self" || self.is_parsed_arguments(n))
        {
            self.exempt_builtin_at = Some(start(call.func.as_ref()));
        }
        if let Some(at) = self.json_default_instance_dict(call) {
            self.exempt_builtin_at = Some(at);
        }
        // `isinstance(e, BaseException)` tests a class; it raises nothing.
        if let (Some("isinstance" | "issubclass"), [_, classes]) = (
            self.builtin_name(&call.func).as_deref(),
            parse::call_args(call),
        ) {
            let classes = match classes {
                Expr::Tuple(tuple) => tuple.elts.iter().collect(),
                other => vec![other],
            };
            self.type_tested_at.extend(classes.into_iter().map(start));
        }
    }

    /// Bombs, `%*` widths and strings spelled in pieces; sets the flags that keep the
    /// children from reporting the same thing again.
    #[inline(never)]
    fn check_binop(&mut self, expr: &'a Expr) {
        resource_bomb::check_binop(self, expr);
        resource_bomb::check_percent_star(self, expr);
        if !self.in_folded_string {
            if let Some(text) = fold_string(expr) {
                self.check_built_string(&text, start(expr), end(expr));
                self.in_folded_string = true;
            }
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        generators: &'a [Comprehension],
        elements: &[&'a Expr],
        materialised: bool,
    ) {
        // A list, set or dict holds every element at once; a generator one at a time.
        let element = elements.last().copied().filter(|_| materialised);
        resource_bomb::check_comprehension(self, generators, element);
        resource_bomb::check_comprehension_wrapping(self, generators, elements);
        unbounded_loop::check_comprehension(self, generators, materialised);
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.next_is_read_only = true;
            self.visit_expr(&first.iter);
        }
        self.push_scope(Scope::comprehension(generators));
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.next_is_read_only = true;
                self.visit_expr(&generator.iter);
            }
            self.visit_expr(&generator.target);
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        for element in elements {
            self.visit_expr(element);
        }
        self.pop_scope();
    }

    fn visit_function(&mut self, def: FunctionParts<'a>) {
        if self.in_class_body() {
            unsafe_deserialization::check_reduce_hook(self, def.name, def.start, def.end);
            introspection_escape::check_method_definition(self, def.name, def.start, def.end);
            introspection_escape::check_served_name_table(self, def.name, def.start, def.end);
            computed_attribute_access::check_method_definition(self, def.name, def.start, def.end);
        }
        for decorator in def.decorators {
            self.visit_expr(&decorator.expression);
        }
        // A function only the `__main__` block calls (`script_only_functions` leaves out
        // decorated ones): its signature and its body run only when run as a script.
        let script_only =
            self.scopes.len() == 1 && self.script_only.contains(normalize(def.name).as_ref());
        let outer_main = self.in_main_guard;
        self.in_main_guard |= script_only;
        // Never used as a value either: nothing can read its annotations back.
        let outer_private = self.in_private_signature;
        self.in_private_signature =
            script_only && !self.value_names.contains(normalize(def.name).as_ref());
        visitor::walk_type_params(self, def.type_params);
        dynamic_import::check_fixture_parameters(self, def.name, def.parameters, def.decorators);
        for param in semantic::parameters(Some(def.parameters)) {
            if let Some(annotation) = &param.annotation {
                self.check_annotation(annotation);
            }
        }
        self.visit_parameters(def.parameters);
        if let Some(returns) = def.returns {
            self.check_annotation(returns);
            self.visit_annotation(returns);
        }
        self.in_main_guard = outer_main;
        self.in_private_signature = outer_private;
        self.push_scope(Scope::function(def.parameters, def.body));
        let outer_loops = std::mem::take(&mut self.resource.loop_sizes);
        // A function runs when it is called, maybe after the block that scoped a setting.
        let outer_settings = std::mem::take(&mut self.setting_scopes);
        let outer_main = self.in_main_guard;
        self.in_main_guard |= script_only;
        let outer_own = self.own_names.len();
        self.function_stack
            .push((normalize(def.name).into_owned(), def.suspends));
        let outer_coroutine = std::mem::replace(&mut self.in_coroutine, def.is_async);
        for stmt in def.body {
            self.visit_stmt(stmt);
            if let Some(name) = self.isinstance_guard(stmt, def.body) {
                self.own_names.push(name);
            }
        }
        self.own_names.truncate(outer_own);
        self.function_stack.pop();
        self.in_coroutine = outer_coroutine;
        self.in_main_guard = outer_main;
        self.resource.loop_sizes = outer_loops;
        self.setting_scopes = outer_settings;
        self.pop_scope();
    }
}

impl Checker<'_> {
    /// String annotations are code: `typing.get_type_hints` and Pydantic evaluate them.
    pub fn check_annotation(&mut self, annotation: &Expr) {
        if self.fragment_depth >= 2 {
            return;
        }
        crate::rules::dynamic_code_execution::check_built_annotation(self, annotation);
        for (text, s, e) in self.annotation_strings(annotation) {
            self.check_fragment(&text, s, e);
        }
        self.check_annotation_names(annotation, 0);
    }

    /// The strings of a type expression that typing turns into forward references and
    /// evaluates (`List["…"]`, `"…" | None`): all but the values of `Literal[…]`.
    fn annotation_strings(&self, annotation: &Expr) -> Vec<(String, usize, usize)> {
        struct Strings<'c, 'p>(Vec<(String, usize, usize)>, &'c Checker<'p>);
        impl<'b> Visitor<'b> for Strings<'_, '_> {
            fn visit_expr(&mut self, expr: &'b Expr) {
                if let Some(text) = parse::str_literal(expr) {
                    self.0.push((text.to_string(), start(expr), end(expr)));
                }
                // `Literal["short", "long"]` holds values, which are never evaluated.
                if let Expr::Subscript(s) = expr {
                    let literal = self
                        .1
                        .resolve(&s.value)
                        .iter()
                        .any(|p| p == "typing.Literal" || p == "typing_extensions.Literal");
                    if literal {
                        self.visit_expr(&s.value);
                        return;
                    }
                }
                visitor::walk_expr(self, expr);
            }
        }
        let mut strings = Strings(Vec::new(), self);
        strings.visit_expr(annotation);
        strings.0
    }

    /// Names in an annotation are evaluated with it: a name bound to a value must be
    /// bound once to a type expression (`Vector = list[float]`, `T = TypeVar("T")`),
    /// or to a literal string, which is then checked as code (`ANN = "…"`; also
    /// through `B = ANN`). Anything else may be a string built at run time.
    fn check_annotation_names(&mut self, annotation: &Expr, depth: usize) {
        self.check_annotation_names_at(annotation, depth, None);
    }

    /// [`Checker::check_annotation_names`], reporting at `at` (a string annotation's
    /// range) instead of at each name when given.
    fn check_annotation_names_at(
        &mut self,
        annotation: &Expr,
        depth: usize,
        at: Option<(usize, usize)>,
    ) {
        struct Names<'b>(Vec<&'b ast::ExprName>);
        impl<'b> Visitor<'b> for Names<'b> {
            fn visit_expr(&mut self, expr: &'b Expr) {
                match expr {
                    Expr::Name(name) => self.0.push(name),
                    // `Literal["a", "b"]` holds values, not names to evaluate.
                    _ => visitor::walk_expr(self, expr),
                }
            }
        }
        let mut names = Names(Vec::new());
        names.visit_expr(annotation);
        for name in names.0 {
            let id = normalize(&name.id);
            // A parameter may hold any string: `def make(s): class C: a: s`.
            if !self.assigned.contains(id.as_ref()) && !self.parameter_names.contains(id.as_ref()) {
                continue;
            }
            let value = self.constants.get(id.as_ref()).copied().cloned();
            let (s, e) = at.unwrap_or((start(name), end(name)));
            match value {
                Some(value @ Expr::StringLiteral(_)) => {
                    if let Some(text) = parse::str_literal(&value) {
                        if self.string_annotation_depth < 4 {
                            self.string_annotation_depth += 1;
                            self.check_fragment(text, s, e);
                            self.string_annotation_depth -= 1;
                        }
                    }
                }
                Some(value) if depth < 8 && is_type_expression(self, &value) => {
                    // An alias is evaluated with the annotation that names it, forward
                    // references included (`Alias = List["…"]`).
                    // (A constructor's fields are checked at its call: `TypedDict("H",
                    // {"Content-Type": str})` keys are names, not annotations.)
                    if self.string_annotation_depth < 4 && !matches!(value, Expr::Call(_)) {
                        self.string_annotation_depth += 1;
                        for (text, s, e) in self.annotation_strings(&value) {
                            let (s, e) = at.unwrap_or((s, e));
                            self.check_fragment(&text, s, e);
                        }
                        self.string_annotation_depth -= 1;
                    }
                    self.check_annotation_names_at(&value, depth + 1, at);
                }
                _ => {
                    crate::rules::dynamic_code_execution::report_runtime_annotation(self, &id, s, e)
                }
            }
        }
    }

    /// Literal text, from a plain string or from an f-string or t-string: names of escape
    /// attributes, format widths and format-field walks are read in it.
    #[inline(never)]
    fn check_string_text(&mut self, text: &str, s: usize, e: usize) {
        introspection_escape::check_string(self, text, false, s, e);
        resource_bomb::check_format_widths(self, text, s, e);
        crate::rules::format_string_attribute_walk::check_string(self, text, s, e);
    }

    /// A string spelled in pieces (`"{0.__init" + "__.__glo" + "bals__}"`) is checked
    /// whole, as the program will see it.
    fn check_built_string(&mut self, text: &str, s: usize, e: usize) {
        introspection_escape::check_string(self, text, true, s, e);
        crate::rules::format_string_attribute_walk::check_string(self, text, s, e);
    }

    /// Checks code held in a string, reporting its findings at the string.
    fn check_fragment(&mut self, text: &str, s: usize, e: usize) {
        let limits = &self.policy.limits;
        let scan = crate::source::prescan(text);
        if scan.depth_bound > crate::source::parse_depth_bound(limits)
            || scan.tokens > limits.max_nodes
        {
            self.report(
                Rule::NestingTooDeep,
                "string annotation nests too deeply to analyse",
                s,
                e,
            );
            return;
        }
        let Some((expr, names)) = crate::parse::parse_expression(text) else {
            return;
        };
        // A string annotation is an annotation: it must be a type expression, and its
        // names types (`"List[KINDS['k']]"`, `"List[kind()]"` compute a string that
        // typing evaluates in turn).
        if self.string_annotation_depth < 4 {
            if crate::rules::dynamic_code_execution::is_computed_annotation(self, &expr) {
                self.report(
                    Rule::DynamicCodeExecution,
                    "a string annotation that computes a value: `typing.get_type_hints` evaluates it, and what it computes may be a string of code",
                    s,
                    e,
                );
            }
            self.string_annotation_depth += 1;
            self.check_annotation_names_at(&expr, 0, Some((s, e)));
            self.string_annotation_depth -= 1;
        }
        for finding in unicode_lookalike::check_names(text, &names) {
            self.push(Finding {
                start: s,
                end: e,
                message: format!("in a string annotation: {}", finding.message),
                ..finding
            });
        }
        if let Some(exceeded) = crate::limits::measure_expr(&expr, limits) {
            self.push(Finding {
                start: s,
                end: e,
                ..exceeded
            });
            return;
        }
        let context = Context {
            imports: self.imports.clone(),
            module_names: self.module_names.clone(),
            star_modules: self.star_modules.clone(),
            defined_functions: self.defined_functions.clone(),
            loops: self.loops.clone(),
            constants: self.constants.clone(),
            classes: self.defined_classes.clone(),
            loop_iterables: self.loop_iterables.clone(),
            escaping: self.escaping.clone(),
            assigned: self.assigned.clone(),
            call_bindings: self.call_bindings.clone(),
            parameter_names: self.parameter_names.clone(),
            bound_names: self.bound_names.clone(),
        };
        let mut fragment =
            Checker::with_context(self.policy, context, self.fragment_depth + 1, &[]);
        fragment.visit_expr(&expr);
        for finding in fragment.findings {
            self.push(Finding {
                start: s,
                end: e,
                message: format!(
                    "in a string annotation, which typing tools evaluate: {}",
                    finding.message
                ),
                ..finding
            });
        }
        self.check_forward_reference_names(&expr, s, e);
    }

    /// A string annotation is resolved later, in whatever namespace the class's
    /// `__module__` or the function's `__wrapped__` names then: only names this code
    /// binds (or builtins) keep meaning what they mean here (`"system"` in a class moved
    /// to `os` is `os.system`).
    fn check_forward_reference_names(&mut self, expr: &Expr, s: usize, e: usize) {
        struct Names(Vec<String>);
        impl<'b> Visitor<'b> for Names {
            fn visit_expr(&mut self, expr: &'b Expr) {
                if let Expr::Name(n) = expr {
                    self.0.push(normalize(&n.id).into_owned());
                }
                visitor::walk_expr(self, expr);
            }
        }
        if !self.star_modules.is_empty() {
            return;
        }
        let mut names = Names(Vec::new());
        names.visit_expr(expr);
        for name in names.0 {
            let bound = self.imports.contains_key(&name)
                || self.defined_functions.contains(&name)
                || self.defined_classes.contains(&name)
                || self.assigned.contains(&name)
                || crate::names::BUILTIN_NAMES
                    .binary_search(&name.as_str())
                    .is_ok();
            if !bound {
                self.report(
                    Rule::DynamicCodeExecution,
                    format!("string annotation names `{name}`, which this code does not define: typing tools resolve it wherever the class's module then points"),
                    s,
                    e,
                );
                return;
            }
        }
    }
}

/// What the whole code says about names, shared by a checker and its fragments.
struct Context<'a> {
    imports: HashMap<String, Vec<String>>,
    module_names: HashSet<String>,
    star_modules: Vec<String>,
    defined_functions: HashSet<String>,
    loops: unbounded_loop::State,
    constants: HashMap<String, &'a Expr>,
    classes: HashSet<String>,
    loop_iterables: HashMap<String, &'a Expr>,
    escaping: HashSet<String>,
    assigned: HashSet<String>,
    call_bindings: HashMap<String, Vec<&'a Expr>>,
    parameter_names: HashSet<String>,
    /// Every name the code binds anywhere (see [`semantic::Constants::bound`]).
    bound_names: HashMap<String, usize>,
}

/// Methods a class decorator generates (`@dataclass`'s comparisons, `__hash__`,
/// `__repr__`, a frozen class's `__setattr__`): each reads the fields of whatever it is
/// handed as `self`.
const GENERATED_METHODS: &[&str] = &[
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__repr__",
    "__setattr__",
    "__delattr__",
    "__getstate__",
    "__setstate__",
];

struct FunctionParts<'a> {
    name: &'a str,
    /// PEP 695 type parameters: their bounds, constraints and defaults are code.
    type_params: &'a [ast::TypeParam],
    /// `async def`, or a body with `yield`: it runs in pieces, when someone resumes it.
    suspends: bool,
    is_async: bool,
    parameters: &'a ast::Parameters,
    body: &'a [Stmt],
    decorators: &'a [ast::Decorator],
    returns: Option<&'a Expr>,
    start: usize,
    end: usize,
}

/// What a type alias is bound to: a name, a dotted name, a subscript (`list[int]`), a
/// union (`int | None`), `None`, or a call of a typing constructor (`TypeVar("T")`).
fn is_type_expression(checker: &Checker, value: &Expr) -> bool {
    const CONSTRUCTORS: &[&str] = &[
        "TypeVar",
        "ParamSpec",
        "TypeVarTuple",
        "NewType",
        "TypeAliasType",
        "NamedTuple",
        "TypedDict",
    ];
    match value {
        Expr::Name(_) | Expr::Attribute(_) | Expr::NoneLiteral(_) => true,
        Expr::Subscript(s) => is_type_expression(checker, &s.value),
        Expr::BinOp(b) => {
            b.op == ast::Operator::BitOr
                && is_type_expression(checker, &b.left)
                && is_type_expression(checker, &b.right)
        }
        // Calls that build a class (their fields are checked at the call).
        Expr::Call(call) => checker.resolve(&call.func).iter().any(|path| {
            let last = path.rsplit('.').next().unwrap_or(path);
            ((path.starts_with("typing.") || path.starts_with("typing_extensions."))
                && CONSTRUCTORS.contains(&last))
                || matches!(
                    path.as_str(),
                    "collections.namedtuple"
                        | "dataclasses.make_dataclass"
                        | "enum.Enum"
                        | "enum.IntEnum"
                        | "enum.StrEnum"
                        | "enum.Flag"
                        | "enum.IntFlag"
                        | "pydantic.create_model"
                )
        }),
        _ => false,
    }
}

/// A name or a chain of public fields of one (`job.platform`).
fn plain_field_chain(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Attribute(a) => !a.attr.starts_with('_') && plain_field_chain(&a.value),
        _ => false,
    }
}

/// `__name__ == "__main__"`, either way round.
fn is_main_guard(test: &Expr) -> bool {
    let Expr::Compare(compare) = test else {
        return false;
    };
    let ([ast::CmpOp::Eq], [left, right]) = (&compare.ops[..], &compare.operands[..]) else {
        return false;
    };
    let is_name = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main = |e: &Expr| parse::str_literal(e) == Some("__main__");
    (is_name(left) && is_main(right)) || (is_main(left) && is_name(right))
}

/// Paths that are only safe when called with checked arguments.
/// (A class derived from one of these is judged where it is called: `base`.)
fn call_checked(path: &str, base: bool) -> Option<(Rule, &'static str)> {
    if computed_attribute_access::OPERATOR_GETTERS.contains(&path) {
        Some((
            Rule::ComputedAttributeAccess,
            "the attribute names it will be given cannot be checked",
        ))
    } else if unsafe_deserialization::YAML_LOADERS_CHECKED.contains(&path) {
        Some((
            Rule::UnsafeDeserialization,
            "the loader it will be given cannot be checked",
        ))
    } else if dynamic_code_execution::STRING_EVALUATORS.contains(&path) {
        Some((Rule::DynamicCodeExecution, "it runs code given as a string"))
    } else if !base && format_string_attribute_walk::FORMATTER_FACTORIES.contains(&path) {
        Some((
            Rule::FormatStringAttributeWalk,
            "the template and style it will be given cannot be checked",
        ))
    } else if filesystem_access::KEYWORD_CHECKED.contains(&path) {
        Some((
            Rule::FilesystemAccess,
            "the keywords it will be given (a file name) cannot be checked",
        ))
    } else {
        None
    }
}

impl<'a> Visitor<'a> for Checker<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assign(assign) = stmt {
            // Visited first: the value of `name = …`, followed by the rules when this is
            // the name's one binding.
            self.next_is_bound_once = self.binds_once(&assign.targets, &assign.value);
        }
        match stmt {
            Stmt::Import(_) | Stmt::ImportFrom(_) => self.check_import(stmt),
            Stmt::FunctionDef(s) => {
                if self.in_class_body()
                    && self
                        .class_stack
                        .last()
                        .is_some_and(|class| self.is_metaclass(class, 0))
                {
                    introspection_escape::check_metaclass_method(self, s);
                }
                resource_bomb::check_function_wrapping(self, &s.body);
                self.visit_function(FunctionParts {
                    name: &s.name,
                    type_params: parse::type_params(s.type_params.as_deref()),
                    suspends: s.is_async || semantic::yields(&s.body),
                    is_async: s.is_async,
                    parameters: &s.parameters,
                    body: &s.body,
                    decorators: &s.decorator_list,
                    returns: s.returns.as_deref(),
                    start: start(s),
                    end: end(&s.name),
                })
            }
            Stmt::ClassDef(s) => {
                process_exit::check_group_hooks(self, s);
                for decorator in &s.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                self.visiting_bases = true;
                for expr in parse::class_bases(s) {
                    self.visit_expr(expr);
                }
                self.visiting_bases = false;
                for keyword in parse::class_keywords(s) {
                    self.visit_expr(&keyword.value);
                }
                visitor::walk_type_params(self, parse::type_params(s.type_params.as_deref()));
                self.push_scope(Scope::class());
                self.class_stack.push(normalize(&s.name).into_owned());
                self.visit_body(&s.body);
                self.class_stack.pop();
                self.pop_scope();
            }
            Stmt::Raise(s) => {
                process_exit::check_raise(self, s);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(s) => {
                self.check_annotation(&s.annotation);
                self.visit_annotation(&s.annotation);
                self.visit_expr(&s.target);
                if let Some(value) = &s.value {
                    self.next_is_bound_once =
                        self.binds_once(std::slice::from_ref(s.target.as_ref()), value);
                    self.visit_expr(value);
                }
            }
            Stmt::AugAssign(s) => {
                resource_bomb::check_augassign(self, s);
                introspection_escape::check_library_augassign(self, &s.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Assign(s)
                if s.targets
                    .iter()
                    .any(|t| matches!(t, Expr::Attribute(a) if a.attr.as_str() == "prec")) =>
            {
                resource_bomb::check_decimal_precision(self, &s.value, (start(s), end(s)));
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Assign(s) if self.in_class_body() => {
                for target in &s.targets {
                    if let Expr::Name(name) = target {
                        unsafe_deserialization::check_reduce_hook(
                            self,
                            &name.id,
                            start(name),
                            end(name),
                        );
                        if name.id.as_str() == "__match_args__" {
                            computed_attribute_access::check_match_args(self, &s.value);
                        }
                        introspection_escape::check_class_body_name_table(self, &name.id, &s.value);
                        // `__instancecheck__ = lambda …` is a hook like a `def`.
                        introspection_escape::check_method_definition(
                            self,
                            &name.id,
                            start(name),
                            end(name),
                        );
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            // `__name__` bound anywhere in the code (a match capture, `except E as
            // __name__`, a `def`/`class` of that name) makes any guard a plain `if`.
            Stmt::If(s) if is_main_guard(&s.test) && !self.bound_names.contains_key("__name__") => {
                self.visit_expr(&s.test);
                let outer = std::mem::replace(&mut self.in_main_guard, true);
                self.visit_body(&s.body);
                self.in_main_guard = outer;
                for clause in &s.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test);
                    }
                    self.visit_body(&clause.body);
                }
            }
            // `if key in ALLOWED:` — inside, `key` is one of ALLOWED's strings.
            Stmt::If(s) if self.narrowing(&s.test, &s.body).is_some() => {
                let narrowed = self.narrowing(&s.test, &s.body).unwrap_or_default();
                self.visit_expr(&s.test);
                self.narrowed.push(narrowed);
                self.visit_body(&s.body);
                self.narrowed.pop();
                for clause in &s.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test);
                    }
                    self.visit_body(&clause.body);
                }
            }
            Stmt::With(s) => {
                let outer = self.with_items.len();
                self.with_items
                    .extend(s.items.iter().map(|i| start(&i.context_expr)));
                let outer_scopes = self.setting_scopes.len();
                for item in &s.items {
                    if let Some(scope) = process_wide_setting::scope_of(self, &item.context_expr)
                        .filter(|_| !self.held_open())
                    {
                        self.setting_scopes.push(scope);
                    }
                }
                visitor::walk_stmt(self, stmt);
                self.setting_scopes.truncate(outer_scopes);
                self.with_items.truncate(outer);
            }
            Stmt::While(s) => {
                unbounded_loop::check_while(self, s);
                resource_bomb::check_self_wrapping(self, None, &s.body);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::For(s) if s.is_async => {
                unbounded_loop::check_for(self, &s.iter, &s.body, start(s));
                visitor::walk_stmt(self, stmt);
            }
            Stmt::For(s) => {
                unbounded_loop::check_for(self, &s.iter, &s.body, start(s));
                // Iterated, a table is read (its items are judged where they are used).
                self.next_is_read_only = true;
                self.visit_expr(&s.iter);
                self.visit_expr(&s.target);
                let pushed = resource_bomb::enter_for(self, &s.iter, &s.body, start(s), end(s));
                self.visit_body(&s.body);
                if pushed {
                    self.resource.loop_sizes.pop();
                }
                self.visit_body(&s.orelse);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    // The recursion stays here and the checks live in `#[inline(never)]` functions, so
    // each level of a deep tree costs one small frame: in wasm the stack is the JS
    // engine's, about 1 MB.
    fn visit_expr(&mut self, expr: &'a Expr) {
        let callee = std::mem::take(&mut self.next_is_callee);
        let in_chain = std::mem::take(&mut self.next_in_chain);
        let position = process_wide_setting::Position {
            callee,
            receiver: std::mem::take(&mut self.next_is_receiver),
            bound_once: std::mem::take(&mut self.next_is_bound_once),
            read_only: std::mem::take(&mut self.next_is_read_only),
        };
        process_wide_setting::check_value(self, expr, position);
        self.check_expr(expr, callee, in_chain);
        match expr {
            Expr::Subscript(item) => {
                self.next_is_receiver = true;
                self.visit_expr(&item.value);
                self.visit_expr(&item.slice);
            }
            Expr::Attribute(attr) => {
                let chained = match attr.value.as_ref() {
                    Expr::Name(_) | Expr::Attribute(_) => true,
                    Expr::Call(call) => self.literal_import(call).is_some(),
                    _ => false,
                };
                if chained {
                    self.next_in_chain = true;
                }
                self.next_is_receiver = true;
                self.visit_expr(&attr.value);
            }
            Expr::Call(call) if self.literal_import(call).is_some() => {
                let module = self.literal_import(call).unwrap_or_default();
                let (s, e) = (start(call), end(call));
                unvetted_module::check_import(self, module, s, e);
                self.check_path(module, Use::Import, s, e);
                // Not read through an attribute: the module object itself escapes.
                if !in_chain {
                    let top = module.split('.').next().unwrap_or(module);
                    dangerous_module_escape::check_module_value(self, top, s, e);
                }
            }
            Expr::Call(call) => {
                self.next_is_callee = true;
                self.visit_expr(&call.func);
                // (`", ".join(table)` reads it too.)
                let reader = self
                    .builtin_name(&call.func)
                    .is_some_and(|f| process_wide_setting::READERS.contains(&f.as_str()))
                    || matches!(call.func.as_ref(), Expr::Attribute(m)
                        if m.attr.as_str() == "join" && parse::is_literal(&m.value));
                for arg in parse::call_args(call) {
                    self.next_is_read_only = reader;
                    self.visit_expr(arg);
                }
                for keyword in parse::call_keywords(call) {
                    self.visit_expr(&keyword.value);
                }
            }
            // A string only compared (`"__import__" in text`, `name in ("__dict__",)`) is
            // a value, never formatted or read as an attribute name.
            Expr::Compare(compare) => {
                for operand in &compare.operands {
                    if !compared_strings_only(operand) {
                        // Compared, a value is only read (`word in keyword.kwlist`).
                        self.next_is_read_only = true;
                        self.visit_expr(operand);
                    }
                }
            }
            Expr::BinOp(_) => {
                let was_in_bomb = self.resource.in_bomb;
                let was_folded = self.in_folded_string;
                self.check_binop(expr);
                visitor::walk_expr(self, expr);
                self.in_folded_string = was_folded;
                self.resource.in_bomb = was_in_bomb;
            }
            Expr::Lambda(lambda) => {
                let parameters = lambda.parameters.as_deref();
                if let Some(parameters) = parameters {
                    self.visit_parameters(parameters);
                }
                self.push_scope(Scope::lambda(parameters, &lambda.body));
                let outer_settings = std::mem::take(&mut self.setting_scopes);
                self.visit_expr(&lambda.body);
                self.setting_scopes = outer_settings;
                self.pop_scope();
            }
            Expr::ListComp(e) => self.visit_comprehension_scope(&e.generators, &[&e.elt], true),
            Expr::SetComp(e) => self.visit_comprehension_scope(&e.generators, &[&e.elt], true),
            // A generator runs when it is consumed, maybe after the block that scoped a
            // setting.
            Expr::Generator(e) => {
                let outer_settings = std::mem::take(&mut self.setting_scopes);
                self.visit_comprehension_scope(&e.generators, &[&e.elt], false);
                self.setting_scopes = outer_settings;
            }
            Expr::DictComp(e) => {
                let elements: Vec<&Expr> =
                    e.key.as_deref().into_iter().chain([&*e.value]).collect();
                self.visit_comprehension_scope(&e.generators, &elements, true)
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        if let Pattern::MatchClass(p) = pattern {
            computed_attribute_access::check_class_pattern(self, p);
            self.check_class_pattern_fields(p);
            for keyword in &p.arguments.keywords {
                let name = normalize(&keyword.attr);
                let (s, e) = (start(p), end(p));
                introspection_escape::check_pattern_keyword(self, &name, s, e);
                let own_class = matches!(p.cls.as_ref(), Expr::Name(c)
                    if self.defined_classes.contains(normalize(&c.id).as_ref()));
                process_wide_setting::check_logger_link(self, &name, own_class, s, e);
                // `case object(getaddrinfo=f)` reads like `subject.getaddrinfo`.
                module_attribute_reach::check_attribute(self, &name, false, false, s, e);
                self.check_name_read(&name, false, false, s, e);
                format_string_attribute_walk::check_format_by_name(self, &name, s, e);
            }
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_string_text(&mut self, text: &'a str, start: usize, end: usize) {
        self.check_string_text(text, start, end);
    }

    fn visit_interpolation(&mut self, interpolation: &'a ast::InterpolatedElement) {
        if let Some(spec) = interpolation.format_spec.as_deref() {
            let at = (start(interpolation), end(interpolation));
            if let Some(text) = parse::constant_spec(interpolation) {
                resource_bomb::check_spec(self, &text, at.0, at.1);
            }
            for piece in parse::element_pieces(&spec.elements) {
                if let parse::StringPiece::Interpolation(nested) = piece {
                    resource_bomb::check_dynamic_width(self, &nested.expression, at);
                }
            }
        }
        visitor::walk_interpolation(self, interpolation);
    }

    // Annotations name types: visited as annotations, defaults as code.
    fn visit_parameters(&mut self, parameters: &'a ast::Parameters) {
        for parameter in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            if let Some(annotation) = &parameter.parameter.annotation {
                self.visit_annotation(annotation);
            }
            if let Some(default) = &parameter.default {
                self.visit_expr(default);
            }
        }
        for parameter in parameters.vararg.iter().chain(&parameters.kwarg) {
            if let Some(annotation) = &parameter.annotation {
                self.visit_annotation(annotation);
            }
        }
        // `def f(__name__="__main__")`: the parameter makes an `if __name__ == "__main__":`
        // in the body look like the main block.
        for parameter in parameters.iter() {
            let name = parameter.name();
            if normalize(name) == "__name__" {
                introspection_escape::report_name_rebinding(self, start(name), end(name));
            }
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(types) = &h.type_ {
            self.in_except_type = true;
            self.visit_expr(types);
            self.in_except_type = false;
        }
        let Some(name) = &h.name else {
            self.visit_body(&h.body);
            return;
        };
        let only_exceptions = process_exit::catches_only_exceptions(self, h.type_.as_deref());
        if !only_exceptions {
            process_exit::check_caught_escape(self, name.as_str(), &h.body);
        }
        self.caught_exception_names
            .push((normalize(name).into_owned(), only_exceptions));
        self.visit_body(&h.body);
        self.caught_exception_names.pop();
    }
}

/// The value of a concatenation of string literals (`"a" + "b" + "c"`), up to 64 KiB.
fn fold_string(expr: &Expr) -> Option<String> {
    fn fold(expr: &Expr, out: &mut String) -> bool {
        match expr {
            Expr::StringLiteral(s) => {
                let text = s.value.to_str();
                if out.len() + text.len() > 64 * 1024 {
                    return false;
                }
                out.push_str(text);
                true
            }
            Expr::BinOp(b) if b.op == ast::Operator::Add => {
                fold(&b.left, out) && fold(&b.right, out)
            }
            _ => false,
        }
    }
    let mut out = String::new();
    fold(expr, &mut out).then_some(out)
}

/// The value of a string built from constants, when it can be computed without running
/// anything (up to 64 KiB): literals and names bound once to them, `+`, `*` by a small
/// integer, `%s` and `{}` substitution, `"sep".join([...])`, slices (`[::-1]`),
/// `.upper()`/`.lower()`/`.strip()`, `str(...)`, `chr(n)` and `b"...".decode()`.
pub(crate) fn constant_string(checker: &Checker, expr: &Expr) -> Option<String> {
    fold_constant(checker, expr, 0)
}

/// The most a folded string may hold.
const FOLDED_LIMIT: usize = 64 * 1024;

fn fold_constant(checker: &Checker, expr: &Expr, depth: usize) -> Option<String> {
    use crate::parse::{literal, Literal};
    if depth > 32 {
        return None;
    }
    let text = match expr {
        Expr::StringLiteral(s) => s.value.to_str().to_string(),
        Expr::Name(name) => {
            let value = checker
                .constants
                .get(normalize(&name.id).as_ref())
                .copied()?;
            fold_constant(checker, value, depth + 1)?
        }
        Expr::BinOp(b) => match b.op {
            ast::Operator::Add => {
                fold_constant(checker, &b.left, depth + 1)?
                    + &fold_constant(checker, &b.right, depth + 1)?
            }
            ast::Operator::Mult => {
                let (text, count) = match (literal(&b.left), literal(&b.right)) {
                    (_, Some(Literal::Int(n))) => (fold_constant(checker, &b.left, depth + 1)?, n),
                    (Some(Literal::Int(n)), _) => (fold_constant(checker, &b.right, depth + 1)?, n),
                    _ => return None,
                };
                let count = usize::try_from(count.as_u64()?).ok()?;
                if text.len().saturating_mul(count) > FOLDED_LIMIT {
                    return None;
                }
                text.repeat(count)
            }
            ast::Operator::Mod => {
                let template = fold_constant(checker, &b.left, depth + 1)?;
                let values: Vec<String> = match b.right.as_ref() {
                    Expr::Tuple(t) => t
                        .elts
                        .iter()
                        .map(|e| fold_constant(checker, e, depth + 1))
                        .collect::<Option<_>>()?,
                    other => vec![fold_constant(checker, other, depth + 1)?],
                };
                let mut values = values.into_iter();
                let mut out = String::new();
                let mut rest = template.as_str();
                while let Some(at) = rest.find('%') {
                    out.push_str(&rest[..at]);
                    match rest[at + 1..].chars().next() {
                        Some('s' | 'r' | 'a') => out.push_str(&values.next()?),
                        Some('%') => out.push('%'),
                        _ => return None,
                    }
                    rest = &rest[at + 2..];
                }
                out.push_str(rest);
                out
            }
            _ => return None,
        },
        Expr::Subscript(item) => {
            let text = fold_constant(checker, &item.value, depth + 1)?;
            let Expr::Slice(slice) = item.slice.as_ref() else {
                return None;
            };
            let int = |e: &Option<Box<Expr>>| match e.as_deref() {
                None => Some(None),
                Some(e) => match literal(e) {
                    Some(Literal::Int(n)) => n.as_i64().map(Some),
                    _ => match e {
                        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
                            match literal(&u.operand) {
                                Some(Literal::Int(n)) => n.as_i64().map(|n| Some(-n)),
                                _ => None,
                            }
                        }
                        _ => None,
                    },
                },
            };
            let chars: Vec<char> = text.chars().collect();
            let len = chars.len() as i64;
            let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
            match (int(&slice.lower)?, int(&slice.upper)?, int(&slice.step)?) {
                (None, None, Some(-1)) => chars.iter().rev().collect(),
                (lower, upper, None | Some(1)) => {
                    let (a, b) = (clamp(lower.unwrap_or(0)), clamp(upper.unwrap_or(len)));
                    chars.get(a..b.max(a))?.iter().collect()
                }
                _ => return None,
            }
        }
        Expr::Call(call) => constant_call_string(checker, call, depth)?,
        _ => return None,
    };
    (text.len() <= FOLDED_LIMIT).then_some(text)
}

/// [`constant_string`] of a call (`"__GLOBALS__".lower()`, `"".join([...])`).
fn constant_call_string(checker: &Checker, call: &ast::ExprCall, depth: usize) -> Option<String> {
    use crate::parse::{literal, Literal};
    let args = parse::call_args(call);
    if !call.arguments.keywords.is_empty() {
        return None;
    }
    let text = match call.func.as_ref() {
        Expr::Attribute(method) => {
            let name = method.attr.as_str();
            if name == "decode" && args.is_empty() {
                let bytes: Vec<u8> = match method.value.as_ref() {
                    Expr::BytesLiteral(b) => b.value.bytes().collect(),
                    // `bytes([40, 97, 43, 41])`
                    Expr::Call(inner)
                        if checker
                            .builtin_name(&inner.func)
                            .is_some_and(|n| matches!(n.as_str(), "bytes" | "bytearray")) =>
                    {
                        let [Expr::List(ast::ExprList { elts, .. })
                        | Expr::Tuple(ast::ExprTuple { elts, .. })] = parse::call_args(inner)
                        else {
                            return None;
                        };
                        elts.iter()
                            .map(|e| match literal(e) {
                                Some(Literal::Int(n)) => u8::try_from(n.as_u64()?).ok(),
                                _ => None,
                            })
                            .collect::<Option<_>>()?
                    }
                    _ => return None,
                };
                String::from_utf8(bytes).ok()?
            } else {
                let receiver = fold_constant(checker, &method.value, depth + 1)?;
                match (name, args) {
                    ("join", [items]) => {
                        let elements = match items {
                            Expr::List(l) => &l.elts[..],
                            Expr::Tuple(t) => &t.elts[..],
                            _ => return None,
                        };
                        let parts: Vec<String> = elements
                            .iter()
                            .map(|e| fold_constant(checker, e, depth + 1))
                            .collect::<Option<_>>()?;
                        parts.join(&receiver)
                    }
                    ("format", args) => {
                        let values: Vec<String> = args
                            .iter()
                            .map(|e| fold_constant(checker, e, depth + 1))
                            .collect::<Option<_>>()?;
                        let mut out = String::new();
                        let mut automatic = 0;
                        let mut rest = receiver.as_str();
                        while let Some(at) = rest.find(['{', '}']) {
                            out.push_str(&rest[..at]);
                            let tail = &rest[at..];
                            if tail.starts_with("{{") || tail.starts_with("}}") {
                                out.push_str(&tail[..1]);
                                rest = &tail[2..];
                                continue;
                            }
                            let close = tail.find('}')?;
                            let field = &tail[1..close];
                            let index = if field.is_empty() {
                                automatic += 1;
                                automatic - 1
                            } else {
                                field.parse().ok()?
                            };
                            out.push_str(values.get(index)?);
                            rest = &tail[close + 1..];
                        }
                        out.push_str(rest);
                        out
                    }
                    ("upper", []) => receiver.to_uppercase(),
                    ("lower", []) => receiver.to_lowercase(),
                    ("strip", []) => receiver.trim().to_string(),
                    _ => return None,
                }
            }
        }
        func => match (checker.builtin_name(func).as_deref(), args) {
            (Some("str"), [value]) => fold_constant(checker, value, depth + 1)?,
            (Some("chr"), [value]) => match literal(value) {
                Some(Literal::Int(n)) => {
                    char::from_u32(u32::try_from(n.as_u64()?).ok()?)?.to_string()
                }
                _ => return None,
            },
            _ => return None,
        },
    };
    (text.len() <= FOLDED_LIMIT).then_some(text)
}

/// A string literal, or a display of string literals (`("a", "b")`).
fn compared_strings_only(expr: &Expr) -> bool {
    match expr {
        Expr::StringLiteral(_) => true,
        Expr::Tuple(t) => t.elts.iter().all(|e| matches!(e, Expr::StringLiteral(_))),
        Expr::List(l) => l.elts.iter().all(|e| matches!(e, Expr::StringLiteral(_))),
        Expr::Set(s) => s.elts.iter().all(|e| matches!(e, Expr::StringLiteral(_))),
        _ => false,
    }
}
