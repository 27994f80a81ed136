//! `floatobject.h`: creating floats and reading them as C doubles.

use crate::support::{bad_internal_call, tname, type_error};
use crate::{guard, guard_value};
use molt_runtime::errors::raise;
use molt_runtime::object::*;
use molt_runtime::objects::{bytes, exceptions as exc, float, str as pystr};
use std::ffi::c_double;

/// A float from a C double. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyFloat_FromDouble(v: c_double) -> Obj {
    float::from_f64(v)
}

/// The value of a float as a C double; other objects through `__float__`, then
/// `__index__`. -1.0 with TypeError "must be real number, not T" otherwise.
#[no_mangle]
pub unsafe extern "C" fn PyFloat_AsDouble(o: Obj) -> c_double {
    guard_value(-1.0, || {
        if o.is_null() {
            return Err(bad_internal_call());
        }
        if float::is_float(o) {
            return Ok(float::value(o));
        }
        let nb = (*type_of(o)).tp_as_number;
        if nb.is_null() || ((*nb).nb_float.is_none() && (*nb).nb_index.is_none()) {
            return Err(type_error(&format!(
                "must be real number, not {}",
                tname(o)
            )));
        }
        let f = molt_runtime::abstract_::number_float(o)?;
        Ok(float::value(f.as_ptr()))
    })
}

/// `float(s)` for a str or bytes `s`: ValueError "could not convert string to float: ..."
/// when it is not a number. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyFloat_FromString(s: Obj) -> Obj {
    guard(|| {
        if s.is_null() {
            return Err(bad_internal_call());
        }
        let text: String = if pystr::is_str(s) {
            pystr::as_str(s).to_string()
        } else if let Some(b) = bytes::bytes_like(s) {
            String::from_utf8_lossy(b).into_owned()
        } else {
            return Err(type_error(&format!(
                "float() argument must be a string or a real number, not '{}'",
                tname(s)
            )));
        };
        match float::parse_float(&text) {
            Some(v) => Ok(Ref::steal(float::from_f64(v))),
            None => {
                let shown = if pystr::is_str(s) {
                    pystr::repr_of(&text)
                } else {
                    molt_runtime::abstract_::repr(s)
                        .map(|r| pystr::as_str(r.as_ptr()).to_string())?
                };
                Err(raise(
                    exc::value_error(),
                    &format!("could not convert string to float: {}", shown),
                ))
            }
        }
    })
}
