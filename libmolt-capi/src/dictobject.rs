//! `dictobject.h`: the dict API over the runtime's ordered table. Borrowed results
//! point into the table and stay valid while the dict holds the entry.

use crate::support::{bad_internal_call, str_from_c};
use crate::{guard, guard_status, guard_value};
use molt_runtime::errors::{self, PyResult};
use molt_runtime::object::*;
use molt_runtime::objects::{dict, exceptions as exc, list, tuple};
use std::ffi::{c_char, c_int};

unsafe fn expect_dict(d: Obj) -> PyResult<()> {
    if d.is_null() || !dict::is_dict(d) {
        return Err(bad_internal_call());
    }
    Ok(())
}

/// A new empty dict. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_New() -> Obj {
    dict::new_raw()
}

/// `d[key] = v` (new references are taken to both). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyDict_SetItem(d: Obj, key: Obj, v: Obj) -> c_int {
    guard_status(|| {
        expect_dict(d)?;
        if key.is_null() || v.is_null() {
            return Err(bad_internal_call());
        }
        dict::set_item(d, key, v)
    })
}

/// `d[key] = v` with a UTF-8 C string key. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyDict_SetItemString(d: Obj, key: *const c_char, v: Obj) -> c_int {
    guard_status(|| {
        let k = str_from_c(key);
        expect_dict(d)?;
        if v.is_null() {
            return Err(bad_internal_call());
        }
        dict::set_item(d, k.as_ptr(), v)
    })
}

/// Runs a lookup with any error of the lookup (failing `__eq__`) discarded and the
/// current exception kept, as CPython's `PyDict_GetItem` does; as there, an unhashable
/// key clears the current exception too.
unsafe fn lookup_quiet(d: Obj, key: Obj, f: impl FnOnce() -> PyResult<Option<Obj>>) -> Obj {
    if d.is_null() || !dict::is_dict(d) {
        return std::ptr::null_mut();
    }
    if guard_value(-1, || molt_runtime::abstract_::hash(key)) == -1 {
        errors::clear();
        return std::ptr::null_mut();
    }
    let saved = errors::fetch();
    let r = guard_value(None, f);
    errors::clear();
    if let Some(e) = saved {
        errors::restore(e);
    }
    r.unwrap_or(std::ptr::null_mut())
}

/// `d[key]`, or NULL when missing. Return value: borrowed reference. Never raises:
/// errors during the lookup are discarded (prefer `PyDict_GetItemWithError`).
#[no_mangle]
pub unsafe extern "C" fn PyDict_GetItem(d: Obj, key: Obj) -> Obj {
    lookup_quiet(d, key, || dict::get_item(d, key))
}

/// `d[key]`, or NULL: with an exception set on error, without one when missing.
/// Return value: borrowed reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_GetItemWithError(d: Obj, key: Obj) -> Obj {
    guard_value(std::ptr::null_mut(), || {
        expect_dict(d)?;
        Ok(dict::get_item(d, key)?.unwrap_or(std::ptr::null_mut()))
    })
}

/// [`PyDict_GetItem`] with a UTF-8 C string key. Return value: borrowed reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_GetItemString(d: Obj, key: *const c_char) -> Obj {
    let k = str_from_c(key);
    lookup_quiet(d, k.as_ptr(), || dict::get_item(d, k.as_ptr()))
}

/// `del d[key]`: KeyError(key) when missing. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyDict_DelItem(d: Obj, key: Obj) -> c_int {
    guard_status(|| {
        expect_dict(d)?;
        if key.is_null() {
            return Err(bad_internal_call());
        }
        if !dict::del_item(d, key)? {
            return Err(errors::raise_with(exc::key_error(), key));
        }
        Ok(())
    })
}

/// [`PyDict_DelItem`] with a UTF-8 C string key. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyDict_DelItemString(d: Obj, key: *const c_char) -> c_int {
    let k = guard(|| Ok(str_from_c(key)));
    if k.is_null() {
        return -1;
    }
    let r = PyDict_DelItem(d, k);
    decref(k);
    r
}

/// Iterates over the items: `*pos` starts at 0; each call stores borrowed references
/// to the next key and value (either pointer may be NULL) and returns 1, or 0 at the
/// end. The dict must not change size during the iteration.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Next(
    d: Obj,
    pos: *mut isize,
    key: *mut Obj,
    value: *mut Obj,
) -> c_int {
    if d.is_null() || !dict::is_dict(d) || pos.is_null() {
        return 0;
    }
    let entries = &dict::table(d).entries;
    let mut i = (*pos).max(0) as usize;
    while i < entries.len() && entries[i].key.is_null() {
        i += 1;
    }
    if i >= entries.len() {
        return 0;
    }
    *pos = i as isize + 1;
    if !key.is_null() {
        *key = entries[i].key;
    }
    if !value.is_null() {
        *value = entries[i].value;
    }
    1
}

/// `list(d.keys())`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Keys(d: Obj) -> Obj {
    guard(|| {
        expect_dict(d)?;
        let v: Vec<Ref> = dict::items_vec(d).into_iter().map(|(k, _)| k).collect();
        Ok(Ref::steal(list::from_refs(v)))
    })
}

/// `list(d.values())`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Values(d: Obj) -> Obj {
    guard(|| {
        expect_dict(d)?;
        let v: Vec<Ref> = dict::items_vec(d).into_iter().map(|(_, v)| v).collect();
        Ok(Ref::steal(list::from_refs(v)))
    })
}

/// `list(d.items())` (a list of 2-tuples). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Items(d: Obj) -> Obj {
    guard(|| {
        expect_dict(d)?;
        let v: Vec<Ref> = dict::items_vec(d)
            .into_iter()
            .map(|(k, v)| Ref::steal(tuple::from_refs(vec![k, v])))
            .collect();
        Ok(Ref::steal(list::from_refs(v)))
    })
}

/// `len(d)`; -1 with SystemError for a non-dict.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Size(d: Obj) -> isize {
    guard_value(-1, || {
        expect_dict(d)?;
        Ok(dict::len(d) as isize)
    })
}

/// `d.copy()` (always an exact dict). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Copy(d: Obj) -> Obj {
    guard(|| {
        expect_dict(d)?;
        dict::copy(d)
    })
}

/// Adds the items of the mapping `b` to `a`, replacing existing keys only when
/// `override_` is non-zero. `b` that is not a dict is read through `b.keys()` and
/// `b[key]`. Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Merge(a: Obj, b: Obj, override_: c_int) -> c_int {
    guard_status(|| {
        expect_dict(a)?;
        if b.is_null() {
            return Err(bad_internal_call());
        }
        if dict::is_dict(b) {
            for (k, v) in dict::items_vec(b) {
                if override_ != 0 || dict::get_item(a, k.as_ptr())?.is_none() {
                    dict::set_item(a, k.as_ptr(), v.as_ptr())?;
                }
            }
            return Ok(());
        }
        let keys = crate::abstract_::method_as_list(b, "keys")?;
        for &k0 in list::items(keys.as_ptr()).to_vec().iter() {
            let k = Ref::borrowed(k0);
            if override_ == 0 && dict::get_item(a, k.as_ptr())?.is_some() {
                continue;
            }
            let v = molt_runtime::abstract_::getitem(b, k.as_ptr())?;
            dict::set_item(a, k.as_ptr(), v.as_ptr())?;
        }
        Ok(())
    })
}

/// `a.update(b)` for a mapping `b` (`PyDict_Merge(a, b, 1)`). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Update(a: Obj, b: Obj) -> c_int {
    PyDict_Merge(a, b, 1)
}

/// `key in d`: 1, 0, or -1 with an exception (unhashable key).
#[no_mangle]
pub unsafe extern "C" fn PyDict_Contains(d: Obj, key: Obj) -> c_int {
    guard_value(-1, || {
        expect_dict(d)?;
        Ok(dict::get_item(d, key)?.is_some() as c_int)
    })
}

/// `d.setdefault(key, default)`. Return value: borrowed reference.
#[no_mangle]
pub unsafe extern "C" fn PyDict_SetDefault(d: Obj, key: Obj, default: Obj) -> Obj {
    guard_value(std::ptr::null_mut(), || {
        expect_dict(d)?;
        if let Some(v) = dict::get_item(d, key)? {
            return Ok(v);
        }
        dict::set_item(d, key, default)?;
        Ok(default)
    })
}

/// `d.clear()`; does nothing for a non-dict.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Clear(d: Obj) {
    if d.is_null() || !dict::is_dict(d) {
        return;
    }
    dict::clear(d)
}
