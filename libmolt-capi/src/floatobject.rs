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

/// The value of a float, or of `o.__float__()` (which must return a float), or of
/// `o.__index__()`; -1.0 with TypeError set (`must be real number, not T`) otherwise, as
/// CPython's `PyFloat_AsDouble`.
#[no_mangle]
pub unsafe extern "C" fn PyFloat_AsDouble(o: Obj) -> c_double {
    guard_value(-1.0, || {
        use molt_runtime::objects::{float, int};
        if o.is_null() {
            return Err(molt_runtime::errors::raise(
                molt_runtime::objects::exceptions::system_error(),
                "bad argument to internal function",
            ));
        }
        if float::is_float(o) {
            return Ok(float::value(o));
        }
        let nb = (*type_of(o)).tp_as_number;
        if !nb.is_null() {
            if let Some(f) = (*nb).nb_float {
                let r = molt_runtime::errors::from_raw(f(o))?;
                if !float::is_float(r.as_ptr()) {
                    return Err(molt_runtime::errors::type_error(&format!(
                        "{}.__float__ returned non-float (type {})",
                        molt_runtime::typeobject::obj_type_name(o),
                        molt_runtime::typeobject::obj_type_name(r.as_ptr())
                    )));
                }
                return Ok(float::value(r.as_ptr()));
            }
            if (*nb).nb_index.is_some() {
                let i = molt_runtime::abstract_::number_index(o)?;
                if int::is_int(i.as_ptr()) {
                    return molt_runtime::abstract_::as_f64(i.as_ptr());
                }
            }
        }
        Err(molt_runtime::errors::type_error(&format!(
            "must be real number, not {}",
            molt_runtime::typeobject::obj_type_name(o)
        )))
    })
}
