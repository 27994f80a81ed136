//! `abstract.h`: the number, sequence and mapping protocols for any object.

use crate::guard;
use molt_runtime::abstract_::{self as ab, BinOp};
use molt_runtime::object::*;

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

/// `operator.index(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Index(o: Obj) -> Obj {
    guard(|| ab::number_index(o))
}

/// `int(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Long(o: Obj) -> Obj {
    guard(|| ab::number_long(o))
}

/// `float(o)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyNumber_Float(o: Obj) -> Obj {
    guard(|| ab::number_float(o))
}
