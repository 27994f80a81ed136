//! Creating classes at run time: `type(name, bases, dict)` (the metatype's `tp_new`),
//! the `class` statement's protocol (namespace, body, metaclass call, `__class__` cell),
//! and instance deallocation for heap types.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{cell, dict, function, str as pystr, tuple};
use crate::typeobject::*;
use std::ffi::CString;
use std::ptr::null_mut;

/// `type.__init__(cls, ...)`: does nothing but check the argument count as CPython
/// does (a metaclass's `super().__init__(name, bases, ns)` arrives here).
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn type_init(_cls: Obj, args: Obj, kwargs: Obj) -> std::ffi::c_int {
    let nargs = if args.is_null() { 0 } else { tuple::len(args) };
    let nkw = if kwargs.is_null() {
        0
    } else {
        dict::len(kwargs)
    };
    if nargs == 1 && nkw != 0 {
        crate::errors::type_error("type.__init__() takes no keyword arguments");
        return -1;
    }
    if nargs != 1 && nargs != 3 {
        crate::errors::type_error("type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    0
}

/// `type.__new__(metatype, name, bases, namespace)`.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn type_new(meta: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let a = tuple::items(args);
        if a.len() != 3 {
            return Err(crate::errors::type_error(
                "type.__new__() takes exactly 3 arguments",
            ));
        }
        let (name, bases, ns) = (a[0], a[1], a[2]);
        if !pystr::is_str(name) || !tuple::is_tuple(bases) || !dict::is_dict(ns) {
            return Err(crate::errors::type_error(
                "type.__new__() argument types must be (str, tuple, dict)",
            ));
        }
        // The most derived metaclass of the bases' (CPython's check comes first, so
        // `type("Z", (5,), {})` is a metaclass conflict).
        let winner = calculate_metatype(meta, tuple::items(bases))?;
        if winner != meta {
            if let Some(new) = (*winner).tp_new {
                if new as usize != type_new as usize {
                    return Ref::from_raw(new(winner, args, kwargs)).ok_or(crate::errors::Raised);
                }
            }
        }
        let t = new_heap_type(winner, name, bases, ns)?;
        init_subclass(t.as_ptr() as *mut PyTypeObject, kwargs)?;
        Ok(t)
    })())
}

unsafe fn calculate_metatype(
    meta: *mut PyTypeObject,
    bases: &[Obj],
) -> PyResult<*mut PyTypeObject> {
    let mut winner = meta;
    for &b in bases {
        let bt = type_of(b);
        if is_subtype(winner, bt) {
            continue;
        }
        if is_subtype(bt, winner) {
            winner = bt;
            continue;
        }
        return Err(crate::errors::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Builds a heap type. New reference.
///
/// # Safety
/// `name` is a str, `bases` a tuple, `ns` a dict.
pub unsafe fn new_heap_type(
    meta: *mut PyTypeObject,
    name: Obj,
    bases: Obj,
    ns: Obj,
) -> PyResult<Ref> {
    let object_type = &raw mut crate::objects::object::PyBaseObject_Type;
    let bases_v: Vec<Obj> = tuple::items(bases).to_vec();
    for &b in &bases_v {
        if (*type_of(b)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            return Err(crate::errors::type_error(&format!(
                "bases must be types, not {}",
                obj_type_name(b)
            )));
        }
        if (*(b as *mut PyTypeObject)).tp_flags & TPFLAGS_BASETYPE == 0 {
            return Err(crate::errors::type_error(&format!(
                "type '{}' is not an acceptable base type",
                type_tp_name(b as *mut PyTypeObject)
            )));
        }
    }
    let meta = calculate_metatype(meta, &bases_v)?;
    let bases = if bases_v.is_empty() {
        Ref::steal(tuple::pack(&[object_type as Obj]))
    } else {
        Ref::borrowed(bases)
    };
    for (i, &b) in bases_v.iter().enumerate() {
        if bases_v[..i].contains(&b) {
            return Err(crate::errors::type_error(&format!(
                "duplicate base class {}",
                type_name(b as *mut PyTypeObject)
            )));
        }
    }
    let base = best_base(tuple::items(bases.as_ptr()))?;
    let size = ((*meta).tp_basicsize as usize).max(std::mem::size_of::<PyHeapTypeObject>());
    let o = alloc_object(meta, size);
    let tp = o as *mut PyTypeObject;
    let ht = o as *mut PyHeapTypeObject;
    let t = Ref::steal(o);
    let name_s = pystr::as_str(name).to_string();
    let cname = CString::new(name_s.replace('\0', "")).unwrap();
    (*ht)._ht_tpname = {
        let bytes = cname.as_bytes_with_nul();
        let p = mem_alloc(bytes.len());
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        p as *mut std::ffi::c_char
    };
    (*tp).tp_name = (*ht)._ht_tpname;
    (*ht).ht_name = new_ref(name);
    let d = dict::copy(ns)?;
    // Like CPython, a class without `__module__` gets the running frame's module name
    // (`type("C", (), {})` in module m is `m.C`).
    if dict::get_str(d.as_ptr(), "__module__").is_none() {
        if let Some(m) = crate::frames::module_name(0) {
            dict::set_str(d.as_ptr(), "__module__", m.as_ptr())?;
        }
    }
    (*ht).ht_qualname = match dict::pop_item(
        d.as_ptr(),
        pystr::from_string("__qualname__".into()).as_ptr(),
    )? {
        Some(q) => q.into_raw(),
        None => new_ref(name),
    };
    (*tp).tp_flags = TPFLAGS_DEFAULT | TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE;
    (*tp).tp_base = new_ref(base as Obj) as *mut PyTypeObject;
    (*tp).tp_bases = bases.into_raw();
    (*tp).tp_as_async = &raw mut (*ht).as_async;
    (*tp).tp_as_number = &raw mut (*ht).as_number;
    (*tp).tp_as_mapping = &raw mut (*ht).as_mapping;
    (*tp).tp_as_sequence = &raw mut (*ht).as_sequence;
    (*tp).tp_as_buffer = &raw mut (*ht).as_buffer;
    (*tp).tp_basicsize = (*base).tp_basicsize;
    (*tp).tp_itemsize = (*base).tp_itemsize;
    let slots = match dict::get_str(d.as_ptr(), "__slots__") {
        Some(s) => Some(slot_names(s)?),
        None => None,
    };
    let wants_dict = match &slots {
        None => true,
        Some(names) => names.iter().any(|n| n == "__dict__"),
    };
    if let Some(names) = &slots {
        let names: Vec<&String> = names
            .iter()
            .filter(|n| *n != "__dict__" && *n != "__weakref__")
            .collect();
        if !names.is_empty() && (*base).tp_itemsize != 0 {
            return Err(crate::errors::type_error(&format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                type_name(base)
            )));
        }
        let mut members = Vec::new();
        let class_name = pystr::as_str(name).to_string();
        for n in names {
            let off = (*tp).tp_basicsize;
            (*tp).tp_basicsize += std::mem::size_of::<Obj>() as isize;
            let cname = CString::new(mangle(&class_name, n)).unwrap();
            members.push(PyMemberDef {
                name: cname.into_raw(),
                type_code: crate::objects::descr::T_OBJECT_EX,
                offset: off,
                flags: 0,
                doc: std::ptr::null(),
            });
        }
        if !members.is_empty() {
            members.push(PyMemberDef {
                name: std::ptr::null(),
                type_code: 0,
                offset: 0,
                flags: 0,
                doc: std::ptr::null(),
            });
            (*tp).tp_members = Box::leak(members.into_boxed_slice()).as_mut_ptr();
        }
    }
    if (*base).tp_dictoffset == 0 && wants_dict {
        if (*base).tp_itemsize != 0 {
            (*tp).tp_dictoffset = -1;
        } else {
            (*tp).tp_dictoffset = (*tp).tp_basicsize;
            (*tp).tp_basicsize += std::mem::size_of::<Obj>() as isize;
        }
    }
    (*tp).tp_dealloc = Some(subtype_dealloc);
    (*tp).tp_getattro = None;
    // Wrap __new__ as a staticmethod, __init_subclass__/__class_getitem__ as classmethods.
    if let Some(f) = dict::get_str(d.as_ptr(), "__new__") {
        if function::is_function(f) {
            let sm = Ref::steal(crate::objects::funcobjects::staticmethod_new(f));
            dict::set_str(d.as_ptr(), "__new__", sm.as_ptr())?;
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_str(d.as_ptr(), cm) {
            if function::is_function(f) {
                let c = crate::call::call1(
                    &raw mut crate::objects::funcobjects::PyClassMethod_Type as Obj,
                    f,
                )?;
                dict::set_str(d.as_ptr(), cm, c.as_ptr())?;
            }
        }
    }
    if dict::get_str(d.as_ptr(), "__eq__").is_some()
        && dict::get_str(d.as_ptr(), "__hash__").is_none()
    {
        dict::set_str(d.as_ptr(), "__hash__", crate::objects::none::none())?;
    }
    if dict::get_str(d.as_ptr(), "__doc__").is_none() {
        dict::set_str(d.as_ptr(), "__doc__", crate::objects::none::none())?;
    }
    (*tp).tp_dict = d.into_raw();
    dict::watch((*tp).tp_dict);
    (*tp).tp_mro = compute_mro(tp)?.into_raw();
    type_cache_invalidate();
    type_ready(tp)?;
    crate::slots::update_slots(tp);
    set_names(tp)?;
    Ok(t)
}

/// Private name mangling of a `__slots__` entry: `__x` in class `_C` is `_C__x`.
fn mangle(class_name: &str, n: &str) -> String {
    let owner = class_name.trim_start_matches('_');
    if !n.starts_with("__") || n.ends_with("__") || n.contains('.') || owner.is_empty() {
        return n.to_string();
    }
    format!("_{}{}", owner, n)
}

/// The names in `__slots__` (a string or an iterable of strings).
unsafe fn slot_names(s: Obj) -> PyResult<Vec<String>> {
    if pystr::is_str(s) {
        return Ok(vec![pystr::as_str(s).to_string()]);
    }
    let mut out = Vec::new();
    for n in crate::abstract_::collect(s)? {
        if !pystr::is_str(n.as_ptr()) {
            return Err(crate::errors::type_error(&format!(
                "__slots__ items must be strings, not '{}'",
                obj_type_name(n.as_ptr())
            )));
        }
        out.push(pystr::as_str(n.as_ptr()).to_string());
    }
    Ok(out)
}

/// CPython's `best_base`: the base whose instance layout every other base's layout is
/// a prefix of (that base's layout is the new class's), or CPython's TypeError when two
/// bases add fields independently (`class C(int, str)`).
unsafe fn best_base(bases: &[Obj]) -> PyResult<*mut PyTypeObject> {
    let mut winner: *mut PyTypeObject = std::ptr::null_mut();
    let mut base = bases[0] as *mut PyTypeObject;
    for &b in bases {
        let bt = b as *mut PyTypeObject;
        let candidate = solid_base(bt);
        if winner.is_null() {
            winner = candidate;
            base = bt;
        } else if is_subtype(winner, candidate) {
        } else if is_subtype(candidate, winner) {
            winner = candidate;
            base = bt;
        } else {
            return Err(crate::errors::type_error(
                "multiple bases have instance lay-out conflict",
            ));
        }
    }
    Ok(base)
}

/// The most derived class in `t`'s base chain that adds instance fields to its own
/// base (an instance dict alone does not count, as CPython 3.12 manages dicts apart).
unsafe fn solid_base(t: *mut PyTypeObject) -> *mut PyTypeObject {
    let object_type = &raw mut crate::objects::object::PyBaseObject_Type;
    let b = (*t).tp_base;
    if b.is_null() {
        return object_type;
    }
    let dict_added = (*t).tp_dictoffset != 0 && (*b).tp_dictoffset == 0;
    let own_size = (*t).tp_basicsize
        - if dict_added {
            std::mem::size_of::<Obj>() as isize
        } else {
            0
        };
    if own_size != (*b).tp_basicsize || (*t).tp_itemsize != (*b).tp_itemsize {
        t
    } else {
        solid_base(b)
    }
}

unsafe fn set_names(tp: *mut PyTypeObject) -> PyResult<()> {
    for (k, v) in dict::items_vec((*tp).tp_dict) {
        if let Some(sn) = crate::abstract_::lookup_special(v.as_ptr(), "__set_name__") {
            crate::call::call_vec(sn.as_ptr(), &[v.as_ptr(), tp as Obj, k.as_ptr()])?;
        }
    }
    Ok(())
}

unsafe fn init_subclass(tp: *mut PyTypeObject, kwargs: Obj) -> PyResult<()> {
    let base = (*tp).tp_base;
    let sup = Ref::steal(crate::objects::superobject::new_super(
        base_for_super(tp, base),
        tp as Obj,
    )?);
    let f = crate::abstract_::getattr_str(sup.as_ptr(), "__init_subclass__")?;
    let empty = Ref::steal(tuple::empty());
    crate::call::call_tuple_dict(f.as_ptr(), empty.as_ptr(), kwargs)?;
    Ok(())
}

unsafe fn base_for_super(tp: *mut PyTypeObject, _base: *mut PyTypeObject) -> *mut PyTypeObject {
    tp
}

/// Objects whose `__del__` resurrected them (CPython keeps this as a GC flag).
static mut RESURRECTED: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();

/// `tp_dealloc` of every heap type: releases the instance dict added by the class, then
/// hands the object to the nearest static base's deallocator.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn subtype_dealloc(o: Obj) {
    let tp = type_of(o);
    // `__del__` runs on the object resurrected for the call; if it stored a new
    // reference somewhere, the object lives on, and (as in CPython) its `__del__` is
    // not run again when it dies again.
    if let Some(fin) = (*tp).tp_finalize {
        #[allow(static_mut_refs)]
        let again = !RESURRECTED.is_empty() && RESURRECTED.remove(&(o as usize));
        if !again {
            (*o).ob_refcnt = 1;
            fin(o);
            (*o).ob_refcnt -= 1;
            if (*o).ob_refcnt > 0 {
                #[allow(static_mut_refs)]
                RESURRECTED.insert(o as usize);
                return;
            }
        }
    }
    let mut base = tp;
    // The nearest static base, or a heap type written in C (its own deallocator
    // releases what its C code owns).
    while is_heap_type(base)
        && (!is_c_type(base)
            || (*base).tp_dealloc.map(|f| f as usize) == Some(subtype_dealloc as usize))
    {
        base = (*base).tp_base;
    }
    if (*base).tp_dictoffset == 0 {
        let dp = instance_dict_ptr(o);
        if !dp.is_null() {
            let d = *dp;
            *dp = null_mut();
            xdecref(d);
        }
    }
    // A static base written in C frees the memory with a plain tp_free, which (unlike
    // the runtime's free_object) keeps the instance's reference to its heap type: drop it
    // here, as CPython's subtype_dealloc does.
    let own_dealloc = (*base).tp_base.is_null()
        || (*base).tp_dealloc.map(|f| f as usize)
            != (*(*base).tp_base).tp_dealloc.map(|f| f as usize);
    let drop_type =
        base != tp && is_c_type(base) && own_dealloc && !is_heap_type(base) && is_heap_type(tp);
    match (*base).tp_dealloc {
        Some(f) => f(o),
        None => free_object(o),
    }
    if drop_type {
        decref(tp as Obj);
    }
}

/// The bases after PEP 560's `__mro_entries__` (None when no base needed it).
///
/// # Safety
/// `bases` is a tuple.
unsafe fn resolve_mro_entries(bases: Obj) -> PyResult<Option<Ref>> {
    let items = tuple::items(bases);
    if items
        .iter()
        .all(|&b| (*type_of(b)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0)
    {
        return Ok(None);
    }
    let mut out: Vec<Ref> = Vec::new();
    let mut changed = false;
    for &b in items {
        if (*type_of(b)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            if let Some(f) = crate::abstract_::getattr_opt_str(b, "__mro_entries__")? {
                let r = crate::call::call1(f.as_ptr(), bases)?;
                if !tuple::is_tuple(r.as_ptr()) {
                    return Err(crate::errors::type_error(
                        "__mro_entries__ must return a tuple",
                    ));
                }
                out.extend(tuple::items(r.as_ptr()).iter().map(|&x| Ref::borrowed(x)));
                changed = true;
                continue;
            }
        }
        out.push(Ref::borrowed(b));
    }
    Ok(changed.then(|| Ref::steal(tuple::from_refs(out))))
}

/// Builds a class from its compiled body: runs the body with a fresh namespace, calls the
/// metaclass, and fills the `__class__` cell used by zero-argument `super()`.
/// `kwargs` holds the class keywords (including `metaclass`), or null. New reference.
///
/// # Safety
/// `body` is a function taking the namespace dict; `bases` a tuple.
pub unsafe fn build_class(
    body: Obj,
    name: Obj,
    qualname: Obj,
    bases: Obj,
    kwargs: Obj,
) -> PyResult<Ref> {
    // PEP 560: a base that is not a class may stand for others (`__mro_entries__`).
    let orig_bases = bases;
    let resolved = resolve_mro_entries(bases)?;
    let bases = resolved.as_ref().map(|r| r.as_ptr()).unwrap_or(bases);
    let kw = if kwargs.is_null() {
        Ref::steal(dict::new_raw())
    } else {
        dict::copy(kwargs)?
    };
    let meta_key = Ref::steal(pystr::from_str("metaclass"));
    let explicit_meta = dict::pop_item(kw.as_ptr(), meta_key.as_ptr())?;
    let mut meta: Obj = match &explicit_meta {
        Some(m) => m.as_ptr(),
        None => &raw mut PyType_Type as Obj,
    };
    if (*type_of(meta)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        meta = calculate_metatype(meta as *mut PyTypeObject, tuple::items(bases))? as Obj;
    }
    let ns = match crate::abstract_::getattr_opt_str(meta, "__prepare__")? {
        Some(p) => {
            let argt = Ref::steal(tuple::from_slice(&[name, bases]));
            crate::call::call_tuple_dict(p.as_ptr(), argt.as_ptr(), kw.as_ptr())?
        }
        None => Ref::steal(dict::new_raw()),
    };
    let globals = function::globals(body);
    if let Some(m) = dict::get_str(globals, "__name__") {
        crate::abstract_::setitem(
            ns.as_ptr(),
            pystr::from_string("__module__".into()).as_ptr(),
            m,
        )?;
    }
    crate::abstract_::setitem(
        ns.as_ptr(),
        pystr::from_string("__qualname__".into()).as_ptr(),
        qualname,
    )?;
    if resolved.is_some() {
        crate::abstract_::setitem(
            ns.as_ptr(),
            pystr::from_string("__orig_bases__".into()).as_ptr(),
            orig_bases,
        )?;
    }
    let cell_obj = crate::call::call1(body, ns.as_ptr())?;
    let argt = Ref::steal(tuple::from_slice(&[name, bases, ns.as_ptr()]));
    let cls = crate::call::call_tuple_dict(meta, argt.as_ptr(), kw.as_ptr())?;
    if type_of(cell_obj.as_ptr()) == &raw mut cell::PyCell_Type {
        cell::set(cell_obj.as_ptr(), cls.as_ptr());
    }
    Ok(cls)
}

/// Makes an instance of a Python subclass of a builtin immutable type (int, float, str,
/// tuple, bytes) holding a copy of the builtin value. New reference.
///
/// # Safety
/// `tp` is a subtype of the value's type.
pub unsafe fn subtype_from_builtin(tp: *mut PyTypeObject, value: Ref) -> PyResult<Ref> {
    use crate::objects::{bytes, float, int, str as s, tuple};
    let v = value.as_ptr();
    let alloc = (*tp).tp_alloc.unwrap_or(generic_alloc);
    if int::is_int(v) {
        let o = alloc(tp, 0);
        let (src, dst) = (v as *mut int::PyLongObject, o as *mut int::PyLongObject);
        (*dst).small = (*src).small;
        if !(*src).big.is_null() {
            (*dst).big = Box::into_raw(Box::new((*(*src).big).clone()));
        }
        return Ok(Ref::steal(o));
    }
    if float::is_float(v) {
        let o = alloc(tp, 0);
        (*(o as *mut float::PyFloatObject)).ob_fval = float::value(v);
        return Ok(Ref::steal(o));
    }
    if s::is_str(v) {
        let o = alloc(tp, 0);
        s::init_subclass_instance(o, v);
        return Ok(Ref::steal(o));
    }
    if tuple::is_tuple(v) {
        let items = tuple::items(v);
        let o = alloc(tp, items.len() as isize);
        for (i, &x) in items.iter().enumerate() {
            tuple::set_item(o, i, new_ref(x));
        }
        return Ok(Ref::steal(o));
    }
    if bytes::is_bytes(v) {
        let b = bytes::as_bytes(v);
        let o = alloc(tp, b.len() as isize);
        let bo = o as *mut bytes::PyBytesObject;
        (*bo).ob_shash = -1;
        std::ptr::copy_nonoverlapping(b.as_ptr(), (*bo).ob_sval.as_mut_ptr(), b.len());
        return Ok(Ref::steal(o));
    }
    Err(crate::errors::raise(
        crate::objects::exceptions::not_implemented_error(),
        &format!(
            "instances of subclasses of '{}' are not supported by Molt yet",
            type_name((*tp).tp_base)
        ),
    ))
}
