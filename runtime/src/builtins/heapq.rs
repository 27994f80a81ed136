//! The `heapq` module: a binary min-heap on a list (`heappush`, `heappop`, `heapify`,
//! `heapreplace`, `heappushpop`, with CPython's sift order so that ties and `__lt__`
//! side effects come out the same), and `nlargest`, `nsmallest` and `merge` (with `key`
//! and `reverse`). Every comparison is `<`, as in CPython.

use crate::abstract_ as ab;
use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{exceptions as exc, list, none};
use crate::typeobject::*;

const FAST: i32 = METH_FASTCALL;

static mut HEAPQ_METHODS: [PyMethodDef; 9] = [
    crate::method_def!("heappush", hq_heappush, FAST),
    crate::method_def!("heappop", hq_heappop, METH_O),
    crate::method_def!("heapify", hq_heapify, METH_O),
    crate::method_def!("heapreplace", hq_heapreplace, FAST),
    crate::method_def!("heappushpop", hq_heappushpop, FAST),
    crate::method_def!("nlargest", hq_nlargest),
    crate::method_def!("nsmallest", hq_nsmallest),
    crate::method_def!("merge", hq_merge),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("heapq", &raw mut HEAPQ_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let names = [
        "heappush",
        "heappop",
        "heapify",
        "heapreplace",
        "merge",
        "nlargest",
        "nsmallest",
        "heappushpop",
    ];
    let all = Ref::steal(list::from_refs(
        names
            .iter()
            .map(|n| Ref::steal(crate::objects::str::from_str(n)))
            .collect(),
    ));
    crate::objects::dict::set_str(d, "__all__", all.as_ptr())?;
    Ok(m)
}

/// Positional arguments with the `_heapq` wording (`heappush expected 2 arguments, got 1`).
unsafe fn two_args(fname: &str, args: *const Obj, nargs: isize) -> PyResult<(Obj, Obj)> {
    if nargs != 2 {
        return Err(crate::errors::type_error(&format!(
            "{} expected 2 arguments, got {}",
            fname, nargs
        )));
    }
    Ok((*args, *args.add(1)))
}

/// Argument Clinic's check: `heappush() argument 1 must be list, not tuple` (`argument`
/// alone for the one-argument functions).
unsafe fn check_list(fname: &str, heap: Obj, which: &str) -> PyResult<()> {
    if !list::is_list(heap) {
        return Err(crate::errors::type_error(&format!(
            "{}() {} must be list, not {}",
            fname,
            which,
            obj_type_name(heap)
        )));
    }
    Ok(())
}

/// Pointer to the item storage (valid until the list is resized).
unsafe fn slots(l: Obj) -> *mut Obj {
    (*(l as *mut crate::objects::list::PyListObject)).ob_item
}

unsafe fn changed(l: Obj, n: usize) -> PyResult<()> {
    if list::len(l) != n {
        return Err(crate::errors::raise(
            exc::runtime_error(),
            "list changed size during iteration",
        ));
    }
    Ok(())
}

/// `a < b` with new references held across the call (a comparison may mutate the heap).
unsafe fn less(a: Obj, b: Obj) -> PyResult<bool> {
    let (a, b) = (Ref::borrowed(a), Ref::borrowed(b));
    ab::lt_bool(a.as_ptr(), b.as_ptr())
}

/// `a` comes before `b` in a min-heap (`a < b`) or a max-heap (`b < a`).
unsafe fn before(a: Obj, b: Obj, max: bool) -> PyResult<bool> {
    if max {
        less(b, a)
    } else {
        less(a, b)
    }
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
unsafe fn sift_down(heap: Obj, start: usize, pos: usize) -> PyResult<()> {
    sift_down_in(heap, start, pos, false)
}

unsafe fn sift_down_in(heap: Obj, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = list::len(heap);
    let newitem = *slots(heap).add(pos);
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = *slots(heap).add(parentpos);
        let lt = before(newitem, parent, max)?;
        changed(heap, size)?;
        if !lt {
            break;
        }
        let p = slots(heap);
        let parent = *p.add(parentpos);
        let item = *p.add(pos);
        *p.add(parentpos) = item;
        *p.add(pos) = parent;
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up until a leaf is reached, then sifts the item at `pos`
/// back down (CPython's "bottom-up" variant, hence its comparison order).
unsafe fn sift_up(heap: Obj, pos: usize) -> PyResult<()> {
    sift_up_in(heap, pos, false)
}

unsafe fn sift_up_in(heap: Obj, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = list::len(heap);
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let p = slots(heap);
            let lt = before(*p.add(childpos), *p.add(childpos + 1), max)?;
            changed(heap, endpos)?;
            if !lt {
                childpos += 1;
            }
        }
        let p = slots(heap);
        let tmp = *p.add(childpos);
        *p.add(childpos) = *p.add(pos);
        *p.add(pos) = tmp;
        pos = childpos;
    }
    sift_down_in(heap, startpos, pos, max)
}

unsafe extern "C" fn hq_heappush(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let (heap, item) = two_args("heappush", args, nargs)?;
        check_list("heappush", heap, "argument 1")?;
        list::push(heap, new_ref(item));
        sift_down(heap, 0, list::len(heap) - 1)?;
        Ok(none::none_ref())
    })())
}

/// Removes and returns the last item (new reference).
unsafe fn pop_last(heap: Obj) -> PyResult<Ref> {
    let n = list::len(heap);
    if n == 0 {
        return Err(crate::errors::raise(
            exc::index_error(),
            "index out of range",
        ));
    }
    let last = *slots(heap).add(n - 1);
    (*(heap as *mut PyVarObject)).ob_size = n as isize - 1;
    Ok(Ref::steal(last))
}

unsafe extern "C" fn hq_heappop(_m: Obj, heap: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        check_list("heappop", heap, "argument")?;
        let last = pop_last(heap)?;
        if list::len(heap) == 0 {
            return Ok(last);
        }
        let p = slots(heap);
        let top = Ref::steal(*p);
        *p = last.into_raw();
        sift_up(heap, 0)?;
        Ok(top)
    })())
}

unsafe extern "C" fn hq_heapify(_m: Obj, heap: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        check_list("heapify", heap, "argument")?;
        let n = list::len(heap);
        for i in (0..n / 2).rev() {
            sift_up(heap, i)?;
        }
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn hq_heapreplace(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let (heap, item) = two_args("heapreplace", args, nargs)?;
        check_list("heapreplace", heap, "argument 1")?;
        if list::len(heap) == 0 {
            return Err(crate::errors::raise(
                exc::index_error(),
                "index out of range",
            ));
        }
        let p = slots(heap);
        let top = Ref::steal(*p);
        *p = new_ref(item);
        sift_up(heap, 0)?;
        Ok(top)
    })())
}

unsafe extern "C" fn hq_heappushpop(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let (heap, item) = two_args("heappushpop", args, nargs)?;
        check_list("heappushpop", heap, "argument 1")?;
        if list::len(heap) == 0 {
            return Ok(Ref::borrowed(item));
        }
        let top = *slots(heap);
        if !less(top, item)? {
            return Ok(Ref::borrowed(item));
        }
        if list::len(heap) == 0 {
            return Err(crate::errors::raise(
                exc::index_error(),
                "index out of range",
            ));
        }
        let p = slots(heap);
        let top = Ref::steal(*p);
        *p = new_ref(item);
        sift_up(heap, 0)?;
        Ok(top)
    })())
}

/// `sorted(iterable, key=key, reverse=reverse)` as a list (new reference).
unsafe fn sorted_list(iterable: Obj, key: Obj, reverse: bool) -> PyResult<Ref> {
    let l = Ref::steal(list::with_capacity(0));
    list::extend(l.as_ptr(), iterable)?;
    list::sort(l.as_ptr(), key, reverse)?;
    Ok(l)
}

fn none_to_null(o: Obj) -> Obj {
    if o.is_null() || o == none::none() {
        std::ptr::null_mut()
    } else {
        o
    }
}

/// Heapify a list in place (min- or max-heap).
unsafe fn heapify_in(h: Obj, max: bool) -> PyResult<()> {
    let n = list::len(h);
    for i in (0..n / 2).rev() {
        sift_up_in(h, i, max)?;
    }
    Ok(())
}

/// Replaces the top of a non-empty heap with `item` (stolen) and restores the heap.
unsafe fn replace_top(h: Obj, item: Ref, max: bool) -> PyResult<()> {
    let p = slots(h);
    let old = *p;
    *p = item.into_raw();
    decref(old);
    sift_up_in(h, 0, max)
}

/// Removes the top of a non-empty heap (the last item moves up).
unsafe fn pop_top(h: Obj, max: bool) -> PyResult<()> {
    let last = pop_last(h)?;
    if list::len(h) == 0 {
        return Ok(());
    }
    replace_top(h, last, max)
}

/// `nlargest`/`nsmallest(n, iterable, key=None)`: CPython's algorithm (a bounded heap
/// of `(elem, order)` or `(key, order, elem)` tuples), so the result and the
/// comparisons made agree with CPython's even for ties between unequal objects.
unsafe fn n_extreme(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
    largest: bool,
) -> PyResult<Ref> {
    let [n, iterable, key] =
        super::modules::bind_py_args(fname, args, nargs, kw, &["n", "iterable", "key"], 2)?;
    let key = none_to_null(key);
    let n = ab::as_ssize(n)?;
    let keyed = |v: Obj| -> PyResult<Ref> {
        if key.is_null() {
            Ok(Ref::borrowed(v))
        } else {
            crate::call::call1(key, v)
        }
    };
    if n == 1 {
        // min()/max() with the first extreme kept.
        let it = ab::get_iter(iterable)?;
        let mut best: Option<(Ref, Ref)> = None;
        while let Some(v) = ab::iter_next(it.as_ptr())? {
            let k = keyed(v.as_ptr())?;
            let better = match &best {
                None => true,
                Some((bk, _)) => {
                    if largest {
                        ab::compare_bool(k.as_ptr(), bk.as_ptr(), 4)?
                    } else {
                        ab::compare_bool(k.as_ptr(), bk.as_ptr(), 0)?
                    }
                }
            };
            if better {
                best = Some((k, v));
            }
        }
        return Ok(Ref::steal(match best {
            Some((_, v)) => list::from_refs(vec![v]),
            None => list::with_capacity(0),
        }));
    }
    // With a known size not above n, a sort is enough.
    if let Ok(size) = ab::length(iterable) {
        if n >= size as isize {
            let l = sorted_list(iterable, key, largest)?;
            let keep = (n.max(0) as usize).min(list::len(l.as_ptr()));
            let out: Vec<Obj> = list::items(l.as_ptr())[..keep].to_vec();
            return Ok(Ref::steal(list::from_slice(&out)));
        }
    } else {
        crate::errors::clear();
    }
    let it = ab::get_iter(iterable)?;
    let result = Ref::steal(list::with_capacity(0));
    let mut order: i64 = 0;
    let step: i64 = if largest { -1 } else { 1 };
    let entry = |k: Ref, v: Obj, order: i64| -> Ref {
        let o = Ref::steal(crate::objects::int::from_i64(order));
        if key.is_null() {
            Ref::steal(crate::objects::tuple::from_slice(&[k.as_ptr(), o.as_ptr()]))
        } else {
            Ref::steal(crate::objects::tuple::from_slice(&[
                k.as_ptr(),
                o.as_ptr(),
                v,
            ]))
        }
    };
    while (order * step) < n as i64 {
        let Some(v) = ab::iter_next(it.as_ptr())? else {
            break;
        };
        let k = keyed(v.as_ptr())?;
        list::push(result.as_ptr(), entry(k, v.as_ptr(), order).into_raw());
        order += step;
    }
    if list::len(result.as_ptr()) == 0 {
        return Ok(result);
    }
    // nsmallest keeps a max-heap of the n best, nlargest a min-heap.
    let max = !largest;
    heapify_in(result.as_ptr(), max)?;
    let top_key =
        |r: Obj| -> Ref { Ref::borrowed(crate::objects::tuple::item(list::item(r, 0), 0)) };
    let mut top = top_key(result.as_ptr());
    while let Some(v) = ab::iter_next(it.as_ptr())? {
        let k = keyed(v.as_ptr())?;
        let take = if largest {
            less(top.as_ptr(), k.as_ptr())?
        } else {
            less(k.as_ptr(), top.as_ptr())?
        };
        if take {
            replace_top(result.as_ptr(), entry(k, v.as_ptr(), order), max)?;
            top = top_key(result.as_ptr());
            order += step;
        }
    }
    list::sort(result.as_ptr(), std::ptr::null_mut(), largest)?;
    let pick = if key.is_null() { 0 } else { 2 };
    let out: Vec<Obj> = list::items(result.as_ptr())
        .iter()
        .map(|&t| crate::objects::tuple::item(t, pick))
        .collect();
    Ok(Ref::steal(list::from_slice(&out)))
}

unsafe extern "C" fn hq_nlargest(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(n_extreme("nlargest", args, nargs, kw, true))
}

unsafe extern "C" fn hq_nsmallest(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(n_extreme("nsmallest", args, nargs, kw, false))
}

/// `merge(*iterables, key=None, reverse=False)`: CPython's algorithm (a heap of
/// `[value, order, i]` or `[key, order, value, i]` lists, replaced in place), so ties
/// come out in CPython's order. TODO(heapq): the inputs are consumed eagerly and an
/// iterator over the merged list is returned (CPython's is a lazy generator; infinite
/// inputs are not supported).
unsafe extern "C" fn hq_merge(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let mut key = std::ptr::null_mut();
        let mut reverse = false;
        for (k, v) in super::modules::kw_pairs(args, nargs, kw) {
            match crate::objects::str::as_str(k) {
                "key" => key = none_to_null(v),
                "reverse" => reverse = ab::is_true(v)?,
                other => {
                    return Err(crate::errors::type_error(&format!(
                        "merge() got an unexpected keyword argument '{}'",
                        other
                    )))
                }
            }
        }
        let pos = super::modules::pos_args(args, nargs);
        let mut iters = Vec::new();
        for &a in pos {
            iters.push(ab::get_iter(a)?);
        }
        let direction: i64 = if reverse { -1 } else { 1 };
        let int = |v: i64| Ref::steal(crate::objects::int::from_i64(v));
        let h = Ref::steal(list::with_capacity(0));
        // The value's slot in an entry, and the iterator index's.
        let (vslot, islot) = if key.is_null() { (0, 2) } else { (2, 3) };
        for (i, it) in iters.iter().enumerate() {
            if let Some(v) = ab::iter_next(it.as_ptr())? {
                let order = int(i as i64 * direction);
                let idx = int(i as i64);
                let e = if key.is_null() {
                    list::from_slice(&[v.as_ptr(), order.as_ptr(), idx.as_ptr()])
                } else {
                    let k = crate::call::call1(key, v.as_ptr())?;
                    list::from_slice(&[k.as_ptr(), order.as_ptr(), v.as_ptr(), idx.as_ptr()])
                };
                list::push(h.as_ptr(), e);
            }
        }
        heapify_in(h.as_ptr(), reverse)?;
        let out = Ref::steal(list::with_capacity(0));
        while list::len(h.as_ptr()) > 0 {
            let s = Ref::borrowed(list::item(h.as_ptr(), 0));
            list::push(out.as_ptr(), new_ref(list::item(s.as_ptr(), vslot)));
            let i = crate::objects::int::as_i64(list::item(s.as_ptr(), islot)).unwrap_or(0);
            match ab::iter_next(iters[i as usize].as_ptr())? {
                Some(v) => {
                    if !key.is_null() {
                        let k = crate::call::call1(key, v.as_ptr())?;
                        ab::setitem(s.as_ptr(), int(0).as_ptr(), k.as_ptr())?;
                    }
                    ab::setitem(s.as_ptr(), int(vslot as i64).as_ptr(), v.as_ptr())?;
                    replace_top(h.as_ptr(), s, reverse)?;
                }
                None => pop_top(h.as_ptr(), reverse)?,
            }
        }
        ab::get_iter(out.as_ptr())
    })())
}
