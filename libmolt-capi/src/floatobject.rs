//! `floatobject.h`: the two float conversions extension types need.
// TODO(capi): the rest of floatobject.h (PyFloat_FromString, GetInfo, Pack/Unpack).

use crate::{guard, guard_value};
use molt_runtime::object::*;
use std::ffi::c_double;

/// A float with value `v`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyFloat_FromDouble(v: c_double) -> Obj {
    guard(|| Ok(Ref::steal(molt_runtime::objects::float::from_f64(v))))
}

/// The value of a float, or of `o.__float__()` / `o.__index__()`; -1.0 with TypeError
/// set (`must be real number, not T`) otherwise.
#[no_mangle]
pub unsafe extern "C" fn PyFloat_AsDouble(o: Obj) -> c_double {
    guard_value(-1.0, || molt_runtime::abstract_::as_f64(o))
}
