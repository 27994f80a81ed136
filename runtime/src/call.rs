//! Calling objects: the vectorcall-style entry point every call goes through, the
//! adapters between vectorcall and `tp_call`'s (tuple, dict) convention, calling a type
//! (`tp_new` then `tp_init`), and the recursion limit.

use crate::errors::{PyResult, Raised};
use crate::object::*;
use crate::objects::{cfunction, descr, dict, function, method, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

/// The Python-level call depth. Compiled function prologues increment it inline and
/// their exits decrement it; the runtime's own recursive paths (repr) use the helpers.
#[no_mangle]
pub static mut molt_recursion_depth: u32 = 0;
use molt_recursion_depth as DEPTH;
/// CPython's default recursion limit (the current one is `abi::molt_recursion_limit`).
pub const RECURSION_LIMIT: u32 = 1000;

/// Counts a nested Python-level call; raises RecursionError past the limit.
#[inline]
pub fn enter_recursive_call() -> PyResult<()> {
    enter_recursive_call_where("")
}

/// [`enter_recursive_call`] whose RecursionError message ends with `wher` (CPython's
/// `Py_EnterRecursiveCall(" in comparison")`).
#[inline]
pub fn enter_recursive_call_where(wher: &str) -> PyResult<()> {
    // SAFETY: single-threaded runtime.
    unsafe {
        DEPTH += 1;
        crate::frames::mark_runtime(DEPTH);
        let limit = crate::abi::molt_recursion_limit;
        if DEPTH > limit + 50 || (DEPTH > limit && !crate::errors::occurred()) {
            DEPTH -= 1;
            return Err(crate::errors::raise(
                crate::objects::exceptions::recursion_error(),
                &format!("maximum recursion depth exceeded{}", wher),
            ));
        }
    }
    Ok(())
}

/// Ends a call counted by [`enter_recursive_call`].
#[inline]
pub fn leave_recursive_call() {
    // SAFETY: single-threaded runtime.
    unsafe {
        DEPTH = DEPTH.saturating_sub(1);
    }
}

/// Calls `callable` with `nargs` positional arguments followed by keyword values named
/// by `kwnames` (a tuple of str, or null). All arguments are borrowed.
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn call_vector(
    callable: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<Ref> {
    let tp = type_of(callable);
    if tp == &raw mut function::PyFunction_Type {
        return function::call(callable, args, nargs, kwnames);
    }
    if tp == &raw mut cfunction::PyCFunction_Type {
        return cfunction::call(callable, args, nargs, kwnames);
    }
    if tp == &raw mut method::PyMethod_Type {
        return method::call(callable, args, nargs, kwnames);
    }
    if tp == &raw mut descr::PyMethodDescr_Type {
        return descr::call_method_descr(callable, args, nargs, kwnames);
    }
    if tp == &raw mut crate::slots::WrapperDescr_Type {
        return crate::slots::call_wrapper(callable, args, nargs, kwnames);
    }
    if (*tp).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
        && (*tp).tp_call.map(|f| f as usize) == Some(type_call as usize)
    {
        return type_call_vector(callable as *mut PyTypeObject, args, nargs, kwnames);
    }
    let Some(f) = (*tp).tp_call else {
        return Err(crate::errors::type_error(&format!(
            "'{}' object is not callable",
            type_tp_name(tp)
        )));
    };
    let (t, d) = to_tuple_dict(args, nargs, kwnames)?;
    crate::errors::from_raw(f(
        callable,
        t.as_ptr(),
        d.as_ref().map_or(null_mut(), |d| d.as_ptr()),
    ))
}

/// Converts vectorcall arguments to `(tuple, dict or None)`.
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn to_tuple_dict(
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<(Ref, Option<Ref>)> {
    let t = Ref::steal(tuple::from_slice(if nargs == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(args, nargs)
    }));
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    if nkw == 0 {
        return Ok((t, None));
    }
    Ok((t, Some(cfunction::kwargs_dict(args, nargs, kwnames)?)))
}

/// Calls with a positional argument tuple and an optional kwargs dict (null/None).
///
/// # Safety
/// `args` is a tuple; `kwargs` null, None or a dict.
pub unsafe fn call_tuple_dict(callable: Obj, args: Obj, kwargs: Obj) -> PyResult<Ref> {
    let pos = tuple::items(args);
    if kwargs.is_null() || kwargs == crate::objects::none::none() || dict::len(kwargs) == 0 {
        return call_vector(callable, pos.as_ptr(), pos.len(), null_mut());
    }
    let mut all: Vec<Obj> = pos.to_vec();
    let mut names = Vec::new();
    let items = dict::items_vec(kwargs);
    for (k, v) in &items {
        if !pystr::is_str(k.as_ptr()) {
            return Err(crate::errors::type_error("keywords must be strings"));
        }
        names.push(k.as_ptr());
        all.push(v.as_ptr());
    }
    let kw = Ref::steal(tuple::from_slice(&names));
    call_vector(callable, all.as_ptr(), pos.len(), kw.as_ptr())
}

/// Calls with positional arguments only.
///
/// # Safety
/// Arguments are live.
pub unsafe fn call_vec(callable: Obj, args: &[Obj]) -> PyResult<Ref> {
    call_vector(callable, args.as_ptr(), args.len(), null_mut())
}

/// Calls with no arguments.
///
/// # Safety
/// `callable` is live.
pub unsafe fn call0(callable: Obj) -> PyResult<Ref> {
    call_vector(callable, std::ptr::null(), 0, null_mut())
}

/// Calls with one argument.
///
/// # Safety
/// Arguments are live.
pub unsafe fn call1(callable: Obj, a: Obj) -> PyResult<Ref> {
    call_vector(callable, &a, 1, null_mut())
}

/// Calls `o.name(*args)` without creating a bound method when the attribute is a plain
/// function or method descriptor found on the type.
///
/// # Safety
/// Arguments are live; `name` is a str.
pub unsafe fn call_method(
    o: Obj,
    name: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<Ref> {
    call_method_found(o, name, args, nargs, kwnames, None)
}

/// The unbound method `type(o).name` when a method call may skip the bound method: the
/// type uses generic attribute access, `name` is a Python function or a method
/// descriptor found on the type, and `o`'s instance dict does not shadow it. Borrowed.
///
/// # Safety
/// `o` is live, `name` a str.
pub unsafe fn plain_method(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let tp = type_of(o);
    if (*tp).tp_getattro != Some(generic_getattro_slot) {
        return Ok(None);
    }
    let Some(d) = lookup(tp, name)? else {
        return Ok(None);
    };
    let dt = type_of(d);
    if dt != &raw mut function::PyFunction_Type && dt != &raw mut descr::PyMethodDescr_Type {
        return Ok(None);
    }
    if shadowed_by_instance(o, name)? {
        return Ok(None);
    }
    Ok(Some(d))
}

/// Set when the last failing method call (`o.m(...)`) failed in the lookup of `o.m`
/// rather than in the call: the caller's traceback entry then points at `o.m`.
static mut METHOD_LOOKUP_FAILED: bool = false;

fn set_method_lookup_failed(v: bool) {
    // SAFETY: single-threaded runtime; a flag.
    unsafe { METHOD_LOOKUP_FAILED = v }
}

/// Marks the pending error as a failed method lookup (see `METHOD_LOOKUP_FAILED`).
pub fn lookup_failed(e: Raised) -> Raised {
    set_method_lookup_failed(true);
    e
}

/// Reads and clears the flag (see `METHOD_LOOKUP_FAILED`).
pub fn take_method_lookup_failed() -> bool {
    // SAFETY: as above.
    unsafe { std::ptr::replace(&raw mut METHOD_LOOKUP_FAILED, false) }
}

/// Whether `o`'s instance dict has `name`.
///
/// # Safety
/// `o` is live, `name` a str.
#[inline]
pub unsafe fn shadowed_by_instance(o: Obj, name: Obj) -> PyResult<bool> {
    let dp = instance_dict_ptr(o);
    if dp.is_null() || (*dp).is_null() {
        return Ok(false);
    }
    if type_of(name) == &raw mut crate::objects::str::PyUnicode_Type
        && !dict::str_key_may_be_in(*dp, name)
    {
        return Ok(false);
    }
    Ok(dict::get_item(*dp, name)?.is_some())
}

/// [`call_method`], with the unbound method already known (`found`, borrowed) or to be
/// looked up.
///
/// # Safety
/// As [`call_method`].
pub unsafe fn call_method_found(
    o: Obj,
    name: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
    found: Option<Obj>,
) -> PyResult<Ref> {
    let found = match found {
        Some(f) => Some(f),
        None => plain_method(o, name).inspect_err(|_| set_method_lookup_failed(true))?,
    };
    let Some(d) = found else {
        let m =
            crate::abstract_::getattr(o, name).inspect_err(|_| set_method_lookup_failed(true))?;
        let r = call_vector(m.as_ptr(), args, nargs, kwnames);
        if r.is_err() {
            set_method_lookup_failed(false);
        }
        return r;
    };
    let d = Ref::borrowed(d);
    if kwnames.is_null() && type_of(d.as_ptr()) == &raw mut function::PyFunction_Type {
        if let Some(r) = function::call_method_positional(d.as_ptr(), o, args, nargs) {
            if r.is_err() {
                // The lookup succeeded: the error came from the call.
                set_method_lookup_failed(false);
            }
            return r;
        }
    }
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    let n = nargs + nkw;
    // `self` prepended to the arguments: on the stack for short calls.
    const SHORT: usize = 8;
    let r = if n < SHORT {
        let mut buf: [Obj; SHORT] = [std::ptr::null_mut(); SHORT];
        buf[0] = o;
        buf[1..=n].copy_from_slice(std::slice::from_raw_parts(args, n));
        call_vector(d.as_ptr(), buf.as_ptr(), nargs + 1, kwnames)
    } else {
        let mut v: Vec<Obj> = Vec::with_capacity(n + 1);
        v.push(o);
        v.extend_from_slice(std::slice::from_raw_parts(args, n));
        call_vector(d.as_ptr(), v.as_ptr(), nargs + 1, kwnames)
    };
    if r.is_err() {
        // The lookup succeeded: the error came from the call.
        set_method_lookup_failed(false);
    }
    r
}

/// `tp_call` for types whose instances are called through vectorcall internally.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn call_via_vector(callable: Obj, args: Obj, kwargs: Obj) -> Obj {
    crate::errors::into_raw(call_tuple_dict(callable, args, kwargs))
}

/// `type.__call__`: `type(x)` with one argument, otherwise `tp_new` then `tp_init`.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn type_call(t: Obj, args: Obj, kwargs: Obj) -> Obj {
    crate::errors::into_raw(type_call_impl(t as *mut PyTypeObject, args, kwargs))
}

/// Vectorcall entry of `type` objects.
///
/// # Safety
/// C-API contract.
pub unsafe extern "C" fn type_vectorcall(
    t: Obj,
    args: *const Obj,
    nargsf: usize,
    kwnames: Obj,
) -> Obj {
    crate::errors::into_raw(type_call_vector(
        t as *mut PyTypeObject,
        args,
        nargsf & !(1usize << 63),
        kwnames,
    ))
}

unsafe fn type_call_vector(
    tp: *mut PyTypeObject,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<Ref> {
    let (t, d) = to_tuple_dict(args, nargs, kwnames)?;
    type_call_impl(
        tp,
        t.as_ptr(),
        d.as_ref().map_or(null_mut(), |d| d.as_ptr()),
    )
}

unsafe fn type_call_impl(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> PyResult<Ref> {
    if tp == &raw mut PyType_Type {
        let n = tuple::len(args);
        let nkw = if kwargs.is_null() {
            0
        } else {
            dict::len(kwargs)
        };
        if n == 1 && nkw == 0 {
            return Ok(Ref::borrowed(type_of(tuple::item(args, 0)) as Obj));
        }
        if n != 3 {
            return Err(crate::errors::type_error("type() takes 1 or 3 arguments"));
        }
    }
    let Some(new) = (*tp).tp_new else {
        return Err(crate::errors::type_error(&format!(
            "cannot create '{}' instances",
            type_tp_name(tp)
        )));
    };
    let obj = crate::errors::from_raw(new(tp, args, kwargs))?;
    if !is_instance_of(obj.as_ptr(), tp) {
        return Ok(obj);
    }
    let otp = type_of(obj.as_ptr());
    if let Some(init) = (*otp).tp_init {
        if init(obj.as_ptr(), args, kwargs) < 0 {
            return Err(Raised);
        }
    }
    Ok(obj)
}

/// Whether `o` can be called.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_callable(o: Obj) -> bool {
    (*type_of(o)).tp_call.is_some()
}
