//! Descriptors that expose a type's C-level tables as attributes: method descriptors
//! (`tp_methods`), getset descriptors (`tp_getset`) and member descriptors
//! (`tp_members`), laid out as CPython's `PyMethodDescrObject` and friends.

use crate::errors::PyResult;
use crate::object::*;
use crate::objects::str as pystr;
use crate::typeobject::*;
use std::ffi::{c_char, CStr};
use std::ptr::null_mut;

/// CPython's `PyDescrObject` header.
#[repr(C)]
pub struct PyDescrObject {
    pub ob_base: PyObject,
    pub d_type: *mut PyTypeObject,
    pub d_name: Obj,
    pub d_qualname: Obj,
}

/// CPython's `PyMethodDescrObject`.
#[repr(C)]
pub struct PyMethodDescrObject {
    pub d_common: PyDescrObject,
    pub d_method: *mut PyMethodDef,
    pub vectorcall: VectorcallFunc,
}

/// CPython's `PyGetSetDescrObject`.
#[repr(C)]
pub struct PyGetSetDescrObject {
    pub d_common: PyDescrObject,
    pub d_getset: *mut PyGetSetDef,
}

/// CPython's `PyMemberDescrObject`.
#[repr(C)]
pub struct PyMemberDescrObject {
    pub d_common: PyDescrObject,
    pub d_member: *mut PyMemberDef,
}

#[no_mangle]
pub static mut PyMethodDescr_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(descr_dealloc),
    tp_repr: Some(method_descr_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_call: Some(crate::call::call_via_vector),
    tp_descr_get: Some(method_descr_get),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_METHOD_DESCRIPTOR,
    ..PyTypeObject::new_static(
        c"method_descriptor",
        std::mem::size_of::<PyMethodDescrObject>(),
        0,
    )
};

#[no_mangle]
pub static mut PyClassMethodDescr_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(descr_dealloc),
    tp_repr: Some(method_descr_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_descr_get: Some(classmethod_descr_get),
    ..PyTypeObject::new_static(
        c"classmethod_descriptor",
        std::mem::size_of::<PyMethodDescrObject>(),
        0,
    )
};

#[no_mangle]
pub static mut PyGetSetDescr_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(descr_dealloc),
    tp_repr: Some(getset_descr_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_descr_get: Some(getset_get),
    tp_descr_set: Some(getset_set),
    ..PyTypeObject::new_static(
        c"getset_descriptor",
        std::mem::size_of::<PyGetSetDescrObject>(),
        0,
    )
};

#[no_mangle]
pub static mut PyMemberDescr_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(descr_dealloc),
    tp_repr: Some(member_descr_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_descr_get: Some(member_get),
    tp_descr_set: Some(member_set),
    ..PyTypeObject::new_static(
        c"member_descriptor",
        std::mem::size_of::<PyMemberDescrObject>(),
        0,
    )
};

unsafe fn new_descr(
    tp: *mut PyTypeObject,
    size: usize,
    owner: *mut PyTypeObject,
    name: *const c_char,
) -> Obj {
    let o = alloc_object(tp, size);
    let d = o as *mut PyDescrObject;
    (*d).d_type = owner;
    (*d).d_name = pystr::from_str(&CStr::from_ptr(name).to_string_lossy());
    o
}

/// A descriptor for one `PyMethodDef` of `owner`. New reference.
///
/// # Safety
/// `m` outlives the descriptor.
pub unsafe fn new_method_descr(owner: *mut PyTypeObject, m: *mut PyMethodDef) -> PyResult<Ref> {
    if (*m).ml_flags & METH_STATIC != 0 {
        // As CPython's type_add_method: the function's `__self__` is the type.
        let f = crate::objects::cfunction::new(m, owner as Obj, null_mut());
        return Ok(Ref::steal(crate::objects::funcobjects::staticmethod_new(
            f.as_ptr(),
        )));
    }
    let tp = if (*m).ml_flags & METH_CLASS != 0 {
        &raw mut PyClassMethodDescr_Type
    } else {
        &raw mut PyMethodDescr_Type
    };
    let o = new_descr(
        tp,
        std::mem::size_of::<PyMethodDescrObject>(),
        owner,
        (*m).ml_name,
    );
    (*(o as *mut PyMethodDescrObject)).d_method = m;
    Ok(Ref::steal(o))
}

/// A descriptor for one `PyGetSetDef` of `owner`. New reference.
///
/// # Safety
/// `g` outlives the descriptor.
pub unsafe fn new_getset_descr(owner: *mut PyTypeObject, g: *mut PyGetSetDef) -> PyResult<Ref> {
    let o = new_descr(
        &raw mut PyGetSetDescr_Type,
        std::mem::size_of::<PyGetSetDescrObject>(),
        owner,
        (*g).name,
    );
    (*(o as *mut PyGetSetDescrObject)).d_getset = g;
    Ok(Ref::steal(o))
}

/// Adds a member descriptor to the type dict for each `tp_members` row.
///
/// # Safety
/// `tp` is being readied.
pub unsafe fn add_members(tp: *mut PyTypeObject) -> PyResult<()> {
    let mut m = (*tp).tp_members;
    if m.is_null() {
        return Ok(());
    }
    while !(*m).name.is_null() {
        let o = new_descr(
            &raw mut PyMemberDescr_Type,
            std::mem::size_of::<PyMemberDescrObject>(),
            tp,
            (*m).name,
        );
        (*(o as *mut PyMemberDescrObject)).d_member = m;
        let r = Ref::steal(o);
        let name = CStr::from_ptr((*m).name).to_string_lossy();
        crate::objects::dict::set_str((*tp).tp_dict, &name, r.as_ptr())?;
        m = m.add(1);
    }
    Ok(())
}

unsafe extern "C" fn descr_dealloc(o: Obj) {
    let d = o as *mut PyDescrObject;
    xdecref((*d).d_name);
    xdecref((*d).d_qualname);
    free_object(o);
}

unsafe extern "C" fn method_descr_repr(o: Obj) -> Obj {
    let d = o as *mut PyDescrObject;
    pystr::from_str(&format!(
        "<method '{}' of '{}' objects>",
        pystr::as_str((*d).d_name),
        type_name((*d).d_type)
    ))
}

/// `<attribute 'maxlen' of 'collections.deque' objects>`.
unsafe extern "C" fn getset_descr_repr(o: Obj) -> Obj {
    let d = o as *mut PyDescrObject;
    pystr::from_str(&format!(
        "<attribute '{}' of '{}' objects>",
        pystr::as_str((*d).d_name),
        type_tp_name((*d).d_type)
    ))
}

/// `<member 'func' of 'functools.partial' objects>`.
unsafe extern "C" fn member_descr_repr(o: Obj) -> Obj {
    let d = o as *mut PyDescrObject;
    pystr::from_str(&format!(
        "<member '{}' of '{}' objects>",
        pystr::as_str((*d).d_name),
        type_tp_name((*d).d_type)
    ))
}

unsafe fn check_self(d: *mut PyDescrObject, obj: Obj) -> PyResult<()> {
    if !is_instance_of(obj, (*d).d_type) {
        return Err(crate::errors::type_error(&format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::as_str((*d).d_name),
            type_tp_name((*d).d_type),
            obj_type_name(obj)
        )));
    }
    Ok(())
}

unsafe extern "C" fn method_descr_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(o);
    }
    let d = o as *mut PyMethodDescrObject;
    if check_self(o as *mut PyDescrObject, obj).is_err() {
        return null_mut();
    }
    if (*(*d).d_method).ml_flags & METH_METHOD != 0 {
        return crate::objects::cfunction::new_method((*d).d_method, obj, (*d).d_common.d_type)
            .into_raw();
    }
    crate::objects::cfunction::new((*d).d_method, obj, null_mut()).into_raw()
}

unsafe extern "C" fn classmethod_descr_get(o: Obj, obj: Obj, tp: Obj) -> Obj {
    let d = o as *mut PyMethodDescrObject;
    let cls = if tp.is_null() {
        type_of(obj) as Obj
    } else {
        tp
    };
    if (*(*d).d_method).ml_flags & METH_METHOD != 0 {
        return crate::objects::cfunction::new_method((*d).d_method, cls, (*d).d_common.d_type)
            .into_raw();
    }
    crate::objects::cfunction::new((*d).d_method, cls, null_mut()).into_raw()
}

/// Calls an unbound method descriptor: the first argument is `self`.
///
/// # Safety
/// `o` is a method descriptor; vectorcall arguments.
pub unsafe fn call_method_descr(
    o: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<Ref> {
    let d = o as *mut PyMethodDescrObject;
    if nargs < 1 {
        return Err(crate::errors::type_error(&format!(
            "unbound method {}.{}() needs an argument",
            type_name((*d).d_common.d_type),
            pystr::as_str((*d).d_common.d_name)
        )));
    }
    check_self(o as *mut PyDescrObject, *args)?;
    crate::objects::cfunction::call_def(
        (*d).d_method,
        *args,
        (*d).d_common.d_type,
        args.add(1),
        nargs - 1,
        kwnames,
    )
}

unsafe extern "C" fn getset_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(o);
    }
    let d = o as *mut PyGetSetDescrObject;
    if check_self(o as *mut PyDescrObject, obj).is_err() {
        return null_mut();
    }
    match (*(*d).d_getset).get {
        Some(g) => g(obj, (*(*d).d_getset).closure),
        None => {
            crate::errors::raise(
                crate::objects::exceptions::attribute_error(),
                &format!(
                    "attribute '{}' of '{}' objects is not readable",
                    pystr::as_str((*d).d_common.d_name),
                    type_tp_name((*d).d_common.d_type)
                ),
            );
            null_mut()
        }
    }
}

unsafe extern "C" fn getset_set(o: Obj, obj: Obj, v: Obj) -> i32 {
    let d = o as *mut PyGetSetDescrObject;
    match (*(*d).d_getset).set {
        Some(s) => s(obj, v, (*(*d).d_getset).closure),
        None => {
            crate::errors::raise(
                crate::objects::exceptions::attribute_error(),
                &format!(
                    "attribute '{}' of '{}' objects is not writable",
                    pystr::as_str((*d).d_common.d_name),
                    type_tp_name((*d).d_common.d_type)
                ),
            );
            -1
        }
    }
}

/// Member type codes (CPython's `Py_T_*`).
pub const T_SHORT: i32 = 0;
pub const T_INT: i32 = 1;
pub const T_LONG: i32 = 2;
pub const T_FLOAT: i32 = 3;
pub const T_DOUBLE: i32 = 4;
pub const T_STRING: i32 = 5;
pub const T_OBJECT: i32 = 6;
pub const T_BYTE: i32 = 8;
pub const T_UBYTE: i32 = 9;
pub const T_USHORT: i32 = 10;
pub const T_UINT: i32 = 11;
pub const T_STRING_INPLACE: i32 = 13;
pub const T_BOOL: i32 = 14;
pub const T_OBJECT_EX: i32 = 16;
pub const T_LONGLONG: i32 = 17;
pub const T_PYSSIZET: i32 = 19;
pub const T_NONE: i32 = 20;
pub const READONLY: i32 = 1;

unsafe extern "C" fn member_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(o);
    }
    if check_self(o as *mut PyDescrObject, obj).is_err() {
        return null_mut();
    }
    let d = o as *mut PyMemberDescrObject;
    let m = (*d).d_member;
    let p = (obj as *mut u8).add((*m).offset as usize);
    match (*m).type_code {
        T_OBJECT | T_OBJECT_EX => {
            let v = *(p as *mut Obj);
            if v.is_null() {
                if (*m).type_code == T_OBJECT {
                    return crate::objects::none::none();
                }
                // CPython names the type by its tp_name here (dotted for C types).
                crate::errors::raise(
                    crate::objects::exceptions::attribute_error(),
                    &format!(
                        "'{}' object has no attribute '{}'",
                        CStr::from_ptr((*type_of(obj)).tp_name).to_string_lossy(),
                        pystr::as_str((*d).d_common.d_name)
                    ),
                );
                return null_mut();
            }
            new_ref(v)
        }
        T_SHORT => crate::objects::int::from_i64(*(p as *mut i16) as i64),
        T_INT => crate::objects::int::from_i64(*(p as *mut i32) as i64),
        T_UINT => crate::objects::int::from_i64(*(p as *mut u32) as i64),
        T_USHORT => crate::objects::int::from_i64(*(p as *mut u16) as i64),
        T_BYTE => crate::objects::int::from_i64(*(p as *mut i8) as i64),
        T_UBYTE => crate::objects::int::from_i64(*p as i64),
        T_LONG | T_LONGLONG | T_PYSSIZET => crate::objects::int::from_i64(*(p as *mut i64)),
        T_FLOAT => crate::objects::float::from_f64(*(p as *mut f32) as f64),
        T_DOUBLE => crate::objects::float::from_f64(*(p as *mut f64)),
        T_BOOL => crate::objects::bool::from_bool(*p != 0).into_raw(),
        T_STRING => {
            let s = *(p as *mut *const c_char);
            if s.is_null() {
                return crate::objects::none::none();
            }
            pystr::from_str(&CStr::from_ptr(s).to_string_lossy())
        }
        T_STRING_INPLACE => pystr::from_str(&CStr::from_ptr(p as *const c_char).to_string_lossy()),
        T_NONE => crate::objects::none::none(),
        other => {
            crate::errors::raise(
                crate::objects::exceptions::system_error(),
                &format!("member type code {} is not supported by Molt yet", other),
            );
            null_mut()
        }
    }
}

/// An integer member's new value, as CPython's `PyMember_SetOne`: `__index__` for the
/// C int types (`'T' object cannot be interpreted as an integer`).
unsafe fn member_int(v: Obj) -> PyResult<i64> {
    let i = crate::abstract_::number_index(v)?;
    crate::objects::int::as_i64(i.as_ptr()).ok_or_else(|| {
        crate::errors::raise(
            crate::objects::exceptions::overflow_error(),
            "Python int too large to convert to C long",
        )
    })
}

unsafe extern "C" fn member_set(o: Obj, obj: Obj, v: Obj) -> i32 {
    let d = o as *mut PyMemberDescrObject;
    let m = (*d).d_member;
    if check_self(o as *mut PyDescrObject, obj).is_err() {
        return -1;
    }
    let code = (*m).type_code;
    if (*m).flags & READONLY != 0 {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            "readonly attribute",
        );
        return -1;
    }
    let p = (obj as *mut u8).add((*m).offset as usize);
    if v.is_null() {
        if code == T_OBJECT_EX {
            if (*(p as *mut Obj)).is_null() {
                crate::errors::raise(
                    crate::objects::exceptions::attribute_error(),
                    &CStr::from_ptr((*m).name).to_string_lossy(),
                );
                return -1;
            }
        } else if code != T_OBJECT {
            crate::errors::raise(
                crate::objects::exceptions::type_error(),
                "can't delete numeric/char attribute",
            );
            return -1;
        }
    }
    let r: PyResult<()> = (|| {
        match code {
            T_OBJECT | T_OBJECT_EX => {
                let old = *(p as *mut Obj);
                *(p as *mut Obj) = if v.is_null() { null_mut() } else { new_ref(v) };
                xdecref(old);
            }
            T_STRING | T_STRING_INPLACE => {
                return Err(crate::errors::type_error("readonly attribute"));
            }
            T_BOOL => {
                if type_of(v) != &raw mut crate::objects::bool::PyBool_Type {
                    return Err(crate::errors::type_error(
                        "attribute value type must be bool",
                    ));
                }
                *p = (v == crate::objects::bool::from_bool(true).as_ptr()) as u8;
            }
            T_SHORT => *(p as *mut i16) = member_int(v)? as i16,
            T_INT => *(p as *mut i32) = member_int(v)? as i32,
            T_UINT => *(p as *mut u32) = member_int(v)? as u32,
            T_USHORT => *(p as *mut u16) = member_int(v)? as u16,
            T_BYTE => *(p as *mut i8) = member_int(v)? as i8,
            T_UBYTE => *p = member_int(v)? as u8,
            T_LONG | T_LONGLONG => *(p as *mut i64) = member_int(v)?,
            T_PYSSIZET => {
                // PyLong_AsSsize_t: ints only, no __index__.
                if !crate::objects::int::is_int(v) {
                    return Err(crate::errors::type_error("an integer is required"));
                }
                *(p as *mut i64) = member_int(v)?;
            }
            T_FLOAT | T_DOUBLE => {
                let f = if crate::objects::float::is_float(v) {
                    crate::objects::float::value(v)
                } else if crate::objects::int::is_int(v) {
                    crate::abstract_::as_f64(v)?
                } else {
                    let nb = (*type_of(v)).tp_as_number;
                    if nb.is_null() || ((*nb).nb_float.is_none() && (*nb).nb_index.is_none()) {
                        return Err(crate::errors::type_error(&format!(
                            "must be real number, not {}",
                            obj_type_name(v)
                        )));
                    }
                    crate::abstract_::as_f64(v)?
                };
                if code == T_FLOAT {
                    *(p as *mut f32) = f as f32;
                } else {
                    *(p as *mut f64) = f;
                }
            }
            other => {
                return Err(crate::errors::raise(
                    crate::objects::exceptions::system_error(),
                    &format!("member type code {} is not supported by Molt yet", other),
                ))
            }
        }
        Ok(())
    })();
    if r.is_err() {
        // As CPython's PyMember_SetOne, these codes store the converter's -1 before
        // reporting its error.
        match code {
            T_LONG | T_LONGLONG | T_PYSSIZET => *(p as *mut i64) = -1,
            T_DOUBLE => *(p as *mut f64) = -1.0,
            T_FLOAT => *(p as *mut f32) = -1.0,
            _ => {}
        }
    }
    crate::errors::into_status(r)
}

/// A `method_descriptor` (or, with `class_method`, a `classmethod_descriptor`) for `m`,
/// whatever its METH_CLASS / METH_STATIC flags (CPython's `PyDescr_NewMethod` /
/// `PyDescr_NewClassMethod`). New reference.
///
/// # Safety
/// `m` outlives the descriptor.
pub unsafe fn new_method_descr_plain(
    owner: *mut PyTypeObject,
    m: *mut PyMethodDef,
    class_method: bool,
) -> Ref {
    let tp = if class_method {
        &raw mut PyClassMethodDescr_Type
    } else {
        &raw mut PyMethodDescr_Type
    };
    let o = new_descr(
        tp,
        std::mem::size_of::<PyMethodDescrObject>(),
        owner,
        (*m).ml_name,
    );
    (*(o as *mut PyMethodDescrObject)).d_method = m;
    Ref::steal(o)
}

/// A `member_descriptor` for one `PyMemberDef` of `owner`. New reference.
///
/// # Safety
/// `m` outlives the descriptor.
pub unsafe fn new_member_descr(owner: *mut PyTypeObject, m: *mut PyMemberDef) -> Ref {
    let o = new_descr(
        &raw mut PyMemberDescr_Type,
        std::mem::size_of::<PyMemberDescrObject>(),
        owner,
        (*m).name,
    );
    (*(o as *mut PyMemberDescrObject)).d_member = m;
    Ref::steal(o)
}
