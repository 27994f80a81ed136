//! `cell`: the box through which closures share a variable (CPython's `PyCellObject`).

use crate::object::*;
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython's `PyCellObject`; `ob_ref` is null while the variable is unbound.
#[repr(C)]
pub struct PyCellObject {
    pub ob_base: PyObject,
    pub ob_ref: Obj,
}

#[no_mangle]
pub static mut PyCell_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(cell_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    ..PyTypeObject::new_static(c"cell", std::mem::size_of::<PyCellObject>(), 0)
};

/// A new cell holding `v` (null for empty). New reference.
///
/// # Safety
/// `v` is null or live.
pub unsafe fn new(v: Obj) -> Obj {
    let o = alloc_object(&raw mut PyCell_Type, std::mem::size_of::<PyCellObject>());
    (*(o as *mut PyCellObject)).ob_ref = if v.is_null() { null_mut() } else { new_ref(v) };
    o
}

/// The content (borrowed, null if empty).
///
/// # Safety
/// `c` is a cell.
#[inline]
pub unsafe fn get(c: Obj) -> Obj {
    (*(c as *mut PyCellObject)).ob_ref
}

/// Replaces the content (new reference taken; null empties the cell).
///
/// # Safety
/// `c` is a cell.
pub unsafe fn set(c: Obj, v: Obj) {
    let co = c as *mut PyCellObject;
    let old = (*co).ob_ref;
    (*co).ob_ref = if v.is_null() { null_mut() } else { new_ref(v) };
    xdecref(old);
}

unsafe extern "C" fn cell_dealloc(o: Obj) {
    xdecref((*(o as *mut PyCellObject)).ob_ref);
    free_object(o);
}
