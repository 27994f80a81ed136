//! `pystate.h` / `ceval.h` / `pythread.h`: the GIL and thread-state functions and the
//! `PyThread` locks. Molt programs run on one thread and have no GIL, so the GIL
//! functions do nothing: `PyGILState_Ensure` always reports `PyGILState_LOCKED` (the
//! thread "already held" it), and `PyEval_SaveThread` returns a placeholder thread
//! state for `PyEval_RestoreThread`. The locks are real (a mutex and a condition
//! variable), so they behave correctly if an extension starts its own threads.
//! TODO(threads): a real per-thread state once Molt has threads.

use std::ffi::{c_int, c_long, c_void};
use std::sync::{Condvar, Mutex};

/// `PyGILState_LOCKED`.
const GIL_LOCKED: c_int = 0;

/// Acquires the GIL for the calling thread: does nothing in Molt and returns
/// `PyGILState_LOCKED` (`PyGILState_STATE`, an int-sized enum).
#[no_mangle]
pub extern "C" fn PyGILState_Ensure() -> c_int {
    GIL_LOCKED
}

/// Releases what `PyGILState_Ensure` acquired: does nothing in Molt.
#[no_mangle]
pub extern "C" fn PyGILState_Release(_state: c_int) {}

/// Whether the calling thread holds the GIL: always 1 in Molt.
#[no_mangle]
pub extern "C" fn PyGILState_Check() -> c_int {
    1
}

static mut THREAD_STATE: [usize; 4] = [0; 4];

/// Releases the GIL (`Py_BEGIN_ALLOW_THREADS`): does nothing in Molt. Returns a
/// placeholder thread state (opaque, never NULL) for `PyEval_RestoreThread`.
#[no_mangle]
pub extern "C" fn PyEval_SaveThread() -> *mut c_void {
    &raw mut THREAD_STATE as *mut c_void
}

/// Re-acquires the GIL (`Py_END_ALLOW_THREADS`): does nothing in Molt.
#[no_mangle]
pub extern "C" fn PyEval_RestoreThread(_tstate: *mut c_void) {}

/// The current thread state (opaque placeholder, never NULL). Borrowed.
#[no_mangle]
pub extern "C" fn PyThreadState_Get() -> *mut c_void {
    &raw mut THREAD_STATE as *mut c_void
}

/// A `PyThread_type_lock`.
struct Lock {
    locked: Mutex<bool>,
    cv: Condvar,
}

/// A new unlocked lock (`PyThread_type_lock`), or NULL when out of memory.
#[no_mangle]
pub extern "C" fn PyThread_allocate_lock() -> *mut c_void {
    Box::into_raw(Box::new(Lock {
        locked: Mutex::new(false),
        cv: Condvar::new(),
    })) as *mut c_void
}

/// Frees a lock from `PyThread_allocate_lock`.
#[no_mangle]
pub unsafe extern "C" fn PyThread_free_lock(lock: *mut c_void) {
    if !lock.is_null() {
        // SAFETY: `lock` came from PyThread_allocate_lock and is freed once.
        drop(Box::from_raw(lock as *mut Lock));
    }
}

/// Acquires the lock: with `waitflag` nonzero (`WAIT_LOCK`) waits for it; with 0
/// (`NOWAIT_LOCK`) only tries. Returns 1 if acquired, 0 if not.
#[no_mangle]
pub unsafe extern "C" fn PyThread_acquire_lock(lock: *mut c_void, waitflag: c_int) -> c_int {
    if lock.is_null() {
        return 0;
    }
    // SAFETY: `lock` came from PyThread_allocate_lock.
    let l = &*(lock as *const Lock);
    let mut g = match l.locked.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    if *g && waitflag == 0 {
        return 0;
    }
    while *g {
        g = match l.cv.wait(g) {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
    }
    *g = true;
    1
}

/// Releases a held lock.
#[no_mangle]
pub unsafe extern "C" fn PyThread_release_lock(lock: *mut c_void) {
    if lock.is_null() {
        return;
    }
    // SAFETY: `lock` came from PyThread_allocate_lock.
    let l = &*(lock as *const Lock);
    let mut g = match l.locked.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    *g = false;
    l.cv.notify_one();
}

/// The calling thread's identifier (the address of a thread-local, unique among live
/// threads).
#[no_mangle]
pub extern "C" fn PyThread_get_thread_ident() -> c_long {
    thread_local! {
        static IDENT: u8 = const { 0 };
    }
    IDENT.with(|x| x as *const u8 as c_long)
}
