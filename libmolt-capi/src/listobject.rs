//! `listobject.h`: creating, filling, reading and changing lists.

use crate::support::bad_internal_call;
use crate::tupleobject::clamp;
use crate::{guard, guard_status, guard_value};
use molt_runtime::errors::{raise, PyResult};
use molt_runtime::object::*;
use molt_runtime::objects::list::{self, PyListObject};
use molt_runtime::objects::{exceptions as exc, int, slice, tuple};

unsafe fn expect_list(l: Obj) -> PyResult<()> {
    if l.is_null() || !list::is_list(l) {
        return Err(bad_internal_call());
    }
    Ok(())
}

/// A list of `n` NULL items, to be filled with `PyList_SET_ITEM` / `PyList_SetItem`
/// before it is used. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyList_New(n: isize) -> Obj {
    guard(|| {
        if n < 0 {
            return Err(bad_internal_call());
        }
        let l = list::with_capacity(n as usize);
        let lo = l as *mut PyListObject;
        for i in 0..n as usize {
            *(*lo).ob_item.add(i) = std::ptr::null_mut();
        }
        (*(l as *mut PyVarObject)).ob_size = n;
        Ok(Ref::steal(l))
    })
}

/// The number of items; -1 with SystemError for a non-list.
#[no_mangle]
pub unsafe extern "C" fn PyList_Size(l: Obj) -> isize {
    guard_value(-1, || {
        expect_list(l)?;
        Ok(list::len(l) as isize)
    })
}

/// Item `i`. Return value: borrowed reference. NULL with IndexError "list index out of
/// range".
#[no_mangle]
pub unsafe extern "C" fn PyList_GetItem(l: Obj, i: isize) -> Obj {
    guard_value(std::ptr::null_mut(), || {
        expect_list(l)?;
        if i < 0 || i as usize >= list::len(l) {
            return Err(raise(exc::index_error(), "list index out of range"));
        }
        Ok(list::item(l, i as usize))
    })
}

/// Stores `v` at `i`, releasing the old item. Steals a reference to `v` (also on
/// failure). IndexError "list assignment index out of range". Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyList_SetItem(l: Obj, i: isize, v: Obj) -> i32 {
    guard_status(|| {
        if let Err(e) = expect_list(l) {
            xdecref(v);
            return Err(e);
        }
        if i < 0 || i as usize >= list::len(l) {
            xdecref(v);
            return Err(raise(
                exc::index_error(),
                "list assignment index out of range",
            ));
        }
        let p = (*(l as *mut PyListObject)).ob_item.add(i as usize);
        let old = *p;
        *p = v;
        xdecref(old);
        Ok(())
    })
}

/// `l.append(v)` (a new reference to `v` is taken). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyList_Append(l: Obj, v: Obj) -> i32 {
    guard_status(|| {
        expect_list(l)?;
        if v.is_null() {
            return Err(bad_internal_call());
        }
        list::push(l, new_ref(v));
        Ok(())
    })
}

/// `l.insert(i, v)` (a new reference to `v` is taken). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyList_Insert(l: Obj, i: isize, v: Obj) -> i32 {
    guard_status(|| {
        expect_list(l)?;
        if v.is_null() {
            return Err(bad_internal_call());
        }
        list::insert(l, i, v);
        Ok(())
    })
}

/// `l.sort()`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyList_Sort(l: Obj) -> i32 {
    guard_status(|| {
        expect_list(l)?;
        list::sort(l, std::ptr::null_mut(), false)
    })
}

/// `l.reverse()`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyList_Reverse(l: Obj) -> i32 {
    guard_status(|| {
        expect_list(l)?;
        let n = list::len(l);
        if n > 1 {
            // SAFETY: a list's ob_item holds its ob_size items.
            let xs =
                unsafe { std::slice::from_raw_parts_mut((*(l as *mut PyListObject)).ob_item, n) };
            xs.reverse();
        }
        Ok(())
    })
}

/// `tuple(l)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyList_AsTuple(l: Obj) -> Obj {
    guard(|| {
        expect_list(l)?;
        Ok(Ref::steal(tuple::from_slice(list::items(l))))
    })
}

/// `l[lo:hi]` with the bounds clamped. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyList_GetSlice(l: Obj, lo: isize, hi: isize) -> Obj {
    guard(|| {
        expect_list(l)?;
        let xs = list::items(l);
        let (lo, hi) = clamp(lo, hi, xs.len());
        Ok(Ref::steal(list::from_slice(&xs[lo..hi])))
    })
}

/// `l[lo:hi] = v` with the bounds clamped; `v` NULL deletes the slice. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyList_SetSlice(l: Obj, lo: isize, hi: isize, v: Obj) -> i32 {
    guard_status(|| {
        expect_list(l)?;
        let (lo, hi) = clamp(lo, hi, list::len(l));
        let a = Ref::steal(int::from_i64(lo as i64));
        let b = Ref::steal(int::from_i64(hi as i64));
        let s = Ref::steal(slice::new(a.as_ptr(), b.as_ptr(), std::ptr::null_mut()));
        molt_runtime::abstract_::setitem(l, s.as_ptr(), v)
    })
}
