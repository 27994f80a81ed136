//! The `functools` module: `reduce`, `partial`, `cmp_to_key`, `lru_cache`/`cache`
//! (with `cache_info()` as a `CacheInfo` tuple subclass), `update_wrapper`/`wraps`,
//! `total_ordering`, `singledispatch`/`singledispatchmethod` and `cached_property`.
//! The functions CPython writes in Python (`update_wrapper`, `wraps`, `lru_cache`,
//! `cache`, `total_ordering`) report argument errors the way a Python `def` does.

use crate::abstract_ as ab;
use crate::errors::{into_raw, type_error, value_error, PyResult};
use crate::object::*;
use crate::objects::descr::{READONLY, T_OBJECT};
use crate::objects::{bool as pybool, dict, int, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ffi::c_void;
use std::ptr::null_mut;

const FASTKW: i32 = METH_FASTCALL | METH_KEYWORDS;

static mut FUNCTOOLS_METHODS: [PyMethodDef; 10] = [
    crate::method_def!("singledispatch", f_singledispatch, FASTKW),
    crate::method_def!("reduce", f_reduce, METH_VARARGS),
    crate::method_def!("cmp_to_key", f_cmp_to_key, FASTKW),
    crate::method_def!("update_wrapper", f_update_wrapper, FASTKW),
    crate::method_def!("wraps", f_wraps, FASTKW),
    crate::method_def!("lru_cache", f_lru_cache, FASTKW),
    crate::method_def!("cache", f_cache, FASTKW),
    crate::method_def!("total_ordering", f_total_ordering, FASTKW),
    crate::method_def!("_lru_cache_decorate", f_lru_decorate, FASTKW),
    METHOD_SENTINEL,
];

const ASSIGNMENTS: [&str; 6] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
    "__type_params__",
];

/// Builds the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs(
        "functools",
        &raw mut FUNCTOOLS_METHODS as *mut PyMethodDef,
    )?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    super::modules::add_type(d, "partial", &raw mut Partial_Type)?;
    super::modules::add_type(d, "KeyWrapper", &raw mut KeyWrapper_Type)?;
    super::modules::add_type(d, "_lru_cache_wrapper", &raw mut LruWrapper_Type)?;
    super::modules::add_type(d, "cached_property", &raw mut CachedProperty_Type)?;
    super::modules::add_type(
        d,
        "singledispatchmethod",
        &raw mut SingleDispatchMethod_Type,
    )?;
    type_ready(&raw mut SingleDispatch_Type)?;
    type_ready(&raw mut SdmBound_Type)?;
    type_ready(&raw mut OrderingMethod_Type)?;
    CacheInfo_Type.tp_base = &raw mut tuple::PyTuple_Type;
    super::modules::add_type(d, "_CacheInfo", &raw mut CacheInfo_Type)?;
    let fields: Vec<Ref> = ["hits", "misses", "maxsize", "currsize"]
        .iter()
        .map(|s| Ref::steal(pystr::from_str(s)))
        .collect();
    let fields = Ref::steal(tuple::from_refs(fields));
    dict::set_str(CacheInfo_Type.tp_dict, "_fields", fields.as_ptr())?;
    let strs = |xs: &[&str]| -> Ref {
        Ref::steal(tuple::from_refs(
            xs.iter().map(|s| Ref::steal(pystr::from_str(s))).collect(),
        ))
    };
    dict::set_str(d, "WRAPPER_ASSIGNMENTS", strs(&ASSIGNMENTS).as_ptr())?;
    dict::set_str(d, "WRAPPER_UPDATES", strs(&["__dict__"]).as_ptr())?;
    if KWD_MARK.is_null() {
        KWD_MARK = alloc_object(
            &raw mut crate::objects::object::PyBaseObject_Type,
            std::mem::size_of::<PyObject>(),
        );
    }
    Ok(m)
}

// ----- reduce -----

unsafe extern "C" fn f_reduce(_m: Obj, args: Obj) -> Obj {
    into_raw((|| {
        let a = tuple::items(args);
        let [func, seq, initial] =
            crate::args::positional::<2, 3>("reduce", a.as_ptr(), a.len() as isize)?;
        let it = match ab::get_iter(seq) {
            Ok(it) => it,
            Err(e) => {
                if crate::errors::matches(crate::objects::exceptions::type_error()) {
                    crate::errors::clear();
                    return Err(type_error("reduce() arg 2 must support iteration"));
                }
                return Err(e);
            }
        };
        let mut acc = if initial.is_null() {
            None
        } else {
            Some(Ref::borrowed(initial))
        };
        while let Some(x) = ab::iter_next(it.as_ptr())? {
            acc = Some(match acc {
                None => x,
                Some(a) => crate::call::call_vec(func, &[a.as_ptr(), x.as_ptr()])?,
            });
        }
        acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
    })())
}

// ----- partial -----

/// `functools.partial`: the callable, the frozen positional arguments (tuple), the
/// frozen keyword arguments (dict) and the instance dict.
#[repr(C)]
pub struct PartialObject {
    pub ob_base: PyObject,
    pub func: Obj,
    pub args: Obj,
    pub kw: Obj,
    pub dict: Obj,
}

static mut PARTIAL_MEMBERS: [PyMemberDef; 4] = [
    member(c"func", std::mem::offset_of!(PartialObject, func)),
    member(c"args", std::mem::offset_of!(PartialObject, args)),
    member(c"keywords", std::mem::offset_of!(PartialObject, kw)),
    member_end(),
];

const fn member(name: &'static std::ffi::CStr, offset: usize) -> PyMemberDef {
    PyMemberDef {
        name: name.as_ptr(),
        type_code: T_OBJECT,
        offset: offset as isize,
        flags: READONLY,
        doc: std::ptr::null(),
    }
}

const fn member_end() -> PyMemberDef {
    PyMemberDef {
        name: std::ptr::null(),
        type_code: 0,
        offset: 0,
        flags: 0,
        doc: std::ptr::null(),
    }
}

pub static mut Partial_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(partial_dealloc),
    tp_repr: Some(partial_repr),
    tp_call: Some(partial_call),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_new: Some(partial_new),
    tp_members: &raw mut PARTIAL_MEMBERS as *mut PyMemberDef,
    tp_dictoffset: std::mem::offset_of!(PartialObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(
        c"functools.partial",
        std::mem::size_of::<PartialObject>(),
        0,
    )
};

/// A new partial of type `tp`. `args` a tuple, `kw` a dict (both taken as new refs).
unsafe fn make_partial(tp: *mut PyTypeObject, func: Obj, args: Ref, kw: Ref) -> Ref {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    let p = o as *mut PartialObject;
    (*p).func = new_ref(func);
    (*p).args = args.into_raw();
    (*p).kw = kw.into_raw();
    Ref::steal(o)
}

unsafe extern "C" fn partial_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let a = tuple::items(args);
        if a.is_empty() {
            return Err(type_error("type 'partial' takes at least one argument"));
        }
        let mut func = a[0];
        let mut pargs: Vec<Obj> = Vec::new();
        let kw = Ref::steal(dict::new_raw());
        if (*type_of(func)).tp_new.map(|f| f as usize) == Some(partial_new as *const () as usize) {
            let inner = func as *mut PartialObject;
            if (*inner).dict.is_null() || dict::len((*inner).dict) == 0 {
                pargs.extend_from_slice(tuple::items((*inner).args));
                dict::update(kw.as_ptr(), (*inner).kw)?;
                func = (*inner).func;
            }
        }
        if !crate::call::is_callable(func) {
            return Err(type_error("the first argument must be callable"));
        }
        pargs.extend_from_slice(&a[1..]);
        if !kwargs.is_null() {
            dict::update(kw.as_ptr(), kwargs)?;
        }
        Ok(make_partial(
            tp,
            func,
            Ref::steal(tuple::from_slice(&pargs)),
            kw,
        ))
    })())
}

unsafe extern "C" fn partial_dealloc(o: Obj) {
    let p = o as *mut PartialObject;
    xdecref((*p).func);
    xdecref((*p).args);
    xdecref((*p).kw);
    xdecref((*p).dict);
    free_object(o);
}

unsafe extern "C" fn partial_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let p = o as *mut PartialObject;
        let mut all: Vec<Obj> = tuple::items((*p).args).to_vec();
        all.extend_from_slice(tuple::items(args));
        let t = Ref::steal(tuple::from_slice(&all));
        let has_call_kw = !kwargs.is_null() && dict::len(kwargs) > 0;
        if dict::len((*p).kw) == 0 {
            return crate::call::call_tuple_dict((*p).func, t.as_ptr(), kwargs);
        }
        if !has_call_kw {
            return crate::call::call_tuple_dict((*p).func, t.as_ptr(), (*p).kw);
        }
        let kw = dict::copy((*p).kw)?;
        dict::update(kw.as_ptr(), kwargs)?;
        crate::call::call_tuple_dict((*p).func, t.as_ptr(), kw.as_ptr())
    })())
}

unsafe extern "C" fn partial_repr(o: Obj) -> Obj {
    into_raw((|| {
        let tp = type_of(o);
        let name = format!("{}.{}", type_module(tp), type_qualname(tp));
        let Some(_g) = crate::objects::object::ReprGuard::enter(o) else {
            return Ok(pystr::from_string("...".to_string()));
        };
        let p = o as *mut PartialObject;
        let mut s = format!("{}({}", name, repr_string((*p).func)?);
        for &a in tuple::items((*p).args) {
            s.push_str(", ");
            s.push_str(&repr_string(a)?);
        }
        for (k, v) in dict::items_vec((*p).kw) {
            let ks = ab::str(k.as_ptr())?;
            s.push_str(&format!(
                ", {}={}",
                pystr::as_str(ks.as_ptr()),
                repr_string(v.as_ptr())?
            ));
        }
        s.push(')');
        Ok(pystr::from_string(s))
    })())
}

unsafe fn repr_string(o: Obj) -> PyResult<String> {
    let r = ab::repr(o)?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

/// `functools.partial(func, *args, **kwargs)` from Rust. New reference.
///
/// # Safety
/// Arguments are live; `kw` pairs have str keys.
pub unsafe fn new_partial(func: Obj, args: &[Obj], kw: &[(&str, Obj)]) -> PyResult<Ref> {
    let d = Ref::steal(dict::new_raw());
    for (k, v) in kw {
        dict::set_str(d.as_ptr(), k, *v)?;
    }
    Ok(make_partial(
        &raw mut Partial_Type,
        func,
        Ref::steal(tuple::from_slice(args)),
        d,
    ))
}

// ----- cmp_to_key -----

/// `functools.KeyWrapper`: the comparison function and the wrapped object (null for
/// the factory returned by `cmp_to_key`).
#[repr(C)]
pub struct KeyObject {
    pub ob_base: PyObject,
    pub cmp: Obj,
    pub object: Obj,
}

static mut KEY_MEMBERS: [PyMemberDef; 2] = [
    PyMemberDef {
        name: c"obj".as_ptr(),
        type_code: T_OBJECT,
        offset: std::mem::offset_of!(KeyObject, object) as isize,
        flags: 0,
        doc: std::ptr::null(),
    },
    member_end(),
];

pub static mut KeyWrapper_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(key_dealloc),
    tp_call: Some(key_call),
    tp_richcompare: Some(key_richcompare),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_members: &raw mut KEY_MEMBERS as *mut PyMemberDef,
    ..PyTypeObject::new_static(c"functools.KeyWrapper", std::mem::size_of::<KeyObject>(), 0)
};

unsafe fn make_key(cmp: Obj, object: Obj) -> Ref {
    let o = alloc_object(&raw mut KeyWrapper_Type, std::mem::size_of::<KeyObject>());
    (*(o as *mut KeyObject)).cmp = new_ref(cmp);
    (*(o as *mut KeyObject)).object = if object.is_null() {
        null_mut()
    } else {
        new_ref(object)
    };
    Ref::steal(o)
}

unsafe extern "C" fn f_cmp_to_key(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [cmp] = super::modules::unpack_kw("cmp_to_key", args, nargs, kw, &["mycmp"], 0, 1)?;
        Ok(make_key(cmp, null_mut()))
    })())
}

unsafe extern "C" fn key_dealloc(o: Obj) {
    xdecref((*(o as *mut KeyObject)).cmp);
    xdecref((*(o as *mut KeyObject)).object);
    free_object(o);
}

unsafe extern "C" fn key_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [obj] = super::modules::unpack_tuple_kw("K", args, kwargs, &["obj"], 0, 1)?;
        Ok(make_key((*(o as *mut KeyObject)).cmp, obj))
    })())
}

unsafe extern "C" fn key_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    into_raw((|| {
        if type_of(b) != type_of(a) {
            return Err(type_error("other argument must be K instance"));
        }
        let (ka, kb) = (a as *mut KeyObject, b as *mut KeyObject);
        if (*ka).object.is_null() || (*kb).object.is_null() {
            return Err(crate::errors::raise(
                crate::objects::exceptions::attribute_error(),
                "object",
            ));
        }
        let r = crate::call::call_vec((*ka).cmp, &[(*ka).object, (*kb).object])?;
        let zero = Ref::steal(int::from_i64(0));
        ab::richcompare(r.as_ptr(), zero.as_ptr(), op)
    })())
}

// ----- update_wrapper and wraps -----

unsafe fn update_wrapper(wrapper: Obj, wrapped: Obj, assigned: Obj, updated: Obj) -> PyResult<()> {
    let assigned = match assigned.is_null() {
        true => ASSIGNMENTS
            .iter()
            .map(|s| Ref::steal(pystr::from_str(s)))
            .collect(),
        false => ab::collect(assigned)?,
    };
    for name in &assigned {
        if let Some(v) = ab::getattr_opt(wrapped, name.as_ptr())? {
            ab::setattr(wrapper, name.as_ptr(), v.as_ptr())?;
        }
    }
    let updated = match updated.is_null() {
        true => vec![Ref::steal(pystr::from_str("__dict__"))],
        false => ab::collect(updated)?,
    };
    for name in &updated {
        let target = ab::getattr(wrapper, name.as_ptr())?;
        let source = match ab::getattr_opt(wrapped, name.as_ptr())? {
            Some(s) => s,
            None => Ref::steal(dict::new_raw()),
        };
        let upd = ab::getattr_str(target.as_ptr(), "update")?;
        crate::call::call1(upd.as_ptr(), source.as_ptr())?;
    }
    let key = Ref::steal(pystr::from_str("__wrapped__"));
    ab::setattr(wrapper, key.as_ptr(), wrapped)
}

unsafe extern "C" fn f_update_wrapper(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [wrapper, wrapped, assigned, updated] = super::modules::bind_py_args(
            "update_wrapper",
            args,
            nargs,
            kw,
            &["wrapper", "wrapped", "assigned", "updated"],
            2,
        )?;
        update_wrapper(wrapper, wrapped, assigned, updated)?;
        Ok(Ref::borrowed(wrapper))
    })())
}

unsafe extern "C" fn f_wraps(m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [wrapped, assigned, updated] = super::modules::bind_py_args(
            "wraps",
            args,
            nargs,
            kw,
            &["wrapped", "assigned", "updated"],
            1,
        )?;
        let d = crate::objects::module::dict_of(m);
        let uw = Ref::borrowed(dict::get_str(d, "update_wrapper").unwrap());
        let assigned = if assigned.is_null() {
            Ref::borrowed(dict::get_str(d, "WRAPPER_ASSIGNMENTS").unwrap())
        } else {
            Ref::borrowed(assigned)
        };
        let updated = if updated.is_null() {
            Ref::borrowed(dict::get_str(d, "WRAPPER_UPDATES").unwrap())
        } else {
            Ref::borrowed(updated)
        };
        new_partial(
            uw.as_ptr(),
            &[],
            &[
                ("wrapped", wrapped),
                ("assigned", assigned.as_ptr()),
                ("updated", updated.as_ptr()),
            ],
        )
    })())
}

// ----- lru_cache -----

/// The marker separating positional from keyword arguments in cache keys.
static mut KWD_MARK: Obj = null_mut();

/// `functools._lru_cache_wrapper`.
#[repr(C)]
pub struct LruObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub func: Obj,
    pub cache: Obj,
    /// -1 for unbounded.
    pub maxsize: isize,
    pub typed: bool,
    pub hits: u64,
    pub misses: u64,
}

static mut LRU_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("cache_info", lru_cache_info, METH_NOARGS),
    crate::method_def!("cache_clear", lru_cache_clear, METH_NOARGS),
    crate::method_def!("cache_parameters", lru_cache_parameters, METH_NOARGS),
    METHOD_SENTINEL,
];

pub static mut LruWrapper_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(lru_dealloc),
    tp_call: Some(lru_call),
    tp_descr_get: Some(lru_descr_get),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_methods: &raw mut LRU_METHODS as *mut PyMethodDef,
    tp_dictoffset: std::mem::offset_of!(LruObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_METHOD_DESCRIPTOR,
    ..PyTypeObject::new_static(
        c"functools._lru_cache_wrapper",
        std::mem::size_of::<LruObject>(),
        0,
    )
};

/// `functools.CacheInfo`: a tuple subclass (hits, misses, maxsize, currsize).
pub static mut CacheInfo_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(cacheinfo_repr),
    tp_getset: &raw mut CACHEINFO_GETSET as *mut PyGetSetDef,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_TUPLE_SUBCLASS,
    ..PyTypeObject::new_static(
        c"functools.CacheInfo",
        std::mem::size_of::<PyVarObject>(),
        std::mem::size_of::<Obj>(),
    )
};

static mut CACHEINFO_GETSET: [PyGetSetDef; 5] = [
    getset_def(c"hits", Some(ci_hits), None),
    getset_def(c"misses", Some(ci_misses), None),
    getset_def(c"maxsize", Some(ci_maxsize), None),
    getset_def(c"currsize", Some(ci_currsize), None),
    getset_def_end(),
];

unsafe extern "C" fn ci_hits(o: Obj, _: *mut c_void) -> Obj {
    new_ref(tuple::item(o, 0))
}
unsafe extern "C" fn ci_misses(o: Obj, _: *mut c_void) -> Obj {
    new_ref(tuple::item(o, 1))
}
unsafe extern "C" fn ci_maxsize(o: Obj, _: *mut c_void) -> Obj {
    new_ref(tuple::item(o, 2))
}
unsafe extern "C" fn ci_currsize(o: Obj, _: *mut c_void) -> Obj {
    new_ref(tuple::item(o, 3))
}

unsafe extern "C" fn cacheinfo_repr(o: Obj) -> Obj {
    into_raw((|| {
        let names = ["hits", "misses", "maxsize", "currsize"];
        let mut parts = Vec::new();
        for (i, n) in names.iter().enumerate() {
            parts.push(format!("{}={}", n, repr_string(tuple::item(o, i))?));
        }
        Ok(pystr::from_string(format!(
            "CacheInfo({})",
            parts.join(", ")
        )))
    })())
}

unsafe fn make_lru(func: Obj, maxsize: isize, typed: bool) -> PyResult<Ref> {
    let o = alloc_object(&raw mut LruWrapper_Type, std::mem::size_of::<LruObject>());
    let l = o as *mut LruObject;
    (*l).func = new_ref(func);
    (*l).cache = dict::new_raw();
    (*l).maxsize = maxsize;
    (*l).typed = typed;
    let w = Ref::steal(o);
    update_wrapper(w.as_ptr(), func, null_mut(), null_mut())?;
    Ok(w)
}

unsafe extern "C" fn lru_dealloc(o: Obj) {
    let l = o as *mut LruObject;
    xdecref((*l).func);
    xdecref((*l).cache);
    xdecref((*l).dict);
    free_object(o);
}

unsafe extern "C" fn lru_descr_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() || obj == none::none() {
        return new_ref(o);
    }
    crate::objects::method::new(o, obj)
}

/// The cache key of a call, as CPython's `lru_cache_make_key`: a lone exact int or str
/// argument is its own key; otherwise a tuple of the arguments, a marker and the
/// keyword items, and (when typed) the argument types.
unsafe fn make_cache_key(args: Obj, kwargs: Obj, typed: bool) -> Ref {
    let a = tuple::items(args);
    let kw = if kwargs.is_null() {
        Vec::new()
    } else {
        dict::items_vec(kwargs)
    };
    if !typed && kw.is_empty() && a.len() == 1 {
        let t = type_of(a[0]);
        if t == &raw mut pystr::PyUnicode_Type || t == &raw mut int::PyLong_Type {
            return Ref::borrowed(a[0]);
        }
    }
    if !typed && kw.is_empty() {
        return Ref::borrowed(args);
    }
    let mut key: Vec<Obj> = a.to_vec();
    if !kw.is_empty() {
        key.push(KWD_MARK);
        for (k, v) in &kw {
            key.push(k.as_ptr());
            key.push(v.as_ptr());
        }
    }
    if typed {
        for &x in a {
            key.push(type_of(x) as Obj);
        }
        for (_, v) in &kw {
            key.push(type_of(v.as_ptr()) as Obj);
        }
    }
    Ref::steal(tuple::from_slice(&key))
}

unsafe extern "C" fn lru_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let l = o as *mut LruObject;
        let func = Ref::borrowed((*l).func);
        if (*l).maxsize == 0 {
            (*l).misses += 1;
            return crate::call::call_tuple_dict(func.as_ptr(), args, kwargs);
        }
        let key = make_cache_key(args, kwargs, (*l).typed);
        let cache = Ref::borrowed((*l).cache);
        if let Some(v) = dict::get_item(cache.as_ptr(), key.as_ptr())? {
            let v = Ref::borrowed(v);
            (*l).hits += 1;
            if (*l).maxsize > 0 {
                // Most recently used moves to the end.
                dict::del_item(cache.as_ptr(), key.as_ptr())?;
                dict::set_item(cache.as_ptr(), key.as_ptr(), v.as_ptr())?;
            }
            return Ok(v);
        }
        (*l).misses += 1;
        let result = crate::call::call_tuple_dict(func.as_ptr(), args, kwargs)?;
        if dict::get_item(cache.as_ptr(), key.as_ptr())?.is_some() {
            // The call itself added this key (recursion); keep that entry.
            return Ok(result);
        }
        if (*l).maxsize > 0 && dict::len(cache.as_ptr()) >= (*l).maxsize as usize {
            let t = dict::table(cache.as_ptr());
            let oldest = t.first_live().map(|ix| Ref::borrowed(t.entries[ix].key));
            if let Some(k) = oldest {
                dict::del_item(cache.as_ptr(), k.as_ptr())?;
            }
        }
        dict::set_item(cache.as_ptr(), key.as_ptr(), result.as_ptr())?;
        Ok(result)
    })())
}

unsafe extern "C" fn lru_cache_info(o: Obj, _unused: Obj) -> Obj {
    let l = o as *mut LruObject;
    let maxsize = if (*l).maxsize < 0 {
        none::none_ref()
    } else {
        Ref::steal(int::from_i64((*l).maxsize as i64))
    };
    let t = tuple::from_refs(vec![
        Ref::steal(int::from_i64((*l).hits as i64)),
        Ref::steal(int::from_i64((*l).misses as i64)),
        maxsize,
        Ref::steal(int::from_i64(dict::len((*l).cache) as i64)),
    ]);
    (*t).ob_type = &raw mut CacheInfo_Type;
    t
}

unsafe extern "C" fn lru_cache_clear(o: Obj, _unused: Obj) -> Obj {
    let l = o as *mut LruObject;
    (*l).hits = 0;
    (*l).misses = 0;
    dict::clear((*l).cache);
    none::none_ref().into_raw()
}

unsafe extern "C" fn lru_cache_parameters(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let l = o as *mut LruObject;
        let d = Ref::steal(dict::new_raw());
        let maxsize = if (*l).maxsize < 0 {
            none::none_ref()
        } else {
            Ref::steal(int::from_i64((*l).maxsize as i64))
        };
        dict::set_str(d.as_ptr(), "maxsize", maxsize.as_ptr())?;
        dict::set_str(d.as_ptr(), "typed", pybool::from_bool((*l).typed).as_ptr())?;
        Ok(d)
    })())
}

/// `maxsize` as lru_cache normalises it: None is unbounded (-1), negatives are 0.
unsafe fn lru_maxsize(o: Obj) -> PyResult<isize> {
    if o.is_null() {
        return Ok(128);
    }
    if o == none::none() {
        return Ok(-1);
    }
    Ok(ab::as_ssize_clamped(o)?.max(0))
}

unsafe extern "C" fn f_lru_cache(m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [maxsize, typed] =
            super::modules::bind_py_args("lru_cache", args, nargs, kw, &["maxsize", "typed"], 0)?;
        let typed_v = !typed.is_null() && ab::is_true(typed)?;
        if !maxsize.is_null() && !int::is_int(maxsize) && maxsize != none::none() {
            if crate::call::is_callable(maxsize)
                && (typed.is_null() || type_of(typed) == &raw mut pybool::PyBool_Type)
            {
                return make_lru(maxsize, 128, typed_v);
            }
            return Err(type_error(
                "Expected first argument to be an integer, a callable, or None",
            ));
        }
        let size = lru_maxsize(maxsize)?;
        let d = crate::objects::module::dict_of(m);
        let deco = Ref::borrowed(dict::get_str(d, "_lru_cache_decorate").unwrap());
        let size_o = if size < 0 {
            none::none_ref()
        } else {
            Ref::steal(int::from_i64(size as i64))
        };
        new_partial(
            deco.as_ptr(),
            &[],
            &[
                ("maxsize", size_o.as_ptr()),
                ("typed", pybool::from_bool(typed_v).as_ptr()),
            ],
        )
    })())
}

unsafe extern "C" fn f_lru_decorate(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [func, maxsize, typed] = super::modules::bind_py_args(
            "decorating_function",
            args,
            nargs,
            kw,
            &["user_function", "$maxsize", "$typed"],
            1,
        )?;
        let typed = !typed.is_null() && ab::is_true(typed)?;
        make_lru(func, lru_maxsize(maxsize)?, typed)
    })())
}

unsafe extern "C" fn f_cache(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [func] = super::modules::bind_py_args("cache", args, nargs, kw, &["user_function"], 1)?;
        make_lru(func, -1, false)
    })())
}

// ----- total_ordering -----

/// A comparison method that `total_ordering` derives from the class's root
/// comparison (`__gt__` from `__lt__`, ...).
#[repr(C)]
pub struct OrderingMethodObject {
    pub ob_base: PyObject,
    pub root: i32,
    pub target: i32,
}

pub static mut OrderingMethod_Type: PyTypeObject = PyTypeObject {
    tp_call: Some(ordering_call),
    tp_descr_get: Some(ordering_descr_get),
    tp_getattro: Some(generic_getattro_slot),
    tp_getset: &raw mut ORDERING_GETSET as *mut PyGetSetDef,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_METHOD_DESCRIPTOR,
    ..PyTypeObject::new_static(
        c"functools._total_ordering_method",
        std::mem::size_of::<OrderingMethodObject>(),
        0,
    )
};

static mut ORDERING_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"__name__", Some(ordering_name), None),
    getset_def(c"__qualname__", Some(ordering_name), None),
    getset_def_end(),
];

const OP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

unsafe extern "C" fn ordering_name(o: Obj, _: *mut c_void) -> Obj {
    pystr::from_str(OP_NAMES[(*(o as *mut OrderingMethodObject)).target as usize])
}

unsafe extern "C" fn ordering_descr_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(o);
    }
    crate::objects::method::new(o, obj)
}

unsafe extern "C" fn ordering_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        use crate::abstract_::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
        let om = o as *mut OrderingMethodObject;
        let name = OP_NAMES[(*om).target as usize];
        let [slf, other] = super::modules::bind_py_args(
            &format!(
                "_{}_from_{}",
                &name[2..4],
                &OP_NAMES[(*om).root as usize][2..4]
            ),
            tuple::items(args).as_ptr(),
            tuple::len(args) as isize,
            null_mut(),
            &["self", "other"],
            2,
        )?;
        super::modules::no_kwargs(name, kwargs)?;
        let root_name = OP_NAMES[(*om).root as usize];
        let f = ab::getattr_str(type_of(slf) as Obj, root_name)?;
        let r = crate::call::call_vec(f.as_ptr(), &[slf, other])?;
        if r.as_ptr() == none::not_implemented() {
            return Ok(r);
        }
        let t = ab::is_true(r.as_ptr())?;
        let (root, target) = ((*om).root, (*om).target);
        let negation = matches!(
            (root, target),
            (CMP_LT, CMP_GE) | (CMP_LE, CMP_GT) | (CMP_GT, CMP_LE) | (CMP_GE, CMP_LT)
        );
        if negation {
            return Ok(pybool::from_bool(!t));
        }
        match (root, target) {
            // (not r) and self != other
            (CMP_LT, CMP_GT) | (CMP_GT, CMP_LT) => {
                if t {
                    Ok(pybool::from_bool(false))
                } else {
                    ab::richcompare(slf, other, CMP_NE)
                }
            }
            // r or self == other
            (CMP_LT, CMP_LE) | (CMP_GT, CMP_GE) => {
                if t {
                    Ok(r)
                } else {
                    ab::richcompare(slf, other, CMP_EQ)
                }
            }
            // (not r) or self == other
            (CMP_LE, CMP_GE) | (CMP_GE, CMP_LE) => {
                if !t {
                    Ok(pybool::from_bool(true))
                } else {
                    ab::richcompare(slf, other, CMP_EQ)
                }
            }
            // r and self != other
            _ => {
                if !t {
                    Ok(r)
                } else {
                    ab::richcompare(slf, other, CMP_NE)
                }
            }
        }
    })())
}

unsafe extern "C" fn f_total_ordering(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        use crate::abstract_::{CMP_GE, CMP_GT, CMP_LE, CMP_LT};
        let [cls] = super::modules::bind_py_args("total_ordering", args, nargs, kw, &["cls"], 1)?;
        let object_type = &raw mut crate::objects::object::PyBaseObject_Type;
        let defined = |op: i32| -> PyResult<bool> {
            let name = OP_NAMES[op as usize];
            let mine = match ab::getattr_opt_str(cls, name)? {
                Some(v) => v,
                None => return Ok(false),
            };
            let base = ab::getattr_opt_str(object_type as Obj, name)?;
            // Compare what the class's MRO holds with what object holds (bound
            // lookups on types may create fresh wrappers).
            if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
                let raw_mine = lookup_str(cls as *mut PyTypeObject, name);
                let raw_base = lookup_str(object_type, name);
                return Ok(raw_mine != raw_base);
            }
            Ok(base.map(|b| b.as_ptr()) != Some(mine.as_ptr()))
        };
        // Roots in `max(roots)` order of their names: __lt__ > __le__ > __gt__ > __ge__.
        let mut roots = Vec::new();
        for op in [CMP_LT, CMP_LE, CMP_GT, CMP_GE] {
            if defined(op)? {
                roots.push(op);
            }
        }
        if roots.is_empty() {
            return Err(value_error(
                "must define at least one ordering operation: < > <= >=",
            ));
        }
        let root = roots[0];
        let derived: [i32; 3] = match root {
            CMP_LT => [CMP_GT, CMP_LE, CMP_GE],
            CMP_LE => [CMP_GE, CMP_LT, CMP_GT],
            CMP_GT => [CMP_LT, CMP_GE, CMP_LE],
            _ => [CMP_LE, CMP_GT, CMP_LT],
        };
        for target in derived {
            if roots.contains(&target) {
                continue;
            }
            let o = alloc_object(
                &raw mut OrderingMethod_Type,
                std::mem::size_of::<OrderingMethodObject>(),
            );
            (*(o as *mut OrderingMethodObject)).root = root;
            (*(o as *mut OrderingMethodObject)).target = target;
            let m = Ref::steal(o);
            let name = Ref::steal(pystr::from_str(OP_NAMES[target as usize]));
            ab::setattr(cls, name.as_ptr(), m.as_ptr())?;
        }
        Ok(Ref::borrowed(cls))
    })())
}

// ----- singledispatch -----

/// The object `functools.singledispatch(func)` returns: calls dispatch on the class
/// of the first argument. `registry` maps classes to implementations (`object` to
/// `func`); `cache` remembers the implementation chosen per class until the next
/// `register`.
#[repr(C)]
pub struct SingleDispatchObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub func: Obj,
    pub registry: Obj,
    pub cache: Obj,
}

static mut SINGLEDISPATCH_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("register", sd_register, FASTKW),
    crate::method_def!("dispatch", sd_dispatch_m, METH_O),
    crate::method_def!("_clear_cache", sd_clear_cache, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut SINGLEDISPATCH_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"registry", Some(sd_get_registry), None),
    getset_def_end(),
];

pub static mut SingleDispatch_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(sd_dealloc),
    tp_repr: Some(sd_repr),
    tp_call: Some(sd_call),
    tp_descr_get: Some(sd_descr_get),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_methods: &raw mut SINGLEDISPATCH_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut SINGLEDISPATCH_GETSET as *mut PyGetSetDef,
    tp_dictoffset: std::mem::offset_of!(SingleDispatchObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_METHOD_DESCRIPTOR,
    ..PyTypeObject::new_static(
        c"functools._singledispatch_function",
        std::mem::size_of::<SingleDispatchObject>(),
        0,
    )
};

/// `functools.singledispatch(func)`.
unsafe extern "C" fn f_singledispatch(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [func] = crate::args::parse::<1, 1>("singledispatch", args, nargs, kw, &["func"])?;
        make_singledispatch(func)
    })())
}

unsafe fn make_singledispatch(func: Obj) -> PyResult<Ref> {
    type_ready(&raw mut SingleDispatch_Type)?;
    let o = alloc_object(
        &raw mut SingleDispatch_Type,
        std::mem::size_of::<SingleDispatchObject>(),
    );
    let s = o as *mut SingleDispatchObject;
    (*s).func = new_ref(func);
    (*s).registry = dict::new_raw();
    (*s).cache = dict::new_raw();
    let w = Ref::steal(o);
    dict::set_item(
        (*s).registry,
        (&raw mut crate::objects::object::PyBaseObject_Type) as Obj,
        func,
    )?;
    update_wrapper(w.as_ptr(), func, null_mut(), null_mut())?;
    Ok(w)
}

unsafe extern "C" fn sd_dealloc(o: Obj) {
    let s = o as *mut SingleDispatchObject;
    xdecref((*s).dict);
    xdecref((*s).func);
    xdecref((*s).registry);
    xdecref((*s).cache);
    free_object(o);
}

/// Like the Python function CPython returns: `<function name at 0x...>`.
unsafe extern "C" fn sd_repr(o: Obj) -> Obj {
    into_raw((|| {
        let q = match ab::getattr_opt_str(o, "__qualname__")? {
            Some(q) if pystr::is_str(q.as_ptr()) => pystr::as_str(q.as_ptr()).to_string(),
            _ => "singledispatch".to_string(),
        };
        Ok(pystr::from_string(format!(
            "<function {} at {:#x}>",
            q, o as usize
        )))
    })())
}

/// Bound like a function: `obj.method` passes `obj` as the first argument.
unsafe extern "C" fn sd_descr_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() || obj == none::none() {
        return new_ref(o);
    }
    crate::objects::method::new(o, obj)
}

unsafe fn is_type(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
}

/// `int | str` (a `types.UnionType`): its member classes.
unsafe fn union_args(o: Obj) -> PyResult<Option<Vec<Ref>>> {
    if type_name(type_of(o)) != "UnionType" {
        return Ok(None);
    }
    let a = ab::getattr_str(o, "__args__")?;
    Ok(Some(ab::collect(a.as_ptr())?))
}

/// `register(cls, func=None)`: by class (`@f.register(int)`, `f.register(int, impl)`), by
/// union of classes, or by the first annotation of the function (`@f.register`).
unsafe extern "C" fn sd_register(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [cls, func] =
            crate::args::parse::<1, 2>("register", args, nargs, kw, &["cls", "func"])?;
        let none_o = none::none();
        let func = if func == none_o { null_mut() } else { func };
        let union = union_args(cls)?;
        let valid = is_type(cls)
            || union
                .as_ref()
                .is_some_and(|u| u.iter().all(|t| is_type(t.as_ptr())));
        let (cls, func) = if valid {
            if func.is_null() {
                // `@f.register(cls)`: a decorator registering its argument.
                let reg = ab::getattr_str(o, "register")?;
                return new_partial(reg.as_ptr(), &[cls], &[]);
            }
            (Ref::borrowed(cls), Ref::borrowed(func))
        } else {
            if !func.is_null() {
                let r = ab::repr(cls)?;
                return Err(type_error(&format!(
                    "Invalid first argument to `register()`. {} is not a class or union type.",
                    pystr::as_str(r.as_ptr())
                )));
            }
            let ann = ab::getattr_opt_str(cls, "__annotations__")?;
            let items = match &ann {
                Some(a) if dict::is_dict(a.as_ptr()) => dict::items_vec(a.as_ptr()),
                _ => Vec::new(),
            };
            if items.is_empty() {
                let r = ab::repr(cls)?;
                return Err(type_error(&format!(
                    "Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.",
                    pystr::as_str(r.as_ptr())
                )));
            }
            let (argname, mut ann_cls) = items.into_iter().next().unwrap();
            if pystr::is_str(ann_cls.as_ptr()) {
                ann_cls = resolve_annotation(cls, ann_cls.as_ptr())?;
            }
            let u = union_args(ann_cls.as_ptr())?;
            let ok = is_type(ann_cls.as_ptr())
                || u.as_ref()
                    .is_some_and(|u| u.iter().all(|t| is_type(t.as_ptr())));
            if !ok {
                let an = ab::repr(argname.as_ptr())?;
                let r = ab::repr(ann_cls.as_ptr())?;
                return Err(type_error(&format!(
                    "Invalid annotation for {}. {} {}",
                    pystr::as_str(an.as_ptr()),
                    pystr::as_str(r.as_ptr()),
                    if u.is_some() {
                        "not all arguments are classes."
                    } else {
                        "is not a class."
                    }
                )));
            }
            (ann_cls, Ref::borrowed(cls))
        };
        let s = o as *mut SingleDispatchObject;
        match union_args(cls.as_ptr())? {
            Some(members) => {
                for m in members {
                    dict::set_item((*s).registry, m.as_ptr(), func.as_ptr())?;
                }
            }
            None => dict::set_item((*s).registry, cls.as_ptr(), func.as_ptr())?,
        }
        dict::clear((*s).cache);
        Ok(func)
    })())
}

/// A string annotation (`from __future__ import annotations`) names a class in the
/// function's globals or the builtins, as `typing.get_type_hints` evaluates it.
/// TODO(functools): dotted or subscripted string annotations.
unsafe fn resolve_annotation(func: Obj, name: Obj) -> PyResult<Ref> {
    if let Some(g) = ab::getattr_opt_str(func, "__globals__")? {
        if dict::is_dict(g.as_ptr()) {
            if let Some(v) = dict::get_item(g.as_ptr(), name)? {
                return Ok(Ref::borrowed(v));
            }
        }
    }
    if let Some(v) = dict::get_item(super::builtins_dict(), name)? {
        return Ok(Ref::borrowed(v));
    }
    Err(crate::errors::raise(
        crate::objects::exceptions::name_error(),
        &format!("name '{}' is not defined", pystr::as_str(name)),
    ))
}

/// The implementation for `cls`: the registered class nearest in its MRO, with
/// registered abstract base classes (virtual or not) placed after the last MRO entry
/// that is their subclass, an approximation of CPython's `_compose_mro`.
/// TODO(functools): CPython's "Ambiguous dispatch" RuntimeError for unrelated ABCs.
unsafe fn sd_dispatch(o: Obj, cls: Obj) -> PyResult<Ref> {
    let s = o as *mut SingleDispatchObject;
    if let Some(v) = dict::get_item((*s).cache, cls)? {
        return Ok(Ref::borrowed(v));
    }
    let impl_ = match dict::get_item((*s).registry, cls)? {
        Some(v) => Ref::borrowed(v),
        None => {
            let mut mro: Vec<Ref> = if is_type(cls) {
                let m = (*(cls as *mut PyTypeObject)).tp_mro;
                if m.is_null() {
                    vec![Ref::borrowed(cls)]
                } else {
                    tuple::items(m).iter().map(|&t| Ref::borrowed(t)).collect()
                }
            } else {
                let m = ab::getattr_str(cls, "__mro__")?;
                ab::collect(m.as_ptr())?
            };
            for (k, _) in dict::items_vec((*s).registry) {
                let k = k.as_ptr();
                if mro.iter().any(|t| t.as_ptr() == k) || !is_type(k) {
                    continue;
                }
                if !ab::issubclass(cls, k)? {
                    continue;
                }
                let mut at = 0;
                for (i, t) in mro.iter().enumerate() {
                    if ab::issubclass(t.as_ptr(), k)? {
                        at = i + 1;
                    }
                }
                mro.insert(at, Ref::borrowed(k));
            }
            let mut found = None;
            for t in &mro {
                if let Some(v) = dict::get_item((*s).registry, t.as_ptr())? {
                    found = Some(Ref::borrowed(v));
                    break;
                }
            }
            found.unwrap_or_else(none::none_ref)
        }
    };
    dict::set_item((*s).cache, cls, impl_.as_ptr())?;
    Ok(impl_)
}

unsafe extern "C" fn sd_dispatch_m(o: Obj, cls: Obj) -> Obj {
    into_raw(sd_dispatch(o, cls))
}

unsafe extern "C" fn sd_clear_cache(o: Obj, _unused: Obj) -> Obj {
    dict::clear((*(o as *mut SingleDispatchObject)).cache);
    none::none_ref().into_raw()
}

/// `f.registry`: a snapshot of the registry.
/// TODO(mappingproxy): CPython returns a read-only live view (`types.MappingProxyType`).
unsafe extern "C" fn sd_get_registry(o: Obj, _: *mut c_void) -> Obj {
    into_raw(dict::copy((*(o as *mut SingleDispatchObject)).registry))
}

unsafe extern "C" fn sd_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let a = if args.is_null() {
            &[][..]
        } else {
            tuple::items(args)
        };
        if a.is_empty() {
            let name =
                match ab::getattr_opt_str((*(o as *mut SingleDispatchObject)).func, "__name__")? {
                    Some(n) if pystr::is_str(n.as_ptr()) => pystr::as_str(n.as_ptr()).to_string(),
                    _ => "singledispatch function".to_string(),
                };
            return Err(type_error(&format!(
                "{} requires at least 1 positional argument",
                name
            )));
        }
        let cls = ab::getattr_str(a[0], "__class__")?;
        let f = sd_dispatch(o, cls.as_ptr())?;
        crate::call::call_tuple_dict(f.as_ptr(), args, kwargs)
    })())
}

// ----- singledispatchmethod -----

/// `functools.singledispatchmethod(func)`: dispatches on the class of the first
/// argument after `self`/`cls`.
#[repr(C)]
pub struct SingleDispatchMethodObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub dispatcher: Obj,
    pub func: Obj,
}

static mut SDM_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("register", sdm_register, FASTKW),
    METHOD_SENTINEL,
];

static mut SDM_MEMBERS: [PyMemberDef; 3] = [
    member(
        c"dispatcher",
        std::mem::offset_of!(SingleDispatchMethodObject, dispatcher),
    ),
    member(
        c"func",
        std::mem::offset_of!(SingleDispatchMethodObject, func),
    ),
    member_end(),
];

pub static mut SingleDispatchMethod_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(sdm_dealloc),
    tp_descr_get: Some(sdm_descr_get),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_methods: &raw mut SDM_METHODS as *mut PyMethodDef,
    tp_members: &raw mut SDM_MEMBERS as *mut PyMemberDef,
    tp_new: Some(sdm_new),
    tp_dictoffset: std::mem::offset_of!(SingleDispatchMethodObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(
        c"functools.singledispatchmethod",
        std::mem::size_of::<SingleDispatchMethodObject>(),
        0,
    )
};

unsafe extern "C" fn sdm_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [func] =
            crate::args::parse_tuple::<1, 1>("singledispatchmethod", args, kwargs, &["func"])?;
        if !crate::call::is_callable(func)
            && crate::typeobject::lookup_str(type_of(func), "__get__").is_none()
        {
            let r = ab::repr(func)?;
            return Err(type_error(&format!(
                "{} is not callable or a descriptor",
                pystr::as_str(r.as_ptr())
            )));
        }
        let d = make_singledispatch(func)?;
        let o = alloc_object(tp, (*tp).tp_basicsize as usize);
        let s = o as *mut SingleDispatchMethodObject;
        (*s).dispatcher = d.into_raw();
        (*s).func = new_ref(func);
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn sdm_dealloc(o: Obj) {
    let s = o as *mut SingleDispatchMethodObject;
    xdecref((*s).dict);
    xdecref((*s).dispatcher);
    xdecref((*s).func);
    free_object(o);
}

unsafe extern "C" fn sdm_register(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [cls, method] =
            crate::args::parse::<1, 2>("register", args, nargs, kw, &["cls", "method"])?;
        let d = (*(o as *mut SingleDispatchMethodObject)).dispatcher;
        let reg = ab::getattr_str(d, "register")?;
        let m = if method.is_null() {
            none::none()
        } else {
            method
        };
        crate::call::call_vec(reg.as_ptr(), &[cls, m])
    })())
}

/// The callable `singledispatchmethod.__get__` returns: `(method, obj, cls)`.
#[repr(C)]
pub struct SdmBoundObject {
    pub ob_base: PyObject,
    pub method: Obj,
    pub obj: Obj,
    pub cls: Obj,
}

pub static mut SdmBound_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(sdm_bound_dealloc),
    tp_call: Some(sdm_bound_call),
    tp_getattro: Some(generic_getattro_slot),
    tp_flags: TPFLAGS_DEFAULT,
    ..PyTypeObject::new_static(
        c"functools._singledispatchmethod_bound",
        std::mem::size_of::<SdmBoundObject>(),
        0,
    )
};

unsafe extern "C" fn sdm_descr_get(o: Obj, obj: Obj, tp: Obj) -> Obj {
    into_raw((|| {
        type_ready(&raw mut SdmBound_Type)?;
        let b = alloc_object(
            &raw mut SdmBound_Type,
            std::mem::size_of::<SdmBoundObject>(),
        );
        let s = b as *mut SdmBoundObject;
        (*s).method = new_ref(o);
        (*s).obj = if obj.is_null() {
            null_mut()
        } else {
            new_ref(obj)
        };
        (*s).cls = if tp.is_null() {
            null_mut()
        } else {
            new_ref(tp)
        };
        Ok(Ref::steal(b))
    })())
}

unsafe extern "C" fn sdm_bound_dealloc(o: Obj) {
    let s = o as *mut SdmBoundObject;
    xdecref((*s).method);
    xdecref((*s).obj);
    xdecref((*s).cls);
    free_object(o);
}

unsafe extern "C" fn sdm_bound_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let b = o as *mut SdmBoundObject;
        let a = if args.is_null() {
            &[][..]
        } else {
            tuple::items(args)
        };
        if a.is_empty() {
            return Err(crate::errors::raise(
                crate::objects::exceptions::index_error(),
                "tuple index out of range",
            ));
        }
        let sm = (*b).method as *mut SingleDispatchMethodObject;
        let cls = ab::getattr_str(a[0], "__class__")?;
        let method = sd_dispatch((*sm).dispatcher, cls.as_ptr())?;
        let mt = type_of(method.as_ptr());
        let bound = match (*mt).tp_descr_get {
            Some(get) => crate::errors::from_raw(get(method.as_ptr(), (*b).obj, (*b).cls))?,
            None => method,
        };
        crate::call::call_tuple_dict(bound.as_ptr(), args, kwargs)
    })())
}

// ----- cached_property -----

/// `functools.cached_property(func)`: computes once per instance and stores the value
/// in the instance `__dict__` under the name given by `__set_name__`; as a non-data
/// descriptor, the stored value then shadows it.
#[repr(C)]
pub struct CachedPropertyObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub func: Obj,
    pub attrname: Obj,
}

static mut CP_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__set_name__", cp_set_name, METH_FASTCALL),
    METHOD_SENTINEL,
];

static mut CP_MEMBERS: [PyMemberDef; 3] = [
    member(c"func", std::mem::offset_of!(CachedPropertyObject, func)),
    member(
        c"attrname",
        std::mem::offset_of!(CachedPropertyObject, attrname),
    ),
    member_end(),
];

pub static mut CachedProperty_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(cp_dealloc),
    tp_descr_get: Some(cp_descr_get),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_methods: &raw mut CP_METHODS as *mut PyMethodDef,
    tp_members: &raw mut CP_MEMBERS as *mut PyMemberDef,
    tp_new: Some(cp_new),
    tp_dictoffset: std::mem::offset_of!(CachedPropertyObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(
        c"functools.cached_property",
        std::mem::size_of::<CachedPropertyObject>(),
        0,
    )
};

unsafe extern "C" fn cp_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [func] = crate::args::parse_tuple::<1, 1>("cached_property", args, kwargs, &["func"])?;
        let o = alloc_object(tp, (*tp).tp_basicsize as usize);
        let c = o as *mut CachedPropertyObject;
        (*c).func = new_ref(func);
        let r = Ref::steal(o);
        let doc = match ab::getattr_opt_str(func, "__doc__")? {
            Some(d) => d,
            None => none::none_ref(),
        };
        let key = Ref::steal(pystr::from_str("__doc__"));
        ab::setattr(r.as_ptr(), key.as_ptr(), doc.as_ptr())?;
        if let Some(m) = ab::getattr_opt_str(func, "__module__")? {
            let key = Ref::steal(pystr::from_str("__module__"));
            ab::setattr(r.as_ptr(), key.as_ptr(), m.as_ptr())?;
        }
        Ok(r)
    })())
}

unsafe extern "C" fn cp_dealloc(o: Obj) {
    let c = o as *mut CachedPropertyObject;
    xdecref((*c).dict);
    xdecref((*c).func);
    xdecref((*c).attrname);
    free_object(o);
}

unsafe fn cp_name(o: Obj) -> String {
    let a = (*(o as *mut CachedPropertyObject)).attrname;
    if a.is_null() {
        "None".to_string()
    } else {
        format!("'{}'", pystr::as_str(a))
    }
}

unsafe extern "C" fn cp_set_name(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [_owner, name] = crate::args::positional::<2, 2>("__set_name__", args, nargs)?;
        let c = o as *mut CachedPropertyObject;
        if (*c).attrname.is_null() {
            (*c).attrname = new_ref(name);
        } else if !pystr::is_str(name) || !pystr::eq((*c).attrname, name) {
            let r = ab::repr(name)?;
            return Err(type_error(&format!(
                "Cannot assign the same cached_property to two different names ({} and {}).",
                cp_name(o),
                pystr::as_str(r.as_ptr())
            )));
        }
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn cp_descr_get(o: Obj, obj: Obj, _tp: Obj) -> Obj {
    into_raw((|| {
        if obj.is_null() || obj == none::none() {
            return Ok(Ref::borrowed(o));
        }
        let c = o as *mut CachedPropertyObject;
        if (*c).attrname.is_null() {
            return Err(type_error(
                "Cannot use cached_property instance without calling __set_name__ on it.",
            ));
        }
        let cache = match ab::getattr_opt_str(obj, "__dict__") {
            Ok(Some(d)) => d,
            Ok(None) | Err(_) => {
                crate::errors::clear();
                return Err(type_error(&format!(
                    "No '__dict__' attribute on '{}' instance to cache {} property.",
                    type_name(type_of(obj)),
                    cp_name(o)
                )));
            }
        };
        if dict::is_dict(cache.as_ptr()) {
            if let Some(v) = dict::get_item(cache.as_ptr(), (*c).attrname)? {
                return Ok(Ref::borrowed(v));
            }
        }
        let val = crate::call::call1((*c).func, obj)?;
        if !dict::is_dict(cache.as_ptr()) {
            return Err(type_error(&format!(
                "The '__dict__' attribute on '{}' instance does not support item assignment for caching {} property.",
                type_name(type_of(obj)),
                cp_name(o)
            )));
        }
        dict::set_item(cache.as_ptr(), (*c).attrname, val.as_ptr())?;
        Ok(val)
    })())
}
