//! `objimpl.h`: the PyObject_* memory allocator (malloc-backed, like `pymem.rs`), and
//! allocating and initialising instances of extension types (`_PyObject_New`, the
//! `PyObject_GC_*` family, `PyObject_Init`).
//!
//! Molt has no cycle collector yet (ARCHITECTURE.md, "Deliberately absent"), so GC
//! objects are plain objects: `PyObject_GC_Track` / `PyObject_GC_UnTrack` do nothing, and
//! `PyObject_GC_Del` frees the memory like `PyObject_Free`.

use crate::pymem::{py_calloc, py_free, py_malloc, py_realloc};
use molt_runtime::errors::raise;
use molt_runtime::object::*;
use molt_runtime::objects::exceptions;
use molt_runtime::typeobject::*;
use std::ffi::{c_int, c_void};
use std::ptr::null_mut;

/// Allocates `n` bytes for object memory; non-NULL for 0.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Malloc(n: usize) -> *mut c_void {
    py_malloc(n)
}

/// Allocates `n * size` zeroed bytes for object memory.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Calloc(n: usize, size: usize) -> *mut c_void {
    py_calloc(n, size)
}

/// Resizes a block from `PyObject_Malloc`.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Realloc(p: *mut c_void, n: usize) -> *mut c_void {
    py_realloc(p, n)
}

/// Releases a block from `PyObject_Malloc`; NULL allowed.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Free(p: *mut c_void) {
    py_free(p)
}

unsafe fn no_memory() -> Obj {
    raise(exceptions::memory_error(), "");
    null_mut()
}

/// Initialises the header of memory `o` (from `PyObject_Malloc`): count 1, type `tp`
/// (a new reference to `tp` for heap types). Returns `o` (NULL if `o` is NULL, with
/// MemoryError set).
#[no_mangle]
pub unsafe extern "C" fn PyObject_Init(o: Obj, tp: *mut PyTypeObject) -> Obj {
    if o.is_null() {
        return no_memory();
    }
    (*o).ob_refcnt = 1;
    (*o).ob_type = tp;
    if is_heap_type(tp) {
        incref(tp as Obj);
    }
    o
}

/// [`PyObject_Init`] plus `ob_size = size`. Returns `o`.
#[no_mangle]
pub unsafe extern "C" fn PyObject_InitVar(o: Obj, tp: *mut PyTypeObject, size: isize) -> Obj {
    let r = PyObject_Init(o, tp);
    if !r.is_null() {
        (*(r as *mut PyVarObject)).ob_size = size;
    }
    r
}

/// `PyObject_New(T, tp)`: `tp_basicsize` bytes with the header initialised; the rest
/// is left for the caller (Molt zeroes it). Return value: new reference, or NULL with
/// MemoryError.
#[no_mangle]
pub unsafe extern "C" fn _PyObject_New(tp: *mut PyTypeObject) -> Obj {
    let o = mem_alloc_zeroed((*tp).tp_basicsize as usize) as Obj;
    PyObject_Init(o, tp)
}

/// `PyObject_NewVar(T, tp, n)`: `tp_basicsize + n * tp_itemsize` bytes, header and
/// `ob_size` initialised. Return value: new reference, or NULL with MemoryError.
#[no_mangle]
pub unsafe extern "C" fn _PyObject_NewVar(tp: *mut PyTypeObject, n: isize) -> Obj {
    let size = (*tp).tp_basicsize as usize + n.max(0) as usize * (*tp).tp_itemsize as usize;
    let o = mem_alloc_zeroed(size) as Obj;
    PyObject_InitVar(o, tp, n)
}

/// `PyObject_GC_New(T, tp)`: as `_PyObject_New` (Molt has no GC header).
#[no_mangle]
pub unsafe extern "C" fn _PyObject_GC_New(tp: *mut PyTypeObject) -> Obj {
    _PyObject_New(tp)
}

/// `PyObject_GC_NewVar(T, tp, n)`: as `_PyObject_NewVar`.
#[no_mangle]
pub unsafe extern "C" fn _PyObject_GC_NewVar(tp: *mut PyTypeObject, n: isize) -> Obj {
    _PyObject_NewVar(tp, n)
}

/// Starts tracking `o` in the cycle collector: a no-op until Molt has one.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GC_Track(_o: *mut c_void) {}

/// Stops tracking `o` in the cycle collector: a no-op until Molt has one.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GC_UnTrack(_o: *mut c_void) {}

/// Frees the memory of a GC object (its `tp_free`), like `PyObject_Free`.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GC_Del(o: *mut c_void) {
    PyObject_Free(o)
}

/// Whether `o` is tracked by the cycle collector: always 0 in Molt (no collector).
#[no_mangle]
pub unsafe extern "C" fn PyObject_GC_IsTracked(_o: Obj) -> c_int {
    0
}

/// Whether the collector already finalized `o`: always 0 in Molt.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GC_IsFinalized(_o: Obj) -> c_int {
    0
}
