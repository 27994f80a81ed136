//! The `collections` module: `deque` (a ring buffer of owned references with an
//! optional `maxlen`), and the dict subtypes `defaultdict`, `OrderedDict` and `Counter`
//! (plus `ChainMap`). The dict subtypes share `dict`'s layout and table, whose
//! insertion order gives `OrderedDict` its order. `Counter` and `ChainMap` are Python
//! classes in CPython: their type names carry no module prefix and their argument
//! errors read as a Python `def`'s.
//!
//! `namedtuple` lives in `namedtuple.rs`.

use crate::abstract_::{self as ab, BinOp, CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::errors::{into_raw, into_status, raise, type_error, PyResult, Raised};
use crate::object::*;
use crate::objects::dict::PyDictObject;
use crate::objects::{
    bool as pybool, dict, exceptions as exc, int, list, none, str as pystr, tuple,
};
use crate::typeobject::*;
use std::collections::VecDeque;
use std::ptr::null_mut;

/// Builds the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs(
        "collections",
        &raw mut COLLECTIONS_FUNCTIONS as *mut PyMethodDef,
    )?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let base_iter = &raw mut crate::objects::iter::ListIter_Type;
    for t in [&raw mut DequeIter_Type, &raw mut DequeRevIter_Type] {
        (*t).tp_dealloc = (*base_iter).tp_dealloc;
        (*t).tp_iter = (*base_iter).tp_iter;
        (*t).tp_iternext = (*base_iter).tp_iternext;
        (*t).tp_getattro = (*base_iter).tp_getattro;
        (*t).tp_methods = (*base_iter).tp_methods;
        type_ready(t)?;
    }
    OdictKeys_Type.tp_base = &raw mut crate::objects::dictview::DictKeys_Type;
    OdictValues_Type.tp_base = &raw mut crate::objects::dictview::DictValues_Type;
    OdictItems_Type.tp_base = &raw mut crate::objects::dictview::DictItems_Type;
    for t in [
        &raw mut OdictKeys_Type,
        &raw mut OdictValues_Type,
        &raw mut OdictItems_Type,
    ] {
        type_ready(t)?;
    }
    // Types of other modules that Counter uses even when those are not imported.
    type_ready(&raw mut super::itertools::Chain_Type)?;
    type_ready(&raw mut super::itertools::StarMap_Type)?;
    type_ready(&raw mut super::itertools::Repeat_Type)?;
    type_ready(&raw mut super::operator::ItemGetter_Type)?;
    super::modules::add_type(d, "deque", &raw mut Deque_Type)?;
    for t in [
        &raw mut DefaultDict_Type,
        &raw mut OrderedDict_Type,
        &raw mut Counter_Type,
    ] {
        (*t).tp_base = &raw mut dict::PyDict_Type;
    }
    super::modules::add_type(d, "defaultdict", &raw mut DefaultDict_Type)?;
    super::modules::add_type(d, "OrderedDict", &raw mut OrderedDict_Type)?;
    super::modules::add_type(d, "Counter", &raw mut Counter_Type)?;
    super::modules::add_type(d, "ChainMap", &raw mut ChainMap_Type)?;
    for t in [&raw mut Counter_Type, &raw mut ChainMap_Type] {
        let name = Ref::steal(pystr::from_str("collections"));
        dict::set_str((*t).tp_dict, "__module__", name.as_ptr())?;
    }
    Ok(m)
}

static mut COLLECTIONS_FUNCTIONS: [PyMethodDef; 2] = [
    crate::method_def!("namedtuple", super::namedtuple::namedtuple),
    METHOD_SENTINEL,
];

// ----- shared helpers -----

unsafe fn repr_string(o: Obj) -> PyResult<String> {
    let r = ab::repr(o)?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

fn int_ref(v: i64) -> Ref {
    // SAFETY: runtime initialised.
    unsafe { Ref::steal(int::from_i64(v)) }
}

/// `PyArg_ParseTuple`-style argument counts: `insert() takes exactly 2 arguments (1
/// given)`, `index() takes at least 1 argument (0 given)`.
unsafe fn tuple_style<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: *const Obj,
    nargs: isize,
) -> PyResult<[Obj; MAX]> {
    let n = nargs.max(0) as usize;
    if n < MIN || n > MAX {
        let (how, count) = if MIN == MAX {
            ("exactly", MIN)
        } else if n < MIN {
            ("at least", MIN)
        } else {
            ("at most", MAX)
        };
        return Err(type_error(&format!(
            "{}() takes {} {} argument{} ({} given)",
            fname,
            how,
            count,
            if count == 1 { "" } else { "s" },
            n
        )));
    }
    let mut out = [null_mut(); MAX];
    for (i, slot) in out.iter_mut().enumerate().take(n) {
        *slot = *args.add(i);
    }
    Ok(out)
}

// ===================================================================================
// deque
// ===================================================================================

/// `collections.deque`: the items, `maxlen` (-1 for unbounded) and a mutation counter
/// that iterators check.
#[repr(C)]
pub struct DequeObject {
    pub ob_base: PyObject,
    pub items: *mut VecDeque<Ref>,
    pub maxlen: isize,
    pub state: u64,
}

static mut DEQUE_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(deque_len_slot),
    sq_concat: Some(deque_concat),
    sq_repeat: Some(deque_repeat),
    sq_item: Some(deque_item),
    sq_ass_item: Some(deque_ass_item),
    sq_contains: Some(deque_contains),
    sq_inplace_concat: Some(deque_inplace_concat),
    sq_inplace_repeat: Some(deque_inplace_repeat),
    ..PySequenceMethods::EMPTY
};

static mut DEQUE_METHODS: [PyMethodDef; 17] = [
    crate::method_def!("append", deque_append, METH_O),
    crate::method_def!("appendleft", deque_appendleft, METH_O),
    crate::method_def!("pop", deque_pop, METH_NOARGS),
    crate::method_def!("popleft", deque_popleft, METH_NOARGS),
    crate::method_def!("extend", deque_extend, METH_O),
    crate::method_def!("extendleft", deque_extendleft, METH_O),
    crate::method_def!("rotate", deque_rotate, METH_FASTCALL),
    crate::method_def!("clear", deque_clear, METH_NOARGS),
    crate::method_def!("count", deque_count, METH_O),
    crate::method_def!("index", deque_index, METH_FASTCALL),
    crate::method_def!("insert", deque_insert, METH_FASTCALL),
    crate::method_def!("remove", deque_remove, METH_O),
    crate::method_def!("reverse", deque_reverse, METH_NOARGS),
    crate::method_def!("copy", deque_copy, METH_NOARGS),
    crate::method_def!("__copy__", deque_copy, METH_NOARGS),
    crate::method_def!("__reversed__", deque_reversed, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut DEQUE_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"maxlen", Some(deque_get_maxlen), None),
    getset_def_end(),
];

pub static mut Deque_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(deque_dealloc),
    tp_repr: Some(deque_repr),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_richcompare: Some(deque_richcompare),
    tp_iter: Some(deque_iter),
    tp_as_sequence: &raw mut DEQUE_AS_SEQUENCE,
    tp_methods: &raw mut DEQUE_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut DEQUE_GETSET as *mut PyGetSetDef,
    tp_new: Some(deque_new),
    tp_init: Some(deque_init),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_SEQUENCE,
    ..PyTypeObject::new_static(c"collections.deque", std::mem::size_of::<DequeObject>(), 0)
};

pub static mut DequeIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"collections._deque_iterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};

pub static mut DequeRevIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"collections._deque_reverse_iterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};

/// Whether `o` is a deque (or subclass).
///
/// # Safety
/// `o` is live.
pub unsafe fn is_deque(o: Obj) -> bool {
    is_instance_of(o, &raw mut Deque_Type)
}

unsafe fn dq<'a>(o: Obj) -> &'a mut VecDeque<Ref> {
    let d = o as *mut DequeObject;
    if (*d).items.is_null() {
        (*d).items = Box::into_raw(Box::new(VecDeque::new()));
    }
    &mut *(*d).items
}

unsafe fn touch(o: Obj) {
    (*(o as *mut DequeObject)).state = (*(o as *mut DequeObject)).state.wrapping_add(1);
}

unsafe fn maxlen(o: Obj) -> Option<usize> {
    let m = (*(o as *mut DequeObject)).maxlen;
    if m < 0 {
        None
    } else {
        Some(m as usize)
    }
}

/// A new empty deque of type `tp`. New reference.
unsafe fn new_deque(tp: *mut PyTypeObject, maxlen: isize) -> Ref {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    let d = o as *mut DequeObject;
    (*d).items = Box::into_raw(Box::new(VecDeque::new()));
    (*d).maxlen = maxlen;
    Ref::steal(o)
}

unsafe fn push_right(o: Obj, v: Ref) {
    let items = dq(o);
    if maxlen(o) == Some(0) {
        return;
    }
    items.push_back(v);
    if let Some(m) = maxlen(o) {
        if items.len() > m {
            let old = items.pop_front();
            touch(o);
            drop(old);
        }
    }
    touch(o);
}

unsafe fn push_left(o: Obj, v: Ref) {
    let items = dq(o);
    if maxlen(o) == Some(0) {
        return;
    }
    items.push_front(v);
    if let Some(m) = maxlen(o) {
        if items.len() > m {
            let old = items.pop_back();
            touch(o);
            drop(old);
        }
    }
    touch(o);
}

unsafe fn extend(o: Obj, iterable: Obj, left: bool) -> PyResult<()> {
    if iterable == o {
        let snapshot: Vec<Ref> = dq(o).iter().cloned().collect();
        for v in snapshot {
            if left {
                push_left(o, v);
            } else {
                push_right(o, v);
            }
        }
        return Ok(());
    }
    let it = ab::get_iter(iterable)?;
    while let Some(v) = ab::iter_next(it.as_ptr())? {
        if left {
            push_left(o, v);
        } else {
            push_right(o, v);
        }
    }
    Ok(())
}

unsafe extern "C" fn deque_new(tp: *mut PyTypeObject, _args: Obj, _kwargs: Obj) -> Obj {
    new_deque(tp, -1).into_raw()
}

unsafe fn parse_maxlen(m: Obj) -> PyResult<isize> {
    if m.is_null() || m == none::none() {
        return Ok(-1);
    }
    if !int::is_int(m) {
        return Err(type_error("an integer is required"));
    }
    let v = ab::as_ssize(m)?;
    if v < 0 {
        return Err(crate::errors::value_error("maxlen must be non-negative"));
    }
    Ok(v)
}

unsafe extern "C" fn deque_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    into_status((|| {
        let [iterable, ml] =
            crate::args::parse_tuple::<0, 2>("deque", args, kwargs, &["iterable", "maxlen"])?;
        let m = parse_maxlen(ml)?;
        (*(o as *mut DequeObject)).maxlen = m;
        if !dq(o).is_empty() {
            let old = std::mem::take(dq(o));
            touch(o);
            drop(old);
        }
        if !iterable.is_null() {
            extend(o, iterable, false)?;
        }
        Ok(())
    })())
}

unsafe extern "C" fn deque_dealloc(o: Obj) {
    let d = o as *mut DequeObject;
    if !(*d).items.is_null() {
        let items = Box::from_raw((*d).items);
        (*d).items = null_mut();
        drop(items);
    }
    free_object(o);
}

unsafe extern "C" fn deque_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        let Some(_g) = crate::objects::object::ReprGuard::enter(o) else {
            return Ok(pystr::from_string("[...]".to_string()));
        };
        let items: Vec<Ref> = dq(o).iter().cloned().collect();
        let l = Ref::steal(list::from_refs(items));
        let lr = repr_string(l.as_ptr())?;
        Ok(pystr::from_string(match maxlen(o) {
            None => format!("{}({})", name, lr),
            Some(m) => format!("{}({}, maxlen={})", name, lr, m),
        }))
    })())
}

unsafe extern "C" fn deque_len_slot(o: Obj) -> isize {
    dq(o).len() as isize
}

unsafe extern "C" fn deque_item(o: Obj, i: isize) -> Obj {
    let items = dq(o);
    if i < 0 || i as usize >= items.len() {
        raise(exc::index_error(), "deque index out of range");
        return null_mut();
    }
    items[i as usize].clone().into_raw()
}

unsafe extern "C" fn deque_ass_item(o: Obj, i: isize, v: Obj) -> i32 {
    let items = dq(o);
    if i < 0 || i as usize >= items.len() {
        raise(exc::index_error(), "deque index out of range");
        return -1;
    }
    if v.is_null() {
        let old = items.remove(i as usize);
        touch(o);
        drop(old);
    } else {
        let old = std::mem::replace(&mut items[i as usize], Ref::borrowed(v));
        drop(old);
    }
    0
}

/// Runs `f` on each item in turn (cloned out, so `f` may call Python code), checking
/// that the deque is not mutated meanwhile. `f` returns true to stop.
unsafe fn scan(
    o: Obj,
    start: usize,
    stop: usize,
    mutated_msg: (*mut PyTypeObject, &str),
    mut f: impl FnMut(usize, &Ref) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let state = (*(o as *mut DequeObject)).state;
    let n = dq(o).len();
    let mut i = start;
    while i < stop.min(n) {
        let item = match dq(o).get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        let hit = f(i, &item)?;
        if (*(o as *mut DequeObject)).state != state || dq(o).len() != n {
            return Err(raise(mutated_msg.0, mutated_msg.1));
        }
        if hit {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

unsafe extern "C" fn deque_contains(o: Obj, x: Obj) -> i32 {
    match scan(
        o,
        0,
        usize::MAX,
        (exc::runtime_error(), "deque mutated during iteration"),
        |_, v| ab::eq_bool(v.as_ptr(), x),
    ) {
        Ok(Some(_)) => 1,
        Ok(None) => 0,
        Err(_) => -1,
    }
}

unsafe extern "C" fn deque_concat(o: Obj, other: Obj) -> Obj {
    into_raw((|| {
        if !is_deque(other) {
            return Err(type_error(&format!(
                "can only concatenate deque (not \"{}\") to deque",
                obj_type_name(other)
            )));
        }
        let n = copy_of(o)?;
        extend(n.as_ptr(), other, false)?;
        Ok(n)
    })())
}

unsafe extern "C" fn deque_inplace_concat(o: Obj, other: Obj) -> Obj {
    into_raw((|| {
        extend(o, other, false)?;
        Ok(Ref::borrowed(o))
    })())
}

unsafe fn repeat_into(o: Obj, n: isize) {
    if n <= 0 {
        let old = std::mem::take(dq(o));
        touch(o);
        drop(old);
        return;
    }
    let snapshot: Vec<Ref> = dq(o).iter().cloned().collect();
    for _ in 1..n {
        for v in &snapshot {
            push_right(o, v.clone());
        }
        if maxlen(o).is_some_and(|m| m == 0) {
            break;
        }
    }
}

unsafe extern "C" fn deque_repeat(o: Obj, n: isize) -> Obj {
    into_raw((|| {
        let c = copy_of(o)?;
        repeat_into(c.as_ptr(), n);
        Ok(c)
    })())
}

unsafe extern "C" fn deque_inplace_repeat(o: Obj, n: isize) -> Obj {
    repeat_into(o, n);
    new_ref(o)
}

unsafe extern "C" fn deque_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_deque(a) || !is_deque(b) {
        return new_ref(none::not_implemented());
    }
    into_raw((|| {
        let x: Vec<Ref> = dq(a).iter().cloned().collect();
        let y: Vec<Ref> = dq(b).iter().cloned().collect();
        let xs: Vec<Obj> = x.iter().map(|r| r.as_ptr()).collect();
        let ys: Vec<Obj> = y.iter().map(|r| r.as_ptr()).collect();
        ab::sequence_richcompare(&xs, &ys, op)
    })())
}

struct DequeIterState {
    deque: Option<Ref>,
    index: usize,
    state: u64,
    remaining: usize,
    reverse: bool,
}

impl crate::objects::iter::IterState for DequeIterState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(d) = &self.deque else {
            return Ok(None);
        };
        let o = d.as_ptr();
        if (*(o as *mut DequeObject)).state != self.state {
            self.remaining = 0;
            return Err(raise(
                exc::runtime_error(),
                "deque mutated during iteration",
            ));
        }
        if self.remaining == 0 {
            self.deque = None;
            return Ok(None);
        }
        let items = dq(o);
        let i = if self.reverse {
            items.len() - 1 - self.index
        } else {
            self.index
        };
        let v = items[i].clone();
        self.index += 1;
        self.remaining -= 1;
        Ok(Some(v))
    }

    fn length_hint(&self) -> Option<usize> {
        Some(if self.deque.is_some() {
            self.remaining
        } else {
            0
        })
    }
}

unsafe fn deque_iter_new(o: Obj, reverse: bool) -> Obj {
    crate::objects::iter::new_rust_iter(
        if reverse {
            &raw mut DequeRevIter_Type
        } else {
            &raw mut DequeIter_Type
        },
        Box::new(DequeIterState {
            deque: Some(Ref::borrowed(o)),
            index: 0,
            state: (*(o as *mut DequeObject)).state,
            remaining: dq(o).len(),
            reverse,
        }),
    )
}

unsafe extern "C" fn deque_iter(o: Obj) -> Obj {
    deque_iter_new(o, false)
}

unsafe extern "C" fn deque_reversed(o: Obj, _unused: Obj) -> Obj {
    deque_iter_new(o, true)
}

unsafe extern "C" fn deque_get_maxlen(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    match maxlen(o) {
        None => none::none_ref().into_raw(),
        Some(m) => int_ref(m as i64).into_raw(),
    }
}

unsafe extern "C" fn deque_append(o: Obj, v: Obj) -> Obj {
    push_right(o, Ref::borrowed(v));
    none::none_ref().into_raw()
}

unsafe extern "C" fn deque_appendleft(o: Obj, v: Obj) -> Obj {
    push_left(o, Ref::borrowed(v));
    none::none_ref().into_raw()
}

unsafe extern "C" fn deque_pop(o: Obj, _unused: Obj) -> Obj {
    match dq(o).pop_back() {
        Some(v) => {
            touch(o);
            v.into_raw()
        }
        None => {
            raise(exc::index_error(), "pop from an empty deque");
            null_mut()
        }
    }
}

unsafe extern "C" fn deque_popleft(o: Obj, _unused: Obj) -> Obj {
    match dq(o).pop_front() {
        Some(v) => {
            touch(o);
            v.into_raw()
        }
        None => {
            raise(exc::index_error(), "pop from an empty deque");
            null_mut()
        }
    }
}

unsafe extern "C" fn deque_extend(o: Obj, it: Obj) -> Obj {
    into_raw(extend(o, it, false).map(|_| none::none_ref()))
}

unsafe extern "C" fn deque_extendleft(o: Obj, it: Obj) -> Obj {
    into_raw(extend(o, it, true).map(|_| none::none_ref()))
}

unsafe fn rotate(o: Obj, n: isize) {
    let items = dq(o);
    let len = items.len();
    if len <= 1 {
        return;
    }
    let k = n.rem_euclid(len as isize) as usize;
    if k != 0 {
        items.rotate_right(k);
        touch(o);
    }
}

unsafe extern "C" fn deque_rotate(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [n] = crate::args::positional::<0, 1>("deque.rotate", args, nargs)?;
        let n = if n.is_null() { 1 } else { ab::as_ssize(n)? };
        rotate(o, n);
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn deque_clear(o: Obj, _unused: Obj) -> Obj {
    let old = std::mem::take(dq(o));
    touch(o);
    drop(old);
    none::none_ref().into_raw()
}

unsafe extern "C" fn deque_count(o: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let mut n = 0i64;
        scan(
            o,
            0,
            usize::MAX,
            (exc::runtime_error(), "deque mutated during iteration"),
            |_, v| {
                if ab::eq_bool(v.as_ptr(), x)? {
                    n += 1;
                }
                Ok(false)
            },
        )?;
        Ok(int_ref(n))
    })())
}

/// A slice bound as `index()` takes it: `__index__` required, negatives count from the
/// end, clamped to [0, len].
unsafe fn slice_bound(o: Obj, len: usize) -> PyResult<usize> {
    let nb = (*type_of(o)).tp_as_number;
    if !int::is_int(o) && (nb.is_null() || (*nb).nb_index.is_none()) {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    let v = ab::as_ssize_clamped(o)?;
    let v = if v < 0 { v + len as isize } else { v };
    Ok(v.clamp(0, len as isize) as usize)
}

unsafe extern "C" fn deque_index(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [x, start, stop] = tuple_style::<1, 3>("index", args, nargs)?;
        let len = dq(o).len();
        let start = if start.is_null() {
            0
        } else {
            slice_bound(start, len)?
        };
        let stop = if stop.is_null() {
            len
        } else {
            slice_bound(stop, len)?
        };
        match scan(
            o,
            start,
            stop,
            (exc::runtime_error(), "deque mutated during iteration"),
            |_, v| ab::eq_bool(v.as_ptr(), x),
        )? {
            Some(i) => Ok(int_ref(i as i64)),
            None => Err(crate::errors::value_error(&format!(
                "{} is not in deque",
                repr_string(x)?
            ))),
        }
    })())
}

unsafe extern "C" fn deque_insert(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [i, x] = tuple_style::<2, 2>("insert", args, nargs)?;
        let i = ab::as_ssize(i)?;
        let len = dq(o).len();
        if maxlen(o) == Some(len) {
            return Err(raise(
                exc::index_error(),
                "deque already at its maximum size",
            ));
        }
        let i = if i < 0 { i + len as isize } else { i };
        let i = i.clamp(0, len as isize) as usize;
        dq(o).insert(i, Ref::borrowed(x));
        touch(o);
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn deque_remove(o: Obj, x: Obj) -> Obj {
    into_raw((|| {
        let found = scan(
            o,
            0,
            usize::MAX,
            (exc::index_error(), "deque mutated during iteration"),
            |_, v| ab::eq_bool(v.as_ptr(), x),
        )?;
        match found {
            Some(i) => {
                let old = dq(o).remove(i);
                touch(o);
                drop(old);
                Ok(none::none_ref())
            }
            None => Err(crate::errors::value_error(&format!(
                "{} is not in deque",
                repr_string(x)?
            ))),
        }
    })())
}

unsafe extern "C" fn deque_reverse(o: Obj, _unused: Obj) -> Obj {
    dq(o).make_contiguous().reverse();
    none::none_ref().into_raw()
}

/// A copy with the same type and maxlen. New reference.
unsafe fn copy_of(o: Obj) -> PyResult<Ref> {
    let tp = type_of(o);
    if tp == &raw mut Deque_Type {
        let n = new_deque(tp, (*(o as *mut DequeObject)).maxlen);
        *dq(n.as_ptr()) = dq(o).iter().cloned().collect();
        return Ok(n);
    }
    // Subclasses are called like CPython does: `type(d)(d, maxlen)`.
    match maxlen(o) {
        None => crate::call::call1(tp as Obj, o),
        Some(m) => {
            let ml = int_ref(m as i64);
            crate::call::call_vec(tp as Obj, &[o, ml.as_ptr()])
        }
    }
}

unsafe extern "C" fn deque_copy(o: Obj, _unused: Obj) -> Obj {
    into_raw(copy_of(o))
}

// ===================================================================================
// defaultdict
// ===================================================================================

/// `collections.defaultdict`: a dict plus `default_factory`.
#[repr(C)]
pub struct DefaultDictObject {
    pub dict: PyDictObject,
    pub default_factory: Obj,
}

static mut DD_MEMBERS: [PyMemberDef; 2] = [
    PyMemberDef {
        name: c"default_factory".as_ptr(),
        type_code: crate::objects::descr::T_OBJECT,
        offset: std::mem::offset_of!(DefaultDictObject, default_factory) as isize,
        flags: 0,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: std::ptr::null(),
        type_code: 0,
        offset: 0,
        flags: 0,
        doc: std::ptr::null(),
    },
];

static mut DD_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("__missing__", dd_missing, METH_O),
    crate::method_def!("copy", dd_copy, METH_NOARGS),
    crate::method_def!("__copy__", dd_copy, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut DD_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(dd_or),
    ..PyNumberMethods::EMPTY
};

pub static mut DefaultDict_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(dd_dealloc),
    tp_repr: Some(dd_repr),
    tp_init: Some(dd_init),
    tp_members: &raw mut DD_MEMBERS as *mut PyMemberDef,
    tp_methods: &raw mut DD_METHODS as *mut PyMethodDef,
    tp_as_number: &raw mut DD_AS_NUMBER,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING,
    ..PyTypeObject::new_static(
        c"collections.defaultdict",
        std::mem::size_of::<DefaultDictObject>(),
        0,
    )
};

unsafe fn factory(o: Obj) -> Obj {
    let f = (*(o as *mut DefaultDictObject)).default_factory;
    if f.is_null() {
        none::none()
    } else {
        f
    }
}

unsafe extern "C" fn dd_dealloc(o: Obj) {
    let dd = o as *mut DefaultDictObject;
    xdecref((*dd).default_factory);
    (*dd).default_factory = null_mut();
    (dict::PyDict_Type.tp_dealloc.unwrap())(o);
}

unsafe extern "C" fn dd_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    into_status((|| {
        let a = if args.is_null() {
            &[][..]
        } else {
            tuple::items(args)
        };
        let (f, rest) = match a.split_first() {
            Some((f, rest)) => (*f, rest),
            None => (none::none(), a),
        };
        if f != none::none() && !crate::call::is_callable(f) {
            return Err(type_error("first argument must be callable or None"));
        }
        let dd = o as *mut DefaultDictObject;
        let old = (*dd).default_factory;
        (*dd).default_factory = if f == none::none() {
            null_mut()
        } else {
            new_ref(f)
        };
        xdecref(old);
        let rest = Ref::steal(tuple::from_slice(rest));
        let init = dict::PyDict_Type.tp_init.unwrap();
        if init(o, rest.as_ptr(), kwargs) < 0 {
            return Err(Raised);
        }
        Ok(())
    })())
}

unsafe extern "C" fn dd_missing(o: Obj, key: Obj) -> Obj {
    into_raw((|| {
        let f = factory(o);
        if f == none::none() {
            return Err(crate::errors::raise_with(exc::key_error(), key));
        }
        let f = Ref::borrowed(f);
        let v = crate::call::call0(f.as_ptr())?;
        ab::setitem(o, key, v.as_ptr())?;
        Ok(v)
    })())
}

unsafe extern "C" fn dd_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        let f = Ref::borrowed(factory(o));
        let fr = match crate::objects::object::ReprGuard::enter(f.as_ptr()) {
            Some(_g) => repr_string(f.as_ptr())?,
            None => "...".to_string(),
        };
        let dr = crate::errors::from_raw((dict::PyDict_Type.tp_repr.unwrap())(o))?;
        Ok(pystr::from_string(format!(
            "{}({}, {})",
            name,
            fr,
            pystr::as_str(dr.as_ptr())
        )))
    })())
}

/// `type(dd)(dd.default_factory, arg)`.
unsafe fn dd_new_like(dd: Obj, arg: Obj) -> PyResult<Ref> {
    crate::call::call_vec(type_of(dd) as Obj, &[factory(dd), arg])
}

unsafe extern "C" fn dd_copy(o: Obj, _unused: Obj) -> Obj {
    into_raw(dd_new_like(o, o))
}

unsafe extern "C" fn dd_or(left: Obj, right: Obj) -> Obj {
    into_raw((|| {
        let (slf, other) = if is_instance_of(left, &raw mut DefaultDict_Type) {
            (left, right)
        } else {
            (right, left)
        };
        if !dict::is_dict(other) {
            return Ok(Ref::borrowed(none::not_implemented()));
        }
        let n = dd_new_like(slf, left)?;
        dict::update(n.as_ptr(), right)?;
        Ok(n)
    })())
}

// ===================================================================================
// OrderedDict
// ===================================================================================

static mut OD_METHODS: [PyMethodDef; 8] = [
    crate::method_def!("update", od_update, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("move_to_end", od_move_to_end, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("popitem", od_popitem, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("keys", od_keys, METH_NOARGS),
    crate::method_def!("values", od_values, METH_NOARGS),
    crate::method_def!("items", od_items, METH_NOARGS),
    crate::method_def!("copy", od_copy, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut OD_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(od_or),
    ..PyNumberMethods::EMPTY
};

pub static mut OrderedDict_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(od_repr),
    tp_init: Some(od_init),
    tp_richcompare: Some(od_richcompare),
    tp_methods: &raw mut OD_METHODS as *mut PyMethodDef,
    tp_as_number: &raw mut OD_AS_NUMBER,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING,
    ..PyTypeObject::new_static(
        c"collections.OrderedDict",
        std::mem::size_of::<PyDictObject>(),
        0,
    )
};

macro_rules! odict_view {
    ($sym:ident, $name:literal) => {
        pub static mut $sym: PyTypeObject = PyTypeObject {
            ..PyTypeObject::new_static(
                $name,
                std::mem::size_of::<crate::objects::dictview::DictViewObject>(),
                0,
            )
        };
    };
}

odict_view!(OdictKeys_Type, c"odict_keys");
odict_view!(OdictValues_Type, c"odict_values");
odict_view!(OdictItems_Type, c"odict_items");

unsafe fn od_view(o: Obj, kind: crate::objects::dictview::ViewKind) -> Obj {
    use crate::objects::dictview::ViewKind;
    let v = crate::objects::dictview::new_view(o, kind).into_raw();
    (*v).ob_type = match kind {
        ViewKind::Keys => &raw mut OdictKeys_Type,
        ViewKind::Values => &raw mut OdictValues_Type,
        ViewKind::Items => &raw mut OdictItems_Type,
    };
    v
}

/// `MutableMapping.update`: every item goes through `self[key] = value`, so a
/// subclass's `__setitem__` sees them.
unsafe fn od_update_from(o: Obj, other: Obj, kwargs: &[(Obj, Obj)]) -> PyResult<()> {
    if !other.is_null() {
        if dict::is_dict(other) {
            for (k, v) in dict::items_vec(other) {
                ab::setitem(o, k.as_ptr(), v.as_ptr())?;
            }
        } else if let Some(keys) = ab::getattr_opt_str(other, "keys")? {
            let ks = crate::call::call0(keys.as_ptr())?;
            for k in ab::collect(ks.as_ptr())? {
                let v = ab::getitem(other, k.as_ptr())?;
                ab::setitem(o, k.as_ptr(), v.as_ptr())?;
            }
        } else {
            let it = ab::get_iter(other)?;
            while let Some(p) = ab::iter_next(it.as_ptr())? {
                let kv = ab::collect(p.as_ptr())?;
                if kv.len() != 2 {
                    return Err(crate::errors::value_error(&if kv.len() > 2 {
                        "too many values to unpack (expected 2)".to_string()
                    } else {
                        format!("not enough values to unpack (expected 2, got {})", kv.len())
                    }));
                }
                ab::setitem(o, kv[0].as_ptr(), kv[1].as_ptr())?;
            }
        }
    }
    for (k, v) in kwargs {
        ab::setitem(o, *k, *v)?;
    }
    Ok(())
}

unsafe extern "C" fn od_update(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        if nargs > 1 {
            return Err(type_error(&format!(
                "update() takes at most 1 positional argument ({} given)",
                nargs
            )));
        }
        let other = if nargs == 1 { *args } else { null_mut() };
        od_update_from(o, other, &super::modules::kw_pairs(args, nargs, kw))?;
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn od_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    into_status((|| {
        let a = tuple::items(args);
        if a.len() > 1 {
            return Err(type_error(&format!(
                "expected at most 1 arguments, got {}",
                a.len()
            )));
        }
        let kw: Vec<(Ref, Ref)> = if kwargs.is_null() {
            Vec::new()
        } else {
            dict::items_vec(kwargs)
        };
        let kwp: Vec<(Obj, Obj)> = kw.iter().map(|(k, v)| (k.as_ptr(), v.as_ptr())).collect();
        od_update_from(o, a.first().copied().unwrap_or(null_mut()), &kwp)
    })())
}

unsafe extern "C" fn od_keys(o: Obj, _unused: Obj) -> Obj {
    od_view(o, crate::objects::dictview::ViewKind::Keys)
}

unsafe extern "C" fn od_values(o: Obj, _unused: Obj) -> Obj {
    od_view(o, crate::objects::dictview::ViewKind::Values)
}

unsafe extern "C" fn od_items(o: Obj, _unused: Obj) -> Obj {
    od_view(o, crate::objects::dictview::ViewKind::Items)
}

unsafe extern "C" fn od_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        if dict::len(o) == 0 {
            return Ok(pystr::from_string(format!("{}()", name)));
        }
        let Some(_g) = crate::objects::object::ReprGuard::enter(o) else {
            return Ok(pystr::from_string("...".to_string()));
        };
        let plain = dict::copy(o)?;
        Ok(pystr::from_string(format!(
            "{}({})",
            name,
            repr_string(plain.as_ptr())?
        )))
    })())
}

unsafe extern "C" fn od_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    into_raw((|| {
        let base = (dict::PyDict_Type.tp_richcompare.unwrap())(a, b, op);
        let r = crate::errors::from_raw(base)?;
        let od = &raw mut OrderedDict_Type;
        if op != CMP_EQ && op != CMP_NE || !is_instance_of(a, od) || !is_instance_of(b, od) {
            return Ok(r);
        }
        if r.as_ptr() == none::not_implemented() {
            return Ok(r);
        }
        let mut eq = ab::is_true(r.as_ptr())? == (op == CMP_EQ);
        if eq {
            let ka: Vec<Ref> = dict::items_vec(a).into_iter().map(|(k, _)| k).collect();
            let kb: Vec<Ref> = dict::items_vec(b).into_iter().map(|(k, _)| k).collect();
            for (x, y) in ka.iter().zip(kb.iter()) {
                if !ab::eq_bool(x.as_ptr(), y.as_ptr())? {
                    eq = false;
                    break;
                }
            }
        }
        Ok(pybool::from_bool(if op == CMP_EQ { eq } else { !eq }))
    })())
}

unsafe extern "C" fn od_move_to_end(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [key, last] =
            super::modules::unpack_kw("move_to_end", args, nargs, kw, &["key", "last"], 0, 1)?;
        let last = last.is_null() || ab::is_true(last)?;
        let Some(v) = dict::pop_item(o, key)? else {
            return Err(crate::errors::raise_with(exc::key_error(), key));
        };
        if last {
            dict::set_item(o, key, v.as_ptr())?;
        } else {
            let rest = dict::items_vec(o);
            dict::clear(o);
            dict::set_item(o, key, v.as_ptr())?;
            for (k, val) in rest {
                dict::set_item(o, k.as_ptr(), val.as_ptr())?;
            }
        }
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn od_popitem(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [last] = super::modules::unpack_kw("popitem", args, nargs, kw, &["last"], 0, 0)?;
        let last = last.is_null() || ab::is_true(last)?;
        let t = dict::table(o);
        let pos = if last {
            t.entries.iter().rposition(|e| !e.key.is_null())
        } else {
            t.first_live()
        };
        let Some(ix) = pos else {
            return Err(raise(exc::key_error(), "dictionary is empty"));
        };
        let k = Ref::borrowed(t.entries[ix].key);
        let v = dict::pop_item(o, k.as_ptr())?.unwrap();
        if last {
            // Only deleted entries follow: drop them, as dict.popitem does.
            let t = dict::table(o);
            if t.entries[ix..].iter().all(|e| e.key.is_null()) {
                t.entries.truncate(ix);
            }
        }
        Ok(Ref::steal(tuple::from_refs(vec![k, v])))
    })())
}

unsafe extern "C" fn od_copy(o: Obj, _unused: Obj) -> Obj {
    into_raw(crate::call::call1(type_of(o) as Obj, o))
}

unsafe extern "C" fn od_or(left: Obj, right: Obj) -> Obj {
    into_raw((|| {
        let od = &raw mut OrderedDict_Type;
        let (tp, other) = if is_instance_of(left, od) {
            (type_of(left), right)
        } else {
            (type_of(right), left)
        };
        if !dict::is_dict(other) {
            return Ok(Ref::borrowed(none::not_implemented()));
        }
        let n = crate::call::call1(tp as Obj, left)?;
        dict::update(n.as_ptr(), right)?;
        Ok(n)
    })())
}

// ===================================================================================
// Counter
// ===================================================================================

static mut COUNTER_METHODS: [PyMethodDef; 9] = [
    crate::method_def!("__missing__", counter_missing, METH_O),
    crate::method_def!("total", counter_total, METH_NOARGS),
    crate::method_def!(
        "most_common",
        counter_most_common,
        METH_FASTCALL | METH_KEYWORDS
    ),
    crate::method_def!("elements", counter_elements, METH_NOARGS),
    crate::method_def!("update", counter_update, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("subtract", counter_subtract, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("copy", counter_copy, METH_NOARGS),
    crate::method_def!(
        "fromkeys",
        counter_fromkeys,
        METH_FASTCALL | METH_KEYWORDS | METH_CLASS
    ),
    METHOD_SENTINEL,
];

static mut COUNTER_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_add: Some(counter_add),
    nb_subtract: Some(counter_sub),
    nb_or: Some(counter_or),
    nb_and: Some(counter_and),
    nb_positive: Some(counter_pos),
    nb_negative: Some(counter_neg),
    nb_inplace_add: Some(counter_iadd),
    nb_inplace_subtract: Some(counter_isub),
    nb_inplace_or: Some(counter_ior),
    nb_inplace_and: Some(counter_iand),
    ..PyNumberMethods::EMPTY
};

static mut COUNTER_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: None,
    mp_subscript: None,
    mp_ass_subscript: Some(counter_ass_subscript),
};

pub static mut Counter_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(counter_repr),
    tp_richcompare: Some(counter_richcompare),
    tp_init: Some(counter_init),
    tp_methods: &raw mut COUNTER_METHODS as *mut PyMethodDef,
    tp_as_number: &raw mut COUNTER_AS_NUMBER,
    tp_as_mapping: &raw mut COUNTER_AS_MAPPING,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING,
    ..PyTypeObject::new_static(c"Counter", std::mem::size_of::<PyDictObject>(), 0)
};

unsafe fn is_counter(o: Obj) -> bool {
    is_instance_of(o, &raw mut Counter_Type)
}

unsafe fn new_counter() -> Ref {
    let tp = &raw mut Counter_Type;
    Ref::steal(alloc_object(tp, (*tp).tp_basicsize as usize))
}

/// `self.get(elem, 0)` with dict semantics (no `__missing__`).
unsafe fn get0(d: Obj, k: Obj) -> PyResult<Ref> {
    Ok(match dict::get_item(d, k)? {
        Some(v) => Ref::borrowed(v),
        None => int_ref(0),
    })
}

unsafe fn gt0(v: Obj) -> PyResult<bool> {
    let z = int_ref(0);
    ab::compare_bool(v, z.as_ptr(), CMP_GT)
}

unsafe fn lt0(v: Obj) -> PyResult<bool> {
    let z = int_ref(0);
    ab::compare_bool(v, z.as_ptr(), CMP_LT)
}

unsafe fn zero_minus(v: Obj) -> PyResult<Ref> {
    let z = int_ref(0);
    ab::binary_op(z.as_ptr(), v, BinOp::Sub)
}

unsafe extern "C" fn counter_missing(_o: Obj, _key: Obj) -> Obj {
    int_ref(0).into_raw()
}

unsafe extern "C" fn counter_ass_subscript(o: Obj, k: Obj, v: Obj) -> i32 {
    if v.is_null() {
        // `del c[k]` ignores missing keys.
        return match dict::del_item(o, k) {
            Ok(_) => 0,
            Err(_) => -1,
        };
    }
    into_status(dict::set_item(o, k, v))
}

/// `Counter.update`/`subtract` over a mapping or an iterable, then keywords.
unsafe fn counter_merge(o: Obj, iterable: Obj, kwargs: &[(Obj, Obj)], sign: i64) -> PyResult<()> {
    if !iterable.is_null() && iterable != none::none() {
        if dict::is_dict(iterable) {
            if sign > 0 && dict::len(o) == 0 {
                dict::update(o, iterable)?;
            } else {
                for (k, count) in dict::items_vec(iterable) {
                    let cur = get0(o, k.as_ptr())?;
                    let new = if sign > 0 {
                        ab::binary_op(count.as_ptr(), cur.as_ptr(), BinOp::Add)?
                    } else {
                        ab::binary_op(cur.as_ptr(), count.as_ptr(), BinOp::Sub)?
                    };
                    ab::setitem(o, k.as_ptr(), new.as_ptr())?;
                }
            }
        } else {
            let it = ab::get_iter(iterable)?;
            let one = int_ref(1);
            while let Some(k) = ab::iter_next(it.as_ptr())? {
                let cur = get0(o, k.as_ptr())?;
                let op = if sign > 0 { BinOp::Add } else { BinOp::Sub };
                let new = ab::binary_op(cur.as_ptr(), one.as_ptr(), op)?;
                ab::setitem(o, k.as_ptr(), new.as_ptr())?;
            }
        }
    }
    if !kwargs.is_empty() {
        let d = Ref::steal(dict::new_raw());
        for (k, v) in kwargs {
            dict::set_item(d.as_ptr(), *k, *v)?;
        }
        let name = if sign > 0 { "update" } else { "subtract" };
        let m = ab::getattr_str(o, name)?;
        crate::call::call1(m.as_ptr(), d.as_ptr())?;
    }
    Ok(())
}

/// Binds `(self, iterable=None, /, **kwds)` with a Python def's messages.
unsafe fn counter_args(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> PyResult<(Obj, Vec<(Obj, Obj)>)> {
    if nargs > 1 {
        return Err(type_error(&format!(
            "{}() takes from 1 to 2 positional arguments but {} were given",
            fname,
            nargs + 1
        )));
    }
    let iterable = if nargs == 1 { *args } else { null_mut() };
    Ok((iterable, super::modules::kw_pairs(args, nargs, kw)))
}

unsafe extern "C" fn counter_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    into_status((|| {
        let a = tuple::items(args);
        if a.len() > 1 {
            return Err(type_error(&format!(
                "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
                a.len() + 1
            )));
        }
        let iterable = a.first().copied().unwrap_or(null_mut());
        let kw: Vec<(Ref, Ref)> = if kwargs.is_null() {
            Vec::new()
        } else {
            dict::items_vec(kwargs)
        };
        let kwp: Vec<(Obj, Obj)> = kw.iter().map(|(k, v)| (k.as_ptr(), v.as_ptr())).collect();
        if iterable.is_null() && kwp.is_empty() {
            return Ok(());
        }
        let m = ab::getattr_str(o, "update")?;
        let mut all = Vec::new();
        if !iterable.is_null() {
            all.push(iterable);
        }
        let names: Vec<Obj> = kwp.iter().map(|p| p.0).collect();
        all.extend(kwp.iter().map(|p| p.1));
        let kwnames = if names.is_empty() {
            None
        } else {
            Some(Ref::steal(tuple::from_slice(&names)))
        };
        crate::call::call_vector(
            m.as_ptr(),
            all.as_ptr(),
            if iterable.is_null() { 0 } else { 1 },
            kwnames.as_ref().map_or(null_mut(), |k| k.as_ptr()),
        )?;
        Ok(())
    })())
}

unsafe extern "C" fn counter_update(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let (iterable, kwargs) = counter_args("Counter.update", args, nargs, kw)?;
        counter_merge(o, iterable, &kwargs, 1)?;
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn counter_subtract(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let (iterable, kwargs) = counter_args("Counter.subtract", args, nargs, kw)?;
        counter_merge(o, iterable, &kwargs, -1)?;
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn counter_total(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let mut acc = int_ref(0);
        for (_, v) in dict::items_vec(o) {
            acc = ab::binary_op(acc.as_ptr(), v.as_ptr(), BinOp::Add)?;
        }
        Ok(acc)
    })())
}

/// The items sorted by count, largest first, ties in insertion order.
unsafe fn sorted_by_count(o: Obj) -> PyResult<Ref> {
    let items: Vec<Ref> = dict::items_vec(o)
        .into_iter()
        .map(|(k, v)| Ref::steal(tuple::from_refs(vec![k, v])))
        .collect();
    let l = Ref::steal(list::from_refs(items));
    let one = int_ref(1);
    let key = super::operator::new_itemgetter(&[one.as_ptr()]);
    list::sort(l.as_ptr(), key.as_ptr(), true)?;
    Ok(l)
}

unsafe extern "C" fn counter_most_common(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [n] = super::modules::bind_py_args("most_common", args, nargs, kw, &["n"], 0)?;
        let l = sorted_by_count(o)?;
        if n.is_null() || n == none::none() {
            return Ok(l);
        }
        let n = ab::as_ssize(n)?;
        let len = list::len(l.as_ptr()) as isize;
        let n = n.clamp(0, len) as usize;
        let items: Vec<Ref> = list::items(l.as_ptr())[..n]
            .iter()
            .map(|&x| Ref::borrowed(x))
            .collect();
        Ok(Ref::steal(list::from_refs(items)))
    })())
}

unsafe extern "C" fn counter_elements(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        use super::itertools as it;
        let items =
            crate::objects::dictview::new_view(o, crate::objects::dictview::ViewKind::Items);
        let sm = crate::call::call_vec(
            &raw mut it::StarMap_Type as Obj,
            &[&raw mut it::Repeat_Type as Obj, items.as_ptr()],
        )?;
        let fi = ab::getattr_str(&raw mut it::Chain_Type as Obj, "from_iterable")?;
        crate::call::call1(fi.as_ptr(), sm.as_ptr())
    })())
}

unsafe extern "C" fn counter_copy(o: Obj, _unused: Obj) -> Obj {
    into_raw(crate::call::call1(type_of(o) as Obj, o))
}

unsafe extern "C" fn counter_fromkeys(_cls: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    raise(
        exc::not_implemented_error(),
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    );
    null_mut()
}

unsafe extern "C" fn counter_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        if dict::len(o) == 0 {
            return Ok(pystr::from_string(format!("{}()", name)));
        }
        // No recursion guard: as in CPython, a Counter containing itself recurses
        // until RecursionError (each level repr's a fresh dict).
        let d = Ref::steal(dict::new_raw());
        let mc = ab::getattr_str(o, "most_common")?;
        match crate::call::call0(mc.as_ptr()) {
            Ok(pairs) => dict::update(d.as_ptr(), pairs.as_ptr())?,
            Err(e) => {
                if !crate::errors::matches(exc::type_error()) {
                    return Err(e);
                }
                crate::errors::clear();
                dict::update(d.as_ptr(), o)?;
            }
        }
        Ok(pystr::from_string(format!(
            "{}({})",
            name,
            repr_string(d.as_ptr())?
        )))
    })())
}

/// `all(self[e] <op> other[e] for c in (self, other) for e in c)`.
unsafe fn counter_all(a: Obj, b: Obj, op: i32) -> PyResult<bool> {
    for c in [a, b] {
        for (k, _) in dict::items_vec(c) {
            let x = ab::getitem(a, k.as_ptr())?;
            let y = ab::getitem(b, k.as_ptr())?;
            if !ab::compare_bool(x.as_ptr(), y.as_ptr(), op)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

unsafe extern "C" fn counter_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_counter(a) || !is_counter(b) {
        return new_ref(none::not_implemented());
    }
    into_raw((|| {
        let r = match op {
            CMP_EQ => counter_all(a, b, CMP_EQ)?,
            CMP_NE => !ab::compare_bool(a, b, CMP_EQ)?,
            CMP_LE => counter_all(a, b, CMP_LE)?,
            CMP_GE => counter_all(a, b, CMP_GE)?,
            CMP_LT => ab::compare_bool(a, b, CMP_LE)? && ab::compare_bool(a, b, CMP_NE)?,
            _ => ab::compare_bool(a, b, CMP_GE)? && ab::compare_bool(a, b, CMP_NE)?,
        };
        Ok(pybool::from_bool(r))
    })())
}

#[derive(Clone, Copy, PartialEq)]
enum CounterOp {
    Add,
    Sub,
    Or,
    And,
}

unsafe fn counter_binary(a: Obj, b: Obj, op: CounterOp) -> PyResult<Ref> {
    if !is_counter(a) || !is_counter(b) {
        return Ok(Ref::borrowed(none::not_implemented()));
    }
    let result = new_counter();
    let r = result.as_ptr();
    for (k, count) in dict::items_vec(a) {
        let other = ab::getitem(b, k.as_ptr())?;
        let newcount = match op {
            CounterOp::Add => ab::binary_op(count.as_ptr(), other.as_ptr(), BinOp::Add)?,
            CounterOp::Sub => ab::binary_op(count.as_ptr(), other.as_ptr(), BinOp::Sub)?,
            CounterOp::Or => {
                if ab::compare_bool(count.as_ptr(), other.as_ptr(), CMP_LT)? {
                    other
                } else {
                    count
                }
            }
            CounterOp::And => {
                if ab::compare_bool(count.as_ptr(), other.as_ptr(), CMP_LT)? {
                    count
                } else {
                    other
                }
            }
        };
        if gt0(newcount.as_ptr())? {
            ab::setitem(r, k.as_ptr(), newcount.as_ptr())?;
        }
    }
    if op != CounterOp::And {
        for (k, count) in dict::items_vec(b) {
            if dict::get_item(a, k.as_ptr())?.is_some() {
                continue;
            }
            if op == CounterOp::Sub {
                if lt0(count.as_ptr())? {
                    let v = zero_minus(count.as_ptr())?;
                    ab::setitem(r, k.as_ptr(), v.as_ptr())?;
                }
            } else if gt0(count.as_ptr())? {
                ab::setitem(r, k.as_ptr(), count.as_ptr())?;
            }
        }
    }
    Ok(result)
}

unsafe extern "C" fn counter_add(a: Obj, b: Obj) -> Obj {
    into_raw(counter_binary(a, b, CounterOp::Add))
}
unsafe extern "C" fn counter_sub(a: Obj, b: Obj) -> Obj {
    into_raw(counter_binary(a, b, CounterOp::Sub))
}
unsafe extern "C" fn counter_or(a: Obj, b: Obj) -> Obj {
    into_raw(counter_binary(a, b, CounterOp::Or))
}
unsafe extern "C" fn counter_and(a: Obj, b: Obj) -> Obj {
    into_raw(counter_binary(a, b, CounterOp::And))
}

unsafe fn counter_unary(o: Obj, negate: bool) -> PyResult<Ref> {
    let result = new_counter();
    for (k, count) in dict::items_vec(o) {
        if negate {
            if lt0(count.as_ptr())? {
                let v = zero_minus(count.as_ptr())?;
                ab::setitem(result.as_ptr(), k.as_ptr(), v.as_ptr())?;
            }
        } else if gt0(count.as_ptr())? {
            ab::setitem(result.as_ptr(), k.as_ptr(), count.as_ptr())?;
        }
    }
    Ok(result)
}

unsafe extern "C" fn counter_pos(o: Obj) -> Obj {
    into_raw(counter_unary(o, false))
}
unsafe extern "C" fn counter_neg(o: Obj) -> Obj {
    into_raw(counter_unary(o, true))
}

/// Drops the items whose count is not positive; returns self.
unsafe fn keep_positive(o: Obj) -> PyResult<Ref> {
    let mut drop_keys = Vec::new();
    for (k, v) in dict::items_vec(o) {
        if !gt0(v.as_ptr())? {
            drop_keys.push(k);
        }
    }
    for k in drop_keys {
        ab::setitem(o, k.as_ptr(), null_mut())?;
    }
    Ok(Ref::borrowed(o))
}

/// `other.items()` for the in-place operators (any object with `items()`).
unsafe fn other_items(other: Obj) -> PyResult<Vec<Ref>> {
    let items = ab::getattr_str(other, "items")?;
    let v = crate::call::call0(items.as_ptr())?;
    ab::collect(v.as_ptr())
}

unsafe fn pair(p: &Ref) -> PyResult<(Ref, Ref)> {
    let kv = ab::collect(p.as_ptr())?;
    if kv.len() != 2 {
        return Err(crate::errors::value_error(&format!(
            "too many values to unpack (expected 2, got {})",
            kv.len()
        )));
    }
    let mut it = kv.into_iter();
    Ok((it.next().unwrap(), it.next().unwrap()))
}

unsafe fn counter_inplace(o: Obj, other: Obj, op: CounterOp) -> PyResult<Ref> {
    match op {
        CounterOp::Add | CounterOp::Sub => {
            let bop = if op == CounterOp::Add {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            for p in other_items(other)? {
                let (k, count) = pair(&p)?;
                let cur = ab::getitem(o, k.as_ptr())?;
                let new = ab::inplace_op(cur.as_ptr(), count.as_ptr(), bop)?;
                ab::setitem(o, k.as_ptr(), new.as_ptr())?;
            }
        }
        CounterOp::Or => {
            for p in other_items(other)? {
                let (k, other_count) = pair(&p)?;
                let count = ab::getitem(o, k.as_ptr())?;
                if ab::compare_bool(other_count.as_ptr(), count.as_ptr(), CMP_GT)? {
                    ab::setitem(o, k.as_ptr(), other_count.as_ptr())?;
                }
            }
        }
        CounterOp::And => {
            for (k, count) in dict::items_vec(o) {
                let other_count = ab::getitem(other, k.as_ptr())?;
                if ab::compare_bool(other_count.as_ptr(), count.as_ptr(), CMP_LT)? {
                    ab::setitem(o, k.as_ptr(), other_count.as_ptr())?;
                }
            }
        }
    }
    keep_positive(o)
}

unsafe extern "C" fn counter_iadd(a: Obj, b: Obj) -> Obj {
    into_raw(counter_inplace(a, b, CounterOp::Add))
}
unsafe extern "C" fn counter_isub(a: Obj, b: Obj) -> Obj {
    into_raw(counter_inplace(a, b, CounterOp::Sub))
}
unsafe extern "C" fn counter_ior(a: Obj, b: Obj) -> Obj {
    into_raw(counter_inplace(a, b, CounterOp::Or))
}
unsafe extern "C" fn counter_iand(a: Obj, b: Obj) -> Obj {
    into_raw(counter_inplace(a, b, CounterOp::And))
}

// ===================================================================================
// ChainMap
// ===================================================================================

/// `ChainMap`: the list of mappings (`maps`) and an instance dict.
#[repr(C)]
pub struct ChainMapObject {
    pub ob_base: PyObject,
    pub maps: Obj,
    pub dict: Obj,
}

static mut CHAINMAP_MEMBERS: [PyMemberDef; 2] = [
    PyMemberDef {
        name: c"maps".as_ptr(),
        type_code: crate::objects::descr::T_OBJECT,
        offset: std::mem::offset_of!(ChainMapObject, maps) as isize,
        flags: 0,
        doc: std::ptr::null(),
    },
    PyMemberDef {
        name: std::ptr::null(),
        type_code: 0,
        offset: 0,
        flags: 0,
        doc: std::ptr::null(),
    },
];

static mut CHAINMAP_METHODS: [PyMethodDef; 13] = [
    crate::method_def!("get", cm_get, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("keys", cm_keys, METH_NOARGS),
    crate::method_def!("values", cm_values, METH_NOARGS),
    crate::method_def!("items", cm_items, METH_NOARGS),
    crate::method_def!("new_child", cm_new_child, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("copy", cm_copy, METH_NOARGS),
    crate::method_def!("__copy__", cm_copy, METH_NOARGS),
    crate::method_def!("pop", cm_pop, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("popitem", cm_popitem, METH_NOARGS),
    crate::method_def!("clear", cm_clear, METH_NOARGS),
    crate::method_def!("setdefault", cm_setdefault, METH_FASTCALL | METH_KEYWORDS),
    crate::method_def!("update", cm_update, METH_FASTCALL | METH_KEYWORDS),
    METHOD_SENTINEL,
];

static mut CHAINMAP_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"parents", Some(cm_parents), None),
    getset_def_end(),
];

static mut CHAINMAP_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(cm_len),
    mp_subscript: Some(cm_subscript),
    mp_ass_subscript: Some(cm_ass_subscript),
};

static mut CHAINMAP_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_contains: Some(cm_contains),
    ..PySequenceMethods::EMPTY
};

static mut CHAINMAP_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(cm_or),
    nb_inplace_or: Some(cm_ior),
    nb_bool: Some(cm_bool),
    ..PyNumberMethods::EMPTY
};

pub static mut ChainMap_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(cm_dealloc),
    tp_repr: Some(cm_repr),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_richcompare: Some(cm_richcompare),
    tp_iter: Some(cm_iter),
    tp_new: Some(cm_new),
    tp_init: Some(cm_init),
    tp_members: &raw mut CHAINMAP_MEMBERS as *mut PyMemberDef,
    tp_methods: &raw mut CHAINMAP_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut CHAINMAP_GETSET as *mut PyGetSetDef,
    tp_as_mapping: &raw mut CHAINMAP_AS_MAPPING,
    tp_as_sequence: &raw mut CHAINMAP_AS_SEQUENCE,
    tp_as_number: &raw mut CHAINMAP_AS_NUMBER,
    tp_dictoffset: std::mem::offset_of!(ChainMapObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_MAPPING,
    ..PyTypeObject::new_static(c"ChainMap", std::mem::size_of::<ChainMapObject>(), 0)
};

unsafe fn maps(o: Obj) -> PyResult<Ref> {
    let m = (*(o as *mut ChainMapObject)).maps;
    if m.is_null() {
        return Ok(Ref::steal(list::with_capacity(0)));
    }
    Ok(Ref::borrowed(m))
}

/// The mappings as a vector (a snapshot of `self.maps`).
unsafe fn maps_vec(o: Obj) -> PyResult<Vec<Ref>> {
    let m = maps(o)?;
    ab::collect(m.as_ptr())
}

unsafe fn first_map(o: Obj) -> PyResult<Ref> {
    let m = maps(o)?;
    let zero = int_ref(0);
    ab::getitem(m.as_ptr(), zero.as_ptr())
}

unsafe fn new_chainmap(tp: *mut PyTypeObject, maps: Ref) -> Ref {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    (*(o as *mut ChainMapObject)).maps = maps.into_raw();
    Ref::steal(o)
}

unsafe extern "C" fn cm_new(tp: *mut PyTypeObject, _args: Obj, _kwargs: Obj) -> Obj {
    new_chainmap(tp, Ref::steal(list::with_capacity(0))).into_raw()
}

unsafe extern "C" fn cm_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    into_status((|| {
        if !kwargs.is_null() && dict::len(kwargs) > 0 {
            let (k, _) = dict::items_vec(kwargs).into_iter().next().unwrap();
            return Err(type_error(&format!(
                "ChainMap.__init__() got an unexpected keyword argument '{}'",
                pystr::as_str(k.as_ptr())
            )));
        }
        let a = tuple::items(args);
        let l = if a.is_empty() {
            Ref::steal(list::from_refs(vec![Ref::steal(dict::new_raw())]))
        } else {
            Ref::steal(list::from_slice(a))
        };
        let c = o as *mut ChainMapObject;
        let old = (*c).maps;
        (*c).maps = l.into_raw();
        xdecref(old);
        Ok(())
    })())
}

unsafe extern "C" fn cm_dealloc(o: Obj) {
    let c = o as *mut ChainMapObject;
    xdecref((*c).maps);
    xdecref((*c).dict);
    free_object(o);
}

/// `mapping[key]` for each mapping in turn; `None` when no mapping has it.
unsafe fn cm_lookup(o: Obj, key: Obj) -> PyResult<Option<Ref>> {
    for m in maps_vec(o)? {
        match ab::getitem(m.as_ptr(), key) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => {
                if crate::errors::matches(exc::key_error()) {
                    crate::errors::clear();
                    continue;
                }
                return Err(e);
            }
        }
    }
    Ok(None)
}

unsafe extern "C" fn cm_subscript(o: Obj, key: Obj) -> Obj {
    into_raw((|| match cm_lookup(o, key)? {
        Some(v) => Ok(v),
        None => match ab::lookup_special(o, "__missing__") {
            Some(m) => crate::call::call_vec(m.as_ptr(), &[o, key]),
            None => Err(crate::errors::raise_with(exc::key_error(), key)),
        },
    })())
}

unsafe extern "C" fn cm_ass_subscript(o: Obj, key: Obj, v: Obj) -> i32 {
    into_status((|| {
        let first = first_map(o)?;
        if !v.is_null() {
            return ab::setitem(first.as_ptr(), key, v);
        }
        match ab::setitem(first.as_ptr(), key, null_mut()) {
            Ok(()) => Ok(()),
            Err(e) => {
                if crate::errors::matches(exc::key_error()) {
                    crate::errors::clear();
                    return Err(raise(
                        exc::key_error(),
                        &format!("Key not found in the first mapping: {}", repr_string(key)?),
                    ));
                }
                Err(e)
            }
        }
    })())
}

/// The keys of all mappings, in CPython's order (the last mapping's first), as a dict
/// from key to None.
unsafe fn merged_keys(o: Obj) -> PyResult<Ref> {
    let d = Ref::steal(dict::new_raw());
    for m in maps_vec(o)?.into_iter().rev() {
        let it = ab::get_iter(m.as_ptr())?;
        while let Some(k) = ab::iter_next(it.as_ptr())? {
            dict::set_item(d.as_ptr(), k.as_ptr(), none::none())?;
        }
    }
    Ok(d)
}

unsafe extern "C" fn cm_len(o: Obj) -> isize {
    match merged_keys(o) {
        Ok(d) => dict::len(d.as_ptr()) as isize,
        Err(_) => -1,
    }
}

unsafe extern "C" fn cm_iter(o: Obj) -> Obj {
    into_raw((|| {
        let d = merged_keys(o)?;
        ab::get_iter(d.as_ptr())
    })())
}

unsafe extern "C" fn cm_contains(o: Obj, key: Obj) -> i32 {
    match (|| -> PyResult<bool> {
        for m in maps_vec(o)? {
            if ab::contains(m.as_ptr(), key)? {
                return Ok(true);
            }
        }
        Ok(false)
    })() {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

unsafe extern "C" fn cm_bool(o: Obj) -> i32 {
    match (|| -> PyResult<bool> {
        for m in maps_vec(o)? {
            if ab::is_true(m.as_ptr())? {
                return Ok(true);
            }
        }
        Ok(false)
    })() {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

unsafe extern "C" fn cm_repr(o: Obj) -> Obj {
    into_raw((|| {
        let name = type_name(type_of(o));
        let Some(_g) = crate::objects::object::ReprGuard::enter(o) else {
            return Ok(pystr::from_string("...".to_string()));
        };
        let mut parts = Vec::new();
        for m in maps_vec(o)? {
            parts.push(repr_string(m.as_ptr())?);
        }
        Ok(pystr::from_string(format!(
            "{}({})",
            name,
            parts.join(", ")
        )))
    })())
}

/// `dict(self)`: the merged view as a plain dict (first mapping wins).
unsafe fn as_dict(o: Obj) -> PyResult<Ref> {
    let keys = merged_keys(o)?;
    let d = Ref::steal(dict::new_raw());
    for (k, _) in dict::items_vec(keys.as_ptr()) {
        let v = ab::getitem(o, k.as_ptr())?;
        dict::set_item(d.as_ptr(), k.as_ptr(), v.as_ptr())?;
    }
    Ok(d)
}

unsafe extern "C" fn cm_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    into_raw((|| {
        if op != CMP_EQ && op != CMP_NE {
            return Ok(Ref::borrowed(none::not_implemented()));
        }
        let other = if is_instance_of(b, &raw mut ChainMap_Type) {
            as_dict(b)?
        } else if dict::is_dict(b) {
            Ref::borrowed(b)
        } else {
            return Ok(Ref::borrowed(none::not_implemented()));
        };
        let mine = as_dict(a)?;
        ab::richcompare(mine.as_ptr(), other.as_ptr(), op)
    })())
}

unsafe extern "C" fn cm_get(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [key, default] =
            super::modules::bind_py_args("get", args, nargs, kw, &["key", "default"], 1)?;
        if cm_contains(o, key) > 0 {
            return ab::getitem(o, key);
        }
        if crate::errors::occurred() {
            return Err(Raised);
        }
        Ok(if default.is_null() {
            none::none_ref()
        } else {
            Ref::borrowed(default)
        })
    })())
}

unsafe fn cm_view(o: Obj, kind: crate::objects::dictview::ViewKind) -> PyResult<Ref> {
    let d = as_dict(o)?;
    Ok(crate::objects::dictview::new_view(d.as_ptr(), kind))
}

unsafe extern "C" fn cm_keys(o: Obj, _unused: Obj) -> Obj {
    into_raw(cm_view(o, crate::objects::dictview::ViewKind::Keys))
}
unsafe extern "C" fn cm_values(o: Obj, _unused: Obj) -> Obj {
    into_raw(cm_view(o, crate::objects::dictview::ViewKind::Values))
}
unsafe extern "C" fn cm_items(o: Obj, _unused: Obj) -> Obj {
    into_raw(cm_view(o, crate::objects::dictview::ViewKind::Items))
}

unsafe extern "C" fn cm_new_child(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        if nargs > 1 {
            return Err(type_error(&format!(
                "ChainMap.new_child() takes from 1 to 2 positional arguments but {} were given",
                nargs + 1
            )));
        }
        let mut m_arg = if nargs == 1 { *args } else { null_mut() };
        let mut extra = Vec::new();
        for (k, v) in super::modules::kw_pairs(args, nargs, kw) {
            if pystr::as_str(k) == "m" {
                if !m_arg.is_null() {
                    return Err(type_error(
                        "ChainMap.new_child() got multiple values for argument 'm'",
                    ));
                }
                m_arg = v;
            } else {
                extra.push((k, v));
            }
        }
        let m = if !m_arg.is_null() && m_arg != none::none() {
            Ref::borrowed(m_arg)
        } else {
            Ref::steal(dict::new_raw())
        };
        for (k, v) in extra {
            ab::setitem(m.as_ptr(), k, v)?;
        }
        let mut all = vec![m];
        all.extend(maps_vec(o)?);
        let tp = type_of(o);
        let argv: Vec<Obj> = all.iter().map(|r| r.as_ptr()).collect();
        crate::call::call_vec(tp as Obj, &argv)
    })())
}

unsafe extern "C" fn cm_parents(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    into_raw((|| {
        let all = maps_vec(o)?;
        let rest: Vec<Obj> = all.iter().skip(1).map(|r| r.as_ptr()).collect();
        crate::call::call_vec(type_of(o) as Obj, &rest)
    })())
}

unsafe extern "C" fn cm_copy(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let all = maps_vec(o)?;
        let first = ab::getattr_str(all[0].as_ptr(), "copy")?;
        let first = crate::call::call0(first.as_ptr())?;
        let mut argv: Vec<Obj> = vec![first.as_ptr()];
        argv.extend(all.iter().skip(1).map(|r| r.as_ptr()));
        crate::call::call_vec(type_of(o) as Obj, &argv)
    })())
}

unsafe extern "C" fn cm_pop(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [key, default] =
            super::modules::bind_py_args("pop", args, nargs, kw, &["key", "default"], 1)?;
        let first = first_map(o)?;
        let pop = ab::getattr_str(first.as_ptr(), "pop")?;
        match crate::call::call1(pop.as_ptr(), key) {
            Ok(v) => Ok(v),
            Err(e) => {
                if !crate::errors::matches(exc::key_error()) {
                    return Err(e);
                }
                crate::errors::clear();
                if !default.is_null() {
                    return Ok(Ref::borrowed(default));
                }
                Err(raise(
                    exc::key_error(),
                    &format!("Key not found in the first mapping: {}", repr_string(key)?),
                ))
            }
        }
    })())
}

unsafe extern "C" fn cm_popitem(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let first = first_map(o)?;
        let pop = ab::getattr_str(first.as_ptr(), "popitem")?;
        match crate::call::call0(pop.as_ptr()) {
            Ok(v) => Ok(v),
            Err(e) => {
                if !crate::errors::matches(exc::key_error()) {
                    return Err(e);
                }
                crate::errors::clear();
                Err(raise(
                    exc::key_error(),
                    "No keys found in the first mapping.",
                ))
            }
        }
    })())
}

unsafe extern "C" fn cm_clear(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        let first = first_map(o)?;
        let c = ab::getattr_str(first.as_ptr(), "clear")?;
        crate::call::call0(c.as_ptr())
    })())
}

unsafe extern "C" fn cm_setdefault(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [key, default] =
            super::modules::bind_py_args("setdefault", args, nargs, kw, &["key", "default"], 1)?;
        if cm_contains(o, key) > 0 {
            return ab::getitem(o, key);
        }
        if crate::errors::occurred() {
            return Err(Raised);
        }
        let d = if default.is_null() {
            none::none()
        } else {
            default
        };
        ab::setitem(o, key, d)?;
        Ok(Ref::borrowed(d))
    })())
}

unsafe extern "C" fn cm_update(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let first = first_map(o)?;
        let upd = ab::getattr_str(first.as_ptr(), "update")?;
        crate::call::call_vector(upd.as_ptr(), args, nargs.max(0) as usize, kw)?;
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn cm_or(a: Obj, b: Obj) -> Obj {
    into_raw((|| {
        let cm = &raw mut ChainMap_Type;
        if is_instance_of(a, cm) {
            if !dict::is_dict(b) && !is_instance_of(b, cm) {
                return Ok(Ref::borrowed(none::not_implemented()));
            }
            let c = crate::call::call0(ab::getattr_str(a, "copy")?.as_ptr())?;
            let first = first_map(c.as_ptr())?;
            let upd = ab::getattr_str(first.as_ptr(), "update")?;
            crate::call::call1(upd.as_ptr(), b)?;
            return Ok(c);
        }
        if !dict::is_dict(a) {
            return Ok(Ref::borrowed(none::not_implemented()));
        }
        // dict | ChainMap: a new ChainMap whose first mapping is dict(a) updated with
        // every mapping of b, last first.
        let m = dict::copy(a)?;
        for child in maps_vec(b)?.into_iter().rev() {
            dict::update(m.as_ptr(), child.as_ptr())?;
        }
        crate::call::call1(type_of(b) as Obj, m.as_ptr())
    })())
}

unsafe extern "C" fn cm_ior(a: Obj, b: Obj) -> Obj {
    into_raw((|| {
        let first = first_map(a)?;
        let upd = ab::getattr_str(first.as_ptr(), "update")?;
        crate::call::call1(upd.as_ptr(), b)?;
        Ok(Ref::borrowed(a))
    })())
}
