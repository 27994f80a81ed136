//! Lowering: AST → Molt IR, one IR function per Python function, class body and module.
//!
//! The lowering makes Python's semantics explicit:
//! - every value it produces is an **owned** reference; the `live` list tracks the
//!   temporaries owned at each point, so that every operation that can fail gets an
//!   error block that releases exactly those, records a traceback entry and jumps to
//!   the innermost handler (or the function's error exit);
//! - variables live in locals (Cranelift variables) or cells, as the symbol table says;
//! - `finally` bodies are emitted once per way out (normal, exception, return, break,
//!   continue), and `except` bodies keep the handled exception on the runtime's stack.
//!
//! Constructs outside the supported subset produce a diagnostic naming the construct.

use crate::diagnostics::{Diagnostic, SourceFile};
use crate::ir::{self, BlockId, Const, ConstId, FnKind, Inst, Local, Operand, Term, Ty, Value};
use crate::scope::{Binding, ScopeKind, SymbolTable};
use ruff_python_ast::*;
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

/// Binary operator numbers of the ABI (`runtime/src/abstract_.rs`, `BinOp`).
fn binop_code(op: Operator) -> i64 {
    match op {
        Operator::Add => 0,
        Operator::Sub => 1,
        Operator::Mult => 2,
        Operator::Div => 3,
        Operator::FloorDiv => 4,
        Operator::Mod => 5,
        Operator::Pow => 6,
        Operator::LShift => 7,
        Operator::RShift => 8,
        Operator::BitAnd => 9,
        Operator::BitOr => 10,
        Operator::BitXor => 11,
        Operator::MatMult => 12,
    }
}

/// The result of lowering: the IR module, or the diagnostics that stopped it.
/// What the lowering needs to know about a module and the program around it.
pub struct ModuleInfo {
    /// The module's absolute dotted name (`__main__` for the program).
    pub name: String,
    /// The package relative imports resolve against.
    pub package: String,
    /// The exported symbol of the module body.
    pub symbol: String,
    /// Every module compiled into the program.
    pub compiled: std::collections::HashSet<String>,
    /// For the main module: (name, body symbol) of the other modules to register.
    pub register: Vec<(String, String)>,
    /// For the main module: (name, `PyInit_*` symbol) of the linked C extensions.
    pub extensions: Vec<(String, String)>,
}

impl ModuleInfo {
    /// The information for a single-file program's main module.
    pub fn main_only() -> ModuleInfo {
        ModuleInfo {
            name: "__main__".into(),
            package: String::new(),
            symbol: "molt_main_module".into(),
            compiled: Default::default(),
            register: Vec::new(),
            extensions: Vec::new(),
        }
    }
}

pub fn lower_module(
    file: &SourceFile,
    module: &ModModule,
    symtab: &SymbolTable,
    info: &ModuleInfo,
) -> Result<ir::Module, Vec<Diagnostic>> {
    let module_name = info.name.as_str();
    let mut m = ir::Module {
        register: info.register.clone(),
        extensions: info.extensions.clone(),
        name: module_name.to_string(),
        path: file.path.clone(),
        ..Default::default()
    };
    let file_const = m.intern(Const::Str(file.path.clone()));
    let mut cx = Ctx {
        file,
        symtab,
        module: m,
        diags: Vec::new(),
        file_const,
        symbol_counter: 0,
        direct: HashMap::new(),
        range_is_builtin: !symtab.scopes.iter().any(|s| s.binds("range")),
        generic_qualname: None,
        comp_pos_range: None,
        next_comp_range: None,
        info,
        future: Default::default(),
    };
    let (future, future_errors) = crate::annotations::future_features(&module.body);
    cx.future = future;
    for (code, msg, r) in future_errors {
        cx.diags.push(Diagnostic::error(code, &msg, file, r));
    }
    cx.module.functions.push(ir::Function::new(
        "<module>",
        &info.symbol,
        FnKind::ModuleBody,
    ));
    // Functions that are called directly get their IR slot up front, so calls that come
    // before the definition in the source can name them. Only in the main module: an
    // imported module's functions can be rebound from outside (`mod.f = g`, mocking),
    // which a direct call would not see.
    // TODO(lower): a guarded direct call (checking the global) for imported modules.
    let direct_targets = if module_name == "__main__" {
        direct_call_targets(module)
    } else {
        Vec::new()
    };
    for (name, argcount) in direct_targets {
        cx.symbol_counter += 1;
        let sym = format!("molt_fn{}_{}", cx.symbol_counter, sanitize(&name));
        let id = cx.module.functions.len() as u32;
        cx.module
            .functions
            .push(ir::Function::new(&name, &sym, FnKind::Code));
        cx.direct.insert(name, (id, argcount));
    }
    let mut st = FnState::new(&mut cx, 0, "<module>", "", FnKind::ModuleBody, 0);
    st.module_prologue(&mut cx, module_name);
    st.store_docstring(&mut cx, &module.body);
    st.setup_annotations(&mut cx, &module.body);
    st.stmts(&mut cx, &module.body);
    let f = st.finish(&mut cx);
    cx.module.functions[0] = f;
    m = cx.module;
    if cx.diags.is_empty() {
        Ok(m)
    } else {
        // For the compiler's own stress tests: the IR of a program with diagnostics must
        // still be well formed and compile (placeholders stand for unsupported parts).
        if std::env::var_os("MOLT_STRESS_IR").is_some() {
            if let Err(e) = crate::verify::verify(&m) {
                panic!("internal compiler error: verifier: {}", e.join("; "));
            }
            if let Err(e) = crate::codegen::compile(&m) {
                panic!("internal compiler error: codegen: {}", e);
            }
        }
        Err(cx.diags)
    }
}

struct Ctx<'a> {
    file: &'a SourceFile,
    symtab: &'a SymbolTable,
    module: ir::Module,
    diags: Vec<Diagnostic>,
    file_const: ConstId,
    symbol_counter: u32,
    /// Module-level functions called directly: name → (IR function, positional count).
    direct: HashMap<String, (u32, usize)>,
    /// Whether the name `range` is bound nowhere in the module (so it is the builtin).
    range_is_builtin: bool,
    /// The qualified name of the generic function whose annotation scope is being
    /// lowered next (consumed by `lower_function_body`).
    generic_qualname: Option<String>,
    /// The position of the comprehension being lowered next, when it differs from its
    /// range (a generator expression that is a call's sole argument includes the
    /// call's parentheses, as in CPython's AST).
    comp_pos_range: Option<TextRange>,
    /// Handed from `comprehension` to `lower_generator`: the generator expression's
    /// position.
    next_comp_range: Option<TextRange>,
    info: &'a ModuleInfo,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future: crate::annotations::FutureFeatures,
}

impl<'a> Ctx<'a> {
    fn unsupported(&mut self, what: &str, r: TextRange) {
        self.diags.push(Diagnostic::error(
            "E0001",
            &format!("{} is not supported by Molt yet", what),
            self.file,
            r,
        ));
    }
    /// A fresh inline cache for one call site.
    fn new_cache(&mut self) -> Operand {
        self.module.caches += 1;
        Operand::Cache(self.module.caches - 1)
    }
    fn str_const(&mut self, s: &str) -> ConstId {
        self.module.intern(Const::Str(s.to_string()))
    }
    fn line(&self, r: TextRange) -> i64 {
        self.file.line_of(r.start().to_usize()) as i64
    }
}

#[derive(Clone)]
enum Unwind<'a> {
    Loop {
        break_bb: BlockId,
        continue_bb: BlockId,
        iter_local: Option<Local>,
    },
    Finally {
        body: &'a [Stmt],
    },
    Handler {
        exc_local: Local,
    },
    With {
        exit_local: Local,
        /// `async with`: the exit's result is awaited.
        is_async: bool,
        /// The context expression (the line an exit error is reported at).
        range: TextRange,
    },
}

struct FnState<'a> {
    f: ir::Function,
    cur: BlockId,
    scope: usize,
    live: Vec<Value>,
    vars: HashMap<String, Local>,
    globals: Local,
    ret_local: Local,
    func_obj: Option<Value>,
    slots: Option<Value>,
    class_ns: Option<Local>,
    handler: Option<BlockId>,
    unwind: Vec<Unwind<'a>>,
    exit_bb: BlockId,
    err_exit_bb: BlockId,
    frame_name: ConstId,
    line: i64,
    qualname: String,
    params: Vec<String>,
    /// Locals with an unboxed integer twin (see `dual_locals`).
    dual: std::collections::HashSet<String>,
    /// Whether the function counts its frame against the recursion limit.
    counts_frame: bool,
    /// The block and line of the last `setline` emitted.
    line_mark: Option<(BlockId, i64)>,
    /// Nesting depth of `try` bodies whose handlers catch ImportError.
    import_guard: u32,
    /// Generator resume functions: the generator object and the resume blocks.
    gen: Option<GenInfo>,
    /// The frame's `locals()` dict, once created.
    locals_cache: Option<Local>,
    /// The packed columns and caret anchors of the current position (`pack_position`).
    pos: [i64; 2],
    /// For a method call: the packed columns of `o.m`, where a failed lookup is shown.
    alt_pos: i64,
    /// In an annotation scope (PEP 695): the qualified name of the function it defines.
    child_qualname_override: Option<String>,
    /// In a comprehension's function: the position its iteration errors are reported at
    /// (the whole comprehension, as CPython's FOR_ITER).
    comp_range: Option<TextRange>,
    /// The innermost enclosing class, for private name mangling (`__x` → `_C__x`).
    class_name: Option<String>,
}

/// Lowering state of a generator's resume function.
struct GenInfo {
    /// The generator object (parameter 0; kept in the frame's value slots).
    gen_val: Value,
    /// The block that starts the body (resume state 0).
    start: BlockId,
    /// Resume blocks, one per `yield` (state k resumes at `yields[k - 1]`).
    yields: Vec<BlockId>,
    /// Generator, coroutine or async generator (the same state machine).
    kind: GenKind,
}

/// `molt_get_awaitable` modes: which construct asks (it picks CPython's message for an
/// object that cannot be awaited).
const AWAIT_PLAIN: i64 = 0;
const AWAIT_AENTER: i64 = 1;
const AWAIT_AEXIT: i64 = 2;

/// What a resumable function is: all three share the state-machine lowering and the
/// runtime's frame object, and differ in their type and in how `yield` and `await` map
/// onto suspensions. The discriminants are the `kind` argument of `molt_gen_new`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GenKind {
    Generator = 0,
    Coroutine = 1,
    AsyncGenerator = 2,
}

/// An operand of inline integer arithmetic.
enum IntOpnd {
    Lit(i64),
    /// A dual (unboxed-capable) local, with the position of its name.
    Dual(String, TextRange),
    /// A plain local variable, read without taking a reference (null when unbound).
    Local(String, TextRange),
    /// An evaluated object (owned).
    Obj(Value),
}

impl<'a> FnState<'a> {
    fn new(
        cx: &mut Ctx<'a>,
        scope: usize,
        name: &str,
        qualname: &str,
        kind: FnKind,
        _first_line: i64,
    ) -> FnState<'a> {
        let mut f = ir::Function::new(name, "", kind);
        f.local_names.push("<globals>".into());
        f.local_names.push("<return>".into());
        f.blocks.push(ir::Block::default());
        f.blocks.push(ir::Block::default());
        let frame_name = cx.str_const(name);
        FnState {
            f,
            cur: 0,
            scope,
            live: Vec::new(),
            vars: HashMap::new(),
            globals: 0,
            ret_local: 1,
            func_obj: None,
            slots: None,
            class_ns: None,
            handler: None,
            unwind: Vec::new(),
            exit_bb: 1,
            err_exit_bb: 2,
            frame_name,
            line: 1,
            qualname: qualname.to_string(),
            params: Vec::new(),
            dual: std::collections::HashSet::new(),
            counts_frame: false,
            line_mark: None,
            import_guard: 0,
            gen: None,
            locals_cache: None,
            pos: [0, 0],
            alt_pos: 0,
            child_qualname_override: None,
            comp_range: None,
            class_name: None,
        }
    }

    // ----- IR building primitives -----

    fn value(&mut self, ty: Ty) -> Value {
        self.f.value_types.push(ty);
        (self.f.value_types.len() - 1) as Value
    }

    fn emit(&mut self, inst: Inst) {
        // The frame stack's line is only read by code that a call runs, so it is
        // written before calls, once per line and block (see runtime/src/frames.rs).
        if self.counts_frame
            && matches!(inst, Inst::Call { .. } | Inst::CallDirect { .. })
            && self.line_mark != Some((self.cur, self.line))
        {
            self.line_mark = Some((self.cur, self.line));
            self.emit(Inst::SetLine {
                line: self.line as u32,
            });
        }
        let b = &mut self.f.blocks[self.cur as usize];
        if b.term.is_none() {
            b.insts.push(inst);
        }
    }

    fn block(&mut self) -> BlockId {
        self.f.blocks.push(ir::Block::default());
        (self.f.blocks.len() - 1) as BlockId
    }

    fn terminated(&self) -> bool {
        self.f.blocks[self.cur as usize].term.is_some()
    }

    fn term(&mut self, t: Term) {
        let b = &mut self.f.blocks[self.cur as usize];
        if b.term.is_none() {
            b.term = Some(t);
        }
    }

    fn switch(&mut self, b: BlockId) {
        self.cur = b;
    }

    fn new_local(&mut self, name: &str) -> Local {
        self.f.local_names.push(name.to_string());
        (self.f.local_names.len() - 1) as Local
    }

    fn own(&mut self, v: Value) -> Value {
        self.live.push(v);
        v
    }

    fn forget(&mut self, v: Value) {
        if let Some(p) = self.live.iter().rposition(|&x| x == v) {
            self.live.remove(p);
        }
    }

    fn release(&mut self, v: Value) {
        self.emit(Inst::Decref(v));
        self.forget(v);
    }

    fn konst(&mut self, c: ConstId) -> Value {
        let v = self.value(Ty::Obj);
        self.emit(Inst::Const { dst: v, c });
        self.own(v)
    }

    fn null(&mut self) -> Value {
        let v = self.value(Ty::Obj);
        self.emit(Inst::Null { dst: v });
        v
    }

    fn load_local(&mut self, l: Local) -> Value {
        let v = self.value(Ty::Obj);
        self.emit(Inst::LoadLocal { dst: v, local: l });
        v
    }

    /// Replaces a local's value (taking ownership of `v`), releasing the old value.
    fn set_local(&mut self, l: Local, v: Value) {
        let old = self.load_local(l);
        self.emit(Inst::StoreLocal { local: l, src: v });
        self.emit(Inst::XDecref(old));
        self.forget(v);
    }

    /// Takes the value out of a local (the local becomes null); the result is owned.
    fn take_local(&mut self, l: Local) -> Value {
        let v = self.load_local(l);
        let n = self.null();
        self.emit(Inst::StoreLocal { local: l, src: n });
        self.own(v)
    }

    fn handler_target(&self) -> BlockId {
        self.handler.unwrap_or(self.err_exit_bb)
    }

    /// A block that releases the live temporaries (except `skip`), adds a traceback
    /// entry when `tb`, and jumps to the current handler.
    fn error_block(&mut self, cx: &mut Ctx<'a>, skip: Option<Value>, tb: bool) -> BlockId {
        let saved = self.cur;
        let eb = self.block();
        self.switch(eb);
        let live: Vec<Value> = self
            .live
            .iter()
            .copied()
            .filter(|&v| Some(v) != skip)
            .collect();
        for v in live {
            self.emit(Inst::Decref(v));
        }
        if tb {
            let file = self.value(Ty::Obj);
            self.emit(Inst::Const {
                dst: file,
                c: cx.file_const,
            });
            let name = self.value(Ty::Obj);
            self.emit(Inst::Const {
                dst: name,
                c: self.frame_name,
            });
            self.emit(Inst::Call {
                dst: None,
                ret: Ty::I32,
                func: "molt_tb_here",
                args: vec![
                    Operand::V(file),
                    Operand::V(name),
                    Operand::Imm(self.line),
                    Operand::Imm(self.pos[0]),
                    Operand::Imm(self.pos[1]),
                    Operand::Imm(self.alt_pos),
                ],
            });
            self.emit(Inst::Decref(file));
            self.emit(Inst::Decref(name));
        }
        let target = self.handler_target();
        self.term(Term::Jump(target));
        self.switch(saved);
        eb
    }

    /// Jumps to the error path unconditionally (after a `raise`).
    fn goto_error(&mut self, cx: &mut Ctx<'a>, tb: bool) {
        let eb = self.error_block(cx, None, tb);
        self.term(Term::Jump(eb));
        let dead = self.block();
        self.switch(dead);
    }

    fn check_null(&mut self, cx: &mut Ctx<'a>, v: Value) {
        let c = self.value(Ty::I32);
        self.emit(Inst::IsNull { dst: c, v });
        let eb = self.error_block(cx, Some(v), true);
        let ok = self.block();
        self.term(Term::Branch {
            cond: c,
            then_bb: eb,
            else_bb: ok,
        });
        self.switch(ok);
    }

    fn check_neg(&mut self, cx: &mut Ctx<'a>, v: Value) {
        let c = self.value(Ty::I32);
        self.emit(Inst::IsNeg { dst: c, v });
        let eb = self.error_block(cx, None, true);
        let ok = self.block();
        self.term(Term::Branch {
            cond: c,
            then_bb: eb,
            else_bb: ok,
        });
        self.switch(ok);
    }

    /// A runtime call returning a new reference; checked; the result is owned.
    fn call(&mut self, cx: &mut Ctx<'a>, func: &'static str, args: Vec<Operand>) -> Value {
        let v = self.value(Ty::Obj);
        self.emit(Inst::Call {
            dst: Some(v),
            ret: Ty::Obj,
            func,
            args,
        });
        self.check_null(cx, v);
        self.own(v)
    }

    /// A runtime call returning a C status; checked (negative means error).
    fn call_status(&mut self, cx: &mut Ctx<'a>, func: &'static str, args: Vec<Operand>) -> Value {
        let v = self.value(Ty::I32);
        self.emit(Inst::Call {
            dst: Some(v),
            ret: Ty::I32,
            func,
            args,
        });
        self.check_neg(cx, v);
        v
    }

    fn call_void(&mut self, func: &'static str, args: Vec<Operand>) {
        self.emit(Inst::Call {
            dst: None,
            ret: Ty::I32,
            func,
            args,
        });
    }

    /// `name` as CPython's compiler mangles it inside a class: `__x` (not a dunder,
    /// no dot) becomes `_Class__x`, the class name stripped of leading underscores.
    // TODO(lower): local and global variable names inside methods are not mangled yet
    // (attributes and class-body names are).
    fn mangled(&self, name: &str) -> String {
        if let Some(c) = &self.class_name {
            let c = c.trim_start_matches('_');
            if name.starts_with("__")
                && !name.ends_with("__")
                && !name.contains('.')
                && !c.is_empty()
            {
                return format!("_{}{}", c, name);
            }
        }
        name.to_string()
    }

    /// Sets the source position that error paths created from now on report: the line,
    /// and for traceback carets the columns of `r` (see `pack_position`).
    fn set_line(&mut self, cx: &Ctx<'a>, r: TextRange) {
        self.line = cx.line(r);
        self.pos = pack_position(cx.file, r, None);
    }

    /// [`Self::set_line`] for a binary operation: carets point at the operator
    /// (CPython's anchors: `~~^~~`).
    fn set_line_binop(&mut self, cx: &Ctx<'a>, b: &ExprBinOp) {
        self.set_line(cx, b.range);
        let text = &cx.file.text;
        let (start, end) = (b.range.start().to_usize(), b.range.end().to_usize());
        let Some(segment) = text.get(start..end) else {
            return;
        };
        if segment.contains('\n') {
            return;
        }
        let seg = segment.as_bytes();
        let op_start = b.left.range().end().to_usize() - start;
        let op_end = b.right.range().start().to_usize() - start;
        let op_str = &segment[op_start..op_end];
        let op_offset = op_str.len() - op_str.trim_start().len();
        let mut left = op_start + op_offset;
        let mut right = left + 1;
        if op_offset + 1 < op_str.len() && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace() {
            right += 1;
        }
        while left < seg.len() && (seg[left].is_ascii_whitespace() || b")#".contains(&seg[left])) {
            left += 1;
            right += 1;
        }
        self.pos = pack_position(cx.file, b.range, Some((left, right)));
    }

    /// [`Self::set_line`] for a subscript: carets point at the brackets (`~~^^^`).
    fn set_line_subscript(&mut self, cx: &Ctx<'a>, s: &ExprSubscript) {
        self.set_line(cx, s.range);
        let text = &cx.file.text;
        let (start, end) = (s.range.start().to_usize(), s.range.end().to_usize());
        let Some(segment) = text.get(start..end) else {
            return;
        };
        if segment.contains('\n') {
            return;
        }
        let seg = segment.as_bytes();
        let mut left = s.value.range().end().to_usize() - start;
        let mut right = s.slice.range().end().to_usize() - start + 1;
        while left < seg.len() && seg[left] != b'[' {
            left += 1;
        }
        while right < seg.len() && seg[right] != b']' {
            right += 1;
        }
        if right < seg.len() {
            right += 1;
        }
        self.pos = pack_position(cx.file, s.range, Some((left, right)));
    }

    // ----- prologue and epilogue -----

    fn module_prologue(&mut self, cx: &mut Ctx<'a>, module_name: &str) {
        self.f.symbol = cx.info.symbol.clone();
        let name = cx.str_const(module_name);
        let n = self.konst(name);
        let fc = cx.file_const;
        let file = self.konst(fc);
        let g = self.call(
            cx,
            "molt_module_globals",
            vec![Operand::V(n), Operand::V(file)],
        );
        self.release(n);
        self.release(file);
        self.emit(Inst::StoreLocal {
            local: self.globals,
            src: g,
        });
        self.forget(g);
        self.enter_frame(cx);
    }

    /// Entry of a function body: parameters from the slot array into locals (or cells),
    /// fresh cells for captured locals, closure cells, and the globals dict.
    fn function_prologue(&mut self, cx: &mut Ctx<'a>) {
        let fo = self.value(Ty::Obj);
        self.emit(Inst::Param { dst: fo, index: 0 });
        let slots = self.value(Ty::I64);
        self.emit(Inst::Param {
            dst: slots,
            index: 1,
        });
        self.func_obj = Some(fo);
        self.slots = Some(slots);
        let scope = &cx.symtab.scopes[self.scope];
        let params = scope.params.clone();
        let cellvars = scope.cellvars.clone();
        let freevars = scope.freevars.clone();
        self.params = params.clone();
        for (i, p) in params.iter().enumerate() {
            let v = self.value(Ty::Obj);
            self.emit(Inst::LoadSlot {
                dst: v,
                base: slots,
                index: i as u32,
            });
            let l = self.var_local(p);
            if self.dual.contains(p) {
                // Small-int arguments of numeric-only parameters start unboxed.
                self.emit(Inst::StoreLocal { local: l, src: v });
                let dummy = self.value(Ty::I64);
                self.emit(Inst::IConst { dst: dummy, v: 0 });
                let raw = self.value(Ty::I64);
                let ok = self.value(Ty::I32);
                self.emit(Inst::IntValue {
                    dst: raw,
                    ok,
                    v,
                    raw: dummy,
                });
                let unbox = self.block();
                let next = self.block();
                self.term(Term::Branch {
                    cond: ok,
                    then_bb: unbox,
                    else_bb: next,
                });
                self.switch(unbox);
                self.emit(Inst::StoreRaw { local: l, src: raw });
                self.mark_raw(l);
                self.term(Term::Jump(next));
                self.switch(next);
                continue;
            }
            if self.kind_of(cx, p) == Binding::Cell {
                let c = self.value(Ty::Obj);
                self.emit(Inst::Call {
                    dst: Some(c),
                    ret: Ty::Obj,
                    func: "molt_cell_new",
                    args: vec![Operand::V(v)],
                });
                self.emit(Inst::Decref(v));
                self.emit(Inst::StoreLocal { local: l, src: c });
            } else {
                self.emit(Inst::StoreLocal { local: l, src: v });
            }
        }
        for c in &cellvars {
            if params.contains(c) {
                continue;
            }
            let l = self.var_local(c);
            let n = self.null();
            let cell = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(cell),
                ret: Ty::Obj,
                func: "molt_cell_new",
                args: vec![Operand::V(n)],
            });
            self.emit(Inst::StoreLocal {
                local: l,
                src: cell,
            });
        }
        for (i, fv) in freevars.iter().enumerate() {
            let l = self.var_local(fv);
            let cell = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(cell),
                ret: Ty::Obj,
                func: "molt_func_cell",
                args: vec![Operand::V(fo), Operand::Imm(i as i64)],
            });
            self.emit(Inst::StoreLocal {
                local: l,
                src: cell,
            });
        }
        // Borrowed: the function object keeps its globals alive during the call.
        let g = self.value(Ty::Obj);
        self.emit(Inst::LoadPtr {
            dst: g,
            base: fo,
            offset: crate::abi::FUNCTION_GLOBALS_OFFSET,
        });
        self.emit(Inst::StoreLocal {
            local: self.globals,
            src: g,
        });
        self.enter_frame(cx);
    }

    /// Counts the frame against the recursion limit (RecursionError when exceeded).
    fn enter_frame(&mut self, cx: &mut Ctx<'a>) {
        self.counts_frame = true;
        let over = self.value(Ty::I32);
        let globals = self.load_local(self.globals);
        self.emit(Inst::EnterFrame {
            dst: over,
            globals,
            func: self.func_obj,
            line: self.line as u32,
        });
        let fail = self.block();
        let ok = self.block();
        self.term(Term::Branch {
            cond: over,
            then_bb: fail,
            else_bb: ok,
        });
        self.switch(fail);
        self.call_void("molt_recursion_overflow", vec![]);
        // As in CPython, the frame that could not start has no traceback entry.
        self.goto_error(cx, false);
        self.term(Term::Unreachable);
        self.switch(ok);
    }

    /// Closes the function: falls through to `return None`, builds the exit blocks.
    fn finish(mut self, cx: &mut Ctx<'a>) -> ir::Function {
        if !self.terminated() {
            let none = cx.module.intern(Const::None);
            let v = self.konst(none);
            self.forget(v);
            let rl = self.ret_local;
            self.emit(Inst::StoreLocal { local: rl, src: v });
            let exit = self.exit_bb;
            self.term(Term::Jump(exit));
        }
        if self.gen.is_some() {
            return self.finish_generator();
        }
        let nlocals = self.f.local_names.len() as Local;
        // Normal exit: release every local but the return value.
        // In function bodies the globals local is borrowed (see `function_prologue`).
        let borrowed_globals = self.f.kind == FnKind::Code;
        self.switch(self.exit_bb);
        for l in 0..nlocals {
            if l == self.ret_local || (borrowed_globals && l == self.globals) {
                continue;
            }
            let v = self.load_local(l);
            self.emit(Inst::XDecref(v));
        }
        if self.counts_frame {
            self.emit(Inst::LeaveFrame);
        }
        let r = self.load_local(self.ret_local);
        self.term(Term::Return(r));
        // Error exit: release every local, return NULL.
        self.switch(self.err_exit_bb);
        for l in 0..nlocals {
            if borrowed_globals && l == self.globals {
                continue;
            }
            let v = self.load_local(l);
            self.emit(Inst::XDecref(v));
        }
        if self.counts_frame {
            self.emit(Inst::LeaveFrame);
        }
        self.term(Term::ReturnNull);
        // Dead blocks created after jumps end in `unreachable`.
        for b in self.f.blocks.iter_mut() {
            if b.term.is_none() {
                b.term = Some(Term::Unreachable);
            }
        }
        self.f
    }

    /// The exits and the state dispatch of a generator's resume function.
    fn finish_generator(mut self) -> ir::Function {
        let info = self.gen.take().unwrap();
        let gv = info.gen_val;
        // Finished normally: hand the return value to the generator, clear the frame.
        self.switch(self.exit_bb);
        let r = self.load_local(self.ret_local);
        self.call_void("molt_gen_return", vec![Operand::V(gv), Operand::V(r)]);
        self.emit(Inst::LeaveFrame);
        self.term(Term::ReturnNull);
        self.switch(self.err_exit_bb);
        self.call_void("molt_gen_error", vec![Operand::V(gv)]);
        self.emit(Inst::LeaveFrame);
        self.term(Term::ReturnNull);
        // Entry: jump to the start or to the yield point the state names.
        let bad = self.block();
        self.switch(bad);
        self.term(Term::Unreachable);
        self.switch(0);
        let s = self.value(Ty::I64);
        self.emit(Inst::GenState { dst: s });
        let mut targets = vec![info.start];
        targets.extend(info.yields.iter().copied());
        self.term(Term::Switch {
            v: s,
            targets,
            default: bad,
        });
        for b in self.f.blocks.iter_mut() {
            if b.term.is_none() {
                b.term = Some(Term::Unreachable);
            }
        }
        self.f
    }

    /// Entry of a generator's body (state 0): parameters are already in the frame.
    fn generator_prologue(&mut self, cx: &mut Ctx<'a>, kind: GenKind) {
        let start = self.block();
        self.switch(start);
        let gv = self.value(Ty::Obj);
        self.emit(Inst::Param { dst: gv, index: 0 });
        self.gen = Some(GenInfo {
            gen_val: gv,
            start,
            yields: Vec::new(),
            kind,
        });
        let scope = &cx.symtab.scopes[self.scope];
        let params = scope.params.clone();
        let cellvars = scope.cellvars.clone();
        let freevars = scope.freevars.clone();
        self.params = params.clone();
        for p in &params {
            self.var_local(p);
        }
        for p in &params {
            if self.kind_of(cx, p) == Binding::Cell {
                let l = self.var_local(p);
                let v = self.load_local(l);
                let c = self.value(Ty::Obj);
                self.emit(Inst::Call {
                    dst: Some(c),
                    ret: Ty::Obj,
                    func: "molt_cell_new",
                    args: vec![Operand::V(v)],
                });
                self.emit(Inst::XDecref(v));
                self.emit(Inst::StoreLocal { local: l, src: c });
            }
        }
        for c in &cellvars {
            if params.contains(c) {
                continue;
            }
            let l = self.var_local(c);
            let n = self.null();
            let cell = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(cell),
                ret: Ty::Obj,
                func: "molt_cell_new",
                args: vec![Operand::V(n)],
            });
            self.emit(Inst::StoreLocal {
                local: l,
                src: cell,
            });
        }
        let fo = self.value(Ty::Obj);
        self.emit(Inst::LoadPtr {
            dst: fo,
            base: gv,
            offset: crate::abi::GEN_FUNC_OFFSET,
        });
        for (i, fv) in freevars.iter().enumerate() {
            let l = self.var_local(fv);
            let cell = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(cell),
                ret: Ty::Obj,
                func: "molt_func_cell",
                args: vec![Operand::V(fo), Operand::Imm(i as i64)],
            });
            self.emit(Inst::StoreLocal {
                local: l,
                src: cell,
            });
        }
        // Owned here: the frame is released by the runtime, globals included.
        let g = self.value(Ty::Obj);
        self.emit(Inst::LoadPtr {
            dst: g,
            base: fo,
            offset: crate::abi::FUNCTION_GLOBALS_OFFSET,
        });
        self.emit(Inst::Incref(g));
        self.emit(Inst::StoreLocal {
            local: self.globals,
            src: g,
        });
        self.enter_frame(cx);
    }

    /// Suspends at a `yield` of `v` (owned; handed to the caller) and resumes there.
    /// Returns the sent value: owned and non-null when `throw_is_error` (a thrown
    /// exception then takes the error path here), else borrowed and null when thrown.
    fn yield_point(&mut self, cx: &mut Ctx<'a>, v: Value, throw_is_error: bool) -> Value {
        if self.gen.is_none() {
            cx.diags.push(Diagnostic::error(
                "E0112",
                "'yield' outside function",
                cx.file,
                TextRange::default(),
            ));
            return v;
        }
        self.forget(v);
        // Owned temporaries survive the suspension in locals (released if it never resumes).
        let temps: Vec<Value> = self.live.clone();
        let mut spills = Vec::new();
        for t in temps {
            let l = self.new_local("<spill>");
            self.emit(Inst::StoreLocal { local: l, src: t });
            self.forget(t);
            spills.push((t, l));
        }
        let handlers: Vec<Local> = self
            .unwind
            .iter()
            .filter_map(|u| {
                if let Unwind::Handler { exc_local } = u {
                    Some(*exc_local)
                } else {
                    None
                }
            })
            .collect();
        for _ in &handlers {
            self.call_void("molt_exc_pop_handled", vec![]);
        }
        let info = self.gen.as_mut().unwrap();
        let k = info.yields.len() as i64 + 1;
        self.emit(Inst::SetGenState { state: k });
        self.emit(Inst::LeaveFrame);
        self.term(Term::Return(v));
        let resume = self.block();
        self.gen.as_mut().unwrap().yields.push(resume);
        self.switch(resume);
        self.enter_frame(cx);
        for l in &handlers {
            let e = self.load_local(*l);
            self.call_void("molt_exc_push_handled", vec![Operand::V(e)]);
        }
        for (t, l) in spills {
            let n = self.null();
            self.emit(Inst::StoreLocal { local: l, src: n });
            self.own(t);
        }
        let sent = self.value(Ty::Obj);
        self.emit(Inst::Param {
            dst: sent,
            index: 1,
        });
        if !throw_is_error {
            return sent;
        }
        let c = self.value(Ty::I32);
        self.emit(Inst::IsNull { dst: c, v: sent });
        let eb = self.error_block(cx, None, true);
        let ok = self.block();
        self.term(Term::Branch {
            cond: c,
            then_bb: eb,
            else_bb: ok,
        });
        self.switch(ok);
        self.emit(Inst::Incref(sent));
        self.own(sent)
    }

    /// `yield from it`: delegates to a subiterator until it finishes; the value of the
    /// expression is its return value.
    fn yield_from(&mut self, cx: &mut Ctx<'a>, e: &'a Expr, r: TextRange) -> Value {
        let src = self.expr(cx, e);
        self.set_line(cx, r);
        let it = self.call(cx, "molt_get_iter", vec![Operand::V(src)]);
        self.release(src);
        self.delegate(cx, it, r, "molt_yield_from")
    }

    /// `await x` (inside a coroutine or async generator): `x` made awaitable per `mode`
    /// (see `molt_get_awaitable`), then driven like `yield from`. Consumes `v`.
    fn await_value(&mut self, cx: &mut Ctx<'a>, v: Value, r: TextRange, mode: i64) -> Value {
        self.set_line(cx, r);
        let aw = self.call(
            cx,
            "molt_get_awaitable",
            vec![Operand::V(v), Operand::Imm(mode)],
        );
        self.release(v);
        self.delegate(cx, aw, r, "molt_yield_from")
    }

    /// Drives the iterator `it` (owned, consumed) with `yield from` semantics until it
    /// finishes; the result is its return value (owned). With `molt_await_anext` as the
    /// step, a StopAsyncIteration ends the delegation with a null result instead of an
    /// error (the end of an `async for`); the caller must test for it.
    fn delegate(&mut self, cx: &mut Ctx<'a>, it: Value, r: TextRange, step: &'static str) -> Value {
        let it_l = self.new_local("<yield-from>");
        self.set_local(it_l, it);
        let sent_l = self.new_local("<sent>");
        let none = cx.module.intern(Const::None);
        let nv = self.konst(none);
        self.set_local(sent_l, nv);
        let result_l = self.new_local("<yield-from-result>");
        let head = self.block();
        let done = self.block();
        let yielded = self.block();
        self.term(Term::Jump(head));
        self.switch(head);
        self.set_line(cx, r);
        let out = self.value(Ty::I64);
        self.emit(Inst::StackAlloc { dst: out, n: 1 });
        let itv = self.load_local(it_l);
        let sv = self.load_local(sent_l);
        let st = self.call_status(
            cx,
            step,
            vec![Operand::V(itv), Operand::V(sv), Operand::V(out)],
        );
        let x = self.value(Ty::Obj);
        self.emit(Inst::LoadSlot {
            dst: x,
            base: out,
            index: 0,
        });
        self.term(Term::Branch {
            cond: st,
            then_bb: yielded,
            else_bb: done,
        });
        self.switch(done);
        self.emit(Inst::StoreLocal {
            local: result_l,
            src: x,
        });
        let after = self.block();
        self.term(Term::Jump(after));
        self.switch(yielded);
        self.own(x);
        let sent = self.yield_point(cx, x, false);
        // A thrown exception (sent null) is passed on to the subiterator by the next step.
        let old = self.load_local(sent_l);
        let isnull = self.value(Ty::I32);
        self.emit(Inst::IsNull {
            dst: isnull,
            v: sent,
        });
        let thrown = self.block();
        let normal = self.block();
        self.term(Term::Branch {
            cond: isnull,
            then_bb: thrown,
            else_bb: normal,
        });
        self.switch(thrown);
        let n = self.null();
        self.emit(Inst::StoreLocal {
            local: sent_l,
            src: n,
        });
        self.emit(Inst::XDecref(old));
        self.term(Term::Jump(head));
        self.switch(normal);
        self.emit(Inst::Incref(sent));
        self.emit(Inst::StoreLocal {
            local: sent_l,
            src: sent,
        });
        self.emit(Inst::XDecref(old));
        self.term(Term::Jump(head));
        self.switch(after);
        let itv = self.take_local(it_l);
        self.release(itv);
        let sv = self.take_local(sent_l);
        self.emit(Inst::XDecref(sv));
        self.forget(sv);
        self.take_local(result_l)
    }

    // ----- variables -----

    fn kind_of(&self, cx: &Ctx<'a>, name: &str) -> Binding {
        cx.symtab.scopes[self.scope].binding(name)
    }

    fn var_local(&mut self, name: &str) -> Local {
        if let Some(l) = self.vars.get(name) {
            return *l;
        }
        let l = self.new_local(name);
        self.vars.insert(name.to_string(), l);
        l
    }

    fn load_name(&mut self, cx: &mut Ctx<'a>, name: &str, r: TextRange) -> Value {
        if matches!(name, "eval" | "exec" | "compile")
            && self.kind_of(cx, name) == Binding::Global
            && !cx.symtab.scopes.iter().any(|s| s.binds(name))
        {
            cx.diags.push(Diagnostic::error(
                "E0115",
                &format!(
                    "'{}' runs code given as a string at run time; Molt compiles programs ahead of time and does not support it",
                    name
                ),
                cx.file,
                r,
            ));
        }
        self.set_line(cx, r);
        match self.kind_of(cx, name) {
            Binding::Local if self.dual.contains(name) => {
                let l = self.var_local(name);
                let v = self.load_local(l);
                let m = self.value(Ty::Obj);
                self.emit(Inst::RawMarker { dst: m });
                let is_raw = self.value(Ty::I32);
                self.emit(Inst::PtrEq {
                    dst: is_raw,
                    a: v,
                    b: m,
                });
                let tmp = self.new_local("<load>");
                let boxb = self.block();
                let objb = self.block();
                let join = self.block();
                self.term(Term::Branch {
                    cond: is_raw,
                    then_bb: boxb,
                    else_bb: objb,
                });
                self.switch(boxb);
                let r = self.value(Ty::I64);
                self.emit(Inst::LoadRaw { dst: r, local: l });
                let o = self.call(cx, "molt_int_from_i64", vec![Operand::V(r)]);
                self.emit(Inst::StoreLocal { local: tmp, src: o });
                self.forget(o);
                self.term(Term::Jump(join));
                self.switch(objb);
                let c = self.value(Ty::I32);
                self.emit(Inst::IsNull { dst: c, v });
                let raise = self.block();
                let ok = self.block();
                self.term(Term::Branch {
                    cond: c,
                    then_bb: raise,
                    else_bb: ok,
                });
                self.switch(raise);
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                self.call_void("molt_raise_unbound_local", vec![Operand::V(n)]);
                self.release(n);
                self.goto_error(cx, true);
                self.term(Term::Unreachable);
                self.switch(ok);
                self.emit(Inst::Incref(v));
                self.emit(Inst::StoreLocal { local: tmp, src: v });
                self.term(Term::Jump(join));
                self.switch(join);
                self.take_local(tmp)
            }
            Binding::Local => {
                let l = self.var_local(name);
                let v = self.load_local(l);
                if !self.params.iter().any(|p| p == name) || self.param_deleted(name) {
                    let c = self.value(Ty::I32);
                    self.emit(Inst::IsNull { dst: c, v });
                    let raise = self.block();
                    let ok = self.block();
                    self.term(Term::Branch {
                        cond: c,
                        then_bb: raise,
                        else_bb: ok,
                    });
                    self.switch(raise);
                    let nc = cx.str_const(name);
                    let n = self.konst(nc);
                    self.call_void("molt_raise_unbound_local", vec![Operand::V(n)]);
                    self.release(n);
                    self.goto_error(cx, true);
                    self.term(Term::Unreachable);
                    self.switch(ok);
                }
                self.emit(Inst::Incref(v));
                self.own(v)
            }
            Binding::Cell | Binding::Free => {
                let free = self.kind_of(cx, name) == Binding::Free;
                let l = self.var_local(name);
                let c = self.load_local(l);
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                let v = self.call(
                    cx,
                    "molt_cell_get",
                    vec![Operand::V(c), Operand::V(n), Operand::Imm(free as i64)],
                );
                self.release(n);
                v
            }
            Binding::Global => {
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                let g = self.load_local(self.globals);
                let v = if cx.symtab.scopes[self.scope].kind == ScopeKind::Class {
                    let ns = self.load_local(self.class_ns.unwrap());
                    self.call(
                        cx,
                        "molt_class_load",
                        vec![Operand::V(ns), Operand::V(g), Operand::V(n)],
                    )
                } else {
                    self.call(cx, "molt_load_global", vec![Operand::V(g), Operand::V(n)])
                };
                self.release(n);
                v
            }
            Binding::ClassNs => {
                let nc = cx.str_const(&self.mangled(name));
                let n = self.konst(nc);
                let g = self.load_local(self.globals);
                let ns = self.load_local(self.class_ns.unwrap());
                let v = self.call(
                    cx,
                    "molt_class_load",
                    vec![Operand::V(ns), Operand::V(g), Operand::V(n)],
                );
                self.release(n);
                v
            }
        }
    }

    fn param_deleted(&self, _name: &str) -> bool {
        // TODO(lower): track `del` of parameters; until then parameters are assumed bound.
        false
    }

    /// Stores an owned value into a name.
    fn store_name(&mut self, cx: &mut Ctx<'a>, name: &str, v: Value) {
        match self.kind_of(cx, name) {
            Binding::Local => {
                let l = self.var_local(name);
                self.set_local(l, v);
            }
            Binding::Cell | Binding::Free => {
                let l = self.var_local(name);
                let c = self.load_local(l);
                self.call_void("molt_cell_set", vec![Operand::V(c), Operand::V(v)]);
                self.release(v);
            }
            Binding::Global => {
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                let g = self.load_local(self.globals);
                if cx.symtab.scopes[self.scope].kind == ScopeKind::Class
                    && !cx.symtab.scopes[self.scope].bindings.contains_key(name)
                {
                    let ns = self.load_local(self.class_ns.unwrap());
                    self.call_status(
                        cx,
                        "molt_setitem",
                        vec![Operand::V(ns), Operand::V(n), Operand::V(v)],
                    );
                } else {
                    self.call_status(
                        cx,
                        "molt_store_global",
                        vec![Operand::V(g), Operand::V(n), Operand::V(v)],
                    );
                }
                self.release(n);
                self.release(v);
            }
            Binding::ClassNs => {
                let nc = cx.str_const(&self.mangled(name));
                let n = self.konst(nc);
                let ns = self.load_local(self.class_ns.unwrap());
                self.call_status(
                    cx,
                    "molt_setitem",
                    vec![Operand::V(ns), Operand::V(n), Operand::V(v)],
                );
                self.release(n);
                self.release(v);
            }
        }
    }

    fn delete_name(&mut self, cx: &mut Ctx<'a>, name: &str, r: TextRange) {
        self.set_line(cx, r);
        match self.kind_of(cx, name) {
            Binding::Local => {
                let l = self.var_local(name);
                let v = self.load_local(l);
                let c = self.value(Ty::I32);
                self.emit(Inst::IsNull { dst: c, v });
                let raise = self.block();
                let ok = self.block();
                self.term(Term::Branch {
                    cond: c,
                    then_bb: raise,
                    else_bb: ok,
                });
                self.switch(raise);
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                self.call_void("molt_raise_unbound_local", vec![Operand::V(n)]);
                self.release(n);
                self.goto_error(cx, true);
                self.term(Term::Unreachable);
                self.switch(ok);
                let n = self.null();
                self.emit(Inst::StoreLocal { local: l, src: n });
                self.emit(Inst::Decref(v));
            }
            Binding::Cell | Binding::Free => {
                let l = self.var_local(name);
                let c = self.load_local(l);
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                let cur = self.call(
                    cx,
                    "molt_cell_get",
                    vec![Operand::V(c), Operand::V(n), Operand::Imm(0)],
                );
                self.release(cur);
                self.release(n);
                let nul = self.null();
                self.call_void("molt_cell_set", vec![Operand::V(c), Operand::V(nul)]);
            }
            Binding::Global => {
                let nc = cx.str_const(name);
                let n = self.konst(nc);
                let g = self.load_local(self.globals);
                self.call_status(cx, "molt_delete_global", vec![Operand::V(g), Operand::V(n)]);
                self.release(n);
            }
            Binding::ClassNs => {
                let nc = cx.str_const(&self.mangled(name));
                let n = self.konst(nc);
                let ns = self.load_local(self.class_ns.unwrap());
                self.call_status(cx, "molt_class_delete", vec![Operand::V(ns), Operand::V(n)]);
                self.release(n);
            }
        }
    }

    // ----- statements -----

    fn stmts(&mut self, cx: &mut Ctx<'a>, body: &'a [Stmt]) {
        for s in body {
            if self.terminated() {
                // Code after return/raise/break: unreachable, but still checked.
                let dead = self.block();
                self.switch(dead);
            }
            self.stmt(cx, s);
        }
    }

    fn stmt(&mut self, cx: &mut Ctx<'a>, s: &'a Stmt) {
        self.set_line(cx, s.range());
        debug_assert!(self.live.is_empty(), "temporaries leaked across statements");
        self.live.clear();
        match s {
            Stmt::Expr(e) => {
                let v = self.expr(cx, &e.value);
                self.release(v);
            }
            Stmt::Assign(a) if self.int_assign(cx, a) => {}
            Stmt::Assign(a) => {
                let v = self.expr(cx, &a.value);
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Inst::Incref(v));
                        let dup = v;
                        self.assign(cx, t, dup);
                        self.live.push(v);
                    } else {
                        self.assign(cx, t, v);
                    }
                }
            }
            Stmt::AnnAssign(a) => self.ann_assign(cx, a),
            Stmt::AugAssign(a) => self.aug_assign(cx, a),
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(cx, i),
            Stmt::While(w) => self.while_stmt(cx, w),
            Stmt::For(f) => {
                if f.is_async {
                    if self.in_async(cx, "'async for'", f.range) {
                        self.async_for_stmt(cx, f);
                    }
                    return;
                }
                if self.range_loop_applies(cx, f) {
                    self.range_for(cx, f);
                } else {
                    self.for_stmt(cx, f);
                }
            }
            Stmt::Break(b) => self.break_continue(cx, true, b.range),
            Stmt::Continue(c) => self.break_continue(cx, false, c.range),
            Stmt::Return(r) => self.return_stmt(cx, r),
            Stmt::Raise(r) => self.raise_stmt(cx, r),
            Stmt::Try(t) => self.try_stmt(cx, t),
            Stmt::Assert(a) => self.assert_stmt(cx, a),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(cx, t);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::FunctionDef(f) => self.function_def(cx, f),
            Stmt::ClassDef(c) => self.class_def(cx, c),
            Stmt::Import(i) => self.import(cx, i),
            Stmt::ImportFrom(i) => self.import_from(cx, i),
            Stmt::With(w) => {
                if w.is_async && !self.in_async(cx, "'async with'", w.range) {
                    return;
                }
                self.with_stmt(cx, &w.items, &w.body, w.is_async)
            }
            Stmt::Match(m) => self.match_stmt(cx, m),
            Stmt::TypeAlias(t) => self.type_alias(cx, t),
            Stmt::IpyEscapeCommand(e) => cx.unsupported("an IPython escape command", e.range),
        }
    }

    /// A module or class body that starts with a string literal stores it as
    /// `__doc__` before anything else runs.
    fn store_docstring(&mut self, cx: &mut Ctx<'a>, body: &'a [Stmt]) {
        if let Some(doc) = docstring(body) {
            let c = cx.str_const(&doc);
            let v = self.konst(c);
            self.store_name(cx, "__doc__", v);
        }
    }

    /// `type X = value` (PEP 695): a `TypeAliasType` whose value a generated
    /// zero-argument function computes on first use.
    fn type_alias(&mut self, cx: &mut Ctx<'a>, t: &'a ruff_python_ast::StmtTypeAlias) {
        let Expr::Name(n) = &*t.name else {
            cx.unsupported("this 'type' statement target", t.range);
            return;
        };
        self.set_line(cx, t.range);
        let alias = match &t.type_params {
            Some(tp) => match self.generic_def(cx, Generic::Alias(t), &n.id, tp) {
                Some(v) => v,
                None => return,
            },
            None => self.make_type_alias(cx, t, &n.id, None),
        };
        self.store_name(cx, &n.id, alias);
    }

    /// The `TypeAliasType` of `type NAME[params] = value`, its value computed lazily by
    /// a generated function; `params` is the type parameter tuple when generic.
    fn make_type_alias(
        &mut self,
        cx: &mut Ctx<'a>,
        t: &'a ruff_python_ast::StmtTypeAlias,
        name: &str,
        params: Option<Value>,
    ) -> Value {
        let f = self.make_function(cx, name, None, t.range, FnBody::Expr(&t.value), None, None);
        let nc = cx.str_const(name);
        let n = self.konst(nc);
        self.set_line(cx, t.range);
        let alias = self.call(
            cx,
            "molt_make_type_alias",
            vec![
                Operand::V(n),
                Operand::V(f),
                params.map(Operand::V).unwrap_or(Operand::Null),
            ],
        );
        self.release(n);
        self.release(f);
        alias
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body that contains an annotated
    /// assignment (outside nested scopes) starts with `__annotations__ = {}`.
    fn setup_annotations(&mut self, cx: &mut Ctx<'a>, body: &'a [Stmt]) {
        if !contains_annotations(body) {
            return;
        }
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: vec![],
        });
        let d = self.call(
            cx,
            "molt_build_dict",
            vec![Operand::V(arr), Operand::V(arr), Operand::Imm(0)],
        );
        self.store_name(cx, "__annotations__", d);
    }

    /// `target: annotation [= value]` with CPython's evaluation rules: the value is
    /// assigned first; in a module or class body a simple name's annotation is evaluated
    /// and stored in `__annotations__`, other targets' annotations are evaluated and
    /// dropped; in a function body annotations are never evaluated.
    fn ann_assign(&mut self, cx: &mut Ctx<'a>, a: &'a StmtAnnAssign) {
        if let Some(v) = &a.value {
            let v = self.expr(cx, v);
            self.assign(cx, &a.target, v);
        } else {
            // Without a value, the target's subexpressions are still evaluated.
            match &*a.target {
                Expr::Attribute(at) => {
                    let o = self.expr(cx, &at.value);
                    self.release(o);
                }
                Expr::Subscript(sb) => {
                    let o = self.expr(cx, &sb.value);
                    self.release(o);
                    let k = self.expr(cx, &sb.slice);
                    self.release(k);
                }
                _ => {}
            }
        }
        let kind = cx.symtab.scopes[self.scope].kind;
        if kind != ScopeKind::Module && kind != ScopeKind::Class {
            return;
        }
        if cx.future.annotations && !a.simple {
            // Postponed annotations of non-simple targets are not even stored.
            return;
        }
        let ann = self.annotation_value(cx, &a.annotation);
        match (&*a.target, a.simple) {
            (Expr::Name(n), true) => {
                let dict = if kind == ScopeKind::Class {
                    let ns = self.load_local(self.class_ns.unwrap());
                    let kc = cx.str_const("__annotations__");
                    let k = self.konst(kc);
                    self.set_line(cx, a.range);
                    let d = self.call(cx, "molt_getitem", vec![Operand::V(ns), Operand::V(k)]);
                    self.release(k);
                    d
                } else {
                    self.load_name(cx, "__annotations__", a.range)
                };
                let kc = cx.str_const(&n.id);
                let k = self.konst(kc);
                self.call_status(
                    cx,
                    "molt_setitem",
                    vec![Operand::V(dict), Operand::V(k), Operand::V(ann)],
                );
                self.release(k);
                self.release(dict);
                self.release(ann);
            }
            _ => self.release(ann),
        }
    }

    /// An annotation's value: evaluated, or its source form under `from __future__
    /// import annotations`.
    fn annotation_value(&mut self, cx: &mut Ctx<'a>, e: &'a Expr) -> Value {
        if !cx.future.annotations {
            return self.expr(cx, e);
        }
        match crate::annotations::annotation_string(e) {
            Ok(text) => {
                let c = cx.str_const(&text);
                self.konst(c)
            }
            Err(r) => {
                cx.unsupported(
                    "this annotation form under 'from __future__ import annotations'",
                    r,
                );
                let c = cx.module.intern(Const::None);
                self.konst(c)
            }
        }
    }

    /// The `__annotations__` dict of a function (None when it has no annotations):
    /// parameters in CPython's order (`args` before positional-only ones, then `*args`,
    /// keyword-only, `**kwargs`), then `return`.
    fn function_annotations(
        &mut self,
        cx: &mut Ctx<'a>,
        params: Option<&'a Parameters>,
        returns: Option<&'a Expr>,
    ) -> Option<Value> {
        let mut entries: Vec<(&str, &'a Expr)> = Vec::new();
        if let Some(p) = params {
            for a in p.args.iter().chain(p.posonlyargs.iter()) {
                if let Some(e) = &a.parameter.annotation {
                    entries.push((a.parameter.name.id.as_str(), e));
                }
            }
            if let Some(v) = &p.vararg {
                if let Some(e) = &v.annotation {
                    entries.push((v.name.id.as_str(), e));
                }
            }
            for a in &p.kwonlyargs {
                if let Some(e) = &a.parameter.annotation {
                    entries.push((a.parameter.name.id.as_str(), e));
                }
            }
            if let Some(v) = &p.kwarg {
                if let Some(e) = &v.annotation {
                    entries.push((v.name.id.as_str(), e));
                }
            }
        }
        if let Some(r) = returns {
            entries.push(("return", r));
        }
        if entries.is_empty() {
            return None;
        }
        // TODO(annotations): private names are not mangled in the keys.
        let mut keys = Vec::new();
        let mut vals = Vec::new();
        for (name, e) in entries {
            let v = self.annotation_value(cx, e);
            vals.push(Operand::V(v));
            let kc = cx.str_const(name);
            keys.push(Operand::V(self.konst(kc)));
        }
        let n = keys.len() as i64;
        let ka = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: ka,
            items: keys.clone(),
        });
        let va = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: va,
            items: vals.clone(),
        });
        let d = self.call(
            cx,
            "molt_build_dict",
            vec![Operand::V(ka), Operand::V(va), Operand::Imm(n)],
        );
        for o in keys.into_iter().chain(vals) {
            if let Operand::V(v) = o {
                self.release(v);
            }
        }
        Some(d)
    }

    fn assign(&mut self, cx: &mut Ctx<'a>, target: &'a Expr, v: Value) {
        match target {
            Expr::Name(n) => self.store_name(cx, &n.id, v),
            Expr::Attribute(a) => {
                self.check_dynamic_attr(cx, a, true);
                let o = self.expr(cx, &a.value);
                self.set_line(cx, a.range);
                let nc = cx.str_const(&self.mangled(&a.attr.id));
                let n = self.konst(nc);
                let ic = cx.new_cache();
                self.call_status(
                    cx,
                    "molt_setattr_ic",
                    vec![Operand::V(o), Operand::V(n), Operand::V(v), ic],
                );
                self.release(n);
                self.release(o);
                self.release(v);
            }
            Expr::Subscript(s) => {
                let o = self.expr(cx, &s.value);
                let k = self.expr(cx, &s.slice);
                self.set_line_subscript(cx, s);
                self.call_status(
                    cx,
                    "molt_setitem",
                    vec![Operand::V(o), Operand::V(k), Operand::V(v)],
                );
                self.release(k);
                self.release(o);
                self.release(v);
            }
            Expr::Tuple(t) => self.unpack(cx, &t.elts, v, t.range),
            Expr::List(l) => self.unpack(cx, &l.elts, v, l.range),
            Expr::Starred(s) => {
                cx.diags.push(Diagnostic::error(
                    "E0102",
                    "starred assignment target must be in a list or tuple",
                    cx.file,
                    s.range,
                ));
            }
            other => {
                cx.diags.push(Diagnostic::error(
                    "E0103",
                    "cannot assign to expression",
                    cx.file,
                    other.range(),
                ));
            }
        }
    }

    fn unpack(&mut self, cx: &mut Ctx<'a>, elts: &'a [Expr], v: Value, r: TextRange) {
        self.set_line(cx, r);
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            cx.diags.push(Diagnostic::error(
                "E0104",
                "multiple starred expressions in assignment",
                cx.file,
                r,
            ));
            return;
        }
        let n = elts.len() as u32;
        let out = self.value(Ty::I64);
        self.emit(Inst::StackAlloc {
            dst: out,
            n: n.max(1),
        });
        match star {
            None => {
                self.call_status(
                    cx,
                    "molt_unpack",
                    vec![Operand::V(v), Operand::Imm(n as i64), Operand::V(out)],
                );
            }
            Some(i) => {
                let after = elts.len() - i - 1;
                self.call_status(
                    cx,
                    "molt_unpack_ex",
                    vec![
                        Operand::V(v),
                        Operand::Imm(i as i64),
                        Operand::Imm(after as i64),
                        Operand::V(out),
                    ],
                );
            }
        }
        self.release(v);
        let mut items = Vec::new();
        for i in 0..n {
            let x = self.value(Ty::Obj);
            self.emit(Inst::LoadSlot {
                dst: x,
                base: out,
                index: i,
            });
            items.push(self.own(x));
        }
        for (e, x) in elts.iter().zip(items) {
            let target = match e {
                Expr::Starred(s) => &*s.value,
                other => other,
            };
            self.assign(cx, target, x);
        }
    }

    fn delete_target(&mut self, cx: &mut Ctx<'a>, t: &'a Expr) {
        match t {
            Expr::Name(n) => self.delete_name(cx, &n.id, n.range),
            Expr::Attribute(a) => {
                let o = self.expr(cx, &a.value);
                self.set_line(cx, a.range);
                let nc = cx.str_const(&self.mangled(&a.attr.id));
                let n = self.konst(nc);
                self.call_status(cx, "molt_delattr", vec![Operand::V(o), Operand::V(n)]);
                self.release(n);
                self.release(o);
            }
            Expr::Subscript(s) => {
                let o = self.expr(cx, &s.value);
                let k = self.expr(cx, &s.slice);
                self.set_line_subscript(cx, s);
                self.call_status(cx, "molt_delitem", vec![Operand::V(o), Operand::V(k)]);
                self.release(k);
                self.release(o);
            }
            Expr::Tuple(tp) => {
                for e in &tp.elts {
                    self.delete_target(cx, e);
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(cx, e);
                }
            }
            other => cx.diags.push(Diagnostic::error(
                "E0105",
                "cannot delete expression",
                cx.file,
                other.range(),
            )),
        }
    }

    fn aug_assign(&mut self, cx: &mut Ctx<'a>, a: &'a StmtAugAssign) {
        let op = binop_code(a.op);
        if let Expr::Name(n) = &*a.target {
            if self.dual.contains(n.id.as_str()) && matches!(a.op, Operator::Add | Operator::Sub) {
                let lhs = IntOpnd::Dual(n.id.to_string(), n.range);
                let rhs = self.int_operand(cx, &a.value);
                self.set_line(cx, a.range);
                self.int_arith_into(cx, &n.id, lhs, rhs, op, "molt_inplace_op");
                return;
            }
        }
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(cx, &n.id, n.range);
                let rhs = self.expr(cx, &a.value);
                self.set_line(cx, a.range);
                let r = self.call(
                    cx,
                    "molt_inplace_op",
                    vec![Operand::V(cur), Operand::V(rhs), Operand::Imm(op)],
                );
                self.release(cur);
                self.release(rhs);
                self.store_name(cx, &n.id, r);
            }
            Expr::Attribute(at) => {
                let o = self.expr(cx, &at.value);
                let nc = cx.str_const(&self.mangled(&at.attr.id));
                let n = self.konst(nc);
                self.set_line(cx, at.range);
                let ic = cx.new_cache();
                let cur = self.call(
                    cx,
                    "molt_getattr_ic",
                    vec![Operand::V(o), Operand::V(n), ic],
                );
                let rhs = self.expr(cx, &a.value);
                self.set_line(cx, a.range);
                let r = self.call(
                    cx,
                    "molt_inplace_op",
                    vec![Operand::V(cur), Operand::V(rhs), Operand::Imm(op)],
                );
                self.release(cur);
                self.release(rhs);
                let ic = cx.new_cache();
                self.call_status(
                    cx,
                    "molt_setattr_ic",
                    vec![Operand::V(o), Operand::V(n), Operand::V(r), ic],
                );
                self.release(r);
                self.release(n);
                self.release(o);
            }
            Expr::Subscript(s) => {
                let o = self.expr(cx, &s.value);
                let k = self.expr(cx, &s.slice);
                self.set_line_subscript(cx, s);
                let cur = self.call(cx, "molt_getitem", vec![Operand::V(o), Operand::V(k)]);
                let rhs = self.expr(cx, &a.value);
                self.set_line(cx, a.range);
                let r = self.call(
                    cx,
                    "molt_inplace_op",
                    vec![Operand::V(cur), Operand::V(rhs), Operand::Imm(op)],
                );
                self.release(cur);
                self.release(rhs);
                self.call_status(
                    cx,
                    "molt_setitem",
                    vec![Operand::V(o), Operand::V(k), Operand::V(r)],
                );
                self.release(r);
                self.release(k);
                self.release(o);
            }
            other => cx.diags.push(Diagnostic::error(
                "E0106",
                "illegal expression for augmented assignment",
                cx.file,
                other.range(),
            )),
        }
    }

    // ----- unboxed integer locals -----

    /// Classifies an operand of inline integer arithmetic, evaluating it if needed.
    fn int_operand(&mut self, cx: &mut Ctx<'a>, e: &'a Expr) -> IntOpnd {
        match e {
            Expr::NumberLiteral(ExprNumberLiteral {
                value: Number::Int(i),
                ..
            }) if i.as_i64().is_some() => IntOpnd::Lit(i.as_i64().unwrap()),
            Expr::Name(n) if self.dual.contains(n.id.as_str()) => {
                IntOpnd::Dual(n.id.to_string(), n.range)
            }
            Expr::Name(n) if self.kind_of(cx, &n.id) == Binding::Local => {
                IntOpnd::Local(n.id.to_string(), n.range)
            }
            other => IntOpnd::Obj(self.expr(cx, other)),
        }
    }

    /// The machine value of an operand: (I64 value, I32 ok).
    fn int_raw(&mut self, o: &IntOpnd) -> (Value, Value) {
        let (v, raw) = match o {
            IntOpnd::Lit(k) => {
                // A literal is always a machine integer: no check needed.
                let r = self.value(Ty::I64);
                self.emit(Inst::IConst { dst: r, v: *k });
                let one = self.value(Ty::I64);
                self.emit(Inst::IConst { dst: one, v: 1 });
                let ok = self.value(Ty::I32);
                self.emit(Inst::Narrow { dst: ok, v: one });
                return (r, ok);
            }
            IntOpnd::Dual(name, _) => {
                let l = self.var_local(name);
                let v = self.load_local(l);
                let r = self.value(Ty::I64);
                self.emit(Inst::LoadRaw { dst: r, local: l });
                (v, r)
            }
            IntOpnd::Local(name, _) => {
                let l = self.var_local(name);
                let v = self.load_local(l);
                let r = self.value(Ty::I64);
                self.emit(Inst::IConst { dst: r, v: 0 });
                (v, r)
            }
            IntOpnd::Obj(v) => {
                let r = self.value(Ty::I64);
                self.emit(Inst::IConst { dst: r, v: 0 });
                (*v, r)
            }
        };
        let dst = self.value(Ty::I64);
        let ok = self.value(Ty::I32);
        self.emit(Inst::IntValue { dst, ok, v, raw });
        (dst, ok)
    }

    /// The operand as an owned object.
    fn int_obj(&mut self, cx: &mut Ctx<'a>, o: &IntOpnd, r: TextRange) -> Value {
        match o {
            IntOpnd::Lit(k) => {
                let c = cx.module.intern(Const::Int(*k));
                self.konst(c)
            }
            IntOpnd::Dual(name, nr) => {
                let nr = if *nr == TextRange::default() { r } else { *nr };
                self.load_name(cx, name, nr)
            }
            IntOpnd::Local(name, nr) => {
                let nr = *nr;
                self.load_name(cx, name, nr)
            }
            IntOpnd::Obj(v) => {
                self.emit(Inst::Incref(*v));
                self.own(*v)
            }
        }
    }

    fn int_release(&mut self, o: IntOpnd) {
        if let IntOpnd::Obj(v) = o {
            self.release(v);
        }
    }

    /// `target = lhs (+|-) rhs` with an unboxed fast path; `slow` is the runtime
    /// function for the general case (`molt_binop` or `molt_inplace_op`).
    fn int_arith_into(
        &mut self,
        cx: &mut Ctx<'a>,
        target: &str,
        lhs: IntOpnd,
        rhs: IntOpnd,
        op: i64,
        slow_fn: &'static str,
    ) {
        let (a, aok) = self.int_raw(&lhs);
        let (b, bok) = self.int_raw(&rhs);
        let both = self.value(Ty::I32);
        self.emit(Inst::AndI32 {
            dst: both,
            a: aok,
            b: bok,
        });
        let fast = self.block();
        let fast2 = self.block();
        let slow = self.block();
        let join = self.block();
        self.term(Term::Branch {
            cond: both,
            then_bb: fast,
            else_bb: slow,
        });
        self.switch(fast);
        let r = self.value(Ty::I64);
        let ovf = self.value(Ty::I32);
        self.emit(Inst::IntOp {
            dst: r,
            ovf,
            op: op as u8,
            a,
            b,
        });
        self.term(Term::Branch {
            cond: ovf,
            then_bb: slow,
            else_bb: fast2,
        });
        self.switch(fast2);
        let l = self.var_local(target);
        self.emit(Inst::StoreRaw { local: l, src: r });
        self.mark_raw(l);
        self.term(Term::Jump(join));
        self.switch(slow);
        // Boxing the operands may report an unbound name at its own position; the
        // operation's errors report the operation's.
        let (line, pos) = (self.line, self.pos);
        let line_range = TextRange::default();
        let xo = self.int_obj(cx, &lhs, line_range);
        let yo = self.int_obj(cx, &rhs, line_range);
        (self.line, self.pos) = (line, pos);
        let res = self.call(
            cx,
            slow_fn,
            vec![Operand::V(xo), Operand::V(yo), Operand::Imm(op)],
        );
        self.release(xo);
        self.release(yo);
        self.store_name(cx, target, res);
        self.term(Term::Jump(join));
        self.switch(join);
        self.int_release(rhs);
        self.int_release(lhs);
    }

    /// Puts a dual local in raw mode (its value is in the raw twin), releasing the
    /// boxed value it held unless it was in raw mode already.
    fn mark_raw(&mut self, l: Local) {
        let m = self.value(Ty::Obj);
        self.emit(Inst::RawMarker { dst: m });
        let old = self.load_local(l);
        let same = self.value(Ty::I32);
        self.emit(Inst::PtrEq {
            dst: same,
            a: old,
            b: m,
        });
        let swap = self.block();
        let done = self.block();
        self.term(Term::Branch {
            cond: same,
            then_bb: done,
            else_bb: swap,
        });
        self.switch(swap);
        self.emit(Inst::StoreLocal { local: l, src: m });
        self.emit(Inst::XDecref(old));
        self.term(Term::Jump(done));
        self.switch(done);
    }

    /// `lhs (+|-) rhs` as an owned object, with the machine-integer fast path.
    fn int_binop_value(&mut self, cx: &mut Ctx<'a>, lhs: IntOpnd, rhs: IntOpnd, op: i64) -> Value {
        let (a, aok) = self.int_raw(&lhs);
        let (b, bok) = self.int_raw(&rhs);
        let both = self.value(Ty::I32);
        self.emit(Inst::AndI32 {
            dst: both,
            a: aok,
            b: bok,
        });
        let result = self.new_local("<arith>");
        let fast = self.block();
        let fast2 = self.block();
        let slow = self.block();
        let join = self.block();
        self.term(Term::Branch {
            cond: both,
            then_bb: fast,
            else_bb: slow,
        });
        self.switch(fast);
        let r = self.value(Ty::I64);
        let ovf = self.value(Ty::I32);
        self.emit(Inst::IntOp {
            dst: r,
            ovf,
            op: op as u8,
            a,
            b,
        });
        self.term(Term::Branch {
            cond: ovf,
            then_bb: slow,
            else_bb: fast2,
        });
        self.switch(fast2);
        let o = self.call(cx, "molt_int_from_i64", vec![Operand::V(r)]);
        self.emit(Inst::StoreLocal {
            local: result,
            src: o,
        });
        self.forget(o);
        self.term(Term::Jump(join));
        self.switch(slow);
        // Boxing the operands may report an unbound name at its own position; the
        // operation's errors report the operation's.
        let (line, pos) = (self.line, self.pos);
        let line_range = TextRange::default();
        let xo = self.int_obj(cx, &lhs, line_range);
        let yo = self.int_obj(cx, &rhs, line_range);
        (self.line, self.pos) = (line, pos);
        let res = self.call(
            cx,
            "molt_binop",
            vec![Operand::V(xo), Operand::V(yo), Operand::Imm(op)],
        );
        self.release(xo);
        self.release(yo);
        self.emit(Inst::StoreLocal {
            local: result,
            src: res,
        });
        self.forget(res);
        self.term(Term::Jump(join));
        self.switch(join);
        self.int_release(rhs);
        self.int_release(lhs);
        self.take_local(result)
    }

    /// `x = <int literal>` or `x = a (+|-) b` into an unboxed local. Returns false when
    /// the statement is not of that shape.
    fn int_assign(&mut self, cx: &mut Ctx<'a>, a: &'a StmtAssign) -> bool {
        let [Expr::Name(n)] = &a.targets[..] else {
            return false;
        };
        if !self.dual.contains(n.id.as_str()) {
            return false;
        }
        match &*a.value {
            Expr::NumberLiteral(ExprNumberLiteral {
                value: Number::Int(i),
                ..
            }) if i.as_i64().is_some() => {
                let l = self.var_local(&n.id);
                let r = self.value(Ty::I64);
                self.emit(Inst::IConst {
                    dst: r,
                    v: i.as_i64().unwrap(),
                });
                self.emit(Inst::StoreRaw { local: l, src: r });
                let m = self.value(Ty::Obj);
                self.emit(Inst::RawMarker { dst: m });
                self.set_local(l, m);
                true
            }
            Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
                let lhs = self.int_operand(cx, &b.left);
                let rhs = self.int_operand(cx, &b.right);
                self.set_line_binop(cx, b);
                self.int_arith_into(cx, &n.id, lhs, rhs, binop_code(b.op), "molt_binop");
                true
            }
            _ => false,
        }
    }

    /// Evaluates a condition to an I32 truth value (consuming the temporary).
    fn truth(&mut self, cx: &mut Ctx<'a>, e: &'a Expr) -> Value {
        if let Expr::Compare(c) = e {
            let involves_dual = |x: &Expr| {
                matches!(x, Expr::Name(n) if self.dual.contains(n.id.as_str()))
                    || matches!(x, Expr::NumberLiteral(ExprNumberLiteral { value: Number::Int(i), .. }) if i.as_i64().is_some())
            };
            if c.ops.len() == 1
                && !matches!(
                    c.ops[0],
                    CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn
                )
                && (involves_dual(&c.left) || involves_dual(&c.comparators[0]))
            {
                let code = match c.ops[0] {
                    CmpOp::Lt => 0,
                    CmpOp::LtE => 1,
                    CmpOp::Eq => 2,
                    CmpOp::NotEq => 3,
                    CmpOp::Gt => 4,
                    _ => 5,
                };
                let lhs = self.int_operand(cx, &c.left);
                let rhs = self.int_operand(cx, &c.comparators[0]);
                self.set_line(cx, c.range);
                let (a, aok) = self.int_raw(&lhs);
                let (b, bok) = self.int_raw(&rhs);
                let both = self.value(Ty::I32);
                self.emit(Inst::AndI32 {
                    dst: both,
                    a: aok,
                    b: bok,
                });
                let result = self.new_local("<cmp>");
                let fast = self.block();
                let slow = self.block();
                let join = self.block();
                self.term(Term::Branch {
                    cond: both,
                    then_bb: fast,
                    else_bb: slow,
                });
                self.switch(fast);
                let t = self.value(Ty::I32);
                self.emit(Inst::IntCmp {
                    dst: t,
                    op: code as u8,
                    a,
                    b,
                });
                let w = self.value(Ty::I64);
                self.emit(Inst::Widen { dst: w, v: t });
                self.emit(Inst::StoreRaw {
                    local: result,
                    src: w,
                });
                self.term(Term::Jump(join));
                self.switch(slow);
                let xo = self.int_obj(cx, &lhs, c.range);
                let yo = self.int_obj(cx, &rhs, c.range);
                self.set_line(cx, c.range);
                let t2 = self.call_status(
                    cx,
                    "molt_compare_bool",
                    vec![Operand::V(xo), Operand::V(yo), Operand::Imm(code)],
                );
                self.release(xo);
                self.release(yo);
                let w2 = self.value(Ty::I64);
                self.emit(Inst::Widen { dst: w2, v: t2 });
                self.emit(Inst::StoreRaw {
                    local: result,
                    src: w2,
                });
                self.term(Term::Jump(join));
                self.switch(join);
                self.int_release(rhs);
                self.int_release(lhs);
                // The truth value travels through the raw twin of a hidden local.
                let w = self.value(Ty::I64);
                self.emit(Inst::LoadRaw {
                    dst: w,
                    local: result,
                });
                let t = self.value(Ty::I32);
                self.emit(Inst::Narrow { dst: t, v: w });
                return t;
            }
            if c.ops.len() == 1
                && !matches!(
                    c.ops[0],
                    CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn
                )
            {
                let l = self.expr(cx, &c.left);
                let r = self.expr(cx, &c.comparators[0]);
                self.set_line(cx, c.range);
                let code = match c.ops[0] {
                    CmpOp::Lt => 0,
                    CmpOp::LtE => 1,
                    CmpOp::Eq => 2,
                    CmpOp::NotEq => 3,
                    CmpOp::Gt => 4,
                    _ => 5,
                };
                let t = self.call_status(
                    cx,
                    "molt_compare_bool",
                    vec![Operand::V(l), Operand::V(r), Operand::Imm(code)],
                );
                self.release(l);
                self.release(r);
                return t;
            }
        }
        let v = self.expr(cx, e);
        let t = self.call_status(cx, "molt_is_true", vec![Operand::V(v)]);
        self.release(v);
        t
    }

    fn if_stmt(&mut self, cx: &mut Ctx<'a>, i: &'a StmtIf) {
        let after = self.block();
        let t = self.truth(cx, &i.test);
        let then_bb = self.block();
        let mut else_bb = self.block();
        self.term(Term::Branch {
            cond: t,
            then_bb,
            else_bb,
        });
        self.switch(then_bb);
        // CPython never runs the body of `if TYPE_CHECKING:` / `if typing.TYPE_CHECKING:`
        // (typing under any alias): imports there are treated like those guarded by
        // `except ImportError` (no build error; ModuleNotFoundError if ever reached).
        let type_checking = is_type_checking_test(&i.test);
        self.import_guard += type_checking as u32;
        self.stmts(cx, &i.body);
        self.import_guard -= type_checking as u32;
        self.term(Term::Jump(after));
        for clause in &i.elif_else_clauses {
            self.switch(else_bb);
            self.set_line(cx, clause.range);
            match &clause.test {
                Some(test) => {
                    let t = self.truth(cx, test);
                    let tb = self.block();
                    let eb = self.block();
                    self.term(Term::Branch {
                        cond: t,
                        then_bb: tb,
                        else_bb: eb,
                    });
                    self.switch(tb);
                    self.stmts(cx, &clause.body);
                    self.term(Term::Jump(after));
                    else_bb = eb;
                }
                None => {
                    self.stmts(cx, &clause.body);
                    self.term(Term::Jump(after));
                    else_bb = self.block();
                }
            }
        }
        self.switch(else_bb);
        self.term(Term::Jump(after));
        self.switch(after);
    }

    fn while_stmt(&mut self, cx: &mut Ctx<'a>, w: &'a StmtWhile) {
        let head = self.block();
        let body = self.block();
        let orelse = self.block();
        let after = self.block();
        self.term(Term::Jump(head));
        self.switch(head);
        self.set_line(cx, w.test.range());
        let t = self.truth(cx, &w.test);
        self.term(Term::Branch {
            cond: t,
            then_bb: body,
            else_bb: orelse,
        });
        self.switch(body);
        self.unwind.push(Unwind::Loop {
            break_bb: after,
            continue_bb: head,
            iter_local: None,
        });
        self.stmts(cx, &w.body);
        self.unwind.pop();
        self.term(Term::Jump(head));
        self.switch(orelse);
        self.stmts(cx, &w.orelse);
        self.term(Term::Jump(after));
        self.switch(after);
    }

    fn for_stmt(&mut self, cx: &mut Ctx<'a>, f: &'a StmtFor) {
        let seq = self.expr(cx, &f.iter);
        // CPython reports GET_ITER/FOR_ITER errors at the whole `for` statement.
        self.set_line(cx, f.range);
        let it = self.call(cx, "molt_get_iter", vec![Operand::V(seq)]);
        self.release(seq);
        let it_local = self.new_local("<iter>");
        self.set_local(it_local, it);
        let head = self.block();
        let body = self.block();
        let done = self.block();
        let orelse = self.block();
        let after = self.block();
        self.term(Term::Jump(head));
        self.switch(head);
        self.set_line(cx, f.range);
        let x = self.iter_step(cx, it_local, done, body, orelse);
        self.for_body(cx, f, x, it_local, head, orelse, after);
    }

    /// The rest of a `for`/`async for` loop once the item `x` (owned) is in hand:
    /// assign the target, run the body (looping back to `head`), and at exhaustion
    /// (`orelse`) release the iterator and run the `else` clause.
    #[allow(clippy::too_many_arguments)]
    fn for_body(
        &mut self,
        cx: &mut Ctx<'a>,
        f: &'a StmtFor,
        x: Value,
        it_local: Local,
        head: BlockId,
        orelse: BlockId,
        after: BlockId,
    ) {
        self.set_line(cx, f.target.range());
        self.assign(cx, &f.target, x);
        self.unwind.push(Unwind::Loop {
            break_bb: after,
            continue_bb: head,
            iter_local: Some(it_local),
        });
        self.stmts(cx, &f.body);
        self.unwind.pop();
        self.term(Term::Jump(head));
        self.switch(orelse);
        let itv = self.take_local(it_local);
        self.release(itv);
        self.stmts(cx, &f.orelse);
        self.term(Term::Jump(after));
        self.switch(after);
    }

    /// `for x in range(...)` where `range` is the builtin (never rebound in the module)
    /// and `x` is an unboxed local: counts in a machine register when the bounds are
    /// small ints, and falls back to the general loop otherwise.
    /// One step of a loop over the iterator in `it_local`: the next item, owned, with
    /// the code continuing in `body`; at the end of the iteration control goes through
    /// `done` to `exhausted`, or to the error path when the iterator raised.
    fn iter_step(
        &mut self,
        cx: &mut Ctx<'a>,
        it_local: Local,
        done: BlockId,
        body: BlockId,
        exhausted: BlockId,
    ) -> Value {
        let itv = self.load_local(it_local);
        let x = self.value(Ty::Obj);
        self.emit(Inst::Call {
            dst: Some(x),
            ret: Ty::Obj,
            func: "molt_iter_next",
            args: vec![Operand::V(itv)],
        });
        let c = self.value(Ty::I32);
        self.emit(Inst::IsNull { dst: c, v: x });
        self.term(Term::Branch {
            cond: c,
            then_bb: done,
            else_bb: body,
        });
        self.switch(done);
        let e = self.value(Ty::I32);
        self.emit(Inst::Call {
            dst: Some(e),
            ret: Ty::I32,
            func: "molt_err_occurred",
            args: vec![],
        });
        let eb = self.error_block(cx, None, true);
        self.term(Term::Branch {
            cond: e,
            then_bb: eb,
            else_bb: exhausted,
        });
        self.switch(body);
        self.own(x)
    }

    fn range_loop_applies(&self, cx: &Ctx<'a>, f: &'a StmtFor) -> bool {
        let Some(args) = range_call_args(&f.iter) else {
            return false;
        };
        let Expr::Name(t) = &*f.target else {
            return false;
        };
        let step_ok = match args.get(2) {
            None => true,
            Some(Expr::NumberLiteral(ExprNumberLiteral {
                value: Number::Int(i),
                ..
            })) => i.as_i64().is_some_and(|s| s != 0),
            Some(Expr::UnaryOp(u)) if u.op == UnaryOp::USub => {
                matches!(&*u.operand, Expr::NumberLiteral(ExprNumberLiteral { value: Number::Int(i), .. }) if i.as_i64().is_some_and(|s| s != 0))
            }
            _ => false,
        };
        step_ok
            && self.dual.contains(t.id.as_str())
            && self.kind_of(cx, "range") == Binding::Global
            && cx.range_is_builtin
    }

    fn range_for(&mut self, cx: &mut Ctx<'a>, f: &'a StmtFor) {
        let args = range_call_args(&f.iter).unwrap();
        let step: i64 = match args.get(2) {
            None => 1,
            Some(Expr::NumberLiteral(ExprNumberLiteral {
                value: Number::Int(i),
                ..
            })) => i.as_i64().unwrap(),
            Some(Expr::UnaryOp(u)) => match &*u.operand {
                Expr::NumberLiteral(ExprNumberLiteral {
                    value: Number::Int(i),
                    ..
                }) => -i.as_i64().unwrap(),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        };
        let (start_e, stop_e) = if args.len() == 1 {
            (None, &args[0])
        } else {
            (Some(&args[0]), &args[1])
        };
        let start = match start_e {
            Some(e) => self.int_operand(cx, e),
            None => IntOpnd::Lit(0),
        };
        let stop = self.int_operand(cx, stop_e);
        self.set_line(cx, f.iter.range());
        let (a, aok) = self.int_raw(&start);
        let (b, bok) = self.int_raw(&stop);
        let both = self.value(Ty::I32);
        self.emit(Inst::AndI32 {
            dst: both,
            a: aok,
            b: bok,
        });
        let fast = self.block();
        let general = self.block();
        let after = self.block();
        self.term(Term::Branch {
            cond: both,
            then_bb: fast,
            else_bb: general,
        });
        // Machine-integer loop.
        self.switch(fast);
        let counter = self.new_local("<range-i>");
        let limit = self.new_local("<range-stop>");
        self.emit(Inst::StoreRaw {
            local: counter,
            src: a,
        });
        self.emit(Inst::StoreRaw {
            local: limit,
            src: b,
        });
        let head = self.block();
        let body = self.block();
        let incr = self.block();
        let orelse = self.block();
        self.term(Term::Jump(head));
        self.switch(head);
        let i = self.value(Ty::I64);
        self.emit(Inst::LoadRaw {
            dst: i,
            local: counter,
        });
        let lim = self.value(Ty::I64);
        self.emit(Inst::LoadRaw {
            dst: lim,
            local: limit,
        });
        let more = self.value(Ty::I32);
        self.emit(Inst::IntCmp {
            dst: more,
            op: if step > 0 { 0 } else { 4 },
            a: i,
            b: lim,
        });
        self.term(Term::Branch {
            cond: more,
            then_bb: body,
            else_bb: orelse,
        });
        self.switch(body);
        let Expr::Name(t) = &*f.target else {
            unreachable!()
        };
        let tl = self.var_local(&t.id);
        self.emit(Inst::StoreRaw { local: tl, src: i });
        let m = self.value(Ty::Obj);
        self.emit(Inst::RawMarker { dst: m });
        self.set_local(tl, m);
        self.unwind.push(Unwind::Loop {
            break_bb: after,
            continue_bb: incr,
            iter_local: None,
        });
        self.stmts(cx, &f.body);
        self.unwind.pop();
        self.term(Term::Jump(incr));
        self.switch(incr);
        let i2 = self.value(Ty::I64);
        self.emit(Inst::LoadRaw {
            dst: i2,
            local: counter,
        });
        let st = self.value(Ty::I64);
        self.emit(Inst::IConst { dst: st, v: step });
        let next = self.value(Ty::I64);
        let ovf = self.value(Ty::I32);
        self.emit(Inst::IntOp {
            dst: next,
            ovf,
            op: 0,
            a: i2,
            b: st,
        });
        self.emit(Inst::StoreRaw {
            local: counter,
            src: next,
        });
        // Past i64's range means past the limit too.
        self.term(Term::Branch {
            cond: ovf,
            then_bb: orelse,
            else_bb: head,
        });
        self.switch(orelse);
        self.stmts(cx, &f.orelse);
        self.term(Term::Jump(after));
        // Anything else: a real range object and the general loop.
        self.switch(general);
        let args_v: Vec<Value> = {
            let mut v = Vec::new();
            if let Some(_) = start_e {
                v.push(self.int_obj(cx, &start, f.iter.range()));
            }
            v.push(self.int_obj(cx, &stop, f.iter.range()));
            if args.len() == 3 {
                let sc = cx.module.intern(Const::Int(step));
                v.push(self.konst(sc));
            }
            v
        };
        let rc = cx.str_const("range");
        let rn = self.konst(rc);
        let g = self.load_local(self.globals);
        let range_fn = self.call(cx, "molt_load_global", vec![Operand::V(g), Operand::V(rn)]);
        self.release(rn);
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: args_v.iter().map(|&v| Operand::V(v)).collect(),
        });
        let r = self.call(
            cx,
            "molt_call",
            vec![
                Operand::V(range_fn),
                Operand::V(arr),
                Operand::Imm(args_v.len() as i64),
                Operand::Null,
            ],
        );
        self.release(range_fn);
        for v in args_v {
            self.release(v);
        }
        let it = self.call(cx, "molt_get_iter", vec![Operand::V(r)]);
        self.release(r);
        let it_local = self.new_local("<iter>");
        self.set_local(it_local, it);
        let ghead = self.block();
        let gbody = self.block();
        let gdone = self.block();
        let gelse = self.block();
        self.term(Term::Jump(ghead));
        self.switch(ghead);
        let x = self.iter_step(cx, it_local, gdone, gbody, gelse);
        self.for_body(cx, f, x, it_local, ghead, gelse, after);
        self.int_release(stop);
        self.int_release(start);
    }

    /// Runs the cleanups of unwind entries above `depth` (innermost first), as when
    /// leaving them by `return`, `break` or `continue`.
    fn unwind_to(&mut self, cx: &mut Ctx<'a>, depth: usize, keep_loop_iter: bool) {
        let entries: Vec<Unwind<'a>> = self.unwind[depth..].to_vec();
        for (k, u) in entries.iter().enumerate().rev() {
            match u {
                Unwind::Loop {
                    iter_local: Some(l),
                    ..
                } => {
                    if !(keep_loop_iter && k == 0) {
                        let v = self.take_local(*l);
                        self.release(v);
                    }
                }
                Unwind::Loop { .. } => {}
                Unwind::Finally { body } => {
                    let outer = self.unwind[..depth + k].to_vec();
                    let saved = std::mem::replace(&mut self.unwind, outer);
                    let saved_handler = self.handler;
                    self.stmts(cx, body);
                    self.handler = saved_handler;
                    self.unwind = saved;
                    if self.terminated() {
                        return;
                    }
                }
                Unwind::Handler { exc_local } => {
                    self.call_void("molt_exc_pop_handled", vec![]);
                    let v = self.take_local(*exc_local);
                    self.release(v);
                }
                Unwind::With {
                    exit_local,
                    is_async,
                    range,
                } => {
                    self.with_exit_normal(cx, *exit_local, *is_async, *range);
                }
            }
        }
    }

    fn break_continue(&mut self, cx: &mut Ctx<'a>, is_break: bool, r: TextRange) {
        let Some(pos) = self
            .unwind
            .iter()
            .rposition(|u| matches!(u, Unwind::Loop { .. }))
        else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            cx.diags.push(Diagnostic::error("E0107", what, cx.file, r));
            return;
        };
        let Unwind::Loop {
            break_bb,
            continue_bb,
            ..
        } = self.unwind[pos].clone()
        else {
            unreachable!()
        };
        // `continue` keeps the loop's own iterator; `break` releases it.
        self.unwind_to(cx, pos, !is_break);
        if self.terminated() {
            return;
        }
        self.term(Term::Jump(if is_break { break_bb } else { continue_bb }));
        let dead = self.block();
        self.switch(dead);
    }

    fn return_stmt(&mut self, cx: &mut Ctx<'a>, r: &'a StmtReturn) {
        let kind = cx.symtab.scopes[self.scope].kind;
        if kind == ScopeKind::Module || kind == ScopeKind::Class {
            cx.diags.push(Diagnostic::error(
                "E0108",
                "'return' outside function",
                cx.file,
                r.range,
            ));
            return;
        }
        if r.value.is_some() && self.gen.as_ref().map(|g| g.kind) == Some(GenKind::AsyncGenerator) {
            cx.diags.push(Diagnostic::error(
                "E0114",
                "'return' with value in async generator",
                cx.file,
                r.range,
            ));
            return;
        }
        let v = match &r.value {
            Some(e) => self.expr(cx, e),
            None => {
                let c = cx.module.intern(Const::None);
                self.konst(c)
            }
        };
        let rl = self.ret_local;
        self.set_local(rl, v);
        self.unwind_to(cx, 0, false);
        if self.terminated() {
            return;
        }
        let exit = self.exit_bb;
        self.term(Term::Jump(exit));
        let dead = self.block();
        self.switch(dead);
    }

    fn raise_stmt(&mut self, cx: &mut Ctx<'a>, r: &'a StmtRaise) {
        match &r.exc {
            None => {
                self.call_void("molt_reraise", vec![]);
                self.goto_error(cx, false);
            }
            Some(e) => {
                let v = self.expr(cx, e);
                let cause = match &r.cause {
                    Some(c) => Some(self.expr(cx, c)),
                    None => None,
                };
                self.set_line(cx, r.range);
                let cop = match cause {
                    Some(c) => Operand::V(c),
                    None => Operand::Null,
                };
                self.call_void("molt_raise", vec![Operand::V(v), cop]);
                if let Some(c) = cause {
                    self.release(c);
                }
                self.release(v);
                self.goto_error(cx, true);
            }
        }
    }

    fn assert_stmt(&mut self, cx: &mut Ctx<'a>, a: &'a StmtAssert) {
        let t = self.truth(cx, &a.test);
        let fail = self.block();
        let ok = self.block();
        self.term(Term::Branch {
            cond: t,
            then_bb: ok,
            else_bb: fail,
        });
        self.switch(fail);
        match &a.msg {
            Some(m) => {
                let v = self.expr(cx, m);
                self.set_line(cx, a.range);
                self.call_void("molt_assert_fail", vec![Operand::V(v)]);
                self.release(v);
            }
            None => self.call_void("molt_assert_fail", vec![Operand::Null]),
        }
        self.goto_error(cx, true);
        self.term(Term::Unreachable);
        self.switch(ok);
    }

    fn try_stmt(&mut self, cx: &mut Ctx<'a>, t: &'a StmtTry) {
        if t.is_star {
            for h in &t.handlers {
                let ExceptHandler::ExceptHandler(h) = h;
                if let Some(r) = jump_out_of_except_star(&h.body) {
                    cx.diags.push(Diagnostic::error(
                        "E0000",
                        "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block",
                        cx.file,
                        r,
                    ));
                }
            }
        }
        let after = self.block();
        let has_finally = !t.finalbody.is_empty();
        let outer_handler = self.handler;
        // With a finally: errors anywhere in try/except/else go to the finally's handler.
        let fin_handler = if has_finally {
            Some(self.block())
        } else {
            None
        };
        if let Some(fh) = fin_handler {
            self.handler = Some(fh);
            self.unwind.push(Unwind::Finally { body: &t.finalbody });
        }
        let body_handler_outer = self.handler;
        let except_bb = if t.handlers.is_empty() {
            None
        } else {
            Some(self.block())
        };
        if let Some(eb) = except_bb {
            self.handler = Some(eb);
        }
        let guards_imports = t.handlers.iter().any(|h| {
            let ExceptHandler::ExceptHandler(h) = h;
            catches_import_error(h.type_.as_deref())
        });
        self.import_guard += guards_imports as u32;
        self.stmts(cx, &t.body);
        self.import_guard -= guards_imports as u32;
        self.handler = body_handler_outer;
        // else clause runs with the outer (finally) handler.
        self.stmts(cx, &t.orelse);
        let normal_exit = self.block();
        self.term(Term::Jump(normal_exit));
        if let Some(eb) = except_bb {
            self.switch(eb);
            if t.is_star {
                self.except_star_handlers(cx, t, normal_exit);
            } else {
                self.except_handlers(cx, t, normal_exit);
            }
        }
        // Leave the finally's protection.
        if has_finally {
            self.unwind.pop();
        }
        self.handler = outer_handler;
        // Normal path: run finally, continue.
        self.switch(normal_exit);
        if has_finally {
            self.stmts(cx, &t.finalbody);
        }
        self.term(Term::Jump(after));
        // Exceptional path through finally: run it with the exception held, re-raise.
        if let Some(fh) = fin_handler {
            self.switch(fh);
            let e = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(e),
                ret: Ty::Obj,
                func: "molt_exc_fetch",
                args: vec![],
            });
            let el = self.new_local("<finally-exc>");
            self.emit(Inst::StoreLocal { local: el, src: e });
            let saved_handler = self.handler;
            let cleanup = self.handler_cleanup_block(cx, el);
            self.handler = Some(cleanup);
            self.unwind.push(Unwind::Handler { exc_local: el });
            self.stmts(cx, &t.finalbody);
            self.unwind.pop();
            self.handler = saved_handler;
            if !self.terminated() {
                let ev = self.load_local(el);
                self.call_void("molt_exc_restore", vec![Operand::V(ev)]);
                self.call_void("molt_exc_pop_handled", vec![]);
                let v = self.take_local(el);
                self.release(v);
                let target = self.handler_target();
                self.term(Term::Jump(target));
            }
        }
        self.switch(after);
    }

    // ----- structural pattern matching -----

    fn match_stmt(&mut self, cx: &mut Ctx<'a>, m: &'a StmtMatch) {
        check_match(cx, m);
        let subj = self.expr(cx, &m.subject);
        let sl = self.new_local("<subject>");
        self.set_local(sl, subj);
        let after = self.block();
        for case in &m.cases {
            self.set_line(cx, case.range);
            let fail = self.block();
            let v = self.load_local(sl);
            let mut binds: Vec<(String, Local)> = Vec::new();
            self.pattern(cx, &case.pattern, v, fail, &mut binds);
            for (name, tmp) in binds {
                let x = self.take_local(tmp);
                self.store_name(cx, &name, x);
            }
            if let Some(g) = &case.guard {
                let t = self.truth(cx, g);
                let ok = self.block();
                self.term(Term::Branch {
                    cond: t,
                    then_bb: ok,
                    else_bb: fail,
                });
                self.switch(ok);
            }
            self.stmts(cx, &case.body);
            self.term(Term::Jump(after));
            self.switch(fail);
        }
        self.term(Term::Jump(after));
        self.switch(after);
        let v = self.take_local(sl);
        self.release(v);
    }

    /// Records a capture (applied only when the whole case matches). `v` is borrowed.
    fn bind(&mut self, name: &str, v: Value, binds: &mut Vec<(String, Local)>) {
        let tmp = match binds.iter().find(|(n, _)| n == name) {
            Some((_, l)) => *l,
            None => {
                let l = self.new_local(&format!("<bind {}>", name));
                binds.push((name.to_string(), l));
                l
            }
        };
        self.emit(Inst::Incref(v));
        self.set_local(tmp, v);
    }

    /// A match object from the runtime (a tuple of sub-subjects, or None): kept in a
    /// hidden local so that failure paths need no cleanup; branches to `fail` on None.
    fn match_object(&mut self, cx: &mut Ctx<'a>, r: Value, fail: BlockId) -> Value {
        let l = self.new_local("<match>");
        self.set_local(l, r);
        let v = self.load_local(l);
        let nc = cx.module.intern(Const::None);
        let none = self.konst(nc);
        let is_none = self.value(Ty::I32);
        self.emit(Inst::PtrEq {
            dst: is_none,
            a: v,
            b: none,
        });
        self.release(none);
        let ok = self.block();
        self.term(Term::Branch {
            cond: is_none,
            then_bb: fail,
            else_bb: ok,
        });
        self.switch(ok);
        v
    }

    fn tuple_item(&mut self, t: Value, i: usize) -> Value {
        let x = self.value(Ty::Obj);
        self.emit(Inst::LoadPtr {
            dst: x,
            base: t,
            offset: crate::abi::TUPLE_ITEMS_OFFSET + 8 * i as i32,
        });
        x
    }

    /// Tests `v` (borrowed) against a pattern, jumping to `fail` on mismatch.
    fn pattern(
        &mut self,
        cx: &mut Ctx<'a>,
        p: &'a Pattern,
        v: Value,
        fail: BlockId,
        binds: &mut Vec<(String, Local)>,
    ) {
        match p {
            Pattern::MatchValue(mv) => {
                let e = self.expr(cx, &mv.value);
                let t = self.call_status(
                    cx,
                    "molt_compare_bool",
                    vec![Operand::V(v), Operand::V(e), Operand::Imm(2)],
                );
                self.release(e);
                let ok = self.block();
                self.term(Term::Branch {
                    cond: t,
                    then_bb: ok,
                    else_bb: fail,
                });
                self.switch(ok);
            }
            Pattern::MatchSingleton(s) => {
                let c = cx.module.intern(match s.value {
                    Singleton::None => Const::None,
                    Singleton::True => Const::True,
                    Singleton::False => Const::False,
                });
                let k = self.konst(c);
                let eq = self.value(Ty::I32);
                self.emit(Inst::PtrEq {
                    dst: eq,
                    a: v,
                    b: k,
                });
                self.release(k);
                let ok = self.block();
                self.term(Term::Branch {
                    cond: eq,
                    then_bb: ok,
                    else_bb: fail,
                });
                self.switch(ok);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(cx, sub, v, fail, binds);
                }
                if let Some(n) = &a.name {
                    self.bind(&n.id, v, binds);
                }
            }
            Pattern::MatchOr(o) => {
                let ok = self.block();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == n {
                        self.pattern(cx, alt, v, fail, binds);
                        self.term(Term::Jump(ok));
                    } else {
                        let next = self.block();
                        self.pattern(cx, alt, v, next, binds);
                        self.term(Term::Jump(ok));
                        self.switch(next);
                    }
                }
                self.switch(ok);
            }
            Pattern::MatchSequence(sq) => {
                let star = sq
                    .patterns
                    .iter()
                    .position(|q| matches!(q, Pattern::MatchStar(_)));
                let (nb, na) = match star {
                    Some(i) => (i, sq.patterns.len() - i - 1),
                    None => (sq.patterns.len(), 0),
                };
                let r = self.call(
                    cx,
                    "molt_match_seq",
                    vec![
                        Operand::V(v),
                        Operand::Imm(nb as i64),
                        Operand::Imm(na as i64),
                        Operand::Imm(star.is_some() as i64),
                    ],
                );
                self.forget(r);
                let t = self.match_object(cx, r, fail);
                for (i, q) in sq.patterns.iter().enumerate() {
                    let item = self.tuple_item(t, i);
                    match q {
                        Pattern::MatchStar(st) => {
                            if let Some(n) = &st.name {
                                self.bind(&n.id, item, binds);
                            }
                        }
                        other => self.pattern(cx, other, item, fail, binds),
                    }
                }
            }
            Pattern::MatchMapping(mm) => {
                let keys: Vec<Value> = mm.keys.iter().map(|k| self.expr(cx, k)).collect();
                let kt = self.tuple_of(cx, keys);
                let r = self.call(
                    cx,
                    "molt_match_map",
                    vec![
                        Operand::V(v),
                        Operand::V(kt),
                        Operand::Imm(mm.rest.is_some() as i64),
                    ],
                );
                self.release(kt);
                self.forget(r);
                let t = self.match_object(cx, r, fail);
                for (i, q) in mm.patterns.iter().enumerate() {
                    let item = self.tuple_item(t, i);
                    self.pattern(cx, q, item, fail, binds);
                }
                if let Some(rest) = &mm.rest {
                    let item = self.tuple_item(t, mm.patterns.len());
                    self.bind(&rest.id, item, binds);
                }
            }
            Pattern::MatchClass(mc) => {
                let cls = self.expr(cx, &mc.cls);
                let npos = mc.arguments.patterns.len();
                let kw = if mc.arguments.keywords.is_empty() {
                    None
                } else {
                    let names: Vec<ConstId> = mc
                        .arguments
                        .keywords
                        .iter()
                        .map(|k| cx.str_const(&k.attr.id))
                        .collect();
                    let t = cx.module.intern(Const::Tuple(names));
                    Some(self.konst(t))
                };
                self.set_line(cx, mc.range);
                let r = self.call(
                    cx,
                    "molt_match_class",
                    vec![
                        Operand::V(v),
                        Operand::V(cls),
                        Operand::Imm(npos as i64),
                        kw.map(Operand::V).unwrap_or(Operand::Null),
                    ],
                );
                self.release(cls);
                if let Some(k) = kw {
                    self.release(k);
                }
                self.forget(r);
                let t = self.match_object(cx, r, fail);
                let subs = mc
                    .arguments
                    .patterns
                    .iter()
                    .chain(mc.arguments.keywords.iter().map(|k| &k.pattern));
                for (i, q) in subs.enumerate() {
                    let item = self.tuple_item(t, i);
                    self.pattern(cx, q, item, fail, binds);
                }
            }
            Pattern::MatchStar(st) => {
                cx.diags.push(Diagnostic::error(
                    "E0113",
                    "can't use starred name here",
                    cx.file,
                    st.range,
                ));
            }
        }
    }

    /// `with a as x, b as y: body`, one item at a time (nested, as CPython does).
    /// `with` (or `async with`, whose enter and exit results are awaited) over the
    /// first item, the rest nested inside.
    fn with_stmt(
        &mut self,
        cx: &mut Ctx<'a>,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) {
        let Some((item, rest)) = items.split_first() else {
            self.stmts(cx, body);
            return;
        };
        let mgr = self.expr(cx, &item.context_expr);
        let item_range = item.context_expr.range();
        self.set_line(cx, item_range);
        let slot = self.value(Ty::I64);
        self.emit(Inst::StackAlloc { dst: slot, n: 1 });
        let entered = self.call(
            cx,
            if is_async {
                "molt_async_with_enter"
            } else {
                "molt_with_enter"
            },
            vec![Operand::V(mgr), Operand::V(slot)],
        );
        self.release(mgr);
        let exit = self.value(Ty::Obj);
        self.emit(Inst::LoadSlot {
            dst: exit,
            base: slot,
            index: 0,
        });
        let exit_local = self.new_local("<exit>");
        self.emit(Inst::StoreLocal {
            local: exit_local,
            src: exit,
        });
        let entered = if is_async {
            // TODO(async): an error while awaiting __aenter__ should not call __aexit__
            // (it does not here either: the handler below is not yet installed).
            self.await_value(cx, entered, item_range, AWAIT_AENTER)
        } else {
            entered
        };
        let outer_handler = self.handler;
        let handler = self.block();
        self.handler = Some(handler);
        self.unwind.push(Unwind::With {
            exit_local,
            is_async,
            range: item_range,
        });
        match &item.optional_vars {
            Some(target) => self.assign(cx, target, entered),
            None => self.release(entered),
        }
        self.with_stmt(cx, rest, body, is_async);
        self.unwind.pop();
        self.handler = outer_handler;
        let after = self.block();
        if !self.terminated() {
            self.set_line(cx, item_range);
            self.with_exit_normal(cx, exit_local, is_async, item_range);
            self.term(Term::Jump(after));
        }
        // An exception in the body: offer it to __exit__.
        self.switch(handler);
        let e = self.value(Ty::Obj);
        self.emit(Inst::Call {
            dst: Some(e),
            ret: Ty::Obj,
            func: "molt_exc_fetch",
            args: vec![],
        });
        let el = self.new_local("<with-exc>");
        self.emit(Inst::StoreLocal { local: el, src: e });
        let cleanup = self.handler_cleanup_block(cx, el);
        self.handler = Some(cleanup);
        let ex = self.load_local(exit_local);
        let ev = self.load_local(el);
        self.set_line(cx, item_range);
        let suppress = if is_async {
            let r = self.call(
                cx,
                "molt_with_exit_call",
                vec![Operand::V(ex), Operand::V(ev)],
            );
            // The exception stays handled while suspended (a yield point re-enters it).
            self.unwind.push(Unwind::Handler { exc_local: el });
            let res = self.await_value(cx, r, item_range, AWAIT_AEXIT);
            self.unwind.pop();
            let t = self.call_status(cx, "molt_is_true", vec![Operand::V(res)]);
            self.release(res);
            t
        } else {
            self.call_status(
                cx,
                "molt_with_exit_exc",
                vec![Operand::V(ex), Operand::V(ev)],
            )
        };
        self.handler = outer_handler;
        let v = self.take_local(exit_local);
        self.release(v);
        let sup = self.block();
        let reraise = self.block();
        self.term(Term::Branch {
            cond: suppress,
            then_bb: sup,
            else_bb: reraise,
        });
        self.switch(sup);
        self.call_void("molt_exc_pop_handled", vec![]);
        let v = self.take_local(el);
        self.release(v);
        self.term(Term::Jump(after));
        self.switch(reraise);
        let ev = self.load_local(el);
        self.call_void("molt_exc_restore", vec![Operand::V(ev)]);
        self.call_void("molt_exc_pop_handled", vec![]);
        let v = self.take_local(el);
        self.release(v);
        let target = self.handler_target();
        self.term(Term::Jump(target));
        self.switch(after);
    }

    /// Leaves a `with` block normally: `exit(None, None, None)` (awaited for `async
    /// with`), then releases the exit callable.
    fn with_exit_normal(
        &mut self,
        cx: &mut Ctx<'a>,
        exit_local: Local,
        is_async: bool,
        range: TextRange,
    ) {
        let ex = self.load_local(exit_local);
        if is_async {
            let r = self.call(
                cx,
                "molt_with_exit_call",
                vec![Operand::V(ex), Operand::Null],
            );
            let res = self.await_value(cx, r, range, AWAIT_AEXIT);
            self.release(res);
        } else {
            self.call_status(cx, "molt_with_exit_normal", vec![Operand::V(ex)]);
        }
        let v = self.take_local(exit_local);
        self.release(v);
    }

    /// Whether the current function is a coroutine or an async generator; if not,
    /// reports `what` (`'await'`, `'async for'`, `'async with'`) as CPython's
    /// SyntaxError does.
    fn in_async(&mut self, cx: &mut Ctx<'a>, what: &str, r: TextRange) -> bool {
        if matches!(
            self.gen.as_ref().map(|g| g.kind),
            Some(GenKind::Coroutine | GenKind::AsyncGenerator)
        ) {
            return true;
        }
        let place = match cx.symtab.scopes[self.scope].kind {
            ScopeKind::Function => "async function",
            // TODO(async): asynchronous comprehensions; `await` in a comprehension
            // inside an async function.
            ScopeKind::Comprehension => {
                "async function (asynchronous comprehensions are not supported by Molt yet)"
            }
            _ => "function",
        };
        cx.diags.push(Diagnostic::error(
            "E0114",
            &format!("{} outside {}", what, place),
            cx.file,
            r,
        ));
        false
    }

    /// `async for target in aiterable: body else: orelse`: `__aiter__` once, then
    /// `await __anext__()` until it raises StopAsyncIteration.
    fn async_for_stmt(&mut self, cx: &mut Ctx<'a>, f: &'a StmtFor) {
        let src = self.expr(cx, &f.iter);
        self.set_line(cx, f.iter.range());
        let ait = self.call(cx, "molt_get_aiter", vec![Operand::V(src)]);
        self.release(src);
        let it_local = self.new_local("<aiter>");
        self.set_local(it_local, ait);
        let head = self.block();
        let body = self.block();
        let orelse = self.block();
        let after = self.block();
        self.term(Term::Jump(head));
        self.switch(head);
        let x = self.async_iter_step(cx, it_local, f.iter.range(), body, orelse);
        self.for_body(cx, f, x, it_local, head, orelse, after);
    }

    /// Applies decorators (evaluated in source order, owned) to `v` (owned), innermost
    /// last-written first; returns the result (owned).
    fn apply_decorators(
        &mut self,
        cx: &mut Ctx<'a>,
        decorators: Vec<Value>,
        mut v: Value,
    ) -> Value {
        for d in decorators.into_iter().rev() {
            let r = self.call_positional(cx, d, &[v]);
            self.release(v);
            self.release(d);
            v = r;
        }
        v
    }

    /// `f(*args)` with positional arguments (borrowed); the result is owned.
    fn call_positional(&mut self, cx: &mut Ctx<'a>, f: Value, args: &[Value]) -> Value {
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: args.iter().map(|&a| Operand::V(a)).collect(),
        });
        self.call(
            cx,
            "molt_call",
            vec![
                Operand::V(f),
                Operand::V(arr),
                Operand::Imm(args.len() as i64),
                Operand::Null,
            ],
        )
    }

    /// A PEP 695 generic (`def f[T]`, `class C[T]`, `type A[T] = ...`): calls the
    /// annotation scope's function, which creates the type parameters and returns the
    /// function, class or alias. None (after a diagnostic) when a parameter kind is not
    /// supported. Decorators are the caller's business: they are evaluated outside.
    fn generic_def(
        &mut self,
        cx: &mut Ctx<'a>,
        owner: Generic<'a>,
        name: &str,
        tp: &'a TypeParams,
    ) -> Option<Value> {
        if let Generic::Class(_) = owner {
            // TODO(types): a class's implicit base would be `Generic[*Ts]`, and typing
            // has no unpacked TypeVarTuples yet.
            if let Some(TypeParam::TypeVarTuple(t)) = tp
                .type_params
                .iter()
                .find(|p| matches!(p, TypeParam::TypeVarTuple(_)))
            {
                cx.unsupported("a TypeVarTuple type parameter (*Ts) on a class", t.range);
                return None;
            }
        }
        cx.generic_qualname = Some(self.child_qualname(cx, name));
        let scope_name = format!("<generic parameters of {name}>");
        let maker = self.make_function(
            cx,
            &scope_name,
            None,
            tp.range,
            FnBody::Generic(owner),
            None,
            None,
        );
        self.set_line(cx, owner.range());
        let v = self.call_positional(cx, maker, &[]);
        self.release(maker);
        Some(v)
    }

    /// The body of a generic's annotation scope: `T = TypeVar("T", ...)` for each
    /// parameter, then the function (with `__type_params__`), the class (with the
    /// implicit `Generic[T, ...]` base and `__type_params__`) or the alias, returned.
    // TODO(types): CPython evaluates bounds and constraints lazily (on first
    // `__bound__` access), a generic function's defaults outside the annotation scope,
    // and puts `__type_params__` in a class namespace before its body runs (here it is
    // set on the finished class).
    fn generic_body(&mut self, cx: &mut Ctx<'a>, owner: Generic<'a>) {
        let tp = owner.type_params();
        let mut names = Vec::new();
        for p in &tp.type_params {
            let nc = cx.str_const(&p.name().id);
            let n = self.konst(nc);
            // `T: (A, B)` declares constraints, `T: A` a bound; `*Ts` and `**P` are
            // kinds 2 and 3 (see `molt_type_param`).
            let (kind, bound) = match p {
                TypeParam::TypeVar(tv) => match tv.bound.as_deref() {
                    Some(b) => (i64::from(matches!(b, Expr::Tuple(_))), self.expr(cx, b)),
                    None => {
                        let x = self.null();
                        (0, self.own(x))
                    }
                },
                TypeParam::TypeVarTuple(_) | TypeParam::ParamSpec(_) => {
                    let x = self.null();
                    let k = if matches!(p, TypeParam::ParamSpec(_)) {
                        3
                    } else {
                        2
                    };
                    (k, self.own(x))
                }
            };
            self.set_line(cx, p.range());
            let t = self.call(
                cx,
                "molt_type_param",
                vec![Operand::Imm(kind), Operand::V(n), Operand::V(bound)],
            );
            self.release(n);
            self.emit(Inst::XDecref(bound));
            self.forget(bound);
            names.push(p.name().id.as_str());
            self.store_name(cx, &p.name().id, t);
        }
        let items: Vec<Value> = names
            .iter()
            .map(|p| self.load_name(cx, p, tp.range))
            .collect();
        let params = self.tuple_of(cx, items);
        let v = match owner {
            Generic::Function(f) => {
                let fv = self.make_function(
                    cx,
                    &f.name.id,
                    Some(&f.parameters),
                    f.range,
                    FnBody::Stmts(&f.body),
                    None,
                    f.returns.as_deref(),
                );
                self.set_type_params(cx, fv, params);
                fv
            }
            Generic::Class(c) => {
                let base = self.call(cx, "molt_generic_base", vec![Operand::V(params)]);
                let cls = self.build_class(cx, c, Some(base));
                self.set_type_params(cx, cls, params);
                cls
            }
            Generic::Alias(t) => {
                let Expr::Name(n) = &*t.name else {
                    unreachable!("checked by type_alias")
                };
                self.make_type_alias(cx, t, &n.id, Some(params))
            }
        };
        self.release(params);
        let rl = self.ret_local;
        self.set_local(rl, v);
        let exit = self.exit_bb;
        self.term(Term::Jump(exit));
    }

    /// `obj.__type_params__ = params` (borrowing both).
    fn set_type_params(&mut self, cx: &mut Ctx<'a>, obj: Value, params: Value) {
        let kc = cx.str_const("__type_params__");
        let k = self.konst(kc);
        self.call_status(
            cx,
            "molt_setattr",
            vec![Operand::V(obj), Operand::V(k), Operand::V(params)],
        );
        self.release(k);
    }

    /// Rejects, at compile time, the dynamic features an ahead-of-time compiled program
    /// cannot honour: import hooks (`sys.meta_path`, `sys.path_hooks`,
    /// `sys.path_importer_cache`) and rebinding builtins (`builtins.x = ...`).
    fn check_dynamic_attr(&mut self, cx: &mut Ctx<'a>, a: &'a ExprAttribute, store: bool) {
        let Expr::Name(base) = &*a.value else {
            return;
        };
        if self.kind_of(cx, &base.id) != Binding::Global {
            return;
        }
        let attr = a.attr.id.as_str();
        let msg = match base.id.as_str() {
            "sys" if matches!(attr, "meta_path" | "path_hooks" | "path_importer_cache") => {
                format!(
                    "import hooks ('sys.{}') are not supported by Molt: every import is resolved when the program is built",
                    attr
                )
            }
            "builtins" if store => format!(
                "rebinding a builtin ('builtins.{} = ...') is not supported by Molt: builtins are fixed when the program starts",
                attr
            ),
            _ => return,
        };
        cx.diags
            .push(Diagnostic::error("E0115", &msg, cx.file, a.range));
    }

    /// One step of an `async for` over the asynchronous iterator in `it_local`: awaits
    /// `__anext__()`; the item (owned) with the code continuing in `body`, or control in
    /// `exhausted` at StopAsyncIteration.
    fn async_iter_step(
        &mut self,
        cx: &mut Ctx<'a>,
        it_local: Local,
        r: TextRange,
        body: BlockId,
        exhausted: BlockId,
    ) -> Value {
        self.set_line(cx, r);
        let itv = self.load_local(it_local);
        let aw = self.call(cx, "molt_get_anext", vec![Operand::V(itv)]);
        let x = self.delegate(cx, aw, r, "molt_await_anext");
        self.forget(x);
        let c = self.value(Ty::I32);
        self.emit(Inst::IsNull { dst: c, v: x });
        self.term(Term::Branch {
            cond: c,
            then_bb: exhausted,
            else_bb: body,
        });
        self.switch(body);
        self.own(x)
    }

    /// The block errors inside an `except`/`finally` body go to: leave the handled
    /// exception, release it, continue to the enclosing handler.
    fn handler_cleanup_block(&mut self, _cx: &mut Ctx<'a>, exc_local: Local) -> BlockId {
        let saved = self.cur;
        let b = self.block();
        self.switch(b);
        self.call_void("molt_exc_pop_handled", vec![]);
        let v = self.load_local(exc_local);
        let n = self.null();
        self.emit(Inst::StoreLocal {
            local: exc_local,
            src: n,
        });
        self.emit(Inst::XDecref(v));
        let target = self.handler_target();
        self.term(Term::Jump(target));
        self.switch(saved);
        b
    }

    fn except_handlers(&mut self, cx: &mut Ctx<'a>, t: &'a StmtTry, normal_exit: BlockId) {
        let (el, _) = self.fetch_exception_into("<exc>");
        let cleanup = self.handler_cleanup_block(cx, el);
        let saved_handler = self.handler;
        self.handler = Some(cleanup);
        self.unwind.push(Unwind::Handler { exc_local: el });
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_line(cx, h.range);
            let body_bb = self.block();
            let next_bb = self.block();
            match &h.type_ {
                Some(ty) => {
                    let tv = self.expr(cx, ty);
                    let ev = self.load_local(el);
                    let m = self.call_status(
                        cx,
                        "molt_exc_match",
                        vec![Operand::V(ev), Operand::V(tv)],
                    );
                    self.release(tv);
                    self.term(Term::Branch {
                        cond: m,
                        then_bb: body_bb,
                        else_bb: next_bb,
                    });
                }
                None => {
                    if i + 1 != n {
                        cx.diags.push(Diagnostic::error(
                            "E0109",
                            "default 'except:' must be last",
                            cx.file,
                            h.range,
                        ));
                    }
                    self.term(Term::Jump(body_bb));
                }
            }
            self.switch(body_bb);
            if let Some(name) = &h.name {
                self.bind_from_local(cx, &name.id, el);
            }
            self.stmts(cx, &h.body);
            if !self.terminated() {
                if let Some(name) = &h.name {
                    // `except E as name` deletes the name at the end of the clause.
                    self.unbind_silently(cx, &name.id);
                }
                self.call_void("molt_exc_pop_handled", vec![]);
                let v = self.take_local(el);
                self.release(v);
                self.term(Term::Jump(normal_exit));
            }
            self.switch(next_bb);
        }
        // No clause matched: re-raise the same exception to the enclosing handler.
        self.unwind.pop();
        self.handler = saved_handler;
        let ev = self.load_local(el);
        self.call_void("molt_exc_restore", vec![Operand::V(ev)]);
        self.call_void("molt_exc_pop_handled", vec![]);
        let v = self.take_local(el);
        self.release(v);
        let target = self.handler_target();
        self.term(Term::Jump(target));
    }

    /// `except*` clauses (PEP 654). The caught exception stays in `<exc>`; `<eg-rest>`
    /// holds what no clause has matched yet and `<eg-raised>` what clauses raised. Each
    /// clause splits the rest (`molt_exc_star_match`), runs with its match bound (and
    /// handled) if there is one, and records an exception its body raises instead of
    /// propagating it. At the end `molt_exc_star_reraise` decides what propagates.
    fn except_star_handlers(&mut self, cx: &mut Ctx<'a>, t: &'a StmtTry, normal_exit: BlockId) {
        let (el, e) = self.fetch_exception_into("<exc>");
        let rest_l = self.new_local("<eg-rest>");
        self.emit(Inst::Incref(e));
        self.emit(Inst::StoreLocal {
            local: rest_l,
            src: e,
        });
        let raised_l = self.new_local("<eg-raised>");
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: vec![],
        });
        // The list is created before any handler that could release it is in place.
        let lst = self.value(Ty::Obj);
        self.emit(Inst::Call {
            dst: Some(lst),
            ret: Ty::Obj,
            func: "molt_build_list",
            args: vec![Operand::V(arr), Operand::Imm(0)],
        });
        self.emit(Inst::StoreLocal {
            local: raised_l,
            src: lst,
        });
        // Errors outside the clause bodies (a bad type expression, a failing split)
        // release the three locals and propagate.
        let base_cleanup = self.handler_cleanup_block(cx, el);
        let cleanup = {
            let saved = self.cur;
            let b = self.block();
            self.switch(b);
            for l in [rest_l, raised_l] {
                let v = self.load_local(l);
                let n = self.null();
                self.emit(Inst::StoreLocal { local: l, src: n });
                self.emit(Inst::XDecref(v));
            }
            self.term(Term::Jump(base_cleanup));
            self.switch(saved);
            b
        };
        let saved_handler = self.handler;
        self.handler = Some(cleanup);
        self.unwind.push(Unwind::Handler { exc_local: el });
        for h in &t.handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_line(cx, h.range);
            let Some(ty) = &h.type_ else {
                // The parser rejects `except*:`; nothing to lower.
                continue;
            };
            let tv = self.expr(cx, ty);
            let rest = self.load_local(rest_l);
            let pair = self.call(
                cx,
                "molt_exc_star_match",
                vec![Operand::V(rest), Operand::V(tv)],
            );
            self.release(tv);
            let m = self.tuple_item(pair, 0);
            self.emit(Inst::Incref(m));
            let r = self.tuple_item(pair, 1);
            self.emit(Inst::Incref(r));
            self.release(pair);
            self.emit(Inst::StoreLocal {
                local: rest_l,
                src: r,
            });
            // (the old rest is released below, once the clause's match is known)
            let ml = self.new_local("<eg-match>");
            self.emit(Inst::StoreLocal { local: ml, src: m });
            let none_c = cx.module.intern(Const::None);
            let none = self.value(Ty::Obj);
            self.emit(Inst::Const {
                dst: none,
                c: none_c,
            });
            self.emit(Inst::Decref(rest));
            let is_none = self.value(Ty::I32);
            self.emit(Inst::PtrEq {
                dst: is_none,
                a: m,
                b: none,
            });
            self.emit(Inst::Decref(none));
            let body_bb = self.block();
            let skip_bb = self.block();
            let next_bb = self.block();
            self.term(Term::Branch {
                cond: is_none,
                then_bb: skip_bb,
                else_bb: body_bb,
            });
            // The clause: an exception it raises is recorded, and the next clause runs.
            self.switch(body_bb);
            self.call_void("molt_exc_push_handled", vec![Operand::V(m)]);
            let raise_bb = self.block();
            self.handler = Some(raise_bb);
            if let Some(name) = &h.name {
                self.bind_from_local(cx, &name.id, ml);
            }
            self.stmts(cx, &h.body);
            if !self.terminated() {
                if let Some(name) = &h.name {
                    self.unbind_silently(cx, &name.id);
                }
                self.call_void("molt_exc_pop_handled", vec![]);
                self.term(Term::Jump(skip_bb));
            }
            self.switch(raise_bb);
            let x = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(x),
                ret: Ty::Obj,
                func: "molt_exc_fetch",
                args: vec![],
            });
            self.call_void("molt_exc_pop_handled", vec![]);
            self.call_void("molt_exc_pop_handled", vec![]);
            self.handler = Some(cleanup);
            if let Some(name) = &h.name {
                self.unbind_silently(cx, &name.id);
            }
            let raised = self.load_local(raised_l);
            self.own(x);
            self.call_status(
                cx,
                "molt_list_append",
                vec![Operand::V(raised), Operand::V(x)],
            );
            self.release(x);
            self.term(Term::Jump(skip_bb));
            // Done with this clause's match either way.
            self.switch(skip_bb);
            let mv = self.take_local(ml);
            self.release(mv);
            self.term(Term::Jump(next_bb));
            self.switch(next_bb);
        }
        // What propagates: computed with the clauses' handler still in place.
        let orig = self.load_local(el);
        let raised = self.load_local(raised_l);
        let rest = self.load_local(rest_l);
        let res = self.call(
            cx,
            "molt_exc_star_reraise",
            vec![Operand::V(orig), Operand::V(raised), Operand::V(rest)],
        );
        self.forget(res);
        self.unwind.pop();
        self.handler = saved_handler;
        self.call_void("molt_exc_pop_handled", vec![]);
        for l in [el, rest_l, raised_l] {
            let v = self.load_local(l);
            let n = self.null();
            self.emit(Inst::StoreLocal { local: l, src: n });
            self.emit(Inst::XDecref(v));
        }
        let none_c = cx.module.intern(Const::None);
        let none = self.value(Ty::Obj);
        self.emit(Inst::Const {
            dst: none,
            c: none_c,
        });
        let is_none = self.value(Ty::I32);
        self.emit(Inst::PtrEq {
            dst: is_none,
            a: res,
            b: none,
        });
        self.emit(Inst::Decref(none));
        let done_bb = self.block();
        let reraise_bb = self.block();
        self.term(Term::Branch {
            cond: is_none,
            then_bb: done_bb,
            else_bb: reraise_bb,
        });
        self.switch(done_bb);
        self.emit(Inst::Decref(res));
        self.term(Term::Jump(normal_exit));
        self.switch(reraise_bb);
        self.call_void("molt_exc_restore", vec![Operand::V(res)]);
        self.emit(Inst::Decref(res));
        let target = self.handler_target();
        self.term(Term::Jump(target));
    }

    /// The namespace `locals()` returns: the module's globals, the class namespace, or a
    /// new dict of a function's bound variables in CPython's order (parameters, then
    /// the other locals and cells by name, then free variables by name).
    fn locals_dict(&mut self, cx: &mut Ctx<'a>) -> Value {
        let scope = &cx.symtab.scopes[self.scope];
        match scope.kind {
            ScopeKind::Module => {
                let g = self.load_local(self.globals);
                self.emit(Inst::Incref(g));
                return self.own(g);
            }
            ScopeKind::Class => {
                let ns = self.load_local(self.class_ns.unwrap());
                self.emit(Inst::Incref(ns));
                return self.own(ns);
            }
            _ => {}
        }
        // CPython's order (`co_varnames`, then cells, then free variables): parameters,
        // the other plain locals in order of first occurrence, the other cells sorted,
        // the free variables sorted.
        let mut names: Vec<String> = scope.params.clone();
        names.extend(
            scope
                .order
                .iter()
                .filter(|n| scope.binding(n) == Binding::Local && !scope.params.contains(n))
                .cloned(),
        );
        let mut cells: Vec<String> = scope
            .order
            .iter()
            .filter(|n| scope.binding(n) == Binding::Cell && !scope.params.contains(n))
            .cloned()
            .collect();
        cells.sort();
        names.extend(cells);
        let mut free = scope.freevars.clone();
        free.sort();
        names.extend(free);
        // One dict per frame, updated by every call, as CPython 3.12's `f_locals`.
        let cache = match self.locals_cache {
            Some(l) => l,
            None => {
                let l = self.new_local("<locals>");
                self.locals_cache = Some(l);
                l
            }
        };
        let cur = self.load_local(cache);
        let d = self.call(cx, "molt_locals_dict", vec![Operand::V(cur)]);
        self.emit(Inst::Incref(d));
        let old = self.load_local(cache);
        self.emit(Inst::StoreLocal {
            local: cache,
            src: d,
        });
        self.emit(Inst::XDecref(old));
        for name in names {
            let is_cell = !matches!(self.kind_of(cx, &name), Binding::Local);
            let l = self.var_local(&name);
            let v = self.load_local(l);
            let kc = cx.str_const(&name);
            let k = self.konst(kc);
            self.call_status(
                cx,
                "molt_locals_put",
                vec![
                    Operand::V(d),
                    Operand::V(k),
                    Operand::V(v),
                    Operand::Imm(is_cell as i64),
                ],
            );
            self.release(k);
        }
        d
    }

    /// Takes the raised exception (it becomes the one being handled) into a new local.
    /// Returns the local and the value (owned by the local).
    fn fetch_exception_into(&mut self, local_name: &str) -> (Local, Value) {
        let e = self.value(Ty::Obj);
        self.emit(Inst::Call {
            dst: Some(e),
            ret: Ty::Obj,
            func: "molt_exc_fetch",
            args: vec![],
        });
        let l = self.new_local(local_name);
        self.emit(Inst::StoreLocal { local: l, src: e });
        (l, e)
    }

    /// Binds `name` to a new reference to the object in local `l` (`except ... as name`).
    fn bind_from_local(&mut self, cx: &mut Ctx<'a>, name: &str, l: Local) {
        let v = self.load_local(l);
        self.emit(Inst::Incref(v));
        self.own(v);
        self.store_name(cx, name, v);
    }

    /// `del name` without the unbound check (end of an except clause).
    fn unbind_silently(&mut self, cx: &mut Ctx<'a>, name: &str) {
        match self.kind_of(cx, name) {
            Binding::Local => {
                let l = self.var_local(name);
                let v = self.load_local(l);
                let n = self.null();
                self.emit(Inst::StoreLocal { local: l, src: n });
                self.emit(Inst::XDecref(v));
            }
            Binding::Cell | Binding::Free => {
                let l = self.var_local(name);
                let c = self.load_local(l);
                let n = self.null();
                self.call_void("molt_cell_set", vec![Operand::V(c), Operand::V(n)]);
            }
            _ => {
                self.delete_name(cx, name, TextRange::default());
                // A NameError here means the body deleted it already; CPython ignores
                // that case too only partially. TODO(lower): exact CPython behaviour.
            }
        }
    }

    /// Whether an import of `name` can be compiled: a module in the program or the
    /// runtime, or any module under `try: ... except ImportError` (it then raises at run
    /// time, as packages expect when they probe for optional speedups).
    fn import_allowed(&self, cx: &mut Ctx<'a>, name: &str, r: TextRange) -> bool {
        if is_runtime_module(name) || cx.info.compiled.contains(name) || self.import_guard > 0 {
            return true;
        }
        cx.diags.push(Diagnostic::error(
            "E0200",
            &format!("module '{}' not found (searched the program's folder, MOLT_PATH and Molt's stdlib)", name),
            cx.file,
            r,
        ));
        false
    }

    fn import(&mut self, cx: &mut Ctx<'a>, i: &'a StmtImport) {
        for a in &i.names {
            let name = a.name.id.to_string();
            if !self.import_allowed(cx, &name, a.range) {
                continue;
            }
            // CPython reports import errors at the whole statement (no carets).
            self.set_line(cx, i.range);
            let nc = cx.str_const(&name);
            let n = self.konst(nc);
            let m = self.call(cx, "molt_import", vec![Operand::V(n)]);
            self.release(n);
            match &a.asname {
                Some(x) => self.store_name(cx, &x.id, m),
                None => {
                    // `import a.b.c` binds the top-level package `a`.
                    let top = name.split('.').next().unwrap().to_string();
                    if top == name {
                        self.store_name(cx, &top, m);
                    } else {
                        self.release(m);
                        let tc = cx.str_const(&top);
                        let t = self.konst(tc);
                        let tm = self.call(cx, "molt_import", vec![Operand::V(t)]);
                        self.release(t);
                        self.store_name(cx, &top, tm);
                    }
                }
            }
        }
    }

    fn import_from(&mut self, cx: &mut Ctx<'a>, i: &'a StmtImportFrom) {
        let relative = i
            .module
            .as_ref()
            .map(|m| m.id.to_string())
            .unwrap_or_default();
        let module = match resolve_relative(&cx.info.package, i.level, &relative) {
            Some(m) => m,
            // Inside `try: ... except ImportError`, CPython's run-time error.
            None if self.import_guard > 0 => {
                self.set_line(cx, i.range);
                let mc = cx.str_const("attempted relative import beyond top-level package");
                let m = self.konst(mc);
                self.call_status(cx, "molt_raise_import_error", vec![Operand::V(m)]);
                self.release(m);
                return;
            }
            None => {
                cx.diags.push(Diagnostic::error(
                    "E0201",
                    "attempted relative import beyond top-level package",
                    cx.file,
                    i.range,
                ));
                return;
            }
        };
        if !self.import_allowed(cx, &module, i.range) {
            return;
        }
        self.set_line(cx, i.range);
        let nc = cx.str_const(&module);
        let n = self.konst(nc);
        let m = self.call(cx, "molt_import", vec![Operand::V(n)]);
        self.release(n);
        for a in &i.names {
            if a.name.id.as_str() == "*" {
                if cx.symtab.scopes[self.scope].kind != ScopeKind::Module {
                    cx.diags.push(Diagnostic::error(
                        "E0202",
                        "import * only allowed at module level",
                        cx.file,
                        a.range,
                    ));
                    continue;
                }
                let g = self.load_local(self.globals);
                self.call_status(cx, "molt_import_star", vec![Operand::V(m), Operand::V(g)]);
                continue;
            }
            let ac = cx.str_const(&a.name.id);
            let an = self.konst(ac);
            let fc = cx.str_const(&format!("{}.{}", module, a.name.id));
            let full = self.konst(fc);
            let v = self.call(
                cx,
                "molt_import_from",
                vec![Operand::V(m), Operand::V(an), Operand::V(full)],
            );
            self.release(an);
            self.release(full);
            let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
            self.store_name(cx, &bound, v);
        }
        self.release(m);
    }

    // ----- functions and classes -----

    fn child_qualname(&self, cx: &Ctx<'a>, name: &str) -> String {
        // An annotation scope is invisible in qualified names.
        if let Some(q) = &self.child_qualname_override {
            return q.clone();
        }
        let kind = cx.symtab.scopes[self.scope].kind;
        match kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", self.qualname, name),
            _ => format!("{}.<locals>.{}", self.qualname, name),
        }
    }

    /// Builds the closure tuple for a child scope from this function's cells. Owned
    /// result, or None when the child has no free variables.
    fn closure_for(&mut self, cx: &mut Ctx<'a>, child: usize) -> Option<Value> {
        let frees = cx.symtab.scopes[child].freevars.clone();
        if frees.is_empty() {
            return None;
        }
        let mut items = Vec::new();
        for name in &frees {
            if name == "__class__" && cx.symtab.scopes[self.scope].kind == ScopeKind::Class {
                let l = self.var_local("__class__");
                items.push(Operand::V(self.load_local(l)));
                continue;
            }
            let l = self.var_local(name);
            items.push(Operand::V(self.load_local(l)));
        }
        let arr = self.value(Ty::I64);
        let n = items.len() as i64;
        self.emit(Inst::StackArray { dst: arr, items });
        let t = self.value(Ty::Obj);
        self.emit(Inst::Call {
            dst: Some(t),
            ret: Ty::Obj,
            func: "molt_build_tuple",
            args: vec![Operand::V(arr), Operand::Imm(n)],
        });
        Some(self.own(t))
    }

    /// Lowers a function body (def or lambda) into a new IR function; returns its id.
    #[allow(clippy::too_many_arguments)]
    fn lower_function_body(
        &mut self,
        cx: &mut Ctx<'a>,
        child: usize,
        name: &str,
        qualname: &str,
        body: FnBody<'a>,
        preassigned: Option<u32>,
    ) -> u32 {
        let mut body = body;
        if let FnBody::Expr(e) = body {
            // `lambda: (yield x)` is a generator whose return value is the expression's:
            // lowered as the body `return <expr>` (allocated once, for the compiler's
            // lifetime, like the parsed module itself).
            if expr_contains_yield(e) {
                let ret = Stmt::Return(ruff_python_ast::StmtReturn {
                    range: e.range(),
                    node_index: Default::default(),
                    value: Some(Box::new(e.clone())),
                });
                body = FnBody::Stmts(Box::leak(vec![ret].into_boxed_slice()));
            }
        }
        if let FnBody::Stmts(b) = body {
            let is_async = cx.symtab.scopes[child].is_async;
            let kind = match (is_async, contains_yield(b)) {
                (false, false) => None,
                (false, true) => Some(GenKind::Generator),
                (true, false) => Some(GenKind::Coroutine),
                (true, true) => Some(GenKind::AsyncGenerator),
            };
            if let Some(kind) = kind {
                return self.lower_generator(
                    cx,
                    child,
                    name,
                    qualname,
                    GenBody::Stmts(b),
                    kind,
                    preassigned,
                );
            }
        }
        let (id, sym) = match preassigned {
            Some(id) => (id, cx.module.functions[id as usize].symbol.clone()),
            None => {
                cx.symbol_counter += 1;
                let sym = format!("molt_fn{}_{}", cx.symbol_counter, sanitize(name));
                let id = cx.module.functions.len() as u32;
                cx.module
                    .functions
                    .push(ir::Function::new(name, &sym, FnKind::Code));
                (id, sym)
            }
        };
        let mut st = FnState::new(cx, child, name, qualname, FnKind::Code, self.line);
        st.f.symbol = sym;
        st.line = self.line;
        st.class_name = self.class_name.clone();
        // A function that reads its own namespace (`locals()`, `vars()`, `dir()`)
        // keeps every variable boxed, so no unboxed twin is read behind its back.
        if let FnBody::Stmts(b) = body {
            if !calls_namespace_builtin(b) {
                st.dual = dual_locals(b)
                    .into_iter()
                    .chain(numeric_params(b, &cx.symtab.scopes[child].params))
                    .filter(|n| cx.symtab.scopes[child].binding(n) == Binding::Local)
                    .collect();
            }
        }
        st.function_prologue(cx);
        match body {
            FnBody::Stmts(b) => st.stmts(cx, b),
            FnBody::Expr(e) => {
                let v = st.expr(cx, e);
                let rl = st.ret_local;
                st.set_local(rl, v);
                let exit = st.exit_bb;
                st.term(Term::Jump(exit));
            }
            FnBody::Generic(owner) => {
                st.child_qualname_override = cx.generic_qualname.take();
                st.generic_body(cx, owner);
            }
        }
        let f = st.finish(cx);
        cx.module.functions[id as usize] = f;
        id
    }

    /// Lowers a generator: its resume function (the body as a state machine over a heap
    /// frame) and the creator that a call runs (binds the arguments into a new
    /// generator's frame). Returns the creator's id, the code of the function object.
    #[allow(clippy::too_many_arguments)]
    fn lower_generator(
        &mut self,
        cx: &mut Ctx<'a>,
        child: usize,
        name: &str,
        qualname: &str,
        body: GenBody<'a>,
        kind: GenKind,
        preassigned: Option<u32>,
    ) -> u32 {
        cx.symbol_counter += 1;
        let rsym = format!("molt_gen{}_{}", cx.symbol_counter, sanitize(name));
        let rid = cx.module.functions.len() as u32;
        cx.module
            .functions
            .push(ir::Function::new(name, &rsym, FnKind::GenResume));
        let mut st = FnState::new(cx, child, name, qualname, FnKind::GenResume, self.line);
        st.class_name = self.class_name.clone();
        st.f.symbol = rsym;
        st.line = self.line;
        if let GenBody::Stmts(b) = body {
            // As for functions: `locals()` and friends need every variable boxed.
            if !calls_namespace_builtin(b) {
                st.dual = dual_locals(b)
                    .into_iter()
                    .filter(|n| cx.symtab.scopes[child].binding(n) == Binding::Local)
                    .collect();
            }
        }
        st.comp_range = cx.next_comp_range.take();
        st.generator_prologue(cx, kind);
        match body {
            GenBody::Stmts(b) => st.stmts(cx, b),
            GenBody::Comp(generators, elt) => {
                st.comp_loop(cx, CompKind::Gen, generators, 0, u32::MAX, elt, None);
            }
            GenBody::AsyncComp(kind, generators, elt, value) => {
                st.comp_accumulate(cx, kind, generators, elt, value);
            }
        }
        let params = cx.symtab.scopes[child].params.clone();
        let param_locals: Vec<Local> = params.iter().map(|p| st.vars[p.as_str()]).collect();
        let f = st.finish(cx);
        let nlocals = f.local_names.len() as i64;
        let nvalues = f.value_types.len() as i64 + nlocals;
        cx.module.functions[rid as usize] = f;
        // The creator: a plain function body.
        let (cid, csym) = match preassigned {
            Some(id) => (id, cx.module.functions[id as usize].symbol.clone()),
            None => {
                cx.symbol_counter += 1;
                let sym = format!("molt_fn{}_{}", cx.symbol_counter, sanitize(name));
                let id = cx.module.functions.len() as u32;
                cx.module
                    .functions
                    .push(ir::Function::new(name, &sym, FnKind::Code));
                (id, sym)
            }
        };
        let mut c = FnState::new(cx, child, name, qualname, FnKind::Code, self.line);
        c.f.symbol = csym;
        c.line = self.line;
        let fo = c.value(Ty::Obj);
        c.emit(Inst::Param { dst: fo, index: 0 });
        let slots = c.value(Ty::I64);
        c.emit(Inst::Param {
            dst: slots,
            index: 1,
        });
        let mut args = Vec::new();
        for i in 0..params.len() {
            let v = c.value(Ty::Obj);
            c.emit(Inst::LoadSlot {
                dst: v,
                base: slots,
                index: i as u32,
            });
            args.push(c.own(v));
        }
        let addr = c.value(Ty::I64);
        c.emit(Inst::FuncAddr {
            dst: addr,
            func: rid,
        });
        let g = c.call(
            cx,
            "molt_gen_new",
            vec![
                Operand::V(fo),
                Operand::V(addr),
                Operand::Imm(nlocals),
                Operand::Imm(nvalues),
                Operand::Imm(kind as i64),
            ],
        );
        for (v, l) in args.into_iter().zip(param_locals) {
            c.emit(Inst::GenFrameStore {
                gen: g,
                index: l,
                v,
            });
            c.forget(v);
        }
        let rl = c.ret_local;
        c.set_local(rl, g);
        let exit = c.exit_bb;
        c.term(Term::Jump(exit));
        let cf = c.finish(cx);
        cx.module.functions[cid as usize] = cf;
        cid
    }

    fn descriptor(
        &mut self,
        cx: &mut Ctx<'a>,
        name: &str,
        qualname: &str,
        p: Option<&Parameters>,
        line: i64,
    ) -> ConstId {
        let (mut names, mut posonly, mut argcount, mut kwonly, mut flags) =
            (Vec::new(), 0, 0, 0, 0);
        if let Some(p) = p {
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                names.push(a.parameter.name.id.to_string());
            }
            posonly = p.posonlyargs.len();
            argcount = names.len();
            for a in &p.kwonlyargs {
                names.push(a.parameter.name.id.to_string());
            }
            kwonly = p.kwonlyargs.len();
            if let Some(v) = &p.vararg {
                names.push(v.name.id.to_string());
                flags |= 1;
            }
            if let Some(k) = &p.kwarg {
                names.push(k.name.id.to_string());
                flags |= 2;
            }
        }
        let m = &mut cx.module;
        let name_c = m.intern(Const::Str(name.to_string()));
        let qual_c = m.intern(Const::Str(qualname.to_string()));
        let file_c = cx.file_const;
        let line_c = m.intern(Const::Int(line));
        let name_items: Vec<ConstId> = names
            .iter()
            .map(|n| m.intern(Const::Str(n.clone())))
            .collect();
        let names_c = m.intern(Const::Tuple(name_items));
        let ints: Vec<ConstId> = [posonly, argcount, kwonly, flags]
            .iter()
            .map(|&x| m.intern(Const::Int(x as i64)))
            .collect();
        m.intern(Const::Tuple(vec![
            name_c, qual_c, file_c, line_c, names_c, ints[0], ints[1], ints[2], ints[3],
        ]))
    }

    /// Evaluates defaults; creates the function object (owned).
    fn make_function(
        &mut self,
        cx: &mut Ctx<'a>,
        name: &str,
        params: Option<&'a Parameters>,
        range: TextRange,
        body: FnBody<'a>,
        preassigned: Option<u32>,
        returns: Option<&'a Expr>,
    ) -> Value {
        let qualname = self.child_qualname(cx, name);
        let line = cx.line(range);
        // Defaults are evaluated in the enclosing scope, before the body exists.
        let mut defaults = Vec::new();
        let mut kwdefaults: Vec<(String, Value)> = Vec::new();
        if let Some(p) = params {
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                if let Some(d) = &a.default {
                    let v = self.expr(cx, d);
                    defaults.push(v);
                }
            }
            for a in &p.kwonlyargs {
                if let Some(d) = &a.default {
                    let v = self.expr(cx, d);
                    kwdefaults.push((a.parameter.name.id.to_string(), v));
                }
            }
        }
        let child = cx.symtab.scope_of(range);
        let saved_line = self.line;
        let fid = self.lower_function_body(cx, child, name, &qualname, body, preassigned);
        self.line = saved_line;
        let desc = self.descriptor(cx, name, &qualname, params, line);
        let defaults_v = if defaults.is_empty() {
            None
        } else {
            Some(self.tuple_of(cx, defaults))
        };
        let kwdefaults_v = if kwdefaults.is_empty() {
            None
        } else {
            let mut keys = Vec::new();
            let mut vals = Vec::new();
            for (k, v) in &kwdefaults {
                let kc = cx.str_const(k);
                keys.push(Operand::V(self.konst(kc)));
                vals.push(Operand::V(*v));
            }
            let n = keys.len() as i64;
            let ka = self.value(Ty::I64);
            self.emit(Inst::StackArray {
                dst: ka,
                items: keys.clone(),
            });
            let va = self.value(Ty::I64);
            self.emit(Inst::StackArray {
                dst: va,
                items: vals,
            });
            let d = self.call(
                cx,
                "molt_build_dict",
                vec![Operand::V(ka), Operand::V(va), Operand::Imm(n)],
            );
            for k in keys {
                if let Operand::V(k) = k {
                    self.release(k);
                }
            }
            for (_, v) in kwdefaults {
                self.release(v);
            }
            Some(d)
        };
        let annotations = self.function_annotations(cx, params, returns);
        let closure = self.closure_for(cx, child);
        let addr = self.value(Ty::I64);
        self.emit(Inst::FuncAddr {
            dst: addr,
            func: fid,
        });
        let d = self.konst(desc);
        let g = self.load_local(self.globals);
        let opt = |v: Option<Value>| v.map(Operand::V).unwrap_or(Operand::Null);
        let fobj = self.call(
            cx,
            "molt_make_function",
            vec![
                Operand::V(addr),
                Operand::V(d),
                Operand::V(g),
                opt(defaults_v),
                opt(kwdefaults_v),
                opt(closure),
            ],
        );
        self.release(d);
        for v in [defaults_v, kwdefaults_v, closure].into_iter().flatten() {
            self.release(v);
        }
        if let FnBody::Stmts(b) = body {
            if let Some(doc) = docstring(b) {
                let dc = cx.str_const(&doc);
                let dv = self.konst(dc);
                let kc = cx.str_const("__doc__");
                let k = self.konst(kc);
                self.call_status(
                    cx,
                    "molt_setattr",
                    vec![Operand::V(fobj), Operand::V(k), Operand::V(dv)],
                );
                self.release(k);
                self.release(dv);
            }
        }
        if let Some(a) = annotations {
            let kc = cx.str_const("__annotations__");
            let k = self.konst(kc);
            self.call_status(
                cx,
                "molt_setattr",
                vec![Operand::V(fobj), Operand::V(k), Operand::V(a)],
            );
            self.release(k);
            self.release(a);
        }
        fobj
    }

    fn function_def(&mut self, cx: &mut Ctx<'a>, f: &'a StmtFunctionDef) {
        let decorators: Vec<Value> = f
            .decorator_list
            .iter()
            .map(|d| self.expr(cx, &d.expression))
            .collect();
        self.set_line(cx, f.range);
        if let Some(tp) = &f.type_params {
            let Some(mut v) = self.generic_def(cx, Generic::Function(f), &f.name.id, tp) else {
                return;
            };
            v = self.apply_decorators(cx, decorators, v);
            self.store_name(cx, &f.name.id, v);
            return;
        }
        let direct = if cx.symtab.scopes[self.scope].kind == ScopeKind::Module {
            cx.direct.get(f.name.id.as_str()).map(|d| d.0)
        } else {
            None
        };
        let mut v = self.make_function(
            cx,
            &f.name.id,
            Some(&f.parameters),
            f.range,
            FnBody::Stmts(&f.body),
            direct,
            f.returns.as_deref(),
        );
        if let Some(fid) = direct {
            self.emit(Inst::StoreFnSlot { func: fid, v });
        }
        v = self.apply_decorators(cx, decorators, v);
        self.store_name(cx, &f.name.id, v);
    }

    fn class_def(&mut self, cx: &mut Ctx<'a>, c: &'a StmtClassDef) {
        let decorators: Vec<Value> = c
            .decorator_list
            .iter()
            .map(|d| self.expr(cx, &d.expression))
            .collect();
        self.set_line(cx, c.range());
        let cls = match &c.type_params {
            Some(tp) => match self.generic_def(cx, Generic::Class(c), &c.name.id, tp) {
                Some(v) => v,
                None => return,
            },
            None => self.build_class(cx, c, None),
        };
        let cls = self.apply_decorators(cx, decorators, cls);
        self.store_name(cx, &c.name.id, cls);
    }

    /// Evaluates a class statement's bases and keywords, runs its body and creates the
    /// class (owned result). `extra_base` (owned) is appended to the bases: the
    /// implicit `Generic[T, ...]` of a PEP 695 generic class.
    fn build_class(
        &mut self,
        cx: &mut Ctx<'a>,
        c: &'a StmtClassDef,
        extra_base: Option<Value>,
    ) -> Value {
        let name = c.name.id.to_string();
        let qualname = self.child_qualname(cx, &name);
        // Bases and keywords.
        let (bases, kwargs) = match &c.arguments {
            Some(args) => {
                let b = self.sequence_of_plus(cx, &args.args, extra_base);
                let k = if args.keywords.is_empty() {
                    None
                } else {
                    Some(self.kwargs_dict(cx, &args.keywords, None))
                };
                (b, k)
            }
            None => (self.sequence_of_plus(cx, &[], extra_base), None),
        };
        // The body is a function of the namespace dict.
        let child = cx.symtab.scope_of(c.range);
        cx.symbol_counter += 1;
        let sym = format!("molt_class{}_{}", cx.symbol_counter, sanitize(&name));
        let fid = cx.module.functions.len() as u32;
        cx.module
            .functions
            .push(ir::Function::new(&name, &sym, FnKind::Code));
        let mut st = FnState::new(cx, child, &name, &qualname, FnKind::Code, self.line);
        st.f.symbol = sym;
        st.line = self.line;
        st.class_name = Some(name.clone());
        st.class_body_prologue(cx);
        st.store_docstring(cx, &c.body);
        st.setup_annotations(cx, &c.body);
        st.stmts(cx, &c.body);
        if !st.terminated() {
            // Return the __class__ cell (for zero-argument super) or None.
            let v = if cx.symtab.scopes[child].needs_class_cell() {
                let l = st.var_local("__class__");
                let cell = st.load_local(l);
                st.emit(Inst::Incref(cell));
                st.own(cell)
            } else {
                let n = cx.module.intern(Const::None);
                st.konst(n)
            };
            let rl = st.ret_local;
            st.set_local(rl, v);
            let exit = st.exit_bb;
            st.term(Term::Jump(exit));
        }
        let f = st.finish(cx);
        cx.module.functions[fid as usize] = f;
        let desc = self.descriptor(cx, &name, &qualname, None, cx.line(c.range));
        // The body function takes one parameter: the namespace.
        let desc = {
            let m = &mut cx.module;
            let Const::Tuple(mut items) = m.consts[desc as usize].clone() else {
                unreachable!()
            };
            let ns = m.intern(Const::Str("<ns>".into()));
            items[4] = m.intern(Const::Tuple(vec![ns]));
            items[6] = m.intern(Const::Int(1));
            m.intern(Const::Tuple(items))
        };
        let closure = self.closure_for(cx, child);
        let addr = self.value(Ty::I64);
        self.emit(Inst::FuncAddr {
            dst: addr,
            func: fid,
        });
        let d = self.konst(desc);
        let g = self.load_local(self.globals);
        let clo = closure.map(Operand::V).unwrap_or(Operand::Null);
        let body_fn = self.call(
            cx,
            "molt_make_function",
            vec![
                Operand::V(addr),
                Operand::V(d),
                Operand::V(g),
                Operand::Null,
                Operand::Null,
                clo,
            ],
        );
        self.release(d);
        if let Some(cl) = closure {
            self.release(cl);
        }
        let nc = cx.str_const(&name);
        let n = self.konst(nc);
        let qc = cx.str_const(&qualname);
        let q = self.konst(qc);
        self.set_line(cx, c.range());
        let kw = kwargs.map(Operand::V).unwrap_or(Operand::Null);
        let cls = self.call(
            cx,
            "molt_build_class",
            vec![
                Operand::V(body_fn),
                Operand::V(n),
                Operand::V(q),
                Operand::V(bases),
                kw,
            ],
        );
        self.release(body_fn);
        self.release(n);
        self.release(q);
        self.release(bases);
        if let Some(k) = kwargs {
            self.release(k);
        }
        cls
    }

    fn class_body_prologue(&mut self, cx: &mut Ctx<'a>) {
        let fo = self.value(Ty::Obj);
        self.emit(Inst::Param { dst: fo, index: 0 });
        let slots = self.value(Ty::I64);
        self.emit(Inst::Param {
            dst: slots,
            index: 1,
        });
        self.func_obj = Some(fo);
        let ns = self.value(Ty::Obj);
        self.emit(Inst::LoadSlot {
            dst: ns,
            base: slots,
            index: 0,
        });
        let nsl = self.new_local("<ns>");
        self.emit(Inst::StoreLocal {
            local: nsl,
            src: ns,
        });
        self.class_ns = Some(nsl);
        let scope = &cx.symtab.scopes[self.scope];
        let cellvars = scope.cellvars.clone();
        let freevars = scope.freevars.clone();
        for c in &cellvars {
            let l = self.var_local(c);
            let n = self.null();
            let cell = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(cell),
                ret: Ty::Obj,
                func: "molt_cell_new",
                args: vec![Operand::V(n)],
            });
            self.emit(Inst::StoreLocal {
                local: l,
                src: cell,
            });
        }
        for (i, fv) in freevars.iter().enumerate() {
            let l = self.var_local(fv);
            let cell = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(cell),
                ret: Ty::Obj,
                func: "molt_func_cell",
                args: vec![Operand::V(fo), Operand::Imm(i as i64)],
            });
            self.emit(Inst::StoreLocal {
                local: l,
                src: cell,
            });
        }
        let g = self.value(Ty::Obj);
        self.emit(Inst::LoadPtr {
            dst: g,
            base: fo,
            offset: crate::abi::FUNCTION_GLOBALS_OFFSET,
        });
        self.emit(Inst::StoreLocal {
            local: self.globals,
            src: g,
        });
        self.enter_frame(cx);
    }

    // ----- expressions -----

    fn expr(&mut self, cx: &mut Ctx<'a>, e: &'a Expr) -> Value {
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    Number::Int(i) => match i.as_i64() {
                        Some(v) => Const::Int(v),
                        None => Const::BigInt(i.to_string()),
                    },
                    Number::Float(f) => Const::Float(*f),
                    Number::Complex { real, imag } => {
                        // An imaginary literal (`3j`) makes a new complex each time.
                        return self.call(
                            cx,
                            "molt_complex_new",
                            vec![Operand::F64(*real), Operand::F64(*imag)],
                        );
                    }
                };
                let c = cx.module.intern(c);
                self.konst(c)
            }
            Expr::StringLiteral(s) => {
                let c = cx.str_const(s.value.to_str());
                self.konst(c)
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let c = cx.module.intern(Const::Bytes(bytes));
                self.konst(c)
            }
            Expr::BooleanLiteral(b) => {
                let c = cx
                    .module
                    .intern(if b.value { Const::True } else { Const::False });
                self.konst(c)
            }
            Expr::NoneLiteral(_) => {
                let c = cx.module.intern(Const::None);
                self.konst(c)
            }
            Expr::EllipsisLiteral(_) => {
                let c = cx.module.intern(Const::Ellipsis);
                self.konst(c)
            }
            Expr::Name(n) => self.load_name(cx, &n.id, n.range),
            Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
                let lhs = self.int_operand(cx, &b.left);
                let rhs = self.int_operand(cx, &b.right);
                self.set_line_binop(cx, b);
                self.int_binop_value(cx, lhs, rhs, binop_code(b.op))
            }
            Expr::BinOp(b) => {
                let l = self.expr(cx, &b.left);
                let r = self.expr(cx, &b.right);
                self.set_line_binop(cx, b);
                let v = self.call(
                    cx,
                    "molt_binop",
                    vec![Operand::V(l), Operand::V(r), Operand::Imm(binop_code(b.op))],
                );
                self.release(l);
                self.release(r);
                v
            }
            Expr::UnaryOp(u) => {
                let x = self.expr(cx, &u.operand);
                self.set_line(cx, u.range);
                let op = match u.op {
                    UnaryOp::USub => 0,
                    UnaryOp::UAdd => 1,
                    UnaryOp::Invert => 2,
                    UnaryOp::Not => 3,
                };
                let v = self.call(cx, "molt_unaryop", vec![Operand::V(x), Operand::Imm(op)]);
                self.release(x);
                v
            }
            Expr::BoolOp(b) => self.bool_op(cx, b),
            Expr::Compare(c) => self.compare(cx, c),
            Expr::Call(c) => self.call_expr(cx, c),
            Expr::Attribute(a) => {
                self.check_dynamic_attr(cx, a, false);
                let o = self.expr(cx, &a.value);
                self.set_line(cx, a.range);
                let nc = cx.str_const(&self.mangled(&a.attr.id));
                let n = self.konst(nc);
                let ic = cx.new_cache();
                let v = self.call(
                    cx,
                    "molt_getattr_ic",
                    vec![Operand::V(o), Operand::V(n), ic],
                );
                self.release(n);
                self.release(o);
                v
            }
            Expr::Subscript(s) => {
                let o = self.expr(cx, &s.value);
                let k = self.expr(cx, &s.slice);
                self.set_line_subscript(cx, s);
                let v = self.call(cx, "molt_getitem", vec![Operand::V(o), Operand::V(k)]);
                self.release(k);
                self.release(o);
                v
            }
            Expr::Slice(s) => {
                let mut parts = Vec::new();
                for p in [&s.lower, &s.upper, &s.step] {
                    parts.push(p.as_ref().map(|x| self.expr(cx, x)));
                }
                let ops: Vec<Operand> = parts
                    .iter()
                    .map(|p| p.map(Operand::V).unwrap_or(Operand::Null))
                    .collect();
                let v = self.value(Ty::Obj);
                self.emit(Inst::Call {
                    dst: Some(v),
                    ret: Ty::Obj,
                    func: "molt_build_slice",
                    args: ops,
                });
                for p in parts.into_iter().flatten() {
                    self.release(p);
                }
                self.own(v)
            }
            Expr::Tuple(t) => {
                if let Some(c) = self.const_tuple(cx, &t.elts) {
                    return self.konst(c);
                }
                self.sequence_of(cx, &t.elts, true)
            }
            Expr::List(l) => self.sequence_of(cx, &l.elts, false),
            Expr::Set(s) => self.set_display(cx, &s.elts),
            Expr::Dict(d) => self.dict_display(cx, d),
            Expr::If(i) => {
                let result = self.new_local("<ifexp>");
                let t = self.truth(cx, &i.test);
                let tb = self.block();
                let eb = self.block();
                let after = self.block();
                self.term(Term::Branch {
                    cond: t,
                    then_bb: tb,
                    else_bb: eb,
                });
                self.switch(tb);
                let v = self.expr(cx, &i.body);
                self.emit(Inst::StoreLocal {
                    local: result,
                    src: v,
                });
                self.forget(v);
                self.term(Term::Jump(after));
                self.switch(eb);
                let v = self.expr(cx, &i.orelse);
                self.emit(Inst::StoreLocal {
                    local: result,
                    src: v,
                });
                self.forget(v);
                self.term(Term::Jump(after));
                self.switch(after);
                self.take_local(result)
            }
            Expr::Named(n) => {
                let v = self.expr(cx, &n.value);
                self.emit(Inst::Incref(v));
                let Expr::Name(target) = &*n.target else {
                    cx.diags.push(Diagnostic::error(
                        "E0110",
                        "cannot use assignment expressions with this target",
                        cx.file,
                        n.range,
                    ));
                    return v;
                };
                self.store_name(cx, &target.id, v);
                self.own(v)
            }
            Expr::Lambda(l) => {
                self.set_line(cx, l.range);
                self.make_function(
                    cx,
                    "<lambda>",
                    l.parameters.as_deref(),
                    l.range,
                    FnBody::Expr(&l.body),
                    None,
                    None,
                )
            }
            Expr::FString(f) => self.fstring(cx, f),
            Expr::Starred(s) => {
                cx.diags.push(Diagnostic::error(
                    "E0111",
                    "can't use starred expression here",
                    cx.file,
                    s.range,
                ));
                let c = cx.module.intern(Const::None);
                self.konst(c)
            }
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(e) => self.expr(cx, e),
                    None => {
                        let n = cx.module.intern(Const::None);
                        self.konst(n)
                    }
                };
                self.set_line(cx, y.range);
                if self.gen.is_none() {
                    cx.diags.push(Diagnostic::error(
                        "E0112",
                        "'yield' outside function",
                        cx.file,
                        y.range,
                    ));
                    return v;
                }
                if self.gen.as_ref().map(|g| g.kind) == Some(GenKind::AsyncGenerator) {
                    // An async generator's own values are marked, so that its `__anext__`
                    // awaitable tells them apart from what inner awaits pass through.
                    let w = self.call(cx, "molt_asyncgen_wrap", vec![Operand::V(v)]);
                    self.release(v);
                    return self.yield_point(cx, w, true);
                }
                self.yield_point(cx, v, true)
            }
            Expr::Await(a) => {
                if !self.in_async(cx, "'await'", a.range) {
                    let n = cx.module.intern(Const::None);
                    return self.konst(n);
                }
                let v = self.expr(cx, &a.value);
                self.await_value(cx, v, a.range, AWAIT_PLAIN)
            }
            Expr::YieldFrom(y) => {
                if self.gen.is_none() {
                    cx.diags.push(Diagnostic::error(
                        "E0112",
                        "'yield' outside function",
                        cx.file,
                        y.range,
                    ));
                    let n = cx.module.intern(Const::None);
                    return self.konst(n);
                }
                if self.gen.as_ref().map(|g| g.kind) != Some(GenKind::Generator) {
                    cx.diags.push(Diagnostic::error(
                        "E0114",
                        "'yield from' inside async function",
                        cx.file,
                        y.range,
                    ));
                    let n = cx.module.intern(Const::None);
                    return self.konst(n);
                }
                self.yield_from(cx, &y.value, y.range)
            }
            Expr::Generator(g) => {
                if !g.parenthesized {
                    // `f(x for x in y)`: CPython's node includes the call's parentheses.
                    let r = g.range;
                    cx.comp_pos_range = Some(TextRange::new(
                        r.start() - ruff_text_size::TextSize::from(1),
                        r.end() + ruff_text_size::TextSize::from(1),
                    ));
                }
                self.comprehension(cx, CompKind::Gen, g.range, &g.generators, &g.elt, None)
            }
            Expr::ListComp(c) => {
                self.comprehension(cx, CompKind::List, c.range, &c.generators, &c.elt, None)
            }
            Expr::SetComp(c) => {
                self.comprehension(cx, CompKind::Set, c.range, &c.generators, &c.elt, None)
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(
                    cx,
                    CompKind::Dict,
                    c.range,
                    &c.generators,
                    k,
                    Some(&c.value),
                ),
                None => {
                    cx.unsupported("this dict comprehension", c.range);
                    let n = cx.module.intern(Const::None);
                    self.konst(n)
                }
            },
            other => {
                let what = match other {
                    Expr::Generator(_) => "a generator expression",
                    Expr::Await(_) => "'await'",
                    Expr::Yield(_) | Expr::YieldFrom(_) => "'yield'",
                    Expr::TString(_) => "a template string",
                    _ => "this expression",
                };
                cx.unsupported(what, other.range());
                let c = cx.module.intern(Const::None);
                self.konst(c)
            }
        }
    }

    /// A comprehension: a nested function (its own scope, as in CPython) called at once
    /// with the iterator of the first `for` clause.
    fn comprehension(
        &mut self,
        cx: &mut Ctx<'a>,
        kind: CompKind,
        range: TextRange,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Value {
        let is_async = comprehension_is_async(generators, elt, value);
        if is_async
            && kind != CompKind::Gen
            && !matches!(
                self.gen.as_ref().map(|g| g.kind),
                Some(GenKind::Coroutine | GenKind::AsyncGenerator)
            )
        {
            cx.diags.push(Diagnostic::error(
                "E0114",
                "asynchronous comprehension outside of an asynchronous function",
                cx.file,
                range,
            ));
            let n = cx.module.intern(Const::None);
            return self.konst(n);
        }
        let pos_range = cx.comp_pos_range.take().unwrap_or(range);
        let first = self.expr(cx, &generators[0].iter);
        self.set_line(cx, pos_range);
        let get_iter = if generators[0].is_async {
            "molt_get_aiter"
        } else {
            "molt_get_iter"
        };
        let it = self.call(cx, get_iter, vec![Operand::V(first)]);
        self.release(first);
        let child = cx.symtab.scope_of(range);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.child_qualname(cx, name);
        // List, set and dict comprehensions are inlined in CPython 3.12 (PEP 709): their
        // frame does not show in tracebacks; Molt names it after the enclosing frame and
        // leaves out the entry of the call.
        let inlined = kind != CompKind::Gen && !is_async;
        cx.next_comp_range = Some(pos_range);
        let fid = if kind == CompKind::Gen {
            self.lower_generator(
                cx,
                child,
                name,
                &qualname,
                GenBody::Comp(generators, elt),
                if is_async {
                    GenKind::AsyncGenerator
                } else {
                    GenKind::Generator
                },
                None,
            )
        } else if is_async {
            // An asynchronous list/set/dict comprehension is a coroutine, awaited here.
            self.lower_generator(
                cx,
                child,
                name,
                &qualname,
                GenBody::AsyncComp(kind, generators, elt, value),
                GenKind::Coroutine,
                None,
            )
        } else {
            cx.symbol_counter += 1;
            let sym = format!("molt_comp{}", cx.symbol_counter);
            let fid = cx.module.functions.len() as u32;
            cx.module
                .functions
                .push(ir::Function::new(name, &sym, FnKind::Code));
            let mut st = FnState::new(cx, child, name, &qualname, FnKind::Code, self.line);
            st.f.symbol = sym;
            st.line = self.line;
            st.class_name = self.class_name.clone();
            st.frame_name = self.frame_name;
            st.comp_range = cx.next_comp_range.take();
            st.function_prologue(cx);
            let f = st.comprehension_body(cx, kind, generators, elt, value);
            cx.module.functions[fid as usize] = f;
            fid
        };
        let line = cx.line(range);
        let desc = {
            let m = &mut cx.module;
            let n = m.intern(Const::Str(name.into()));
            let q = m.intern(Const::Str(qualname.clone()));
            let l = m.intern(Const::Int(line));
            let p0 = m.intern(Const::Str(".0".into()));
            let names = m.intern(Const::Tuple(vec![p0]));
            let zero = m.intern(Const::Int(0));
            let one = m.intern(Const::Int(1));
            m.intern(Const::Tuple(vec![
                n,
                q,
                cx.file_const,
                l,
                names,
                zero,
                one,
                zero,
                zero,
            ]))
        };
        let closure = self.closure_for(cx, child);
        let addr = self.value(Ty::I64);
        self.emit(Inst::FuncAddr {
            dst: addr,
            func: fid,
        });
        let d = self.konst(desc);
        let g = self.load_local(self.globals);
        let clo = closure.map(Operand::V).unwrap_or(Operand::Null);
        let fobj = self.call(
            cx,
            "molt_make_function",
            vec![
                Operand::V(addr),
                Operand::V(d),
                Operand::V(g),
                Operand::Null,
                Operand::Null,
                clo,
            ],
        );
        self.release(d);
        if let Some(c) = closure {
            self.release(c);
        }
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: vec![Operand::V(it)],
        });
        self.set_line(cx, pos_range);
        let args = vec![
            Operand::V(fobj),
            Operand::V(arr),
            Operand::Imm(1),
            Operand::Null,
        ];
        let r = if inlined {
            // No traceback entry here: the comprehension's own entries stand for it.
            let v = self.value(Ty::Obj);
            self.emit(Inst::Call {
                dst: Some(v),
                ret: Ty::Obj,
                func: "molt_call",
                args,
            });
            let c = self.value(Ty::I32);
            self.emit(Inst::IsNull { dst: c, v });
            let eb = self.error_block(cx, Some(v), false);
            let ok = self.block();
            self.term(Term::Branch {
                cond: c,
                then_bb: eb,
                else_bb: ok,
            });
            self.switch(ok);
            self.own(v)
        } else {
            self.call(cx, "molt_call", args)
        };
        self.release(fobj);
        self.release(it);
        if is_async && kind != CompKind::Gen {
            return self.await_value(cx, r, range, AWAIT_PLAIN);
        }
        r
    }

    fn comprehension_body(
        mut self,
        cx: &mut Ctx<'a>,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> ir::Function {
        self.comp_accumulate(cx, kind, generators, elt, value);
        self.finish(cx)
    }

    /// The body of a list, set or dict comprehension: builds the collection and
    /// returns it.
    fn comp_accumulate(
        &mut self,
        cx: &mut Ctx<'a>,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let ctor = match kind {
            CompKind::Gen => unreachable!("generator expressions are lowered as generators"),
            CompKind::List => {
                self.call(cx, "molt_build_list", vec![Operand::Null, Operand::Imm(0)])
            }
            CompKind::Set => self.call(cx, "molt_build_set", vec![Operand::Null, Operand::Imm(0)]),
            CompKind::Dict => self.call(
                cx,
                "molt_build_dict",
                vec![Operand::Null, Operand::Null, Operand::Imm(0)],
            ),
        };
        let acc = self.new_local("<acc>");
        self.set_local(acc, ctor);
        self.comp_loop(cx, kind, generators, 0, acc, elt, value);
        let r = self.take_local(acc);
        let rl = self.ret_local;
        self.set_local(rl, r);
        let exit = self.exit_bb;
        self.term(Term::Jump(exit));
    }

    #[allow(clippy::too_many_arguments)]
    fn comp_loop(
        &mut self,
        cx: &mut Ctx<'a>,
        kind: CompKind,
        generators: &'a [Comprehension],
        i: usize,
        acc: Local,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let g = &generators[i];
        let it_local = if i == 0 {
            self.var_local(".0")
        } else {
            let seq = self.expr(cx, &g.iter);
            self.set_line(cx, g.iter.range());
            let get_iter = if g.is_async {
                "molt_get_aiter"
            } else {
                "molt_get_iter"
            };
            let it = self.call(cx, get_iter, vec![Operand::V(seq)]);
            self.release(seq);
            let l = self.new_local("<iter>");
            self.set_local(l, it);
            l
        };
        let head = self.block();
        let body = self.block();
        let done = self.block();
        let after = self.block();
        self.term(Term::Jump(head));
        self.switch(head);
        if let Some(r) = self.comp_range {
            self.set_line(cx, r);
        }
        let x = if g.is_async {
            self.async_iter_step(cx, it_local, g.iter.range(), body, after)
        } else {
            self.iter_step(cx, it_local, done, body, after)
        };
        self.assign(cx, &g.target, x);
        for cond in &g.ifs {
            let t = self.truth(cx, cond);
            let next = self.block();
            self.term(Term::Branch {
                cond: t,
                then_bb: next,
                else_bb: head,
            });
            self.switch(next);
        }
        if i + 1 < generators.len() {
            self.comp_loop(cx, kind, generators, i + 1, acc, elt, value);
        } else {
            let a = if kind == CompKind::Gen {
                0
            } else {
                self.load_local(acc)
            };
            match kind {
                CompKind::List | CompKind::Set => {
                    let v = self.expr(cx, elt);
                    self.set_line(cx, elt.range());
                    let f = if kind == CompKind::List {
                        "molt_list_append"
                    } else {
                        "molt_set_add"
                    };
                    self.call_status(cx, f, vec![Operand::V(a), Operand::V(v)]);
                    self.release(v);
                }
                CompKind::Gen => {
                    let v = self.expr(cx, elt);
                    self.set_line(cx, elt.range());
                    let v = if self.gen.as_ref().map(|g| g.kind) == Some(GenKind::AsyncGenerator) {
                        let w = self.call(cx, "molt_asyncgen_wrap", vec![Operand::V(v)]);
                        self.release(v);
                        w
                    } else {
                        v
                    };
                    let sent = self.yield_point(cx, v, true);
                    self.release(sent);
                }
                CompKind::Dict => {
                    let k = self.expr(cx, elt);
                    let v = self.expr(cx, value.unwrap());
                    self.call_status(
                        cx,
                        "molt_dict_setitem",
                        vec![Operand::V(a), Operand::V(k), Operand::V(v)],
                    );
                    self.release(k);
                    self.release(v);
                }
            }
        }
        self.term(Term::Jump(head));
        self.switch(after);
        if i > 0 {
            let v = self.take_local(it_local);
            self.release(v);
        }
    }

    fn const_tuple(&mut self, cx: &mut Ctx<'a>, elts: &'a [Expr]) -> Option<ConstId> {
        let mut items = Vec::new();
        for e in elts {
            let c = match e {
                Expr::NumberLiteral(n) => match &n.value {
                    Number::Int(i) => match i.as_i64() {
                        Some(v) => Const::Int(v),
                        None => Const::BigInt(i.to_string()),
                    },
                    Number::Float(f) => Const::Float(*f),
                    _ => return None,
                },
                Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
                Expr::BooleanLiteral(b) => {
                    if b.value {
                        Const::True
                    } else {
                        Const::False
                    }
                }
                Expr::NoneLiteral(_) => Const::None,
                // CPython's AST optimizer folds integer arithmetic on constants.
                // TODO(consts): only results that fit in 64 bits are folded here.
                Expr::BinOp(_) => Const::Int(fold_int(e)?),
                // ... and `-1` and `+2.5`.
                Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd) => {
                    let neg = u.op == UnaryOp::USub;
                    let Expr::NumberLiteral(n) = &*u.operand else {
                        return None;
                    };
                    match &n.value {
                        Number::Int(i) => match i.as_i64() {
                            Some(v) if neg => Const::Int(v.checked_neg()?),
                            Some(v) => Const::Int(v),
                            None if neg => Const::BigInt(format!("-{}", i)),
                            None => Const::BigInt(i.to_string()),
                        },
                        Number::Float(f) if neg => Const::Float(-*f),
                        Number::Float(f) => Const::Float(*f),
                        _ => return None,
                    }
                }
                Expr::Tuple(t) => {
                    let inner = self.const_tuple(cx, &t.elts)?;
                    items.push(inner);
                    continue;
                }
                _ => return None,
            };
            items.push(cx.module.intern(c));
        }
        Some(cx.module.intern(Const::Tuple(items)))
    }

    /// A tuple (or list) display, handling `*starred` items.
    /// A new tuple of `vals` (owned values, released here). Owned result.
    fn tuple_of(&mut self, cx: &mut Ctx<'a>, vals: Vec<Value>) -> Value {
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: vals.iter().map(|&v| Operand::V(v)).collect(),
        });
        let t = self.call(
            cx,
            "molt_build_tuple",
            vec![Operand::V(arr), Operand::Imm(vals.len() as i64)],
        );
        for v in vals {
            self.release(v);
        }
        t
    }

    /// The tuple of `elts` followed by `extra` (owned, consumed) when given.
    fn sequence_of_plus(
        &mut self,
        cx: &mut Ctx<'a>,
        elts: &'a [Expr],
        extra: Option<Value>,
    ) -> Value {
        let Some(extra) = extra else {
            return self.sequence_of(cx, elts, true);
        };
        let l = self.sequence_of(cx, elts, false);
        self.call_status(
            cx,
            "molt_list_append",
            vec![Operand::V(l), Operand::V(extra)],
        );
        self.release(extra);
        let t = self.call(cx, "molt_list_to_tuple", vec![Operand::V(l)]);
        self.release(l);
        t
    }

    fn sequence_of(&mut self, cx: &mut Ctx<'a>, elts: &'a [Expr], tuple: bool) -> Value {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let vals: Vec<Value> = elts.iter().map(|e| self.expr(cx, e)).collect();
            let items: Vec<Operand> = vals.iter().map(|&v| Operand::V(v)).collect();
            let n = items.len() as i64;
            let arr = self.value(Ty::I64);
            self.emit(Inst::StackArray { dst: arr, items });
            let f = if tuple {
                "molt_build_tuple"
            } else {
                "molt_build_list"
            };
            let v = self.call(cx, f, vec![Operand::V(arr), Operand::Imm(n)]);
            for x in vals {
                self.release(x);
            }
            return v;
        }
        let l = self.call(cx, "molt_build_list", vec![Operand::Null, Operand::Imm(0)]);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    let x = self.expr(cx, &s.value);
                    self.set_line(cx, s.range);
                    self.call_status(cx, "molt_list_extend", vec![Operand::V(l), Operand::V(x)]);
                    self.release(x);
                }
                other => {
                    let x = self.expr(cx, other);
                    self.call_status(cx, "molt_list_append", vec![Operand::V(l), Operand::V(x)]);
                    self.release(x);
                }
            }
        }
        if tuple {
            let t = self.call(cx, "molt_list_to_tuple", vec![Operand::V(l)]);
            self.release(l);
            t
        } else {
            l
        }
    }

    /// The positional arguments of a call with `*args` as one tuple.
    fn call_args_tuple(&mut self, cx: &mut Ctx<'a>, args: &'a [Expr], callee: Value) -> Value {
        let l = self.call(cx, "molt_build_list", vec![Operand::Null, Operand::Imm(0)]);
        for e in args {
            match e {
                Expr::Starred(s) => {
                    let x = self.expr(cx, &s.value);
                    self.set_line(cx, s.range);
                    let t = self.call(
                        cx,
                        "molt_star_args",
                        vec![Operand::V(callee), Operand::V(x)],
                    );
                    self.release(x);
                    self.call_status(cx, "molt_list_extend", vec![Operand::V(l), Operand::V(t)]);
                    self.release(t);
                }
                other => {
                    let x = self.expr(cx, other);
                    self.call_status(cx, "molt_list_append", vec![Operand::V(l), Operand::V(x)]);
                    self.release(x);
                }
            }
        }
        let t = self.call(cx, "molt_list_to_tuple", vec![Operand::V(l)]);
        self.release(l);
        t
    }

    fn set_display(&mut self, cx: &mut Ctx<'a>, elts: &'a [Expr]) -> Value {
        // Three or more constants: CPython builds the set from a folded frozenset,
        // which orders colliding items differently (see `set::from_constant_display`).
        if elts.len() > 2 {
            if let Some(t) = self.const_tuple(cx, elts) {
                let tv = self.konst(t);
                let s = self.call(cx, "molt_set_from_const_display", vec![Operand::V(tv)]);
                self.release(tv);
                return s;
            }
        }
        let s = self.call(cx, "molt_build_set", vec![Operand::Null, Operand::Imm(0)]);
        for e in elts {
            match e {
                Expr::Starred(st) => {
                    let x = self.expr(cx, &st.value);
                    self.call_status(cx, "molt_set_update", vec![Operand::V(s), Operand::V(x)]);
                    self.release(x);
                }
                other => {
                    let x = self.expr(cx, other);
                    self.call_status(cx, "molt_set_add", vec![Operand::V(s), Operand::V(x)]);
                    self.release(x);
                }
            }
        }
        s
    }

    fn dict_display(&mut self, cx: &mut Ctx<'a>, d: &'a ExprDict) -> Value {
        let r = self.call(
            cx,
            "molt_build_dict",
            vec![Operand::Null, Operand::Null, Operand::Imm(0)],
        );
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    let kv = self.expr(cx, k);
                    let vv = self.expr(cx, &item.value);
                    self.call_status(
                        cx,
                        "molt_dict_setitem",
                        vec![Operand::V(r), Operand::V(kv), Operand::V(vv)],
                    );
                    self.release(kv);
                    self.release(vv);
                }
                None => {
                    let m = self.expr(cx, &item.value);
                    self.call_status(cx, "molt_dict_update", vec![Operand::V(r), Operand::V(m)]);
                    self.release(m);
                }
            }
        }
        r
    }

    fn bool_op(&mut self, cx: &mut Ctx<'a>, b: &'a ExprBoolOp) -> Value {
        let result = self.new_local("<boolop>");
        let after = self.block();
        let n = b.values.len();
        for (i, e) in b.values.iter().enumerate() {
            let v = self.expr(cx, e);
            if i + 1 == n {
                self.emit(Inst::StoreLocal {
                    local: result,
                    src: v,
                });
                self.forget(v);
                self.term(Term::Jump(after));
                break;
            }
            let t = self.call_status(cx, "molt_is_true", vec![Operand::V(v)]);
            let keep = self.block();
            let next = self.block();
            match b.op {
                BoolOp::Or => self.term(Term::Branch {
                    cond: t,
                    then_bb: keep,
                    else_bb: next,
                }),
                BoolOp::And => self.term(Term::Branch {
                    cond: t,
                    then_bb: next,
                    else_bb: keep,
                }),
            }
            self.switch(keep);
            self.emit(Inst::StoreLocal {
                local: result,
                src: v,
            });
            self.term(Term::Jump(after));
            self.switch(next);
            self.release(v);
        }
        self.switch(after);
        self.take_local(result)
    }

    fn compare_one(&mut self, cx: &mut Ctx<'a>, op: CmpOp, l: Value, r: Value) -> Value {
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                let eq = self.value(Ty::I32);
                self.emit(Inst::PtrEq {
                    dst: eq,
                    a: l,
                    b: r,
                });
                let flip = if op == CmpOp::IsNot { 1 } else { 0 };
                let v = self.value(Ty::Obj);
                if flip == 0 {
                    self.emit(Inst::Call {
                        dst: Some(v),
                        ret: Ty::Obj,
                        func: "molt_bool",
                        args: vec![Operand::V(eq)],
                    });
                } else {
                    self.emit(Inst::Call {
                        dst: Some(v),
                        ret: Ty::Obj,
                        func: "molt_bool_not",
                        args: vec![Operand::V(eq)],
                    });
                }
                self.own(v)
            }
            CmpOp::In | CmpOp::NotIn => {
                let c = self.call_status(cx, "molt_contains", vec![Operand::V(r), Operand::V(l)]);
                let v = self.value(Ty::Obj);
                let f = if op == CmpOp::In {
                    "molt_bool"
                } else {
                    "molt_bool_not"
                };
                self.emit(Inst::Call {
                    dst: Some(v),
                    ret: Ty::Obj,
                    func: f,
                    args: vec![Operand::V(c)],
                });
                self.own(v)
            }
            _ => {
                let code = match op {
                    CmpOp::Lt => 0,
                    CmpOp::LtE => 1,
                    CmpOp::Eq => 2,
                    CmpOp::NotEq => 3,
                    CmpOp::Gt => 4,
                    _ => 5,
                };
                self.call(
                    cx,
                    "molt_compare",
                    vec![Operand::V(l), Operand::V(r), Operand::Imm(code)],
                )
            }
        }
    }

    fn compare(&mut self, cx: &mut Ctx<'a>, c: &'a ExprCompare) -> Value {
        let mut left = self.expr(cx, &c.left);
        if c.ops.len() == 1 {
            let r = self.expr(cx, &c.comparators[0]);
            self.set_line(cx, c.range());
            let v = self.compare_one(cx, c.ops[0], left, r);
            self.release(left);
            self.release(r);
            return v;
        }
        let result = self.new_local("<compare>");
        let after = self.block();
        let n = c.ops.len();
        for (i, (op, e)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let r = self.expr(cx, e);
            self.set_line(cx, c.range());
            let v = self.compare_one(cx, *op, left, r);
            self.release(left);
            if i + 1 == n {
                self.release(r);
                self.emit(Inst::StoreLocal {
                    local: result,
                    src: v,
                });
                self.forget(v);
                self.term(Term::Jump(after));
                break;
            }
            let t = self.call_status(cx, "molt_is_true", vec![Operand::V(v)]);
            let stop = self.block();
            let go = self.block();
            self.term(Term::Branch {
                cond: t,
                then_bb: go,
                else_bb: stop,
            });
            self.switch(stop);
            self.emit(Inst::Decref(r));
            self.emit(Inst::StoreLocal {
                local: result,
                src: v,
            });
            self.term(Term::Jump(after));
            self.switch(go);
            self.release(v);
            left = r;
        }
        self.switch(after);
        self.take_local(result)
    }

    fn kwargs_dict(&mut self, cx: &mut Ctx<'a>, kws: &'a [Keyword], func: Option<Value>) -> Value {
        let d = self.call(
            cx,
            "molt_build_dict",
            vec![Operand::Null, Operand::Null, Operand::Imm(0)],
        );
        for k in kws {
            let v = self.expr(cx, &k.value);
            match &k.arg {
                Some(name) => {
                    let nc = cx.str_const(&name.id);
                    let n = self.konst(nc);
                    let single = Some(d);
                    let _ = single;
                    // A one-key mapping merged with the duplicate check.
                    let arr_k = self.value(Ty::I64);
                    self.emit(Inst::StackArray {
                        dst: arr_k,
                        items: vec![Operand::V(n)],
                    });
                    let arr_v = self.value(Ty::I64);
                    self.emit(Inst::StackArray {
                        dst: arr_v,
                        items: vec![Operand::V(v)],
                    });
                    let one = self.call(
                        cx,
                        "molt_build_dict",
                        vec![Operand::V(arr_k), Operand::V(arr_v), Operand::Imm(1)],
                    );
                    let fop = func.map(Operand::V).unwrap_or(Operand::Null);
                    self.call_status(
                        cx,
                        "molt_dict_merge_kwargs",
                        vec![Operand::V(d), Operand::V(one), fop],
                    );
                    self.release(one);
                    self.release(n);
                }
                None => {
                    let fop = func.map(Operand::V).unwrap_or(Operand::Null);
                    self.call_status(
                        cx,
                        "molt_dict_merge_kwargs",
                        vec![Operand::V(d), Operand::V(v), fop],
                    );
                }
            }
            self.release(v);
        }
        d
    }

    fn call_expr(&mut self, cx: &mut Ctx<'a>, c: &'a ExprCall) -> Value {
        let mut seen: Vec<&str> = Vec::new();
        for k in &c.arguments.keywords {
            if let Some(arg) = &k.arg {
                if seen.contains(&arg.id.as_str()) {
                    cx.diags.push(Diagnostic::error(
                        "E0117",
                        &format!("keyword argument repeated: {}", arg.id),
                        cx.file,
                        k.range,
                    ));
                }
                seen.push(arg.id.as_str());
            }
        }
        // globals(), locals(), and vars()/dir() without arguments read the current
        // scope, which only the compiler knows.
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if matches!(name, "globals" | "locals" | "vars" | "dir")
                && c.arguments.args.is_empty()
                && c.arguments.keywords.is_empty()
                && self.kind_of(cx, name) == Binding::Global
                && !cx.symtab.scopes[0].binds(name)
            {
                self.set_line(cx, c.range());
                let ns = if name == "globals" {
                    let g = self.load_local(self.globals);
                    self.emit(Inst::Incref(g));
                    self.own(g)
                } else {
                    self.locals_dict(cx)
                };
                if name == "dir" {
                    let l = self.call(cx, "molt_sorted_keys", vec![Operand::V(ns)]);
                    self.release(ns);
                    return l;
                }
                return ns;
            }
        }
        // Zero-argument super() inside a method.
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super"
                && c.arguments.args.is_empty()
                && c.arguments.keywords.is_empty()
                && self.kind_of(cx, "super") == Binding::Global
                && cx.symtab.scopes[self.scope]
                    .freevars
                    .iter()
                    .any(|f| f == "__class__")
            {
                let l = self.var_local("__class__");
                let cell = self.load_local(l);
                let first = match self.params.first().cloned() {
                    Some(p) => {
                        let r = n.range;
                        self.load_name(cx, &p, r)
                    }
                    None => {
                        let nv = self.null();
                        self.own(nv)
                    }
                };
                self.set_line(cx, c.range());
                let v = self.call(cx, "molt_super", vec![Operand::V(cell), Operand::V(first)]);
                self.emit(Inst::XDecref(first));
                self.forget(first);
                return v;
            }
        }
        if let Expr::Name(n) = &*c.func {
            if let Some(&(fid, argcount)) = cx.direct.get(n.id.as_str()) {
                let plain = c.arguments.keywords.is_empty()
                    && c.arguments.args.len() == argcount
                    && !c
                        .arguments
                        .args
                        .iter()
                        .any(|a| matches!(a, Expr::Starred(_)))
                    && self.kind_of(cx, &n.id) == Binding::Global;
                if plain {
                    return self.direct_call(cx, c, n, fid);
                }
            }
        }
        let has_star = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = c.arguments.keywords.iter().any(|k| k.arg.is_none());
        // Method call: o.m(args) without a bound method object.
        let (callee, method) = match &*c.func {
            Expr::Attribute(a) if !has_star && !has_dstar => {
                let o = self.expr(cx, &a.value);
                let nc = cx.str_const(&self.mangled(&a.attr.id));
                (o, Some(self.konst(nc)))
            }
            f => (self.expr(cx, f), None),
        };
        if has_star || has_dstar {
            let args_t = if has_star || !c.arguments.args.is_empty() {
                let t = self.call_args_tuple(cx, &c.arguments.args, callee);
                Some(t)
            } else {
                None
            };
            let kw = if c.arguments.keywords.is_empty() {
                None
            } else {
                Some(self.kwargs_dict(cx, &c.arguments.keywords, Some(callee)))
            };
            let args_t = match args_t {
                Some(t) => t,
                None => {
                    let e = cx.module.intern(Const::Tuple(vec![]));
                    self.konst(e)
                }
            };
            self.set_line(cx, c.range());
            let kop = kw.map(Operand::V).unwrap_or(Operand::Null);
            let v = self.call(
                cx,
                "molt_call_ex",
                vec![Operand::V(callee), Operand::V(args_t), kop],
            );
            self.release(args_t);
            if let Some(k) = kw {
                self.release(k);
            }
            self.release(callee);
            return v;
        }
        let mut vals: Vec<Value> = c.arguments.args.iter().map(|a| self.expr(cx, a)).collect();
        let mut names: Vec<ConstId> = Vec::new();
        for k in c.arguments.keywords.iter() {
            let v = self.expr(cx, &k.value);
            vals.push(v);
            names.push(cx.str_const(&k.arg.as_ref().unwrap().id));
        }
        let nargs = c.arguments.args.len() as i64;
        let kwnames = if names.is_empty() {
            None
        } else {
            let t = cx.module.intern(Const::Tuple(names));
            Some(self.konst(t))
        };
        let items: Vec<Operand> = vals.iter().map(|&v| Operand::V(v)).collect();
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray { dst: arr, items });
        self.set_line(cx, c.range());
        let kop = kwnames.map(Operand::V).unwrap_or(Operand::Null);
        let ic = if method.is_some() {
            cx.new_cache()
        } else {
            Operand::Null
        };
        let v = match method {
            Some(m) => {
                // A failing method lookup is reported at `o.m`, the call's own errors at
                // `o.m(...)` (CPython's LOAD_ATTR and CALL positions).
                if let Expr::Attribute(a) = &*c.func {
                    self.alt_pos = pack_position(cx.file, a.range, None)[0];
                }
                let v = self.call(
                    cx,
                    "molt_call_method_ic",
                    vec![
                        Operand::V(callee),
                        Operand::V(m),
                        Operand::V(arr),
                        Operand::Imm(nargs),
                        kop,
                        ic,
                    ],
                );
                self.alt_pos = 0;
                v
            }
            None => self.call(
                cx,
                "molt_call",
                vec![
                    Operand::V(callee),
                    Operand::V(arr),
                    Operand::Imm(nargs),
                    kop,
                ],
            ),
        };
        for x in vals.drain(..) {
            self.release(x);
        }
        if let Some(k) = kwnames {
            self.release(k);
        }
        if let Some(m) = method {
            self.release(m);
        }
        self.release(callee);
        v
    }

    /// A call of a module-level function that is never rebound: straight to its code
    /// once its `def` has run; through the global name before that (NameError).
    fn direct_call(
        &mut self,
        cx: &mut Ctx<'a>,
        c: &'a ExprCall,
        n: &'a ExprName,
        fid: u32,
    ) -> Value {
        let vals: Vec<Value> = c.arguments.args.iter().map(|a| self.expr(cx, a)).collect();
        self.set_line(cx, c.range());
        let result = self.new_local("<call>");
        let fo = self.value(Ty::Obj);
        self.emit(Inst::LoadFnSlot { dst: fo, func: fid });
        let isnull = self.value(Ty::I32);
        self.emit(Inst::IsNull { dst: isnull, v: fo });
        let slow = self.block();
        let fast = self.block();
        let join = self.block();
        self.term(Term::Branch {
            cond: isnull,
            then_bb: slow,
            else_bb: fast,
        });
        self.switch(fast);
        for &v in &vals {
            self.emit(Inst::Incref(v));
        }
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: vals.iter().map(|&v| Operand::V(v)).collect(),
        });
        let r = self.value(Ty::Obj);
        self.emit(Inst::CallDirect {
            dst: r,
            func: fid,
            args: vec![Operand::V(fo), Operand::V(arr)],
        });
        self.check_null(cx, r);
        self.emit(Inst::StoreLocal {
            local: result,
            src: r,
        });
        self.term(Term::Jump(join));
        self.switch(slow);
        let f = self.load_name(cx, &n.id, n.range);
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray {
            dst: arr,
            items: vals.iter().map(|&v| Operand::V(v)).collect(),
        });
        self.set_line(cx, c.range());
        let r = self.call(
            cx,
            "molt_call",
            vec![
                Operand::V(f),
                Operand::V(arr),
                Operand::Imm(vals.len() as i64),
                Operand::Null,
            ],
        );
        self.release(f);
        self.emit(Inst::StoreLocal {
            local: result,
            src: r,
        });
        self.forget(r);
        self.term(Term::Jump(join));
        self.switch(join);
        for v in vals {
            self.release(v);
        }
        self.take_local(result)
    }

    fn fstring(&mut self, cx: &mut Ctx<'a>, f: &'a ExprFString) -> Value {
        let mut parts: Vec<Value> = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(l) => {
                    let c = cx.str_const(&l.value);
                    parts.push(self.konst(c));
                }
                FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        let v = self.fstring_element(cx, el);
                        parts.push(v);
                    }
                }
            }
        }
        let items: Vec<Operand> = parts.iter().map(|&v| Operand::V(v)).collect();
        let n = items.len() as i64;
        let arr = self.value(Ty::I64);
        self.emit(Inst::StackArray { dst: arr, items });
        let v = self.call(
            cx,
            "molt_build_string",
            vec![Operand::V(arr), Operand::Imm(n)],
        );
        for p in parts {
            self.release(p);
        }
        v
    }

    fn fstring_element(&mut self, cx: &mut Ctx<'a>, el: &'a InterpolatedStringElement) -> Value {
        match el {
            InterpolatedStringElement::Literal(l) => {
                let c = cx.str_const(&l.value);
                self.konst(c)
            }
            InterpolatedStringElement::Interpolation(i) => {
                let mut prefix = None;
                if let Some(dbg) = &i.debug_text {
                    let c = cx.str_const(dbg.as_str());
                    prefix = Some(self.konst(c));
                }
                let v = self.expr(cx, &i.expression);
                self.set_line(cx, i.range);
                let conv = match i.conversion {
                    ConversionFlag::None => {
                        if i.debug_text.is_some() && i.format_spec.is_none() {
                            2
                        } else {
                            0
                        }
                    }
                    ConversionFlag::Str => 1,
                    ConversionFlag::Repr => 2,
                    ConversionFlag::Ascii => 3,
                };
                let v = if conv != 0 {
                    let c = self.call(cx, "molt_convert", vec![Operand::V(v), Operand::Imm(conv)]);
                    self.release(v);
                    c
                } else {
                    v
                };
                let spec = match &i.format_spec {
                    Some(spec) => {
                        let mut sp = Vec::new();
                        for e in spec.elements.iter() {
                            sp.push(self.fstring_element(cx, e));
                        }
                        let items: Vec<Operand> = sp.iter().map(|&x| Operand::V(x)).collect();
                        let n = items.len() as i64;
                        let arr = self.value(Ty::I64);
                        self.emit(Inst::StackArray { dst: arr, items });
                        let s = self.call(
                            cx,
                            "molt_build_string",
                            vec![Operand::V(arr), Operand::Imm(n)],
                        );
                        for x in sp {
                            self.release(x);
                        }
                        Some(s)
                    }
                    None => None,
                };
                let r = self.call(
                    cx,
                    "molt_format",
                    vec![Operand::V(v), spec.map(Operand::V).unwrap_or(Operand::Null)],
                );
                if let Some(s) = spec {
                    self.release(s);
                }
                self.release(v);
                match prefix {
                    Some(p) => {
                        let arr = self.value(Ty::I64);
                        self.emit(Inst::StackArray {
                            dst: arr,
                            items: vec![Operand::V(p), Operand::V(r)],
                        });
                        let joined = self.call(
                            cx,
                            "molt_build_string",
                            vec![Operand::V(arr), Operand::Imm(2)],
                        );
                        self.release(p);
                        self.release(r);
                        joined
                    }
                    None => r,
                }
            }
        }
    }
}

/// The kind of container a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    /// A generator expression (a generator function whose body yields each item).
    Gen,
}

/// What a generator's body is made of.
#[derive(Clone, Copy)]
enum GenBody<'a> {
    Stmts(&'a [Stmt]),
    /// A generator expression's loops.
    Comp(&'a [Comprehension], &'a Expr),
    /// An asynchronous list, set or dict comprehension (a coroutine returning it).
    AsyncComp(CompKind, &'a [Comprehension], &'a Expr, Option<&'a Expr>),
}

/// What a function body is made of.
#[derive(Clone, Copy)]
enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
    /// The annotation scope of a PEP 695 generic: creates the type parameters, then
    /// defines and returns the function, class or type alias.
    Generic(Generic<'a>),
}

/// What a PEP 695 annotation scope defines.
#[derive(Clone, Copy)]
enum Generic<'a> {
    Function(&'a StmtFunctionDef),
    Class(&'a StmtClassDef),
    Alias(&'a ruff_python_ast::StmtTypeAlias),
}

impl<'a> Generic<'a> {
    fn type_params(self) -> &'a TypeParams {
        let tp = match self {
            Generic::Function(f) => f.type_params.as_deref(),
            Generic::Class(c) => c.type_params.as_deref(),
            Generic::Alias(t) => t.type_params.as_deref(),
        };
        tp.expect("a generic has type parameters")
    }

    fn range(self) -> TextRange {
        match self {
            Generic::Function(f) => f.range,
            Generic::Class(c) => c.range,
            Generic::Alias(t) => t.range,
        }
    }
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Locals assigned by integer arithmetic (`x = 0`, `x = a + b`, `x += y`): they get an
/// unboxed twin so loops over machine integers do not allocate. Any other value stored
/// in them simply switches them back to the boxed representation.
fn dual_locals(body: &[Stmt]) -> Vec<String> {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    struct Finder(Vec<String>);
    impl<'b> Visitor<'b> for Finder {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::For(f) if range_call_args(&f.iter).is_some() => {
                    if let Expr::Name(n) = &*f.target {
                        self.0.push(n.id.to_string());
                    }
                }
                Stmt::AugAssign(a) if matches!(a.op, Operator::Add | Operator::Sub) => {
                    if let Expr::Name(n) = &*a.target {
                        self.0.push(n.id.to_string());
                    }
                }
                Stmt::Assign(a) => {
                    if let [Expr::Name(n)] = &a.targets[..] {
                        let arith = match &*a.value {
                            Expr::NumberLiteral(ExprNumberLiteral {
                                value: Number::Int(i),
                                ..
                            }) => i.as_i64().is_some(),
                            Expr::BinOp(b) => matches!(b.op, Operator::Add | Operator::Sub),
                            _ => false,
                        };
                        if arith {
                            self.0.push(n.id.to_string());
                        }
                    }
                }
                _ => {}
            }
            walk_stmt(self, s);
        }
    }
    let mut f = Finder(Vec::new());
    for s in body {
        f.visit_stmt(s);
    }
    f.0.sort();
    f.0.dedup();
    f.0
}

/// Parameters used only as operands of comparisons and of `+`/`-` (and as `+=`/`-=`
/// targets): they are unboxed on entry when the argument is a small int.
fn numeric_params(body: &[Stmt], params: &[String]) -> Vec<String> {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Uses<'p> {
        params: &'p [String],
        all: HashMap<String, usize>,
        numeric: HashMap<String, usize>,
    }
    impl<'p> Uses<'p> {
        fn numeric_operand(&mut self, e: &Expr) {
            if let Expr::Name(n) = e {
                if self.params.iter().any(|p| p == n.id.as_str()) {
                    *self.numeric.entry(n.id.to_string()).or_default() += 1;
                }
            }
        }
    }
    impl<'b, 'p> Visitor<'b> for Uses<'p> {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'b Expr) {
            match e {
                Expr::Name(n) => {
                    if self.params.iter().any(|p| p == n.id.as_str()) {
                        *self.all.entry(n.id.to_string()).or_default() += 1;
                    }
                }
                Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_) => {
                    // Uses inside nested scopes are closures: never numeric-only.
                    walk_expr(self, e);
                    return;
                }
                Expr::Compare(c)
                    if c.ops.len() == 1
                        && !matches!(
                            c.ops[0],
                            CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn
                        ) =>
                {
                    self.numeric_operand(&c.left);
                    self.numeric_operand(&c.comparators[0]);
                }
                Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
                    self.numeric_operand(&b.left);
                    self.numeric_operand(&b.right);
                }
                _ => {}
            }
            walk_expr(self, e);
        }
    }
    let mut u = Uses {
        params,
        all: HashMap::new(),
        numeric: HashMap::new(),
    };
    for s in body {
        u.visit_stmt(s);
    }
    params
        .iter()
        .filter(|p| u.all.get(*p).copied().unwrap_or(0) > 0 && u.all.get(*p) == u.numeric.get(*p))
        .cloned()
        .collect()
}

/// Module-level functions that can be called directly: defined once by a plain `def`
/// at the top level (no decorators, only positional parameters without defaults), and
/// bound nowhere else in the module (no other assignment, `del`, `global` declaration
/// or import of the name). Molt sees the whole program, so such a name always refers
/// to that function once its `def` has run. Returns (name, positional count).
fn direct_call_targets(module: &ModModule) -> Vec<(String, usize)> {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Binds(HashMap<String, usize>, std::collections::HashSet<String>);
    impl<'b> Visitor<'b> for Binds {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::FunctionDef(f) => *self.0.entry(f.name.id.to_string()).or_default() += 1,
                Stmt::ClassDef(c) => *self.0.entry(c.name.id.to_string()).or_default() += 1,
                Stmt::Global(g) => {
                    for n in &g.names {
                        self.1.insert(n.id.to_string());
                    }
                }
                Stmt::Import(i) => {
                    for a in &i.names {
                        let n = a
                            .asname
                            .as_ref()
                            .map(|x| x.id.to_string())
                            .unwrap_or_else(|| {
                                a.name.id.split('.').next().unwrap_or("").to_string()
                            });
                        *self.0.entry(n).or_default() += 1;
                    }
                }
                Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        *self
                            .0
                            .entry(a.asname.as_ref().unwrap_or(&a.name).id.to_string())
                            .or_default() += 1;
                    }
                }
                Stmt::Try(t) => {
                    for h in &t.handlers {
                        let ExceptHandler::ExceptHandler(h) = h;
                        if let Some(n) = &h.name {
                            *self.0.entry(n.id.to_string()).or_default() += 1;
                        }
                    }
                }
                _ => {}
            }
            walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Name(n) = e {
                if !matches!(n.ctx, ExprContext::Load) {
                    *self.0.entry(n.id.to_string()).or_default() += 1;
                }
            }
            walk_expr(self, e);
        }
    }
    let mut b = Binds(HashMap::new(), std::collections::HashSet::new());
    for s in &module.body {
        b.visit_stmt(s);
    }
    let mut out = Vec::new();
    for s in &module.body {
        if let Stmt::FunctionDef(f) = s {
            let p = &f.parameters;
            let simple = f.decorator_list.is_empty()
                && !f.is_async
                && f.type_params.is_none()
                && p.vararg.is_none()
                && p.kwarg.is_none()
                && p.kwonlyargs.is_empty()
                && p.posonlyargs
                    .iter()
                    .chain(p.args.iter())
                    .all(|a| a.default.is_none())
                && !contains_yield(&f.body);
            let name = f.name.id.to_string();
            if simple && b.0.get(&name) == Some(&1) && !b.1.contains(&name) {
                out.push((name, p.posonlyargs.len() + p.args.len()));
            }
        }
    }
    out
}

/// The arguments of `range(...)` in a `for` header (one to three positional).
fn range_call_args(e: &Expr) -> Option<&[Expr]> {
    let Expr::Call(c) = e else { return None };
    let Expr::Name(n) = &*c.func else { return None };
    let args = &c.arguments.args;
    (n.id.as_str() == "range"
        && c.arguments.keywords.is_empty()
        && (1..=3).contains(&args.len())
        && !args.iter().any(|a| matches!(a, Expr::Starred(_))))
    .then_some(&args[..])
}

/// Whether an `if` test is `TYPE_CHECKING` or `<name>.TYPE_CHECKING`.
fn is_type_checking_test(e: &Expr) -> bool {
    match e {
        Expr::Name(n) => n.id.as_str() == "TYPE_CHECKING",
        Expr::Attribute(a) => {
            a.attr.as_str() == "TYPE_CHECKING" && matches!(&*a.value, Expr::Name(_))
        }
        _ => false,
    }
}

/// Whether an `except` clause's type (None for a bare `except:`) catches ImportError.
fn catches_import_error(t: Option<&Expr>) -> bool {
    match t {
        None => true,
        Some(Expr::Name(n)) => {
            matches!(
                n.id.as_str(),
                "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"
            )
        }
        Some(Expr::Tuple(tp)) => tp.elts.iter().any(|e| catches_import_error(Some(e))),
        _ => false,
    }
}

/// Modules the runtime provides (public for the driver's module discovery).
pub fn is_runtime_module_name(name: &str) -> bool {
    is_runtime_module(name)
}

/// Modules the runtime provides.
fn is_runtime_module(name: &str) -> bool {
    name == "sys" || name == "builtins" || crate::abi::RUNTIME_MODULES.contains(&name)
}

/// The absolute name of `from <dots><module> import ...` inside `package`.
pub fn resolve_relative(package: &str, level: u32, module: &str) -> Option<String> {
    if level == 0 {
        return Some(module.to_string());
    }
    let mut parts: Vec<&str> = if package.is_empty() {
        Vec::new()
    } else {
        package.split('.').collect()
    };
    for _ in 1..level {
        parts.pop()?;
    }
    if parts.is_empty() {
        return None;
    }
    let mut base = parts.join(".");
    if !module.is_empty() {
        base.push('.');
        base.push_str(module);
    }
    Some(base)
}

/// Whether a function body contains `yield` (not counting nested scopes).
fn contains_yield(body: &[Stmt]) -> bool {
    any_expr_in_scope(body, &|e| matches!(e, Expr::Yield(_) | Expr::YieldFrom(_)))
}

/// The value of an integer constant expression that CPython's AST optimizer folds
/// (literals, unary `-`/`+`/`~`, binary arithmetic), when it fits in 64 bits.
fn fold_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::NumberLiteral(ExprNumberLiteral {
            value: Number::Int(i),
            ..
        }) => i.as_i64(),
        Expr::UnaryOp(u) => {
            let v = fold_int(&u.operand)?;
            match u.op {
                UnaryOp::USub => v.checked_neg(),
                UnaryOp::UAdd => Some(v),
                UnaryOp::Invert => Some(!v),
                UnaryOp::Not => None,
            }
        }
        Expr::BinOp(b) => {
            let (x, y) = (fold_int(&b.left)?, fold_int(&b.right)?);
            match b.op {
                Operator::Add => x.checked_add(y),
                Operator::Sub => x.checked_sub(y),
                Operator::Mult => x.checked_mul(y),
                Operator::Pow if y >= 0 => x.checked_pow(u32::try_from(y).ok()?),
                Operator::FloorDiv if y != 0 => {
                    let q = x.checked_div(y)?;
                    Some(if x % y != 0 && (x < 0) != (y < 0) {
                        q - 1
                    } else {
                        q
                    })
                }
                Operator::Mod if y != 0 => {
                    let r = x.checked_rem(y)?;
                    Some(if r != 0 && (r < 0) != (y < 0) {
                        r + y
                    } else {
                        r
                    })
                }
                Operator::LShift if (0..63).contains(&y) => {
                    x.checked_mul(1i64.checked_shl(y as u32)?)
                }
                Operator::RShift if y >= 0 => Some(x >> y.min(63)),
                Operator::BitAnd => Some(x & y),
                Operator::BitOr => Some(x | y),
                Operator::BitXor => Some(x ^ y),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether an expression (a lambda's body) yields, not counting nested scopes.
fn expr_contains_yield(e: &Expr) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Finder(bool);
    impl<'b> Visitor<'b> for Finder {
        fn visit_expr(&mut self, e: &'b Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}

/// Whether `pred` holds for an expression of this scope's code: nested functions,
/// classes and lambdas are not entered.
fn any_expr_in_scope(body: &[Stmt], pred: &dyn Fn(&Expr) -> bool) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Finder<'p> {
        pred: &'p dyn Fn(&Expr) -> bool,
        found: bool,
    }
    impl<'b> Visitor<'b> for Finder<'_> {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'b Expr) {
            if (self.pred)(e) {
                self.found = true;
            }
            match e {
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder { pred, found: false };
    for s in body {
        f.visit_stmt(s);
    }
    f.found
}

/// Packs a traceback position for `molt_tb_here`: `[cols, anchors]` where `cols` holds
/// the start column (bytes, +1; 0 = unknown), the end column (bytes) and the number of
/// extra lines the range spans, 20 bits each; `anchors` holds the caret anchors
/// (left end and right start of the `^` part, bytes from the range start, +1; 0 = no
/// anchors).
fn pack_position(file: &SourceFile, r: TextRange, anchors: Option<(usize, usize)>) -> [i64; 2] {
    let (l0, c0) = file.line_byte_col(r.start().to_usize());
    let (l1, c1) = file.line_byte_col(r.end().to_usize());
    const M: usize = (1 << 20) - 1;
    let cols = ((c0 + 1).min(M) | c1.min(M) << 20 | (l1 - l0).min(M) << 40) as i64;
    let anchors = match anchors {
        Some((a, b)) => ((a + 1).min(M) | (b + 1).min(M) << 20) as i64,
        None => 0,
    };
    [cols, anchors]
}

/// The SyntaxErrors CPython's compiler raises for `match` statements: an irrefutable
/// case (or or-pattern alternative) before others, alternatives binding different
/// names, a name bound twice in one pattern, duplicate literal keys in a mapping
/// pattern.
fn check_match(cx: &mut Ctx<'_>, m: &StmtMatch) {
    let n = m.cases.len();
    for (i, case) in m.cases.iter().enumerate() {
        let mut names = Vec::new();
        check_pattern(cx, &case.pattern, &mut names);
        if i + 1 < n && case.guard.is_none() {
            unreachable_after(cx, &case.pattern);
        }
    }
}

/// Reports `p` if it is irrefutable (it makes what follows unreachable).
fn unreachable_after(cx: &mut Ctx<'_>, p: &Pattern) {
    let err = |cx: &mut Ctx<'_>, msg: String, r: TextRange| {
        cx.diags.push(Diagnostic::error("E0116", &msg, cx.file, r));
    };
    match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => match &a.name {
            Some(name) => err(
                cx,
                format!(
                    "name capture '{}' makes remaining patterns unreachable",
                    name.id
                ),
                a.range,
            ),
            None => err(
                cx,
                "wildcard makes remaining patterns unreachable".to_string(),
                a.range,
            ),
        },
        Pattern::MatchAs(a) => unreachable_after(cx, a.pattern.as_ref().unwrap()),
        Pattern::MatchOr(o) => {
            if let Some(last) = o.patterns.last() {
                unreachable_after(cx, last);
            }
        }
        _ => {}
    }
}

/// Checks one pattern; `names` collects the names it binds, in order.
fn check_pattern(cx: &mut Ctx<'_>, p: &Pattern, names: &mut Vec<String>) {
    let bind = |cx: &mut Ctx<'_>, id: &str, r: TextRange, names: &mut Vec<String>| {
        if names.iter().any(|n| n == id) {
            cx.diags.push(Diagnostic::error(
                "E0116",
                &format!("multiple assignments to name '{}' in pattern", id),
                cx.file,
                r,
            ));
        } else {
            names.push(id.to_string());
        }
    };
    match p {
        Pattern::MatchAs(a) => {
            if let Some(sub) = &a.pattern {
                check_pattern(cx, sub, names);
            }
            if let Some(n) = &a.name {
                bind(cx, &n.id, n.range, names);
            }
        }
        Pattern::MatchStar(st) => {
            if let Some(n) = &st.name {
                bind(cx, &n.id, n.range, names);
            }
        }
        Pattern::MatchSequence(sq) => {
            for x in &sq.patterns {
                check_pattern(cx, x, names);
            }
        }
        Pattern::MatchMapping(mm) => {
            let mut seen: Vec<String> = Vec::new();
            for k in &mm.keys {
                let key = match k {
                    Expr::StringLiteral(s) => Some(format!("'{}'", s.value.to_str())),
                    Expr::NumberLiteral(ExprNumberLiteral {
                        value: Number::Int(i),
                        ..
                    }) => Some(i.to_string()),
                    Expr::BooleanLiteral(b) => Some(if b.value { "True" } else { "False" }.into()),
                    Expr::NoneLiteral(_) => Some("None".into()),
                    _ => None,
                };
                if let Some(key) = key {
                    // `1` and `True` are the same key, as in a dict.
                    let norm = match key.as_str() {
                        "True" => "1".to_string(),
                        "False" => "0".to_string(),
                        _ => key.clone(),
                    };
                    if seen.contains(&norm) {
                        cx.diags.push(Diagnostic::error(
                            "E0116",
                            &format!("mapping pattern checks duplicate key ({})", key),
                            cx.file,
                            mm.range,
                        ));
                    }
                    seen.push(norm);
                }
            }
            for x in &mm.patterns {
                check_pattern(cx, x, names);
            }
            if let Some(r) = &mm.rest {
                bind(cx, &r.id, r.range, names);
            }
        }
        Pattern::MatchClass(c) => {
            for x in &c.arguments.patterns {
                check_pattern(cx, x, names);
            }
            for k in &c.arguments.keywords {
                check_pattern(cx, &k.pattern, names);
            }
        }
        Pattern::MatchOr(o) => {
            let k = o.patterns.len();
            let mut first: Option<Vec<String>> = None;
            for (i, alt) in o.patterns.iter().enumerate() {
                if i + 1 < k {
                    unreachable_after(cx, alt);
                }
                let mut alt_names = Vec::new();
                check_pattern(cx, alt, &mut alt_names);
                alt_names.sort();
                match &first {
                    None => first = Some(alt_names),
                    Some(f) if *f != alt_names => {
                        cx.diags.push(Diagnostic::error(
                            "E0116",
                            "alternative patterns bind different names",
                            cx.file,
                            o.range,
                        ));
                        break;
                    }
                    _ => {}
                }
            }
            for n in first.unwrap_or_default() {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
    }
}

/// Whether a comprehension is asynchronous: an `async for` clause, or `await` in its
/// element, conditions or inner iterables (the first iterable is evaluated outside).
fn comprehension_is_async(gens: &[Comprehension], elt: &Expr, value: Option<&Expr>) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Finder(bool);
    impl<'b> Visitor<'b> for Finder {
        fn visit_expr(&mut self, e: &'b Expr) {
            match e {
                Expr::Await(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    if gens.iter().any(|g| g.is_async) {
        return true;
    }
    let mut f = Finder(false);
    f.visit_expr(elt);
    if let Some(v) = value {
        f.visit_expr(v);
    }
    for (i, g) in gens.iter().enumerate() {
        if i > 0 {
            f.visit_expr(&g.iter);
        }
        for c in &g.ifs {
            f.visit_expr(c);
        }
    }
    f.0
}

/// Whether a module or class body has an annotated assignment outside nested scopes
/// (CPython then creates `__annotations__` when the body starts).
fn contains_annotations(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    struct Finder(bool);
    impl<'b> Visitor<'b> for Finder {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::AnnAssign(_) => self.0 = true,
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, _: &'b Expr) {}
    }
    let mut f = Finder(false);
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}

/// The first `return`, or `break`/`continue` not inside a loop of its own, in an
/// `except*` clause body (a SyntaxError in CPython).
fn jump_out_of_except_star(body: &[Stmt]) -> Option<TextRange> {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    struct Finder {
        loops: u32,
        found: Option<TextRange>,
    }
    impl<'b> Visitor<'b> for Finder {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            if self.found.is_some() {
                return;
            }
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Return(r) => self.found = Some(r.range),
                Stmt::Break(b) if self.loops == 0 => self.found = Some(b.range),
                Stmt::Continue(c) if self.loops == 0 => self.found = Some(c.range),
                Stmt::For(f) => {
                    self.loops += 1;
                    self.visit_body(&f.body);
                    self.loops -= 1;
                    self.visit_body(&f.orelse);
                }
                Stmt::While(w) => {
                    self.loops += 1;
                    self.visit_body(&w.body);
                    self.loops -= 1;
                    self.visit_body(&w.orelse);
                }
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, _: &'b Expr) {}
    }
    let mut f = Finder {
        loops: 0,
        found: None,
    };
    f.visit_body(body);
    f.found
}

/// Whether a body calls `locals`, `vars` or `dir` by name (outside nested scopes).
fn calls_namespace_builtin(body: &[Stmt]) -> bool {
    any_expr_in_scope(body, &|e| {
        matches!(e, Expr::Call(c) if matches!(&*c.func,
            Expr::Name(n) if matches!(n.id.as_str(), "locals" | "vars" | "dir")))
    })
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
