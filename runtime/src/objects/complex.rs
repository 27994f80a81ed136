//! `complex`: CPython 3.12's `PyComplexObject` layout (`cval` = `{real, imag}` after the
//! header), the constructor (numbers, strings, `__complex__`), CPython's repr, hash,
//! equality and arithmetic (`+ - * / **`, `abs`, `-`, `+`), `real`/`imag`/`conjugate`.
//!
//! The arithmetic follows the C-API's `_Py_c_*` functions, so results (including
//! infinities, NaNs and signed zeros) are those of CPython.
//! TODO(complex): `format()` with a non-empty spec, `__getnewargs__`, imaginary literals
//! (`1j`, refused by the compiler today).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{exceptions, float, int, str as pystr};
use crate::typeobject::*;
use std::ffi::c_void;
use std::ptr::null_mut;

/// CPython's `Py_complex`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Py_complex {
    pub real: f64,
    pub imag: f64,
}

/// CPython's `PyComplexObject`.
#[repr(C)]
pub struct PyComplexObject {
    pub ob_base: PyObject,
    pub cval: Py_complex,
}

#[no_mangle]
pub static mut PyComplex_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(complex_repr),
    tp_hash: Some(complex_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(complex_richcompare),
    tp_as_number: &raw mut COMPLEX_AS_NUMBER,
    tp_methods: &raw mut COMPLEX_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut COMPLEX_GETSET as *mut PyGetSetDef,
    tp_new: Some(complex_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"complex", std::mem::size_of::<PyComplexObject>(), 0)
};

static mut COMPLEX_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_add: Some(complex_add),
    nb_subtract: Some(complex_sub),
    nb_multiply: Some(complex_mul),
    nb_power: Some(complex_pow),
    nb_negative: Some(complex_neg),
    nb_positive: Some(complex_pos),
    nb_absolute: Some(complex_abs),
    nb_bool: Some(complex_bool),
    nb_true_divide: Some(complex_div),
    ..PyNumberMethods::EMPTY
};

static mut COMPLEX_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("conjugate", complex_conjugate, METH_NOARGS),
    crate::method_def!("__complex__", complex_complex, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut COMPLEX_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"real", Some(complex_get_real), None),
    getset_def(c"imag", Some(complex_get_imag), None),
    getset_def_end(),
];

/// Whether `o` is a complex or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_complex(o: Obj) -> bool {
    let t = type_of(o);
    t == &raw mut PyComplex_Type || is_subtype(t, &raw mut PyComplex_Type)
}

/// The value of a complex.
///
/// # Safety
/// `o` is a complex.
#[inline]
pub unsafe fn value(o: Obj) -> Py_complex {
    (*(o as *mut PyComplexObject)).cval
}

/// A new complex of type `tp` (complex or a subclass). New reference.
///
/// # Safety
/// `tp` is complex or a subtype.
pub unsafe fn new_of_type(tp: *mut PyTypeObject, c: Py_complex) -> PyResult<Ref> {
    let o = if tp == &raw mut PyComplex_Type {
        alloc_object(tp, std::mem::size_of::<PyComplexObject>())
    } else {
        let alloc = (*tp).tp_alloc;
        match alloc {
            Some(f) => f(tp, 0),
            None => alloc_object(tp, (*tp).tp_basicsize as usize),
        }
    };
    if o.is_null() {
        return Err(Raised);
    }
    (*(o as *mut PyComplexObject)).cval = c;
    Ok(Ref::steal(o))
}

/// A new complex. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_parts(real: f64, imag: f64) -> Obj {
    let o = alloc_object(
        &raw mut PyComplex_Type,
        std::mem::size_of::<PyComplexObject>(),
    );
    (*(o as *mut PyComplexObject)).cval = Py_complex { real, imag };
    o
}

// ---- the arithmetic of Py_complex (CPython's _Py_c_*) --------------------------------

/// Why an operation failed (CPython reports these through errno).
#[derive(Debug, PartialEq)]
pub enum CError {
    /// Division by zero, or zero to a negative or complex power (EDOM).
    Domain,
}

pub fn c_sum(a: Py_complex, b: Py_complex) -> Py_complex {
    Py_complex {
        real: a.real + b.real,
        imag: a.imag + b.imag,
    }
}

pub fn c_diff(a: Py_complex, b: Py_complex) -> Py_complex {
    Py_complex {
        real: a.real - b.real,
        imag: a.imag - b.imag,
    }
}

pub fn c_neg(a: Py_complex) -> Py_complex {
    Py_complex {
        real: -a.real,
        imag: -a.imag,
    }
}

pub fn c_prod(a: Py_complex, b: Py_complex) -> Py_complex {
    Py_complex {
        real: a.real * b.real - a.imag * b.imag,
        imag: a.real * b.imag + a.imag * b.real,
    }
}

/// `a / b` by Smith's method: scale by the larger component of `b` to avoid overflow.
pub fn c_quot(a: Py_complex, b: Py_complex) -> Result<Py_complex, CError> {
    let (br, bi) = (b.real.abs(), b.imag.abs());
    if br >= bi {
        if br == 0.0 {
            return Err(CError::Domain);
        }
        let ratio = b.imag / b.real;
        let denom = b.real + b.imag * ratio;
        Ok(Py_complex {
            real: (a.real + a.imag * ratio) / denom,
            imag: (a.imag - a.real * ratio) / denom,
        })
    } else if bi >= br {
        let ratio = b.real / b.imag;
        let denom = b.real * ratio + b.imag;
        Ok(Py_complex {
            real: (a.real * ratio + a.imag) / denom,
            imag: (a.imag * ratio - a.real) / denom,
        })
    } else {
        // A component of b is a NaN.
        Ok(Py_complex {
            real: f64::NAN,
            imag: f64::NAN,
        })
    }
}

/// `a ** b` through polar form.
pub fn c_pow(a: Py_complex, b: Py_complex) -> Result<Py_complex, CError> {
    if b.real == 0.0 && b.imag == 0.0 {
        return Ok(Py_complex {
            real: 1.0,
            imag: 0.0,
        });
    }
    if a.real == 0.0 && a.imag == 0.0 {
        if b.imag != 0.0 || b.real < 0.0 {
            return Err(CError::Domain);
        }
        return Ok(Py_complex {
            real: 0.0,
            imag: 0.0,
        });
    }
    let vabs = a.real.hypot(a.imag);
    let mut len = vabs.powf(b.real);
    let at = a.imag.atan2(a.real);
    let mut phase = at * b.real;
    if b.imag != 0.0 {
        len /= (at * b.imag).exp();
        phase += b.imag * vabs.ln();
    }
    Ok(Py_complex {
        real: len * phase.cos(),
        imag: len * phase.sin(),
    })
}

/// `x ** n` for a non-negative integer `n` by repeated squaring.
fn c_powu(x: Py_complex, n: i64) -> Py_complex {
    let mut r = Py_complex {
        real: 1.0,
        imag: 0.0,
    };
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: Py_complex, n: i64) -> Result<Py_complex, CError> {
    if n > 0 {
        Ok(c_powu(x, n))
    } else {
        c_quot(
            Py_complex {
                real: 1.0,
                imag: 0.0,
            },
            c_powu(x, -n),
        )
    }
}

/// `abs(z)`; None when the result overflows from finite parts.
pub fn c_abs(z: Py_complex) -> Option<f64> {
    if !z.real.is_finite() || !z.imag.is_finite() {
        if z.real.is_infinite() || z.imag.is_infinite() {
            return Some(f64::INFINITY);
        }
        return Some(f64::NAN);
    }
    let r = z.real.hypot(z.imag);
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

// ---- conversions ------------------------------------------------------------------------

/// An operand of a binary operation as a complex: complex, int or float; None for any
/// other type (the operation returns NotImplemented).
unsafe fn operand(o: Obj) -> PyResult<Option<Py_complex>> {
    if is_complex(o) {
        return Ok(Some(value(o)));
    }
    match float::coerce(o)? {
        Some(x) => Ok(Some(Py_complex { real: x, imag: 0.0 })),
        None => Ok(None),
    }
}

/// A value's `__complex__` result (a complex), if its type defines one.
///
/// # Safety
/// `o` is live.
pub unsafe fn try_complex_method(o: Obj) -> PyResult<Option<Py_complex>> {
    let Some(m) = crate::abstract_::lookup_special(o, "__complex__") else {
        return Ok(None);
    };
    let r = crate::call::call1(m.as_ptr(), o)?;
    if !is_complex(r.as_ptr()) {
        return Err(crate::errors::type_error(&format!(
            "__complex__ returned non-complex (type {})",
            obj_type_name(r.as_ptr())
        )));
    }
    Ok(Some(value(r.as_ptr())))
}

/// `PyComplex_AsCComplex`: a complex, an object with `__complex__`, or a real number
/// (through `__float__`/`__index__`).
///
/// # Safety
/// `o` is live.
pub unsafe fn as_ccomplex(o: Obj) -> PyResult<Py_complex> {
    if is_complex(o) {
        return Ok(value(o));
    }
    if let Some(c) = try_complex_method(o)? {
        return Ok(c);
    }
    let x = crate::abstract_::as_f64(o)?;
    Ok(Py_complex { real: x, imag: 0.0 })
}

/// Parses CPython's complex string forms: `1`, `2j`, `1+2j`, `(1-2.5e3j)`, `-j`,
/// `inf+nanj`, with optional surrounding whitespace and parentheses.
fn parse_complex(text: &str) -> Option<Py_complex> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    if s.is_empty() {
        return None;
    }
    let b = s.as_bytes();
    // Find where the real part ends: a sign that does not follow an exponent marker.
    let mut split = None;
    for i in 1..b.len() {
        if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
            split = Some(i);
        }
    }
    let imag_of = |t: &str| -> Option<f64> {
        let t = t.strip_suffix(['j', 'J'])?;
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ if t.ends_with(['+', '-']) => None,
            _ => float_part(t),
        }
    };
    if s.ends_with(['j', 'J']) {
        match split {
            Some(i) => Some(Py_complex {
                real: float_part(&s[..i])?,
                imag: imag_of(&s[i..])?,
            }),
            None => Some(Py_complex {
                real: 0.0,
                imag: imag_of(s)?,
            }),
        }
    } else {
        Some(Py_complex {
            real: float_part(s)?,
            imag: 0.0,
        })
    }
}

fn float_part(t: &str) -> Option<f64> {
    if t.is_empty() || t.contains(|c: char| c.is_whitespace() || c == '_') {
        return None;
    }
    float::parse_float(t)
}

unsafe fn complex_from_string(s: Obj) -> PyResult<Py_complex> {
    parse_complex(pystr::as_str(s))
        .ok_or_else(|| crate::errors::value_error("complex() arg is a malformed string"))
}

unsafe fn is_number_like(o: Obj) -> bool {
    let nb = (*type_of(o)).tp_as_number;
    !nb.is_null() && ((*nb).nb_float.is_some() || (*nb).nb_index.is_some())
}

unsafe extern "C" fn complex_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [r, i] = crate::args::parse_tuple::<0, 2>("complex", args, kwargs, &["real", "imag"])?;
        if r.is_null() && i.is_null() {
            return new_of_type(
                tp,
                Py_complex {
                    real: 0.0,
                    imag: 0.0,
                },
            );
        }
        // complex(z) of an exact complex is z itself.
        if i.is_null()
            && !r.is_null()
            && type_of(r) == &raw mut PyComplex_Type
            && tp == &raw mut PyComplex_Type
        {
            return Ok(Ref::borrowed(r));
        }
        let mut real = Py_complex {
            real: 0.0,
            imag: 0.0,
        };
        let mut real_is_complex = false;
        if !r.is_null() {
            if pystr::is_str(r) {
                if !i.is_null() {
                    return Err(crate::errors::type_error(
                        "complex() can't take second arg if first is a string",
                    ));
                }
                return new_of_type(tp, complex_from_string(r)?);
            }
            if let Some(c) = try_complex_method(r)? {
                real = c;
                real_is_complex = true;
            } else if is_complex(r) {
                real = value(r);
                real_is_complex = true;
            } else if is_number_like(r) {
                real.real = crate::abstract_::as_f64(r)?;
            } else {
                return Err(crate::errors::type_error(&format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    obj_type_name(r)
                )));
            }
        }
        let mut imag = Py_complex {
            real: 0.0,
            imag: 0.0,
        };
        let mut imag_is_complex = false;
        if !i.is_null() {
            if pystr::is_str(i) {
                return Err(crate::errors::type_error(
                    "complex() second arg can't be a string",
                ));
            }
            if is_complex(i) {
                imag = value(i);
                imag_is_complex = true;
            } else if is_number_like(i) {
                imag.real = crate::abstract_::as_f64(i)?;
            } else {
                return Err(crate::errors::type_error(&format!(
                    "complex() second argument must be a number, not '{}'",
                    obj_type_name(i)
                )));
            }
        }
        // real + imag * 1j, keeping the signs of zeros as CPython does.
        let mut out = Py_complex {
            real: real.real,
            imag: 0.0,
        };
        if imag_is_complex {
            out.real -= imag.imag;
        }
        if real_is_complex && !i.is_null() {
            out.imag = real.imag + imag.real;
        } else if real_is_complex {
            out.imag = real.imag;
        } else {
            out.imag = imag.real;
        }
        new_of_type(tp, out)
    })())
}

// ---- repr and hash ----------------------------------------------------------------------

/// A float as CPython's `repr` style 'r' without the forced ".0" (`1`, `1.5`, `1e+16`).
fn short_repr(v: f64, sign: bool) -> String {
    let mut s = if v.is_nan() {
        "nan".to_string()
    } else {
        float::repr_f64(v)
    };
    if let Some(t) = s.strip_suffix(".0") {
        s = t.to_string();
    }
    if sign && !s.starts_with('-') {
        s.insert(0, '+');
    }
    s
}

/// CPython's complex repr: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr_complex(c: Py_complex) -> String {
    if c.real == 0.0 && c.real.is_sign_positive() {
        format!("{}j", short_repr(c.imag, false))
    } else {
        format!(
            "({}{}j)",
            short_repr(c.real, false),
            short_repr(c.imag, true)
        )
    }
}

unsafe extern "C" fn complex_repr(o: Obj) -> Obj {
    pystr::from_str(&repr_complex(value(o)))
}

/// CPython's complex hash: hash(real) + 1000003 * hash(imag), wrapping; -1 becomes -2.
pub fn hash_complex(c: Py_complex) -> isize {
    let hr = float::hash_f64(c.real) as usize;
    let hi = float::hash_f64(c.imag) as usize;
    let h = hr.wrapping_add(hi.wrapping_mul(1000003)) as isize;
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe extern "C" fn complex_hash(o: Obj) -> isize {
    hash_complex(value(o))
}

// ---- comparison and arithmetic slots ----------------------------------------------------

unsafe fn richcompare(a: Obj, b: Obj, op: i32) -> PyResult<Ref> {
    use crate::abstract_::{CMP_EQ, CMP_NE};
    let not_impl = || Ok(Ref::borrowed(crate::objects::none::not_implemented()));
    if op != CMP_EQ && op != CMP_NE {
        return not_impl();
    }
    let (c, other) = if is_complex(a) {
        (value(a), b)
    } else {
        (value(b), a)
    };
    let eq = if int::is_int(other) {
        if c.imag != 0.0 {
            false
        } else {
            // Exact float-vs-int comparison, as float == int.
            let f = Ref::steal(float::from_f64(c.real));
            crate::abstract_::eq_bool(f.as_ptr(), other)?
        }
    } else if float::is_float(other) {
        c.real == float::value(other) && c.imag == 0.0
    } else if is_complex(other) {
        let d = value(other);
        c.real == d.real && c.imag == d.imag
    } else {
        return not_impl();
    };
    Ok(crate::objects::bool::from_bool(if op == CMP_EQ {
        eq
    } else {
        !eq
    }))
}

unsafe extern "C" fn complex_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    into_raw(richcompare(a, b, op))
}

unsafe fn binary(
    a: Obj,
    b: Obj,
    f: impl FnOnce(Py_complex, Py_complex) -> PyResult<Py_complex>,
) -> Obj {
    into_raw((|| {
        let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
            return Ok(Ref::borrowed(crate::objects::none::not_implemented()));
        };
        let r = f(x, y)?;
        Ok(Ref::steal(from_parts(r.real, r.imag)))
    })())
}

unsafe extern "C" fn complex_add(a: Obj, b: Obj) -> Obj {
    binary(a, b, |x, y| Ok(c_sum(x, y)))
}

unsafe extern "C" fn complex_sub(a: Obj, b: Obj) -> Obj {
    binary(a, b, |x, y| Ok(c_diff(x, y)))
}

unsafe extern "C" fn complex_mul(a: Obj, b: Obj) -> Obj {
    binary(a, b, |x, y| Ok(c_prod(x, y)))
}

unsafe extern "C" fn complex_div(a: Obj, b: Obj) -> Obj {
    binary(a, b, |x, y| {
        c_quot(x, y).map_err(|_| {
            crate::errors::raise(
                exceptions::zero_division_error(),
                "complex division by zero",
            )
        })
    })
}

unsafe extern "C" fn complex_pow(a: Obj, b: Obj, m: Obj) -> Obj {
    if !m.is_null() && m != crate::objects::none::none() {
        crate::errors::value_error("complex modulo");
        return null_mut();
    }
    binary(a, b, |x, e| {
        let r = if e.imag == 0.0 && e.real == e.real.floor() && e.real.abs() <= 100.0 {
            c_powi(x, e.real as i64)
        } else {
            c_pow(x, e)
        };
        match r {
            Err(CError::Domain) => Err(crate::errors::raise(
                exceptions::zero_division_error(),
                "0.0 to a negative or complex power",
            )),
            Ok(p) if p.real.is_infinite() || p.imag.is_infinite() => Err(crate::errors::raise(
                exceptions::overflow_error(),
                "complex exponentiation",
            )),
            Ok(p) => Ok(p),
        }
    })
}

/// `a ** b` of two real numbers computed as complex (float's power of a negative base
/// with a fractional exponent). New reference, or NULL with an exception.
///
/// # Safety
/// `a` and `b` are ints or floats.
pub unsafe fn real_pow(a: Obj, b: Obj) -> Obj {
    complex_pow(a, b, null_mut())
}

unsafe extern "C" fn complex_neg(o: Obj) -> Obj {
    let c = c_neg(value(o));
    from_parts(c.real, c.imag)
}

unsafe extern "C" fn complex_pos(o: Obj) -> Obj {
    if type_of(o) == &raw mut PyComplex_Type {
        return new_ref(o);
    }
    let c = value(o);
    from_parts(c.real, c.imag)
}

unsafe extern "C" fn complex_abs(o: Obj) -> Obj {
    match c_abs(value(o)) {
        Some(r) => float::from_f64(r),
        None => {
            crate::errors::raise(exceptions::overflow_error(), "absolute value too large");
            null_mut()
        }
    }
}

unsafe extern "C" fn complex_bool(o: Obj) -> i32 {
    let c = value(o);
    (c.real != 0.0 || c.imag != 0.0) as i32
}

unsafe extern "C" fn complex_conjugate(o: Obj, _unused: Obj) -> Obj {
    let c = value(o);
    from_parts(c.real, -c.imag)
}

unsafe extern "C" fn complex_complex(o: Obj, _unused: Obj) -> Obj {
    complex_pos(o)
}

unsafe extern "C" fn complex_get_real(o: Obj, _c: *mut c_void) -> Obj {
    float::from_f64(value(o).real)
}

unsafe extern "C" fn complex_get_imag(o: Obj, _c: *mut c_void) -> Obj {
    float::from_f64(value(o).imag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpython_forms() {
        let c = |r, i| Some(Py_complex { real: r, imag: i });
        assert_eq!(parse_complex("1+2j"), c(1.0, 2.0));
        assert_eq!(parse_complex(" ( -1.5e3-j ) "), c(-1500.0, -1.0));
        assert_eq!(parse_complex("j"), c(0.0, 1.0));
        assert_eq!(parse_complex("2"), c(2.0, 0.0));
        assert_eq!(parse_complex("1e-3J"), c(0.0, 0.001));
        assert_eq!(parse_complex("1+"), None);
        assert_eq!(parse_complex("1 + 2j"), None);
        assert_eq!(parse_complex("()"), None);
    }

    #[test]
    fn repr_matches_cpython() {
        let r = |a, b| repr_complex(Py_complex { real: a, imag: b });
        assert_eq!(r(0.0, 1.0), "1j");
        assert_eq!(r(1.0, 2.0), "(1+2j)");
        assert_eq!(r(-0.0, -1.0), "(-0-1j)");
        assert_eq!(r(1.5, f64::NAN), "(1.5+nanj)");
        assert_eq!(r(0.0, 1e16), "1e+16j");
    }

    #[test]
    fn halves_round_trip() {
        assert_eq!(
            hash_complex(Py_complex {
                real: 1.0,
                imag: 0.0
            }),
            1
        );
    }
}
