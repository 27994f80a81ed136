//! `bytesobject.h`: creating bytes objects and reading their buffers.

use crate::guard;
use crate::guard_value;
use crate::support::{bad_internal_call, tname, type_error};
use molt_runtime::errors::raise;
use molt_runtime::object::*;
use molt_runtime::objects::bytes::{self, PyBytesObject};
use molt_runtime::objects::exceptions as exc;
use std::ffi::c_char;

/// A bytes object of `len` bytes copied from `v`; with `v` NULL, an uninitialised
/// (zeroed) writable buffer the caller fills through `PyBytes_AS_STRING` before the
/// object is shared. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyBytes_FromStringAndSize(v: *const c_char, len: isize) -> Obj {
    guard(|| {
        if len < 0 {
            return Err(raise(
                exc::system_error(),
                "Negative size passed to PyBytes_FromStringAndSize",
            ));
        }
        if v.is_null() {
            return Ok(Ref::steal(bytes::new_uninit(len as usize)));
        }
        // SAFETY: the caller passes `len` readable bytes at `v`.
        let b = unsafe { std::slice::from_raw_parts(v as *const u8, len as usize) };
        Ok(Ref::steal(bytes::from_bytes(b)))
    })
}

/// A bytes object copied from a NUL-terminated C string. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyBytes_FromString(v: *const c_char) -> Obj {
    guard(|| {
        // SAFETY: the caller passes a NUL-terminated string.
        let b = unsafe { std::ffi::CStr::from_ptr(v).to_bytes() };
        Ok(Ref::steal(bytes::from_bytes(b)))
    })
}

unsafe fn expect_bytes(o: Obj) -> molt_runtime::errors::PyResult<()> {
    if o.is_null() {
        return Err(bad_internal_call());
    }
    if !bytes::is_bytes(o) {
        return Err(type_error(&format!("expected bytes, {} found", tname(o))));
    }
    Ok(())
}

/// The buffer of a bytes object (NUL-terminated, owned by the object); NULL with
/// TypeError "expected bytes, T found" for other objects.
#[no_mangle]
pub unsafe extern "C" fn PyBytes_AsString(o: Obj) -> *mut c_char {
    guard_value(std::ptr::null_mut(), || {
        expect_bytes(o)?;
        Ok((*(o as *mut PyBytesObject)).ob_sval.as_mut_ptr() as *mut c_char)
    })
}

/// Stores the buffer and (if `len` is not NULL) the length of a bytes object. With
/// `len` NULL, a buffer containing a NUL byte is a ValueError "embedded null byte".
/// Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyBytes_AsStringAndSize(
    o: Obj,
    buf: *mut *mut c_char,
    len: *mut isize,
) -> i32 {
    crate::guard_status(|| {
        if buf.is_null() {
            return Err(bad_internal_call());
        }
        expect_bytes(o)?;
        let data = bytes::as_bytes(o);
        if len.is_null() {
            if data.contains(&0) {
                return Err(raise(exc::value_error(), "embedded null byte"));
            }
        } else {
            *len = data.len() as isize;
        }
        *buf = (*(o as *mut PyBytesObject)).ob_sval.as_mut_ptr() as *mut c_char;
        Ok(())
    })
}

/// The length of a bytes object; -1 with TypeError for other objects.
#[no_mangle]
pub unsafe extern "C" fn PyBytes_Size(o: Obj) -> isize {
    guard_value(-1, || {
        expect_bytes(o)?;
        Ok(bytes::as_bytes(o).len() as isize)
    })
}

/// Resizes a bytes object that nobody else references yet (`*pv` is a new reference the
/// caller owns). Molt reallocates by copying: `*pv` is replaced by the resized object,
/// with the first min(old, new) bytes kept. On failure `*pv` is released and set to NULL
/// (SystemError for a shared or non-bytes object). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn _PyBytes_Resize(pv: *mut Obj, newsize: isize) -> i32 {
    crate::guard_status(|| {
        let v = *pv;
        if v.is_null()
            || type_of(v) != &raw mut bytes::PyBytes_Type
            || newsize < 0
            || ((*v).ob_refcnt != 1 && bytes::as_bytes(v).len() != 0)
        {
            *pv = std::ptr::null_mut();
            xdecref(v);
            return Err(bad_internal_call());
        }
        let old = bytes::as_bytes(v);
        let n = bytes::new_uninit(newsize as usize);
        let keep = old.len().min(newsize as usize);
        std::ptr::copy_nonoverlapping(
            old.as_ptr(),
            (*(n as *mut PyBytesObject)).ob_sval.as_mut_ptr(),
            keep,
        );
        *pv = n;
        decref(v);
        Ok(())
    })
}

/// `*pv += w` for bytes: `*pv` (a reference the caller owns) is replaced by the
/// concatenation, or released and set to NULL on error. `w` is borrowed.
#[no_mangle]
pub unsafe extern "C" fn PyBytes_Concat(pv: *mut Obj, w: Obj) {
    if pv.is_null() {
        return;
    }
    let v = *pv;
    if v.is_null() {
        return;
    }
    if w.is_null() {
        *pv = std::ptr::null_mut();
        decref(v);
        return;
    }
    let r = guard(|| {
        let a = bytes::bytes_like(v);
        let b = bytes::bytes_like(w);
        match (a, b) {
            (Some(a), Some(b)) => {
                let mut out = Vec::with_capacity(a.len() + b.len());
                out.extend_from_slice(a);
                out.extend_from_slice(b);
                Ok(Ref::steal(bytes::from_bytes(&out)))
            }
            _ => Err(type_error(&format!(
                "can't concat {} to {}",
                tname(w),
                tname(v)
            ))),
        }
    });
    *pv = r;
    decref(v);
}

/// [`PyBytes_Concat`], then releases `w` (stolen).
#[no_mangle]
pub unsafe extern "C" fn PyBytes_ConcatAndDel(pv: *mut Obj, w: Obj) {
    PyBytes_Concat(pv, w);
    xdecref(w);
}
