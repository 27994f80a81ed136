//! The ABI between compiled code and the runtime: every function the code generator
//! calls, with C linkage and the `molt_` prefix. The compiler's list of these symbols
//! (`compiler/src/abi.rs`) must match this file; a test checks that every symbol it
//! names is exported by `libmolt.a`.
//!
//! Conventions, for every function here:
//! - object arguments are **borrowed**; an object result is a **new reference**, or
//!   NULL with an exception set;
//! - an `i32` result is 0/1 for success (a truth value where documented) and -1 with an
//!   exception set;
//! - `molt_iter_next` returns NULL both at exhaustion (no exception set) and on error.

use crate::abstract_::{self as ab, BinOp, UnaryOp};
use crate::errors::{self, into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{cell, dict, exceptions as exc, function, list, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

#[inline]
fn status(r: PyResult<()>) -> i32 {
    errors::into_status(r)
}

#[inline]
fn truth(r: PyResult<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

unsafe fn slice_of<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p, n)
    }
}

// ----- reference counting -----

/// Increments a reference count.
#[no_mangle]
pub unsafe extern "C" fn molt_incref(o: Obj) {
    incref(o)
}

/// Decrements a reference count (may deallocate).
#[no_mangle]
pub unsafe extern "C" fn molt_decref(o: Obj) {
    decref(o)
}

/// Like `molt_decref` but accepts NULL.
#[no_mangle]
pub unsafe extern "C" fn molt_xdecref(o: Obj) {
    xdecref(o)
}

// ----- constants -----

/// A str from UTF-8 bytes. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_const_str(p: *const u8, n: usize) -> Obj {
    pystr::from_str(std::str::from_utf8_unchecked(slice_u8(p, n)))
}

unsafe fn slice_u8<'a>(p: *const u8, n: usize) -> &'a [u8] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p, n)
    }
}

/// A bytes object. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_const_bytes(p: *const u8, n: usize) -> Obj {
    crate::objects::bytes::from_bytes(slice_u8(p, n))
}

/// An int. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_const_int(v: i64) -> Obj {
    crate::objects::int::from_i64(v)
}

/// An int from decimal text. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_const_bigint(p: *const u8, n: usize) -> Obj {
    let s = std::str::from_utf8_unchecked(slice_u8(p, n));
    match crate::objects::int::parse_int(s, 10) {
        Some(v) => crate::objects::int::from_bigint(v),
        None => {
            errors::value_error("bad integer constant");
            null_mut()
        }
    }
}

/// A float. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_const_float(v: f64) -> Obj {
    crate::objects::float::from_f64(v)
}

/// A singleton: 0 None, 1 True, 2 False, 3 Ellipsis. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_const_singleton(kind: u32) -> Obj {
    match kind {
        0 => none::none(),
        1 => crate::objects::bool::true_obj(),
        2 => crate::objects::bool::false_obj(),
        _ => none::ellipsis(),
    }
}

/// `True` or `False` from a machine truth value. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_bool(b: i32) -> Obj {
    crate::objects::bool::from_bool(b != 0).into_raw()
}

// ----- operators -----

/// `a <op> b` (op: see `BinOp`). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_binop(a: Obj, b: Obj, op: u32) -> Obj {
    if let Some(r) = float_arith_fast(a, b, op) {
        return r;
    }
    into_raw(ab::binary_op(a, b, BinOp::from_u32(op).unwrap()))
}

/// The value of an exact float, or of an exact int that fits a machine word.
#[inline]
unsafe fn float_operand(o: Obj) -> Option<(f64, bool)> {
    let t = type_of(o);
    if t == &raw mut crate::objects::float::PyFloat_Type {
        return Some((
            (*(o as *mut crate::objects::float::PyFloatObject)).ob_fval,
            true,
        ));
    }
    if t == &raw mut crate::objects::int::PyLong_Type {
        let l = o as *mut crate::objects::int::PyLongObject;
        if (*l).big.is_null() {
            return Some(((*l).small as f64, false));
        }
    }
    None
}

/// `+ - * /` when one operand is an exact float and the other an exact float or small
/// int: the result CPython's float slots compute, without the slot dispatch. `None`
/// for everything else (including division by zero, which raises on the slow path).
#[inline]
unsafe fn float_arith_fast(a: Obj, b: Obj, op: u32) -> Option<Obj> {
    if op > 3 {
        return None;
    }
    let (x, xf) = float_operand(a)?;
    let (y, yf) = float_operand(b)?;
    if !xf && !yf {
        return None;
    }
    let r = match op {
        0 => x + y,
        1 => x - y,
        2 => x * y,
        _ => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
    };
    Some(crate::objects::float::from_f64(r))
}

/// `a <op>= b`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_inplace_op(a: Obj, b: Obj, op: u32) -> Obj {
    // Floats and ints are immutable: `a op= b` is `a op b`.
    if let Some(r) = float_arith_fast(a, b, op) {
        return r;
    }
    into_raw(ab::inplace_op(a, b, BinOp::from_u32(op).unwrap()))
}

/// Unary `-`, `+`, `~`, `not` (0..3). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_unaryop(a: Obj, op: u32) -> Obj {
    let op = match op {
        0 => UnaryOp::Neg,
        1 => UnaryOp::Pos,
        2 => UnaryOp::Invert,
        _ => UnaryOp::Not,
    };
    into_raw(ab::unary_op(a, op))
}

/// Rich comparison (op: Py_LT..Py_GE). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_compare(a: Obj, b: Obj, op: u32) -> Obj {
    into_raw(ab::richcompare(a, b, op as i32))
}

/// Truth value: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn molt_is_true(o: Obj) -> i32 {
    truth(ab::is_true(o))
}

/// `item in container`: 1, 0, or -1.
#[no_mangle]
pub unsafe extern "C" fn molt_contains(container: Obj, item: Obj) -> i32 {
    truth(ab::contains(container, item))
}

// ----- attributes and items -----

/// `o.name`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_getattr(o: Obj, name: Obj) -> Obj {
    into_raw(ab::getattr(o, name))
}

/// `o.name = v`.
#[no_mangle]
pub unsafe extern "C" fn molt_setattr(o: Obj, name: Obj, v: Obj) -> i32 {
    status(ab::setattr(o, name, v))
}

/// One call site's inline cache for `o.name` (zeroed bytes owned by the site; the
/// compiler's `ir::ATTR_CACHE_SIZE`). For method calls (`molt_call_method_ic`) a way
/// holds the unbound method found on `tp` instead. For attribute access each way says: for instances of `tp`, while the
/// type attribute cache epoch is `epoch`, `name` is not an attribute of the type (nor of
/// its bases) and instances keep it in their `__dict__`, last seen at entry position
/// `index`. Four ways, so that a site seeing a few classes (methods inherited by
/// several subclasses) stays fast.
#[repr(C)]
pub struct AttrCache {
    epoch: u64,
    ways: [(usize, usize); ATTR_CACHE_WAYS],
    next: usize,
}
const ATTR_CACHE_WAYS: usize = 4;
const _: () = assert!(std::mem::size_of::<AttrCache>() == 80);

/// The instance dict of `o` when its type stores it at a fixed offset (else null).
#[inline]
unsafe fn fixed_instance_dict(o: Obj, tp: *mut PyTypeObject) -> Obj {
    let off = (*tp).tp_dictoffset;
    if off <= 0 {
        return null_mut();
    }
    *((o as *mut u8).add(off as usize) as *mut Obj)
}

/// The way of `ic` for `tp`, if valid: (index into `ways`, dict position).
#[inline]
unsafe fn attr_cache_probe(ic: *mut AttrCache, tp: *mut PyTypeObject) -> Option<(usize, usize)> {
    if (*ic).epoch != type_epoch() {
        return None;
    }
    for (w, &(t, ix)) in (*ic).ways.iter().enumerate() {
        if t == tp as usize {
            return Some((w, ix));
        }
    }
    None
}

/// Records, after a successful generic access of `o.name`, where `name` is if it is a
/// plain instance-dict entry.
unsafe fn fill_attr_cache(o: Obj, name: Obj, ic: *mut AttrCache) {
    let tp = type_of(o);
    if (*tp).tp_getattro != Some(generic_getattro_slot)
        || (*tp).tp_setattro != Some(generic_setattro_slot)
        || type_of(name) != &raw mut pystr::PyUnicode_Type
    {
        return;
    }
    let d = fixed_instance_dict(o, tp);
    if d.is_null() {
        return;
    }
    let Ok(None) = lookup(tp, name) else {
        return;
    };
    let Ok(Some(ix)) = dict::position_of(d, name) else {
        return;
    };
    attr_cache_store(ic, tp, ix);
}

/// Records `(tp, value)` in a way of `ic` (emptying it first if its epoch is stale).
unsafe fn attr_cache_store(ic: *mut AttrCache, tp: *mut PyTypeObject, value: usize) {
    if (*ic).epoch != type_epoch() {
        (*ic).epoch = type_epoch();
        (*ic).ways = [(0, 0); ATTR_CACHE_WAYS];
        (*ic).next = 0;
    }
    let w = match attr_cache_probe(ic, tp) {
        Some((w, _)) => w,
        None => {
            let w = (*ic).next % ATTR_CACHE_WAYS;
            (*ic).next = w + 1;
            w
        }
    };
    (*ic).ways[w] = (tp as usize, value);
}

/// `o.name` with an inline cache (see [`AttrCache`]). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_getattr_ic(o: Obj, name: Obj, ic: *mut AttrCache) -> Obj {
    let tp = type_of(o);
    if let Some((_, ix)) = attr_cache_probe(ic, tp) {
        let d = fixed_instance_dict(o, tp);
        if !d.is_null() {
            if let Some(v) = dict::value_at_if_key(d, ix, name) {
                return new_ref(v);
            }
        }
    }
    let r = ab::getattr(o, name);
    if r.is_ok() {
        fill_attr_cache(o, name, ic);
    }
    into_raw(r)
}

/// `o.name = v` with an inline cache (see [`AttrCache`]).
#[no_mangle]
pub unsafe extern "C" fn molt_setattr_ic(o: Obj, name: Obj, v: Obj, ic: *mut AttrCache) -> i32 {
    let tp = type_of(o);
    if let Some((_, ix)) = attr_cache_probe(ic, tp) {
        let d = fixed_instance_dict(o, tp);
        if !d.is_null() && dict::replace_hinted(d, name, v, ix) {
            return 0;
        }
    }
    if ab::setattr(o, name, v).is_err() {
        return -1;
    }
    fill_attr_cache(o, name, ic);
    0
}

/// `del o.name`.
#[no_mangle]
pub unsafe extern "C" fn molt_delattr(o: Obj, name: Obj) -> i32 {
    status(ab::setattr(o, name, null_mut()))
}

/// `o[k]`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_getitem(o: Obj, k: Obj) -> Obj {
    if let Some(slot) = sequence_slot_fast(o, k) {
        return new_ref(*slot);
    }
    into_raw(ab::getitem(o, k))
}

/// `o[k] = v`.
#[no_mangle]
pub unsafe extern "C" fn molt_setitem(o: Obj, k: Obj, v: Obj) -> i32 {
    if type_of(o) == &raw mut list::PyList_Type {
        if let Some(slot) = sequence_slot_fast(o, k) {
            let old = std::mem::replace(&mut *slot, new_ref(v));
            decref(old);
            return 0;
        }
    }
    status(ab::setitem(o, k, v))
}

/// The item slot of an exact list or tuple at an exact small int index in range
/// (negative indices count from the end); `None` sends the access to the slow path.
#[inline]
unsafe fn sequence_slot_fast(o: Obj, k: Obj) -> Option<*mut Obj> {
    if type_of(k) != &raw mut crate::objects::int::PyLong_Type {
        return None;
    }
    let l = k as *mut crate::objects::int::PyLongObject;
    if !(*l).big.is_null() {
        return None;
    }
    let t = type_of(o);
    let (items, n) = if t == &raw mut list::PyList_Type {
        let lo = o as *mut list::PyListObject;
        ((*lo).ob_item, (*lo).ob_base.ob_size)
    } else if t == &raw mut tuple::PyTuple_Type {
        let to = o as *mut tuple::PyTupleObject;
        ((&raw mut (*to).ob_item) as *mut Obj, (*to).ob_base.ob_size)
    } else {
        return None;
    };
    let mut i = (*l).small as isize;
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return None;
    }
    Some(items.offset(i))
}

/// `del o[k]`.
#[no_mangle]
pub unsafe extern "C" fn molt_delitem(o: Obj, k: Obj) -> i32 {
    status(ab::setitem(o, k, null_mut()))
}

// ----- calls -----

/// `f(*args, **kw)` in vectorcall form: `nargs` positional values then one value per
/// name in `kwnames` (a tuple, or NULL). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_call(f: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> Obj {
    into_raw(crate::call::call_vector(f, args, nargs, kwnames))
}

/// `o.name(...)` without materialising a bound method. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_call_method(
    o: Obj,
    name: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> Obj {
    into_raw(crate::call::call_method(o, name, args, nargs, kwnames))
}

/// `o.name(*args)` with an inline cache: its ways map a type to the unbound method found
/// on it (borrowed from the type's dict, valid while the type attribute cache epoch is
/// unchanged), so only the instance-dict shadowing check remains. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_call_method_ic(
    o: Obj,
    name: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
    ic: *mut AttrCache,
) -> Obj {
    let tp = type_of(o);
    let r = match attr_cache_probe(ic, tp) {
        Some((_, f)) => match crate::call::shadowed_by_instance(o, name) {
            Ok(false) => {
                crate::call::call_method_found(o, name, args, nargs, kwnames, Some(f as Obj))
            }
            Ok(true) => crate::call::call_method_found(o, name, args, nargs, kwnames, None),
            Err(e) => Err(crate::call::lookup_failed(e)),
        },
        None => match crate::call::plain_method(o, name) {
            Ok(Some(f)) => {
                attr_cache_store(ic, tp, f as usize);
                crate::call::call_method_found(o, name, args, nargs, kwnames, Some(f))
            }
            Ok(None) => crate::call::call_method_found(o, name, args, nargs, kwnames, None),
            Err(e) => Err(crate::call::lookup_failed(e)),
        },
    };
    into_raw(r)
}

/// `f(*args, **kwargs)` where `args` is a tuple and `kwargs` a dict or NULL. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_call_ex(f: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw(crate::call::call_tuple_dict(f, args, kwargs))
}

// ----- building containers -----

/// A tuple of `n` items. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_tuple(items: *const Obj, n: usize) -> Obj {
    tuple::from_slice(slice_of(items, n))
}

/// A list of `n` items. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_list(items: *const Obj, n: usize) -> Obj {
    list::from_slice(slice_of(items, n))
}

/// A set of `n` items. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_set(items: *const Obj, n: usize) -> Obj {
    into_raw((|| {
        let s = crate::objects::set::new_empty(&raw mut crate::objects::set::PySet_Type);
        for &x in slice_of(items, n) {
            crate::objects::set::add(s.as_ptr(), x)?;
        }
        Ok(s)
    })())
}

/// A dict from `n` key/value pairs. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_dict(keys: *const Obj, values: *const Obj, n: usize) -> Obj {
    into_raw((|| {
        let d = Ref::steal(dict::new_raw());
        let (ks, vs) = (slice_of(keys, n), slice_of(values, n));
        for i in 0..n {
            dict::set_item(d.as_ptr(), ks[i], vs[i])?;
        }
        Ok(d)
    })())
}

/// A slice; NULL bounds mean None. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_slice(a: Obj, b: Obj, c: Obj) -> Obj {
    crate::objects::slice::new(a, b, c)
}

/// `list.append` for comprehensions and starred displays.
#[no_mangle]
pub unsafe extern "C" fn molt_list_append(l: Obj, v: Obj) -> i32 {
    list::push(l, new_ref(v));
    0
}

/// `list.extend(iterable)` for starred displays.
#[no_mangle]
pub unsafe extern "C" fn molt_list_extend(l: Obj, it: Obj) -> i32 {
    let r = list::extend(l, it);
    if r.is_err() && errors::matches(exc::type_error()) && (*type_of(it)).tp_iter.is_none() {
        errors::clear();
        errors::type_error(&format!(
            "Value after * must be an iterable, not {}",
            obj_type_name(it)
        ));
    }
    status(r)
}

/// A tuple with the items of a list. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_list_to_tuple(l: Obj) -> Obj {
    tuple::from_slice(list::items(l))
}

/// A set display of three or more constants (the tuple `items`), ordered as CPython
/// builds it. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_set_from_const_display(items: Obj) -> Obj {
    into_raw(crate::objects::set::from_constant_display(tuple::items(
        items,
    )))
}

/// `set.add` for comprehensions and displays.
#[no_mangle]
pub unsafe extern "C" fn molt_set_add(s: Obj, v: Obj) -> i32 {
    status(crate::objects::set::add(s, v))
}

/// `set.update(iterable)` for starred set displays.
#[no_mangle]
pub unsafe extern "C" fn molt_set_update(s: Obj, it: Obj) -> i32 {
    status(crate::objects::set::update(s, it))
}

/// `d[k] = v` on a dict being built.
#[no_mangle]
pub unsafe extern "C" fn molt_dict_setitem(d: Obj, k: Obj, v: Obj) -> i32 {
    status(dict::set_item(d, k, v))
}

/// `{**m}`: merges a mapping into a dict being built.
#[no_mangle]
pub unsafe extern "C" fn molt_dict_update(d: Obj, m: Obj) -> i32 {
    if !dict::is_dict(m) && ab::getattr_opt_str(m, "keys").ok().flatten().is_none() {
        errors::type_error(&format!("'{}' object is not a mapping", obj_type_name(m)));
        return -1;
    }
    status(dict::update(d, m))
}

/// `f(**m)`: merges keyword arguments, rejecting duplicates as CPython does.
#[no_mangle]
pub unsafe extern "C" fn molt_dict_merge_kwargs(d: Obj, m: Obj, f: Obj) -> i32 {
    status((|| {
        if !dict::is_dict(m) && ab::getattr_opt_str(m, "keys")?.is_none() {
            return Err(errors::type_error(&format!(
                "{} argument after ** must be a mapping, not {}",
                func_desc(f),
                obj_type_name(m)
            )));
        }
        let tmp = Ref::steal(dict::new_raw());
        dict::update(tmp.as_ptr(), m)?;
        for (k, v) in dict::items_vec(tmp.as_ptr()) {
            if !pystr::is_str(k.as_ptr()) {
                return Err(errors::type_error(&format!(
                    "{} keywords must be strings",
                    func_desc(f)
                )));
            }
            if dict::get_item(d, k.as_ptr())?.is_some() {
                return Err(errors::type_error(&format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_desc(f),
                    pystr::as_str(k.as_ptr())
                )));
            }
            dict::set_item(d, k.as_ptr(), v.as_ptr())?;
        }
        Ok(())
    })())
}

/// `f(*it)`: converts the starred argument to a tuple, with CPython's error text.
#[no_mangle]
pub unsafe extern "C" fn molt_star_args(f: Obj, it: Obj) -> Obj {
    if tuple::is_tuple(it) {
        return new_ref(it);
    }
    into_raw((|| match ab::collect(it) {
        Ok(v) => Ok(Ref::steal(tuple::from_refs(v))),
        Err(e) => {
            if errors::matches(exc::type_error()) && (*type_of(it)).tp_iter.is_none() {
                errors::clear();
                return Err(errors::type_error(&format!(
                    "{} argument after * must be an iterable, not {}",
                    func_desc(f),
                    obj_type_name(it)
                )));
            }
            Err(e)
        }
    })())
}

unsafe fn func_desc(f: Obj) -> String {
    if function::is_function(f) {
        let q = (*(f as *mut function::FunctionObject)).qualname;
        let m = (*(f as *mut function::FunctionObject)).module;
        if pystr::is_str(m) {
            return format!("{}.{}()", pystr::as_str(m), pystr::as_str(q));
        }
        return format!("{}()", pystr::as_str(q));
    }
    match ab::getattr_opt_str(f, "__qualname__") {
        Ok(Some(q)) if pystr::is_str(q.as_ptr()) => format!("{}()", pystr::as_str(q.as_ptr())),
        _ => {
            errors::clear();
            format!("{} object", obj_type_name(f))
        }
    }
}

// ----- iteration and unpacking -----

/// `iter(o)`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_get_iter(o: Obj) -> Obj {
    into_raw(ab::get_iter(o))
}

/// The next item, or NULL: exhausted if no exception is set, error otherwise.
#[no_mangle]
pub unsafe extern "C" fn molt_iter_next(it: Obj) -> Obj {
    match ab::iter_next(it) {
        Ok(Some(v)) => v.into_raw(),
        _ => null_mut(),
    }
}

/// Whether an exception is set (1) or not (0).
#[no_mangle]
pub unsafe extern "C" fn molt_err_occurred() -> i32 {
    errors::occurred() as i32
}

/// `a, b, c = o`: stores `n` new references into `out`.
#[no_mangle]
pub unsafe extern "C" fn molt_unpack(o: Obj, n: usize, out: *mut Obj) -> i32 {
    status((|| {
        let items: Vec<Ref> = if tuple::is_tuple(o) || list::is_list(o) {
            ab::collect(o)?
        } else {
            let it = match ab::get_iter(o) {
                Ok(it) => it,
                Err(e) => {
                    if errors::matches(exc::type_error()) {
                        errors::clear();
                        return Err(errors::type_error(&format!(
                            "cannot unpack non-iterable {} object",
                            obj_type_name(o)
                        )));
                    }
                    return Err(e);
                }
            };
            let mut v = Vec::new();
            while let Some(x) = ab::iter_next(it.as_ptr())? {
                v.push(x);
                if v.len() > n {
                    return Err(errors::value_error(&format!(
                        "too many values to unpack (expected {})",
                        n
                    )));
                }
            }
            v
        };
        if items.len() < n {
            return Err(errors::value_error(&format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        if items.len() > n {
            return Err(errors::value_error(&format!(
                "too many values to unpack (expected {})",
                n
            )));
        }
        for (i, x) in items.into_iter().enumerate() {
            *out.add(i) = x.into_raw();
        }
        Ok(())
    })())
}

/// `a, *b, c = o`: `before` items, a list, then `after` items into `out`.
#[no_mangle]
pub unsafe extern "C" fn molt_unpack_ex(o: Obj, before: usize, after: usize, out: *mut Obj) -> i32 {
    status((|| {
        let items = match ab::collect(o) {
            Ok(v) => v,
            Err(e) => {
                if errors::matches(exc::type_error()) && (*type_of(o)).tp_iter.is_none() {
                    errors::clear();
                    return Err(errors::type_error(&format!(
                        "cannot unpack non-iterable {} object",
                        obj_type_name(o)
                    )));
                }
                return Err(e);
            }
        };
        if items.len() < before + after {
            return Err(errors::value_error(&format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let n = items.len();
        let mut it = items.into_iter();
        for i in 0..before {
            *out.add(i) = it.next().unwrap().into_raw();
        }
        let mid: Vec<Ref> = (0..n - before - after)
            .map(|_| it.next().unwrap())
            .collect();
        *out.add(before) = list::from_refs(mid);
        for i in 0..after {
            *out.add(before + 1 + i) = it.next().unwrap().into_raw();
        }
        Ok(())
    })())
}

// ----- names -----

/// Loads a global, then a builtin. New reference; NameError when missing.
#[no_mangle]
pub unsafe extern "C" fn molt_load_global(globals: Obj, name: Obj) -> Obj {
    match dict::get_item(globals, name) {
        Ok(Some(v)) => return new_ref(v),
        Ok(None) => {}
        Err(_) => return null_mut(),
    }
    match dict::get_item(crate::builtins::builtins_dict(), name) {
        Ok(Some(v)) => new_ref(v),
        Ok(None) => {
            crate::suggestions::raise_name_error(globals, name);
            null_mut()
        }
        Err(_) => null_mut(),
    }
}

/// Stores a global.
#[no_mangle]
pub unsafe extern "C" fn molt_store_global(globals: Obj, name: Obj, v: Obj) -> i32 {
    status(dict::set_item(globals, name, v))
}

/// Deletes a global (NameError when missing).
#[no_mangle]
pub unsafe extern "C" fn molt_delete_global(globals: Obj, name: Obj) -> i32 {
    match dict::del_item(globals, name) {
        Ok(true) => 0,
        Ok(false) => {
            errors::raise(
                exc::name_error(),
                &format!("name '{}' is not defined", pystr::as_str(name)),
            );
            -1
        }
        Err(_) => -1,
    }
}

/// A name inside a class body: the namespace, then globals, then builtins.
#[no_mangle]
pub unsafe extern "C" fn molt_class_load(ns: Obj, globals: Obj, name: Obj) -> Obj {
    match ab::getitem(ns, name) {
        Ok(v) => return v.into_raw(),
        Err(_) if errors::matches(exc::key_error()) => errors::clear(),
        Err(_) => return null_mut(),
    }
    molt_load_global(globals, name)
}

/// Deletes a name from a class namespace.
#[no_mangle]
pub unsafe extern "C" fn molt_class_delete(ns: Obj, name: Obj) -> i32 {
    match ab::setitem(ns, name, null_mut()) {
        Ok(()) => 0,
        Err(_) => {
            if errors::matches(exc::key_error()) {
                errors::clear();
                errors::raise(
                    exc::name_error(),
                    &format!("name '{}' is not defined", pystr::as_str(name)),
                );
            }
            -1
        }
    }
}

/// Raises UnboundLocalError for a local read before assignment.
#[no_mangle]
pub unsafe extern "C" fn molt_raise_unbound_local(name: Obj) {
    errors::raise(
        exc::unbound_local_error(),
        &format!(
            "cannot access local variable '{}' where it is not associated with a value",
            pystr::as_str(name)
        ),
    );
}

// ----- functions, closures, classes -----

/// Creates a function object for compiled code. `defaults`, `kwdefaults` and
/// `closure` may be NULL. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_make_function(
    code: function::CodePtr,
    descriptor: Obj,
    globals: Obj,
    defaults: Obj,
    kwdefaults: Obj,
    closure: Obj,
) -> Obj {
    into_raw(function::new(
        code, descriptor, globals, defaults, kwdefaults, closure,
    ))
}

/// The globals dict of a function. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_func_globals(f: Obj) -> Obj {
    new_ref(function::globals(f))
}

/// Closure cell `i` of a function. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_func_cell(f: Obj, i: usize) -> Obj {
    new_ref(function::closure_cell(f, i))
}

/// A new cell holding `v` (NULL for empty). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_cell_new(v: Obj) -> Obj {
    cell::new(v)
}

/// The content of a cell; raises for an empty cell. `free` says whether the variable is
/// a free variable of this function (different message). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_cell_get(c: Obj, name: Obj, free: i32) -> Obj {
    let v = cell::get(c);
    if v.is_null() {
        if free != 0 {
            errors::raise(
                exc::name_error(),
                &format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    pystr::as_str(name)
                ),
            );
        } else {
            molt_raise_unbound_local(name);
        }
        return null_mut();
    }
    new_ref(v)
}

/// Stores into a cell (NULL empties it).
#[no_mangle]
pub unsafe extern "C" fn molt_cell_set(c: Obj, v: Obj) {
    cell::set(c, v)
}

/// Runs a class statement. `kwargs` may be NULL. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_class(
    body: Obj,
    name: Obj,
    qualname: Obj,
    bases: Obj,
    kwargs: Obj,
) -> Obj {
    into_raw(crate::classes::build_class(
        body, name, qualname, bases, kwargs,
    ))
}

/// Zero-argument `super()`: `cell` holds `__class__`, `first` is the method's first
/// argument (NULL if it has none). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_super(cell_o: Obj, first: Obj) -> Obj {
    into_raw((|| {
        if cell_o.is_null() {
            return Err(errors::raise(
                exc::runtime_error(),
                "super(): __class__ cell not found",
            ));
        }
        let cls = cell::get(cell_o);
        if cls.is_null() {
            return Err(errors::raise(
                exc::runtime_error(),
                "super(): empty __class__ cell",
            ));
        }
        if first.is_null() {
            return Err(errors::raise(exc::runtime_error(), "super(): no arguments"));
        }
        Ok(Ref::steal(crate::objects::superobject::new_super(
            cls as *mut PyTypeObject,
            first,
        )?))
    })())
}

// ----- exceptions -----

/// `raise exc [from cause]`; `cause` may be NULL. Always leaves an exception set.
#[no_mangle]
pub unsafe extern "C" fn molt_raise(e: Obj, cause: Obj) {
    let r: PyResult<()> = (|| {
        let inst = if exc::is_exception_class(e) {
            crate::call::call0(e)?
        } else if exc::is_exception_instance(e) {
            Ref::borrowed(e)
        } else {
            return Err(errors::type_error(
                "exceptions must derive from BaseException",
            ));
        };
        if !exc::is_exception_instance(inst.as_ptr()) {
            return Err(errors::type_error(&format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ab::repr(e)
                    .map(|r| pystr::as_str(r.as_ptr()).to_string())
                    .unwrap_or_default(),
                obj_type_name(inst.as_ptr())
            )));
        }
        if !cause.is_null() {
            let c = if exc::is_exception_class(cause) {
                crate::call::call0(cause)?
            } else {
                Ref::borrowed(cause)
            };
            exc::set_cause(inst.as_ptr(), c.as_ptr())?;
        }
        Err(errors::set_raised(inst))
    })();
    let _ = r;
}

/// Bare `raise`: re-raises the exception being handled.
#[no_mangle]
pub unsafe extern "C" fn molt_reraise() {
    let h = errors::handled();
    if h.is_null() {
        errors::raise(exc::runtime_error(), "No active exception to reraise");
        return;
    }
    errors::restore(Ref::borrowed(h));
}

/// Takes the raised exception out of the thread state and marks it as being handled.
/// New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_fetch() -> Obj {
    match errors::fetch() {
        Some(e) => {
            errors::push_handled(e.as_ptr());
            e.into_raw()
        }
        None => {
            // Should not happen: a handler is entered only with an exception set.
            let e = exc::new_exception(exc::system_error(), &[])
                .map(|e| e.into_raw())
                .unwrap_or(null_mut());
            if !e.is_null() {
                errors::push_handled(e);
            }
            e
        }
    }
}

/// Leaves an `except` block.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_pop_handled() {
    errors::pop_handled();
}

/// Re-raises `e` (new reference taken) without chaining or a traceback entry.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_restore(e: Obj) {
    errors::restore(Ref::borrowed(e));
}

/// Whether exception `e` matches the `except` clause's `tp` (a class or tuple):
/// 1, 0, or -1 when `tp` is not an exception class.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_match(e: Obj, tp: Obj) -> i32 {
    let check = |t: Obj| -> PyResult<bool> {
        if !exc::is_exception_class(t) {
            return Err(errors::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(is_instance_of(e, t as *mut PyTypeObject))
    };
    truth((|| {
        if tuple::is_tuple(tp) {
            let mut any = false;
            for &t in tuple::items(tp) {
                any |= check(t)?;
            }
            return Ok(any);
        }
        check(tp)
    })())
}

/// Adds a traceback entry for the current frame to the raised exception.
#[no_mangle]
pub unsafe extern "C" fn molt_tb_here(
    file: Obj,
    func: Obj,
    line: i64,
    cols: i64,
    anchors: i64,
    lookup_cols: i64,
) {
    // A method call whose lookup failed is shown at `o.m` (`lookup_cols`).
    let (cols, anchors) = if crate::call::take_method_lookup_failed() && lookup_cols != 0 {
        (lookup_cols, 0)
    } else {
        (cols, anchors)
    };
    let e = errors::current();
    if !e.is_null() {
        exc::add_traceback_at(e, file, func, line, cols, anchors);
    }
}

/// `assert` failure with an optional message (NULL for none).
#[no_mangle]
pub unsafe extern "C" fn molt_assert_fail(msg: Obj) {
    if msg.is_null() {
        errors::raise_empty(exc::assertion_error());
    } else {
        errors::raise_with(exc::assertion_error(), msg);
    }
}

// ----- strings -----

/// `format(v, spec)` (spec NULL means ""). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_format(v: Obj, spec: Obj) -> Obj {
    if spec.is_null() {
        if pystr::is_str(v) && type_of(v) == &raw mut pystr::PyUnicode_Type {
            return new_ref(v);
        }
        let empty = pystr::from_string(String::new());
        return into_raw(crate::format::format(v, empty.as_ptr()));
    }
    into_raw(crate::format::format(v, spec))
}

/// `!s`, `!r`, `!a` conversions (1, 2, 3). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_convert(v: Obj, kind: u32) -> Obj {
    let c = match kind {
        1 => 's',
        2 => 'r',
        _ => 'a',
    };
    into_raw(crate::format::convert(v, c))
}

/// Concatenates `n` strs (f-string pieces). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_build_string(parts: *const Obj, n: usize) -> Obj {
    let mut s = String::new();
    for &p in slice_of(parts, n) {
        s.push_str(pystr::as_str(p));
    }
    pystr::from_string(s).into_raw()
}

// ----- modules -----

/// Creates the globals dict of a module. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_module_globals(name: Obj, file: Obj) -> Obj {
    into_raw((|| {
        let m = crate::objects::module::new(pystr::as_str(name))?;
        let d = crate::objects::module::dict_of(m.as_ptr());
        dict::set_str(d, "__file__", file)?;
        dict::set_str(d, "__builtins__", crate::builtins::builtins_module())?;
        let mods = dict::get_str(
            crate::objects::module::dict_of(crate::builtins::sys::module()),
            "modules",
        )
        .unwrap();
        dict::set_item(mods, name, m.as_ptr())?;
        Ok(Ref::borrowed(d))
    })())
}

/// Raises `ImportError(msg)` (a str): an import the compiler knows fails, inside a
/// `try` that catches it. Always -1.
#[no_mangle]
pub unsafe extern "C" fn molt_raise_import_error(msg: Obj) -> i32 {
    errors::raise(exc::import_error(), pystr::as_str(msg));
    -1
}

/// `import name` (absolute dotted name). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_import(name: Obj) -> Obj {
    into_raw(import_module(pystr::as_str(name)))
}

/// `True` for 0, `False` otherwise (the negated truth value). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_bool_not(b: i32) -> Obj {
    crate::objects::bool::from_bool(b == 0).into_raw()
}

/// Deallocates an object whose reference count reached zero (inline decrefs call this).
#[no_mangle]
pub unsafe extern "C" fn molt_dealloc(o: Obj) {
    dealloc(o)
}

/// An int from a machine integer (the inline arithmetic's result). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_int_from_i64(v: i64) -> Obj {
    crate::objects::int::from_i64(v)
}

/// Comparison reduced to a truth value: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn molt_compare_bool(a: Obj, b: Obj, op: u32) -> i32 {
    truth(ab::compare_bool(a, b, op as i32))
}

/// Raises RecursionError after a compiled prologue found the depth over the limit.
#[no_mangle]
pub unsafe extern "C" fn molt_recursion_overflow() {
    errors::raise(exc::recursion_error(), "maximum recursion depth exceeded");
}

/// The recursion limit compiled prologues compare against (`sys.setrecursionlimit`
/// changes it).
#[no_mangle]
pub static mut molt_recursion_limit: u32 = crate::call::RECURSION_LIMIT;

/// The marker a compiled local holds while its value lives unboxed in a machine
/// register (an immortal object that is never visible to Python code).
#[no_mangle]
pub static mut molt_raw_int_marker: PyObject =
    static_header(&raw mut crate::objects::none::_PyNotImplemented_Type);

/// Byte offset of `globals` in a function object; compiled code reads it directly.
pub const FUNCTION_GLOBALS_OFFSET: usize = std::mem::offset_of!(function::FunctionObject, globals);
const _: () = assert!(
    FUNCTION_GLOBALS_OFFSET == 24,
    "compiler/src/abi.rs FUNCTION_GLOBALS_OFFSET must match"
);
const _: () = assert!(std::mem::size_of::<crate::objects::int::PyLongObject>() == 32);

/// `with mgr:` entry: looks up `__enter__`/`__exit__` on the type, stores the bound
/// `__exit__` (new reference) in `*exit_out`, and returns `__enter__()`'s result.
#[no_mangle]
pub unsafe extern "C" fn molt_with_enter(mgr: Obj, exit_out: *mut Obj) -> Obj {
    into_raw((|| {
        let tp = type_of(mgr);
        let (Some(enter), Some(exit)) = (lookup_str(tp, "__enter__"), lookup_str(tp, "__exit__"))
        else {
            let missing = if lookup_str(tp, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(errors::type_error(&format!(
                "'{}' object does not support the context manager protocol{}",
                obj_type_name(mgr),
                missing
            )));
        };
        let (enter, exit) = (Ref::borrowed(enter), Ref::borrowed(exit));
        let bound_exit = match (*type_of(exit.as_ptr())).tp_descr_get {
            Some(g) => errors::from_raw(g(exit.as_ptr(), mgr, tp as Obj))?,
            None => exit,
        };
        let r = crate::call::call1(enter.as_ptr(), mgr)?;
        *exit_out = bound_exit.into_raw();
        Ok(r)
    })())
}

/// Normal exit of a `with` block: `exit(None, None, None)`.
#[no_mangle]
pub unsafe extern "C" fn molt_with_exit_normal(exit: Obj) -> i32 {
    let n = none::none();
    status(crate::call::call_vec(exit, &[n, n, n]).map(|_| ()))
}

/// Exceptional exit: `exit(type, exc, tb)`; 1 to suppress, 0 to re-raise, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn molt_with_exit_exc(exit: Obj, e: Obj) -> i32 {
    let tb = (*(e as *mut exc::PyBaseExceptionObject)).traceback;
    let tb = if tb.is_null() { none::none() } else { tb };
    truth((|| {
        let r = crate::call::call_vec(exit, &[type_of(e) as Obj, e, tb])?;
        ab::is_true(r.as_ptr())
    })())
}

// ----- coroutines and async generators -----

use crate::objects::{asyncgen, coroutine};

/// The iterator `await o` drives (see `coroutine::get_awaitable`; `mode` picks the
/// message for an object that cannot be awaited). New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_get_awaitable(o: Obj, mode: i64) -> Obj {
    into_raw(coroutine::get_awaitable(o, mode))
}

/// `async for`: the asynchronous iterator of `o`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_get_aiter(o: Obj) -> Obj {
    into_raw(coroutine::get_aiter(o))
}

/// `async for`: the awaitable of the next step. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_get_anext(ait: Obj) -> Obj {
    into_raw(coroutine::get_anext(ait))
}

/// One step of awaiting `__anext__()`: as `molt_yield_from`, except that
/// StopAsyncIteration ends it with status 0 and `*out` null (the loop is over).
#[no_mangle]
pub unsafe extern "C" fn molt_await_anext(it: Obj, sent: Obj, out: *mut Obj) -> i32 {
    let st = generator::yield_from_step(it, sent, out);
    if st < 0 && errors::matches(exc::stop_async_iteration()) {
        errors::clear();
        *out = std::ptr::null_mut();
        return 0;
    }
    st
}

/// Marks a value an async generator yields. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_asyncgen_wrap(v: Obj) -> Obj {
    asyncgen::wrap(v)
}

/// `async with`: checks the protocol, stores the bound `__aexit__` in `*exit_out` and
/// returns the (not yet awaited) result of `__aenter__()`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_async_with_enter(mgr: Obj, exit_out: *mut Obj) -> Obj {
    into_raw((|| {
        let tp = type_of(mgr);
        let (Some(enter), Some(exit)) = (lookup_str(tp, "__aenter__"), lookup_str(tp, "__aexit__"))
        else {
            let missing = if lookup_str(tp, "__aenter__").is_none() {
                ""
            } else {
                " (missed __aexit__ method)"
            };
            return Err(errors::type_error(&format!(
                "'{}' object does not support the asynchronous context manager protocol{}",
                obj_type_name(mgr),
                missing
            )));
        };
        let (enter, exit) = (Ref::borrowed(enter), Ref::borrowed(exit));
        let bound_exit = match (*type_of(exit.as_ptr())).tp_descr_get {
            Some(g) => errors::from_raw(g(exit.as_ptr(), mgr, tp as Obj))?,
            None => exit,
        };
        let r = crate::call::call1(enter.as_ptr(), mgr)?;
        *exit_out = bound_exit.into_raw();
        Ok(r)
    })())
}

/// Calls a context manager's exit: `exit(None, None, None)` when `e` is null, else
/// `exit(type(e), e, e.__traceback__)`. Returns its result. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_with_exit_call(exit: Obj, e: Obj) -> Obj {
    let n = none::none();
    if e.is_null() {
        return into_raw(crate::call::call_vec(exit, &[n, n, n]));
    }
    let tb = (*(e as *mut exc::PyBaseExceptionObject)).traceback;
    let tb = if tb.is_null() { n } else { tb };
    into_raw(crate::call::call_vec(exit, &[type_of(e) as Obj, e, tb]))
}

// ----- generators -----

use crate::objects::generator::{self, GeneratorObject};

/// Offsets in the generator object that resume functions read directly.
pub const GEN_FRAME_OFFSET: usize = std::mem::offset_of!(GeneratorObject, frame);
pub const GEN_STATE_OFFSET: usize = std::mem::offset_of!(GeneratorObject, state);
pub const GEN_FUNC_OFFSET: usize = std::mem::offset_of!(GeneratorObject, func);
const _: () = assert!(GEN_FRAME_OFFSET == 24 && GEN_STATE_OFFSET == 40 && GEN_FUNC_OFFSET == 56);

/// Creates a generator for a call of a generator function. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_gen_new(
    func: Obj,
    resume: generator::ResumeFn,
    nlocals: usize,
    nvalues: usize,
    kind: i64,
) -> Obj {
    generator::new(func, resume, nlocals, nvalues, kind)
}

/// The generator's body returned `value`: release the frame, remember the value.
#[no_mangle]
pub unsafe extern "C" fn molt_gen_return(gen: Obj, value: Obj) {
    let g = gen as *mut GeneratorObject;
    let old = (*g).retval;
    (*g).retval = new_ref(value);
    xdecref(old);
    generator::clear_frame(gen);
}

/// The generator's body raised: release the frame.
#[no_mangle]
pub unsafe extern "C" fn molt_gen_error(gen: Obj) {
    generator::clear_frame(gen);
}

/// Re-enters an `except` block's handled exception after a generator resumes.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_push_handled(e: Obj) {
    errors::push_handled(e);
}

/// One step of `yield from`: see `generator::yield_from_step`.
#[no_mangle]
pub unsafe extern "C" fn molt_yield_from(it: Obj, sent: Obj, out: *mut Obj) -> i32 {
    generator::yield_from_step(it, sent, out)
}

// ----- compiled modules -----

/// The module body of a compiled module: runs it with fresh globals; returns None, or
/// NULL with an exception set.
pub type ModuleBodyFn = unsafe extern "C" fn() -> Obj;

static mut COMPILED_MODULES: Vec<(String, ModuleBodyFn)> = Vec::new();

/// Registers a compiled module (called by the main module's prologue for every module
/// linked into the program).
#[no_mangle]
pub unsafe extern "C" fn molt_register_module(name: *const u8, len: usize, body: ModuleBodyFn) {
    let n = std::str::from_utf8_unchecked(slice_u8(name, len)).to_string();
    #[allow(static_mut_refs)]
    COMPILED_MODULES.push((n, body));
}

/// At the program's end, when some class has `__del__`: clears `__main__`'s globals in
/// CPython's shutdown order (names starting with one underscore first, then the others
/// but `__builtins__`, each in dict order, set to None), so that finalizers run.
// TODO(shutdown): CPython also clears the other modules and finalizes suspended
// generators at exit.
pub unsafe fn clear_main_at_exit() {
    if !crate::frames::FINALIZERS_DEFINED {
        return;
    }
    let Some(m) = dict::get_str(sys_modules(), "__main__") else {
        return;
    };
    let d = crate::objects::module::dict_of(m);
    let saved = errors::fetch();
    for pass in 0..2 {
        for (k, _) in dict::items_vec(d) {
            if !pystr::is_str(k.as_ptr()) {
                continue;
            }
            let name = pystr::as_str(k.as_ptr());
            let underscore = name.starts_with('_') && !name.starts_with("__");
            if (pass == 0) == underscore && name != "__builtins__" {
                let _ = dict::set_item(d, k.as_ptr(), crate::objects::none::none());
            }
        }
    }
    errors::clear();
    if let Some(e) = saved {
        errors::restore(e);
    }
}

unsafe fn sys_modules() -> Obj {
    dict::get_str(
        crate::objects::module::dict_of(crate::builtins::sys::module()),
        "modules",
    )
    .unwrap()
}

/// Imports a module by absolute dotted name: `sys.modules`, then the compiled modules
/// (parents first, binding each submodule on its parent), then the runtime's modules.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn import_module(name: &str) -> PyResult<Ref> {
    let mods = sys_modules();
    if let Some(m) = dict::get_str(mods, name) {
        return Ok(Ref::borrowed(m));
    }
    let parent = match name.rsplit_once('.') {
        Some((p, _)) => Some(import_module(p)?),
        None => None,
    };
    if let Some(m) = dict::get_str(mods, name) {
        return Ok(Ref::borrowed(m));
    }
    #[allow(static_mut_refs)]
    let body = COMPILED_MODULES
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, f)| *f);
    if let Some(body) = body {
        let r = body();
        if r.is_null() {
            let k = pystr::from_string(name.to_string());
            let saved = errors::fetch();
            let _ = dict::del_item(mods, k.as_ptr());
            if let Some(e) = saved {
                errors::restore(e);
            }
            return Err(Raised);
        }
        decref(r);
        let m = match dict::get_str(mods, name) {
            Some(m) => Ref::borrowed(m),
            None => {
                return Err(errors::raise(
                    exc::import_error(),
                    &format!("module {} removed itself from sys.modules", name),
                ))
            }
        };
        if let (Some(p), Some((_, child))) = (parent, name.rsplit_once('.')) {
            let c = pystr::from_string(child.to_string());
            ab::setattr(p.as_ptr(), c.as_ptr(), m.as_ptr())?;
        }
        return Ok(m);
    }
    if let Some(loader) = EXTENSION_LOADER {
        if let Some(r) = loader(name) {
            let m = r?;
            dict::set_str(mods, name, m.as_ptr())?;
            if let (Some(p), Some((_, child))) = (parent, name.rsplit_once('.')) {
                let c = pystr::from_string(child.to_string());
                ab::setattr(p.as_ptr(), c.as_ptr(), m.as_ptr())?;
            }
            return Ok(m);
        }
    }
    if let Some(r) = crate::builtins::modules::init_runtime_module(name) {
        let m = r?;
        let k = pystr::from_string(name.to_string());
        dict::set_item(mods, k.as_ptr(), m.as_ptr())?;
        return Ok(m);
    }
    let e = exc::new_exception(
        exc::module_not_found_error(),
        &[pystr::from_string(format!("No module named {}", pystr::repr_of(name))).as_ptr()],
    )?;
    let n = pystr::from_string(name.to_string());
    let _ = ab::setattr(
        e.as_ptr(),
        pystr::from_string("name".into()).as_ptr(),
        n.as_ptr(),
    );
    Err(errors::set_raised(e))
}

/// `from module import name`: the attribute, or the submodule `fullname`.
#[no_mangle]
pub unsafe extern "C" fn molt_import_from(m: Obj, name: Obj, fullname: Obj) -> Obj {
    into_raw((|| {
        if let Some(v) = ab::getattr_opt(m, name)? {
            return Ok(v);
        }
        match import_module(pystr::as_str(fullname)) {
            Ok(v) => Ok(v),
            Err(_) if errors::matches(exc::module_not_found_error()) => {
                errors::clear();
                let mname = match ab::getattr_opt_str(m, "__name__")? {
                    Some(n) if pystr::is_str(n.as_ptr()) => pystr::as_str(n.as_ptr()).to_string(),
                    _ => "<unknown module name>".to_string(),
                };
                let file = match ab::getattr_opt_str(m, "__file__")? {
                    Some(f) if pystr::is_str(f.as_ptr()) => {
                        format!(" ({})", pystr::as_str(f.as_ptr()))
                    }
                    _ => " (unknown location)".to_string(),
                };
                Err(errors::raise(
                    exc::import_error(),
                    &format!(
                        "cannot import name '{}' from '{}'{}",
                        pystr::as_str(name),
                        mname,
                        file
                    ),
                ))
            }
            Err(e) => Err(e),
        }
    })())
}

/// `from module import *` into `globals`: the names in `__all__`, else the public ones.
#[no_mangle]
pub unsafe extern "C" fn molt_import_star(m: Obj, globals: Obj) -> i32 {
    status((|| {
        let d = ab::getattr_str(m, "__dict__")?;
        let names: Vec<Ref> = match ab::getattr_opt_str(m, "__all__")? {
            Some(all) => ab::collect(all.as_ptr())?,
            None => dict::items_vec(d.as_ptr())
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| {
                    pystr::is_str(k.as_ptr()) && !pystr::as_str(k.as_ptr()).starts_with('_')
                })
                .collect(),
        };
        for n in names {
            let v = ab::getattr(m, n.as_ptr())?;
            dict::set_item(globals, n.as_ptr(), v.as_ptr())?;
        }
        Ok(())
    })())
}

// ----- structural pattern matching -----

unsafe fn type_has_flag(o: Obj, flag: std::ffi::c_ulong) -> bool {
    (*type_of(o)).tp_flags & flag != 0
}

/// Sequence pattern: `n_before` items, an optional star, `n_after` items. Returns a tuple
/// of the matched items (the star's items as a list at position `n_before`), None when
/// the subject does not match, NULL on error.
#[no_mangle]
pub unsafe extern "C" fn molt_match_seq(
    subj: Obj,
    n_before: usize,
    n_after: usize,
    has_star: i32,
) -> Obj {
    into_raw((|| {
        let no = || Ok(none::none_ref());
        if !type_has_flag(subj, TPFLAGS_SEQUENCE)
            || type_of(subj) == &raw mut crate::objects::str::PyUnicode_Type
        {
            return no();
        }
        let items = ab::collect(subj)?;
        let n = items.len();
        if has_star != 0 {
            if n < n_before + n_after {
                return no();
            }
        } else if n != n_before {
            return no();
        }
        let mut out: Vec<Ref> = Vec::with_capacity(n_before + n_after + 1);
        let mut it = items.into_iter();
        for _ in 0..n_before {
            out.push(it.next().unwrap());
        }
        if has_star != 0 {
            let mid: Vec<Ref> = (0..n - n_before - n_after)
                .map(|_| it.next().unwrap())
                .collect();
            out.push(Ref::steal(list::from_refs(mid)));
            for _ in 0..n_after {
                out.push(it.next().unwrap());
            }
        }
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

/// Mapping pattern: the values for `keys` (a tuple), then (with `has_rest`) a dict of
/// the other items. None when the subject is not a mapping or lacks a key.
#[no_mangle]
pub unsafe extern "C" fn molt_match_map(subj: Obj, keys: Obj, has_rest: i32) -> Obj {
    into_raw((|| {
        if !type_has_flag(subj, TPFLAGS_MAPPING) {
            return Ok(none::none_ref());
        }
        let ks = tuple::items(keys);
        for (i, &k) in ks.iter().enumerate() {
            for &k2 in &ks[..i] {
                if ab::eq_bool(k, k2)? {
                    let r = ab::repr(k)?;
                    return Err(errors::value_error(&format!(
                        "mapping pattern checks duplicate key ({})",
                        pystr::as_str(r.as_ptr())
                    )));
                }
            }
        }
        let mut out = Vec::new();
        for &k in ks {
            let found = if dict::is_dict(subj) {
                dict::get_item(subj, k)?.map(|v| Ref::borrowed(v))
            } else {
                match ab::getitem(subj, k) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        if errors::matches(exc::key_error()) {
                            errors::clear();
                            None
                        } else {
                            return Err(e);
                        }
                    }
                }
            };
            match found {
                Some(v) => out.push(v),
                None => return Ok(none::none_ref()),
            }
        }
        if has_rest != 0 {
            let rest = Ref::steal(dict::new_raw());
            dict::update(rest.as_ptr(), subj)?;
            for &k in ks {
                dict::del_item(rest.as_ptr(), k)?;
            }
            out.push(rest);
        }
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

/// Class pattern `cls(p1, ..., k1=q1, ...)`: the attribute values for the `npos`
/// positional sub-patterns (through `__match_args__`) and the keyword names (a tuple);
/// None when the subject is not an instance or lacks an attribute.
#[no_mangle]
pub unsafe extern "C" fn molt_match_class(subj: Obj, cls: Obj, npos: usize, kwnames: Obj) -> Obj {
    into_raw((|| {
        if !type_has_flag(cls, TPFLAGS_TYPE_SUBCLASS) {
            return Err(errors::type_error("called match pattern must be a class"));
        }
        if !ab::isinstance(subj, cls)? {
            return Ok(none::none_ref());
        }
        let cname = type_name(cls as *mut PyTypeObject);
        let mut names: Vec<Ref> = Vec::new();
        let mut out: Vec<Ref> = Vec::new();
        if npos > 0 {
            let match_self = [
                &raw mut crate::objects::bool::PyBool_Type,
                &raw mut crate::objects::bytearray::PyByteArray_Type,
                &raw mut crate::objects::bytes::PyBytes_Type,
                &raw mut dict::PyDict_Type,
                &raw mut crate::objects::float::PyFloat_Type,
                &raw mut crate::objects::set::PyFrozenSet_Type,
                &raw mut crate::objects::int::PyLong_Type,
                &raw mut list::PyList_Type,
                &raw mut crate::objects::set::PySet_Type,
                &raw mut crate::objects::str::PyUnicode_Type,
                &raw mut tuple::PyTuple_Type,
            ];
            let margs = ab::getattr_opt_str(cls, "__match_args__")?;
            match margs {
                None if npos == 1
                    && match_self
                        .iter()
                        .any(|&t| is_subtype(cls as *mut PyTypeObject, t)) =>
                {
                    out.push(Ref::borrowed(subj));
                }
                None => {
                    return Err(errors::type_error(&format!(
                        "{}() accepts 0 positional sub-patterns ({} given)",
                        cname, npos
                    )))
                }
                Some(ma) => {
                    if !tuple::is_tuple(ma.as_ptr()) {
                        return Err(errors::type_error(&format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            cname,
                            obj_type_name(ma.as_ptr())
                        )));
                    }
                    let items = tuple::items(ma.as_ptr());
                    if npos > items.len() {
                        return Err(errors::type_error(&format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cname,
                            items.len(),
                            if items.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for &n in &items[..npos] {
                        if !pystr::is_str(n) {
                            return Err(errors::type_error(&format!(
                                "__match_args__ elements must be strings (got {})",
                                obj_type_name(n)
                            )));
                        }
                        names.push(Ref::borrowed(n));
                    }
                }
            }
        }
        if !kwnames.is_null() {
            for &k in tuple::items(kwnames) {
                names.push(Ref::borrowed(k));
            }
        }
        for (i, n) in names.iter().enumerate() {
            if names[..i].iter().any(|m| pystr::eq(m.as_ptr(), n.as_ptr())) {
                return Err(errors::type_error(&format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    cname,
                    pystr::as_str(n.as_ptr())
                )));
            }
            match ab::getattr_opt(subj, n.as_ptr())? {
                Some(v) => out.push(v),
                None => return Ok(none::none_ref()),
            }
        }
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

/// Loads a statically linked C extension by name (installed by `libmolt-capi`).
pub type ExtensionLoader = unsafe fn(&str) -> Option<PyResult<Ref>>;

static mut EXTENSION_LOADER: Option<ExtensionLoader> = None;

/// Installs the C-API's extension loader (the runtime does not depend on the C-API).
pub fn set_extension_loader(f: ExtensionLoader) {
    // SAFETY: single-threaded runtime; set at start-up.
    unsafe {
        EXTENSION_LOADER = Some(f);
    }
}

/// One `except* T` clause: a new `(match, rest)` tuple for the exception still
/// unhandled (see `exceptiongroup::star_match`), or NULL with an exception set.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_star_match(e: Obj, tp: Obj) -> Obj {
    errors::into_raw(crate::objects::exceptiongroup::star_match(e, tp))
}

/// The exception a `try ... except*` propagates when its clauses are done (new
/// reference), None when there is none, or NULL with an exception set.
#[no_mangle]
pub unsafe extern "C" fn molt_exc_star_reraise(orig: Obj, raised: Obj, rest: Obj) -> Obj {
    errors::into_raw(crate::objects::exceptiongroup::prep_reraise_star(
        orig, raised, rest,
    ))
}

/// One entry of a function's `locals()`: stores `v` (a cell's content when `is_cell`)
/// under `name` in dict `d`, unless the variable is unbound. 0, or -1 with an exception.
#[no_mangle]
pub unsafe extern "C" fn molt_locals_put(d: Obj, name: Obj, v: Obj, is_cell: i32) -> i32 {
    let value = if is_cell != 0 && !v.is_null() {
        cell::get(v)
    } else {
        v
    };
    if value.is_null() {
        // An unbound variable leaves the frame's dict, as CPython's locals() update.
        return status(crate::objects::dict::del_item(d, name).map(|_| ()));
    }
    status(crate::objects::dict::set_item(d, name, value))
}

/// A PEP 695 type parameter named `name`, created by `typing`: kind 0 is a TypeVar with
/// the bound `extra` (or none when null), kind 1 a TypeVar constrained to the tuple
/// `extra`, kind 2 a TypeVarTuple, kind 3 a ParamSpec. TypeVars and ParamSpecs infer
/// their variance, as CPython's do. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_type_param(kind: i64, name: Obj, extra: Obj) -> Obj {
    into_raw((|| {
        let typing = import_module("typing")?;
        let class = match kind {
            2 => "TypeVarTuple",
            3 => "ParamSpec",
            _ => "TypeVar",
        };
        let tv = ab::getattr_str(typing.as_ptr(), class)?;
        if kind == 2 {
            return crate::call::call1(tv.as_ptr(), name);
        }
        let kw = Ref::steal(crate::objects::dict::new_raw());
        let mut args = vec![name];
        match kind {
            0 if !extra.is_null() => crate::objects::dict::set_str(kw.as_ptr(), "bound", extra)?,
            1 => args.extend_from_slice(tuple::items(extra)),
            _ => {}
        }
        crate::objects::dict::set_str(
            kw.as_ptr(),
            "infer_variance",
            crate::objects::bool::from_bool(true).as_ptr(),
        )?;
        let args = Ref::steal(tuple::from_slice(&args));
        let t = crate::call::call_tuple_dict(tv.as_ptr(), args.as_ptr(), kw.as_ptr())?;
        // CPython creates these without a calling module: their `__module__` is typing.
        crate::builtins::typing::forget_module(t.as_ptr());
        Ok(t)
    })())
}

/// The implicit base of a PEP 695 generic class: `typing.Generic[*params]`. New
/// reference.
#[no_mangle]
pub unsafe extern "C" fn molt_generic_base(params: Obj) -> Obj {
    into_raw((|| {
        let typing = import_module("typing")?;
        let generic = ab::getattr_str(typing.as_ptr(), "Generic")?;
        ab::getitem(generic.as_ptr(), params)
    })())
}

/// An imaginary literal's value: `complex(real, imag)`. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_complex_new(real: f64, imag: f64) -> Obj {
    crate::objects::complex::from_parts(real, imag)
}

/// The frame's `locals()` dict: `cur` (a new reference) or, when null, a new dict.
#[no_mangle]
pub unsafe extern "C" fn molt_locals_dict(cur: Obj) -> Obj {
    if cur.is_null() {
        crate::objects::dict::new_raw()
    } else {
        new_ref(cur)
    }
}

/// `dir()` without arguments: the sorted names of a namespace dict. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_sorted_keys(d: Obj) -> Obj {
    into_raw((|| {
        let keys: Vec<Obj> = crate::objects::dict::items_vec(d)
            .iter()
            .map(|(k, _)| k.as_ptr())
            .collect();
        let l = Ref::steal(list::from_slice(&keys));
        list::sort(l.as_ptr(), null_mut(), false)?;
        Ok(l)
    })())
}

/// `type NAME = value`: a `typing.TypeAliasType` whose value `compute()` returns when
/// first asked. New reference.
#[no_mangle]
pub unsafe extern "C" fn molt_make_type_alias(name: Obj, compute: Obj, params: Obj) -> Obj {
    into_raw(crate::objects::typealias::new(name, compute, params))
}
