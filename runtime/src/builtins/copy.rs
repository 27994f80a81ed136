//! The `copy` module: `copy` (shallow) and `deepcopy` (with a memo dict, recursive
//! structures, `__copy__`/`__deepcopy__`), and `copy.Error`. Immutable builtins,
//! classes and functions are returned as they are; lists, dicts, sets and bytearrays
//! are copied; other instances are rebuilt as `cls.__new__(cls)` with their `__dict__`
//! and `__slots__` values (and, for list and dict subclasses, their items), or through
//! a user-defined `__reduce_ex__`/`__reduce__`. As CPython, the memo also keeps every
//! copied original alive in `memo[id(memo)]`.

use crate::abstract_ as ab;
use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{bytearray, dict, int, list, none, set, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut COPY_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("copy", cp_copy),
    crate::method_def!("deepcopy", cp_deepcopy),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("copy", &raw mut COPY_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let name = Ref::steal(pystr::from_str("Error"));
    let bases = Ref::steal(tuple::from_slice(&[
        crate::objects::exceptions::exception() as Obj,
    ]));
    let ns = Ref::steal(dict::new_raw());
    let module = Ref::steal(pystr::from_str("copy"));
    dict::set_str(ns.as_ptr(), "__module__", module.as_ptr())?;
    let err = crate::classes::new_heap_type(
        &raw mut PyType_Type,
        name.as_ptr(),
        bases.as_ptr(),
        ns.as_ptr(),
    )?;
    dict::set_str(d, "Error", err.as_ptr())?;
    dict::set_str(d, "error", err.as_ptr())?;
    let all = Ref::steal(list::from_refs(vec![
        pystr::from_string("Error".into()),
        pystr::from_string("copy".into()),
        pystr::from_string("deepcopy".into()),
    ]));
    dict::set_str(d, "__all__", all.as_ptr())?;
    Ok(m)
}

/// Whether `x` is returned as it is by both `copy` and `deepcopy` (tuples and frozensets
/// are handled by the callers).
unsafe fn is_atomic(x: Obj) -> bool {
    let t = type_of(x);
    let atomic: [*mut PyTypeObject; 14] = [
        type_of(none::none()),
        &raw mut int::PyLong_Type,
        &raw mut crate::objects::float::PyFloat_Type,
        &raw mut crate::objects::bool::PyBool_Type,
        &raw mut crate::objects::complex::PyComplex_Type,
        &raw mut pystr::PyUnicode_Type,
        &raw mut crate::objects::bytes::PyBytes_Type,
        &raw mut crate::objects::range::PyRange_Type,
        &raw mut crate::objects::slice::PySlice_Type,
        &raw mut crate::objects::function::PyFunction_Type,
        &raw mut crate::objects::cfunction::PyCFunction_Type,
        &raw mut crate::objects::funcobjects::PyProperty_Type,
        &raw mut crate::objects::none::PyEllipsis_Type,
        type_of(crate::objects::none::not_implemented()),
    ];
    atomic.contains(&t) || (*t).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
}

/// A method named `name` defined by a class of `x`'s MRO other than `object`
/// (borrowed, from the class dict).
unsafe fn user_method(x: Obj, name: &str) -> Option<Obj> {
    let mro = (*type_of(x)).tp_mro;
    if mro.is_null() {
        return None;
    }
    for &c in tuple::items(mro) {
        if c == &raw mut crate::objects::object::PyBaseObject_Type as Obj {
            continue;
        }
        let d = (*(c as *mut PyTypeObject)).tp_dict;
        if !d.is_null() {
            if let Some(f) = dict::get_str(d, name) {
                return Some(f);
            }
        }
    }
    None
}

/// The `__slots__` names of `x`'s classes that hold a value, with the values.
unsafe fn slot_values(x: Obj) -> PyResult<Vec<(Ref, Ref)>> {
    let mut out = Vec::new();
    let mro = (*type_of(x)).tp_mro;
    if mro.is_null() {
        return Ok(out);
    }
    for &c in tuple::items(mro) {
        let d = (*(c as *mut PyTypeObject)).tp_dict;
        let Some(slots) = (if d.is_null() {
            None
        } else {
            dict::get_str(d, "__slots__")
        }) else {
            continue;
        };
        let names = if pystr::is_str(slots) {
            vec![Ref::borrowed(slots)]
        } else {
            ab::collect(slots)?
        };
        for n in names {
            let s = pystr::as_str(n.as_ptr());
            if s == "__dict__" || s == "__weakref__" {
                continue;
            }
            let key = if s.starts_with("__") && !s.ends_with("__") {
                let cname = crate::typeobject::type_name(c as *mut PyTypeObject);
                pystr::from_string(format!("_{}{}", cname.trim_start_matches('_'), s))
            } else {
                Ref::borrowed(n.as_ptr())
            };
            if let Some(v) = ab::getattr_opt(x, key.as_ptr())? {
                out.push((key, v));
            }
        }
    }
    Ok(out)
}

/// Rebuilds an instance: `cls.__new__(cls)`, then its state (each value through
/// `conv`), registering the new object in the memo first (`register`).
unsafe fn rebuild(
    x: Obj,
    register: &mut dyn FnMut(Obj) -> PyResult<()>,
    conv: &mut dyn FnMut(Obj) -> PyResult<Ref>,
) -> PyResult<Ref> {
    if let Some(r) = user_method(x, "__reduce_ex__").or_else(|| user_method(x, "__reduce__")) {
        let _ = r;
        return reconstruct(x, register, conv);
    }
    let cls = type_of(x) as Obj;
    if (*type_of(x)).tp_flags & TPFLAGS_HEAPTYPE == 0 {
        // As `object.__reduce_ex__` for builtin types without pickle support.
        return Err(crate::errors::type_error(&format!(
            "cannot pickle '{}' object",
            obj_type_name(x)
        )));
    }
    let new = ab::getattr_str(cls, "__new__")?;
    // Tuple subclasses (named tuples) are built from their items, as
    // `copyreg.__newobj__(cls, *x.__getnewargs__())` does.
    let mut new_args = vec![Ref::borrowed(cls)];
    if tuple::is_tuple(x) {
        let items = match ab::getattr_opt_str(x, "__getnewargs__")? {
            Some(f) => crate::call::call0(f.as_ptr())?,
            None => Ref::steal(tuple::from_slice(tuple::items(x))),
        };
        for v in ab::collect(items.as_ptr())? {
            new_args.push(conv(v.as_ptr())?);
        }
    }
    let ptrs: Vec<Obj> = new_args.iter().map(|r| r.as_ptr()).collect();
    let y = crate::call::call_vec(new.as_ptr(), &ptrs)?;
    register(y.as_ptr())?;
    if let Some(xd) = ab::getattr_opt_str(x, "__dict__")? {
        if dict::is_dict(xd.as_ptr()) {
            let state = conv(xd.as_ptr())?;
            if let Some(setstate) = user_method(x, "__setstate__") {
                let _ = setstate;
                let f = ab::getattr_str(y.as_ptr(), "__setstate__")?;
                crate::call::call1(f.as_ptr(), state.as_ptr())?;
            } else if let Some(yd) = ab::getattr_opt_str(y.as_ptr(), "__dict__")? {
                for (k, v) in dict::items_vec(state.as_ptr()) {
                    dict::set_item(yd.as_ptr(), k.as_ptr(), v.as_ptr())?;
                }
            }
        }
    }
    for (k, v) in slot_values(x)? {
        let v = conv(v.as_ptr())?;
        ab::setattr(y.as_ptr(), k.as_ptr(), v.as_ptr())?;
    }
    if list::is_list(x) {
        let app = ab::getattr_str(y.as_ptr(), "append")?;
        for v in list::items(x).to_vec() {
            let v = Ref::borrowed(v);
            let c = conv(v.as_ptr())?;
            crate::call::call1(app.as_ptr(), c.as_ptr())?;
        }
    } else if dict::is_dict(x) {
        for (k, v) in dict::items_vec(x) {
            let (k, v) = (conv(k.as_ptr())?, conv(v.as_ptr())?);
            ab::setitem(y.as_ptr(), k.as_ptr(), v.as_ptr())?;
        }
    }
    Ok(y)
}

/// The `__reduce_ex__(4)` protocol: `(callable, args[, state[, listitems[, dictitems]]])`.
unsafe fn reconstruct(
    x: Obj,
    register: &mut dyn FnMut(Obj) -> PyResult<()>,
    conv: &mut dyn FnMut(Obj) -> PyResult<Ref>,
) -> PyResult<Ref> {
    let rv = if user_method(x, "__reduce_ex__").is_some() {
        let f = ab::getattr_str(x, "__reduce_ex__")?;
        let four = Ref::steal(int::from_i64(4));
        crate::call::call1(f.as_ptr(), four.as_ptr())?
    } else {
        let f = ab::getattr_str(x, "__reduce__")?;
        crate::call::call0(f.as_ptr())?
    };
    if pystr::is_str(rv.as_ptr()) {
        return Ok(Ref::borrowed(x));
    }
    if !tuple::is_tuple(rv.as_ptr()) {
        return Err(crate::errors::raise(
            copy_error()?,
            &format!("un(deep)copyable object of type {}", obj_type_name(x)),
        ));
    }
    let parts = tuple::items(rv.as_ptr()).to_vec();
    let get = |i: usize| parts.get(i).copied().filter(|&p| p != none::none());
    let (callable, args) = (parts[0], parts.get(1).copied().unwrap_or(null_mut()));
    let mut cargs = Vec::new();
    if !args.is_null() {
        for a in ab::collect(args)? {
            cargs.push(conv(a.as_ptr())?);
        }
    }
    let ptrs: Vec<Obj> = cargs.iter().map(|r| r.as_ptr()).collect();
    let y = crate::call::call_vec(callable, &ptrs)?;
    register(y.as_ptr())?;
    if let Some(state) = get(2) {
        let state = conv(state)?;
        if let Some(f) = ab::getattr_opt_str(y.as_ptr(), "__setstate__")? {
            crate::call::call1(f.as_ptr(), state.as_ptr())?;
        } else {
            let yd = ab::getattr_str(y.as_ptr(), "__dict__")?;
            for (k, v) in dict::items_vec(state.as_ptr()) {
                dict::set_item(yd.as_ptr(), k.as_ptr(), v.as_ptr())?;
            }
        }
    }
    if let Some(items) = get(3) {
        let app = ab::getattr_str(y.as_ptr(), "append")?;
        for v in ab::collect(items)? {
            let c = conv(v.as_ptr())?;
            crate::call::call1(app.as_ptr(), c.as_ptr())?;
        }
    }
    if let Some(items) = get(4) {
        for kv in ab::collect(items)? {
            let kv = ab::collect(kv.as_ptr())?;
            let (k, v) = (conv(kv[0].as_ptr())?, conv(kv[1].as_ptr())?);
            ab::setitem(y.as_ptr(), k.as_ptr(), v.as_ptr())?;
        }
    }
    Ok(y)
}

static mut COPY_ERROR: Obj = null_mut();

unsafe fn copy_error() -> PyResult<*mut PyTypeObject> {
    if COPY_ERROR.is_null() {
        let m = crate::abi::import_module("copy")?;
        let e = ab::getattr_str(m.as_ptr(), "Error")?;
        COPY_ERROR = e.into_raw();
    }
    Ok(COPY_ERROR as *mut PyTypeObject)
}

unsafe fn shallow(x: Obj) -> PyResult<Ref> {
    let t = type_of(x);
    if is_atomic(x) || t == &raw mut tuple::PyTuple_Type || t == &raw mut set::PyFrozenSet_Type {
        return Ok(Ref::borrowed(x));
    }
    if t == &raw mut list::PyList_Type
        || t == &raw mut dict::PyDict_Type
        || t == &raw mut set::PySet_Type
        || t == &raw mut bytearray::PyByteArray_Type
    {
        let f = ab::getattr_str(x, "copy")?;
        return crate::call::call0(f.as_ptr());
    }
    // As CPython: `getattr(cls, "__copy__")(x)`.
    if let Some(f) = ab::lookup_special(x, "__copy__") {
        return crate::call::call1(f.as_ptr(), x);
    }
    rebuild(x, &mut |_| Ok(()), &mut |v| Ok(Ref::borrowed(v)))
}

unsafe extern "C" fn cp_copy(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [x] = super::modules::bind_py_args("copy", args, nargs, kw, &["x"], 1)?;
        shallow(x)
    })())
}

unsafe fn id_key(o: Obj) -> Ref {
    Ref::steal(int::from_i64(o as i64))
}

/// Records `x -> y` in the memo and keeps `x` alive in `memo[id(memo)]`.
unsafe fn memoize(memo: Obj, x: Obj, y: Obj) -> PyResult<()> {
    ab::setitem(memo, id_key(x).as_ptr(), y)?;
    if x == y {
        return Ok(());
    }
    let mk = id_key(memo);
    let keep = match dict::get_item(memo, mk.as_ptr())? {
        Some(l) => Ref::borrowed(l),
        None => {
            let l = Ref::steal(list::with_capacity(0));
            dict::set_item(memo, mk.as_ptr(), l.as_ptr())?;
            l
        }
    };
    let app = ab::getattr_str(keep.as_ptr(), "append")?;
    crate::call::call1(app.as_ptr(), x)?;
    Ok(())
}

unsafe fn deep(x: Obj, memo: Obj) -> PyResult<Ref> {
    let key = id_key(x);
    if let Some(y) = ab::getattr_str(memo, "get")
        .and_then(|g| crate::call::call_vec(g.as_ptr(), &[key.as_ptr(), sentinel()]))
        .map(|y| {
            if y.as_ptr() == sentinel() {
                None
            } else {
                Some(y)
            }
        })?
    {
        return Ok(y);
    }
    crate::call::enter_recursive_call_where(" while calling a Python object")?;
    let r = deep_uncached(x, memo);
    crate::call::leave_recursive_call();
    let y = r?;
    // Recursive tuples may already be memoized by their contents.
    if dict::is_dict(memo) && dict::get_item(memo, key.as_ptr())?.is_none() {
        memoize(memo, x, y.as_ptr())?;
    } else if !dict::is_dict(memo) {
        memoize(memo, x, y.as_ptr())?;
    }
    Ok(y)
}

static mut SENTINEL: Obj = null_mut();

unsafe fn sentinel() -> Obj {
    if SENTINEL.is_null() {
        SENTINEL = list::with_capacity(0);
    }
    SENTINEL
}

unsafe fn deep_uncached(x: Obj, memo: Obj) -> PyResult<Ref> {
    let t = type_of(x);
    if is_atomic(x) {
        return Ok(Ref::borrowed(x));
    }
    if t == &raw mut list::PyList_Type {
        let y = Ref::steal(list::with_capacity(0));
        memoize(memo, x, y.as_ptr())?;
        let mut i = 0;
        while i < list::len(x) {
            let v = Ref::borrowed(list::item(x, i));
            let c = deep(v.as_ptr(), memo)?;
            list::push(y.as_ptr(), c.into_raw());
            i += 1;
        }
        return Ok(y);
    }
    if t == &raw mut tuple::PyTuple_Type {
        let items: Vec<Obj> = tuple::items(x).to_vec();
        let mut out = Vec::with_capacity(items.len());
        for &v in &items {
            out.push(deep(v, memo)?);
        }
        // The tuple may have been copied while copying its contents (a cycle).
        if let Some(y) = dict::get_item(memo, id_key(x).as_ptr())? {
            return Ok(Ref::borrowed(y));
        }
        if out.iter().zip(items.iter()).all(|(a, &b)| a.as_ptr() == b) {
            return Ok(Ref::borrowed(x));
        }
        return Ok(Ref::steal(tuple::from_refs(out)));
    }
    if t == &raw mut dict::PyDict_Type {
        let y = Ref::steal(dict::new_raw());
        memoize(memo, x, y.as_ptr())?;
        for (k, v) in dict::items_vec(x) {
            let (k, v) = (deep(k.as_ptr(), memo)?, deep(v.as_ptr(), memo)?);
            dict::set_item(y.as_ptr(), k.as_ptr(), v.as_ptr())?;
        }
        return Ok(y);
    }
    if t == &raw mut set::PySet_Type || t == &raw mut set::PyFrozenSet_Type {
        let mut items = Vec::new();
        for v in ab::collect(x)? {
            items.push(deep(v.as_ptr(), memo)?);
        }
        let l = Ref::steal(list::from_refs(items));
        return crate::call::call1(t as Obj, l.as_ptr());
    }
    if t == &raw mut bytearray::PyByteArray_Type {
        return crate::call::call1(t as Obj, x);
    }
    if let Some(f) = ab::getattr_opt_str(x, "__deepcopy__")? {
        return crate::call::call1(f.as_ptr(), memo);
    }
    rebuild(x, &mut |y| memoize(memo, x, y), &mut |v| deep(v, memo))
}

unsafe extern "C" fn cp_deepcopy(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [x, memo, _nil] =
            super::modules::bind_py_args("deepcopy", args, nargs, kw, &["x", "memo", "_nil"], 1)?;
        let memo = if memo.is_null() || memo == none::none() {
            Ref::steal(dict::new_raw())
        } else {
            Ref::borrowed(memo)
        };
        deep(x, memo.as_ptr())
    })())
}
