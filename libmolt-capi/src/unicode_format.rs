//! The Rust half of `PyUnicode_FromFormat(V)` (`csrc/pyerrors_format.c` walks the format
//! and the `va_list`): turning the `%S %R %A %U %V` objects into text and the result
//! into a str. Not part of the C-API.

use crate::guard;
use molt_runtime::abstract_ as ab;
use molt_runtime::errors;
use molt_runtime::object::*;
use molt_runtime::objects::{exceptions as exc, str as pystr};
use std::ffi::c_char;

/// A str from UTF-8 bytes (invalid sequences replaced). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_str_from_utf8(s: *const c_char, n: isize) -> Obj {
    guard(|| {
        let b = if n <= 0 || s.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(s as *const u8, n as usize)
        };
        Ok(pystr::from_string(String::from_utf8_lossy(b).into_owned()))
    })
}

/// The UTF-8 text of `str(o)` (`how` 0), `repr(o)` (1), `ascii(o)` (2) or of the str `o`
/// itself (3). `*keep` receives a new reference that owns the text; `*len` its length
/// in bytes. NULL with an exception set on failure.
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_object_text(
    o: Obj,
    how: i32,
    len: *mut isize,
    keep: *mut Obj,
) -> *const c_char {
    let r = guard(|| {
        if o.is_null() {
            return Err(errors::raise(
                exc::system_error(),
                "NULL object passed to PyUnicode_FromFormat",
            ));
        }
        let s = match how {
            0 => ab::str(o)?,
            1 => ab::repr(o)?,
            2 => ab::ascii(o)?,
            _ => {
                if !pystr::is_str(o) {
                    return Err(errors::type_error(
                        "PyUnicode_FromFormat: %U argument is not a str",
                    ));
                }
                Ref::borrowed(o)
            }
        };
        Ok(s)
    });
    if r.is_null() {
        return std::ptr::null();
    }
    let t = pystr::as_str(r);
    *len = t.len() as isize;
    *keep = r;
    t.as_ptr() as *const c_char
}
