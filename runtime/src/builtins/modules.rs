//! The registry of modules implemented in Rust (`import math` and friends). A module
//! is created on first import by its `init` function and cached in `sys.modules`.
//! The compiler's list of importable runtime modules (`compiler/src/abi.rs`,
//! `RUNTIME_MODULES`) must name exactly these.

use crate::errors::PyResult;
use crate::object::*;

/// A module initialiser: builds the module object. New reference.
pub type ModuleInit = unsafe fn() -> PyResult<Ref>;

/// (name, initialiser) of every Rust module except `sys` and `builtins`, which exist
/// from start-up.
pub fn registry() -> &'static [(&'static str, ModuleInit)] {
    &[
        ("math", super::math::init),
        ("operator", super::operator::init),
        ("itertools", super::itertools::init),
        ("functools", super::functools::init),
        ("collections", super::collections::init),
        ("_string", super::string::init),
        ("html", super::html::init),
        ("_asyncio", super::asyncio::init),
        ("io", super::io::init),
        ("os", super::os::init),
        ("os.path", super::os::init_path),
        ("_abc", super::abc::init),
        ("_warnings", super::warnings::init),
        ("_typing", super::typing::init),
        ("_collections_abc", super::collections_abc::init),
        ("heapq", super::heapq::init),
        ("bisect", super::bisect::init),
        ("time", super::time::init),
        ("copy", super::copy::init),
    ]
}

/// Finds and initialises a runtime module by name.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init_runtime_module(name: &str) -> Option<PyResult<Ref>> {
    registry()
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| f())
}

/// Creates a module from a table of builtin functions (each `PyMethodDef` becomes a
/// `builtin_function_or_method` bound to the module).
///
/// # Safety
/// `defs` ends with a sentinel row and outlives the module.
pub unsafe fn module_from_defs(
    name: &str,
    defs: *mut crate::typeobject::PyMethodDef,
) -> PyResult<Ref> {
    let m = crate::objects::module::new(name)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let mut def = defs;
    while !(*def).ml_name.is_null() {
        // As in CPython, a module function's `__self__` is its module (error messages
        // then name it `math.sqrt()`).
        let f = crate::objects::cfunction::new(def, m.as_ptr(), m.as_ptr());
        crate::objects::dict::set_str(d, &crate::objects::cfunction::def_name(def), f.as_ptr())?;
        def = def.add(1);
    }
    Ok(m)
}

/// Readies a static type defined by a runtime module and binds it in the module dict.
///
/// # Safety
/// `d` is a dict; `tp` a static type object.
pub unsafe fn add_type(
    d: Obj,
    name: &str,
    tp: *mut crate::typeobject::PyTypeObject,
) -> PyResult<()> {
    crate::typeobject::type_ready(tp)?;
    crate::objects::dict::set_str(d, name, tp as Obj)
}

/// Argument parsing with the wording of CPython's Argument Clinic for functions that
/// take keywords (`_PyArg_UnpackKeywords`): `isclose() takes exactly 2 positional
/// arguments (3 given)`, `isclose() missing required argument 'b' (pos 2)`. The first
/// `posonly` names are positional-only, names starting with `$` keyword-only; `minpos`
/// leading parameters are required. Missing optional arguments are null (borrowed).
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn unpack_kw<const N: usize>(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kwnames: Obj,
    names: &[&str; N],
    posonly: usize,
    minpos: usize,
) -> PyResult<[Obj; N]> {
    use crate::errors::type_error;
    use crate::objects::{str as pystr, tuple};
    let nargs = nargs.max(0) as usize;
    let maxpos = names.iter().take_while(|n| !n.starts_with('$')).count();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    if nargs + nkw > N {
        return Err(type_error(&format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            N,
            if nargs == 0 { "keyword " } else { "" },
            plural(N),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return Err(type_error(&format!(
                "{}() takes no positional arguments",
                fname
            )));
        }
        return Err(type_error(&format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minpos < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxpos,
            plural(maxpos),
            nargs
        )));
    }
    let minposonly = minpos.min(posonly);
    if nargs < minposonly {
        return Err(type_error(&format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            minposonly,
            plural(minposonly),
            nargs
        )));
    }
    let mut out = [std::ptr::null_mut(); N];
    for (i, slot) in out.iter_mut().enumerate().take(nargs) {
        *slot = *args.add(i);
    }
    if !kwnames.is_null() {
        for (k, &kn) in tuple::items(kwnames).iter().enumerate() {
            let key = pystr::as_str(kn);
            let idx = names
                .iter()
                .enumerate()
                .skip(posonly)
                .find(|(_, n)| n.trim_start_matches('$') == key)
                .map(|(i, _)| i);
            match idx {
                Some(i) => {
                    if !out[i].is_null() {
                        return Err(type_error(&format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            fname,
                            key,
                            i + 1
                        )));
                    }
                    out[i] = *args.add(nargs + k);
                }
                None => {
                    return Err(type_error(&format!(
                        "'{}' is an invalid keyword argument for {}()",
                        key, fname
                    )))
                }
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(minpos) {
        if slot.is_null() {
            return Err(type_error(&format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i].trim_start_matches('$'),
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The keyword arguments of a vectorcall as (name, value) pairs (borrowed).
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn kw_pairs(args: *const Obj, nargs: isize, kwnames: Obj) -> Vec<(Obj, Obj)> {
    if kwnames.is_null() {
        return Vec::new();
    }
    crate::objects::tuple::items(kwnames)
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, *args.add(nargs.max(0) as usize + i)))
        .collect()
}

/// The positional arguments of a vectorcall as a slice (borrowed).
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn pos_args<'a>(args: *const Obj, nargs: isize) -> &'a [Obj] {
    if nargs <= 0 {
        &[]
    } else {
        std::slice::from_raw_parts(args, nargs as usize)
    }
}

/// [`unpack_kw`] for the `(args tuple, kwargs dict)` convention of `tp_new`.
///
/// # Safety
/// `args` is a tuple (or null); `kwargs` a dict or null.
pub unsafe fn unpack_tuple_kw<const N: usize>(
    fname: &str,
    args: Obj,
    kwargs: Obj,
    names: &[&str; N],
    posonly: usize,
    minpos: usize,
) -> PyResult<[Obj; N]> {
    use crate::objects::{dict, tuple};
    let pos: &[Obj] = if args.is_null() {
        &[]
    } else {
        tuple::items(args)
    };
    if kwargs.is_null() || dict::len(kwargs) == 0 {
        return unpack_kw(
            fname,
            pos.as_ptr(),
            pos.len() as isize,
            std::ptr::null_mut(),
            names,
            posonly,
            minpos,
        );
    }
    let items = dict::items_vec(kwargs);
    let mut all: Vec<Obj> = pos.to_vec();
    let mut keys = Vec::new();
    for (k, v) in &items {
        keys.push(k.as_ptr());
        all.push(v.as_ptr());
    }
    let kwnames = Ref::steal(tuple::from_slice(&keys));
    unpack_kw(
        fname,
        all.as_ptr(),
        pos.len() as isize,
        kwnames.as_ptr(),
        names,
        posonly,
        minpos,
    )
}

/// Refuses keyword arguments: `chain() takes no keyword arguments`.
///
/// # Safety
/// `kwargs` is a dict or null.
pub unsafe fn no_kwargs(fname: &str, kwargs: Obj) -> PyResult<()> {
    if !kwargs.is_null() && crate::objects::dict::len(kwargs) > 0 {
        return Err(crate::errors::type_error(&format!(
            "{}() takes no keyword arguments",
            fname
        )));
    }
    Ok(())
}

/// Positional-only arguments from a tuple with Argument Clinic's count wording
/// (`cycle expected 1 argument, got 0`), refusing keywords.
///
/// # Safety
/// `args` is a tuple; `kwargs` a dict or null.
pub unsafe fn positional_tuple<const MIN: usize, const MAX: usize>(
    fname: &str,
    args: Obj,
    kwargs: Obj,
) -> PyResult<[Obj; MAX]> {
    no_kwargs(fname, kwargs)?;
    let pos = crate::objects::tuple::items(args);
    crate::args::positional::<MIN, MAX>(fname, pos.as_ptr(), pos.len() as isize)
}

/// Binds arguments the way a Python `def` with plain positional-or-keyword parameters
/// (then keyword-only ones, named with a leading `$`) does, with CPython's messages
/// (`update_wrapper() missing 2 required positional arguments: 'wrapper' and
/// 'wrapped'`). The first `required` positional parameters have no default. For
/// functions that CPython writes in Python. Results are borrowed; defaults are null.
///
/// # Safety
/// Vectorcall arguments.
pub unsafe fn bind_py_args<const N: usize>(
    fname: &str,
    args: *const Obj,
    nargs: isize,
    kwnames: Obj,
    names: &[&str; N],
    required: usize,
) -> PyResult<[Obj; N]> {
    use crate::errors::type_error;
    use crate::objects::{str as pystr, tuple};
    let nargs = nargs.max(0) as usize;
    let npos = names.iter().take_while(|n| !n.starts_with('$')).count();
    if nargs > npos {
        let takes = if required < npos {
            format!("from {} to {} positional arguments", required, npos)
        } else {
            format!(
                "{} positional argument{}",
                npos,
                if npos == 1 { "" } else { "s" }
            )
        };
        return Err(type_error(&format!(
            "{}() takes {} but {} {} given",
            fname,
            takes,
            nargs,
            if nargs == 1 { "was" } else { "were" }
        )));
    }
    let mut out = [std::ptr::null_mut(); N];
    for (i, slot) in out.iter_mut().enumerate().take(nargs) {
        *slot = *args.add(i);
    }
    if !kwnames.is_null() {
        for (k, &kn) in tuple::items(kwnames).iter().enumerate() {
            let key = pystr::as_str(kn);
            match names.iter().position(|n| n.trim_start_matches('$') == key) {
                Some(i) => {
                    if !out[i].is_null() {
                        return Err(type_error(&format!(
                            "{}() got multiple values for argument '{}'",
                            fname, key
                        )));
                    }
                    out[i] = *args.add(nargs + k);
                }
                None => {
                    return Err(type_error(&format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname, key
                    )))
                }
            }
        }
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| out[i].is_null())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(type_error(&format!(
            "{}() missing {} required positional argument{}: {}",
            fname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        )));
    }
    Ok(out)
}
