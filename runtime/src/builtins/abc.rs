//! The `_abc` module behind `stdlib/abc.py`, as CPython's C accelerator of the same
//! name: the machinery of `ABCMeta`. Per class it keeps the registry of virtual
//! subclasses, a positive and a negative cache of `issubclass` answers (the negative
//! one stamped with the global invalidation counter that every `register` bumps), and
//! the direct ABC subclasses; it computes `__abstractmethods__` (`_abc_init`,
//! `update_abstractmethods`), and `object.__new__` asks [`abstract_instantiation_error`]
//! for the "Can't instantiate abstract class" message.
//!
//! The per-class data (`cls._abc_impl`) is a list `[registry, cache, negative_cache,
//! negative_cache_version, subclasses]`, the three sets being dicts keyed by class.
//!
//! TODO(abc): CPython holds registry and cache entries through weak references; Molt has
//! no weak references yet, so they are strong (classes registered with an ABC, or
//! checked against one, live as long as the ABC).

use crate::abstract_ as ab;
use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{bool as pybool, dict, int, list, none, set, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

/// The invalidation counter: bumped by every `register`, it stales negative caches.
static mut INVALIDATION_COUNTER: i64 = 0;

const REGISTRY: usize = 0;
const CACHE: usize = 1;
const NEG_CACHE: usize = 2;
const NEG_VERSION: usize = 3;
const SUBCLASSES: usize = 4;

/// `Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING`: what `__abc_tpflags__` and `register`
/// pass on, so that `match` recognises registered and derived collections.
const COLLECTION_FLAGS: std::ffi::c_ulong = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

static mut ABC_METHODS: [PyMethodDef; 11] = [
    crate::method_def!("_abc_init", abc_init),
    crate::method_def!("_abc_register", abc_register),
    crate::method_def!("_abc_instancecheck", abc_instancecheck),
    crate::method_def!("_abc_subclasscheck", abc_subclasscheck),
    crate::method_def!("_get_dump", abc_get_dump),
    crate::method_def!("_reset_registry", abc_reset_registry),
    crate::method_def!("_reset_caches", abc_reset_caches),
    crate::method_def!("get_cache_token", abc_get_cache_token),
    crate::method_def!("abstractmethod", abc_abstractmethod),
    crate::method_def!("update_abstractmethods", abc_update_abstractmethods),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    super::modules::module_from_defs("_abc", &raw mut ABC_METHODS as *mut _)
}

unsafe fn is_type(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
}

/// Whether a namespace value is abstract: its `__isabstractmethod__` is true.
unsafe fn is_abstract(value: Obj) -> PyResult<bool> {
    use crate::objects::funcobjects::{PyClassMethod_Type, PyProperty_Type, PyStaticMethod_Type};
    // TODO(abc): Molt's property, classmethod and staticmethod do not compute
    // `__isabstractmethod__` from what they wrap (CPython's do); look inside them here.
    if is_instance_of(value, &raw mut PyProperty_Type) {
        for part in ["fget", "fset", "fdel"] {
            let f = ab::getattr_str(value, part)?;
            if f.as_ptr() != none::none() && is_abstract(f.as_ptr())? {
                return Ok(true);
            }
        }
    } else if is_instance_of(value, &raw mut PyClassMethod_Type)
        || is_instance_of(value, &raw mut PyStaticMethod_Type)
    {
        let f = ab::getattr_str(value, "__func__")?;
        if is_abstract(f.as_ptr())? {
            return Ok(true);
        }
    }
    match ab::getattr_opt_str(value, "__isabstractmethod__")? {
        Some(v) => ab::is_true(v.as_ptr()),
        None => Ok(false),
    }
}

/// Sets `cls.__abstractmethods__` (`cls` a class): the abstract names of its own namespace plus the
/// inherited abstract names that `cls` still resolves to an abstract value.
pub unsafe fn compute_abstract_methods(cls: Obj) -> PyResult<()> {
    let tp = cls as *mut PyTypeObject;
    let names = set::new_empty(&raw mut set::PyFrozenSet_Type);
    for (k, v) in dict::items_vec((*tp).tp_dict) {
        if is_abstract(v.as_ptr())? {
            set::add(names.as_ptr(), k.as_ptr())?;
        }
    }
    let bases = (*tp).tp_bases;
    if !bases.is_null() {
        for &b in tuple::items(bases) {
            let Some(inherited) = ab::getattr_opt_str(b, "__abstractmethods__")? else {
                continue;
            };
            for name in ab::collect(inherited.as_ptr())? {
                let value = ab::getattr_opt(cls, name.as_ptr())?;
                if let Some(v) = value {
                    if is_abstract(v.as_ptr())? {
                        set::add(names.as_ptr(), name.as_ptr())?;
                    }
                }
            }
        }
    }
    let key = Ref::steal(pystr::from_str("__abstractmethods__"));
    ab::setattr(cls, key.as_ptr(), names.as_ptr())
}

/// `type.__abstractmethods__` was set (`v`) or deleted (null): keeps
/// `Py_TPFLAGS_IS_ABSTRACT` in step, as CPython's setter does.
///
/// # Safety
/// `tp` is a heap type; `v` null or live.
pub unsafe fn abstractmethods_changed(tp: *mut PyTypeObject, v: Obj) -> PyResult<()> {
    let abstract_ = !v.is_null() && ab::is_true(v)?;
    if abstract_ {
        (*tp).tp_flags |= TPFLAGS_IS_ABSTRACT;
    } else {
        (*tp).tp_flags &= !TPFLAGS_IS_ABSTRACT;
    }
    Ok(())
}

/// Raises CPython 3.12's TypeError for instantiating an abstract class:
/// `Can't instantiate abstract class C without an implementation for abstract
/// method(s) 'f', 'g'` (names sorted).
///
/// # Safety
/// `tp` is a live type.
pub unsafe fn abstract_instantiation_error(tp: *mut PyTypeObject) -> crate::errors::Raised {
    let mut names: Vec<String> = Vec::new();
    if let Ok(Some(am)) = ab::getattr_opt_str(tp as Obj, "__abstractmethods__") {
        if let Ok(items) = ab::collect(am.as_ptr()) {
            for n in items {
                if pystr::is_str(n.as_ptr()) {
                    names.push(pystr::as_str(n.as_ptr()).to_string());
                }
            }
        }
    }
    crate::errors::clear();
    names.sort();
    crate::errors::type_error(&format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} '{}'",
        type_name(tp),
        if names.len() > 1 { "s" } else { "" },
        names.join("', '")
    ))
}

/// Attribute names used on every check, created once (their hashes stay cached).
static mut NAMES: [Obj; 4] = [null_mut(); 4];
const N_IMPL: usize = 0;
const N_CLASS: usize = 1;
const N_SUBCLASSCHECK: usize = 2;
const N_SUBCLASSHOOK: usize = 3;

/// The interned name `i` (borrowed; never freed).
unsafe fn name(i: usize) -> Obj {
    if NAMES[i].is_null() {
        let text = [
            "_abc_impl",
            "__class__",
            "__subclasscheck__",
            "__subclasshook__",
        ][i];
        NAMES[i] = pystr::from_str(text);
    }
    NAMES[i]
}

/// The `_abc_impl` list of `cls` (borrowed through the returned reference).
unsafe fn impl_of(cls: Obj) -> PyResult<Ref> {
    let d = ab::getattr(cls, name(N_IMPL))?;
    if !list::is_list(d.as_ptr()) || list::len(d.as_ptr()) != 5 {
        return Err(crate::errors::type_error(
            "_abc_impl is set to a wrong type",
        ));
    }
    Ok(d)
}

unsafe fn slot(data: &Ref, i: usize) -> Obj {
    list::item(data.as_ptr(), i)
}

unsafe fn set_slot(data: &Ref, i: usize, v: Ref) {
    // SAFETY: `data` is a 5-item list; the old item's reference is released.
    let items = list::items(data.as_ptr()).as_ptr() as *mut Obj;
    let old = *items.add(i);
    *items.add(i) = v.into_raw();
    decref(old);
}

unsafe fn counter() -> i64 {
    INVALIDATION_COUNTER
}

unsafe fn args1(f: &str, args: *const Obj, nargs: isize, kw: Obj) -> PyResult<Obj> {
    let [a] = crate::args::parse_pos::<1, 1>(f, args, nargs, kw)?;
    Ok(a)
}

unsafe fn args2(f: &str, args: *const Obj, nargs: isize, kw: Obj) -> PyResult<[Obj; 2]> {
    crate::args::parse_pos::<2, 2>(f, args, nargs, kw)
}

/// `_abc_init(cls)`: computes `__abstractmethods__`, creates the per-class data, records
/// `cls` with its ABC bases, and applies `__abc_tpflags__`.
unsafe extern "C" fn abc_init(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let cls = args1("_abc_init", args, nargs, kw)?;
        if !is_type(cls) {
            return Err(crate::errors::type_error(
                "_abc_init() argument must be a class",
            ));
        }
        compute_abstract_methods(cls)?;
        let data = Ref::steal(list::from_refs(vec![
            Ref::steal(dict::new_raw()),
            Ref::steal(dict::new_raw()),
            Ref::steal(dict::new_raw()),
            Ref::steal(int::from_i64(counter())),
            Ref::steal(list::with_capacity(0)),
        ]));
        let tp = cls as *mut PyTypeObject;
        // Record `cls` as a direct subclass of each ABC base (CPython walks
        // `__subclasses__()`; Molt keeps the list here).
        let bases = (*tp).tp_bases;
        if !bases.is_null() {
            for &b in tuple::items(bases) {
                let own = dict::get_str((*(b as *mut PyTypeObject)).tp_dict, "_abc_impl");
                if let Some(bd) = own {
                    if list::is_list(bd) && list::len(bd) == 5 {
                        list::push(list::item(bd, SUBCLASSES), new_ref(cls));
                    }
                }
                // Molt's type creation does not pass the collection flags on to
                // subclasses (CPython's does): ABC classes inherit them here.
                (*tp).tp_flags |= (*(b as *mut PyTypeObject)).tp_flags & COLLECTION_FLAGS;
            }
        }
        let key = Ref::steal(pystr::from_str("_abc_impl"));
        ab::setattr(cls, key.as_ptr(), data.as_ptr())?;
        let d = (*tp).tp_dict;
        if let Some(flags) = dict::get_str(d, "__abc_tpflags__") {
            if let Some(f) = int::as_i64(flags) {
                (*tp).tp_flags &= !COLLECTION_FLAGS;
                (*tp).tp_flags |= (f as std::ffi::c_ulong) & COLLECTION_FLAGS;
            }
            let k = Ref::steal(pystr::from_str("__abc_tpflags__"));
            dict::del_item(d, k.as_ptr())?;
        }
        Ok(none::none_ref())
    })())
}

/// Gives `tp` and (recursively) its ABC subclasses the collection flags `flags`.
unsafe fn set_collection_flag_recursive(tp: *mut PyTypeObject, flags: std::ffi::c_ulong) {
    if !is_heap_type(tp) || (*tp).tp_flags & COLLECTION_FLAGS != 0 {
        return;
    }
    (*tp).tp_flags |= flags;
    if let Some(d) = dict::get_str((*tp).tp_dict, "_abc_impl") {
        if list::is_list(d) && list::len(d) == 5 {
            let subs: Vec<Obj> = list::items(list::item(d, SUBCLASSES)).to_vec();
            for s in subs {
                set_collection_flag_recursive(s as *mut PyTypeObject, flags);
            }
        }
    }
}

/// `_abc_register(cls, subclass)`: `ABCMeta.register`.
unsafe extern "C" fn abc_register(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [cls, subclass] = args2("_abc_register", args, nargs, kw)?;
        if !is_type(subclass) {
            return Err(crate::errors::type_error("Can only register classes"));
        }
        if ab::issubclass(subclass, cls)? {
            return Ok(Ref::borrowed(subclass));
        }
        if ab::issubclass(cls, subclass)? {
            return Err(crate::errors::raise(
                crate::objects::exceptions::runtime_error(),
                "Refusing to create an inheritance cycle",
            ));
        }
        let data = impl_of(cls)?;
        dict::set_item(slot(&data, REGISTRY), subclass, none::none())?;
        INVALIDATION_COUNTER += 1;
        let flags = (*(cls as *mut PyTypeObject)).tp_flags & COLLECTION_FLAGS;
        if flags != 0 {
            set_collection_flag_recursive(subclass as *mut PyTypeObject, flags);
        }
        Ok(Ref::borrowed(subclass))
    })())
}

unsafe fn in_set(s: Obj, k: Obj) -> PyResult<bool> {
    Ok(dict::get_item(s, k)?.is_some())
}

unsafe fn call_subclasscheck(cls: Obj, sub: Obj) -> PyResult<bool> {
    let r = crate::call::call_method(cls, name(N_SUBCLASSCHECK), &sub, 1, null_mut())?;
    ab::is_true(r.as_ptr())
}

/// `_abc_instancecheck(cls, instance)`: `ABCMeta.__instancecheck__`.
unsafe extern "C" fn abc_instancecheck(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [cls, instance] = args2("_abc_instancecheck", args, nargs, kw)?;
        let data = impl_of(cls)?;
        let subclass = ab::getattr(instance, name(N_CLASS))?;
        if in_set(slot(&data, CACHE), subclass.as_ptr())? {
            return Ok(pybool::from_bool(true));
        }
        let subtype = type_of(instance) as Obj;
        if subtype == subclass.as_ptr() {
            let version = int::as_i64(slot(&data, NEG_VERSION)).unwrap_or(-1);
            if version == counter() && in_set(slot(&data, NEG_CACHE), subclass.as_ptr())? {
                return Ok(pybool::from_bool(false));
            }
            return Ok(pybool::from_bool(call_subclasscheck(
                cls,
                subclass.as_ptr(),
            )?));
        }
        if call_subclasscheck(cls, subclass.as_ptr())? {
            return Ok(pybool::from_bool(true));
        }
        Ok(pybool::from_bool(call_subclasscheck(cls, subtype)?))
    })())
}

/// `_abc_subclasscheck(cls, subclass)`: `ABCMeta.__subclasscheck__`, in CPython's order:
/// cache, negative cache, `__subclasshook__`, the MRO, the registry, the subclasses.
unsafe extern "C" fn abc_subclasscheck(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [cls, subclass] = args2("_abc_subclasscheck", args, nargs, kw)?;
        if !is_type(subclass) {
            return Err(crate::errors::type_error(
                "issubclass() arg 1 must be a class",
            ));
        }
        let data = impl_of(cls)?;
        let cache = slot(&data, CACHE);
        if in_set(cache, subclass)? {
            return Ok(pybool::from_bool(true));
        }
        let neg = slot(&data, NEG_CACHE);
        let version = int::as_i64(slot(&data, NEG_VERSION)).unwrap_or(-1);
        if version < counter() {
            dict::clear(neg);
            set_slot(&data, NEG_VERSION, Ref::steal(int::from_i64(counter())));
        } else if in_set(neg, subclass)? {
            return Ok(pybool::from_bool(false));
        }
        let ok = crate::call::call_method(cls, name(N_SUBCLASSHOOK), &subclass, 1, null_mut())?;
        if ok.as_ptr() == pybool::true_obj() {
            dict::set_item(cache, subclass, none::none())?;
            return Ok(pybool::from_bool(true));
        }
        if ok.as_ptr() == pybool::false_obj() {
            dict::set_item(neg, subclass, none::none())?;
            return Ok(pybool::from_bool(false));
        }
        if ok.as_ptr() != none::not_implemented() {
            return Err(crate::errors::raise(
                crate::objects::exceptions::assertion_error(),
                "__subclasshook__ must return either False, True, or NotImplemented",
            ));
        }
        let mro = (*(subclass as *mut PyTypeObject)).tp_mro;
        if !mro.is_null() && tuple::items(mro).contains(&cls) {
            dict::set_item(cache, subclass, none::none())?;
            return Ok(pybool::from_bool(true));
        }
        // A class registered directly answers without entering the cache (as CPython).
        if in_set(slot(&data, REGISTRY), subclass)? {
            return Ok(pybool::from_bool(true));
        }
        let registry: Vec<Ref> = dict::items_vec(slot(&data, REGISTRY))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        for r in registry {
            if ab::issubclass(subclass, r.as_ptr())? {
                dict::set_item(cache, subclass, none::none())?;
                return Ok(pybool::from_bool(true));
            }
        }
        let subs: Vec<Ref> = list::items(slot(&data, SUBCLASSES))
            .iter()
            .map(|&s| Ref::borrowed(s))
            .collect();
        for s in subs {
            if ab::issubclass(subclass, s.as_ptr())? {
                dict::set_item(cache, subclass, none::none())?;
                return Ok(pybool::from_bool(true));
            }
        }
        dict::set_item(neg, subclass, none::none())?;
        Ok(pybool::from_bool(false))
    })())
}

/// A set of the keys of a dict used as a set. New reference.
unsafe fn keys_as_set(d: Obj) -> PyResult<Ref> {
    let s = set::new_empty(&raw mut set::PySet_Type);
    for (k, _) in dict::items_vec(d) {
        set::add(s.as_ptr(), k.as_ptr())?;
    }
    Ok(s)
}

/// `_get_dump(cls)`: `(registry, cache, negative_cache, negative_cache_version)`.
unsafe extern "C" fn abc_get_dump(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let cls = args1("_get_dump", args, nargs, kw)?;
        let data = impl_of(cls)?;
        let r = keys_as_set(slot(&data, REGISTRY))?;
        let c = keys_as_set(slot(&data, CACHE))?;
        let n = keys_as_set(slot(&data, NEG_CACHE))?;
        Ok(Ref::steal(tuple::from_slice(&[
            r.as_ptr(),
            c.as_ptr(),
            n.as_ptr(),
            slot(&data, NEG_VERSION),
        ])))
    })())
}

/// `_reset_registry(cls)`: forgets the virtual subclasses.
unsafe extern "C" fn abc_reset_registry(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let cls = args1("_reset_registry", args, nargs, kw)?;
        let data = impl_of(cls)?;
        dict::clear(slot(&data, REGISTRY));
        Ok(none::none_ref())
    })())
}

/// `_reset_caches(cls)`: empties both caches.
unsafe extern "C" fn abc_reset_caches(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let cls = args1("_reset_caches", args, nargs, kw)?;
        let data = impl_of(cls)?;
        dict::clear(slot(&data, CACHE));
        dict::clear(slot(&data, NEG_CACHE));
        Ok(none::none_ref())
    })())
}

/// `get_cache_token()`: the current invalidation counter.
unsafe extern "C" fn abc_get_cache_token(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse_pos::<0, 0>("get_cache_token", args, nargs, kw)?;
        Ok(Ref::steal(int::from_i64(counter())))
    })())
}

/// `abstractmethod(funcobj)`: sets `funcobj.__isabstractmethod__ = True`.
unsafe extern "C" fn abc_abstractmethod(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let f = args1("abstractmethod", args, nargs, kw)?;
        let key = Ref::steal(pystr::from_str("__isabstractmethod__"));
        ab::setattr(f, key.as_ptr(), pybool::true_obj())?;
        Ok(Ref::borrowed(f))
    })())
}

/// `update_abstractmethods(cls)`: recomputes `__abstractmethods__` of an ABC whose
/// namespace changed after creation (no-op for classes that are not ABCs).
unsafe extern "C" fn abc_update_abstractmethods(
    _m: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let cls = args1("update_abstractmethods", args, nargs, kw)?;
        if is_type(cls) && ab::getattr_opt_str(cls, "__abstractmethods__")?.is_some() {
            compute_abstract_methods(cls)?;
        }
        Ok(Ref::borrowed(cls))
    })())
}
