//! `PyCapsule`: an opaque C pointer with a name, a context pointer and a destructor,
//! laid out as CPython's `PyCapsule` (the C-API functions live in `libmolt-capi`).

use crate::object::*;
use crate::objects::str as pystr;
use crate::typeobject::*;
use std::ffi::{c_char, c_void, CStr};

/// A capsule's destructor, called with the capsule when it is freed.
pub type CapsuleDestructor = Option<unsafe extern "C" fn(Obj)>;

/// CPython's `PyCapsule`.
#[repr(C)]
pub struct PyCapsuleObject {
    pub ob_base: PyObject,
    pub pointer: *mut c_void,
    pub name: *const c_char,
    pub context: *mut c_void,
    pub destructor: CapsuleDestructor,
}

/// The `PyCapsule` type.
#[no_mangle]
pub static mut PyCapsule_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(capsule_dealloc),
    tp_repr: Some(capsule_repr),
    tp_getattro: Some(generic_getattro_slot),
    ..PyTypeObject::new_static(c"PyCapsule", std::mem::size_of::<PyCapsuleObject>(), 0)
};

/// Whether `o` is exactly a capsule.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_capsule(o: Obj) -> bool {
    type_of(o) == &raw mut PyCapsule_Type
}

/// A new capsule (the caller checked `pointer` is not null). New reference.
///
/// # Safety
/// `name` is null or a NUL-terminated string that outlives the capsule.
pub unsafe fn new(pointer: *mut c_void, name: *const c_char, destructor: CapsuleDestructor) -> Ref {
    let o = alloc_object(
        &raw mut PyCapsule_Type,
        std::mem::size_of::<PyCapsuleObject>(),
    );
    let c = o as *mut PyCapsuleObject;
    (*c).pointer = pointer;
    (*c).name = name;
    (*c).destructor = destructor;
    Ref::steal(o)
}

unsafe extern "C" fn capsule_dealloc(o: Obj) {
    let c = o as *mut PyCapsuleObject;
    if let Some(d) = (*c).destructor {
        d(o);
    }
    free_object(o);
}

unsafe extern "C" fn capsule_repr(o: Obj) -> Obj {
    let c = o as *mut PyCapsuleObject;
    let s = if (*c).name.is_null() {
        format!("<capsule object NULL at {:#x}>", o as usize)
    } else {
        format!(
            "<capsule object \"{}\" at {:#x}>",
            CStr::from_ptr((*c).name).to_string_lossy(),
            o as usize
        )
    };
    pystr::from_str(&s)
}
