//! `abstract.h`: the number, sequence and mapping protocols for any object.

use crate::support::{check_nonnull, str_from_c, tname, type_error};
use crate::{guard, guard_status, guard_value};
use molt_runtime::abstract_::{self as ab, BinOp, UnaryOp};
use molt_runtime::errors::{self, raise, PyResult};
use molt_runtime::object::*;
use molt_runtime::objects::{dict, exceptions as exc, int, list, tuple};
use std::ffi::{c_char, c_int};

// Written out function by function: cbindgen does not expand macros.

/// `a + b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Add(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Add))
}

/// `a += b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceAdd(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::Add))
}

/// `a - b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Subtract(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Sub))
}

/// `a -= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceSubtract(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::Sub))
}

/// `a * b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Multiply(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Mul))
}

/// `a *= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceMultiply(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::Mul))
}

/// `a / b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_TrueDivide(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::TrueDiv))
}

/// `a /= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceTrueDivide(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::TrueDiv))
}

/// `a // b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_FloorDivide(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::FloorDiv))
}

/// `a //= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceFloorDivide(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::FloorDiv))
}

/// `a % b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Remainder(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Mod))
}

/// `a %= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceRemainder(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::Mod))
}

/// `a << b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Lshift(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::LShift))
}

/// `a <<= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceLshift(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::LShift))
}

/// `a >> b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Rshift(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::RShift))
}

/// `a >>= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceRshift(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::RShift))
}

/// `a & b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_And(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::And))
}

/// `a &= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceAnd(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::And))
}

/// `a | b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Or(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Or))
}

/// `a |= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceOr(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::Or))
}

/// `a ^ b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Xor(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Xor))
}

/// `a ^= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceXor(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::Xor))
}

/// `a @ b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_MatrixMultiply(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::MatMul))
}

/// `a @= b`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_InPlaceMatrixMultiply(a: Obj, b: Obj) -> Obj {
    guard(|| ab::inplace_op(a, b, BinOp::MatMul))
}

/// `divmod(a, b)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Divmod(a: Obj, b: Obj) -> Obj {
    guard(|| ab::binary_op(a, b, BinOp::Divmod))
}

/// `pow(a, b, c)` (`c` may be None). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Power(a: Obj, b: Obj, c: Obj) -> Obj {
    guard(|| ab::ternary_pow(a, b, c))
}

/// `operator.index(o)`, always an exact int (a bool or int subclass result is copied).
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Index(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let i = ab::number_index(o)?;
        if type_of(i.as_ptr()) != &raw mut int::PyLong_Type {
            return Ok(Ref::steal(int::from_bigint(int::as_bigint(i.as_ptr()))));
        }
        Ok(i)
    })
}

/// The text of a str, bytes or bytearray argument of `int()` / `float()`.
unsafe fn text_arg(o: Obj) -> Option<String> {
    if molt_runtime::objects::str::is_str(o) {
        return Some(molt_runtime::objects::str::as_str(o).to_string());
    }
    molt_runtime::objects::bytes::bytes_like(o).map(|b| String::from_utf8_lossy(b).into_owned())
}

/// `int(o)`, including strs and bytes parsed in base 10. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Long(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        if type_of(o) == &raw mut int::PyLong_Type {
            return Ok(Ref::borrowed(o));
        }
        let nb = (*type_of(o)).tp_as_number;
        let numeric = !nb.is_null() && ((*nb).nb_int.is_some() || (*nb).nb_index.is_some());
        if !numeric {
            if let Some(t) = text_arg(o) {
                return match int::parse_int(&t, 10) {
                    Some(v) => Ok(Ref::steal(int::from_bigint(v))),
                    None => {
                        let shown = ab::repr(o)?;
                        Err(raise(
                            exc::value_error(),
                            &format!(
                                "invalid literal for int() with base 10: {}",
                                molt_runtime::objects::str::as_str(shown.as_ptr())
                            ),
                        ))
                    }
                };
            }
        }
        ab::number_long(o)
    })
}

/// `float(o)`, including strs and bytes. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Float(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        if text_arg(o).is_some() {
            return errors::from_raw(crate::floatobject::PyFloat_FromString(o));
        }
        ab::number_float(o)
    })
}

/// `-o`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Negative(o: Obj) -> Obj {
    guard(|| ab::unary_op(o, UnaryOp::Neg))
}

/// `+o`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Positive(o: Obj) -> Obj {
    guard(|| ab::unary_op(o, UnaryOp::Pos))
}

/// `~o`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Invert(o: Obj) -> Obj {
    guard(|| ab::unary_op(o, UnaryOp::Invert))
}

/// `abs(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Absolute(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let nb = (*type_of(o)).tp_as_number;
        if !nb.is_null() {
            if let Some(f) = (*nb).nb_absolute {
                return errors::from_raw(f(o));
            }
        }
        Err(type_error(&format!(
            "bad operand type for abs(): '{}'",
            tname(o)
        )))
    })
}

/// Whether `o` is a number: has `__index__`, `__int__` or `__float__`.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Check(o: Obj) -> c_int {
    if o.is_null() {
        return 0;
    }
    let nb = (*type_of(o)).tp_as_number;
    let has = !nb.is_null()
        && ((*nb).nb_index.is_some() || (*nb).nb_int.is_some() || (*nb).nb_float.is_some());
    // TODO(capi): CPython also counts complex numbers; Molt has no complex type yet.
    has as c_int
}

/// `bin(n)`, `oct(n)`, `str(int(n))` or `hex(n)` for `base` 2, 8, 10 or 16 (SystemError
/// for other bases). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_ToBase(n: Obj, base: c_int) -> Obj {
    guard(|| {
        if ![2, 8, 10, 16].contains(&base) {
            return Err(raise(
                exc::system_error(),
                "PyNumber_ToBase: base must be 2, 8, 10 or 16",
            ));
        }
        let i = ab::number_index(n)?;
        let v = int::as_bigint(i.as_ptr());
        let prefix = match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        };
        let digits = v.magnitude().to_str_radix(base as u32);
        let sign = if v.sign() == num_bigint::Sign::Minus {
            "-"
        } else {
            ""
        };
        Ok(molt_runtime::objects::str::from_string(format!(
            "{}{}{}",
            sign, prefix, digits
        )))
    })
}

/// Whether `o` supports the sequence protocol (`__getitem__` through `sq_item`, dicts
/// excluded): 1 or 0.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Check(o: Obj) -> c_int {
    if o.is_null() || dict::is_dict(o) {
        return 0;
    }
    let sq = (*type_of(o)).tp_as_sequence;
    (!sq.is_null() && (*sq).sq_item.is_some()) as c_int
}

/// `len(o)` for a sequence: TypeError "T is not a sequence" for mappings. -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Size(o: Obj) -> isize {
    guard_value(-1, || {
        check_nonnull(&[o])?;
        let (sq, mp) = ((*type_of(o)).tp_as_sequence, (*type_of(o)).tp_as_mapping);
        protocol_len(
            o,
            if sq.is_null() { None } else { (*sq).sq_length },
            !mp.is_null() && (*mp).mp_length.is_some(),
            "sequence",
        )
    })
}

/// `len(o)` through the length slot of one protocol (`own`); when only the other
/// protocol has one, CPython's "T is not a <protocol>", otherwise "has no len()".
unsafe fn protocol_len(
    o: Obj,
    own: molt_runtime::typeobject::LenFunc,
    other_has_len: bool,
    protocol: &str,
) -> PyResult<isize> {
    if let Some(f) = own {
        let n = f(o);
        if n < 0 {
            return Err(errors::Raised);
        }
        return Ok(n);
    }
    if other_has_len {
        return Err(type_error(&format!("{} is not a {}", tname(o), protocol)));
    }
    Err(type_error(&format!(
        "object of type '{}' has no len()",
        tname(o)
    )))
}

/// Same as [`PySequence_Size`].
#[no_mangle]
pub unsafe extern "C" fn PySequence_Length(o: Obj) -> isize {
    PySequence_Size(o)
}

/// The sequence slot of `o` with `pick`, or CPython's TypeError: "T is not a sequence"
/// for mappings, else "'T' object `what`".
unsafe fn seq_slot<F>(
    o: Obj,
    pick: impl Fn(&molt_runtime::typeobject::PySequenceMethods) -> Option<F>,
    what: &str,
    assign: bool,
) -> PyResult<F> {
    check_nonnull(&[o])?;
    let tp = type_of(o);
    let sq = (*tp).tp_as_sequence;
    if !sq.is_null() {
        if let Some(f) = pick(&*sq) {
            return Ok(f);
        }
    }
    let mp = (*tp).tp_as_mapping;
    let mapping = !mp.is_null()
        && if assign {
            (*mp).mp_ass_subscript.is_some()
        } else {
            (*mp).mp_subscript.is_some()
        };
    if mapping {
        return Err(type_error(&format!("{} is not a sequence", tname(o))));
    }
    Err(type_error(&format!("'{}' object {}", tname(o), what)))
}

/// A negative index counted from the end, as the sequence functions do.
unsafe fn seq_index(o: Obj, i: isize) -> PyResult<isize> {
    if i >= 0 {
        return Ok(i);
    }
    let sq = (*type_of(o)).tp_as_sequence;
    if let Some(l) = (*sq).sq_length {
        let n = l(o);
        if n < 0 {
            return Err(errors::Raised);
        }
        return Ok(i + n);
    }
    Ok(i)
}

/// `o[i]` (negative `i` counts from the end). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_GetItem(o: Obj, i: isize) -> Obj {
    guard(|| {
        let f = seq_slot(o, |s| s.sq_item, "does not support indexing", false)?;
        let i = seq_index(o, i)?;
        errors::from_raw(f(o, i))
    })
}

/// `o[i] = v`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PySequence_SetItem(o: Obj, i: isize, v: Obj) -> c_int {
    guard_status(|| {
        if v.is_null() {
            return Err(type_error("PySequence_SetItem: NULL value"));
        }
        let f = seq_slot(
            o,
            |s| s.sq_ass_item,
            "does not support item assignment",
            true,
        )?;
        let i = seq_index(o, i)?;
        errors::from_status(f(o, i, v))
    })
}

/// `del o[i]`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PySequence_DelItem(o: Obj, i: isize) -> c_int {
    guard_status(|| {
        let f = seq_slot(o, |s| s.sq_ass_item, "doesn't support item deletion", true)?;
        let i = seq_index(o, i)?;
        errors::from_status(f(o, i, std::ptr::null_mut()))
    })
}

/// `v in o`: 1, 0, or -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Contains(o: Obj, v: Obj) -> c_int {
    guard_value(-1, || {
        check_nonnull(&[o, v])?;
        ab::contains(o, v).map(|b| b as c_int)
    })
}

/// Same as [`PySequence_Contains`].
#[no_mangle]
pub unsafe extern "C" fn PySequence_In(o: Obj, v: Obj) -> c_int {
    PySequence_Contains(o, v)
}

/// `tuple(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Tuple(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        if type_of(o) == &raw mut tuple::PyTuple_Type {
            return Ok(Ref::borrowed(o));
        }
        Ok(Ref::steal(tuple::from_refs(ab::collect(o)?)))
    })
}

/// `list(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_List(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        Ok(Ref::steal(list::from_refs(ab::collect(o)?)))
    })
}

/// `o` itself when it is an exact list or tuple, else `list(o)`, so that
/// `PySequence_Fast_ITEMS` can read the items; a non-iterable `o` is a TypeError with
/// the message `m`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Fast(o: Obj, m: *const c_char) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let tp = type_of(o);
        if tp == &raw mut list::PyList_Type || tp == &raw mut tuple::PyTuple_Type {
            return Ok(Ref::borrowed(o));
        }
        let it = match ab::get_iter(o) {
            Ok(it) => it,
            Err(e) => {
                if errors::matches(exc::type_error()) {
                    errors::clear();
                    return Err(type_error(&crate::cstr(m)));
                }
                return Err(e);
            }
        };
        let mut v = Vec::new();
        while let Some(x) = ab::iter_next(it.as_ptr())? {
            v.push(x);
        }
        Ok(Ref::steal(list::from_refs(v)))
    })
}

/// `a + b` for sequences (`sq_concat`): TypeError "'T' object can't be concatenated"
/// otherwise. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Concat(a: Obj, b: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[a, b])?;
        let sq = (*type_of(a)).tp_as_sequence;
        if !sq.is_null() {
            if let Some(f) = (*sq).sq_concat {
                return errors::from_raw(f(a, b));
            }
        }
        if PySequence_Check(a) != 0 && PySequence_Check(b) != 0 {
            return ab::binary_op(a, b, BinOp::Add);
        }
        Err(type_error(&format!(
            "'{}' object can't be concatenated",
            tname(a)
        )))
    })
}

/// The first index of `v` in `o`; -1 with ValueError "sequence.index(x): x not in
/// sequence".
#[no_mangle]
pub unsafe extern "C" fn PySequence_Index(o: Obj, v: Obj) -> isize {
    guard_value(-1, || {
        check_nonnull(&[o, v])?;
        let it = search_iter(o)?;
        let mut i = 0;
        while let Some(x) = ab::iter_next(it.as_ptr())? {
            if ab::eq_bool(x.as_ptr(), v)? {
                return Ok(i);
            }
            i += 1;
        }
        Err(raise(
            exc::value_error(),
            "sequence.index(x): x not in sequence",
        ))
    })
}

/// The number of items of `o` equal to `v`; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Count(o: Obj, v: Obj) -> isize {
    guard_value(-1, || {
        check_nonnull(&[o, v])?;
        let it = search_iter(o)?;
        let mut n = 0;
        while let Some(x) = ab::iter_next(it.as_ptr())? {
            if ab::eq_bool(x.as_ptr(), v)? {
                n += 1;
            }
        }
        Ok(n)
    })
}

/// Whether `o` supports `__getitem__` through `mp_subscript`: 1 or 0.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_Check(o: Obj) -> c_int {
    if o.is_null() {
        return 0;
    }
    let mp = (*type_of(o)).tp_as_mapping;
    (!mp.is_null() && (*mp).mp_subscript.is_some()) as c_int
}

/// `len(o)` for a mapping: TypeError "T is not a mapping" for sequences without
/// `mp_length`. -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_Size(o: Obj) -> isize {
    guard_value(-1, || {
        check_nonnull(&[o])?;
        let (sq, mp) = ((*type_of(o)).tp_as_sequence, (*type_of(o)).tp_as_mapping);
        protocol_len(
            o,
            if mp.is_null() { None } else { (*mp).mp_length },
            !sq.is_null() && (*sq).sq_length.is_some(),
            "mapping",
        )
    })
}

/// Same as [`PyMapping_Size`].
#[no_mangle]
pub unsafe extern "C" fn PyMapping_Length(o: Obj) -> isize {
    PyMapping_Size(o)
}

/// `list(o.name())` as CPython's `method_output_as_list`.
pub(crate) unsafe fn method_as_list(o: Obj, name: &str) -> PyResult<Ref> {
    check_nonnull(&[o])?;
    let m = ab::getattr_str(o, name)?;
    let r = molt_runtime::call::call0(m.as_ptr())?;
    let it = match ab::get_iter(r.as_ptr()) {
        Ok(it) => it,
        Err(e) => {
            if errors::matches(exc::type_error()) {
                errors::clear();
                return Err(type_error(&format!(
                    "{}.{}() returned a non-iterable (type {})",
                    tname(o),
                    name,
                    tname(r.as_ptr())
                )));
            }
            return Err(e);
        }
    };
    let mut v = Vec::new();
    while let Some(x) = ab::iter_next(it.as_ptr())? {
        v.push(x);
    }
    Ok(Ref::steal(list::from_refs(v)))
}

/// `list(o.keys())`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_Keys(o: Obj) -> Obj {
    guard(|| method_as_list(o, "keys"))
}

/// `list(o.values())`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_Values(o: Obj) -> Obj {
    guard(|| method_as_list(o, "values"))
}

/// `list(o.items())`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_Items(o: Obj) -> Obj {
    guard(|| method_as_list(o, "items"))
}

/// `o[key]` with a UTF-8 C string key. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_GetItemString(o: Obj, key: *const c_char) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let k = str_from_c(key);
        ab::getitem(o, k.as_ptr())
    })
}

/// `o[key] = v` with a UTF-8 C string key. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_SetItemString(o: Obj, key: *const c_char, v: Obj) -> c_int {
    guard_status(|| {
        check_nonnull(&[o, v])?;
        let k = str_from_c(key);
        ab::setitem(o, k.as_ptr(), v)
    })
}

/// Whether `o[key]` succeeds: 1 or 0; any exception is discarded.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_HasKey(o: Obj, key: Obj) -> c_int {
    let r = guard(|| {
        check_nonnull(&[o, key])?;
        ab::getitem(o, key)
    });
    if r.is_null() {
        errors::clear();
        return 0;
    }
    decref(r);
    1
}

/// [`PyMapping_HasKey`] with a UTF-8 C string key.
#[no_mangle]
pub unsafe extern "C" fn PyMapping_HasKeyString(o: Obj, key: *const c_char) -> c_int {
    let r = PyMapping_GetItemString(o, key);
    if r.is_null() {
        errors::clear();
        return 0;
    }
    decref(r);
    1
}

/// `iter(o)` for the sequence searches, with CPython's "argument of type 'T' is not
/// iterable".
unsafe fn search_iter(o: Obj) -> PyResult<Ref> {
    ab::get_iter(o).map_err(|e| {
        if errors::matches(exc::type_error()) {
            errors::clear();
            return type_error(&format!("argument of type '{}' is not iterable", tname(o)));
        }
        e
    })
}

/// `o * count` for sequences (`sq_repeat`). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_Repeat(o: Obj, count: isize) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let sq = (*type_of(o)).tp_as_sequence;
        if !sq.is_null() {
            if let Some(f) = (*sq).sq_repeat {
                return errors::from_raw(f(o, count));
            }
        }
        if PySequence_Check(o) != 0 {
            let n = Ref::steal(int::from_i64(count as i64));
            return ab::binary_op(o, n.as_ptr(), BinOp::Mul);
        }
        Err(type_error(&format!(
            "'{}' object can't be repeated",
            tname(o)
        )))
    })
}

/// `o[i1:i2]`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySequence_GetSlice(o: Obj, i1: isize, i2: isize) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let mp = (*type_of(o)).tp_as_mapping;
        if mp.is_null() || (*mp).mp_subscript.is_none() {
            return Err(type_error(&format!("'{}' object is unsliceable", tname(o))));
        }
        let a = Ref::steal(int::from_i64(i1 as i64));
        let b = Ref::steal(int::from_i64(i2 as i64));
        let s = Ref::steal(molt_runtime::objects::slice::new(
            a.as_ptr(),
            b.as_ptr(),
            std::ptr::null_mut(),
        ));
        ab::getitem(o, s.as_ptr())
    })
}

// ---- the buffer protocol ----------------------------------------------------------

use molt_runtime::objects::memoryview::{self as mview, Py_buffer};

/// `PyObject_CheckBuffer`: 1 if `o`'s type exports buffers (`bf_getbuffer`), else 0.
/// `o` is borrowed; never fails.
#[no_mangle]
pub unsafe extern "C" fn PyObject_CheckBuffer(o: Obj) -> c_int {
    (!o.is_null() && mview::check_buffer(o)) as c_int
}

/// `PyObject_GetBuffer`: fills `view` through `o`'s `bf_getbuffer` for `flags`
/// (`PyBUF_*`). `o` is borrowed; on success `view->obj` holds a new reference, given
/// back by `PyBuffer_Release`. TypeError "a bytes-like object is required, not 'X'"
/// for a non-exporter. Returns 0, or -1 with an exception.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GetBuffer(o: Obj, view: *mut Py_buffer, flags: c_int) -> c_int {
    guard_status(|| {
        check_nonnull(&[o])?;
        if view.is_null() {
            return Err(crate::support::bad_internal_call());
        }
        mview::get_buffer(o, view, flags)
    })
}

/// `PyBuffer_Release`: calls the exporter's `bf_releasebuffer`, releases the reference
/// in `view->obj` and sets it to NULL. A NULL view or a view whose `obj` is NULL (a
/// buffer the argument parsers filled for None) is left alone. Shared by every consumer:
/// the argument parsers' `s*`/`y*`/`z*` views too.
#[no_mangle]
pub unsafe extern "C" fn PyBuffer_Release(view: *mut Py_buffer) {
    mview::release_buffer(view)
}

/// `PyBuffer_FillInfo`: fills `view` as a one-dimensional unsigned-byte buffer of `len`
/// bytes at `buf` for an exporter's `bf_getbuffer`. `obj` (may be NULL) is borrowed and
/// `view->obj` gets a new reference to it. BufferError "Object is not writable." when
/// `flags` asks for writable memory and `readonly` is set. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyBuffer_FillInfo(
    view: *mut Py_buffer,
    obj: Obj,
    buf: *mut std::ffi::c_void,
    len: isize,
    readonly: c_int,
    flags: c_int,
) -> c_int {
    guard_status(|| mview::fill_info(view, obj, buf, len, readonly != 0, flags))
}

/// `PyBuffer_IsContiguous`: 1 if `view` is C- (`'C'`), Fortran- (`'F'`) or either
/// (`'A'`) contiguous, else 0. Never fails.
#[no_mangle]
pub unsafe extern "C" fn PyBuffer_IsContiguous(view: *const Py_buffer, order: c_char) -> c_int {
    if view.is_null() {
        return 0;
    }
    mview::is_contiguous(&*view, order as u8) as c_int
}

/// `PyBuffer_GetPointer`: the address of the item at `indices` (one per dimension).
/// Never fails; the indices must be in range.
#[no_mangle]
pub unsafe extern "C" fn PyBuffer_GetPointer(
    view: *const Py_buffer,
    indices: *const isize,
) -> *mut std::ffi::c_void {
    let v = &*view;
    let mut p = v.buf as *mut u8;
    for d in 0..v.ndim.max(0) as usize {
        let stride = if v.strides.is_null() {
            // C-contiguous: the product of the later extents times the item size.
            let mut s = v.itemsize;
            for k in d + 1..v.ndim as usize {
                s *= *v.shape.add(k);
            }
            s
        } else {
            *v.strides.add(d)
        };
        p = p.offset(stride * *indices.add(d));
        if !v.suboffsets.is_null() && *v.suboffsets.add(d) >= 0 {
            p = (*(p as *mut *mut u8)).offset(*v.suboffsets.add(d));
        }
    }
    p as *mut std::ffi::c_void
}

/// `PyBuffer_ToContiguous`: copies `len` bytes of `src` into `buf` in C order (`'C'` or
/// `'A'`). Returns 0, or -1 with ValueError when `len` differs from the view's size.
/// TODO(capi): Fortran order ('F') for non-contiguous views.
#[no_mangle]
pub unsafe extern "C" fn PyBuffer_ToContiguous(
    buf: *mut std::ffi::c_void,
    src: *const Py_buffer,
    len: isize,
    order: c_char,
) -> c_int {
    guard_status(|| {
        let v = &*src;
        if len != v.len {
            return Err(errors::value_error(
                "PyBuffer_ToContiguous: len != view->len",
            ));
        }
        if order as u8 == b'F' && v.ndim > 1 && !mview::is_contiguous(v, b'F') {
            return Err(raise(
                exc::not_implemented_error(),
                "PyBuffer_ToContiguous: Fortran order is not supported yet",
            ));
        }
        let b = mview::to_bytes(v);
        std::ptr::copy_nonoverlapping(b.as_ptr(), buf as *mut u8, b.len());
        Ok(())
    })
}

// ---- index conversions ---------------------------------------------------------------

/// `PyIndex_Check`: 1 if `o`'s type has `nb_index` (`o` usable as an index), else 0.
/// `o` is borrowed; never fails.
#[no_mangle]
pub unsafe extern "C" fn PyIndex_Check(o: Obj) -> c_int {
    let nb = (*type_of(o)).tp_as_number;
    (!nb.is_null() && (*nb).nb_index.is_some()) as c_int
}

/// `PyNumber_AsSsize_t`: `o.__index__()` as a Py_ssize_t. On overflow: with `exc` NULL
/// the value is clamped to PY_SSIZE_T_MIN/MAX, otherwise `exc` (borrowed) is raised with
/// "cannot fit 'T' into an index-sized integer". Returns -1 with an exception on error.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_AsSsize_t(o: Obj, exc_type: Obj) -> isize {
    guard_value(-1, || {
        check_nonnull(&[o])?;
        let i = ab::number_index(o)?;
        if let Some(v) = int::as_i64(i.as_ptr()) {
            return Ok(v as isize);
        }
        if exc_type.is_null() {
            let neg = int::as_bigint(i.as_ptr()).sign() == num_bigint::Sign::Minus;
            return Ok(if neg { isize::MIN } else { isize::MAX });
        }
        Err(raise(
            exc_type as *mut molt_runtime::typeobject::PyTypeObject,
            &format!("cannot fit '{}' into an index-sized integer", tname(o)),
        ))
    })
}
