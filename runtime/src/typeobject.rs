//! `PyTypeObject` with CPython 3.12's exact layout, the slot tables, and the machinery that
//! every type shares: readying static types, the MRO, attribute lookup through the MRO, and
//! the `type` and `object` types themselves.
//!
//! Operations dispatch through slots (`tp_repr`, `tp_as_number->nb_add`, ...) exactly as in
//! CPython, so a C extension's static type and a Molt builtin type go through one path.
//! User classes get generic slot functions (see `slots.rs`) that call their dunder methods.

use crate::errors::{raise, PyResult, Raised};
use crate::object::*;
use crate::objects::{dict, str as pystr, tuple};
use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void, CStr};
use std::ptr::null_mut;

pub type UnaryFunc = Option<unsafe extern "C" fn(Obj) -> Obj>;
pub type BinaryFunc = Option<unsafe extern "C" fn(Obj, Obj) -> Obj>;
pub type TernaryFunc = Option<unsafe extern "C" fn(Obj, Obj, Obj) -> Obj>;
pub type Inquiry = Option<unsafe extern "C" fn(Obj) -> c_int>;
pub type LenFunc = Option<unsafe extern "C" fn(Obj) -> isize>;
pub type SsizeArgFunc = Option<unsafe extern "C" fn(Obj, isize) -> Obj>;
pub type SsizeObjArgProc = Option<unsafe extern "C" fn(Obj, isize, Obj) -> c_int>;
pub type ObjObjProc = Option<unsafe extern "C" fn(Obj, Obj) -> c_int>;
pub type ObjObjArgProc = Option<unsafe extern "C" fn(Obj, Obj, Obj) -> c_int>;
pub type Destructor = Option<unsafe extern "C" fn(Obj)>;
pub type GetAttrFunc = Option<unsafe extern "C" fn(Obj, *mut c_char) -> Obj>;
pub type SetAttrFunc = Option<unsafe extern "C" fn(Obj, *mut c_char, Obj) -> c_int>;
pub type HashFunc = Option<unsafe extern "C" fn(Obj) -> isize>;
pub type RichCmpFunc = Option<unsafe extern "C" fn(Obj, Obj, c_int) -> Obj>;
pub type InitProc = Option<unsafe extern "C" fn(Obj, Obj, Obj) -> c_int>;
pub type AllocFunc = Option<unsafe extern "C" fn(*mut PyTypeObject, isize) -> Obj>;
pub type NewFunc = Option<unsafe extern "C" fn(*mut PyTypeObject, Obj, Obj) -> Obj>;
pub type FreeFunc = Option<unsafe extern "C" fn(*mut c_void)>;
pub type VisitProc = Option<unsafe extern "C" fn(Obj, *mut c_void) -> c_int>;
pub type TraverseProc = Option<unsafe extern "C" fn(Obj, VisitProc, *mut c_void) -> c_int>;
pub type VectorcallFunc = Option<unsafe extern "C" fn(Obj, *const Obj, usize, Obj) -> Obj>;
pub type SendFunc = Option<unsafe extern "C" fn(Obj, Obj, *mut Obj) -> c_int>;
pub type GetBufferProc = Option<unsafe extern "C" fn(Obj, *mut c_void, c_int) -> c_int>;
pub type ReleaseBufferProc = Option<unsafe extern "C" fn(Obj, *mut c_void)>;
pub type Getter = Option<unsafe extern "C" fn(Obj, *mut c_void) -> Obj>;
pub type Setter = Option<unsafe extern "C" fn(Obj, Obj, *mut c_void) -> c_int>;

/// CPython's `PyNumberMethods`, slot for slot.
#[repr(C)]
pub struct PyNumberMethods {
    pub nb_add: BinaryFunc,
    pub nb_subtract: BinaryFunc,
    pub nb_multiply: BinaryFunc,
    pub nb_remainder: BinaryFunc,
    pub nb_divmod: BinaryFunc,
    pub nb_power: TernaryFunc,
    pub nb_negative: UnaryFunc,
    pub nb_positive: UnaryFunc,
    pub nb_absolute: UnaryFunc,
    pub nb_bool: Inquiry,
    pub nb_invert: UnaryFunc,
    pub nb_lshift: BinaryFunc,
    pub nb_rshift: BinaryFunc,
    pub nb_and: BinaryFunc,
    pub nb_xor: BinaryFunc,
    pub nb_or: BinaryFunc,
    pub nb_int: UnaryFunc,
    pub nb_reserved: *mut c_void,
    pub nb_float: UnaryFunc,
    pub nb_inplace_add: BinaryFunc,
    pub nb_inplace_subtract: BinaryFunc,
    pub nb_inplace_multiply: BinaryFunc,
    pub nb_inplace_remainder: BinaryFunc,
    pub nb_inplace_power: TernaryFunc,
    pub nb_inplace_lshift: BinaryFunc,
    pub nb_inplace_rshift: BinaryFunc,
    pub nb_inplace_and: BinaryFunc,
    pub nb_inplace_xor: BinaryFunc,
    pub nb_inplace_or: BinaryFunc,
    pub nb_floor_divide: BinaryFunc,
    pub nb_true_divide: BinaryFunc,
    pub nb_inplace_floor_divide: BinaryFunc,
    pub nb_inplace_true_divide: BinaryFunc,
    pub nb_index: UnaryFunc,
    pub nb_matrix_multiply: BinaryFunc,
    pub nb_inplace_matrix_multiply: BinaryFunc,
}

/// CPython's `PySequenceMethods`.
#[repr(C)]
pub struct PySequenceMethods {
    pub sq_length: LenFunc,
    pub sq_concat: BinaryFunc,
    pub sq_repeat: SsizeArgFunc,
    pub sq_item: SsizeArgFunc,
    pub was_sq_slice: *mut c_void,
    pub sq_ass_item: SsizeObjArgProc,
    pub was_sq_ass_slice: *mut c_void,
    pub sq_contains: ObjObjProc,
    pub sq_inplace_concat: BinaryFunc,
    pub sq_inplace_repeat: SsizeArgFunc,
}

/// CPython's `PyMappingMethods`.
#[repr(C)]
pub struct PyMappingMethods {
    pub mp_length: LenFunc,
    pub mp_subscript: BinaryFunc,
    pub mp_ass_subscript: ObjObjArgProc,
}

/// CPython's `PyAsyncMethods`.
#[repr(C)]
pub struct PyAsyncMethods {
    pub am_await: UnaryFunc,
    pub am_aiter: UnaryFunc,
    pub am_anext: UnaryFunc,
    pub am_send: SendFunc,
}

/// CPython's `PyBufferProcs`.
#[repr(C)]
pub struct PyBufferProcs {
    pub bf_getbuffer: GetBufferProc,
    pub bf_releasebuffer: ReleaseBufferProc,
}

/// CPython's `PyMethodDef`. `ml_meth` is a function pointer whose signature depends on
/// `ml_flags` (see `objects/cfunction.rs`).
#[repr(C)]
pub struct PyMethodDef {
    pub ml_name: *const c_char,
    pub ml_meth: *const c_void,
    pub ml_flags: c_int,
    pub ml_doc: *const c_char,
}

/// CPython's `PyMemberDef`.
#[repr(C)]
pub struct PyMemberDef {
    pub name: *const c_char,
    pub type_code: c_int,
    pub offset: isize,
    pub flags: c_int,
    pub doc: *const c_char,
}

/// CPython's `PyGetSetDef`.
#[repr(C)]
pub struct PyGetSetDef {
    pub name: *const c_char,
    pub get: Getter,
    pub set: Setter,
    pub doc: *const c_char,
    pub closure: *mut c_void,
}

/// CPython 3.12's `PyTypeObject`, field for field.
#[repr(C)]
pub struct PyTypeObject {
    pub ob_base: PyVarObject,
    pub tp_name: *const c_char,
    pub tp_basicsize: isize,
    pub tp_itemsize: isize,
    pub tp_dealloc: Destructor,
    pub tp_vectorcall_offset: isize,
    pub tp_getattr: GetAttrFunc,
    pub tp_setattr: SetAttrFunc,
    pub tp_as_async: *mut PyAsyncMethods,
    pub tp_repr: UnaryFunc,
    pub tp_as_number: *mut PyNumberMethods,
    pub tp_as_sequence: *mut PySequenceMethods,
    pub tp_as_mapping: *mut PyMappingMethods,
    pub tp_hash: HashFunc,
    pub tp_call: TernaryFunc,
    pub tp_str: UnaryFunc,
    pub tp_getattro: BinaryFunc,
    pub tp_setattro: ObjObjArgProc,
    pub tp_as_buffer: *mut PyBufferProcs,
    pub tp_flags: c_ulong,
    pub tp_doc: *const c_char,
    pub tp_traverse: TraverseProc,
    pub tp_clear: Inquiry,
    pub tp_richcompare: RichCmpFunc,
    pub tp_weaklistoffset: isize,
    pub tp_iter: UnaryFunc,
    pub tp_iternext: UnaryFunc,
    pub tp_methods: *mut PyMethodDef,
    pub tp_members: *mut PyMemberDef,
    pub tp_getset: *mut PyGetSetDef,
    pub tp_base: *mut PyTypeObject,
    pub tp_dict: Obj,
    pub tp_descr_get: TernaryFunc,
    pub tp_descr_set: ObjObjArgProc,
    pub tp_dictoffset: isize,
    pub tp_init: InitProc,
    pub tp_alloc: AllocFunc,
    pub tp_new: NewFunc,
    pub tp_free: FreeFunc,
    pub tp_is_gc: Inquiry,
    pub tp_bases: Obj,
    pub tp_mro: Obj,
    pub tp_cache: Obj,
    pub tp_subclasses: *mut c_void,
    pub tp_weaklist: Obj,
    pub tp_del: Destructor,
    pub tp_version_tag: c_uint,
    pub tp_finalize: Destructor,
    pub tp_vectorcall: VectorcallFunc,
    pub tp_watched: u8,
}

/// CPython's `PyHeapTypeObject` (the layout of every class created at run time).
#[repr(C)]
pub struct PyHeapTypeObject {
    pub ht_type: PyTypeObject,
    pub as_async: PyAsyncMethods,
    pub as_number: PyNumberMethods,
    pub as_mapping: PyMappingMethods,
    pub as_sequence: PySequenceMethods,
    pub as_buffer: PyBufferProcs,
    pub ht_name: Obj,
    pub ht_slots: Obj,
    pub ht_qualname: Obj,
    pub ht_cached_keys: *mut c_void,
    pub ht_module: Obj,
    pub _ht_tpname: *mut c_char,
    pub _spec_cache_getitem: Obj,
    pub _spec_cache_getitem_version: u32,
}

pub const TPFLAGS_MANAGED_DICT: c_ulong = 1 << 4;
pub const TPFLAGS_SEQUENCE: c_ulong = 1 << 5;
pub const TPFLAGS_MAPPING: c_ulong = 1 << 6;
pub const TPFLAGS_DISALLOW_INSTANTIATION: c_ulong = 1 << 7;
pub const TPFLAGS_IMMUTABLETYPE: c_ulong = 1 << 8;
pub const TPFLAGS_HEAPTYPE: c_ulong = 1 << 9;
pub const TPFLAGS_BASETYPE: c_ulong = 1 << 10;
pub const TPFLAGS_HAVE_VECTORCALL: c_ulong = 1 << 11;
pub const TPFLAGS_READY: c_ulong = 1 << 12;
pub const TPFLAGS_READYING: c_ulong = 1 << 13;
pub const TPFLAGS_HAVE_GC: c_ulong = 1 << 14;
pub const TPFLAGS_METHOD_DESCRIPTOR: c_ulong = 1 << 17;
pub const TPFLAGS_HAVE_VERSION_TAG: c_ulong = 1 << 18;
pub const TPFLAGS_VALID_VERSION_TAG: c_ulong = 1 << 19;
pub const TPFLAGS_IS_ABSTRACT: c_ulong = 1 << 20;
pub const TPFLAGS_LONG_SUBCLASS: c_ulong = 1 << 24;
pub const TPFLAGS_LIST_SUBCLASS: c_ulong = 1 << 25;
pub const TPFLAGS_TUPLE_SUBCLASS: c_ulong = 1 << 26;
pub const TPFLAGS_BYTES_SUBCLASS: c_ulong = 1 << 27;
pub const TPFLAGS_UNICODE_SUBCLASS: c_ulong = 1 << 28;
pub const TPFLAGS_DICT_SUBCLASS: c_ulong = 1 << 29;
pub const TPFLAGS_BASE_EXC_SUBCLASS: c_ulong = 1 << 30;
pub const TPFLAGS_TYPE_SUBCLASS: c_ulong = 1 << 31;
/// CPython 3.12's `Py_TPFLAGS_DEFAULT` (no bits set).
pub const TPFLAGS_DEFAULT: c_ulong = 0;

pub const METH_VARARGS: c_int = 0x0001;
pub const METH_KEYWORDS: c_int = 0x0002;
pub const METH_NOARGS: c_int = 0x0004;
pub const METH_O: c_int = 0x0008;
pub const METH_CLASS: c_int = 0x0010;
pub const METH_STATIC: c_int = 0x0020;
pub const METH_COEXIST: c_int = 0x0040;
pub const METH_FASTCALL: c_int = 0x0080;
pub const METH_METHOD: c_int = 0x0200;

impl PyTypeObject {
    /// A static type with every slot empty; builtin types fill in what they implement
    /// with struct-update syntax.
    pub const fn new_static(
        name: &'static CStr,
        basicsize: usize,
        itemsize: usize,
    ) -> PyTypeObject {
        PyTypeObject {
            ob_base: PyVarObject {
                ob_base: PyObject {
                    ob_refcnt: IMMORTAL_REFCNT,
                    ob_type: &raw mut PyType_Type,
                },
                ob_size: 0,
            },
            tp_name: name.as_ptr(),
            tp_basicsize: basicsize as isize,
            tp_itemsize: itemsize as isize,
            tp_dealloc: None,
            tp_vectorcall_offset: 0,
            tp_getattr: None,
            tp_setattr: None,
            tp_as_async: null_mut(),
            tp_repr: None,
            tp_as_number: null_mut(),
            tp_as_sequence: null_mut(),
            tp_as_mapping: null_mut(),
            tp_hash: None,
            tp_call: None,
            tp_str: None,
            tp_getattro: None,
            tp_setattro: None,
            tp_as_buffer: null_mut(),
            tp_flags: TPFLAGS_DEFAULT,
            tp_doc: std::ptr::null(),
            tp_traverse: None,
            tp_clear: None,
            tp_richcompare: None,
            tp_weaklistoffset: 0,
            tp_iter: None,
            tp_iternext: None,
            tp_methods: null_mut(),
            tp_members: null_mut(),
            tp_getset: null_mut(),
            tp_base: null_mut(),
            tp_dict: null_mut(),
            tp_descr_get: None,
            tp_descr_set: None,
            tp_dictoffset: 0,
            tp_init: None,
            tp_alloc: None,
            tp_new: None,
            tp_free: None,
            tp_is_gc: None,
            tp_bases: null_mut(),
            tp_mro: null_mut(),
            tp_cache: null_mut(),
            tp_subclasses: null_mut(),
            tp_weaklist: null_mut(),
            tp_del: None,
            tp_version_tag: 0,
            tp_finalize: None,
            tp_vectorcall: None,
            tp_watched: 0,
        }
    }
}

impl PyNumberMethods {
    pub const EMPTY: PyNumberMethods = PyNumberMethods {
        nb_add: None,
        nb_subtract: None,
        nb_multiply: None,
        nb_remainder: None,
        nb_divmod: None,
        nb_power: None,
        nb_negative: None,
        nb_positive: None,
        nb_absolute: None,
        nb_bool: None,
        nb_invert: None,
        nb_lshift: None,
        nb_rshift: None,
        nb_and: None,
        nb_xor: None,
        nb_or: None,
        nb_int: None,
        nb_reserved: null_mut(),
        nb_float: None,
        nb_inplace_add: None,
        nb_inplace_subtract: None,
        nb_inplace_multiply: None,
        nb_inplace_remainder: None,
        nb_inplace_power: None,
        nb_inplace_lshift: None,
        nb_inplace_rshift: None,
        nb_inplace_and: None,
        nb_inplace_xor: None,
        nb_inplace_or: None,
        nb_floor_divide: None,
        nb_true_divide: None,
        nb_inplace_floor_divide: None,
        nb_inplace_true_divide: None,
        nb_index: None,
        nb_matrix_multiply: None,
        nb_inplace_matrix_multiply: None,
    };
}

impl PySequenceMethods {
    pub const EMPTY: PySequenceMethods = PySequenceMethods {
        sq_length: None,
        sq_concat: None,
        sq_repeat: None,
        sq_item: None,
        was_sq_slice: null_mut(),
        sq_ass_item: None,
        was_sq_ass_slice: null_mut(),
        sq_contains: None,
        sq_inplace_concat: None,
        sq_inplace_repeat: None,
    };
}

impl PyMappingMethods {
    pub const EMPTY: PyMappingMethods = PyMappingMethods {
        mp_length: None,
        mp_subscript: None,
        mp_ass_subscript: None,
    };
}

/// Marks the end of a `PyMethodDef` table.
pub const METHOD_SENTINEL: PyMethodDef = PyMethodDef {
    ml_name: std::ptr::null(),
    ml_meth: std::ptr::null(),
    ml_flags: 0,
    ml_doc: std::ptr::null(),
};

/// Builds one `PyMethodDef` row for a Molt builtin method written as
/// `fn(self, args, nargs, kwnames) -> Obj` (METH_FASTCALL | METH_KEYWORDS).
#[macro_export]
macro_rules! method_def {
    ($name:literal, $f:expr) => {
        $crate::typeobject::PyMethodDef {
            ml_name: concat!($name, "\0").as_ptr() as *const std::ffi::c_char,
            ml_meth: $f as *const std::ffi::c_void,
            ml_flags: $crate::typeobject::METH_FASTCALL | $crate::typeobject::METH_KEYWORDS,
            ml_doc: std::ptr::null(),
        }
    };
    ($name:literal, $f:expr, $flags:expr) => {
        $crate::typeobject::PyMethodDef {
            ml_name: concat!($name, "\0").as_ptr() as *const std::ffi::c_char,
            ml_meth: $f as *const std::ffi::c_void,
            ml_flags: $flags,
            ml_doc: std::ptr::null(),
        }
    };
}

/// `X | Y` on classes builds a `types.UnionType`.
static mut TYPE_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(crate::objects::genericalias::type_or),
    ..PyNumberMethods::EMPTY
};

/// `type`: the metatype.
#[no_mangle]
pub static mut PyType_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(type_dealloc),
    tp_repr: Some(type_repr),
    tp_call: Some(crate::call::type_call),
    tp_getattro: Some(type_getattro),
    tp_setattro: Some(type_setattro),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS,
    tp_new: Some(crate::classes::type_new),
    tp_init: Some(crate::classes::type_init),
    tp_hash: Some(crate::objects::object::object_hash),
    tp_getset: &raw mut TYPE_GETSET as *mut PyGetSetDef,
    tp_methods: &raw mut TYPE_METHODS as *mut PyMethodDef,
    tp_vectorcall: Some(crate::call::type_vectorcall),
    tp_as_number: &raw mut TYPE_AS_NUMBER,
    ..PyTypeObject::new_static(c"type", std::mem::size_of::<PyHeapTypeObject>(), 0)
};

static mut TYPE_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("mro", type_mro_m, METH_NOARGS),
    crate::method_def!("__subclasses__", type_subclasses_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// The direct subclasses of each type, in creation order (`type.__subclasses__()`),
/// keyed by the base's address. Entries are removed when a class is freed.
static mut SUBCLASSES: Vec<(usize, Vec<usize>)> = Vec::new();

/// Records `tp` as a subclass of each of its bases.
unsafe fn register_subclass(tp: *mut PyTypeObject) {
    let bases = (*tp).tp_bases;
    for i in 0..tuple::len(bases) {
        let b = tuple::item(bases, i) as usize;
        #[allow(static_mut_refs)]
        match SUBCLASSES.iter_mut().find(|(k, _)| *k == b) {
            Some((_, v)) => v.push(tp as usize),
            None => SUBCLASSES.push((b, vec![tp as usize])),
        }
    }
}

/// Forgets a freed class (as a subclass and as a base).
unsafe fn unregister_subclass(tp: *mut PyTypeObject) {
    #[allow(static_mut_refs)]
    for (_, v) in SUBCLASSES.iter_mut() {
        v.retain(|&t| t != tp as usize);
    }
    #[allow(static_mut_refs)]
    SUBCLASSES.retain(|(k, _)| *k != tp as usize);
}

/// `type.mro()`: the linearisation as a list.
unsafe extern "C" fn type_mro_m(t: Obj, _unused: Obj) -> Obj {
    let m = (*(t as *mut PyTypeObject)).tp_mro;
    let items: Vec<Ref> = if m.is_null() {
        Vec::new()
    } else {
        tuple::items(m).iter().map(|&o| Ref::borrowed(o)).collect()
    };
    crate::objects::list::from_refs(items)
}

/// `type.__subclasses__()`: the live direct subclasses, oldest first.
unsafe extern "C" fn type_subclasses_m(t: Obj, _unused: Obj) -> Obj {
    #[allow(static_mut_refs)]
    let items: Vec<Ref> = SUBCLASSES
        .iter()
        .find(|(k, _)| *k == t as usize)
        .map(|(_, v)| v.iter().map(|&p| Ref::borrowed(p as Obj)).collect())
        .unwrap_or_default();
    crate::objects::list::from_refs(items)
}

static mut TYPE_GETSET: [PyGetSetDef; 7] = [
    getset_def(c"__name__", Some(type_get_name), None),
    getset_def(
        c"__annotations__",
        Some(type_get_annotations),
        Some(type_set_annotations),
    ),
    getset_def(c"__qualname__", Some(type_get_qualname), None),
    getset_def(c"__module__", Some(type_get_module), None),
    getset_def(c"__mro__", Some(type_get_mro), None),
    getset_def(c"__bases__", Some(type_get_bases), None),
    getset_def_end(),
];

/// A read-only object member (`Py_T_OBJECT_EX`, `Py_READONLY`) at `offset`: one row of
/// a `PyMemberDef` table.
pub const fn readonly_object_member(name: &'static CStr, offset: isize) -> PyMemberDef {
    PyMemberDef {
        name: name.as_ptr(),
        type_code: 16,
        offset,
        flags: 1,
        doc: std::ptr::null(),
    }
}

/// The end of a `PyMemberDef` table.
pub const MEMBER_SENTINEL: PyMemberDef = PyMemberDef {
    name: std::ptr::null(),
    type_code: 0,
    offset: 0,
    flags: 0,
    doc: std::ptr::null(),
};

/// One row of a `PyGetSetDef` table.
pub const fn getset_def(name: &'static CStr, get: Getter, set: Setter) -> PyGetSetDef {
    PyGetSetDef {
        name: name.as_ptr(),
        get,
        set,
        doc: std::ptr::null(),
        closure: null_mut(),
    }
}

/// The sentinel row of a `PyGetSetDef` table.
pub const fn getset_def_end() -> PyGetSetDef {
    PyGetSetDef {
        name: std::ptr::null(),
        get: None,
        set: None,
        doc: std::ptr::null(),
        closure: null_mut(),
    }
}

/// Whether `tp` is a heap type (a class created at run time).
///
/// # Safety
/// `tp` is a valid type object.
#[inline]
pub unsafe fn is_heap_type(tp: *mut PyTypeObject) -> bool {
    (*tp).tp_flags & TPFLAGS_HEAPTYPE != 0
}

/// The short name of a type (`int`, `MyClass`), as error messages print it.
///
/// # Safety
/// `tp` is a valid type object.
pub unsafe fn type_name(tp: *mut PyTypeObject) -> String {
    if is_heap_type(tp) {
        let ht = tp as *mut PyHeapTypeObject;
        if !(*ht).ht_name.is_null() {
            return pystr::as_str((*ht).ht_name).to_string();
        }
    }
    let full = CStr::from_ptr((*tp).tp_name).to_string_lossy();
    match full.rfind('.') {
        Some(i) => full[i + 1..].to_string(),
        None => full.into_owned(),
    }
}

/// The qualified name of a type (`int`, `Outer.Inner`).
///
/// # Safety
/// `tp` is a valid type object.
pub unsafe fn type_qualname(tp: *mut PyTypeObject) -> String {
    if is_heap_type(tp) {
        let ht = tp as *mut PyHeapTypeObject;
        if !(*ht).ht_qualname.is_null() {
            return pystr::as_str((*ht).ht_qualname).to_string();
        }
    }
    type_name(tp)
}

/// The module a type belongs to (`builtins` for static types without a dot in `tp_name`).
///
/// # Safety
/// `tp` is a valid type object.
pub unsafe fn type_module(tp: *mut PyTypeObject) -> String {
    // Classes record their module in `__module__`; so do the static types that stand
    // for classes CPython writes in Python (`collections.Counter`).
    if !(*tp).tp_dict.is_null() {
        if let Some(m) = dict::get_str((*tp).tp_dict, "__module__") {
            if pystr::is_str(m) {
                return pystr::as_str(m).to_string();
            }
        }
    }
    let full = CStr::from_ptr((*tp).tp_name).to_string_lossy();
    match full.rfind('.') {
        Some(i) => full[..i].to_string(),
        None => "builtins".to_string(),
    }
}

/// The name of an object's type, for error messages: its `tp_name`, as CPython's
/// messages print it (dotted for types written in C, e.g. `'mod.Vec'`).
///
/// # Safety
/// `o` is a live object.
pub unsafe fn obj_type_name(o: Obj) -> String {
    type_tp_name(type_of(o))
}

/// A type's `tp_name` as a string: the short name for builtins and classes, the dotted
/// name an extension gave its C type. CPython's error messages name types this way.
///
/// # Safety
/// `tp` is a valid type object.
pub unsafe fn type_tp_name(tp: *mut PyTypeObject) -> String {
    if (*tp).tp_name.is_null() {
        return type_name(tp);
    }
    CStr::from_ptr((*tp).tp_name).to_string_lossy().into_owned()
}

/// Whether `a` is `b` or a subtype of it (walks `tp_mro`, or `tp_base` before readying).
///
/// # Safety
/// Both are valid type objects.
pub unsafe fn is_subtype(a: *mut PyTypeObject, b: *mut PyTypeObject) -> bool {
    if a == b {
        return true;
    }
    let mro = (*a).tp_mro;
    if !mro.is_null() {
        let n = tuple::len(mro);
        for i in 0..n {
            if tuple::item(mro, i) == b as Obj {
                return true;
            }
        }
        return false;
    }
    let mut t = (*a).tp_base;
    while !t.is_null() {
        if t == b {
            return true;
        }
        t = (*t).tp_base;
    }
    b == &raw mut crate::objects::object::PyBaseObject_Type
}

/// `isinstance(o, tp)` for an exact type object, without `__instancecheck__`.
///
/// # Safety
/// `o` is live, `tp` a valid type.
#[inline]
pub unsafe fn is_instance_of(o: Obj, tp: *mut PyTypeObject) -> bool {
    type_of(o) == tp || is_subtype(type_of(o), tp)
}

/// Looks `name` up along the MRO of `tp` without invoking descriptors. Borrowed result.
///
/// # Safety
/// `tp` is a readied type and `name` a str.
pub unsafe fn lookup(tp: *mut PyTypeObject, name: Obj) -> PyResult<Option<Obj>> {
    Ok(lookup_hinted(tp, name)?.0)
}

/// [`lookup`], also giving the cache entry's instance-dict position hint for this
/// (type, name) (null when the name is not cached), for
/// [`crate::objects::dict::get_item_hinted`]. The pointer is valid until the next
/// lookup.
///
/// The attribute cache maps (type, name) to the result, valid while no type dict
/// changed and no type was created or freed since (one global epoch; CPython keeps a
/// version tag per type). Only exact-str names, whose lookups cannot raise.
///
/// # Safety
/// `tp` is a readied type; `name` is live.
#[inline]
pub unsafe fn lookup_hinted(
    tp: *mut PyTypeObject,
    name: Obj,
) -> PyResult<(Option<Obj>, *mut usize)> {
    if type_of(name) == &raw mut crate::objects::str::PyUnicode_Type {
        let slot = ((tp as usize >> 4) ^ (name as usize >> 4)) & (TYPE_CACHE_SIZE - 1);
        #[allow(static_mut_refs)]
        let e = &mut TYPE_CACHE[slot];
        if e.epoch == TYPE_EPOCH && e.tp == tp && e.name == name {
            return Ok((
                (!e.value.is_null()).then_some(e.value),
                &raw mut e.dict_hint,
            ));
        }
        let r = lookup_uncached(tp, name)?;
        // The cache owns a reference to the name so that its address is not reused.
        incref(name);
        #[allow(static_mut_refs)]
        let e = &mut TYPE_CACHE[slot];
        let old = std::mem::replace(&mut e.name, name);
        e.tp = tp;
        e.epoch = TYPE_EPOCH;
        e.value = r.unwrap_or(null_mut());
        e.dict_hint = 0;
        xdecref(old);
        return Ok((r, &raw mut e.dict_hint));
    }
    Ok((lookup_uncached(tp, name)?, null_mut()))
}

/// One entry of the type attribute cache (`value` borrowed from a type dict; null
/// records a miss).
#[derive(Clone, Copy)]
struct TypeCacheEntry {
    tp: *mut PyTypeObject,
    name: Obj,
    epoch: u64,
    value: Obj,
    /// Where instances of `tp` last had `name` in their `__dict__` (a hint).
    dict_hint: usize,
}

const TYPE_CACHE_SIZE: usize = 4096;
static mut TYPE_CACHE: [TypeCacheEntry; TYPE_CACHE_SIZE] = [TypeCacheEntry {
    tp: null_mut(),
    name: null_mut(),
    epoch: 0,
    value: null_mut(),
    dict_hint: 0,
}; TYPE_CACHE_SIZE];
static mut TYPE_EPOCH: u64 = 1;

/// The current epoch of the type attribute cache (inline caches compare against it).
#[inline]
pub fn type_epoch() -> u64 {
    // SAFETY: single-threaded runtime; a counter.
    unsafe { TYPE_EPOCH }
}

/// Invalidates every cached type attribute lookup: a type dict changed, or a type was
/// created, freed or given a new MRO (CPython's `PyType_Modified`, for all types).
pub fn type_cache_invalidate() {
    // SAFETY: single-threaded runtime; a counter.
    unsafe {
        TYPE_EPOCH += 1;
    }
}

/// [`lookup`] without the cache. Borrowed result.
///
/// # Safety
/// `tp` is a readied type; `name` is live.
unsafe fn lookup_uncached(tp: *mut PyTypeObject, name: Obj) -> PyResult<Option<Obj>> {
    let mro = (*tp).tp_mro;
    if mro.is_null() {
        return Ok(None);
    }
    let n = tuple::len(mro);
    for i in 0..n {
        let t = tuple::item(mro, i) as *mut PyTypeObject;
        let d = (*t).tp_dict;
        if d.is_null() {
            continue;
        }
        if let Some(v) = dict::get_item(d, name)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// [`lookup`] with a Rust string name; errors while hashing/comparing are impossible for
/// str keys, so this returns a plain option. Borrowed result.
///
/// # Safety
/// `tp` is a readied type.
pub unsafe fn lookup_str(tp: *mut PyTypeObject, name: &str) -> Option<Obj> {
    let mro = (*tp).tp_mro;
    if mro.is_null() {
        return None;
    }
    let n = tuple::len(mro);
    for i in 0..n {
        let t = tuple::item(mro, i) as *mut PyTypeObject;
        let d = (*t).tp_dict;
        if d.is_null() {
            continue;
        }
        if let Some(v) = dict::get_str(d, name) {
            return Some(v);
        }
    }
    None
}

macro_rules! inherit_slot {
    ($tp:expr, $base:expr, $($field:ident),*) => {
        $( if (*$tp).$field.is_none() { (*$tp).$field = (*$base).$field; } )*
    };
}

macro_rules! inherit_sub {
    ($sub:expr, $bsub:expr, $($field:ident),*) => {
        $( if (*$sub).$field.is_none() { (*$sub).$field = (*$bsub).$field; } )*
    };
}

/// Readies a type: sets its base, MRO and dict, fills the dict from `tp_methods`,
/// `tp_members` and `tp_getset`, and inherits slots from the base. Idempotent.
///
/// # Safety
/// `tp` is a type object whose static parts are initialised.
pub unsafe fn type_ready(tp: *mut PyTypeObject) -> PyResult<()> {
    if (*tp).tp_flags & TPFLAGS_READY != 0 {
        return Ok(());
    }
    let object_type = &raw mut crate::objects::object::PyBaseObject_Type;
    if (*tp).tp_base.is_null() && tp != object_type {
        (*tp).tp_base = object_type;
    }
    let base = (*tp).tp_base;
    if !base.is_null() {
        type_ready(base)?;
    }
    if (*tp).ob_base.ob_base.ob_type.is_null() {
        (*tp).ob_base.ob_base.ob_type = if base.is_null() {
            &raw mut PyType_Type
        } else {
            type_of(base as Obj)
        };
    }
    if (*tp).tp_bases.is_null() {
        (*tp).tp_bases = if base.is_null() {
            tuple::empty()
        } else {
            tuple::pack(&[base as Obj])
        };
    }
    if (*tp).tp_dict.is_null() {
        (*tp).tp_dict = dict::new_raw();
    }
    register_subclass(tp);
    dict::watch((*tp).tp_dict);
    type_cache_invalidate();
    if (*tp).tp_mro.is_null() {
        (*tp).tp_mro = compute_mro(tp)?.into_raw();
    }
    add_methods(tp)?;
    add_getsets(tp)?;
    if !is_heap_type(tp) {
        crate::slots::add_operators(tp)?;
    }
    crate::objects::descr::add_members(tp)?;
    if !base.is_null() {
        inherit_slots(tp, base);
    }
    if (*tp).tp_alloc.is_none() {
        (*tp).tp_alloc = Some(generic_alloc);
    }
    (*tp).tp_flags |= TPFLAGS_READY;
    Ok(())
}

/// Copies the slots a subtype does not define from its base, as CPython's `inherit_slots`.
///
/// # Safety
/// Both are valid type objects; `tp`'s sub-tables, if any, are writable.
pub unsafe fn inherit_slots(tp: *mut PyTypeObject, base: *mut PyTypeObject) {
    inherit_slot!(
        tp,
        base,
        tp_dealloc,
        tp_repr,
        tp_str,
        tp_hash,
        tp_call,
        tp_getattro,
        tp_setattro,
        tp_richcompare,
        tp_iter,
        tp_iternext,
        tp_descr_get,
        tp_descr_set,
        tp_init,
        tp_new,
        tp_free,
        tp_alloc
    );
    if (*tp).tp_dictoffset == 0 {
        (*tp).tp_dictoffset = (*base).tp_dictoffset;
    }
    (*tp).tp_flags |= (*base).tp_flags
        & (TPFLAGS_LONG_SUBCLASS
            | TPFLAGS_LIST_SUBCLASS
            | TPFLAGS_TUPLE_SUBCLASS
            | TPFLAGS_BYTES_SUBCLASS
            | TPFLAGS_UNICODE_SUBCLASS
            | TPFLAGS_DICT_SUBCLASS
            | TPFLAGS_BASE_EXC_SUBCLASS
            | TPFLAGS_TYPE_SUBCLASS);
    if !(*base).tp_as_number.is_null() {
        if (*tp).tp_as_number.is_null() {
            (*tp).tp_as_number = (*base).tp_as_number;
        } else if (*tp).tp_as_number != (*base).tp_as_number {
            let (s, b) = ((*tp).tp_as_number, (*base).tp_as_number);
            inherit_sub!(
                s,
                b,
                nb_add,
                nb_subtract,
                nb_multiply,
                nb_remainder,
                nb_divmod,
                nb_power,
                nb_negative,
                nb_positive,
                nb_absolute,
                nb_bool,
                nb_invert,
                nb_lshift,
                nb_rshift,
                nb_and,
                nb_xor,
                nb_or,
                nb_int,
                nb_float,
                nb_inplace_add,
                nb_inplace_subtract,
                nb_inplace_multiply,
                nb_inplace_remainder,
                nb_inplace_power,
                nb_inplace_lshift,
                nb_inplace_rshift,
                nb_inplace_and,
                nb_inplace_xor,
                nb_inplace_or,
                nb_floor_divide,
                nb_true_divide,
                nb_inplace_floor_divide,
                nb_inplace_true_divide,
                nb_index,
                nb_matrix_multiply,
                nb_inplace_matrix_multiply
            );
        }
    }
    if !(*base).tp_as_sequence.is_null() {
        if (*tp).tp_as_sequence.is_null() {
            (*tp).tp_as_sequence = (*base).tp_as_sequence;
        } else if (*tp).tp_as_sequence != (*base).tp_as_sequence {
            let (s, b) = ((*tp).tp_as_sequence, (*base).tp_as_sequence);
            inherit_sub!(
                s,
                b,
                sq_length,
                sq_concat,
                sq_repeat,
                sq_item,
                sq_ass_item,
                sq_contains,
                sq_inplace_concat,
                sq_inplace_repeat
            );
        }
    }
    if !(*base).tp_as_mapping.is_null() {
        if (*tp).tp_as_mapping.is_null() {
            (*tp).tp_as_mapping = (*base).tp_as_mapping;
        } else if (*tp).tp_as_mapping != (*base).tp_as_mapping {
            let (s, b) = ((*tp).tp_as_mapping, (*base).tp_as_mapping);
            inherit_sub!(s, b, mp_length, mp_subscript, mp_ass_subscript);
        }
    }
    if (*tp).tp_as_buffer.is_null() {
        (*tp).tp_as_buffer = (*base).tp_as_buffer;
    }
}

/// The method resolution order: C3 linearisation of the bases (single inheritance is
/// the degenerate case). Raises CPython's `TypeError` for inconsistent hierarchies.
///
/// # Safety
/// `tp` has its `tp_bases` set; each base is readied.
pub unsafe fn compute_mro(tp: *mut PyTypeObject) -> PyResult<Ref> {
    let bases = (*tp).tp_bases;
    let nb = tuple::len(bases);
    let mut seqs: Vec<Vec<Obj>> = Vec::new();
    for i in 0..nb {
        let b = tuple::item(bases, i) as *mut PyTypeObject;
        let bm = (*b).tp_mro;
        if bm.is_null() {
            seqs.push(vec![b as Obj]);
        } else {
            seqs.push((0..tuple::len(bm)).map(|j| tuple::item(bm, j)).collect());
        }
    }
    seqs.push((0..nb).map(|i| tuple::item(bases, i)).collect());
    let mut out: Vec<Obj> = vec![tp as Obj];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        match found {
            Some(c) => {
                out.push(c);
                for s in seqs.iter_mut() {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_name(s[0] as *mut PyTypeObject);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(raise(
                    crate::objects::exceptions::type_error(),
                    &format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(Ref::steal(tuple::from_slice(&out)))
}

unsafe fn add_methods(tp: *mut PyTypeObject) -> PyResult<()> {
    let mut m = (*tp).tp_methods;
    if m.is_null() {
        return Ok(());
    }
    while !(*m).ml_name.is_null() {
        let name = CStr::from_ptr((*m).ml_name).to_str().unwrap_or("?");
        let descr = crate::objects::descr::new_method_descr(tp, m)?;
        dict::set_str((*tp).tp_dict, name, descr.as_ptr())?;
        m = m.add(1);
    }
    Ok(())
}

unsafe fn add_getsets(tp: *mut PyTypeObject) -> PyResult<()> {
    let mut g = (*tp).tp_getset;
    if g.is_null() {
        return Ok(());
    }
    while !(*g).name.is_null() {
        let name = CStr::from_ptr((*g).name).to_str().unwrap_or("?");
        let descr = crate::objects::descr::new_getset_descr(tp, g)?;
        dict::set_str((*tp).tp_dict, name, descr.as_ptr())?;
        g = g.add(1);
    }
    Ok(())
}

/// `PyType_GenericAlloc`: zeroed memory for `tp_basicsize + n * tp_itemsize` bytes.
///
/// # Safety
/// `tp` is a readied type.
pub unsafe extern "C" fn generic_alloc(tp: *mut PyTypeObject, nitems: isize) -> Obj {
    let mut size =
        (*tp).tp_basicsize as usize + (nitems.max(0) as usize + 1) * (*tp).tp_itemsize as usize;
    if (*tp).tp_dictoffset < 0 {
        // Variable-size instances keep their dict after the items (see instance_dict_ptr).
        size = size.next_multiple_of(8) + std::mem::size_of::<Obj>();
    }
    let o = alloc_object(tp, size);
    if (*tp).tp_itemsize != 0 {
        (*(o as *mut PyVarObject)).ob_size = nitems;
    }
    o
}

/// Generic attribute lookup (`PyObject_GenericGetAttr`): data descriptors on the type,
/// then the instance dict, then other descriptors and plain class attributes.
///
/// # Safety
/// `o` is live and `name` is a str.
pub unsafe fn generic_getattr(o: Obj, name: Obj) -> PyResult<Ref> {
    match generic_getattr_opt(o, name)? {
        Some(v) => Ok(v),
        None => Err(attribute_error(o, name)),
    }
}

/// Raises `AttributeError: 'T' object has no attribute 'name'`.
///
/// # Safety
/// `o` is live and `name` is a str.
pub unsafe fn attribute_error(o: Obj, name: Obj) -> Raised {
    let r = attribute_error_message(o, name);
    let e = crate::errors::current();
    if !e.is_null() {
        crate::suggestions::set_attribute_error_context(e, name, o);
    }
    r
}

/// Raises the AttributeError of [`attribute_error`] (its message only).
unsafe fn attribute_error_message(o: Obj, name: Obj) -> Raised {
    let tp = type_of(o);
    if tp == &raw mut PyType_Type || is_subtype(tp, &raw mut PyType_Type) {
        return raise(
            crate::objects::exceptions::attribute_error(),
            &format!(
                "type object '{}' has no attribute '{}'",
                type_name(o as *mut PyTypeObject),
                pystr::as_str(name)
            ),
        );
    }
    if tp == &raw mut crate::objects::module::PyModule_Type {
        return raise(
            crate::objects::exceptions::attribute_error(),
            &format!(
                "module '{}' has no attribute '{}'",
                crate::objects::module::module_name(o),
                pystr::as_str(name)
            ),
        );
    }
    raise(
        crate::objects::exceptions::attribute_error(),
        &format!(
            "'{}' object has no attribute '{}'",
            type_tp_name(tp),
            pystr::as_str(name)
        ),
    )
}

/// Like [`generic_getattr`] but reports a missing attribute as `Ok(None)` without raising.
///
/// # Safety
/// `o` is live and `name` is a str.
pub unsafe fn generic_getattr_opt(o: Obj, name: Obj) -> PyResult<Option<Ref>> {
    let tp = type_of(o);
    if (*tp).tp_dict.is_null() {
        type_ready(tp)?;
    }
    let (descr, hint) = lookup_hinted(tp, name)?;
    let descr = descr.map(|d| Ref::borrowed(d));
    let mut get: TernaryFunc = None;
    if let Some(d) = &descr {
        let dt = type_of(d.as_ptr());
        get = (*dt).tp_descr_get;
        if get.is_some() && (*dt).tp_descr_set.is_some() {
            let r = get.unwrap()(d.as_ptr(), o, tp as Obj);
            return Ref::from_raw(r).map(Some).ok_or(Raised);
        }
    }
    let dp = instance_dict_ptr(o);
    if !dp.is_null() && !(*dp).is_null() {
        let found = if hint.is_null() {
            dict::get_item(*dp, name)?
        } else {
            dict::get_item_hinted(*dp, name, hint)?
        };
        if let Some(v) = found {
            return Ok(Some(Ref::borrowed(v)));
        }
    }
    if let Some(d) = descr {
        if let Some(g) = get {
            let r = g(d.as_ptr(), o, tp as Obj);
            return Ref::from_raw(r).map(Some).ok_or(Raised);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// The address of an instance's `__dict__` slot, or null if its type has none.
///
/// # Safety
/// `o` is live.
pub unsafe fn instance_dict_ptr(o: Obj) -> *mut Obj {
    let tp = type_of(o);
    let off = (*tp).tp_dictoffset;
    if off == 0 {
        return null_mut();
    }
    if off < 0 {
        // Variable-size instance: the dict follows the items (allocated by generic_alloc).
        let n = (*(o as *mut PyVarObject)).ob_size.max(0) as usize;
        let end = (*tp).tp_basicsize as usize + (n + 1) * (*tp).tp_itemsize as usize;
        return (o as *mut u8).add(end.next_multiple_of(8)) as *mut Obj;
    }
    (o as *mut u8).add(off as usize) as *mut Obj
}

/// Generic attribute assignment (`PyObject_GenericSetAttr`); `value` null deletes.
///
/// # Safety
/// `o` is live, `name` a str, `value` null or live.
pub unsafe fn generic_setattr(o: Obj, name: Obj, value: Obj) -> PyResult<()> {
    let tp = type_of(o);
    let (descr, hint) = lookup_hinted(tp, name)?;
    if descr.is_none() && !hint.is_null() && !value.is_null() {
        // Fast path: replace an existing instance attribute where the hint points.
        let dp = instance_dict_ptr(o);
        if !dp.is_null() && !(*dp).is_null() && dict::replace_hinted(*dp, name, value, *hint) {
            return Ok(());
        }
    }
    if let Some(d) = descr {
        let d = Ref::borrowed(d);
        if let Some(set) = (*type_of(d.as_ptr())).tp_descr_set {
            if set(d.as_ptr(), o, value) < 0 {
                return Err(Raised);
            }
            return Ok(());
        }
    }
    let dp = instance_dict_ptr(o);
    if dp.is_null() {
        if lookup(tp, name)?.is_some() {
            return Err(raise(
                crate::objects::exceptions::attribute_error(),
                &format!(
                    "'{}' object attribute '{}' is read-only",
                    type_tp_name(tp),
                    pystr::as_str(name)
                ),
            ));
        }
        return Err(raise(
            crate::objects::exceptions::attribute_error(),
            &format!(
                "'{}' object has no attribute '{}'",
                type_tp_name(tp),
                pystr::as_str(name)
            ),
        ));
    }
    if (*dp).is_null() {
        if value.is_null() {
            return Err(attribute_error(o, name));
        }
        *dp = dict::new_raw();
    }
    if value.is_null() {
        if !dict::del_item(*dp, name)? {
            return Err(attribute_error(o, name));
        }
        Ok(())
    } else if descr.is_none() && !hint.is_null() {
        // No Python code ran since `lookup_hinted`: the hint pointer is still this
        // (type, name)'s.
        dict::set_item_hinted(*dp, name, value, hint)
    } else {
        dict::set_item(*dp, name, value)
    }
}

/// `tp_getattro` of `object`.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn generic_getattro_slot(o: Obj, name: Obj) -> Obj {
    crate::errors::into_raw(generic_getattr(o, name))
}

/// `tp_setattro` of `object`.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn generic_setattro_slot(o: Obj, name: Obj, v: Obj) -> c_int {
    crate::errors::into_status(generic_setattr(o, name, v))
}

/// Attribute lookup on a type object: the metatype's data descriptors, then the type's
/// own MRO (descriptors bound with instance NULL), then the metatype's other attributes.
unsafe extern "C" fn type_getattro(t: Obj, name: Obj) -> Obj {
    crate::errors::into_raw(type_getattr(t, name))
}

/// # Safety
/// `t` is a type object and `name` a str.
pub unsafe fn type_getattr(t: Obj, name: Obj) -> PyResult<Ref> {
    let tp = t as *mut PyTypeObject;
    let meta = type_of(t);
    let meta_attr = lookup(meta, name)?.map(|d| Ref::borrowed(d));
    let mut meta_get: TernaryFunc = None;
    if let Some(ma) = &meta_attr {
        let mt = type_of(ma.as_ptr());
        meta_get = (*mt).tp_descr_get;
        if meta_get.is_some() && (*mt).tp_descr_set.is_some() {
            return Ref::from_raw(meta_get.unwrap()(ma.as_ptr(), t, meta as Obj)).ok_or(Raised);
        }
    }
    if let Some(attr) = lookup(tp, name)? {
        let attr = Ref::borrowed(attr);
        if let Some(g) = (*type_of(attr.as_ptr())).tp_descr_get {
            return Ref::from_raw(g(attr.as_ptr(), null_mut(), t)).ok_or(Raised);
        }
        return Ok(attr);
    }
    if let Some(ma) = meta_attr {
        if let Some(g) = meta_get {
            return Ref::from_raw(g(ma.as_ptr(), t, meta as Obj)).ok_or(Raised);
        }
        return Ok(ma);
    }
    Err(attribute_error(t, name))
}

unsafe extern "C" fn type_setattro(t: Obj, name: Obj, v: Obj) -> c_int {
    let tp = t as *mut PyTypeObject;
    if !is_heap_type(tp) {
        crate::errors::raise(
            crate::objects::exceptions::type_error(),
            &format!(
                "cannot set '{}' attribute of immutable type '{}'",
                pystr::as_str(name),
                type_tp_name(tp)
            ),
        );
        return -1;
    }
    let key = pystr::as_str(name);
    if key == "__name__" || key == "__qualname__" {
        return set_type_name(tp, key, v);
    }
    let r = if v.is_null() {
        match dict::del_item((*tp).tp_dict, name) {
            Ok(true) => Ok(()),
            Ok(false) => Err(attribute_error(t, name)),
            Err(e) => Err(e),
        }
    } else {
        dict::set_item((*tp).tp_dict, name, v)
    };
    let r = r.and_then(|()| {
        if pystr::as_str(name) == "__abstractmethods__" {
            crate::builtins::abc::abstractmethods_changed(tp, v)?;
        }
        Ok(())
    });
    if r.is_ok() {
        crate::slots::update_slots(tp);
    }
    crate::errors::into_status(r)
}

/// `C.__name__ = s` / `C.__qualname__ = s` on a class: a str without NUL characters.
unsafe fn set_type_name(tp: *mut PyTypeObject, key: &str, v: Obj) -> c_int {
    let err = |msg: String| {
        crate::errors::raise(crate::objects::exceptions::type_error(), &msg);
        -1
    };
    if v.is_null() {
        return err(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            key,
            type_name(tp)
        ));
    }
    if !pystr::is_str(v) {
        return err(format!(
            "can only assign string to {}.{}, not '{}'",
            type_name(tp),
            key,
            obj_type_name(v)
        ));
    }
    if key == "__name__" && pystr::as_str(v).contains('\0') {
        crate::errors::raise(
            crate::objects::exceptions::value_error(),
            "type name must not contain null characters",
        );
        return -1;
    }
    let ht = tp as *mut PyHeapTypeObject;
    let slot = if key == "__name__" {
        &mut (*ht).ht_name
    } else {
        &mut (*ht).ht_qualname
    };
    let old = *slot;
    *slot = new_ref(v);
    xdecref(old);
    if key == "__name__" && (*tp).tp_name == (*ht)._ht_tpname as *const c_char {
        // `tp_name` (error messages) follows the new name, as in CPython.
        let bytes = pystr::as_str(v).as_bytes();
        let p = mem_alloc(bytes.len() + 1);
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        *p.add(bytes.len()) = 0;
        let old_name = (*ht)._ht_tpname;
        (*ht)._ht_tpname = p as *mut c_char;
        (*tp).tp_name = (*ht)._ht_tpname;
        if !old_name.is_null() {
            mem_free(old_name as *mut u8);
        }
    }
    type_cache_invalidate();
    0
}

unsafe extern "C" fn type_repr(t: Obj) -> Obj {
    let tp = t as *mut PyTypeObject;
    let m = type_module(tp);
    let s = if m == "builtins" {
        format!("<class '{}'>", type_qualname(tp))
    } else {
        format!("<class '{}.{}'>", m, type_qualname(tp))
    };
    pystr::from_str(&s)
}

unsafe extern "C" fn type_dealloc(t: Obj) {
    let tp = t as *mut PyTypeObject;
    type_cache_invalidate();
    let ht = tp as *mut PyHeapTypeObject;
    unregister_subclass(tp);
    xdecref((*tp).tp_dict);
    xdecref((*tp).tp_bases);
    xdecref((*tp).tp_mro);
    xdecref((*tp).tp_base as Obj);
    xdecref((*ht).ht_name);
    xdecref((*ht).ht_qualname);
    xdecref((*ht).ht_slots);
    xdecref((*ht).ht_module);
    if !(*ht)._ht_tpname.is_null() {
        mem_free((*ht)._ht_tpname as *mut u8);
    }
    let meta = type_of(t);
    mem_free(t as *mut u8);
    if is_heap_type(meta) {
        decref(meta as Obj);
    }
}

unsafe extern "C" fn type_get_name(t: Obj, _: *mut c_void) -> Obj {
    pystr::from_str(&type_name(t as *mut PyTypeObject))
}
unsafe extern "C" fn type_get_qualname(t: Obj, _: *mut c_void) -> Obj {
    pystr::from_str(&type_qualname(t as *mut PyTypeObject))
}
unsafe extern "C" fn type_get_module(t: Obj, _: *mut c_void) -> Obj {
    pystr::from_str(&type_module(t as *mut PyTypeObject))
}
/// `C.__annotations__`: the class's own `__annotations__`; a class without one gets an
/// empty dict stored on first read (CPython 3.10+); builtin types have none.
unsafe extern "C" fn type_get_annotations(t: Obj, _: *mut c_void) -> Obj {
    let tp = t as *mut PyTypeObject;
    let d = (*tp).tp_dict;
    if !d.is_null() {
        if let Some(v) = crate::objects::dict::get_str(d, "__annotations__") {
            return new_ref(v);
        }
    }
    if d.is_null() || !is_heap_type(tp) {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            &format!(
                "type object '{}' has no attribute '__annotations__'",
                type_name(tp)
            ),
        );
        return std::ptr::null_mut();
    }
    let fresh = crate::objects::dict::new_raw();
    if crate::objects::dict::set_str(d, "__annotations__", fresh).is_err() {
        decref(fresh);
        return std::ptr::null_mut();
    }
    fresh
}

/// Setting or deleting `C.__annotations__` (classes defined in Python only).
unsafe extern "C" fn type_set_annotations(t: Obj, v: Obj, _: *mut c_void) -> i32 {
    let tp = t as *mut PyTypeObject;
    let d = (*tp).tp_dict;
    if d.is_null() || !is_heap_type(tp) {
        crate::errors::raise(
            crate::objects::exceptions::type_error(),
            &format!(
                "cannot set '__annotations__' attribute of immutable type '{}'",
                type_name(tp)
            ),
        );
        return -1;
    }
    let key = Ref::steal(pystr::from_str("__annotations__"));
    let r = if v.is_null() {
        match crate::objects::dict::del_item(d, key.as_ptr()) {
            Ok(true) => Ok(()),
            Ok(false) => Err(crate::errors::raise(
                crate::objects::exceptions::attribute_error(),
                "__annotations__",
            )),
            Err(e) => Err(e),
        }
    } else {
        crate::objects::dict::set_item(d, key.as_ptr(), v)
    };
    if r.is_ok() {
        0
    } else {
        -1
    }
}

unsafe extern "C" fn type_get_mro(t: Obj, _: *mut c_void) -> Obj {
    let m = (*(t as *mut PyTypeObject)).tp_mro;
    if m.is_null() {
        return tuple::empty();
    }
    new_ref(m)
}
unsafe extern "C" fn type_get_bases(t: Obj, _: *mut c_void) -> Obj {
    let m = (*(t as *mut PyTypeObject)).tp_bases;
    if m.is_null() {
        return tuple::empty();
    }
    new_ref(m)
}

/// The types readied through the C-API (written in C), whose deallocators follow
/// CPython's conventions: their `tp_free` releases memory only, and a heap type's
/// deallocator drops the instance's reference to its type itself.
static mut C_TYPES: Vec<usize> = Vec::new();

/// Records that `tp` is written in C (called by the C-API's `PyType_Ready` and
/// `PyType_FromSpec`).
///
/// # Safety
/// Single-threaded runtime; `tp` is a valid type.
pub unsafe fn mark_c_type(tp: *mut PyTypeObject) {
    #[allow(static_mut_refs)]
    if !C_TYPES.contains(&(tp as usize)) {
        C_TYPES.push(tp as usize);
    }
}

/// Whether `tp` was recorded by [`mark_c_type`].
///
/// # Safety
/// Single-threaded runtime.
pub unsafe fn is_c_type(tp: *mut PyTypeObject) -> bool {
    #[allow(static_mut_refs)]
    C_TYPES.contains(&(tp as usize))
}
