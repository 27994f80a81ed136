//! `typing.TypeAliasType`: what a PEP 695 `type X = value` statement creates. The value
//! is computed lazily, on the first read of `__value__`, by a function the compiler
//! generates for the value expression.
//! A generic alias (`type X[T] = ...`) carries its type parameters and is
//! subscriptable: `X[int]` is a `types.GenericAlias` whose origin is the alias.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{none, tuple};
use crate::typeobject::*;
use std::ffi::c_void;
use std::ptr::null_mut;

/// A type alias: its name, the function computing its value, and the value once known.
#[repr(C)]
pub struct TypeAliasObject {
    pub ob_base: PyObject,
    pub name: Obj,
    pub compute: Obj,
    pub value: Obj,
    pub module: Obj,
    /// The type parameter tuple, or null for a non-generic alias.
    pub type_params: Obj,
}

#[no_mangle]
pub static mut PyTypeAlias_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(alias_dealloc),
    tp_repr: Some(alias_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_hash: Some(crate::objects::object::object_hash),
    tp_getset: &raw mut ALIAS_GETSET as *mut PyGetSetDef,
    tp_as_number: &raw mut ALIAS_AS_NUMBER,
    tp_as_mapping: &raw mut ALIAS_AS_MAPPING,
    ..PyTypeObject::new_static(
        c"typing.TypeAliasType",
        std::mem::size_of::<TypeAliasObject>(),
        0,
    )
};

static mut ALIAS_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(crate::objects::genericalias::type_or),
    ..PyNumberMethods::EMPTY
};

static mut ALIAS_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: None,
    mp_subscript: Some(alias_subscript),
    mp_ass_subscript: None,
};

static mut ALIAS_GETSET: [PyGetSetDef; 5] = [
    getset_def(c"__name__", Some(alias_get_name), None),
    getset_def(c"__value__", Some(alias_get_value), None),
    getset_def(c"__type_params__", Some(alias_get_type_params), None),
    getset_def(c"__module__", Some(alias_get_module), None),
    getset_def_end(),
];

/// A new alias named `name` whose value `compute()` returns, generic over the tuple
/// `type_params` when that is not null (borrowed). New reference.
///
/// # Safety
/// `name` is a str; `compute` a callable taking no arguments; `type_params` null or a
/// tuple.
pub unsafe fn new(name: Obj, compute: Obj, type_params: Obj) -> PyResult<Ref> {
    let module = match crate::abstract_::getattr_opt_str(compute, "__module__")? {
        Some(m) => m.into_raw(),
        None => null_mut(),
    };
    let o = alloc_object(
        &raw mut PyTypeAlias_Type,
        std::mem::size_of::<TypeAliasObject>(),
    );
    let a = o as *mut TypeAliasObject;
    (*a).name = new_ref(name);
    (*a).compute = new_ref(compute);
    (*a).value = null_mut();
    (*a).module = module;
    (*a).type_params = if type_params.is_null() {
        null_mut()
    } else {
        new_ref(type_params)
    };
    Ok(Ref::steal(o))
}

/// Whether `o` is a type alias.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_type_alias(o: Obj) -> bool {
    type_of(o) == &raw mut PyTypeAlias_Type
}

unsafe extern "C" fn alias_dealloc(o: Obj) {
    let a = o as *mut TypeAliasObject;
    xdecref((*a).name);
    xdecref((*a).compute);
    xdecref((*a).value);
    xdecref((*a).module);
    xdecref((*a).type_params);
    free_object(o);
}

unsafe extern "C" fn alias_repr(o: Obj) -> Obj {
    new_ref((*(o as *mut TypeAliasObject)).name)
}

unsafe extern "C" fn alias_get_name(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut TypeAliasObject)).name)
}

unsafe extern "C" fn alias_get_value(o: Obj, _: *mut c_void) -> Obj {
    let a = o as *mut TypeAliasObject;
    if (*a).value.is_null() {
        match crate::call::call0((*a).compute) {
            Ok(v) => (*a).value = v.into_raw(),
            Err(_) => return null_mut(),
        }
    }
    new_ref((*a).value)
}

unsafe extern "C" fn alias_get_type_params(o: Obj, _: *mut c_void) -> Obj {
    let p = (*(o as *mut TypeAliasObject)).type_params;
    if p.is_null() {
        tuple::empty()
    } else {
        new_ref(p)
    }
}

unsafe extern "C" fn alias_get_module(o: Obj, _: *mut c_void) -> Obj {
    let m = (*(o as *mut TypeAliasObject)).module;
    if m.is_null() {
        none::none_ref().into_raw()
    } else {
        new_ref(m)
    }
}

unsafe extern "C" fn alias_subscript(o: Obj, args: Obj) -> Obj {
    if (*(o as *mut TypeAliasObject)).type_params.is_null() {
        return into_raw(Err(crate::errors::type_error(
            "Only generic type aliases are subscriptable",
        )));
    }
    crate::objects::genericalias::class_getitem(o, args)
}
