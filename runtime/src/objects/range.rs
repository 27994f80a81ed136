//! `range`: start/stop/step as int objects, with i64 fast paths for iteration.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::int;
use crate::typeobject::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// Molt's range object.
#[repr(C)]
pub struct RangeObject {
    pub ob_base: PyObject,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
    pub length: Obj,
}

#[no_mangle]
pub static mut PyRange_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(range_dealloc),
    tp_repr: Some(range_repr),
    tp_hash: Some(range_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(range_richcompare),
    tp_iter: Some(range_iter),
    tp_as_sequence: &raw mut RANGE_AS_SEQUENCE,
    tp_as_mapping: &raw mut RANGE_AS_MAPPING,
    tp_as_number: &raw mut RANGE_AS_NUMBER,
    tp_members: &raw mut RANGE_MEMBERS as *mut PyMemberDef,
    tp_methods: &raw mut RANGE_METHODS as *mut PyMethodDef,
    tp_new: Some(range_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_SEQUENCE,
    ..PyTypeObject::new_static(c"range", std::mem::size_of::<RangeObject>(), 0)
};

pub static mut RangeIter_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(crate::objects::iter::free_plain),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(range_iter_next),
    tp_methods: &raw mut RANGE_ITER_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"range_iterator", std::mem::size_of::<RangeIterObject>(), 0)
};

/// The iterator of a range whose bounds fit in i64 (others iterate via a Rust state).
#[repr(C)]
pub struct RangeIterObject {
    pub ob_base: PyObject,
    pub next: i64,
    pub step: i64,
    pub remaining: u64,
}

static mut RANGE_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(range_len_slot),
    sq_contains: Some(range_contains),
    sq_item: Some(range_item_slot),
    ..PySequenceMethods::EMPTY
};
static mut RANGE_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(range_len_slot),
    mp_subscript: Some(range_subscript),
    mp_ass_subscript: None,
};
static mut RANGE_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_bool: Some(range_bool),
    ..PyNumberMethods::EMPTY
};

static mut RANGE_MEMBERS: [PyMemberDef; 4] = [
    readonly_object_member(c"start", std::mem::offset_of!(RangeObject, start) as isize),
    readonly_object_member(c"stop", std::mem::offset_of!(RangeObject, stop) as isize),
    readonly_object_member(c"step", std::mem::offset_of!(RangeObject, step) as isize),
    MEMBER_SENTINEL,
];

static mut RANGE_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("count", range_count_m),
    crate::method_def!("index", range_index_m),
    crate::method_def!("__reversed__", range_reversed_m),
    METHOD_SENTINEL,
];

unsafe fn big(o: Obj) -> BigInt {
    int::as_bigint(o)
}

fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u32).div_floor(step) + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32).div_floor(&(-step)) + 1u32
    } else {
        BigInt::zero()
    }
}

/// A new range. New reference.
///
/// # Safety
/// All three are ints.
pub unsafe fn new(start: Obj, stop: Obj, step: Obj) -> PyResult<Ref> {
    let (a, b, c) = (big(start), big(stop), big(step));
    if c.is_zero() {
        return Err(crate::errors::value_error("range() arg 3 must not be zero"));
    }
    let o = alloc_object(&raw mut PyRange_Type, std::mem::size_of::<RangeObject>());
    let r = o as *mut RangeObject;
    (*r).start = new_ref(start);
    (*r).stop = new_ref(stop);
    (*r).step = new_ref(step);
    (*r).length = int::from_bigint(range_len(&a, &b, &c));
    Ok(Ref::steal(o))
}

unsafe fn parts(o: Obj) -> (BigInt, BigInt, BigInt, BigInt) {
    let r = o as *mut RangeObject;
    (
        big((*r).start),
        big((*r).stop),
        big((*r).step),
        big((*r).length),
    )
}

unsafe extern "C" fn range_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        if !kwargs.is_null() && crate::objects::dict::len(kwargs) > 0 {
            return Err(crate::errors::type_error(
                "range() takes no keyword arguments",
            ));
        }
        let a = crate::objects::tuple::items(args);
        let idx = |o: Obj| crate::abstract_::number_index(o);
        match a.len() {
            1 => {
                let stop = idx(a[0])?;
                let zero = Ref::steal(int::from_i64(0));
                let one = Ref::steal(int::from_i64(1));
                new(zero.as_ptr(), stop.as_ptr(), one.as_ptr())
            }
            2 => {
                let one = Ref::steal(int::from_i64(1));
                new(idx(a[0])?.as_ptr(), idx(a[1])?.as_ptr(), one.as_ptr())
            }
            3 => new(
                idx(a[0])?.as_ptr(),
                idx(a[1])?.as_ptr(),
                idx(a[2])?.as_ptr(),
            ),
            0 => Err(crate::errors::type_error(
                "range expected at least 1 argument, got 0",
            )),
            n => Err(crate::errors::type_error(&format!(
                "range expected at most 3 arguments, got {}",
                n
            ))),
        }
    })())
}

unsafe extern "C" fn range_dealloc(o: Obj) {
    let r = o as *mut RangeObject;
    decref((*r).start);
    decref((*r).stop);
    decref((*r).step);
    decref((*r).length);
    free_object(o);
}

unsafe extern "C" fn range_repr(o: Obj) -> Obj {
    let (a, b, c, _) = parts(o);
    let s = if c == BigInt::from(1) {
        format!("range({}, {})", a, b)
    } else {
        format!("range({}, {}, {})", a, b, c)
    };
    crate::objects::str::from_str(&s)
}

unsafe extern "C" fn range_hash(o: Obj) -> isize {
    let (a, _, c, n) = parts(o);
    let items: Vec<Ref> = if n.is_zero() {
        vec![
            Ref::steal(int::from_i64(0)),
            crate::objects::none::none_ref(),
            crate::objects::none::none_ref(),
        ]
    } else if n == BigInt::from(1) {
        vec![
            Ref::steal(int::from_i64(1)),
            Ref::steal(int::from_bigint(a)),
            crate::objects::none::none_ref(),
        ]
    } else {
        vec![
            Ref::steal(int::from_bigint(n)),
            Ref::steal(int::from_bigint(a)),
            Ref::steal(int::from_bigint(c)),
        ]
    };
    let t = Ref::steal(crate::objects::tuple::from_refs(items));
    crate::abstract_::hash(t.as_ptr()).unwrap_or(-1)
}

unsafe extern "C" fn range_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    use crate::abstract_::{CMP_EQ, CMP_NE};
    if type_of(b) != &raw mut PyRange_Type || (op != CMP_EQ && op != CMP_NE) {
        return new_ref(crate::objects::none::not_implemented());
    }
    let (s1, _, st1, n1) = parts(a);
    let (s2, _, st2, n2) = parts(b);
    let eq = n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1 == BigInt::from(1) || st1 == st2)));
    crate::objects::bool::from_bool(if op == CMP_EQ { eq } else { !eq }).into_raw()
}

/// Length of a range as usize (OverflowError if huge).
///
/// # Safety
/// `o` is a range.
pub unsafe fn len(o: Obj) -> PyResult<usize> {
    let r = o as *mut RangeObject;
    match int::as_i64((*r).length) {
        Some(v) if v >= 0 => Ok(v as usize),
        _ => Err(crate::errors::raise(
            crate::objects::exceptions::overflow_error(),
            "Python int too large to convert to C ssize_t",
        )),
    }
}

unsafe extern "C" fn range_len_slot(o: Obj) -> isize {
    match len(o) {
        Ok(n) => n as isize,
        Err(_) => -1,
    }
}

unsafe extern "C" fn range_bool(o: Obj) -> i32 {
    !parts(o).3.is_zero() as i32
}

unsafe fn contains_int(o: Obj, v: &BigInt) -> bool {
    let (a, b, c, _) = parts(o);
    let in_bounds = if c.is_positive() {
        &a <= v && v < &b
    } else {
        &b < v && v <= &a
    };
    in_bounds && (v - &a).mod_floor(&c.abs()).is_zero()
}

unsafe extern "C" fn range_contains(o: Obj, v: Obj) -> i32 {
    if type_of(v) == &raw mut int::PyLong_Type
        || type_of(v) == &raw mut crate::objects::bool::PyBool_Type
    {
        return contains_int(o, &big(v)) as i32;
    }
    let it = match crate::abstract_::get_iter(o) {
        Ok(it) => it,
        Err(_) => return -1,
    };
    loop {
        match crate::abstract_::iter_next(it.as_ptr()) {
            Ok(Some(x)) => match crate::abstract_::eq_bool(x.as_ptr(), v) {
                Ok(true) => return 1,
                Ok(false) => {}
                Err(_) => return -1,
            },
            Ok(None) => return 0,
            Err(_) => return -1,
        }
    }
}

unsafe extern "C" fn range_subscript(o: Obj, key: Obj) -> Obj {
    into_raw((|| {
        let (a, _b, c, n) = parts(o);
        if crate::objects::slice::is_slice(key) {
            let len = len(o)?;
            let (start, stop, step, _) = crate::objects::slice::indices(key, len)?;
            let ns = &a + &c * BigInt::from(start);
            let ne = &a + &c * BigInt::from(stop);
            let nstep = &c * BigInt::from(step);
            let x = Ref::steal(int::from_bigint(ns));
            let y = Ref::steal(int::from_bigint(ne));
            let z = Ref::steal(int::from_bigint(nstep));
            return new(x.as_ptr(), y.as_ptr(), z.as_ptr());
        }
        let i = crate::abstract_::number_index(key)?;
        let mut i = big(i.as_ptr());
        if i.is_negative() {
            i += &n;
        }
        if i.is_negative() || i >= n {
            return Err(crate::errors::raise(
                crate::objects::exceptions::index_error(),
                "range object index out of range",
            ));
        }
        Ok(Ref::steal(int::from_bigint(a + c * i)))
    })())
}

unsafe extern "C" fn range_iter(o: Obj) -> Obj {
    let r = o as *mut RangeObject;
    if let (Some(a), Some(c), Some(n)) = (
        int::as_i64((*r).start),
        int::as_i64((*r).step),
        int::as_i64((*r).length),
    ) {
        let last = a as i128 + c as i128 * (n as i128 - 1).max(0);
        if i64::try_from(last).is_ok() {
            let it = alloc_object(
                &raw mut RangeIter_Type,
                std::mem::size_of::<RangeIterObject>(),
            );
            let ri = it as *mut RangeIterObject;
            (*ri).next = a;
            (*ri).step = c;
            (*ri).remaining = n as u64;
            return it;
        }
    }
    // Huge ranges: iterate with big ints through a Rust state.
    struct BigState {
        next: BigInt,
        step: BigInt,
        remaining: BigInt,
    }
    impl crate::objects::iter::IterState for BigState {
        unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
            if !self.remaining.is_positive() {
                return Ok(None);
            }
            let v = self.next.clone();
            self.next += &self.step;
            self.remaining -= 1u32;
            Ok(Some(Ref::steal(int::from_bigint(v))))
        }
    }
    let (a, _, c, n) = parts(o);
    crate::objects::iter::new_rust_iter(
        &raw mut crate::objects::iter::SeqIter_Type,
        Box::new(BigState {
            next: a,
            step: c,
            remaining: n,
        }),
    )
}

static mut RANGE_ITER_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("__length_hint__", range_iter_length_hint, METH_NOARGS),
    METHOD_SENTINEL,
];

unsafe extern "C" fn range_iter_length_hint(o: Obj, _unused: Obj) -> Obj {
    int::from_i64(
        (*(o as *mut RangeIterObject))
            .remaining
            .min(i64::MAX as u64) as i64,
    )
}

unsafe extern "C" fn range_iter_next(o: Obj) -> Obj {
    let ri = o as *mut RangeIterObject;
    if (*ri).remaining == 0 {
        return std::ptr::null_mut();
    }
    let v = (*ri).next;
    (*ri).remaining -= 1;
    (*ri).next = v.wrapping_add((*ri).step);
    int::from_i64(v)
}

unsafe extern "C" fn range_count_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [v] = crate::args::parse::<1, 1>("count", args, nargs, kw, &["value"])?;
        let c = range_contains(o, v);
        if c < 0 {
            return Err(crate::errors::Raised);
        }
        Ok(Ref::steal(int::from_i64(c as i64)))
    })())
}

unsafe extern "C" fn range_index_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [v] = crate::args::parse::<1, 1>("index", args, nargs, kw, &["value"])?;
        if int::is_int(v) && contains_int(o, &big(v)) {
            let (a, _, c, _) = parts(o);
            return Ok(Ref::steal(int::from_bigint((big(v) - a) / c)));
        }
        let r = crate::abstract_::repr(v)?;
        Err(crate::errors::value_error(&format!(
            "{} is not in range",
            crate::objects::str::as_str(r.as_ptr())
        )))
    })())
}

unsafe extern "C" fn range_reversed_m(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    into_raw((|| {
        let (a, _, c, n) = parts(o);
        let last = &a + &c * (&n - 1u32);
        let new_stop = &a - &c;
        let x = Ref::steal(int::from_bigint(if n.is_zero() { a.clone() } else { last }));
        let y = Ref::steal(int::from_bigint(if n.is_zero() { a } else { new_stop }));
        let z = Ref::steal(int::from_bigint(-c));
        let r = new(x.as_ptr(), y.as_ptr(), z.as_ptr())?;
        crate::abstract_::get_iter(r.as_ptr())
    })())
}

/// `sq_item` (`PySequence_GetItem`): item `i`; IndexError "range object index out of
/// range" outside `0 <= i < len`.
unsafe extern "C" fn range_item_slot(o: Obj, i: isize) -> Obj {
    let n = range_len_slot(o);
    if n < 0 {
        return std::ptr::null_mut();
    }
    if i < 0 || i >= n {
        crate::errors::raise(
            crate::objects::exceptions::index_error(),
            "range object index out of range",
        );
        return std::ptr::null_mut();
    }
    let k = crate::objects::int::from_i64(i as i64);
    let r = range_subscript(o, k);
    crate::object::decref(k);
    r
}
