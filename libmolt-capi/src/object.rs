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
