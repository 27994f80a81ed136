//! `longobject.h`: conversions between C integers and Python ints.

use crate::guard_value;
use molt_runtime::object::*;
use molt_runtime::objects::{exceptions as exc, int};
use std::ffi::{c_long, c_longlong};

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
        let i = molt_runtime::abstract_::number_index(o)?;
        int::as_i64(i.as_ptr()).map(|v| v as c_long).ok_or_else(|| {
            molt_runtime::errors::raise(
                exc::overflow_error(),
                "Python int too large to convert to C long",
            )
        })
    })
}
