//! `float`: CPython's `PyFloatObject` layout (`ob_fval`), shortest round-trip repr.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{exceptions, int};
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython's `PyFloatObject`.
#[repr(C)]
pub struct PyFloatObject {
    pub ob_base: PyObject,
    pub ob_fval: f64,
}

#[no_mangle]
pub static mut PyFloat_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(float_dealloc),
    tp_repr: Some(float_repr),
    tp_hash: Some(float_hash_slot),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(float_richcompare),
    tp_as_number: &raw mut FLOAT_AS_NUMBER,
    tp_methods: &raw mut FLOAT_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut FLOAT_GETSET as *mut PyGetSetDef,
    tp_new: Some(float_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"float", std::mem::size_of::<PyFloatObject>(), 0)
};

static mut FLOAT_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_add: Some(float_add),
    nb_subtract: Some(float_sub),
    nb_multiply: Some(float_mul),
    nb_remainder: Some(float_mod),
    nb_divmod: Some(float_divmod),
    nb_power: Some(float_pow),
    nb_negative: Some(float_neg),
    nb_positive: Some(float_pos),
    nb_absolute: Some(float_abs),
    nb_bool: Some(float_bool),
    nb_int: Some(float_int),
    nb_float: Some(float_pos),
    nb_floor_divide: Some(float_floordiv),
    nb_true_divide: Some(float_truediv),
    ..PyNumberMethods::EMPTY
};

static mut FLOAT_METHODS: [PyMethodDef; 10] = [
    crate::method_def!("is_integer", float_is_integer),
    crate::method_def!("as_integer_ratio", float_as_integer_ratio, METH_NOARGS),
    crate::method_def!(
        "fromhex",
        float_fromhex,
        METH_FASTCALL | METH_KEYWORDS | METH_CLASS
    ),
    crate::method_def!("__trunc__", float_trunc_m, METH_NOARGS),
    crate::method_def!("__floor__", float_floor_m, METH_NOARGS),
    crate::method_def!("__ceil__", float_ceil_m, METH_NOARGS),
    crate::method_def!("__round__", float_round_m),
    crate::method_def!("hex", float_hex),
    crate::method_def!("conjugate", float_conjugate),
    METHOD_SENTINEL,
];

static mut FLOAT_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"real", Some(float_get_real), None),
    getset_def(c"imag", Some(float_get_imag), None),
    getset_def_end(),
];

/// Whether `o` is a float or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_float(o: Obj) -> bool {
    is_instance_of(o, &raw mut PyFloat_Type)
}

/// The value of a float.
///
/// # Safety
/// `o` is a float.
#[inline]
pub unsafe fn value(o: Obj) -> f64 {
    (*(o as *mut PyFloatObject)).ob_fval
}

/// A new float. New reference.
///
/// # Safety
/// The runtime is initialised.
#[inline]
pub unsafe fn from_f64(v: f64) -> Obj {
    #[allow(static_mut_refs)]
    if let Some(o) = FLOAT_FREELIST.pop() {
        (*o).ob_refcnt = 1;
        (*(o as *mut PyFloatObject)).ob_fval = v;
        return o;
    }
    let o = alloc_object(&raw mut PyFloat_Type, std::mem::size_of::<PyFloatObject>());
    (*(o as *mut PyFloatObject)).ob_fval = v;
    o
}

/// Freed exact-float objects kept for reuse (as CPython's float free list): float
/// arithmetic allocates a result per operation.
static mut FLOAT_FREELIST: Vec<Obj> = Vec::new();
const FLOAT_FREELIST_MAX: usize = 4096;

unsafe extern "C" fn float_dealloc(o: Obj) {
    #[allow(static_mut_refs)]
    if type_of(o) == &raw mut PyFloat_Type && FLOAT_FREELIST.len() < FLOAT_FREELIST_MAX {
        FLOAT_FREELIST.push(o);
        return;
    }
    free_object(o);
}

/// `repr(float)`: the shortest string that round-trips, in CPython's notation
/// (fixed for exponents -4..16, scientific otherwise, always with a `.0` or exponent).
pub fn repr_f64(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (neg, digits, exp) = shortest_digits(v);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    // `exp` is the decimal exponent of the first digit (d.ddd x 10^exp).
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                for _ in digits.len()..e + 1 {
                    out.push('0');
                }
                out.push_str(".0");
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// The shortest round-trip decimal digits of a finite non-zero float:
/// (negative, digits without leading zeros, decimal exponent of the first digit).
pub fn shortest_digits(v: f64) -> (bool, String, i32) {
    let s = format!("{:e}", v.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (v < 0.0, digits, exp.parse().unwrap())
}

unsafe extern "C" fn float_repr(o: Obj) -> Obj {
    crate::objects::str::from_str(&repr_f64(value(o)))
}

/// CPython's float hash: equal to the int hash for integral values, otherwise the
/// value's mantissa reduced modulo 2**61 - 1.
pub fn hash_f64(v: f64) -> isize {
    if v.is_nan() {
        return 0; // TODO(hash): CPython 3.12 hashes nan by object identity.
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    const MODULUS: u64 = (1 << 61) - 1;
    let (m, e) = frexp(v.abs());
    let mut m = m;
    let mut e = e;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | x >> (61 - e);
    let mut h = x as i64;
    if v < 0.0 {
        h = -h;
    }
    if h == -1 {
        h = -2;
    }
    h as isize
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

unsafe extern "C" fn float_hash_slot(o: Obj) -> isize {
    hash_f64(value(o))
}

/// Converts an int or float operand to f64; `None` when it is neither.
///
/// # Safety
/// `o` is live.
pub unsafe fn coerce(o: Obj) -> PyResult<Option<f64>> {
    if is_float(o) {
        return Ok(Some(value(o)));
    }
    if int::is_int(o) {
        return int::to_f64(o).map(Some);
    }
    Ok(None)
}

macro_rules! operands {
    ($a:expr, $b:expr) => {
        match (coerce($a), coerce($b)) {
            (Ok(Some(x)), Ok(Some(y))) => (x, y),
            (Err(_), _) | (_, Err(_)) => return null_mut(),
            _ => return new_ref(crate::objects::none::not_implemented()),
        }
    };
}

/// Compares a float with an int exactly (no rounding of large ints).
///
/// # Safety
/// `f` is a float value, `i` an int.
unsafe fn compare_float_int(f: f64, i: Obj) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    if let Some(v) = int::as_i64(i) {
        if v.unsigned_abs() < (1u64 << 53) {
            return f.partial_cmp(&(v as f64));
        }
    }
    let fl = f.floor();
    let bf = num_bigint::BigInt::from(fl as i128);
    let bi = int::as_bigint(i);
    // Large floats are integral; compare their exact integer value.
    let bf = if fl.abs() >= 1e38 {
        use num_traits::FromPrimitive;
        num_bigint::BigInt::from_f64(fl).unwrap_or(bf)
    } else {
        bf
    };
    match bf.cmp(&bi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

unsafe extern "C" fn float_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    let ord = if is_float(a) && is_float(b) {
        value(a).partial_cmp(&value(b))
    } else if is_float(a) && int::is_int(b) {
        compare_float_int(value(a), b)
    } else if int::is_int(a) && is_float(b) {
        compare_float_int(value(b), a).map(|o| o.reverse())
    } else {
        return new_ref(crate::objects::none::not_implemented());
    };
    let r = match ord {
        Some(o) => crate::abstract_::ordering_matches(o, op),
        None => op == crate::abstract_::CMP_NE,
    };
    crate::objects::bool::from_bool(r).into_raw()
}

unsafe extern "C" fn float_add(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    from_f64(x + y)
}
unsafe extern "C" fn float_sub(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    from_f64(x - y)
}
unsafe extern "C" fn float_mul(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    from_f64(x * y)
}
unsafe extern "C" fn float_truediv(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        crate::errors::raise(exceptions::zero_division_error(), "float division by zero");
        return null_mut();
    }
    from_f64(x / y)
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn py_fmod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    m
}

/// Python's float divmod.
pub fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

unsafe extern "C" fn float_mod(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        crate::errors::raise(exceptions::zero_division_error(), "float modulo");
        return null_mut();
    }
    from_f64(py_fmod(x, y))
}
unsafe extern "C" fn float_floordiv(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        crate::errors::raise(
            exceptions::zero_division_error(),
            "float floor division by zero",
        );
        return null_mut();
    }
    from_f64(py_divmod(x, y).0)
}
unsafe extern "C" fn float_divmod(a: Obj, b: Obj) -> Obj {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        crate::errors::raise(exceptions::zero_division_error(), "float divmod()");
        return null_mut();
    }
    let (q, r) = py_divmod(x, y);
    crate::objects::tuple::from_refs(vec![Ref::steal(from_f64(q)), Ref::steal(from_f64(r))])
}
unsafe extern "C" fn float_pow(a: Obj, b: Obj, m: Obj) -> Obj {
    if !m.is_null() && m != crate::objects::none::none() {
        crate::errors::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        );
        return null_mut();
    }
    let (x, y) = operands!(a, b);
    if x == 0.0 && y < 0.0 {
        crate::errors::raise(
            exceptions::zero_division_error(),
            "0.0 cannot be raised to a negative power",
        );
        return null_mut();
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A complex result, as CPython.
        return crate::objects::complex::real_pow(a, b);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        crate::errors::raise(
            exceptions::overflow_error(),
            "(34, 'Numerical result out of range')",
        );
        return null_mut();
    }
    from_f64(r)
}
unsafe extern "C" fn float_neg(a: Obj) -> Obj {
    from_f64(-value(a))
}
unsafe extern "C" fn float_pos(a: Obj) -> Obj {
    if type_of(a) == &raw mut PyFloat_Type {
        return new_ref(a);
    }
    from_f64(value(a))
}
unsafe extern "C" fn float_abs(a: Obj) -> Obj {
    from_f64(value(a).abs())
}
unsafe extern "C" fn float_bool(a: Obj) -> i32 {
    (value(a) != 0.0) as i32
}

/// `int(x)` of a float: truncation toward zero, with CPython's errors for inf and nan.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn f64_to_int(v: f64) -> PyResult<Ref> {
    if v.is_nan() {
        return Err(crate::errors::value_error(
            "cannot convert float NaN to integer",
        ));
    }
    if v.is_infinite() {
        return Err(crate::errors::raise(
            exceptions::overflow_error(),
            "cannot convert float infinity to integer",
        ));
    }
    let t = v.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Ref::steal(int::from_i64(t as i64)));
    }
    use num_traits::FromPrimitive;
    Ok(Ref::steal(int::from_bigint(
        num_bigint::BigInt::from_f64(t).unwrap(),
    )))
}

unsafe extern "C" fn float_int(a: Obj) -> Obj {
    into_raw(f64_to_int(value(a)))
}

unsafe extern "C" fn float_is_integer(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    let v = value(o);
    crate::objects::bool::from_bool(v.is_finite() && v.fract() == 0.0).into_raw()
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms, positive denominator.
unsafe extern "C" fn float_as_integer_ratio(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let v = value(o);
        if v.is_nan() {
            return Err(crate::errors::value_error(
                "cannot convert NaN to integer ratio",
            ));
        }
        if v.is_infinite() {
            return Err(crate::errors::raise(
                exceptions::overflow_error(),
                "cannot convert Infinity to integer ratio",
            ));
        }
        use num_bigint::BigInt;
        let bits = v.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mut mant, mut exp) = if biased == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), biased - 1075)
        };
        if mant == 0 {
            exp = 0;
        }
        while mant != 0 && mant & 1 == 0 && exp < 0 {
            mant >>= 1;
            exp += 1;
        }
        let mut num = BigInt::from(mant);
        let mut den = BigInt::from(1u8);
        if exp >= 0 {
            num <<= exp as usize;
        } else {
            den <<= (-exp) as usize;
        }
        if v < 0.0 {
            num = -num;
        }
        let num = Ref::steal(int::from_bigint(num));
        let den = Ref::steal(int::from_bigint(den));
        Ok(Ref::steal(crate::objects::tuple::pack(&[
            num.as_ptr(),
            den.as_ptr(),
        ])))
    })())
}

/// Parses `float.fromhex`'s text: `[sign] (inf | infinity | nan | [0x] hex [. hex] [p exp])`,
/// surrounded by optional whitespace. `Err(true)`: too large for a float; `Err(false)`:
/// invalid text.
fn parse_hex_float(text: &str) -> Result<f64, bool> {
    use num_bigint::BigInt;
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.as_bytes().first() {
        Some(b'-') => (true, &lower[1..]),
        Some(b'+') => (false, &lower[1..]),
        _ => (false, &lower[..]),
    };
    let signed = |v: f64| if neg { -v } else { v };
    match body {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mantissa, exp_text) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let all_hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if !all_hex(int_part) || !all_hex(frac_part) {
        return Err(false);
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // Exponents beyond any float's reach saturate (the value decides the result).
            let mag: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
            if e.starts_with('-') {
                -mag
            } else {
                mag
            }
        }
    };
    let digits: String = format!("{}{}", int_part, frac_part);
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    exp -= 4 * frac_part.len() as i64;
    if m.bits() == 0 {
        return Ok(signed(0.0));
    }
    let top = m.bits() as i64 + exp;
    if top > 1025 {
        return Err(true);
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let one = BigInt::from(1u8);
    let (x, y) = if exp >= 0 {
        (m << exp as usize, one)
    } else {
        (m, one << (-exp) as usize)
    };
    match int::true_divide(&x, &y) {
        Some(v) => Ok(signed(v)),
        None => Err(true),
    }
}

/// `float.fromhex(string)`; on a subclass the result is passed to the subclass.
unsafe extern "C" fn float_fromhex(cls: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| {
        let [s] = crate::args::positional::<1, 1>("fromhex", a, n)?;
        if !k.is_null() && crate::objects::tuple::len(k) > 0 {
            return Err(crate::errors::type_error(
                "float.fromhex() takes no keyword arguments",
            ));
        }
        if !crate::objects::str::is_str(s) {
            return Err(crate::errors::type_error(&format!(
                "bad argument type for built-in operation"
            )));
        }
        let v = match parse_hex_float(crate::objects::str::as_str(s)) {
            Ok(v) => v,
            Err(true) => {
                return Err(crate::errors::raise(
                    exceptions::overflow_error(),
                    "hexadecimal value too large to represent as a float",
                ))
            }
            Err(false) => {
                return Err(crate::errors::value_error(
                    "invalid hexadecimal floating-point string",
                ))
            }
        };
        let r = Ref::steal(from_f64(v));
        if cls == (&raw mut PyFloat_Type) as Obj {
            return Ok(r);
        }
        crate::call::call1(cls, r.as_ptr())
    })())
}

unsafe extern "C" fn float_trunc_m(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| f64_to_int(value(o)))())
}

unsafe extern "C" fn float_floor_m(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| f64_to_int(value(o).floor()))())
}

unsafe extern "C" fn float_ceil_m(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| f64_to_int(value(o).ceil()))())
}

/// `float.__round__(ndigits=None)`: the builtin `round`'s float rules.
unsafe extern "C" fn float_round_m(o: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| {
        let [nd] = crate::args::parse_pos::<0, 1>("__round__", a, n, k)?;
        crate::builtins::round_float(value(o), nd)
    })())
}

unsafe extern "C" fn float_conjugate(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    float_pos(o)
}

unsafe extern "C" fn float_hex(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    let v = value(o);
    let s = if v.is_nan() {
        "nan".to_string()
    } else if v.is_infinite() {
        if v > 0.0 { "inf" } else { "-inf" }.to_string()
    } else if v == 0.0 {
        if v.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_string()
    } else {
        let bits = v.to_bits();
        let sign = if v < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        format!(
            "{}0x{}.{:013x}p{}{}",
            sign,
            lead,
            mant,
            if e < 0 { "-" } else { "+" },
            e.abs()
        )
    };
    crate::objects::str::from_str(&s)
}

unsafe extern "C" fn float_get_real(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    float_pos(o)
}
unsafe extern "C" fn float_get_imag(_o: Obj, _: *mut std::ffi::c_void) -> Obj {
    from_f64(0.0)
}

/// Parses text the way `float(str)` does.
/// Whether `body` (lower case, sign removed) is Python's decimal float syntax:
/// `digits [. [digits]] | . digits`, then an optional `e [+-] digits`, where `_` may
/// only stand between two digits.
fn is_decimal_literal(body: &str) -> bool {
    let digits = |s: &str| {
        !s.is_empty()
            && !s.starts_with('_')
            && !s.ends_with('_')
            && !s.contains("__")
            && s.chars().all(|c| c.is_ascii_digit() || c == '_')
    };
    let (mantissa, exp) = match body.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let int_ok = int_part.is_empty() || digits(int_part);
    let frac_ok = frac.is_none_or(|f| f.is_empty() || digits(f));
    let some_digit = !int_part.is_empty() || frac.is_some_and(|f| !f.is_empty());
    let exp_ok = exp.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    int_ok && frac_ok && some_digit && exp_ok
}

pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if !is_decimal_literal(body) {
        return None;
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    cleaned.parse::<f64>().ok().map(|v| sign * v)
}

unsafe extern "C" fn float_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [x] = crate::args::parse_new_positional::<0, 1>(
            "float",
            tp,
            &raw mut PyFloat_Type,
            args,
            kwargs,
        )?;
        let r = if x.is_null() {
            Ref::steal(from_f64(0.0))
        } else if crate::objects::bytes::is_bytes(x) || crate::objects::bytearray::is_bytearray(x) {
            let b = crate::objects::bytes::bytes_like(x).unwrap();
            match std::str::from_utf8(b).ok().and_then(parse_float) {
                Some(v) => Ref::steal(from_f64(v)),
                None => {
                    let r = crate::abstract_::repr(x)?;
                    return Err(crate::errors::value_error(&format!(
                        "could not convert string to float: {}",
                        crate::objects::str::as_str(r.as_ptr())
                    )));
                }
            }
        } else if crate::objects::str::is_str(x) {
            match parse_float(&crate::objects::int::ascii_digits(
                crate::objects::str::as_str(x),
            )) {
                Some(v) => Ref::steal(from_f64(v)),
                None => {
                    let r = crate::abstract_::repr(x)?;
                    return Err(crate::errors::value_error(&format!(
                        "could not convert string to float: {}",
                        crate::objects::str::as_str(r.as_ptr())
                    )));
                }
            }
        } else {
            crate::abstract_::number_float(x)?
        };
        if tp == &raw mut PyFloat_Type {
            return Ok(r);
        }
        crate::classes::subtype_from_builtin(tp, r)
    })())
}
