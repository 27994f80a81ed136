//! `unicodeobject.h`: creating and reading str objects.

use crate::guard;
use molt_runtime::object::*;
use molt_runtime::objects::str as pystr;
use std::ffi::c_char;

/// A str from a UTF-8 C string. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_FromString(s: *const c_char) -> Obj {
    guard(|| {
        let bytes = std::ffi::CStr::from_ptr(s).to_bytes();
        match std::str::from_utf8(bytes) {
            Ok(t) => Ok(Ref::steal(pystr::from_str(t))),
            Err(_) => Err(molt_runtime::errors::raise(
                molt_runtime::objects::exceptions::unicode_decode_error(),
                "'utf-8' codec can't decode bytes",
            )),
        }
    })
}
