//! The `itertools` module: lazy iterator types with CPython's type names, reprs and
//! errors. Each object holds a boxed Rust state machine ([`Itertool`]); infinite inputs
//! are never materialised (only `product`, `permutations` and the combinations take
//! their pools eagerly, as CPython does). `groupby` and its `_grouper`s, and the `_tee`
//! objects of one `tee()` call, share their state through `Rc<RefCell<..>>`, never
//! borrowed across a call into Python code.

use crate::abstract_ as ab;
use crate::errors::{into_raw, raise, type_error, value_error, PyResult};
use crate::object::*;
use crate::objects::{exceptions as exc, int, none, str as pystr, tuple};
use crate::typeobject::*;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::ptr::null_mut;
use std::rc::Rc;

/// The state behind an itertools object.
pub trait Itertool {
    /// The next item; `Ok(None)` when exhausted.
    ///
    /// # Safety
    /// Runtime initialised.
    unsafe fn next(&mut self) -> PyResult<Option<Ref>>;
    /// The repr, if the type has a custom one (`count(5)`), given the type's name.
    ///
    /// # Safety
    /// Runtime initialised.
    unsafe fn repr(&self, _tpname: &str) -> PyResult<Option<String>> {
        Ok(None)
    }
    /// `__length_hint__` (only `repeat` has one).
    ///
    /// # Safety
    /// Runtime initialised.
    unsafe fn length_hint(&self) -> PyResult<isize> {
        Err(type_error("len() of unsized object"))
    }
    /// `__copy__` (only `_tee` has one).
    fn copy(&self) -> Option<Box<dyn Itertool>> {
        None
    }
}

/// The layout of every itertools object.
#[repr(C)]
pub struct ItObject {
    pub ob_base: PyObject,
    pub state: *mut Box<dyn Itertool>,
    pub busy: bool,
}

macro_rules! it_types {
    ($($sym:ident, $name:literal, $new:expr, $methods:expr, $flags:expr;)*) => {
        $(
            pub static mut $sym: PyTypeObject = PyTypeObject {
                tp_dealloc: Some(it_dealloc),
                tp_repr: Some(it_repr),
                tp_getattro: Some(generic_getattro_slot),
                tp_iter: Some(crate::objects::iter::self_iter),
                tp_iternext: Some(it_next),
                tp_new: $new,
                tp_methods: $methods,
                tp_flags: TPFLAGS_DEFAULT | $flags,
                ..PyTypeObject::new_static($name, std::mem::size_of::<ItObject>(), 0)
            };
        )*
    };
}

const NONE_M: *mut PyMethodDef = null_mut();
const BASE: std::ffi::c_ulong = TPFLAGS_BASETYPE;

it_types! {
    Count_Type, c"itertools.count", Some(count_new), NONE_M, BASE;
    Cycle_Type, c"itertools.cycle", Some(cycle_new), NONE_M, BASE;
    Repeat_Type, c"itertools.repeat", Some(repeat_new), &raw mut REPEAT_METHODS as *mut PyMethodDef, BASE;
    Accumulate_Type, c"itertools.accumulate", Some(accumulate_new), NONE_M, BASE;
    Chain_Type, c"itertools.chain", Some(chain_new), &raw mut CHAIN_METHODS as *mut PyMethodDef, BASE;
    Compress_Type, c"itertools.compress", Some(compress_new), NONE_M, BASE;
    DropWhile_Type, c"itertools.dropwhile", Some(dropwhile_new), NONE_M, BASE;
    TakeWhile_Type, c"itertools.takewhile", Some(takewhile_new), NONE_M, BASE;
    FilterFalse_Type, c"itertools.filterfalse", Some(filterfalse_new), NONE_M, BASE;
    GroupBy_Type, c"itertools.groupby", Some(groupby_new), NONE_M, BASE;
    Grouper_Type, c"itertools._grouper", None, NONE_M, 0;
    ISlice_Type, c"itertools.islice", Some(islice_new), NONE_M, BASE;
    StarMap_Type, c"itertools.starmap", Some(starmap_new), NONE_M, BASE;
    Tee_Type, c"itertools._tee", None, &raw mut TEE_METHODS as *mut PyMethodDef, 0;
    ZipLongest_Type, c"itertools.zip_longest", Some(zip_longest_new), NONE_M, BASE;
    Product_Type, c"itertools.product", Some(product_new), NONE_M, BASE;
    Permutations_Type, c"itertools.permutations", Some(permutations_new), NONE_M, BASE;
    Combinations_Type, c"itertools.combinations", Some(combinations_new), NONE_M, BASE;
    CombinationsWR_Type, c"itertools.combinations_with_replacement", Some(cwr_new), NONE_M, BASE;
    Pairwise_Type, c"itertools.pairwise", Some(pairwise_new), NONE_M, BASE;
    Batched_Type, c"itertools.batched", Some(batched_new), NONE_M, BASE;
}

static mut REPEAT_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__length_hint__", it_length_hint, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut CHAIN_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("from_iterable", chain_from_iterable, METH_O | METH_CLASS),
    METHOD_SENTINEL,
];

static mut TEE_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__copy__", tee_copy, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut ITERTOOLS_FUNCTIONS: [PyMethodDef; 2] = [
    crate::method_def!("tee", itertools_tee, METH_FASTCALL),
    METHOD_SENTINEL,
];

/// Builds the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs(
        "itertools",
        &raw mut ITERTOOLS_FUNCTIONS as *mut PyMethodDef,
    )?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let types: [(&str, *mut PyTypeObject); 21] = [
        ("count", &raw mut Count_Type),
        ("cycle", &raw mut Cycle_Type),
        ("repeat", &raw mut Repeat_Type),
        ("accumulate", &raw mut Accumulate_Type),
        ("chain", &raw mut Chain_Type),
        ("compress", &raw mut Compress_Type),
        ("dropwhile", &raw mut DropWhile_Type),
        ("takewhile", &raw mut TakeWhile_Type),
        ("filterfalse", &raw mut FilterFalse_Type),
        ("groupby", &raw mut GroupBy_Type),
        ("_grouper", &raw mut Grouper_Type),
        ("islice", &raw mut ISlice_Type),
        ("starmap", &raw mut StarMap_Type),
        ("_tee", &raw mut Tee_Type),
        ("zip_longest", &raw mut ZipLongest_Type),
        ("product", &raw mut Product_Type),
        ("permutations", &raw mut Permutations_Type),
        ("combinations", &raw mut Combinations_Type),
        (
            "combinations_with_replacement",
            &raw mut CombinationsWR_Type,
        ),
        ("pairwise", &raw mut Pairwise_Type),
        ("batched", &raw mut Batched_Type),
    ];
    for (n, t) in types {
        if n.starts_with('_') {
            type_ready(t)?;
        } else {
            super::modules::add_type(d, n, t)?;
        }
    }
    Ok(m)
}

// ----- the shared object machinery -----

/// Wraps a state as an object of type `tp` (or a subclass). New reference.
unsafe fn make(tp: *mut PyTypeObject, st: Box<dyn Itertool>) -> Ref {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    let it = o as *mut ItObject;
    (*it).state = Box::into_raw(Box::new(st));
    (*it).busy = false;
    Ref::steal(o)
}

unsafe extern "C" fn it_dealloc(o: Obj) {
    let st = (*(o as *mut ItObject)).state;
    if !st.is_null() {
        (*(o as *mut ItObject)).state = null_mut();
        drop(Box::from_raw(st));
    }
    free_object(o);
}

unsafe extern "C" fn it_next(o: Obj) -> Obj {
    let it = o as *mut ItObject;
    if (*it).state.is_null() {
        return null_mut();
    }
    if (*it).busy {
        raise(
            exc::runtime_error(),
            &format!("cannot re-enter the {} iterator", obj_type_name(o)),
        );
        return null_mut();
    }
    (*it).busy = true;
    let r = (**(*it).state).next();
    (*it).busy = false;
    match r {
        Ok(Some(v)) => v.into_raw(),
        _ => null_mut(),
    }
}

unsafe extern "C" fn it_repr(o: Obj) -> Obj {
    into_raw((|| {
        let it = o as *mut ItObject;
        let tpname = type_name(type_of(o));
        if !(*it).state.is_null() {
            if let Some(s) = (**(*it).state).repr(&tpname)? {
                return Ok(pystr::from_string(s));
            }
        }
        let tp = type_of(o);
        Ok(pystr::from_string(format!(
            "<{}.{} object at {:#x}>",
            type_module(tp),
            type_qualname(tp),
            o as usize
        )))
    })())
}

unsafe extern "C" fn it_length_hint(o: Obj, _unused: Obj) -> Obj {
    let it = o as *mut ItObject;
    into_raw((|| {
        let n = (**(*it).state).length_hint()?;
        Ok(Ref::steal(int::from_i64(n as i64)))
    })())
}

unsafe fn next_of(it: &Ref) -> PyResult<Option<Ref>> {
    ab::iter_next(it.as_ptr())
}

unsafe fn repr_str(o: Obj) -> PyResult<String> {
    let r = ab::repr(o)?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

/// `PyNumber_Check`: ints, floats and anything with `__index__`/`__int__`/`__float__`.
unsafe fn is_number(o: Obj) -> bool {
    let nb = (*type_of(o)).tp_as_number;
    !nb.is_null()
        && ((*nb).nb_index.is_some() || (*nb).nb_int.is_some() || (*nb).nb_float.is_some())
}

/// `PyNumber_AsSsize_t` as islice uses it: `-1` for anything that is not an index-sized
/// integer (the error is dropped; islice raises its own).
unsafe fn islice_arg(o: Obj) -> i64 {
    let nb = (*type_of(o)).tp_as_number;
    if nb.is_null() || (*nb).nb_index.is_none() {
        return -1;
    }
    match ab::number_index(o) {
        Ok(v) => int::as_i64(v.as_ptr()).unwrap_or(-1),
        Err(_) => {
            crate::errors::clear();
            -1
        }
    }
}

// ----- count -----

struct Count {
    cnt: Ref,
    step: Ref,
}

impl Itertool for Count {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let next = ab::binary_op(self.cnt.as_ptr(), self.step.as_ptr(), ab::BinOp::Add)?;
        Ok(Some(std::mem::replace(&mut self.cnt, next)))
    }
    unsafe fn repr(&self, tpname: &str) -> PyResult<Option<String>> {
        let s = self.step.as_ptr();
        if int::is_int(s) && int::as_i64(s) == Some(1) {
            return Ok(Some(format!(
                "{}({})",
                tpname,
                repr_str(self.cnt.as_ptr())?
            )));
        }
        Ok(Some(format!(
            "{}({}, {})",
            tpname,
            repr_str(self.cnt.as_ptr())?,
            repr_str(s)?
        )))
    }
}

unsafe extern "C" fn count_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [start, step] =
            crate::args::parse_tuple::<0, 2>("count", args, kwargs, &["start", "step"])?;
        let one = || Ref::steal(int::from_i64(1));
        let mut cnt = if start.is_null() {
            Ref::steal(int::from_i64(0))
        } else {
            Ref::borrowed(start)
        };
        let step = if step.is_null() {
            one()
        } else {
            Ref::borrowed(step)
        };
        if !is_number(cnt.as_ptr()) || !is_number(step.as_ptr()) {
            return Err(type_error("a number is required"));
        }
        // The integer fast path counts with exact ints (`count(True)` yields 1).
        if int::is_int(cnt.as_ptr())
            && type_of(step.as_ptr()) == &raw mut int::PyLong_Type
            && int::as_i64(step.as_ptr()) == Some(1)
            && type_of(cnt.as_ptr()) != &raw mut int::PyLong_Type
        {
            cnt = Ref::steal(int::from_bigint(int::as_bigint(cnt.as_ptr())));
        }
        Ok(make(tp, Box::new(Count { cnt, step })))
    })())
}

// ----- cycle -----

struct Cycle {
    it: Option<Ref>,
    saved: Vec<Ref>,
    index: usize,
}

impl Itertool for Cycle {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if let Some(it) = &self.it {
            match next_of(it)? {
                Some(v) => {
                    self.saved.push(v.clone());
                    return Ok(Some(v));
                }
                None => self.it = None,
            }
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
}

unsafe extern "C" fn cycle_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [iterable] = super::modules::positional_tuple::<1, 1>("cycle", args, kwargs)?;
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(Cycle {
                it: Some(it),
                saved: Vec::new(),
                index: 0,
            }),
        ))
    })())
}

// ----- repeat -----

struct Repeat {
    obj: Ref,
    times: Option<usize>,
}

impl Itertool for Repeat {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        match &mut self.times {
            None => Ok(Some(self.obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj.clone()))
            }
        }
    }
    unsafe fn repr(&self, tpname: &str) -> PyResult<Option<String>> {
        let r = repr_str(self.obj.as_ptr())?;
        Ok(Some(match self.times {
            None => format!("{}({})", tpname, r),
            Some(n) => format!("{}({}, {})", tpname, r, n),
        }))
    }
    unsafe fn length_hint(&self) -> PyResult<isize> {
        match self.times {
            None => Err(type_error("len() of unsized object")),
            Some(n) => Ok(n as isize),
        }
    }
}

unsafe extern "C" fn repeat_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [obj, times] =
            super::modules::unpack_tuple_kw("repeat", args, kwargs, &["object", "times"], 0, 1)?;
        let times = if times.is_null() {
            None
        } else {
            Some(ab::as_ssize_clamped(times)?.max(0) as usize)
        };
        Ok(make(
            tp,
            Box::new(Repeat {
                obj: Ref::borrowed(obj),
                times,
            }),
        ))
    })())
}

// ----- accumulate -----

struct Accumulate {
    it: Ref,
    func: Option<Ref>,
    total: Option<Ref>,
    initial: Option<Ref>,
}

impl Itertool for Accumulate {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if let Some(init) = self.initial.take() {
            self.total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = next_of(&self.it)? else {
            return Ok(None);
        };
        let new = match &self.total {
            None => v,
            Some(t) => match &self.func {
                None => ab::binary_op(t.as_ptr(), v.as_ptr(), ab::BinOp::Add)?,
                Some(f) => crate::call::call_vec(f.as_ptr(), &[t.as_ptr(), v.as_ptr()])?,
            },
        };
        self.total = Some(new.clone());
        Ok(Some(new))
    }
}

unsafe extern "C" fn accumulate_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [iterable, func, initial] = super::modules::unpack_tuple_kw(
            "accumulate",
            args,
            kwargs,
            &["iterable", "func", "$initial"],
            0,
            1,
        )?;
        let opt = |o: Obj| {
            if o.is_null() || o == none::none() {
                None
            } else {
                Some(Ref::borrowed(o))
            }
        };
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(Accumulate {
                it,
                func: opt(func),
                total: None,
                initial: opt(initial),
            }),
        ))
    })())
}

// ----- chain -----

struct Chain {
    sources: Option<Ref>,
    active: Option<Ref>,
}

impl Itertool for Chain {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        loop {
            if let Some(a) = &self.active {
                match next_of(a) {
                    Ok(Some(v)) => return Ok(Some(v)),
                    Ok(None) => self.active = None,
                    Err(e) => {
                        self.active = None;
                        return Err(e);
                    }
                }
            }
            let Some(src) = &self.sources else {
                return Ok(None);
            };
            match next_of(src) {
                Ok(Some(iterable)) => match ab::get_iter(iterable.as_ptr()) {
                    Ok(it) => self.active = Some(it),
                    Err(e) => {
                        self.sources = None;
                        return Err(e);
                    }
                },
                Ok(None) => {
                    self.sources = None;
                    return Ok(None);
                }
                Err(e) => {
                    self.sources = None;
                    return Err(e);
                }
            }
        }
    }
}

unsafe extern "C" fn chain_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        if (*tp).tp_flags & TPFLAGS_HEAPTYPE == 0 {
            super::modules::no_kwargs("chain", kwargs)?;
        }
        let sources = ab::get_iter(args)?;
        Ok(make(
            tp,
            Box::new(Chain {
                sources: Some(sources),
                active: None,
            }),
        ))
    })())
}

unsafe extern "C" fn chain_from_iterable(cls: Obj, iterable: Obj) -> Obj {
    into_raw((|| {
        let sources = ab::get_iter(iterable)?;
        Ok(make(
            cls as *mut PyTypeObject,
            Box::new(Chain {
                sources: Some(sources),
                active: None,
            }),
        ))
    })())
}

// ----- compress, dropwhile, takewhile, filterfalse, starmap -----

struct Compress {
    data: Ref,
    selectors: Ref,
}

impl Itertool for Compress {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        loop {
            let Some(d) = next_of(&self.data)? else {
                return Ok(None);
            };
            let Some(s) = next_of(&self.selectors)? else {
                return Ok(None);
            };
            if ab::is_true(s.as_ptr())? {
                return Ok(Some(d));
            }
        }
    }
}

unsafe extern "C" fn compress_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [data, sel] = super::modules::unpack_tuple_kw(
            "compress",
            args,
            kwargs,
            &["data", "selectors"],
            0,
            2,
        )?;
        let data = ab::get_iter(data)?;
        let selectors = ab::get_iter(sel)?;
        Ok(make(tp, Box::new(Compress { data, selectors })))
    })())
}

struct DropWhile {
    pred: Ref,
    it: Ref,
    dropping: bool,
}

impl Itertool for DropWhile {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        loop {
            let Some(v) = next_of(&self.it)? else {
                return Ok(None);
            };
            if !self.dropping {
                return Ok(Some(v));
            }
            let r = crate::call::call1(self.pred.as_ptr(), v.as_ptr())?;
            if !ab::is_true(r.as_ptr())? {
                self.dropping = false;
                return Ok(Some(v));
            }
        }
    }
}

unsafe extern "C" fn dropwhile_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [pred, iterable] = super::modules::positional_tuple::<2, 2>("dropwhile", args, kwargs)?;
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(DropWhile {
                pred: Ref::borrowed(pred),
                it,
                dropping: true,
            }),
        ))
    })())
}

struct TakeWhile {
    pred: Ref,
    it: Ref,
    stopped: bool,
}

impl Itertool for TakeWhile {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if self.stopped {
            return Ok(None);
        }
        let Some(v) = next_of(&self.it)? else {
            return Ok(None);
        };
        let r = crate::call::call1(self.pred.as_ptr(), v.as_ptr())?;
        if ab::is_true(r.as_ptr())? {
            return Ok(Some(v));
        }
        self.stopped = true;
        Ok(None)
    }
}

unsafe extern "C" fn takewhile_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [pred, iterable] = super::modules::positional_tuple::<2, 2>("takewhile", args, kwargs)?;
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(TakeWhile {
                pred: Ref::borrowed(pred),
                it,
                stopped: false,
            }),
        ))
    })())
}

struct FilterFalse {
    pred: Option<Ref>,
    it: Ref,
}

impl Itertool for FilterFalse {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        loop {
            let Some(v) = next_of(&self.it)? else {
                return Ok(None);
            };
            let keep = match &self.pred {
                None => !ab::is_true(v.as_ptr())?,
                Some(p) => {
                    let r = crate::call::call1(p.as_ptr(), v.as_ptr())?;
                    !ab::is_true(r.as_ptr())?
                }
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}

unsafe extern "C" fn filterfalse_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [pred, iterable] =
            super::modules::positional_tuple::<2, 2>("filterfalse", args, kwargs)?;
        let it = ab::get_iter(iterable)?;
        let pred = if pred == none::none() {
            None
        } else {
            Some(Ref::borrowed(pred))
        };
        Ok(make(tp, Box::new(FilterFalse { pred, it })))
    })())
}

struct StarMap {
    func: Ref,
    it: Ref,
}

impl Itertool for StarMap {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(a) = next_of(&self.it)? else {
            return Ok(None);
        };
        let args = ab::collect(a.as_ptr())?;
        let raw: Vec<Obj> = args.iter().map(|r| r.as_ptr()).collect();
        crate::call::call_vec(self.func.as_ptr(), &raw).map(Some)
    }
}

unsafe extern "C" fn starmap_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [func, iterable] = super::modules::positional_tuple::<2, 2>("starmap", args, kwargs)?;
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(StarMap {
                func: Ref::borrowed(func),
                it,
            }),
        ))
    })())
}

// ----- groupby -----

struct GroupShared {
    it: Option<Ref>,
    keyfunc: Option<Ref>,
    tgtkey: Option<Ref>,
    currkey: Option<Ref>,
    currvalue: Option<Ref>,
    /// Which `_grouper` is current; older ones yield nothing more.
    current: u64,
}

type Shared<T> = Rc<RefCell<T>>;

/// Advances the underlying iterator: `currvalue`/`currkey` get the next item and its
/// key. `Ok(false)` when exhausted.
unsafe fn groupby_step(sh: &Shared<GroupShared>) -> PyResult<bool> {
    let (it, keyfunc) = {
        let s = sh.borrow();
        (s.it.clone(), s.keyfunc.clone())
    };
    let Some(it) = it else { return Ok(false) };
    let Some(v) = next_of(&it)? else {
        sh.borrow_mut().it = None;
        return Ok(false);
    };
    let k = match keyfunc {
        None => v.clone(),
        Some(f) => crate::call::call1(f.as_ptr(), v.as_ptr())?,
    };
    let mut s = sh.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

struct GroupBy(Shared<GroupShared>);

impl Itertool for GroupBy {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let sh = &self.0;
        let id = {
            let mut s = sh.borrow_mut();
            s.current += 1;
            s.current
        };
        loop {
            let (tgt, cur) = {
                let s = sh.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            if let Some(cur) = &cur {
                match &tgt {
                    None => break,
                    Some(t) => {
                        if !ab::eq_bool(t.as_ptr(), cur.as_ptr())? {
                            break;
                        }
                    }
                }
            }
            if !groupby_step(sh)? {
                return Ok(None);
            }
        }
        let key = {
            let mut s = sh.borrow_mut();
            s.tgtkey = s.currkey.clone();
            s.currkey.clone().unwrap()
        };
        let grouper = make(
            &raw mut Grouper_Type,
            Box::new(Grouper {
                parent: sh.clone(),
                id,
                tgtkey: key.clone(),
            }),
        );
        Ok(Some(Ref::steal(tuple::from_refs(vec![key, grouper]))))
    }
}

struct Grouper {
    parent: Shared<GroupShared>,
    id: u64,
    tgtkey: Ref,
}

impl Itertool for Grouper {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let sh = &self.parent;
        if sh.borrow().current != self.id {
            return Ok(None);
        }
        if sh.borrow().currvalue.is_none() && !groupby_step(sh)? {
            return Ok(None);
        }
        let cur = sh.borrow().currkey.clone();
        let Some(cur) = cur else { return Ok(None) };
        if !ab::eq_bool(self.tgtkey.as_ptr(), cur.as_ptr())? {
            return Ok(None);
        }
        Ok(sh.borrow_mut().currvalue.take())
    }
}

unsafe extern "C" fn groupby_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [iterable, key] =
            super::modules::unpack_tuple_kw("groupby", args, kwargs, &["iterable", "key"], 0, 1)?;
        let it = ab::get_iter(iterable)?;
        let keyfunc = if key.is_null() || key == none::none() {
            None
        } else {
            Some(Ref::borrowed(key))
        };
        Ok(make(
            tp,
            Box::new(GroupBy(Rc::new(RefCell::new(GroupShared {
                it: Some(it),
                keyfunc,
                tgtkey: None,
                currkey: None,
                currvalue: None,
                current: 0,
            })))),
        ))
    })())
}

// ----- islice -----

struct ISlice {
    it: Option<Ref>,
    next: usize,
    stop: Option<usize>,
    step: usize,
    cnt: usize,
}

impl Itertool for ISlice {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        while self.cnt < self.next {
            match next_of(&it)? {
                Some(_) => self.cnt += 1,
                None => {
                    self.it = None;
                    return Ok(None);
                }
            }
        }
        if let Some(stop) = self.stop {
            if self.cnt >= stop {
                self.it = None;
                return Ok(None);
            }
        }
        let Some(v) = next_of(&it)? else {
            self.it = None;
            return Ok(None);
        };
        self.cnt += 1;
        self.next = self.next.saturating_add(self.step);
        if let Some(stop) = self.stop {
            if self.next > stop {
                self.next = stop;
            }
        }
        Ok(Some(v))
    }
}

unsafe extern "C" fn islice_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        if (*tp).tp_flags & TPFLAGS_HEAPTYPE == 0 {
            super::modules::no_kwargs("islice", kwargs)?;
        }
        let a = tuple::items(args);
        let [seq, a1, a2, a3] =
            crate::args::positional::<2, 4>("islice", a.as_ptr(), a.len() as isize)?;
        const STOP_MSG: &str =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let is_none = |o: Obj| o == none::none();
        let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
        let stop_arg = if a2.is_null() { a1 } else { a2 };
        if !a2.is_null() && !is_none(a1) {
            start = islice_arg(a1);
        }
        if !is_none(stop_arg) {
            stop = islice_arg(stop_arg);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
        if start < 0 || stop < -1 {
            return Err(value_error(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            ));
        }
        if !a3.is_null() {
            if !is_none(a3) {
                step = islice_arg(a3);
            }
            if step < 1 {
                return Err(value_error(
                    "Step for islice() must be a positive integer or None.",
                ));
            }
        }
        let (start, stop, step) = (
            Some(start as usize),
            if stop == -1 {
                None
            } else {
                Some(stop as usize)
            },
            Some(step as usize),
        );
        let it = ab::get_iter(seq)?;
        Ok(make(
            tp,
            Box::new(ISlice {
                it: Some(it),
                next: start.unwrap_or(0),
                stop,
                step: step.unwrap_or(1),
                cnt: 0,
            }),
        ))
    })())
}

// ----- tee -----

struct TeeShared {
    it: Option<Ref>,
    buf: VecDeque<Ref>,
    /// The absolute index of `buf[0]`.
    base: u64,
    /// The position of every live `_tee` (by id), to drop items all have seen.
    positions: Vec<Option<u64>>,
    running: bool,
}

impl TeeShared {
    fn trim(&mut self) {
        let min = self.positions.iter().flatten().copied().min();
        let min = min.unwrap_or(self.base + self.buf.len() as u64);
        while self.base < min && !self.buf.is_empty() {
            self.buf.pop_front();
            self.base += 1;
        }
    }

    fn register(&mut self, pos: u64) -> usize {
        self.positions.push(Some(pos));
        self.positions.len() - 1
    }
}

struct Tee {
    shared: Shared<TeeShared>,
    id: usize,
    pos: u64,
}

impl Itertool for Tee {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let it = {
            let mut s = self.shared.borrow_mut();
            let idx = (self.pos - s.base) as usize;
            if idx < s.buf.len() {
                let v = s.buf[idx].clone();
                self.pos += 1;
                s.positions[self.id] = Some(self.pos);
                s.trim();
                return Ok(Some(v));
            }
            let Some(it) = s.it.clone() else {
                return Ok(None);
            };
            if s.running {
                return Err(raise(
                    exc::runtime_error(),
                    "cannot re-enter the tee iterator",
                ));
            }
            s.running = true;
            it
        };
        let r = next_of(&it);
        let mut s = self.shared.borrow_mut();
        s.running = false;
        match r? {
            None => {
                s.it = None;
                Ok(None)
            }
            Some(v) => {
                s.buf.push_back(v.clone());
                self.pos += 1;
                s.positions[self.id] = Some(self.pos);
                s.trim();
                Ok(Some(v))
            }
        }
    }

    fn copy(&self) -> Option<Box<dyn Itertool>> {
        let id = self.shared.borrow_mut().register(self.pos);
        Some(Box::new(Tee {
            shared: self.shared.clone(),
            id,
            pos: self.pos,
        }))
    }
}

impl Drop for Tee {
    fn drop(&mut self) {
        if let Ok(mut s) = self.shared.try_borrow_mut() {
            s.positions[self.id] = None;
            s.trim();
        }
    }
}

unsafe extern "C" fn tee_copy(o: Obj, _unused: Obj) -> Obj {
    let it = o as *mut ItObject;
    match (**(*it).state).copy() {
        Some(st) => make(type_of(o), st).into_raw(),
        None => {
            type_error("cannot copy");
            null_mut()
        }
    }
}

unsafe extern "C" fn itertools_tee(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [iterable, n] = crate::args::positional::<1, 2>("tee", args, nargs)?;
        let n = if n.is_null() { 2 } else { ab::as_ssize(n)? };
        if n < 0 {
            return Err(value_error("n must be >= 0"));
        }
        let it = ab::get_iter(iterable)?;
        if n == 0 {
            return Ok(Ref::steal(tuple::empty()));
        }
        let first = if type_of(it.as_ptr()) == &raw mut Tee_Type {
            it
        } else {
            let mut shared = TeeShared {
                it: Some(it),
                buf: VecDeque::new(),
                base: 0,
                positions: Vec::new(),
                running: false,
            };
            let id = shared.register(0);
            make(
                &raw mut Tee_Type,
                Box::new(Tee {
                    shared: Rc::new(RefCell::new(shared)),
                    id,
                    pos: 0,
                }),
            )
        };
        let mut out = Vec::with_capacity(n as usize);
        for _ in 1..n {
            out.push(Ref::steal(tee_copy(first.as_ptr(), null_mut())));
        }
        out.insert(0, first);
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

// ----- zip_longest -----

struct ZipLongest {
    its: Vec<Option<Ref>>,
    active: usize,
    fill: Ref,
}

impl Itertool for ZipLongest {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if self.its.is_empty() || self.active == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let v = match &self.its[i] {
                None => self.fill.clone(),
                Some(it) => match next_of(it) {
                    Ok(Some(v)) => v,
                    Ok(None) => {
                        self.its[i] = None;
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                        self.fill.clone()
                    }
                    Err(e) => {
                        self.active = 0;
                        return Err(e);
                    }
                },
            };
            items.push(v);
        }
        Ok(Some(Ref::steal(tuple::from_refs(items))))
    }
}

unsafe extern "C" fn zip_longest_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let mut fill = none::none_ref();
        if !kwargs.is_null() {
            for (k, v) in crate::objects::dict::items_vec(kwargs) {
                if pystr::is_str(k.as_ptr()) && pystr::as_str(k.as_ptr()) == "fillvalue" {
                    fill = v;
                } else {
                    return Err(type_error(
                        "zip_longest() got an unexpected keyword argument",
                    ));
                }
            }
        }
        let mut its = Vec::new();
        for &a in tuple::items(args) {
            its.push(Some(ab::get_iter(a)?));
        }
        let active = its.len();
        Ok(make(tp, Box::new(ZipLongest { its, active, fill })))
    })())
}

// ----- product, permutations, combinations -----

fn pick(pool: &[Ref], indices: &[usize]) -> Ref {
    // SAFETY: runtime initialised.
    unsafe {
        Ref::steal(tuple::from_refs(
            indices.iter().map(|&i| pool[i].clone()).collect(),
        ))
    }
}

struct Product {
    pools: Vec<Vec<Ref>>,
    indices: Vec<usize>,
    started: bool,
    done: bool,
}

impl Itertool for Product {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if self.pools.iter().any(|p| p.is_empty()) {
                self.done = true;
                return Ok(None);
            }
        } else {
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.indices[i] += 1;
                if self.indices[i] < self.pools[i].len() {
                    break;
                }
                self.indices[i] = 0;
            }
        }
        let items: Vec<Ref> = self
            .indices
            .iter()
            .enumerate()
            .map(|(p, &i)| self.pools[p][i].clone())
            .collect();
        Ok(Some(Ref::steal(tuple::from_refs(items))))
    }
}

unsafe extern "C" fn product_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let mut repeat = 1isize;
        if !kwargs.is_null() {
            for (k, v) in crate::objects::dict::items_vec(kwargs) {
                if pystr::is_str(k.as_ptr()) && pystr::as_str(k.as_ptr()) == "repeat" {
                    repeat = ab::as_ssize(v.as_ptr())?;
                } else {
                    return Err(type_error(&format!(
                        "product() got an unexpected keyword argument '{}'",
                        pystr::as_str(k.as_ptr())
                    )));
                }
            }
        }
        if repeat < 0 {
            return Err(value_error("repeat argument cannot be negative"));
        }
        let mut base = Vec::new();
        for &a in tuple::items(args) {
            base.push(ab::collect(a)?);
        }
        let mut pools = Vec::new();
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
        let n = pools.len();
        Ok(make(
            tp,
            Box::new(Product {
                pools,
                indices: vec![0; n],
                started: false,
                done: false,
            }),
        ))
    })())
}

struct Permutations {
    pool: Vec<Ref>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

impl Itertool for Permutations {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let n = self.pool.len();
        let r = self.r;
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if r > n {
                self.done = true;
                return Ok(None);
            }
            return Ok(Some(pick(&self.pool, &self.indices[..r])));
        }
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        let mut i = r;
        while i > 0 {
            i -= 1;
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                let x = self.indices.remove(i);
                self.indices.push(x);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Ok(Some(pick(&self.pool, &self.indices[..r])));
            }
        }
        self.done = true;
        Ok(None)
    }
}

unsafe extern "C" fn permutations_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [iterable, r] = super::modules::unpack_tuple_kw(
            "permutations",
            args,
            kwargs,
            &["iterable", "r"],
            0,
            1,
        )?;
        let pool = ab::collect(iterable)?;
        let n = pool.len();
        let r = if r.is_null() || r == none::none() {
            n
        } else {
            let v = ab::as_ssize(r)?;
            if v < 0 {
                return Err(value_error("r must be non-negative"));
            }
            v as usize
        };
        let cycles = if r <= n {
            (0..r).map(|i| n - i).collect()
        } else {
            Vec::new()
        };
        Ok(make(
            tp,
            Box::new(Permutations {
                pool,
                r,
                indices: (0..n).collect(),
                cycles,
                started: false,
                done: false,
            }),
        ))
    })())
}

struct Combinations {
    pool: Vec<Ref>,
    indices: Vec<usize>,
    with_replacement: bool,
    started: bool,
    done: bool,
}

impl Itertool for Combinations {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let n = self.pool.len();
        let r = self.indices.len();
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            let impossible = if self.with_replacement {
                n == 0 && r > 0
            } else {
                r > n
            };
            if impossible {
                self.done = true;
                return Ok(None);
            }
            return Ok(Some(pick(&self.pool, &self.indices)));
        }
        let mut i = r;
        loop {
            if i == 0 {
                self.done = true;
                return Ok(None);
            }
            i -= 1;
            let limit = if self.with_replacement {
                n - 1
            } else {
                i + n - r
            };
            if self.indices[i] != limit {
                break;
            }
        }
        if self.with_replacement {
            let v = self.indices[i] + 1;
            for j in i..r {
                self.indices[j] = v;
            }
        } else {
            self.indices[i] += 1;
            for j in i + 1..r {
                self.indices[j] = self.indices[j - 1] + 1;
            }
        }
        Ok(Some(pick(&self.pool, &self.indices)))
    }
}

unsafe fn combinations_make(
    tp: *mut PyTypeObject,
    name: &str,
    args: Obj,
    kwargs: Obj,
    with_replacement: bool,
) -> PyResult<Ref> {
    let [iterable, r] =
        super::modules::unpack_tuple_kw(name, args, kwargs, &["iterable", "r"], 0, 2)?;
    let pool = ab::collect(iterable)?;
    let r = ab::as_ssize(r)?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    let r = r as usize;
    let indices = if with_replacement {
        vec![0; r]
    } else {
        (0..r).collect()
    };
    Ok(make(
        tp,
        Box::new(Combinations {
            pool,
            indices,
            with_replacement,
            started: false,
            done: false,
        }),
    ))
}

unsafe extern "C" fn combinations_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw(combinations_make(tp, "combinations", args, kwargs, false))
}

unsafe extern "C" fn cwr_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw(combinations_make(
        tp,
        "combinations_with_replacement",
        args,
        kwargs,
        true,
    ))
}

// ----- pairwise, batched -----

struct Pairwise {
    it: Option<Ref>,
    old: Option<Ref>,
}

impl Itertool for Pairwise {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        if self.old.is_none() {
            match next_of(&it)? {
                Some(v) => self.old = Some(v),
                None => {
                    self.it = None;
                    return Ok(None);
                }
            }
        }
        let Some(new) = next_of(&it)? else {
            self.it = None;
            self.old = None;
            return Ok(None);
        };
        let old = self.old.replace(new.clone()).unwrap();
        Ok(Some(Ref::steal(tuple::from_refs(vec![old, new]))))
    }
}

unsafe extern "C" fn pairwise_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [iterable] = super::modules::positional_tuple::<1, 1>("pairwise", args, kwargs)?;
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(Pairwise {
                it: Some(it),
                old: None,
            }),
        ))
    })())
}

struct Batched {
    it: Option<Ref>,
    n: usize,
}

impl Itertool for Batched {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        let mut items = Vec::new();
        while items.len() < self.n {
            match next_of(&it)? {
                Some(v) => items.push(v),
                None => {
                    self.it = None;
                    break;
                }
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(Ref::steal(tuple::from_refs(items))))
    }
}

unsafe extern "C" fn batched_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [iterable, n] =
            super::modules::unpack_tuple_kw("batched", args, kwargs, &["iterable", "n"], 0, 2)?;
        let n = ab::as_ssize(n)?;
        if n < 1 {
            return Err(value_error("n must be at least one"));
        }
        let it = ab::get_iter(iterable)?;
        Ok(make(
            tp,
            Box::new(Batched {
                it: Some(it),
                n: n as usize,
            }),
        ))
    })())
}
