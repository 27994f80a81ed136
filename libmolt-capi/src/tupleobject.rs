//! `tupleobject.h`: creating, filling and reading tuples.

use crate::support::bad_internal_call;
use crate::{guard, guard_status, guard_value};
use molt_runtime::errors::raise;
use molt_runtime::object::*;
use molt_runtime::objects::{exceptions as exc, tuple};

/// A tuple of `n` NULL items, to be filled with `PyTuple_SET_ITEM` / `PyTuple_SetItem`
/// before it is used. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyTuple_New(n: isize) -> Obj {
    guard(|| {
        if n < 0 {
            return Err(bad_internal_call());
        }
        Ok(Ref::steal(tuple::new_uninit(n as usize)))
    })
}

/// The number of items; -1 with SystemError for a non-tuple.
#[no_mangle]
pub unsafe extern "C" fn PyTuple_Size(t: Obj) -> isize {
    guard_value(-1, || {
        if t.is_null() || !tuple::is_tuple(t) {
            return Err(bad_internal_call());
        }
        Ok(tuple::len(t) as isize)
    })
}

/// Item `i`. Return value: borrowed reference. NULL with IndexError "tuple index out of
/// range" (or SystemError for a non-tuple).
#[no_mangle]
pub unsafe extern "C" fn PyTuple_GetItem(t: Obj, i: isize) -> Obj {
    guard_value(std::ptr::null_mut(), || {
        if t.is_null() || !tuple::is_tuple(t) {
            return Err(bad_internal_call());
        }
        if i < 0 || i as usize >= tuple::len(t) {
            return Err(raise(exc::index_error(), "tuple index out of range"));
        }
        Ok(tuple::item(t, i as usize))
    })
}

/// Stores `v` at `i`, releasing the old item. Steals a reference to `v` (also on
/// failure). Only for tuples nobody else references yet: SystemError otherwise,
/// IndexError "tuple assignment index out of range". Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyTuple_SetItem(t: Obj, i: isize, v: Obj) -> i32 {
    guard_status(|| {
        if t.is_null() || !tuple::is_tuple(t) || (*t).ob_refcnt != 1 {
            xdecref(v);
            return Err(bad_internal_call());
        }
        if i < 0 || i as usize >= tuple::len(t) {
            xdecref(v);
            return Err(raise(
                exc::index_error(),
                "tuple assignment index out of range",
            ));
        }
        let old = tuple::item(t, i as usize);
        tuple::set_item(t, i as usize, v);
        xdecref(old);
        Ok(())
    })
}

/// `t[lo:hi]` with the bounds clamped to the tuple. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyTuple_GetSlice(t: Obj, lo: isize, hi: isize) -> Obj {
    guard(|| {
        if t.is_null() || !tuple::is_tuple(t) {
            return Err(bad_internal_call());
        }
        let xs = tuple::items(t);
        let (lo, hi) = clamp(lo, hi, xs.len());
        if lo == 0 && hi == xs.len() && type_of(t) == &raw mut tuple::PyTuple_Type {
            return Ok(Ref::borrowed(t));
        }
        Ok(Ref::steal(tuple::from_slice(&xs[lo..hi])))
    })
}

/// CPython's slice-bound clamping for `GetSlice`/`SetSlice`: `0 <= lo <= hi <= len`.
pub fn clamp(lo: isize, hi: isize, len: usize) -> (usize, usize) {
    let n = len as isize;
    let lo = lo.clamp(0, n);
    let hi = hi.clamp(lo, n);
    (lo as usize, hi as usize)
}
