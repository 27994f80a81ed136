//! The bridge between dunder methods and type slots, in both directions (CPython's
//! `slotdefs`):
//!
//! - **Python → slot**: when a class defines `__add__`, `__repr__`, ..., the matching
//!   slot of its heap type is set to a generic function here that looks the dunder up
//!   and calls it (`update_slots`).
//! - **slot → Python**: a static type's slots are published in its dict as
//!   `wrapper_descriptor`s (`add_operators`), so `object.__init__`, `int.__add__` and
//!   `super().__init__()` reach the C implementation.

use crate::abstract_::{BinOp, CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::errors::{from_raw, into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::descr::PyDescrObject;
use crate::objects::{dict, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ffi::c_int;
use std::ptr::null_mut;

/// What a dunder does, in terms of slots.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlotKind {
    Repr,
    Str,
    Hash,
    Call,
    Iter,
    Next,
    Init,
    New,
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    DescrGet,
    DescrSet,
    DescrDelete,
    RichCmp(i32),
    Binary(BinOp),
    RBinary(BinOp),
    Inplace(BinOp),
    Neg,
    Pos,
    Abs,
    Invert,
    Bool,
    Index,
    Int,
    Float,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
}

/// Every dunder that maps to a slot.
pub const SLOTDEFS: &[(&str, SlotKind)] = &[
    ("__repr__", SlotKind::Repr),
    ("__str__", SlotKind::Str),
    ("__hash__", SlotKind::Hash),
    ("__call__", SlotKind::Call),
    ("__iter__", SlotKind::Iter),
    ("__next__", SlotKind::Next),
    ("__init__", SlotKind::Init),
    ("__new__", SlotKind::New),
    ("__getattribute__", SlotKind::GetAttribute),
    ("__getattr__", SlotKind::GetAttr),
    ("__setattr__", SlotKind::SetAttr),
    ("__delattr__", SlotKind::DelAttr),
    ("__get__", SlotKind::DescrGet),
    ("__set__", SlotKind::DescrSet),
    ("__delete__", SlotKind::DescrDelete),
    ("__lt__", SlotKind::RichCmp(CMP_LT)),
    ("__le__", SlotKind::RichCmp(CMP_LE)),
    ("__eq__", SlotKind::RichCmp(CMP_EQ)),
    ("__ne__", SlotKind::RichCmp(CMP_NE)),
    ("__gt__", SlotKind::RichCmp(CMP_GT)),
    ("__ge__", SlotKind::RichCmp(CMP_GE)),
    ("__add__", SlotKind::Binary(BinOp::Add)),
    ("__radd__", SlotKind::RBinary(BinOp::Add)),
    ("__iadd__", SlotKind::Inplace(BinOp::Add)),
    ("__sub__", SlotKind::Binary(BinOp::Sub)),
    ("__rsub__", SlotKind::RBinary(BinOp::Sub)),
    ("__isub__", SlotKind::Inplace(BinOp::Sub)),
    ("__mul__", SlotKind::Binary(BinOp::Mul)),
    ("__rmul__", SlotKind::RBinary(BinOp::Mul)),
    ("__imul__", SlotKind::Inplace(BinOp::Mul)),
    ("__truediv__", SlotKind::Binary(BinOp::TrueDiv)),
    ("__rtruediv__", SlotKind::RBinary(BinOp::TrueDiv)),
    ("__itruediv__", SlotKind::Inplace(BinOp::TrueDiv)),
    ("__floordiv__", SlotKind::Binary(BinOp::FloorDiv)),
    ("__rfloordiv__", SlotKind::RBinary(BinOp::FloorDiv)),
    ("__ifloordiv__", SlotKind::Inplace(BinOp::FloorDiv)),
    ("__mod__", SlotKind::Binary(BinOp::Mod)),
    ("__rmod__", SlotKind::RBinary(BinOp::Mod)),
    ("__imod__", SlotKind::Inplace(BinOp::Mod)),
    ("__pow__", SlotKind::Binary(BinOp::Pow)),
    ("__rpow__", SlotKind::RBinary(BinOp::Pow)),
    ("__ipow__", SlotKind::Inplace(BinOp::Pow)),
    ("__lshift__", SlotKind::Binary(BinOp::LShift)),
    ("__rlshift__", SlotKind::RBinary(BinOp::LShift)),
    ("__ilshift__", SlotKind::Inplace(BinOp::LShift)),
    ("__rshift__", SlotKind::Binary(BinOp::RShift)),
    ("__rrshift__", SlotKind::RBinary(BinOp::RShift)),
    ("__irshift__", SlotKind::Inplace(BinOp::RShift)),
    ("__and__", SlotKind::Binary(BinOp::And)),
    ("__rand__", SlotKind::RBinary(BinOp::And)),
    ("__iand__", SlotKind::Inplace(BinOp::And)),
    ("__or__", SlotKind::Binary(BinOp::Or)),
    ("__ror__", SlotKind::RBinary(BinOp::Or)),
    ("__ior__", SlotKind::Inplace(BinOp::Or)),
    ("__xor__", SlotKind::Binary(BinOp::Xor)),
    ("__rxor__", SlotKind::RBinary(BinOp::Xor)),
    ("__ixor__", SlotKind::Inplace(BinOp::Xor)),
    ("__matmul__", SlotKind::Binary(BinOp::MatMul)),
    ("__rmatmul__", SlotKind::RBinary(BinOp::MatMul)),
    ("__imatmul__", SlotKind::Inplace(BinOp::MatMul)),
    ("__divmod__", SlotKind::Binary(BinOp::Divmod)),
    ("__rdivmod__", SlotKind::RBinary(BinOp::Divmod)),
    ("__neg__", SlotKind::Neg),
    ("__pos__", SlotKind::Pos),
    ("__abs__", SlotKind::Abs),
    ("__invert__", SlotKind::Invert),
    ("__bool__", SlotKind::Bool),
    ("__index__", SlotKind::Index),
    ("__int__", SlotKind::Int),
    ("__float__", SlotKind::Float),
    ("__len__", SlotKind::Len),
    ("__getitem__", SlotKind::GetItem),
    ("__setitem__", SlotKind::SetItem),
    ("__delitem__", SlotKind::DelItem),
    ("__contains__", SlotKind::Contains),
];

// ---------------------------------------------------------------------------------
// Python → slot: generic slot functions for classes defined in Python.
// ---------------------------------------------------------------------------------

/// Looks up a dunder on the type of `o` and calls it with `o` first. `Ok(None)` when the
/// type has no such attribute.
unsafe fn call_dunder(o: Obj, name: &str, args: &[Obj]) -> PyResult<Option<Ref>> {
    let tp = type_of(o);
    let Some(f) = lookup_str(tp, name) else {
        return Ok(None);
    };
    let f = Ref::borrowed(f);
    if f.as_ptr() == none::none() {
        return Ok(None);
    }
    let ft = type_of(f.as_ptr());
    if ft == &raw mut crate::objects::function::PyFunction_Type || ft == &raw mut WrapperDescr_Type
    {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(o);
        v.extend_from_slice(args);
        return crate::call::call_vec(f.as_ptr(), &v).map(Some);
    }
    let bound = match (*ft).tp_descr_get {
        Some(g) => from_raw(g(f.as_ptr(), o, tp as Obj))?,
        None => f,
    };
    crate::call::call_vec(bound.as_ptr(), args).map(Some)
}

unsafe fn call_dunder_or_ni(o: Obj, name: &str, args: &[Obj]) -> Obj {
    match call_dunder(o, name, args) {
        Ok(Some(r)) => r.into_raw(),
        Ok(None) => new_ref(none::not_implemented()),
        Err(_) => null_mut(),
    }
}

unsafe fn call_dunder_required(o: Obj, name: &str, args: &[Obj]) -> PyResult<Ref> {
    match call_dunder(o, name, args)? {
        Some(r) => Ok(r),
        None => Err(crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            &format!("'{}' object has no attribute '{}'", obj_type_name(o), name),
        )),
    }
}

unsafe extern "C" fn slot_tp_repr(o: Obj) -> Obj {
    into_raw(call_dunder_required(o, "__repr__", &[]))
}
unsafe extern "C" fn slot_tp_str(o: Obj) -> Obj {
    into_raw(call_dunder_required(o, "__str__", &[]))
}
unsafe extern "C" fn slot_tp_hash(o: Obj) -> isize {
    let r = match call_dunder_required(o, "__hash__", &[]) {
        Ok(r) => r,
        Err(_) => return -1,
    };
    if !crate::objects::int::is_int(r.as_ptr()) {
        crate::errors::type_error("__hash__ method should return an integer");
        return -1;
    }
    // CPython: the value itself when it fits in Py_ssize_t, else the int's hash.
    let h = match crate::objects::int::as_i64(r.as_ptr()) {
        Some(v) => v as isize,
        None => crate::objects::int::hash(r.as_ptr()),
    };
    if h == -1 {
        -2
    } else {
        h
    }
}
unsafe extern "C" fn slot_tp_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let f = crate::abstract_::getattr_str(o, "__call__")?;
        crate::call::call_tuple_dict(f.as_ptr(), args, kwargs)
    })())
}
unsafe extern "C" fn slot_tp_iter(o: Obj) -> Obj {
    match lookup_str(type_of(o), "__iter__") {
        Some(f) if f == none::none() => {
            crate::errors::type_error(&format!("'{}' object is not iterable", obj_type_name(o)));
            null_mut()
        }
        _ => into_raw(call_dunder_required(o, "__iter__", &[])),
    }
}
unsafe extern "C" fn slot_tp_iternext(o: Obj) -> Obj {
    into_raw(call_dunder_required(o, "__next__", &[]))
}
unsafe extern "C" fn slot_tp_init(o: Obj, args: Obj, kwargs: Obj) -> c_int {
    let r: PyResult<()> = (|| {
        let f = lookup_str(type_of(o), "__init__").map(|f| Ref::borrowed(f));
        let Some(f) = f else { return Ok(()) };
        let mut v: Vec<Obj> = vec![o];
        v.extend_from_slice(tuple::items(args));
        let t = Ref::steal(tuple::from_slice(&v));
        let r = crate::call::call_tuple_dict(f.as_ptr(), t.as_ptr(), kwargs)?;
        if r.as_ptr() != none::none() {
            return Err(crate::errors::type_error(&format!(
                "__init__() should return None, not '{}'",
                obj_type_name(r.as_ptr())
            )));
        }
        Ok(())
    })();
    crate::errors::into_status(r)
}
unsafe extern "C" fn slot_tp_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let f = crate::abstract_::getattr_str(tp as Obj, "__new__")?;
        let mut v: Vec<Obj> = vec![tp as Obj];
        v.extend_from_slice(tuple::items(args));
        let t = Ref::steal(tuple::from_slice(&v));
        crate::call::call_tuple_dict(f.as_ptr(), t.as_ptr(), kwargs)
    })())
}
/// `__del__`, run by `subtype_dealloc` on a temporarily resurrected object. An error is
/// reported as CPython reports an unraisable exception; the pending exception, if any,
/// is kept.
unsafe extern "C" fn slot_tp_finalize(o: Obj) {
    let saved = crate::errors::fetch();
    if call_dunder(o, "__del__", &[]).is_err() {
        if let Some(e) = crate::errors::fetch() {
            let what = lookup_str(type_of(o), "__del__")
                .and_then(|d| crate::abstract_::repr(d).ok())
                .map(|r| pystr::as_str(r.as_ptr()).to_string())
                .unwrap_or_default();
            crate::errors::clear();
            crate::builtins::io::flush_stdout();
            crate::builtins::io::write_stderr(&format!("Exception ignored in: {}\n", what));
            crate::objects::exceptions::print_exception(e.as_ptr());
        }
    }
    if let Some(e) = saved {
        crate::errors::restore(e);
    }
}

unsafe extern "C" fn slot_tp_getattr_hook(o: Obj, name: Obj) -> Obj {
    let tp = type_of(o);
    let has_getattribute = defined_in_python(tp, "__getattribute__");
    let r = if has_getattribute {
        call_dunder_required(o, "__getattribute__", &[name])
    } else {
        // The inherited lookup: `type`'s for a metaclass, the generic one otherwise.
        let mut base = (*tp).tp_base;
        while !base.is_null() && (*base).tp_getattro == Some(slot_tp_getattr_hook) {
            base = (*base).tp_base;
        }
        match (!base.is_null()).then(|| (*base).tp_getattro).flatten() {
            Some(f) if f as usize != generic_getattro_slot as usize => {
                Ref::from_raw(f(o, name)).ok_or(crate::errors::Raised)
            }
            _ => generic_getattr(o, name),
        }
    };
    match r {
        Ok(v) => v.into_raw(),
        Err(e) => {
            if crate::errors::matches(crate::objects::exceptions::attribute_error())
                && lookup_str(tp, "__getattr__").is_some()
            {
                crate::errors::clear();
                into_raw(call_dunder_required(o, "__getattr__", &[name]))
            } else {
                let _ = e;
                null_mut()
            }
        }
    }
}
unsafe extern "C" fn slot_tp_setattro(o: Obj, name: Obj, v: Obj) -> c_int {
    let r = if v.is_null() {
        call_dunder_required(o, "__delattr__", &[name])
    } else {
        call_dunder_required(o, "__setattr__", &[name, v])
    };
    if r.is_ok() {
        0
    } else {
        -1
    }
}
unsafe extern "C" fn slot_tp_descr_get(d: Obj, obj: Obj, tp: Obj) -> Obj {
    let none_o = none::none();
    let o = if obj.is_null() { none_o } else { obj };
    let t = if tp.is_null() { none_o } else { tp };
    into_raw(call_dunder_required(d, "__get__", &[o, t]))
}
unsafe extern "C" fn slot_tp_descr_set(d: Obj, obj: Obj, v: Obj) -> c_int {
    let r = if v.is_null() {
        call_dunder_required(d, "__delete__", &[obj])
    } else {
        call_dunder_required(d, "__set__", &[obj, v])
    };
    if r.is_ok() {
        0
    } else {
        -1
    }
}
unsafe extern "C" fn slot_tp_richcompare(a: Obj, b: Obj, op: c_int) -> Obj {
    let name = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][op as usize];
    call_dunder_or_ni(a, name, &[b])
}

macro_rules! unary_slot {
    ($f:ident, $name:literal) => {
        unsafe extern "C" fn $f(o: Obj) -> Obj {
            into_raw(call_dunder_required(o, $name, &[]))
        }
    };
}
unary_slot!(slot_nb_negative, "__neg__");
unary_slot!(slot_nb_positive, "__pos__");
unary_slot!(slot_nb_absolute, "__abs__");
unary_slot!(slot_nb_invert, "__invert__");
unary_slot!(slot_nb_index, "__index__");
unary_slot!(slot_nb_int, "__int__");
unary_slot!(slot_nb_float, "__float__");

unsafe extern "C" fn slot_nb_bool(o: Obj) -> c_int {
    let tp = type_of(o);
    if lookup_str(tp, "__bool__").is_none() {
        return match crate::abstract_::length(o) {
            Ok(n) => (n > 0) as c_int,
            Err(_) => -1,
        };
    }
    match call_dunder_required(o, "__bool__", &[]) {
        Ok(r) => {
            let p = r.as_ptr();
            if type_of(p) != &raw mut crate::objects::bool::PyBool_Type {
                crate::errors::type_error(&format!(
                    "__bool__ should return bool, returned {}",
                    obj_type_name(p)
                ));
                return -1;
            }
            (p == crate::objects::bool::true_obj()) as c_int
        }
        Err(_) => -1,
    }
}
unsafe extern "C" fn slot_len(o: Obj) -> isize {
    let r = match call_dunder_required(o, "__len__", &[]) {
        Ok(r) => r,
        Err(_) => return -1,
    };
    let p = r.as_ptr();
    if !crate::objects::int::is_int(p) {
        crate::errors::type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            obj_type_name(p)
        ));
        return -1;
    }
    match crate::objects::int::as_i64(p) {
        Some(v) if v >= 0 => v as isize,
        Some(_) => {
            crate::errors::value_error("__len__() should return >= 0");
            -1
        }
        None => {
            crate::errors::raise(
                crate::objects::exceptions::overflow_error(),
                "cannot fit 'int' into an index-sized integer",
            );
            -1
        }
    }
}
unsafe extern "C" fn slot_mp_subscript(o: Obj, k: Obj) -> Obj {
    into_raw(call_dunder_required(o, "__getitem__", &[k]))
}
unsafe extern "C" fn slot_sq_item(o: Obj, i: isize) -> Obj {
    let k = Ref::steal(crate::objects::int::from_i64(i as i64));
    into_raw(call_dunder_required(o, "__getitem__", &[k.as_ptr()]))
}
unsafe extern "C" fn slot_mp_ass_subscript(o: Obj, k: Obj, v: Obj) -> c_int {
    let r = if v.is_null() {
        call_dunder_required(o, "__delitem__", &[k])
    } else {
        call_dunder_required(o, "__setitem__", &[k, v])
    };
    if r.is_ok() {
        0
    } else {
        -1
    }
}
unsafe extern "C" fn slot_sq_contains(o: Obj, v: Obj) -> c_int {
    match lookup_str(type_of(o), "__contains__") {
        Some(f) if f != none::none() => match call_dunder_required(o, "__contains__", &[v]) {
            Ok(r) => match crate::abstract_::is_true(r.as_ptr()) {
                Ok(b) => b as c_int,
                Err(_) => -1,
            },
            Err(_) => -1,
        },
        _ => {
            // Fall back to iteration, as CPython's _PySequence_IterSearch.
            let r: PyResult<bool> = (|| {
                let it = crate::abstract_::get_iter(o)?;
                while let Some(x) = crate::abstract_::iter_next(it.as_ptr())? {
                    if crate::abstract_::eq_bool(x.as_ptr(), v)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })();
            match r {
                Ok(b) => b as c_int,
                Err(_) => -1,
            }
        }
    }
}

/// CPython's SLOT1BINFULL: the left operand's `__op__`, else the right operand's
/// `__rop__`, giving a subclass's reflected method priority.
unsafe fn binary_slot(v: Obj, w: Obj, slot: usize, name: &str, rname: &str) -> Obj {
    let (tv, tw) = (type_of(v), type_of(w));
    let mine = |t: *mut PyTypeObject| -> bool { slot_of(t, slot) == Some(slot as usize) };
    let do_other = tv != tw && mine(tw);
    if mine(tv) {
        if do_other && is_subtype(tw, tv) && method_differs(tv, tw, rname) {
            let r = call_dunder_or_ni(w, rname, &[v]);
            if r.is_null() || r != none::not_implemented() {
                return r;
            }
            decref(r);
            return call_dunder_or_ni(v, name, &[w]);
        }
        let r = call_dunder_or_ni(v, name, &[w]);
        if r.is_null() || r != none::not_implemented() || tv == tw {
            return r;
        }
        decref(r);
    }
    if do_other {
        return call_dunder_or_ni(w, rname, &[v]);
    }
    new_ref(none::not_implemented())
}

unsafe fn method_differs(a: *mut PyTypeObject, b: *mut PyTypeObject, name: &str) -> bool {
    lookup_str(a, name) != lookup_str(b, name)
}

/// The function currently installed for a binary slot, identified by the address of
/// the generic function (used by [`binary_slot`] to tell whether a type uses it).
unsafe fn slot_of(t: *mut PyTypeObject, slot: usize) -> Option<usize> {
    let nb = (*t).tp_as_number;
    if nb.is_null() {
        return None;
    }
    let fields: [Option<usize>; 13] = [
        (*nb).nb_add.map(|f| f as usize),
        (*nb).nb_subtract.map(|f| f as usize),
        (*nb).nb_multiply.map(|f| f as usize),
        (*nb).nb_true_divide.map(|f| f as usize),
        (*nb).nb_floor_divide.map(|f| f as usize),
        (*nb).nb_remainder.map(|f| f as usize),
        (*nb).nb_lshift.map(|f| f as usize),
        (*nb).nb_rshift.map(|f| f as usize),
        (*nb).nb_and.map(|f| f as usize),
        (*nb).nb_or.map(|f| f as usize),
        (*nb).nb_xor.map(|f| f as usize),
        (*nb).nb_matrix_multiply.map(|f| f as usize),
        (*nb).nb_divmod.map(|f| f as usize),
    ];
    let pow = (*nb).nb_power.map(|f| f as usize);
    fields
        .into_iter()
        .chain(std::iter::once(pow))
        .flatten()
        .find(|&f| f == slot)
}

macro_rules! binary_slots {
    ($($f:ident, $name:literal, $rname:literal;)*) => {
        $(
            unsafe extern "C" fn $f(v: Obj, w: Obj) -> Obj {
                binary_slot(v, w, $f as usize, $name, $rname)
            }
        )*
    };
}
binary_slots! {
    slot_nb_add, "__add__", "__radd__";
    slot_nb_subtract, "__sub__", "__rsub__";
    slot_nb_multiply, "__mul__", "__rmul__";
    slot_nb_true_divide, "__truediv__", "__rtruediv__";
    slot_nb_floor_divide, "__floordiv__", "__rfloordiv__";
    slot_nb_remainder, "__mod__", "__rmod__";
    slot_nb_lshift, "__lshift__", "__rlshift__";
    slot_nb_rshift, "__rshift__", "__rrshift__";
    slot_nb_and, "__and__", "__rand__";
    slot_nb_or, "__or__", "__ror__";
    slot_nb_xor, "__xor__", "__rxor__";
    slot_nb_matrix_multiply, "__matmul__", "__rmatmul__";
    slot_nb_divmod, "__divmod__", "__rdivmod__";
}

unsafe extern "C" fn slot_nb_power(v: Obj, w: Obj, m: Obj) -> Obj {
    if m.is_null() || m == none::none() {
        return binary_slot(v, w, slot_nb_power as usize, "__pow__", "__rpow__");
    }
    if slot_of(type_of(v), slot_nb_power as usize).is_some() {
        return call_dunder_or_ni(v, "__pow__", &[w, m]);
    }
    new_ref(none::not_implemented())
}

macro_rules! inplace_slots {
    ($($f:ident, $name:literal;)*) => {
        $(
            unsafe extern "C" fn $f(v: Obj, w: Obj) -> Obj {
                call_dunder_or_ni(v, $name, &[w])
            }
        )*
    };
}
inplace_slots! {
    slot_nb_inplace_add, "__iadd__";
    slot_nb_inplace_subtract, "__isub__";
    slot_nb_inplace_multiply, "__imul__";
    slot_nb_inplace_true_divide, "__itruediv__";
    slot_nb_inplace_floor_divide, "__ifloordiv__";
    slot_nb_inplace_remainder, "__imod__";
    slot_nb_inplace_lshift, "__ilshift__";
    slot_nb_inplace_rshift, "__irshift__";
    slot_nb_inplace_and, "__iand__";
    slot_nb_inplace_or, "__ior__";
    slot_nb_inplace_xor, "__ixor__";
    slot_nb_inplace_matrix_multiply, "__imatmul__";
}
unsafe extern "C" fn slot_nb_inplace_power(v: Obj, w: Obj, _m: Obj) -> Obj {
    call_dunder_or_ni(v, "__ipow__", &[w])
}

/// Whether `name` resolves, along the MRO, to something defined in a Python class
/// (rather than a static type's wrapper).
unsafe fn defined_in_python(tp: *mut PyTypeObject, name: &str) -> bool {
    let mro = (*tp).tp_mro;
    if mro.is_null() {
        return false;
    }
    for &t in tuple::items(mro) {
        let t = t as *mut PyTypeObject;
        if let Some(v) = dict::get_str((*t).tp_dict, name) {
            return is_heap_type(t) && type_of(v) != &raw mut WrapperDescr_Type;
        }
    }
    false
}

macro_rules! set_or_inherit {
    ($tp:expr, $base:expr, $cond:expr, $($place:tt)*) => {
        if $cond {
            $($place)*
        }
    };
}

/// Points the slots of a heap type at the generic functions for every dunder defined in
/// Python along its MRO; other slots keep the values inherited from the base.
///
/// # Safety
/// `tp` is a readied heap type.
pub unsafe fn update_slots(tp: *mut PyTypeObject) {
    if !is_heap_type(tp) {
        return;
    }
    let ht = tp as *mut PyHeapTypeObject;
    let base = (*tp).tp_base;
    let py = move |n: &str| defined_in_python(tp, n);
    let nb = &mut (*ht).as_number;
    let mp = &mut (*ht).as_mapping;
    let sq = &mut (*ht).as_sequence;
    // Re-inherit first, so that removing a dunder restores the base's behaviour.
    if !base.is_null() {
        (*tp).tp_repr = (*base).tp_repr;
        (*tp).tp_str = (*base).tp_str;
        (*tp).tp_call = (*base).tp_call;
        (*tp).tp_iter = (*base).tp_iter;
        (*tp).tp_iternext = (*base).tp_iternext;
        (*tp).tp_init = (*base).tp_init;
        (*tp).tp_new = (*base).tp_new;
        (*tp).tp_getattro = (*base).tp_getattro;
        (*tp).tp_setattro = (*base).tp_setattro;
        (*tp).tp_descr_get = (*base).tp_descr_get;
        (*tp).tp_descr_set = (*base).tp_descr_set;
        (*tp).tp_richcompare = (*base).tp_richcompare;
        (*tp).tp_hash = (*base).tp_hash;
        (*tp).tp_finalize = (*base).tp_finalize;
    }
    if py("__del__") {
        (*tp).tp_finalize = Some(slot_tp_finalize);
        crate::frames::FINALIZERS_DEFINED = true;
    }
    set_or_inherit!(tp, base, py("__repr__"), (*tp).tp_repr = Some(slot_tp_repr));
    set_or_inherit!(tp, base, py("__str__"), (*tp).tp_str = Some(slot_tp_str));
    set_or_inherit!(tp, base, py("__call__"), (*tp).tp_call = Some(slot_tp_call));
    set_or_inherit!(tp, base, py("__iter__"), (*tp).tp_iter = Some(slot_tp_iter));
    set_or_inherit!(
        tp,
        base,
        py("__next__"),
        (*tp).tp_iternext = Some(slot_tp_iternext)
    );
    set_or_inherit!(tp, base, py("__init__"), (*tp).tp_init = Some(slot_tp_init));
    set_or_inherit!(tp, base, py("__new__"), (*tp).tp_new = Some(slot_tp_new));
    set_or_inherit!(
        tp,
        base,
        py("__getattribute__") || py("__getattr__"),
        (*tp).tp_getattro = Some(slot_tp_getattr_hook)
    );
    set_or_inherit!(
        tp,
        base,
        py("__setattr__") || py("__delattr__"),
        (*tp).tp_setattro = Some(slot_tp_setattro)
    );
    set_or_inherit!(
        tp,
        base,
        py("__get__"),
        (*tp).tp_descr_get = Some(slot_tp_descr_get)
    );
    set_or_inherit!(
        tp,
        base,
        py("__set__") || py("__delete__"),
        (*tp).tp_descr_set = Some(slot_tp_descr_set)
    );
    if ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
        .iter()
        .any(|n| py(n))
    {
        (*tp).tp_richcompare = Some(slot_tp_richcompare);
    }
    match lookup_str(tp, "__hash__") {
        Some(h) if h == none::none() => (*tp).tp_hash = Some(crate::objects::object::unhashable),
        _ if py("__hash__") => (*tp).tp_hash = Some(slot_tp_hash),
        _ => {}
    }
    macro_rules! num {
        ($field:ident, $f:ident, $($n:literal),+) => {
            if $(py($n))||+ {
                nb.$field = Some($f);
            } else if !base.is_null() && !(*base).tp_as_number.is_null() {
                nb.$field = (*(*base).tp_as_number).$field;
            } else {
                nb.$field = None;
            }
        };
    }
    num!(nb_add, slot_nb_add, "__add__", "__radd__");
    num!(nb_subtract, slot_nb_subtract, "__sub__", "__rsub__");
    num!(nb_multiply, slot_nb_multiply, "__mul__", "__rmul__");
    num!(
        nb_true_divide,
        slot_nb_true_divide,
        "__truediv__",
        "__rtruediv__"
    );
    num!(
        nb_floor_divide,
        slot_nb_floor_divide,
        "__floordiv__",
        "__rfloordiv__"
    );
    num!(nb_remainder, slot_nb_remainder, "__mod__", "__rmod__");
    num!(nb_lshift, slot_nb_lshift, "__lshift__", "__rlshift__");
    num!(nb_rshift, slot_nb_rshift, "__rshift__", "__rrshift__");
    num!(nb_and, slot_nb_and, "__and__", "__rand__");
    num!(nb_or, slot_nb_or, "__or__", "__ror__");
    num!(nb_xor, slot_nb_xor, "__xor__", "__rxor__");
    num!(
        nb_matrix_multiply,
        slot_nb_matrix_multiply,
        "__matmul__",
        "__rmatmul__"
    );
    num!(nb_divmod, slot_nb_divmod, "__divmod__", "__rdivmod__");
    num!(nb_power, slot_nb_power, "__pow__", "__rpow__");
    num!(nb_inplace_add, slot_nb_inplace_add, "__iadd__");
    num!(nb_inplace_subtract, slot_nb_inplace_subtract, "__isub__");
    num!(nb_inplace_multiply, slot_nb_inplace_multiply, "__imul__");
    num!(
        nb_inplace_true_divide,
        slot_nb_inplace_true_divide,
        "__itruediv__"
    );
    num!(
        nb_inplace_floor_divide,
        slot_nb_inplace_floor_divide,
        "__ifloordiv__"
    );
    num!(nb_inplace_remainder, slot_nb_inplace_remainder, "__imod__");
    num!(nb_inplace_lshift, slot_nb_inplace_lshift, "__ilshift__");
    num!(nb_inplace_rshift, slot_nb_inplace_rshift, "__irshift__");
    num!(nb_inplace_and, slot_nb_inplace_and, "__iand__");
    num!(nb_inplace_or, slot_nb_inplace_or, "__ior__");
    num!(nb_inplace_xor, slot_nb_inplace_xor, "__ixor__");
    num!(
        nb_inplace_matrix_multiply,
        slot_nb_inplace_matrix_multiply,
        "__imatmul__"
    );
    num!(nb_inplace_power, slot_nb_inplace_power, "__ipow__");
    num!(nb_negative, slot_nb_negative, "__neg__");
    num!(nb_positive, slot_nb_positive, "__pos__");
    num!(nb_absolute, slot_nb_absolute, "__abs__");
    num!(nb_invert, slot_nb_invert, "__invert__");
    num!(nb_bool, slot_nb_bool, "__bool__");
    num!(nb_index, slot_nb_index, "__index__");
    num!(nb_int, slot_nb_int, "__int__");
    num!(nb_float, slot_nb_float, "__float__");
    let inherit_mp = |f: fn(*mut PyMappingMethods) -> usize| f;
    let _ = inherit_mp;
    let bmp = if base.is_null() {
        null_mut()
    } else {
        (*base).tp_as_mapping
    };
    let bsq = if base.is_null() {
        null_mut()
    } else {
        (*base).tp_as_sequence
    };
    if py("__len__") {
        mp.mp_length = Some(slot_len);
        sq.sq_length = Some(slot_len);
    } else {
        mp.mp_length = if bmp.is_null() {
            None
        } else {
            (*bmp).mp_length
        };
        sq.sq_length = if bsq.is_null() {
            None
        } else {
            (*bsq).sq_length
        };
    }
    if py("__getitem__") {
        mp.mp_subscript = Some(slot_mp_subscript);
        sq.sq_item = Some(slot_sq_item);
    } else {
        mp.mp_subscript = if bmp.is_null() {
            None
        } else {
            (*bmp).mp_subscript
        };
        sq.sq_item = if bsq.is_null() { None } else { (*bsq).sq_item };
    }
    if py("__setitem__") || py("__delitem__") {
        mp.mp_ass_subscript = Some(slot_mp_ass_subscript);
    } else {
        mp.mp_ass_subscript = if bmp.is_null() {
            None
        } else {
            (*bmp).mp_ass_subscript
        };
    }
    if py("__contains__") {
        sq.sq_contains = Some(slot_sq_contains);
    } else {
        sq.sq_contains = if bsq.is_null() {
            None
        } else {
            (*bsq).sq_contains
        };
    }
    if !bsq.is_null() {
        sq.sq_concat = (*bsq).sq_concat;
        sq.sq_repeat = (*bsq).sq_repeat;
        sq.sq_ass_item = (*bsq).sq_ass_item;
        sq.sq_inplace_concat = (*bsq).sq_inplace_concat;
        sq.sq_inplace_repeat = (*bsq).sq_inplace_repeat;
    }
}

// ---------------------------------------------------------------------------------
// slot → Python: wrapper descriptors on static types.
// ---------------------------------------------------------------------------------

/// CPython's `wrapper_descriptor`: exposes one slot of a static type as a dunder.
#[repr(C)]
pub struct WrapperDescrObject {
    pub d_common: PyDescrObject,
    pub kind: SlotKind,
}

#[no_mangle]
pub static mut WrapperDescr_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(wrapper_dealloc),
    tp_repr: Some(wrapper_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_call: Some(crate::call::call_via_vector),
    tp_descr_get: Some(wrapper_descr_get),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_METHOD_DESCRIPTOR,
    ..PyTypeObject::new_static(
        c"wrapper_descriptor",
        std::mem::size_of::<WrapperDescrObject>(),
        0,
    )
};

unsafe extern "C" fn wrapper_dealloc(o: Obj) {
    let d = o as *mut PyDescrObject;
    xdecref((*d).d_name);
    free_object(o);
}

unsafe extern "C" fn wrapper_repr(o: Obj) -> Obj {
    let d = o as *mut PyDescrObject;
    pystr::from_str(&format!(
        "<slot wrapper '{}' of '{}' objects>",
        pystr::as_str((*d).d_name),
        type_name((*d).d_type)
    ))
}

unsafe extern "C" fn wrapper_descr_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(o);
    }
    crate::objects::method::new(o, obj)
}

/// Whether static type `tp` itself (not by inheritance) fills the slot for `kind`.
unsafe fn has_own_slot(tp: *mut PyTypeObject, kind: SlotKind) -> bool {
    let base = (*tp).tp_base;
    macro_rules! own {
        ($get:expr) => {{
            let mine = $get(tp);
            mine.is_some() && (base.is_null() || $get(base) != mine)
        }};
    }
    let nb = |t: *mut PyTypeObject| (*t).tp_as_number;
    let mp = |t: *mut PyTypeObject| (*t).tp_as_mapping;
    let sq = |t: *mut PyTypeObject| (*t).tp_as_sequence;
    match kind {
        SlotKind::Repr => own!(|t: *mut PyTypeObject| (*t).tp_repr.map(|f| f as usize)),
        SlotKind::Str => own!(|t: *mut PyTypeObject| (*t).tp_str.map(|f| f as usize)),
        SlotKind::Hash => own!(|t: *mut PyTypeObject| (*t).tp_hash.map(|f| f as usize)),
        SlotKind::Call => own!(|t: *mut PyTypeObject| (*t).tp_call.map(|f| f as usize)),
        SlotKind::Iter => own!(|t: *mut PyTypeObject| (*t).tp_iter.map(|f| f as usize)),
        SlotKind::Next => own!(|t: *mut PyTypeObject| (*t).tp_iternext.map(|f| f as usize)),
        SlotKind::Init => own!(|t: *mut PyTypeObject| (*t).tp_init.map(|f| f as usize)),
        SlotKind::RichCmp(_) => {
            own!(|t: *mut PyTypeObject| (*t).tp_richcompare.map(|f| f as usize))
        }
        SlotKind::GetAttribute => own!(|t: *mut PyTypeObject| (*t).tp_getattro.map(|f| f as usize)),
        SlotKind::SetAttr | SlotKind::DelAttr => {
            own!(|t: *mut PyTypeObject| (*t).tp_setattro.map(|f| f as usize))
        }
        SlotKind::Binary(op) | SlotKind::RBinary(op) => {
            own!(|t: *mut PyTypeObject| binary_fn(nb(t), op))
                || (binary_fn(nb(tp), op).is_none()
                    && own!(|t: *mut PyTypeObject| seq_binary_fn(
                        sq(t),
                        op,
                        matches!(kind, SlotKind::RBinary(_))
                    )))
        }
        SlotKind::Inplace(op) => own!(|t: *mut PyTypeObject| inplace_fn(nb(t), op)),
        SlotKind::DescrGet => own!(|t: *mut PyTypeObject| (*t).tp_descr_get.map(|f| f as usize)),
        SlotKind::DescrSet | SlotKind::DescrDelete => {
            own!(|t: *mut PyTypeObject| (*t).tp_descr_set.map(|f| f as usize))
        }
        SlotKind::Neg => own!(|t: *mut PyTypeObject| num_unary(nb(t), 0)),
        SlotKind::Pos => own!(|t: *mut PyTypeObject| num_unary(nb(t), 1)),
        SlotKind::Abs => own!(|t: *mut PyTypeObject| num_unary(nb(t), 2)),
        SlotKind::Invert => own!(|t: *mut PyTypeObject| num_unary(nb(t), 3)),
        SlotKind::Index => own!(|t: *mut PyTypeObject| num_unary(nb(t), 4)),
        SlotKind::Int => own!(|t: *mut PyTypeObject| num_unary(nb(t), 5)),
        SlotKind::Float => own!(|t: *mut PyTypeObject| num_unary(nb(t), 6)),
        SlotKind::Bool => own!(|t: *mut PyTypeObject| {
            let n = nb(t);
            if n.is_null() {
                None
            } else {
                (*n).nb_bool.map(|f| f as usize)
            }
        }),
        SlotKind::Len => own!(|t: *mut PyTypeObject| {
            let (m, s) = (mp(t), sq(t));
            if !s.is_null() && (*s).sq_length.is_some() {
                (*s).sq_length.map(|f| f as usize)
            } else if !m.is_null() {
                (*m).mp_length.map(|f| f as usize)
            } else {
                None
            }
        }),
        SlotKind::GetItem => own!(|t: *mut PyTypeObject| {
            let (m, s) = (mp(t), sq(t));
            if !m.is_null() && (*m).mp_subscript.is_some() {
                (*m).mp_subscript.map(|f| f as usize)
            } else if !s.is_null() {
                (*s).sq_item.map(|f| f as usize)
            } else {
                None
            }
        }),
        SlotKind::SetItem | SlotKind::DelItem => own!(|t: *mut PyTypeObject| {
            let (m, s) = (mp(t), sq(t));
            if !m.is_null() && (*m).mp_ass_subscript.is_some() {
                (*m).mp_ass_subscript.map(|f| f as usize)
            } else if !s.is_null() {
                (*s).sq_ass_item.map(|f| f as usize)
            } else {
                None
            }
        }),
        SlotKind::Contains => own!(|t: *mut PyTypeObject| {
            let s = sq(t);
            if s.is_null() {
                None
            } else {
                (*s).sq_contains.map(|f| f as usize)
            }
        }),
        _ => false,
    }
}

/// The in-place number slot for `op` (`nb_inplace_add`, ...), as an address.
unsafe fn inplace_fn(nb: *mut PyNumberMethods, op: BinOp) -> Option<usize> {
    if nb.is_null() {
        return None;
    }
    if op == BinOp::Pow {
        return (*nb).nb_inplace_power.map(|f| f as usize);
    }
    let f = match op {
        BinOp::Add => (*nb).nb_inplace_add,
        BinOp::Sub => (*nb).nb_inplace_subtract,
        BinOp::Mul => (*nb).nb_inplace_multiply,
        BinOp::TrueDiv => (*nb).nb_inplace_true_divide,
        BinOp::FloorDiv => (*nb).nb_inplace_floor_divide,
        BinOp::Mod => (*nb).nb_inplace_remainder,
        BinOp::LShift => (*nb).nb_inplace_lshift,
        BinOp::RShift => (*nb).nb_inplace_rshift,
        BinOp::And => (*nb).nb_inplace_and,
        BinOp::Or => (*nb).nb_inplace_or,
        BinOp::Xor => (*nb).nb_inplace_xor,
        BinOp::MatMul => (*nb).nb_inplace_matrix_multiply,
        BinOp::Divmod | BinOp::Pow => None,
    };
    f.map(|f| f as usize)
}

/// The sequence slot CPython publishes as a number dunder: `sq_concat` as `__add__`,
/// `sq_repeat` as `__mul__` and `__rmul__`.
unsafe fn seq_binary_fn(sq: *mut PySequenceMethods, op: BinOp, reflected: bool) -> Option<usize> {
    if sq.is_null() {
        return None;
    }
    match op {
        BinOp::Add if !reflected => (*sq).sq_concat.map(|f| f as usize),
        BinOp::Mul => (*sq).sq_repeat.map(|f| f as usize),
        _ => None,
    }
}

unsafe fn num_unary(nb: *mut PyNumberMethods, which: u8) -> Option<usize> {
    if nb.is_null() {
        return None;
    }
    match which {
        0 => (*nb).nb_negative,
        1 => (*nb).nb_positive,
        2 => (*nb).nb_absolute,
        3 => (*nb).nb_invert,
        4 => (*nb).nb_index,
        5 => (*nb).nb_int,
        _ => (*nb).nb_float,
    }
    .map(|f| f as usize)
}

unsafe fn binary_fn(nb: *mut PyNumberMethods, op: BinOp) -> Option<usize> {
    if nb.is_null() {
        return None;
    }
    if op == BinOp::Pow {
        return (*nb).nb_power.map(|f| f as usize);
    }
    let f = match op {
        BinOp::Add => (*nb).nb_add,
        BinOp::Sub => (*nb).nb_subtract,
        BinOp::Mul => (*nb).nb_multiply,
        BinOp::TrueDiv => (*nb).nb_true_divide,
        BinOp::FloorDiv => (*nb).nb_floor_divide,
        BinOp::Mod => (*nb).nb_remainder,
        BinOp::LShift => (*nb).nb_lshift,
        BinOp::RShift => (*nb).nb_rshift,
        BinOp::And => (*nb).nb_and,
        BinOp::Or => (*nb).nb_or,
        BinOp::Xor => (*nb).nb_xor,
        BinOp::MatMul => (*nb).nb_matrix_multiply,
        BinOp::Divmod => (*nb).nb_divmod,
        BinOp::Pow => None,
    };
    f.map(|f| f as usize)
}

static mut NEW_WRAPPER_DEF: PyMethodDef = crate::method_def!("__new__", tp_new_wrapper);

/// Adds wrapper descriptors for the slots a static type defines itself, plus
/// `__new__` and `__hash__ = None` for unhashable types.
///
/// # Safety
/// `tp` is being readied (its dict exists, base readied).
pub unsafe fn add_operators(tp: *mut PyTypeObject) -> PyResult<()> {
    let d = (*tp).tp_dict;
    for &(name, kind) in SLOTDEFS {
        if dict::get_str(d, name).is_some() {
            continue;
        }
        if kind == SlotKind::Hash
            && (*tp).tp_hash.map(|f| f as usize)
                == Some(crate::objects::object::unhashable as usize)
        {
            dict::set_str(d, name, none::none())?;
            continue;
        }
        if !has_own_slot(tp, kind) {
            continue;
        }
        let o = alloc_object(
            &raw mut WrapperDescr_Type,
            std::mem::size_of::<WrapperDescrObject>(),
        );
        let w = o as *mut WrapperDescrObject;
        (*w).d_common.d_type = tp;
        (*w).d_common.d_name = pystr::from_str(name);
        (*w).kind = kind;
        let r = Ref::steal(o);
        dict::set_str(d, name, r.as_ptr())?;
    }
    if (*tp).tp_new.is_some() && dict::get_str(d, "__new__").is_none() {
        let base = (*tp).tp_base;
        let own = base.is_null()
            || (*base).tp_new.map(|f| f as usize) != (*tp).tp_new.map(|f| f as usize);
        if own {
            let f = crate::objects::cfunction::new(&raw mut NEW_WRAPPER_DEF, tp as Obj, null_mut());
            dict::set_str(d, "__new__", f.as_ptr())?;
        }
    }
    Ok(())
}

/// `T.__new__(cls, *args, **kwargs)` for static types.
unsafe extern "C" fn tp_new_wrapper(slf: Obj, args: *const Obj, nargs: isize, kwnames: Obj) -> Obj {
    into_raw((|| {
        let tp = slf as *mut PyTypeObject;
        if nargs < 1 {
            return Err(crate::errors::type_error(&format!(
                "{}.__new__(): not enough arguments",
                type_tp_name(tp)
            )));
        }
        let cls = *args;
        if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            return Err(crate::errors::type_error(&format!(
                "{}.__new__(X): X is not a type object ({})",
                type_tp_name(tp),
                obj_type_name(cls)
            )));
        }
        let cls = cls as *mut PyTypeObject;
        if !is_subtype(cls, tp) {
            return Err(crate::errors::type_error(&format!(
                "{}.__new__({}): {} is not a subtype of {}",
                type_tp_name(tp),
                type_tp_name(cls),
                type_tp_name(cls),
                type_tp_name(tp)
            )));
        }
        // The nearest base not defining `__new__` in Python must be allocated by this
        // very `tp_new` (`object.__new__(int)` would make a broken int).
        let mut staticbase = cls;
        while !staticbase.is_null()
            && (*staticbase).tp_new.map(|f| f as usize) == Some(slot_tp_new as usize)
        {
            staticbase = (*staticbase).tp_base;
        }
        if !staticbase.is_null()
            && (*staticbase).tp_new.map(|f| f as usize) != (*tp).tp_new.map(|f| f as usize)
        {
            return Err(crate::errors::type_error(&format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                type_tp_name(tp),
                type_tp_name(cls),
                type_tp_name(staticbase)
            )));
        }
        let (t, d) = crate::call::to_tuple_dict(args.add(1), nargs as usize - 1, kwnames)?;
        let new = (*tp).tp_new.unwrap();
        from_raw(new(
            cls,
            t.as_ptr(),
            d.as_ref().map_or(null_mut(), |d| d.as_ptr()),
        ))
    })())
}

/// Calls a wrapper descriptor: the first argument is `self`.
///
/// # Safety
/// `o` is a wrapper descriptor; vectorcall arguments.
pub unsafe fn call_wrapper(o: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> PyResult<Ref> {
    let w = o as *mut WrapperDescrObject;
    let tp = (*w).d_common.d_type;
    let name = pystr::as_str((*w).d_common.d_name).to_string();
    if nargs < 1 {
        return Err(crate::errors::type_error(&format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            type_tp_name(tp)
        )));
    }
    let slf = *args;
    if !is_instance_of(slf, tp) {
        return Err(crate::errors::type_error(&format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            type_tp_name(tp),
            obj_type_name(slf)
        )));
    }
    let rest = std::slice::from_raw_parts(args.add(1), nargs - 1);
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    let want = |n: usize| -> PyResult<()> {
        if rest.len() != n || nkw != 0 {
            return Err(crate::errors::type_error(&format!(
                "expected {} argument{}, got {}",
                n,
                if n == 1 { "" } else { "s" },
                rest.len()
            )));
        }
        Ok(())
    };
    let nb = (*tp).tp_as_number;
    let mp = (*tp).tp_as_mapping;
    let sq = (*tp).tp_as_sequence;
    let bool_ref = |b: bool| crate::objects::bool::from_bool(b);
    match (*w).kind {
        SlotKind::Init => {
            let (t, d) = crate::call::to_tuple_dict(args.add(1), nargs - 1, kwnames)?;
            crate::errors::from_status((*tp).tp_init.unwrap()(
                slf,
                t.as_ptr(),
                d.as_ref().map_or(null_mut(), |d| d.as_ptr()),
            ))?;
            Ok(none::none_ref())
        }
        SlotKind::Call => {
            let (t, d) = crate::call::to_tuple_dict(args.add(1), nargs - 1, kwnames)?;
            from_raw((*tp).tp_call.unwrap()(
                slf,
                t.as_ptr(),
                d.as_ref().map_or(null_mut(), |d| d.as_ptr()),
            ))
        }
        SlotKind::Repr => {
            want(0)?;
            from_raw((*tp).tp_repr.unwrap()(slf))
        }
        SlotKind::Str => {
            want(0)?;
            from_raw((*tp).tp_str.unwrap()(slf))
        }
        SlotKind::Hash => {
            want(0)?;
            let h = (*tp).tp_hash.unwrap()(slf);
            if h == -1 && crate::errors::occurred() {
                return Err(Raised);
            }
            Ok(Ref::steal(crate::objects::int::from_i64(h as i64)))
        }
        SlotKind::Iter => {
            want(0)?;
            from_raw((*tp).tp_iter.unwrap()(slf))
        }
        SlotKind::Next => {
            want(0)?;
            let r = (*tp).tp_iternext.unwrap()(slf);
            if r.is_null() && !crate::errors::occurred() {
                return Err(crate::errors::raise_empty(
                    crate::objects::exceptions::stop_iteration(),
                ));
            }
            from_raw(r)
        }
        SlotKind::RichCmp(op) => {
            want(1)?;
            from_raw((*tp).tp_richcompare.unwrap()(slf, rest[0], op))
        }
        SlotKind::GetAttribute => {
            want(1)?;
            attribute_name(rest[0])?;
            from_raw((*tp).tp_getattro.unwrap()(slf, rest[0]))
        }
        SlotKind::SetAttr => {
            want(2)?;
            attribute_name(rest[0])?;
            crate::errors::from_status((*tp).tp_setattro.unwrap()(slf, rest[0], rest[1]))?;
            Ok(none::none_ref())
        }
        SlotKind::DelAttr => {
            want(1)?;
            attribute_name(rest[0])?;
            crate::errors::from_status((*tp).tp_setattro.unwrap()(slf, rest[0], null_mut()))?;
            Ok(none::none_ref())
        }
        SlotKind::Binary(op) | SlotKind::RBinary(op) if binary_fn(nb, op).is_none() => {
            // Published from sq_concat / sq_repeat (wrap_binaryfunc / wrap_indexargfunc).
            want(1)?;
            if op == BinOp::Add {
                return from_raw((*sq).sq_concat.unwrap()(slf, rest[0]));
            }
            let n = crate::abstract_::as_ssize(rest[0])?;
            from_raw((*sq).sq_repeat.unwrap()(slf, n))
        }
        SlotKind::Binary(op) | SlotKind::RBinary(op) => {
            want(1)?;
            let (a, b) = if matches!((*w).kind, SlotKind::Binary(_)) {
                (slf, rest[0])
            } else {
                (rest[0], slf)
            };
            if op == BinOp::Pow {
                return from_raw((*nb).nb_power.unwrap()(a, b, none::none()));
            }
            let f: unsafe extern "C" fn(Obj, Obj) -> Obj =
                std::mem::transmute(binary_fn(nb, op).unwrap());
            from_raw(f(a, b))
        }
        SlotKind::DescrGet => {
            // wrap_descr_get: __get__(instance, owner=None); None means "absent".
            if rest.is_empty() || rest.len() > 2 || nkw != 0 {
                return Err(crate::errors::type_error(&format!(
                    "__get__ expected {} arguments, got {}",
                    if rest.is_empty() {
                        "at least 1"
                    } else {
                        "at most 2"
                    },
                    rest.len()
                )));
            }
            let none = none::none();
            let obj = if rest[0] == none { null_mut() } else { rest[0] };
            let ty = match rest.get(1) {
                Some(&t) if t != none => t,
                _ => null_mut(),
            };
            if obj.is_null() && ty.is_null() {
                return Err(crate::errors::type_error("__get__(None, None) is invalid"));
            }
            from_raw((*tp).tp_descr_get.unwrap()(slf, obj, ty))
        }
        SlotKind::DescrSet => {
            want(2)?;
            crate::errors::from_status((*tp).tp_descr_set.unwrap()(slf, rest[0], rest[1]))?;
            Ok(none::none_ref())
        }
        SlotKind::DescrDelete => {
            want(1)?;
            crate::errors::from_status((*tp).tp_descr_set.unwrap()(slf, rest[0], null_mut()))?;
            Ok(none::none_ref())
        }
        SlotKind::Inplace(op) => {
            want(1)?;
            if op == BinOp::Pow {
                return from_raw((*nb).nb_inplace_power.unwrap()(slf, rest[0], none::none()));
            }
            let f: unsafe extern "C" fn(Obj, Obj) -> Obj =
                std::mem::transmute(inplace_fn(nb, op).unwrap());
            from_raw(f(slf, rest[0]))
        }
        SlotKind::Neg
        | SlotKind::Pos
        | SlotKind::Abs
        | SlotKind::Invert
        | SlotKind::Index
        | SlotKind::Int
        | SlotKind::Float => {
            want(0)?;
            let which = match (*w).kind {
                SlotKind::Neg => 0,
                SlotKind::Pos => 1,
                SlotKind::Abs => 2,
                SlotKind::Invert => 3,
                SlotKind::Index => 4,
                SlotKind::Int => 5,
                _ => 6,
            };
            let f: unsafe extern "C" fn(Obj) -> Obj =
                std::mem::transmute(num_unary(nb, which).unwrap());
            from_raw(f(slf))
        }
        SlotKind::Bool => {
            want(0)?;
            let r = (*nb).nb_bool.unwrap()(slf);
            if r < 0 {
                return Err(Raised);
            }
            Ok(bool_ref(r > 0))
        }
        SlotKind::Len => {
            want(0)?;
            Ok(Ref::steal(crate::objects::int::from_i64(
                crate::abstract_::length(slf)? as i64,
            )))
        }
        SlotKind::GetItem => {
            want(1)?;
            if !mp.is_null() && (*mp).mp_subscript.is_some() {
                return from_raw((*mp).mp_subscript.unwrap()(slf, rest[0]));
            }
            let mut i = crate::abstract_::as_ssize(rest[0])?;
            if i < 0 {
                // wrap_sq_item: a negative index counts from the end.
                if let Some(l) = (*sq).sq_length {
                    let n = l(slf);
                    if n < 0 {
                        return Err(Raised);
                    }
                    i += n;
                }
            }
            from_raw((*sq).sq_item.unwrap()(slf, i))
        }
        SlotKind::SetItem | SlotKind::DelItem
            if mp.is_null() || (*mp).mp_ass_subscript.is_none() =>
        {
            // Published from sq_ass_item (wrap_sq_setitem / wrap_sq_delitem): a negative
            // index counts from the end.
            let v = if (*w).kind == SlotKind::SetItem {
                want(2)?;
                rest[1]
            } else {
                want(1)?;
                null_mut()
            };
            let mut i = crate::abstract_::as_ssize(rest[0])?;
            if i < 0 {
                if let Some(l) = (*sq).sq_length {
                    let n = l(slf);
                    if n < 0 {
                        return Err(Raised);
                    }
                    i += n;
                }
            }
            crate::errors::from_status((*sq).sq_ass_item.unwrap()(slf, i, v))?;
            Ok(none::none_ref())
        }
        SlotKind::SetItem => {
            want(2)?;
            crate::errors::from_status((*mp).mp_ass_subscript.unwrap()(slf, rest[0], rest[1]))?;
            Ok(none::none_ref())
        }
        SlotKind::DelItem => {
            want(1)?;
            crate::errors::from_status((*mp).mp_ass_subscript.unwrap()(slf, rest[0], null_mut()))?;
            Ok(none::none_ref())
        }
        SlotKind::Contains => {
            want(1)?;
            let r = (*sq).sq_contains.unwrap()(slf, rest[0]);
            if r < 0 {
                return Err(Raised);
            }
            Ok(bool_ref(r > 0))
        }
        other => Err(crate::errors::raise(
            crate::objects::exceptions::system_error(),
            &format!("slot wrapper {:?} is not callable in Molt yet", other),
        )),
    }
}

/// The attribute-name check of the `__getattribute__`/`__setattr__`/`__delattr__`
/// wrappers: slot functions assume a str.
unsafe fn attribute_name(name: Obj) -> PyResult<()> {
    if crate::objects::str::is_str(name) {
        return Ok(());
    }
    Err(crate::errors::type_error(&format!(
        "attribute name must be string, not '{}'",
        obj_type_name(name)
    )))
}
