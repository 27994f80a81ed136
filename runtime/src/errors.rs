//! The thread state's exception slot and the error conventions.
//!
//! Errors travel as in the C-API: a failing function returns NULL (or -1) and leaves the
//! exception in the thread state. In Rust, such functions return [`PyResult`], whose error
//! value [`Raised`] carries nothing: it only says "an exception is set". The helpers at
//! the bottom convert between the two forms at the ABI boundary.
//!
//! Molt programs run on one thread today; the thread state is a set of statics.
//! TODO(threads): a real per-thread state once `threading` exists.

use crate::object::*;
use crate::objects::exceptions as exc;
use crate::typeobject::PyTypeObject;
use std::ffi::c_int;
use std::ptr::null_mut;

/// Marker for "an exception has been set in the thread state".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// The result of a runtime operation that may raise.
pub type PyResult<T> = Result<T, Raised>;

/// The raised exception (owned), or null.
static mut CURRENT: Obj = null_mut();
/// The stack of exceptions being handled (`except` blocks), innermost last; owned.
static mut HANDLED: Vec<Obj> = Vec::new();

/// Sets the current exception, stealing `e`. Chains the exception being handled, if any,
/// as its `__context__`, like CPython's implicit chaining.
///
/// # Safety
/// `e` is an exception instance.
pub unsafe fn set_raised(e: Ref) -> Raised {
    let e = e.into_raw();
    #[allow(static_mut_refs)]
    if let Some(&h) = HANDLED.last() {
        if h != e && !h.is_null() {
            exc::set_context_if_unset(e, h);
        }
    }
    let old = CURRENT;
    CURRENT = e;
    xdecref(old);
    Raised
}

/// Raises a new exception of type `tp` with a str message.
///
/// # Safety
/// `tp` is an exception type.
pub unsafe fn raise(tp: *mut PyTypeObject, msg: &str) -> Raised {
    let m = Ref::steal(crate::objects::str::from_str(msg));
    match exc::new_exception(tp, &[m.as_ptr()]) {
        Ok(e) => set_raised(e),
        Err(r) => r,
    }
}

/// Raises a new exception of type `tp` whose single argument is `arg`.
///
/// # Safety
/// `tp` is an exception type, `arg` live.
pub unsafe fn raise_with(tp: *mut PyTypeObject, arg: Obj) -> Raised {
    match exc::new_exception(tp, &[arg]) {
        Ok(e) => set_raised(e),
        Err(r) => r,
    }
}

/// Raises `tp` with no arguments.
///
/// # Safety
/// `tp` is an exception type.
pub unsafe fn raise_empty(tp: *mut PyTypeObject) -> Raised {
    match exc::new_exception(tp, &[]) {
        Ok(e) => set_raised(e),
        Err(r) => r,
    }
}

/// `TypeError` with a message.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn type_error(msg: &str) -> Raised {
    raise(exc::type_error(), msg)
}

/// `ValueError` with a message.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn value_error(msg: &str) -> Raised {
    raise(exc::value_error(), msg)
}

/// Whether an exception is set.
#[inline]
pub fn occurred() -> bool {
    // SAFETY: single-threaded runtime; reading a pointer-sized static.
    unsafe { !CURRENT.is_null() }
}

/// The current exception, borrowed (null if none).
pub fn current() -> Obj {
    // SAFETY: as in `occurred`.
    unsafe { CURRENT }
}

/// Takes the current exception out of the thread state.
pub fn fetch() -> Option<Ref> {
    // SAFETY: ownership of CURRENT moves to the returned Ref.
    unsafe {
        let e = CURRENT;
        CURRENT = null_mut();
        Ref::from_raw(e)
    }
}

/// Puts an exception back (stealing it), replacing any current one, with no chaining.
///
/// # Safety
/// `e` is an exception instance.
pub unsafe fn restore(e: Ref) {
    let old = CURRENT;
    CURRENT = e.into_raw();
    xdecref(old);
}

/// Drops the current exception.
pub fn clear() {
    drop(fetch());
}

/// Whether the current exception is an instance of `tp`.
///
/// # Safety
/// `tp` is a type object.
pub unsafe fn matches(tp: *mut PyTypeObject) -> bool {
    !CURRENT.is_null() && crate::typeobject::is_instance_of(CURRENT, tp)
}

/// Pushes `e` (new reference taken) as the exception being handled.
///
/// # Safety
/// `e` is live.
pub unsafe fn push_handled(e: Obj) {
    incref(e);
    #[allow(static_mut_refs)]
    HANDLED.push(e);
}

/// Pops the innermost handled exception.
pub fn pop_handled() {
    // SAFETY: single-threaded runtime; the popped reference is owned.
    unsafe {
        #[allow(static_mut_refs)]
        if let Some(e) = HANDLED.pop() {
            xdecref(e);
        }
    }
}

/// The innermost exception being handled (borrowed), or null.
pub fn handled() -> Obj {
    // SAFETY: single-threaded runtime.
    unsafe {
        #[allow(static_mut_refs)]
        HANDLED.last().copied().unwrap_or(null_mut())
    }
}

/// Converts a result to the C-API's "new reference or NULL" form.
#[inline]
pub fn into_raw(r: PyResult<Ref>) -> Obj {
    match r {
        Ok(v) => v.into_raw(),
        Err(Raised) => null_mut(),
    }
}

/// Converts a result to the C-API's "0 or -1" form.
#[inline]
pub fn into_status(r: PyResult<()>) -> c_int {
    match r {
        Ok(()) => 0,
        Err(Raised) => -1,
    }
}

/// Converts a C-API "new reference or NULL" return into a result.
///
/// # Safety
/// `o` is null (with an exception set) or a new reference.
#[inline]
pub unsafe fn from_raw(o: Obj) -> PyResult<Ref> {
    Ref::from_raw(o).ok_or(Raised)
}

/// Converts a C-API status (negative means error) into a result.
#[inline]
pub fn from_status(s: c_int) -> PyResult<()> {
    if s < 0 {
        Err(Raised)
    } else {
        Ok(())
    }
}
