//! `module`: a namespace with a dict (CPython's `PyModuleObject` layout).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, str as pystr};
use crate::typeobject::*;
use std::ffi::c_void;

/// CPython's `PyModuleObject`.
#[repr(C)]
pub struct PyModuleObject {
    pub ob_base: PyObject,
    pub md_dict: Obj,
    pub md_def: *mut c_void,
    pub md_state: *mut c_void,
    pub md_weaklist: Obj,
    pub md_name: Obj,
}

#[no_mangle]
pub static mut PyModule_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(module_dealloc),
    tp_repr: Some(module_repr),
    tp_getattro: Some(module_getattro),
    tp_setattro: Some(generic_setattro_slot),
    tp_dictoffset: std::mem::offset_of!(PyModuleObject, md_dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"module", std::mem::size_of::<PyModuleObject>(), 0)
};

/// A new module named `name` with an empty dict holding `__name__`. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn new(name: &str) -> PyResult<Ref> {
    let o = alloc_object(
        &raw mut PyModule_Type,
        std::mem::size_of::<PyModuleObject>(),
    );
    let m = o as *mut PyModuleObject;
    (*m).md_dict = dict::new_raw();
    (*m).md_name = pystr::from_str(name);
    let r = Ref::steal(o);
    dict::set_str((*m).md_dict, "__name__", (*m).md_name)?;
    dict::set_str((*m).md_dict, "__doc__", crate::objects::none::none())?;
    Ok(r)
}

/// Whether `o` is a module.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_module(o: Obj) -> bool {
    is_instance_of(o, &raw mut PyModule_Type)
}

/// The module's dict (borrowed).
///
/// # Safety
/// `m` is a module.
pub unsafe fn dict_of(m: Obj) -> Obj {
    (*(m as *mut PyModuleObject)).md_dict
}

/// The module's name.
///
/// # Safety
/// `m` is a module.
pub unsafe fn module_name(m: Obj) -> String {
    match dict::get_str(dict_of(m), "__name__") {
        Some(n) if pystr::is_str(n) => pystr::as_str(n).to_string(),
        _ => "?".to_string(),
    }
}

unsafe extern "C" fn module_dealloc(o: Obj) {
    let m = o as *mut PyModuleObject;
    xdecref((*m).md_dict);
    xdecref((*m).md_name);
    free_object(o);
}

unsafe extern "C" fn module_repr(o: Obj) -> Obj {
    pystr::from_str(&format!("<module '{}'>", module_name(o)))
}

unsafe extern "C" fn module_getattro(o: Obj, name: Obj) -> Obj {
    into_raw((|| match generic_getattr_opt(o, name)? {
        Some(v) => Ok(v),
        None => {
            if let Some(ga) = dict::get_str(dict_of(o), "__getattr__") {
                let ga = Ref::borrowed(ga);
                return crate::call::call1(ga.as_ptr(), name);
            }
            Err(attribute_error(o, name))
        }
    })())
}
