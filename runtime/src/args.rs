//! Argument parsing for builtin functions and methods written in Rust: maps vectorcall
//! arguments (or a tuple and dict) onto a fixed array of parameters, with CPython's
//! error messages. Missing optional arguments come back as null (borrowed pointers).
//!
//! A name starting with `$` is keyword-only; one starting with `/` is positional-only
//! (passing it by keyword is `'x' is an invalid keyword argument for int()`).

use crate::errors::PyResult;
use crate::object::*;
use crate::objects::{str as pystr, tuple};
use std::ptr::null_mut;

/// Parses `nargs` positional arguments followed by keyword arguments named in
/// `kwnames`. `MIN` parameters are required. Results are borrowed.
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn parse<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kwnames: Obj,
    names: &[&str],
) -> PyResult<[Obj; MAX]> {
    let nargs = nargs.max(0) as usize;
    let mut out = [null_mut(); MAX];
    let npos_allowed = names
        .iter()
        .take_while(|n| !n.starts_with('$'))
        .count()
        .min(MAX);
    if nargs > npos_allowed {
        if npos_allowed == 0 {
            return Err(crate::errors::type_error(&format!(
                "{}() takes no arguments ({} given)",
                fname, nargs
            )));
        }
        if MIN == npos_allowed {
            if MIN == 1 {
                return Err(crate::errors::type_error(&format!(
                    "{}() takes exactly one argument ({} given)",
                    fname, nargs
                )));
            }
            return Err(crate::errors::type_error(&format!(
                "{}() takes exactly {} arguments ({} given)",
                fname, MIN, nargs
            )));
        }
        return Err(crate::errors::type_error(&format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            npos_allowed,
            if npos_allowed == 1 { "" } else { "s" },
            nargs
        )));
    }
    for (i, slot) in out.iter_mut().enumerate().take(nargs) {
        *slot = *args.add(i);
    }
    if !kwnames.is_null() {
        for (k, &name) in tuple::items(kwnames).iter().enumerate() {
            let key = pystr::as_str(name);
            let idx = names
                .iter()
                .position(|n| !n.starts_with('/') && n.trim_start_matches('$') == key);
            match idx {
                Some(i) if i < MAX => {
                    if !out[i].is_null() {
                        return Err(crate::errors::type_error(&format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            fname,
                            key,
                            i + 1
                        )));
                    }
                    out[i] = *args.add(nargs + k);
                }
                _ => {
                    return Err(crate::errors::type_error(&format!(
                        "'{}' is an invalid keyword argument for {}()",
                        key, fname
                    )));
                }
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(MIN) {
        if slot.is_null() {
            let n = names
                .get(i)
                .map(|s| s.trim_start_matches(['$', '/']))
                .unwrap_or("?");
            if i < nargs.max(1) || MIN == 1 {
                return Err(crate::errors::type_error(&format!(
                    "{}() takes at least {} argument{} ({} given)",
                    fname,
                    MIN,
                    if MIN == 1 { "" } else { "s" },
                    nargs
                )));
            }
            return Err(crate::errors::type_error(&format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                n,
                i + 1
            )));
        }
    }
    Ok(out)
}

/// [`parse`] for the `(args tuple, kwargs dict)` convention of `tp_new`/`tp_init`.
///
/// # Safety
/// `args` is a tuple (or null); `kwargs` a dict or null.
pub unsafe fn parse_tuple<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: Obj,
    kwargs: Obj,
    names: &[&str],
) -> PyResult<[Obj; MAX]> {
    let pos: &[Obj] = if args.is_null() {
        &[]
    } else {
        tuple::items(args)
    };
    if kwargs.is_null() || crate::objects::dict::len(kwargs) == 0 {
        return parse::<MIN, MAX>(fname, pos.as_ptr(), pos.len() as isize, null_mut(), names);
    }
    let items = crate::objects::dict::items_vec(kwargs);
    let mut all: Vec<Obj> = pos.to_vec();
    let mut keys = Vec::new();
    for (k, v) in &items {
        keys.push(k.as_ptr());
        all.push(v.as_ptr());
    }
    let kwnames = Ref::steal(tuple::from_slice(&keys));
    parse::<MIN, MAX>(
        fname,
        all.as_ptr(),
        pos.len() as isize,
        kwnames.as_ptr(),
        names,
    )
}

/// The `(args tuple, kwargs dict)` of a constructor whose parameters are all
/// positional-only (`float(x=0, /)`, `list(iterable=(), /)`): keywords are refused with
/// `float() takes no keyword arguments`, counts reported as
/// `float expected at most 1 argument, got 2`. Results are borrowed.
///
/// # Safety
/// `args` is a tuple (or null); `kwargs` a dict or null.
pub unsafe fn parse_tuple_positional<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: Obj,
    kwargs: Obj,
) -> PyResult<[Obj; MAX]> {
    if !kwargs.is_null() && crate::objects::dict::len(kwargs) > 0 {
        return Err(crate::errors::type_error(&format!(
            "{}() takes no keyword arguments",
            fname
        )));
    }
    let pos: &[Obj] = if args.is_null() {
        &[]
    } else {
        tuple::items(args)
    };
    positional::<MIN, MAX>(fname, pos.as_ptr(), pos.len() as isize)
}

/// Whether a builtin constructor of `base` called for `tp` checks for keyword arguments:
/// CPython's clinic `__new__` does so for the exact type and for subclasses that keep
/// the base's `__init__` (a subclass with its own `__init__` may take keywords).
///
/// # Safety
/// Both are valid types.
pub unsafe fn new_refuses_keywords(
    tp: *mut crate::typeobject::PyTypeObject,
    base: *mut crate::typeobject::PyTypeObject,
) -> bool {
    let addr = |f: crate::typeobject::InitProc| f.map(|f| f as *const () as usize);
    tp == base || addr((*tp).tp_init) == addr((*base).tp_init)
}

/// [`parse_tuple_positional`] for a constructor of `base` called for `tp`: keywords are
/// refused when [`new_refuses_keywords`], ignored otherwise (the subclass's `__init__`
/// takes them).
///
/// # Safety
/// As [`parse_tuple_positional`]; both types are valid.
pub unsafe fn parse_new_positional<const MIN: usize, const MAX: usize>(
    fname: &str,
    tp: *mut crate::typeobject::PyTypeObject,
    base: *mut crate::typeobject::PyTypeObject,
    args: Obj,
    kwargs: Obj,
) -> PyResult<[Obj; MAX]> {
    let kwargs = if new_refuses_keywords(tp, base) {
        kwargs
    } else {
        null_mut()
    };
    parse_tuple_positional::<MIN, MAX>(fname, args, kwargs)
}

/// Parses positional-only arguments the way CPython's `METH_VARARGS` methods do
/// (`str.find`, `bytes.count`, ...): keyword arguments are refused with
/// `find() takes no keyword arguments`, counts are checked as [`parse`] does.
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn parse_pos<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kwnames: Obj,
) -> PyResult<[Obj; MAX]> {
    if !kwnames.is_null() && tuple::len(kwnames) > 0 {
        return Err(crate::errors::type_error(&format!(
            "{}() takes no keyword arguments",
            fname
        )));
    }
    let names = ["?"; MAX];
    parse::<MIN, MAX>(fname, args, nargs, null_mut(), &names)
}

/// CPython's `_PyArg_CheckPositional` for Argument Clinic methods with positional-only
/// parameters (`list.insert`, `str.center`, `dict.get`, ...): `insert expected 2
/// arguments, got 1`. Results are borrowed; missing optional arguments are null.
/// Keyword arguments are refused earlier, by the METH_FASTCALL calling convention.
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn positional<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: *const Obj,
    nargs: isize,
) -> PyResult<[Obj; MAX]> {
    let n = nargs.max(0) as usize;
    if n < MIN || n > MAX {
        let (how, count) = if n < MIN {
            (if MIN == MAX { "" } else { "at least " }, MIN)
        } else {
            (if MIN == MAX { "" } else { "at most " }, MAX)
        };
        return Err(crate::errors::type_error(&format!(
            "{} expected {}{} argument{}, got {}",
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
