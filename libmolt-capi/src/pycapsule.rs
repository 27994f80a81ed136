//! `pycapsule.h`: capsules, the C-level way extensions share C pointers (an API table,
//! a handle) through Python objects. The object is the runtime's `PyCapsule`.

use crate::cstr;
use molt_runtime::errors::raise;
use molt_runtime::object::*;
use molt_runtime::objects::capsule::{self, CapsuleDestructor, PyCapsuleObject};
use molt_runtime::objects::exceptions;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr::null_mut;

/// Whether two capsule names are equal (both NULL, or equal strings).
unsafe fn name_matches(a: *const c_char, b: *const c_char) -> bool {
    if a.is_null() || b.is_null() {
        return a == b;
    }
    CStr::from_ptr(a) == CStr::from_ptr(b)
}

/// Whether `o` is a live capsule with a pointer; otherwise raises ValueError
/// `"<what> called with invalid PyCapsule object"` and returns false.
unsafe fn legal(o: Obj, what: &str) -> bool {
    if o.is_null() || !capsule::is_capsule(o) || (*(o as *mut PyCapsuleObject)).pointer.is_null() {
        raise(
            exceptions::value_error(),
            &format!("{what} called with invalid PyCapsule object"),
        );
        return false;
    }
    true
}

/// A capsule holding `pointer` (not NULL), named `name` (NULL or a string that must
/// outlive the capsule), with `destructor` (NULL allowed) called when it is freed.
/// Return value: new reference, or NULL with ValueError if `pointer` is NULL.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_New(
    pointer: *mut c_void,
    name: *const c_char,
    destructor: CapsuleDestructor,
) -> Obj {
    if pointer.is_null() {
        raise(
            exceptions::value_error(),
            "PyCapsule_New called with null pointer",
        );
        return null_mut();
    }
    // SAFETY: the caller keeps `name` alive for the capsule's lifetime.
    unsafe { capsule::new(pointer, name, destructor).into_raw() }
}

/// The capsule's pointer if its name matches `name`; NULL with ValueError otherwise
/// (`PyCapsule_GetPointer called with incorrect name`).
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_GetPointer(o: Obj, name: *const c_char) -> *mut c_void {
    if !legal(o, "PyCapsule_GetPointer") {
        return null_mut();
    }
    let c = o as *mut PyCapsuleObject;
    if !name_matches((*c).name, name) {
        raise(
            exceptions::value_error(),
            "PyCapsule_GetPointer called with incorrect name",
        );
        return null_mut();
    }
    (*c).pointer
}

/// The capsule's name (borrowed C string, possibly NULL); NULL with ValueError for an
/// invalid capsule.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_GetName(o: Obj) -> *const c_char {
    if !legal(o, "PyCapsule_GetName") {
        return std::ptr::null();
    }
    (*(o as *mut PyCapsuleObject)).name
}

/// The capsule's context pointer (possibly NULL); NULL with ValueError for an invalid
/// capsule.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_GetContext(o: Obj) -> *mut c_void {
    if !legal(o, "PyCapsule_GetContext") {
        return null_mut();
    }
    (*(o as *mut PyCapsuleObject)).context
}

/// The capsule's destructor (possibly NULL); NULL with ValueError for an invalid
/// capsule.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_GetDestructor(o: Obj) -> CapsuleDestructor {
    if !legal(o, "PyCapsule_GetDestructor") {
        return None;
    }
    (*(o as *mut PyCapsuleObject)).destructor
}

/// Sets the context pointer. Returns 0, or -1 with ValueError for an invalid capsule.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_SetContext(o: Obj, context: *mut c_void) -> c_int {
    if !legal(o, "PyCapsule_SetContext") {
        return -1;
    }
    (*(o as *mut PyCapsuleObject)).context = context;
    0
}

/// Sets the pointer (not NULL). Returns 0, or -1 with ValueError.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_SetPointer(o: Obj, pointer: *mut c_void) -> c_int {
    if pointer.is_null() {
        raise(
            exceptions::value_error(),
            "PyCapsule_SetPointer called with null pointer",
        );
        return -1;
    }
    if !legal(o, "PyCapsule_SetPointer") {
        return -1;
    }
    (*(o as *mut PyCapsuleObject)).pointer = pointer;
    0
}

/// Sets the name (NULL allowed; must outlive the capsule). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_SetName(o: Obj, name: *const c_char) -> c_int {
    if !legal(o, "PyCapsule_SetName") {
        return -1;
    }
    (*(o as *mut PyCapsuleObject)).name = name;
    0
}

/// Sets the destructor (NULL allowed). Returns 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_SetDestructor(o: Obj, destructor: CapsuleDestructor) -> c_int {
    if !legal(o, "PyCapsule_SetDestructor") {
        return -1;
    }
    (*(o as *mut PyCapsuleObject)).destructor = destructor;
    0
}

/// 1 if `o` is a capsule with a pointer whose name matches `name`, else 0. Never
/// raises.
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_IsValid(o: Obj, name: *const c_char) -> c_int {
    (!o.is_null()
        && capsule::is_capsule(o)
        && !(*(o as *mut PyCapsuleObject)).pointer.is_null()
        && name_matches((*(o as *mut PyCapsuleObject)).name, name)) as c_int
}

/// Imports the capsule named `name` (`"module.attribute..."`): imports the first
/// component as a module (any failure becomes ImportError `PyCapsule_Import could not
/// import module "M"`), follows the remaining components as attributes, and returns the capsule's pointer if
/// the capsule's name is exactly `name`. NULL with an exception on failure (the import
/// or attribute error, or AttributeError `PyCapsule_Import "NAME" is not valid`).
/// `no_block` is ignored (CPython ignores it too).
#[no_mangle]
pub unsafe extern "C" fn PyCapsule_Import(name: *const c_char, _no_block: c_int) -> *mut c_void {
    crate::guard_value(null_mut(), || {
        let full = cstr(name).into_owned();
        let parts: Vec<&str> = full.split('.').collect();
        let mut obj: Option<Ref> = None;
        let mut trace = String::new();
        for p in parts {
            if trace.is_empty() {
                trace = p.to_string();
            } else {
                trace = format!("{trace}.{p}");
            }
            obj = Some(match obj {
                None => match molt_runtime::abi::import_module(&trace) {
                    Ok(m) => m,
                    Err(_) => {
                        molt_runtime::errors::clear();
                        return Err(raise(
                            exceptions::import_error(),
                            &format!("PyCapsule_Import could not import module \"{trace}\""),
                        ));
                    }
                },
                Some(o) => molt_runtime::abstract_::getattr_str(o.as_ptr(), p)?,
            });
        }
        let o = obj.expect("a name has at least one part");
        if PyCapsule_IsValid(o.as_ptr(), name) == 0 {
            return Err(raise(
                exceptions::attribute_error(),
                &format!("PyCapsule_Import \"{full}\" is not valid"),
            ));
        }
        Ok((*(o.as_ptr() as *mut PyCapsuleObject)).pointer)
    })
}
