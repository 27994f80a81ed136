//! `moduleobject.h`: module definitions (`PyModuleDef`), single-phase creation
//! (`PyModule_Create2`) and the helpers extensions use to fill their modules.

use crate::{guard, guard_status};
use molt_runtime::object::*;
use molt_runtime::objects::{cfunction, dict, module, str as pystr};
use molt_runtime::typeobject::*;
use std::ffi::{c_char, c_int, c_long, c_void};

/// CPython's `PyModuleDef_Base`.
#[repr(C)]
pub struct PyModuleDef_Base {
    pub ob_base: PyObject,
    pub m_init: Option<unsafe extern "C" fn() -> Obj>,
    pub m_index: isize,
    pub m_copy: Obj,
}

/// CPython's `PyModuleDef_Slot`.
#[repr(C)]
pub struct PyModuleDef_Slot {
    pub slot: c_int,
    pub value: *mut c_void,
}

/// CPython's `PyModuleDef`.
#[repr(C)]
pub struct PyModuleDef {
    pub m_base: PyModuleDef_Base,
    pub m_name: *const c_char,
    pub m_doc: *const c_char,
    pub m_size: isize,
    pub m_methods: *mut PyMethodDef,
    pub m_slots: *mut PyModuleDef_Slot,
    pub m_traverse: *mut c_void,
    pub m_clear: *mut c_void,
    pub m_free: *mut c_void,
}

pub const PY_MOD_CREATE: c_int = 1;
pub const PY_MOD_EXEC: c_int = 2;

/// The type of module definitions returned by multi-phase `PyInit_*` functions.
#[no_mangle]
pub static mut PyModuleDef_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(c"moduledef", std::mem::size_of::<PyModuleDef>(), 0)
};

/// Marks `def` as a module definition for multi-phase initialisation (PEP 489).
/// Return value: borrowed reference (the definition itself).
#[no_mangle]
pub unsafe extern "C" fn PyModuleDef_Init(def: *mut PyModuleDef) -> Obj {
    let o = def as Obj;
    if (*o).ob_type.is_null() {
        (*o).ob_type = &raw mut PyModuleDef_Type;
        (*o).ob_refcnt = IMMORTAL_REFCNT;
    }
    o
}

/// Creates a module object from its definition (without running exec slots).
///
/// # Safety
/// `def` is a valid module definition that outlives the module.
pub unsafe fn module_from_def(def: *mut PyModuleDef) -> molt_runtime::errors::PyResult<Ref> {
    let name = crate::cstr((*def).m_name).into_owned();
    let m = module::new(&name)?;
    let mo = m.as_ptr() as *mut module::PyModuleObject;
    (*mo).md_def = def as *mut c_void;
    if (*def).m_size > 0 {
        (*mo).md_state = mem_alloc_zeroed((*def).m_size as usize) as *mut c_void;
    }
    let d = module::dict_of(m.as_ptr());
    if !(*def).m_doc.is_null() {
        let doc = pystr::from_string(crate::cstr((*def).m_doc).into_owned());
        dict::set_str(d, "__doc__", doc.as_ptr())?;
    }
    let mut f = (*def).m_methods;
    if !f.is_null() {
        while !(*f).ml_name.is_null() {
            let func = cfunction::new(f, m.as_ptr(), m.as_ptr());
            dict::set_str(d, &cfunction::def_name(f), func.as_ptr())?;
            f = f.add(1);
        }
    }
    Ok(m)
}

/// Single-phase initialisation. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyModule_Create2(def: *mut PyModuleDef, _api_version: c_int) -> Obj {
    guard(|| module_from_def(def))
}

/// The module's dict. Return value: borrowed reference.
#[no_mangle]
pub unsafe extern "C" fn PyModule_GetDict(m: Obj) -> Obj {
    module::dict_of(m)
}

/// The module's per-module state (`m_size` bytes), or NULL.
#[no_mangle]
pub unsafe extern "C" fn PyModule_GetState(m: Obj) -> *mut c_void {
    (*(m as *mut module::PyModuleObject)).md_state
}

/// Adds `value` to the module as `name`. Does not steal a reference.
#[no_mangle]
pub unsafe extern "C" fn PyModule_AddObjectRef(m: Obj, name: *const c_char, value: Obj) -> c_int {
    guard_status(|| {
        if value.is_null() {
            if !molt_runtime::errors::occurred() {
                molt_runtime::errors::raise(
                    molt_runtime::objects::exceptions::system_error(),
                    "PyModule_AddObjectRef() must be called with an exception raised if value is NULL",
                );
            }
            return Err(molt_runtime::errors::Raised);
        }
        dict::set_str(module::dict_of(m), &crate::cstr(name), value)
    })
}

/// Adds `value` to the module; steals the reference on success only (CPython's
/// historical contract).
#[no_mangle]
pub unsafe extern "C" fn PyModule_AddObject(m: Obj, name: *const c_char, value: Obj) -> c_int {
    let r = PyModule_AddObjectRef(m, name, value);
    if r == 0 {
        decref(value);
    }
    r
}

/// Adds an int constant.
#[no_mangle]
pub unsafe extern "C" fn PyModule_AddIntConstant(
    m: Obj,
    name: *const c_char,
    value: c_long,
) -> c_int {
    let v = molt_runtime::objects::int::from_i64(value as i64);
    let r = PyModule_AddObjectRef(m, name, v);
    decref(v);
    r
}

/// Adds a str constant (UTF-8 C string).
#[no_mangle]
pub unsafe extern "C" fn PyModule_AddStringConstant(
    m: Obj,
    name: *const c_char,
    value: *const c_char,
) -> c_int {
    let v = crate::unicodeobject::PyUnicode_FromString(value);
    if v.is_null() {
        return -1;
    }
    let r = PyModule_AddObjectRef(m, name, v);
    decref(v);
    r
}
