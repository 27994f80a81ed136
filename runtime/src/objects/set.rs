//! `set` and `frozenset`: CPython 3.12's object layout and table algorithm
//! (`objects/settable.rs`), so iteration order, `pop()` and `repr` match CPython, and
//! each operation walks its operands in the order CPython's `setobject.c` does (which
//! operand is iterated, which is copied, when a table is resized), since that decides
//! the layout of the result.
//!
//! A display of three or more constants (`{-1, -2, 100, 7}`) is built as CPython 3.12
//! builds it, through a folded frozenset ([`from_constant_display`], called by the
//! compiler), since that order differs from adding the items one by one when keys
//! collide. TODO(set-display): the compiler folds only constant integer arithmetic whose
//! result fits in 64 bits, so `{10**20, 3, -10**20}` is still built item by item.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::dict;
use crate::objects::settable as st;
use crate::objects::str as pystr;
use crate::typeobject::*;

pub use crate::objects::settable::PySetObject;

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

/// Whether `o` is a set (or a subclass), not a frozenset.
unsafe fn is_set(o: Obj) -> bool {
    is_instance_of(o, &raw mut PySet_Type)
}

unsafe fn is_exact_anyset(o: Obj) -> bool {
    let t = type_of(o);
    t == &raw mut PySet_Type || t == &raw mut PyFrozenSet_Type
}

unsafe fn is_exact_dict(o: Obj) -> bool {
    type_of(o) == &raw mut dict::PyDict_Type
}

/// The set object of `s`, its table initialised.
#[inline]
unsafe fn so(s: Obj) -> *mut PySetObject {
    st::so(s)
}

/// Number of elements.
///
/// # Safety
/// `s` is a set or frozenset.
#[inline]
pub unsafe fn len(s: Obj) -> usize {
    (*so(s)).used as usize
}

/// The elements as owned references, in table (iteration) order.
///
/// # Safety
/// `s` is a set or frozenset.
pub unsafe fn elements(s: Obj) -> Vec<Ref> {
    let p = so(s);
    let mut out = Vec::with_capacity((*p).used as usize);
    let mut pos = 0;
    while let Some((k, _)) = st::next(p, &mut pos) {
        out.push(Ref::borrowed(k));
    }
    out
}

/// The next element at or after `*pos` in table order, with its hash (CPython's
/// `_PySet_NextEntry`). Borrowed key.
///
/// # Safety
/// `s` is a set or frozenset.
pub unsafe fn next_entry(s: Obj, pos: &mut usize) -> Option<(Obj, isize)> {
    st::next(so(s), pos)
}

/// Removes and returns the element `pop()` would (owned), `None` when empty.
///
/// # Safety
/// `s` is a set.
pub unsafe fn pop(s: Obj) -> Option<Ref> {
    st::pop(so(s)).map(|k| Ref::steal(k))
}

/// Removes every element (`s.clear()`).
///
/// # Safety
/// `s` is a set.
pub unsafe fn clear(s: Obj) {
    st::clear(so(s));
}

/// A new empty set (or frozenset) of type `tp`. New reference.
///
/// # Safety
/// `tp` is set, frozenset or a subclass.
pub unsafe fn new_empty(tp: *mut PyTypeObject) -> Ref {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    (*(o as *mut PySetObject)).hash = -1;
    so(o);
    Ref::steal(o)
}

/// The set CPython 3.12 makes for a display whose three or more items are all
/// constants: the compiler folds them into a frozenset (items added in source order),
/// its constant merging rebuilds that frozenset from its own iteration order, and
/// `BUILD_SET 0; SET_UPDATE` merges the result into an empty set. New reference.
///
/// # Safety
/// The items are live.
pub unsafe fn from_constant_display(items: &[Obj]) -> PyResult<Ref> {
    let folded = new_empty(&raw mut PyFrozenSet_Type);
    for &x in items {
        add(folded.as_ptr(), x)?;
    }
    let merged = new_empty(&raw mut PyFrozenSet_Type);
    for e in elements(folded.as_ptr()) {
        add(merged.as_ptr(), e.as_ptr())?;
    }
    let s = new_empty(&raw mut PySet_Type);
    st::merge(so(s.as_ptr()), so(merged.as_ptr()))?;
    Ok(s)
}

/// The type of a new set derived from one of type `tp` (CPython's
/// `make_new_set_basetype`): set and frozenset themselves, or the builtin base.
unsafe fn base_type(tp: *mut PyTypeObject) -> *mut PyTypeObject {
    if tp == &raw mut PySet_Type || tp == &raw mut PyFrozenSet_Type {
        tp
    } else if is_subtype(tp, &raw mut PySet_Type) {
        &raw mut PySet_Type
    } else {
        &raw mut PyFrozenSet_Type
    }
}

/// Adds `k` (the set takes its own reference).
///
/// # Safety
/// `s` is a set or frozenset under construction.
pub unsafe fn add(s: Obj, k: Obj) -> PyResult<()> {
    let h = crate::abstract_::hash(k)?;
    st::add_entry(so(s), k, h)
}

/// Whether `k` is an element, without the set-as-frozenset retry.
unsafe fn contains_key(s: Obj, k: Obj) -> PyResult<bool> {
    let h = crate::abstract_::hash(k)?;
    st::contains_entry(so(s), k, h)
}

/// Runs `f` on `k`, or, when `k` is an (unhashable) set, on a frozenset copy of it, as
/// CPython's `__contains__`, `remove` and `discard` do.
unsafe fn with_set_key<T>(k: Obj, f: impl Fn(Obj) -> PyResult<T>) -> PyResult<T> {
    match f(k) {
        Err(e) => {
            if is_set(k) && crate::errors::matches(crate::objects::exceptions::type_error()) {
                crate::errors::clear();
                let tmp = new_empty(&raw mut PyFrozenSet_Type);
                st::merge(so(tmp.as_ptr()), so(k))?;
                return f(tmp.as_ptr());
            }
            Err(e)
        }
        ok => ok,
    }
}

/// Whether `k` is an element. Unhashable sets are looked up as frozensets, like CPython.
///
/// # Safety
/// `s` is a set or frozenset.
pub unsafe fn contains(s: Obj, k: Obj) -> PyResult<bool> {
    with_set_key(k, |k| contains_key(s, k))
}

/// Removes `k`; `Ok(false)` if it was absent. Unhashable sets are looked up as frozensets.
///
/// # Safety
/// `s` is a set.
pub unsafe fn discard(s: Obj, k: Obj) -> PyResult<bool> {
    with_set_key(k, |k| discard_key(s, k))
}

unsafe fn discard_key(s: Obj, k: Obj) -> PyResult<bool> {
    let h = crate::abstract_::hash(k)?;
    st::discard_entry(so(s), k, h)
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

/// Adds every element of `it` (CPython's `set_update_internal`): a set is merged, an
/// exact dict's keys are added with their stored hashes after one resize, anything else
/// is iterated.
///
/// # Safety
/// `s` is a set (or a frozenset under construction).
pub unsafe fn update(s: Obj, it: Obj) -> PyResult<()> {
    if is_anyset(it) {
        return st::merge(so(s), so(it));
    }
    if is_exact_dict(it) {
        let p = so(s);
        let n = dict::len(it) as isize;
        if (((*p).fill + n) as usize) * 5 >= ((*p).mask as usize) * 3 {
            st::resize(p, ((*p).used + n) * 2);
        }
        let keys: Vec<(Ref, isize)> = dict::table(it)
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (Ref::borrowed(e.key), e.hash))
            .collect();
        for (k, h) in keys {
            st::add_entry(p, k.as_ptr(), h)?;
        }
        return Ok(());
    }
    let iter = crate::abstract_::get_iter(it)?;
    while let Some(v) = crate::abstract_::iter_next(iter.as_ptr())? {
        add(s, v.as_ptr())?;
    }
    Ok(())
}

/// A new set of `s`'s base type with `s`'s elements (CPython's `set_copy`).
unsafe fn copy_base(s: Obj) -> PyResult<Ref> {
    let r = new_empty(base_type(type_of(s)));
    st::merge(so(r.as_ptr()), so(s))?;
    Ok(r)
}

/// Calls `f(key, hash)` for each element of `s` in table order, reading the table afresh
/// at every step (the callback may run Python code); stops at the first `Ok(false)`.
unsafe fn for_each(s: Obj, mut f: impl FnMut(Obj, isize) -> PyResult<bool>) -> PyResult<bool> {
    let p = so(s);
    let mut pos = 0;
    while let Some((k, h)) = st::next(p, &mut pos) {
        let k = Ref::borrowed(k);
        if !f(k.as_ptr(), h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a | b` for two sets: a copy of `a`, then `b` merged in.
unsafe fn union(a: Obj, b: Obj) -> PyResult<Ref> {
    let r = copy_base(a)?;
    if a != b {
        update(r.as_ptr(), b)?;
    }
    Ok(r)
}

/// `a.intersection(b)`: the smaller set is iterated (the other when sizes are equal),
/// an iterable in its own order, and no further than needed to find all of `a`;
/// elements come from the iterated operand.
pub(crate) unsafe fn intersection(a: Obj, b: Obj) -> PyResult<Ref> {
    if a == b {
        return copy_base(a);
    }
    let r = new_empty(base_type(type_of(a)));
    let rp = so(r.as_ptr());
    if is_anyset(b) {
        let (big, small) = if len(b) > len(a) { (b, a) } else { (a, b) };
        for_each(small, |k, h| {
            if st::contains_entry(so(big), k, h)? {
                st::add_entry(rp, k, h)?;
            }
            Ok(true)
        })?;
        return Ok(r);
    }
    let iter = crate::abstract_::get_iter(b)?;
    while let Some(v) = crate::abstract_::iter_next(iter.as_ptr())? {
        let h = crate::abstract_::hash(v.as_ptr())?;
        if st::contains_entry(so(a), v.as_ptr(), h)? {
            st::add_entry(rp, v.as_ptr(), h)?;
            if len(r.as_ptr()) >= len(a) {
                break;
            }
        }
    }
    Ok(r)
}

unsafe fn intersection_multi(s: Obj, others: &[Obj]) -> PyResult<Ref> {
    if others.is_empty() {
        return copy_base(s);
    }
    let mut r = Ref::borrowed(s);
    for &x in others {
        r = intersection(r.as_ptr(), x)?;
    }
    Ok(r)
}

/// Replaces the contents of `s` with those of `tmp` (`tmp` gets the old ones).
unsafe fn take_body(s: Obj, tmp: Obj) {
    st::swap_bodies(so(s), so(tmp));
}

/// Removes the elements of `other` from `s` (CPython's `set_difference_update_internal`),
/// then drops the dummies when more than a quarter of the table is dummies.
pub(crate) unsafe fn difference_update(s: Obj, other: Obj) -> PyResult<()> {
    if s == other {
        st::clear(so(s));
        return Ok(());
    }
    if is_anyset(other) {
        let o = if (len(other) >> 3) > len(s) {
            intersection(s, other)?
        } else {
            Ref::borrowed(other)
        };
        for_each(o.as_ptr(), |k, h| {
            st::discard_entry(so(s), k, h)?;
            Ok(true)
        })?;
    } else {
        let iter = crate::abstract_::get_iter(other)?;
        while let Some(v) = crate::abstract_::iter_next(iter.as_ptr())? {
            discard_key(s, v.as_ptr())?;
        }
    }
    let p = so(s);
    if (((*p).fill - (*p).used) as usize) <= ((*p).mask as usize) / 4 {
        return Ok(());
    }
    let used = (*p).used;
    st::resize(p, if used > 50000 { used * 2 } else { used * 4 });
    Ok(())
}

unsafe fn copy_and_difference(s: Obj, other: Obj) -> PyResult<Ref> {
    let r = copy_base(s)?;
    difference_update(r.as_ptr(), other)?;
    Ok(r)
}

/// `s - other`: iterates `s` and keeps what `other` lacks, unless `s` is more than four
/// times larger (or `other` is neither a set nor a dict): then a copy of `s` loses
/// `other`'s elements.
unsafe fn difference(s: Obj, other: Obj) -> PyResult<Ref> {
    let other_size = if is_anyset(other) {
        len(other)
    } else if is_exact_dict(other) {
        dict::len(other)
    } else {
        return copy_and_difference(s, other);
    };
    if (len(s) >> 2) > other_size {
        return copy_and_difference(s, other);
    }
    let r = new_empty(base_type(type_of(s)));
    let rp = so(r.as_ptr());
    let in_dict = is_exact_dict(other);
    for_each(s, |k, h| {
        let present = if in_dict {
            dict::table(other).find(h, k)?.is_some()
        } else {
            st::contains_entry(so(other), k, h)?
        };
        if !present {
            st::add_entry(rp, k, h)?;
        }
        Ok(true)
    })?;
    Ok(r)
}

unsafe fn difference_multi(s: Obj, others: &[Obj]) -> PyResult<Ref> {
    if others.is_empty() {
        return copy_base(s);
    }
    let r = difference(s, others[0])?;
    for &x in &others[1..] {
        difference_update(r.as_ptr(), x)?;
    }
    Ok(r)
}

/// Toggles the membership of each element of `other` in `s`.
pub(crate) unsafe fn symmetric_difference_update(s: Obj, other: Obj) -> PyResult<()> {
    if s == other {
        st::clear(so(s));
        return Ok(());
    }
    let p = so(s);
    let toggle = |k: Obj, h: isize| -> PyResult<bool> {
        if !st::discard_entry(p, k, h)? {
            st::add_entry(p, k, h)?;
        }
        Ok(true)
    };
    if is_exact_dict(other) {
        let keys: Vec<(Ref, isize)> = dict::table(other)
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (Ref::borrowed(e.key), e.hash))
            .collect();
        for (k, h) in keys {
            toggle(k.as_ptr(), h)?;
        }
        return Ok(());
    }
    let o = if is_anyset(other) {
        Ref::borrowed(other)
    } else {
        let t = new_empty(base_type(type_of(s)));
        update(t.as_ptr(), other)?;
        t
    };
    for_each(o.as_ptr(), toggle)?;
    Ok(())
}

/// `s ^ other`: a set built from `other`, then toggled by the elements of `s`.
unsafe fn symmetric_difference(s: Obj, other: Obj) -> PyResult<Ref> {
    let r = new_empty(base_type(type_of(s)));
    update(r.as_ptr(), other)?;
    symmetric_difference_update(r.as_ptr(), s)?;
    Ok(r)
}

unsafe fn is_subset(a: Obj, b: Obj) -> PyResult<bool> {
    if !is_anyset(b) {
        let tmp = set_from_iterable(b)?;
        return is_subset(a, tmp.as_ptr());
    }
    if len(a) > len(b) {
        return Ok(false);
    }
    for_each(a, |k, h| st::contains_entry(so(b), k, h))
}

unsafe fn is_superset(a: Obj, b: Obj) -> PyResult<bool> {
    if is_anyset(b) {
        return is_subset(b, a);
    }
    let iter = crate::abstract_::get_iter(b)?;
    while let Some(v) = crate::abstract_::iter_next(iter.as_ptr())? {
        if !contains_key(a, v.as_ptr())? {
            return Ok(false);
        }
    }
    Ok(true)
}

unsafe fn is_disjoint(a: Obj, b: Obj) -> PyResult<bool> {
    if a == b {
        return Ok(len(a) == 0);
    }
    if is_exact_anyset(b) {
        let (big, small) = if len(b) > len(a) { (b, a) } else { (a, b) };
        return for_each(small, |k, h| Ok(!st::contains_entry(so(big), k, h)?));
    }
    let iter = crate::abstract_::get_iter(b)?;
    while let Some(v) = crate::abstract_::iter_next(iter.as_ptr())? {
        if contains_key(a, v.as_ptr())? {
            return Ok(false);
        }
    }
    Ok(true)
}

unsafe extern "C" fn set_dealloc(o: Obj) {
    let p = o as *mut PySetObject;
    if !(*p).table.is_null() {
        st::release(p);
    }
    free_object(o);
}

unsafe extern "C" fn set_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        let _guard = match crate::objects::object::ReprGuard::enter(o) {
            Some(g) => g,
            None => return Ok(pystr::from_string(format!("{}(...)", name))),
        };
        let els = elements(o);
        if els.is_empty() {
            return Ok(pystr::from_string(format!("{}()", name)));
        }
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
    let p = so(o);
    if (*p).hash != -1 {
        return (*p).hash;
    }
    let mut hash: u64 = 0;
    let mut pos = 0;
    while let Some((_, h)) = st::next(p, &mut pos) {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= ((*p).used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as isize;
    if h == -1 {
        h = 590923713;
    }
    (*p).hash = h;
    h
}

unsafe extern "C" fn set_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    use crate::abstract_::*;
    if !is_anyset(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let eq = || -> PyResult<bool> {
            if len(a) != len(b) {
                return Ok(false);
            }
            let (ha, hb) = ((*so(a)).hash, (*so(b)).hash);
            if ha != -1 && hb != -1 && ha != hb {
                return Ok(false);
            }
            is_subset(a, b)
        };
        let r = match op {
            CMP_EQ => eq()?,
            CMP_NE => !eq()?,
            CMP_LE => is_subset(a, b)?,
            CMP_GE => is_superset(a, b)?,
            CMP_LT => len(a) < len(b) && is_subset(a, b)?,
            CMP_GT => len(a) > len(b) && is_superset(a, b)?,
            _ => return Ok(Ref::borrowed(crate::objects::none::not_implemented())),
        };
        Ok(crate::objects::bool::from_bool(r))
    })())
}

/// A live iterator over the table, as CPython's: a change of the set's size is a
/// RuntimeError, repeated on every later step (sticky) until the iterator is exhausted.
struct SetIterState {
    set: Option<Ref>,
    pos: usize,
    used: isize,
    len: usize,
}

impl crate::objects::iter::IterState for SetIterState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(s) = &self.set else {
            return Ok(None);
        };
        let p = so(s.as_ptr());
        if self.used != (*p).used {
            self.used = -1;
            return Err(crate::errors::raise(
                crate::objects::exceptions::runtime_error(),
                "Set changed size during iteration",
            ));
        }
        match st::next(p, &mut self.pos) {
            Some((k, _)) => {
                self.len = self.len.saturating_sub(1);
                Ok(Some(Ref::borrowed(k)))
            }
            None => {
                self.set = None;
                Ok(None)
            }
        }
    }
    fn length_hint(&self) -> Option<usize> {
        match &self.set {
            // SAFETY: the iterator holds a reference to the set.
            Some(s) if unsafe { (*so(s.as_ptr())).used } == self.used => Some(self.len),
            _ => Some(0),
        }
    }
}

unsafe extern "C" fn set_iter(o: Obj) -> Obj {
    let used = (*so(o)).used;
    let state = SetIterState {
        set: Some(Ref::borrowed(o)),
        pos: 0,
        used,
        len: used as usize,
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
    ($name:ident, |$a:ident, $b:ident| $body:block) => {
        unsafe extern "C" fn $name($a: Obj, $b: Obj) -> Obj {
            if !is_anyset($b) {
                return new_ref(crate::objects::none::not_implemented());
            }
            into_raw((|| -> PyResult<Ref> {
                $body
                Ok(Ref::borrowed($a))
            })())
        }
    };
}
inplace!(set_ior, |a, b| {
    update(a, b)?;
});
inplace!(set_iand, |a, b| {
    let r = intersection(a, b)?;
    take_body(a, r.as_ptr());
});
inplace!(set_isub, |a, b| {
    difference_update(a, b)?;
});
inplace!(set_ixor, |a, b| {
    symmetric_difference_update(a, b)?;
});

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
    match st::pop(so(o)) {
        Some(k) => Ok(Ref::steal(k)),
        None => Err(crate::errors::raise(
            crate::objects::exceptions::key_error(),
            "pop from an empty set",
        )),
    }
});
method!(set_clear_m, "clear", 0, 0, [], |o, a| {
    st::clear(so(o));
    Ok(crate::objects::none::none_ref())
});
method!(set_copy_m, "copy", 0, 0, [], |o, a| {
    if type_of(o) == &raw mut PyFrozenSet_Type {
        return Ok(Ref::borrowed(o));
    }
    copy_base(o)
});
varargs_method!(set_union_m, "union", |o, others| {
    let r = copy_base(o)?;
    for &x in others {
        if x != o {
            update(r.as_ptr(), x)?;
        }
    }
    Ok(r)
});
varargs_method!(set_intersection_m, "intersection", |o, others| {
    intersection_multi(o, others)
});
varargs_method!(set_difference_m, "difference", |o, others| {
    difference_multi(o, others)
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
        let r = intersection_multi(o, others)?;
        take_body(o, r.as_ptr());
        Ok(crate::objects::none::none_ref())
    }
);
varargs_method!(set_difference_update_m, "difference_update", |o, others| {
    for &x in others {
        difference_update(o, x)?;
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
        symmetric_difference_update(o, a[0])?;
        Ok(crate::objects::none::none_ref())
    }
);
method!(set_issubset_m, "issubset", 1, 1, ["other"], |o, a| {
    Ok(crate::objects::bool::from_bool(is_subset(o, a[0])?))
});
method!(set_issuperset_m, "issuperset", 1, 1, ["other"], |o, a| {
    Ok(crate::objects::bool::from_bool(is_superset(o, a[0])?))
});
method!(set_isdisjoint_m, "isdisjoint", 1, 1, ["other"], |o, a| {
    Ok(crate::objects::bool::from_bool(is_disjoint(o, a[0])?))
});

unsafe extern "C" fn set_new(tp: *mut PyTypeObject, _args: Obj, _kw: Obj) -> Obj {
    new_empty(tp).into_raw()
}

unsafe extern "C" fn set_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    crate::errors::into_status((|| {
        let [it] = crate::args::parse_tuple::<0, 1>("set", args, kwargs, &["iterable"])?;
        let p = so(o);
        if (*p).fill != 0 {
            st::clear(p);
        }
        (*p).hash = -1;
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
