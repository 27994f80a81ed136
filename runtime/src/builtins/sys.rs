//! The `sys` module: `argv`, `exit`, the standard streams (`io.rs`), `path`, `modules`,
//! the interpreter facts (`version_info`, `implementation`, `float_info`, `int_info`,
//! `maxsize`, ...), the recursion limit, `exc_info`/`exception`, `intern`.
//!
//! The struct sequences (`sys.version_info` and friends) are tuple subclasses with
//! named read-only fields and CPython's repr; `sys.implementation` is a namespace.
//!
//! TODO(sys): `getsizeof`, `settrace`/`setprofile`, `_getframe`, `excepthook`/
//! `displayhook`, `stdlib_module_names`; `set_int_max_str_digits` accepts only the fixed
//! limit (4300), which `int` enforces.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut SYS: Obj = null_mut();

static mut SYS_METHODS: [PyMethodDef; 14] = [
    crate::method_def!("getrefcount", sys_getrefcount, METH_O),
    crate::method_def!(
        "get_int_max_str_digits",
        sys_get_int_max_str_digits,
        METH_NOARGS
    ),
    crate::method_def!("set_int_max_str_digits", sys_set_int_max_str_digits),
    crate::method_def!("exit", sys_exit),
    crate::method_def!("getrecursionlimit", sys_getrecursionlimit),
    crate::method_def!("_getframe", sys_getframe),
    crate::method_def!("_getframemodulename", sys_getframemodulename),
    crate::method_def!("setrecursionlimit", sys_setrecursionlimit),
    crate::method_def!("intern", sys_intern),
    crate::method_def!("exc_info", sys_exc_info),
    crate::method_def!("exception", sys_exception),
    crate::method_def!("getdefaultencoding", sys_getdefaultencoding),
    crate::method_def!("getfilesystemencoding", sys_getdefaultencoding),
    METHOD_SENTINEL,
];

/// Creates the `sys` module from the process arguments.
///
/// # Safety
/// Start-up only.
pub unsafe fn init(argv: &[String]) -> PyResult<()> {
    let m = crate::objects::module::new("sys")?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let mut def = (&raw mut SYS_METHODS) as *mut PyMethodDef;
    while !(*def).ml_name.is_null() {
        let f = crate::objects::cfunction::new(def, null_mut(), m.as_ptr());
        dict::set_str(d, &crate::objects::cfunction::def_name(def), f.as_ptr())?;
        def = def.add(1);
    }
    let args: Vec<Ref> = argv.iter().map(|a| pystr::from_string(a.clone())).collect();
    let l = Ref::steal(list::from_refs(args));
    dict::set_str(d, "argv", l.as_ptr())?;
    for (name, fd) in [
        ("stdin", 0),
        ("stdout", 1),
        ("stderr", 2),
        ("__stdin__", 0),
        ("__stdout__", 1),
        ("__stderr__", 2),
    ] {
        dict::set_str(d, name, super::io::stream(fd))?;
    }
    let i = |v: i64| Ref::steal(int::from_i64(v));
    let maxsize = i(i64::MAX);
    dict::set_str(d, "maxsize", maxsize.as_ptr())?;
    let vt = struct_seq(
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![i(3), i(12), i(1), pystr::from_string("final".into()), i(0)],
    )?;
    dict::set_str(d, "version_info", vt.as_ptr())?;
    let hexversion = i(0x030C01F0);
    dict::set_str(d, "hexversion", hexversion.as_ptr())?;
    let ver = pystr::from_string("3.12.1 (Molt)".into());
    dict::set_str(d, "version", ver.as_ptr())?;
    for (k, v) in [
        ("platform", "linux"),
        ("byteorder", "little"),
        ("float_repr_style", "short"),
        ("abiflags", ""),
        (
            "copyright",
            "Molt: a Python 3.12 compiler. Python is Copyright (c) Python Software Foundation.",
        ),
    ] {
        let o = pystr::from_string(v.into());
        dict::set_str(d, k, o.as_ptr())?;
    }
    let maxunicode = i(0x10FFFF);
    dict::set_str(d, "maxunicode", maxunicode.as_ptr())?;
    let f = |v: f64| Ref::steal(crate::objects::float::from_f64(v));
    let fi = struct_seq(
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            f(f64::MAX),
            i(f64::MAX_EXP as i64),
            i(f64::MAX_10_EXP as i64),
            f(f64::MIN_POSITIVE),
            i(f64::MIN_EXP as i64),
            i(f64::MIN_10_EXP as i64),
            i(f64::DIGITS as i64),
            i(f64::MANTISSA_DIGITS as i64),
            f(f64::EPSILON),
            i(f64::RADIX as i64),
            i(1),
        ],
    )?;
    dict::set_str(d, "float_info", fi.as_ptr())?;
    let ii = struct_seq(
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![i(30), i(4), i(4300), i(640)],
    )?;
    dict::set_str(d, "int_info", ii.as_ptr())?;
    let imp = namespace(&[
        ("name", pystr::from_string("molt".into())),
        ("cache_tag", crate::objects::none::none_ref()),
        ("version", Ref::borrowed(vt.as_ptr())),
        ("hexversion", i(0x030C01F0)),
    ])?;
    dict::set_str(d, "implementation", imp.as_ptr())?;
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe_o = pystr::from_string(exe.clone());
    dict::set_str(d, "executable", exe_o.as_ptr())?;
    // The program's folder first, as CPython's script directory.
    let dir = std::path::Path::new(&exe)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = Ref::steal(list::from_refs(vec![pystr::from_string(dir)]));
    dict::set_str(d, "path", path.as_ptr())?;
    let empty = Ref::steal(list::from_refs(Vec::new()));
    dict::set_str(d, "warnoptions", empty.as_ptr())?;
    // The installation prefixes: the program's folder's parent (a Molt executable
    // carries its library; there is no separate installation).
    let prefix = std::path::Path::new(&exe)
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "/".into());
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let o = pystr::from_string(prefix.clone());
        dict::set_str(d, k, o.as_ptr())?;
    }
    let b = crate::objects::bool::from_bool;
    let flags = struct_seq(
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
        vec![
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(1),
            i(0),
            b(false),
            i(0),
            i(0),
            b(false),
            i(4300),
        ],
    )?;
    dict::set_str(d, "flags", flags.as_ptr())?;
    let hash_info = struct_seq(
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            i(64),
            i((1i64 << 61) - 1),
            i(314159),
            i(0),
            i(1000003),
            pystr::from_string("siphash13".into()),
            i(64),
            i(128),
            i(0),
        ],
    )?;
    dict::set_str(d, "hash_info", hash_info.as_ptr())?;
    let mut names: Vec<&str> = vec!["builtins", "sys"];
    names.extend(super::modules::registry().iter().map(|(n, _)| *n));
    names.sort();
    let bmn = Ref::steal(tuple::from_refs(
        names
            .iter()
            .map(|n| pystr::from_string(n.to_string()))
            .collect(),
    ));
    dict::set_str(d, "builtin_module_names", bmn.as_ptr())?;
    let orig = Ref::steal(list::from_refs(
        argv.iter().map(|a| pystr::from_string(a.clone())).collect(),
    ));
    dict::set_str(d, "orig_argv", orig.as_ptr())?;
    let mods = Ref::steal(dict::new_raw());
    dict::set_str(d, "modules", mods.as_ptr())?;
    SYS = m.into_raw();
    dict::set_str(mods.as_ptr(), "sys", SYS)?;
    dict::set_str(mods.as_ptr(), "builtins", super::builtins_module())?;
    Ok(())
}

/// The sys module's dict (borrowed).
pub fn module_dict() -> Obj {
    // SAFETY: set once at start-up.
    unsafe { crate::objects::module::dict_of(SYS) }
}

/// The sys module (borrowed).
pub fn module() -> Obj {
    // SAFETY: set once at start-up.
    unsafe { SYS }
}

unsafe extern "C" fn sys_exit(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [code] = crate::args::parse::<0, 1>("exit", args, nargs, kw, &["status"])?;
        let e = if code.is_null() {
            crate::objects::exceptions::new_exception(
                crate::objects::exceptions::system_exit(),
                &[],
            )?
        } else {
            crate::objects::exceptions::new_exception(
                crate::objects::exceptions::system_exit(),
                &[code],
            )?
        };
        Err(crate::errors::set_raised(e))
    })())
}

/// `sys._getframe(depth=0)`: the frame object `depth` Python frames above the caller.
unsafe extern "C" fn sys_getframe(_m: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [depth] = crate::args::parse::<0, 1>("_getframe", a, n, k, &["depth"])?;
        let d = if depth.is_null() {
            0
        } else {
            crate::abstract_::as_ssize(depth)?
        };
        match crate::objects::frame::at_level(d.max(0) as usize)? {
            Some(f) => Ok(f),
            None => Err(crate::errors::value_error("call stack is not deep enough")),
        }
    })())
}

/// `sys._getframemodulename(depth=0)`: the module name of that frame, or None.
unsafe extern "C" fn sys_getframemodulename(_m: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [depth] = crate::args::parse::<0, 1>("_getframemodulename", a, n, k, &["$depth"])?;
        let d = if depth.is_null() {
            0
        } else {
            crate::abstract_::as_ssize(depth)?
        };
        Ok(crate::frames::module_name(d.max(0) as usize)
            .unwrap_or_else(crate::objects::none::none_ref))
    })())
}

unsafe extern "C" fn sys_getrecursionlimit(_m: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    int::from_i64(crate::abi::molt_recursion_limit as i64)
}

unsafe extern "C" fn sys_setrecursionlimit(
    _m: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [n] = crate::args::parse::<1, 1>("setrecursionlimit", args, nargs, kw, &["limit"])?;
        if !int::is_int(n) {
            return Err(crate::errors::type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                obj_type_name(n)
            )));
        }
        let v = int::as_i64(n).unwrap_or(i64::MAX);
        if v < 1 {
            return Err(crate::errors::value_error(
                "recursion limit must be greater or equal than 1",
            ));
        }
        let v = v.min(u32::MAX as i64 - 100) as u32;
        let depth = crate::call::molt_recursion_depth;
        if v <= depth {
            return Err(crate::errors::raise(
                crate::objects::exceptions::recursion_error(),
                &format!(
                    "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                    v, depth
                ),
            ));
        }
        crate::frames::reserve_for_limit(v);
        crate::abi::molt_recursion_limit = v;
        Ok(crate::objects::none::none_ref())
    })())
}

unsafe extern "C" fn sys_exc_info(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse::<0, 0>("exc_info", args, nargs, kw, &[])?;
        let e = crate::errors::handled();
        let none = crate::objects::none::none();
        if e.is_null() || e == none {
            return Ok(Ref::steal(tuple::from_slice(&[none, none, none])));
        }
        let tb = crate::abstract_::getattr_str(e, "__traceback__")?;
        Ok(Ref::steal(tuple::from_slice(&[
            type_of(e) as Obj,
            e,
            tb.as_ptr(),
        ])))
    })())
}

unsafe extern "C" fn sys_exception(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse::<0, 0>("exception", args, nargs, kw, &[])?;
        let e = crate::errors::handled();
        if e.is_null() {
            return Ok(crate::objects::none::none_ref());
        }
        Ok(Ref::borrowed(e))
    })())
}

unsafe extern "C" fn sys_getdefaultencoding(
    _m: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse::<0, 0>("getdefaultencoding", args, nargs, kw, &[])?;
        Ok(pystr::from_string("utf-8".into()))
    })())
}

/// A struct sequence: an instance of a new tuple subclass `sys.<name>` whose fields are
/// read-only properties, printed as `sys.name(field=value, ...)`. New reference.
unsafe fn struct_seq(name: &str, fields: &[&str], values: Vec<Ref>) -> PyResult<Ref> {
    let tp = struct_seq_type("sys", name, fields, &[], true)?;
    let items = Ref::steal(tuple::from_refs(values));
    let inst = crate::call::call_vec(tp.as_ptr(), &[items.as_ptr()])?;
    // The type lives as long as the program (its instances are module constants).
    std::mem::forget(tp);
    Ok(inst)
}

/// A struct-sequence type `module.name`: a tuple subclass whose `fields` (except those
/// in `attr_fields`, which instances carry as attributes of their own, as
/// `os.stat_result.st_mtime` does) are read-only properties over the items, printed as
/// `module.name(field=value, ...)`. Without `slots`, instances have a `__dict__` for
/// such extra attributes. New reference.
pub(crate) unsafe fn struct_seq_type(
    module: &str,
    name: &str,
    fields: &[&str],
    attr_fields: &[&str],
    slots: bool,
) -> PyResult<Ref> {
    let ns = Ref::steal(dict::new_raw());
    let module = pystr::from_string(module.into());
    dict::set_str(ns.as_ptr(), "__module__", module.as_ptr())?;
    if slots {
        let slots = Ref::steal(tuple::from_slice(&[]));
        dict::set_str(ns.as_ptr(), "__slots__", slots.as_ptr())?;
    }
    let mut names = Vec::new();
    for (k, f) in fields.iter().enumerate() {
        names.push(pystr::from_string(f.to_string()));
        if attr_fields.contains(f) {
            continue;
        }
        let idx = Ref::steal(int::from_i64(k as i64));
        let getter = super::operator::new_itemgetter(&[idx.as_ptr()]);
        let prop = crate::call::call_vec(
            &raw mut crate::objects::funcobjects::PyProperty_Type as Obj,
            &[getter.as_ptr()],
        )?;
        dict::set_str(ns.as_ptr(), f, prop.as_ptr())?;
    }
    let ma = Ref::steal(tuple::from_refs(names));
    dict::set_str(ns.as_ptr(), "__match_args__", ma.as_ptr())?;
    for (k, v) in [
        ("n_fields", fields.len()),
        ("n_sequence_fields", fields.len()),
        ("n_unnamed_fields", 0),
    ] {
        let n = Ref::steal(int::from_i64(v as i64));
        dict::set_str(ns.as_ptr(), k, n.as_ptr())?;
    }
    let tname = pystr::from_string(name.to_string());
    let bases = Ref::steal(tuple::from_slice(&[
        &raw mut crate::objects::tuple::PyTuple_Type as Obj,
    ]));
    let tp = crate::classes::new_heap_type(
        &raw mut PyType_Type,
        tname.as_ptr(),
        bases.as_ptr(),
        ns.as_ptr(),
    )?;
    (*(tp.as_ptr() as *mut PyTypeObject)).tp_repr = Some(struct_seq_repr);
    Ok(tp)
}

unsafe extern "C" fn struct_seq_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let tp = type_of(o);
        let fields = dict::get_str((*tp).tp_dict, "__match_args__")
            .map(|t| tuple::items(t).to_vec())
            .unwrap_or_default();
        let mut parts = Vec::new();
        for (k, &f) in fields.iter().enumerate() {
            let v = crate::abstract_::repr(tuple::item(o, k))?;
            parts.push(format!(
                "{}={}",
                pystr::as_str(f),
                pystr::as_str(v.as_ptr())
            ));
        }
        Ok(pystr::from_string(format!(
            "{}.{}({})",
            type_module(tp),
            type_name(tp),
            parts.join(", ")
        )))
    })())
}

/// A `types.SimpleNamespace`-like object (`sys.implementation`). New reference.
unsafe fn namespace(attrs: &[(&str, Ref)]) -> PyResult<Ref> {
    let ns = Ref::steal(dict::new_raw());
    let module = pystr::from_string("types".into());
    dict::set_str(ns.as_ptr(), "__module__", module.as_ptr())?;
    let tname = pystr::from_string("SimpleNamespace".into());
    let bases = Ref::steal(tuple::from_slice(&[
        &raw mut crate::objects::object::PyBaseObject_Type as Obj,
    ]));
    let tp = crate::classes::new_heap_type(
        &raw mut PyType_Type,
        tname.as_ptr(),
        bases.as_ptr(),
        ns.as_ptr(),
    )?;
    (*(tp.as_ptr() as *mut PyTypeObject)).tp_repr = Some(namespace_repr);
    let inst = crate::call::call_vec(tp.as_ptr(), &[])?;
    for (k, v) in attrs {
        let key = pystr::from_string(k.to_string());
        crate::abstract_::setattr(inst.as_ptr(), key.as_ptr(), v.as_ptr())?;
    }
    std::mem::forget(tp);
    Ok(inst)
}

unsafe extern "C" fn namespace_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let d = crate::abstract_::getattr_str(o, "__dict__")?;
        let mut parts = Vec::new();
        for (k, v) in dict::items_vec(d.as_ptr()) {
            let r = crate::abstract_::repr(v.as_ptr())?;
            parts.push(format!(
                "{}={}",
                pystr::as_str(k.as_ptr()),
                pystr::as_str(r.as_ptr())
            ));
        }
        Ok(pystr::from_string(format!(
            "namespace({})",
            parts.join(", ")
        )))
    })())
}

unsafe extern "C" fn sys_intern(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s] = crate::args::parse::<1, 1>("intern", args, nargs, kw, &["string"])?;
        Ok(Ref::borrowed(s))
    })())
}

/// `getrefcount(object)`: the reference count, plus one for the argument as CPython
/// counts it.
unsafe extern "C" fn sys_getrefcount(_m: Obj, o: Obj) -> Obj {
    int::from_i64((*o).ob_refcnt as i64 + 1)
}

unsafe extern "C" fn sys_get_int_max_str_digits(_m: Obj, _a: Obj) -> Obj {
    int::from_i64(4300)
}

/// `set_int_max_str_digits(maxdigits)`: the limit is fixed at 4300 in Molt.
unsafe extern "C" fn sys_set_int_max_str_digits(
    _m: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [n] =
            crate::args::parse::<1, 1>("set_int_max_str_digits", args, nargs, kw, &["maxdigits"])?;
        let v = crate::abstract_::as_ssize(n)?;
        if v != 0 && v < 640 {
            return Err(crate::errors::value_error(
                "maxdigits must be 0 or larger than 640",
            ));
        }
        if v != 4300 {
            // TODO(sys): a changeable limit needs `int` to read it.
            return Err(crate::errors::value_error(&format!(
                "sys.set_int_max_str_digits({}) is not supported by Molt yet (the limit is fixed at 4300)",
                v
            )));
        }
        Ok(crate::objects::none::none_ref())
    })())
}
