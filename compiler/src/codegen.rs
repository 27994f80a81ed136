//! Code generation: Molt IR → Cranelift IR → one relocatable object file.
//!
//! Each IR function becomes a native function. IR locals become Cranelift variables
//! (so Cranelift builds SSA for them), IR values map one-to-one to Cranelift values,
//! runtime calls become direct calls to imported `molt_*` symbols, constants live in a
//! module-level table filled by the module body's prologue.

use crate::abi::{self, CTy};
use crate::ir::{self, Const, FnKind, Inst, Operand, Term, Ty};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    UserFuncName,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{default_libcall_names, DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;

const PTR: types::Type = types::I64;

/// `Py_INCREF` inline: add one to the low 32 bits unless that wraps (immortal).
fn inline_incref(b: &mut FunctionBuilder, v: cranelift_codegen::ir::Value) {
    let low = b.ins().load(types::I32, MemFlagsData::trusted(), v, 0);
    let new = b.ins().iadd_imm_s(low, 1);
    let wrapped = b.ins().icmp_imm_s(IntCC::Equal, new, 0);
    let keep = b.ins().select(wrapped, low, new);
    b.ins().store(MemFlagsData::trusted(), keep, v, 0);
}

fn cl_ty(t: CTy) -> types::Type {
    match t {
        CTy::Ptr | CTy::I64 => types::I64,
        CTy::I32 => types::I32,
        CTy::F64 => types::F64,
    }
}

fn ir_ty(t: Ty) -> types::Type {
    match t {
        Ty::Obj | Ty::I64 => types::I64,
        Ty::I32 => types::I32,
    }
}

struct Gen {
    module: ObjectModule,
    imports: HashMap<&'static str, FuncId>,
    data_imports: HashMap<&'static str, DataId>,
    fn_slots: HashMap<u32, DataId>,
    funcs: Vec<FuncId>,
    consts_table: DataId,
    blobs: Vec<Option<DataId>>,
    caches_table: DataId,
    /// The inline-cache table as seen from the function being compiled.
    caches_gv: Option<cranelift_codegen::ir::GlobalValue>,
}

/// Field offsets of the runtime's objects that inline code reads.
const OB_TYPE: i32 = 8;
const LONG_SMALL: i32 = 16;
const LONG_BIG: i32 = 24;

/// Compiles a verified IR module to an object file's bytes.
pub fn compile(m: &ir::Module) -> Result<Vec<u8>, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("this host is not supported by Cranelift: {}", e))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(isa, m.name.as_bytes().to_vec(), default_libcall_names())
        .map_err(|e| e.to_string())?;
    let mut module = ObjectModule::new(builder);

    let consts_table = module
        .declare_data("molt_consts", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    let mut desc = DataDescription::new();
    desc.define_zeroinit(8 * m.consts.len().max(1));
    module
        .define_data(consts_table, &desc)
        .map_err(|e| e.to_string())?;
    // The inline caches of the module's call sites (zeroed: empty).
    let caches_table = module
        .declare_data("molt_caches", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    let mut desc = DataDescription::new();
    desc.define_zeroinit((ir::ATTR_CACHE_SIZE * m.caches.max(1)) as usize);
    module
        .define_data(caches_table, &desc)
        .map_err(|e| e.to_string())?;

    // Byte blobs for str, bytes and big-int constants.
    let mut blobs = Vec::new();
    for (i, c) in m.consts.iter().enumerate() {
        let bytes: Option<Vec<u8>> = match c {
            Const::Str(s) | Const::BigInt(s) => Some(s.as_bytes().to_vec()),
            Const::Bytes(b) => Some(b.clone()),
            _ => None,
        };
        match bytes {
            Some(b) => {
                let id = module
                    .declare_data(&format!("molt_blob{}", i), Linkage::Local, false, false)
                    .map_err(|e| e.to_string())?;
                let mut d = DataDescription::new();
                let mut b = b;
                if b.is_empty() {
                    b.push(0);
                }
                d.define(b.into_boxed_slice());
                module.define_data(id, &d).map_err(|e| e.to_string())?;
                blobs.push(Some(id));
            }
            None => blobs.push(None),
        }
    }

    let mut g = Gen {
        module,
        imports: HashMap::new(),
        data_imports: HashMap::new(),
        fn_slots: HashMap::new(),
        funcs: Vec::new(),
        consts_table,
        blobs,
        caches_table,
        caches_gv: None,
    };
    for f in &m.functions {
        let sig = g.fn_signature(f.kind);
        let linkage = if f.kind == FnKind::ModuleBody {
            Linkage::Export
        } else {
            Linkage::Local
        };
        let id = g
            .module
            .declare_function(&f.symbol, linkage, &sig)
            .map_err(|e| e.to_string())?;
        g.funcs.push(id);
    }
    let mut fctx = FunctionBuilderContext::new();
    for (i, f) in m.functions.iter().enumerate() {
        let mut ctx = g.module.make_context();
        ctx.func.signature = g.fn_signature(f.kind);
        ctx.func.name = UserFuncName::user(0, i as u32);
        g.build_function(m, f, &mut ctx, &mut fctx)?;
        g.module
            .define_function(g.funcs[i], &mut ctx)
            .map_err(|e| {
                format!(
                    "internal compiler error: Cranelift rejected '{}': {:?}",
                    f.name, e
                )
            })?;
        g.module.clear_context(&mut ctx);
    }
    let product = g.module.finish();
    product.emit().map_err(|e| e.to_string())
}

impl Gen {
    fn fn_signature(&self, kind: FnKind) -> Signature {
        let mut sig = self.module.make_signature();
        if kind != FnKind::ModuleBody {
            sig.params.push(AbiParam::new(PTR));
            sig.params.push(AbiParam::new(PTR));
        }
        sig.returns.push(AbiParam::new(PTR));
        sig
    }

    fn import(&mut self, name: &'static str) -> FuncId {
        if let Some(id) = self.imports.get(name) {
            return *id;
        }
        let (params, ret) = abi::signature(name);
        let mut sig = self.module.make_signature();
        for p in params {
            sig.params.push(AbiParam::new(cl_ty(*p)));
        }
        if let Some(r) = ret {
            sig.returns.push(AbiParam::new(cl_ty(r)));
        }
        let id = self
            .module
            .declare_function(name, Linkage::Import, &sig)
            .expect("declare import");
        self.imports.insert(name, id);
        id
    }

    fn build_function(
        &mut self,
        m: &ir::Module,
        f: &ir::Function,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let blocks: Vec<_> = (0..f.blocks.len()).map(|_| b.create_block()).collect();
        b.append_block_params_for_function_params(blocks[0]);
        b.switch_to_block(blocks[0]);
        let params: Vec<_> = b.block_params(blocks[0]).to_vec();
        let vars: Vec<Variable> = f.local_names.iter().map(|_| b.declare_var(PTR)).collect();
        // The address of this invocation's frame-stack entry, set by `enterframe` and
        // written by `setline` (one store per statement).
        let frame_var = b.declare_var(PTR);
        let raw_vars: Vec<Variable> = f
            .local_names
            .iter()
            .map(|_| b.declare_var(types::I64))
            .collect();
        let zero = b.ins().iconst(PTR, 0);
        for v in vars.iter().chain(raw_vars.iter()) {
            b.def_var(*v, zero);
        }
        let table_gv = self.module.declare_data_in_func(self.consts_table, b.func);
        self.caches_gv = Some(self.module.declare_data_in_func(self.caches_table, b.func));
        if f.kind == FnKind::ModuleBody {
            self.emit_const_init(m, &mut b, table_gv);
            self.emit_module_registration(m, &mut b)?;
        }
        // Generators keep locals, raw twins and values in the heap frame:
        // [locals | values | raw twins], 8 bytes each.
        let gen = f.kind == FnKind::GenResume;
        let nlocals = f.local_names.len() as i32;
        let nvalues = f.value_types.len() as i32;
        let frame = if gen {
            Some(b.ins().load(
                PTR,
                MemFlagsData::trusted(),
                params[0],
                abi::GEN_FRAME_OFFSET,
            ))
        } else {
            None
        };
        let value_slot = |v: u32| (nlocals + v as i32) * 8;
        let raw_slot = |l: u32| (nlocals + nvalues + l as i32) * 8;
        let mut vals: Vec<Option<cranelift_codegen::ir::Value>> = vec![None; f.value_types.len()];
        let mut refs: HashMap<&'static str, cranelift_codegen::ir::FuncRef> = HashMap::new();
        for (bi, block) in f.blocks.iter().enumerate() {
            if bi > 0 {
                b.switch_to_block(blocks[bi]);
            }
            for inst in &block.insts {
                if let Some(fr) = frame {
                    for u in inst.uses() {
                        let ty = ir_ty(f.value_types[u as usize]);
                        vals[u as usize] =
                            Some(b.ins().load(ty, MemFlagsData::trusted(), fr, value_slot(u)));
                    }
                    match inst {
                        Inst::LoadLocal { dst, local } => {
                            let x =
                                b.ins()
                                    .load(PTR, MemFlagsData::trusted(), fr, *local as i32 * 8);
                            b.ins()
                                .store(MemFlagsData::trusted(), x, fr, value_slot(*dst));
                            continue;
                        }
                        Inst::StoreLocal { local, src } => {
                            b.ins().store(
                                MemFlagsData::trusted(),
                                vals[*src as usize].unwrap(),
                                fr,
                                *local as i32 * 8,
                            );
                            continue;
                        }
                        Inst::LoadRaw { dst, local } => {
                            let x = b.ins().load(
                                types::I64,
                                MemFlagsData::trusted(),
                                fr,
                                raw_slot(*local),
                            );
                            b.ins()
                                .store(MemFlagsData::trusted(), x, fr, value_slot(*dst));
                            continue;
                        }
                        Inst::StoreRaw { local, src } => {
                            b.ins().store(
                                MemFlagsData::trusted(),
                                vals[*src as usize].unwrap(),
                                fr,
                                raw_slot(*local),
                            );
                            continue;
                        }
                        _ => {}
                    }
                }
                match inst {
                    Inst::GenState { dst } => {
                        let s = b.ins().load(
                            types::I64,
                            MemFlagsData::trusted(),
                            params[0],
                            abi::GEN_STATE_OFFSET,
                        );
                        vals[*dst as usize] = Some(s);
                    }
                    Inst::SetGenState { state } => {
                        let s = b.ins().iconst(types::I64, *state);
                        b.ins()
                            .store(MemFlagsData::trusted(), s, params[0], abi::GEN_STATE_OFFSET);
                    }
                    Inst::GenFrameStore { gen: g, index, v } => {
                        let (g, v) = (vals[*g as usize].unwrap(), vals[*v as usize].unwrap());
                        let fr =
                            b.ins()
                                .load(PTR, MemFlagsData::trusted(), g, abi::GEN_FRAME_OFFSET);
                        b.ins()
                            .store(MemFlagsData::trusted(), v, fr, (*index as i32) * 8);
                    }
                    Inst::Const { dst, c } => {
                        let base = b.ins().symbol_value(PTR, table_gv);
                        let v = b
                            .ins()
                            .load(PTR, MemFlagsData::trusted(), base, (*c as i32) * 8);
                        inline_incref(&mut b, v);
                        vals[*dst as usize] = Some(v);
                    }
                    Inst::Param { dst, index } => {
                        vals[*dst as usize] = Some(params[*index as usize])
                    }
                    Inst::Null { dst } => vals[*dst as usize] = Some(b.ins().iconst(PTR, 0)),
                    Inst::LoadLocal { dst, local } => {
                        vals[*dst as usize] = Some(b.use_var(vars[*local as usize]))
                    }
                    Inst::StoreLocal { local, src } => {
                        b.def_var(vars[*local as usize], vals[*src as usize].unwrap())
                    }
                    Inst::Call {
                        dst: Some(d),
                        func,
                        args,
                        ..
                    } if matches!(*func, "molt_binop" | "molt_inplace_op")
                        && matches!(args.get(2), Some(Operand::Imm(0)) | Some(Operand::Imm(1))) =>
                    {
                        let (Operand::V(a), Operand::V(bv), Operand::Imm(op)) =
                            (&args[0], &args[1], &args[2])
                        else {
                            unreachable!()
                        };
                        let (x, y) = (vals[*a as usize].unwrap(), vals[*bv as usize].unwrap());
                        let r = self.inline_int_arith(&mut b, &mut refs, func, x, y, *op);
                        vals[*d as usize] = Some(r);
                    }
                    Inst::Call {
                        dst: Some(d),
                        func,
                        args,
                        ..
                    } if *func == "molt_int_from_i64" => {
                        let x = self.operand(&mut b, &vals, &args[0], CTy::I64);
                        vals[*d as usize] = Some(self.box_int(&mut b, &mut refs, x));
                    }
                    Inst::Call {
                        dst: Some(d),
                        func,
                        args,
                        ..
                    } if matches!(*func, "molt_compare_bool" | "molt_compare")
                        && matches!(args.get(2), Some(Operand::Imm(_))) =>
                    {
                        let (Operand::V(a), Operand::V(bv), Operand::Imm(op)) =
                            (&args[0], &args[1], &args[2])
                        else {
                            unreachable!()
                        };
                        let (x, y) = (vals[*a as usize].unwrap(), vals[*bv as usize].unwrap());
                        let r = self.inline_int_compare(&mut b, &mut refs, func, x, y, *op);
                        vals[*d as usize] = Some(r);
                    }
                    Inst::Call {
                        dst, func, args, ..
                    } => {
                        let (ptys, _) = abi::signature(func);
                        if ptys.len() != args.len() {
                            return Err(format!(
                                "internal compiler error: {} called with {} arguments",
                                func,
                                args.len()
                            ));
                        }
                        let mut argv = Vec::with_capacity(args.len());
                        for (a, t) in args.iter().zip(ptys.iter()) {
                            argv.push(self.operand(&mut b, &vals, a, *t));
                        }
                        let r = self.call_rt(&mut b, &mut refs, func, &argv);
                        if let Some(d) = dst {
                            vals[*d as usize] = r;
                        }
                    }
                    Inst::FuncAddr { dst, func } => {
                        let fr = self
                            .module
                            .declare_func_in_func(self.funcs[*func as usize], b.func);
                        vals[*dst as usize] = Some(b.ins().func_addr(PTR, fr));
                    }
                    Inst::StackArray { dst, items } => {
                        let n = items.len().max(1) as u32;
                        let slot = b.create_sized_stack_slot(StackSlotData::new(
                            StackSlotKind::ExplicitSlot,
                            n * 8,
                            3,
                        ));
                        for (i, it) in items.iter().enumerate() {
                            let v = self.operand(&mut b, &vals, it, CTy::Ptr);
                            b.ins().stack_store(PTR, v, slot, (i * 8) as i32);
                        }
                        vals[*dst as usize] = Some(b.ins().stack_addr(PTR, slot, 0));
                    }
                    Inst::StackAlloc { dst, n } => {
                        let slot = b.create_sized_stack_slot(StackSlotData::new(
                            StackSlotKind::ExplicitSlot,
                            (*n).max(1) * 8,
                            3,
                        ));
                        vals[*dst as usize] = Some(b.ins().stack_addr(PTR, slot, 0));
                    }
                    Inst::LoadSlot { dst, base, index } => {
                        let base = vals[*base as usize].unwrap();
                        vals[*dst as usize] = Some(b.ins().load(
                            PTR,
                            MemFlagsData::trusted(),
                            base,
                            (*index as i32) * 8,
                        ));
                    }
                    Inst::Incref(v) => {
                        let v = vals[*v as usize].unwrap();
                        inline_incref(&mut b, v);
                    }
                    Inst::Decref(v) => {
                        let v = vals[*v as usize].unwrap();
                        self.inline_decref(&mut b, &mut refs, v);
                    }
                    Inst::XDecref(v) => {
                        let v = vals[*v as usize].unwrap();
                        let dec = b.create_block();
                        let done = b.create_block();
                        b.ins().brif(v, dec, &[], done, &[]);
                        b.switch_to_block(dec);
                        self.inline_decref(&mut b, &mut refs, v);
                        b.ins().jump(done, &[]);
                        b.switch_to_block(done);
                    }
                    Inst::LoadPtr { dst, base, offset } => {
                        let p = vals[*base as usize].unwrap();
                        vals[*dst as usize] =
                            Some(b.ins().load(PTR, MemFlagsData::trusted(), p, *offset));
                    }
                    Inst::RawMarker { dst } => {
                        vals[*dst as usize] = Some(self.data_addr(&mut b, "molt_raw_int_marker"))
                    }
                    Inst::LoadRaw { dst, local } => {
                        vals[*dst as usize] = Some(b.use_var(raw_vars[*local as usize]))
                    }
                    Inst::StoreRaw { local, src } => {
                        b.def_var(raw_vars[*local as usize], vals[*src as usize].unwrap())
                    }
                    Inst::IConst { dst, v } => {
                        vals[*dst as usize] = Some(b.ins().iconst(types::I64, *v))
                    }
                    Inst::Widen { dst, v } => {
                        let x = vals[*v as usize].unwrap();
                        vals[*dst as usize] = Some(b.ins().uextend(types::I64, x));
                    }
                    Inst::Narrow { dst, v } => {
                        let x = vals[*v as usize].unwrap();
                        vals[*dst as usize] = Some(b.ins().ireduce(types::I32, x));
                    }
                    Inst::AndI32 { dst, a, b: bb } => {
                        let (x, y) = (vals[*a as usize].unwrap(), vals[*bb as usize].unwrap());
                        vals[*dst as usize] = Some(b.ins().band(x, y));
                    }
                    Inst::IntOp {
                        dst,
                        ovf,
                        op,
                        a,
                        b: bb,
                    } => {
                        let (x, y) = (vals[*a as usize].unwrap(), vals[*bb as usize].unwrap());
                        let (r, of) = if *op == 0 {
                            b.ins().sadd_overflow(x, y)
                        } else {
                            b.ins().ssub_overflow(x, y)
                        };
                        vals[*dst as usize] = Some(r);
                        vals[*ovf as usize] = Some(b.ins().uextend(types::I32, of));
                    }
                    Inst::IntCmp { dst, op, a, b: bb } => {
                        let (x, y) = (vals[*a as usize].unwrap(), vals[*bb as usize].unwrap());
                        let cc = match op {
                            0 => IntCC::SignedLessThan,
                            1 => IntCC::SignedLessThanOrEqual,
                            2 => IntCC::Equal,
                            3 => IntCC::NotEqual,
                            4 => IntCC::SignedGreaterThan,
                            _ => IntCC::SignedGreaterThanOrEqual,
                        };
                        let c = b.ins().icmp(cc, x, y);
                        vals[*dst as usize] = Some(b.ins().uextend(types::I32, c));
                    }
                    Inst::IntValue { dst, ok, v, raw } => {
                        let (o, rv) = (vals[*v as usize].unwrap(), vals[*raw as usize].unwrap());
                        let join = b.create_block();
                        b.append_block_param(join, types::I64);
                        b.append_block_param(join, types::I32);
                        let not_marker = b.create_block();
                        let is_obj = b.create_block();
                        let check_big = b.create_block();
                        let small = b.create_block();
                        let marker = self.data_addr(&mut b, "molt_raw_int_marker");
                        let is_marker = b.ins().icmp(IntCC::Equal, o, marker);
                        let one = b.ins().iconst(types::I32, 1);
                        let zero32 = b.ins().iconst(types::I32, 0);
                        let zero64 = b.ins().iconst(types::I64, 0);
                        b.ins()
                            .brif(is_marker, join, &[rv.into(), one.into()], not_marker, &[]);
                        b.switch_to_block(not_marker);
                        b.ins()
                            .brif(o, is_obj, &[], join, &[zero64.into(), zero32.into()]);
                        b.switch_to_block(is_obj);
                        let long_t = self.data_addr(&mut b, "PyLong_Type");
                        let t = b.ins().load(PTR, MemFlagsData::trusted(), o, OB_TYPE);
                        let is_long = b.ins().icmp(IntCC::Equal, t, long_t);
                        b.ins().brif(
                            is_long,
                            check_big,
                            &[],
                            join,
                            &[zero64.into(), zero32.into()],
                        );
                        b.switch_to_block(check_big);
                        let big = b.ins().load(PTR, MemFlagsData::trusted(), o, LONG_BIG);
                        b.ins()
                            .brif(big, join, &[zero64.into(), zero32.into()], small, &[]);
                        b.switch_to_block(small);
                        let sv = b
                            .ins()
                            .load(types::I64, MemFlagsData::trusted(), o, LONG_SMALL);
                        b.ins().jump(join, &[sv.into(), one.into()]);
                        b.switch_to_block(join);
                        vals[*dst as usize] = Some(b.block_params(join)[0]);
                        vals[*ok as usize] = Some(b.block_params(join)[1]);
                    }
                    Inst::EnterFrame {
                        dst,
                        globals,
                        func,
                        line,
                    } => {
                        let depth = self.data_addr(&mut b, "molt_recursion_depth");
                        let limit = self.data_addr(&mut b, "molt_recursion_limit");
                        let d = b.ins().load(types::I32, MemFlagsData::trusted(), depth, 0);
                        let d1 = b.ins().iadd_imm_s(d, 1);
                        b.ins().store(MemFlagsData::trusted(), d1, depth, 0);
                        // molt_frames[d1] = {globals, func, line} (runtime/src/frames.rs).
                        let e = self.frame_entry(&mut b, d1);
                        b.def_var(frame_var, e);
                        let g = vals[*globals as usize].unwrap();
                        b.ins().store(MemFlagsData::trusted(), g, e, 0);
                        let fv = match func {
                            Some(f) => vals[*f as usize].unwrap(),
                            None => b.ins().iconst(PTR, 0),
                        };
                        b.ins().store(MemFlagsData::trusted(), fv, e, 8);
                        let l = b.ins().iconst(types::I32, *line as i64);
                        b.ins().store(MemFlagsData::trusted(), l, e, 16);
                        let lim = b.ins().load(types::I32, MemFlagsData::trusted(), limit, 0);
                        let over = b.ins().icmp(IntCC::UnsignedGreaterThan, d1, lim);
                        vals[*dst as usize] = Some(b.ins().uextend(types::I32, over));
                    }
                    Inst::SetLine { line } => {
                        let e = b.use_var(frame_var);
                        let l = b.ins().iconst(types::I32, *line as i64);
                        b.ins().store(MemFlagsData::trusted(), l, e, 16);
                    }
                    Inst::LeaveFrame => {
                        let depth = self.data_addr(&mut b, "molt_recursion_depth");
                        let d = b.ins().load(types::I32, MemFlagsData::trusted(), depth, 0);
                        let d1 = b.ins().iadd_imm_s(d, -1);
                        b.ins().store(MemFlagsData::trusted(), d1, depth, 0);
                    }
                    Inst::LoadFnSlot { dst, func } => {
                        let addr = self.fn_slot_addr(&mut b, *func);
                        vals[*dst as usize] =
                            Some(b.ins().load(PTR, MemFlagsData::trusted(), addr, 0));
                    }
                    Inst::StoreFnSlot { func, v } => {
                        let addr = self.fn_slot_addr(&mut b, *func);
                        let v = vals[*v as usize].unwrap();
                        b.ins().store(MemFlagsData::trusted(), v, addr, 0);
                    }
                    Inst::CallDirect { dst, func, args } => {
                        let argv: Vec<_> = args
                            .iter()
                            .map(|a| self.operand(&mut b, &vals, a, CTy::Ptr))
                            .collect();
                        let fr = self
                            .module
                            .declare_func_in_func(self.funcs[*func as usize], b.func);
                        let call = b.ins().call(fr, &argv);
                        vals[*dst as usize] = Some(b.inst_results(call)[0]);
                    }
                    Inst::IsNull { dst, v } => {
                        let v = vals[*v as usize].unwrap();
                        let c = b.ins().icmp_imm_s(IntCC::Equal, v, 0);
                        vals[*dst as usize] = Some(b.ins().uextend(types::I32, c));
                    }
                    Inst::PtrEq { dst, a, b: bb } => {
                        let (x, y) = (vals[*a as usize].unwrap(), vals[*bb as usize].unwrap());
                        let c = b.ins().icmp(IntCC::Equal, x, y);
                        vals[*dst as usize] = Some(b.ins().uextend(types::I32, c));
                    }
                    Inst::IsNeg { dst, v } => {
                        let v = vals[*v as usize].unwrap();
                        let c = b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
                        vals[*dst as usize] = Some(b.ins().uextend(types::I32, c));
                    }
                }
                if let Some(fr) = frame {
                    for d in inst.defs() {
                        b.ins().store(
                            MemFlagsData::trusted(),
                            vals[d as usize].unwrap(),
                            fr,
                            value_slot(d),
                        );
                    }
                }
            }
            let term = block.term.as_ref().expect("verified");
            if let Some(fr) = frame {
                for u in term.uses() {
                    let ty = ir_ty(f.value_types[u as usize]);
                    vals[u as usize] =
                        Some(b.ins().load(ty, MemFlagsData::trusted(), fr, value_slot(u)));
                }
            }
            match term {
                Term::Switch {
                    v,
                    targets,
                    default,
                } => {
                    let x = vals[*v as usize].unwrap();
                    let def = b.func.dfg.block_call(blocks[*default as usize], &[]);
                    let calls: Vec<_> = targets
                        .iter()
                        .map(|t| b.func.dfg.block_call(blocks[*t as usize], &[]))
                        .collect();
                    let jt =
                        b.create_jump_table(cranelift_codegen::ir::JumpTableData::new(def, &calls));
                    let idx = b.ins().ireduce(types::I32, x);
                    b.ins().br_table(idx, jt);
                }
                Term::Jump(t) => {
                    b.ins().jump(blocks[*t as usize], &[]);
                }
                Term::Branch {
                    cond,
                    then_bb,
                    else_bb,
                } => {
                    let c = vals[*cond as usize].unwrap();
                    b.ins().brif(
                        c,
                        blocks[*then_bb as usize],
                        &[],
                        blocks[*else_bb as usize],
                        &[],
                    );
                }
                Term::Return(v) => {
                    let v = vals[*v as usize].unwrap();
                    b.ins().return_(&[v]);
                }
                Term::ReturnNull => {
                    let z = b.ins().iconst(PTR, 0);
                    b.ins().return_(&[z]);
                }
                Term::Unreachable => {
                    b.ins()
                        .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
                }
            }
        }
        b.seal_all_blocks();
        b.finalize(self.module.isa().frontend_config());
        Ok(())
    }

    /// The address of a data symbol exported by the runtime.
    /// The address of `molt_frames[depth]` (24-byte entries; `depth` an I32).
    fn frame_entry(
        &mut self,
        b: &mut FunctionBuilder,
        depth: cranelift_codegen::ir::Value,
    ) -> cranelift_codegen::ir::Value {
        let frames = self.data_addr(b, "molt_frames");
        let base = b.ins().load(PTR, MemFlagsData::trusted(), frames, 0);
        let i = b.ins().uextend(PTR, depth);
        let off = b.ins().imul_imm_u(i, 24);
        b.ins().iadd(base, off)
    }

    fn data_addr(
        &mut self,
        b: &mut FunctionBuilder,
        name: &'static str,
    ) -> cranelift_codegen::ir::Value {
        let id = match self.data_imports.get(name) {
            Some(id) => *id,
            None => {
                let id = self
                    .module
                    .declare_data(name, Linkage::Import, true, false)
                    .expect("declare data import");
                self.data_imports.insert(name, id);
                id
            }
        };
        let gv = self.module.declare_data_in_func(id, b.func);
        b.ins().symbol_value(PTR, gv)
    }

    /// The address of the static slot holding a directly called function's object.
    fn fn_slot_addr(&mut self, b: &mut FunctionBuilder, func: u32) -> cranelift_codegen::ir::Value {
        let id = match self.fn_slots.get(&func) {
            Some(id) => *id,
            None => {
                let id = self
                    .module
                    .declare_data(&format!("molt_fnslot{}", func), Linkage::Local, true, false)
                    .expect("declare fn slot");
                let mut d = DataDescription::new();
                d.define_zeroinit(8);
                self.module.define_data(id, &d).expect("define fn slot");
                self.fn_slots.insert(func, id);
                id
            }
        };
        let gv = self.module.declare_data_in_func(id, b.func);
        b.ins().symbol_value(PTR, gv)
    }

    /// `Py_DECREF` inline: immortal objects are skipped; zero calls `molt_dealloc`.
    fn inline_decref(
        &mut self,
        b: &mut FunctionBuilder,
        refs: &mut HashMap<&'static str, cranelift_codegen::ir::FuncRef>,
        v: cranelift_codegen::ir::Value,
    ) {
        let dec = b.create_block();
        let free = b.create_block();
        let done = b.create_block();
        let rc = b.ins().load(types::I64, MemFlagsData::trusted(), v, 0);
        let low = b.ins().ireduce(types::I32, rc);
        let immortal = b.ins().icmp_imm_s(IntCC::SignedLessThan, low, 0);
        b.ins().brif(immortal, done, &[], dec, &[]);
        b.switch_to_block(dec);
        let rc1 = b.ins().iadd_imm_s(rc, -1);
        b.ins().store(MemFlagsData::trusted(), rc1, v, 0);
        b.ins().brif(rc1, done, &[], free, &[]);
        b.switch_to_block(free);
        self.call_rt(b, refs, "molt_dealloc", &[v]);
        b.ins().jump(done, &[]);
        b.switch_to_block(done);
    }

    /// Both operands exact ints with inline values: (both-ints condition block entry).
    fn int_guard(
        &mut self,
        b: &mut FunctionBuilder,
        x: cranelift_codegen::ir::Value,
        y: cranelift_codegen::ir::Value,
        slow: cranelift_codegen::ir::Block,
    ) -> (cranelift_codegen::ir::Value, cranelift_codegen::ir::Value) {
        let long_t = self.data_addr(b, "PyLong_Type");
        let tx = b.ins().load(PTR, MemFlagsData::trusted(), x, OB_TYPE);
        let ty = b.ins().load(PTR, MemFlagsData::trusted(), y, OB_TYPE);
        let cx = b.ins().icmp(IntCC::Equal, tx, long_t);
        let cy = b.ins().icmp(IntCC::Equal, ty, long_t);
        let both = b.ins().band(cx, cy);
        let check_big = b.create_block();
        b.ins().brif(both, check_big, &[], slow, &[]);
        b.switch_to_block(check_big);
        let bx = b.ins().load(PTR, MemFlagsData::trusted(), x, LONG_BIG);
        let by = b.ins().load(PTR, MemFlagsData::trusted(), y, LONG_BIG);
        let any_big = b.ins().bor(bx, by);
        let small = b.create_block();
        b.ins().brif(any_big, slow, &[], small, &[]);
        b.switch_to_block(small);
        let vx = b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), x, LONG_SMALL);
        let vy = b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), y, LONG_SMALL);
        (vx, vy)
    }

    /// `x + y` / `x - y` with a machine-integer fast path for small ints.
    fn inline_int_arith(
        &mut self,
        b: &mut FunctionBuilder,
        refs: &mut HashMap<&'static str, cranelift_codegen::ir::FuncRef>,
        func: &'static str,
        x: cranelift_codegen::ir::Value,
        y: cranelift_codegen::ir::Value,
        op: i64,
    ) -> cranelift_codegen::ir::Value {
        let slow = b.create_block();
        let join = b.create_block();
        b.append_block_param(join, PTR);
        let (vx, vy) = self.int_guard(b, x, y, slow);
        let (r, of) = if op == 0 {
            b.ins().sadd_overflow(vx, vy)
        } else {
            b.ins().ssub_overflow(vx, vy)
        };
        let box_it = b.create_block();
        b.ins().brif(of, slow, &[], box_it, &[]);
        b.switch_to_block(box_it);
        let o = self.box_int(b, refs, r);
        b.ins().jump(join, &[o.into()]);
        b.switch_to_block(slow);
        let opv = b.ins().iconst(types::I32, op);
        let o = self.call_rt(b, refs, func, &[x, y, opv]).unwrap();
        b.ins().jump(join, &[o.into()]);
        b.switch_to_block(join);
        b.block_params(join)[0]
    }

    /// An int object for a machine integer: the small-int cache inline, else the runtime.
    fn box_int(
        &mut self,
        b: &mut FunctionBuilder,
        refs: &mut HashMap<&'static str, cranelift_codegen::ir::FuncRef>,
        v: cranelift_codegen::ir::Value,
    ) -> cranelift_codegen::ir::Value {
        let cached = b.create_block();
        let alloc = b.create_block();
        let join = b.create_block();
        b.append_block_param(join, PTR);
        let off = b.ins().iadd_imm_s(v, -abi::SMALL_INT_MIN);
        let in_range = b.ins().icmp_imm_u(
            IntCC::UnsignedLessThanOrEqual,
            off,
            abi::SMALL_INT_MAX - abi::SMALL_INT_MIN,
        );
        b.ins().brif(in_range, cached, &[], alloc, &[]);
        b.switch_to_block(cached);
        let base = self.data_addr(b, "molt_small_ints");
        let scaled = b.ins().imul_imm_s(off, abi::SMALL_INT_SIZE);
        let p = b.ins().iadd(base, scaled);
        b.ins().jump(join, &[p.into()]);
        b.switch_to_block(alloc);
        let o = self.call_rt(b, refs, "molt_int_from_i64", &[v]).unwrap();
        b.ins().jump(join, &[o.into()]);
        b.switch_to_block(join);
        b.block_params(join)[0]
    }

    /// Rich comparison with a machine-integer fast path for small ints; returns an I32
    /// truth value (`molt_compare_bool`) or a bool object (`molt_compare`).
    fn inline_int_compare(
        &mut self,
        b: &mut FunctionBuilder,
        refs: &mut HashMap<&'static str, cranelift_codegen::ir::FuncRef>,
        func: &'static str,
        x: cranelift_codegen::ir::Value,
        y: cranelift_codegen::ir::Value,
        op: i64,
    ) -> cranelift_codegen::ir::Value {
        let want_obj = func == "molt_compare";
        let rty = if want_obj { PTR } else { types::I32 };
        let slow = b.create_block();
        let join = b.create_block();
        b.append_block_param(join, rty);
        let (vx, vy) = self.int_guard(b, x, y, slow);
        let cc = match op {
            0 => IntCC::SignedLessThan,
            1 => IntCC::SignedLessThanOrEqual,
            2 => IntCC::Equal,
            3 => IntCC::NotEqual,
            4 => IntCC::SignedGreaterThan,
            _ => IntCC::SignedGreaterThanOrEqual,
        };
        let c = b.ins().icmp(cc, vx, vy);
        let r = if want_obj {
            let t = self.data_addr(b, "_Py_TrueStruct");
            let f = self.data_addr(b, "_Py_FalseStruct");
            b.ins().select(c, t, f)
        } else {
            b.ins().uextend(types::I32, c)
        };
        b.ins().jump(join, &[r.into()]);
        b.switch_to_block(slow);
        let opv = b.ins().iconst(types::I32, op);
        let o = self.call_rt(b, refs, func, &[x, y, opv]).unwrap();
        b.ins().jump(join, &[o.into()]);
        b.switch_to_block(join);
        b.block_params(join)[0]
    }

    fn operand(
        &self,
        b: &mut FunctionBuilder,
        vals: &[Option<cranelift_codegen::ir::Value>],
        a: &Operand,
        t: CTy,
    ) -> cranelift_codegen::ir::Value {
        match a {
            Operand::V(v) => {
                let x = vals[*v as usize].expect("operand defined");
                let have = b.func.dfg.value_type(x);
                let want = cl_ty(t);
                if have == want {
                    x
                } else if have.bits() < want.bits() {
                    b.ins().sextend(want, x)
                } else {
                    b.ins().ireduce(want, x)
                }
            }
            Operand::Imm(i) => match t {
                CTy::F64 => b.ins().f64const(*i as f64),
                _ => b.ins().iconst(cl_ty(t), *i),
            },
            Operand::F64(x) => b.ins().f64const(*x),
            Operand::Null => b.ins().iconst(cl_ty(t), 0),
            Operand::Cache(n) => {
                let gv = self
                    .caches_gv
                    .expect("cache table declared in the function");
                let base = b.ins().symbol_value(PTR, gv);
                b.ins()
                    .iadd_imm_s(base, i64::from(*n) * i64::from(ir::ATTR_CACHE_SIZE))
            }
        }
    }

    fn call_rt(
        &mut self,
        b: &mut FunctionBuilder,
        refs: &mut HashMap<&'static str, cranelift_codegen::ir::FuncRef>,
        name: &'static str,
        args: &[cranelift_codegen::ir::Value],
    ) -> Option<cranelift_codegen::ir::Value> {
        let fr = match refs.get(name) {
            Some(r) => *r,
            None => {
                let id = self.import(name);
                let r = self.module.declare_func_in_func(id, b.func);
                refs.insert(name, r);
                r
            }
        };
        let call = b.ins().call(fr, args);
        b.inst_results(call).first().copied()
    }

    /// The main module registers every other compiled module with the runtime.
    fn emit_module_registration(
        &mut self,
        m: &ir::Module,
        b: &mut FunctionBuilder,
    ) -> Result<(), String> {
        let mut refs = HashMap::new();
        let entries = m
            .register
            .iter()
            .map(|(n, s)| (n, s, "molt_register_module"))
            .chain(
                m.extensions
                    .iter()
                    .map(|(n, s)| (n, s, "molt_register_extension")),
            );
        for (i, (name, sym, registrar)) in entries.enumerate() {
            let mut sig = self.module.make_signature();
            sig.returns.push(AbiParam::new(PTR));
            let fid = self
                .module
                .declare_function(sym, Linkage::Import, &sig)
                .map_err(|e| e.to_string())?;
            let fr = self.module.declare_func_in_func(fid, b.func);
            let addr = b.ins().func_addr(PTR, fr);
            let did = self
                .module
                .declare_data(&format!("molt_modname{}", i), Linkage::Local, false, false)
                .map_err(|e| e.to_string())?;
            let mut d = DataDescription::new();
            d.define(name.as_bytes().to_vec().into_boxed_slice());
            self.module
                .define_data(did, &d)
                .map_err(|e| e.to_string())?;
            let gv = self.module.declare_data_in_func(did, b.func);
            let p = b.ins().symbol_value(PTR, gv);
            let n = b.ins().iconst(types::I64, name.len() as i64);
            self.call_rt(b, &mut refs, registrar, &[p, n, addr]);
        }
        Ok(())
    }

    /// Fills the constant table at the start of the module body.
    fn emit_const_init(
        &mut self,
        m: &ir::Module,
        b: &mut FunctionBuilder,
        table_gv: cranelift_codegen::ir::GlobalValue,
    ) {
        let mut refs = HashMap::new();
        for (i, c) in m.consts.iter().enumerate() {
            let v = match c {
                Const::None | Const::True | Const::False | Const::Ellipsis => {
                    let k = match c {
                        Const::None => 0,
                        Const::True => 1,
                        Const::False => 2,
                        _ => 3,
                    };
                    let k = b.ins().iconst(types::I32, k);
                    self.call_rt(b, &mut refs, "molt_const_singleton", &[k])
                }
                Const::Int(x) => {
                    let x = b.ins().iconst(types::I64, *x);
                    self.call_rt(b, &mut refs, "molt_const_int", &[x])
                }
                Const::Float(x) => {
                    let x = b.ins().f64const(*x);
                    self.call_rt(b, &mut refs, "molt_const_float", &[x])
                }
                Const::Str(s) | Const::BigInt(s) => {
                    let gv = self
                        .module
                        .declare_data_in_func(self.blobs[i].unwrap(), b.func);
                    let p = b.ins().symbol_value(PTR, gv);
                    let n = b.ins().iconst(types::I64, s.len() as i64);
                    let f = if matches!(c, Const::Str(_)) {
                        "molt_const_str"
                    } else {
                        "molt_const_bigint"
                    };
                    self.call_rt(b, &mut refs, f, &[p, n])
                }
                Const::Bytes(bytes) => {
                    let gv = self
                        .module
                        .declare_data_in_func(self.blobs[i].unwrap(), b.func);
                    let p = b.ins().symbol_value(PTR, gv);
                    let n = b.ins().iconst(types::I64, bytes.len() as i64);
                    self.call_rt(b, &mut refs, "molt_const_bytes", &[p, n])
                }
                Const::Tuple(items) => {
                    let n = items.len().max(1) as u32;
                    let slot = b.create_sized_stack_slot(StackSlotData::new(
                        StackSlotKind::ExplicitSlot,
                        n * 8,
                        3,
                    ));
                    for (k, it) in items.iter().enumerate() {
                        let base = b.ins().symbol_value(PTR, table_gv);
                        let x = b
                            .ins()
                            .load(PTR, MemFlagsData::trusted(), base, (*it as i32) * 8);
                        b.ins().stack_store(PTR, x, slot, (k * 8) as i32);
                    }
                    let p = b.ins().stack_addr(PTR, slot, 0);
                    let cnt = b.ins().iconst(types::I64, items.len() as i64);
                    self.call_rt(b, &mut refs, "molt_build_tuple", &[p, cnt])
                }
            };
            let base = b.ins().symbol_value(PTR, table_gv);
            b.ins()
                .store(MemFlagsData::trusted(), v.unwrap(), base, (i as i32) * 8);
        }
    }
}
