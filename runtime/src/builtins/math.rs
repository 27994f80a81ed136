//! The `math` module: CPython 3.12's functions with its special-value rules and error
//! messages. Elementary functions call the C library's libm, as CPython does, so the
//! results agree bit for bit; `gamma`/`lgamma` use a Lanczos approximation evaluated in
//! the same order as CPython's, `hypot`/`dist` the same extended-precision vector norm,
//! and `fsum` Shewchuk's exact summation with half-even correction.

use crate::errors::{into_raw, raise, type_error, value_error, PyResult};
use crate::object::*;
use crate::objects::{dict, exceptions as exc, float, int, none, tuple};
use crate::typeobject::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The C library's math functions (linked with `-lm`), so that results match CPython's.
///
/// `libmolt.a` also carries Rust's `compiler_builtins`, whose weak `sqrt`, `fmod` and
/// `cbrt` come before `-lm` at link time. The first two are exact either way; for `cbrt`
/// glibc's own implementation is reached through its `_Float64` alias `cbrtf64`.
mod libm {
    #[cfg(target_env = "gnu")]
    extern "C" {
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
    }
    #[cfg(not(target_env = "gnu"))]
    extern "C" {
        pub fn cbrt(x: f64) -> f64;
    }
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn modf(x: f64, iptr: *mut f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

macro_rules! math_table {
    ($($name:literal => $f:ident, $flags:expr;)*) => {
        static mut MATH_METHODS: [PyMethodDef; [$($name),*].len() + 1] = [
            $(crate::method_def!($name, $f, $flags),)*
            METHOD_SENTINEL,
        ];
    };
}

const O: i32 = METH_O;
const FAST: i32 = METH_FASTCALL;
const FASTKW: i32 = METH_FASTCALL | METH_KEYWORDS;

math_table! {
    "acos" => m_acos, O; "acosh" => m_acosh, O; "asin" => m_asin, O; "asinh" => m_asinh, O;
    "atan" => m_atan, O; "atan2" => m_atan2, FAST; "atanh" => m_atanh, O; "cbrt" => m_cbrt, O;
    "ceil" => m_ceil, O; "comb" => m_comb, FAST; "copysign" => m_copysign, FAST;
    "cos" => m_cos, O; "cosh" => m_cosh, O; "degrees" => m_degrees, O; "dist" => m_dist, FAST;
    "erf" => m_erf, O; "erfc" => m_erfc, O; "exp" => m_exp, O; "exp2" => m_exp2, O;
    "expm1" => m_expm1, O; "fabs" => m_fabs, O; "factorial" => m_factorial, O;
    "floor" => m_floor, O; "fmod" => m_fmod, FAST; "frexp" => m_frexp, O; "fsum" => m_fsum, O;
    "gamma" => m_gamma, O; "gcd" => m_gcd, FAST; "hypot" => m_hypot, FAST;
    "isclose" => m_isclose, FASTKW; "isfinite" => m_isfinite, O; "isinf" => m_isinf, O;
    "isnan" => m_isnan, O; "isqrt" => m_isqrt, O; "lcm" => m_lcm, FAST; "ldexp" => m_ldexp, FAST;
    "lgamma" => m_lgamma, O; "log" => m_log, FAST; "log10" => m_log10, O; "log1p" => m_log1p, O;
    "log2" => m_log2, O; "modf" => m_modf, O; "nextafter" => m_nextafter, FASTKW;
    "perm" => m_perm, FAST; "pow" => m_pow, FAST; "prod" => m_prod, FASTKW;
    "radians" => m_radians, O; "remainder" => m_remainder, FAST; "sin" => m_sin, O;
    "sinh" => m_sinh, O; "sqrt" => m_sqrt, O; "sumprod" => m_sumprod, FAST; "tan" => m_tan, O;
    "tanh" => m_tanh, O; "trunc" => m_trunc, O; "ulp" => m_ulp, O;
}

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

// ----- conversions and error helpers -----

/// `PyFloat_AsDouble` with the math module's wording (`must be real number, not str`).
///
/// # Safety
/// `o` is live.
pub unsafe fn to_double(o: Obj) -> PyResult<f64> {
    if float::is_float(o) {
        return Ok(float::value(o));
    }
    if int::is_int(o) {
        return int::to_f64(o);
    }
    let nb = (*type_of(o)).tp_as_number;
    if !nb.is_null() && ((*nb).nb_float.is_some() || (*nb).nb_index.is_some()) {
        return crate::abstract_::as_f64(o);
    }
    Err(type_error(&format!(
        "must be real number, not {}",
        obj_type_name(o)
    )))
}

fn fl(v: f64) -> Ref {
    // SAFETY: runtime initialised.
    unsafe { Ref::steal(float::from_f64(v)) }
}

fn int_ref(v: BigInt) -> Ref {
    // SAFETY: runtime initialised.
    unsafe { Ref::steal(int::from_bigint(v)) }
}

unsafe fn domain_error() -> crate::errors::Raised {
    value_error("math domain error")
}

unsafe fn range_error() -> crate::errors::Raised {
    raise(exc::overflow_error(), "math range error")
}

/// The outcome of a libm-style computation: CPython's `errno` as an enum.
#[derive(PartialEq)]
enum Errno {
    None,
    Dom,
    Range,
}

/// CPython's `is_error`: EDOM is a ValueError; ERANGE an OverflowError unless the result
/// is small (an underflow, which is not an error).
unsafe fn check_errno(r: f64, e: Errno) -> PyResult<Ref> {
    match e {
        Errno::None => Ok(fl(r)),
        Errno::Dom => Err(domain_error()),
        Errno::Range => {
            if r.abs() < 1.5 {
                Ok(fl(r))
            } else {
                Err(range_error())
            }
        }
    }
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity from a finite
/// input an overflow (if the function can overflow) or a singularity (domain error).
unsafe fn math_1(arg: Obj, f: unsafe fn(f64) -> f64, can_overflow: bool) -> PyResult<Ref> {
    let x = to_double(arg)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(fl(r))
}

/// CPython's `math_2`: the two-argument analogue of [`math_1`].
unsafe fn math_2(a: Obj, b: Obj, f: unsafe fn(f64, f64) -> f64) -> PyResult<Ref> {
    let x = to_double(a)?;
    let y = to_double(b)?;
    let r = f(x, y);
    let e = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            Errno::Dom
        } else {
            Errno::None
        }
    } else if r.is_infinite() {
        if x.is_finite() && y.is_finite() {
            Errno::Range
        } else {
            Errno::None
        }
    } else {
        Errno::None
    };
    check_errno(r, e)
}

macro_rules! func1 {
    ($name:ident, $libm:ident, $overflow:expr) => {
        unsafe extern "C" fn $name(_m: Obj, x: Obj) -> Obj {
            unsafe fn f(v: f64) -> f64 {
                libm::$libm(v)
            }
            into_raw(math_1(x, f, $overflow))
        }
    };
}

func1!(m_acos, acos, false);
func1!(m_acosh, acosh, false);
func1!(m_asin, asin, false);
func1!(m_asinh, asinh, false);
func1!(m_atan, atan, false);
func1!(m_atanh, atanh, false);
func1!(m_cbrt, cbrt, false);
func1!(m_cos, cos, false);
func1!(m_cosh, cosh, true);
func1!(m_exp, exp, true);
func1!(m_exp2, exp2, true);
func1!(m_expm1, expm1, true);
func1!(m_log1p, log1p, false);
func1!(m_sin, sin, false);
func1!(m_sinh, sinh, true);
func1!(m_sqrt, sqrt, false);
func1!(m_tan, tan, false);
func1!(m_tanh, tanh, false);

unsafe extern "C" fn m_fabs(_m: Obj, x: Obj) -> Obj {
    into_raw(to_double(x).map(|v| fl(v.abs())))
}

unsafe extern "C" fn m_erf(_m: Obj, x: Obj) -> Obj {
    into_raw(to_double(x).map(|v| fl(libm::erf(v))))
}

unsafe extern "C" fn m_erfc(_m: Obj, x: Obj) -> Obj {
    into_raw(to_double(x).map(|v| fl(libm::erfc(v))))
}

unsafe extern "C" fn m_degrees(_m: Obj, x: Obj) -> Obj {
    const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
    into_raw(to_double(x).map(|v| fl(v * RAD_TO_DEG)))
}

unsafe extern "C" fn m_radians(_m: Obj, x: Obj) -> Obj {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    into_raw(to_double(x).map(|v| fl(v * DEG_TO_RAD)))
}

unsafe extern "C" fn m_isfinite(_m: Obj, x: Obj) -> Obj {
    into_raw(to_double(x).map(|v| crate::objects::bool::from_bool(v.is_finite())))
}

unsafe extern "C" fn m_isinf(_m: Obj, x: Obj) -> Obj {
    into_raw(to_double(x).map(|v| crate::objects::bool::from_bool(v.is_infinite())))
}

unsafe extern "C" fn m_isnan(_m: Obj, x: Obj) -> Obj {
    into_raw(to_double(x).map(|v| crate::objects::bool::from_bool(v.is_nan())))
}

// ----- two-argument functions -----

unsafe fn atan2_special(y: f64, x: f64) -> f64 {
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                return FRAC_PI_4.copysign(y);
            }
            return (0.75 * PI).copysign(y);
        }
        return FRAC_PI_2.copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            return 0.0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    libm::atan2(y, x)
}

unsafe fn copysign2(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
unsafe fn remainder2(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let ax = x.abs();
        let ay = y.abs();
        let m = libm::fmod(ax, ay);
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly half way: pick the even multiple.
            m - 2.0 * libm::fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

unsafe extern "C" fn m_atan2(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [y, x] = crate::args::positional::<2, 2>("atan2", args, nargs)?;
        math_2(y, x, atan2_special)
    })())
}

unsafe extern "C" fn m_copysign(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [x, y] = crate::args::positional::<2, 2>("copysign", args, nargs)?;
        math_2(x, y, copysign2)
    })())
}

unsafe extern "C" fn m_remainder(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [x, y] = crate::args::positional::<2, 2>("remainder", args, nargs)?;
        math_2(x, y, remainder2)
    })())
}

unsafe extern "C" fn m_fmod(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("fmod", args, nargs)?;
        let x = to_double(a)?;
        let y = to_double(b)?;
        if y.is_infinite() && x.is_finite() {
            return Ok(fl(x));
        }
        let r = libm::fmod(x, y);
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return Err(domain_error());
        }
        Ok(fl(r))
    })())
}

unsafe extern "C" fn m_pow(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("pow", args, nargs)?;
        let x = to_double(a)?;
        let y = to_double(b)?;
        let mut e = Errno::None;
        let r;
        if !x.is_finite() || !y.is_finite() {
            r = if x.is_nan() {
                if y == 0.0 {
                    1.0
                } else {
                    x
                }
            } else if y.is_nan() {
                if x == 1.0 {
                    1.0
                } else {
                    y
                }
            } else if x.is_infinite() {
                let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
                if y > 0.0 {
                    if odd_y {
                        x
                    } else {
                        x.abs()
                    }
                } else if y == 0.0 {
                    1.0
                } else if odd_y {
                    0.0f64.copysign(x)
                } else {
                    0.0
                }
            } else if x.abs() == 1.0 {
                1.0
            } else if y > 0.0 && x.abs() > 1.0 {
                y
            } else if y < 0.0 && x.abs() < 1.0 {
                -y
            } else {
                0.0
            };
        } else {
            r = libm::pow(x, y);
            if r.is_nan() {
                e = Errno::Dom;
            } else if r.is_infinite() {
                e = if x == 0.0 { Errno::Dom } else { Errno::Range };
            }
        }
        check_errno(r, e)
    })())
}

// ----- logarithms -----

/// A positive big int as `(m, e)` with `m` in [0.5, 1) correctly rounded and the value
/// about `m * 2**e` (CPython's `_PyLong_Frexp`).
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let shift = bits - 55;
    let (top, sticky) = if shift > 0 {
        let t: BigInt = n >> (shift as usize);
        let back: BigInt = &t << (shift as usize);
        (t.to_u64().unwrap_or(0), &back != n)
    } else {
        ((n << ((-shift) as usize)).to_u64().unwrap_or(0), false)
    };
    let top = top | sticky as u64;
    // u64 -> f64 rounds to nearest-even; the sticky bit makes that exact rounding.
    let mut x = top as f64 / (1u64 << 55) as f64;
    let mut e = bits;
    if x == 1.0 {
        x = 0.5;
        e += 1;
    }
    (x, e)
}

unsafe fn loghelper(arg: Obj, func: unsafe fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(arg) {
        let v = int::as_bigint(arg);
        if !v.is_positive() {
            return Err(domain_error());
        }
        match v.to_f64() {
            Some(x) if x.is_finite() => return Ok(func(x)),
            _ => {
                let (x, e) = big_frexp(&v);
                return Ok(func(x) + func(2.0) * e as f64);
            }
        }
    }
    let x = to_double(arg)?;
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    Ok(r)
}

unsafe fn c_log(x: f64) -> f64 {
    libm::log(x)
}
unsafe fn c_log2(x: f64) -> f64 {
    libm::log2(x)
}
unsafe fn c_log10(x: f64) -> f64 {
    libm::log10(x)
}

unsafe extern "C" fn m_log(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [x, base] = crate::args::positional::<1, 2>("log", args, nargs)?;
        let num = loghelper(x, c_log)?;
        if base.is_null() {
            return Ok(fl(num));
        }
        let den = loghelper(base, c_log)?;
        if den == 0.0 {
            return Err(raise(exc::zero_division_error(), "float division by zero"));
        }
        Ok(fl(num / den))
    })())
}

unsafe extern "C" fn m_log2(_m: Obj, x: Obj) -> Obj {
    into_raw(loghelper(x, c_log2).map(fl))
}

unsafe extern "C" fn m_log10(_m: Obj, x: Obj) -> Obj {
    into_raw(loghelper(x, c_log10).map(fl))
}

// ----- rounding and decomposition -----

unsafe fn to_int_rounding(x: Obj, up: bool) -> PyResult<Ref> {
    let v = if type_of(x) == &raw mut float::PyFloat_Type {
        float::value(x)
    } else {
        if type_of(x) == &raw mut int::PyLong_Type {
            return Ok(Ref::borrowed(x));
        }
        let name = if up { "__ceil__" } else { "__floor__" };
        if let Some(m) = crate::abstract_::lookup_special(x, name) {
            return crate::call::call1(m.as_ptr(), x);
        }
        to_double(x)?
    };
    float::f64_to_int(if up { v.ceil() } else { v.floor() })
}

unsafe extern "C" fn m_floor(_m: Obj, x: Obj) -> Obj {
    into_raw(to_int_rounding(x, false))
}

unsafe extern "C" fn m_ceil(_m: Obj, x: Obj) -> Obj {
    into_raw(to_int_rounding(x, true))
}

unsafe extern "C" fn m_trunc(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        if type_of(x) == &raw mut float::PyFloat_Type {
            return float::f64_to_int(float::value(x).trunc());
        }
        if int::is_int(x) && crate::abstract_::lookup_special(x, "__trunc__").is_none() {
            return Ok(int_ref(int::as_bigint(x)));
        }
        if float::is_float(x) && crate::abstract_::lookup_special(x, "__trunc__").is_none() {
            return float::f64_to_int(float::value(x).trunc());
        }
        match crate::abstract_::lookup_special(x, "__trunc__") {
            Some(m) => crate::call::call1(m.as_ptr(), x),
            None => Err(type_error(&format!(
                "type {} doesn't define __trunc__ method",
                obj_type_name(x)
            ))),
        }
    })())
}

/// `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (and `(x, 0)` for 0, inf, nan).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (2**64 is exact).
        (x * 18446744073709551616.0, -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adj)
}

unsafe extern "C" fn m_frexp(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let (m, e) = frexp(to_double(x)?);
        Ok(Ref::steal(tuple::from_refs(vec![
            fl(m),
            Ref::steal(int::from_i64(e as i64)),
        ])))
    })())
}

unsafe extern "C" fn m_ldexp(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, i] = crate::args::positional::<2, 2>("ldexp", args, nargs)?;
        let x = to_double(a)?;
        if !int::is_int(i) {
            return Err(type_error("Expected an int as second argument to ldexp."));
        }
        let e = int::as_bigint(i);
        let (r, errno) = if x == 0.0 || !x.is_finite() {
            (x, Errno::None)
        } else if e > BigInt::from(i32::MAX) {
            (f64::INFINITY.copysign(x), Errno::Range)
        } else if e < BigInt::from(i32::MIN) {
            (0.0f64.copysign(x), Errno::None)
        } else {
            let r = libm::ldexp(x, e.to_i32().unwrap());
            (
                r,
                if r.is_infinite() {
                    Errno::Range
                } else {
                    Errno::None
                },
            )
        };
        check_errno(r, errno)
    })())
}

unsafe extern "C" fn m_modf(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let v = to_double(x)?;
        let (frac, whole) = if v.is_infinite() {
            (0.0f64.copysign(v), v)
        } else {
            let mut ip = 0.0f64;
            let f = libm::modf(v, &mut ip);
            (f, ip)
        };
        Ok(Ref::steal(tuple::from_refs(vec![fl(frac), fl(whole)])))
    })())
}

// ----- nextafter and ulp -----

fn next_after_steps(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let ax = ux & !SIGN;
    let ay = uy & !SIGN;
    if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: walk down to zero, then up on y's side.
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps {
            f64::from_bits(ux - steps)
        } else {
            y
        }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

unsafe extern "C" fn m_nextafter(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [a, b, steps] =
            super::modules::unpack_kw("nextafter", args, nargs, kw, &["x", "y", "$steps"], 2, 2)?;
        let x = to_double(a)?;
        let y = to_double(b)?;
        if steps.is_null() || steps == none::none() {
            return Ok(fl(libm::nextafter(x, y)));
        }
        let s = crate::abstract_::number_index(steps)?;
        let s = int::as_bigint(s.as_ptr());
        if s.is_negative() {
            return Err(value_error("steps must be a non-negative integer"));
        }
        Ok(fl(next_after_steps(x, y, s.to_u64().unwrap_or(u64::MAX))))
    })())
}

unsafe extern "C" fn m_ulp(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let v = to_double(x)?;
        if v.is_nan() {
            return Ok(fl(v));
        }
        let v = v.abs();
        if v.is_infinite() {
            return Ok(fl(v));
        }
        let up = libm::nextafter(v, f64::INFINITY);
        if up.is_infinite() {
            let down = libm::nextafter(v, -f64::INFINITY);
            return Ok(fl(v - down));
        }
        Ok(fl(up - v))
    })())
}

// ----- isclose -----

unsafe extern "C" fn m_isclose(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [a, b, rt, at] = super::modules::unpack_kw(
            "isclose",
            args,
            nargs,
            kw,
            &["a", "b", "$rel_tol", "$abs_tol"],
            0,
            2,
        )?;
        let a = to_double(a)?;
        let b = to_double(b)?;
        let rel_tol = if rt.is_null() { 1e-09 } else { to_double(rt)? };
        let abs_tol = if at.is_null() { 0.0 } else { to_double(at)? };
        if rel_tol < 0.0 || abs_tol < 0.0 {
            return Err(value_error("tolerances must be non-negative"));
        }
        let r = if a == b {
            true
        } else if a.is_infinite() || b.is_infinite() {
            false
        } else {
            let diff = (b - a).abs();
            diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
        };
        Ok(crate::objects::bool::from_bool(r))
    })())
}

// ----- sums, products and norms -----

/// An exact product `x*y = hi + lo` (the rounding error recovered with an FMA).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// An exact sum `a + b = hi + lo` when `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    let z = hi - a;
    (hi, b - z)
}

/// The Euclidean norm of non-negative finite values (or containing inf/nan as flagged),
/// with an extended-precision accumulation and a final correction, as CPython's
/// `vector_norm`.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    // SAFETY: plain libm call.
    let scale = unsafe { libm::ldexp(1.0, -max_e) };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

unsafe extern "C" fn m_hypot(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let mut v = Vec::with_capacity(nargs.max(0) as usize);
        let mut max = 0.0f64;
        let mut found_nan = false;
        for &a in super::modules::pos_args(args, nargs) {
            let x = to_double(a)?.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            v.push(x);
        }
        Ok(fl(vector_norm(&mut v, max, found_nan)))
    })())
}

unsafe extern "C" fn m_dist(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [p, q] = crate::args::positional::<2, 2>("dist", args, nargs)?;
        let ps = crate::abstract_::collect(p)?;
        let qs = crate::abstract_::collect(q)?;
        if ps.len() != qs.len() {
            return Err(value_error(
                "both points must have the same number of dimensions",
            ));
        }
        let mut v = Vec::with_capacity(ps.len());
        let mut max = 0.0f64;
        let mut found_nan = false;
        for (a, b) in ps.iter().zip(qs.iter()) {
            let x = (to_double(a.as_ptr())? - to_double(b.as_ptr())?).abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            v.push(x);
        }
        Ok(fl(vector_norm(&mut v, max, found_nan)))
    })())
}

/// Shewchuk's exact summation over partials, with the half-even correction across
/// partials; errors as CPython's `fsum`.
unsafe fn fsum_values(values: impl IntoIterator<Item = PyResult<f64>>) -> PyResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in values {
        let mut x = item?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(raise(
                        exc::overflow_error(),
                        "intermediate overflow in fsum",
                    ));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = p.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

unsafe extern "C" fn m_fsum(_m: Obj, seq: Obj) -> Obj {
    into_raw((|| {
        let it = crate::abstract_::get_iter(seq)?;
        let mut err = false;
        let values = std::iter::from_fn(|| {
            if err {
                return None;
            }
            match crate::abstract_::iter_next(it.as_ptr()) {
                Ok(Some(v)) => Some(to_double(v.as_ptr())),
                Ok(None) => None,
                Err(e) => {
                    err = true;
                    Some(Err(e))
                }
            }
        });
        fsum_values(values).map(fl)
    })())
}

unsafe extern "C" fn m_prod(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [iterable, start] =
            super::modules::unpack_kw("prod", args, nargs, kw, &["iterable", "$start"], 1, 1)?;
        let mut acc = if start.is_null() {
            Ref::steal(int::from_i64(1))
        } else {
            Ref::borrowed(start)
        };
        let it = crate::abstract_::get_iter(iterable)?;
        while let Some(x) = crate::abstract_::iter_next(it.as_ptr())? {
            acc = crate::abstract_::binary_op(
                acc.as_ptr(),
                x.as_ptr(),
                crate::abstract_::BinOp::Mul,
            )?;
        }
        Ok(acc)
    })())
}

unsafe extern "C" fn m_sumprod(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [p, q] = crate::args::positional::<2, 2>("sumprod", args, nargs)?;
        let pi = crate::abstract_::get_iter(p)?;
        let qi = crate::abstract_::get_iter(q)?;
        let mut pairs = Vec::new();
        loop {
            let a = crate::abstract_::iter_next(pi.as_ptr())?;
            let b = crate::abstract_::iter_next(qi.as_ptr())?;
            match (a, b) {
                (Some(a), Some(b)) => pairs.push((a, b)),
                (None, None) => break,
                _ => return Err(value_error("Inputs are not the same length")),
            }
        }
        let exact_int = |o: Obj| int::is_int(o) && (*type_of(o)).tp_flags & TPFLAGS_HEAPTYPE == 0;
        let exact_float = |o: Obj| type_of(o) == &raw mut float::PyFloat_Type;
        if pairs
            .iter()
            .all(|(a, b)| exact_int(a.as_ptr()) && exact_int(b.as_ptr()))
        {
            let mut total = BigInt::zero();
            for (a, b) in &pairs {
                total += int::as_bigint(a.as_ptr()) * int::as_bigint(b.as_ptr());
            }
            return Ok(int_ref(total));
        }
        let small_int = |o: Obj| {
            exact_int(o) && int::as_i64(o).map_or(false, |v| v.unsigned_abs() < (1u64 << 53))
        };
        let floatish = |o: Obj| exact_float(o) || small_int(o);
        if pairs
            .iter()
            .all(|(a, b)| floatish(a.as_ptr()) && floatish(b.as_ptr()))
        {
            // Every product is exactly hi + lo; an exact sum of those rounds once.
            let mut terms = Vec::with_capacity(pairs.len() * 2);
            for (a, b) in &pairs {
                let x = to_double(a.as_ptr())?;
                let y = to_double(b.as_ptr())?;
                let (hi, lo) = dl_mul(x, y);
                if !hi.is_finite() {
                    terms.push(Ok(hi));
                    continue;
                }
                terms.push(Ok(hi));
                terms.push(Ok(lo));
            }
            if terms.iter().any(|t| matches!(t, Ok(v) if !v.is_finite())) {
                let mut s = 0.0;
                for t in terms {
                    s += t?;
                }
                return Ok(fl(s));
            }
            return fsum_values(terms).map(fl);
        }
        let mut total = Ref::steal(int::from_i64(0));
        for (a, b) in &pairs {
            let prod =
                crate::abstract_::binary_op(a.as_ptr(), b.as_ptr(), crate::abstract_::BinOp::Mul)?;
            total = crate::abstract_::binary_op(
                total.as_ptr(),
                prod.as_ptr(),
                crate::abstract_::BinOp::Add,
            )?;
        }
        Ok(total)
    })())
}

// ----- integer functions -----

unsafe fn index_big(o: Obj) -> PyResult<BigInt> {
    let i = crate::abstract_::number_index(o)?;
    Ok(int::as_bigint(i.as_ptr()))
}

unsafe extern "C" fn m_gcd(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let mut g = BigInt::zero();
        for &a in super::modules::pos_args(args, nargs) {
            let v = index_big(a)?;
            g = g.gcd(&v);
        }
        Ok(int_ref(g))
    })())
}

unsafe extern "C" fn m_lcm(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let mut l = BigInt::one();
        for &a in super::modules::pos_args(args, nargs) {
            let v = index_big(a)?;
            if l.is_zero() || v.is_zero() {
                l = BigInt::zero();
                continue;
            }
            l = l.lcm(&v);
        }
        Ok(int_ref(l.abs()))
    })())
}

unsafe extern "C" fn m_isqrt(_m: Obj, n: Obj) -> Obj {
    into_raw((|| {
        let v = index_big(n)?;
        if v.is_negative() {
            return Err(value_error("isqrt() argument must be nonnegative"));
        }
        Ok(int_ref(v.sqrt()))
    })())
}

/// The product `lo * (lo+1) * ... * (lo+count-1)` by binary splitting.
fn range_product(lo: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 16 {
        let mut r = lo.clone();
        for i in 1..count {
            r *= lo + BigInt::from(i);
        }
        return r;
    }
    let half = count / 2;
    range_product(lo, half) * range_product(&(lo + BigInt::from(half)), count - half)
}

unsafe fn factorial_of(n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(v) => Ok(range_product(&BigInt::one(), v as u64)),
        None => Err(raise(
            exc::overflow_error(),
            "factorial() argument should not exceed 9223372036854775807",
        )),
    }
}

unsafe extern "C" fn m_factorial(_m: Obj, n: Obj) -> Obj {
    into_raw((|| {
        let v = index_big(n)?;
        Ok(int_ref(factorial_of(&v)?))
    })())
}

unsafe fn check_nk(n: &BigInt, k: &BigInt) -> PyResult<()> {
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok(())
}

unsafe extern "C" fn m_perm(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [n, k] = crate::args::positional::<1, 2>("perm", args, nargs)?;
        let n = index_big(n)?;
        if k.is_null() || k == none::none() {
            return Ok(int_ref(factorial_of(&n)?));
        }
        let k = index_big(k)?;
        check_nk(&n, &k)?;
        if k > n {
            return Ok(int_ref(BigInt::zero()));
        }
        let Some(kk) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
            return Err(raise(
                exc::overflow_error(),
                "k must not exceed 9223372036854775807",
            ));
        };
        Ok(int_ref(range_product(&(&n - &k + 1), kk)))
    })())
}

unsafe extern "C" fn m_comb(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [n, k] = crate::args::positional::<2, 2>("comb", args, nargs)?;
        let n = index_big(n)?;
        let k = index_big(k)?;
        check_nk(&n, &k)?;
        if k > n {
            return Ok(int_ref(BigInt::zero()));
        }
        let k = std::cmp::min(k.clone(), &n - &k);
        let Some(kk) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
            return Err(raise(
                exc::overflow_error(),
                "min(n - k, k) must not exceed 9223372036854775807",
            ));
        };
        let num = range_product(&(&n - &k + 1), kk);
        let den = range_product(&BigInt::one(), kk);
        Ok(int_ref(num / den))
    })())
}

// ----- gamma and lgamma (Lanczos approximation, g = 6.02468, 13 terms) -----

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The rational part of the Lanczos sum, evaluated in 1/x for large x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite x, accurate near the integers.
unsafe fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

unsafe fn tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            let mut r = 1.0f64;
            for i in 2..(x as i64) {
                r *= i as f64;
            }
            return (r, Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::None
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

unsafe fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), Errno::None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

unsafe extern "C" fn m_gamma(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let (r, e) = tgamma(to_double(x)?);
        check_errno(r, e)
    })())
}

unsafe extern "C" fn m_lgamma(_m: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let (r, e) = lgamma(to_double(x)?);
        check_errno(r, e)
    })())
}
