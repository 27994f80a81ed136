//! `pyerrors.h`: setting, inspecting and clearing the current exception; the
//! exception object's cause, context and traceback; new exception classes; warnings.
//! (The printf-style `PyErr_Format` family is C-variadic: `csrc/pyerrors_format.c`.)

use crate::{guard, guard_status, guard_value};
use molt_runtime::errors::{self, PyResult};
use molt_runtime::object::*;
use molt_runtime::objects::exceptions::{self as exc, PyBaseExceptionObject};
use molt_runtime::objects::{dict, none, str as pystr, tuple};
use molt_runtime::typeobject::{is_subtype, PyTypeObject};
use std::ffi::{c_char, c_int};
use std::ptr::null_mut;

/// Raises `tp` with a message (a UTF-8 C string).
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetString(tp: Obj, msg: *const c_char) {
    guard_value((), || {
        errors::raise(tp as *mut PyTypeObject, &crate::cstr(msg));
        Ok(())
    });
}

/// Raises `tp` with the value `v`: an instance of `tp` is raised itself, a tuple gives
/// the arguments, None or NULL none, any other object the single argument.
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetObject(tp: Obj, v: Obj) {
    guard_value((), || {
        // As CPython: an instance of `tp` is raised as is, a tuple is the argument list.
        let e = create_exception(tp, v)?;
        errors::set_raised(e);
        Ok(())
    });
}

/// The current exception's type, or NULL. Return value: borrowed reference.
#[no_mangle]
pub unsafe extern "C" fn PyErr_Occurred() -> Obj {
    let e = errors::current();
    if e.is_null() {
        e
    } else {
        type_of(e) as Obj
    }
}

/// Clears the current exception.
#[no_mangle]
pub unsafe extern "C" fn PyErr_Clear() {
    errors::clear()
}

/// Whether the current exception matches `tp` (a class or tuple of classes).
#[no_mangle]
pub unsafe extern "C" fn PyErr_ExceptionMatches(tp: Obj) -> c_int {
    let e = errors::current();
    if e.is_null() {
        return 0;
    }
    guard_value(0, || {
        molt_runtime::abstract_::isinstance(e, tp).map(|b| b as c_int)
    })
}

/// Raises `tp` with no argument (`PyErr_SetObject(tp, NULL)`).
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetNone(tp: Obj) {
    PyErr_SetObject(tp, null_mut())
}

/// Raises MemoryError. Always returns NULL.
#[no_mangle]
pub unsafe extern "C" fn PyErr_NoMemory() -> Obj {
    guard_value((), || {
        errors::raise_empty(exc::memory_error());
        Ok(())
    });
    null_mut()
}

/// Raises TypeError("bad argument type for built-in operation"). Always returns 0.
#[no_mangle]
pub unsafe extern "C" fn PyErr_BadArgument() -> c_int {
    guard_value((), || {
        errors::type_error("bad argument type for built-in operation");
        Ok(())
    });
    0
}

/// Raises SystemError("<file>:<line>: bad argument to internal function"), the
/// expansion of the `PyErr_BadInternalCall()` macro.
#[no_mangle]
pub unsafe extern "C" fn _PyErr_BadInternalCall(filename: *const c_char, lineno: c_int) {
    guard_value((), || {
        let f = if filename.is_null() {
            "?".into()
        } else {
            crate::cstr(filename)
        };
        errors::raise(
            exc::system_error(),
            &format!("{}:{}: bad argument to internal function", f, lineno),
        );
        Ok(())
    });
}

/// Raises SystemError("bad argument to internal function") (the function form; C code
/// normally gets the `PyErr_BadInternalCall()` macro, which adds the position).
#[no_mangle]
pub unsafe extern "C" fn PyErr_BadInternalCall() {
    guard_value((), || {
        crate::support::bad_internal_call();
        Ok(())
    });
}

/// Takes the current exception out of the thread state as (type, value, traceback), each
/// a new reference or NULL (all NULL when no exception is set).
#[no_mangle]
pub unsafe extern "C" fn PyErr_Fetch(ptype: *mut Obj, pvalue: *mut Obj, ptb: *mut Obj) {
    let e = errors::fetch();
    let (t, v, tb) = match e {
        None => (null_mut(), null_mut(), null_mut()),
        Some(e) => {
            let v = e.into_raw();
            let tb = (*(v as *mut PyBaseExceptionObject)).traceback;
            (
                new_ref(type_of(v) as Obj),
                v,
                if tb.is_null() { tb } else { new_ref(tb) },
            )
        }
    };
    *ptype = t;
    *pvalue = v;
    *ptb = tb;
}

/// An exception instance of class `t` for the value `v` (CPython's
/// `_PyErr_CreateException`): `v` itself if it is already an instance, else `t()`,
/// `t(*v)` for a tuple, `t(v)` otherwise.
unsafe fn create_exception(t: Obj, v: Obj) -> PyResult<Ref> {
    if !v.is_null() && exc::is_exception_instance(v) && is_subtype(type_of(v), t as _) {
        return Ok(Ref::borrowed(v));
    }
    if !exc::is_exception_class(t) {
        return Err(errors::raise(
            exc::system_error(),
            &format!(
                "exception {} not a BaseException subclass",
                molt_runtime::abstract_::repr(t)
                    .map(|r| pystr::as_str(r.as_ptr()).to_string())
                    .unwrap_or_default()
            ),
        ));
    }
    if v.is_null() || v == none::none() {
        molt_runtime::call::call0(t)
    } else if tuple::is_tuple(v) {
        molt_runtime::call::call_tuple_dict(t, v, null_mut())
    } else {
        molt_runtime::call::call1(t, v)
    }
}

/// Sets the current exception from (type, value, traceback), stealing all three (any
/// may be NULL; a NULL type clears the exception). The value is normalized to an
/// instance of the type, as CPython 3.12 does.
#[no_mangle]
pub unsafe extern "C" fn PyErr_Restore(t: Obj, v: Obj, tb: Obj) {
    let t = Ref::from_raw(t);
    let v = Ref::from_raw(v);
    let tb = Ref::from_raw(tb);
    let Some(t) = t else {
        errors::clear();
        return;
    };
    guard_value((), || {
        let e = create_exception(t.as_ptr(), v.as_ref().map_or(null_mut(), |v| v.as_ptr()))?;
        if let Some(tb) = &tb {
            if tb.as_ptr() != none::none() {
                let eo = e.as_ptr() as *mut PyBaseExceptionObject;
                let old = (*eo).traceback;
                (*eo).traceback = new_ref(tb.as_ptr());
                xdecref(old);
            }
        }
        errors::restore(e);
        Ok(())
    });
}

/// Normalizes (type, value, traceback) from `PyErr_Fetch` so that the value is an
/// instance of the type (in 3.12, `PyErr_Fetch` already returns normalized values).
#[no_mangle]
pub unsafe extern "C" fn PyErr_NormalizeException(pt: *mut Obj, pv: *mut Obj, _ptb: *mut Obj) {
    if (*pt).is_null() {
        return;
    }
    guard_value((), || {
        let e = create_exception(*pt, *pv)?;
        if e.as_ptr() != *pv {
            xdecref(*pv);
            let old_t = *pt;
            *pt = new_ref(type_of(e.as_ptr()) as Obj);
            decref(old_t);
            *pv = e.into_raw();
        }
        Ok(())
    });
}

/// Takes the current exception out of the thread state. Return value: new reference,
/// or NULL when no exception is set.
#[no_mangle]
pub unsafe extern "C" fn PyErr_GetRaisedException() -> Obj {
    errors::fetch().map_or(null_mut(), |e| e.into_raw())
}

/// Sets the current exception to `e` (stolen; NULL clears it).
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetRaisedException(e: Obj) {
    match Ref::from_raw(e) {
        None => errors::clear(),
        Some(e) => errors::restore(e),
    }
}

/// Whether `err` (an exception class or instance) matches `exc` (a class or a tuple of
/// classes, searched recursively): 1 or 0, never an error.
#[no_mangle]
pub unsafe extern "C" fn PyErr_GivenExceptionMatches(err: Obj, exc_: Obj) -> c_int {
    if err.is_null() || exc_.is_null() {
        return 0;
    }
    if tuple::is_tuple(exc_) {
        return tuple::items(exc_)
            .iter()
            .any(|&x| PyErr_GivenExceptionMatches(err, x) != 0) as c_int;
    }
    let err = if exc::is_exception_instance(err) {
        type_of(err) as Obj
    } else {
        err
    };
    if exc::is_exception_class(err) && exc::is_exception_class(exc_) {
        return is_subtype(err as _, exc_ as _) as c_int;
    }
    (err == exc_) as c_int
}

/// Creates a new exception class: `name` is "module.Class" (the part before the last
/// dot becomes `__module__` unless `dict` has one), `base` a class, a tuple of classes
/// or NULL (Exception), `dict` a dict or NULL. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyErr_NewException(name: *const c_char, base: Obj, d: Obj) -> Obj {
    guard(|| {
        let full = crate::cstr(name).into_owned();
        let Some((module, cls)) = full.rsplit_once('.') else {
            return Err(errors::raise(
                exc::system_error(),
                "PyErr_NewException: name must be module.class",
            ));
        };
        let base = if base.is_null() {
            exc::exception() as Obj
        } else {
            base
        };
        let ns = if d.is_null() {
            Ref::steal(dict::new_raw())
        } else {
            Ref::borrowed(d)
        };
        if dict::get_str(ns.as_ptr(), "__module__").is_none() {
            let m = pystr::from_string(module.to_string());
            dict::set_str(ns.as_ptr(), "__module__", m.as_ptr())?;
        }
        let bases = if tuple::is_tuple(base) {
            Ref::borrowed(base)
        } else {
            Ref::steal(tuple::from_slice(&[base]))
        };
        let n = pystr::from_string(cls.to_string());
        molt_runtime::call::call_vec(
            &raw mut molt_runtime::typeobject::PyType_Type as Obj,
            &[n.as_ptr(), bases.as_ptr(), ns.as_ptr()],
        )
    })
}

/// [`PyErr_NewException`] with a docstring (`doc` may be NULL).
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyErr_NewExceptionWithDoc(
    name: *const c_char,
    doc: *const c_char,
    base: Obj,
    d: Obj,
) -> Obj {
    let ns = guard(|| {
        let ns = if d.is_null() {
            Ref::steal(dict::new_raw())
        } else {
            Ref::borrowed(d)
        };
        if !doc.is_null() {
            let s = pystr::from_string(crate::cstr(doc).into_owned());
            dict::set_str(ns.as_ptr(), "__doc__", s.as_ptr())?;
        }
        Ok(ns)
    });
    if ns.is_null() {
        return ns;
    }
    let r = PyErr_NewException(name, base, ns);
    decref(ns);
    r
}

/// Prints the current exception and its traceback to stderr and clears it
/// (`set_sys_last_vars` is ignored: Molt keeps no `sys.last_*`).
#[no_mangle]
pub unsafe extern "C" fn PyErr_PrintEx(_set_sys_last_vars: c_int) {
    if let Some(e) = errors::fetch() {
        exc::print_exception(e.as_ptr());
    }
}

/// [`PyErr_PrintEx`]`(1)`.
#[no_mangle]
pub unsafe extern "C" fn PyErr_Print() {
    PyErr_PrintEx(1)
}

/// Issues a warning of `category` (NULL: RuntimeWarning) with a str message, through
/// the runtime's `_warnings` machinery (the same filters, registries, `catch_warnings`
/// and "error" raising as `warnings.warn`, whether or not the program imported
/// `warnings`). Returns 0, or -1 with an exception set. The location is the runtime's
/// frame-less one (`sys:1`). TODO(capi): the caller's file and line.
/// Not part of the C-API (the Rust half of `PyErr_WarnFormat`).
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_warn_obj(category: Obj, message: Obj, stack: isize) -> c_int {
    guard_status(|| {
        let cat = if category.is_null() {
            exc::runtime_warning() as Obj
        } else {
            category
        };
        molt_runtime::builtins::warnings::warn_obj(cat, message, stack)
    })
}

/// Issues a warning of `category` with a UTF-8 message; see [`_molt_capi_warn_obj`].
/// Returns 0, or -1 with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyErr_WarnEx(
    category: Obj,
    msg: *const c_char,
    stack_level: isize,
) -> c_int {
    let m = guard(|| Ok(pystr::from_string(crate::cstr(msg).into_owned())));
    if m.is_null() {
        return -1;
    }
    let r = _molt_capi_warn_obj(category, m, stack_level);
    decref(m);
    r
}

/// The exception's `__cause__`. Return value: new reference, or NULL.
#[no_mangle]
pub unsafe extern "C" fn PyException_GetCause(e: Obj) -> Obj {
    xnew_ref((*(e as *mut PyBaseExceptionObject)).cause)
}

/// Sets `__cause__` to `cause` (stolen; NULL clears it) and `__suppress_context__`.
#[no_mangle]
pub unsafe extern "C" fn PyException_SetCause(e: Obj, cause: Obj) {
    let eo = e as *mut PyBaseExceptionObject;
    (*eo).suppress_context = 1;
    let old = (*eo).cause;
    (*eo).cause = cause;
    xdecref(old);
}

/// The exception's `__context__`. Return value: new reference, or NULL.
#[no_mangle]
pub unsafe extern "C" fn PyException_GetContext(e: Obj) -> Obj {
    xnew_ref((*(e as *mut PyBaseExceptionObject)).context)
}

/// Sets `__context__` to `ctx` (stolen; NULL clears it).
#[no_mangle]
pub unsafe extern "C" fn PyException_SetContext(e: Obj, ctx: Obj) {
    let eo = e as *mut PyBaseExceptionObject;
    let old = (*eo).context;
    (*eo).context = ctx;
    xdecref(old);
}

/// The exception's `__traceback__`. Return value: new reference, or NULL.
#[no_mangle]
pub unsafe extern "C" fn PyException_GetTraceback(e: Obj) -> Obj {
    xnew_ref((*(e as *mut PyBaseExceptionObject)).traceback)
}

/// Sets `__traceback__` (`tb` borrowed; None clears it). Returns 0.
#[no_mangle]
pub unsafe extern "C" fn PyException_SetTraceback(e: Obj, tb: Obj) -> c_int {
    let eo = e as *mut PyBaseExceptionObject;
    let old = (*eo).traceback;
    (*eo).traceback = if tb.is_null() || tb == none::none() {
        null_mut()
    } else {
        new_ref(tb)
    };
    xdecref(old);
    0
}

/// The exception's `args`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyException_GetArgs(e: Obj) -> Obj {
    xnew_ref(exc::args(e))
}

unsafe fn xnew_ref(o: Obj) -> Obj {
    if o.is_null() {
        o
    } else {
        new_ref(o)
    }
}

/// The OSError subclass CPython's `OSError.__new__` picks for an errno (PEP 3151).
/// TODO(capi): Molt's OSError constructor does not do this mapping itself yet, so the
/// C-API does it when `tp` is OSError.
unsafe fn oserror_subclass(errno: c_int) -> Option<*mut PyTypeObject> {
    Some(match errno {
        11 | 114 | 115 => exc::blocking_io_error(), // EAGAIN, EALREADY, EINPROGRESS
        10 => exc::child_process_error(),           // ECHILD
        32 | 108 => exc::broken_pipe_error(),       // EPIPE, ESHUTDOWN
        103 => exc::connection_aborted_error(),     // ECONNABORTED
        111 => exc::connection_refused_error(),     // ECONNREFUSED
        104 => exc::connection_reset_error(),       // ECONNRESET
        17 => exc::file_exists_error(),             // EEXIST
        2 => exc::file_not_found_error(),           // ENOENT
        21 => exc::is_a_directory_error(),          // EISDIR
        20 => exc::not_a_directory_error(),         // ENOTDIR
        4 => exc::interrupted_error(),              // EINTR
        13 | 1 | 134 => exc::permission_error(),    // EACCES, EPERM, ENOTCAPABLE
        3 => exc::process_lookup_error(),           // ESRCH
        110 => exc::timeout_error(),                // ETIMEDOUT
        _ => return None,
    })
}

/// The C library's message for an errno (`strerror`).
fn strerror_text(errno: c_int) -> String {
    let t = std::io::Error::from_raw_os_error(errno).to_string();
    // std adds " (os error N)" to strerror's text.
    match t.rfind(" (os error ") {
        Some(i) => t[..i].to_string(),
        None => t,
    }
}

unsafe fn set_from_errno(tp: Obj, errno: c_int, filename: Obj) {
    guard_value((), || {
        let msg = if errno == 0 {
            "Error".to_string()
        } else {
            strerror_text(errno)
        };
        let code = Ref::steal(molt_runtime::objects::int::from_i64(errno as i64));
        let m = pystr::from_string(msg);
        let args = if filename.is_null() {
            Ref::steal(tuple::from_slice(&[code.as_ptr(), m.as_ptr()]))
        } else {
            Ref::steal(tuple::from_slice(&[code.as_ptr(), m.as_ptr(), filename]))
        };
        let mut cls = tp;
        if tp == exc::os_error() as Obj {
            if let Some(sub) = oserror_subclass(errno) {
                cls = sub as Obj;
            }
        }
        let e = create_exception(cls, args.as_ptr())?;
        errors::set_raised(e);
        Ok(())
    });
}

fn last_errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Raises `tp` (usually OSError; for OSError the subclass matching the errno) for the C
/// `errno`: `tp(errno, strerror(errno), filename)`, `filename` an object or NULL.
/// Always returns NULL.
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetFromErrnoWithFilenameObject(tp: Obj, filename: Obj) -> Obj {
    set_from_errno(tp, last_errno(), filename);
    null_mut()
}

/// [`PyErr_SetFromErrnoWithFilenameObject`] without a filename. Always returns NULL.
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetFromErrno(tp: Obj) -> Obj {
    set_from_errno(tp, last_errno(), null_mut());
    null_mut()
}

/// [`PyErr_SetFromErrnoWithFilenameObject`] with a UTF-8 file name (or NULL).
/// Always returns NULL.
#[no_mangle]
pub unsafe extern "C" fn PyErr_SetFromErrnoWithFilename(tp: Obj, filename: *const c_char) -> Obj {
    let errno = last_errno();
    if filename.is_null() {
        set_from_errno(tp, errno, null_mut());
    } else {
        let f = pystr::from_string(crate::cstr(filename).into_owned());
        set_from_errno(tp, errno, f.as_ptr());
    }
    null_mut()
}

/// Checks for pending signals: Molt runs no Python signal handlers from C code yet, so
/// this returns 0. TODO(capi): run `signal` module handlers (KeyboardInterrupt).
#[no_mangle]
pub extern "C" fn PyErr_CheckSignals() -> c_int {
    0
}

/// The exception being handled (`sys.exception()`). Return value: new reference, or
/// NULL when none.
#[no_mangle]
pub unsafe extern "C" fn PyErr_GetHandledException() -> Obj {
    xnew_ref(errors::handled())
}

/// The exception being handled as (type, value, traceback), new references or NULL.
#[no_mangle]
pub unsafe extern "C" fn PyErr_GetExcInfo(pt: *mut Obj, pv: *mut Obj, ptb: *mut Obj) {
    let e = errors::handled();
    if e.is_null() || e == none::none() {
        *pt = null_mut();
        *pv = null_mut();
        *ptb = null_mut();
        return;
    }
    *pt = new_ref(type_of(e) as Obj);
    *pv = new_ref(e);
    *ptb = xnew_ref((*(e as *mut PyBaseExceptionObject)).traceback);
}

/// Reports an exception that cannot be raised (from a destructor, a callback, ...):
/// prints "Exception ignored in: <repr(obj)>" and the exception to stderr, and clears it.
#[no_mangle]
pub unsafe extern "C" fn PyErr_WriteUnraisable(obj: Obj) {
    let Some(e) = errors::fetch() else {
        return;
    };
    if !obj.is_null() {
        let r = molt_runtime::abstract_::repr(obj);
        match r {
            Ok(r) => eprintln!("Exception ignored in: {}", pystr::as_str(r.as_ptr())),
            Err(_) => {
                errors::clear();
                eprintln!("Exception ignored in: <object repr() failed>");
            }
        }
    }
    exc::print_exception(e.as_ptr());
}

/// Replaces the exception's `args` with the tuple `args` (borrowed).
#[no_mangle]
pub unsafe extern "C" fn PyException_SetArgs(e: Obj, args: Obj) {
    let eo = e as *mut PyBaseExceptionObject;
    let old = (*eo).args;
    (*eo).args = new_ref(args);
    xdecref(old);
}

/// Issues a warning attributed to `filename`:`lineno` (`module` and `registry` are
/// ignored), printed as CPython's default display does: `file:line: Category: message`.
/// Returns 0, or -1 with an exception set. TODO(capi): warning filters, as in
/// [`_molt_capi_warn_obj`].
#[no_mangle]
pub unsafe extern "C" fn PyErr_WarnExplicit(
    category: Obj,
    message: *const c_char,
    filename: *const c_char,
    lineno: c_int,
    _module: *const c_char,
    _registry: Obj,
) -> c_int {
    guard_status(|| {
        let cat = if category.is_null() {
            exc::runtime_warning() as Obj
        } else {
            category
        };
        let name = molt_runtime::typeobject::type_name(cat as *mut PyTypeObject);
        let file = if filename.is_null() {
            "???".into()
        } else {
            crate::cstr(filename)
        };
        eprintln!("{}:{}: {}: {}", file, lineno, name, crate::cstr(message));
        Ok(())
    })
}
