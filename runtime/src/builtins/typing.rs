//! The `_typing` module behind `stdlib/typing.py`: `typing.TypeVar` as a Rust type,
//! as CPython's `Objects/typevarobject.c` (name, bound, constraints, the variance flags,
//! the `~T`/`+T`/`-T` repr, `T | X` through `typing.Union`, no subclassing), and the
//! algorithms of the generic machinery that `stdlib/typing.py`'s classes delegate to:
//! argument conversion (None is NoneType, a str a `typing.ForwardRef`), CPython's reprs
//! of aliases and their arguments, Union flattening and de-duplication, type-variable
//! collection and substitution, `Generic[...]` subscription with its checks and the
//! `__parameters__` of generic subclasses, `get_origin` and `get_args`.
//! `molt_typevar` (PEP 695 type parameters) reaches TypeVar through `typing.TypeVar`.
//!
//! The alias and special-form classes (`_Alias`, `_SpecialGeneric`, `_Form`, `Generic`,
//! `Protocol`) are declared in `typing.py` with one-line methods calling these.
//! `ParamSpec` (with `P.args`/`P.kwargs`) and `TypeVarTuple` are Rust types too.
//! TODO(typing): `*Ts` (unpacking a TypeVarTuple) and ParamSpec substitution;
//! `__module__` of the type-variable objects (CPython records the creating module) and
//! `__typing_subst__` are not provided.

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
    /// The module that created it (the calling frame's), or null.
    pub module: Obj,
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

static mut TYPEVAR_GETSET: [PyGetSetDef; 8] = [
    getset_def(c"__name__", Some(tv_get_name), None),
    getset_def(c"__module__", Some(tv_get_module), None),
    getset_def(c"__bound__", Some(tv_get_bound), None),
    getset_def(c"__constraints__", Some(tv_get_constraints), None),
    getset_def(c"__covariant__", Some(tv_get_covariant), None),
    getset_def(c"__contravariant__", Some(tv_get_contravariant), None),
    getset_def(c"__infer_variance__", Some(tv_get_infer_variance), None),
    getset_def_end(),
];

static mut TYPING_METHODS: [PyMethodDef; 11] = [
    crate::method_def!("convert", t_convert),
    crate::method_def!("type_repr", t_type_repr),
    crate::method_def!("alias_repr", t_alias_repr),
    crate::method_def!("flatten_union", t_flatten_union),
    crate::method_def!("collect_type_vars", t_collect_type_vars),
    crate::method_def!("substitute", t_substitute),
    crate::method_def!("generic_class_getitem", t_generic_class_getitem),
    crate::method_def!("generic_parameters", t_generic_parameters),
    crate::method_def!("get_origin", t_get_origin),
    crate::method_def!("get_args", t_get_args),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("_typing", &raw mut TYPING_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    super::modules::add_type(d, "TypeVar", &raw mut TypeVar_Type)?;
    super::modules::add_type(d, "ParamSpec", &raw mut ParamSpec_Type)?;
    super::modules::add_type(d, "ParamSpecArgs", &raw mut ParamSpecArgs_Type)?;
    super::modules::add_type(d, "ParamSpecKwargs", &raw mut ParamSpecKwargs_Type)?;
    super::modules::add_type(d, "TypeVarTuple", &raw mut TypeVarTuple_Type)?;
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

/// An alias argument: None stands for NoneType, a str for `typing.ForwardRef(str)`
/// (when `typing` is loaded), anything else for itself.
unsafe fn convert(arg: Obj) -> PyResult<Ref> {
    if arg == none::none() {
        return Ok(Ref::borrowed(type_of(arg) as Obj));
    }
    if pystr::is_str(arg) {
        if let Some(t) = typing_module() {
            if let Some(f) = ab::getattr_opt_str(t.as_ptr(), "ForwardRef")? {
                return crate::call::call1(f.as_ptr(), arg);
            }
        }
    }
    Ok(Ref::borrowed(arg))
}

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False,
/// infer_variance=False)`.
unsafe extern "C" fn typevar_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw(typevar_like_new(&raw mut TypeVar_Type, args, kwargs))
}

/// `ParamSpec(name, *, bound=None, covariant=False, contravariant=False,
/// infer_variance=False)`.
unsafe extern "C" fn paramspec_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        if tuple::len(args) > 1 {
            return Err(type_error(&format!(
                "paramspec() takes at most 1 positional argument ({} given)",
                tuple::len(args)
            )));
        }
        typevar_like_new(&raw mut ParamSpec_Type, args, kwargs)
    })())
}

/// The constructor shared by TypeVar and ParamSpec (same layout).
unsafe fn typevar_like_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> PyResult<Ref> {
    let fname = if tp == &raw mut TypeVar_Type {
        "typevar"
    } else {
        "paramspec"
    };
    (|| -> PyResult<Ref> {
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
                        return Err(type_error(&format!(
                            "argument for {}() given by name ('name') and position (1)",
                            fname
                        )))
                    }
                    _ => {
                        return Err(type_error(&format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname, key
                        )))
                    }
                }
            }
        }
        if name.is_null() {
            return Err(type_error(&format!(
                "{}() missing required argument 'name' (pos 1)",
                fname
            )));
        }
        if !pystr::is_str(name) {
            return Err(type_error(&format!(
                "{}() argument 'name' must be str, not {}",
                fname,
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
        let bound = if tp == &raw mut ParamSpec_Type {
            // CPython 3.12 converts ParamSpec's default bound too: None is NoneType.
            Some(convert(if bound.is_null() { none::none() } else { bound })?)
        } else if bound.is_null() || bound == none::none() {
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
        let o = alloc_object(tp, std::mem::size_of::<TypeVarObject>());
        let t = tv(o);
        t.name = new_ref(name);
        t.bound = bound.map(|b| b.into_raw()).unwrap_or(null_mut());
        t.constraints = tuple::from_refs(cs);
        t.covariant = covariant;
        t.contravariant = contravariant;
        t.infer_variance = infer_variance;
        t.module = crate::frames::module_name(0).map_or(null_mut(), |m| m.into_raw());
        Ok(Ref::steal(o))
    })()
}

unsafe extern "C" fn typevar_dealloc(o: Obj) {
    let t = tv(o);
    xdecref(t.name);
    xdecref(t.bound);
    xdecref(t.constraints);
    xdecref(t.module);
    free_object(o);
}

/// Makes a TypeVar or ParamSpec report `typing` as its module (PEP 695 parameters).
///
/// # Safety
/// `o` is a TypeVar or ParamSpec.
pub unsafe fn forget_module(o: Obj) {
    let t = tv(o);
    xdecref(t.module);
    t.module = null_mut();
}

/// `__module__`: where the type variable was created (`typing` when unknown).
unsafe extern "C" fn tv_get_module(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    let m = tv(o).module;
    if m.is_null() {
        pystr::from_str("typing")
    } else {
        new_ref(m)
    }
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

unsafe extern "C" fn typevar_mro_entries(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    type_error(&format!(
        "Cannot subclass an instance of {}",
        type_name(type_of(o))
    ));
    null_mut()
}

// ---------------------------------------------------------------------------------
// ParamSpec, its args/kwargs, TypeVarTuple

#[allow(non_upper_case_globals)]
pub static mut ParamSpec_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(typevar_dealloc),
    tp_repr: Some(typevar_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_new: Some(paramspec_new),
    tp_as_number: &raw mut TYPEVAR_AS_NUMBER,
    tp_methods: &raw mut TYPEVAR_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut PARAMSPEC_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"typing.ParamSpec", std::mem::size_of::<TypeVarObject>(), 0)
};

static mut PARAMSPEC_GETSET: [PyGetSetDef; 9] = [
    getset_def(c"__name__", Some(tv_get_name), None),
    getset_def(c"__module__", Some(tv_get_module), None),
    getset_def(c"__bound__", Some(tv_get_bound), None),
    getset_def(c"__covariant__", Some(tv_get_covariant), None),
    getset_def(c"__contravariant__", Some(tv_get_contravariant), None),
    getset_def(c"__infer_variance__", Some(tv_get_infer_variance), None),
    getset_def(c"args", Some(ps_get_args), None),
    getset_def(c"kwargs", Some(ps_get_kwargs), None),
    getset_def_end(),
];

/// `P.args` / `P.kwargs`: the ParamSpec they come from.
#[repr(C)]
pub struct ParamSpecAttrObject {
    pub ob_base: PyObject,
    pub origin: Obj,
}

#[allow(non_upper_case_globals)]
pub static mut ParamSpecArgs_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(psattr_dealloc),
    tp_repr: Some(psattr_repr),
    tp_richcompare: Some(psattr_richcompare),
    tp_getattro: Some(generic_getattro_slot),
    tp_getset: &raw mut PSATTR_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(
        c"typing.ParamSpecArgs",
        std::mem::size_of::<ParamSpecAttrObject>(),
        0,
    )
};

#[allow(non_upper_case_globals)]
pub static mut ParamSpecKwargs_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(psattr_dealloc),
    tp_repr: Some(psattr_repr),
    tp_richcompare: Some(psattr_richcompare),
    tp_getattro: Some(generic_getattro_slot),
    tp_getset: &raw mut PSATTR_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(
        c"typing.ParamSpecKwargs",
        std::mem::size_of::<ParamSpecAttrObject>(),
        0,
    )
};

static mut PSATTR_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"__origin__", Some(psattr_get_origin), None),
    getset_def_end(),
];

unsafe fn new_psattr(tp: *mut PyTypeObject, origin: Obj) -> Obj {
    let o = alloc_object(tp, std::mem::size_of::<ParamSpecAttrObject>());
    (*(o as *mut ParamSpecAttrObject)).origin = new_ref(origin);
    o
}

unsafe extern "C" fn ps_get_args(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_psattr(&raw mut ParamSpecArgs_Type, o)
}

unsafe extern "C" fn ps_get_kwargs(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_psattr(&raw mut ParamSpecKwargs_Type, o)
}

unsafe extern "C" fn psattr_dealloc(o: Obj) {
    xdecref((*(o as *mut ParamSpecAttrObject)).origin);
    free_object(o);
}

unsafe extern "C" fn psattr_repr(o: Obj) -> Obj {
    let origin = (*(o as *mut ParamSpecAttrObject)).origin;
    let what = if type_of(o) == &raw mut ParamSpecArgs_Type {
        "args"
    } else {
        "kwargs"
    };
    pystr::from_string(format!("{}.{}", pystr::as_str(tv(origin).name), what)).into_raw()
}

unsafe extern "C" fn psattr_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if type_of(a) != type_of(b) || (op != 2 && op != 3) {
        return new_ref(none::not_implemented());
    }
    let same =
        (*(a as *mut ParamSpecAttrObject)).origin == (*(b as *mut ParamSpecAttrObject)).origin;
    pybool::from_bool(same == (op == 2)).into_raw()
}

unsafe extern "C" fn psattr_get_origin(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut ParamSpecAttrObject)).origin)
}

/// A `typing.TypeVarTuple`: its name.
#[repr(C)]
pub struct TypeVarTupleObject {
    pub ob_base: PyObject,
    pub name: Obj,
}

#[allow(non_upper_case_globals)]
pub static mut TypeVarTuple_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(tvt_dealloc),
    tp_repr: Some(tvt_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_new: Some(tvt_new),
    tp_methods: &raw mut TYPEVAR_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut TVT_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(
        c"typing.TypeVarTuple",
        std::mem::size_of::<TypeVarTupleObject>(),
        0,
    )
};

static mut TVT_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"__name__", Some(tvt_get_name), None),
    getset_def_end(),
];

/// `TypeVarTuple(name)`.
unsafe extern "C" fn tvt_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let mut name = tuple::items(args).first().copied().unwrap_or(null_mut());
        if tuple::len(args) > 1 {
            return Err(type_error(&format!(
                "typevartuple() takes at most 1 argument ({} given)",
                tuple::len(args)
            )));
        }
        if !kwargs.is_null() {
            for (k, v) in dict::items_vec(kwargs) {
                let key = pystr::as_str(k.as_ptr());
                if key == "name" && name.is_null() {
                    name = v.as_ptr();
                } else {
                    return Err(type_error(&format!(
                        "typevartuple() got an unexpected keyword argument '{}'",
                        key
                    )));
                }
            }
        }
        if name.is_null() {
            return Err(type_error(
                "typevartuple() missing required argument 'name' (pos 1)",
            ));
        }
        if !pystr::is_str(name) {
            return Err(type_error(&format!(
                "typevartuple() argument 'name' must be str, not {}",
                obj_type_name(name)
            )));
        }
        let o = alloc_object(
            &raw mut TypeVarTuple_Type,
            std::mem::size_of::<TypeVarTupleObject>(),
        );
        (*(o as *mut TypeVarTupleObject)).name = new_ref(name);
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn tvt_dealloc(o: Obj) {
    xdecref((*(o as *mut TypeVarTupleObject)).name);
    free_object(o);
}

unsafe extern "C" fn tvt_repr(o: Obj) -> Obj {
    new_ref((*(o as *mut TypeVarTupleObject)).name)
}

unsafe extern "C" fn tvt_get_name(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut TypeVarTupleObject)).name)
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

// ---------------------------------------------------------------------------------
// The generic machinery behind typing.py's classes

/// `typing.<name>` (new reference); an error when `typing` is not loaded.
unsafe fn typing_attr(name: &str) -> PyResult<Ref> {
    let Some(t) = typing_module() else {
        return Err(crate::errors::raise(
            crate::objects::exceptions::runtime_error(),
            "typing is not loaded",
        ));
    };
    ab::getattr_str(t.as_ptr(), name)
}

/// TypeVar or ParamSpec (what `Generic[...]` takes and substitution looks for).
unsafe fn is_typevar(o: Obj) -> bool {
    type_of(o) == &raw mut TypeVar_Type || type_of(o) == &raw mut ParamSpec_Type
}

/// Whether `o` is a `typing._Alias`.
unsafe fn is_alias(o: Obj) -> PyResult<bool> {
    let cls = typing_attr("_Alias")?;
    ab::isinstance(o, cls.as_ptr())
}

/// `o._form` as a Rust string ("" for None).
unsafe fn form_of(o: Obj) -> PyResult<String> {
    let f = ab::getattr_str(o, "_form")?;
    Ok(if pystr::is_str(f.as_ptr()) {
        pystr::as_str(f.as_ptr()).to_string()
    } else {
        String::new()
    })
}

unsafe fn str_of(o: Obj) -> PyResult<String> {
    let s = ab::str(o)?;
    Ok(pystr::as_str(s.as_ptr()).to_string())
}

/// How an alias argument prints (CPython's `_type_repr`).
unsafe fn type_repr(o: Obj) -> PyResult<String> {
    if (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        let module = str_of(ab::getattr_str(o, "__module__")?.as_ptr())?;
        let qualname = str_of(ab::getattr_str(o, "__qualname__")?.as_ptr())?;
        return Ok(if module == "builtins" {
            qualname
        } else {
            format!("{}.{}", module, qualname)
        });
    }
    if o == none::ellipsis() {
        return Ok("...".to_string());
    }
    if tuple::is_tuple(o) {
        let parts: PyResult<Vec<String>> = tuple::items(o).iter().map(|&a| type_repr(a)).collect();
        return Ok(format!("[{}]", parts?.join(", ")));
    }
    if type_name(type_of(o)) == "function" {
        return str_of(ab::getattr_str(o, "__name__")?.as_ptr());
    }
    str_of(ab::repr(o)?.as_ptr())
}

unsafe fn join_reprs(items: &[Obj]) -> PyResult<String> {
    let parts: PyResult<Vec<String>> = items.iter().map(|&a| type_repr(a)).collect();
    Ok(parts?.join(", "))
}

/// The repr of a `typing._Alias`.
unsafe fn alias_repr(alias: Obj) -> PyResult<String> {
    let form = form_of(alias)?;
    let args_ref = ab::getattr_str(alias, "__args__")?;
    let args = tuple::items(args_ref.as_ptr());
    match form.as_str() {
        "Optional" => {
            let nonetype = type_of(none::none()) as Obj;
            let arg = args
                .iter()
                .copied()
                .find(|&a| a != nonetype)
                .unwrap_or(nonetype);
            return Ok(format!("typing.Optional[{}]", type_repr(arg)?));
        }
        "Callable" => {
            if args.len() == 2 && args[0] == none::ellipsis() {
                return Ok(format!("typing.Callable[..., {}]", type_repr(args[1])?));
            }
            if args.len() == 2 && type_of(args[0]) == &raw mut ParamSpec_Type {
                return Ok(format!(
                    "typing.Callable[{}, {}]",
                    type_repr(args[0])?,
                    type_repr(args[1])?
                ));
            }
            let (params, result) = args.split_at(args.len().saturating_sub(1));
            let result = result
                .first()
                .map(|&r| type_repr(r))
                .transpose()?
                .unwrap_or_default();
            return Ok(format!(
                "typing.Callable[[{}], {}]",
                join_reprs(params)?,
                result
            ));
        }
        "Annotated" => {
            let origin = ab::getattr_str(alias, "__origin__")?;
            let meta = ab::getattr_str(alias, "__metadata__")?;
            let mut parts = Vec::new();
            for m in ab::collect(meta.as_ptr())? {
                parts.push(str_of(ab::repr(m.as_ptr())?.as_ptr())?);
            }
            return Ok(format!(
                "typing.Annotated[{}, {}]",
                type_repr(origin.as_ptr())?,
                parts.join(", ")
            ));
        }
        _ => {}
    }
    let name = ab::getattr_str(alias, "_name")?;
    let head = if name.as_ptr() != none::none() {
        format!("typing.{}", str_of(name.as_ptr())?)
    } else {
        let origin = ab::getattr_str(alias, "__origin__")?;
        type_repr(origin.as_ptr())?
    };
    if args.is_empty() {
        return Ok(format!("{}[()]", head));
    }
    Ok(format!("{}[{}]", head, join_reprs(args)?))
}

/// Appends `x` to `out` unless an equal item is there (`x not in out`).
unsafe fn push_unique(out: &mut Vec<Ref>, x: Obj) -> PyResult<()> {
    for o in out.iter() {
        if o.as_ptr() == x || ab::eq_bool(o.as_ptr(), x)? {
            return Ok(());
        }
    }
    out.push(Ref::borrowed(x));
    Ok(())
}

/// The members of a Union over `params`: converted, nested unions (typing's and
/// `X | Y`) flattened, duplicates dropped.
unsafe fn flatten_union(params: &[Obj]) -> PyResult<Vec<Ref>> {
    let mut out = Vec::new();
    for &p in params {
        let p = convert(p)?;
        let pp = p.as_ptr();
        let nested = if type_of(pp) == &raw mut crate::objects::genericalias::_PyUnion_Type {
            Some(ab::getattr_str(pp, "__args__")?)
        } else if is_alias(pp)? && matches!(form_of(pp)?.as_str(), "Union" | "Optional") {
            Some(ab::getattr_str(pp, "__args__")?)
        } else {
            None
        };
        match nested {
            Some(items) => {
                for &x in tuple::items(items.as_ptr()) {
                    push_unique(&mut out, x)?;
                }
            }
            None => push_unique(&mut out, pp)?,
        }
    }
    Ok(out)
}

/// The type variables in `args`, in order of first appearance, through nested aliases
/// and argument lists.
unsafe fn collect_type_vars(args: &[Obj], out: &mut Vec<Ref>) -> PyResult<()> {
    for &a in args {
        if is_typevar(a) {
            push_unique(out, a)?;
        } else if tuple::is_tuple(a) {
            collect_type_vars(tuple::items(a), out)?;
        } else if is_alias(a)? {
            let inner = ab::getattr_str(a, "__args__")?;
            collect_type_vars(tuple::items(inner.as_ptr()), out)?;
        }
    }
    Ok(())
}

/// `args` with each type variable replaced through `subst` (a dict), recursively.
unsafe fn substitute(args: &[Obj], subst: Obj) -> PyResult<Ref> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        if is_typevar(a) {
            out.push(match dict::get_item(subst, a)? {
                Some(v) => Ref::borrowed(v),
                None => Ref::borrowed(a),
            });
        } else if tuple::is_tuple(a) {
            out.push(substitute(tuple::items(a), subst)?);
        } else if is_alias(a)? {
            let inner = ab::getattr_str(a, "__args__")?;
            let new_args = substitute(tuple::items(inner.as_ptr()), subst)?;
            let name = Ref::steal(pystr::from_str("copy_with"));
            out.push(crate::call::call_method(
                a,
                name.as_ptr(),
                &new_args.as_ptr(),
                1,
                null_mut(),
            )?);
        } else {
            out.push(Ref::borrowed(a));
        }
    }
    Ok(Ref::steal(tuple::from_refs(out)))
}

unsafe fn as_tuple(o: Obj) -> Ref {
    if tuple::is_tuple(o) {
        Ref::borrowed(o)
    } else {
        Ref::steal(tuple::from_slice(&[o]))
    }
}

unsafe fn tuple_arg(f: &str, o: Obj) -> PyResult<()> {
    if tuple::is_tuple(o) {
        Ok(())
    } else {
        Err(type_error(&format!("{}() argument must be a tuple", f)))
    }
}

unsafe extern "C" fn t_convert(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [x] = crate::args::parse_pos::<1, 1>("convert", a, n, kw)?;
        convert(x)
    })())
}

unsafe extern "C" fn t_type_repr(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [x] = crate::args::parse_pos::<1, 1>("type_repr", a, n, kw)?;
        Ok(pystr::from_string(type_repr(x)?))
    })())
}

unsafe extern "C" fn t_alias_repr(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [x] = crate::args::parse_pos::<1, 1>("alias_repr", a, n, kw)?;
        Ok(pystr::from_string(alias_repr(x)?))
    })())
}

unsafe extern "C" fn t_flatten_union(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [p] = crate::args::parse_pos::<1, 1>("flatten_union", a, n, kw)?;
        let p = as_tuple(p);
        Ok(Ref::steal(tuple::from_refs(flatten_union(tuple::items(
            p.as_ptr(),
        ))?)))
    })())
}

unsafe extern "C" fn t_collect_type_vars(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [args] = crate::args::parse_pos::<1, 1>("collect_type_vars", a, n, kw)?;
        tuple_arg("collect_type_vars", args)?;
        let mut out = Vec::new();
        collect_type_vars(tuple::items(args), &mut out)?;
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

unsafe extern "C" fn t_substitute(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [args, subst] = crate::args::parse_pos::<2, 2>("substitute", a, n, kw)?;
        tuple_arg("substitute", args)?;
        if !dict::is_dict(subst) {
            return Err(type_error("substitute() argument 2 must be a dict"));
        }
        substitute(tuple::items(args), subst)
    })())
}

/// `Generic.__class_getitem__(cls, params)` (and Protocol's): `Generic[T, ...]` checks
/// its parameters; a generic subclass checks the count against `__parameters__`.
unsafe extern "C" fn t_generic_class_getitem(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [cls, params] = crate::args::parse_pos::<2, 2>("generic_class_getitem", a, n, kw)?;
        let raw = as_tuple(params);
        let mut conv = Vec::new();
        for &p in tuple::items(raw.as_ptr()) {
            conv.push(convert(p)?);
        }
        let params = Ref::steal(tuple::from_refs(conv));
        let ps = tuple::items(params.as_ptr());
        let alias_cls = typing_attr("_Alias")?;
        let generic = typing_attr("Generic")?;
        let protocol = typing_attr("Protocol")?;
        if cls == generic.as_ptr() || cls == protocol.as_ptr() {
            let cname = type_name(cls as *mut PyTypeObject);
            if ps.is_empty() {
                return Err(type_error(&format!(
                    "Parameter list to {}[...] cannot be empty",
                    cname
                )));
            }
            if ps.iter().any(|&p| !is_typevar(p)) {
                return Err(type_error(&format!(
                    "Parameters to {}[...] must all be type variables or parameter \
                     specification variables.",
                    cname
                )));
            }
            let mut uniq = Vec::new();
            for &p in ps {
                push_unique(&mut uniq, p)?;
            }
            if uniq.len() != ps.len() {
                return Err(type_error(&format!(
                    "Parameters to {}[...] must all be unique",
                    cname
                )));
            }
            let name = Ref::steal(pystr::from_string(cname).into_raw());
            return crate::call::call_vec(
                alias_cls.as_ptr(),
                &[cls, params.as_ptr(), name.as_ptr()],
            );
        }
        let own = (*(cls as *mut PyTypeObject)).tp_dict;
        let expected = match dict::get_str(own, "__parameters__") {
            Some(p) if tuple::is_tuple(p) => tuple::len(p),
            _ => 0,
        };
        if ps.len() != expected {
            let r = str_of(ab::repr(cls)?.as_ptr())?;
            if expected == 0 {
                return Err(type_error(&format!("{} is not a generic class", r)));
            }
            return Err(type_error(&format!(
                "Too {} arguments for {}; actual {}, expected {}",
                if ps.len() > expected { "many" } else { "few" },
                r,
                ps.len(),
                expected
            )));
        }
        crate::call::call_vec(alias_cls.as_ptr(), &[cls, params.as_ptr()])
    })())
}

/// The `__parameters__` of a generic class: the type variables of its subscripted
/// bases (`__orig_bases__`), in order.
unsafe extern "C" fn t_generic_parameters(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [cls] = crate::args::parse_pos::<1, 1>("generic_parameters", a, n, kw)?;
        let own = (*(cls as *mut PyTypeObject)).tp_dict;
        let mut out = Vec::new();
        // The parameters of an explicit `Generic[...]` base, which must list every
        // type variable of the other bases (CPython's `__init_subclass__` rules).
        let mut gvars: Option<Vec<Ref>> = None;
        if let Some(bases) = dict::get_str(own, "__orig_bases__") {
            if tuple::is_tuple(bases) {
                let generic = typing_attr("Generic")?;
                for &b in tuple::items(bases) {
                    if is_alias(b)? {
                        let inner = ab::getattr_str(b, "__args__")?;
                        let origin = ab::getattr_opt_str(b, "__origin__")?;
                        if origin.map(|o| o.as_ptr()) == Some(generic.as_ptr()) {
                            if gvars.is_some() {
                                return Err(type_error(
                                    "Cannot inherit from Generic[...] multiple times.",
                                ));
                            }
                            let mut g = Vec::new();
                            collect_type_vars(tuple::items(inner.as_ptr()), &mut g)?;
                            gvars = Some(g);
                        }
                        collect_type_vars(tuple::items(inner.as_ptr()), &mut out)?;
                    }
                }
            }
        }
        if let Some(g) = gvars {
            let missing: Vec<&Ref> = out
                .iter()
                .filter(|t| !g.iter().any(|x| x.as_ptr() == t.as_ptr()))
                .collect();
            if !missing.is_empty() {
                let names = |v: &mut dyn Iterator<Item = &Ref>| -> PyResult<String> {
                    let mut parts = Vec::new();
                    for t in v {
                        let r = ab::str(t.as_ptr())?;
                        parts.push(pystr::as_str(r.as_ptr()).to_string());
                    }
                    Ok(parts.join(", "))
                };
                return Err(type_error(&format!(
                    "Some type variables ({}) are not listed in Generic[{}]",
                    names(&mut missing.into_iter())?,
                    names(&mut g.iter())?
                )));
            }
            out = g;
        }
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

unsafe fn is_builtin_alias(tp: Obj) -> bool {
    let t = type_of(tp);
    t == &raw mut crate::objects::genericalias::_PyUnion_Type
        || t == &raw mut crate::objects::genericalias::Py_GenericAliasType
}

/// `get_origin(tp)`.
unsafe extern "C" fn t_get_origin(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [tp] = crate::args::parse_pos::<1, 1>("get_origin", a, n, kw)?;
        if is_alias(tp)? {
            if form_of(tp)? == "Optional" {
                return typing_attr("Union");
            }
            return ab::getattr_str(tp, "__origin__");
        }
        if tp == typing_attr("Generic")?.as_ptr() {
            return Ok(Ref::borrowed(tp));
        }
        if is_builtin_alias(tp) {
            if let Some(o) = ab::getattr_opt_str(tp, "__origin__")? {
                if o.as_ptr() != none::none() {
                    return Ok(o);
                }
            }
            return Ok(Ref::borrowed(type_of(tp) as Obj));
        }
        Ok(none::none_ref())
    })())
}

/// `get_args(tp)`.
unsafe extern "C" fn t_get_args(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [tp] = crate::args::parse_pos::<1, 1>("get_args", a, n, kw)?;
        if is_alias(tp)? {
            let args = ab::getattr_str(tp, "__args__")?;
            let items = tuple::items(args.as_ptr());
            let plain = items.len() == 2
                && (items[0] == none::ellipsis() || type_of(items[0]) == &raw mut ParamSpec_Type);
            if form_of(tp)? == "Callable" && !plain {
                let (params, result) = items.split_at(items.len().saturating_sub(1));
                let l = Ref::steal(crate::objects::list::from_slice(params));
                let r = result.first().copied().unwrap_or(none::none());
                return Ok(Ref::steal(tuple::from_slice(&[l.as_ptr(), r])));
            }
            return Ok(args);
        }
        if is_builtin_alias(tp) {
            return ab::getattr_str(tp, "__args__");
        }
        Ok(Ref::steal(tuple::empty()))
    })())
}
