//! `object.h`: reference counting entry points and the generic object protocol.

use crate::{guard, guard_status, guard_value};
use molt_runtime::abstract_ as ab;
use molt_runtime::object::*;
use molt_runtime::typeobject::{is_subtype, PyTypeObject};
use std::ffi::{c_char, c_int};

/// Deallocates an object whose count reached zero (called by the inline `Py_DECREF`).
#[no_mangle]
pub unsafe extern "C" fn _Py_Dealloc(o: Obj) {
    dealloc(o)
}

/// `Py_IncRef`: NULL allowed.
#[no_mangle]
pub unsafe extern "C" fn Py_IncRef(o: Obj) {
    xincref(o)
}

/// `Py_DecRef`: NULL allowed.
#[no_mangle]
pub unsafe extern "C" fn Py_DecRef(o: Obj) {
    xdecref(o)
}

/// Whether `a` is `b` or a subtype of it.
#[no_mangle]
pub unsafe extern "C" fn PyType_IsSubtype(a: *mut PyTypeObject, b: *mut PyTypeObject) -> c_int {
    is_subtype(a, b) as c_int
}

/// `repr(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Repr(o: Obj) -> Obj {
    guard(|| ab::repr(o))
}

/// `str(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Str(o: Obj) -> Obj {
    guard(|| ab::str(o))
}

/// `o.name`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GetAttr(o: Obj, name: Obj) -> Obj {
    guard(|| ab::getattr(o, name))
}

/// `o.name` with a C string name. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GetAttrString(o: Obj, name: *const c_char) -> Obj {
    guard(|| ab::getattr_str(o, &crate::cstr(name)))
}

/// `o.name = v` (`v` NULL deletes). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_SetAttr(o: Obj, name: Obj, v: Obj) -> c_int {
    guard_status(|| ab::setattr(o, name, v))
}

/// `o.name = v` with a C string name. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_SetAttrString(o: Obj, name: *const c_char, v: Obj) -> c_int {
    guard_status(|| {
        let n = molt_runtime::objects::str::from_string(crate::cstr(name).into_owned());
        ab::setattr(o, n.as_ptr(), v)
    })
}

/// `o(*args, **kwargs)`: `args` a tuple, `kwargs` a dict or NULL. New reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Call(f: Obj, args: Obj, kwargs: Obj) -> Obj {
    guard(|| molt_runtime::call::call_tuple_dict(f, args, kwargs))
}

/// Truth value: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PyObject_IsTrue(o: Obj) -> c_int {
    guard_value(-1, || ab::is_true(o).map(|b| b as c_int))
}

use crate::support::{check_nonnull, null_error, str_from_c, tname, type_error};
use molt_runtime::objects::{bytes, exceptions as exc, tuple};

/// `hasattr(o, name)`: 1 or 0; any exception raised by the lookup is discarded.
#[no_mangle]
pub unsafe extern "C" fn PyObject_HasAttr(o: Obj, name: Obj) -> c_int {
    match catch_lookup(|| ab::getattr(o, name)) {
        Some(_) => 1,
        None => 0,
    }
}

/// [`PyObject_HasAttr`] with a UTF-8 C string name.
#[no_mangle]
pub unsafe extern "C" fn PyObject_HasAttrString(o: Obj, name: *const c_char) -> c_int {
    match catch_lookup(|| ab::getattr_str(o, &crate::cstr(name))) {
        Some(_) => 1,
        None => 0,
    }
}

unsafe fn catch_lookup(f: impl FnOnce() -> molt_runtime::errors::PyResult<Ref>) -> Option<Ref> {
    let r = guard(f);
    if r.is_null() {
        molt_runtime::errors::clear();
        None
    } else {
        Some(Ref::steal(r))
    }
}

/// `del o.name`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_DelAttr(o: Obj, name: Obj) -> c_int {
    guard_status(|| ab::setattr(o, name, std::ptr::null_mut()))
}

/// `del o.name` with a UTF-8 C string name. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_DelAttrString(o: Obj, name: *const c_char) -> c_int {
    guard_status(|| {
        let n = str_from_c(name);
        ab::setattr(o, n.as_ptr(), std::ptr::null_mut())
    })
}

/// `v OP w` for `Py_LT`..`Py_GE`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_RichCompare(v: Obj, w: Obj, op: c_int) -> Obj {
    guard(|| {
        check_nonnull(&[v, w])?;
        if !(0..=5).contains(&op) {
            return Err(crate::support::bad_internal_call());
        }
        ab::richcompare(v, w, op)
    })
}

/// `v OP w` as 1 / 0, or -1 on error. As in CPython, identical objects are equal for
/// `Py_EQ` and not unequal for `Py_NE` without calling `__eq__`.
#[no_mangle]
pub unsafe extern "C" fn PyObject_RichCompareBool(v: Obj, w: Obj, op: c_int) -> c_int {
    if v == w && !v.is_null() {
        if op == 2 {
            return 1;
        }
        if op == 3 {
            return 0;
        }
    }
    guard_value(-1, || {
        check_nonnull(&[v, w])?;
        ab::compare_bool(v, w, op).map(|b| b as c_int)
    })
}

/// `not o`: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Not(o: Obj) -> c_int {
    guard_value(-1, || ab::is_true(o).map(|b| !b as c_int))
}

/// `hash(o)`; -1 with TypeError "unhashable type: 'T'".
#[no_mangle]
pub unsafe extern "C" fn PyObject_Hash(o: Obj) -> isize {
    guard_value(-1, || ab::hash(o))
}

/// `len(o)`; -1 with an exception.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Size(o: Obj) -> isize {
    guard_value(-1, || {
        check_nonnull(&[o])?;
        ab::length(o).map(|n| n as isize)
    })
}

/// Same as [`PyObject_Size`].
#[no_mangle]
pub unsafe extern "C" fn PyObject_Length(o: Obj) -> isize {
    PyObject_Size(o)
}

/// `o[key]`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GetItem(o: Obj, key: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o, key])?;
        ab::getitem(o, key)
    })
}

/// `o[key] = v`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_SetItem(o: Obj, key: Obj, v: Obj) -> c_int {
    guard_status(|| {
        check_nonnull(&[o, key, v])?;
        ass_item(o, key, v)
    })
}

/// `del o[key]`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_DelItem(o: Obj, key: Obj) -> c_int {
    guard_status(|| {
        check_nonnull(&[o, key])?;
        ass_item(o, key, std::ptr::null_mut())
    })
}

/// `del o[key]` with a UTF-8 C string key. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyObject_DelItemString(o: Obj, key: *const c_char) -> c_int {
    guard_status(|| {
        check_nonnull(&[o])?;
        let k = str_from_c(key);
        ass_item(o, k.as_ptr(), std::ptr::null_mut())
    })
}

/// `iter(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GetIter(o: Obj) -> Obj {
    guard(|| ab::get_iter(o))
}

/// `isinstance(o, cls)`: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PyObject_IsInstance(o: Obj, cls: Obj) -> c_int {
    guard_value(-1, || ab::isinstance(o, cls).map(|b| b as c_int))
}

/// `issubclass(c, cls)`: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PyObject_IsSubclass(c: Obj, cls: Obj) -> c_int {
    guard_value(-1, || ab::issubclass(c, cls).map(|b| b as c_int))
}

/// `type(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Type(o: Obj) -> Obj {
    if o.is_null() {
        null_error();
        return std::ptr::null_mut();
    }
    new_ref(type_of(o) as Obj)
}

/// `f(*args)`: `args` a tuple or NULL (no arguments). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_CallObject(f: Obj, args: Obj) -> Obj {
    guard(|| {
        if args.is_null() {
            return molt_runtime::call::call0(f);
        }
        if !tuple::is_tuple(args) {
            return Err(type_error("argument list must be a tuple"));
        }
        molt_runtime::call::call_tuple_dict(f, args, std::ptr::null_mut())
    })
}

/// `f()`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_CallNoArgs(f: Obj) -> Obj {
    guard(|| molt_runtime::call::call0(f))
}

/// `f(arg)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_CallOneArg(f: Obj, arg: Obj) -> Obj {
    guard(|| molt_runtime::call::call1(f, arg))
}

/// Whether `o` is callable: 1 or 0.
#[no_mangle]
pub unsafe extern "C" fn PyCallable_Check(o: Obj) -> c_int {
    (!o.is_null() && molt_runtime::call::is_callable(o)) as c_int
}

/// `format(o, spec)` (`spec` NULL: ""). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Format(o: Obj, spec: Obj) -> Obj {
    guard(|| {
        let empty;
        let spec = if spec.is_null() {
            empty = Ref::steal(molt_runtime::objects::str::from_str(""));
            empty.as_ptr()
        } else {
            spec
        };
        if !molt_runtime::objects::str::is_str(spec) {
            return Err(molt_runtime::errors::raise(
                molt_runtime::objects::exceptions::system_error(),
                &format!("Format specifier must be a string, not {}", tname(spec)),
            ));
        }
        molt_runtime::format::format(o, spec)
    })
}

/// `ascii(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_ASCII(o: Obj) -> Obj {
    guard(|| ab::ascii(o))
}

/// CPython's `PyObject_SetItem` / `PyObject_DelItem` (`v` NULL) dispatch and wording:
/// the mapping slot, else an index through the sequence slot, else a TypeError.
unsafe fn ass_item(o: Obj, key: Obj, v: Obj) -> molt_runtime::errors::PyResult<()> {
    let tp = type_of(o);
    let mp = (*tp).tp_as_mapping;
    if !mp.is_null() && (*mp).mp_ass_subscript.is_some() {
        return ab::setitem(o, key, v);
    }
    let sq = (*tp).tp_as_sequence;
    if !sq.is_null() {
        let nb = (*type_of(key)).tp_as_number;
        if !nb.is_null() && (*nb).nb_index.is_some() {
            let i = ab::index_for_sequence(key, "sequence")?;
            let r = if v.is_null() {
                crate::abstract_::PySequence_DelItem(o, i)
            } else {
                crate::abstract_::PySequence_SetItem(o, i, v)
            };
            return molt_runtime::errors::from_status(r);
        }
        if (*sq).sq_ass_item.is_some() {
            return Err(type_error(&format!(
                "sequence index must be integer, not '{}'",
                tname(key)
            )));
        }
    }
    Err(type_error(&format!(
        "'{}' object does not support item {}",
        tname(o),
        if v.is_null() {
            "deletion"
        } else {
            "assignment"
        }
    )))
}

/// `iter(o)` for an iterator: `o` itself. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_SelfIter(o: Obj) -> Obj {
    new_ref(o)
}

/// `bytes(o)` as CPython's `PyObject_Bytes`: bytes unchanged, `__bytes__`, else the
/// buffer or iterable contents (never an int's size or a str). Return value: new
/// reference.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Bytes(o: Obj) -> Obj {
    guard(|| {
        if o.is_null() {
            return Ok(Ref::steal(bytes::from_bytes(b"<NULL>")));
        }
        if type_of(o) == &raw mut bytes::PyBytes_Type {
            return Ok(Ref::borrowed(o));
        }
        if let Some(f) = molt_runtime::abstract_::lookup_special(o, "__bytes__") {
            let r = molt_runtime::call::call1(f.as_ptr(), o)?;
            if !bytes::is_bytes(r.as_ptr()) {
                return Err(type_error(&format!(
                    "__bytes__ returned non-bytes (type {})",
                    tname(r.as_ptr())
                )));
            }
            return Ok(r);
        }
        if molt_runtime::objects::int::is_int(o) || molt_runtime::objects::str::is_str(o) {
            return Err(type_error(&format!(
                "cannot convert '{}' object to bytes",
                tname(o)
            )));
        }
        if bytes::bytes_like(o).is_none() {
            if let Err(e) = molt_runtime::abstract_::get_iter(o) {
                if molt_runtime::errors::matches(exc::type_error()) {
                    molt_runtime::errors::clear();
                    return Err(type_error(&format!(
                        "cannot convert '{}' object to bytes",
                        tname(o)
                    )));
                }
                return Err(e);
            }
        }
        molt_runtime::call::call1(&raw mut bytes::PyBytes_Type as Obj, o)
    })
}
