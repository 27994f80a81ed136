//! `pymem.h`: the PyMem_* and PyMem_Raw* allocators, both the C library's malloc (so
//! memory from either may be released with either, and with `free`). A zero-byte
//! request returns a unique non-NULL pointer, as in CPython.

use std::ffi::c_void;

extern "C" {
    fn malloc(n: usize) -> *mut c_void;
    fn calloc(n: usize, size: usize) -> *mut c_void;
    fn realloc(p: *mut c_void, n: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

/// `malloc(n)` with CPython's rules: NULL above PY_SSIZE_T_MAX, non-NULL for 0.
pub unsafe fn py_malloc(n: usize) -> *mut c_void {
    if n > isize::MAX as usize {
        return std::ptr::null_mut();
    }
    malloc(n.max(1))
}

/// `calloc(n, size)` with CPython's overflow check.
pub unsafe fn py_calloc(n: usize, size: usize) -> *mut c_void {
    if size != 0 && n > isize::MAX as usize / size {
        return std::ptr::null_mut();
    }
    if n == 0 || size == 0 {
        return calloc(1, 1);
    }
    calloc(n, size)
}

/// `realloc(p, n)` with CPython's rules.
pub unsafe fn py_realloc(p: *mut c_void, n: usize) -> *mut c_void {
    if n > isize::MAX as usize {
        return std::ptr::null_mut();
    }
    realloc(p, n.max(1))
}

/// `free(p)`; NULL allowed.
pub unsafe fn py_free(p: *mut c_void) {
    free(p)
}

/// Allocates `n` bytes (uninitialised); NULL on failure without an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyMem_Malloc(n: usize) -> *mut c_void {
    py_malloc(n)
}

/// Allocates `n * size` zeroed bytes; NULL on failure or overflow.
#[no_mangle]
pub unsafe extern "C" fn PyMem_Calloc(n: usize, size: usize) -> *mut c_void {
    py_calloc(n, size)
}

/// Resizes a block from `PyMem_Malloc` (NULL `p`: allocate).
#[no_mangle]
pub unsafe extern "C" fn PyMem_Realloc(p: *mut c_void, n: usize) -> *mut c_void {
    py_realloc(p, n)
}

/// Releases a block from `PyMem_Malloc`; NULL allowed.
#[no_mangle]
pub unsafe extern "C" fn PyMem_Free(p: *mut c_void) {
    py_free(p)
}

/// Allocates `n` bytes; usable without the GIL.
#[no_mangle]
pub unsafe extern "C" fn PyMem_RawMalloc(n: usize) -> *mut c_void {
    py_malloc(n)
}

/// Allocates `n * size` zeroed bytes; usable without the GIL.
#[no_mangle]
pub unsafe extern "C" fn PyMem_RawCalloc(n: usize, size: usize) -> *mut c_void {
    py_calloc(n, size)
}

/// Resizes a block from `PyMem_RawMalloc`.
#[no_mangle]
pub unsafe extern "C" fn PyMem_RawRealloc(p: *mut c_void, n: usize) -> *mut c_void {
    py_realloc(p, n)
}

/// Releases a block from `PyMem_RawMalloc`; NULL allowed.
#[no_mangle]
pub unsafe extern "C" fn PyMem_RawFree(p: *mut c_void) {
    py_free(p)
}
