//! Just enough name resolution to know what a name refers to: which names are bound
//! by imports (flow-insensitively, so any binding counts), and which names a function
//! scope binds locally (Python decides that statically, so a local never falls back to
//! the builtins).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::names::{insert_name, normalize};
use crate::parse::ast::{self, Comprehension, Expr, Parameters, Pattern, Stmt};
use crate::visitor::{self, Visitor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    /// Names bound locally (functions only; module and class lookups are dynamic).
    pub bound: HashSet<String>,
}

impl Scope {
    pub fn module() -> Scope {
        Scope {
            kind: ScopeKind::Module,
            bound: HashSet::default(),
        }
    }

    pub fn class() -> Scope {
        Scope {
            kind: ScopeKind::Class,
            bound: HashSet::default(),
        }
    }

    pub fn function(parameters: &Parameters, body: &[Stmt]) -> Scope {
        let mut collector = BindingCollector::default();
        collector.bind_parameters(Some(parameters));
        collector.visit_body(body);
        collector.into_scope()
    }

    pub fn lambda(parameters: Option<&Parameters>, body: &Expr) -> Scope {
        let mut collector = BindingCollector::default();
        collector.bind_parameters(parameters);
        collector.visit_expr(body);
        collector.into_scope()
    }

    pub fn comprehension(generators: &[Comprehension]) -> Scope {
        let mut collector = BindingCollector::default();
        for generator in generators {
            collector.bind_target(&generator.target);
        }
        collector.into_scope()
    }
}

/// Whether a load of `name` could reach the builtins from the innermost scope.
pub(crate) fn may_be_builtin(scopes: &[Scope], name: &str) -> bool {
    // Module and class bodies look names up dynamically (a `def eval` there may be
    // conditional or deleted), so only function scopes can shadow a builtin.
    !scopes
        .iter()
        .any(|scope| scope.kind == ScopeKind::Function && scope.bound.contains(name))
}

/// Every parameter of a signature, in order (a lambda may have none).
pub(crate) fn parameters(parameters: Option<&Parameters>) -> impl Iterator<Item = &ast::Parameter> {
    parameters.into_iter().flat_map(|p| {
        p.posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref())
    })
}

/// Calls `bind` with every name an assignment target binds (`a`, `a, *b`, `[a, b]`).
pub(crate) fn target_names(target: &Expr, bind: &mut impl FnMut(&str)) {
    match target {
        Expr::Name(name) => bind(&name.id),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, bind)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, bind)),
        Expr::Starred(s) => target_names(&s.value, bind),
        _ => {}
    }
}

#[derive(Default)]
struct BindingCollector {
    bound: HashSet<String>,
    declared_elsewhere: HashSet<String>,
}

impl BindingCollector {
    fn into_scope(self) -> Scope {
        let BindingCollector {
            mut bound,
            declared_elsewhere,
        } = self;
        bound.retain(|n| !declared_elsewhere.contains(n));
        Scope {
            kind: ScopeKind::Function,
            bound,
        }
    }

    fn bind(&mut self, name: &str) {
        insert_name(&mut self.bound, name);
    }

    fn bind_parameters(&mut self, params: Option<&Parameters>) {
        parameters(params).for_each(|param| self.bind(&param.name));
    }

    fn bind_target(&mut self, target: &Expr) {
        target_names(target, &mut |name| self.bind(name));
    }
}

impl<'a> Visitor<'a> for BindingCollector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(s) => {
                self.bind(&s.name);
                s.decorator_list
                    .iter()
                    .for_each(|d| self.visit_expr(&d.expression));
                self.visit_parameters(&s.parameters);
            }
            Stmt::ClassDef(s) => {
                self.bind(&s.name);
                s.decorator_list
                    .iter()
                    .for_each(|d| self.visit_expr(&d.expression));
                crate::parse::class_bases(s)
                    .iter()
                    .for_each(|e| self.visit_expr(e));
            }
            Stmt::Import(s) => {
                for alias in &s.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(name.split('.').next().unwrap_or(name));
                }
            }
            Stmt::ImportFrom(s) => {
                for alias in &s.names {
                    self.bind(alias.asname.as_ref().unwrap_or(&alias.name));
                }
            }
            Stmt::Global(s) => s.names.iter().for_each(|n| {
                insert_name(&mut self.declared_elsewhere, n);
            }),
            Stmt::Nonlocal(s) => s.names.iter().for_each(|n| {
                insert_name(&mut self.declared_elsewhere, n);
            }),
            Stmt::Assign(s) => {
                s.targets.iter().for_each(|t| self.bind_target(t));
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AugAssign(s) => {
                self.bind_target(&s.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(s) => {
                self.bind_target(&s.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::For(s) => {
                self.bind_target(&s.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Delete(s) => {
                s.targets.iter().for_each(|t| self.bind_target(t));
            }
            Stmt::With(s) => {
                s.items
                    .iter()
                    .filter_map(|i| i.optional_vars.as_deref())
                    .for_each(|t| self.bind_target(t));
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(name) = &h.name {
            self.bind(name);
        }
        visitor::walk_except_handler(self, handler);
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        match pattern {
            Pattern::MatchAs(p) => {
                if let Some(name) = &p.name {
                    self.bind(name);
                }
            }
            Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.bind(name);
                }
            }
            Pattern::MatchMapping(p) => {
                if let Some(name) = &p.rest {
                    self.bind(name);
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // The walrus binds in the enclosing function, even from a comprehension.
            Expr::Named(e) => {
                self.bind_target(&e.target);
                self.visit_expr(&e.value);
            }
            // A lambda is its own scope; only its defaults run here.
            Expr::Lambda(e) => {
                if let Some(parameters) = e.parameters.as_deref() {
                    self.visit_parameters(parameters);
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Whether `body` may rebind `name`: by a binding in it, or from any function of the
/// `module` that declares it `nonlocal` or `global` (and may be called from `body`).
pub(crate) fn rebinds(module: &[Stmt], body: &[Stmt], name: &str) -> bool {
    #[derive(Default)]
    struct Nested(bool, String);
    impl<'a> Visitor<'a> for Nested {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let declared = match stmt {
                Stmt::Global(s) => s.names.as_slice(),
                Stmt::Nonlocal(s) => s.names.as_slice(),
                _ => &[],
            };
            self.0 |= declared.iter().any(|n| normalize(n) == self.1);
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut collector = BindingCollector::default();
    collector.visit_body(body);
    let mut nested = Nested(false, name.to_string());
    nested.visit_body(module);
    collector.bound.contains(name) || collector.declared_elsewhere.contains(name) || nested.0
}

/// Names bound by imports anywhere.
#[derive(Default)]
pub(crate) struct Imports {
    /// Each name to the qualified paths it may hold.
    pub paths: HashMap<String, Vec<String>>,
    /// Names bound by `import m` / `import m as n`: certainly module objects.
    pub modules: HashSet<String>,
}

impl Imports {
    fn add(&mut self, name: &str, path: String) {
        let paths = self.paths.entry(normalize(name).into_owned()).or_default();
        if !paths.contains(&path) {
            paths.push(path);
        }
    }
}
impl<'a> Visitor<'a> for Imports {
    // Statements only: no statement is nested in an expression.
    fn visit_expr(&mut self, _: &'a Expr) {}
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(s) => {
                for alias in &s.names {
                    let path = dotted(&alias.name);
                    let (name, path) = match &alias.asname {
                        Some(asname) => (normalize(asname).into_owned(), path),
                        None => {
                            let top = path.split('.').next().unwrap_or(&path).to_string();
                            (top.clone(), top)
                        }
                    };
                    self.modules.insert(name.clone());
                    self.add(&name, path);
                }
            }
            Stmt::ImportFrom(s) => {
                if let Some(module) = from_module(s) {
                    for alias in s.names.iter().filter(|a| a.name.as_str() != "*") {
                        let name = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.add(name, format!("{module}.{}", normalize(&alias.name)));
                    }
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }
}

/// Every name bound by an import anywhere, to the qualified paths it may hold.
pub(crate) fn collect_imports(body: &[Stmt]) -> Imports {
    let mut imports = Imports::default();
    imports.visit_body(body);
    imports
}

/// Modules imported with `from m import *` anywhere.
pub(crate) fn collect_star_imports(body: &[Stmt]) -> Vec<String> {
    #[derive(Default)]
    struct Stars(Vec<String>);
    impl<'a> Visitor<'a> for Stars {
        // Statements only: no statement is nested in an expression.
        fn visit_expr(&mut self, _: &'a Expr) {}
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ImportFrom(s) = stmt {
                if s.names.iter().any(|a| a.name.as_str() == "*") {
                    if let Some(module) = from_module(s) {
                        if !self.0.contains(&module) {
                            self.0.push(module);
                        }
                    }
                }
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut stars = Stars::default();
    stars.visit_body(body);
    stars.0
}

/// What a path really is when a standard-library module holds another module (or one
/// of its members) under an attribute it does not export: `json.codecs.open` →
/// `codecs.open`.
pub(crate) fn canonical(path: &str) -> Option<String> {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| crate::reexports::REEXPORTS.iter().copied().collect());
    let mut current = path.to_string();
    let mut changed = false;
    // A re-export may lead to another (`a.b` → `c`, `c.d` → `e`); a few steps suffice.
    for _ in 0..4 {
        let mut end = current.len();
        let found = loop {
            let prefix = &current[..end];
            if let Some(&target) = table.get(prefix) {
                break Some((target, end));
            }
            match prefix.rfind('.') {
                Some(dot) => end = dot,
                None => break None,
            }
        };
        let Some((target, end)) = found else { break };
        current = format!("{target}{}", &current[end..]);
        changed = true;
    }
    changed.then_some(current)
}

/// A dotted module name, each part normalised.
pub(crate) fn dotted(name: &str) -> String {
    name.split('.')
        .map(|part| normalize(part).into_owned())
        .collect::<Vec<_>>()
        .join(".")
}

/// The absolute module of a `from … import`, or `None` for relative imports.
pub(crate) fn from_module(stmt: &ast::StmtImportFrom) -> Option<String> {
    match (&stmt.module, stmt.level) {
        (Some(module), 0) => Some(dotted(module)),
        _ => None,
    }
}

/// Names of every function defined with `def` anywhere.
pub(crate) fn collect_function_names(body: &[Stmt]) -> HashSet<String> {
    #[derive(Default)]
    struct Functions(HashSet<String>);
    impl<'a> Visitor<'a> for Functions {
        // Statements only: no statement is nested in an expression.
        fn visit_expr(&mut self, _: &'a Expr) {}
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(s) = stmt {
                insert_name(&mut self.0, &s.name);
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut functions = Functions::default();
    functions.visit_body(body);
    functions.0
}

/// Names bound exactly once in the whole code, by a plain assignment: their value is
/// known wherever they are read (`n = 10**10` … `"a" * n`).
pub(crate) fn collect_constants(body: &[Stmt]) -> Constants<'_> {
    #[derive(Default)]
    struct Bindings<'a> {
        counts: HashMap<String, usize>,
        values: HashMap<String, &'a Expr>,
        classes: HashSet<String>,
        loop_iterables: HashMap<String, &'a Expr>,
        assigned: HashSet<String>,
        /// The callee of each `name = callee(...)` (`None` for other values).
        call_values: HashMap<String, Vec<Option<&'a Expr>>>,
        parameters: HashSet<String>,
    }
    impl Bindings<'_> {
        fn bind(&mut self, name: &str) {
            let name = normalize(name);
            match self.counts.get_mut(name.as_ref()) {
                Some(count) => *count += 1,
                None => {
                    self.counts.insert(name.into_owned(), 1);
                }
            }
        }
        /// A binding to a value (not by `def`, `class`, `import` or a parameter).
        fn bind_target(&mut self, target: &Expr) {
            target_names(target, &mut |name| {
                insert_name(&mut self.assigned, name);
                self.bind(name);
            });
        }
        fn bind_parameters(&mut self, params: Option<&Parameters>) {
            parameters(params).for_each(|param| {
                insert_name(&mut self.parameters, &param.name);
                self.bind(&param.name);
            });
        }
    }
    impl<'a> Visitor<'a> for Bindings<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Assign(s) => {
                    s.targets.iter().for_each(|t| self.bind_target(t));
                    if let [Expr::Name(name)] = s.targets.as_slice() {
                        let id = normalize(&name.id).into_owned();
                        let callee = match s.value.as_ref() {
                            Expr::Call(call) => Some(call.func.as_ref()),
                            _ => None,
                        };
                        self.call_values.entry(id.clone()).or_default().push(callee);
                        self.values.insert(id, s.value.as_ref());
                    }
                }
                Stmt::AnnAssign(s) => {
                    self.bind_target(&s.target);
                    if let (Expr::Name(name), Some(value)) = (s.target.as_ref(), &s.value) {
                        self.values
                            .insert(normalize(&name.id).into_owned(), value.as_ref());
                    }
                }
                // Counted twice: an augmented assignment rebinds what it reads.
                Stmt::AugAssign(s) => {
                    self.bind_target(&s.target);
                    self.bind_target(&s.target);
                }
                Stmt::For(s) => {
                    self.bind_target(&s.target);
                    if let Expr::Name(name) = s.target.as_ref() {
                        self.loop_iterables
                            .insert(normalize(&name.id).into_owned(), s.iter.as_ref());
                    }
                }
                Stmt::Delete(s) => s.targets.iter().for_each(|t| self.bind_target(t)),
                Stmt::With(s) => s
                    .items
                    .iter()
                    .filter_map(|i| i.optional_vars.as_deref())
                    .for_each(|t| self.bind_target(t)),
                Stmt::FunctionDef(s) => {
                    self.bind(&s.name);
                    self.bind_parameters(Some(&s.parameters));
                }
                Stmt::ClassDef(s) => {
                    self.bind(&s.name);
                    insert_name(&mut self.classes, &s.name);
                }
                Stmt::Import(s) => s.names.iter().for_each(|a| {
                    self.bind(
                        a.asname
                            .as_ref()
                            .unwrap_or(&a.name)
                            .split('.')
                            .next()
                            .unwrap_or_default(),
                    )
                }),
                Stmt::ImportFrom(s) => s
                    .names
                    .iter()
                    .for_each(|a| self.bind(a.asname.as_ref().unwrap_or(&a.name))),
                // A declared name may be rebound from anywhere: never a constant.
                Stmt::Global(s) => s.names.iter().for_each(|n| {
                    self.bind(n);
                    self.bind(n);
                }),
                Stmt::Nonlocal(s) => s.names.iter().for_each(|n| {
                    self.bind(n);
                    self.bind(n);
                }),
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Named(e) => self.bind_target(&e.target),
                Expr::Lambda(e) => self.bind_parameters(e.parameters.as_deref()),
                _ => {}
            }
            visitor::walk_expr(self, expr);
        }
        fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
            self.bind_target(&comprehension.target);
            if let Expr::Name(name) = &comprehension.target {
                self.loop_iterables
                    .insert(normalize(&name.id).into_owned(), &comprehension.iter);
            }
            visitor::walk_comprehension(self, comprehension);
        }
        fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            if let Some(name) = &h.name {
                self.bind(name);
            }
            visitor::walk_except_handler(self, handler);
        }
        fn visit_pattern(&mut self, pattern: &'a Pattern) {
            match pattern {
                Pattern::MatchAs(ast::PatternMatchAs {
                    name: Some(name), ..
                })
                | Pattern::MatchStar(ast::PatternMatchStar {
                    name: Some(name), ..
                }) => {
                    insert_name(&mut self.assigned, name);
                    self.bind(name)
                }
                Pattern::MatchMapping(ast::PatternMatchMapping {
                    rest: Some(name), ..
                }) => {
                    insert_name(&mut self.assigned, name);
                    self.bind(name)
                }
                _ => {}
            }
            visitor::walk_pattern(self, pattern);
        }
    }
    let mut bindings = Bindings::default();
    bindings.visit_body(body);
    let Bindings {
        counts,
        values,
        classes,
        loop_iterables,
        assigned,
        call_values,
        parameters,
    } = bindings;
    let once = |name: &String| counts.get(name) == Some(&1);
    let mut escapes = Escapes::default();
    escapes.visit_body(body);
    let values = values.into_iter().filter(|(name, _)| once(name)).collect();
    let classes = classes.into_iter().filter(once).collect();
    let loop_iterables = loop_iterables
        .into_iter()
        .filter(|(name, _)| once(name))
        .collect();
    // Names whose every binding is `name = callee(...)`.
    let call_bindings = call_values
        .into_iter()
        .filter(|(name, values)| counts.get(name) == Some(&values.len()))
        .filter_map(|(name, values)| Some((name, values.into_iter().collect::<Option<Vec<_>>>()?)))
        .collect();
    Constants {
        values,
        classes,
        loop_iterables,
        escaping: escapes.0,
        call_bindings,
        assigned,
        parameters,
        bound: counts,
    }
}

/// Names bound exactly once: to a value by an assignment, or by a `class` statement.
pub(crate) struct Constants<'a> {
    pub values: HashMap<String, &'a Expr>,
    /// Classes defined here whose name nothing else rebinds.
    pub classes: HashSet<String>,
    /// Names whose only binding is a `for` (or comprehension) over this iterable: their
    /// value is always one of its items.
    pub loop_iterables: HashMap<String, &'a Expr>,
    /// Names whose value may change without being rebound or may be handed to code that
    /// changes it (`d["k"] = v`, `d.update(...)`, `f(d)`); see [`Escapes`].
    pub escaping: HashSet<String>,
    /// Names bound to a value somewhere (assignment, `for`, `with`, walrus, `except as`,
    /// `del`): not only by `def`, `class` or `import`.
    pub assigned: HashSet<String>,
    /// Names bound only by `name = callee(...)`, to every callee
    /// (`error = TypeError(...)` in several functions).
    pub call_bindings: HashMap<String, Vec<&'a Expr>>,
    /// Every parameter name (functions and lambdas).
    pub parameters: HashSet<String>,
    /// Every name bound anywhere, by any statement or expression: a builtin's name in
    /// it may not be the builtin (`Exception = BaseException`).
    pub bound: HashMap<String, usize>,
}

/// Methods that only read a container.
const READ_ONLY_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "count",
    "index",
    "copy",
    "startswith",
    "endswith",
];

/// Builtins that only read the container they are given.
const READ_ONLY_BUILTINS: &[&str] = &[
    "len",
    "sorted",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "any",
    "all",
    "enumerate",
    "reversed",
    "iter",
    "max",
    "min",
    "print",
    "repr",
    "str",
];

/// Every name loaded anywhere except where its value can only be read: a subscript
/// load, the right of `in`, a `for` iterable, a read-only method or builtin. A
/// container constant that escapes may be changed, so its items are not constants.
#[derive(Default)]
struct Escapes(HashSet<String>);

impl Escapes {
    /// Visits `expr`, except that a plain name there is a read.
    fn visit_read(&mut self, expr: &Expr) {
        if !matches!(expr, Expr::Name(_)) {
            self.visit_expr(expr);
        }
    }
}

impl<'a> Visitor<'a> for Escapes {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(s) => {
                self.visit_read(&s.iter);
                self.visit_expr(&s.target);
                self.visit_body(&s.body);
                self.visit_body(&s.orelse);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                if name.ctx == ast::ExprContext::Load {
                    insert_name(&mut self.0, &name.id);
                }
            }
            Expr::Subscript(s) if matches!(s.value.as_ref(), Expr::Name(_)) => {
                if s.ctx != ast::ExprContext::Load {
                    self.visit_expr_as_escaping(&s.value);
                }
                self.visit_expr(&s.slice);
            }
            Expr::Compare(c) => {
                if let Some(left) = c.operands.first() {
                    self.visit_expr(left);
                }
                for (op, right) in c.ops.iter().zip(c.operands.iter().skip(1)) {
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.visit_read(right);
                    } else {
                        self.visit_expr(right);
                    }
                }
            }
            Expr::Call(call) => {
                let read_only = match call.func.as_ref() {
                    Expr::Attribute(method) if matches!(method.value.as_ref(), Expr::Name(_)) => {
                        READ_ONLY_METHODS.contains(&method.attr.as_str())
                    }
                    Expr::Name(f) => READ_ONLY_BUILTINS.contains(&f.id.as_str()),
                    _ => false,
                };
                if !read_only {
                    visitor::walk_expr(self, expr);
                    return;
                }
                if let Expr::Attribute(method) = call.func.as_ref() {
                    self.visit_read(&method.value);
                }
                for arg in &call.arguments.args {
                    self.visit_read(arg);
                }
                for keyword in &call.arguments.keywords {
                    self.visit_expr(&keyword.value);
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        self.visit_read(&comprehension.iter);
        self.visit_expr(&comprehension.target);
        for condition in &comprehension.ifs {
            self.visit_expr(condition);
        }
    }
}

impl Escapes {
    fn visit_expr_as_escaping(&mut self, expr: &Expr) {
        if let Expr::Name(name) = expr {
            insert_name(&mut self.0, &name.id);
        }
    }
}

/// Module-level functions that only the `if __name__ == "__main__":` block calls
/// (directly, or through other such functions): they run only when the code runs as a
/// script. A function that is decorated, never referenced here (the host may call it)
/// or referenced anywhere else is not one.
pub(crate) fn script_only_functions(
    body: &[Stmt],
    is_main_guard: impl Fn(&Expr) -> bool,
) -> HashSet<String> {
    /// Where each module-level function's name is read: from the main block, from
    /// inside another module-level function, or from anywhere else.
    #[derive(Default)]
    struct References {
        from_functions: HashMap<String, HashSet<String>>,
        from_main: HashSet<String>,
        elsewhere: HashSet<String>,
        in_function: Option<String>,
        in_main: bool,
    }
    impl<'a> Visitor<'a> for References {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr {
                if name.ctx == ast::ExprContext::Load {
                    let id = normalize(&name.id).into_owned();
                    match (&self.in_function, self.in_main) {
                        (Some(function), _) => {
                            self.from_functions
                                .entry(id)
                                .or_default()
                                .insert(function.clone());
                        }
                        (None, true) => {
                            self.from_main.insert(id);
                        }
                        (None, false) => {
                            self.elsewhere.insert(id);
                        }
                    }
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut functions: HashSet<String> = HashSet::default();
    let mut references = References::default();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => {
                if def.decorator_list.is_empty() {
                    insert_name(&mut functions, &def.name);
                }
                // Defaults and annotations run at definition time, at module level.
                references.visit_parameters(&def.parameters);
                def.decorator_list
                    .iter()
                    .for_each(|d| references.visit_expr(&d.expression));
                references.in_function = Some(normalize(&def.name).into_owned());
                references.visit_body(&def.body);
                references.in_function = None;
            }
            Stmt::If(s) if is_main_guard(&s.test) => {
                references.in_main = true;
                references.visit_body(&s.body);
                references.in_main = false;
                for clause in &s.elif_else_clauses {
                    references.visit_body(&clause.body);
                }
            }
            other => references.visit_stmt(other),
        }
    }
    // Grow from the main block: a function joins when some caller is the main block or
    // a member, and every caller (itself aside) is one.
    let candidates: Vec<String> = functions
        .into_iter()
        .filter(|f| !references.elsewhere.contains(f))
        .collect();
    let mut script_only: HashSet<String> = HashSet::default();
    loop {
        let before = script_only.len();
        for f in &candidates {
            if script_only.contains(f) {
                continue;
            }
            let callers = references.from_functions.get(f);
            let others: Vec<&String> = callers.into_iter().flatten().filter(|c| *c != f).collect();
            let reached =
                references.from_main.contains(f) || others.iter().any(|c| script_only.contains(*c));
            if reached && others.iter().all(|c| script_only.contains(*c)) {
                script_only.insert(f.clone());
            }
        }
        if script_only.len() == before {
            return script_only;
        }
    }
}

/// Attribute names this code defines: every `def` name, every attribute it assigns
/// (`obj.name = …`, also in tuple targets and `del`), and the names bound in class bodies
/// and listed in a literal `__slots__`.
pub(crate) fn collect_defined_attributes(body: &[Stmt]) -> HashSet<String> {
    /// Names and, for `__private` names inside a class, their mangled form
    /// (`_Bank__secret`), which code outside the class may spell out.
    #[derive(Default)]
    struct Defined(HashSet<String>, Vec<String>);
    impl Defined {
        fn insert(&mut self, name: &str) {
            let name = normalize(name).into_owned();
            if let Some(class) = self.1.last() {
                if name.starts_with("__") && !name.ends_with("__") {
                    self.0
                        .insert(format!("_{}{name}", class.trim_start_matches('_')));
                }
            }
            self.0.insert(name);
        }
    }
    impl<'a> Visitor<'a> for Defined {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    self.insert(&def.name);
                }
                Stmt::ClassDef(class) => {
                    for item in &class.body {
                        if let Stmt::ClassDef(nested) = item {
                            insert_name(&mut self.0, &nested.name);
                        }
                        if let Stmt::FunctionDef(def) = item {
                            self.1.push(normalize(&class.name).into_owned());
                            self.insert(&def.name);
                            self.1.pop();
                        }
                        let targets: Vec<&Expr> = match item {
                            Stmt::Assign(a) => a.targets.iter().collect(),
                            Stmt::AnnAssign(a) => vec![a.target.as_ref()],
                            _ => Vec::new(),
                        };
                        for target in targets {
                            target_names(target, &mut |n| {
                                insert_name(&mut self.0, n);
                            });
                        }
                        if let Stmt::Assign(a) = item {
                            let slots = a.targets.iter().any(
                                |t| matches!(t, Expr::Name(n) if n.id.as_str() == "__slots__"),
                            );
                            if slots {
                                let items: &[Expr] = match a.value.as_ref() {
                                    Expr::Tuple(t) => &t.elts,
                                    Expr::List(l) => &l.elts,
                                    _ => &[],
                                };
                                for slot in items.iter().filter_map(crate::parse::str_literal) {
                                    self.0.insert(slot.to_string());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
            if let Stmt::ClassDef(class) = stmt {
                self.1.push(normalize(&class.name).into_owned());
                visitor::walk_stmt(self, stmt);
                self.1.pop();
            } else {
                visitor::walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(a) = expr {
                if a.ctx != ast::ExprContext::Load {
                    self.insert(&a.attr);
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut defined = Defined::default();
    defined.visit_body(body);
    defined.0
}

/// The bases of every class the code defines, by name (the first definition wins).
pub(crate) fn collect_class_bases(body: &[Stmt]) -> HashMap<String, Vec<Expr>> {
    #[derive(Default)]
    struct Bases(HashMap<String, Vec<Expr>>);
    impl<'a> Visitor<'a> for Bases {
        // Statements only: no statement is nested in an expression.
        fn visit_expr(&mut self, _: &'a Expr) {}
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                self.0
                    .entry(normalize(&class.name).into_owned())
                    .or_insert_with(|| crate::parse::class_bases(class).to_vec());
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut bases = Bases::default();
    bases.visit_body(body);
    bases.0
}

/// Whether a function body yields (a generator): it runs in pieces, when resumed.
pub(crate) fn yields(body: &[Stmt]) -> bool {
    #[derive(Default)]
    struct Yields(bool);
    impl<'a> Visitor<'a> for Yields {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            // A nested function's yields are its own.
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                visitor::walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    let mut yields = Yields::default();
    yields.visit_body(body);
    yields.0
}

/// Names used as values somewhere (passed, stored, returned), not only called by name:
/// `Thread(target=hold)`, `f = hold`, `callback=self.hold` (the attribute's name).
pub(crate) fn collect_value_names(body: &[Stmt]) -> HashSet<String> {
    #[derive(Default)]
    struct Values(HashSet<String>);
    impl<'a> Visitor<'a> for Values {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call) => {
                    // The callee itself is a call, not a value; its receiver may be one.
                    match call.func.as_ref() {
                        Expr::Name(_) => {}
                        Expr::Attribute(a) => self.visit_expr(&a.value),
                        other => self.visit_expr(other),
                    }
                    for arg in &call.arguments.args {
                        self.visit_expr(arg);
                    }
                    for keyword in &call.arguments.keywords {
                        self.visit_expr(&keyword.value);
                    }
                }
                Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                    insert_name(&mut self.0, &n.id);
                }
                Expr::Attribute(a) if a.ctx == ast::ExprContext::Load => {
                    insert_name(&mut self.0, &a.attr);
                    self.visit_expr(&a.value);
                }
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    let mut values = Values::default();
    values.visit_body(body);
    values.0
}

/// The names a positional class pattern on a class defined here reads.
pub(crate) struct MatchNames {
    /// Its literal `__match_args__`, else its annotated fields in order.
    pub names: Vec<String>,
    /// Whether the code states them: a literal `__match_args__`, or the fields of a
    /// `@dataclass` or a `NamedTuple`, in a class no metaclass, class keyword, replacing
    /// decorator or computed base can change.
    pub stated: bool,
}

/// For each class defined here, the attribute names a positional class pattern reads
/// (see [`MatchNames`]).
pub(crate) fn collect_class_match_names(body: &[Stmt]) -> HashMap<String, MatchNames> {
    /// Decorators that hand back the class they are given (with `__match_args__` from
    /// its fields, for `dataclass`).
    const KEEP_THE_CLASS: &[&str] = &[
        "dataclass",
        "final",
        "total_ordering",
        "runtime_checkable",
        "unique",
    ];
    fn last_name(expr: &Expr) -> Option<&str> {
        match expr {
            Expr::Name(n) => Some(n.id.as_str()),
            Expr::Attribute(a) => Some(a.attr.as_str()),
            Expr::Call(c) => last_name(&c.func),
            _ => None,
        }
    }
    #[derive(Default)]
    struct Names(HashMap<String, MatchNames>);
    impl<'a> Visitor<'a> for Names {
        // Statements only: no statement is nested in an expression.
        fn visit_expr(&mut self, _: &'a Expr) {}
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                let decorators_keep_it = class
                    .decorator_list
                    .iter()
                    .all(|d| last_name(&d.expression).is_some_and(|n| KEEP_THE_CLASS.contains(&n)));
                let bases_written = crate::parse::class_bases(class).iter().all(|base| {
                    let base = match base {
                        Expr::Subscript(generic) => generic.value.as_ref(),
                        other => other,
                    };
                    matches!(base, Expr::Name(_) | Expr::Attribute(_))
                });
                let plain = decorators_keep_it
                    && bases_written
                    && crate::parse::class_keywords(class).is_empty();
                let from_fields = class
                    .decorator_list
                    .iter()
                    .any(|d| last_name(&d.expression) == Some("dataclass"))
                    || crate::parse::class_bases(class)
                        .iter()
                        .any(|b| last_name(b) == Some("NamedTuple"));
                let mut fields = Vec::new();
                let mut literal = None;
                for item in &class.body {
                    match item {
                        Stmt::AnnAssign(a) => {
                            if let Expr::Name(n) = a.target.as_ref() {
                                fields.push(normalize(&n.id).into_owned());
                            }
                        }
                        Stmt::Assign(a)
                            if a.targets.iter().any(
                                |t| matches!(t, Expr::Name(n) if n.id.as_str() == "__match_args__"),
                            ) =>
                        {
                            let items: &[Expr] = match a.value.as_ref() {
                                Expr::Tuple(t) => &t.elts,
                                Expr::List(l) => &l.elts,
                                _ => &[],
                            };
                            literal = Some(
                                items
                                    .iter()
                                    .filter_map(crate::parse::str_literal)
                                    .map(str::to_string)
                                    .collect::<Vec<_>>(),
                            );
                        }
                        _ => {}
                    }
                }
                let stated = plain && (literal.is_some() || from_fields);
                self.0
                    .entry(normalize(&class.name).into_owned())
                    .or_insert(MatchNames {
                        names: literal.unwrap_or(fields),
                        stated,
                    });
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut names = Names::default();
    names.visit_body(body);
    names.0
}

/// Module-level functions whose name this code only ever uses as a `@decorator` (or
/// `@factory(...)`) of a definition here, or never uses at all.
pub(crate) fn decorator_only_functions(body: &[Stmt]) -> HashSet<String> {
    #[derive(Default)]
    struct Uses {
        other: HashSet<String>,
    }
    impl<'a> Visitor<'a> for Uses {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    for decorator in &def.decorator_list {
                        self.visit_decorator(&decorator.expression);
                    }
                    self.visit_parameters(&def.parameters);
                    if let Some(returns) = &def.returns {
                        self.visit_expr(returns);
                    }
                    self.visit_body(&def.body);
                }
                Stmt::ClassDef(class) => {
                    for decorator in &class.decorator_list {
                        self.visit_decorator(&decorator.expression);
                    }
                    for base in crate::parse::class_bases(class) {
                        self.visit_expr(base);
                    }
                    self.visit_body(&class.body);
                }
                _ => visitor::walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(n) = expr {
                if n.ctx == ast::ExprContext::Load {
                    insert_name(&mut self.other, &n.id);
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    impl Uses {
        /// A decorator's callee name is a decorator use; anything else in it is ordinary.
        fn visit_decorator(&mut self, expr: &Expr) {
            match expr {
                Expr::Name(_) => {}
                Expr::Call(call) if matches!(call.func.as_ref(), Expr::Name(_)) => {
                    for arg in &call.arguments.args {
                        self.visit_expr(arg);
                    }
                    for keyword in &call.arguments.keywords {
                        self.visit_expr(&keyword.value);
                    }
                }
                other => self.visit_expr(other),
            }
        }
    }
    let mut uses = Uses::default();
    uses.visit_body(body);
    let defined: HashSet<String> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) => Some(normalize(&def.name).into_owned()),
            _ => None,
        })
        .collect();
    // A function this code never calls or passes is only ever called by the host, which
    // chooses its arguments itself.
    defined
        .into_iter()
        .filter(|name| !uses.other.contains(name))
        .collect()
}

/// What a class defined here lets its callers do with `self`.
#[derive(Debug, Default, Clone)]
pub(crate) struct ClassShape {
    /// `def __new__` or a metaclass: `Class()` may return some other object.
    pub custom_construction: bool,
    /// Plain methods (not static, class methods or properties): called on the class,
    /// their first argument is whatever the caller passes.
    pub instance_methods: HashSet<String>,
    /// Classes defined in the body whose names nothing else in the body binds
    /// (`Deque._Node` is a class, not a value).
    pub nested_classes: HashSet<String>,
    /// The body binds `__class_getitem__` (what `Class[…]` returns) or `__getitem__`
    /// (what `Instance[…]` returns, and `Class[…]` for a metaclass's instances).
    pub binds_class_getitem: bool,
    pub binds_getitem: bool,
    /// The `metaclass=` expression, if any.
    pub metaclass: Option<Expr>,
}

pub(crate) fn collect_class_shapes(body: &[Stmt]) -> HashMap<String, ClassShape> {
    #[derive(Default)]
    struct Shapes(HashMap<String, ClassShape>);
    impl<'a> Visitor<'a> for Shapes {
        // Statements only: no statement is nested in an expression.
        fn visit_expr(&mut self, _: &'a Expr) {}
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                let metaclass = crate::parse::class_keywords(class)
                    .iter()
                    .find(|k| k.arg.as_deref() == Some("metaclass"))
                    .map(|k| k.value.clone());
                let mut shape = ClassShape {
                    custom_construction: metaclass.is_some(),
                    metaclass,
                    ..ClassShape::default()
                };
                let mut other_bindings = HashSet::default();
                for item in &class.body {
                    match item {
                        Stmt::ClassDef(nested) => {
                            insert_name(&mut shape.nested_classes, &nested.name);
                        }
                        Stmt::Assign(a) => a.targets.iter().for_each(|t| {
                            target_names(t, &mut |n| insert_name(&mut other_bindings, n));
                        }),
                        Stmt::AnnAssign(a) => {
                            target_names(&a.target, &mut |n| insert_name(&mut other_bindings, n));
                        }
                        Stmt::FunctionDef(def) => insert_name(&mut other_bindings, &def.name),
                        _ => {}
                    }
                }
                shape.binds_class_getitem = other_bindings.contains("__class_getitem__");
                shape.binds_getitem = other_bindings.contains("__getitem__");
                shape
                    .nested_classes
                    .retain(|name| !other_bindings.contains(name));
                for item in &class.body {
                    if let Stmt::FunctionDef(def) = item {
                        if def.name.as_str() == "__new__" {
                            shape.custom_construction = true;
                        }
                        let special = def.decorator_list.iter().any(|d| {
                            matches!(&d.expression, Expr::Name(n)
                                if matches!(n.id.as_str(), "staticmethod" | "classmethod" | "property"))
                        });
                        if !special {
                            shape
                                .instance_methods
                                .insert(normalize(&def.name).into_owned());
                        }
                    }
                }
                self.0
                    .entry(normalize(&class.name).into_owned())
                    .or_insert(shape);
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut shapes = Shapes::default();
    shapes.visit_body(body);
    shapes.0
}

/// Whether a name or an attribute spelled like one of `names` appears anywhere
/// (`Thread`, `threading.Thread`, `q.put`).
pub(crate) fn mentions_any_of(body: &[Stmt], names: &[&str]) -> bool {
    struct Mentions<'n>(&'n [&'n str], bool);
    impl<'a> Visitor<'a> for Mentions<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let spelled = match expr {
                Expr::Name(n) => Some(normalize(&n.id)),
                Expr::Attribute(a) => Some(normalize(&a.attr)),
                _ => None,
            };
            if spelled.is_some_and(|s| self.0.contains(&s.as_ref())) {
                self.1 = true;
            }
            if !self.1 {
                visitor::walk_expr(self, expr);
            }
        }
    }
    let mut mentions = Mentions(names, false);
    mentions.visit_body(body);
    mentions.1
}
