//! `builtin_function_or_method`: a C (or Rust) function described by a `PyMethodDef`,
//! optionally bound to `m_self`. Calls dispatch on `ml_flags` exactly as CPython does,
//! so Molt's builtins and C extensions' functions share one path.

use crate::errors::{PyResult, Raised};
use crate::object::*;
use crate::objects::{dict, str as pystr, tuple};
use crate::typeobject::*;
use std::ffi::{c_void, CStr};

/// CPython's `PyCFunctionObject`.
#[repr(C)]
pub struct PyCFunctionObject {
    pub ob_base: PyObject,
    pub m_ml: *mut PyMethodDef,
    pub m_self: Obj,
    pub m_module: Obj,
    pub m_weakreflist: Obj,
    pub vectorcall: VectorcallFunc,
}

#[no_mangle]
pub static mut PyCFunction_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(cfunction_dealloc),
    tp_repr: Some(cfunction_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_call: Some(crate::call::call_via_vector),
    tp_getset: &raw mut CFUNCTION_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(
        c"builtin_function_or_method",
        std::mem::size_of::<PyCFunctionObject>(),
        0,
    )
};

static mut CFUNCTION_GETSET: [PyGetSetDef; 4] = [
    getset_def(c"__name__", Some(cf_get_name), None),
    getset_def(c"__qualname__", Some(cf_get_name), None),
    getset_def(c"__self__", Some(cf_get_self), None),
    getset_def_end(),
];

type NoArgs = unsafe extern "C" fn(Obj, Obj) -> Obj;
type VarArgs = unsafe extern "C" fn(Obj, Obj) -> Obj;
type VarArgsKw = unsafe extern "C" fn(Obj, Obj, Obj) -> Obj;
type FastCall = unsafe extern "C" fn(Obj, *const Obj, isize) -> Obj;
type FastCallKw = unsafe extern "C" fn(Obj, *const Obj, isize, Obj) -> Obj;
type MethodCall = unsafe extern "C" fn(Obj, *mut PyTypeObject, *const Obj, usize, Obj) -> Obj;

/// A new builtin function for `def`, bound to `slf` (may be null). New reference.
///
/// # Safety
/// `def` outlives the function object (static tables do).
pub unsafe fn new(def: *mut PyMethodDef, slf: Obj, module: Obj) -> Ref {
    // METH_METHOD definitions always get room for the defining class (null here).
    let size = if (*def).ml_flags & METH_METHOD != 0 {
        std::mem::size_of::<PyCMethodObject>()
    } else {
        std::mem::size_of::<PyCFunctionObject>()
    };
    let o = alloc_object(&raw mut PyCFunction_Type, size);
    let c = o as *mut PyCFunctionObject;
    (*c).m_ml = def;
    (*c).m_self = if slf.is_null() { slf } else { new_ref(slf) };
    (*c).m_module = if module.is_null() {
        module
    } else {
        new_ref(module)
    };
    Ref::steal(o)
}

/// CPython's `PyCMethodObject`: a builtin method of a METH_METHOD definition, which also
/// receives the class that defines it.
#[repr(C)]
pub struct PyCMethodObject {
    pub func: PyCFunctionObject,
    pub mm_class: *mut PyTypeObject,
}

/// A bound builtin method for a METH_METHOD definition of `cls` (a `PyCMethodObject`
/// holding a reference to `cls`). New reference.
///
/// # Safety
/// `def` outlives the function object; `cls` is a live type.
pub unsafe fn new_method(def: *mut PyMethodDef, slf: Obj, cls: *mut PyTypeObject) -> Ref {
    let o = alloc_object(
        &raw mut PyCFunction_Type,
        std::mem::size_of::<PyCMethodObject>(),
    );
    let c = o as *mut PyCMethodObject;
    (*c).func.m_ml = def;
    (*c).func.m_self = if slf.is_null() { slf } else { new_ref(slf) };
    (*c).mm_class = new_ref(cls as Obj) as *mut PyTypeObject;
    Ref::steal(o)
}

/// The name of a method definition.
///
/// # Safety
/// `def` is valid.
pub unsafe fn def_name(def: *mut PyMethodDef) -> String {
    CStr::from_ptr((*def).ml_name)
        .to_string_lossy()
        .into_owned()
}

/// Calls the C function of `def` with `slf` and vectorcall arguments, honouring its
/// calling convention.
///
/// # Safety
/// `def` is valid; arguments follow the vectorcall convention.
pub unsafe fn call_def(
    def: *mut PyMethodDef,
    slf: Obj,
    defining: *mut PyTypeObject,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<Ref> {
    let flags = (*def).ml_flags & !(METH_CLASS | METH_STATIC | METH_COEXIST);
    let meth = (*def).ml_meth;
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    // CPython names a method `type.method` in the errors its calling machinery raises
    // (`_PyObject_FunctionStr`).
    let qualname = || qualified_name(def, slf, defining);
    if nkw > 0 && (flags == METH_NOARGS || flags == METH_O || flags == METH_FASTCALL) {
        return Err(crate::errors::type_error(&format!(
            "{}() takes no keyword arguments",
            qualname()
        )));
    }
    if nkw > 0 && flags == METH_VARARGS {
        // Called through the method descriptor (`s.find(x, start=1)`), CPython names
        // the method `str.find`; through a bound method object, just `find`.
        let n = if defining.is_null() {
            def_name(def)
        } else {
            qualname()
        };
        return Err(crate::errors::type_error(&format!(
            "{}() takes no keyword arguments",
            n
        )));
    }
    if flags == METH_NOARGS && nargs != 0 {
        return Err(crate::errors::type_error(&format!(
            "{}() takes no arguments ({} given)",
            qualname(),
            nargs
        )));
    }
    if flags == METH_O && nargs != 1 {
        return Err(crate::errors::type_error(&format!(
            "{}() takes exactly one argument ({} given)",
            qualname(),
            nargs
        )));
    }
    let name = || def_name(def);
    crate::call::enter_recursive_call()?;
    let r = match flags {
        METH_NOARGS => {
            std::mem::transmute::<*const c_void, NoArgs>(meth)(slf, std::ptr::null_mut())
        }
        METH_O => std::mem::transmute::<*const c_void, NoArgs>(meth)(slf, *args),
        METH_VARARGS => {
            let t = Ref::steal(tuple::from_slice(std::slice::from_raw_parts(args, nargs)));
            std::mem::transmute::<*const c_void, VarArgs>(meth)(slf, t.as_ptr())
        }
        x if x == METH_VARARGS | METH_KEYWORDS => {
            let t = Ref::steal(tuple::from_slice(std::slice::from_raw_parts(args, nargs)));
            let kw = if nkw == 0 {
                None
            } else {
                match kwargs_dict(args, nargs, kwnames) {
                    Ok(k) => Some(k),
                    Err(e) => {
                        crate::call::leave_recursive_call();
                        return Err(e);
                    }
                }
            };
            std::mem::transmute::<*const c_void, VarArgsKw>(meth)(
                slf,
                t.as_ptr(),
                kw.as_ref().map_or(std::ptr::null_mut(), |k| k.as_ptr()),
            )
        }
        METH_FASTCALL => {
            std::mem::transmute::<*const c_void, FastCall>(meth)(slf, args, nargs as isize)
        }
        x if x == METH_FASTCALL | METH_KEYWORDS => {
            std::mem::transmute::<*const c_void, FastCallKw>(meth)(
                slf,
                args,
                nargs as isize,
                if nkw == 0 {
                    std::ptr::null_mut()
                } else {
                    kwnames
                },
            )
        }
        x if x == METH_METHOD | METH_FASTCALL | METH_KEYWORDS => {
            std::mem::transmute::<*const c_void, MethodCall>(meth)(
                slf, defining, args, nargs, kwnames,
            )
        }
        _ => {
            crate::call::leave_recursive_call();
            return Err(crate::errors::raise(
                crate::objects::exceptions::system_error(),
                &format!("{}() method: bad call flags", name()),
            ));
        }
    };
    crate::call::leave_recursive_call();
    if r.is_null() && !crate::errors::occurred() {
        // CPython's check on every C call (_Py_CheckFunctionResult).
        return Err(crate::errors::raise(
            crate::objects::exceptions::system_error(),
            &format!(
                "<built-in function {}> returned NULL without setting an exception",
                name()
            ),
        ));
    }
    Ref::from_raw(r).ok_or(Raised)
}

/// The name CPython's calling machinery uses in errors: `type.method` for a method
/// (the type that defines it, as the method descriptor's `__qualname__`), the bare name
/// for a module-level function.
///
/// # Safety
/// `def` is valid; `slf` null or live; `defining` null or a type.
pub unsafe fn qualified_name(
    def: *mut PyMethodDef,
    slf: Obj,
    defining: *mut PyTypeObject,
) -> String {
    let name = def_name(def);
    let mut owner = defining;
    if owner.is_null() {
        if slf.is_null() {
            return name;
        }
        if crate::objects::module::is_module(slf) {
            // `_PyObject_FunctionStr`: functions of modules other than builtins are
            // named `module.function`.
            let m = crate::objects::module::module_name(slf);
            if m == "builtins" {
                return name;
            }
            return format!("{}.{}", m, name);
        }
        let start = if (*type_of(slf)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
            slf as *mut PyTypeObject
        } else {
            type_of(slf)
        };
        owner = start;
        let mro = (*start).tp_mro;
        if !mro.is_null() {
            'search: for &t in tuple::items(mro) {
                let mut m = (*(t as *mut PyTypeObject)).tp_methods;
                if m.is_null() {
                    continue;
                }
                while !(*m).ml_name.is_null() {
                    if m == def {
                        owner = t as *mut PyTypeObject;
                        break 'search;
                    }
                    m = m.add(1);
                }
            }
        }
    }
    format!("{}.{}", type_qualname(owner), name)
}

/// Builds a kwargs dict from vectorcall keyword arguments.
///
/// # Safety
/// As [`call_def`].
pub unsafe fn kwargs_dict(args: *const Obj, nargs: usize, kwnames: Obj) -> PyResult<Ref> {
    let d = Ref::steal(dict::new_raw());
    for (i, &k) in tuple::items(kwnames).iter().enumerate() {
        dict::set_item(d.as_ptr(), k, *args.add(nargs + i))?;
    }
    Ok(d)
}

/// Calls a builtin function object.
///
/// # Safety
/// `f` is a builtin function; vectorcall arguments.
pub unsafe fn call(f: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> PyResult<Ref> {
    let c = f as *mut PyCFunctionObject;
    let defining = if (*(*c).m_ml).ml_flags & METH_METHOD != 0 {
        (*(f as *mut PyCMethodObject)).mm_class
    } else {
        std::ptr::null_mut()
    };
    call_def((*c).m_ml, (*c).m_self, defining, args, nargs, kwnames)
}

unsafe extern "C" fn cfunction_dealloc(o: Obj) {
    let c = o as *mut PyCFunctionObject;
    if (*(*c).m_ml).ml_flags & METH_METHOD != 0 {
        xdecref((*(o as *mut PyCMethodObject)).mm_class as Obj);
    }
    xdecref((*c).m_self);
    xdecref((*c).m_module);
    free_object(o);
}

unsafe extern "C" fn cfunction_repr(o: Obj) -> Obj {
    let c = o as *mut PyCFunctionObject;
    let name = def_name((*c).m_ml);
    let s = (*c).m_self;
    if s.is_null() || crate::objects::module::is_module(s) {
        pystr::from_str(&format!("<built-in function {}>", name))
    } else {
        pystr::from_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            name,
            obj_type_name(s),
            s as usize
        ))
    }
}

unsafe extern "C" fn cf_get_name(o: Obj, _: *mut c_void) -> Obj {
    pystr::from_str(&def_name((*(o as *mut PyCFunctionObject)).m_ml))
}

unsafe extern "C" fn cf_get_self(o: Obj, _: *mut c_void) -> Obj {
    let s = (*(o as *mut PyCFunctionObject)).m_self;
    if s.is_null() {
        crate::objects::none::none()
    } else {
        new_ref(s)
    }
}
