//! `method`: a function bound to an instance (CPython's `PyMethodObject` layout).

use crate::errors::PyResult;
use crate::object::*;
use crate::typeobject::*;
use std::ffi::c_void;

/// CPython's `PyMethodObject`.
#[repr(C)]
pub struct PyMethodObject {
    pub ob_base: PyObject,
    pub im_func: Obj,
    pub im_self: Obj,
    pub im_weakreflist: Obj,
    pub vectorcall: VectorcallFunc,
}

#[no_mangle]
pub static mut PyMethod_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(method_dealloc),
    tp_repr: Some(method_repr),
    tp_getattro: Some(method_getattro),
    tp_call: Some(crate::call::call_via_vector),
    tp_richcompare: Some(method_richcompare),
    tp_hash: Some(method_hash),
    tp_getset: &raw mut METHOD_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"method", std::mem::size_of::<PyMethodObject>(), 0)
};

static mut METHOD_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"__func__", Some(m_get_func), None),
    getset_def(c"__self__", Some(m_get_self), None),
    getset_def_end(),
];

/// A bound method. New reference.
///
/// # Safety
/// Both are live.
pub unsafe fn new(func: Obj, slf: Obj) -> Obj {
    let o = alloc_object(
        &raw mut PyMethod_Type,
        std::mem::size_of::<PyMethodObject>(),
    );
    let m = o as *mut PyMethodObject;
    (*m).im_func = new_ref(func);
    (*m).im_self = new_ref(slf);
    o
}

/// Calls a bound method: the function with `self` prepended.
///
/// # Safety
/// `m` is a method; vectorcall arguments.
pub unsafe fn call(m: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> PyResult<Ref> {
    let mo = m as *mut PyMethodObject;
    let nkw = if kwnames.is_null() {
        0
    } else {
        crate::objects::tuple::len(kwnames)
    };
    let mut v: Vec<Obj> = Vec::with_capacity(nargs + nkw + 1);
    v.push((*mo).im_self);
    v.extend_from_slice(std::slice::from_raw_parts(args, nargs + nkw));
    let f = Ref::borrowed((*mo).im_func);
    crate::call::call_vector(f.as_ptr(), v.as_ptr(), nargs + 1, kwnames)
}

unsafe extern "C" fn method_dealloc(o: Obj) {
    let m = o as *mut PyMethodObject;
    decref((*m).im_func);
    decref((*m).im_self);
    free_object(o);
}

unsafe extern "C" fn method_repr(o: Obj) -> Obj {
    crate::errors::into_raw((|| {
        let m = o as *mut PyMethodObject;
        let q = crate::abstract_::getattr_str((*m).im_func, "__qualname__")?;
        let r = crate::abstract_::repr((*m).im_self)?;
        Ok(crate::objects::str::from_string(format!(
            "<bound method {} of {}>",
            crate::objects::str::as_str(q.as_ptr()),
            crate::objects::str::as_str(r.as_ptr())
        )))
    })())
}

unsafe extern "C" fn method_getattro(o: Obj, name: Obj) -> Obj {
    match generic_getattr_opt(o, name) {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) => {
            let m = o as *mut PyMethodObject;
            crate::errors::into_raw(crate::abstract_::getattr((*m).im_func, name))
        }
        Err(_) => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn method_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    use crate::abstract_::{CMP_EQ, CMP_NE};
    if type_of(b) != &raw mut PyMethod_Type || (op != CMP_EQ && op != CMP_NE) {
        return new_ref(crate::objects::none::not_implemented());
    }
    let (ma, mb) = (a as *mut PyMethodObject, b as *mut PyMethodObject);
    let eq = (*ma).im_func == (*mb).im_func && (*ma).im_self == (*mb).im_self;
    crate::objects::bool::from_bool(if op == CMP_EQ { eq } else { !eq }).into_raw()
}

unsafe extern "C" fn method_hash(o: Obj) -> isize {
    let m = o as *mut PyMethodObject;
    crate::objects::object::identity_hash((*m).im_self)
        ^ crate::objects::object::identity_hash((*m).im_func)
}

unsafe extern "C" fn m_get_func(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut PyMethodObject)).im_func)
}
unsafe extern "C" fn m_get_self(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut PyMethodObject)).im_self)
}
