//! `setobject.h`: set and frozenset over the runtime's table, which has CPython 3.12's
//! layout and order (`molt_runtime::objects::settable`), so `_PySet_NextEntry` walks the
//! elements in CPython's order.

use crate::support::bad_internal_call;
use crate::{guard, guard_status, guard_value};
use molt_runtime::errors::PyResult;
use molt_runtime::object::*;
use molt_runtime::objects::set;
use molt_runtime::typeobject::is_instance_of;
use std::ffi::c_int;

unsafe fn is_set(o: Obj) -> bool {
    !o.is_null() && is_instance_of(o, &raw mut set::PySet_Type)
}

unsafe fn expect_anyset(s: Obj) -> PyResult<()> {
    if s.is_null() || !set::is_anyset(s) {
        return Err(bad_internal_call());
    }
    Ok(())
}

/// `set(iterable)` (`iterable` NULL: an empty set). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySet_New(iterable: Obj) -> Obj {
    guard(|| {
        if iterable.is_null() {
            return Ok(set::new_empty(&raw mut set::PySet_Type));
        }
        set::set_from_iterable(iterable)
    })
}

/// `frozenset(iterable)` (`iterable` NULL: an empty frozenset). Return value: new
/// reference.
#[no_mangle]
pub unsafe extern "C" fn PyFrozenSet_New(iterable: Obj) -> Obj {
    guard(|| {
        let s = set::new_empty(&raw mut set::PyFrozenSet_Type);
        if !iterable.is_null() {
            set::update(s.as_ptr(), iterable)?;
        }
        Ok(s)
    })
}

/// Adds `key` (a new reference is taken) to a set, or to a frozenset nobody else
/// references yet. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PySet_Add(s: Obj, key: Obj) -> c_int {
    guard_status(|| {
        if !is_set(s) && (s.is_null() || !set::is_frozenset(s) || (*s).ob_refcnt != 1) {
            return Err(bad_internal_call());
        }
        set::add(s, key)
    })
}

/// Removes `key` if present: 1 if found, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn PySet_Discard(s: Obj, key: Obj) -> c_int {
    guard_value(-1, || {
        if !is_set(s) {
            return Err(bad_internal_call());
        }
        Ok(set::discard(s, key)? as c_int)
    })
}

/// `key in s`: 1, 0, or -1 with an exception.
#[no_mangle]
pub unsafe extern "C" fn PySet_Contains(s: Obj, key: Obj) -> c_int {
    guard_value(-1, || {
        expect_anyset(s)?;
        Ok(set::contains(s, key)? as c_int)
    })
}

/// `len(s)`; -1 with SystemError for a non-set.
#[no_mangle]
pub unsafe extern "C" fn PySet_Size(s: Obj) -> isize {
    guard_value(-1, || {
        expect_anyset(s)?;
        Ok(set::len(s) as isize)
    })
}

/// `s.pop()`: KeyError "pop from an empty set". Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PySet_Pop(s: Obj) -> Obj {
    guard(|| {
        if !is_set(s) {
            return Err(bad_internal_call());
        }
        match set::pop(s) {
            Some(k) => Ok(k),
            None => Err(molt_runtime::errors::raise(
                molt_runtime::objects::exceptions::key_error(),
                "pop from an empty set",
            )),
        }
    })
}

/// `s.clear()`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PySet_Clear(s: Obj) -> c_int {
    guard_status(|| {
        if !is_set(s) {
            return Err(bad_internal_call());
        }
        set::clear(s);
        Ok(())
    })
}

/// Steps through a set or frozenset in table order: 1 with `*key` (borrowed reference)
/// and `*hash` set and `*pos` advanced, 0 at the end, -1 with SystemError for a non-set.
#[no_mangle]
pub unsafe extern "C" fn _PySet_NextEntry(
    s: Obj,
    pos: *mut isize,
    key: *mut Obj,
    hash: *mut isize,
) -> c_int {
    guard_value(-1, || {
        expect_anyset(s)?;
        if pos.is_null() || key.is_null() || hash.is_null() || *pos < 0 {
            return Err(bad_internal_call());
        }
        let mut p = *pos as usize;
        let r = set::next_entry(s, &mut p);
        *pos = p as isize;
        match r {
            Some((k, h)) => {
                *key = k;
                *hash = h;
                Ok(1)
            }
            None => Ok(0),
        }
    })
}

/// `s.update(iterable)` on a set. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn _PySet_Update(s: Obj, iterable: Obj) -> c_int {
    guard_status(|| {
        if !is_set(s) || iterable.is_null() {
            return Err(bad_internal_call());
        }
        set::update(s, iterable)
    })
}
