//! `int`: arbitrary-precision integers. Values that fit in an `i64` are stored inline;
//! larger ones in a `num_bigint::BigInt`. The layout is Molt's own (CPython keeps
//! `PyLongObject` opaque to extensions); only the object header is shared.
//! Small ints (-5..=256) are preallocated and immortal, as in CPython 3.12.

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::exceptions;
use crate::typeobject::*;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::ptr::null_mut;

/// Molt's int object.
#[repr(C)]
pub struct PyLongObject {
    pub ob_base: PyObject,
    pub small: i64,
    /// Null when the value fits in `small`.
    pub big: *mut BigInt,
}

#[no_mangle]
pub static mut PyLong_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(int_dealloc),
    tp_repr: Some(int_repr),
    tp_hash: Some(int_hash_slot),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(int_richcompare),
    tp_as_number: &raw mut INT_AS_NUMBER,
    tp_methods: &raw mut INT_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut INT_GETSET as *mut PyGetSetDef,
    tp_new: Some(int_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS,
    ..PyTypeObject::new_static(c"int", std::mem::size_of::<PyLongObject>(), 0)
};

pub static mut INT_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_add: Some(int_add),
    nb_subtract: Some(int_sub),
    nb_multiply: Some(int_mul),
    nb_remainder: Some(int_mod),
    nb_divmod: Some(int_divmod),
    nb_power: Some(int_pow),
    nb_negative: Some(int_neg),
    nb_positive: Some(int_pos),
    nb_absolute: Some(int_abs),
    nb_bool: Some(int_bool),
    nb_invert: Some(int_invert),
    nb_lshift: Some(int_lshift),
    nb_rshift: Some(int_rshift),
    nb_and: Some(int_and),
    nb_xor: Some(int_xor),
    nb_or: Some(int_or),
    nb_int: Some(int_pos),
    nb_float: Some(int_float),
    nb_floor_divide: Some(int_floordiv),
    nb_true_divide: Some(int_truediv),
    nb_index: Some(int_pos),
    ..PyNumberMethods::EMPTY
};

static mut INT_METHODS: [PyMethodDef; 13] = [
    crate::method_def!("bit_length", int_bit_length),
    crate::method_def!("bit_count", int_bit_count, METH_NOARGS),
    crate::method_def!("is_integer", int_is_integer, METH_NOARGS),
    crate::method_def!("as_integer_ratio", int_as_integer_ratio, METH_NOARGS),
    crate::method_def!("__round__", int_round_m),
    crate::method_def!("to_bytes", int_to_bytes),
    crate::method_def!(
        "from_bytes",
        int_from_bytes,
        METH_FASTCALL | METH_KEYWORDS | METH_CLASS
    ),
    crate::method_def!("__floor__", int_index_m),
    crate::method_def!("__ceil__", int_index_m),
    crate::method_def!("conjugate", int_conjugate),
    crate::method_def!("__index__", int_index_m),
    crate::method_def!("__trunc__", int_index_m),
    METHOD_SENTINEL,
];

static mut INT_GETSET: [PyGetSetDef; 5] = [
    getset_def(c"real", Some(int_get_self), None),
    getset_def(c"imag", Some(int_get_zero), None),
    getset_def(c"numerator", Some(int_get_self), None),
    getset_def(c"denominator", Some(int_get_one), None),
    getset_def_end(),
];

const SMALL_MIN: i64 = -5;
const SMALL_MAX: i64 = 256;
#[no_mangle]
pub static mut molt_small_ints: [PyLongObject; (SMALL_MAX - SMALL_MIN + 1) as usize] = {
    let mut a = [const {
        PyLongObject {
            ob_base: static_header(&raw mut PyLong_Type),
            small: 0,
            big: null_mut(),
        }
    }; (SMALL_MAX - SMALL_MIN + 1) as usize];
    let mut i = 0;
    while i < a.len() {
        a[i].small = SMALL_MIN + i as i64;
        i += 1;
    }
    a
};

/// A Rust view of an int's value.
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// Whether `o` is an int (including bool and subclasses).
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_int(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_LONG_SUBCLASS != 0
}

/// The value of an int object.
///
/// # Safety
/// `o` is an int.
#[inline]
pub unsafe fn value<'a>(o: Obj) -> IntVal<'a> {
    let l = o as *mut PyLongObject;
    if (*l).big.is_null() {
        IntVal::Small((*l).small)
    } else {
        IntVal::Big(&*(*l).big)
    }
}

/// The value as an `i64` if it fits.
///
/// # Safety
/// `o` is an int.
#[inline]
pub unsafe fn as_i64(o: Obj) -> Option<i64> {
    match value(o) {
        IntVal::Small(v) => Some(v),
        IntVal::Big(b) => b.to_i64(),
    }
}

/// The value as a `BigInt` (copied).
///
/// # Safety
/// `o` is an int.
pub unsafe fn as_bigint(o: Obj) -> BigInt {
    match value(o) {
        IntVal::Small(v) => BigInt::from(v),
        IntVal::Big(b) => b.clone(),
    }
}

/// A new int. New reference.
///
/// # Safety
/// The runtime is initialised.
#[inline]
pub unsafe fn from_i64(v: i64) -> Obj {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        return (&raw mut molt_small_ints[(v - SMALL_MIN) as usize]) as Obj;
    }
    #[allow(static_mut_refs)]
    if let Some(o) = INT_FREELIST.pop() {
        let l = o as *mut PyLongObject;
        (*l).ob_base.ob_refcnt = 1;
        (*l).small = v;
        return o;
    }
    let o = alloc_object(&raw mut PyLong_Type, std::mem::size_of::<PyLongObject>());
    (*(o as *mut PyLongObject)).small = v;
    o
}

/// Freed exact-int objects kept for reuse (ints are the most allocated objects).
static mut INT_FREELIST: Vec<Obj> = Vec::new();
const INT_FREELIST_MAX: usize = 4096;

/// A new int from a BigInt (normalised to the inline form when it fits). New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_bigint(v: BigInt) -> Obj {
    if let Some(s) = v.to_i64() {
        return from_i64(s);
    }
    let o = alloc_object(&raw mut PyLong_Type, std::mem::size_of::<PyLongObject>());
    (*(o as *mut PyLongObject)).big = Box::into_raw(Box::new(v));
    o
}

/// A new int from an i128 (used by the inline fast paths). New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_i128(v: i128) -> Obj {
    match i64::try_from(v) {
        Ok(s) => from_i64(s),
        Err(_) => from_bigint(BigInt::from(v)),
    }
}

unsafe extern "C" fn int_dealloc(o: Obj) {
    let l = o as *mut PyLongObject;
    if !(*l).big.is_null() {
        drop(Box::from_raw((*l).big));
        (*l).big = null_mut();
    }
    #[allow(static_mut_refs)]
    if type_of(o) == &raw mut PyLong_Type && INT_FREELIST.len() < INT_FREELIST_MAX {
        INT_FREELIST.push(o);
        return;
    }
    free_object(o);
}

/// Decimal text of an int.
///
/// # Safety
/// `o` is an int.
pub unsafe fn to_decimal(o: Obj) -> String {
    match value(o) {
        IntVal::Small(v) => v.to_string(),
        IntVal::Big(b) => b.to_string(),
    }
}

unsafe extern "C" fn int_repr(o: Obj) -> Obj {
    if is_int_digits_limit_exceeded(o) {
        crate::errors::value_error(
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        );
        return null_mut();
    }
    crate::objects::str::from_str(&to_decimal(o))
}

unsafe fn is_int_digits_limit_exceeded(o: Obj) -> bool {
    match value(o) {
        IntVal::Small(_) => false,
        // 4300 decimal digits ~ 14284 bits.
        IntVal::Big(b) => b.bits() > 14284 && b.to_string().trim_start_matches('-').len() > 4300,
    }
}

const HASH_MODULUS: i128 = (1i128 << 61) - 1;

/// CPython's int hash: the value modulo 2**61 - 1, keeping the sign, with -1 mapped to -2.
///
/// # Safety
/// `o` is an int.
pub unsafe fn hash(o: Obj) -> isize {
    let h: i128 = match value(o) {
        IntVal::Small(v) => {
            let m = (v as i128).abs() % HASH_MODULUS;
            if v < 0 {
                -m
            } else {
                m
            }
        }
        IntVal::Big(b) => {
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i128().unwrap();
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h as isize
    }
}

unsafe extern "C" fn int_hash_slot(o: Obj) -> isize {
    hash(o)
}

/// Compares two ints.
///
/// # Safety
/// Both are ints.
pub unsafe fn compare(a: Obj, b: Obj) -> std::cmp::Ordering {
    match (value(a), value(b)) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(&y),
        _ => as_bigint(a).cmp(&as_bigint(b)),
    }
}

unsafe extern "C" fn int_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_int(a) || !is_int(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    crate::objects::bool::from_bool(crate::abstract_::ordering_matches(compare(a, b), op))
        .into_raw()
}

macro_rules! both_ints {
    ($a:expr, $b:expr) => {
        if !is_int($a) || !is_int($b) {
            return new_ref(crate::objects::none::not_implemented());
        }
    };
}

unsafe extern "C" fn int_add(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    if let (IntVal::Small(x), IntVal::Small(y)) = (value(a), value(b)) {
        return from_i128(x as i128 + y as i128);
    }
    from_bigint(as_bigint(a) + as_bigint(b))
}

unsafe extern "C" fn int_sub(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    if let (IntVal::Small(x), IntVal::Small(y)) = (value(a), value(b)) {
        return from_i128(x as i128 - y as i128);
    }
    from_bigint(as_bigint(a) - as_bigint(b))
}

unsafe extern "C" fn int_mul(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    if let (IntVal::Small(x), IntVal::Small(y)) = (value(a), value(b)) {
        return from_i128(x as i128 * y as i128);
    }
    from_bigint(as_bigint(a) * as_bigint(b))
}

unsafe fn zero_division(msg: &str) -> Obj {
    crate::errors::raise(exceptions::zero_division_error(), msg);
    null_mut()
}

/// Floor division and modulo with Python's signs: (a // b, a % b).
pub fn floor_divmod_i64(x: i64, y: i64) -> Option<(i64, i64)> {
    if y == 0 || (x == i64::MIN && y == -1) {
        return None;
    }
    let (mut q, mut r) = (x / y, x % y);
    if r != 0 && ((r < 0) != (y < 0)) {
        q -= 1;
        r += y;
    }
    Some((q, r))
}

unsafe extern "C" fn int_floordiv(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    if let (IntVal::Small(x), IntVal::Small(y)) = (value(a), value(b)) {
        if y == 0 {
            return zero_division("integer division or modulo by zero");
        }
        if let Some((q, _)) = floor_divmod_i64(x, y) {
            return from_i64(q);
        }
    }
    let (x, y) = (as_bigint(a), as_bigint(b));
    if y.is_zero() {
        return zero_division("integer division or modulo by zero");
    }
    from_bigint(x.div_floor(&y))
}

unsafe extern "C" fn int_mod(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    if let (IntVal::Small(x), IntVal::Small(y)) = (value(a), value(b)) {
        if y == 0 {
            return zero_division("integer modulo by zero");
        }
        if let Some((_, r)) = floor_divmod_i64(x, y) {
            return from_i64(r);
        }
    }
    let (x, y) = (as_bigint(a), as_bigint(b));
    if y.is_zero() {
        return zero_division("integer modulo by zero");
    }
    from_bigint(x.mod_floor(&y))
}

unsafe extern "C" fn int_divmod(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    let (x, y) = (as_bigint(a), as_bigint(b));
    if y.is_zero() {
        return zero_division("integer division or modulo by zero");
    }
    let (q, r) = x.div_mod_floor(&y);
    crate::objects::tuple::from_refs(vec![Ref::steal(from_bigint(q)), Ref::steal(from_bigint(r))])
}

/// True division of two ints, correctly rounded for operands that fit in 53 bits.
/// TODO(int): correctly rounded division for larger operands (CPython is exact).
unsafe extern "C" fn int_truediv(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    let (x, y) = (as_bigint(a), as_bigint(b));
    if y.is_zero() {
        return zero_division("division by zero");
    }
    match true_divide(&x, &y) {
        Some(r) => crate::objects::float::from_f64(r),
        None => {
            crate::errors::raise(
                exceptions::overflow_error(),
                "integer division result too large for a float",
            );
            null_mut()
        }
    }
}

/// `x / y` for ints, correctly rounded (round-half-even) as CPython's
/// `long_true_divide`: the quotient is computed exactly to 55 bits plus a sticky bit,
/// then rounded once. `None`: the result overflows a float. `y` is not zero.
pub fn true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    use num_bigint::{BigUint, Sign};
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let neg = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let signed = |r: f64| if neg { -r } else { r };
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.bits() == 0 {
        return Some(signed(0.0));
    }
    if a.bits() <= MANT as u64 && b.bits() <= MANT as u64 {
        // Both exact as floats: IEEE division rounds correctly.
        return Some(signed(a.to_f64()? / b.to_f64()?));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return None;
    }
    if diff < MIN_EXP - MANT - 1 {
        return Some(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let mut inexact = false;
    let scaled: BigUint = if shift <= 0 {
        a << ((-shift) as u64)
    } else {
        let s = shift as u64;
        if a.trailing_zeros().is_some_and(|t| t < s) {
            inexact = true;
        }
        a >> s
    };
    let (q, r) = num_integer::Integer::div_rem(&scaled, b);
    if r.bits() != 0 {
        inexact = true;
    }
    let q_bits = q.bits() as i64;
    let extra = q_bits.max(MIN_EXP - shift) - MANT;
    let mut q = q;
    if extra > 0 {
        let half = BigUint::from(1u8) << ((extra - 1) as u64);
        let low_mask: BigUint = (&half << 1u8) - 1u8;
        let low = &q & &low_mask;
        q -= &low;
        let above_half = low > half;
        let at_half = low == half;
        let odd = q.bit(extra as u64);
        if above_half || (at_half && (inexact || odd)) {
            q += &half << 1u8;
        }
    }
    if q.bits() as i64 + shift > MAX_EXP {
        return None;
    }
    Some(signed(ldexp(q.to_f64()?, shift)))
}

/// `m * 2**e`, exact whenever the result is representable.
fn ldexp(mut m: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        m *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        m *= pow2(-1000);
        e += 1000;
    }
    m * pow2(e)
}

unsafe extern "C" fn int_pow(a: Obj, b: Obj, m: Obj) -> Obj {
    both_ints!(a, b);
    let none = crate::objects::none::none();
    let (x, y) = (as_bigint(a), as_bigint(b));
    if m != none && !m.is_null() {
        if !is_int(m) {
            return new_ref(crate::objects::none::not_implemented());
        }
        let md = as_bigint(m);
        if md.is_zero() {
            crate::errors::value_error("pow() 3rd argument cannot be 0");
            return null_mut();
        }
        let (base, exp) = if y.is_negative() {
            match mod_inverse(&x, &md) {
                Some(inv) => (inv, -y),
                None => {
                    crate::errors::value_error("base is not invertible for the given modulus");
                    return null_mut();
                }
            }
        } else {
            (x, y)
        };
        let r = base.modpow(&exp, &md.abs());
        let r = if md.is_negative() && !r.is_zero() {
            r + &md
        } else {
            r
        };
        return from_bigint(r);
    }
    if y.is_negative() {
        let fx = x.to_f64().unwrap_or(f64::INFINITY);
        if fx == 0.0 {
            crate::errors::raise(
                exceptions::zero_division_error(),
                "0.0 cannot be raised to a negative power",
            );
            return null_mut();
        }
        return crate::objects::float::from_f64(fx.powf(y.to_f64().unwrap_or(f64::NEG_INFINITY)));
    }
    if let (Some(bx), Some(e)) = (x.to_i64(), y.to_u32()) {
        if let Some(r) = (bx as i128).checked_pow(e) {
            return from_i128(r);
        }
    }
    match y.to_u32() {
        Some(e) => from_bigint(num_traits::pow(x, e as usize)),
        None => {
            if x.is_zero() || x.is_one() {
                return from_bigint(x);
            }
            if x == BigInt::from(-1) {
                return from_i64(if y.is_even() { 1 } else { -1 });
            }
            crate::errors::raise(exceptions::memory_error(), "");
            null_mut()
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

unsafe extern "C" fn int_neg(a: Obj) -> Obj {
    match value(a) {
        IntVal::Small(v) => from_i128(-(v as i128)),
        IntVal::Big(b) => from_bigint(-b.clone()),
    }
}

unsafe extern "C" fn int_pos(a: Obj) -> Obj {
    if type_of(a) == &raw mut PyLong_Type {
        return new_ref(a);
    }
    match value(a) {
        IntVal::Small(v) => from_i64(v),
        IntVal::Big(b) => from_bigint(b.clone()),
    }
}

unsafe extern "C" fn int_abs(a: Obj) -> Obj {
    match value(a) {
        IntVal::Small(v) => from_i128((v as i128).abs()),
        IntVal::Big(b) => from_bigint(b.abs()),
    }
}

unsafe extern "C" fn int_bool(a: Obj) -> i32 {
    match value(a) {
        IntVal::Small(v) => (v != 0) as i32,
        IntVal::Big(b) => (!b.is_zero()) as i32,
    }
}

unsafe extern "C" fn int_invert(a: Obj) -> Obj {
    match value(a) {
        IntVal::Small(v) => from_i64(!v),
        IntVal::Big(b) => from_bigint(-(b.clone()) - 1),
    }
}

unsafe extern "C" fn int_lshift(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    let s = as_bigint(b);
    if s.is_negative() {
        crate::errors::value_error("negative shift count");
        return null_mut();
    }
    let Some(s) = s.to_usize() else {
        crate::errors::raise(exceptions::overflow_error(), "too many digits in integer");
        return null_mut();
    };
    if let IntVal::Small(x) = value(a) {
        if s < 62 && x.unsigned_abs() < (1u64 << (62 - s)) {
            return from_i64(x << s);
        }
    }
    from_bigint(as_bigint(a) << s)
}

unsafe extern "C" fn int_rshift(a: Obj, b: Obj) -> Obj {
    both_ints!(a, b);
    let s = as_bigint(b);
    if s.is_negative() {
        crate::errors::value_error("negative shift count");
        return null_mut();
    }
    let s = s.to_usize().unwrap_or(usize::MAX);
    if let IntVal::Small(x) = value(a) {
        return from_i64(if s >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> s
        });
    }
    let x = as_bigint(a);
    // Floor semantics for negative numbers.
    if x.is_negative() {
        let d = BigInt::one() << s.min(1 << 30);
        return from_bigint(x.div_floor(&d));
    }
    from_bigint(x >> s.min(1 << 30))
}

macro_rules! bitop {
    ($name:ident, $op:tt) => {
        unsafe extern "C" fn $name(a: Obj, b: Obj) -> Obj {
            both_ints!(a, b);
            let r = if let (IntVal::Small(x), IntVal::Small(y)) = (value(a), value(b)) {
                from_i64(x $op y)
            } else {
                from_bigint(as_bigint(a) $op as_bigint(b))
            };
            if type_of(a) == &raw mut crate::objects::bool::PyBool_Type
                && type_of(b) == &raw mut crate::objects::bool::PyBool_Type
            {
                let t = as_i64(r).unwrap_or(0) != 0;
                decref(r);
                return crate::objects::bool::from_bool(t).into_raw();
            }
            r
        }
    };
}
bitop!(int_and, &);
bitop!(int_or, |);
bitop!(int_xor, ^);

unsafe extern "C" fn int_float(a: Obj) -> Obj {
    match to_f64(a) {
        Ok(f) => crate::objects::float::from_f64(f),
        Err(_) => null_mut(),
    }
}

/// Converts to a float, raising OverflowError when too large.
///
/// # Safety
/// `a` is an int.
pub unsafe fn to_f64(a: Obj) -> PyResult<f64> {
    match value(a) {
        IntVal::Small(v) => Ok(v as f64),
        IntVal::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(crate::errors::raise(
                exceptions::overflow_error(),
                "int too large to convert to float",
            )),
        },
    }
}

unsafe extern "C" fn int_bit_length(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    match value(o) {
        IntVal::Small(v) => from_i64(64 - v.unsigned_abs().leading_zeros() as i64),
        IntVal::Big(b) => from_i64(b.bits() as i64),
    }
}

unsafe extern "C" fn int_bit_count(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        Ok(Ref::steal(match value(o) {
            IntVal::Small(v) => from_i64(v.unsigned_abs().count_ones() as i64),
            IntVal::Big(b) => {
                let ones: u64 = b.iter_u64_digits().map(|d| d.count_ones() as u64).sum();
                from_i64(ones as i64)
            }
        }))
    })())
}

unsafe extern "C" fn int_is_integer(_o: Obj, _unused: Obj) -> Obj {
    into_raw((|| Ok(Ref::borrowed(crate::objects::bool::true_obj())))())
}

unsafe extern "C" fn int_as_integer_ratio(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let num = Ref::steal(from_bigint(as_bigint(o)));
        let one = Ref::steal(from_i64(1));
        Ok(Ref::steal(crate::objects::tuple::pack(&[
            num.as_ptr(),
            one.as_ptr(),
        ])))
    })())
}

/// Reads the `byteorder` argument of `to_bytes`/`from_bytes` (`true` for little-endian).
unsafe fn byteorder_arg(fname: &str, o: Obj) -> PyResult<bool> {
    if o.is_null() {
        return Ok(false);
    }
    if !crate::objects::str::is_str(o) {
        return Err(crate::errors::type_error(&format!(
            "{}() argument 'byteorder' must be str, not {}",
            fname,
            obj_type_name(o)
        )));
    }
    match crate::objects::str::as_str(o) {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(crate::errors::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
unsafe extern "C" fn int_to_bytes(o: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| {
        let [length, order, signed] = crate::builtins::modules::unpack_kw(
            "to_bytes",
            a,
            n,
            k,
            &["length", "byteorder", "$signed"],
            0,
            0,
        )?;
        let length = if length.is_null() {
            1
        } else {
            let i = crate::abstract_::number_index(length)?;
            match as_i64(i.as_ptr()) {
                Some(v) if v < 0 => {
                    return Err(crate::errors::value_error(
                        "length argument must be non-negative",
                    ))
                }
                Some(v) => v as usize,
                None if as_bigint(i.as_ptr()).is_negative() => {
                    return Err(crate::errors::value_error(
                        "length argument must be non-negative",
                    ))
                }
                None => {
                    return Err(crate::errors::raise(
                        exceptions::overflow_error(),
                        "Python int too large to convert to C ssize_t",
                    ))
                }
            }
        };
        let little = byteorder_arg("to_bytes", order)?;
        let signed = !signed.is_null() && crate::abstract_::is_true(signed)?;
        let v = as_bigint(o);
        if !signed && v.is_negative() {
            return Err(crate::errors::raise(
                exceptions::overflow_error(),
                "can't convert negative int to unsigned",
            ));
        }
        // Two's complement, little-endian, sign-extended to `length` bytes.
        let mut le = v.to_signed_bytes_le();
        let fill = if v.is_negative() { 0xff } else { 0 };
        if !signed && !v.is_negative() {
            // An unsigned value may use the top bit: drop the sign byte that
            // `to_signed_bytes_le` adds for it.
            while le.len() > 1 && *le.last().unwrap() == 0 {
                le.pop();
            }
            if v.is_zero() {
                le.clear();
            }
        } else {
            // CPython accepts -1 in zero bytes (all sign bits), hence `len == 1`.
            while !le.is_empty()
                && *le.last().unwrap() == fill
                && (le.len() == 1 || (le[le.len() - 2] & 0x80 != 0) == (fill == 0xff))
            {
                le.pop();
            }
            if v.is_zero() {
                le.clear();
            }
        }
        if le.len() > length {
            return Err(crate::errors::raise(
                exceptions::overflow_error(),
                "int too big to convert",
            ));
        }
        le.resize(length, fill);
        if !little {
            le.reverse();
        }
        Ok(Ref::steal(crate::objects::bytes::from_bytes(&le)))
    })())
}

/// The bytes `int.from_bytes` reads: a bytes-like object as is, or `bytes(obj)`'s rules
/// (`__bytes__`, an iterable of ints in range(256)); str is refused.
unsafe fn from_bytes_source(x: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        return Ok(b.to_vec());
    }
    if let Some(m) = crate::typeobject::lookup_str(type_of(x), "__bytes__") {
        let r = crate::call::call1(m, x)?;
        if let Some(b) = crate::objects::bytes::bytes_like(r.as_ptr()) {
            if crate::objects::bytes::is_bytes(r.as_ptr()) {
                return Ok(b.to_vec());
            }
        }
        return Err(crate::errors::type_error(&format!(
            "__bytes__ returned non-bytes (type {})",
            obj_type_name(r.as_ptr())
        )));
    }
    let cannot = || {
        crate::errors::type_error(&format!(
            "cannot convert '{}' object to bytes",
            obj_type_name(x)
        ))
    };
    if crate::objects::str::is_str(x) {
        return Err(cannot());
    }
    let items = match crate::abstract_::collect(x) {
        Ok(v) => v,
        Err(e) => {
            if crate::errors::matches(exceptions::type_error()) {
                crate::errors::clear();
                return Err(cannot());
            }
            return Err(e);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = crate::abstract_::number_index(it.as_ptr())?;
        match as_i64(i.as_ptr()) {
            Some(v) if (0..256).contains(&v) => out.push(v as u8),
            _ => return Err(crate::errors::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; on a subclass the result
/// is passed to the subclass (`cls(value)`), as CPython does.
unsafe extern "C" fn int_from_bytes(cls: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| {
        let [src, order, signed] = crate::builtins::modules::unpack_kw(
            "from_bytes",
            a,
            n,
            k,
            &["bytes", "byteorder", "$signed"],
            0,
            1,
        )?;
        let little = byteorder_arg("from_bytes", order)?;
        let signed = !signed.is_null() && crate::abstract_::is_true(signed)?;
        let mut data = from_bytes_source(src)?;
        if !little {
            data.reverse();
        }
        let v = if signed {
            BigInt::from_signed_bytes_le(&data)
        } else {
            BigInt::from_bytes_le(Sign::Plus, &data)
        };
        let r = Ref::steal(from_bigint(v));
        if cls == (&raw mut PyLong_Type) as Obj {
            return Ok(r);
        }
        crate::call::call1(cls, r.as_ptr())
    })())
}

/// `int.__round__(ndigits=None)`: the builtin `round`'s int rules.
unsafe extern "C" fn int_round_m(o: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| {
        let [nd] = crate::args::parse_pos::<0, 1>("__round__", a, n, k)?;
        crate::builtins::round_int(o, nd)
    })())
}

unsafe extern "C" fn int_conjugate(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    int_pos(o)
}

unsafe extern "C" fn int_index_m(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    int_pos(o)
}

unsafe extern "C" fn int_get_self(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    int_pos(o)
}
unsafe extern "C" fn int_get_zero(_o: Obj, _: *mut std::ffi::c_void) -> Obj {
    from_i64(0)
}
unsafe extern "C" fn int_get_one(_o: Obj, _: *mut std::ffi::c_void) -> Obj {
    from_i64(1)
}

/// Parses an int literal the way `int(text, base)` does (whitespace, sign, underscores,
/// base prefixes for base 0/2/8/16). `None` when the text is not valid.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 16 && prefixed("0x"))
        || (base == 8 && prefixed("0o"))
        || (base == 2 && prefixed("0b"))
    {
        body = &body[2..];
        if body.starts_with('_') {
            body = &body[1..];
        }
    } else if base == 0 {
        if prefixed("0x") {
            base = 16;
            body = &body[2..];
        } else if prefixed("0o") {
            base = 8;
            body = &body[2..];
        } else if prefixed("0b") {
            base = 2;
            body = &body[2..];
        } else {
            base = 10;
            // Base 0 forbids leading zeros in non-zero decimals.
            let digits: String = body.chars().filter(|&c| c != '_').collect();
            if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
                return None;
            }
        }
        if body.starts_with('_') && base != 10 {
            body = &body[1..];
        }
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let mut digits = Vec::with_capacity(body.len());
    for c in body.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(36)?;
        if d >= base {
            return None;
        }
        digits.push(d as u8);
    }
    let v = BigInt::from_radix_be(Sign::Plus, &digits, base)?;
    Some(if neg { -v } else { v })
}

unsafe extern "C" fn int_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [x, base] = crate::args::parse_tuple::<0, 2>("int", args, kwargs, &["/x", "base"])?;
        let r = int_from_args(x, base)?;
        if tp == &raw mut PyLong_Type {
            return Ok(r);
        }
        crate::classes::subtype_from_builtin(tp, r)
    })())
}

unsafe fn int_from_args(x: Obj, base: Obj) -> PyResult<Ref> {
    if x.is_null() {
        if !base.is_null() {
            return Err(crate::errors::type_error("int() missing string argument"));
        }
        return Ok(Ref::steal(from_i64(0)));
    }
    if !base.is_null() {
        let b = crate::abstract_::as_ssize(base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(crate::errors::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let text = if crate::objects::str::is_str(x) {
            crate::objects::str::as_str(x).to_string()
        } else if crate::objects::bytes::is_bytes(x) || crate::objects::bytearray::is_bytearray(x) {
            String::from_utf8_lossy(crate::objects::bytes::bytes_like(x).unwrap()).into_owned()
        } else {
            return Err(crate::errors::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return parse_or_error(&text, b as u32, x);
    }
    if crate::objects::str::is_str(x) {
        return parse_or_error(crate::objects::str::as_str(x), 10, x);
    }
    if crate::objects::bytes::is_bytes(x) || crate::objects::bytearray::is_bytearray(x) {
        let t = String::from_utf8_lossy(crate::objects::bytes::bytes_like(x).unwrap()).into_owned();
        return parse_or_error(&t, 10, x);
    }
    crate::abstract_::number_long(x)
}

/// Text with Unicode decimal digits and white space in ASCII form, as CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII` (other characters are kept).
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_whitespace() {
                    ' '
                } else if let Some(d) = crate::objects::unicode_db::decimal_value(c) {
                    char::from_digit(d, 10).unwrap()
                } else {
                    c
                }
            })
            .collect(),
    )
}

unsafe fn parse_or_error(text: &str, base: u32, orig: Obj) -> PyResult<Ref> {
    let text = &*ascii_digits(text);
    // CPython's limit on decimal (non power-of-two base) conversions.
    if !base.is_power_of_two() {
        let digits = text.chars().filter(|c| c.is_ascii_alphanumeric()).count();
        if digits > 4300 && parse_int(text, base).is_some() {
            return Err(crate::errors::value_error(&format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits
            )));
        }
    }
    match parse_int(text, base) {
        Some(v) => Ok(Ref::steal(from_bigint(v))),
        None => {
            let r = crate::abstract_::repr(orig)?;
            Err(crate::errors::value_error(&format!(
                "invalid literal for int() with base {}: {}",
                base,
                crate::objects::str::as_str(r.as_ptr())
            )))
        }
    }
}

/// `Ok(v)` if `o` is an int fitting in i64, OverflowError otherwise.
///
/// # Safety
/// `o` is an int.
pub unsafe fn to_i64_or_overflow(o: Obj) -> PyResult<i64> {
    as_i64(o).ok_or_else(|| {
        crate::errors::raise(
            exceptions::overflow_error(),
            "Python int too large to convert to C ssize_t",
        )
    })
}

#[allow(dead_code)]
fn _assert_raised_is_zst(_: Raised) {}
