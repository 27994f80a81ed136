//! `list`: CPython's `PyListObject` layout (`ob_item` array and `allocated`).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{exceptions, int, slice};
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython 3.12's `PyListObject`.
#[repr(C)]
pub struct PyListObject {
    pub ob_base: PyVarObject,
    pub ob_item: *mut Obj,
    pub allocated: isize,
}

#[no_mangle]
pub static mut PyList_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(list_dealloc),
    tp_repr: Some(list_repr),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(list_richcompare),
    tp_iter: Some(list_iter),
    tp_as_sequence: &raw mut LIST_AS_SEQUENCE,
    tp_as_mapping: &raw mut LIST_AS_MAPPING,
    tp_methods: &raw mut LIST_METHODS as *mut PyMethodDef,
    tp_new: Some(list_new),
    tp_init: Some(list_init),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE,
    ..PyTypeObject::new_static(c"list", std::mem::size_of::<PyListObject>(), 0)
};

static mut LIST_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(list_len_slot),
    sq_concat: Some(list_concat),
    sq_repeat: Some(list_repeat),
    sq_item: Some(list_item_slot),
    sq_ass_item: Some(list_ass_item_slot),
    sq_contains: Some(list_contains),
    sq_inplace_concat: Some(list_inplace_concat),
    sq_inplace_repeat: Some(list_inplace_repeat),
    ..PySequenceMethods::EMPTY
};

static mut LIST_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(list_len_slot),
    mp_subscript: Some(list_subscript),
    mp_ass_subscript: Some(list_ass_subscript),
};

// The calling conventions are CPython's, so argument errors read the same
// (`list.append() takes exactly one argument (2 given)`, `insert expected 2 arguments, got 1`).
static mut LIST_METHODS: [PyMethodDef; 13] = [
    crate::method_def!("append", list_append_m, METH_O),
    crate::method_def!("extend", list_extend_m, METH_O),
    crate::method_def!("insert", list_insert_m, METH_FASTCALL),
    crate::method_def!("pop", list_pop_m, METH_FASTCALL),
    crate::method_def!("remove", list_remove_m, METH_O),
    crate::method_def!("index", list_index_m, METH_FASTCALL),
    crate::method_def!("count", list_count_m, METH_O),
    crate::method_def!("sort", list_sort_m),
    crate::method_def!("reverse", list_reverse_m, METH_NOARGS),
    crate::method_def!("copy", list_copy_m, METH_NOARGS),
    crate::method_def!("clear", list_clear_m, METH_NOARGS),
    crate::method_def!(
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
        METH_O | METH_CLASS
    ),
    METHOD_SENTINEL,
];

/// Whether `o` is a list or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_list(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_LIST_SUBCLASS != 0
}

/// Number of items.
///
/// # Safety
/// `l` is a list.
#[inline]
pub unsafe fn len(l: Obj) -> usize {
    (*(l as *mut PyVarObject)).ob_size as usize
}

/// The items as a slice (borrowed; invalidated by any mutation of the list).
///
/// # Safety
/// `l` is a list.
#[inline]
pub unsafe fn items<'a>(l: Obj) -> &'a [Obj] {
    let n = len(l);
    if n == 0 {
        return &[];
    }
    std::slice::from_raw_parts((*(l as *mut PyListObject)).ob_item, n)
}

/// Item `i` (borrowed).
///
/// # Safety
/// `i < len(l)`.
#[inline]
pub unsafe fn item(l: Obj, i: usize) -> Obj {
    *(*(l as *mut PyListObject)).ob_item.add(i)
}

/// A new empty list with room for `cap` items. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn with_capacity(cap: usize) -> Obj {
    let o = alloc_object(&raw mut PyList_Type, std::mem::size_of::<PyListObject>());
    if cap > 0 {
        let p = mem_alloc(cap * std::mem::size_of::<Obj>()) as *mut Obj;
        (*(o as *mut PyListObject)).ob_item = p;
        (*(o as *mut PyListObject)).allocated = cap as isize;
    }
    o
}

/// A new list holding new references to `xs`. New reference.
///
/// # Safety
/// Every element is live.
pub unsafe fn from_slice(xs: &[Obj]) -> Obj {
    let l = with_capacity(xs.len());
    for &x in xs {
        push(l, new_ref(x));
    }
    l
}

/// A new list taking ownership of `xs`. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_refs(xs: Vec<Ref>) -> Obj {
    let l = with_capacity(xs.len());
    for x in xs {
        push(l, x.into_raw());
    }
    l
}

unsafe fn reserve(l: Obj, extra: usize) {
    let lo = l as *mut PyListObject;
    let need = len(l) + extra;
    if need as isize <= (*lo).allocated {
        return;
    }
    let cap = need.max(((*lo).allocated as usize) * 9 / 8 + 6).max(4);
    (*lo).ob_item =
        mem_realloc((*lo).ob_item as *mut u8, cap * std::mem::size_of::<Obj>()) as *mut Obj;
    (*lo).allocated = cap as isize;
}

/// Appends `v`, stealing the reference.
///
/// # Safety
/// `l` is a list, `v` a new reference.
pub unsafe fn push(l: Obj, v: Obj) {
    reserve(l, 1);
    let n = len(l);
    *(*(l as *mut PyListObject)).ob_item.add(n) = v;
    (*(l as *mut PyVarObject)).ob_size = n as isize + 1;
}

/// Replaces the whole contents with `xs` (taking ownership), releasing the old items.
///
/// # Safety
/// `l` is a list.
pub unsafe fn replace_all(l: Obj, xs: Vec<Obj>) {
    let old: Vec<Obj> = items(l).to_vec();
    (*(l as *mut PyVarObject)).ob_size = 0;
    reserve(l, xs.len());
    let p = (*(l as *mut PyListObject)).ob_item;
    for (i, x) in xs.iter().enumerate() {
        *p.add(i) = *x;
    }
    (*(l as *mut PyVarObject)).ob_size = xs.len() as isize;
    for o in old {
        decref(o);
    }
}

unsafe extern "C" fn list_dealloc(o: Obj) {
    let lo = o as *mut PyListObject;
    for &x in items(o) {
        xdecref(x);
    }
    mem_free((*lo).ob_item as *mut u8);
    free_object(o);
}

unsafe extern "C" fn list_repr(o: Obj) -> Obj {
    into_raw(list_repr_impl(o))
}

unsafe fn list_repr_impl(o: Obj) -> PyResult<Ref> {
    if len(o) == 0 {
        return Ok(Ref::steal(crate::objects::str::from_str("[]")));
    }
    let _guard = match crate::objects::object::ReprGuard::enter(o) {
        Some(g) => g,
        None => return Ok(Ref::steal(crate::objects::str::from_str("[...]"))),
    };
    let mut s = String::from("[");
    let mut i = 0;
    while i < len(o) {
        if i > 0 {
            s.push_str(", ");
        }
        let x = Ref::borrowed(item(o, i));
        let r = crate::abstract_::repr(x.as_ptr())?;
        s.push_str(crate::objects::str::as_str(r.as_ptr()));
        i += 1;
    }
    s.push(']');
    Ok(Ref::steal(crate::objects::str::from_str(&s)))
}

unsafe extern "C" fn list_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_list(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    let xa: Vec<Ref> = items(a).iter().map(|&x| Ref::borrowed(x)).collect();
    let xb: Vec<Ref> = items(b).iter().map(|&x| Ref::borrowed(x)).collect();
    let pa: Vec<Obj> = xa.iter().map(|r| r.as_ptr()).collect();
    let pb: Vec<Obj> = xb.iter().map(|r| r.as_ptr()).collect();
    into_raw(crate::abstract_::sequence_richcompare(&pa, &pb, op))
}

unsafe extern "C" fn list_iter(o: Obj) -> Obj {
    crate::objects::iter::seq_iter_new(o)
}

unsafe extern "C" fn list_len_slot(o: Obj) -> isize {
    len(o) as isize
}

unsafe extern "C" fn list_item_slot(o: Obj, i: isize) -> Obj {
    if i < 0 || i as usize >= len(o) {
        crate::errors::raise(exceptions::index_error(), "list index out of range");
        return null_mut();
    }
    new_ref(item(o, i as usize))
}

unsafe extern "C" fn list_ass_item_slot(o: Obj, i: isize, v: Obj) -> i32 {
    let k = Ref::steal(int::from_i64(i as i64));
    list_ass_subscript(o, k.as_ptr(), v)
}

unsafe extern "C" fn list_contains(o: Obj, v: Obj) -> i32 {
    let mut i = 0;
    while i < len(o) {
        let x = Ref::borrowed(item(o, i));
        match crate::abstract_::eq_bool(x.as_ptr(), v) {
            Ok(true) => return 1,
            Ok(false) => {}
            Err(_) => return -1,
        }
        i += 1;
    }
    0
}

unsafe extern "C" fn list_concat(a: Obj, b: Obj) -> Obj {
    if !is_list(b) {
        crate::errors::type_error(&format!(
            "can only concatenate list (not \"{}\") to list",
            obj_type_name(b)
        ));
        return null_mut();
    }
    let mut v: Vec<Obj> = items(a).to_vec();
    v.extend_from_slice(items(b));
    from_slice(&v)
}

unsafe extern "C" fn list_repeat(a: Obj, n: isize) -> Obj {
    let xs = items(a).to_vec();
    let n = n.max(0) as usize;
    let l = with_capacity(xs.len() * n);
    for _ in 0..n {
        for &x in &xs {
            push(l, new_ref(x));
        }
    }
    l
}

unsafe extern "C" fn list_inplace_concat(a: Obj, b: Obj) -> Obj {
    match extend(a, b) {
        Ok(()) => new_ref(a),
        Err(_) => null_mut(),
    }
}

unsafe extern "C" fn list_inplace_repeat(a: Obj, n: isize) -> Obj {
    let xs = items(a).to_vec();
    let n = n.max(0) as usize;
    let mut out = Vec::with_capacity(xs.len() * n);
    for _ in 0..n {
        for &x in &xs {
            out.push(new_ref(x));
        }
    }
    replace_all(a, out);
    new_ref(a)
}

/// `list.extend(iterable)`.
///
/// # Safety
/// `l` is a list, `it` live.
pub unsafe fn extend(l: Obj, it: Obj) -> PyResult<()> {
    if is_list(it) || crate::objects::tuple::is_tuple(it) {
        let xs: Vec<Obj> = if is_list(it) {
            items(it).to_vec()
        } else {
            crate::objects::tuple::items(it).to_vec()
        };
        for x in xs {
            push(l, new_ref(x));
        }
        return Ok(());
    }
    let iter = crate::abstract_::get_iter(it)?;
    while let Some(x) = crate::abstract_::iter_next(iter.as_ptr())? {
        push(l, x.into_raw());
    }
    Ok(())
}

unsafe extern "C" fn list_subscript(o: Obj, key: Obj) -> Obj {
    into_raw(list_subscript_impl(o, key))
}

unsafe fn list_subscript_impl(o: Obj, key: Obj) -> PyResult<Ref> {
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(key, len(o))?;
        let l = with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            push(l, new_ref(item(o, i as usize)));
            i += step;
        }
        return Ok(Ref::steal(l));
    }
    let i = crate::abstract_::index_for_sequence(key, "list")?;
    let n = len(o) as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(crate::errors::raise(
            exceptions::index_error(),
            "list index out of range",
        ));
    }
    Ok(Ref::borrowed(item(o, j as usize)))
}

unsafe extern "C" fn list_ass_subscript(o: Obj, key: Obj, v: Obj) -> i32 {
    crate::errors::into_status(list_ass_subscript_impl(o, key, v))
}

unsafe fn list_ass_subscript_impl(o: Obj, key: Obj, v: Obj) -> PyResult<()> {
    if slice::is_slice(key) {
        let n = len(o);
        let (start, stop, step, count) = slice::indices(key, n)?;
        let cur: Vec<Obj> = items(o).to_vec();
        if v.is_null() {
            // Delete the selected items.
            let mut remove = vec![false; n];
            let mut i = start;
            for _ in 0..count {
                remove[i as usize] = true;
                i += step;
            }
            let mut keep = Vec::with_capacity(n - count);
            for (k, &x) in cur.iter().enumerate() {
                if remove[k] {
                    continue;
                }
                keep.push(new_ref(x));
            }
            replace_all(o, keep);
            return Ok(());
        }
        let new_items: Vec<Ref> = match crate::abstract_::collect(v) {
            Ok(items) => items,
            Err(e) => {
                if crate::errors::matches(exceptions::type_error())
                    && crate::abstract_::get_iter(v).is_err()
                {
                    crate::errors::clear();
                    return Err(crate::errors::type_error("can only assign an iterable"));
                }
                return Err(e);
            }
        };
        if step == 1 {
            let stop = stop.max(start) as usize;
            let start = start as usize;
            let mut out: Vec<Obj> = Vec::with_capacity(n + new_items.len());
            for &x in &cur[..start] {
                out.push(new_ref(x));
            }
            for x in &new_items {
                out.push(new_ref(x.as_ptr()));
            }
            for &x in &cur[stop..] {
                out.push(new_ref(x));
            }
            replace_all(o, out);
            return Ok(());
        }
        if new_items.len() != count {
            return Err(crate::errors::value_error(&format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                count
            )));
        }
        let mut i = start;
        let p = (*(o as *mut PyListObject)).ob_item;
        for x in new_items {
            let old = *p.add(i as usize);
            *p.add(i as usize) = x.into_raw();
            decref(old);
            i += step;
        }
        return Ok(());
    }
    let i = crate::abstract_::index_for_sequence(key, "list")?;
    let n = len(o) as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let msg = if v.is_null() {
            "list assignment index out of range"
        } else {
            "list assignment index out of range"
        };
        return Err(crate::errors::raise(exceptions::index_error(), msg));
    }
    let p = (*(o as *mut PyListObject)).ob_item;
    let old = *p.add(j as usize);
    if v.is_null() {
        std::ptr::copy(
            p.add(j as usize + 1),
            p.add(j as usize),
            (n - j - 1) as usize,
        );
        (*(o as *mut PyVarObject)).ob_size = n - 1;
    } else {
        *p.add(j as usize) = new_ref(v);
    }
    decref(old);
    Ok(())
}

/// Inserts `v` (new reference taken) before index `i` (clamped like `list.insert`).
///
/// # Safety
/// `l` is a list.
pub unsafe fn insert(l: Obj, i: isize, v: Obj) {
    let n = len(l) as isize;
    let mut j = if i < 0 { i + n } else { i };
    j = j.clamp(0, n);
    reserve(l, 1);
    let p = (*(l as *mut PyListObject)).ob_item;
    std::ptr::copy(p.add(j as usize), p.add(j as usize + 1), (n - j) as usize);
    *p.add(j as usize) = new_ref(v);
    (*(l as *mut PyVarObject)).ob_size = n + 1;
}

/// Defines a list method with its CPython calling convention: `noargs`, `one`
/// (METH_O; `a[0]` is the argument) or `pos` (positional-only Argument Clinic).
macro_rules! list_method {
    ($name:ident, noargs, |$o:ident, $a:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, _unused: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $o = slf;
                $body
            })())
        }
    };
    ($name:ident, one, |$o:ident, $a:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, arg: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a = [arg];
                let $o = slf;
                $body
            })())
        }
    };
    ($name:ident, pos, $pyname:literal, $min:literal, $max:literal, |$o:ident, $a:ident| $body:block) => {
        unsafe extern "C" fn $name(slf: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a = crate::args::positional::<$min, $max>($pyname, args, nargs)?;
                let $o = slf;
                $body
            })())
        }
    };
}

list_method!(list_append_m, one, |o, a| {
    push(o, new_ref(a[0]));
    Ok(crate::objects::none::none_ref())
});
list_method!(list_extend_m, one, |o, a| {
    extend(o, a[0])?;
    Ok(crate::objects::none::none_ref())
});
list_method!(list_insert_m, pos, "insert", 2, 2, |o, a| {
    let i = crate::abstract_::as_ssize(a[0])?;
    insert(o, i, a[1]);
    Ok(crate::objects::none::none_ref())
});
list_method!(list_pop_m, pos, "pop", 0, 1, |o, a| {
    let n = len(o) as isize;
    if n == 0 {
        return Err(crate::errors::raise(
            exceptions::index_error(),
            "pop from empty list",
        ));
    }
    let i = if a[0].is_null() {
        -1
    } else {
        crate::abstract_::as_ssize(a[0])?
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(crate::errors::raise(
            exceptions::index_error(),
            "pop index out of range",
        ));
    }
    let p = (*(o as *mut PyListObject)).ob_item;
    let v = *p.add(j as usize);
    std::ptr::copy(
        p.add(j as usize + 1),
        p.add(j as usize),
        (n - j - 1) as usize,
    );
    (*(o as *mut PyVarObject)).ob_size = n - 1;
    Ok(Ref::steal(v))
});
list_method!(list_remove_m, one, |o, a| {
    let mut i = 0;
    while i < len(o) {
        let x = Ref::borrowed(item(o, i));
        if crate::abstract_::eq_bool(x.as_ptr(), a[0])? {
            let k = Ref::steal(int::from_i64(i as i64));
            list_ass_subscript_impl(o, k.as_ptr(), null_mut())?;
            return Ok(crate::objects::none::none_ref());
        }
        i += 1;
    }
    Err(crate::errors::value_error("list.remove(x): x not in list"))
});
list_method!(list_index_m, pos, "index", 1, 3, |o, a| {
    let (lo, hi) = slice::clamp_range(a[1], a[2], len(o))?;
    let mut i = lo;
    while i < hi.min(len(o)) {
        let x = Ref::borrowed(item(o, i));
        if crate::abstract_::eq_bool(x.as_ptr(), a[0])? {
            return Ok(Ref::steal(int::from_i64(i as i64)));
        }
        i += 1;
    }
    let r = crate::abstract_::repr(a[0])?;
    Err(crate::errors::value_error(&format!(
        "{} is not in list",
        crate::objects::str::as_str(r.as_ptr())
    )))
});
list_method!(list_count_m, one, |o, a| {
    let mut c = 0;
    let mut i = 0;
    while i < len(o) {
        let x = Ref::borrowed(item(o, i));
        if crate::abstract_::eq_bool(x.as_ptr(), a[0])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Ref::steal(int::from_i64(c)))
});
list_method!(list_reverse_m, noargs, |o, _a| {
    let n = len(o);
    if n > 0 {
        std::slice::from_raw_parts_mut((*(o as *mut PyListObject)).ob_item, n).reverse();
    }
    Ok(crate::objects::none::none_ref())
});
list_method!(list_copy_m, noargs, |o, _a| {
    Ok(Ref::steal(from_slice(items(o))))
});
list_method!(list_clear_m, noargs, |o, _a| {
    replace_all(o, Vec::new());
    Ok(crate::objects::none::none_ref())
});

unsafe extern "C" fn list_sort_m(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        // CPython's keyword-only Clinic parser counts all arguments against the two
        // keywords before it complains about positional ones.
        let nkw = if kw.is_null() {
            0
        } else {
            crate::objects::tuple::len(kw) as isize
        };
        if nargs + nkw > 2 {
            return Err(crate::errors::type_error(&format!(
                "sort() takes at most 2 arguments ({} given)",
                nargs + nkw
            )));
        }
        if nargs > 0 {
            return Err(crate::errors::type_error(
                "sort() takes no positional arguments",
            ));
        }
        let [key, reverse] =
            crate::args::parse::<0, 2>("sort", args, 0, kw, &["$key", "$reverse"])?;
        let rev = if reverse.is_null() {
            false
        } else {
            crate::abstract_::is_true(reverse)?
        };
        sort(slf, key, rev)?;
        Ok(crate::objects::none::none_ref())
    })())
}

/// Stable sort in place with an optional key function, as `list.sort`.
///
/// # Safety
/// `l` is a list; `key` null or callable.
pub unsafe fn sort(l: Obj, key: Obj, reverse: bool) -> PyResult<()> {
    // Detach the items so that a comparison that mutates the list cannot corrupt it.
    let xs: Vec<Obj> = items(l).to_vec();
    (*(l as *mut PyVarObject)).ob_size = 0;
    let mut keyed: Vec<(Ref, Obj)> = Vec::with_capacity(xs.len());
    let mut failed = false;
    for &x in &xs {
        if failed {
            break;
        }
        if key.is_null() || key == crate::objects::none::none() {
            keyed.push((Ref::borrowed(x), x));
        } else {
            match crate::call::call1(key, x) {
                Ok(k) => keyed.push((k, x)),
                Err(_) => failed = true,
            }
        }
    }
    let mut err = failed;
    if !err {
        if reverse {
            keyed.reverse();
        }
        crate::abstract_::merge_sort_by(&mut keyed, &mut |a, b| {
            if err {
                return false;
            }
            match crate::abstract_::lt_bool(a.0.as_ptr(), b.0.as_ptr()) {
                Ok(v) => v,
                Err(_) => {
                    err = true;
                    false
                }
            }
        });
        if reverse {
            keyed.reverse();
        }
    }
    let out: Vec<Obj> = if err {
        xs.clone()
    } else {
        keyed.iter().map(|p| p.1).collect()
    };
    drop(keyed);
    // Items were owned by the list; put them back in their new order.
    reserve(l, out.len());
    let p = (*(l as *mut PyListObject)).ob_item;
    let newly_added = len(l);
    for (i, x) in out.iter().enumerate() {
        *p.add(newly_added + i) = *x;
    }
    (*(l as *mut PyVarObject)).ob_size = (newly_added + out.len()) as isize;
    if err {
        Err(Raised)
    } else {
        Ok(())
    }
}

unsafe extern "C" fn list_new(tp: *mut PyTypeObject, _args: Obj, _kw: Obj) -> Obj {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    o
}

unsafe extern "C" fn list_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    crate::errors::into_status((|| {
        // CPython's list.__init__ refuses keywords unless a subclass brings its own
        // `__new__` (which may take them).
        let [it] = crate::args::parse_tuple_positional::<0, 1>(
            "list",
            args,
            if (*type_of(o)).tp_new.map(|f| f as *const () as usize)
                == PyList_Type.tp_new.map(|f| f as *const () as usize)
            {
                kwargs
            } else {
                null_mut()
            },
        )?;
        replace_all(o, Vec::new());
        if !it.is_null() {
            extend(o, it)?;
        }
        Ok(())
    })())
}
