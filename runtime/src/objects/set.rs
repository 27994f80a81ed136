//! `set` and `frozenset`, on the same ordered hash table as dict.
//!
//! TODO(set-order): iteration follows insertion order; CPython's order comes from its
//! own table layout, so programs printing unsorted sets can differ.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::dict::Table;
use crate::objects::str as pystr;
use crate::typeobject::*;
use std::ptr::null_mut;

/// Molt's set object (CPython's `PySetObject` is not part of the stable layout contract).
#[repr(C)]
pub struct PySetObject {
    pub ob_base: PyObject,
    pub table: *mut Table,
    pub hash: isize,
}

macro_rules! set_type {
    ($sym:ident, $name:literal, $hash:expr, $new:expr, $init:expr, $methods:expr) => {
        #[no_mangle]
        pub static mut $sym: PyTypeObject = PyTypeObject {
            tp_dealloc: Some(set_dealloc),
            tp_repr: Some(set_repr),
            tp_hash: Some($hash),
            tp_getattro: Some(generic_getattro_slot),
            tp_richcompare: Some(set_richcompare),
            tp_iter: Some(set_iter),
            tp_as_sequence: &raw mut SET_AS_SEQUENCE,
            tp_as_number: &raw mut SET_AS_NUMBER,
            tp_methods: $methods,
            tp_new: Some($new),
            tp_init: $init,
            tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
            ..PyTypeObject::new_static($name, std::mem::size_of::<PySetObject>(), 0)
        };
    };
}

set_type!(
    PySet_Type,
    c"set",
    crate::objects::object::unhashable,
    set_new,
    Some(set_init),
    &raw mut SET_METHODS as *mut PyMethodDef
);
set_type!(
    PyFrozenSet_Type,
    c"frozenset",
    frozenset_hash,
    frozenset_new,
    None,
    &raw mut FROZENSET_METHODS as *mut PyMethodDef
);

pub static mut SetIter_Type: PyTypeObject = PyTypeObject {
    tp_methods: &raw mut crate::objects::iter::LENGTH_HINT_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(
        c"set_iterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};

static mut SET_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(set_len_slot),
    sq_contains: Some(set_contains_slot),
    ..PySequenceMethods::EMPTY
};

static mut SET_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_subtract: Some(set_sub),
    nb_and: Some(set_and),
    nb_xor: Some(set_xor),
    nb_or: Some(set_or),
    nb_inplace_subtract: Some(set_isub),
    nb_inplace_and: Some(set_iand),
    nb_inplace_xor: Some(set_ixor),
    nb_inplace_or: Some(set_ior),
    ..PyNumberMethods::EMPTY
};

static mut SET_METHODS: [PyMethodDef; 21] = [
    crate::method_def!("add", set_add_m, METH_O),
    crate::method_def!("discard", set_discard_m, METH_O),
    crate::method_def!("remove", set_remove_m, METH_O),
    crate::method_def!("pop", set_pop_m, METH_NOARGS),
    crate::method_def!("clear", set_clear_m, METH_NOARGS),
    crate::method_def!("copy", set_copy_m, METH_NOARGS),
    crate::method_def!("union", set_union_m, METH_VARARGS),
    crate::method_def!("intersection", set_intersection_m, METH_VARARGS),
    crate::method_def!("difference", set_difference_m, METH_VARARGS),
    crate::method_def!("symmetric_difference", set_symdiff_m, METH_O),
    crate::method_def!("update", set_update_m, METH_VARARGS),
    crate::method_def!(
        "intersection_update",
        set_intersection_update_m,
        METH_VARARGS
    ),
    crate::method_def!("difference_update", set_difference_update_m, METH_VARARGS),
    crate::method_def!("symmetric_difference_update", set_symdiff_update_m, METH_O),
    crate::method_def!("issubset", set_issubset_m, METH_O),
    crate::method_def!("issuperset", set_issuperset_m, METH_O),
    crate::method_def!("isdisjoint", set_isdisjoint_m, METH_O),
    crate::method_def!("__contains__", set_contains_m, METH_O | METH_COEXIST),
    crate::method_def!(
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
        METH_O | METH_CLASS
    ),
    METHOD_SENTINEL,
    METHOD_SENTINEL,
];

static mut FROZENSET_METHODS: [PyMethodDef; 11] = [
    crate::method_def!("copy", set_copy_m, METH_NOARGS),
    crate::method_def!("union", set_union_m, METH_VARARGS),
    crate::method_def!("intersection", set_intersection_m, METH_VARARGS),
    crate::method_def!("difference", set_difference_m, METH_VARARGS),
    crate::method_def!("symmetric_difference", set_symdiff_m, METH_O),
    crate::method_def!("issubset", set_issubset_m, METH_O),
    crate::method_def!("issuperset", set_issuperset_m, METH_O),
    crate::method_def!("isdisjoint", set_isdisjoint_m, METH_O),
    crate::method_def!("__contains__", set_contains_m, METH_O | METH_COEXIST),
    crate::method_def!(
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
        METH_O | METH_CLASS
    ),
    METHOD_SENTINEL,
];

/// Copies the iterator slots at start-up.
///
/// # Safety
/// Start-up only.
pub unsafe fn init() {
    let base = &raw mut crate::objects::iter::ListIter_Type;
    let t = &raw mut SetIter_Type;
    (*t).tp_dealloc = (*base).tp_dealloc;
    (*t).tp_iter = (*base).tp_iter;
    (*t).tp_iternext = (*base).tp_iternext;
    (*t).tp_getattro = (*base).tp_getattro;
}

/// Whether `o` is a set or frozenset (or a subclass).
///
/// # Safety
/// `o` is live.
pub unsafe fn is_anyset(o: Obj) -> bool {
    is_instance_of(o, &raw mut PySet_Type) || is_instance_of(o, &raw mut PyFrozenSet_Type)
}

/// Whether `o` is a frozenset (or a subclass).
///
/// # Safety
/// `o` is live.
pub unsafe fn is_frozenset(o: Obj) -> bool {
    is_instance_of(o, &raw mut PyFrozenSet_Type)
}

unsafe fn table<'a>(s: Obj) -> &'a mut Table {
    let so = s as *mut PySetObject;
    if (*so).table.is_null() {
        (*so).table = Box::into_raw(Box::default());
    }
    &mut *(*so).table
}

/// Number of elements.
///
/// # Safety
/// `s` is a set or frozenset.
pub unsafe fn len(s: Obj) -> usize {
    table(s).entries.iter().filter(|e| !e.key.is_null()).count()
}

/// The elements as owned references, in table order.
///
/// # Safety
/// `s` is a set or frozenset.
pub unsafe fn elements(s: Obj) -> Vec<Ref> {
    table(s)
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| Ref::borrowed(e.key))
        .collect()
}

/// A new empty set (or frozenset) of type `tp`. New reference.
///
/// # Safety
/// `tp` is set, frozenset or a subclass.
pub unsafe fn new_empty(tp: *mut PyTypeObject) -> Ref {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    (*(o as *mut PySetObject)).hash = -1;
    Ref::steal(o)
}

/// Adds `k` (a new reference is taken).
///
/// # Safety
/// `s` is a set or frozenset under construction.
pub unsafe fn add(s: Obj, k: Obj) -> PyResult<()> {
    let h = crate::abstract_::hash(k)?;
    if table(s).find(h, k)?.is_none() {
        table(s).insert_new(h, new_ref(k), null_mut());
    }
    Ok(())
}

/// Whether `k` is an element. Unhashable sets are looked up as frozensets, like CPython.
///
/// # Safety
/// `s` is a set or frozenset.
pub unsafe fn contains(s: Obj, k: Obj) -> PyResult<bool> {
    let h = match crate::abstract_::hash(k) {
        Ok(h) => h,
        Err(e) => {
            if is_anyset(k) && crate::errors::matches(crate::objects::exceptions::type_error()) {
                crate::errors::clear();
                let f = frozen_copy(k)?;
                return contains(s, f.as_ptr());
            }
            return Err(e);
        }
    };
    Ok(table(s).find(h, k)?.is_some())
}

unsafe fn frozen_copy(s: Obj) -> PyResult<Ref> {
    let f = new_empty(&raw mut PyFrozenSet_Type);
    for e in elements(s) {
        add(f.as_ptr(), e.as_ptr())?;
    }
    Ok(f)
}

/// Removes `k`; `Ok(false)` if it was absent.
///
/// # Safety
/// `s` is a set.
pub unsafe fn discard(s: Obj, k: Obj) -> PyResult<bool> {
    let h = crate::abstract_::hash(k)?;
    match table(s).find(h, k)? {
        Some(ix) => {
            let e = table(s).remove_at(ix);
            decref(e.key);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A new set holding the elements of any iterable. New reference.
///
/// # Safety
/// `it` is live.
pub unsafe fn set_from_iterable(it: Obj) -> PyResult<Ref> {
    let s = new_empty(&raw mut PySet_Type);
    update(s.as_ptr(), it)?;
    Ok(s)
}

/// Adds every element of `it`.
///
/// # Safety
/// `s` is a set (or a frozenset under construction).
pub unsafe fn update(s: Obj, it: Obj) -> PyResult<()> {
    if is_anyset(it) {
        for e in elements(it) {
            add(s, e.as_ptr())?;
        }
        return Ok(());
    }
    let iter = crate::abstract_::get_iter(it)?;
    while let Some(v) = crate::abstract_::iter_next(iter.as_ptr())? {
        add(s, v.as_ptr())?;
    }
    Ok(())
}

unsafe fn result_type(a: Obj) -> *mut PyTypeObject {
    if is_frozenset(a) {
        &raw mut PyFrozenSet_Type
    } else {
        &raw mut PySet_Type
    }
}

unsafe fn clear(s: Obj) {
    let so = s as *mut PySetObject;
    if (*so).table.is_null() {
        return;
    }
    let old = std::mem::take(&mut *(*so).table);
    for e in old.entries {
        if !e.key.is_null() {
            decref(e.key);
        }
    }
}

unsafe fn union(a: Obj, b: Obj) -> PyResult<Ref> {
    let r = new_empty(result_type(a));
    update(r.as_ptr(), a)?;
    update(r.as_ptr(), b)?;
    Ok(r)
}

unsafe fn intersection(a: Obj, b: Obj) -> PyResult<Ref> {
    let other = if is_anyset(b) {
        Ref::borrowed(b)
    } else {
        set_from_iterable(b)?
    };
    let r = new_empty(result_type(a));
    for e in elements(a) {
        if contains(other.as_ptr(), e.as_ptr())? {
            add(r.as_ptr(), e.as_ptr())?;
        }
    }
    Ok(r)
}

unsafe fn difference(a: Obj, b: Obj) -> PyResult<Ref> {
    let other = if is_anyset(b) {
        Ref::borrowed(b)
    } else {
        set_from_iterable(b)?
    };
    let r = new_empty(result_type(a));
    for e in elements(a) {
        if !contains(other.as_ptr(), e.as_ptr())? {
            add(r.as_ptr(), e.as_ptr())?;
        }
    }
    Ok(r)
}

unsafe fn symmetric_difference(a: Obj, b: Obj) -> PyResult<Ref> {
    let other = if is_anyset(b) {
        Ref::borrowed(b)
    } else {
        set_from_iterable(b)?
    };
    let r = new_empty(result_type(a));
    for e in elements(a) {
        if !contains(other.as_ptr(), e.as_ptr())? {
            add(r.as_ptr(), e.as_ptr())?;
        }
    }
    for e in elements(other.as_ptr()) {
        if !contains(a, e.as_ptr())? {
            add(r.as_ptr(), e.as_ptr())?;
        }
    }
    Ok(r)
}

unsafe fn is_subset(a: Obj, b: Obj) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    for e in elements(a) {
        if !contains(b, e.as_ptr())? {
            return Ok(false);
        }
    }
    Ok(true)
}

unsafe extern "C" fn set_dealloc(o: Obj) {
    let so = o as *mut PySetObject;
    if !(*so).table.is_null() {
        let t = Box::from_raw((*so).table);
        for e in t.entries {
            if !e.key.is_null() {
                decref(e.key);
            }
        }
    }
    free_object(o);
}

unsafe extern "C" fn set_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        let els = elements(o);
        if els.is_empty() {
            return Ok(pystr::from_string(format!("{}()", name)));
        }
        let _guard = match crate::objects::object::ReprGuard::enter(o) {
            Some(g) => g,
            None => return Ok(pystr::from_string(format!("{}(...)", name))),
        };
        let mut s = String::from("{");
        for (i, e) in els.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(pystr::as_str(crate::abstract_::repr(e.as_ptr())?.as_ptr()));
        }
        s.push('}');
        if type_of(o) != &raw mut PySet_Type {
            s = format!("{}({})", name, s);
        }
        Ok(pystr::from_string(s))
    })())
}

/// CPython's frozenset hash algorithm (order independent).
unsafe extern "C" fn frozenset_hash(o: Obj) -> isize {
    let so = o as *mut PySetObject;
    if (*so).hash != -1 {
        return (*so).hash;
    }
    let mut hash: u64 = 0;
    for e in table(o).entries.iter().filter(|e| !e.key.is_null()) {
        let h = e.hash as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (len(o) as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as isize;
    if h == -1 {
        h = 590923713;
    }
    (*so).hash = h;
    h
}

unsafe extern "C" fn set_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    use crate::abstract_::*;
    if !is_anyset(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let r = match op {
            CMP_EQ => len(a) == len(b) && is_subset(a, b)?,
            CMP_NE => !(len(a) == len(b) && is_subset(a, b)?),
            CMP_LE => is_subset(a, b)?,
            CMP_GE => is_subset(b, a)?,
            CMP_LT => len(a) < len(b) && is_subset(a, b)?,
            CMP_GT => len(a) > len(b) && is_subset(b, a)?,
            _ => false,
        };
        Ok(crate::objects::bool::from_bool(r))
    })())
}

unsafe extern "C" fn set_iter(o: Obj) -> Obj {
    /// Iterates a snapshot of the elements; a change of the set's size in between is
    /// CPython's RuntimeError, which then repeats on every later step (sticky).
    struct SetIterState {
        set: Ref,
        items: std::vec::IntoIter<Ref>,
        size: usize,
    }
    impl crate::objects::iter::IterState for SetIterState {
        unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
            if len(self.set.as_ptr()) != self.size {
                self.size = usize::MAX;
                return Err(crate::errors::raise(
                    crate::objects::exceptions::runtime_error(),
                    "Set changed size during iteration",
                ));
            }
            Ok(self.items.next())
        }
        fn length_hint(&self) -> Option<usize> {
            Some(self.items.len())
        }
    }
    let items = elements(o);
    let state = SetIterState {
        set: Ref::borrowed(o),
        size: len(o),
        items: items.into_iter(),
    };
    crate::objects::iter::new_rust_iter(&raw mut SetIter_Type, Box::new(state))
}

unsafe extern "C" fn set_len_slot(o: Obj) -> isize {
    len(o) as isize
}

unsafe extern "C" fn set_contains_slot(o: Obj, k: Obj) -> i32 {
    match contains(o, k) {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

unsafe extern "C" fn set_contains_m(o: Obj, k: Obj) -> Obj {
    into_raw(contains(o, k).map(crate::objects::bool::from_bool))
}

macro_rules! binop {
    ($name:ident, $f:ident) => {
        unsafe extern "C" fn $name(a: Obj, b: Obj) -> Obj {
            if !is_anyset(a) || !is_anyset(b) {
                return new_ref(crate::objects::none::not_implemented());
            }
            into_raw($f(a, b))
        }
    };
}
binop!(set_or, union);
binop!(set_and, intersection);
binop!(set_sub, difference);
binop!(set_xor, symmetric_difference);

macro_rules! inplace {
    ($name:ident, $f:ident) => {
        unsafe extern "C" fn $name(a: Obj, b: Obj) -> Obj {
            if !is_anyset(b) {
                return new_ref(crate::objects::none::not_implemented());
            }
            into_raw((|| {
                let r = $f(a, b)?;
                let items = elements(r.as_ptr());
                clear(a);
                for e in items {
                    add(a, e.as_ptr())?;
                }
                Ok(Ref::borrowed(a))
            })())
        }
    };
}
inplace!(set_ior, union);
inplace!(set_iand, intersection);
inplace!(set_isub, difference);
inplace!(set_ixor, symmetric_difference);

/// Defines a set method with CPython's calling convention: `(0, 0)` is METH_NOARGS and
/// `(1, 1)` METH_O (`a[0]` is the argument), so argument errors read
/// `set.add() takes exactly one argument (2 given)`.
macro_rules! method {
    ($name:ident, $pyname:literal, 0, 0, [], |$o:ident, $a:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, _unused: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $o = slf;
                $body
            })())
        }
    };
    ($name:ident, $pyname:literal, 1, 1, [$arg:literal], |$o:ident, $a:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, arg: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a = [arg];
                let $o = slf;
                $body
            })())
        }
    };
}

/// A METH_VARARGS method: any number of positional arguments, no keywords (the
/// calling machinery refuses them: `set.union() takes no keyword arguments`).
macro_rules! varargs_method {
    ($name:ident, $pyname:literal, |$o:ident, $others:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, argt: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $others: &[Obj] = crate::objects::tuple::items(argt);
                let $o = slf;
                $body
            })())
        }
    };
}

method!(set_add_m, "add", 1, 1, ["elem"], |o, a| {
    add(o, a[0])?;
    Ok(crate::objects::none::none_ref())
});
method!(set_discard_m, "discard", 1, 1, ["elem"], |o, a| {
    discard(o, a[0])?;
    Ok(crate::objects::none::none_ref())
});
method!(set_remove_m, "remove", 1, 1, ["elem"], |o, a| {
    if !discard(o, a[0])? {
        return Err(crate::errors::raise_with(
            crate::objects::exceptions::key_error(),
            a[0],
        ));
    }
    Ok(crate::objects::none::none_ref())
});
method!(set_pop_m, "pop", 0, 0, [], |o, a| {
    let t = table(o);
    match t.entries.iter().position(|e| !e.key.is_null()) {
        Some(ix) => Ok(Ref::steal(t.remove_at(ix).key)),
        None => Err(crate::errors::raise(
            crate::objects::exceptions::key_error(),
            "pop from an empty set",
        )),
    }
});
method!(set_clear_m, "clear", 0, 0, [], |o, a| {
    clear(o);
    Ok(crate::objects::none::none_ref())
});
method!(set_copy_m, "copy", 0, 0, [], |o, a| {
    if type_of(o) == &raw mut PyFrozenSet_Type {
        return Ok(Ref::borrowed(o));
    }
    let r = new_empty(result_type(o));
    update(r.as_ptr(), o)?;
    Ok(r)
});
varargs_method!(set_union_m, "union", |o, others| {
    let mut r = new_empty(result_type(o));
    update(r.as_ptr(), o)?;
    for &x in others {
        let n = union(r.as_ptr(), x)?;
        r = n;
    }
    Ok(r)
});
varargs_method!(set_intersection_m, "intersection", |o, others| {
    let mut r = new_empty(result_type(o));
    update(r.as_ptr(), o)?;
    for &x in others {
        r = intersection(r.as_ptr(), x)?;
    }
    Ok(r)
});
varargs_method!(set_difference_m, "difference", |o, others| {
    let mut r = new_empty(result_type(o));
    update(r.as_ptr(), o)?;
    for &x in others {
        r = difference(r.as_ptr(), x)?;
    }
    Ok(r)
});
method!(
    set_symdiff_m,
    "symmetric_difference",
    1,
    1,
    ["other"],
    |o, a| { symmetric_difference(o, a[0]) }
);
varargs_method!(set_update_m, "update", |o, others| {
    for &x in others {
        update(o, x)?;
    }
    Ok(crate::objects::none::none_ref())
});
varargs_method!(
    set_intersection_update_m,
    "intersection_update",
    |o, others| {
        for &x in others {
            let r = intersection(o, x)?;
            clear(o);
            update(o, r.as_ptr())?;
        }
        Ok(crate::objects::none::none_ref())
    }
);
varargs_method!(set_difference_update_m, "difference_update", |o, others| {
    for &x in others {
        let r = difference(o, x)?;
        clear(o);
        update(o, r.as_ptr())?;
    }
    Ok(crate::objects::none::none_ref())
});
method!(
    set_symdiff_update_m,
    "symmetric_difference_update",
    1,
    1,
    ["other"],
    |o, a| {
        let r = symmetric_difference(o, a[0])?;
        clear(o);
        update(o, r.as_ptr())?;
        Ok(crate::objects::none::none_ref())
    }
);
method!(set_issubset_m, "issubset", 1, 1, ["other"], |o, a| {
    let other = if is_anyset(a[0]) {
        Ref::borrowed(a[0])
    } else {
        set_from_iterable(a[0])?
    };
    Ok(crate::objects::bool::from_bool(is_subset(
        o,
        other.as_ptr(),
    )?))
});
method!(set_issuperset_m, "issuperset", 1, 1, ["other"], |o, a| {
    let other = if is_anyset(a[0]) {
        Ref::borrowed(a[0])
    } else {
        set_from_iterable(a[0])?
    };
    Ok(crate::objects::bool::from_bool(is_subset(
        other.as_ptr(),
        o,
    )?))
});
method!(set_isdisjoint_m, "isdisjoint", 1, 1, ["other"], |o, a| {
    let other = if is_anyset(a[0]) {
        Ref::borrowed(a[0])
    } else {
        set_from_iterable(a[0])?
    };
    for e in elements(o) {
        if contains(other.as_ptr(), e.as_ptr())? {
            return Ok(crate::objects::bool::from_bool(false));
        }
    }
    Ok(crate::objects::bool::from_bool(true))
});

unsafe extern "C" fn set_new(tp: *mut PyTypeObject, _args: Obj, _kw: Obj) -> Obj {
    new_empty(tp).into_raw()
}

unsafe extern "C" fn set_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    crate::errors::into_status((|| {
        let [it] = crate::args::parse_tuple::<0, 1>("set", args, kwargs, &["iterable"])?;
        clear(o);
        if !it.is_null() {
            update(o, it)?;
        }
        Ok(())
    })())
}

unsafe extern "C" fn frozenset_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [it] = crate::args::parse_tuple::<0, 1>("frozenset", args, kwargs, &["iterable"])?;
        if !it.is_null()
            && type_of(it) == &raw mut PyFrozenSet_Type
            && tp == &raw mut PyFrozenSet_Type
        {
            return Ok(Ref::borrowed(it));
        }
        let s = new_empty(tp);
        if !it.is_null() {
            update(s.as_ptr(), it)?;
        }
        Ok(s)
    })())
}
