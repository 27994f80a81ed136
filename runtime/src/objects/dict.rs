//! `dict`: an insertion-ordered hash table. The header prefix (`ma_used`,
//! `ma_version_tag`) matches CPython 3.12's `PyDictObject`; the table behind `ma_keys` is
//! Molt's own (CPython keeps it opaque too).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{exceptions, str as pystr};
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython 3.12's `PyDictObject` prefix, then Molt's table pointer in `ma_keys`' place.
#[repr(C)]
pub struct PyDictObject {
    pub ob_base: PyObject,
    pub ma_used: isize,
    pub ma_version_tag: u64,
    pub table: *mut Table,
    pub ma_values: *mut std::ffi::c_void,
}

/// One slot of the ordered entry array; `key` null marks a deleted entry.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: isize,
    pub key: Obj,
    pub value: Obj,
}

/// The hash index (open addressing over entry positions) and the ordered entries.
#[derive(Default)]
pub struct Table {
    pub entries: Vec<Entry>,
    indices: Vec<i32>,
    live: usize,
    /// Every entry before this position is deleted (a hint for [`Table::first_live`]).
    first_hint: usize,
    /// A type's `__dict__`: every change invalidates the type attribute cache
    /// (`typeobject::lookup`).
    pub watched: bool,
    /// One bit per key ever inserted (bit `hash & 63`), never cleared on deletion: a
    /// clear bit proves a key absent without probing (method calls use it to see that
    /// an instance dict does not shadow the method).
    bloom: u64,
}

const EMPTY_SLOT: i32 = -1;
const DUMMY_SLOT: i32 = -2;

#[no_mangle]
pub static mut PyDict_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(dict_dealloc),
    tp_repr: Some(dict_repr),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(dict_richcompare),
    tp_iter: Some(dict_iter),
    tp_as_mapping: &raw mut DICT_AS_MAPPING,
    tp_as_sequence: &raw mut DICT_AS_SEQUENCE,
    tp_as_number: &raw mut DICT_AS_NUMBER,
    tp_methods: &raw mut DICT_METHODS as *mut PyMethodDef,
    tp_new: Some(dict_new),
    tp_init: Some(dict_init),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING,
    ..PyTypeObject::new_static(c"dict", std::mem::size_of::<PyDictObject>(), 0)
};

static mut DICT_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(dict_len_slot),
    mp_subscript: Some(dict_subscript),
    mp_ass_subscript: Some(dict_ass_subscript),
};

static mut DICT_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_contains: Some(dict_contains_slot),
    ..PySequenceMethods::EMPTY
};

static mut DICT_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(dict_or),
    nb_inplace_or: Some(dict_ior),
    ..PyNumberMethods::EMPTY
};

// The calling conventions are CPython's, so argument errors read the same
// (`dict.keys() takes no arguments (1 given)`, `get expected at least 1 argument, got 0`).
static mut DICT_METHODS: [PyMethodDef; 15] = [
    crate::method_def!("keys", dict_keys_m, METH_NOARGS),
    crate::method_def!("values", dict_values_m, METH_NOARGS),
    crate::method_def!("items", dict_items_m, METH_NOARGS),
    crate::method_def!("get", dict_get_m, METH_FASTCALL),
    crate::method_def!("setdefault", dict_setdefault_m, METH_FASTCALL),
    crate::method_def!("pop", dict_pop_m, METH_FASTCALL),
    crate::method_def!("popitem", dict_popitem_m, METH_NOARGS),
    crate::method_def!("update", dict_update_m),
    crate::method_def!("copy", dict_copy_m, METH_NOARGS),
    crate::method_def!("clear", dict_clear_m, METH_NOARGS),
    crate::method_def!("fromkeys", dict_fromkeys_m, METH_FASTCALL | METH_CLASS),
    crate::method_def!("__getitem__", dict_getitem_m, METH_O | METH_COEXIST),
    crate::method_def!("__reversed__", dict_reversed_m, METH_NOARGS),
    crate::method_def!(
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
        METH_O | METH_CLASS
    ),
    METHOD_SENTINEL,
];

#[inline]
fn bloom_bit(hash: isize) -> u64 {
    1u64 << ((hash as u64) & 63)
}

impl Table {
    /// False when no key with this hash can be in the table.
    #[inline]
    pub(crate) fn may_contain(&self, hash: isize) -> bool {
        self.bloom & bloom_bit(hash) != 0
    }

    pub(crate) fn find(&self, hash: isize, key: Obj) -> PyResult<Option<usize>> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY_SLOT {
                return Ok(None);
            }
            if ix >= 0 {
                let e = self.entries[ix as usize];
                if e.key == key {
                    return Ok(Some(ix as usize));
                }
                if e.hash == hash && !e.key.is_null() {
                    // SAFETY: the key is live while it is in the table; we hold a
                    // reference across the comparison in case __eq__ mutates the dict.
                    let eq = unsafe {
                        let k = Ref::borrowed(e.key);
                        crate::abstract_::eq_bool(k.as_ptr(), key)?
                    };
                    if eq {
                        return Ok(Some(ix as usize));
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
    }

    /// The position of the oldest live entry, skipping deleted ones in amortised
    /// constant time (FIFO removal from an OrderedDict, LRU eviction).
    pub(crate) fn first_live(&mut self) -> Option<usize> {
        let mut i = self.first_hint.min(self.entries.len());
        while i < self.entries.len() && self.entries[i].key.is_null() {
            i += 1;
        }
        self.first_hint = i;
        (i < self.entries.len()).then_some(i)
    }

    fn rebuild(&mut self) {
        self.first_hint = 0;
        let live: Vec<Entry> = self
            .entries
            .iter()
            .copied()
            .filter(|e| !e.key.is_null())
            .collect();
        self.entries = live;
        let mut size = 8;
        while size * 2 <= self.entries.len() * 3 + 8 {
            size *= 2;
        }
        self.indices = vec![EMPTY_SLOT; size];
        let mask = size - 1;
        self.bloom = self.entries.iter().fold(0, |b, e| b | bloom_bit(e.hash));
        for (ix, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as usize) & mask;
            let mut perturb = e.hash as usize;
            while self.indices[i] != EMPTY_SLOT {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
            }
            self.indices[i] = ix as i32;
        }
    }

    pub(crate) fn insert_new(&mut self, hash: isize, key: Obj, value: Obj) {
        if self.watched {
            crate::typeobject::type_cache_invalidate();
        }
        self.bloom |= bloom_bit(hash);
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.entries.push(Entry { hash, key, value });
            self.live += 1;
            self.rebuild();
            return;
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
        self.indices[i] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.live += 1;
    }

    pub(crate) fn remove_at(&mut self, ix: usize) -> Entry {
        if self.watched {
            crate::typeobject::type_cache_invalidate();
        }
        let e = self.entries[ix];
        self.entries[ix].key = null_mut();
        self.entries[ix].value = null_mut();
        let mask = self.indices.len() - 1;
        let mut i = (e.hash as usize) & mask;
        let mut perturb = e.hash as usize;
        while self.indices[i] != ix as i32 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
        self.indices[i] = DUMMY_SLOT;
        self.live -= 1;
        e
    }
}

/// The table of a dict.
///
/// # Safety
/// `d` is a dict.
#[inline]
pub unsafe fn table<'a>(d: Obj) -> &'a mut Table {
    let dp = d as *mut PyDictObject;
    if (*dp).table.is_null() {
        (*dp).table = Box::into_raw(Box::default());
    }
    &mut *(*dp).table
}

/// Whether the str `key` may be in `d` (false: certainly absent). No Python code runs.
///
/// # Safety
/// `d` is a dict, `key` an exact str.
#[inline]
pub unsafe fn str_key_may_be_in(d: Obj, key: Obj) -> bool {
    let t = (*(d as *mut PyDictObject)).table;
    if t.is_null() {
        return false;
    }
    // SAFETY: a non-null table pointer is the dict's live table.
    let t = &*t;
    t.may_contain(pystr::hash(key))
}

/// Marks `d` as a type's `__dict__` (see [`Table::watched`]).
///
/// # Safety
/// `d` is a dict.
pub unsafe fn watch(d: Obj) {
    table(d).watched = true;
}

/// Whether `o` is a dict or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_dict(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_DICT_SUBCLASS != 0
}

/// A new empty dict. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn new_raw() -> Obj {
    alloc_object(&raw mut PyDict_Type, std::mem::size_of::<PyDictObject>())
}

/// Number of items.
///
/// # Safety
/// `d` is a dict.
#[inline]
pub unsafe fn len(d: Obj) -> usize {
    (*(d as *mut PyDictObject)).ma_used as usize
}

unsafe fn sync_used(d: Obj) {
    let t = table(d);
    (*(d as *mut PyDictObject)).ma_used = t.live as isize;
    (*(d as *mut PyDictObject)).ma_version_tag += 1;
}

/// `d[key]` without raising KeyError: `Ok(None)` when missing. Borrowed result.
///
/// # Safety
/// `d` is a dict, `key` live.
pub unsafe fn get_item(d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = crate::abstract_::hash(key)?;
    let t = table(d);
    Ok(t.find(h, key)?.map(|ix| table(d).entries[ix].value))
}

/// [`get_item`] that first tries the entry at position `*hint` (identity of the key
/// only) and records the position found in `*hint`: attribute loads of instances of
/// one class find their keys at the same positions. Borrowed result.
///
/// # Safety
/// `d` is a dict, `key` live, `hint` writable.
#[inline]
pub unsafe fn get_item_hinted(d: Obj, key: Obj, hint: *mut usize) -> PyResult<Option<Obj>> {
    let t = table(d);
    if let Some(e) = t.entries.get(*hint) {
        if e.key == key {
            return Ok(Some(e.value));
        }
    }
    let h = crate::abstract_::hash(key)?;
    let t = table(d);
    match t.find(h, key)? {
        Some(ix) => {
            *hint = ix;
            Ok(Some(table(d).entries[ix].value))
        }
        None => Ok(None),
    }
}

/// Replaces the value of `key` if it is the key at position `hint` (identity only);
/// whether it did. Never runs Python code before the replacement is complete.
///
/// # Safety
/// `d` is a dict, `key` and `value` live.
#[inline]
pub unsafe fn replace_hinted(d: Obj, key: Obj, value: Obj, hint: usize) -> bool {
    let t = table(d);
    if t.watched {
        return false;
    }
    match t.entries.get_mut(hint) {
        Some(e) if e.key == key => {
            let old = std::mem::replace(&mut e.value, new_ref(value));
            (*(d as *mut PyDictObject)).ma_version_tag += 1;
            decref(old);
            true
        }
        _ => false,
    }
}

/// [`set_item`] that records where `key` ended up in `*hint`.
///
/// # Safety
/// `d` is a dict, `key` and `value` live, `hint` writable.
pub unsafe fn set_item_hinted(d: Obj, key: Obj, value: Obj, hint: *mut usize) -> PyResult<()> {
    let h = crate::abstract_::hash(key)?;
    set_item_hashed(d, key, h, value)?;
    if let Some(ix) = table(d).find(h, key)? {
        *hint = ix;
    }
    Ok(())
}

/// The value at entry position `ix` if its key is `key` (identity); borrowed.
///
/// # Safety
/// `d` is a dict.
#[inline]
pub unsafe fn value_at_if_key(d: Obj, ix: usize, key: Obj) -> Option<Obj> {
    let t = (*(d as *mut PyDictObject)).table;
    if t.is_null() {
        return None;
    }
    // SAFETY: a non-null table pointer is the dict's live, exclusively owned table.
    let t = &*t;
    match t.entries.get(ix) {
        Some(e) if e.key == key => Some(e.value),
        _ => None,
    }
}

/// The entry position of `key` (a str) if present.
///
/// # Safety
/// `d` is a dict, `key` a str.
pub unsafe fn position_of(d: Obj, key: Obj) -> PyResult<Option<usize>> {
    let h = crate::abstract_::hash(key)?;
    table(d).find(h, key)
}

/// Lookup by a Rust string key (borrowed result). A str key never raises.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn get_str(d: Obj, key: &str) -> Option<Obj> {
    let k = Ref::steal(pystr::from_str(key));
    get_item(d, k.as_ptr()).ok().flatten()
}

/// `d[key] = value` (new references taken to both).
///
/// # Safety
/// `d` is a dict, key and value live.
pub unsafe fn set_item(d: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let h = crate::abstract_::hash(key)?;
    set_item_hashed(d, key, h, value)
}

/// [`set_item`] with a precomputed hash.
///
/// # Safety
/// As [`set_item`]; `h` is `hash(key)`.
pub unsafe fn set_item_hashed(d: Obj, key: Obj, h: isize, value: Obj) -> PyResult<()> {
    let t = table(d);
    match t.find(h, key)? {
        Some(ix) => {
            let t = table(d);
            let old = t.entries[ix].value;
            if t.watched {
                crate::typeobject::type_cache_invalidate();
            }
            t.entries[ix].value = new_ref(value);
            decref(old);
        }
        None => {
            table(d).insert_new(h, new_ref(key), new_ref(value));
        }
    }
    sync_used(d);
    Ok(())
}

/// `d[key] = value` with a Rust string key.
///
/// # Safety
/// `d` is a dict, `value` live.
pub unsafe fn set_str(d: Obj, key: &str, value: Obj) -> PyResult<()> {
    let k = Ref::steal(pystr::from_str(key));
    set_item(d, k.as_ptr(), value)
}

/// Removes `key`; `Ok(false)` if it was missing (nothing raised).
///
/// # Safety
/// `d` is a dict, `key` live.
pub unsafe fn del_item(d: Obj, key: Obj) -> PyResult<bool> {
    let h = crate::abstract_::hash(key)?;
    match table(d).find(h, key)? {
        Some(ix) => {
            let e = table(d).remove_at(ix);
            sync_used(d);
            decref(e.key);
            decref(e.value);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Removes and returns `key`'s value (owned), or `None` if missing.
///
/// # Safety
/// `d` is a dict, `key` live.
pub unsafe fn pop_item(d: Obj, key: Obj) -> PyResult<Option<Ref>> {
    let h = crate::abstract_::hash(key)?;
    match table(d).find(h, key)? {
        Some(ix) => {
            let e = table(d).remove_at(ix);
            sync_used(d);
            decref(e.key);
            Ok(Some(Ref::steal(e.value)))
        }
        None => Ok(None),
    }
}

/// A snapshot of the live entries as owned (key, value) pairs, in order.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn items_vec(d: Obj) -> Vec<(Ref, Ref)> {
    table(d)
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| (Ref::borrowed(e.key), Ref::borrowed(e.value)))
        .collect()
}

/// Removes every item.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn clear(d: Obj) {
    let dp = d as *mut PyDictObject;
    if (*dp).table.is_null() {
        return;
    }
    let old = std::mem::take(&mut *(*dp).table);
    if old.watched {
        (*(*dp).table).watched = true;
        crate::typeobject::type_cache_invalidate();
    }
    sync_used(d);
    for e in old.entries {
        if !e.key.is_null() {
            decref(e.key);
            decref(e.value);
        }
    }
}

/// `d.update(other)` for a mapping or an iterable of pairs.
///
/// # Safety
/// `d` is a dict, `other` live.
pub unsafe fn update(d: Obj, other: Obj) -> PyResult<()> {
    if is_dict(other) {
        for (k, v) in items_vec(other) {
            set_item(d, k.as_ptr(), v.as_ptr())?;
        }
        return Ok(());
    }
    if let Some(keys) = crate::abstract_::getattr_opt_str(other, "keys")? {
        let ks = crate::call::call0(keys.as_ptr())?;
        let it = crate::abstract_::get_iter(ks.as_ptr())?;
        while let Some(k) = crate::abstract_::iter_next(it.as_ptr())? {
            let v = crate::abstract_::getitem(other, k.as_ptr())?;
            set_item(d, k.as_ptr(), v.as_ptr())?;
        }
        return Ok(());
    }
    let it = crate::abstract_::get_iter(other)?;
    let mut idx = 0;
    while let Some(pair) = crate::abstract_::iter_next(it.as_ptr())? {
        let kv = match crate::abstract_::collect(pair.as_ptr()) {
            Ok(kv) => kv,
            Err(_) => {
                crate::errors::clear();
                return Err(crate::errors::type_error(&format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    idx
                )));
            }
        };
        if kv.len() != 2 {
            return Err(crate::errors::value_error(&format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                idx,
                kv.len()
            )));
        }
        set_item(d, kv[0].as_ptr(), kv[1].as_ptr())?;
        idx += 1;
    }
    Ok(())
}

/// A shallow copy. New reference.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn copy(d: Obj) -> PyResult<Ref> {
    let n = Ref::steal(new_raw());
    for (k, v) in items_vec(d) {
        set_item(n.as_ptr(), k.as_ptr(), v.as_ptr())?;
    }
    Ok(n)
}

unsafe extern "C" fn dict_dealloc(o: Obj) {
    let dp = o as *mut PyDictObject;
    if !(*dp).table.is_null() {
        let t = Box::from_raw((*dp).table);
        for e in t.entries {
            if !e.key.is_null() {
                decref(e.key);
                decref(e.value);
            }
        }
    }
    free_object(o);
}

unsafe extern "C" fn dict_repr(o: Obj) -> Obj {
    into_raw((|| {
        if len(o) == 0 {
            return Ok(Ref::steal(pystr::from_str("{}")));
        }
        let _guard = match crate::objects::object::ReprGuard::enter(o) {
            Some(g) => g,
            None => return Ok(Ref::steal(pystr::from_str("{...}"))),
        };
        let mut s = String::from("{");
        for (i, (k, v)) in items_vec(o).into_iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(pystr::as_str(crate::abstract_::repr(k.as_ptr())?.as_ptr()));
            s.push_str(": ");
            s.push_str(pystr::as_str(crate::abstract_::repr(v.as_ptr())?.as_ptr()));
        }
        s.push('}');
        Ok(Ref::steal(pystr::from_str(&s)))
    })())
}

unsafe extern "C" fn dict_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_dict(b) || (op != crate::abstract_::CMP_EQ && op != crate::abstract_::CMP_NE) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let mut eq = len(a) == len(b);
        if eq {
            for (k, v) in items_vec(a) {
                match get_item(b, k.as_ptr())? {
                    None => {
                        eq = false;
                        break;
                    }
                    Some(w) => {
                        let w = Ref::borrowed(w);
                        if !crate::abstract_::eq_bool(v.as_ptr(), w.as_ptr())? {
                            eq = false;
                            break;
                        }
                    }
                }
            }
        }
        let r = if op == crate::abstract_::CMP_EQ {
            eq
        } else {
            !eq
        };
        Ok(crate::objects::bool::from_bool(r))
    })())
}

unsafe extern "C" fn dict_iter(o: Obj) -> Obj {
    crate::objects::dictview::dict_iter_new(o, crate::objects::dictview::ViewKind::Keys)
}

unsafe extern "C" fn dict_len_slot(o: Obj) -> isize {
    len(o) as isize
}

unsafe extern "C" fn dict_contains_slot(o: Obj, k: Obj) -> i32 {
    match get_item(o, k) {
        Ok(Some(_)) => 1,
        Ok(None) => 0,
        Err(_) => -1,
    }
}

unsafe extern "C" fn dict_subscript(o: Obj, k: Obj) -> Obj {
    into_raw(subscript(o, k))
}

unsafe extern "C" fn dict_getitem_m(o: Obj, k: Obj) -> Obj {
    into_raw(subscript(o, k))
}

/// `d[k]` including `__missing__` for subclasses and the KeyError on a miss.
///
/// # Safety
/// `o` is a dict, `k` live.
pub unsafe fn subscript(o: Obj, k: Obj) -> PyResult<Ref> {
    if let Some(v) = get_item(o, k)? {
        return Ok(Ref::borrowed(v));
    }
    if type_of(o) != &raw mut PyDict_Type {
        if let Some(m) = lookup_str(type_of(o), "__missing__") {
            let m = Ref::borrowed(m);
            return crate::call::call_vec(m.as_ptr(), &[o, k]);
        }
    }
    Err(crate::errors::raise_with(exceptions::key_error(), k))
}

unsafe extern "C" fn dict_ass_subscript(o: Obj, k: Obj, v: Obj) -> i32 {
    if v.is_null() {
        match del_item(o, k) {
            Ok(true) => 0,
            Ok(false) => {
                crate::errors::raise_with(exceptions::key_error(), k);
                -1
            }
            Err(_) => -1,
        }
    } else {
        crate::errors::into_status(set_item(o, k, v))
    }
}

unsafe extern "C" fn dict_or(a: Obj, b: Obj) -> Obj {
    if !is_dict(a) || !is_dict(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let n = copy(a)?;
        update(n.as_ptr(), b)?;
        Ok(n)
    })())
}

unsafe extern "C" fn dict_ior(a: Obj, b: Obj) -> Obj {
    into_raw((|| {
        update(a, b)?;
        Ok(Ref::borrowed(a))
    })())
}

/// Defines a dict method: `noargs` (METH_NOARGS) or positional-only Argument Clinic
/// (METH_FASTCALL) with CPython's `get expected at least 1 argument, got 0` wording.
macro_rules! dict_method {
    ($name:ident, noargs, |$o:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, _unused: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $o = slf;
                $body
            })())
        }
    };
    ($name:ident, $pyname:literal, $min:literal, $max:literal, |$o:ident, $a:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a = crate::args::positional::<$min, $max>($pyname, args, nargs)?;
                let $o = slf;
                $body
            })())
        }
    };
}

use crate::objects::dictview::{new_view, ViewKind};
dict_method!(dict_keys_m, noargs, |o| { Ok(new_view(o, ViewKind::Keys)) });
dict_method!(dict_values_m, noargs, |o| {
    Ok(new_view(o, ViewKind::Values))
});
dict_method!(dict_items_m, noargs, |o| {
    Ok(new_view(o, ViewKind::Items))
});
dict_method!(dict_get_m, "get", 1, 2, |o, a| {
    match get_item(o, a[0])? {
        Some(v) => Ok(Ref::borrowed(v)),
        None => Ok(if a[1].is_null() {
            crate::objects::none::none_ref()
        } else {
            Ref::borrowed(a[1])
        }),
    }
});
dict_method!(dict_setdefault_m, "setdefault", 1, 2, |o, a| {
    match get_item(o, a[0])? {
        Some(v) => Ok(Ref::borrowed(v)),
        None => {
            let d = if a[1].is_null() {
                crate::objects::none::none()
            } else {
                a[1]
            };
            set_item(o, a[0], d)?;
            Ok(Ref::borrowed(d))
        }
    }
});
dict_method!(dict_pop_m, "pop", 1, 2, |o, a| {
    match pop_item(o, a[0])? {
        Some(v) => Ok(v),
        None if !a[1].is_null() => Ok(Ref::borrowed(a[1])),
        None => Err(crate::errors::raise_with(exceptions::key_error(), a[0])),
    }
});
dict_method!(dict_popitem_m, noargs, |o| {
    let t = table(o);
    let last = t.entries.iter().rposition(|e| !e.key.is_null());
    match last {
        None => Err(crate::errors::raise(
            exceptions::key_error(),
            "popitem(): dictionary is empty",
        )),
        Some(ix) => {
            let e = t.remove_at(ix);
            t.entries.truncate(ix);
            sync_used(o);
            let k = Ref::steal(e.key);
            let v = Ref::steal(e.value);
            Ok(Ref::steal(crate::objects::tuple::from_refs(vec![k, v])))
        }
    }
});
dict_method!(dict_copy_m, noargs, |o| { copy(o) });
dict_method!(dict_clear_m, noargs, |o| {
    clear(o);
    Ok(crate::objects::none::none_ref())
});

unsafe extern "C" fn dict_update_m(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if nargs > 1 {
            return Err(crate::errors::type_error(&format!(
                "update expected at most 1 argument, got {}",
                nargs
            )));
        }
        if nargs == 1 {
            update(slf, *args)?;
        }
        if !kw.is_null() {
            let names = crate::objects::tuple::items(kw);
            for (i, &n) in names.iter().enumerate() {
                set_item(slf, n, *args.add(nargs as usize + i))?;
            }
        }
        Ok(crate::objects::none::none_ref())
    })())
}

unsafe extern "C" fn dict_reversed_m(o: Obj, _unused: Obj) -> Obj {
    crate::objects::dictview::dict_reversed_iter_new(o, crate::objects::dictview::ViewKind::Keys)
}

unsafe extern "C" fn dict_fromkeys_m(cls: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [it, value] = crate::args::positional::<1, 2>("fromkeys", args, nargs)?;
        let d = crate::call::call0(cls)?;
        let v = if value.is_null() {
            crate::objects::none::none()
        } else {
            value
        };
        let iter = crate::abstract_::get_iter(it)?;
        while let Some(k) = crate::abstract_::iter_next(iter.as_ptr())? {
            crate::abstract_::setitem(d.as_ptr(), k.as_ptr(), v)?;
        }
        Ok(d)
    })())
}

unsafe extern "C" fn dict_new(tp: *mut PyTypeObject, _args: Obj, _kw: Obj) -> Obj {
    alloc_object(tp, (*tp).tp_basicsize as usize)
}

unsafe extern "C" fn dict_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    crate::errors::into_status((|| {
        let n = if args.is_null() {
            0
        } else {
            crate::objects::tuple::len(args)
        };
        if n > 1 {
            return Err(crate::errors::type_error(&format!(
                "dict expected at most 1 argument, got {}",
                n
            )));
        }
        if n == 1 {
            update(o, crate::objects::tuple::item(args, 0))?;
        }
        if !kwargs.is_null() {
            update(o, kwargs)?;
        }
        Ok::<(), Raised>(())
    })())
}
