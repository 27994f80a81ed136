//! `None`, `NotImplemented` and `Ellipsis`: immortal singletons with their own types.

use crate::object::*;
use crate::typeobject::*;

#[no_mangle]
pub static mut _PyNone_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(none_repr),
    tp_hash: Some(crate::objects::object::identity_hash),
    tp_as_number: &raw mut NONE_AS_NUMBER,
    tp_new: Some(none_new),
    ..PyTypeObject::new_static(c"NoneType", std::mem::size_of::<PyObject>(), 0)
};

static mut NONE_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_bool: Some(none_bool),
    ..PyNumberMethods::EMPTY
};

#[no_mangle]
pub static mut _PyNotImplemented_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(notimpl_repr),
    tp_hash: Some(crate::objects::object::identity_hash),
    ..PyTypeObject::new_static(c"NotImplementedType", std::mem::size_of::<PyObject>(), 0)
};

#[no_mangle]
pub static mut PyEllipsis_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(ellipsis_repr),
    tp_hash: Some(crate::objects::object::identity_hash),
    ..PyTypeObject::new_static(c"ellipsis", std::mem::size_of::<PyObject>(), 0)
};

/// `None`, CPython's `_Py_NoneStruct`.
#[no_mangle]
pub static mut _Py_NoneStruct: PyObject = static_header(&raw mut _PyNone_Type);
/// `NotImplemented`.
#[no_mangle]
pub static mut _Py_NotImplementedStruct: PyObject = static_header(&raw mut _PyNotImplemented_Type);
/// `Ellipsis`.
#[no_mangle]
pub static mut _Py_EllipsisObject: PyObject = static_header(&raw mut PyEllipsis_Type);

/// Borrowed `None`.
#[inline]
pub fn none() -> Obj {
    &raw mut _Py_NoneStruct
}

/// `None` as an owned reference (free: it is immortal).
#[inline]
pub fn none_ref() -> Ref {
    // SAFETY: None is an immortal static.
    unsafe { Ref::steal(none()) }
}

/// Borrowed `NotImplemented`.
#[inline]
pub fn not_implemented() -> Obj {
    &raw mut _Py_NotImplementedStruct
}

/// Borrowed `Ellipsis`.
#[inline]
pub fn ellipsis() -> Obj {
    &raw mut _Py_EllipsisObject
}

unsafe extern "C" fn none_repr(_: Obj) -> Obj {
    crate::objects::str::from_str("None")
}
unsafe extern "C" fn none_bool(_: Obj) -> i32 {
    0
}
unsafe extern "C" fn none_new(_: *mut PyTypeObject, _: Obj, _: Obj) -> Obj {
    none()
}
unsafe extern "C" fn notimpl_repr(_: Obj) -> Obj {
    crate::objects::str::from_str("NotImplemented")
}
unsafe extern "C" fn ellipsis_repr(_: Obj) -> Obj {
    crate::objects::str::from_str("Ellipsis")
}
