//! The `math` module.
//! TODO(math): the full module (the stdlib issue); today the constants and a core set.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, float};
use crate::typeobject::*;

static mut MATH_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("sqrt", math_sqrt, METH_O),
    crate::method_def!("floor", math_floor, METH_O),
    crate::method_def!("ceil", math_ceil, METH_O),
    METHOD_SENTINEL,
];

/// Builds the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("math", &raw mut MATH_METHODS as *mut PyMethodDef)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = Ref::steal(float::from_f64(v));
        dict::set_str(d, n, f.as_ptr())?;
    }
    Ok(m)
}

unsafe extern "C" fn math_sqrt(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let v = crate::abstract_::as_f64(x)?;
        if v < 0.0 {
            return Err(crate::errors::value_error("math domain error"));
        }
        Ok(Ref::steal(float::from_f64(v.sqrt())))
    })())
}

unsafe fn to_int_rounding(x: Obj, up: bool) -> PyResult<Ref> {
    if crate::objects::int::is_int(x) {
        return crate::abstract_::number_index(x);
    }
    let name = if up { "__ceil__" } else { "__floor__" };
    if !float::is_float(x) {
        if let Some(m) = crate::abstract_::lookup_special(x, name) {
            return crate::call::call1(m.as_ptr(), x);
        }
    }
    let v = crate::abstract_::as_f64(x)?;
    float::f64_to_int(if up { v.ceil() } else { v.floor() })
}

unsafe extern "C" fn math_floor(_m: Obj, x: Obj) -> Obj {
    into_raw(to_int_rounding(x, false))
}

unsafe extern "C" fn math_ceil(_m: Obj, x: Obj) -> Obj {
    into_raw(to_int_rounding(x, true))
}
