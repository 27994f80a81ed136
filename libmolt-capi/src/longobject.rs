//! `longobject.h`: conversions between C integers and Python ints.

use crate::support::{bad_internal_call, type_error};
use crate::{guard, guard_value};
use molt_runtime::errors::{raise, PyResult};
use molt_runtime::object::*;
use molt_runtime::objects::{exceptions as exc, float, int};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::ffi::{c_char, c_double, c_int, c_long, c_longlong, c_ulong, c_ulonglong};

/// An int from a C long. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromLong(v: c_long) -> Obj {
    int::from_i64(v as i64)
}

/// An int from a C long long. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromLongLong(v: c_longlong) -> Obj {
    int::from_i64(v)
}

/// An int from a Py_ssize_t. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromSsize_t(v: isize) -> Obj {
    int::from_i64(v as i64)
}

/// The value of an int (or an object with `__index__`) as a C long; -1 with
/// OverflowError when it does not fit.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsLong(o: Obj) -> c_long {
    guard_value(-1, || {
        if o.is_null() {
            return Err(bad_internal_call());
        }
        let i = molt_runtime::abstract_::number_index(o)?;
        int::as_i64(i.as_ptr()).map(|v| v as c_long).ok_or_else(|| {
            molt_runtime::errors::raise(
                exc::overflow_error(),
                "Python int too large to convert to C long",
            )
        })
    })
}

/// An int from a C unsigned long. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromUnsignedLong(v: c_ulong) -> Obj {
    int::from_i128(v as i128)
}

/// An int from a C unsigned long long. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromUnsignedLongLong(v: c_ulonglong) -> Obj {
    int::from_i128(v as i128)
}

/// An int from a size_t. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromSize_t(v: usize) -> Obj {
    int::from_i128(v as i128)
}

/// An int from the integral part of a double: OverflowError for infinities, ValueError
/// for NaN. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromDouble(v: c_double) -> Obj {
    guard(|| float::f64_to_int(v))
}

/// Parses an int from a C string in `base` (0, or 2 to 36), like `int(str, base)`.
/// `*pend` (if not NULL) is set past the parsed text (to `str` on error).
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromString(
    s: *const c_char,
    pend: *mut *mut c_char,
    base: c_int,
) -> Obj {
    if !pend.is_null() {
        *pend = s as *mut c_char;
    }
    let r = guard(|| {
        if base != 0 && !(2..=36).contains(&base) {
            return Err(raise(
                exc::value_error(),
                "int() arg 2 must be >= 2 and <= 36",
            ));
        }
        let text = crate::cstr(s);
        match int::parse_int(&text, base as u32) {
            Some(v) => Ok(Ref::steal(int::from_bigint(v))),
            None => {
                let shown: String = text.chars().take(200).collect();
                Err(raise(
                    exc::value_error(),
                    &format!(
                        "invalid literal for int() with base {}: {}",
                        base,
                        molt_runtime::objects::str::repr_of(&shown)
                    ),
                ))
            }
        }
    });
    if !r.is_null() && !pend.is_null() {
        // SAFETY: `s` is NUL-terminated; the whole string was consumed.
        *pend = s.add(std::ffi::CStr::from_ptr(s).to_bytes().len()) as *mut c_char;
    }
    r
}

/// The value of an exact int argument (no `__index__`), as CPython's unsigned and
/// size_t converters require: TypeError "an integer is required" otherwise.
unsafe fn exact_int_value(o: Obj) -> PyResult<BigInt> {
    if o.is_null() {
        return Err(bad_internal_call());
    }
    if !int::is_int(o) {
        return Err(type_error("an integer is required"));
    }
    Ok(int::as_bigint(o))
}

/// The value as a C long long (`__index__` allowed); -1 with OverflowError
/// "int too big to convert" when it does not fit.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsLongLong(o: Obj) -> c_longlong {
    guard_value(-1, || {
        if o.is_null() {
            return Err(bad_internal_call());
        }
        let i = molt_runtime::abstract_::number_index(o)?;
        int::as_i64(i.as_ptr())
            .ok_or_else(|| raise(exc::overflow_error(), "int too big to convert"))
    })
}

/// The value of an int as a Py_ssize_t (no `__index__`); -1 with OverflowError when it
/// does not fit.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsSsize_t(o: Obj) -> isize {
    guard_value(-1, || {
        let v = exact_int_value(o)?;
        v.to_isize().ok_or_else(|| {
            raise(
                exc::overflow_error(),
                "Python int too large to convert to C ssize_t",
            )
        })
    })
}

/// The value of an int as a size_t; (size_t)-1 with OverflowError when negative or too
/// large.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsSize_t(o: Obj) -> usize {
    guard_value(usize::MAX, || {
        let v = exact_int_value(o)?;
        if v.sign() == Sign::Minus {
            return Err(raise(
                exc::overflow_error(),
                "can't convert negative value to size_t",
            ));
        }
        v.to_usize().ok_or_else(|| {
            raise(
                exc::overflow_error(),
                "Python int too large to convert to C size_t",
            )
        })
    })
}

/// The value of an int as a C unsigned long; (unsigned long)-1 with OverflowError when
/// negative or too large.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsUnsignedLong(o: Obj) -> c_ulong {
    guard_value(c_ulong::MAX, || {
        let v = exact_int_value(o)?;
        if v.sign() == Sign::Minus {
            return Err(raise(
                exc::overflow_error(),
                "can't convert negative value to unsigned int",
            ));
        }
        v.to_u64().map(|x| x as c_ulong).ok_or_else(|| {
            raise(
                exc::overflow_error(),
                "Python int too large to convert to C unsigned long",
            )
        })
    })
}

/// The value of an int as a C unsigned long long; (unsigned long long)-1 with
/// OverflowError when negative or too large.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsUnsignedLongLong(o: Obj) -> c_ulonglong {
    guard_value(c_ulonglong::MAX, || {
        let v = exact_int_value(o)?;
        if v.sign() == Sign::Minus {
            return Err(raise(
                exc::overflow_error(),
                "can't convert negative int to unsigned",
            ));
        }
        v.to_u64()
            .ok_or_else(|| raise(exc::overflow_error(), "int too big to convert"))
    })
}

/// The value modulo 2**64 (`__index__` allowed); never raises OverflowError.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsUnsignedLongMask(o: Obj) -> c_ulong {
    guard_value(c_ulong::MAX, || {
        if o.is_null() {
            return Err(bad_internal_call());
        }
        let i = molt_runtime::abstract_::number_index(o)?;
        let v = int::as_bigint(i.as_ptr());
        let (sign, digits) = v.to_u64_digits();
        let low = digits.first().copied().unwrap_or(0);
        Ok(if sign == Sign::Minus {
            low.wrapping_neg()
        } else {
            low
        })
    })
}

/// The value modulo 2**64 as unsigned long long (`__index__` allowed).
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsUnsignedLongLongMask(o: Obj) -> c_ulonglong {
    PyLong_AsUnsignedLongMask(o) as c_ulonglong
}

/// The value of an int as a double; -1.0 with OverflowError when too large.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsDouble(o: Obj) -> c_double {
    guard_value(-1.0, || {
        if o.is_null() {
            return Err(bad_internal_call());
        }
        if !int::is_int(o) {
            return Err(type_error("an integer is required"));
        }
        int::to_f64(o)
    })
}

/// The value as a C long (`__index__` allowed). When it does not fit, returns -1 with
/// `*overflow` set to 1 or -1 and no exception; otherwise `*overflow` is 0.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsLongAndOverflow(o: Obj, overflow: *mut c_int) -> c_long {
    *overflow = 0;
    guard_value(-1, || {
        if o.is_null() {
            return Err(bad_internal_call());
        }
        let i = molt_runtime::abstract_::number_index(o)?;
        match int::as_i64(i.as_ptr()) {
            Some(v) => Ok(v as c_long),
            None => {
                *overflow = if int::as_bigint(i.as_ptr()).sign() == Sign::Minus {
                    -1
                } else {
                    1
                };
                Ok(-1)
            }
        }
    })
}

/// [`PyLong_AsLongAndOverflow`] for long long.
#[no_mangle]
pub unsafe extern "C" fn PyLong_AsLongLongAndOverflow(o: Obj, overflow: *mut c_int) -> c_longlong {
    PyLong_AsLongAndOverflow(o, overflow) as c_longlong
}

/// `int(u, base)` for a str `u`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyLong_FromUnicodeObject(u: Obj, base: c_int) -> Obj {
    guard(|| {
        if u.is_null() || !molt_runtime::objects::str::is_str(u) {
            return Err(crate::support::bad_internal_call());
        }
        if base != 0 && !(2..=36).contains(&base) {
            return Err(raise(
                exc::value_error(),
                "int() arg 2 must be >= 2 and <= 36",
            ));
        }
        match int::parse_int(molt_runtime::objects::str::as_str(u), base as u32) {
            Some(v) => Ok(Ref::steal(int::from_bigint(v))),
            None => {
                let shown = molt_runtime::abstract_::repr(u)?;
                Err(raise(
                    exc::value_error(),
                    &format!(
                        "invalid literal for int() with base {}: {}",
                        base,
                        molt_runtime::objects::str::as_str(shown.as_ptr())
                    ),
                ))
            }
        }
    })
}
