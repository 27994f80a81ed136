//! The registry of modules implemented in Rust (`import math` and friends). A module
//! is created on first import by its `init` function and cached in `sys.modules`.
//! The compiler's list of importable runtime modules (`compiler/src/abi.rs`,
//! `RUNTIME_MODULES`) must name exactly these.

use crate::errors::PyResult;
use crate::object::*;

/// A module initialiser: builds the module object. New reference.
pub type ModuleInit = unsafe fn() -> PyResult<Ref>;

/// (name, initialiser) of every Rust module except `sys` and `builtins`, which exist
/// from start-up.
pub fn registry() -> &'static [(&'static str, ModuleInit)] {
    &[("math", super::math::init)]
}

/// Finds and initialises a runtime module by name.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init_runtime_module(name: &str) -> Option<PyResult<Ref>> {
    registry()
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| f())
}

/// Creates a module from a table of builtin functions (each `PyMethodDef` becomes a
/// `builtin_function_or_method` bound to the module).
///
/// # Safety
/// `defs` ends with a sentinel row and outlives the module.
pub unsafe fn module_from_defs(
    name: &str,
    defs: *mut crate::typeobject::PyMethodDef,
) -> PyResult<Ref> {
    let m = crate::objects::module::new(name)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let mut def = defs;
    while !(*def).ml_name.is_null() {
        let f = crate::objects::cfunction::new(def, std::ptr::null_mut(), m.as_ptr());
        crate::objects::dict::set_str(d, &crate::objects::cfunction::def_name(def), f.as_ptr())?;
        def = def.add(1);
    }
    Ok(m)
}
