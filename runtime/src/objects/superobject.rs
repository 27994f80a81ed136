//! `super`: attribute lookup that starts after a given class in an object's MRO.
//! The compiler turns zero-argument `super()` into `super(__class__, <first argument>)`.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, str as pystr, tuple};
use crate::typeobject::*;

/// Molt's super object (same fields as CPython's `superobject`).
#[repr(C)]
pub struct SuperObject {
    pub ob_base: PyObject,
    pub tp: *mut PyTypeObject,
    pub obj: Obj,
    pub obj_type: *mut PyTypeObject,
}

#[no_mangle]
pub static mut PySuper_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(super_dealloc),
    tp_repr: Some(super_repr),
    tp_getattro: Some(super_getattro),
    tp_new: Some(super_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"super", std::mem::size_of::<SuperObject>(), 0)
};

/// `super(tp, obj)`. New reference.
///
/// # Safety
/// `tp` is a type; `obj` live.
pub unsafe fn new_super(tp: *mut PyTypeObject, obj: Obj) -> PyResult<Obj> {
    let obj_type = if (*type_of(obj)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
        && is_subtype(obj as *mut PyTypeObject, tp)
    {
        obj as *mut PyTypeObject
    } else if is_instance_of(obj, tp) {
        type_of(obj)
    } else {
        return Err(crate::errors::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    let o = alloc_object(&raw mut PySuper_Type, std::mem::size_of::<SuperObject>());
    let s = o as *mut SuperObject;
    (*s).tp = new_ref(tp as Obj) as *mut PyTypeObject;
    (*s).obj = new_ref(obj);
    (*s).obj_type = new_ref(obj_type as Obj) as *mut PyTypeObject;
    Ok(o)
}

unsafe extern "C" fn super_new(_t: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [tp, obj] = crate::args::parse_tuple::<1, 2>("super", args, kwargs, &["type", "obj"])?;
        if obj.is_null() {
            return Err(crate::errors::raise(
                crate::objects::exceptions::runtime_error(),
                "super(): no arguments",
            ));
        }
        if (*type_of(tp)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            return Err(crate::errors::type_error(&format!(
                "super() argument 1 must be a type, not {}",
                obj_type_name(tp)
            )));
        }
        Ok(Ref::steal(new_super(tp as *mut PyTypeObject, obj)?))
    })())
}

unsafe extern "C" fn super_dealloc(o: Obj) {
    let s = o as *mut SuperObject;
    xdecref((*s).tp as Obj);
    xdecref((*s).obj);
    xdecref((*s).obj_type as Obj);
    free_object(o);
}

unsafe extern "C" fn super_repr(o: Obj) -> Obj {
    let s = o as *mut SuperObject;
    pystr::from_str(&format!(
        "<super: <class '{}'>, <{} object>>",
        type_name((*s).tp),
        type_name((*s).obj_type)
    ))
}

unsafe extern "C" fn super_getattro(o: Obj, name: Obj) -> Obj {
    into_raw((|| {
        let s = o as *mut SuperObject;
        if pystr::as_str(name) != "__class__" {
            let mro = (*(*s).obj_type).tp_mro;
            let items = tuple::items(mro);
            if let Some(pos) = items.iter().position(|&t| t == (*s).tp as Obj) {
                for &t in &items[pos + 1..] {
                    let d = (*(t as *mut PyTypeObject)).tp_dict;
                    if let Some(res) = dict::get_item(d, name)? {
                        let res = Ref::borrowed(res);
                        if let Some(get) = (*type_of(res.as_ptr())).tp_descr_get {
                            let inst = if (*s).obj == (*s).obj_type as Obj {
                                std::ptr::null_mut()
                            } else {
                                (*s).obj
                            };
                            return crate::errors::from_raw(get(
                                res.as_ptr(),
                                inst,
                                (*s).obj_type as Obj,
                            ));
                        }
                        return Ok(res);
                    }
                }
            }
        }
        generic_getattr(o, name)
    })())
}
