//! `descrobject.h`: creating descriptors for a type's C tables by hand
//! (`PyDescr_NewMethod`, ...). `PyType_Ready` creates the same descriptors for
//! `tp_methods`, `tp_members` and `tp_getset`.

use crate::guard;
use molt_runtime::object::*;
use molt_runtime::objects::descr;
use molt_runtime::typeobject::{PyGetSetDef, PyMemberDef, PyMethodDef, PyTypeObject};

/// A `method_descriptor` for `method` on `tp`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDescr_NewMethod(tp: *mut PyTypeObject, method: *mut PyMethodDef) -> Obj {
    guard(|| Ok(descr::new_method_descr_plain(tp, method, false)))
}

/// A `classmethod_descriptor` for `method` on `tp` (binds the class). Return value:
/// new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDescr_NewClassMethod(
    tp: *mut PyTypeObject,
    method: *mut PyMethodDef,
) -> Obj {
    guard(|| Ok(descr::new_method_descr_plain(tp, method, true)))
}

/// A `member_descriptor` for `member` on `tp`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDescr_NewMember(tp: *mut PyTypeObject, member: *mut PyMemberDef) -> Obj {
    guard(|| Ok(descr::new_member_descr(tp, member)))
}

/// A `getset_descriptor` for `getset` on `tp`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDescr_NewGetSet(tp: *mut PyTypeObject, getset: *mut PyGetSetDef) -> Obj {
    guard(|| descr::new_getset_descr(tp, getset))
}

/// The value of the member `m` of the object at `addr` (CPython's `PyMember_GetOne`).
/// Return value: new reference, or NULL with an exception.
#[no_mangle]
pub unsafe extern "C" fn PyMember_GetOne(
    addr: *const std::ffi::c_char,
    m: *mut PyMemberDef,
) -> Obj {
    guard(|| {
        let obj = addr as Obj;
        let d = descr::new_member_descr(type_of(obj), m);
        let get = (*type_of(d.as_ptr()))
            .tp_descr_get
            .expect("member descriptors get");
        molt_runtime::errors::from_raw(get(d.as_ptr(), obj, type_of(obj) as Obj))
    })
}

/// Stores `v` in the member `m` of the object at `addr` (`PyMember_SetOne`; `v` NULL
/// deletes). Returns 0 or -1 with an exception.
#[no_mangle]
pub unsafe extern "C" fn PyMember_SetOne(
    addr: *mut std::ffi::c_char,
    m: *mut PyMemberDef,
    v: Obj,
) -> std::ffi::c_int {
    crate::guard_status(|| {
        let obj = addr as Obj;
        let d = descr::new_member_descr(type_of(obj), m);
        let set = (*type_of(d.as_ptr()))
            .tp_descr_set
            .expect("member descriptors set");
        molt_runtime::errors::from_status(set(d.as_ptr(), obj, v))
    })
}
