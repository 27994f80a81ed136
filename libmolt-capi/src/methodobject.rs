//! `methodobject.h`: builtin function objects made from a `PyMethodDef` at run time.

use crate::guard;
use molt_runtime::object::*;
use molt_runtime::objects::cfunction;
use molt_runtime::typeobject::{PyMethodDef, PyTypeObject, METH_METHOD};

/// A builtin function (or method bound to `self_`) for `ml`, in `module`; for a
/// `METH_METHOD` function, `cls` is the defining class it receives.
/// `PyCFunction_New` and `PyCFunction_NewEx` are macros over this. Return value: new
/// reference.
///
/// TODO(capi): a `METH_METHOD` function made here does not record `module`.
#[no_mangle]
pub unsafe extern "C" fn PyCMethod_New(
    ml: *mut PyMethodDef,
    self_: Obj,
    module: Obj,
    cls: *mut PyTypeObject,
) -> Obj {
    guard(|| {
        if (*ml).ml_flags & METH_METHOD != 0 && !cls.is_null() {
            return Ok(cfunction::new_method(ml, self_, cls));
        }
        Ok(cfunction::new(ml, self_, module))
    })
}
