//! `pyerrors.h`: setting, inspecting and clearing the current exception.

use crate::guard_value;
use molt_runtime::errors;
use molt_runtime::object::*;
use molt_runtime::typeobject::PyTypeObject;
use std::ffi::{c_char, c_int};

/// Raises `tp` with a message (a UTF-8 C string).
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetString(tp: Obj, msg: *const c_char) {
    let _ = guard_value((), || {
        errors::raise(tp as *mut PyTypeObject, &crate::cstr(msg));
        Ok(())
    });
}

/// Raises `tp` with the object `v` as its argument (None: no argument).
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetObject(tp: Obj, v: Obj) {
    let _ = guard_value((), || {
        if v.is_null() || v == molt_runtime::objects::none::none() {
            errors::raise_empty(tp as *mut PyTypeObject);
        } else {
            errors::raise_with(tp as *mut PyTypeObject, v);
        }
        Ok(())
    });
}

/// The current exception's type, or NULL. Return value: borrowed reference.
#[no_mangle]
pub unsafe extern "C" fn PyErr_Occurred() -> Obj {
    let e = errors::current();
    if e.is_null() {
        e
    } else {
        type_of(e) as Obj
    }
}

/// Clears the current exception.
#[no_mangle]
pub unsafe extern "C" fn PyErr_Clear() {
    errors::clear()
}

/// Whether the current exception matches `tp` (a class or tuple of classes).
#[no_mangle]
pub unsafe extern "C" fn PyErr_ExceptionMatches(tp: Obj) -> c_int {
    let e = errors::current();
    if e.is_null() {
        return 0;
    }
    guard_value(0, || {
        molt_runtime::abstract_::isinstance(e, tp).map(|b| b as c_int)
    })
}
