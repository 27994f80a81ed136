//! `complexobject.h`: creating complex numbers, reading their parts, and the C-level
//! arithmetic on `Py_complex` values (`_Py_c_*`). The type and its layout
//! (`PyComplexObject`, `cval` after the header) live in the runtime
//! (`objects/complex.rs`).

use crate::{guard, guard_value};
use molt_runtime::object::*;
use molt_runtime::objects::complex::{self as cx, Py_complex};

/// `PyComplex_FromDoubles`: a new complex `real + imag*j`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyComplex_FromDoubles(real: f64, imag: f64) -> Obj {
    guard(|| Ok(Ref::steal(cx::from_parts(real, imag))))
}

/// `PyComplex_FromCComplex`: a new complex holding `c`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyComplex_FromCComplex(c: Py_complex) -> Obj {
    guard(|| Ok(Ref::steal(cx::from_parts(c.real, c.imag))))
}

/// `PyComplex_RealAsDouble`: the real part of a complex; for any other object its value
/// as a float (`__float__`/`__index__`). `o` is borrowed. -1.0 with an exception on
/// error.
#[no_mangle]
pub unsafe extern "C" fn PyComplex_RealAsDouble(o: Obj) -> f64 {
    guard_value(-1.0, || {
        crate::support::check_nonnull(&[o])?;
        if cx::is_complex(o) {
            return Ok(cx::value(o).real);
        }
        as_double(o)
    })
}

/// `PyComplex_ImagAsDouble`: the imaginary part of a complex; 0.0 for any other object
/// (as CPython 3.12). `o` is borrowed; never fails for a live object.
#[no_mangle]
pub unsafe extern "C" fn PyComplex_ImagAsDouble(o: Obj) -> f64 {
    guard_value(-1.0, || {
        crate::support::check_nonnull(&[o])?;
        if cx::is_complex(o) {
            return Ok(cx::value(o).imag);
        }
        Ok(0.0)
    })
}

/// `PyComplex_AsCComplex`: the value of a complex, of an object's `__complex__`, or of
/// a real number (imaginary part 0). `o` is borrowed. On error the real part is -1.0
/// and an exception is set.
#[no_mangle]
pub unsafe extern "C" fn PyComplex_AsCComplex(o: Obj) -> Py_complex {
    let err = Py_complex {
        real: -1.0,
        imag: 0.0,
    };
    guard_value(err, || {
        crate::support::check_nonnull(&[o])?;
        if cx::is_complex(o) {
            return Ok(cx::value(o));
        }
        if let Some(c) = cx::try_complex_method(o)? {
            return Ok(c);
        }
        Ok(Py_complex {
            real: as_double(o)?,
            imag: 0.0,
        })
    })
}

/// `PyFloat_AsDouble` with its errors ("must be real number, not T").
unsafe fn as_double(o: Obj) -> molt_runtime::errors::PyResult<f64> {
    let v = crate::floatobject::PyFloat_AsDouble(o);
    if v == -1.0 && molt_runtime::errors::occurred() {
        return Err(molt_runtime::errors::Raised);
    }
    Ok(v)
}

fn domain<T>(r: Result<T, cx::CError>, zero: T) -> T {
    match r {
        Ok(v) => v,
        // CPython reports this through errno (EDOM) and returns zeros.
        Err(_) => zero,
    }
}

/// `_Py_c_sum`: `a + b`.
#[no_mangle]
pub extern "C" fn _Py_c_sum(a: Py_complex, b: Py_complex) -> Py_complex {
    cx::c_sum(a, b)
}

/// `_Py_c_diff`: `a - b`.
#[no_mangle]
pub extern "C" fn _Py_c_diff(a: Py_complex, b: Py_complex) -> Py_complex {
    cx::c_diff(a, b)
}

/// `_Py_c_neg`: `-a`.
#[no_mangle]
pub extern "C" fn _Py_c_neg(a: Py_complex) -> Py_complex {
    cx::c_neg(a)
}

/// `_Py_c_prod`: `a * b`.
#[no_mangle]
pub extern "C" fn _Py_c_prod(a: Py_complex, b: Py_complex) -> Py_complex {
    cx::c_prod(a, b)
}

/// `_Py_c_quot`: `a / b`; division by zero gives 0 (CPython also sets errno to EDOM,
/// which Molt does not touch).
#[no_mangle]
pub extern "C" fn _Py_c_quot(a: Py_complex, b: Py_complex) -> Py_complex {
    domain(
        cx::c_quot(a, b),
        Py_complex {
            real: 0.0,
            imag: 0.0,
        },
    )
}

/// `_Py_c_pow`: `a ** b`; zero to a negative or complex power gives 0 (CPython also
/// sets errno to EDOM, which Molt does not touch).
#[no_mangle]
pub extern "C" fn _Py_c_pow(a: Py_complex, b: Py_complex) -> Py_complex {
    domain(
        cx::c_pow(a, b),
        Py_complex {
            real: 0.0,
            imag: 0.0,
        },
    )
}

/// `_Py_c_abs`: `abs(a)` (infinity when it overflows).
#[no_mangle]
pub extern "C" fn _Py_c_abs(a: Py_complex) -> f64 {
    cx::c_abs(a).unwrap_or(f64::INFINITY)
}
