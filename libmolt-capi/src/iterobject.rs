//! `iterobject.h` / `abstract.h`'s iterator protocol: advancing iterators from C.

use crate::guard_value;
use crate::support::tname;
use molt_runtime::object::*;
use std::ffi::c_int;

/// `next(it)`: the next item, or NULL at the end *without* an exception set (StopIteration
/// is consumed); NULL with the exception on error. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyIter_Next(it: Obj) -> Obj {
    guard_value(std::ptr::null_mut(), || {
        if (*type_of(it)).tp_iternext.is_none() {
            return Err(crate::support::type_error(&format!(
                "'{}' object is not an iterator",
                tname(it)
            )));
        }
        Ok(molt_runtime::abstract_::iter_next(it)?.map_or(std::ptr::null_mut(), |r| r.into_raw()))
    })
}

/// Whether `o` is an iterator (its type has `tp_iternext`).
#[no_mangle]
pub unsafe extern "C" fn PyIter_Check(o: Obj) -> c_int {
    (*type_of(o)).tp_iternext.is_some() as c_int
}

/// `iter(callable, sentinel)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyCallIter_New(callable: Obj, sentinel: Obj) -> Obj {
    molt_runtime::objects::iter::call_iter_new(callable, sentinel)
}
