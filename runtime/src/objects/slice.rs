//! `slice` objects (CPython's `PySliceObject` layout) and index normalisation.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::none::none;
use crate::typeobject::*;

/// CPython's `PySliceObject`.
#[repr(C)]
pub struct PySliceObject {
    pub ob_base: PyObject,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

#[no_mangle]
pub static mut PySlice_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(slice_dealloc),
    tp_repr: Some(slice_repr),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(slice_richcompare),
    tp_members: &raw mut SLICE_MEMBERS as *mut PyMemberDef,
    tp_methods: &raw mut SLICE_METHODS as *mut PyMethodDef,
    tp_new: Some(slice_new),
    ..PyTypeObject::new_static(c"slice", std::mem::size_of::<PySliceObject>(), 0)
};

static mut SLICE_MEMBERS: [PyMemberDef; 4] = [
    readonly_object_member(
        c"start",
        std::mem::offset_of!(PySliceObject, start) as isize,
    ),
    readonly_object_member(c"stop", std::mem::offset_of!(PySliceObject, stop) as isize),
    readonly_object_member(c"step", std::mem::offset_of!(PySliceObject, step) as isize),
    MEMBER_SENTINEL,
];

static mut SLICE_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("indices", slice_indices_m),
    METHOD_SENTINEL,
];

/// Whether `o` is a slice.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_slice(o: Obj) -> bool {
    type_of(o) == &raw mut PySlice_Type
}

/// A new slice; null arguments mean None. New reference.
///
/// # Safety
/// Arguments are null or live.
pub unsafe fn new(start: Obj, stop: Obj, step: Obj) -> Obj {
    let o = alloc_object(&raw mut PySlice_Type, std::mem::size_of::<PySliceObject>());
    let s = o as *mut PySliceObject;
    let f = |x: Obj| if x.is_null() { none() } else { new_ref(x) };
    (*s).start = f(start);
    (*s).stop = f(stop);
    (*s).step = f(step);
    o
}

unsafe fn slice_index(o: Obj) -> PyResult<Option<isize>> {
    if o == none() {
        return Ok(None);
    }
    if !crate::objects::int::is_int(o) && crate::abstract_::lookup_special(o, "__index__").is_none()
    {
        return Err(crate::errors::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    let i = crate::abstract_::number_index(o)?;
    // Saturate huge values as CPython's _PyEval_SliceIndex does.
    Ok(Some(match crate::objects::int::as_i64(i.as_ptr()) {
        Some(v) => v as isize,
        None => {
            if crate::objects::int::as_bigint(i.as_ptr()) < num_bigint::BigInt::from(0) {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    }))
}

/// Normalises a slice against a sequence length: (start, stop, step, count).
///
/// # Safety
/// `s` is a slice.
pub unsafe fn indices(s: Obj, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let so = s as *mut PySliceObject;
    let step = slice_index((*so).step)?.unwrap_or(1);
    if step == 0 {
        return Err(crate::errors::value_error("slice step cannot be zero"));
    }
    let len = len as isize;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: Option<isize>, default: isize| -> isize {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x = x.saturating_add(len);
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = norm(
        slice_index((*so).start)?,
        if step < 0 { upper } else { lower },
    );
    let stop = norm(
        slice_index((*so).stop)?,
        if step < 0 { lower } else { upper },
    );
    let count = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// The (lo, hi) range of `start`/`stop` arguments of `index()` methods (null = absent).
///
/// # Safety
/// Arguments are null or live.
pub unsafe fn clamp_range(start: Obj, stop: Obj, len: usize) -> PyResult<(usize, usize)> {
    let n = len as isize;
    let f = |o: Obj, d: isize| -> PyResult<isize> {
        if o.is_null() || o == none() {
            return Ok(d);
        }
        let mut v = crate::abstract_::as_ssize_clamped(o)?;
        if v < 0 {
            v += n;
            if v < 0 {
                v = 0;
            }
        }
        Ok(v.min(n))
    };
    let lo = f(start, 0)?;
    let hi = f(stop, n)?;
    Ok((lo as usize, hi.max(lo) as usize))
}

unsafe extern "C" fn slice_dealloc(o: Obj) {
    let s = o as *mut PySliceObject;
    decref((*s).start);
    decref((*s).stop);
    decref((*s).step);
    free_object(o);
}

unsafe extern "C" fn slice_repr(o: Obj) -> Obj {
    into_raw((|| {
        let s = o as *mut PySliceObject;
        let a = crate::abstract_::repr((*s).start)?;
        let b = crate::abstract_::repr((*s).stop)?;
        let c = crate::abstract_::repr((*s).step)?;
        Ok(crate::objects::str::from_string(format!(
            "slice({}, {}, {})",
            crate::objects::str::as_str(a.as_ptr()),
            crate::objects::str::as_str(b.as_ptr()),
            crate::objects::str::as_str(c.as_ptr())
        )))
    })())
}

unsafe extern "C" fn slice_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_slice(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    let sa = a as *mut PySliceObject;
    let sb = b as *mut PySliceObject;
    into_raw(crate::abstract_::sequence_richcompare(
        &[(*sa).start, (*sa).stop, (*sa).step],
        &[(*sb).start, (*sb).stop, (*sb).step],
        op,
    ))
}

unsafe extern "C" fn slice_indices_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [n] = crate::args::parse::<1, 1>("indices", args, nargs, kw, &["len"])?;
        let len = crate::abstract_::as_ssize(n)?;
        if len < 0 {
            return Err(crate::errors::value_error("length should not be negative"));
        }
        let (start, stop, step, _) = indices(o, len as usize)?;
        let i = |v: isize| Ref::steal(crate::objects::int::from_i64(v as i64));
        Ok(Ref::steal(crate::objects::tuple::from_refs(vec![
            i(start),
            i(stop),
            i(step),
        ])))
    })())
}

unsafe extern "C" fn slice_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [a, b, c] = crate::args::parse_tuple_positional::<1, 3>("slice", args, kwargs)?;
        Ok(Ref::steal(if b.is_null() {
            new(std::ptr::null_mut(), a, c)
        } else {
            new(a, b, c)
        }))
    })())
}
