//! Scope resolution, following CPython's symtable rules: every name in every scope is
//! classified as local, cell (local captured by an inner scope), free (captured from an
//! enclosing function), global, or class-namespace. Class scopes are skipped when inner
//! functions look for enclosing variables; methods that use `super` or `__class__` get an
//! implicit `__class__` cell from their class.

use crate::diagnostics::Diagnostic;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::*;
use ruff_text_size::{Ranged, TextRange};
use std::collections::{BTreeSet, HashMap};

/// What kind of code block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

/// How a name is bound in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A fast local variable.
    Local,
    /// A local variable stored in a cell because an inner scope captures it.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// A module-level name (declared `global`, or not bound anywhere enclosing).
    Global,
    /// A name bound in a class body (stored in the class namespace).
    ClassNs,
}

/// One scope's symbols.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub params: Vec<String>,
    assigned: BTreeSet<String>,
    used: BTreeSet<String>,
    globals: BTreeSet<String>,
    nonlocals: Vec<(String, TextRange)>,
    uses_class_cell: bool,
    pub bindings: HashMap<String, Binding>,
    /// Names captured by inner scopes, in a stable order (the cell slots).
    pub cellvars: Vec<String>,
    /// Names taken from the closure, in closure-tuple order.
    pub freevars: Vec<String>,
    /// An `async def` (a coroutine, or an async generator when it yields).
    pub is_async: bool,
    /// Every name of the scope in order of first occurrence (use or binding): CPython's
    /// `co_varnames` order, which `locals()` follows.
    pub order: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            params: Vec::new(),
            assigned: BTreeSet::new(),
            used: BTreeSet::new(),
            globals: BTreeSet::new(),
            nonlocals: Vec::new(),
            uses_class_cell: false,
            bindings: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_async: false,
            order: Vec::new(),
        }
    }

    /// The binding of `name` (names never seen are global, or class-namespace lookups
    /// in a class body).
    pub fn binding(&self, name: &str) -> Binding {
        match self.bindings.get(name) {
            Some(b) => *b,
            None => Binding::Global,
        }
    }

    /// Whether this scope binds `name` (assignment, import, def, parameter, ...).
    pub fn binds(&self, name: &str) -> bool {
        self.assigned.contains(name)
            || self.params.iter().any(|p| p == name)
            || self.globals.contains(name)
    }

    /// Whether the class body must create a `__class__` cell.
    pub fn needs_class_cell(&self) -> bool {
        self.kind == ScopeKind::Class && self.cellvars.iter().any(|c| c == "__class__")
    }
}

/// Every scope of a module, addressable by the range of the node that opens it.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The scope opened by a node with this range.
    pub fn scope_of(&self, r: TextRange) -> usize {
        self.by_range[&(r.start().to_u32(), r.end().to_u32())]
    }
}

struct Collector<'f> {
    table: SymbolTable,
    current: usize,
    errors: Vec<Diagnostic>,
    file: &'f crate::diagnostics::SourceFile,
}

impl<'f> Collector<'f> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, r: TextRange) -> usize {
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.current)));
        self.table
            .by_range
            .insert((r.start().to_u32(), r.end().to_u32()), id);
        let prev = self.current;
        self.current = id;
        prev
    }

    /// Enters the annotation scope of a PEP 695 generic (`<generic parameters of X>`,
    /// keyed by the type parameter list's range) and binds the parameters in it; bounds
    /// and constraints are evaluated there. Returns the scope to restore afterwards.
    fn push_annotation_scope(&mut self, tp: &TypeParams, owner: &str) -> usize {
        let prev = self.push_scope(
            ScopeKind::Function,
            &format!("<generic parameters of {owner}>"),
            tp.range,
        );
        for p in &tp.type_params {
            self.assign(&p.name().id);
            if let TypeParam::TypeVar(tv) = p {
                if let Some(b) = &tv.bound {
                    self.visit_expr(b);
                }
            }
        }
        prev
    }

    fn assign(&mut self, name: &str) {
        self.touch(name);
        self.scope().assigned.insert(name.to_string());
    }

    /// Records the first occurrence of `name` in the current scope.
    fn touch(&mut self, name: &str) {
        let sc = self.scope();
        if !sc.assigned.contains(name) && !sc.used.contains(name) {
            sc.order.push(name.to_string());
        }
    }

    fn add_params(&mut self, p: &Parameters) {
        let mut idents: Vec<&Identifier> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            idents.push(&a.parameter.name);
        }
        for a in p.kwonlyargs.iter() {
            idents.push(&a.parameter.name);
        }
        if let Some(v) = &p.vararg {
            idents.push(&v.name);
        }
        if let Some(k) = &p.kwarg {
            idents.push(&k.name);
        }
        let mut names: Vec<String> = Vec::new();
        for id in idents {
            if names.iter().any(|n| n == id.id.as_str()) {
                self.errors.push(Diagnostic::error(
                    "E0117",
                    &format!("duplicate argument '{}' in function definition", id.id),
                    self.file,
                    id.range,
                ));
                continue;
            }
            names.push(id.id.to_string());
        }
        for n in &names {
            self.assign(n);
        }
        self.scope().params = names;
    }

    fn visit_defaults(&mut self, p: &Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
    }

    /// A comprehension's own scope; `what` names it in errors ("list comprehension").
    fn comprehension<'a>(
        &mut self,
        what: &str,
        range: TextRange,
        generators: &'a [Comprehension],
        elts: &[&'a Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let prev = self.push_scope(ScopeKind::Comprehension, what, range);
        self.scope().params.push(".0".to_string());
        self.assign(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.current = prev;
    }
}

impl<'a, 'f> Visitor<'a> for Collector<'f> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                self.assign(&f.name.id);
                // PEP 695: `def f[T](...)` evaluates its annotations (and, in Molt, its
                // defaults: TODO(types) CPython evaluates those outside) in an
                // annotation scope that binds the type parameters; the function is a
                // child of that scope.
                let generic = f
                    .type_params
                    .as_ref()
                    .map(|tp| self.push_annotation_scope(tp, &f.name.id));
                self.visit_defaults(&f.parameters);
                // Annotations are evaluated in the enclosing scope, at definition time.
                for p in f.parameters.iter() {
                    if let Some(a) = p.annotation() {
                        self.visit_expr(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                let prev = self.push_scope(ScopeKind::Function, &f.name.id, f.range);
                self.scope().is_async = f.is_async;
                self.add_params(&f.parameters);
                self.visit_body(&f.body);
                self.current = prev;
                if let Some(outer) = generic {
                    self.current = outer;
                }
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                self.assign(&c.name.id);
                // PEP 695: `class C[T](bases)` evaluates its bases in the annotation
                // scope that binds the type parameters; the class body is its child.
                let generic = c
                    .type_params
                    .as_ref()
                    .map(|tp| self.push_annotation_scope(tp, &c.name.id));
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                let prev = self.push_scope(ScopeKind::Class, &c.name.id, c.range);
                self.visit_body(&c.body);
                self.current = prev;
                if let Some(outer) = generic {
                    self.current = outer;
                }
            }
            Stmt::TypeAlias(t) => {
                // `type X = value`: the value is evaluated lazily, in a scope of its own.
                if let Expr::Name(n) = &*t.name {
                    self.assign(&n.id);
                }
                let name = match &*t.name {
                    Expr::Name(n) => n.id.to_string(),
                    _ => "<type alias>".to_string(),
                };
                let generic = t
                    .type_params
                    .as_ref()
                    .map(|tp| self.push_annotation_scope(tp, &name));
                let prev = self.push_scope(ScopeKind::Function, &name, t.range);
                self.visit_expr(&t.value);
                self.current = prev;
                if let Some(outer) = generic {
                    self.current = outer;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.scope().globals.insert(n.id.to_string());
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.scope().kind == ScopeKind::Module {
                    self.errors.push(Diagnostic::error(
                        "E0100",
                        "nonlocal declaration not allowed at module level",
                        self.file,
                        nl.range,
                    ));
                }
                for n in &nl.names {
                    let r = nl.range;
                    self.scope().nonlocals.push((n.id.to_string(), r));
                }
            }
            Stmt::Import(imp) => {
                for a in &imp.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.assign(&bound);
                }
            }
            Stmt::ImportFrom(imp) => {
                for a in &imp.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.assign(&bound);
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.assign(&n.id);
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, p: &'a Pattern) {
        match p {
            Pattern::MatchAs(a) => {
                if let Some(n) = &a.name {
                    self.assign(&n.id);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.assign(&n.id);
                }
            }
            Pattern::MatchMapping(m) => {
                if let Some(n) = &m.rest {
                    self.assign(&n.id);
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, p);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => {
                    let id = n.id.to_string();
                    if id == "super" || id == "__class__" {
                        self.scope().uses_class_cell = true;
                    }
                    self.touch(&id);
                    self.scope().used.insert(id);
                }
                _ => self.assign(&n.id),
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                let prev = self.push_scope(ScopeKind::Function, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.add_params(p);
                }
                self.visit_expr(&l.body);
                self.current = prev;
            }
            Expr::ListComp(c) => {
                self.comprehension("list comprehension", c.range, &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.comprehension("set comprehension", c.range, &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.comprehension("generator expression", c.range, &c.generators, &[&c.elt])
            }
            Expr::Yield(_) | Expr::YieldFrom(_)
                if self.scope().kind == ScopeKind::Comprehension =>
            {
                let msg = format!("'yield' inside {}", self.scope().name);
                self.errors
                    .push(Diagnostic::error("E0112", &msg, self.file, expr.range()));
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&'a Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                self.comprehension("dict comprehension", c.range, &c.generators, &elts)
            }
            Expr::Named(nm) => {
                self.visit_expr(&nm.value);
                // The walrus binds in the nearest enclosing non-comprehension scope.
                if let Expr::Name(n) = &*nm.target {
                    let mut s = self.current;
                    while self.table.scopes[s].kind == ScopeKind::Comprehension {
                        s = self.table.scopes[s].parent.unwrap();
                    }
                    self.table.scopes[s].assigned.insert(n.id.to_string());
                    if s != self.current {
                        if self.table.scopes[s].kind == ScopeKind::Module {
                            self.scope().globals.insert(n.id.to_string());
                        } else {
                            // Inside the comprehension it is a free variable of that scope.
                            self.scope().nonlocals.push((n.id.to_string(), n.range));
                        }
                    }
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Builds and resolves the symbol table of a module.
pub fn analyze(
    module: &ModModule,
    file: &crate::diagnostics::SourceFile,
) -> Result<SymbolTable, Vec<Diagnostic>> {
    let mut c = Collector {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
            by_range: HashMap::new(),
        },
        current: 0,
        errors: Vec::new(),
        file,
    };
    for s in &module.body {
        c.visit_stmt(s);
    }
    let mut errors = c.errors;
    let mut table = c.table;
    resolve(&mut table, &mut errors, file);
    if errors.is_empty() {
        Ok(table)
    } else {
        Err(errors)
    }
}

fn resolve(
    t: &mut SymbolTable,
    errors: &mut Vec<Diagnostic>,
    file: &crate::diagnostics::SourceFile,
) {
    // Parents come before children in `scopes`, so one forward pass sees every
    // enclosing scope resolved first.
    for id in 0..t.scopes.len() {
        let kind = t.scopes[id].kind;
        let mut names: BTreeSet<String> = t.scopes[id].assigned.clone();
        names.extend(t.scopes[id].used.iter().cloned());
        for (n, _) in &t.scopes[id].nonlocals {
            names.insert(n.clone());
        }
        if t.scopes[id].uses_class_cell && kind == ScopeKind::Function {
            // `super()` needs `__class__` from the enclosing class, if any.
            if enclosing_class(t, id).is_some() {
                names.insert("__class__".to_string());
            }
        }
        for name in names {
            let s = &t.scopes[id];
            let is_nonlocal = s.nonlocals.iter().any(|(n, _)| *n == name);
            let binding = if kind == ScopeKind::Module {
                Binding::Global
            } else if s.globals.contains(&name) {
                Binding::Global
            } else if is_nonlocal {
                if find_enclosing_binding(t, id, &name).is_none() {
                    let r = s.nonlocals.iter().find(|(n, _)| *n == name).unwrap().1;
                    errors.push(Diagnostic::error(
                        "E0101",
                        &format!("no binding for nonlocal '{}' found", name),
                        file,
                        r,
                    ));
                    continue;
                }
                Binding::Free
            } else if name == "__class__"
                && kind == ScopeKind::Function
                && !s.assigned.contains(&name)
            {
                Binding::Free
            } else if s.assigned.contains(&name) || s.params.contains(&name) {
                if kind == ScopeKind::Class {
                    Binding::ClassNs
                } else {
                    Binding::Local
                }
            } else if find_enclosing_binding(t, id, &name).is_some() {
                Binding::Free
            } else {
                Binding::Global
            };
            t.scopes[id].bindings.insert(name.clone(), binding);
            if binding == Binding::Free {
                mark_capture(t, id, &name);
            }
        }
    }
    // Locals captured by inner scopes become cells.
    for id in 0..t.scopes.len() {
        let cells: Vec<String> = t.scopes[id].cellvars.clone();
        for c in cells {
            if let Some(b) = t.scopes[id].bindings.get_mut(&c) {
                if *b == Binding::Local {
                    *b = Binding::Cell;
                }
            }
        }
    }
}

fn enclosing_class(t: &SymbolTable, id: usize) -> Option<usize> {
    let p = t.scopes[id].parent?;
    if t.scopes[p].kind == ScopeKind::Class {
        Some(p)
    } else {
        None
    }
}

/// The enclosing function (not class) scope that binds `name` locally.
fn find_enclosing_binding(t: &SymbolTable, id: usize, name: &str) -> Option<usize> {
    let mut cur = t.scopes[id].parent;
    while let Some(p) = cur {
        let s = &t.scopes[p];
        match s.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {
                if name == "__class__" {
                    return Some(p);
                }
            }
            _ => {
                if s.globals.contains(name) {
                    return None;
                }
                if s.assigned.contains(name) || s.params.contains(&name.to_string()) {
                    return Some(p);
                }
                if s.nonlocals.iter().any(|(n, _)| n == name) {
                    return Some(p);
                }
            }
        }
        cur = s.parent;
    }
    None
}

/// Records that `name` flows from its defining scope down to `id`: a cell there, a
/// free variable in every scope in between (class scopes included, as in CPython).
fn mark_capture(t: &mut SymbolTable, id: usize, name: &str) {
    let Some(owner) = find_enclosing_binding(t, id, name) else {
        return;
    };
    if !t.scopes[id].freevars.iter().any(|f| f == name) {
        t.scopes[id].freevars.push(name.to_string());
    }
    let mut cur = t.scopes[id].parent;
    while let Some(p) = cur {
        if p == owner {
            let owner_is_free = t.scopes[p].nonlocals.iter().any(|(n, _)| n == name)
                || t.scopes[p].bindings.get(name) == Some(&Binding::Free);
            if owner_is_free {
                if !t.scopes[p].freevars.iter().any(|f| f == name) {
                    t.scopes[p].freevars.push(name.to_string());
                }
            } else if !t.scopes[p].cellvars.iter().any(|f| f == name) {
                t.scopes[p].cellvars.push(name.to_string());
            }
            break;
        }
        if !t.scopes[p].freevars.iter().any(|f| f == name) {
            t.scopes[p].freevars.push(name.to_string());
        }
        cur = t.scopes[p].parent;
    }
}

/// The range a scope-opening node is keyed by.
pub fn key_range<T: Ranged>(node: &T) -> TextRange {
    node.range()
}
