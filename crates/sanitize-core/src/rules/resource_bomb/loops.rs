//! Constant loops: nests past the bound, and values that grow geometrically in them.

use crate::checker::Checker;
use crate::names::normalize;
use crate::parse::ast::comparable::ComparableExpr;
use crate::parse::ast::{Comprehension, Expr, Operator, Stmt};
use crate::parse::{end, start};
use crate::rules::Rule;
use crate::visitor::Visitor as _;

use super::*;

/// Enters a `for` loop over a constant iterable; reports nests past the bound and
/// values that grow geometrically in the body. Returns whether a loop size was pushed
/// (to be popped after the body).
pub(crate) fn enter_for(
    checker: &mut Checker,
    iter: &Expr,
    body: &[Stmt],
    start: usize,
    end: usize,
) -> bool {
    let size = iteration_size(checker, iter);
    check_self_wrapping(checker, size, body);
    let Some(size) = size else {
        return false;
    };
    let size = size.max(0.0);
    checker.resource.loop_sizes.push(size);
    let total: f64 = checker.resource.loop_sizes.iter().sum();
    if checker.resource.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
        checker.report(
            Rule::ResourceBomb,
            format!("nested loops run about 10^{} iterations", fmt_log(total)),
            start,
            end,
        );
    }
    check_growth(checker, body, 10f64.powf(size), start, end);
    true
}

/// Lazy iterator stages: each wraps the one before without running it.
const LAZY_STAGES: &[&str] = &[
    "map",
    "filter",
    "zip",
    "enumerate",
    "reversed",
    "iter",
    "itertools.chain",
    "itertools.chain.from_iterable",
    "itertools.islice",
    "itertools.accumulate",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "itertools.compress",
    "itertools.zip_longest",
    "itertools.pairwise",
    "itertools.batched",
    "itertools.cycle",
];

/// Whether `func` is one of the [`LAZY_STAGES`] (the builtin, or as imported).
fn is_lazy_stage(checker: &Checker, func: &Expr) -> bool {
    checker
        .builtin_name(func)
        .is_some_and(|n| LAZY_STAGES.contains(&n.as_str()))
        || checker.resolves_to_any(func, LAZY_STAGES).is_some()
}

/// The log10 of the passes past which a loop that wraps an iterator in itself is
/// refused (a thousand stages are still far from the C stack's limit).
const MAX_WRAPPING_PASSES_LOG10: f64 = 3.0;

/// `for _ in range(n): it = map(f, it)`: every pass nests the iterator one lazy stage
/// deeper; consumed, a million stages overflow the C stack and crash the process
/// (a segfault, not an exception). Refused unless the loop is known to be short
/// (`for f in (str.strip, str.lower): lines = map(f, lines)` passes); `while` loops
/// call this with no size. `size` is the loop's log10 passes when known. Every
/// statement of the body counts, however nested (`if`, `with`, `try`), and so does a
/// place that outlives the pass (`self.stage = chain(self.stage)`, `box.it := …`).
pub(crate) fn check_self_wrapping(checker: &mut Checker, size: Option<f64>, body: &[Stmt]) {
    // `m = wrap(m, 900)` with a recursive `wrap` that nests its argument once per call:
    // even a short loop multiplies the recursion's depth.
    for (target, value, at) in self_assignments(body) {
        if let Expr::Call(call) = value {
            if nesting_recursion(checker, target, call) {
                report_wrapping(
                    checker,
                    target,
                    "by a recursive function, on every pass of a loop",
                    at,
                );
                return;
            }
        }
    }
    // Nested loops multiply their passes (`for a in range(400): for b in range(500):`).
    let size = size.map(|s| s.max(0.0) + checker.resource.loop_sizes.iter().sum::<f64>());
    if size.is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10) {
        return;
    }
    for (target, value, at) in self_assignments(body) {
        if wraps(checker, target, value, true) {
            report_wrapping(
                checker,
                target,
                "on every pass of a loop not known to be short",
                at,
            );
            return;
        }
    }
    check_carried_stages(checker, body);
    check_slot_nesting(checker, body);
}

/// `d["k"] = (d["k"],)`, `d.update(k=(d["k"],))`, `d |= {"k": [d["k"]]}`,
/// `x += (x,)`, `stack.append((stack.pop(),))`: a container display stored into a
/// slot (a name, or anything reached from one) while holding what that same slot held,
/// on every pass of a loop not known to be short: the nesting deepens by one per pass.
fn check_slot_nesting(checker: &mut Checker, body: &[Stmt]) {
    struct Slots<'a>(Vec<(&'a Expr, &'a Expr, (usize, usize))>);
    impl<'a> crate::visitor::Visitor<'a> for Slots<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(a) => {
                    for target in &a.targets {
                        self.0.push((target, &a.value, (start(a), end(a))));
                    }
                }
                Stmt::AugAssign(a) => self.0.push((&a.target, &a.value, (start(a), end(a)))),
                Stmt::AnnAssign(a) => {
                    if let Some(value) = &a.value {
                        self.0.push((&a.target, value, (start(a), end(a))));
                    }
                }
                _ => {}
            }
            crate::visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Lambda(_) => return,
                Expr::Named(n) => self.0.push((&n.target, &n.value, (start(n), end(n)))),
                Expr::Call(call) => {
                    if let Expr::Attribute(method) = call.func.as_ref() {
                        if STORING_METHODS.contains(&method.attr.as_str()) {
                            let values = crate::parse::call_args(call)
                                .iter()
                                .chain(crate::parse::call_keywords(call).iter().map(|k| &k.value));
                            for value in values {
                                self.0
                                    .push((&method.value, value, (start(call), end(call))));
                            }
                        }
                    }
                }
                _ => {}
            }
            crate::visitor::walk_expr(self, expr);
        }
    }
    let mut slots = Slots(Vec::new());
    for stmt in body {
        slots.visit_stmt(stmt);
    }
    for (target, value, at) in slots.0 {
        if !matches!(
            target,
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
        ) {
            continue;
        }
        if holds_read_of(checker, value, target, false) {
            checker.report(
                Rule::ResourceBomb,
                "a container holding what a slot held, stored back into that slot on every pass of a loop not known to be short: each pass nests it one level deeper, and hashed, compared or printed, the nesting overflows the C stack and crashes the process",
                at.0,
                at.1,
            );
            return;
        }
    }
}

/// Whether `value` is (`inside` a display) or holds, as an element of a container
/// display, a plain read of the slot `target` or of what hangs from it (`d["k"]`,
/// `d.get("k")`, `stack.pop()` for `d` and `stack`).
fn holds_read_of(checker: &Checker, value: &Expr, target: &Expr, inside: bool) -> bool {
    const READS: &[&str] = &["get", "pop", "popleft", "popitem", "copy", "setdefault"];
    let elements: Vec<&Expr> = match value {
        Expr::Tuple(t) => t.elts.iter().collect(),
        Expr::List(l) => l.elts.iter().collect(),
        Expr::Set(s) => s.elts.iter().collect(),
        Expr::Dict(d) => d.items.iter().map(|item| &item.value).collect(),
        // `dict(d, k=(d["k"],))`, `tuple([x])`: a container built from displays (its
        // positional argument is iterated, flattened one level: `list(xs)` nests nothing).
        Expr::Call(call)
            if checker.builtin_name(&call.func).is_some_and(|n| {
                matches!(n.as_str(), "dict" | "list" | "tuple" | "set" | "frozenset")
            }) =>
        {
            return crate::parse::call_args(call)
                .iter()
                .any(|arg| holds_read_of(checker, arg, target, false))
                || crate::parse::call_keywords(call)
                    .iter()
                    .any(|k| holds_read_of(checker, &k.value, target, true));
        }
        Expr::Starred(star) => return holds_read_of(checker, &star.value, target, false),
        _ if inside => return reads_slot(value, &ComparableExpr::from(target), READS),
        _ => return false,
    };
    elements
        .into_iter()
        .any(|element| holds_read_of(checker, element, target, true))
}

fn reads_slot(expr: &Expr, slot: &ComparableExpr, reads: &[&str]) -> bool {
    if ComparableExpr::from(expr) == *slot {
        return true;
    }
    match expr {
        Expr::Attribute(a) => reads_slot(&a.value, slot, reads),
        Expr::Subscript(s) => reads_slot(&s.value, slot, reads),
        Expr::Call(call) => matches!(call.func.as_ref(), Expr::Attribute(m)
            if reads.contains(&m.attr.as_str()) && reads_slot(&m.value, slot, reads)),
        _ => false,
    }
}

/// Whether `call` is a call of a recursive function defined here that returns the
/// argument `target` is passed as, nested one level deeper per call
/// (`def wrap(it, n): return it if n == 0 else wrap(map(abs, it), n - 1)`).
fn nesting_recursion(checker: &Checker, target: &Expr, call: &crate::parse::ast::ExprCall) -> bool {
    let Expr::Name(function) = call.func.as_ref() else {
        return false;
    };
    if !is_place(target) {
        return false;
    }
    let wanted = ComparableExpr::from(target);
    let Some(index) = call
        .arguments
        .args
        .iter()
        .position(|a| is_place(a) && ComparableExpr::from(a) == wanted)
    else {
        return false;
    };
    checker.module_functions(&function.id).any(|def| {
        let Some(parameter) = def
            .parameters
            .posonlyargs
            .iter()
            .chain(&def.parameters.args)
            .nth(index)
            .map(|p| p.parameter.name.to_string())
        else {
            return false;
        };
        let recursive_nesting = |value: &Expr| -> bool {
            let mut values = vec![value];
            let mut found = false;
            while let Some(v) = values.pop() {
                match v {
                    Expr::If(choice) => {
                        values.push(&choice.body);
                        values.push(&choice.orelse);
                    }
                    Expr::Call(inner) => {
                        let calls_itself = matches!(inner.func.as_ref(), Expr::Name(n)
                            if n.id == def.name.id);
                        found |= calls_itself
                            && inner
                                .arguments
                                .args
                                .iter()
                                .any(|a| wraps_name(checker, &parameter, a));
                    }
                    _ => {}
                }
            }
            found
        };
        let mut returns = Returns(Vec::new());
        for stmt in &def.body {
            returns.visit_stmt(stmt);
        }
        returns.0.into_iter().any(recursive_nesting)
    })
}

/// The values a function body returns (not those of nested functions).
struct Returns<'a>(Vec<&'a Expr>);

impl<'a> crate::visitor::Visitor<'a> for Returns<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(r) => self.0.extend(r.value.as_deref()),
            _ => crate::visitor::walk_stmt(self, stmt),
        }
    }
    fn visit_expr(&mut self, _: &'a Expr) {}
}

/// `[it := map(f, it) for _ in range(n)]`: the comprehension form of
/// [`check_self_wrapping`].
pub(crate) fn check_comprehension_wrapping(
    checker: &mut Checker,
    generators: &[Comprehension],
    elements: &[&Expr],
) {
    let mut walruses = Walruses(Vec::new());
    for element in elements {
        walruses.visit_expr(element);
    }
    for generator in generators {
        for condition in &generator.ifs {
            walruses.visit_expr(condition);
        }
    }
    for named in &walruses.0 {
        if let Expr::Call(call) = named.value.as_ref() {
            if nesting_recursion(checker, &named.target, call) {
                report_wrapping(
                    checker,
                    &named.target,
                    "by a recursive function, on every item of a comprehension",
                    (start(*named), end(*named)),
                );
                return;
            }
        }
    }
    let short = generators
        .iter()
        .map(|g| iteration_size(checker, &g.iter))
        .any(|s| s.is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10));
    if short {
        return;
    }
    for named in walruses.0 {
        if wraps(checker, &named.target, &named.value, true) {
            report_wrapping(
                checker,
                &named.target,
                "on every item of a comprehension not known to be short",
                (start(named), end(named)),
            );
            return;
        }
    }
    check_carried(checker, &[], elements);
}

/// `def grow(self): self.stage = chain(self.stage)`: a place that outlives the call (an
/// attribute, a global) wrapped in a lazy stage each time the function runs; called in
/// a loop, the nesting grows without bound. Containers (`self.head = (x, self.head)`,
/// a linked list) are left to the loop that would build them.
pub(crate) fn check_function_wrapping(checker: &mut Checker, body: &[Stmt]) {
    let globals: Vec<&str> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::Global(g) => Some(g.names.iter().map(|n| n.as_str()).collect::<Vec<_>>()),
            Stmt::Nonlocal(n) => Some(n.names.iter().map(|n| n.as_str()).collect()),
            _ => None,
        })
        .flatten()
        .collect();
    for (target, value, at) in self_assignments(body) {
        let outlives_call = match target {
            Expr::Attribute(_) => true,
            Expr::Name(name) => globals.contains(&name.id.as_str()),
            _ => false,
        };
        if outlives_call && wraps(checker, target, value, false) {
            report_wrapping(checker, target, "each time a function runs", at);
        }
    }
}

fn report_wrapping(checker: &mut Checker, target: &Expr, when: &str, (s, e): (usize, usize)) {
    let place = place_name(target);
    checker.report(
        Rule::ResourceBomb,
        format!("`{place}` wrapped in another lazy stage, wrapper or container {when}: consumed, hashed or compared, the nesting overflows the C stack and crashes the process"),
        s,
        e,
    );
}

/// `self.stage` as written.
fn place_name(place: &Expr) -> String {
    match place {
        Expr::Name(name) => name.id.to_string(),
        Expr::Attribute(a) => format!("{}.{}", place_name(&a.value), a.attr),
        _ => "a value".into(),
    }
}

/// The walrus expressions of an expression, outside nested scopes' bodies.
struct Walruses<'a>(Vec<&'a crate::parse::ast::ExprNamed>);

impl<'a> crate::visitor::Visitor<'a> for Walruses<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Named(named) => {
                self.0.push(named);
                crate::visitor::walk_expr(self, expr);
            }
            Expr::Lambda(_) => {}
            _ => crate::visitor::walk_expr(self, expr),
        }
    }
}

/// Every `place = value` and `place := value` in `body` and the statements nested in it
/// (not in nested functions or classes), with where to report it.
fn self_assignments(body: &[Stmt]) -> Vec<(&Expr, &Expr, (usize, usize))> {
    struct Assignments<'a>(Vec<(&'a Expr, &'a Expr, (usize, usize))>);
    impl<'a> crate::visitor::Visitor<'a> for Assignments<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(assign) => {
                    for target in &assign.targets {
                        self.0
                            .push((target, &assign.value, (start(assign), end(assign))));
                    }
                }
                Stmt::AnnAssign(assign) => {
                    if let Some(value) = &assign.value {
                        self.0
                            .push((&assign.target, value, (start(assign), end(assign))));
                    }
                }
                _ => {}
            }
            crate::visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Named(named) => {
                    self.0
                        .push((&named.target, &named.value, (start(named), end(named))));
                    crate::visitor::walk_expr(self, expr);
                }
                Expr::Lambda(_) => {}
                _ => crate::visitor::walk_expr(self, expr),
            }
        }
    }
    let mut found = Assignments(Vec::new());
    for stmt in body {
        crate::visitor::Visitor::visit_stmt(&mut found, stmt);
    }
    found.0
}

/// A place an assignment can rebind and a later pass can read back: a name or a chain
/// of attributes on one (`self.stage`, `box.inner.it`).
fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Attribute(a) => is_place(&a.value),
        _ => false,
    }
}

/// Whether `value` wraps the object `target` holds one level deeper: a lazy stage
/// (`map(f, it)`, a generator over it) or, when `containers`, a container display
/// holding it (`(t,)`).
fn wraps(checker: &Checker, target: &Expr, value: &Expr, containers: bool) -> bool {
    if !is_place(target) {
        return false;
    }
    let wanted = ComparableExpr::from(target);
    let is_target = |e: &Expr| is_place(e) && ComparableExpr::from(e) == wanted;
    match value {
        Expr::Call(call) => {
            let lazy = is_lazy_stage(checker, &call.func);
            (lazy || (containers && may_hold_argument(checker, call)))
                && (call
                    .arguments
                    .args
                    .iter()
                    .any(|a| is_target(a) || matches!(a, Expr::Starred(s) if is_target(&s.value)))
                    || call.arguments.keywords.iter().any(|k| is_target(&k.value)))
        }
        Expr::Generator(generator) => generator
            .generators
            .first()
            .is_some_and(|g| is_target(&g.iter)),
        _ if !containers => false,
        Expr::Tuple(t) => t.elts.iter().any(is_target),
        Expr::List(l) => l.elts.iter().any(is_target),
        Expr::Set(s) => s.elts.iter().any(is_target),
        Expr::Dict(d) => d.items.iter().any(|i| is_target(&i.value)),
        _ => false,
    }
}

/// Builtins that return a value computed from their arguments, never holding them.
const VALUE_BUILTINS: &[&str] = &[
    "abs",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "bool",
    "round",
    "min",
    "max",
    "sum",
    "len",
    "hash",
    "ord",
    "chr",
    "repr",
    "ascii",
    "format",
    "pow",
    "divmod",
    "sorted",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "id",
    "type",
    "isinstance",
    "next",
    "iter",
    "hex",
    "oct",
    "bin",
    "any",
    "all",
    "print",
    "input",
    "vars",
    "dir",
];

/// Modules whose functions compute values (numbers, strings, arrays, digests) and keep
/// no reference to their arguments.
const VALUE_MODULES: &[&str] = &[
    "math",
    "cmath",
    "statistics",
    "random",
    "decimal",
    "fractions",
    "numbers",
    "numpy",
    "string",
    "re",
    "json",
    "hashlib",
    "hmac",
    "base64",
    "binascii",
    "struct",
    "zlib",
    "textwrap",
    "unicodedata",
    "datetime",
    "time",
    "bisect",
    "heapq",
    "copy",
    "itertools",
    "secrets",
    "colorsys",
    "os",
    "posixpath",
    "ntpath",
    "pathlib",
    "urllib",
    "shlex",
    "html",
    "fnmatch",
    "difflib",
    "ipaddress",
    "uuid",
    "calendar",
    "locale",
    "pprint",
    "operator",
    "typing",
    "cv2",
    "PIL",
];

/// `m = types.MappingProxyType(m)`, `s = slice(s)`, `f = staticmethod(f)`,
/// `p = functools.partial(g, p)`: a callable this code did not define (a builtin or a
/// library's) may keep its argument inside what it returns, and many such wrappers
/// recurse through each other in C with no depth check. Only the builtins and modules
/// that compute plain values from their arguments are known not to.
fn may_hold_argument(checker: &Checker, call: &crate::parse::ast::ExprCall) -> bool {
    if let Some(builtin) = checker
        .builtin_name(&call.func)
        .filter(|name| crate::names::BUILTIN_NAMES.contains(&name.as_str()))
    {
        return !VALUE_BUILTINS.contains(&builtin.as_str());
    }
    // Only what an import binds: a function or class defined here is judged by its body.
    let mut root = call.func.as_ref();
    while let Expr::Attribute(a) = root {
        root = &a.value;
    }
    let Expr::Name(root) = root else {
        return false;
    };
    if !checker.is_imported_name(crate::names::normalize(&root.id).as_ref()) {
        return false;
    }
    let paths = checker.resolve(&call.func);
    !paths.is_empty()
        && paths.iter().all(|path| {
            let module = path.split('.').next().unwrap_or(path);
            !VALUE_MODULES.contains(&module)
        })
}

/// `functools.reduce(lambda it, _: map(f, it), range(n), start)`,
/// `itertools.accumulate(range(n), step, initial=t)` with `def step(t, _): return (t,)`:
/// the fold form of [`check_self_wrapping`], where the accumulator is wrapped once per
/// item, by a lambda or by a function defined here.
pub(crate) fn check_reduce_wrapping(checker: &mut Checker, call: &crate::parse::ast::ExprCall) {
    let Some(fold) =
        checker.resolves_to_any(&call.func, &["functools.reduce", "itertools.accumulate"])
    else {
        return;
    };
    let args = crate::parse::call_args(call);
    let (function, items) = if fold == "functools.reduce" {
        (args.first(), args.get(1))
    } else {
        (
            args.get(1).or_else(|| crate::parse::keyword(call, "func")),
            args.first(),
        )
    };
    let (Some(function), Some(items)) = (function, items) else {
        return;
    };
    let short = iteration_size(checker, items).is_some_and(|s| s <= MAX_WRAPPING_PASSES_LOG10);
    if !short && folds_by_wrapping(checker, function) {
        checker.report(
            Rule::ResourceBomb,
            format!("`{fold}` wraps its accumulator in another lazy stage or container for every item of an iterable not known to be short: consumed, hashed or compared, the nesting overflows the C stack and crashes the process"),
            start(call),
            end(call),
        );
    }
}

/// [`wraps`] for a parameter `name`.
fn wraps_name(checker: &Checker, name: &str, value: &Expr) -> bool {
    let target = Expr::Name(crate::parse::ast::ExprName {
        id: name.into(),
        ctx: crate::parse::ast::ExprContext::Load,
        range: Default::default(),
        node_index: Default::default(),
    });
    wraps(checker, &target, value, true)
}

/// Whether a fold's function returns its first argument wrapped one level deeper.
fn folds_by_wrapping(checker: &Checker, function: &Expr) -> bool {
    let first = |parameters: Option<&crate::parse::ast::Parameters>| {
        parameters
            .and_then(|p| p.posonlyargs.iter().chain(&p.args).next())
            .map(|p| p.parameter.name.to_string())
    };
    match function {
        Expr::Lambda(lambda) => first(lambda.parameters.as_deref())
            .is_some_and(|accumulator| wraps_name(checker, &accumulator, &lambda.body)),
        Expr::Name(name) => checker.module_functions(&name.id).any(|def| {
            first(Some(&def.parameters)).is_some_and(|accumulator| {
                def.body.iter().any(|s| {
                    matches!(s, Stmt::Return(r) if r.value.as_deref()
                        .is_some_and(|v| wraps_name(checker, &accumulator, v)))
                })
            })
        }),
        _ => false,
    }
}

/// `s *= 2`, `s += s`, `n <<= n`, `n = n ** 2` repeated `iterations` times.
fn check_growth(checker: &mut Checker, body: &[Stmt], iterations: f64, start: usize, end: usize) {
    for stmt in body {
        let (target, op, value) = match stmt {
            Stmt::AugAssign(s) => (s.target.as_ref(), s.op, s.value.as_ref()),
            Stmt::Assign(s) => match (s.targets.as_slice(), s.value.as_ref()) {
                ([target @ Expr::Name(t)], Expr::BinOp(b)) if matches!(b.left.as_ref(), Expr::Name(l) if l.id == t.id) => {
                    (target, b.op, b.right.as_ref())
                }
                _ => continue,
            },
            _ => continue,
        };
        let Expr::Name(name) = target else { continue };
        let same = matches!(value, Expr::Name(v) if v.id == name.id);
        let factor = number(size(checker, value, 0)).map(|l| 10f64.powf(l));
        let initial = checker
            .constants
            .get(normalize(&name.id).as_ref())
            .and_then(|v| size(checker, v, 0));
        // log10 of the final size.
        let grown = match (initial, op) {
            (Some(Size::Sequence(l)), Operator::Mult) if factor.is_some_and(|f| f >= 2.0) => Some(
                Size::Sequence(l + iterations * factor.unwrap_or(2.0).log10()),
            ),
            (Some(Size::Sequence(l)), Operator::Add) if same => {
                Some(Size::Sequence(l + iterations * std::f64::consts::LOG10_2))
            }
            (_, Operator::LShift | Operator::Pow | Operator::Mult)
                if same || (op == Operator::Pow && factor.is_some_and(|f| f >= 2.0)) =>
            {
                // Squaring or self-shifting: the digit count doubles each time.
                Some(Size::Number(
                    10f64.powf((iterations * std::f64::consts::LOG10_2).min(300.0)),
                ))
            }
            _ => None,
        };
        if let Some(what) = grown.and_then(describe) {
            checker.report(
                Rule::ResourceBomb,
                format!("loop grows `{}` geometrically into {what}", name.id),
                start,
                end,
            );
            return;
        }
    }
}

/// `[… for i in range(N) for j in range(M)]` with N·M past the bound.
pub(crate) fn check_comprehension(
    checker: &mut Checker,
    generators: &[Comprehension],
    element: Option<&Expr>,
) {
    let sizes: Vec<f64> = generators
        .iter()
        .filter_map(|g| iteration_size(checker, &g.iter))
        .collect();
    // `[[0] * 10**5 for _ in range(10**5)]`: each element is itself large.
    if let (Some(Size::Sequence(each)), true) = (
        element.and_then(|e| size(checker, e, 0)),
        sizes.len() == generators.len(),
    ) {
        let total = each.max(0.0) + sizes.iter().map(|s| s.max(0.0)).sum::<f64>();
        if total > MAX_SEQUENCE_LOG10 + 1.0 && each > 3.0 {
            if let Some(first) = generators.first() {
                checker.report(
                    Rule::ResourceBomb,
                    format!(
                        "comprehension builds about 10^{} items in all",
                        fmt_log(total)
                    ),
                    start(&first.iter),
                    end(&first.iter),
                );
                return;
            }
        }
    }
    let total: f64 = sizes.iter().map(|s| s.max(0.0)).sum::<f64>()
        + checker.resource.loop_sizes.iter().sum::<f64>();
    if sizes.len() + checker.resource.loop_sizes.len() > 1 && total > MAX_LOOP_NEST_LOG10 {
        if let (Some(first), Some(last)) = (generators.first(), generators.last()) {
            checker.report(
                Rule::ResourceBomb,
                format!("nested iterations run about 10^{}", fmt_log(total)),
                start(&first.iter),
                end(&last.iter),
            );
        }
    }
}

/// Methods that store into the object they are called on (`stack.append(…)`).
const STORING_METHODS: &[&str] = &[
    "append",
    "extend",
    "insert",
    "appendleft",
    "extendleft",
    "add",
    "update",
    "setdefault",
    "put",
    "put_nowait",
    "push",
];

/// `stack.append(map(f, stack[-1]))`, `levels[i + 1] = zip(levels[i])`: the general form
/// of [`check_self_wrapping`]. A lazy stage kept past the pass (stored in a slot) over
/// something the loop itself stores into or rebinds may be nested one level deeper on
/// every pass, whatever slot carries it from one pass to the next.
fn check_carried_stages(checker: &mut Checker, body: &[Stmt]) {
    check_carried(checker, body, &[]);
}

/// [`check_carried_stages`] over statements and expressions (a comprehension's elements).
fn check_carried(checker: &mut Checker, body: &[Stmt], elements: &[&Expr]) {
    let carried = carried_names(body, elements);
    if carried.is_empty() {
        return;
    }
    let mut stages = Stages {
        checker,
        kept: false,
        found: Vec::new(),
    };
    for stmt in body {
        stages.visit_stmt(stmt);
    }
    for element in elements {
        stages.visit_expr(element);
    }
    let found = stages.found;
    for (stage, s, e) in found {
        let over_carried = stage_inputs(stage)
            .into_iter()
            .any(|input| mentions_any(input, &carried));
        if over_carried {
            checker.report(
                Rule::ResourceBomb,
                "a lazy stage over what the loop itself stores or rebinds, on every pass of a loop not known to be short: each pass may nest it one level deeper, and consumed, the nesting overflows the C stack and crashes the process",
                s,
                e,
            );
            return;
        }
    }
}

/// Names the loop body rebinds or stores into (the loop's own target is not: a `for`
/// binds it to a fresh item each pass).
fn carried_names(body: &[Stmt], elements: &[&Expr]) -> Vec<String> {
    struct Carried(Vec<String>);
    impl Carried {
        fn target(&mut self, target: &Expr) {
            match target {
                Expr::Name(n) => self.0.push(n.id.to_string()),
                Expr::Attribute(a) => self.target(&a.value),
                Expr::Subscript(s) => self.target(&s.value),
                Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
                Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
                Expr::Starred(s) => self.target(&s.value),
                _ => {}
            }
        }
    }
    impl<'a> crate::visitor::Visitor<'a> for Carried {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(a) => a.targets.iter().for_each(|t| self.target(t)),
                Stmt::AugAssign(a) => self.target(&a.target),
                Stmt::AnnAssign(a) if a.value.is_some() => self.target(&a.target),
                _ => {}
            }
            crate::visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Named(named) => self.target(&named.target),
                Expr::Call(call) => {
                    if let Expr::Attribute(method) = call.func.as_ref() {
                        if STORING_METHODS.contains(&method.attr.as_str()) {
                            self.target(&method.value);
                        }
                    }
                }
                Expr::Lambda(_) => return,
                _ => {}
            }
            crate::visitor::walk_expr(self, expr);
        }
    }
    let mut carried = Carried(Vec::new());
    for stmt in body {
        carried.visit_stmt(stmt);
    }
    for element in elements {
        carried.visit_expr(element);
    }
    carried.0
}

/// The lazy stages of a loop body that are kept past the pass: stored in a slot
/// (`x = map(…)`, `stack.append(map(…))`, `d[k] = zip(…)`, a walrus), directly or inside
/// a container or another kept stage. A stage a `for`, an unpacking or `list()` runs
/// through at once nests nothing.
struct Stages<'c, 'p, 'a> {
    checker: &'c Checker<'p>,
    kept: bool,
    found: Vec<(&'a Expr, usize, usize)>,
}

impl<'a> Stages<'_, '_, 'a> {
    fn keep(&mut self, expr: &'a Expr) {
        self.kept = true;
        crate::visitor::Visitor::visit_expr(self, expr);
    }
}

impl<'a> crate::visitor::Visitor<'a> for Stages<'_, '_, 'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let stored = |target: &Expr| {
            matches!(
                target,
                Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
            )
        };
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Assign(a) if a.targets.iter().all(stored) => {
                self.keep(&a.value);
                a.targets.iter().for_each(|t| self.visit_expr(t));
            }
            // `d |= {"k": map(f, d["k"])}`, `xs += [zip(xs)]`.
            Stmt::AugAssign(a) if stored(&a.target) => {
                self.keep(&a.value);
                self.visit_expr(&a.target);
            }
            Stmt::AnnAssign(a) if stored(&a.target) && a.value.is_some() => {
                if let Some(value) = &a.value {
                    self.keep(value);
                }
            }
            _ => crate::visitor::walk_stmt(self, stmt),
        }
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        let kept = std::mem::take(&mut self.kept);
        match expr {
            Expr::Lambda(_) => {}
            Expr::Named(named) => self.keep(&named.value),
            Expr::Call(call) => {
                let lazy = is_lazy_stage(self.checker, &call.func);
                if lazy && kept {
                    self.found.push((expr, start(call), end(call)));
                }
                let storing = matches!(call.func.as_ref(), Expr::Attribute(m)
                    if STORING_METHODS.contains(&m.attr.as_str()));
                self.visit_expr(&call.func);
                // What a kept stage reads is kept with it (`append(map(f, zip(a, b)))`).
                for arg in crate::parse::call_args(call) {
                    self.kept = storing || (lazy && kept);
                    self.visit_expr(arg);
                }
                for keyword in crate::parse::call_keywords(call) {
                    self.kept = storing || (lazy && kept);
                    self.visit_expr(&keyword.value);
                }
            }
            Expr::Generator(_) if kept => {
                self.found.push((expr, start(expr), end(expr)));
                crate::visitor::walk_expr(self, expr);
            }
            Expr::Tuple(_) | Expr::List(_) | Expr::Set(_) | Expr::Starred(_) if kept => {
                let elements: Vec<&Expr> = match expr {
                    Expr::Tuple(t) => t.elts.iter().collect(),
                    Expr::List(l) => l.elts.iter().collect(),
                    Expr::Set(s) => s.elts.iter().collect(),
                    Expr::Starred(s) => vec![&*s.value],
                    _ => Vec::new(),
                };
                for element in elements {
                    self.keep(element);
                }
            }
            // Either branch may be what is kept.
            Expr::If(choice) if kept => {
                self.visit_expr(&choice.test);
                self.keep(&choice.body);
                self.keep(&choice.orelse);
            }
            Expr::BoolOp(b) if kept => {
                for value in &b.values {
                    self.keep(value);
                }
            }
            Expr::Dict(d) if kept => {
                for item in &d.items {
                    if let Some(key) = &item.key {
                        self.visit_expr(key);
                    }
                    self.keep(&item.value);
                }
            }
            _ => crate::visitor::walk_expr(self, expr),
        }
    }
}

/// What a lazy stage iterates over: its arguments, or a generator's iterables.
fn stage_inputs(stage: &Expr) -> Vec<&Expr> {
    match stage {
        Expr::Call(call) => crate::parse::call_args(call)
            .iter()
            .chain(crate::parse::call_keywords(call).iter().map(|k| &k.value))
            .collect(),
        Expr::Generator(generator) => generator.generators.iter().map(|g| &g.iter).collect(),
        _ => Vec::new(),
    }
}

/// Whether `expr` reads any of `names`.
fn mentions_any(expr: &Expr, names: &[String]) -> bool {
    struct Mentions<'n>(&'n [String], bool);
    impl<'a> crate::visitor::Visitor<'a> for Mentions<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(n) = expr {
                if self.0.iter().any(|name| name == n.id.as_str()) {
                    self.1 = true;
                }
            }
            crate::visitor::walk_expr(self, expr);
        }
    }
    let mut mentions = Mentions(names, false);
    mentions.visit_expr(expr);
    mentions.1
}
