//! `object.h` / `typeslots.h`: extension types written in C. Static types are readied with
//! `PyType_Ready` (the runtime's `type_ready` plus what the C-API adds: immortality,
//! `__doc__`, default `tp_alloc` / `tp_free`, and wrapper descriptors for the C slots so
//! that Python code reaches `nb_add`, `mp_subscript`, ... as `__add__`, `__getitem__`);
//! heap types are built from a `PyType_Spec` (`PyType_FromSpec` and friends), laid out as
//! CPython's `PyHeapTypeObject` with the method suites embedded.

use crate::{cstr, guard, guard_status};
use molt_runtime::errors::{raise, PyResult};
use molt_runtime::object::*;
use molt_runtime::objects::{dict, exceptions, module, none, str as pystr, tuple};
use molt_runtime::typeobject::*;
use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void};
use std::ptr::null_mut;

/// CPython's `PyType_Slot`.
#[repr(C)]
pub struct PyType_Slot {
    pub slot: c_int,
    pub pfunc: *mut c_void,
}

/// CPython's `PyType_Spec`.
#[repr(C)]
pub struct PyType_Spec {
    pub name: *const c_char,
    pub basicsize: c_int,
    pub itemsize: c_int,
    pub flags: c_uint,
    pub slots: *mut PyType_Slot,
}

/// What the C-API adds to the runtime's readying of a type written in C.
unsafe fn ready_c_type(tp: *mut PyTypeObject) -> PyResult<()> {
    if (*tp).tp_flags & TPFLAGS_READY != 0 {
        return Ok(());
    }
    let heap = is_heap_type(tp);
    if (*tp).tp_hash.is_none() && (*tp).tp_richcompare.is_some() {
        // As CPython's inherit_slots: tp_hash is not inherited by a type that defines
        // tp_richcompare, so the type is unhashable (`__hash__ = None`).
        (*tp).tp_hash = Some(molt_runtime::objects::object::unhashable);
    }
    if (*tp).tp_hash.map(|f| f as usize) == Some(PyObject_HashNotImplemented as *const () as usize)
    {
        // The runtime recognises its own function when publishing `__hash__ = None`.
        (*tp).tp_hash = Some(molt_runtime::objects::object::unhashable);
    }
    // TODO(capi): a static base written in C that the extension did not ready itself is
    // readied by the runtime without the C-API defaults (tp_free, __doc__).
    mark_c_type(tp);
    if !heap {
        // PyObject_HEAD_INIT gives a count of 1; static types are immortal in 3.12.
        (*tp).ob_base.ob_base.ob_refcnt = IMMORTAL_REFCNT;
    }
    if (*tp).tp_free.is_none() {
        // Instances allocated by PyType_GenericAlloc come from the C allocator; the
        // default tp_free releases exactly that memory (as CPython's PyObject_Free /
        // PyObject_GC_Del), without touching the type's reference count.
        (*tp).tp_free = Some(crate::objimpl::PyObject_Free);
    }
    if (*tp).tp_alloc.is_none() {
        (*tp).tp_alloc = Some(PyType_GenericAlloc);
    }
    // As CPython's type_ready_set_new: a static type without tp_new whose base is
    // object cannot be instantiated from Python.
    let object_type = &raw mut molt_runtime::objects::object::PyBaseObject_Type;
    if !heap
        && (*tp).tp_new.is_none()
        && ((*tp).tp_base.is_null() || (*tp).tp_base == object_type)
        && tp != object_type
    {
        (*tp).tp_flags |= TPFLAGS_DISALLOW_INSTANTIATION;
    }
    type_ready(tp)?;
    if (*tp).tp_flags & TPFLAGS_DISALLOW_INSTANTIATION != 0 {
        (*tp).tp_new = None;
    }
    if heap {
        // The runtime publishes C slots as dunders only for static types; types from a
        // spec are written in C as well.
        molt_runtime::slots::add_operators(tp)?;
    }
    if dict::get_str((*tp).tp_dict, "__doc__").is_none() {
        let doc = if (*tp).tp_doc.is_null() {
            Ref::borrowed(none::none())
        } else {
            pystr::from_string(cstr((*tp).tp_doc).into_owned())
        };
        dict::set_str((*tp).tp_dict, "__doc__", doc.as_ptr())?;
    }
    if heap && dict::get_str((*tp).tp_dict, "__module__").is_none() {
        let full = cstr((*tp).tp_name).into_owned();
        if let Some(i) = full.rfind('.') {
            let m = pystr::from_string(full[..i].to_string());
            dict::set_str((*tp).tp_dict, "__module__", m.as_ptr())?;
        }
    }
    Ok(())
}

/// Finalises a type (static types written in C): sets `ob_type`, `tp_base` (default
/// `object`), `tp_bases`, `tp_mro`, fills `tp_dict` from `tp_methods` (METH_CLASS and
/// METH_STATIC included), `tp_members` and `tp_getset`, adds a dunder wrapper for each C
/// slot the type defines (`__repr__`, `__add__`, `__getitem__`, `__init__`, `__new__`,
/// ...), `__doc__` from `tp_doc`, and inherits the slots CPython inherits. `__module__`
/// and `__name__` come from a dotted `tp_name`. Idempotent. Returns 0, or -1 with an
/// exception set.
#[no_mangle]
pub unsafe extern "C" fn PyType_Ready(tp: *mut PyTypeObject) -> c_int {
    guard_status(|| ready_c_type(tp))
}

/// `PyType_GenericAlloc`: a zeroed instance of `tp` with room for `nitems` items, its
/// count 1, its type set (and, for heap types, a new reference to the type held by the
/// instance), `ob_size` set for variable-size types. Return value: new reference, or
/// NULL.
#[no_mangle]
pub unsafe extern "C" fn PyType_GenericAlloc(tp: *mut PyTypeObject, nitems: isize) -> Obj {
    // SAFETY: the runtime's allocator has exactly this contract; `tp` is a readied type.
    unsafe { generic_alloc(tp, nitems) }
}

/// `PyType_GenericNew`: `type->tp_alloc(type, 0)`, ignoring the arguments. Return
/// value: new reference, or NULL.
#[no_mangle]
pub unsafe extern "C" fn PyType_GenericNew(tp: *mut PyTypeObject, _args: Obj, _kwds: Obj) -> Obj {
    let alloc = (*tp).tp_alloc.unwrap_or(PyType_GenericAlloc);
    alloc(tp, 0)
}

/// The type's `tp_flags`.
#[no_mangle]
pub unsafe extern "C" fn PyType_GetFlags(tp: *mut PyTypeObject) -> c_ulong {
    (*tp).tp_flags
}

/// Clears the (absent) method cache; Molt has none. Returns 0 as CPython does when
/// there is nothing to clear.
#[no_mangle]
pub unsafe extern "C" fn PyType_ClearCache() -> c_uint {
    molt_runtime::typeobject::type_cache_invalidate();
    0
}

/// Tells the runtime that the type's dict or bases changed: recomputes the slots of
/// heap types from their dunders.
#[no_mangle]
pub unsafe extern "C" fn PyType_Modified(tp: *mut PyTypeObject) {
    molt_runtime::typeobject::type_cache_invalidate();
    if is_heap_type(tp) && (*tp).tp_flags & TPFLAGS_READY != 0 {
        // SAFETY: `tp` is a readied heap type.
        unsafe { molt_runtime::slots::update_slots(tp) }
    }
}

/// The module a heap type was created with (`PyType_FromModuleAndSpec`). Return value:
/// borrowed reference, or NULL with TypeError set (static type, or no module).
#[no_mangle]
pub unsafe extern "C" fn PyType_GetModule(tp: *mut PyTypeObject) -> Obj {
    if !is_heap_type(tp) {
        raise(
            exceptions::type_error(),
            &format!(
                "PyType_GetModule: Type '{}' is not a heap type",
                cstr((*tp).tp_name)
            ),
        );
        return null_mut();
    }
    let m = (*(tp as *mut PyHeapTypeObject)).ht_module;
    if m.is_null() {
        raise(
            exceptions::type_error(),
            &format!(
                "PyType_GetModule: Type '{}' has no associated module",
                cstr((*tp).tp_name)
            ),
        );
        return null_mut();
    }
    m
}

/// The state of the module returned by `PyType_GetModule`, or NULL (with TypeError
/// set if the type has no module; without an exception if the module has no state).
#[no_mangle]
pub unsafe extern "C" fn PyType_GetModuleState(tp: *mut PyTypeObject) -> *mut c_void {
    let m = PyType_GetModule(tp);
    if m.is_null() {
        return null_mut();
    }
    (*(m as *mut module::PyModuleObject)).md_state
}

/// The type's `__name__`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyType_GetName(tp: *mut PyTypeObject) -> Obj {
    guard(|| Ok(pystr::from_string(type_name(tp))))
}

/// The type's `__qualname__`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyType_GetQualName(tp: *mut PyTypeObject) -> Obj {
    guard(|| Ok(pystr::from_string(type_qualname(tp))))
}

/// Adds a type to a module under the last component of its `tp_name`, readying it
/// first. Does not steal a reference. Returns 0, or -1 with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyModule_AddType(m: Obj, tp: *mut PyTypeObject) -> c_int {
    if PyType_Ready(tp) < 0 {
        return -1;
    }
    let full = cstr((*tp).tp_name).into_owned();
    let short = match full.rfind('.') {
        Some(i) => &full[i + 1..],
        None => &full[..],
    };
    guard_status(|| dict::set_str(module::dict_of(m), short, tp as Obj))
}

/// The address of the field that slot id `slot` (typeslots.h) names in `tp`, with the
/// kind of pointer it holds; `None` for an unknown id.
unsafe fn slot_field(tp: *mut PyTypeObject, slot: c_int) -> Option<*mut *mut c_void> {
    macro_rules! f {
        ($e:expr) => {
            Some((&raw mut $e) as *mut *mut c_void)
        };
    }
    let nb = (*tp).tp_as_number;
    let sq = (*tp).tp_as_sequence;
    let mp = (*tp).tp_as_mapping;
    let am = (*tp).tp_as_async;
    let bf = (*tp).tp_as_buffer;
    let sub_null = |p: *mut u8| p.is_null();
    match slot {
        1 | 2 if sub_null(bf as *mut u8) => None,
        1 => f!((*bf).bf_getbuffer),
        2 => f!((*bf).bf_releasebuffer),
        3..=5 if sub_null(mp as *mut u8) => None,
        3 => f!((*mp).mp_ass_subscript),
        4 => f!((*mp).mp_length),
        5 => f!((*mp).mp_subscript),
        6..=38 | 75 | 76 if sub_null(nb as *mut u8) => None,
        6 => f!((*nb).nb_absolute),
        7 => f!((*nb).nb_add),
        8 => f!((*nb).nb_and),
        9 => f!((*nb).nb_bool),
        10 => f!((*nb).nb_divmod),
        11 => f!((*nb).nb_float),
        12 => f!((*nb).nb_floor_divide),
        13 => f!((*nb).nb_index),
        14 => f!((*nb).nb_inplace_add),
        15 => f!((*nb).nb_inplace_and),
        16 => f!((*nb).nb_inplace_floor_divide),
        17 => f!((*nb).nb_inplace_lshift),
        18 => f!((*nb).nb_inplace_multiply),
        19 => f!((*nb).nb_inplace_or),
        20 => f!((*nb).nb_inplace_power),
        21 => f!((*nb).nb_inplace_remainder),
        22 => f!((*nb).nb_inplace_rshift),
        23 => f!((*nb).nb_inplace_subtract),
        24 => f!((*nb).nb_inplace_true_divide),
        25 => f!((*nb).nb_inplace_xor),
        26 => f!((*nb).nb_int),
        27 => f!((*nb).nb_invert),
        28 => f!((*nb).nb_lshift),
        29 => f!((*nb).nb_multiply),
        30 => f!((*nb).nb_negative),
        31 => f!((*nb).nb_or),
        32 => f!((*nb).nb_positive),
        33 => f!((*nb).nb_power),
        34 => f!((*nb).nb_remainder),
        35 => f!((*nb).nb_rshift),
        36 => f!((*nb).nb_subtract),
        37 => f!((*nb).nb_true_divide),
        38 => f!((*nb).nb_xor),
        75 => f!((*nb).nb_matrix_multiply),
        76 => f!((*nb).nb_inplace_matrix_multiply),
        39..=46 if sub_null(sq as *mut u8) => None,
        39 => f!((*sq).sq_ass_item),
        40 => f!((*sq).sq_concat),
        41 => f!((*sq).sq_contains),
        42 => f!((*sq).sq_inplace_concat),
        43 => f!((*sq).sq_inplace_repeat),
        44 => f!((*sq).sq_item),
        45 => f!((*sq).sq_length),
        46 => f!((*sq).sq_repeat),
        47 => f!((*tp).tp_alloc),
        48 => f!((*tp).tp_base),
        49 => f!((*tp).tp_bases),
        50 => f!((*tp).tp_call),
        51 => f!((*tp).tp_clear),
        52 => f!((*tp).tp_dealloc),
        53 => f!((*tp).tp_del),
        54 => f!((*tp).tp_descr_get),
        55 => f!((*tp).tp_descr_set),
        56 => f!((*tp).tp_doc),
        57 => f!((*tp).tp_getattr),
        58 => f!((*tp).tp_getattro),
        59 => f!((*tp).tp_hash),
        60 => f!((*tp).tp_init),
        61 => f!((*tp).tp_is_gc),
        62 => f!((*tp).tp_iter),
        63 => f!((*tp).tp_iternext),
        64 => f!((*tp).tp_methods),
        65 => f!((*tp).tp_new),
        66 => f!((*tp).tp_repr),
        67 => f!((*tp).tp_richcompare),
        68 => f!((*tp).tp_setattr),
        69 => f!((*tp).tp_setattro),
        70 => f!((*tp).tp_str),
        71 => f!((*tp).tp_traverse),
        72 => f!((*tp).tp_members),
        73 => f!((*tp).tp_getset),
        74 => f!((*tp).tp_free),
        77..=79 | 81 if sub_null(am as *mut u8) => None,
        77 => f!((*am).am_await),
        78 => f!((*am).am_aiter),
        79 => f!((*am).am_anext),
        81 => f!((*am).am_send),
        80 => f!((*tp).tp_finalize),
        _ => None,
    }
}

/// The function (or data) stored in slot `slot` (a `Py_tp_*` / `Py_nb_*` / ... id) of
/// `tp`, or NULL if the type does not fill it. An invalid id raises SystemError and
/// returns NULL. Works for static and heap types (as CPython 3.12).
#[no_mangle]
pub unsafe extern "C" fn PyType_GetSlot(tp: *mut PyTypeObject, slot: c_int) -> *mut c_void {
    if !(1..=81).contains(&slot) {
        crate::support::bad_internal_call();
        return null_mut();
    }
    match slot_field(tp, slot) {
        Some(p) => *p,
        None => null_mut(),
    }
}

/// A heap type built from `spec`, with metaclass `meta` (NULL: the metaclass of the
/// base, normally `type`), bases `bases` (NULL, a type or a tuple of types; otherwise
/// `Py_tp_bases` / `Py_tp_base` from the spec, else `object`) and associated module
/// `module` (NULL allowed). Return value: new reference, or NULL with an exception set.
#[no_mangle]
pub unsafe extern "C" fn PyType_FromMetaclass(
    meta: *mut PyTypeObject,
    module: Obj,
    spec: *mut PyType_Spec,
    bases: Obj,
) -> Obj {
    guard(|| from_spec(meta, module, spec, bases))
}

/// `PyType_FromMetaclass(NULL, module, spec, bases)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyType_FromModuleAndSpec(
    module: Obj,
    spec: *mut PyType_Spec,
    bases: Obj,
) -> Obj {
    guard(|| from_spec(null_mut(), module, spec, bases))
}

/// `PyType_FromMetaclass(NULL, NULL, spec, bases)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyType_FromSpecWithBases(spec: *mut PyType_Spec, bases: Obj) -> Obj {
    guard(|| from_spec(null_mut(), null_mut(), spec, bases))
}

/// `PyType_FromMetaclass(NULL, NULL, spec, NULL)`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyType_FromSpec(spec: *mut PyType_Spec) -> Obj {
    guard(|| from_spec(null_mut(), null_mut(), spec, null_mut()))
}

unsafe fn from_spec(
    meta: *mut PyTypeObject,
    module: Obj,
    spec: *mut PyType_Spec,
    bases: Obj,
) -> PyResult<Ref> {
    // The bases: the argument, else Py_tp_bases, else Py_tp_base, else object.
    let mut bases = bases;
    let mut slot_base: Obj = null_mut();
    let mut s = (*spec).slots;
    while (*s).slot != 0 {
        match (*s).slot {
            49 if bases.is_null() => bases = (*s).pfunc as Obj,
            48 => slot_base = (*s).pfunc as Obj,
            _ => {}
        }
        s = s.add(1);
    }
    if bases.is_null() {
        bases = slot_base;
    }
    let bases: Ref = if bases.is_null() {
        Ref::steal(tuple::pack(&[
            &raw mut molt_runtime::objects::object::PyBaseObject_Type as Obj,
        ]))
    } else if tuple::is_tuple(bases) {
        Ref::borrowed(bases)
    } else {
        Ref::steal(tuple::pack(&[bases]))
    };
    if tuple::len(bases.as_ptr()) == 0 {
        return Err(crate::support::bad_internal_call());
    }
    let base = tuple::item(bases.as_ptr(), 0) as *mut PyTypeObject;
    for &b in tuple::items(bases.as_ptr()) {
        let bt = b as *mut PyTypeObject;
        ready_c_type(bt)?;
        if (*bt).tp_flags & TPFLAGS_BASETYPE == 0 {
            return Err(molt_runtime::errors::type_error(&format!(
                "type '{}' is not an acceptable base type",
                cstr((*bt).tp_name)
            )));
        }
    }
    let meta = if meta.is_null() {
        type_of(base as Obj)
    } else {
        meta
    };
    let size = ((*meta).tp_basicsize as usize).max(std::mem::size_of::<PyHeapTypeObject>());
    let o = alloc_object(meta, size);
    let t = Ref::steal(o);
    let tp = o as *mut PyTypeObject;
    let ht = o as *mut PyHeapTypeObject;
    // Names: tp_name is the full dotted spec name; __name__ the part after the last dot.
    let full = cstr((*spec).name).into_owned();
    let bytes = std::ffi::CString::new(full.clone()).unwrap_or_default();
    let bytes = bytes.as_bytes_with_nul();
    let p = mem_alloc(bytes.len());
    std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
    (*ht)._ht_tpname = p as *mut c_char;
    (*tp).tp_name = (*ht)._ht_tpname;
    let short = match full.rfind('.') {
        Some(i) => full[i + 1..].to_string(),
        None => full.clone(),
    };
    (*ht).ht_name = pystr::from_string(short.clone()).into_raw();
    (*ht).ht_qualname = pystr::from_string(short).into_raw();
    (*ht).ht_module = if module.is_null() {
        null_mut()
    } else {
        new_ref(module)
    };
    (*tp).tp_flags = (*spec).flags as c_ulong | TPFLAGS_HEAPTYPE;
    (*tp).tp_as_async = &raw mut (*ht).as_async;
    (*tp).tp_as_number = &raw mut (*ht).as_number;
    (*tp).tp_as_mapping = &raw mut (*ht).as_mapping;
    (*tp).tp_as_sequence = &raw mut (*ht).as_sequence;
    (*tp).tp_as_buffer = &raw mut (*ht).as_buffer;
    (*tp).tp_base = new_ref(base as Obj) as *mut PyTypeObject;
    (*tp).tp_bases = bases.into_raw();
    (*tp).tp_basicsize = if (*spec).basicsize > 0 {
        (*spec).basicsize as isize
    } else {
        (*base).tp_basicsize
    };
    (*tp).tp_itemsize = if (*spec).itemsize > 0 {
        (*spec).itemsize as isize
    } else {
        (*base).tp_itemsize
    };
    let mut s = (*spec).slots;
    while (*s).slot != 0 {
        let id = (*s).slot;
        match id {
            48 | 49 => {}
            56 => {
                // Py_tp_doc: CPython copies the string.
                if !(*s).pfunc.is_null() {
                    let d =
                        std::ffi::CStr::from_ptr((*s).pfunc as *const c_char).to_bytes_with_nul();
                    let p = mem_alloc(d.len());
                    std::ptr::copy_nonoverlapping(d.as_ptr(), p, d.len());
                    (*tp).tp_doc = p as *const c_char;
                }
            }
            _ => match slot_field(tp, id) {
                Some(f) => *f = (*s).pfunc,
                None => {
                    return Err(raise(
                        exceptions::runtime_error(),
                        &format!("invalid slot offset {}", id),
                    ))
                }
            },
        }
        s = s.add(1);
    }
    // Special members of a spec: __dictoffset__, __weaklistoffset__, __vectorcalloffset__.
    let mut m = (*tp).tp_members;
    if !m.is_null() {
        while !(*m).name.is_null() {
            match std::ffi::CStr::from_ptr((*m).name).to_bytes() {
                b"__dictoffset__" => (*tp).tp_dictoffset = (*m).offset,
                b"__weaklistoffset__" => (*tp).tp_weaklistoffset = (*m).offset,
                b"__vectorcalloffset__" => (*tp).tp_vectorcall_offset = (*m).offset,
                _ => {}
            }
            m = m.add(1);
        }
    }
    if (*tp).tp_dealloc.is_none() {
        (*tp).tp_dealloc = Some(molt_runtime::classes::subtype_dealloc);
    }
    ready_c_type(tp)?;
    Ok(t)
}

/// The type's dict (`tp_dict`). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyType_GetDict(tp: *mut PyTypeObject) -> Obj {
    guard(|| {
        if (*tp).tp_dict.is_null() {
            type_ready(tp)?;
        }
        Ok(Ref::borrowed((*tp).tp_dict))
    })
}

/// The generic attribute lookup (`object.__getattribute__`): data descriptors of the
/// type, the instance dict, then other class attributes; the usual `tp_getattro` of
/// types written in C. Return value: new reference, or NULL with AttributeError.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GenericGetAttr(o: Obj, name: Obj) -> Obj {
    guard(|| {
        if !pystr::is_str(name) {
            return Err(molt_runtime::errors::type_error(&format!(
                "attribute name must be string, not '{}'",
                obj_type_name(name)
            )));
        }
        generic_getattr(o, name)
    })
}

/// The generic attribute assignment (`object.__setattr__`; `v` NULL deletes). Returns 0,
/// or -1 with an exception.
#[no_mangle]
pub unsafe extern "C" fn PyObject_GenericSetAttr(o: Obj, name: Obj, v: Obj) -> c_int {
    guard_status(|| {
        if !pystr::is_str(name) {
            return Err(molt_runtime::errors::type_error(&format!(
                "attribute name must be string, not '{}'",
                obj_type_name(name)
            )));
        }
        generic_setattr(o, name, v)
    })
}

/// `tp_hash` of unhashable types: raises TypeError `unhashable type: 'T'` and returns
/// -1. `PyType_Ready` also sets `__hash__ = None` for a type whose `tp_hash` is this
/// function.
#[no_mangle]
pub unsafe extern "C" fn PyObject_HashNotImplemented(o: Obj) -> isize {
    // SAFETY: raising only touches the thread state.
    unsafe { molt_runtime::objects::object::unhashable(o) }
}

/// The module whose definition is `def`, found along the MRO of `tp` among heap types
/// created with `PyType_FromModuleAndSpec`. Return value: borrowed reference, or NULL
/// with TypeError (`PyType_GetModuleByDef: No superclass of 'T' has the given module`).
#[no_mangle]
pub unsafe extern "C" fn PyType_GetModuleByDef(tp: *mut PyTypeObject, def: *mut c_void) -> Obj {
    let mro = (*tp).tp_mro;
    if !mro.is_null() {
        for &t in tuple::items(mro) {
            let t = t as *mut PyTypeObject;
            if !is_heap_type(t) {
                continue;
            }
            let m = (*(t as *mut PyHeapTypeObject)).ht_module;
            if !m.is_null()
                && module::is_module(m)
                && (*(m as *mut module::PyModuleObject)).md_def == def
            {
                return m;
            }
        }
    }
    raise(
        exceptions::type_error(),
        &format!(
            "PyType_GetModuleByDef: No superclass of '{}' has the given module",
            cstr((*tp).tp_name)
        ),
    );
    null_mut()
}
