//! Importing statically linked C extensions: the executable registers each extension's
//! `PyInit_*` function at start-up, and the runtime's import asks this module for names
//! it does not know. Single-phase (`PyInit_*` returns the module) and multi-phase (it
//! returns a `PyModuleDef` with `Py_mod_exec` slots, PEP 489) are both supported.

use crate::moduleobject::{
    module_from_def, PyModuleDef, PyModuleDef_Type, PY_MOD_CREATE, PY_MOD_EXEC,
};
use molt_runtime::errors::{self, PyResult, Raised};
use molt_runtime::object::*;
use molt_runtime::objects::exceptions as exc;

/// A `PyInit_<name>` function.
pub type InitFn = unsafe extern "C" fn() -> Obj;

static mut EXTENSIONS: Vec<(String, InitFn)> = Vec::new();

/// Registers a statically linked extension module (called by the program's main module).
#[no_mangle]
pub unsafe extern "C" fn molt_register_extension(name: *const u8, len: usize, init: InitFn) {
    let n = std::str::from_utf8_unchecked(std::slice::from_raw_parts(name, len)).to_string();
    #[allow(static_mut_refs)]
    EXTENSIONS.push((n, init));
    molt_runtime::abi::set_extension_loader(load_extension);
}

/// Runs the initialisation of extension `name`, if one is registered.
unsafe fn load_extension(name: &str) -> Option<PyResult<Ref>> {
    #[allow(static_mut_refs)]
    let init = EXTENSIONS
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, f)| *f)?;
    Some(run_init(name, init))
}

unsafe fn run_init(name: &str, init: InitFn) -> PyResult<Ref> {
    let r = init();
    if r.is_null() {
        if !errors::occurred() {
            errors::raise(
                exc::system_error(),
                &format!(
                    "initialization of {} failed without raising an exception",
                    name
                ),
            );
        }
        return Err(Raised);
    }
    if type_of(r) != &raw mut PyModuleDef_Type {
        return Ok(Ref::steal(r));
    }
    // Multi-phase initialisation.
    let def = r as *mut PyModuleDef;
    let mut slot = (*def).m_slots;
    if !slot.is_null() {
        while (*slot).slot != 0 {
            if (*slot).slot == PY_MOD_CREATE {
                return Err(errors::raise(
                    exc::not_implemented_error(),
                    &format!(
                        "{}: the Py_mod_create slot is not supported by Molt yet",
                        name
                    ),
                ));
            }
            slot = slot.add(1);
        }
    }
    let m = module_from_def(def)?;
    let mut slot = (*def).m_slots;
    if !slot.is_null() {
        while (*slot).slot != 0 {
            if (*slot).slot == PY_MOD_EXEC {
                let exec: unsafe extern "C" fn(Obj) -> i32 = std::mem::transmute((*slot).value);
                if exec(m.as_ptr()) < 0 {
                    if !errors::occurred() {
                        errors::raise(
                            exc::system_error(),
                            &format!(
                                "execution of module {} failed without setting an exception",
                                name
                            ),
                        );
                    }
                    return Err(Raised);
                }
            }
            // Other slots (Py_mod_multiple_interpreters, ...) are informational.
            slot = slot.add(1);
        }
    }
    Ok(m)
}

/// Imports the module `name` (absolute, dotted) and returns it; for "a.b" the
/// submodule, as in CPython. Return value: new reference, or NULL with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyImport_ImportModule(name: *const std::ffi::c_char) -> Obj {
    crate::guard(|| molt_runtime::abi::import_module(&crate::cstr(name)))
}

/// Imports the module named by the str `name`. Return value: new reference, or NULL
/// with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyImport_Import(name: Obj) -> Obj {
    crate::guard(|| {
        if name.is_null() || !molt_runtime::objects::str::is_str(name) {
            return Err(crate::support::bad_internal_call());
        }
        molt_runtime::abi::import_module(molt_runtime::objects::str::as_str(name))
    })
}

/// `sys.modules`. Return value: borrowed reference (NULL with an exception set if `sys`
/// cannot be imported).
#[no_mangle]
pub unsafe extern "C" fn PyImport_GetModuleDict() -> Obj {
    let m = crate::guard(|| {
        let sys = molt_runtime::abi::import_module("sys")?;
        molt_runtime::abstract_::getattr_str(sys.as_ptr(), "modules")
    });
    if !m.is_null() {
        // Borrowed: sys keeps sys.modules alive.
        decref(m);
    }
    m
}

/// The module `name` in `sys.modules`, created empty and added there if missing.
/// Return value: borrowed reference (`sys.modules` owns it), or NULL with an exception.
#[no_mangle]
pub unsafe extern "C" fn PyImport_AddModule(name: *const std::ffi::c_char) -> Obj {
    let mods = PyImport_GetModuleDict();
    if mods.is_null() {
        return mods;
    }
    let m = crate::guard(|| {
        let n = crate::cstr(name).into_owned();
        if let Some(m) = molt_runtime::objects::dict::get_str(mods, &n) {
            return Ok(Ref::borrowed(m));
        }
        let m = molt_runtime::objects::module::new(&n)?;
        molt_runtime::objects::dict::set_str(mods, &n, m.as_ptr())?;
        Ok(m)
    });
    if !m.is_null() {
        // Borrowed: sys.modules holds the module.
        decref(m);
    }
    m
}

/// Deprecated alias of [`PyImport_ImportModule`]. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyImport_ImportModuleNoBlock(name: *const std::ffi::c_char) -> Obj {
    PyImport_ImportModule(name)
}

/// `__import__(name, globals, locals, fromlist, level)`: with an empty (or NULL)
/// `fromlist` the top-level package of a dotted name, else the named module.
/// Return value: new reference, or NULL with an exception set.
/// TODO(capi): relative imports (`level` > 0) need the importing package's name.
#[no_mangle]
pub unsafe extern "C" fn PyImport_ImportModuleLevel(
    name: *const std::ffi::c_char,
    _globals: Obj,
    _locals: Obj,
    fromlist: Obj,
    level: std::ffi::c_int,
) -> Obj {
    crate::guard(|| {
        if level < 0 {
            return Err(errors::value_error("level must be >= 0"));
        }
        if level > 0 {
            return Err(errors::raise(
                exc::not_implemented_error(),
                "relative imports from C are not supported by Molt yet",
            ));
        }
        let n = crate::cstr(name).into_owned();
        if n.is_empty() {
            return Err(errors::value_error("Empty module name"));
        }
        let m = molt_runtime::abi::import_module(&n)?;
        let wants_sub = !fromlist.is_null()
            && fromlist != molt_runtime::objects::none::none()
            && molt_runtime::abstract_::is_true(fromlist)?;
        match n.split_once('.') {
            Some((top, _)) if !wants_sub => molt_runtime::abi::import_module(top),
            _ => Ok(m),
        }
    })
}

/// The already imported module named by the str `name` (from `sys.modules`), or NULL
/// without an exception when it is not imported. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyImport_GetModule(name: Obj) -> Obj {
    let mods = PyImport_GetModuleDict();
    if mods.is_null() {
        return mods;
    }
    crate::guard(
        || match molt_runtime::objects::dict::get_item(mods, name)? {
            Some(m) => Ok(Ref::borrowed(m)),
            None => Err(Raised),
        },
    )
}

/// PEP 489's first phase done by hand: a module for `def` named after `spec.name`
/// (its exec slots run later, through `PyModule_ExecDef`). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyModule_FromDefAndSpec2(
    def: *mut PyModuleDef,
    spec: Obj,
    _api_version: std::ffi::c_int,
) -> Obj {
    crate::guard(|| {
        let mut slot = (*def).m_slots;
        while !slot.is_null() && (*slot).slot != 0 {
            if (*slot).slot == PY_MOD_CREATE {
                return Err(errors::raise(
                    exc::not_implemented_error(),
                    "the Py_mod_create slot is not supported by Molt yet",
                ));
            }
            slot = slot.add(1);
        }
        let m = module_from_def(def)?;
        let name = molt_runtime::abstract_::getattr_str(spec, "name")?;
        let d = molt_runtime::objects::module::dict_of(m.as_ptr());
        molt_runtime::objects::dict::set_str(d, "__name__", name.as_ptr())?;
        Ok(m)
    })
}

/// Runs the `Py_mod_exec` slots of `def` on `module`. 0, or -1 with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyModule_ExecDef(module: Obj, def: *mut PyModuleDef) -> std::ffi::c_int {
    crate::guard_status(|| {
        let mut slot = (*def).m_slots;
        while !slot.is_null() && (*slot).slot != 0 {
            if (*slot).slot == PY_MOD_EXEC {
                let exec: unsafe extern "C" fn(Obj) -> i32 = std::mem::transmute((*slot).value);
                if exec(module) < 0 {
                    if !errors::occurred() {
                        errors::raise(
                            exc::system_error(),
                            "execution of a module failed without setting an exception",
                        );
                    }
                    return Err(Raised);
                }
            }
            slot = slot.add(1);
        }
        Ok(())
    })
}
