//! Molt IR: a plain data structure between the AST and Cranelift, with a text form.
//!
//! Each Python function (and each module body) becomes one [`Function`] of basic blocks.
//! Python semantics are explicit here: every implicit operation is a call into the
//! runtime ABI (`molt_*`), every reference-count change is an instruction, and every
//! operation that can raise is followed by an explicit branch to its error path.
//!
//! - **Values** (`v0`, `v1`, ...) are SSA temporaries, each defined once.
//! - **Locals** (`%0`, `%1`, ...) are mutable slots (Python variables and hidden
//!   temporaries); the code generator turns them into SSA through Cranelift variables.
//!   A local holds an owned reference or null.
//! - **Constants** (`c0`, ...) are module-level objects created at start-up.

use std::fmt::{self, Write};

pub type Value = u32;
pub type Local = u32;
pub type BlockId = u32;
pub type ConstId = u32;
pub type FuncId = u32;

/// Machine types of values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `PyObject *`, possibly null.
    Obj,
    /// A C `int` (status or truth value).
    I32,
    /// A 64-bit integer or a pointer that is not an object.
    I64,
}

/// An argument of a runtime call.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    V(Value),
    Imm(i64),
    F64(f64),
    Null,
    /// The address of inline cache `n` of the module: `ATTR_CACHE_SIZE` zeroed bytes of
    /// writable data that one call site owns (see `molt_getattr_ic`).
    Cache(u32),
}

/// Bytes of one inline cache (`Operand::Cache`).
pub const ATTR_CACHE_SIZE: u32 = 80;

/// A module-level constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstId>),
}

/// Instructions.
#[derive(Clone, Debug)]
pub enum Inst {
    /// `dst = consts[c]`, with a new reference.
    Const {
        dst: Value,
        c: ConstId,
    },
    /// The function's incoming parameter `index` (0: function object, 1: slot array).
    Param {
        dst: Value,
        index: u32,
    },
    /// A null object pointer.
    Null {
        dst: Value,
    },
    /// `dst = local` (no reference change).
    LoadLocal {
        dst: Value,
        local: Local,
    },
    /// `local = src` (the local takes over the reference; no reference change).
    StoreLocal {
        local: Local,
        src: Value,
    },
    /// A call into the runtime.
    Call {
        dst: Option<Value>,
        ret: Ty,
        func: &'static str,
        args: Vec<Operand>,
    },
    /// The address of another compiled function.
    FuncAddr {
        dst: Value,
        func: FuncId,
    },
    /// A stack array filled with operands; `dst` is its address.
    StackArray {
        dst: Value,
        items: Vec<Operand>,
    },
    /// An uninitialised stack array of `n` pointers; `dst` is its address.
    StackAlloc {
        dst: Value,
        n: u32,
    },
    /// `dst = base[index]` (pointer-sized load).
    LoadSlot {
        dst: Value,
        base: Value,
        index: u32,
    },
    Incref(Value),
    Decref(Value),
    XDecref(Value),
    /// `dst = (v == null)` as I32.
    IsNull {
        dst: Value,
        v: Value,
    },
    /// `dst = (a == b)` (pointer identity) as I32.
    PtrEq {
        dst: Value,
        a: Value,
        b: Value,
    },
    /// `dst = (v < 0)` as I32, for C statuses.
    IsNeg {
        dst: Value,
        v: Value,
    },
    /// Counts a Python-level frame and records it in the frame stack (`globals`, the
    /// function object or none, the first line); `dst` (I32) is 1 when the recursion
    /// limit is exceeded.
    EnterFrame {
        dst: Value,
        globals: Value,
        func: Option<Value>,
        line: u32,
    },
    /// Records the running frame's current line (each statement).
    SetLine {
        line: u32,
    },
    /// Uncounts the frame (on every exit of a function that entered).
    LeaveFrame,
    /// `dst` = the function object registered for direct calls to `func` (borrowed,
    /// null until its `def` has run).
    LoadFnSlot {
        dst: Value,
        func: FuncId,
    },
    /// Registers the function object of `func` for direct calls.
    StoreFnSlot {
        func: FuncId,
        v: Value,
    },
    /// `dst` = the pointer stored at `base + offset` (a borrowed reference).
    LoadPtr {
        dst: Value,
        base: Value,
        offset: i32,
    },
    /// `dst` (Obj) = the marker meaning "this local's value is in its raw twin".
    RawMarker {
        dst: Value,
    },
    /// `dst` (I64) = the raw twin of a local.
    LoadRaw {
        dst: Value,
        local: Local,
    },
    /// Sets the raw twin of a local.
    StoreRaw {
        local: Local,
        src: Value,
    },
    /// `dst` (I64) = an integer constant.
    IConst {
        dst: Value,
        v: i64,
    },
    /// `dst` (I64) = zero-extended I32 `v`.
    Widen {
        dst: Value,
        v: Value,
    },
    /// `dst` (I32) = truncated I64 `v`.
    Narrow {
        dst: Value,
        v: Value,
    },
    /// `dst` (I32) = `a & b`.
    AndI32 {
        dst: Value,
        a: Value,
        b: Value,
    },
    /// `dst` (I64) = `a + b` (op 0) or `a - b` (op 1); `ovf` (I32) = 1 on overflow.
    IntOp {
        dst: Value,
        ovf: Value,
        op: u8,
        a: Value,
        b: Value,
    },
    /// `dst` (I32) = comparison `op` (Py_LT..Py_GE) of two I64 values.
    IntCmp {
        dst: Value,
        op: u8,
        a: Value,
        b: Value,
    },
    /// The machine value of an object operand: `ok` (I32) is 1 when `v` is the raw
    /// marker (then `dst` = `raw`) or an exact int with an inline value (then `dst` =
    /// that value).
    IntValue {
        dst: Value,
        ok: Value,
        v: Value,
        raw: Value,
    },
    /// `dst` (I64) = the generator's resume state.
    GenState {
        dst: Value,
    },
    /// Sets the generator's resume state.
    SetGenState {
        state: i64,
    },
    /// Stores `v` (ownership moves) into frame slot `index` of generator `gen`.
    GenFrameStore {
        gen: Value,
        index: u32,
        v: Value,
    },
    /// A direct call of a compiled function: `args` are (function object, slot array);
    /// the callee takes ownership of the slots' references.
    CallDirect {
        dst: Value,
        func: FuncId,
        args: Vec<Operand>,
    },
}

impl Inst {
    /// The values this instruction reads.
    pub fn uses(&self) -> Vec<Value> {
        let ops = |xs: &[Operand]| {
            xs.iter()
                .filter_map(|o| {
                    if let Operand::V(v) = o {
                        Some(*v)
                    } else {
                        None
                    }
                })
                .collect()
        };
        match self {
            Inst::StoreLocal { src, .. } | Inst::StoreRaw { src, .. } => vec![*src],
            Inst::Call { args, .. }
            | Inst::StackArray { items: args, .. }
            | Inst::CallDirect { args, .. } => ops(args),
            Inst::LoadSlot { base, .. } | Inst::LoadPtr { base, .. } => vec![*base],
            Inst::EnterFrame { globals, func, .. } => {
                let mut v = vec![*globals];
                v.extend(func);
                v
            }
            Inst::Incref(v) | Inst::Decref(v) | Inst::XDecref(v) => vec![*v],
            Inst::IsNull { v, .. }
            | Inst::IsNeg { v, .. }
            | Inst::Widen { v, .. }
            | Inst::Narrow { v, .. } => vec![*v],
            Inst::StoreFnSlot { v, .. } => vec![*v],
            Inst::PtrEq { a, b, .. }
            | Inst::AndI32 { a, b, .. }
            | Inst::IntOp { a, b, .. }
            | Inst::IntCmp { a, b, .. } => {
                vec![*a, *b]
            }
            Inst::IntValue { v, raw, .. } => vec![*v, *raw],
            Inst::GenFrameStore { gen, v, .. } => vec![*gen, *v],
            _ => vec![],
        }
    }

    /// The values this instruction defines.
    pub fn defs(&self) -> Vec<Value> {
        match self {
            Inst::Const { dst, .. }
            | Inst::Param { dst, .. }
            | Inst::Null { dst }
            | Inst::LoadLocal { dst, .. }
            | Inst::FuncAddr { dst, .. }
            | Inst::StackArray { dst, .. }
            | Inst::StackAlloc { dst, .. }
            | Inst::LoadSlot { dst, .. }
            | Inst::IsNull { dst, .. }
            | Inst::PtrEq { dst, .. }
            | Inst::IsNeg { dst, .. }
            | Inst::EnterFrame { dst, .. }
            | Inst::LoadFnSlot { dst, .. }
            | Inst::CallDirect { dst, .. }
            | Inst::LoadPtr { dst, .. }
            | Inst::RawMarker { dst }
            | Inst::LoadRaw { dst, .. }
            | Inst::IConst { dst, .. }
            | Inst::Widen { dst, .. }
            | Inst::Narrow { dst, .. }
            | Inst::AndI32 { dst, .. }
            | Inst::IntCmp { dst, .. }
            | Inst::GenState { dst } => vec![*dst],
            Inst::Call { dst: Some(d), .. } => vec![*d],
            Inst::IntOp { dst, ovf, .. } => vec![*dst, *ovf],
            Inst::IntValue { dst, ok, .. } => vec![*dst, *ok],
            _ => vec![],
        }
    }
}

impl Term {
    /// The values this terminator reads.
    pub fn uses(&self) -> Vec<Value> {
        match self {
            Term::Branch { cond, .. } => vec![*cond],
            Term::Return(v) | Term::Switch { v, .. } => vec![*v],
            _ => vec![],
        }
    }
}

/// Block terminators.
#[derive(Clone, Debug)]
pub enum Term {
    Jump(BlockId),
    /// Branch on a non-zero I32.
    Branch {
        cond: Value,
        then_bb: BlockId,
        else_bb: BlockId,
    },
    Return(Value),
    /// Return NULL: the exception is set.
    ReturnNull,
    /// Jump to `targets[v]` (an I64), or `default` when out of range.
    Switch {
        v: Value,
        targets: Vec<BlockId>,
        default: BlockId,
    },
    Unreachable,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Option<Term>,
}

/// What the function's machine signature is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnKind {
    /// `extern "C" fn() -> *mut PyObject`: the module body (exported entry).
    ModuleBody,
    /// `extern "C" fn(func, slots) -> *mut PyObject`: a Python function body.
    Code,
    /// `extern "C" fn(gen, sent) -> *mut PyObject`: a generator's resume function; its
    /// locals and values live in the generator's heap frame.
    GenResume,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub symbol: String,
    pub kind: FnKind,
    pub blocks: Vec<Block>,
    pub value_types: Vec<Ty>,
    pub local_names: Vec<String>,
}

impl Function {
    pub fn new(name: &str, symbol: &str, kind: FnKind) -> Function {
        Function {
            name: name.to_string(),
            symbol: symbol.to_string(),
            kind,
            blocks: vec![Block::default()],
            value_types: Vec::new(),
            local_names: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    /// For the main module: (name, body symbol) of every other compiled module, which
    /// the main module registers with the runtime before running.
    pub register: Vec<(String, String)>,
    /// For the main module: (name, `PyInit_*` symbol) of every linked C extension.
    pub extensions: Vec<(String, String)>,
    pub name: String,
    pub path: String,
    pub consts: Vec<Const>,
    pub functions: Vec<Function>,
    /// How many inline caches (`Operand::Cache`) the module's code uses.
    pub caches: u32,
}

impl Module {
    /// Interns a constant.
    pub fn intern(&mut self, c: Const) -> ConstId {
        if let Some(i) = self.consts.iter().position(|x| match (x, &c) {
            // Distinguish 0.0 and -0.0, and keep nan unique by bits.
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }) {
            return i as ConstId;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as ConstId
    }
}

// ----- text form -----

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::V(v) => write!(f, "v{}", v),
            Operand::Imm(i) => write!(f, "{}", i),
            Operand::F64(x) => write!(f, "{:?}", x),
            Operand::Null => write!(f, "null"),
            Operand::Cache(n) => write!(f, "cache{}", n),
        }
    }
}

fn ops(xs: &[Operand]) -> String {
    xs.iter()
        .map(|o| o.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Inst::Const { dst, c } => write!(f, "v{} = const c{}", dst, c),
            Inst::Param { dst, index } => write!(f, "v{} = param {}", dst, index),
            Inst::Null { dst } => write!(f, "v{} = null", dst),
            Inst::LoadLocal { dst, local } => write!(f, "v{} = load %{}", dst, local),
            Inst::StoreLocal { local, src } => write!(f, "store %{}, v{}", local, src),
            Inst::Call {
                dst: Some(d),
                ret,
                func,
                args,
            } => {
                write!(f, "v{} = call {}({}) -> {:?}", d, func, ops(args), ret)
            }
            Inst::Call {
                dst: None,
                func,
                args,
                ..
            } => write!(f, "call {}({})", func, ops(args)),
            Inst::FuncAddr { dst, func } => write!(f, "v{} = funcaddr fn{}", dst, func),
            Inst::StackArray { dst, items } => write!(f, "v{} = stackarray [{}]", dst, ops(items)),
            Inst::StackAlloc { dst, n } => write!(f, "v{} = stackalloc {}", dst, n),
            Inst::LoadSlot { dst, base, index } => {
                write!(f, "v{} = loadslot v{}[{}]", dst, base, index)
            }
            Inst::Incref(v) => write!(f, "incref v{}", v),
            Inst::Decref(v) => write!(f, "decref v{}", v),
            Inst::XDecref(v) => write!(f, "xdecref v{}", v),
            Inst::IsNull { dst, v } => write!(f, "v{} = isnull v{}", dst, v),
            Inst::PtrEq { dst, a, b } => write!(f, "v{} = ptreq v{}, v{}", dst, a, b),
            Inst::IsNeg { dst, v } => write!(f, "v{} = isneg v{}", dst, v),
            Inst::EnterFrame {
                dst,
                globals,
                func,
                line,
            } => match func {
                Some(fv) => write!(
                    f,
                    "v{} = enterframe v{}, v{}, line {}",
                    dst, globals, fv, line
                ),
                None => write!(f, "v{} = enterframe v{}, null, line {}", dst, globals, line),
            },
            Inst::SetLine { line } => write!(f, "setline {}", line),
            Inst::RawMarker { dst } => write!(f, "v{} = rawmarker", dst),
            Inst::GenState { dst } => write!(f, "v{} = genstate", dst),
            Inst::SetGenState { state } => write!(f, "setgenstate {}", state),
            Inst::GenFrameStore { gen, index, v } => {
                write!(f, "genframe v{}[{}] = v{}", gen, index, v)
            }
            Inst::LoadPtr { dst, base, offset } => {
                write!(f, "v{} = loadptr v{}+{}", dst, base, offset)
            }
            Inst::LoadRaw { dst, local } => write!(f, "v{} = loadraw %{}", dst, local),
            Inst::StoreRaw { local, src } => write!(f, "storeraw %{}, v{}", local, src),
            Inst::IConst { dst, v } => write!(f, "v{} = iconst {}", dst, v),
            Inst::Widen { dst, v } => write!(f, "v{} = widen v{}", dst, v),
            Inst::Narrow { dst, v } => write!(f, "v{} = narrow v{}", dst, v),
            Inst::AndI32 { dst, a, b } => write!(f, "v{} = and v{}, v{}", dst, a, b),
            Inst::IntOp { dst, ovf, op, a, b } => {
                write!(
                    f,
                    "v{}, v{} = {} v{}, v{}",
                    dst,
                    ovf,
                    if *op == 0 { "iadd.ovf" } else { "isub.ovf" },
                    a,
                    b
                )
            }
            Inst::IntCmp { dst, op, a, b } => write!(f, "v{} = icmp{} v{}, v{}", dst, op, a, b),
            Inst::IntValue { dst, ok, v, raw } => {
                write!(f, "v{}, v{} = intvalue v{}, v{}", dst, ok, v, raw)
            }
            Inst::LeaveFrame => write!(f, "leaveframe"),
            Inst::LoadFnSlot { dst, func } => write!(f, "v{} = fnslot fn{}", dst, func),
            Inst::StoreFnSlot { func, v } => write!(f, "store fnslot fn{}, v{}", func, v),
            Inst::CallDirect { dst, func, args } => {
                write!(f, "v{} = calldirect fn{}({})", dst, func, ops(args))
            }
        }
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Jump(b) => write!(f, "jump b{}", b),
            Term::Branch {
                cond,
                then_bb,
                else_bb,
            } => write!(f, "br v{}, b{}, b{}", cond, then_bb, else_bb),
            Term::Return(v) => write!(f, "return v{}", v),
            Term::ReturnNull => write!(f, "return null"),
            Term::Switch {
                v,
                targets,
                default,
            } => {
                let t: Vec<String> = targets.iter().map(|b| format!("b{}", b)).collect();
                write!(f, "switch v{}, [{}], b{}", v, t.join(", "), default)
            }
            Term::Unreachable => write!(f, "unreachable"),
        }
    }
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::None => write!(f, "None"),
            Const::True => write!(f, "True"),
            Const::False => write!(f, "False"),
            Const::Ellipsis => write!(f, "Ellipsis"),
            Const::Int(i) => write!(f, "int {}", i),
            Const::BigInt(s) => write!(f, "int {}", s),
            Const::Float(x) => write!(f, "float {:?}", x),
            Const::Str(s) => write!(f, "str {:?}", s),
            Const::Bytes(b) => write!(f, "bytes {:?}", String::from_utf8_lossy(b)),
            Const::Tuple(xs) => {
                write!(f, "tuple (")?;
                for (i, x) in xs.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "c{}", x)?;
                }
                write!(f, ")")
            }
        }
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "function {} ({}) {:?}:",
            self.name, self.symbol, self.kind
        )?;
        if !self.local_names.is_empty() {
            let mut s = String::new();
            for (i, n) in self.local_names.iter().enumerate() {
                let _ = write!(s, "%{}={} ", i, n);
            }
            writeln!(f, "  locals: {}", s.trim_end())?;
        }
        for (i, b) in self.blocks.iter().enumerate() {
            writeln!(f, "b{}:", i)?;
            for inst in &b.insts {
                writeln!(f, "    {}", inst)?;
            }
            match &b.term {
                Some(t) => writeln!(f, "    {}", t)?,
                None => writeln!(f, "    <no terminator>")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "module {}", self.name)?;
        for (i, c) in self.consts.iter().enumerate() {
            writeln!(f, "c{} = {}", i, c)?;
        }
        for (i, func) in self.functions.iter().enumerate() {
            writeln!(f)?;
            write!(f, "fn{} ", i)?;
            write!(f, "{}", func)?;
        }
        Ok(())
    }
}
