//! The `bisect` module: `bisect_left`/`bisect_right` (`bisect`) and
//! `insort_left`/`insort_right` (`insort`) with `lo`, `hi` and `key`, comparing with `<`
//! in CPython's order and with its messages.

use crate::abstract_ as ab;
use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{int, list, none};
use crate::typeobject::*;

static mut BISECT_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("bisect_right", bi_bisect_right),
    crate::method_def!("insort_right", bi_insort_right),
    crate::method_def!("bisect_left", bi_bisect_left),
    crate::method_def!("insort_left", bi_insort_left),
    METHOD_SENTINEL,
];

/// Creates the module (`bisect` and `insort` are the `_right` functions).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("bisect", &raw mut BISECT_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let f = crate::objects::dict::get_str(d, name).expect("defined above");
        crate::objects::dict::set_str(d, alias, f)?;
    }
    Ok(m)
}

/// The search: the first index whose item (through `key`) is greater than `x`
/// (`right`), or not less than `x`.
unsafe fn search(a: Obj, x: Obj, lo: Obj, hi: Obj, key: Obj, right: bool) -> PyResult<isize> {
    let mut lo = if lo.is_null() { 0 } else { ab::as_ssize(lo)? };
    if lo < 0 {
        return Err(crate::errors::value_error("lo must be non-negative"));
    }
    let mut hi = if hi.is_null() || hi == none::none() {
        ab::length(a)? as isize
    } else {
        ab::as_ssize(hi)?
    };
    let key = if key == none::none() {
        std::ptr::null_mut()
    } else {
        key
    };
    while lo < hi {
        // As CPython: no overflow, since lo and hi are at most isize::MAX.
        let mid = ((lo as usize + hi as usize) / 2) as isize;
        let item = if list::is_list(a)
            && type_of(a) == &raw mut list::PyList_Type
            && (mid as usize) < list::len(a)
        {
            Ref::borrowed(list::item(a, mid as usize))
        } else {
            let i = Ref::steal(int::from_i64(mid as i64));
            ab::getitem(a, i.as_ptr())?
        };
        let item = if key.is_null() {
            item
        } else {
            crate::call::call1(key, item.as_ptr())?
        };
        let go_left = if right {
            ab::lt_bool(x, item.as_ptr())?
        } else {
            !ab::lt_bool(item.as_ptr(), x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

const NAMES: [&str; 5] = ["a", "x", "lo", "hi", "$key"];

unsafe fn bisect(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
    right: bool,
) -> PyResult<Ref> {
    let [a, x, lo, hi, key] = super::modules::unpack_kw(fname, args, nargs, kw, &NAMES, 0, 2)?;
    let i = search(a, x, lo, hi, key, right)?;
    Ok(Ref::steal(int::from_i64(i as i64)))
}

unsafe fn insort(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
    right: bool,
) -> PyResult<Ref> {
    let [a, x, lo, hi, key] = super::modules::unpack_kw(fname, args, nargs, kw, &NAMES, 0, 2)?;
    let i = if key.is_null() || key == none::none() {
        search(a, x, lo, hi, key, right)?
    } else {
        let kx = crate::call::call1(key, x)?;
        search(a, kx.as_ptr(), lo, hi, key, right)?
    };
    if type_of(a) == &raw mut list::PyList_Type {
        list::insert(a, i, new_ref(x));
    } else {
        let ins = ab::getattr_str(a, "insert")?;
        let idx = Ref::steal(int::from_i64(i as i64));
        crate::call::call_vec(ins.as_ptr(), &[idx.as_ptr(), x])?;
    }
    Ok(none::none_ref())
}

unsafe extern "C" fn bi_bisect_right(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(bisect("bisect_right", args, nargs, kw, true))
}
unsafe extern "C" fn bi_bisect_left(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(bisect("bisect_left", args, nargs, kw, false))
}
unsafe extern "C" fn bi_insort_right(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(insort("insort_right", args, nargs, kw, true))
}
unsafe extern "C" fn bi_insort_left(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(insort("insort_left", args, nargs, kw, false))
}
