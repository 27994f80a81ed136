//! Iterator objects implemented in Rust: the sequence iterators of list, tuple and str,
//! and the builtin iterator types (`enumerate`, `zip`, `map`, `filter`, `reversed`,
//! callable iterators). Each is a small object holding a boxed Rust state machine; the
//! Python-visible type names are CPython's.

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{list, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

/// The state behind a Rust-implemented iterator.
pub trait IterState {
    /// The next item, `Ok(None)` when exhausted.
    ///
    /// # Safety
    /// Called with the runtime initialised.
    unsafe fn next(&mut self) -> PyResult<Option<Ref>>;
    /// `__length_hint__`, if cheap.
    fn length_hint(&self) -> Option<usize> {
        None
    }
}

/// An iterator object wrapping a Rust state machine.
#[repr(C)]
pub struct RustIterObject {
    pub ob_base: PyObject,
    pub state: *mut Box<dyn IterState>,
}

macro_rules! iter_types {
    ($($sym:ident, $name:literal, $new:expr, $methods:expr;)*) => {
        $(
            pub static mut $sym: PyTypeObject = PyTypeObject {
                tp_dealloc: Some(rust_iter_dealloc),
                tp_getattro: Some(generic_getattro_slot),
                tp_iter: Some(self_iter),
                tp_iternext: Some(rust_iter_next),
                tp_new: $new,
                tp_methods: $methods,
                ..PyTypeObject::new_static($name, std::mem::size_of::<RustIterObject>(), 0)
            };
        )*
        /// Every iterator type defined here, for start-up readying.
        pub fn all_types() -> Vec<*mut PyTypeObject> {
            vec![$(&raw mut $sym),*]
        }
    };
}

const NO_METHODS: *mut PyMethodDef = null_mut();
const HINT: *mut PyMethodDef = &raw mut LENGTH_HINT_METHODS as *mut PyMethodDef;

iter_types! {
    ListIter_Type, c"list_iterator", None, HINT;
    TupleIter_Type, c"tuple_iterator", None, HINT;
    StrIter_Type, c"str_ascii_iterator", None, HINT;
    SeqIter_Type, c"iterator", None, HINT;
    CallIter_Type, c"callable_iterator", None, NO_METHODS;
    Enumerate_Type, c"enumerate", Some(enumerate_new), NO_METHODS;
    Zip_Type, c"zip", Some(zip_new), NO_METHODS;
    Map_Type, c"map", Some(map_new), NO_METHODS;
    Filter_Type, c"filter", Some(filter_new), NO_METHODS;
    Reversed_Type, c"reversed", Some(reversed_new), HINT;
    ListRevIter_Type, c"list_reverseiterator", None, HINT;
}

/// `__length_hint__` for iterator types whose Rust state can tell how many items
/// remain (CPython's list, tuple, str, dict and set iterators have it).
pub static mut LENGTH_HINT_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__length_hint__", rust_iter_length_hint, METH_NOARGS),
    METHOD_SENTINEL,
];

unsafe extern "C" fn rust_iter_length_hint(o: Obj, _unused: Obj) -> Obj {
    let st = (*(o as *mut RustIterObject)).state;
    let hint = if st.is_null() {
        Some(0)
    } else {
        (**st).length_hint()
    };
    match hint {
        Some(n) => crate::objects::int::from_i64(n as i64),
        None => new_ref(crate::objects::none::not_implemented()),
    }
}

/// Wraps a Rust state as an iterator object of type `tp`. New reference.
///
/// # Safety
/// `tp` is one of this module's iterator types (or has the same layout).
pub unsafe fn new_rust_iter(tp: *mut PyTypeObject, state: Box<dyn IterState>) -> Obj {
    let o = alloc_object(tp, std::mem::size_of::<RustIterObject>());
    (*(o as *mut RustIterObject)).state = Box::into_raw(Box::new(state));
    o
}

unsafe extern "C" fn rust_iter_dealloc(o: Obj) {
    let st = (*(o as *mut RustIterObject)).state;
    if !st.is_null() {
        drop(Box::from_raw(st));
    }
    free_object(o);
}

/// `tp_iter` that returns the object itself.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn self_iter(o: Obj) -> Obj {
    new_ref(o)
}

/// `tp_iternext` of Rust iterators: NULL without an exception means exhausted.
unsafe extern "C" fn rust_iter_next(o: Obj) -> Obj {
    let st = (*(o as *mut RustIterObject)).state;
    if st.is_null() {
        return null_mut();
    }
    match (**st).next() {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) => null_mut(),
        Err(Raised) => null_mut(),
    }
}

struct SeqState {
    seq: Option<Ref>,
    index: usize,
}

impl IterState for SeqState {
    fn length_hint(&self) -> Option<usize> {
        let Some(seq) = &self.seq else {
            return Some(0);
        };
        let s = seq.as_ptr();
        // SAFETY: the sequence is live while the iterator holds it.
        let n = unsafe {
            if list::is_list(s) {
                list::len(s)
            } else if tuple::is_tuple(s) {
                tuple::len(s)
            } else if pystr::is_str(s) {
                pystr::char_len(s)
            } else {
                return None;
            }
        };
        Some(n.saturating_sub(self.index))
    }
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(seq) = &self.seq else {
            return Ok(None);
        };
        let s = seq.as_ptr();
        let r = if list::is_list(s) {
            if self.index < list::len(s) {
                Some(Ref::borrowed(list::item(s, self.index)))
            } else {
                None
            }
        } else if tuple::is_tuple(s) {
            if self.index < tuple::len(s) {
                Some(Ref::borrowed(tuple::item(s, self.index)))
            } else {
                None
            }
        } else if pystr::is_str(s) {
            if self.index < pystr::char_len(s) {
                Some(Ref::steal(pystr::from_char(pystr::char_at(s, self.index))))
            } else {
                None
            }
        } else {
            let i = Ref::steal(crate::objects::int::from_i64(self.index as i64));
            match crate::abstract_::getitem(s, i.as_ptr()) {
                Ok(v) => Some(v),
                Err(e) => {
                    if crate::errors::matches(crate::objects::exceptions::index_error())
                        || crate::errors::matches(crate::objects::exceptions::stop_iteration())
                    {
                        crate::errors::clear();
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        match r {
            Some(v) => {
                self.index += 1;
                Ok(Some(v))
            }
            None => {
                self.seq = None;
                Ok(None)
            }
        }
    }
}

/// An iterator over a sequence by index (list, tuple, str, or anything with
/// `__getitem__`). New reference.
///
/// # Safety
/// `seq` is live.
pub unsafe extern "C" fn seq_iter_new(seq: Obj) -> Obj {
    let tp = if list::is_list(seq) {
        &raw mut ListIter_Type
    } else if tuple::is_tuple(seq) {
        &raw mut TupleIter_Type
    } else if pystr::is_str(seq) {
        &raw mut StrIter_Type
    } else {
        &raw mut SeqIter_Type
    };
    new_rust_iter(
        tp,
        Box::new(SeqState {
            seq: Some(Ref::borrowed(seq)),
            index: 0,
        }),
    )
}

struct CallState {
    func: Option<Ref>,
    sentinel: Ref,
}

impl IterState for CallState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(f) = &self.func else { return Ok(None) };
        let v = crate::call::call0(f.as_ptr())?;
        if crate::abstract_::eq_bool(v.as_ptr(), self.sentinel.as_ptr())? {
            self.func = None;
            return Ok(None);
        }
        Ok(Some(v))
    }
}

/// `iter(callable, sentinel)`. New reference.
///
/// # Safety
/// Arguments are live.
pub unsafe fn call_iter_new(func: Obj, sentinel: Obj) -> Obj {
    new_rust_iter(
        &raw mut CallIter_Type,
        Box::new(CallState {
            func: Some(Ref::borrowed(func)),
            sentinel: Ref::borrowed(sentinel),
        }),
    )
}

struct EnumerateState {
    it: Ref,
    count: Ref,
}

impl IterState for EnumerateState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(v) = crate::abstract_::iter_next(self.it.as_ptr())? else {
            return Ok(None);
        };
        let one = Ref::steal(crate::objects::int::from_i64(1));
        let next = crate::abstract_::binary_op(
            self.count.as_ptr(),
            one.as_ptr(),
            crate::abstract_::BinOp::Add,
        )?;
        let cur = std::mem::replace(&mut self.count, next);
        Ok(Some(Ref::steal(tuple::from_refs(vec![cur, v]))))
    }
}

unsafe extern "C" fn enumerate_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let npos = if args.is_null() { 0 } else { tuple::len(args) };
        if npos == 0 {
            // CPython's vectorcall path: no iterable at all, or keywords without it.
            let keys: Vec<Ref> = if kwargs.is_null() {
                Vec::new()
            } else {
                crate::objects::dict::items_vec(kwargs)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect()
            };
            if keys.is_empty() {
                return Err(crate::errors::type_error(
                    "enumerate() missing required argument 'iterable'",
                ));
            }
            if !keys
                .iter()
                .any(|k| crate::objects::str::as_str(k.as_ptr()) == "iterable")
            {
                return Err(crate::errors::type_error(&format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    crate::objects::str::as_str(keys[0].as_ptr())
                )));
            }
        }
        let [it, start] =
            crate::args::parse_tuple::<1, 2>("enumerate", args, kwargs, &["iterable", "start"])?;
        let iter = crate::abstract_::get_iter(it)?;
        let count = if start.is_null() {
            Ref::steal(crate::objects::int::from_i64(0))
        } else {
            if !crate::objects::int::is_int(start) {
                return Err(crate::errors::type_error(&format!(
                    "'{}' object cannot be interpreted as an integer",
                    obj_type_name(start)
                )));
            }
            Ref::borrowed(start)
        };
        Ok(Ref::steal(new_rust_iter(
            &raw mut Enumerate_Type,
            Box::new(EnumerateState { it: iter, count }),
        )))
    })())
}

struct ZipState {
    its: Vec<Ref>,
    strict: bool,
    done: bool,
}

impl IterState for ZipState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if self.done || self.its.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter().enumerate() {
            match crate::abstract_::iter_next(it.as_ptr())? {
                Some(v) => items.push(v),
                None => {
                    self.done = true;
                    if self.strict {
                        if i > 0 {
                            let plural = if i == 1 { " " } else { "s 1-" };
                            return Err(crate::errors::value_error(&format!(
                                "zip() argument {} is shorter than argument{}{}",
                                i + 1,
                                plural,
                                i
                            )));
                        }
                        for (j, other) in self.its.iter().enumerate().skip(1) {
                            if crate::abstract_::iter_next(other.as_ptr())?.is_some() {
                                let plural = if j == 1 { " " } else { "s 1-" };
                                return Err(crate::errors::value_error(&format!(
                                    "zip() argument {} is longer than argument{}{}",
                                    j + 1,
                                    plural,
                                    j
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Ref::steal(tuple::from_refs(items))))
    }
}

unsafe extern "C" fn zip_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let mut its = Vec::new();
        for (i, &a) in tuple::items(args).iter().enumerate() {
            match crate::abstract_::get_iter(a) {
                Ok(it) => its.push(it),
                Err(e) => {
                    if crate::errors::matches(crate::objects::exceptions::type_error()) {
                        crate::errors::clear();
                        return Err(crate::errors::type_error(&format!(
                            "zip argument #{} must support iteration",
                            i + 1
                        )));
                    }
                    return Err(e);
                }
            }
        }
        let strict = if kwargs.is_null() {
            false
        } else {
            for (k, _) in crate::objects::dict::items_vec(kwargs) {
                if crate::objects::str::as_str(k.as_ptr()) != "strict" {
                    return Err(crate::errors::type_error(&format!(
                        "'{}' is an invalid keyword argument for zip()",
                        crate::objects::str::as_str(k.as_ptr())
                    )));
                }
            }
            match crate::objects::dict::get_str(kwargs, "strict") {
                Some(v) => crate::abstract_::is_true(v)?,
                None => false,
            }
        };
        Ok(Ref::steal(new_rust_iter(
            &raw mut Zip_Type,
            Box::new(ZipState {
                its,
                strict,
                done: false,
            }),
        )))
    })())
}

struct MapState {
    func: Ref,
    its: Vec<Ref>,
}

impl IterState for MapState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match crate::abstract_::iter_next(it.as_ptr())? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        let raw: Vec<Obj> = args.iter().map(|r| r.as_ptr()).collect();
        crate::call::call_vec(self.func.as_ptr(), &raw).map(Some)
    }
}

unsafe extern "C" fn map_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        if !kwargs.is_null() && crate::objects::dict::len(kwargs) > 0 {
            return Err(crate::errors::type_error(
                "map() takes no keyword arguments",
            ));
        }
        let a = tuple::items(args);
        if a.len() < 2 {
            return Err(crate::errors::type_error(
                "map() must have at least two arguments.",
            ));
        }
        let mut its = Vec::new();
        for &x in &a[1..] {
            its.push(crate::abstract_::get_iter(x)?);
        }
        Ok(Ref::steal(new_rust_iter(
            &raw mut Map_Type,
            Box::new(MapState {
                func: Ref::borrowed(a[0]),
                its,
            }),
        )))
    })())
}

struct FilterState {
    func: Ref,
    it: Ref,
}

impl IterState for FilterState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        loop {
            let Some(v) = crate::abstract_::iter_next(self.it.as_ptr())? else {
                return Ok(None);
            };
            let keep = if self.func.as_ptr() == crate::objects::none::none() {
                crate::abstract_::is_true(v.as_ptr())?
            } else {
                let r = crate::call::call1(self.func.as_ptr(), v.as_ptr())?;
                crate::abstract_::is_true(r.as_ptr())?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}

unsafe extern "C" fn filter_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [f, it] = crate::args::parse_tuple_positional::<2, 2>("filter", args, kwargs)?;
        let it = crate::abstract_::get_iter(it)?;
        Ok(Ref::steal(new_rust_iter(
            &raw mut Filter_Type,
            Box::new(FilterState {
                func: Ref::borrowed(f),
                it,
            }),
        )))
    })())
}

struct ReversedState {
    seq: Option<Ref>,
    index: isize,
}

impl IterState for ReversedState {
    fn length_hint(&self) -> Option<usize> {
        if self.seq.is_none() {
            return Some(0);
        }
        Some((self.index + 1).max(0) as usize)
    }
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(seq) = &self.seq else {
            return Ok(None);
        };
        if self.index < 0 {
            self.seq = None;
            return Ok(None);
        }
        let s = seq.as_ptr();
        if list::is_list(s) && self.index as usize >= list::len(s) {
            self.seq = None;
            return Ok(None);
        }
        let i = Ref::steal(crate::objects::int::from_i64(self.index as i64));
        let v = crate::abstract_::getitem(s, i.as_ptr())?;
        self.index -= 1;
        Ok(Some(v))
    }
}

unsafe extern "C" fn reversed_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [seq] = crate::args::parse_tuple_positional::<1, 1>("reversed", args, kwargs)?;
        reversed(seq)
    })())
}

/// `reversed(seq)`: `__reversed__` if defined, else a reverse index iterator.
///
/// # Safety
/// `seq` is live.
pub unsafe fn reversed(seq: Obj) -> PyResult<Ref> {
    if let Some(m) = crate::abstract_::lookup_special(seq, "__reversed__") {
        if m.as_ptr() != crate::objects::none::none() {
            return crate::call::call1(m.as_ptr(), seq);
        }
    }
    let has_getitem = crate::abstract_::lookup_special(seq, "__getitem__").is_some();
    let has_len = crate::abstract_::lookup_special(seq, "__len__").is_some();
    if crate::objects::dict::is_dict(seq) || !has_getitem || !has_len {
        return Err(crate::errors::type_error(&format!(
            "'{}' object is not reversible",
            obj_type_name(seq)
        )));
    }
    let n = crate::abstract_::length(seq)?;
    let tp = if list::is_list(seq) {
        &raw mut ListRevIter_Type
    } else {
        &raw mut Reversed_Type
    };
    Ok(Ref::steal(new_rust_iter(
        tp,
        Box::new(ReversedState {
            seq: Some(Ref::borrowed(seq)),
            index: n as isize - 1,
        }),
    )))
}

/// A generic iterator over a Rust vector of owned values (used by dict views, sets,
/// and other snapshots). New reference.
///
/// # Safety
/// `tp` has the Rust iterator layout.
pub unsafe fn vec_iter_new(tp: *mut PyTypeObject, items: Vec<Ref>) -> Obj {
    struct VecState(std::vec::IntoIter<Ref>);
    impl IterState for VecState {
        unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
            Ok(self.0.next())
        }
        fn length_hint(&self) -> Option<usize> {
            Some(self.0.len())
        }
    }
    new_rust_iter(tp, Box::new(VecState(items.into_iter())))
}

/// `tp_dealloc` for objects that own no references.
///
/// # Safety
/// C-API slot contract.
pub unsafe extern "C" fn free_plain(o: Obj) {
    free_object(o);
}
