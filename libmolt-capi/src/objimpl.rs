//! `objimpl.h`: the PyObject_* memory allocator (malloc-backed, like `pymem.rs`).

use crate::pymem::{py_calloc, py_free, py_malloc, py_realloc};
use std::ffi::c_void;

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
