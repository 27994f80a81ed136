//! `dict_keys`, `dict_values`, `dict_items` views and their iterators (forward and
//! reversed). The iterators walk the live table and raise CPython's
//! `RuntimeError: dictionary changed size during iteration` when the dict grows or
//! shrinks under them.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, set, str as pystr, tuple};
use crate::typeobject::*;

/// Which part of the dict a view shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A dict view object.
#[repr(C)]
pub struct DictViewObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub kind: ViewKind,
}

macro_rules! view_type {
    ($sym:ident, $name:literal, $methods:expr) => {
        view_type!($sym, $name, $methods, None);
    };
    ($sym:ident, $name:literal, $methods:expr, $hash:expr) => {
        pub static mut $sym: PyTypeObject = PyTypeObject {
            tp_hash: $hash,
            tp_methods: $methods as *mut PyMethodDef,
            tp_dealloc: Some(view_dealloc),
            tp_repr: Some(view_repr),
            tp_getattro: Some(generic_getattro_slot),
            tp_iter: Some(view_iter),
            tp_richcompare: Some(view_richcompare),
            tp_as_sequence: &raw mut VIEW_AS_SEQUENCE,
            tp_as_number: &raw mut VIEW_AS_NUMBER,
            ..PyTypeObject::new_static($name, std::mem::size_of::<DictViewObject>(), 0)
        };
    };
}
// As CPython: the set-like views compare by contents and are unhashable.
view_type!(
    DictKeys_Type,
    c"dict_keys",
    &raw mut SETLIKE_VIEW_METHODS,
    Some(crate::objects::object::unhashable)
);
view_type!(
    DictValues_Type,
    c"dict_values",
    &raw mut VALUES_VIEW_METHODS
);
view_type!(
    DictItems_Type,
    c"dict_items",
    &raw mut SETLIKE_VIEW_METHODS,
    Some(crate::objects::object::unhashable)
);

static mut SETLIKE_VIEW_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("isdisjoint", view_isdisjoint_m, METH_O),
    crate::method_def!("__reversed__", view_reversed_m, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut VALUES_VIEW_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__reversed__", view_reversed_m, METH_NOARGS),
    METHOD_SENTINEL,
];

pub static mut DictKeyIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_keyiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictValueIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_valueiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictItemIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_itemiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictRevKeyIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_reversekeyiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictRevValueIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_reversevalueiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictRevItemIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_reverseitemiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};

static mut VIEW_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(view_len),
    sq_contains: Some(view_contains),
    ..PySequenceMethods::EMPTY
};

static mut VIEW_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_and: Some(view_and),
    nb_or: Some(view_or),
    nb_subtract: Some(view_sub),
    nb_xor: Some(view_xor),
    ..PyNumberMethods::EMPTY
};

/// Copies the slots of the iterator types from the Rust iterator machinery.
///
/// # Safety
/// Start-up only.
pub unsafe fn init() {
    // `dict_values` is not set-like: no `&`, `|`, `-`, `^`.
    DictValues_Type.tp_as_number = std::ptr::null_mut();
    for t in [
        &raw mut DictKeyIter_Type,
        &raw mut DictValueIter_Type,
        &raw mut DictItemIter_Type,
        &raw mut DictRevKeyIter_Type,
        &raw mut DictRevValueIter_Type,
        &raw mut DictRevItemIter_Type,
    ] {
        let base = &raw mut crate::objects::iter::ListIter_Type;
        (*t).tp_dealloc = (*base).tp_dealloc;
        (*t).tp_iter = (*base).tp_iter;
        (*t).tp_iternext = (*base).tp_iternext;
        (*t).tp_getattro = (*base).tp_getattro;
        (*t).tp_methods = (*base).tp_methods;
    }
}

/// A new view of `d`. New reference.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn new_view(d: Obj, kind: ViewKind) -> Ref {
    let tp = match kind {
        ViewKind::Keys => &raw mut DictKeys_Type,
        ViewKind::Values => &raw mut DictValues_Type,
        ViewKind::Items => &raw mut DictItems_Type,
    };
    let o = alloc_object(tp, std::mem::size_of::<DictViewObject>());
    (*(o as *mut DictViewObject)).dict = new_ref(d);
    (*(o as *mut DictViewObject)).kind = kind;
    Ref::steal(o)
}

unsafe fn snapshot(d: Obj, kind: ViewKind) -> Vec<Ref> {
    dict::items_vec(d)
        .into_iter()
        .map(|(k, v)| match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => Ref::steal(tuple::from_refs(vec![k, v])),
        })
        .collect()
}

/// The state of a dict iterator: a position in the live entry table, the size the
/// dict had when iteration started, and how many items are still expected.
struct DictIterState {
    dict: Option<Ref>,
    pos: usize,
    used: isize,
    remaining: usize,
    kind: ViewKind,
    reverse: bool,
}

impl crate::objects::iter::IterState for DictIterState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(d) = &self.dict else { return Ok(None) };
        let d = d.as_ptr();
        if dict::len(d) as isize != self.used {
            // As CPython: keep failing on later calls too.
            self.used = -1;
            return Err(crate::errors::raise(
                crate::objects::exceptions::runtime_error(),
                "dictionary changed size during iteration",
            ));
        }
        let entries = &dict::table(d).entries;
        let mut found = None;
        if self.reverse {
            while self.pos > 0 {
                self.pos -= 1;
                if self.pos < entries.len() && !entries[self.pos].key.is_null() {
                    found = Some(entries[self.pos]);
                    break;
                }
            }
        } else {
            while self.pos < entries.len() {
                let e = entries[self.pos];
                self.pos += 1;
                if !e.key.is_null() {
                    found = Some(e);
                    break;
                }
            }
        }
        let Some(e) = found else {
            self.dict = None;
            return Ok(None);
        };
        if self.remaining == 0 {
            self.remaining = usize::MAX;
            return Err(crate::errors::raise(
                crate::objects::exceptions::runtime_error(),
                "dictionary keys changed during iteration",
            ));
        }
        self.remaining = self.remaining.saturating_sub(1);
        Ok(Some(match self.kind {
            ViewKind::Keys => Ref::borrowed(e.key),
            ViewKind::Values => Ref::borrowed(e.value),
            ViewKind::Items => Ref::steal(tuple::from_refs(vec![
                Ref::borrowed(e.key),
                Ref::borrowed(e.value),
            ])),
        }))
    }

    fn length_hint(&self) -> Option<usize> {
        Some(if self.dict.is_some() {
            self.remaining.min(isize::MAX as usize)
        } else {
            0
        })
    }
}

/// An iterator over a dict. New reference.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn dict_iter_new(d: Obj, kind: ViewKind) -> Obj {
    let tp = match kind {
        ViewKind::Keys => &raw mut DictKeyIter_Type,
        ViewKind::Values => &raw mut DictValueIter_Type,
        ViewKind::Items => &raw mut DictItemIter_Type,
    };
    new_dict_iter(tp, d, kind, false)
}

/// A reversed iterator over a dict (`reversed(d)`, `reversed(d.items())`). New reference.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn dict_reversed_iter_new(d: Obj, kind: ViewKind) -> Obj {
    let tp = match kind {
        ViewKind::Keys => &raw mut DictRevKeyIter_Type,
        ViewKind::Values => &raw mut DictRevValueIter_Type,
        ViewKind::Items => &raw mut DictRevItemIter_Type,
    };
    new_dict_iter(tp, d, kind, true)
}

unsafe fn new_dict_iter(tp: *mut PyTypeObject, d: Obj, kind: ViewKind, reverse: bool) -> Obj {
    let n = dict::len(d);
    let pos = if reverse {
        dict::table(d).entries.len()
    } else {
        0
    };
    crate::objects::iter::new_rust_iter(
        tp,
        Box::new(DictIterState {
            dict: Some(Ref::borrowed(d)),
            pos,
            used: n as isize,
            remaining: n,
            kind,
            reverse,
        }),
    )
}

unsafe extern "C" fn view_reversed_m(o: Obj, _unused: Obj) -> Obj {
    let v = o as *mut DictViewObject;
    dict_reversed_iter_new((*v).dict, (*v).kind)
}

/// `dict_keys.isdisjoint(other)` / `dict_items.isdisjoint(other)`.
unsafe extern "C" fn view_isdisjoint_m(o: Obj, other: Obj) -> Obj {
    into_raw((|| {
        if other == o {
            return Ok(crate::objects::bool::from_bool(view_len(o) == 0));
        }
        let it = crate::abstract_::get_iter(other)?;
        while let Some(x) = crate::abstract_::iter_next(it.as_ptr())? {
            match view_contains(o, x.as_ptr()) {
                0 => {}
                1 => return Ok(crate::objects::bool::from_bool(false)),
                _ => return Err(crate::errors::Raised),
            }
        }
        Ok(crate::objects::bool::from_bool(true))
    })())
}

unsafe extern "C" fn view_dealloc(o: Obj) {
    decref((*(o as *mut DictViewObject)).dict);
    free_object(o);
}

unsafe extern "C" fn view_iter(o: Obj) -> Obj {
    let v = o as *mut DictViewObject;
    dict_iter_new((*v).dict, (*v).kind)
}

unsafe extern "C" fn view_len(o: Obj) -> isize {
    dict::len((*(o as *mut DictViewObject)).dict) as isize
}

unsafe extern "C" fn view_contains(o: Obj, x: Obj) -> i32 {
    let v = o as *mut DictViewObject;
    let r: PyResult<bool> = (|| match (*v).kind {
        ViewKind::Keys => Ok(dict::get_item((*v).dict, x)?.is_some()),
        ViewKind::Values => {
            for val in snapshot((*v).dict, ViewKind::Values) {
                if crate::abstract_::eq_bool(val.as_ptr(), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            if !tuple::is_tuple(x) || tuple::len(x) != 2 {
                return Ok(false);
            }
            match dict::get_item((*v).dict, tuple::item(x, 0))? {
                Some(val) => {
                    let val = Ref::borrowed(val);
                    crate::abstract_::eq_bool(val.as_ptr(), tuple::item(x, 1))
                }
                None => Ok(false),
            }
        }
    })();
    match r {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

unsafe extern "C" fn view_repr(o: Obj) -> Obj {
    into_raw((|| {
        let v = o as *mut DictViewObject;
        let items = snapshot((*v).dict, (*v).kind);
        let l = Ref::steal(crate::objects::list::from_refs(items));
        let r = crate::abstract_::repr(l.as_ptr())?;
        Ok(pystr::from_string(format!(
            "{}({})",
            obj_type_name(o),
            pystr::as_str(r.as_ptr())
        )))
    })())
}

/// Whether every element of `a` is in `b` (CPython's `all_contained_in`).
unsafe fn all_contained_in(a: Obj, b: Obj) -> PyResult<bool> {
    let it = crate::abstract_::get_iter(a)?;
    while let Some(x) = crate::abstract_::iter_next(it.as_ptr())? {
        if !crate::abstract_::contains(b, x.as_ptr())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether `o` is a set-like dict view (`dict_keys` or `dict_items`).
///
/// # Safety
/// `o` is live.
pub unsafe fn is_setlike_view(o: Obj) -> bool {
    let t = type_of(o);
    t == &raw mut DictKeys_Type || t == &raw mut DictItems_Type
}

unsafe extern "C" fn view_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    use crate::abstract_::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
    if !is_setlike_view(a) || !(crate::objects::set::is_anyset(b) || is_setlike_view(b)) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let la = crate::abstract_::length(a)?;
        let lb = crate::abstract_::length(b)?;
        let r = match op {
            CMP_EQ | CMP_NE => {
                let eq = la == lb && all_contained_in(a, b)?;
                if op == CMP_EQ {
                    eq
                } else {
                    !eq
                }
            }
            CMP_LT => la < lb && all_contained_in(a, b)?,
            CMP_LE => la <= lb && all_contained_in(a, b)?,
            CMP_GT => la > lb && all_contained_in(b, a)?,
            CMP_GE => la >= lb && all_contained_in(b, a)?,
            _ => return Ok(Ref::borrowed(crate::objects::none::not_implemented())),
        };
        Ok(crate::objects::bool::from_bool(r))
    })())
}

/// A new set from a view (CPython's `dictviews_to_set`): a keys view of an exact dict
/// takes the dict itself, whose keys come with their stored hashes after one resize.
unsafe fn to_set(o: Obj) -> PyResult<Ref> {
    if type_of(o) == &raw mut DictKeys_Type {
        let d = (*(o as *mut DictViewObject)).dict;
        if type_of(d) == &raw mut dict::PyDict_Type {
            return set::set_from_iterable(d);
        }
    }
    set::set_from_iterable(o)
}

/// `view & other` (either side the view): CPython's `_PyDictView_Intersect`. A larger
/// exact set does the work (`other.intersection(view)`); otherwise the smaller operand
/// is iterated and membership tested in the view.
unsafe extern "C" fn view_and(a: Obj, b: Obj) -> Obj {
    into_raw((|| {
        let (mut slf, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
        if !is_setlike_view(slf) {
            return Ok(Ref::borrowed(crate::objects::none::not_implemented()));
        }
        let len_self = view_len(slf) as usize;
        if type_of(other) == &raw mut set::PySet_Type && len_self <= set::len(other) {
            return set::intersection(other, slf);
        }
        if is_setlike_view(other) && view_len(other) as usize > len_self {
            std::mem::swap(&mut slf, &mut other);
        }
        let result = set::new_empty(&raw mut set::PySet_Type);
        let it = crate::abstract_::get_iter(other)?;
        while let Some(x) = crate::abstract_::iter_next(it.as_ptr())? {
            match view_contains(slf, x.as_ptr()) {
                0 => {}
                1 => set::add(result.as_ptr(), x.as_ptr())?,
                _ => return Err(crate::errors::Raised),
            }
        }
        Ok(result)
    })())
}

/// `view | other`: a set of the left operand, updated with the right one.
unsafe extern "C" fn view_or(a: Obj, b: Obj) -> Obj {
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let r = to_set(a)?;
        set::update(r.as_ptr(), b)?;
        Ok(r)
    })())
}

/// `view - other`: a set of the left operand, then `difference_update(other)`.
unsafe extern "C" fn view_sub(a: Obj, b: Obj) -> Obj {
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let r = to_set(a)?;
        set::difference_update(r.as_ptr(), b)?;
        Ok(r)
    })())
}

/// `view ^ other`: two items views have their own algorithm (CPython's
/// `dictitems_xor`); otherwise a set of the left operand, then
/// `symmetric_difference_update(other)`.
unsafe extern "C" fn view_xor(a: Obj, b: Obj) -> Obj {
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        if type_of(a) == &raw mut DictItems_Type && type_of(b) == &raw mut DictItems_Type {
            return items_xor(a, b);
        }
        let r = to_set(a)?;
        set::symmetric_difference_update(r.as_ptr(), b)?;
        Ok(r)
    })())
}

/// The pairs of `b`'s dict not equal in `a`'s (in `b`'s order), then the pairs left in
/// a copy of `a`'s dict from which the equal ones were removed.
unsafe fn items_xor(a: Obj, b: Obj) -> PyResult<Ref> {
    let d1 = (*(a as *mut DictViewObject)).dict;
    let d2 = (*(b as *mut DictViewObject)).dict;
    let temp = dict::copy(d1)?;
    let result = set::new_empty(&raw mut set::PySet_Type);
    for (k, v2) in dict::items_vec(d2) {
        let to_delete = match dict::get_item(temp.as_ptr(), k.as_ptr())? {
            None => false,
            Some(v1) => {
                let v1 = Ref::borrowed(v1);
                crate::abstract_::eq_bool(v1.as_ptr(), v2.as_ptr())?
            }
        };
        if to_delete {
            dict::del_item(temp.as_ptr(), k.as_ptr())?;
        } else {
            let pair = Ref::steal(tuple::from_slice(&[k.as_ptr(), v2.as_ptr()]));
            set::add(result.as_ptr(), pair.as_ptr())?;
        }
    }
    let remaining = new_view(temp.as_ptr(), ViewKind::Items);
    set::update(result.as_ptr(), remaining.as_ptr())?;
    Ok(result)
}
