//! `objimpl.h` raw object memory: `PyObject_Malloc` and friends. Molt's objects live in
//! the C allocator's memory (`malloc`/`calloc`/`free`, see the runtime's `object.rs`), so
//! these are thin wrappers and an object allocated by the runtime can be freed here.

use molt_runtime::object::{mem_alloc, mem_alloc_zeroed, mem_free, mem_realloc};
use std::ffi::c_void;

/// Allocates `n` bytes (at least one). Returns NULL on failure, without an exception
/// (as CPython's `PyObject_Malloc`).
#[no_mangle]
pub unsafe extern "C" fn PyObject_Malloc(n: usize) -> *mut c_void {
    // SAFETY: plain malloc.
    unsafe { mem_alloc(n) as *mut c_void }
}

/// Allocates `nelem * elsize` zeroed bytes; NULL on overflow or failure.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Calloc(nelem: usize, elsize: usize) -> *mut c_void {
    match nelem.checked_mul(elsize) {
        // SAFETY: plain calloc.
        Some(n) => unsafe { mem_alloc_zeroed(n) as *mut c_void },
        None => std::ptr::null_mut(),
    }
}

/// Resizes a block from `PyObject_Malloc` (NULL: allocates). NULL on failure, the old
/// block then left unchanged.
#[no_mangle]
pub unsafe extern "C" fn PyObject_Realloc(p: *mut c_void, n: usize) -> *mut c_void {
    // SAFETY: `p` is null or came from this allocator.
    unsafe { mem_realloc(p as *mut u8, n) as *mut c_void }
}

/// Frees a block from `PyObject_Malloc` (NULL allowed). It is the default `tp_free` of
/// types written in C: it releases the memory only (the dealloc function of a heap type
/// drops the instance's reference to its type itself, as in CPython).
#[no_mangle]
pub unsafe extern "C" fn PyObject_Free(p: *mut c_void) {
    // SAFETY: `p` is null or came from this allocator.
    unsafe { mem_free(p as *mut u8) }
}
