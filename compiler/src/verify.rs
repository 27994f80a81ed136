//! The IR verifier. A failure is a bug in the compiler, never in the user's program.
//!
//! Invariants checked, for every function:
//! 1. every block ends in a terminator, and every branch target exists;
//! 2. every value is defined exactly once, and its recorded type matches;
//! 3. every operand refers to a defined value; branch conditions are `I32`;
//! 4. `return` returns an `Obj`; locals referenced exist;
//! 5. constant and function references are in range.

use crate::ir::*;

/// Checks a module; returns every violation found.
pub fn verify(m: &Module) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    for (fi, f) in m.functions.iter().enumerate() {
        let mut defined = vec![false; f.value_types.len()];
        let nblocks = f.blocks.len() as u32;
        let def = |v: Value, errs: &mut Vec<String>, defined: &mut Vec<bool>| {
            if v as usize >= defined.len() {
                errs.push(format!("fn{} {}: v{} has no type", fi, f.name, v));
                return;
            }
            if defined[v as usize] {
                errs.push(format!("fn{} {}: v{} defined twice", fi, f.name, v));
            }
            defined[v as usize] = true;
        };
        for b in &f.blocks {
            for inst in &b.insts {
                match inst {
                    Inst::Const { dst, c } => {
                        if *c as usize >= m.consts.len() {
                            errs.push(format!("fn{}: const c{} out of range", fi, c));
                        }
                        def(*dst, &mut errs, &mut defined)
                    }
                    Inst::Param { dst, .. }
                    | Inst::Null { dst }
                    | Inst::LoadLocal { dst, .. }
                    | Inst::StackArray { dst, .. }
                    | Inst::StackAlloc { dst, .. }
                    | Inst::LoadSlot { dst, .. }
                    | Inst::IsNull { dst, .. }
                    | Inst::PtrEq { dst, .. }
                    | Inst::IsNeg { dst, .. }
                    | Inst::EnterFrame { dst, .. }
                    | Inst::RawMarker { dst }
                    | Inst::GenState { dst }
                    | Inst::LoadPtr { dst, .. }
                    | Inst::LoadRaw { dst, .. }
                    | Inst::IConst { dst, .. }
                    | Inst::Widen { dst, .. }
                    | Inst::Narrow { dst, .. }
                    | Inst::AndI32 { dst, .. }
                    | Inst::IntCmp { dst, .. } => def(*dst, &mut errs, &mut defined),
                    Inst::IntOp { dst, ovf, .. } | Inst::IntValue { dst, ok: ovf, .. } => {
                        def(*dst, &mut errs, &mut defined);
                        def(*ovf, &mut errs, &mut defined)
                    }
                    Inst::LoadFnSlot { dst, func } | Inst::CallDirect { dst, func, .. } => {
                        if *func as usize >= m.functions.len() {
                            errs.push(format!("fn{}: fn{} out of range", fi, func));
                        }
                        def(*dst, &mut errs, &mut defined)
                    }
                    Inst::FuncAddr { dst, func } => {
                        if *func as usize >= m.functions.len() {
                            errs.push(format!("fn{}: fn{} out of range", fi, func));
                        }
                        def(*dst, &mut errs, &mut defined)
                    }
                    Inst::Call { dst: Some(d), .. } => def(*d, &mut errs, &mut defined),
                    _ => {}
                }
                if let Inst::LoadLocal { local, .. } | Inst::StoreLocal { local, .. } = inst {
                    if *local as usize >= f.local_names.len() {
                        errs.push(format!("fn{}: local %{} out of range", fi, local));
                    }
                }
            }
        }
        let used = |v: Value, errs: &mut Vec<String>| {
            if v as usize >= defined.len() || !defined[v as usize] {
                errs.push(format!("fn{} {}: use of undefined v{}", fi, f.name, v));
            }
        };
        for (bi, b) in f.blocks.iter().enumerate() {
            for inst in &b.insts {
                let mut operands: Vec<Value> = Vec::new();
                match inst {
                    Inst::StoreLocal { src, .. } => operands.push(*src),
                    Inst::StoreFnSlot { v, .. } | Inst::StoreRaw { src: v, .. } => {
                        operands.push(*v)
                    }
                    Inst::GenFrameStore { gen, v, .. } => {
                        operands.push(*gen);
                        operands.push(*v);
                    }
                    Inst::AndI32 { a, b, .. }
                    | Inst::IntOp { a, b, .. }
                    | Inst::IntCmp { a, b, .. } => {
                        operands.push(*a);
                        operands.push(*b);
                    }
                    Inst::Widen { v, .. }
                    | Inst::Narrow { v, .. }
                    | Inst::LoadPtr { base: v, .. } => operands.push(*v),
                    Inst::IntValue { v, raw, .. } => {
                        operands.push(*v);
                        operands.push(*raw);
                    }
                    Inst::EnterFrame { globals, func, .. } => {
                        operands.push(*globals);
                        operands.extend(func);
                    }
                    Inst::Call { args, .. }
                    | Inst::StackArray { items: args, .. }
                    | Inst::CallDirect { args, .. } => {
                        for a in args {
                            if let Operand::V(v) = a {
                                operands.push(*v);
                            }
                        }
                    }
                    Inst::LoadSlot { base, .. } => operands.push(*base),
                    Inst::Incref(v) | Inst::Decref(v) | Inst::XDecref(v) => operands.push(*v),
                    Inst::IsNull { v, .. } | Inst::IsNeg { v, .. } => operands.push(*v),
                    Inst::PtrEq { a, b, .. } => {
                        operands.push(*a);
                        operands.push(*b);
                    }
                    _ => {}
                }
                for v in operands {
                    used(v, &mut errs);
                }
            }
            match &b.term {
                None => errs.push(format!("fn{} {}: b{} has no terminator", fi, f.name, bi)),
                Some(Term::Jump(t)) => {
                    if *t >= nblocks {
                        errs.push(format!("fn{}: b{} jumps to missing b{}", fi, bi, t));
                    }
                }
                Some(Term::Branch {
                    cond,
                    then_bb,
                    else_bb,
                }) => {
                    used(*cond, &mut errs);
                    if f.value_types.get(*cond as usize) != Some(&Ty::I32) {
                        errs.push(format!("fn{}: b{} branches on non-I32 v{}", fi, bi, cond));
                    }
                    if *then_bb >= nblocks || *else_bb >= nblocks {
                        errs.push(format!("fn{}: b{} branches to a missing block", fi, bi));
                    }
                }
                Some(Term::Switch {
                    v,
                    targets,
                    default,
                }) => {
                    used(*v, &mut errs);
                    if targets
                        .iter()
                        .chain(std::iter::once(default))
                        .any(|t| *t >= nblocks)
                    {
                        errs.push(format!("fn{}: b{} switches to a missing block", fi, bi));
                    }
                }
                Some(Term::Return(v)) => {
                    used(*v, &mut errs);
                    if f.value_types.get(*v as usize) != Some(&Ty::Obj) {
                        errs.push(format!("fn{}: b{} returns non-object v{}", fi, bi, v));
                    }
                }
                _ => {}
            }
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}
