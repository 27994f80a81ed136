//! `sliceobject.h`: slice objects and the index arithmetic C sequence types use
//! (`PySlice_GetIndicesEx` is a macro over the two functions here).

use crate::support::{bad_internal_call, type_error};
use crate::{guard, guard_status};
use molt_runtime::errors::PyResult;
use molt_runtime::object::*;
use molt_runtime::objects::{int, none, slice};
use num_bigint::Sign;
use std::ffi::c_int;

/// `slice(start, stop, step)`; NULL arguments mean None. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySlice_New(start: Obj, stop: Obj, step: Obj) -> Obj {
    guard(|| Ok(Ref::steal(slice::new(start, stop, step))))
}

/// CPython's `_PyEval_SliceIndex`: None gives `None`, an index-able object its value
/// saturated to Py_ssize_t.
unsafe fn slice_index(o: Obj) -> PyResult<Option<isize>> {
    if o == none::none() {
        return Ok(None);
    }
    let nb = (*type_of(o)).tp_as_number;
    if !int::is_int(o) && (nb.is_null() || (*nb).nb_index.is_none()) {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    let i = molt_runtime::abstract_::number_index(o)?;
    Ok(Some(match int::as_i64(i.as_ptr()) {
        Some(v) => v as isize,
        None if int::as_bigint(i.as_ptr()).sign() == Sign::Minus => isize::MIN,
        None => isize::MAX,
    }))
}

/// Extracts start, stop and step of a slice as Py_ssize_t (None becomes the extreme
/// for the direction; step 0 is a ValueError "slice step cannot be zero"), before
/// clamping to a length with [`PySlice_AdjustIndices`]. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PySlice_Unpack(
    s: Obj,
    start: *mut isize,
    stop: *mut isize,
    step: *mut isize,
) -> c_int {
    guard_status(|| {
        if s.is_null() || !slice::is_slice(s) {
            return Err(bad_internal_call());
        }
        let so = s as *mut slice::PySliceObject;
        let st = match slice_index((*so).step)? {
            None => 1,
            Some(0) => {
                return Err(molt_runtime::errors::value_error(
                    "slice step cannot be zero",
                ))
            }
            Some(v) => v.max(-isize::MAX),
        };
        *step = st;
        *start = slice_index((*so).start)?.unwrap_or(if st < 0 { isize::MAX } else { 0 });
        *stop = slice_index((*so).stop)?.unwrap_or(if st < 0 { isize::MIN } else { isize::MAX });
        Ok(())
    })
}

/// Clamps unpacked slice bounds to a sequence of `length` items and returns the number
/// of items the slice selects. Never fails.
#[no_mangle]
pub unsafe extern "C" fn PySlice_AdjustIndices(
    length: isize,
    start: *mut isize,
    stop: *mut isize,
    step: isize,
) -> isize {
    let adjust = |p: *mut isize| {
        if *p < 0 {
            *p += length;
            if *p < 0 {
                *p = if step < 0 { -1 } else { 0 };
            }
        } else if *p >= length {
            *p = if step < 0 { length - 1 } else { length };
        }
    };
    adjust(start);
    adjust(stop);
    if step < 0 {
        if *stop < *start {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if *start < *stop {
        return (*stop - *start - 1) / step + 1;
    }
    0
}
