//! `bool`: a subclass of int with the two immortal instances `True` and `False`.

use crate::object::*;
use crate::objects::int::{PyLongObject, PyLong_Type};
use crate::typeobject::*;
use std::ptr::null_mut;

#[no_mangle]
pub static mut PyBool_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(bool_repr),
    tp_base: &raw mut PyLong_Type,
    tp_as_number: &raw mut BOOL_AS_NUMBER,
    tp_new: Some(bool_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_LONG_SUBCLASS,
    ..PyTypeObject::new_static(c"bool", std::mem::size_of::<PyLongObject>(), 0)
};

static mut BOOL_AS_NUMBER: PyNumberMethods = PyNumberMethods::EMPTY;

/// `False`, CPython's `_Py_FalseStruct`.
#[no_mangle]
pub static mut _Py_FalseStruct: PyLongObject = PyLongObject {
    ob_base: static_header(&raw mut PyBool_Type),
    small: 0,
    big: null_mut(),
};
/// `True`, CPython's `_Py_TrueStruct`.
#[no_mangle]
pub static mut _Py_TrueStruct: PyLongObject = PyLongObject {
    ob_base: static_header(&raw mut PyBool_Type),
    small: 1,
    big: null_mut(),
};

/// `True` or `False` (immortal, so the returned `Ref` costs nothing).
#[inline]
pub fn from_bool(b: bool) -> Ref {
    // SAFETY: the bool singletons are immortal statics.
    unsafe {
        Ref::steal(if b {
            &raw mut _Py_TrueStruct as Obj
        } else {
            &raw mut _Py_FalseStruct as Obj
        })
    }
}

/// Borrowed `True`.
pub fn true_obj() -> Obj {
    &raw mut _Py_TrueStruct as Obj
}

/// Borrowed `False`.
pub fn false_obj() -> Obj {
    &raw mut _Py_FalseStruct as Obj
}

unsafe extern "C" fn bool_repr(o: Obj) -> Obj {
    crate::objects::str::from_str(if o == true_obj() { "True" } else { "False" })
}

unsafe extern "C" fn bool_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    crate::errors::into_raw((|| {
        let [x] = crate::args::parse_tuple_positional::<0, 1>("bool", args, kwargs)?;
        if x.is_null() {
            return Ok(from_bool(false));
        }
        Ok(from_bool(crate::abstract_::is_true(x)?))
    })())
}

/// Sets the bool-specific number slots (`&`, `|`, `^` keep bool results via int's
/// slots, which check for two bools). Called once at start-up.
///
/// # Safety
/// Start-up only.
pub unsafe fn init() {
    BOOL_AS_NUMBER = PyNumberMethods {
        ..std::ptr::read(&raw const crate::objects::int::INT_AS_NUMBER)
    };
}
