//! `libmolt-capi`: the CPython 3.12 C-API implemented over Molt's runtime objects. It adds
//! no object model of its own: every function works on the runtime's objects, which
//! already have CPython's layout. Built together with the runtime as `libmolt.a`.
//!
//! Files are named after CPython's headers. Every exported function documents its
//! reference contract (new, borrowed or stolen reference), converts runtime errors to
//! NULL / -1 with the exception set, and stops Rust panics at the boundary ([`guard`]).

#![allow(non_snake_case)]
#![allow(clippy::missing_safety_doc)]

pub mod abstract_;
pub mod boolobject;
pub mod bytesobject;
pub mod call;
pub mod complexobject;
pub mod descrobject;
pub mod dictobject;
pub mod floatobject;
pub mod import;
pub mod iterobject;
pub mod listobject;
pub mod longobject;
pub mod memoryobject;
pub mod methodobject;
pub mod modsupport;
pub mod moduleobject;
pub mod object;
pub mod objimpl;
pub mod pycapsule;
pub mod pyerrors;
pub mod pylifecycle;
pub mod pymem;
pub mod pystate;
pub mod setobject;
pub mod sliceobject;
pub mod support;
pub mod tupleobject;
pub mod typeobject;
pub mod unicode_format;
pub mod unicodeobject;

use molt_runtime::errors::{PyResult, Raised};
use molt_runtime::object::{Obj, Ref};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs a C-API body: `Ok(ref)` becomes a new reference, `Err` NULL with the exception
/// set, and a panic a SystemError (never an unwind into C).
pub fn guard(f: impl FnOnce() -> PyResult<Ref>) -> Obj {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(r)) => r.into_raw(),
        Ok(Err(Raised)) => std::ptr::null_mut(),
        Err(_) => {
            internal_error();
            std::ptr::null_mut()
        }
    }
}

/// [`guard`] for functions returning a C status (0 / -1).
pub fn guard_status(f: impl FnOnce() -> PyResult<()>) -> i32 {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => 0,
        Ok(Err(Raised)) => -1,
        Err(_) => {
            internal_error();
            -1
        }
    }
}

/// [`guard`] for functions returning a plain value, with `err` on failure.
pub fn guard_value<T: Copy>(err: T, f: impl FnOnce() -> PyResult<T>) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v,
        Ok(Err(Raised)) => err,
        Err(_) => {
            internal_error();
            err
        }
    }
}

fn internal_error() {
    // SAFETY: raising only touches the runtime's thread state.
    unsafe {
        molt_runtime::errors::raise(
            molt_runtime::objects::exceptions::system_error(),
            "internal error in Molt's C-API (a Rust panic); this is a bug in Molt",
        );
    }
}

/// The C string at `p` as UTF-8 (lossy), for names passed by extensions.
///
/// # Safety
/// `p` is a NUL-terminated string.
pub unsafe fn cstr<'a>(p: *const std::ffi::c_char) -> std::borrow::Cow<'a, str> {
    std::ffi::CStr::from_ptr(p).to_string_lossy()
}
