//! The `_typing` module behind `stdlib/typing.py`: `typing.TypeVar` as a Rust type,
//! as CPython's `Objects/typevarobject.c` (name, bound, constraints, the variance flags,
//! the `~T`/`+T`/`-T` repr, `T | X` through `typing.Union`, no subclassing). Like
//! CPython's, it calls back into `typing` (`typing._convert`) to normalise a bound or
//! constraint (None becomes NoneType, a str a ForwardRef) when `typing` is loaded.
//! `molt_typevar` (PEP 695 type parameters) reaches it through `typing.TypeVar`.
//!
//! TODO(typing): ParamSpec, TypeVarTuple, Generic, the generic aliases and the special
//! forms still live in `stdlib/typing.py`; `TypeVar.__module__` (CPython records the
//! creating module) and `__typing_subst__` are not provided.

use crate::abstract_ as ab;
use crate::errors::{into_raw, type_error, PyResult};
use crate::object::*;
use crate::objects::{bool as pybool, dict, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

/// A `typing.TypeVar`. `bound` is null for None; `constraints` a tuple.
#[repr(C)]
pub struct TypeVarObject {
    pub ob_base: PyObject,
    pub name: Obj,
    pub bound: Obj,
    pub constraints: Obj,
    pub covariant: bool,
    pub contravariant: bool,
    pub infer_variance: bool,
}

static mut TYPEVAR_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(typevar_or),
    ..PyNumberMethods::EMPTY
};

#[allow(non_upper_case_globals)]
pub static mut TypeVar_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(typevar_dealloc),
    tp_repr: Some(typevar_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_new: Some(typevar_new),
    tp_as_number: &raw mut TYPEVAR_AS_NUMBER,
    tp_methods: &raw mut TYPEVAR_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut TYPEVAR_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"typing.TypeVar", std::mem::size_of::<TypeVarObject>(), 0)
};

static mut TYPEVAR_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__mro_entries__", typevar_mro_entries),
    METHOD_SENTINEL,
];

static mut TYPEVAR_GETSET: [PyGetSetDef; 7] = [
    getset_def(c"__name__", Some(tv_get_name), None),
    getset_def(c"__bound__", Some(tv_get_bound), None),
    getset_def(c"__constraints__", Some(tv_get_constraints), None),
    getset_def(c"__covariant__", Some(tv_get_covariant), None),
    getset_def(c"__contravariant__", Some(tv_get_contravariant), None),
    getset_def(c"__infer_variance__", Some(tv_get_infer_variance), None),
    getset_def_end(),
];

static mut TYPING_METHODS: [PyMethodDef; 1] = [METHOD_SENTINEL];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("_typing", &raw mut TYPING_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    super::modules::add_type(d, "TypeVar", &raw mut TypeVar_Type)?;
    Ok(m)
}

unsafe fn tv<'a>(o: Obj) -> &'a mut TypeVarObject {
    // SAFETY: callers pass TypeVar instances (slots and getters of the type).
    &mut *(o as *mut TypeVarObject)
}

/// The loaded `typing` module, if any (new reference).
unsafe fn typing_module() -> Option<Ref> {
    let sys_dict = crate::objects::module::dict_of(super::sys::module());
    let mods = dict::get_str(sys_dict, "modules")?;
    if !dict::is_dict(mods) {
        return None;
    }
    dict::get_str(mods, "typing").map(|m| Ref::borrowed(m))
}

/// `typing._convert(arg)` when available, else `arg` itself.
unsafe fn convert(arg: Obj) -> PyResult<Ref> {
    if let Some(t) = typing_module() {
        if let Some(f) = ab::getattr_opt_str(t.as_ptr(), "_convert")? {
            return crate::call::call1(f.as_ptr(), arg);
        }
    }
    Ok(Ref::borrowed(arg))
}

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False,
/// infer_variance=False)`.
unsafe extern "C" fn typevar_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let pos = tuple::items(args);
        let mut name: Obj = pos.first().copied().unwrap_or(null_mut());
        let mut bound: Obj = null_mut();
        let mut flags = [false; 3];
        if !kwargs.is_null() {
            for (k, v) in dict::items_vec(kwargs) {
                let key = pystr::as_str(k.as_ptr());
                match key {
                    "name" if name.is_null() => name = v.as_ptr(),
                    "bound" => bound = v.as_ptr(),
                    "covariant" => flags[0] = ab::is_true(v.as_ptr())?,
                    "contravariant" => flags[1] = ab::is_true(v.as_ptr())?,
                    "infer_variance" => flags[2] = ab::is_true(v.as_ptr())?,
                    "name" => {
                        return Err(type_error(
                            "argument for typevar() given by name ('name') and position (1)",
                        ))
                    }
                    _ => {
                        return Err(type_error(&format!(
                            "typevar() got an unexpected keyword argument '{}'",
                            key
                        )))
                    }
                }
            }
        }
        if name.is_null() {
            return Err(type_error(
                "typevar() missing required argument 'name' (pos 1)",
            ));
        }
        if !pystr::is_str(name) {
            return Err(type_error(&format!(
                "typevar() argument 'name' must be str, not {}",
                obj_type_name(name)
            )));
        }
        let [covariant, contravariant, infer_variance] = flags;
        if covariant && contravariant {
            return Err(crate::errors::value_error(
                "Bivariant types are not supported.",
            ));
        }
        if infer_variance && (covariant || contravariant) {
            return Err(crate::errors::value_error(
                "Variance cannot be specified with infer_variance.",
            ));
        }
        let bound = if bound.is_null() || bound == none::none() {
            None
        } else {
            Some(convert(bound)?)
        };
        let raw_constraints = if pos.len() > 1 { &pos[1..] } else { &[][..] };
        if raw_constraints.len() == 1 {
            return Err(type_error("A single constraint is not allowed"));
        }
        if !raw_constraints.is_empty() && bound.is_some() {
            return Err(type_error("Constraints cannot be combined with bound=..."));
        }
        let mut cs = Vec::with_capacity(raw_constraints.len());
        for &c in raw_constraints {
            cs.push(convert(c)?);
        }
        let o = alloc_object(&raw mut TypeVar_Type, std::mem::size_of::<TypeVarObject>());
        let t = tv(o);
        t.name = new_ref(name);
        t.bound = bound.map(|b| b.into_raw()).unwrap_or(null_mut());
        t.constraints = tuple::from_refs(cs);
        t.covariant = covariant;
        t.contravariant = contravariant;
        t.infer_variance = infer_variance;
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn typevar_dealloc(o: Obj) {
    let t = tv(o);
    xdecref(t.name);
    xdecref(t.bound);
    xdecref(t.constraints);
    free_object(o);
}

unsafe extern "C" fn typevar_repr(o: Obj) -> Obj {
    let t = tv(o);
    let prefix = if t.infer_variance {
        ""
    } else if t.covariant {
        "+"
    } else if t.contravariant {
        "-"
    } else {
        "~"
    };
    pystr::from_string(format!("{}{}", prefix, pystr::as_str(t.name))).into_raw()
}

/// `T | X` and `X | T`: `typing.Union[left, right]`.
unsafe extern "C" fn typevar_or(a: Obj, b: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let Some(t) = typing_module() else {
            return Ok(Ref::borrowed(none::not_implemented()));
        };
        let union = ab::getattr_str(t.as_ptr(), "Union")?;
        let params = Ref::steal(tuple::from_slice(&[a, b]));
        ab::getitem(union.as_ptr(), params.as_ptr())
    })())
}

unsafe extern "C" fn typevar_mro_entries(_o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    type_error("Cannot subclass an instance of TypeVar");
    null_mut()
}

unsafe extern "C" fn tv_get_name(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref(tv(o).name)
}

unsafe extern "C" fn tv_get_bound(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    let b = tv(o).bound;
    new_ref(if b.is_null() { none::none() } else { b })
}

unsafe extern "C" fn tv_get_constraints(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref(tv(o).constraints)
}

unsafe extern "C" fn tv_get_covariant(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    pybool::from_bool(tv(o).covariant).into_raw()
}

unsafe extern "C" fn tv_get_contravariant(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    pybool::from_bool(tv(o).contravariant).into_raw()
}

unsafe extern "C" fn tv_get_infer_variance(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    pybool::from_bool(tv(o).infer_variance).into_raw()
}
