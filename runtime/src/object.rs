//! The object header, reference counting and allocation: the core of Molt's object model.
//!
//! Every heap object starts with CPython 3.12's header (`ob_refcnt`, `ob_type`), so a
//! pointer to any Molt object is a valid `PyObject *` for a C extension.
//!
//! | reference kind | who owns it | how it appears in Rust |
//! |---|---|---|
//! | new (owned)    | the receiver must release it | [`Ref`] (released on drop) or a raw `Obj` documented "new reference" |
//! | borrowed       | someone else keeps it alive | a raw `Obj` parameter |
//! | stolen         | the callee takes the caller's reference | documented on the function |
//!
//! Immortal objects (small ints, `None`, `True`, `False`, `...`, `NotImplemented`, static
//! type objects) carry [`IMMORTAL_REFCNT`]; increments saturate and decrements skip them,
//! exactly as CPython 3.12 does on 64-bit targets.

use crate::typeobject::PyTypeObject;
use std::ffi::c_void;
use std::ptr::NonNull;

/// CPython's `PyObject`: the header of every object.
#[repr(C)]
pub struct PyObject {
    pub ob_refcnt: isize,
    pub ob_type: *mut PyTypeObject,
}

/// CPython's `PyVarObject`: the header of variable-size objects.
#[repr(C)]
pub struct PyVarObject {
    pub ob_base: PyObject,
    pub ob_size: isize,
}

/// The universal value: a pointer to an object (possibly null where documented).
pub type Obj = *mut PyObject;

/// CPython 3.12's immortal reference count on 64-bit targets (`UINT_MAX`).
pub const IMMORTAL_REFCNT: isize = 0xFFFF_FFFF;

/// An object header for a statically allocated, immortal object.
pub const fn static_header(tp: *mut PyTypeObject) -> PyObject {
    PyObject {
        ob_refcnt: IMMORTAL_REFCNT,
        ob_type: tp,
    }
}

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn calloc(n: usize, size: usize) -> *mut c_void;
    fn realloc(p: *mut c_void, size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

/// Raw allocation (the C allocator, so that C extensions can free what Molt allocates).
///
/// # Safety
/// Plain `malloc`; the caller initialises the memory.
pub unsafe fn mem_alloc(size: usize) -> *mut u8 {
    malloc(size.max(1)) as *mut u8
}

/// # Safety
/// Plain `calloc`.
pub unsafe fn mem_alloc_zeroed(size: usize) -> *mut u8 {
    calloc(1, size.max(1)) as *mut u8
}

/// # Safety
/// `p` is null or came from [`mem_alloc`]/[`mem_realloc`].
pub unsafe fn mem_realloc(p: *mut u8, size: usize) -> *mut u8 {
    realloc(p as *mut c_void, size.max(1)) as *mut u8
}

/// # Safety
/// `p` is null or came from [`mem_alloc`]/[`mem_realloc`].
pub unsafe fn mem_free(p: *mut u8) {
    free(p as *mut c_void)
}

/// Allocates a zeroed object of `size` bytes with refcount 1 and type `tp`.
/// Heap types gain a reference for each instance, as in CPython.
///
/// # Safety
/// `tp` must be a valid type object and `size` at least its basic size.
pub unsafe fn alloc_object(tp: *mut PyTypeObject, size: usize) -> Obj {
    let o = mem_alloc_zeroed(size) as Obj;
    if o.is_null() {
        eprintln!("molt: out of memory allocating {size} bytes");
        std::process::abort();
    }
    (*o).ob_refcnt = 1;
    (*o).ob_type = tp;
    if (*tp).tp_flags & crate::typeobject::TPFLAGS_HEAPTYPE != 0 {
        incref(tp as Obj);
    }
    o
}

/// Increments the reference count (saturating for immortal objects).
///
/// # Safety
/// `o` must point to a live object.
#[inline(always)]
pub unsafe fn incref(o: Obj) {
    let low = (*o).ob_refcnt as u32;
    let next = low.wrapping_add(1);
    if next != 0 {
        (*o).ob_refcnt = ((*o).ob_refcnt & !0xFFFF_FFFF) | next as isize;
    }
}

/// Decrements the reference count and deallocates at zero.
///
/// # Safety
/// `o` must point to a live object the caller owns a reference to.
#[inline(always)]
pub unsafe fn decref(o: Obj) {
    if ((*o).ob_refcnt as i32) < 0 {
        return;
    }
    (*o).ob_refcnt -= 1;
    if (*o).ob_refcnt == 0 {
        dealloc(o);
    }
}

/// # Safety
/// As [`incref`], but `o` may be null.
#[inline(always)]
pub unsafe fn xincref(o: Obj) {
    if !o.is_null() {
        incref(o)
    }
}

/// # Safety
/// As [`decref`], but `o` may be null.
#[inline(always)]
pub unsafe fn xdecref(o: Obj) {
    if !o.is_null() {
        decref(o)
    }
}

/// Returns `o` after taking a new reference to it.
///
/// # Safety
/// `o` must point to a live object.
#[inline(always)]
pub unsafe fn new_ref(o: Obj) -> Obj {
    incref(o);
    o
}

/// Calls the type's `tp_dealloc`.
///
/// # Safety
/// `o` has reached refcount zero.
#[cold]
pub unsafe fn dealloc(o: Obj) {
    let tp = (*o).ob_type;
    match (*tp).tp_dealloc {
        Some(f) => f(o),
        None => free_object(o),
    }
}

/// Frees an object's memory and drops the heap type's reference held by the instance.
///
/// # Safety
/// `o` is dead and its contents have been released.
pub unsafe fn free_object(o: Obj) {
    let tp = (*o).ob_type;
    let heap = (*tp).tp_flags & crate::typeobject::TPFLAGS_HEAPTYPE != 0;
    mem_free(o as *mut u8);
    if heap {
        decref(tp as Obj);
    }
}

/// The type of an object (borrowed).
///
/// # Safety
/// `o` must point to a live object.
#[inline(always)]
pub unsafe fn type_of(o: Obj) -> *mut PyTypeObject {
    (*o).ob_type
}

/// An owned (new) reference that is released when dropped. Runtime code written in Rust
/// holds values in `Ref`s so that `?` on an error path cannot leak.
#[repr(transparent)]
pub struct Ref(NonNull<PyObject>);

impl Ref {
    /// Takes ownership of a new reference. Returns `None` for null.
    ///
    /// # Safety
    /// `o` is null or a new reference the caller hands over.
    #[inline]
    pub unsafe fn from_raw(o: Obj) -> Option<Ref> {
        NonNull::new(o).map(Ref)
    }
    /// Takes ownership of a new reference that must not be null.
    ///
    /// # Safety
    /// `o` is a non-null new reference the caller hands over.
    #[inline]
    pub unsafe fn steal(o: Obj) -> Ref {
        debug_assert!(!o.is_null());
        Ref(NonNull::new_unchecked(o))
    }
    /// Makes a new reference from a borrowed one.
    ///
    /// # Safety
    /// `o` is a live, non-null object.
    #[inline]
    pub unsafe fn borrowed(o: Obj) -> Ref {
        incref(o);
        Ref(NonNull::new_unchecked(o))
    }
    /// The pointer, still owned by `self`.
    #[inline]
    pub fn as_ptr(&self) -> Obj {
        self.0.as_ptr()
    }
    /// Gives up ownership: the caller now holds the new reference.
    #[inline]
    pub fn into_raw(self) -> Obj {
        let p = self.0.as_ptr();
        std::mem::forget(self);
        p
    }
}

impl Clone for Ref {
    fn clone(&self) -> Ref {
        // SAFETY: self holds a live reference.
        unsafe { Ref::borrowed(self.as_ptr()) }
    }
}

impl Drop for Ref {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: self owns one reference.
        unsafe { decref(self.0.as_ptr()) }
    }
}

impl std::fmt::Debug for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ref({:p})", self.0.as_ptr())
    }
}
