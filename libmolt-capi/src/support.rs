//! Helpers shared by the C-API files: CPython's internal error reporters
//! (`PyErr_BadInternalCall`, `null_error`) and small conversions. Nothing here is
//! exported to C.

use molt_runtime::errors::{raise, Raised};
use molt_runtime::object::*;
use molt_runtime::objects::exceptions as exc;

/// CPython's `PyErr_BadInternalCall`: SystemError "bad argument to internal function".
/// (CPython prefixes its own C file and line; Molt has none to give.)
pub fn bad_internal_call() -> Raised {
    // SAFETY: raising only touches the runtime's thread state.
    unsafe { raise(exc::system_error(), "bad argument to internal function") }
}

/// CPython's `null_error`: SystemError for a NULL argument to an abstract-API function.
pub fn null_error() -> Raised {
    // SAFETY: raising only touches the runtime's thread state.
    unsafe { raise(exc::system_error(), "null argument to internal routine") }
}

/// Fails with [`null_error`] when any pointer is NULL (and no exception is set yet).
pub fn check_nonnull(objs: &[Obj]) -> Result<(), Raised> {
    if objs.iter().any(|o| o.is_null()) {
        if !molt_runtime::errors::occurred() {
            return Err(null_error());
        }
        return Err(Raised);
    }
    Ok(())
}

/// The type name of `o` (CPython's `Py_TYPE(o)->tp_name`).
///
/// # Safety
/// `o` is live.
pub unsafe fn tname(o: Obj) -> String {
    molt_runtime::typeobject::obj_type_name(o)
}

/// Raises a TypeError with `msg`.
///
/// # Safety
/// Only touches the runtime's thread state.
pub unsafe fn type_error(msg: &str) -> Raised {
    molt_runtime::errors::type_error(msg)
}

/// Raises `tp` with `msg`.
///
/// # Safety
/// `tp` is an exception type.
pub unsafe fn raise_msg(tp: *mut molt_runtime::typeobject::PyTypeObject, msg: &str) -> Raised {
    raise(tp, msg)
}

/// A new str from a C string. New reference.
///
/// # Safety
/// `p` is a NUL-terminated string.
pub unsafe fn str_from_c(p: *const std::ffi::c_char) -> Ref {
    molt_runtime::objects::str::from_string(crate::cstr(p).into_owned())
}
