//! `object`: the root of every class, with the default slots (`__repr__`, `__eq__`,
//! `__hash__`, `__init__`, `__new__`), plus small helpers shared by all types.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::typeobject::*;
use std::ffi::c_int;

#[no_mangle]
pub static mut PyBaseObject_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(object_dealloc),
    tp_repr: Some(object_repr),
    tp_str: Some(object_str),
    tp_hash: Some(object_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_richcompare: Some(object_richcompare),
    tp_init: Some(object_init),
    tp_new: Some(object_new),
    tp_methods: &raw mut OBJECT_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut OBJECT_GETSET as *mut PyGetSetDef,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"object", std::mem::size_of::<PyObject>(), 0)
};

static mut OBJECT_METHODS: [PyMethodDef; 4] = [
    crate::method_def!(
        "__init_subclass__",
        object_init_subclass,
        METH_FASTCALL | METH_KEYWORDS | METH_CLASS
    ),
    crate::method_def!(
        "__subclasshook__",
        object_subclasshook,
        METH_FASTCALL | METH_KEYWORDS | METH_CLASS
    ),
    crate::method_def!("__format__", object_format_m),
    METHOD_SENTINEL,
];

static mut OBJECT_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"__class__", Some(object_get_class), Some(object_set_class)),
    getset_def(c"__dict__", Some(object_get_dict), Some(object_set_dict)),
    getset_def_end(),
];

unsafe extern "C" fn object_dealloc(o: Obj) {
    let dp = instance_dict_ptr(o);
    if !dp.is_null() {
        xdecref(*dp);
    }
    free_object(o);
}

unsafe extern "C" fn object_repr(o: Obj) -> Obj {
    let tp = type_of(o);
    let m = type_module(tp);
    let name = if m == "builtins" {
        type_qualname(tp)
    } else {
        format!("{}.{}", m, type_qualname(tp))
    };
    crate::objects::str::from_str(&format!("<{} object at {:#x}>", name, o as usize))
}

unsafe extern "C" fn object_str(o: Obj) -> Obj {
    into_raw(crate::abstract_::repr(o))
}

/// The default hash: derived from the address, like CPython's `_Py_HashPointer`.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn object_hash(o: Obj) -> isize {
    identity_hash(o)
}

/// Identity hash (address rotated by 4 bits).
///
/// # Safety
/// Any pointer.
pub unsafe extern "C" fn identity_hash(o: Obj) -> isize {
    let y = (o as usize).rotate_right(4) as isize;
    if y == -1 {
        -2
    } else {
        y
    }
}

/// `tp_hash` of unhashable types (list, dict, set).
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn unhashable(o: Obj) -> isize {
    // CPython prints `tp_name`: `functools.KeyWrapper`, `collections.deque`.
    let name = std::ffi::CStr::from_ptr((*type_of(o)).tp_name).to_string_lossy();
    crate::errors::type_error(&format!("unhashable type: '{}'", name));
    -1
}

unsafe extern "C" fn object_richcompare(a: Obj, b: Obj, op: c_int) -> Obj {
    use crate::abstract_::{CMP_EQ, CMP_NE};
    match op {
        CMP_EQ => {
            if a == b {
                crate::objects::bool::from_bool(true).into_raw()
            } else {
                new_ref(crate::objects::none::not_implemented())
            }
        }
        CMP_NE => {
            // Delegate to __eq__ and invert, as CPython does.
            let tp = type_of(a);
            if let Some(rc) = (*tp).tp_richcompare {
                if rc as usize != object_richcompare as usize {
                    let r = rc(a, b, CMP_EQ);
                    if r.is_null() {
                        return r;
                    }
                    if r == crate::objects::none::not_implemented() {
                        return r;
                    }
                    let r = Ref::steal(r);
                    return match crate::abstract_::is_true(r.as_ptr()) {
                        Ok(t) => crate::objects::bool::from_bool(!t).into_raw(),
                        Err(_) => std::ptr::null_mut(),
                    };
                }
            }
            if a == b {
                crate::objects::bool::from_bool(false).into_raw()
            } else {
                new_ref(crate::objects::none::not_implemented())
            }
        }
        _ => new_ref(crate::objects::none::not_implemented()),
    }
}

unsafe extern "C" fn object_init(o: Obj, args: Obj, kwargs: Obj) -> c_int {
    let tp = type_of(o);
    let has_args = (!args.is_null() && crate::objects::tuple::len(args) > 0)
        || (!kwargs.is_null() && crate::objects::dict::len(kwargs) > 0);
    if has_args {
        let overrides_init = (*tp).tp_init.map(|f| f as usize) != Some(object_init as usize);
        let overrides_new = (*tp).tp_new.map(|f| f as usize) != Some(object_new as usize);
        if overrides_init {
            crate::errors::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
            return -1;
        }
        if !overrides_new {
            crate::errors::type_error(&format!("{}() takes no arguments", type_tp_name(tp)));
            return -1;
        }
    }
    0
}

/// `object.__new__`: allocates an instance of `tp`.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn object_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    let has_args = (!args.is_null() && crate::objects::tuple::len(args) > 0)
        || (!kwargs.is_null() && crate::objects::dict::len(kwargs) > 0);
    if has_args {
        let overrides_new = (*tp).tp_new.map(|f| f as usize) != Some(object_new as usize);
        let overrides_init = (*tp).tp_init.map(|f| f as usize) != Some(object_init as usize);
        if overrides_new || !overrides_init {
            crate::errors::type_error(&format!("{}() takes no arguments", type_tp_name(tp)));
            return std::ptr::null_mut();
        }
    }
    if (*tp).tp_flags & TPFLAGS_IS_ABSTRACT != 0 {
        crate::builtins::abc::abstract_instantiation_error(tp);
        return std::ptr::null_mut();
    }
    let alloc = (*tp).tp_alloc.unwrap_or(generic_alloc);
    alloc(tp, 0)
}

/// `object.__init_subclass__()`: accepts no arguments (so class keywords that no
/// `__init_subclass__` consumed are an error, as in CPython).
unsafe extern "C" fn object_init_subclass(cls: Obj, _a: *const Obj, n: isize, k: Obj) -> Obj {
    let nkw = if k.is_null() {
        0
    } else {
        crate::objects::tuple::len(k)
    };
    if nkw > 0 || n > 0 {
        let name = if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
            type_qualname(cls as *mut PyTypeObject)
        } else {
            "object".to_string()
        };
        let msg = if nkw > 0 {
            format!("{}.__init_subclass__() takes no keyword arguments", name)
        } else {
            format!(
                "{}.__init_subclass__() takes no arguments ({} given)",
                name, n
            )
        };
        crate::errors::type_error(&msg);
        return std::ptr::null_mut();
    }
    crate::objects::none::none_ref().into_raw()
}

/// `object.__subclasshook__(subclass)`: NotImplemented (ABCs decide as usual).
unsafe extern "C" fn object_subclasshook(_cls: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    new_ref(crate::objects::none::not_implemented())
}

unsafe extern "C" fn object_format_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [spec] = crate::args::parse::<1, 1>("__format__", args, nargs, kw, &["format_spec"])?;
        if !crate::objects::str::is_str(spec) {
            return Err(crate::errors::type_error(&format!(
                "__format__() argument must be str, not {}",
                obj_type_name(spec)
            )));
        }
        if crate::objects::str::char_len(spec) > 0 {
            return Err(crate::errors::type_error(&format!(
                "unsupported format string passed to {}.__format__",
                obj_type_name(o)
            )));
        }
        crate::abstract_::str(o)
    })())
}

unsafe extern "C" fn object_get_class(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref(type_of(o) as Obj)
}

unsafe extern "C" fn object_get_dict(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    if (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        // TODO(mappingproxy): CPython returns a read-only proxy of the class dict.
        let d = (*(o as *mut PyTypeObject)).tp_dict;
        return new_ref(d);
    }
    let dp = instance_dict_ptr(o);
    if dp.is_null() {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            &format!("'{}' object has no attribute '__dict__'", obj_type_name(o)),
        );
        return std::ptr::null_mut();
    }
    if (*dp).is_null() {
        *dp = crate::objects::dict::new_raw();
    }
    new_ref(*dp)
}

/// `o.__dict__ = d` (a dict) or `del o.__dict__` (a fresh dict on next use).
unsafe extern "C" fn object_set_dict(o: Obj, v: Obj, _: *mut std::ffi::c_void) -> i32 {
    let dp = instance_dict_ptr(o);
    if dp.is_null() || (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            &format!(
                "attribute '__dict__' of '{}' objects is not writable",
                obj_type_name(o)
            ),
        );
        return -1;
    }
    if !v.is_null() && !crate::objects::dict::is_dict(v) {
        crate::errors::type_error(&format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            obj_type_name(v)
        ));
        return -1;
    }
    let old = *dp;
    *dp = if v.is_null() {
        std::ptr::null_mut()
    } else {
        new_ref(v)
    };
    xdecref(old);
    0
}

/// `o.__class__ = cls`: between heap types whose instances have the same layout.
unsafe extern "C" fn object_set_class(o: Obj, v: Obj, _: *mut std::ffi::c_void) -> i32 {
    if v.is_null() {
        crate::errors::type_error("can't delete __class__ attribute");
        return -1;
    }
    if (*type_of(v)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
        crate::errors::type_error(&format!(
            "__class__ must be set to a class, not '{}' object",
            obj_type_name(v)
        ));
        return -1;
    }
    let old = type_of(o);
    let new = v as *mut PyTypeObject;
    if !is_heap_type(old) || !is_heap_type(new) {
        crate::errors::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        );
        return -1;
    }
    let same_layout = (*old).tp_basicsize == (*new).tp_basicsize
        && (*old).tp_itemsize == (*new).tp_itemsize
        && (*old).tp_dictoffset == (*new).tp_dictoffset
        && (*old).tp_dealloc.map(|f| f as *const () as usize)
            == (*new).tp_dealloc.map(|f| f as *const () as usize)
        && solid_base(old) == solid_base(new);
    if !same_layout {
        crate::errors::type_error(&format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            type_tp_name(new),
            type_tp_name(old)
        ));
        return -1;
    }
    incref(v);
    (*o).ob_type = new;
    decref(old as Obj);
    0
}

/// The nearest base that fixes the instance layout (a static type).
unsafe fn solid_base(mut tp: *mut PyTypeObject) -> *mut PyTypeObject {
    while is_heap_type(tp) && !(*tp).tp_base.is_null() {
        tp = (*tp).tp_base;
    }
    tp
}

/// Detects recursion in container reprs (`[[...]]`), like CPython's `Py_ReprEnter`.
pub struct ReprGuard(Obj);

static mut REPR_STACK: Vec<usize> = Vec::new();

impl ReprGuard {
    /// `None` if `o` is already being repr'd further up the stack.
    pub fn enter(o: Obj) -> Option<ReprGuard> {
        // SAFETY: single-threaded runtime.
        unsafe {
            #[allow(static_mut_refs)]
            let st = &mut REPR_STACK;
            if st.contains(&(o as usize)) {
                return None;
            }
            st.push(o as usize);
        }
        Some(ReprGuard(o))
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        // SAFETY: single-threaded runtime.
        unsafe {
            #[allow(static_mut_refs)]
            let st = &mut REPR_STACK;
            if let Some(p) = st.iter().rposition(|&x| x == self.0 as usize) {
                st.remove(p);
            }
        }
    }
}
