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
        "heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
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

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
unsafe fn sift_down(heap: Obj, start: usize, mut pos: usize) -> PyResult<()> {
    let size = list::len(heap);
    let newitem = *slots(heap).add(pos);
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = *slots(heap).add(parentpos);
        let lt = less(newitem, parent)?;
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
unsafe fn sift_up(heap: Obj, mut pos: usize) -> PyResult<()> {
    let endpos = list::len(heap);
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let p = slots(heap);
            let lt = less(*p.add(childpos), *p.add(childpos + 1))?;
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
    sift_down(heap, startpos, pos)
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
        return Err(crate::errors::raise(exc::index_error(), "index out of range"));
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
            return Err(crate::errors::raise(exc::index_error(), "index out of range"));
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
            return Err(crate::errors::raise(exc::index_error(), "index out of range"));
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
    let key = if key.is_null() || key == none::none() {
        std::ptr::null_mut()
    } else {
        key
    };
    list::sort(l.as_ptr(), key, reverse)?;
    Ok(l)
}

/// `nlargest`/`nsmallest(n, iterable, key=None)`: the result equals CPython's (its
/// decorated heap keeps ties in their original order, as a stable sort does).
/// TODO(heapq): the number and order of `__lt__` calls differ from CPython's heap-based
/// selection for large inputs; results do not.
unsafe fn n_extreme(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
    largest: bool,
) -> PyResult<Ref> {
    let [n, iterable, key] =
        super::modules::bind_py_args(fname, args, nargs, kw, &["n", "iterable", "key"], 2)?;
    let n = ab::as_ssize(n)?;
    let l = sorted_list(iterable, key, largest)?;
    let keep = (n.max(0) as usize).min(list::len(l.as_ptr()));
    let out: Vec<Obj> = list::items(l.as_ptr())[..keep].to_vec();
    Ok(Ref::steal(list::from_slice(&out)))
}

unsafe extern "C" fn hq_nlargest(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(n_extreme("nlargest", args, nargs, kw, true))
}

unsafe extern "C" fn hq_nsmallest(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(n_extreme("nsmallest", args, nargs, kw, false))
}

/// `merge(*iterables, key=None, reverse=False)`: the sorted inputs merged, ties taken
/// from the earlier iterable first, as CPython's. TODO(heapq): the inputs are consumed
/// eagerly and an iterator over the merged list is returned (CPython's is a lazy
/// generator; infinite inputs are not supported).
unsafe extern "C" fn hq_merge(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let mut key = std::ptr::null_mut();
        let mut reverse = false;
        for (k, v) in super::modules::kw_pairs(args, nargs, kw) {
            match crate::objects::str::as_str(k) {
                "key" => key = if v == none::none() { std::ptr::null_mut() } else { v },
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
        // Heads: (iterator index, value, key value).
        let mut heads: Vec<(usize, Ref, Ref)> = Vec::new();
        let keyed = |v: &Ref| -> PyResult<Ref> {
            if key.is_null() {
                Ok(v.clone())
            } else {
                crate::call::call1(key, v.as_ptr())
            }
        };
        for (i, it) in iters.iter().enumerate() {
            if let Some(v) = ab::iter_next(it.as_ptr())? {
                let k = keyed(&v)?;
                heads.push((i, v, k));
            }
        }
        let out = Ref::steal(list::with_capacity(0));
        while !heads.is_empty() {
            let mut best = 0;
            for j in 1..heads.len() {
                let better = if reverse {
                    less(heads[best].2.as_ptr(), heads[j].2.as_ptr())?
                } else {
                    less(heads[j].2.as_ptr(), heads[best].2.as_ptr())?
                };
                if better {
                    best = j;
                }
            }
            let (i, v, _) = heads.remove(best);
            list::push(out.as_ptr(), v.into_raw());
            if let Some(nv) = ab::iter_next(iters[i].as_ptr())? {
                let k = keyed(&nv)?;
                heads.insert(best, (i, nv, k));
            }
        }
        ab::get_iter(out.as_ptr())
    })())
}
