//! The `builtins` module: builtin functions (`print`, `len`, `sorted`, ...), the builtin
//! types and exceptions bound to their names, and the `sys` module.

pub mod abc;
pub mod asyncio;
pub mod bisect;
pub mod collections;
pub mod collections_abc;
pub mod copy;
pub mod functools;
pub mod heapq;
pub mod html;
pub mod html_entities;
pub mod io;
pub mod itertools;
pub mod math;
pub mod modules;
pub mod namedtuple;
pub mod operator;
pub mod os;
pub mod string;
pub mod sys;
pub mod time;
pub mod typing;
pub mod warnings;

use crate::abstract_ as ab;
use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{
    bool as pybool, dict, exceptions as exc, int, list, none, str as pystr, tuple,
};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut BUILTINS: Obj = null_mut();

/// The builtins module's dict (borrowed).
pub fn builtins_dict() -> Obj {
    // SAFETY: set once at start-up.
    unsafe { crate::objects::module::dict_of(BUILTINS) }
}

/// The builtins module (borrowed).
pub fn builtins_module() -> Obj {
    // SAFETY: set once at start-up.
    unsafe { BUILTINS }
}

macro_rules! builtin_table {
    ($($name:literal => $f:ident),* $(,)?) => {
        static mut BUILTIN_METHODS: [PyMethodDef; [$($name),*].len() + 1] = [
            $(crate::method_def!($name, $f),)*
            METHOD_SENTINEL,
        ];
    };
}

builtin_table! {
    "print" => b_print, "len" => b_len, "repr" => b_repr, "ascii" => b_ascii, "abs" => b_abs,
    "isinstance" => b_isinstance, "issubclass" => b_issubclass, "id" => b_id, "hash" => b_hash,
    "callable" => b_callable, "chr" => b_chr, "ord" => b_ord, "hex" => b_hex, "oct" => b_oct, "bin" => b_bin,
    "iter" => b_iter, "next" => b_next, "getattr" => b_getattr, "setattr" => b_setattr,
    "hasattr" => b_hasattr, "delattr" => b_delattr, "sorted" => b_sorted, "min" => b_min, "max" => b_max,
    "sum" => b_sum, "any" => b_any, "all" => b_all, "round" => b_round, "divmod" => b_divmod,
    "pow" => b_pow, "format" => b_format, "input" => b_input, "vars" => b_vars, "dir" => b_dir,
    "__build_class__" => b_build_class_unsupported, "open" => builtin_open,
    "__import__" => b_import, "aiter" => b_aiter, "anext" => b_anext,
}
use io::builtin_open;

/// Creates the builtins module and binds every builtin name.
///
/// # Safety
/// Start-up only, after every type is ready.
pub unsafe fn init() -> PyResult<()> {
    let m = crate::objects::module::new("builtins")?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let mut def = (&raw mut BUILTIN_METHODS) as *mut PyMethodDef;
    while !(*def).ml_name.is_null() {
        let f = crate::objects::cfunction::new(def, null_mut(), m.as_ptr());
        dict::set_str(d, &crate::objects::cfunction::def_name(def), f.as_ptr())?;
        def = def.add(1);
    }
    use crate::objects::*;
    let types: &[(&str, *mut PyTypeObject)] = &[
        ("object", &raw mut object::PyBaseObject_Type),
        ("type", &raw mut PyType_Type),
        ("int", &raw mut int::PyLong_Type),
        ("bool", &raw mut bool::PyBool_Type),
        ("float", &raw mut float::PyFloat_Type),
        ("complex", &raw mut complex::PyComplex_Type),
        ("str", &raw mut str::PyUnicode_Type),
        ("bytes", &raw mut bytes::PyBytes_Type),
        ("bytearray", &raw mut bytearray::PyByteArray_Type),
        ("memoryview", &raw mut memoryview::PyMemoryView_Type),
        ("list", &raw mut list::PyList_Type),
        ("tuple", &raw mut tuple::PyTuple_Type),
        ("dict", &raw mut dict::PyDict_Type),
        ("set", &raw mut set::PySet_Type),
        ("frozenset", &raw mut set::PyFrozenSet_Type),
        ("range", &raw mut range::PyRange_Type),
        ("slice", &raw mut slice::PySlice_Type),
        ("enumerate", &raw mut iter::Enumerate_Type),
        ("zip", &raw mut iter::Zip_Type),
        ("map", &raw mut iter::Map_Type),
        ("filter", &raw mut iter::Filter_Type),
        ("reversed", &raw mut iter::Reversed_Type),
        ("super", &raw mut superobject::PySuper_Type),
        ("staticmethod", &raw mut funcobjects::PyStaticMethod_Type),
        ("classmethod", &raw mut funcobjects::PyClassMethod_Type),
        ("property", &raw mut funcobjects::PyProperty_Type),
    ];
    for (n, t) in types {
        dict::set_str(d, n, *t as Obj)?;
    }
    for (n, t) in exc::all_types() {
        dict::set_str(d, n, t)?;
    }
    dict::set_str(d, "None", none::none())?;
    dict::set_str(d, "Ellipsis", none::ellipsis())?;
    dict::set_str(d, "NotImplemented", none::not_implemented())?;
    dict::set_str(d, "True", pybool::true_obj())?;
    dict::set_str(d, "False", pybool::false_obj())?;
    dict::set_str(d, "__debug__", pybool::true_obj())?;
    dict::set_str(d, "EnvironmentError", exc::os_error() as Obj)?;
    dict::set_str(d, "IOError", exc::os_error() as Obj)?;
    BUILTINS = m.into_raw();
    Ok(())
}

type Args<'a> = &'a [Obj];

macro_rules! builtin {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$a:ident| $body:expr) => {
        unsafe extern "C" fn $f(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                const STYLE: u8 = builtin_style($py);
                #[allow(unused_variables)]
                let $a: Args =
                    &builtin_args::<$min, $max>($py, STYLE, args, nargs, kw, &[$($arg),*])?;
                $body
            })())
        }
    };
}

macro_rules! varargs_builtin {
    ($f:ident, |$pos:ident, $kw:ident| $body:expr) => {
        unsafe extern "C" fn $f(_m: Obj, args: *const Obj, nargs: isize, kwnames: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $pos: &[Obj] = if nargs == 0 {
                    &[]
                } else {
                    std::slice::from_raw_parts(args, nargs as usize)
                };
                let names: &[Obj] = if kwnames.is_null() {
                    &[]
                } else {
                    tuple::items(kwnames)
                };
                let vals: &[Obj] = if names.is_empty() {
                    &[]
                } else {
                    std::slice::from_raw_parts(args.add(nargs as usize), names.len())
                };
                let $kw: Vec<(&str, Obj)> = names
                    .iter()
                    .zip(vals)
                    .map(|(&n, &v)| (pystr::as_str(n), v))
                    .collect();
                $body
            })())
        }
    };
}

/// Builtins CPython defines with `METH_O`: one positional argument, no keywords
/// (`len() takes exactly one argument (0 given)`, `len() takes no keyword arguments`).
const METH_O_BUILTINS: &[&str] = &[
    "len", "repr", "ascii", "abs", "id", "hash", "callable", "chr", "ord", "hex", "oct", "bin",
    "any", "all",
];

/// Builtins whose parameters are all positional-only (Argument Clinic `/`): counts are
/// reported as `divmod expected 2 arguments, got 1`, keywords are refused.
const POSITIONAL_BUILTINS: &[&str] = &[
    "iter",
    "next",
    "getattr",
    "setattr",
    "delattr",
    "hasattr",
    "isinstance",
    "issubclass",
    "divmod",
    "format",
    "input",
    "vars",
    "dir",
];

const STYLE_METH_O: u8 = 1;
const STYLE_POSITIONAL: u8 = 2;
const STYLE_OTHER: u8 = 0;

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn listed(list: &[&str], name: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if str_eq(list[i], name) {
            return true;
        }
        i += 1;
    }
    false
}

/// The argument convention of a builtin, decided at compile time from its name.
const fn builtin_style(name: &str) -> u8 {
    if listed(METH_O_BUILTINS, name) {
        STYLE_METH_O
    } else if listed(POSITIONAL_BUILTINS, name) {
        STYLE_POSITIONAL
    } else {
        STYLE_OTHER
    }
}

/// Binds a builtin's arguments with CPython's rules for that builtin: `METH_O` and
/// positional-only builtins refuse keywords; the others use [`crate::args::parse`].
/// Parameters the caller declares optional but CPython requires (`round`'s `number`,
/// `pow`'s `base`/`exp`) are reported as `missing required argument`.
///
/// # Safety
/// Vectorcall arguments.
unsafe fn builtin_args<const MIN: usize, const MAX: usize>(
    fname: &str,
    style: u8,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
    names: &[&str],
) -> PyResult<[Obj; MAX]> {
    let meth_o = style == STYLE_METH_O;
    if meth_o && nargs == 1 && kw.is_null() {
        // The common case, without looking at names.
        let mut out = [null_mut(); MAX];
        out[0] = *args;
        return Ok(out);
    }
    let has_kw = !kw.is_null() && tuple::len(kw) > 0;
    if meth_o || style == STYLE_POSITIONAL {
        if has_kw {
            return Err(crate::errors::type_error(&format!(
                "{}() takes no keyword arguments",
                fname
            )));
        }
        if meth_o {
            if nargs != 1 {
                return Err(crate::errors::type_error(&format!(
                    "{}() takes exactly one argument ({} given)",
                    fname, nargs
                )));
            }
            let mut out = [null_mut(); MAX];
            out[0] = *args;
            return Ok(out);
        }
        return crate::args::positional::<MIN, MAX>(fname, args, nargs);
    }
    match fname {
        // `sum(iterable, /, start=0)`.
        "sum" => {
            if nargs == 0 {
                return Err(crate::errors::type_error(
                    "sum() takes at least 1 positional argument (0 given)",
                ));
            }
            if has_kw {
                for &k in tuple::items(kw) {
                    if pystr::as_str(k) != "start" {
                        return Err(crate::errors::type_error(&format!(
                            "'{}' is an invalid keyword argument for sum()",
                            pystr::as_str(k)
                        )));
                    }
                }
            }
        }
        // Every parameter may be given by keyword; a missing one is named.
        "round" | "pow" => {
            let out = crate::args::parse::<0, MAX>(fname, args, nargs, kw, names)?;
            for (i, slot) in out.iter().enumerate().take(MIN) {
                if slot.is_null() {
                    return Err(crate::errors::type_error(&format!(
                        "{}() missing required argument '{}' (pos {})",
                        fname,
                        names[i],
                        i + 1
                    )));
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    crate::args::parse::<MIN, MAX>(fname, args, nargs, kw, names)
}

fn int_ref(v: i64) -> Ref {
    // SAFETY: runtime initialised.
    unsafe { Ref::steal(int::from_i64(v)) }
}

varargs_builtin!(b_print, |pos, kw| {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = null_mut();
    let mut flush = false;
    for (k, v) in &kw {
        let none_o = none::none();
        match *k {
            "sep" | "end" => {
                if *v != none_o && !pystr::is_str(*v) {
                    return Err(crate::errors::type_error(&format!(
                        "{} must be None or a string, not {}",
                        k,
                        obj_type_name(*v)
                    )));
                }
                if *v != none_o {
                    if *k == "sep" {
                        sep = pystr::as_str(*v).to_string();
                    } else {
                        end = pystr::as_str(*v).to_string();
                    }
                }
            }
            "file" => {
                if *v != none_o {
                    file = *v;
                }
            }
            "flush" => flush = ab::is_true(*v)?,
            other => {
                return Err(crate::errors::type_error(&format!(
                    "'{}' is an invalid keyword argument for print()",
                    other
                )))
            }
        }
    }
    let mut out = String::new();
    // The separate writes CPython makes (arguments, separators, end), for file objects.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (i, &a) in pos.iter().enumerate() {
        if i > 0 {
            pieces.push((out.len(), out.len() + sep.len()));
            out.push_str(&sep);
        }
        let s = ab::str(a)?;
        let start = out.len();
        out.push_str(pystr::as_str(s.as_ptr()));
        pieces.push((start, out.len()));
    }
    pieces.push((out.len(), out.len() + end.len()));
    out.push_str(&end);
    if file.is_null() {
        // The current `sys.stdout` (programs may replace it); None prints nothing.
        file = io::current_stdout();
        if file == none::none() {
            return Ok(none::none_ref());
        }
    }
    if file.is_null() || is_stream(file, 1) {
        let mut r = io::write_stdout(&out);
        if flush && r.is_ok() {
            r = io::try_flush_stdout();
        }
        if let Err(e) = r {
            return Err(crate::objects::fileio::io_error(&e));
        }
    } else if is_stream(file, 2) {
        io::write_stderr(&out);
    } else {
        let w = ab::getattr_str(file, "write")?;
        for (a, b) in pieces {
            let s = pystr::from_string(out[a..b].to_string());
            crate::call::call1(w.as_ptr(), s.as_ptr())?;
        }
        if flush {
            if let Some(f) = ab::getattr_opt_str(file, "flush")? {
                crate::call::call0(f.as_ptr())?;
            }
        }
    }
    Ok(none::none_ref())
});

unsafe fn is_stream(o: Obj, fd: i32) -> bool {
    io::is_std_stream(o, fd as usize)
}

builtin!(b_len, "len", 1, 1, ["obj"], |a| Ok(int_ref(
    ab::length(a[0])? as i64
)));
builtin!(b_repr, "repr", 1, 1, ["obj"], |a| ab::repr(a[0]));
builtin!(b_ascii, "ascii", 1, 1, ["obj"], |a| ab::ascii(a[0]));
builtin!(b_abs, "abs", 1, 1, ["x"], |a| {
    let nb = (*type_of(a[0])).tp_as_number;
    if nb.is_null() || (*nb).nb_absolute.is_none() {
        return Err(crate::errors::type_error(&format!(
            "bad operand type for abs(): '{}'",
            obj_type_name(a[0])
        )));
    }
    crate::errors::from_raw((*nb).nb_absolute.unwrap()(a[0]))
});
builtin!(
    b_isinstance,
    "isinstance",
    2,
    2,
    ["obj", "class_or_tuple"],
    |a| Ok(pybool::from_bool(ab::isinstance(a[0], a[1])?))
);
builtin!(
    b_issubclass,
    "issubclass",
    2,
    2,
    ["cls", "class_or_tuple"],
    |a| Ok(pybool::from_bool(ab::issubclass(a[0], a[1])?))
);
builtin!(b_id, "id", 1, 1, ["obj"], |a| Ok(int_ref(a[0] as i64)));
builtin!(b_hash, "hash", 1, 1, ["obj"], |a| Ok(int_ref(
    ab::hash(a[0])? as i64
)));
builtin!(b_callable, "callable", 1, 1, ["obj"], |a| Ok(
    pybool::from_bool(crate::call::is_callable(a[0]))
));
builtin!(b_chr, "chr", 1, 1, ["i"], |a| {
    if !int::is_int(a[0]) {
        return Err(crate::errors::type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            obj_type_name(a[0])
        )));
    }
    match int::as_i64(a[0]) {
        Some(v) if (0..0x110000).contains(&v) => Ok(Ref::steal(pystr::from_char(v as u32))),
        Some(_) => Err(crate::errors::value_error(
            "chr() arg not in range(0x110000)",
        )),
        None => Err(crate::errors::raise(
            exc::overflow_error(),
            "Python int too large to convert to C int",
        )),
    }
});
builtin!(b_ord, "ord", 1, 1, ["c"], |a| {
    let o = a[0];
    if pystr::is_str(o) {
        let n = pystr::char_len(o);
        if n != 1 {
            return Err(crate::errors::type_error(&format!(
                "ord() expected a character, but string of length {} found",
                n
            )));
        }
        return Ok(int_ref(pystr::char_at(o, 0) as i64));
    }
    if let Some(b) = crate::objects::bytes::bytes_like(o) {
        if b.len() != 1 {
            return Err(crate::errors::type_error(&format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(int_ref(b[0] as i64));
    }
    Err(crate::errors::type_error(&format!(
        "ord() expected string of length 1, but {} found",
        obj_type_name(o)
    )))
});

unsafe fn radix(o: Obj, spec: &str) -> PyResult<Ref> {
    let i = ab::number_index(o)?;
    crate::format::format_int(i.as_ptr(), spec)
}
builtin!(b_hex, "hex", 1, 1, ["number"], |a| radix(a[0], "#x"));
builtin!(b_oct, "oct", 1, 1, ["number"], |a| radix(a[0], "#o"));
builtin!(b_bin, "bin", 1, 1, ["number"], |a| radix(a[0], "#b"));

builtin!(b_iter, "iter", 1, 2, ["object", "sentinel"], |a| {
    if a[1].is_null() {
        return ab::get_iter(a[0]);
    }
    if !crate::call::is_callable(a[0]) {
        return Err(crate::errors::type_error("iter(v, w): v must be callable"));
    }
    Ok(Ref::steal(crate::objects::iter::call_iter_new(a[0], a[1])))
});
builtin!(b_aiter, "aiter", 1, 1, ["async_iterable"], |a| {
    crate::objects::anext::aiter(a[0])
});
builtin!(b_anext, "anext", 1, 2, ["aiterator", "default"], |a| {
    crate::objects::anext::anext(a[0], a[1])
});
builtin!(b_next, "next", 1, 2, ["iterator", "default"], |a| {
    let it = a[0];
    if (*type_of(it)).tp_iternext.is_none() {
        return Err(crate::errors::type_error(&format!(
            "'{}' object is not an iterator",
            obj_type_name(it)
        )));
    }
    let r = (*type_of(it)).tp_iternext.unwrap()(it);
    if !r.is_null() {
        return Ok(Ref::steal(r));
    }
    if crate::errors::occurred() {
        if !a[1].is_null() && crate::errors::matches(exc::stop_iteration()) {
            crate::errors::clear();
            return Ok(Ref::borrowed(a[1]));
        }
        return Err(Raised);
    }
    if !a[1].is_null() {
        return Ok(Ref::borrowed(a[1]));
    }
    Err(crate::errors::raise_empty(exc::stop_iteration()))
});

unsafe fn attr_name(o: Obj) -> PyResult<Obj> {
    if !pystr::is_str(o) {
        return Err(crate::errors::type_error(&format!(
            "attribute name must be string, not '{}'",
            obj_type_name(o)
        )));
    }
    Ok(o)
}
builtin!(
    b_getattr,
    "getattr",
    2,
    3,
    ["object", "name", "default"],
    |a| {
        let n = attr_name(a[1])?;
        if a[2].is_null() {
            return ab::getattr(a[0], n);
        }
        match ab::getattr_opt(a[0], n)? {
            Some(v) => Ok(v),
            None => Ok(Ref::borrowed(a[2])),
        }
    }
);
builtin!(b_setattr, "setattr", 3, 3, ["obj", "name", "value"], |a| {
    ab::setattr(a[0], attr_name(a[1])?, a[2])?;
    Ok(none::none_ref())
});
builtin!(b_delattr, "delattr", 2, 2, ["obj", "name"], |a| {
    ab::setattr(a[0], attr_name(a[1])?, null_mut())?;
    Ok(none::none_ref())
});
builtin!(b_hasattr, "hasattr", 2, 2, ["obj", "name"], |a| Ok(
    pybool::from_bool(ab::getattr_opt(a[0], attr_name(a[1])?)?.is_some())
));

unsafe extern "C" fn b_sorted(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if nargs != 1 {
            return Err(crate::errors::type_error(&format!(
                "sorted expected 1 argument, got {}",
                nargs
            )));
        }
        let [key, reverse] =
            crate::args::parse::<0, 2>("sort", args.add(1), 0, kw, &["$key", "$reverse"])?;
        let items = ab::collect(*args)?;
        let l = Ref::steal(list::from_refs(items));
        let rev = !reverse.is_null() && ab::is_true(reverse)?;
        list::sort(l.as_ptr(), key, rev)?;
        Ok(l)
    })())
}

unsafe fn min_max(name: &str, pos: &[Obj], kw: &[(&str, Obj)], op: i32) -> PyResult<Ref> {
    let mut key = null_mut();
    let mut default = null_mut();
    for (k, v) in kw {
        match *k {
            "key" => key = if *v == none::none() { null_mut() } else { *v },
            "default" => default = *v,
            other => {
                return Err(crate::errors::type_error(&format!(
                    "'{}' is an invalid keyword argument for {}()",
                    other, name
                )))
            }
        }
    }
    let items: Vec<Ref> = match pos.len() {
        0 => {
            return Err(crate::errors::type_error(&format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => ab::collect(pos[0])?,
        _ => {
            if !default.is_null() {
                return Err(crate::errors::type_error(&format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            pos.iter().map(|&o| Ref::borrowed(o)).collect()
        }
    };
    if items.is_empty() {
        if !default.is_null() {
            return Ok(Ref::borrowed(default));
        }
        return Err(crate::errors::value_error(&format!(
            "{}() iterable argument is empty",
            name
        )));
    }
    let mut best: Option<(Ref, Ref)> = None;
    for it in items {
        let k = if key.is_null() {
            it.clone()
        } else {
            crate::call::call1(key, it.as_ptr())?
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => ab::compare_bool(k.as_ptr(), bk.as_ptr(), op)?,
        };
        if better {
            best = Some((k, it));
        }
    }
    Ok(best.unwrap().1)
}
varargs_builtin!(b_min, |pos, kw| min_max("min", pos, &kw, ab::CMP_LT));
varargs_builtin!(b_max, |pos, kw| min_max("max", pos, &kw, ab::CMP_GT));

builtin!(b_sum, "sum", 1, 2, ["iterable", "start"], |a| {
    let mut acc = if a[1].is_null() {
        int_ref(0)
    } else {
        Ref::borrowed(a[1])
    };
    if pystr::is_str(acc.as_ptr()) {
        return Err(crate::errors::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if crate::objects::bytes::is_bytes(acc.as_ptr()) {
        return Err(crate::errors::type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let it = ab::get_iter(a[0])?;
    let float_t = &raw mut crate::objects::float::PyFloat_Type;
    // Floats are added with Neumaier compensation, as CPython 3.12 does.
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = ab::iter_next(it.as_ptr())? {
        let xp = x.as_ptr();
        let acc_float = type_of(acc.as_ptr()) == float_t || fsum.is_some();
        if acc_float
            && (type_of(xp) == float_t
                || (type_of(xp) == &raw mut int::PyLong_Type
                    && int::as_i64(xp).map_or(false, |v| v.unsigned_abs() < (1 << 53))))
        {
            let (mut s, mut c) = fsum.unwrap_or((crate::objects::float::value(acc.as_ptr()), 0.0));
            let v = if type_of(xp) == float_t {
                crate::objects::float::value(xp)
            } else {
                int::as_i64(xp).unwrap() as f64
            };
            let t = s + v;
            if t.is_finite() {
                if s.abs() >= v.abs() {
                    c += (s - t) + v;
                } else {
                    c += (v - t) + s;
                }
            }
            s = t;
            fsum = Some((s, c));
            continue;
        }
        if let Some((s, c)) = fsum.take() {
            let total = if c != 0.0 && c.is_finite() { s + c } else { s };
            acc = Ref::steal(crate::objects::float::from_f64(total));
        }
        acc = ab::binary_op(acc.as_ptr(), xp, ab::BinOp::Add)?;
    }
    if let Some((s, c)) = fsum {
        let total = if c != 0.0 && c.is_finite() { s + c } else { s };
        acc = Ref::steal(crate::objects::float::from_f64(total));
    }
    Ok(acc)
});
builtin!(b_any, "any", 1, 1, ["iterable"], |a| {
    let it = ab::get_iter(a[0])?;
    while let Some(x) = ab::iter_next(it.as_ptr())? {
        if ab::is_true(x.as_ptr())? {
            return Ok(pybool::from_bool(true));
        }
    }
    Ok(pybool::from_bool(false))
});
builtin!(b_all, "all", 1, 1, ["iterable"], |a| {
    let it = ab::get_iter(a[0])?;
    while let Some(x) = ab::iter_next(it.as_ptr())? {
        if !ab::is_true(x.as_ptr())? {
            return Ok(pybool::from_bool(false));
        }
    }
    Ok(pybool::from_bool(true))
});

/// Rounds an f64 to `nd` decimal places with round-half-even on the exact value, as
/// CPython's `round()` (via correctly rounded decimal conversion).
/// `None`: the rounded value overflows a float.
fn round_f64(x: f64, nd: i64) -> Option<f64> {
    if !x.is_finite() || x == 0.0 {
        return Some(x);
    }
    // CPython's NDIGITS_MAX: beyond it every float is already exact.
    if nd > 323 {
        return Some(x);
    }
    if nd < -308 {
        return Some(0.0 * x.signum());
    }
    if nd >= 0 {
        // Format with nd decimals: Rust rounds the exact binary value half-to-even.
        let s = format!("{:.*}", nd as usize, x);
        return Some(s.parse().unwrap_or(x));
    }
    // Exact: |x| = num / den; q = round-half-even(|x| / 10**k); the result is q * 10**k
    // rounded once to a float.
    use num_integer::Integer;
    use num_traits::Zero;
    let k = (-nd) as usize;
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let mut num = num_bigint::BigInt::from(mant);
    let mut den = num_bigint::BigInt::from(1u8);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let p = num_traits::pow(num_bigint::BigInt::from(10), k);
    let d = &den * &p;
    let (q, r) = num.div_mod_floor(&d);
    let twice = &r * 2;
    let q = if twice > d || (twice == d && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let val = q * p;
    let r = if val.is_zero() {
        0.0
    } else {
        match int::true_divide(&val, &num_bigint::BigInt::from(1u8)) {
            Some(f) if f.is_finite() => f,
            _ => return None,
        }
    };
    Some(if x < 0.0 { -r } else { r })
}

/// `round(x, ndigits)` for a float `x` (`ndigits` null or None: an int, half to even).
///
/// # Safety
/// `ndigits` is null or live.
pub unsafe fn round_float(v: f64, ndigits: Obj) -> PyResult<Ref> {
    if ndigits.is_null() || ndigits == none::none() {
        if v.is_nan() {
            return Err(crate::errors::value_error(
                "cannot convert float NaN to integer",
            ));
        }
        if v.is_infinite() {
            return Err(crate::errors::raise(
                exc::overflow_error(),
                "cannot convert float infinity to integer",
            ));
        }
        let r = v.round();
        let r = if (v - v.trunc()).abs() == 0.5 {
            2.0 * (v / 2.0).round()
        } else {
            r
        };
        return crate::objects::float::f64_to_int(r);
    }
    let nd = ab::as_ssize_clamped(ndigits)? as i64;
    match round_f64(v, nd) {
        Some(r) => Ok(Ref::steal(crate::objects::float::from_f64(r))),
        None => Err(crate::errors::raise(
            exc::overflow_error(),
            "rounded value too large to represent",
        )),
    }
}

/// `round(x, ndigits)` for an int `x`: an exact int, half to even for negative
/// `ndigits`.
///
/// # Safety
/// `x` is an int; `ndigits` is null or live.
pub unsafe fn round_int(x: Obj, ndigits: Obj) -> PyResult<Ref> {
    if ndigits.is_null() || ndigits == none::none() {
        return Ok(Ref::steal(int::from_bigint(int::as_bigint(x))));
    }
    let nd = ab::as_ssize_clamped(ndigits)? as i64;
    let v = int::as_bigint(x);
    if nd >= 0 {
        return Ok(Ref::steal(int::from_bigint(v)));
    }
    // More digits removed than the value has: the result is 0.
    if (-nd) as u64 > v.bits() / 3 + 2 {
        return Ok(int_ref(0));
    }
    use num_integer::Integer;
    let p = num_traits::pow(num_bigint::BigInt::from(10), (-nd) as usize);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(Ref::steal(int::from_bigint(q * p)))
}

builtin!(b_round, "round", 1, 2, ["number", "ndigits"], |a| {
    let x = a[0];
    let nd_given = !a[1].is_null() && a[1] != none::none();
    if crate::objects::float::is_float(x) {
        return round_float(crate::objects::float::value(x), a[1]);
    }
    if int::is_int(x) {
        return round_int(x, a[1]);
    }
    match ab::lookup_special(x, "__round__") {
        Some(f) => {
            if nd_given {
                crate::call::call_vec(f.as_ptr(), &[x, a[1]])
            } else {
                crate::call::call1(f.as_ptr(), x)
            }
        }
        None => Err(crate::errors::type_error(&format!(
            "type {} doesn't define __round__ method",
            obj_type_name(x)
        ))),
    }
});
builtin!(b_divmod, "divmod", 2, 2, ["x", "y"], |a| ab::binary_op(
    a[0],
    a[1],
    ab::BinOp::Divmod
)
.map_err(|e| { e }));
builtin!(b_pow, "pow", 2, 3, ["base", "exp", "mod"], |a| {
    let float_t = &raw mut crate::objects::float::PyFloat_Type;
    // Three-argument pow over ints and floats with a float among them: int's slot
    // declines and float's refuses the modulus, whatever the float's position.
    let num = |o: Obj| int::is_int(o) || type_of(o) == float_t;
    if !a[2].is_null()
        && a[2] != none::none()
        && a.iter().all(|&o| num(o))
        && a.iter().any(|&o| type_of(o) == float_t)
    {
        return Err(crate::errors::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    if a[2].is_null() || a[2] == none::none() {
        ab::binary_op(a[0], a[1], ab::BinOp::Pow)
    } else {
        ab::ternary_pow(a[0], a[1], a[2])
    }
});
builtin!(b_format, "format", 1, 2, ["value", "format_spec"], |a| {
    let spec = if a[1].is_null() {
        pystr::from_string(String::new())
    } else {
        Ref::borrowed(a[1])
    };
    if !pystr::is_str(spec.as_ptr()) {
        return Err(crate::errors::type_error(&format!(
            "format() argument 2 must be str, not {}",
            obj_type_name(spec.as_ptr())
        )));
    }
    crate::format::format(a[0], spec.as_ptr())
});
builtin!(b_input, "input", 0, 1, ["prompt"], |a| {
    if !a[0].is_null() {
        let s = ab::str(a[0])?;
        if let Err(e) = io::write_stdout(pystr::as_str(s.as_ptr())) {
            return Err(crate::objects::fileio::io_error(&e));
        }
    }
    if let Err(e) = io::try_flush_stdout() {
        return Err(crate::objects::fileio::io_error(&e));
    }
    match io::read_line() {
        Some(l) => Ok(pystr::from_string(l)),
        None => Err(crate::errors::raise(
            exc::eof_error(),
            "EOF when reading a line",
        )),
    }
});
builtin!(b_vars, "vars", 0, 1, ["object"], |a| {
    if a[0].is_null() {
        return Err(crate::errors::type_error(
            "vars() without arguments is not supported by Molt",
        ));
    }
    match ab::getattr_opt_str(a[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(crate::errors::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
});
builtin!(
    b_import,
    "__import__",
    1,
    5,
    ["name", "globals", "locals", "fromlist", "level"],
    |a| {
        // Only modules compiled into the program (or in the runtime) can be imported:
        // `molt build` finds the literal names given to `__import__` and
        // `importlib.import_module`.
        if !pystr::is_str(a[0]) {
            return Err(crate::errors::type_error(&format!(
                "__import__() argument 1 must be str, not {}",
                obj_type_name(a[0])
            )));
        }
        let level = if a[4].is_null() {
            0
        } else {
            crate::abstract_::as_ssize(a[4])?
        };
        if level != 0 {
            // TODO(import): relative `__import__` (level > 0).
            return Err(crate::errors::raise(
                crate::objects::exceptions::import_error(),
                "relative __import__() is not supported by Molt yet",
            ));
        }
        let name = pystr::as_str(a[0]).to_string();
        if name.is_empty() {
            return Err(crate::errors::value_error("Empty module name"));
        }
        let m = crate::abi::import_module(&name)?;
        let wants_leaf = !a[3].is_null() && crate::abstract_::is_true(a[3])?;
        match name.split_once('.') {
            Some((top, _)) if !wants_leaf => crate::abi::import_module(top),
            _ => Ok(m),
        }
    }
);
builtin!(b_dir, "dir", 0, 1, ["object"], |a| {
    let o = a[0];
    if o.is_null() {
        // TODO(builtins): `dir()` without arguments (the caller's local names).
        return Err(crate::errors::type_error(
            "dir() without arguments is not supported by Molt",
        ));
    }
    // A class's own `__dir__` decides (its result is sorted into a list).
    let tp = type_of(o);
    if let Some(f) = crate::typeobject::lookup_str(tp, "__dir__") {
        let f = Ref::borrowed(f);
        let r = crate::call::call1(f.as_ptr(), o)?;
        let l = Ref::steal(list::with_capacity(0));
        let it = crate::abstract_::get_iter(r.as_ptr())?;
        while let Some(x) = crate::abstract_::iter_next(it.as_ptr())? {
            list::push(l.as_ptr(), x.into_raw());
        }
        list::sort(l.as_ptr(), null_mut(), false)?;
        return Ok(l);
    }
    let names = Ref::steal(
        crate::objects::set::set_from_iterable(Ref::steal(list::with_capacity(0)).as_ptr())?
            .into_raw(),
    );
    let add_keys = |d: Obj| -> PyResult<()> {
        for (k, _) in dict::items_vec(d) {
            crate::objects::set::add(names.as_ptr(), k.as_ptr())?;
        }
        Ok(())
    };
    let dp = instance_dict_ptr(o);
    if !dp.is_null() && !(*dp).is_null() {
        add_keys(*dp)?;
    }
    let tp = if (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        o as *mut PyTypeObject
    } else {
        type_of(o)
    };
    for &t in tuple::items((*tp).tp_mro) {
        add_keys((*(t as *mut PyTypeObject)).tp_dict)?;
    }
    let l = Ref::steal(list::from_refs(crate::objects::set::elements(
        names.as_ptr(),
    )));
    list::sort(l.as_ptr(), null_mut(), false)?;
    Ok(l)
});
builtin!(
    b_build_class_unsupported,
    "__build_class__",
    0,
    0,
    [],
    |a| Err(crate::errors::type_error(
        "__build_class__ is not callable at run time in Molt"
    ))
);
