//! `boolobject.h`: the two bool singletons from C truth values.

use molt_runtime::object::*;
use molt_runtime::objects::bool as pybool;
use std::ffi::c_long;

/// `True` when `v` is non-zero, else `False`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyBool_FromLong(v: c_long) -> Obj {
    pybool::from_bool(v != 0).into_raw()
}
