//! The `_collections_abc` module behind `stdlib/collections/abc.py`: the behaviour of
//! the container ABCs. The Python file only declares the classes (their bases,
//! `__slots__` and abstract-method stubs) and calls [`install`](cabc_install) after each
//! class statement; `install` binds into the class, as method descriptors, the Rust
//! mixin methods of that ABC (Mapping's `get`/`__contains__`/`keys`/`items`/`values`/
//! `__eq__`, MutableMapping's `pop`/`popitem`/`clear`/`update`/`setdefault`, Sequence's
//! `__iter__`/`__contains__`/`__reversed__`/`index`/`count`, MutableSequence's
//! `append`/`extend`/`pop`/`remove`/`__iadd__`/`reverse`/`clear`, Set's comparisons,
//! `& | - ^`, `isdisjoint` and `_hash`, MutableSet's in-place operators, the mapping
//! views, `Iterator.__iter__`, `Generator.__next__`/`close`, ...), the structural
//! `__subclasshook__` of the one-trick ABCs, and registers the builtin types.
//!
//! The iterators that CPython writes as generators (`Sequence.__iter__`,
//! `__reversed__`, the views' `__iter__`) are instances of [`CabcIter_Type`].
//! TODO(collections.abc): mixin methods are method descriptors of their ABC, so calling
//! one unbound on an object that is only a registered (virtual) subclass, e.g.
//! `Mapping.get({}, 1)`, raises TypeError where CPython's Python function would run;
//! argument-count errors use the builtin wording (`get() takes at most 2 arguments`)
//! rather than the Python-function wording CPython shows.
//! `Iterable[int]` and friends return the class itself (no `types.GenericAlias`).

use crate::abstract_ as ab;
use crate::errors::{into_raw, type_error, PyResult};
use crate::object::*;
use crate::objects::{
    bool as pybool, dict, exceptions as exc, int, list, none, str as pystr, tuple,
};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut SET_CLS: Obj = null_mut();
static mut MAPPING_CLS: Obj = null_mut();
static mut KEYSVIEW_CLS: Obj = null_mut();
static mut ITEMSVIEW_CLS: Obj = null_mut();
static mut VALUESVIEW_CLS: Obj = null_mut();

static mut CABC_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("install", cabc_install),
    crate::method_def!("_check_methods", cabc_check_methods),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("_collections_abc", &raw mut CABC_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    super::modules::add_type(d, "_cabc_iterator", &raw mut CabcIter_Type)?;
    Ok(m)
}

// ---------------------------------------------------------------------------------
// Small helpers

unsafe fn s(name: &str) -> Ref {
    Ref::steal(pystr::from_str(name))
}

/// `o.name(*args)`.
unsafe fn cm(o: Obj, name: &str, args: &[Obj]) -> PyResult<Ref> {
    let n = s(name);
    crate::call::call_method(o, n.as_ptr(), args.as_ptr(), args.len(), null_mut())
}

/// `a is b or a == b`.
unsafe fn same(a: Obj, b: Obj) -> PyResult<bool> {
    Ok(a == b || ab::eq_bool(a, b)?)
}

fn not_impl() -> Ref {
    // SAFETY: NotImplemented is immortal.
    unsafe { Ref::borrowed(none::not_implemented()) }
}

unsafe fn is_instance(o: Obj, cls: Obj) -> PyResult<bool> {
    if cls.is_null() {
        return Ok(false);
    }
    ab::isinstance(o, cls)
}

unsafe fn iterable_cls() -> Obj {
    // The Iterable ABC, through the Set class's MRO (Set -> Collection -> ... Iterable).
    let mods = dict::get_str(
        crate::objects::module::dict_of(super::sys::module()),
        "modules",
    );
    if let Some(m) = mods.and_then(|m| dict::get_str(m, "collections.abc")) {
        if let Some(i) = dict::get_str(crate::objects::module::dict_of(m), "Iterable") {
            return i;
        }
    }
    null_mut()
}

unsafe fn is_iterable(o: Obj) -> PyResult<bool> {
    is_instance(o, iterable_cls())
}

/// Whether `err` is the pending exception's type (then cleared).
unsafe fn swallow(tp: *mut PyTypeObject) -> bool {
    if crate::errors::matches(tp) {
        crate::errors::clear();
        true
    } else {
        false
    }
}

unsafe fn collect(o: Obj) -> PyResult<Vec<Ref>> {
    ab::collect(o)
}

unsafe fn args_n<const MIN: usize, const MAX: usize>(
    f: &str,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> PyResult<[Obj; MAX]> {
    crate::args::parse_pos::<MIN, MAX>(f, args, nargs, kw)
}

macro_rules! method {
    ($name:ident, |$self_:ident, $args:ident| $body:block, $fname:literal, $min:literal, $max:literal) => {
        unsafe extern "C" fn $name(o: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $self_ = o;
                let $args = args_n::<$min, $max>($fname, a, n, kw)?;
                $body
            })())
        }
    };
}

// ---------------------------------------------------------------------------------
// Structural checks

/// `_check_methods(C, *names)`: True when each name is defined (not None) along C's
/// MRO, else NotImplemented.
unsafe fn check_methods(c: Obj, names: &[&str]) -> PyResult<Ref> {
    let mro = ab::getattr_str(c, "__mro__")?;
    let mro = collect(mro.as_ptr())?;
    for name in names {
        let mut found = false;
        for b in &mro {
            let bd = ab::getattr_str(b.as_ptr(), "__dict__")?;
            let key = s(name);
            if ab::contains(bd.as_ptr(), key.as_ptr())? {
                let v = ab::getitem(bd.as_ptr(), key.as_ptr())?;
                if v.as_ptr() == none::none() {
                    return Ok(not_impl());
                }
                found = true;
                break;
            }
        }
        if !found {
            return Ok(not_impl());
        }
    }
    Ok(pybool::from_bool(true))
}

unsafe extern "C" fn cabc_check_methods(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let args = super::modules::pos_args(a, n);
        if args.is_empty() || !kw.is_null() && tuple::len(kw) > 0 {
            return Err(type_error("_check_methods(C, *methods)"));
        }
        let names: Vec<String> = args[1..]
            .iter()
            .map(|&x| pystr::as_str(x).to_string())
            .collect();
        let refs: Vec<&str> = names.iter().map(|x| x.as_str()).collect();
        check_methods(args[0], &refs)
    })())
}

/// The methods each one-trick ABC looks for (CPython's `__subclasshook__`s).
fn hook_methods(abc: &str) -> Option<&'static [&'static str]> {
    Some(match abc {
        "Hashable" => &["__hash__"],
        "Awaitable" => &["__await__"],
        "Coroutine" => &["__await__", "send", "throw", "close"],
        "AsyncIterable" => &["__aiter__"],
        "AsyncIterator" => &["__anext__", "__aiter__"],
        "AsyncGenerator" => &["__aiter__", "__anext__", "asend", "athrow", "aclose"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__iter__", "__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Generator" => &["__iter__", "__next__", "send", "throw", "close"],
        "Sized" => &["__len__"],
        "Container" => &["__contains__"],
        "Collection" => &["__len__", "__iter__", "__contains__"],
        "Buffer" => &["__buffer__"],
        "Callable" => &["__call__"],
        _ => return None,
    })
}

/// Whether `cls` is the collections.abc class named `name` itself (not a subclass).
unsafe fn is_abc_named(cls: Obj) -> Option<String> {
    if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
        return None;
    }
    let tp = cls as *mut PyTypeObject;
    let d = (*tp).tp_dict;
    let module = dict::get_str(d, "__module__")?;
    if !pystr::is_str(module) || pystr::as_str(module) != "collections.abc" {
        return None;
    }
    Some(type_name(tp))
}

/// `__subclasshook__(cls, C)` shared by the one-trick ABCs: structural for the ABC
/// itself, NotImplemented for its subclasses.
unsafe extern "C" fn cabc_subclasshook(cls: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [c] = args_n::<1, 1>("__subclasshook__", a, n, kw)?;
        let Some(name) = is_abc_named(cls) else {
            return Ok(not_impl());
        };
        match hook_methods(&name) {
            Some(methods) => check_methods(c, methods),
            None => Ok(not_impl()),
        }
    })())
}

/// `__class_getitem__(cls, item)` of Iterable, Container and Callable: the class
/// itself. TODO(collections.abc): CPython returns a `types.GenericAlias`.
unsafe extern "C" fn cabc_class_getitem(cls: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        args_n::<1, 1>("__class_getitem__", a, n, kw)?;
        Ok(Ref::borrowed(cls))
    })())
}

// ---------------------------------------------------------------------------------
// Iterators (CPython's generator-based mixins)

const IT_SEQ: i32 = 0;
const IT_SEQ_REV: i32 = 1;
const IT_ITEMS: i32 = 2;
const IT_VALUES: i32 = 3;
const IT_KEYS: i32 = 4;

/// An iterator over a Sequence (by index, forwards or backwards) or a mapping view
/// (keys, `(key, mapping[key])` or `mapping[key]` along `iter(mapping)`).
#[repr(C)]
pub struct CabcIterObject {
    pub ob_base: PyObject,
    pub target: Obj,
    pub inner: Obj,
    pub index: isize,
    pub kind: i32,
}

#[allow(non_upper_case_globals)]
pub static mut CabcIter_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(cabc_iter_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(cabc_iter_next),
    ..PyTypeObject::new_static(
        c"_collections_abc._cabc_iterator",
        std::mem::size_of::<CabcIterObject>(),
        0,
    )
};

unsafe fn new_iter(target: Obj, kind: i32, index: isize) -> PyResult<Ref> {
    let inner = if kind >= IT_ITEMS {
        ab::get_iter(target)?.into_raw()
    } else {
        null_mut()
    };
    let o = alloc_object(
        &raw mut CabcIter_Type,
        std::mem::size_of::<CabcIterObject>(),
    );
    let it = &mut *(o as *mut CabcIterObject);
    it.target = new_ref(target);
    it.inner = inner;
    it.index = index;
    it.kind = kind;
    Ok(Ref::steal(o))
}

unsafe extern "C" fn cabc_iter_dealloc(o: Obj) {
    let it = &mut *(o as *mut CabcIterObject);
    xdecref(it.target);
    xdecref(it.inner);
    free_object(o);
}

unsafe extern "C" fn cabc_iter_next(o: Obj) -> Obj {
    let it = &mut *(o as *mut CabcIterObject);
    if it.target.is_null() {
        return null_mut();
    }
    let r = (|| -> PyResult<Option<Ref>> {
        match it.kind {
            IT_SEQ | IT_SEQ_REV => {
                if it.index < 0 {
                    return Ok(None);
                }
                let i = Ref::steal(int::from_i64(it.index as i64));
                match ab::getitem(it.target, i.as_ptr()) {
                    Ok(v) => {
                        it.index = if it.kind == IT_SEQ {
                            it.index + 1
                        } else {
                            it.index - 1
                        };
                        Ok(Some(v))
                    }
                    Err(e) => {
                        if swallow(exc::index_error()) {
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            _ => {
                let Some(k) = ab::iter_next(it.inner)? else {
                    return Ok(None);
                };
                match it.kind {
                    IT_KEYS => Ok(Some(k)),
                    IT_VALUES => Ok(Some(ab::getitem(it.target, k.as_ptr())?)),
                    _ => {
                        let v = ab::getitem(it.target, k.as_ptr())?;
                        Ok(Some(Ref::steal(tuple::from_slice(&[
                            k.as_ptr(),
                            v.as_ptr(),
                        ]))))
                    }
                }
            }
        }
    })();
    match r {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) => {
            // Exhausted: drop the target, as a finished generator does.
            let t = std::mem::replace(&mut it.target, null_mut());
            xdecref(t);
            null_mut()
        }
        Err(_) => null_mut(),
    }
}

// ---------------------------------------------------------------------------------
// Iterator, AsyncIterator, Generator, Coroutine

method!(
    iterator_iter,
    |o, _a| { Ok(Ref::borrowed(o)) },
    "__iter__",
    0,
    0
);
method!(
    async_iterator_aiter,
    |o, _a| { Ok(Ref::borrowed(o)) },
    "__aiter__",
    0,
    0
);
method!(
    generator_next,
    |o, _a| { cm(o, "send", &[none::none()]) },
    "__next__",
    0,
    0
);

/// `close()` of Generator/Coroutine: throws GeneratorExit in; ignoring it is an error.
unsafe fn close_impl(o: Obj, what: &str) -> PyResult<Ref> {
    match cm(o, "throw", &[exc::generator_exit() as Obj]) {
        Ok(_) => Err(crate::errors::raise(
            exc::runtime_error(),
            &format!("{} ignored GeneratorExit", what),
        )),
        Err(e) => {
            if swallow(exc::generator_exit()) || swallow(exc::stop_iteration()) {
                Ok(none::none_ref())
            } else {
                Err(e)
            }
        }
    }
}

method!(
    generator_close,
    |o, _a| { close_impl(o, "generator") },
    "close",
    0,
    0
);
method!(
    coroutine_close,
    |o, _a| { close_impl(o, "coroutine") },
    "close",
    0,
    0
);

// ---------------------------------------------------------------------------------
// Mapping and MutableMapping

method!(
    mapping_get,
    |o, a| {
        let default = if a[1].is_null() { none::none() } else { a[1] };
        match ab::getitem(o, a[0]) {
            Ok(v) => Ok(v),
            Err(e) => {
                if swallow(exc::key_error()) {
                    Ok(Ref::borrowed(default))
                } else {
                    Err(e)
                }
            }
        }
    },
    "get",
    1,
    2
);

method!(
    mapping_contains,
    |o, a| {
        match ab::getitem(o, a[0]) {
            Ok(_) => Ok(pybool::from_bool(true)),
            Err(e) => {
                if swallow(exc::key_error()) {
                    Ok(pybool::from_bool(false))
                } else {
                    Err(e)
                }
            }
        }
    },
    "__contains__",
    1,
    1
);

unsafe fn view_of(cls: Obj, o: Obj) -> PyResult<Ref> {
    if cls.is_null() {
        return Err(type_error("collections.abc is not initialised"));
    }
    crate::call::call1(cls, o)
}

method!(
    mapping_keys,
    |o, _a| { view_of(KEYSVIEW_CLS, o) },
    "keys",
    0,
    0
);
method!(
    mapping_items,
    |o, _a| { view_of(ITEMSVIEW_CLS, o) },
    "items",
    0,
    0
);
method!(
    mapping_values,
    |o, _a| { view_of(VALUESVIEW_CLS, o) },
    "values",
    0,
    0
);

unsafe fn dict_of_items(m: Obj) -> PyResult<Ref> {
    let items = cm(m, "items", &[])?;
    let d = Ref::steal(dict::new_raw());
    for pair in collect(items.as_ptr())? {
        let kv = collect(pair.as_ptr())?;
        if kv.len() != 2 {
            return Err(crate::errors::value_error(
                "dictionary update sequence element has wrong length",
            ));
        }
        dict::set_item(d.as_ptr(), kv[0].as_ptr(), kv[1].as_ptr())?;
    }
    Ok(d)
}

method!(
    mapping_eq,
    |o, a| {
        if !is_instance(a[0], MAPPING_CLS)? {
            return Ok(not_impl());
        }
        let x = dict_of_items(o)?;
        let y = dict_of_items(a[0])?;
        ab::richcompare(x.as_ptr(), y.as_ptr(), 2)
    },
    "__eq__",
    1,
    1
);

method!(
    mutmap_pop,
    |o, a| {
        match ab::getitem(o, a[0]) {
            Ok(v) => {
                ab::setitem(o, a[0], null_mut())?;
                Ok(v)
            }
            Err(e) => {
                if !a[1].is_null() && swallow(exc::key_error()) {
                    Ok(Ref::borrowed(a[1]))
                } else {
                    Err(e)
                }
            }
        }
    },
    "pop",
    1,
    2
);

unsafe fn popitem_impl(o: Obj) -> PyResult<Ref> {
    let it = ab::get_iter(o)?;
    let Some(k) = ab::iter_next(it.as_ptr())? else {
        return Err(crate::errors::raise_empty(exc::key_error()));
    };
    let v = ab::getitem(o, k.as_ptr())?;
    ab::setitem(o, k.as_ptr(), null_mut())?;
    Ok(Ref::steal(tuple::from_slice(&[k.as_ptr(), v.as_ptr()])))
}

method!(mutmap_popitem, |o, _a| { popitem_impl(o) }, "popitem", 0, 0);

method!(
    mutmap_clear,
    |o, _a| { pop_until_empty(o, "popitem", exc::key_error()) },
    "clear",
    0,
    0
);

/// `update(other=(), /, **kwds)`.
unsafe extern "C" fn mutmap_update(o: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if n > 1 {
            return Err(type_error(&format!(
                "MutableMapping.update() takes from 1 to 2 positional arguments but {} were given",
                n + 1
            )));
        }
        if n == 1 {
            let other = *a;
            if is_instance(other, MAPPING_CLS)? {
                for k in collect(other)? {
                    let v = ab::getitem(other, k.as_ptr())?;
                    ab::setitem(o, k.as_ptr(), v.as_ptr())?;
                }
            } else if ab::getattr_opt_str(other, "keys")?.is_some() {
                let keys = cm(other, "keys", &[])?;
                for k in collect(keys.as_ptr())? {
                    let v = ab::getitem(other, k.as_ptr())?;
                    ab::setitem(o, k.as_ptr(), v.as_ptr())?;
                }
            } else {
                for pair in collect(other)? {
                    let kv = collect(pair.as_ptr())?;
                    if kv.len() != 2 {
                        return Err(crate::errors::value_error(&format!(
                            "{} values to unpack (expected 2)",
                            if kv.len() > 2 {
                                "too many"
                            } else {
                                "not enough"
                            }
                        )));
                    }
                    ab::setitem(o, kv[0].as_ptr(), kv[1].as_ptr())?;
                }
            }
        }
        for (k, v) in super::modules::kw_pairs(a, n, kw) {
            ab::setitem(o, k, v)?;
        }
        Ok(none::none_ref())
    })())
}

method!(
    mutmap_setdefault,
    |o, a| {
        let default = if a[1].is_null() { none::none() } else { a[1] };
        match ab::getitem(o, a[0]) {
            Ok(v) => Ok(v),
            Err(e) => {
                if swallow(exc::key_error()) {
                    ab::setitem(o, a[0], default)?;
                    Ok(Ref::borrowed(default))
                } else {
                    Err(e)
                }
            }
        }
    },
    "setdefault",
    1,
    2
);

// ---------------------------------------------------------------------------------
// Mapping views

method!(
    view_init,
    |o, a| {
        let k = s("_mapping");
        ab::setattr(o, k.as_ptr(), a[0])?;
        Ok(none::none_ref())
    },
    "__init__",
    1,
    1
);

unsafe fn mapping_of(o: Obj) -> PyResult<Ref> {
    ab::getattr_str(o, "_mapping")
}

method!(
    view_len,
    |o, _a| {
        let m = mapping_of(o)?;
        Ok(Ref::steal(int::from_i64(ab::length(m.as_ptr())? as i64)))
    },
    "__len__",
    0,
    0
);

method!(
    view_repr,
    |o, _a| {
        let m = mapping_of(o)?;
        let r = ab::repr(m.as_ptr())?;
        Ok(pystr::from_string(format!(
            "{}({})",
            type_name(type_of(o)),
            pystr::as_str(r.as_ptr())
        )))
    },
    "__repr__",
    0,
    0
);

/// `_from_iterable(cls, it)` of the views: `set(it)`.
unsafe extern "C" fn view_from_iterable(_cls: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [it] = args_n::<1, 1>("_from_iterable", a, n, kw)?;
        crate::objects::set::set_from_iterable(it)
    })())
}

method!(
    keys_contains,
    |o, a| {
        let m = mapping_of(o)?;
        Ok(pybool::from_bool(ab::contains(m.as_ptr(), a[0])?))
    },
    "__contains__",
    1,
    1
);

method!(
    keys_iter,
    |o, _a| {
        let m = mapping_of(o)?;
        new_iter(m.as_ptr(), IT_KEYS, 0)
    },
    "__iter__",
    0,
    0
);

method!(
    items_contains,
    |o, a| {
        let kv = collect(a[0])?;
        if kv.len() != 2 {
            return Err(crate::errors::value_error(&format!(
                "{} values to unpack (expected 2)",
                if kv.len() > 2 {
                    "too many"
                } else {
                    "not enough"
                }
            )));
        }
        let m = mapping_of(o)?;
        match ab::getitem(m.as_ptr(), kv[0].as_ptr()) {
            Ok(v) => Ok(pybool::from_bool(same(v.as_ptr(), kv[1].as_ptr())?)),
            Err(e) => {
                if swallow(exc::key_error()) {
                    Ok(pybool::from_bool(false))
                } else {
                    Err(e)
                }
            }
        }
    },
    "__contains__",
    1,
    1
);

method!(
    items_iter,
    |o, _a| {
        let m = mapping_of(o)?;
        new_iter(m.as_ptr(), IT_ITEMS, 0)
    },
    "__iter__",
    0,
    0
);

method!(
    values_contains,
    |o, a| {
        let m = mapping_of(o)?;
        for k in collect(m.as_ptr())? {
            let v = ab::getitem(m.as_ptr(), k.as_ptr())?;
            if same(v.as_ptr(), a[0])? {
                return Ok(pybool::from_bool(true));
            }
        }
        Ok(pybool::from_bool(false))
    },
    "__contains__",
    1,
    1
);

method!(
    values_iter,
    |o, _a| {
        let m = mapping_of(o)?;
        new_iter(m.as_ptr(), IT_VALUES, 0)
    },
    "__iter__",
    0,
    0
);

// ---------------------------------------------------------------------------------
// Sequence and MutableSequence

method!(
    seq_iter,
    |o, _a| { new_iter(o, IT_SEQ, 0) },
    "__iter__",
    0,
    0
);

method!(
    seq_reversed,
    |o, _a| {
        let n = ab::length(o)? as isize;
        new_iter(o, IT_SEQ_REV, n - 1)
    },
    "__reversed__",
    0,
    0
);

method!(
    seq_contains,
    |o, a| {
        let it = ab::get_iter(o)?;
        while let Some(v) = ab::iter_next(it.as_ptr())? {
            if same(v.as_ptr(), a[0])? {
                return Ok(pybool::from_bool(true));
            }
        }
        Ok(pybool::from_bool(false))
    },
    "__contains__",
    1,
    1
);

method!(
    seq_index,
    |o, a| {
        let value = a[0];
        let mut start: isize = 0;
        if !a[1].is_null() && a[1] != none::none() {
            start = ab::as_ssize_clamped(a[1])?;
            if start < 0 {
                start = (ab::length(o)? as isize + start).max(0);
            }
        }
        let mut stop: Option<isize> = None;
        if !a[2].is_null() && a[2] != none::none() {
            let mut s = ab::as_ssize_clamped(a[2])?;
            if s < 0 {
                s += ab::length(o)? as isize;
            }
            stop = Some(s);
        }
        let mut i = start;
        while stop.is_none_or(|s| i < s) {
            let idx = Ref::steal(int::from_i64(i as i64));
            let v = match ab::getitem(o, idx.as_ptr()) {
                Ok(v) => v,
                Err(e) => {
                    if swallow(exc::index_error()) {
                        break;
                    }
                    return Err(e);
                }
            };
            if same(v.as_ptr(), value)? {
                return Ok(idx);
            }
            i += 1;
        }
        Err(crate::errors::raise_empty(exc::value_error()))
    },
    "index",
    1,
    3
);

method!(
    seq_count,
    |o, a| {
        let it = ab::get_iter(o)?;
        let mut n = 0i64;
        while let Some(v) = ab::iter_next(it.as_ptr())? {
            if same(v.as_ptr(), a[0])? {
                n += 1;
            }
        }
        Ok(Ref::steal(int::from_i64(n)))
    },
    "count",
    1,
    1
);

unsafe fn len_obj(o: Obj) -> PyResult<Ref> {
    Ok(Ref::steal(int::from_i64(ab::length(o)? as i64)))
}

method!(
    mutseq_append,
    |o, a| {
        let n = len_obj(o)?;
        cm(o, "insert", &[n.as_ptr(), a[0]])?;
        Ok(none::none_ref())
    },
    "append",
    1,
    1
);

/// The `clear` mixins: `o.<pop>()` until it raises `empty` (swallowed). None.
unsafe fn pop_until_empty(o: Obj, pop: &str, empty: *mut PyTypeObject) -> PyResult<Ref> {
    loop {
        if let Err(e) = cm(o, pop, &[]) {
            if swallow(empty) {
                return Ok(none::none_ref());
            }
            return Err(e);
        }
    }
}

method!(
    mutseq_clear,
    |o, _a| { pop_until_empty(o, "pop", exc::index_error()) },
    "clear",
    0,
    0
);

method!(
    mutseq_reverse,
    |o, _a| {
        let n = ab::length(o)? as i64;
        for i in 0..n / 2 {
            let x = Ref::steal(int::from_i64(i));
            let y = Ref::steal(int::from_i64(n - i - 1));
            let vy = ab::getitem(o, y.as_ptr())?;
            let vx = ab::getitem(o, x.as_ptr())?;
            ab::setitem(o, x.as_ptr(), vy.as_ptr())?;
            ab::setitem(o, y.as_ptr(), vx.as_ptr())?;
        }
        Ok(none::none_ref())
    },
    "reverse",
    0,
    0
);

unsafe fn extend_impl(o: Obj, values: Obj) -> PyResult<()> {
    if values == o {
        // Snapshot first: appending to the sequence being read would never end.
        for v in collect(values)? {
            cm(o, "append", &[v.as_ptr()])?;
        }
        return Ok(());
    }
    let it = ab::get_iter(values)?;
    while let Some(v) = ab::iter_next(it.as_ptr())? {
        cm(o, "append", &[v.as_ptr()])?;
    }
    Ok(())
}

method!(
    mutseq_extend,
    |o, a| {
        extend_impl(o, a[0])?;
        Ok(none::none_ref())
    },
    "extend",
    1,
    1
);

method!(
    mutseq_pop,
    |o, a| {
        let minus1 = Ref::steal(int::from_i64(-1));
        let idx = if a[0].is_null() {
            minus1.as_ptr()
        } else {
            a[0]
        };
        let v = ab::getitem(o, idx)?;
        ab::setitem(o, idx, null_mut())?;
        Ok(v)
    },
    "pop",
    0,
    1
);

method!(
    mutseq_remove,
    |o, a| {
        let i = cm(o, "index", &[a[0]])?;
        ab::setitem(o, i.as_ptr(), null_mut())?;
        Ok(none::none_ref())
    },
    "remove",
    1,
    1
);

method!(
    mutseq_iadd,
    |o, a| {
        extend_impl(o, a[0])?;
        Ok(Ref::borrowed(o))
    },
    "__iadd__",
    1,
    1
);

// ---------------------------------------------------------------------------------
// Set and MutableSet

unsafe fn set_le(o: Obj, other: Obj) -> PyResult<bool> {
    if ab::length(o)? > ab::length(other)? {
        return Ok(false);
    }
    let it = ab::get_iter(o)?;
    while let Some(e) = ab::iter_next(it.as_ptr())? {
        if !ab::contains(other, e.as_ptr())? {
            return Ok(false);
        }
    }
    Ok(true)
}

macro_rules! set_compare {
    ($name:ident, $fname:literal, |$o:ident, $other:ident| $body:expr) => {
        method!(
            $name,
            |$o, a| {
                let $other = a[0];
                if !is_instance($other, SET_CLS)? {
                    return Ok(not_impl());
                }
                Ok(pybool::from_bool($body))
            },
            $fname,
            1,
            1
        );
    };
}

set_compare!(set_le_m, "__le__", |o, other| set_le(o, other)?);
set_compare!(set_ge_m, "__ge__", |o, other| set_le(other, o)?);
set_compare!(set_lt_m, "__lt__", |o, other| ab::length(o)?
    < ab::length(other)?
    && set_le(o, other)?);
set_compare!(set_gt_m, "__gt__", |o, other| ab::length(o)?
    > ab::length(other)?
    && set_le(other, o)?);
set_compare!(set_eq_m, "__eq__", |o, other| ab::length(o)?
    == ab::length(other)?
    && set_le(o, other)?);

/// `_from_iterable(cls, it)` of Set: `cls(it)`.
unsafe extern "C" fn set_from_iterable_m(cls: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [it] = args_n::<1, 1>("_from_iterable", a, n, kw)?;
        crate::call::call1(cls, it)
    })())
}

unsafe fn from_iterable(o: Obj, items: Vec<Ref>) -> PyResult<Ref> {
    let l = Ref::steal(list::from_refs(items));
    cm(o, "_from_iterable", &[l.as_ptr()])
}

/// The elements of `src` for which `keep(elem in other)` holds.
unsafe fn filter_in(src: Obj, other: Obj, keep: bool) -> PyResult<Vec<Ref>> {
    let mut out = Vec::new();
    let it = ab::get_iter(src)?;
    while let Some(v) = ab::iter_next(it.as_ptr())? {
        if ab::contains(other, v.as_ptr())? == keep {
            out.push(v);
        }
    }
    Ok(out)
}

method!(
    set_and,
    |o, a| {
        if !is_iterable(a[0])? {
            return Ok(not_impl());
        }
        let items = filter_in(a[0], o, true)?;
        from_iterable(o, items)
    },
    "__and__",
    1,
    1
);

method!(
    set_isdisjoint,
    |o, a| {
        let it = ab::get_iter(a[0])?;
        while let Some(v) = ab::iter_next(it.as_ptr())? {
            if ab::contains(o, v.as_ptr())? {
                return Ok(pybool::from_bool(false));
            }
        }
        Ok(pybool::from_bool(true))
    },
    "isdisjoint",
    1,
    1
);

method!(
    set_or,
    |o, a| {
        if !is_iterable(a[0])? {
            return Ok(not_impl());
        }
        let mut items = collect(o)?;
        items.extend(collect(a[0])?);
        from_iterable(o, items)
    },
    "__or__",
    1,
    1
);

/// `other` as a Set: itself, or `self._from_iterable(other)`; None when not iterable.
unsafe fn as_set(o: Obj, other: Obj) -> PyResult<Option<Ref>> {
    if is_instance(other, SET_CLS)? {
        return Ok(Some(Ref::borrowed(other)));
    }
    if !is_iterable(other)? {
        return Ok(None);
    }
    Ok(Some(cm(o, "_from_iterable", &[other])?))
}

method!(
    set_sub,
    |o, a| {
        let Some(other) = as_set(o, a[0])? else {
            return Ok(not_impl());
        };
        let items = filter_in(o, other.as_ptr(), false)?;
        from_iterable(o, items)
    },
    "__sub__",
    1,
    1
);

method!(
    set_rsub,
    |o, a| {
        let Some(other) = as_set(o, a[0])? else {
            return Ok(not_impl());
        };
        let items = filter_in(other.as_ptr(), o, false)?;
        from_iterable(o, items)
    },
    "__rsub__",
    1,
    1
);

method!(
    set_xor,
    |o, a| {
        let Some(other) = as_set(o, a[0])? else {
            return Ok(not_impl());
        };
        let left = ab::binary_op(o, other.as_ptr(), ab::BinOp::Sub)?;
        let right = ab::binary_op(other.as_ptr(), o, ab::BinOp::Sub)?;
        ab::binary_op(left.as_ptr(), right.as_ptr(), ab::BinOp::Or)
    },
    "__xor__",
    1,
    1
);

method!(
    set_hash,
    |o, _a| {
        // CPython's frozenset-compatible hash of Set, in 64-bit arithmetic.
        let n = ab::length(o)? as u64;
        let mut h: u64 = 1927868237u64.wrapping_mul(n + 1);
        let it = ab::get_iter(o)?;
        while let Some(x) = ab::iter_next(it.as_ptr())? {
            let hx = ab::hash(x.as_ptr())? as i64 as u64;
            h ^= (hx ^ (hx << 16) ^ 89869747).wrapping_mul(3644798167);
        }
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        let mut r = h as i64;
        if r == -1 {
            r = 590923713;
        }
        Ok(Ref::steal(int::from_i64(r)))
    },
    "_hash",
    0,
    0
);

method!(
    mutset_remove,
    |o, a| {
        if !ab::contains(o, a[0])? {
            return Err(crate::errors::raise_with(exc::key_error(), a[0]));
        }
        cm(o, "discard", &[a[0]])?;
        Ok(none::none_ref())
    },
    "remove",
    1,
    1
);

unsafe fn mutset_pop_impl(o: Obj) -> PyResult<Ref> {
    let it = ab::get_iter(o)?;
    let Some(v) = ab::iter_next(it.as_ptr())? else {
        return Err(crate::errors::raise_empty(exc::key_error()));
    };
    cm(o, "discard", &[v.as_ptr()])?;
    Ok(v)
}

method!(mutset_pop, |o, _a| { mutset_pop_impl(o) }, "pop", 0, 0);

method!(
    mutset_clear,
    |o, _a| { pop_until_empty(o, "pop", exc::key_error()) },
    "clear",
    0,
    0
);

method!(
    mutset_ior,
    |o, a| {
        let it = ab::get_iter(a[0])?;
        while let Some(v) = ab::iter_next(it.as_ptr())? {
            cm(o, "add", &[v.as_ptr()])?;
        }
        Ok(Ref::borrowed(o))
    },
    "__ior__",
    1,
    1
);

method!(
    mutset_iand,
    |o, a| {
        let diff = ab::binary_op(o, a[0], ab::BinOp::Sub)?;
        for v in collect(diff.as_ptr())? {
            cm(o, "discard", &[v.as_ptr()])?;
        }
        Ok(Ref::borrowed(o))
    },
    "__iand__",
    1,
    1
);

method!(
    mutset_ixor,
    |o, a| {
        if a[0] == o {
            cm(o, "clear", &[])?;
            return Ok(Ref::borrowed(o));
        }
        let other = if is_instance(a[0], SET_CLS)? {
            Ref::borrowed(a[0])
        } else {
            cm(o, "_from_iterable", &[a[0]])?
        };
        for v in collect(other.as_ptr())? {
            if ab::contains(o, v.as_ptr())? {
                cm(o, "discard", &[v.as_ptr()])?;
            } else {
                cm(o, "add", &[v.as_ptr()])?;
            }
        }
        Ok(Ref::borrowed(o))
    },
    "__ixor__",
    1,
    1
);

method!(
    mutset_isub,
    |o, a| {
        if a[0] == o {
            cm(o, "clear", &[])?;
            return Ok(Ref::borrowed(o));
        }
        let it = ab::get_iter(a[0])?;
        while let Some(v) = ab::iter_next(it.as_ptr())? {
            cm(o, "discard", &[v.as_ptr()])?;
        }
        Ok(Ref::borrowed(o))
    },
    "__isub__",
    1,
    1
);

// ---------------------------------------------------------------------------------
// Installing into the classes

const KW: i32 = METH_FASTCALL | METH_KEYWORDS;

macro_rules! table {
    ($tname:ident, [$(($n:literal, $f:ident $(, $cls:ident)?)),* $(,)?]) => {
        static mut $tname: [PyMethodDef; [$($n),*].len() + 1] = [
            $(crate::method_def!($n, $f, KW $(| table!(@class $cls))?),)*
            METHOD_SENTINEL,
        ];
    };
    (@class class) => { METH_CLASS };
}

table!(HOOK_TABLE, [("__subclasshook__", cabc_subclasshook, class)]);
table!(
    GETITEM_TABLE,
    [("__class_getitem__", cabc_class_getitem, class)]
);
table!(ITERATOR_TABLE, [("__iter__", iterator_iter)]);
table!(ASYNC_ITERATOR_TABLE, [("__aiter__", async_iterator_aiter)]);
table!(
    GENERATOR_TABLE,
    [("__next__", generator_next), ("close", generator_close)]
);
table!(COROUTINE_TABLE, [("close", coroutine_close)]);
table!(
    MAPPING_TABLE,
    [
        ("get", mapping_get),
        ("__contains__", mapping_contains),
        ("keys", mapping_keys),
        ("items", mapping_items),
        ("values", mapping_values),
        ("__eq__", mapping_eq),
    ]
);
table!(
    MUTMAP_TABLE,
    [
        ("pop", mutmap_pop),
        ("popitem", mutmap_popitem),
        ("clear", mutmap_clear),
        ("update", mutmap_update),
        ("setdefault", mutmap_setdefault),
    ]
);
table!(
    MAPPINGVIEW_TABLE,
    [
        ("__init__", view_init),
        ("__len__", view_len),
        ("__repr__", view_repr)
    ]
);
table!(
    KEYSVIEW_TABLE,
    [
        ("_from_iterable", view_from_iterable, class),
        ("__contains__", keys_contains),
        ("__iter__", keys_iter),
    ]
);
table!(
    ITEMSVIEW_TABLE,
    [
        ("_from_iterable", view_from_iterable, class),
        ("__contains__", items_contains),
        ("__iter__", items_iter),
    ]
);
table!(
    VALUESVIEW_TABLE,
    [("__contains__", values_contains), ("__iter__", values_iter)]
);
table!(
    SEQUENCE_TABLE,
    [
        ("__iter__", seq_iter),
        ("__contains__", seq_contains),
        ("__reversed__", seq_reversed),
        ("index", seq_index),
        ("count", seq_count),
    ]
);
table!(
    MUTSEQ_TABLE,
    [
        ("append", mutseq_append),
        ("clear", mutseq_clear),
        ("reverse", mutseq_reverse),
        ("extend", mutseq_extend),
        ("pop", mutseq_pop),
        ("remove", mutseq_remove),
        ("__iadd__", mutseq_iadd),
    ]
);
table!(
    SET_TABLE,
    [
        ("__le__", set_le_m),
        ("__lt__", set_lt_m),
        ("__gt__", set_gt_m),
        ("__ge__", set_ge_m),
        ("__eq__", set_eq_m),
        ("_from_iterable", set_from_iterable_m, class),
        ("__and__", set_and),
        ("__rand__", set_and),
        ("isdisjoint", set_isdisjoint),
        ("__or__", set_or),
        ("__ror__", set_or),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_xor),
        ("_hash", set_hash),
    ]
);
table!(
    MUTSET_TABLE,
    [
        ("remove", mutset_remove),
        ("pop", mutset_pop),
        ("clear", mutset_clear),
        ("__ior__", mutset_ior),
        ("__iand__", mutset_iand),
        ("__ixor__", mutset_ixor),
        ("__isub__", mutset_isub),
    ]
);

/// Binds every method of `table` into `cls` as a method (or classmethod) descriptor.
unsafe fn bind_table(cls: Obj, table: *mut PyMethodDef) -> PyResult<()> {
    let mut def = table;
    while !(*def).ml_name.is_null() {
        let class_method = (*def).ml_flags & METH_CLASS != 0;
        let d = crate::objects::descr::new_method_descr_plain(
            cls as *mut PyTypeObject,
            def,
            class_method,
        );
        let name = s(&crate::objects::cfunction::def_name(def));
        ab::setattr(cls, name.as_ptr(), d.as_ptr())?;
        if pystr::as_str(name.as_ptr()) == "__eq__"
            && dict::get_str((*(cls as *mut PyTypeObject)).tp_dict, "__hash__").is_none()
        {
            // As a class body defining `__eq__` without `__hash__`: unhashable.
            let h = s("__hash__");
            ab::setattr(cls, h.as_ptr(), none::none())?;
        }
        def = def.add(1);
    }
    Ok(())
}

/// `cls.register(t)` for each builtin type `t`.
unsafe fn register_all(cls: Obj, types: &[Obj]) -> PyResult<()> {
    for &t in types {
        cm(cls, "register", &[t])?;
    }
    Ok(())
}

/// `type(iter(o))` for a freshly made `o`. New reference.
unsafe fn iter_type(o: Ref) -> PyResult<Ref> {
    let it = ab::get_iter(o.as_ptr())?;
    Ok(Ref::borrowed(type_of(it.as_ptr()) as Obj))
}

/// `install(cls)`: gives the collections.abc class `cls` its Rust mixin methods and
/// `__subclasshook__`, and registers the builtin types that belong to it.
unsafe extern "C" fn cabc_install(_m: Obj, a: *const Obj, n: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        use crate::objects::*;
        let [cls] = args_n::<1, 1>("install", a, n, kw)?;
        let Some(name) = is_abc_named(cls) else {
            return Err(type_error("install() expects a class of collections.abc"));
        };
        if hook_methods(&name).is_some() {
            bind_table(cls, &raw mut HOOK_TABLE as *mut _)?;
        }
        if matches!(name.as_str(), "Iterable" | "Container" | "Callable") {
            bind_table(cls, &raw mut GETITEM_TABLE as *mut _)?;
        }
        let t = |tp: *mut PyTypeObject| tp as Obj;
        match name.as_str() {
            "Iterator" => {
                bind_table(cls, &raw mut ITERATOR_TABLE as *mut _)?;
                let bi = crate::builtins::builtins_dict();
                let builtin =
                    |n: &str| dict::get_str(bi, n).ok_or_else(|| type_error("missing builtin"));
                let d = Ref::steal(dict::new_raw());
                let zero = Ref::steal(int::from_i64(0));
                let l = Ref::steal(list::with_capacity(0));
                let sources = [
                    Ref::steal(bytes::from_bytes(b"")),
                    crate::call::call0(t(&raw mut bytearray::PyByteArray_Type))?,
                    cm(d.as_ptr(), "keys", &[])?,
                    cm(d.as_ptr(), "values", &[])?,
                    cm(d.as_ptr(), "items", &[])?,
                    Ref::borrowed(l.as_ptr()),
                    crate::call::call1(builtin("reversed")?, l.as_ptr())?,
                    crate::call::call1(t(&raw mut range::PyRange_Type), zero.as_ptr())?,
                    crate::objects::set::new_empty(&raw mut crate::objects::set::PySet_Type),
                    Ref::steal(pystr::from_str("")),
                    Ref::borrowed(tuple::empty()),
                    crate::call::call0(builtin("zip")?)?,
                ];
                let mut types = Vec::new();
                for src in sources {
                    types.push(iter_type(src)?);
                }
                let ptrs: Vec<Obj> = types.iter().map(|r| r.as_ptr()).collect();
                register_all(cls, &ptrs)?;
            }
            "AsyncIterator" => bind_table(cls, &raw mut ASYNC_ITERATOR_TABLE as *mut _)?,
            "Generator" => {
                bind_table(cls, &raw mut GENERATOR_TABLE as *mut _)?;
                register_all(cls, &[t(&raw mut generator::PyGen_Type)])?;
            }
            "Coroutine" => {
                bind_table(cls, &raw mut COROUTINE_TABLE as *mut _)?;
                register_all(cls, &[t(&raw mut coroutine::PyCoro_Type)])?;
            }
            "AsyncGenerator" => {
                register_all(cls, &[t(&raw mut asyncgen::PyAsyncGen_Type)])?;
            }
            "Mapping" => {
                bind_table(cls, &raw mut MAPPING_TABLE as *mut _)?;
                MAPPING_CLS = new_ref(cls);
            }
            "MutableMapping" => {
                bind_table(cls, &raw mut MUTMAP_TABLE as *mut _)?;
                register_all(cls, &[t(&raw mut dict::PyDict_Type)])?;
            }
            "MappingView" => bind_table(cls, &raw mut MAPPINGVIEW_TABLE as *mut _)?,
            "KeysView" => {
                bind_table(cls, &raw mut KEYSVIEW_TABLE as *mut _)?;
                KEYSVIEW_CLS = new_ref(cls);
                let d = Ref::steal(dict::new_raw());
                let v = cm(d.as_ptr(), "keys", &[])?;
                register_all(cls, &[type_of(v.as_ptr()) as Obj])?;
            }
            "ItemsView" => {
                bind_table(cls, &raw mut ITEMSVIEW_TABLE as *mut _)?;
                ITEMSVIEW_CLS = new_ref(cls);
                let d = Ref::steal(dict::new_raw());
                let v = cm(d.as_ptr(), "items", &[])?;
                register_all(cls, &[type_of(v.as_ptr()) as Obj])?;
            }
            "ValuesView" => {
                bind_table(cls, &raw mut VALUESVIEW_TABLE as *mut _)?;
                VALUESVIEW_CLS = new_ref(cls);
                let d = Ref::steal(dict::new_raw());
                let v = cm(d.as_ptr(), "values", &[])?;
                register_all(cls, &[type_of(v.as_ptr()) as Obj])?;
            }
            "Sequence" => {
                bind_table(cls, &raw mut SEQUENCE_TABLE as *mut _)?;
                register_all(
                    cls,
                    &[
                        t(&raw mut tuple::PyTuple_Type),
                        t(&raw mut pystr::PyUnicode_Type),
                        t(&raw mut range::PyRange_Type),
                        t(&raw mut memoryview::PyMemoryView_Type),
                    ],
                )?;
            }
            "ByteString" => {
                register_all(
                    cls,
                    &[
                        t(&raw mut bytes::PyBytes_Type),
                        t(&raw mut bytearray::PyByteArray_Type),
                    ],
                )?;
            }
            "MutableSequence" => {
                bind_table(cls, &raw mut MUTSEQ_TABLE as *mut _)?;
                register_all(
                    cls,
                    &[
                        t(&raw mut list::PyList_Type),
                        t(&raw mut bytearray::PyByteArray_Type),
                    ],
                )?;
            }
            "Set" => {
                bind_table(cls, &raw mut SET_TABLE as *mut _)?;
                SET_CLS = new_ref(cls);
                register_all(cls, &[t(&raw mut crate::objects::set::PyFrozenSet_Type)])?;
            }
            "MutableSet" => {
                bind_table(cls, &raw mut MUTSET_TABLE as *mut _)?;
                register_all(cls, &[t(&raw mut crate::objects::set::PySet_Type)])?;
            }
            _ => {}
        }
        // The bound mixins implement inherited abstract methods: recompute.
        super::abc::compute_abstract_methods(cls)?;
        Ok(none::none_ref())
    })())
}
