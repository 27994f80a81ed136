//! `abstract.h` calls: vectorcall (`PyObject_Vectorcall`, `PyObject_VectorcallMethod`)
//! and the Rust half of the C-variadic calling conveniences in `csrc/call.c`
//! (`PyObject_CallFunction`, `PyObject_CallMethod`, `PyObject_Call*ObjArgs`,
//! `PyTuple_Pack`).

use crate::guard;
use molt_runtime::call;
use molt_runtime::errors;
use molt_runtime::object::*;
use molt_runtime::objects::{exceptions as exc, tuple};

/// The flag bit of a vectorcall's `nargsf` (`PY_VECTORCALL_ARGUMENTS_OFFSET`).
const ARGUMENTS_OFFSET: usize = 1 << (usize::BITS - 1);

/// Calls `callable` with `nargsf` positional arguments (the count, possibly with
/// `PY_VECTORCALL_ARGUMENTS_OFFSET` set) followed by the values of the keywords named by
/// `kwnames` (a tuple of str, or NULL). Arguments are borrowed.
/// Return value: new reference, or NULL with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Vectorcall(
    callable: Obj,
    args: *const Obj,
    nargsf: usize,
    kwnames: Obj,
) -> Obj {
    guard(|| call::call_vector(callable, args, nargsf & !ARGUMENTS_OFFSET, kwnames))
}

/// Calls the method `name` (a str) of `args[0]` with the rest of `args` (vectorcall
/// convention, see [`PyObject_Vectorcall`]). Return value: new reference, or NULL with an
/// exception set.
#[no_mangle]
pub unsafe extern "C" fn PyObject_VectorcallMethod(
    name: Obj,
    args: *const Obj,
    nargsf: usize,
    kwnames: Obj,
) -> Obj {
    guard(|| {
        let n = nargsf & !ARGUMENTS_OFFSET;
        if n == 0 || args.is_null() {
            return Err(errors::raise(
                exc::system_error(),
                "PyObject_VectorcallMethod() needs the object as args[0]",
            ));
        }
        call::call_method(*args, name, args.add(1), n - 1, kwnames)
    })
}

/// Calls `callable` with what `Py_BuildValue` built (stolen): a tuple is the argument
/// list, any other object the single argument, NULL means no arguments. Used by
/// `csrc/call.c`; not part of the C-API. Return value: new reference or NULL.
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_call_built(callable: Obj, built: Obj) -> Obj {
    guard(|| {
        let b = Ref::from_raw(built);
        match &b {
            None => call::call0(callable),
            Some(t) if tuple::is_tuple(t.as_ptr()) => {
                call::call_tuple_dict(callable, t.as_ptr(), std::ptr::null_mut())
            }
            Some(v) => call::call1(callable, v.as_ptr()),
        }
    })
}

/// A tuple of `n` borrowed objects (used by `PyTuple_Pack` in `csrc/call.c`; not part of
/// the C-API). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_tuple_from_array(items: *const Obj, n: isize) -> Obj {
    guard(|| {
        let xs = if n <= 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(items, n as usize)
        };
        if xs.iter().any(|x| x.is_null()) {
            return Err(crate::support::bad_internal_call());
        }
        Ok(Ref::steal(tuple::from_slice(xs)))
    })
}

/// Counts a recursive call made by C code (`where` is appended to the message): 0, or
/// -1 with RecursionError("maximum recursion depth exceeded<where>") past the limit.
/// Shares the depth counter of Python calls, as in CPython.
#[no_mangle]
pub unsafe extern "C" fn Py_EnterRecursiveCall(where_: *const std::ffi::c_char) -> std::ffi::c_int {
    // SAFETY: single-threaded runtime; the counter is the runtime's.
    let over = unsafe {
        call::molt_recursion_depth += 1;
        call::molt_recursion_depth > call::RECURSION_LIMIT
    };
    if !over {
        return 0;
    }
    call::leave_recursive_call();
    let w = if where_.is_null() {
        String::new()
    } else {
        crate::cstr(where_).into_owned()
    };
    errors::raise(
        exc::recursion_error(),
        &format!("maximum recursion depth exceeded{}", w),
    );
    -1
}

/// Ends a call counted by [`Py_EnterRecursiveCall`].
#[no_mangle]
pub extern "C" fn Py_LeaveRecursiveCall() {
    call::leave_recursive_call()
}
