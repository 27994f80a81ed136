//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and the run-time half of
//! `except*`: matching a raised exception against one clause ([`star_match`]) and
//! computing what the whole `try` re-raises at its end ([`prep_reraise_star`]).
//!
//! Instances extend CPython's `PyBaseExceptionObject` with the message and the tuple of
//! sub-exceptions (CPython's `PyBaseExceptionGroupObject`). `BaseExceptionGroup` is one
//! of the builtin exception types; `ExceptionGroup` is created at start-up as the class
//! `ExceptionGroup(BaseExceptionGroup, Exception)`, as CPython does.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::exceptions::{self as exc, PyBaseExceptionObject};
use crate::objects::{list, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython's `PyBaseExceptionGroupObject`.
#[repr(C)]
pub struct PyBaseExceptionGroupObject {
    pub base: PyBaseExceptionObject,
    pub msg: Obj,
    pub excs: Obj,
}

static mut EXCEPTION_GROUP: *mut PyTypeObject = null_mut();

/// `ExceptionGroup` (borrowed; valid after start-up).
pub fn exception_group_type() -> *mut PyTypeObject {
    // SAFETY: written once at start-up.
    unsafe { EXCEPTION_GROUP }
}

static mut EG_MEMBERS: [PyMemberDef; 3] = [
    readonly_object_member(
        c"message",
        std::mem::offset_of!(PyBaseExceptionGroupObject, msg) as isize,
    ),
    readonly_object_member(
        c"exceptions",
        std::mem::offset_of!(PyBaseExceptionGroupObject, excs) as isize,
    ),
    MEMBER_SENTINEL,
];

static mut EG_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("derive", eg_derive_m, METH_O),
    crate::method_def!("split", eg_split_m, METH_O),
    crate::method_def!("subgroup", eg_subgroup_m, METH_O),
    crate::method_def!(
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
        METH_O | METH_CLASS
    ),
    METHOD_SENTINEL,
];

/// Gives the `BaseExceptionGroup` type object its layout and slots (before it is
/// readied).
///
/// # Safety
/// Start-up only; `tp` is the fresh BaseExceptionGroup type.
pub unsafe fn configure(tp: *mut PyTypeObject) {
    (*tp).tp_basicsize = std::mem::size_of::<PyBaseExceptionGroupObject>() as isize;
    (*tp).tp_new = Some(eg_new);
    (*tp).tp_str = Some(eg_str);
    (*tp).tp_dealloc = Some(eg_dealloc);
    (*tp).tp_members = &raw mut EG_MEMBERS as *mut PyMemberDef;
    (*tp).tp_methods = &raw mut EG_METHODS as *mut PyMethodDef;
}

/// Creates `ExceptionGroup(BaseExceptionGroup, Exception)`.
///
/// # Safety
/// Start-up only, after the builtin exception types exist.
pub unsafe fn init() -> PyResult<()> {
    let name = Ref::steal(pystr::from_str("ExceptionGroup"));
    let bases = Ref::steal(tuple::pack(&[
        exc::base_exception_group() as Obj,
        exc::exception() as Obj,
    ]));
    let ns = Ref::steal(crate::objects::dict::new_raw());
    let module = Ref::steal(pystr::from_str("builtins"));
    crate::objects::dict::set_str(ns.as_ptr(), "__module__", module.as_ptr())?;
    let t = crate::call::call_vec(
        &raw mut PyType_Type as Obj,
        &[name.as_ptr(), bases.as_ptr(), ns.as_ptr()],
    )?;
    EXCEPTION_GROUP = t.into_raw() as *mut PyTypeObject;
    Ok(())
}

/// Whether `o` is an exception group.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_group(o: Obj) -> bool {
    is_instance_of(o, exc::base_exception_group())
}

/// The tuple of a group's sub-exceptions (borrowed).
///
/// # Safety
/// `g` is an exception group.
pub unsafe fn members(g: Obj) -> Obj {
    group_excs(g)
}

unsafe fn group_excs(g: Obj) -> Obj {
    (*(g as *mut PyBaseExceptionGroupObject)).excs
}

unsafe extern "C" fn eg_new(tp: *mut PyTypeObject, args: Obj, _kwargs: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let n = tuple::len(args);
        if n != 2 {
            return Err(crate::errors::type_error(&format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                n
            )));
        }
        let (msg, seq) = (tuple::item(args, 0), tuple::item(args, 1));
        if !pystr::is_str(msg) {
            return Err(crate::errors::type_error(&format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                obj_type_name(msg)
            )));
        }
        let is_sequence = (*type_of(seq))
            .tp_as_sequence
            .as_ref()
            .is_some_and(|s| s.sq_item.is_some())
            && !crate::objects::dict::is_dict(seq);
        if !is_sequence {
            return Err(crate::errors::type_error(
                "second argument (exceptions) must be a sequence",
            ));
        }
        let items = crate::abstract_::collect(seq)?;
        if items.is_empty() {
            return Err(crate::errors::value_error(
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let mut nested_base = false;
        for (i, x) in items.iter().enumerate() {
            if !exc::is_exception_instance(x.as_ptr()) {
                return Err(crate::errors::value_error(&format!(
                    "Item {} of second argument (exceptions) is not an exception",
                    i
                )));
            }
            nested_base |= !is_instance_of(x.as_ptr(), exc::exception());
        }
        let base_group = exc::base_exception_group();
        let mut cls = tp;
        if cls == base_group {
            if !nested_base {
                cls = exception_group_type();
            }
        } else if cls == exception_group_type() {
            if nested_base {
                return Err(crate::errors::type_error(
                    "Cannot nest BaseExceptions in an ExceptionGroup",
                ));
            }
        } else if nested_base && is_subtype(cls, exc::exception()) {
            return Err(crate::errors::type_error(&format!(
                "Cannot nest BaseExceptions in '{}'",
                type_name(cls)
            )));
        }
        let alloc = (*cls).tp_alloc.unwrap_or(generic_alloc);
        let o = Ref::steal(alloc(cls, 0));
        let g = o.as_ptr() as *mut PyBaseExceptionGroupObject;
        (*g).base.args = new_ref(args);
        (*g).msg = new_ref(msg);
        (*g).excs = tuple::from_refs(items);
        Ok(o)
    })())
}

unsafe extern "C" fn eg_dealloc(o: Obj) {
    let g = o as *mut PyBaseExceptionGroupObject;
    xdecref((*g).msg);
    xdecref((*g).excs);
    (*g).msg = null_mut();
    (*g).excs = null_mut();
    if let Some(d) = (*exc::base_exception()).tp_dealloc {
        d(o);
    }
}

/// `str(eg)`: `message (N sub-exception[s])`.
unsafe extern "C" fn eg_str(o: Obj) -> Obj {
    let g = o as *mut PyBaseExceptionGroupObject;
    let n = tuple::len((*g).excs);
    pystr::from_string(format!(
        "{} ({} sub-exception{})",
        pystr::as_str((*g).msg),
        n,
        if n > 1 { "s" } else { "" }
    ))
    .into_raw()
}

/// What `split`/`subgroup` and `except*` test each exception against.
enum Matcher {
    /// An exception class or a tuple of them.
    Types(Obj),
    /// A predicate called with each exception.
    Predicate(Obj),
}

impl Matcher {
    unsafe fn from_condition(c: Obj) -> PyResult<Matcher> {
        let is_exc_class = |t: Obj| exc::is_exception_class(t);
        if is_exc_class(c)
            || (tuple::is_tuple(c) && tuple::items(c).iter().all(|&t| is_exc_class(t)))
        {
            return Ok(Matcher::Types(c));
        }
        if crate::call::is_callable(c) && (*type_of(c)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            return Ok(Matcher::Predicate(c));
        }
        Err(crate::errors::type_error(
            "expected a function, exception type or tuple of exception types",
        ))
    }

    unsafe fn matches(&self, e: Obj) -> PyResult<bool> {
        match *self {
            Matcher::Types(t) => {
                if tuple::is_tuple(t) {
                    Ok(tuple::items(t)
                        .iter()
                        .any(|&x| is_instance_of(e, x as *mut PyTypeObject)))
                } else {
                    Ok(is_instance_of(e, t as *mut PyTypeObject))
                }
            }
            Matcher::Predicate(f) => {
                let r = crate::call::call1(f, e)?;
                crate::abstract_::is_true(r.as_ptr())
            }
        }
    }
}

/// `eg.derive(excs)` through the (possibly overridden) method, with the original's
/// traceback, cause, context and notes copied onto the result.
unsafe fn derive_with_metadata(g: Obj, excs: Vec<Ref>) -> PyResult<Ref> {
    let l = Ref::steal(list::from_refs(excs));
    let name = Ref::steal(pystr::from_str("derive"));
    let argv = [l.as_ptr()];
    let r = crate::call::call_method(g, name.as_ptr(), argv.as_ptr(), 1, null_mut())?;
    if !is_group(r.as_ptr()) {
        return Err(crate::errors::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    let (src, dst) = (
        g as *mut PyBaseExceptionObject,
        r.as_ptr() as *mut PyBaseExceptionObject,
    );
    for (from, to) in [
        ((*src).traceback, &mut (*dst).traceback),
        ((*src).cause, &mut (*dst).cause),
        ((*src).context, &mut (*dst).context),
        ((*src).notes, &mut (*dst).notes),
    ] {
        let old = *to;
        *to = if from.is_null() {
            null_mut()
        } else {
            new_ref(from)
        };
        xdecref(old);
    }
    // `__notes__` lives in the instance dict; the parts get a copy, as in CPython.
    if let Some(notes) = crate::abstract_::getattr_opt_str(g, "__notes__")? {
        let copy = Ref::steal(list::from_refs(crate::abstract_::collect(notes.as_ptr())?));
        let key = Ref::steal(pystr::from_str("__notes__"));
        crate::abstract_::setattr(r.as_ptr(), key.as_ptr(), copy.as_ptr())?;
    }
    Ok(r)
}

/// Splits `e` into the part matching `m` and the rest, keeping the group structure.
unsafe fn split(e: Obj, m: &Matcher) -> PyResult<(Option<Ref>, Option<Ref>)> {
    if m.matches(e)? {
        return Ok((Some(Ref::borrowed(e)), None));
    }
    if !is_group(e) {
        return Ok((None, Some(Ref::borrowed(e))));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for &x in tuple::items(group_excs(e)) {
        let (a, b) = split(x, m)?;
        matched.extend(a);
        rest.extend(b);
    }
    let a = if matched.is_empty() {
        None
    } else {
        Some(derive_with_metadata(e, matched)?)
    };
    let b = if rest.is_empty() {
        None
    } else {
        Some(derive_with_metadata(e, rest)?)
    };
    Ok((a, b))
}

fn or_none(r: Option<Ref>) -> Ref {
    r.unwrap_or_else(none::none_ref)
}

unsafe extern "C" fn eg_derive_m(g: Obj, excs: Obj) -> Obj {
    into_raw((|| {
        let msg = (*(g as *mut PyBaseExceptionGroupObject)).msg;
        crate::call::call_vec(exc::base_exception_group() as Obj, &[msg, excs])
    })())
}

unsafe extern "C" fn eg_split_m(g: Obj, cond: Obj) -> Obj {
    into_raw((|| {
        let m = Matcher::from_condition(cond)?;
        let (a, b) = split(g, &m)?;
        Ok(Ref::steal(tuple::from_refs(vec![or_none(a), or_none(b)])))
    })())
}

unsafe extern "C" fn eg_subgroup_m(g: Obj, cond: Obj) -> Obj {
    into_raw((|| {
        let m = Matcher::from_condition(cond)?;
        Ok(or_none(split(g, &m)?.0))
    })())
}

/// One `except* T` clause: `(match, rest)` for the exception still unhandled. A naked
/// (non-group) exception that matches is wrapped in a group with an empty message; one
/// that does not match stays naked. Either side may be None.
///
/// # Safety
/// `e` is an exception instance; `tp` is live.
pub unsafe fn star_match(e: Obj, tp: Obj) -> PyResult<Ref> {
    let types: Vec<Obj> = if tuple::is_tuple(tp) {
        tuple::items(tp).to_vec()
    } else {
        vec![tp]
    };
    for &t in &types {
        if !exc::is_exception_class(t) {
            return Err(crate::errors::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if is_subtype(t as *mut PyTypeObject, exc::base_exception_group()) {
            return Err(crate::errors::type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    let pair = |a: Option<Ref>, b: Option<Ref>| {
        Ok(Ref::steal(tuple::from_refs(vec![or_none(a), or_none(b)])))
    };
    if e == none::none() {
        return pair(None, None);
    }
    let m = Matcher::Types(tp);
    if !is_group(e) {
        if !m.matches(e)? {
            return pair(None, Some(Ref::borrowed(e)));
        }
        let msg = Ref::steal(pystr::from_str(""));
        let l = Ref::steal(tuple::pack(&[e]));
        let g = crate::call::call_vec(
            exc::base_exception_group() as Obj,
            &[msg.as_ptr(), l.as_ptr()],
        )?;
        let (src, dst) = (
            e as *mut PyBaseExceptionObject,
            g.as_ptr() as *mut PyBaseExceptionObject,
        );
        if !(*src).traceback.is_null() {
            (*dst).traceback = list::from_slice(list::items((*src).traceback));
        }
        return pair(Some(g), None);
    }
    let (a, b) = split(e, &m)?;
    pair(a, b)
}

/// The leaf exceptions of `e` (by address).
unsafe fn leaf_ids(e: Obj, out: &mut Vec<usize>) {
    if is_group(e) {
        for &x in tuple::items(group_excs(e)) {
            leaf_ids(x, out);
        }
    } else {
        out.push(e as usize);
    }
}

/// Whether `a` carries `b`'s metadata, i.e. it was split off `b` (a bare `raise` of a
/// clause's match) rather than raised anew.
unsafe fn same_metadata(a: Obj, b: Obj) -> bool {
    let (x, y) = (
        a as *mut PyBaseExceptionObject,
        b as *mut PyBaseExceptionObject,
    );
    (*x).cause == (*y).cause && (*x).context == (*y).context && (*x).notes == (*y).notes
}

/// What a `try ... except*` re-raises when its clauses are done: the unhandled rest and
/// every exception a clause re-raised, regrouped as in the original, plus the
/// exceptions clauses raised anew, combined into an `ExceptionGroup("", [...])`.
/// Returns None when nothing propagates.
///
/// # Safety
/// `orig` is the caught exception; `raised` a list; `rest` an exception or None.
pub unsafe fn prep_reraise_star(orig: Obj, raised: Obj, rest: Obj) -> PyResult<Ref> {
    let mut all: Vec<Obj> = list::items(raised).to_vec();
    if rest != none::none() {
        all.push(rest);
    }
    if all.is_empty() {
        return Ok(none::none_ref());
    }
    if !is_group(orig) {
        // A naked exception was caught: at most one clause ran.
        return Ok(Ref::borrowed(all[0]));
    }
    let mut reraised_leaves = Vec::new();
    let mut new_raised = Vec::new();
    for &e in &all {
        if is_group(e) && same_metadata(e, orig) {
            leaf_ids(e, &mut reraised_leaves);
        } else if e == orig {
            leaf_ids(e, &mut reraised_leaves);
        } else {
            new_raised.push(Ref::borrowed(e));
        }
    }
    let reraised = if reraised_leaves.is_empty() {
        None
    } else {
        project(orig, &reraised_leaves)?
    };
    if new_raised.is_empty() {
        return Ok(or_none(reraised));
    }
    new_raised.extend(reraised);
    if new_raised.len() == 1 {
        return Ok(new_raised.pop().unwrap());
    }
    let msg = Ref::steal(pystr::from_str(""));
    let l = Ref::steal(list::from_refs(new_raised));
    crate::call::call_vec(exception_group_type() as Obj, &[msg.as_ptr(), l.as_ptr()])
}

/// The part of group `g` whose leaves are in `keep`, with `g`'s structure.
unsafe fn project(g: Obj, keep: &[usize]) -> PyResult<Option<Ref>> {
    if !is_group(g) {
        return Ok(keep.contains(&(g as usize)).then(|| Ref::borrowed(g)));
    }
    let mut kept = Vec::new();
    let mut all = true;
    for &x in tuple::items(group_excs(g)) {
        match project(x, keep)? {
            Some(r) => {
                all &= r.as_ptr() == x;
                kept.push(r);
            }
            None => all = false,
        }
    }
    if kept.is_empty() {
        return Ok(None);
    }
    if all {
        return Ok(Some(Ref::borrowed(g)));
    }
    Ok(Some(derive_with_metadata(g, kept)?))
}
