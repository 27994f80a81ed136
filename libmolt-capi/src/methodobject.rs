//! `methodobject.h`: builtin function objects made from a `PyMethodDef` at run time.

use crate::guard;
use molt_runtime::object::*;
use molt_runtime::objects::cfunction;
use molt_runtime::typeobject::{PyMethodDef, PyTypeObject};

/// A builtin function (or method bound to `self_`) for `ml`, in `module`;
/// `PyCFunction_New` and `PyCFunction_NewEx` are macros over this. Return value: new
/// reference.
///
/// TODO(capi): `cls` (the defining class of `METH_METHOD` functions) is not kept: Molt
/// has no `PyCMethodObject` yet, so such functions get NULL as their class.
#[no_mangle]
pub unsafe extern "C" fn PyCMethod_New(
    ml: *mut PyMethodDef,
    self_: Obj,
    module: Obj,
    _cls: *mut PyTypeObject,
) -> Obj {
    guard(|| Ok(cfunction::new(ml, self_, module)))
}
