//! `tuple`: CPython's `PyTupleObject` layout (items inline after the var header).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython 3.12's `PyTupleObject`.
#[repr(C)]
pub struct PyTupleObject {
    pub ob_base: PyVarObject,
    pub ob_item: [Obj; 1],
}

#[no_mangle]
pub static mut PyTuple_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(tuple_dealloc),
    tp_repr: Some(tuple_repr),
    tp_hash: Some(tuple_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(tuple_richcompare),
    tp_iter: Some(tuple_iter),
    tp_as_sequence: &raw mut TUPLE_AS_SEQUENCE,
    tp_as_mapping: &raw mut TUPLE_AS_MAPPING,
    tp_methods: &raw mut TUPLE_METHODS as *mut PyMethodDef,
    tp_new: Some(tuple_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE,
    ..PyTypeObject::new_static(
        c"tuple",
        std::mem::size_of::<PyVarObject>(),
        std::mem::size_of::<Obj>(),
    )
};

static mut TUPLE_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(tuple_len_slot),
    sq_concat: Some(tuple_concat),
    sq_repeat: Some(tuple_repeat),
    sq_item: Some(tuple_item_slot),
    sq_contains: Some(tuple_contains),
    ..PySequenceMethods::EMPTY
};

static mut TUPLE_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(tuple_len_slot),
    mp_subscript: Some(tuple_subscript),
    mp_ass_subscript: None,
};

static mut TUPLE_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("count", tuple_count, METH_O),
    crate::method_def!("index", tuple_index, METH_FASTCALL),
    crate::method_def!(
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
        METH_O | METH_CLASS
    ),
    METHOD_SENTINEL,
];

static mut EMPTY: Obj = null_mut();

/// The items of a tuple as a slice (borrowed).
///
/// # Safety
/// `t` is a tuple.
#[inline]
pub unsafe fn items<'a>(t: Obj) -> &'a [Obj] {
    let n = (*(t as *mut PyVarObject)).ob_size as usize;
    std::slice::from_raw_parts((*(t as *mut PyTupleObject)).ob_item.as_ptr(), n)
}

/// Number of items.
///
/// # Safety
/// `t` is a tuple.
#[inline]
pub unsafe fn len(t: Obj) -> usize {
    (*(t as *mut PyVarObject)).ob_size as usize
}

/// Item `i` (borrowed).
///
/// # Safety
/// `t` is a tuple and `i < len(t)`.
#[inline]
pub unsafe fn item(t: Obj, i: usize) -> Obj {
    *(*(t as *mut PyTupleObject)).ob_item.as_ptr().add(i)
}

/// A new tuple of `n` null items, to be filled with [`set_item`] (which steals).
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn new_uninit(n: usize) -> Obj {
    if n == 0 && !EMPTY.is_null() {
        return new_ref(EMPTY);
    }
    let tp = &raw mut PyTuple_Type;
    let size = std::mem::size_of::<PyVarObject>() + n.max(1) * std::mem::size_of::<Obj>();
    let o = alloc_object(tp, size);
    (*(o as *mut PyVarObject)).ob_size = n as isize;
    o
}

/// Stores `v` at `i`, stealing the reference (CPython's `PyTuple_SET_ITEM`).
///
/// # Safety
/// `t` is a tuple being built, `i` in range.
#[inline]
pub unsafe fn set_item(t: Obj, i: usize, v: Obj) {
    *(*(t as *mut PyTupleObject)).ob_item.as_mut_ptr().add(i) = v;
}

/// A new tuple holding new references to `xs`. New reference.
///
/// # Safety
/// Every element is live.
pub unsafe fn from_slice(xs: &[Obj]) -> Obj {
    let t = new_uninit(xs.len());
    for (i, &x) in xs.iter().enumerate() {
        set_item(t, i, new_ref(x));
    }
    t
}

/// Same as [`from_slice`].
///
/// # Safety
/// Every element is live.
pub unsafe fn pack(xs: &[Obj]) -> Obj {
    from_slice(xs)
}

/// A tuple taking ownership of `xs`. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_refs(xs: Vec<Ref>) -> Obj {
    let t = new_uninit(xs.len());
    for (i, x) in xs.into_iter().enumerate() {
        set_item(t, i, x.into_raw());
    }
    t
}

/// The empty tuple. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn empty() -> Obj {
    if EMPTY.is_null() {
        let o = new_uninit(0);
        (*o).ob_refcnt = IMMORTAL_REFCNT;
        EMPTY = o;
    }
    EMPTY
}

/// Whether `o` is a tuple or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_tuple(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_TUPLE_SUBCLASS != 0
}

unsafe extern "C" fn tuple_dealloc(o: Obj) {
    for &x in items(o) {
        xdecref(x);
    }
    free_object(o);
}

unsafe extern "C" fn tuple_repr(o: Obj) -> Obj {
    into_raw(tuple_repr_impl(o))
}

unsafe fn tuple_repr_impl(o: Obj) -> PyResult<Ref> {
    let xs = items(o);
    if xs.is_empty() {
        return Ok(Ref::steal(crate::objects::str::from_str("()")));
    }
    let _guard = match crate::objects::object::ReprGuard::enter(o) {
        Some(g) => g,
        None => return Ok(Ref::steal(crate::objects::str::from_str("(...)"))),
    };
    let mut s = String::from("(");
    for (i, &x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let r = crate::abstract_::repr(x)?;
        s.push_str(crate::objects::str::as_str(r.as_ptr()));
    }
    if xs.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(Ref::steal(crate::objects::str::from_str(&s)))
}

/// CPython's tuple hash (the xxHash-based one of 3.8+), so hashes print identically.
unsafe extern "C" fn tuple_hash(o: Obj) -> isize {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let xs = items(o);
    let mut acc: u64 = P5;
    for &x in xs {
        let h = match crate::abstract_::hash(x) {
            Ok(h) => h,
            Err(_) => return -1,
        };
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((xs.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as isize
}

unsafe extern "C" fn tuple_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_tuple(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw(crate::abstract_::sequence_richcompare(
        items(a),
        items(b),
        op,
    ))
}

unsafe extern "C" fn tuple_iter(o: Obj) -> Obj {
    crate::objects::iter::seq_iter_new(o)
}

unsafe extern "C" fn tuple_len_slot(o: Obj) -> isize {
    len(o) as isize
}

unsafe extern "C" fn tuple_item_slot(o: Obj, i: isize) -> Obj {
    if i < 0 || i as usize >= len(o) {
        crate::errors::raise(
            crate::objects::exceptions::index_error(),
            "tuple index out of range",
        );
        return null_mut();
    }
    new_ref(item(o, i as usize))
}

unsafe extern "C" fn tuple_subscript(o: Obj, key: Obj) -> Obj {
    into_raw(tuple_subscript_impl(o, key))
}

unsafe fn tuple_subscript_impl(o: Obj, key: Obj) -> PyResult<Ref> {
    let xs = items(o);
    if crate::objects::slice::is_slice(key) {
        let (start, _stop, step, n) = crate::objects::slice::indices(key, xs.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(xs[i as usize]);
            i += step;
        }
        return Ok(Ref::steal(from_slice(&out)));
    }
    let i = crate::abstract_::index_for_sequence(key, "tuple")?;
    let n = xs.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(crate::errors::raise(
            crate::objects::exceptions::index_error(),
            "tuple index out of range",
        ));
    }
    Ok(Ref::borrowed(xs[j as usize]))
}

unsafe extern "C" fn tuple_contains(o: Obj, v: Obj) -> i32 {
    for &x in items(o) {
        match crate::abstract_::eq_bool(x, v) {
            Ok(true) => return 1,
            Ok(false) => {}
            Err(_) => return -1,
        }
    }
    0
}

unsafe extern "C" fn tuple_concat(a: Obj, b: Obj) -> Obj {
    if !is_tuple(b) {
        crate::errors::type_error(&format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            obj_type_name(b)
        ));
        return null_mut();
    }
    let mut v: Vec<Obj> = items(a).to_vec();
    v.extend_from_slice(items(b));
    from_slice(&v)
}

unsafe extern "C" fn tuple_repeat(a: Obj, n: isize) -> Obj {
    let xs = items(a);
    let n = n.max(0) as usize;
    let mut v = Vec::with_capacity(xs.len() * n);
    for _ in 0..n {
        v.extend_from_slice(xs);
    }
    from_slice(&v)
}

unsafe extern "C" fn tuple_count(o: Obj, v: Obj) -> Obj {
    into_raw((|| {
        let mut c = 0i64;
        for &x in items(o) {
            if crate::abstract_::eq_bool(x, v)? {
                c += 1;
            }
        }
        Ok(Ref::steal(crate::objects::int::from_i64(c)))
    })())
}

unsafe extern "C" fn tuple_index(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [v, start, stop] = crate::args::positional::<1, 3>("index", args, nargs)?;
        let xs = items(o);
        let (lo, hi) = crate::objects::slice::clamp_range(start, stop, xs.len())?;
        for (i, &x) in xs.iter().enumerate().take(hi).skip(lo) {
            if crate::abstract_::eq_bool(x, v)? {
                return Ok(Ref::steal(crate::objects::int::from_i64(i as i64)));
            }
        }
        Err(crate::errors::value_error("tuple.index(x): x not in tuple"))
    })())
}

unsafe extern "C" fn tuple_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [it] = crate::args::parse_new_positional::<0, 1>(
            "tuple",
            tp,
            &raw mut PyTuple_Type,
            args,
            kwargs,
        )?;
        let v = if it.is_null() {
            Vec::new()
        } else {
            crate::abstract_::collect(it)?
        };
        let t = Ref::steal(from_refs(v));
        if tp == &raw mut PyTuple_Type {
            return Ok(t);
        }
        crate::classes::subtype_from_builtin(tp, t)
    })())
}
