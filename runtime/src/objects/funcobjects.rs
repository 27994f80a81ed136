//! `staticmethod`, `classmethod` and `property`: the descriptor wrappers around functions.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::typeobject::*;
use std::ptr::null_mut;

/// The layout shared by staticmethod and classmethod (a wrapped callable and a dict).
#[repr(C)]
pub struct WrapperObject {
    pub ob_base: PyObject,
    pub callable: Obj,
    pub dict: Obj,
}

/// `property`'s layout.
#[repr(C)]
pub struct PropertyObject {
    pub ob_base: PyObject,
    pub fget: Obj,
    pub fset: Obj,
    pub fdel: Obj,
    pub doc: Obj,
}

#[no_mangle]
pub static mut PyStaticMethod_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(wrapper_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_descr_get: Some(staticmethod_get),
    tp_new: Some(wrapper_new),
    tp_call: Some(staticmethod_call),
    tp_members: &raw mut WRAPPER_MEMBERS as *mut PyMemberDef,
    tp_dictoffset: std::mem::offset_of!(WrapperObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"staticmethod", std::mem::size_of::<WrapperObject>(), 0)
};

#[no_mangle]
pub static mut PyClassMethod_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(wrapper_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_descr_get: Some(classmethod_get),
    tp_new: Some(wrapper_new),
    tp_members: &raw mut WRAPPER_MEMBERS as *mut PyMemberDef,
    tp_dictoffset: std::mem::offset_of!(WrapperObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"classmethod", std::mem::size_of::<WrapperObject>(), 0)
};

#[no_mangle]
pub static mut PyProperty_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(property_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_descr_get: Some(property_get),
    tp_descr_set: Some(property_set),
    tp_new: Some(property_new),
    tp_methods: &raw mut PROPERTY_METHODS as *mut PyMethodDef,
    tp_members: &raw mut PROPERTY_MEMBERS as *mut PyMemberDef,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"property", std::mem::size_of::<PropertyObject>(), 0)
};

static mut WRAPPER_MEMBERS: [PyMemberDef; 3] = [
    PyMemberDef {
        name: c"__func__".as_ptr(),
        type_code: 16,
        offset: 16,
        flags: 1,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: c"__wrapped__".as_ptr(),
        type_code: 16,
        offset: 16,
        flags: 1,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: std::ptr::null(),
        type_code: 0,
        offset: 0,
        flags: 0,
        doc: std::ptr::null(),
    },
];

static mut PROPERTY_MEMBERS: [PyMemberDef; 5] = [
    PyMemberDef {
        name: c"fget".as_ptr(),
        type_code: 6,
        offset: 16,
        flags: 1,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: c"fset".as_ptr(),
        type_code: 6,
        offset: 24,
        flags: 1,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: c"fdel".as_ptr(),
        type_code: 6,
        offset: 32,
        flags: 1,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: c"__doc__".as_ptr(),
        type_code: 6,
        offset: 40,
        flags: 0,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: std::ptr::null(),
        type_code: 0,
        offset: 0,
        flags: 0,
        doc: std::ptr::null(),
    },
];

static mut PROPERTY_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("getter", property_getter, METH_O),
    crate::method_def!("setter", property_setter, METH_O),
    crate::method_def!("deleter", property_deleter, METH_O),
    METHOD_SENTINEL,
];

/// A staticmethod wrapping `f`. New reference.
///
/// # Safety
/// `f` is live.
pub unsafe fn staticmethod_new(f: Obj) -> Obj {
    let o = alloc_object(
        &raw mut PyStaticMethod_Type,
        std::mem::size_of::<WrapperObject>(),
    );
    (*(o as *mut WrapperObject)).callable = new_ref(f);
    o
}

unsafe extern "C" fn wrapper_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(tp);
        let [f] = crate::args::parse_tuple_positional::<1, 1>(&name, args, kwargs)?;
        let o = alloc_object(tp, (*tp).tp_basicsize as usize);
        (*(o as *mut WrapperObject)).callable = new_ref(f);
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn wrapper_dealloc(o: Obj) {
    let w = o as *mut WrapperObject;
    xdecref((*w).callable);
    xdecref((*w).dict);
    free_object(o);
}

unsafe extern "C" fn staticmethod_get(o: Obj, _obj: Obj, _tp: Obj) -> Obj {
    new_ref((*(o as *mut WrapperObject)).callable)
}

unsafe extern "C" fn staticmethod_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw(crate::call::call_tuple_dict(
        (*(o as *mut WrapperObject)).callable,
        args,
        kwargs,
    ))
}

unsafe extern "C" fn classmethod_get(o: Obj, obj: Obj, tp: Obj) -> Obj {
    let cls = if tp.is_null() {
        type_of(obj) as Obj
    } else {
        tp
    };
    crate::objects::method::new((*(o as *mut WrapperObject)).callable, cls)
}

unsafe extern "C" fn property_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [fget, fset, fdel, doc] = crate::args::parse_tuple::<0, 4>(
            "property",
            args,
            kwargs,
            &["fget", "fset", "fdel", "doc"],
        )?;
        Ok(Ref::steal(make_property(tp, fget, fset, fdel, doc)?))
    })())
}

unsafe fn make_property(
    tp: *mut PyTypeObject,
    fget: Obj,
    fset: Obj,
    fdel: Obj,
    doc: Obj,
) -> PyResult<Obj> {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    let p = o as *mut PropertyObject;
    let none = crate::objects::none::none();
    let keep = |x: Obj| {
        if x.is_null() || x == none {
            null_mut()
        } else {
            new_ref(x)
        }
    };
    (*p).fget = keep(fget);
    (*p).fset = keep(fset);
    (*p).fdel = keep(fdel);
    (*p).doc = keep(doc);
    if (*p).doc.is_null() && !(*p).fget.is_null() {
        if let Ok(Some(d)) = crate::abstract_::getattr_opt_str((*p).fget, "__doc__") {
            if d.as_ptr() != none {
                (*p).doc = d.into_raw();
            }
        }
    }
    Ok(o)
}

unsafe extern "C" fn property_dealloc(o: Obj) {
    let p = o as *mut PropertyObject;
    xdecref((*p).fget);
    xdecref((*p).fset);
    xdecref((*p).fdel);
    xdecref((*p).doc);
    free_object(o);
}

unsafe extern "C" fn property_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(o);
    }
    let p = o as *mut PropertyObject;
    if (*p).fget.is_null() {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            "property has no getter",
        );
        return null_mut();
    }
    into_raw(crate::call::call1((*p).fget, obj))
}

unsafe extern "C" fn property_set(o: Obj, obj: Obj, v: Obj) -> i32 {
    let p = o as *mut PropertyObject;
    let r = if v.is_null() {
        if (*p).fdel.is_null() {
            crate::errors::raise(
                crate::objects::exceptions::attribute_error(),
                "property has no deleter",
            );
            return -1;
        }
        crate::call::call1((*p).fdel, obj)
    } else {
        if (*p).fset.is_null() {
            crate::errors::raise(
                crate::objects::exceptions::attribute_error(),
                "property has no setter",
            );
            return -1;
        }
        crate::call::call_vec((*p).fset, &[obj, v])
    };
    if r.is_ok() {
        0
    } else {
        -1
    }
}

unsafe fn property_copy(o: Obj, which: usize, f: Obj) -> Obj {
    let p = o as *mut PropertyObject;
    let (mut g, mut s, mut d) = ((*p).fget, (*p).fset, (*p).fdel);
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    match make_property(type_of(o), g, s, d, (*p).doc) {
        Ok(o) => o,
        Err(_) => null_mut(),
    }
}

unsafe extern "C" fn property_getter(o: Obj, f: Obj) -> Obj {
    property_copy(o, 0, f)
}
unsafe extern "C" fn property_setter(o: Obj, f: Obj) -> Obj {
    property_copy(o, 1, f)
}
unsafe extern "C" fn property_deleter(o: Obj, f: Obj) -> Obj {
    property_copy(o, 2, f)
}
