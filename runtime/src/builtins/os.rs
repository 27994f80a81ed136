//! The `os` module and its submodule `os.path` (POSIX rules), gated by capabilities:
//! the file-system functions need `fs.read` (inspecting) or `fs.write` (changing), the
//! environment needs `env.read`. The pure path-string functions (`join`, `split`,
//! `basename`, `dirname`, `splitext`, `normpath`, `isabs`) need nothing.
//!
//! `os.environ` is an `os._Environ` mapping: a dict filled from the process environment
//! when `os` is first imported with `env.read` granted (without it, touching
//! `os.environ` raises the PermissionError), whose changes also go to the process
//! environment, as CPython's do; `getenv` reads it.
//!
//! `os.walk` (top-down or bottom-up), as CPython's, recurses into the `dirnames` list as
//! the caller left it (so pruning works).
//!
//! `os.stat` returns an `os.stat_result` struct sequence (the ten classic fields as
//! items; `st_atime`/`st_mtime`/`st_ctime` as float attributes, the `_ns` forms, block
//! sizes and `st_rdev` as attributes).
//!
//! TODO(os): no `onerror`, bytes paths, `stat`
//! module.

use crate::capabilities::{self, Capability};
use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::fileio;
use crate::objects::{bool as pybool, dict, list, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut OS_METHODS: [PyMethodDef; 29] = [
    crate::method_def!("urandom", os_urandom),
    crate::method_def!("get_terminal_size", os_get_terminal_size),
    crate::method_def!("symlink", os_symlink),
    crate::method_def!("readlink", os_readlink),
    crate::method_def!("scandir", os_scandir),
    crate::method_def!("getpid", os_getpid),
    crate::method_def!("getppid", os_getppid),
    crate::method_def!("isatty", os_isatty),
    crate::method_def!("cpu_count", os_cpu_count),
    crate::method_def!("strerror", os_strerror),
    crate::method_def!("chdir", os_chdir),
    crate::method_def!("fsencode", os_fsencode),
    crate::method_def!("fsdecode", os_fsdecode),
    crate::method_def!("getcwd", os_getcwd),
    crate::method_def!("listdir", os_listdir),
    crate::method_def!("remove", os_remove),
    crate::method_def!("unlink", os_unlink),
    crate::method_def!("mkdir", os_mkdir),
    crate::method_def!("makedirs", os_makedirs),
    crate::method_def!("rmdir", os_rmdir),
    crate::method_def!("rename", os_rename),
    crate::method_def!("replace", os_replace),
    crate::method_def!("getenv", os_getenv),
    crate::method_def!("fspath", os_fspath),
    crate::method_def!("walk", os_walk),
    crate::method_def!("stat", os_stat),
    crate::method_def!("lstat", os_lstat),
    crate::method_def!("__getattr__", os_getattr),
    METHOD_SENTINEL,
];

static mut PATH_METHODS: [PyMethodDef; 26] = [
    crate::method_def!("commonprefix", path_commonprefix),
    crate::method_def!("commonpath", path_commonpath),
    crate::method_def!("relpath", path_relpath),
    crate::method_def!("splitdrive", path_splitdrive),
    crate::method_def!("lexists", path_lexists),
    crate::method_def!("realpath", path_realpath),
    crate::method_def!("samefile", path_samefile),
    crate::method_def!("expandvars", path_expandvars),
    crate::method_def!("join", path_join),
    crate::method_def!("split", path_split),
    crate::method_def!("basename", path_basename),
    crate::method_def!("dirname", path_dirname),
    crate::method_def!("splitext", path_splitext),
    crate::method_def!("normpath", path_normpath),
    crate::method_def!("isabs", path_isabs),
    crate::method_def!("abspath", path_abspath),
    crate::method_def!("exists", path_exists),
    crate::method_def!("isfile", path_isfile),
    crate::method_def!("isdir", path_isdir),
    crate::method_def!("getsize", path_getsize),
    crate::method_def!("getmtime", path_getmtime),
    crate::method_def!("getatime", path_getatime),
    crate::method_def!("getctime", path_getctime),
    crate::method_def!("islink", path_islink),
    crate::method_def!("expanduser", path_expanduser),
    METHOD_SENTINEL,
];

/// Module constants shared by `os` and `os.path`.
unsafe fn set_constants(d: Obj, names: &[(&str, &str)]) -> PyResult<()> {
    for (k, v) in names {
        let s = Ref::steal(pystr::from_str(v));
        dict::set_str(d, k, s.as_ptr())?;
    }
    Ok(())
}

/// Creates `os` (and registers `os.path` in `sys.modules`).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("os", &raw mut OS_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    set_constants(
        d,
        &[
            ("name", "posix"),
            ("sep", "/"),
            ("altsep", ""),
            ("linesep", "\n"),
            ("curdir", "."),
            ("pardir", ".."),
            ("extsep", "."),
            ("pathsep", ":"),
            ("devnull", "/dev/null"),
        ],
    )?;
    dict::set_str(d, "altsep", none::none())?;
    dict::set_str(d, "error", crate::objects::exceptions::os_error() as Obj)?;
    super::modules::add_type(d, "DirEntry", &raw mut DirEntry_Type)?;
    let path = init_path()?;
    dict::set_str(d, "path", path.as_ptr())?;
    let mods = dict::get_str(super::sys::module_dict(), "modules").unwrap_or(null_mut());
    if !mods.is_null() {
        dict::set_str(mods, "os.path", path.as_ptr())?;
    }
    if capabilities::has(Capability::EnvRead) {
        let data = Ref::steal(dict::new_raw());
        for (k, v) in std::env::vars_os() {
            let k = pystr::from_string(k.to_string_lossy().into_owned());
            let v = pystr::from_string(v.to_string_lossy().into_owned());
            dict::set_item(data.as_ptr(), k.as_ptr(), v.as_ptr())?;
        }
        type_ready(&raw mut Environ_Type)?;
        let env = alloc_object(&raw mut Environ_Type, std::mem::size_of::<EnvironObject>());
        (*(env as *mut EnvironObject)).data = data.into_raw();
        let env = Ref::steal(env);
        dict::set_str(d, "environ", env.as_ptr())?;
    }
    Ok(m)
}

/// Creates `os.path`.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init_path() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("posixpath", &raw mut PATH_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    set_constants(
        d,
        &[
            ("sep", "/"),
            ("curdir", "."),
            ("pardir", ".."),
            ("extsep", "."),
            ("pathsep", ":"),
            ("devnull", "/dev/null"),
        ],
    )?;
    dict::set_str(d, "altsep", none::none())?;
    Ok(m)
}

macro_rules! os_fn {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$a:ident| $body:expr) => {
        unsafe extern "C" fn $f(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: [Obj; $max] =
                    crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                $body
            })())
        }
    };
}

/// A path argument of an `os.path` string function.
unsafe fn fspath(o: Obj) -> PyResult<String> {
    if let Some(p) = fileio::fspath(o)? {
        return Ok(pystr::as_str(p.as_ptr()).to_string());
    }
    Err(crate::errors::type_error(&format!(
        "expected str, bytes or os.PathLike object, not {}",
        obj_type_name(o)
    )))
}

unsafe fn repr_s(o: Obj) -> PyResult<String> {
    let r = crate::abstract_::repr(o)?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

fn s(v: &str) -> Ref {
    // SAFETY: runtime initialised whenever a module function runs.
    unsafe { pystr::from_string(v.to_string()) }
}

unsafe fn os_error(e: &std::io::Error, a: Obj, b: Obj) -> crate::errors::Raised {
    fileio::raise_os_error(e, a, b)
}

unsafe fn cwd() -> PyResult<String> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| os_error(&e, null_mut(), null_mut()))
}

os_fn!(os_fspath, "fspath", 1, 1, ["path"], |a| {
    match fileio::fspath(a[0])? {
        Some(p) => Ok(p),
        None if crate::objects::bytes::is_bytes(a[0]) => Ok(Ref::borrowed(a[0])),
        None => Err(crate::errors::type_error(&format!(
            "expected str, bytes or os.PathLike object, not {}",
            obj_type_name(a[0])
        ))),
    }
});

os_fn!(os_getcwd, "getcwd", 0, 0, [], |a| {
    capabilities::require(Capability::FsRead, "read the current directory")?;
    Ok(s(&cwd()?))
});

os_fn!(os_listdir, "listdir", 0, 1, ["path"], |a| {
    let (p, shown) = if a[0].is_null() || a[0] == none::none() {
        (".".to_string(), "'.'".to_string())
    } else {
        (fileio::path_arg("listdir", "path", a[0])?, repr_s(a[0])?)
    };
    capabilities::require(Capability::FsRead, &format!("list the directory {}", shown))?;
    let name_obj = if a[0].is_null() || a[0] == none::none() {
        s(".")
    } else {
        Ref::borrowed(a[0])
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, name_obj.as_ptr(), null_mut()))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, name_obj.as_ptr(), null_mut()))?;
        out.push(s(&ent.file_name().to_string_lossy()));
    }
    Ok(Ref::steal(list::from_refs(out)))
});

unsafe fn remove_impl(fname: &str, o: Obj) -> PyResult<Ref> {
    let p = fileio::path_arg(fname, "path", o)?;
    capabilities::require(Capability::FsWrite, &format!("remove {}", repr_s(o)?))?;
    // unlink(2) semantics: a directory is EISDIR on Linux.
    if std::fs::symlink_metadata(&p)
        .map(|m| m.is_dir())
        .unwrap_or(false)
    {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(21),
            o,
            null_mut(),
        ));
    }
    std::fs::remove_file(&p).map_err(|e| os_error(&e, o, null_mut()))?;
    Ok(none::none_ref())
}

os_fn!(os_remove, "remove", 1, 1, ["path"], |a| remove_impl(
    "remove", a[0]
));
os_fn!(os_unlink, "unlink", 1, 1, ["path"], |a| remove_impl(
    "unlink", a[0]
));

os_fn!(os_mkdir, "mkdir", 1, 2, ["path", "mode"], |a| {
    let p = fileio::path_arg("mkdir", "path", a[0])?;
    capabilities::require(
        Capability::FsWrite,
        &format!("create the directory {}", repr_s(a[0])?),
    )?;
    std::fs::create_dir(&p).map_err(|e| os_error(&e, a[0], null_mut()))?;
    Ok(none::none_ref())
});

os_fn!(
    os_makedirs,
    "makedirs",
    1,
    3,
    ["name", "mode", "exist_ok"],
    |a| {
        let p = fileio::path_arg("makedirs", "path", a[0])?;
        capabilities::require(
            Capability::FsWrite,
            &format!("create the directory {}", repr_s(a[0])?),
        )?;
        let exist_ok = !a[2].is_null() && crate::abstract_::is_true(a[2])?;
        if std::path::Path::new(&p).is_dir() {
            if exist_ok {
                return Ok(none::none_ref());
            }
            return Err(os_error(
                &std::io::Error::from_raw_os_error(17),
                a[0],
                null_mut(),
            ));
        }
        std::fs::create_dir_all(&p).map_err(|e| os_error(&e, a[0], null_mut()))?;
        Ok(none::none_ref())
    }
);

os_fn!(os_rmdir, "rmdir", 1, 1, ["path"], |a| {
    let p = fileio::path_arg("rmdir", "path", a[0])?;
    capabilities::require(
        Capability::FsWrite,
        &format!("remove the directory {}", repr_s(a[0])?),
    )?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, a[0], null_mut()))?;
    Ok(none::none_ref())
});

unsafe fn rename_impl(fname: &str, a: &[Obj]) -> PyResult<Ref> {
    let src = fileio::path_arg(fname, "src", a[0])?;
    let dst = fileio::path_arg(fname, "dst", a[1])?;
    capabilities::require(
        Capability::FsWrite,
        &format!("rename {} to {}", repr_s(a[0])?, repr_s(a[1])?),
    )?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(&e, a[0], a[1]))?;
    Ok(none::none_ref())
}

os_fn!(os_rename, "rename", 2, 2, ["src", "dst"], |a| rename_impl(
    "rename", &a
));
os_fn!(
    os_replace,
    "replace",
    2,
    2,
    ["src", "dst"],
    |a| rename_impl("replace", &a)
);

/// `os.environ` (borrowed), or the PermissionError of a denied `env.read`.
unsafe fn environ(what: &str) -> PyResult<Obj> {
    capabilities::require(Capability::EnvRead, what)?;
    let m = crate::abi::import_module("os")?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    match dict::get_str(d, "environ") {
        Some(e) => Ok(e),
        None => Err(crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            "module 'os' has no attribute 'environ'",
        )),
    }
}

os_fn!(os_getenv, "getenv", 1, 2, ["key", "default"], |a| {
    if !pystr::is_str(a[0]) {
        return Err(crate::errors::type_error(&format!(
            "str expected, not {}",
            obj_type_name(a[0])
        )));
    }
    let env = environ(&format!("read the environment variable {}", repr_s(a[0])?))?;
    match dict::get_item((*(env as *mut EnvironObject)).data, a[0])? {
        Some(v) => Ok(Ref::borrowed(v)),
        None if a[1].is_null() => Ok(none::none_ref()),
        None => Ok(Ref::borrowed(a[1])),
    }
});

/// Module `__getattr__`: `os.environ` without `env.read` raises the PermissionError.
unsafe extern "C" fn os_getattr(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [name] = crate::args::parse::<1, 1>("__getattr__", args, nargs, kw, &["name"])?;
        let n = if pystr::is_str(name) {
            pystr::as_str(name)
        } else {
            ""
        };
        if n == "environ" {
            return Err(capabilities::deny(
                Capability::EnvRead,
                "read the environment",
            ));
        }
        Err(crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            &format!("module 'os' has no attribute '{}'", n),
        ))
    })())
}

// ----- os.path -----

/// posixpath.join.
fn join(parts: &[String]) -> String {
    let mut path = parts[0].clone();
    for b in &parts[1..] {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

/// posixpath.split.
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

/// posixpath.splitext (leading dots of the last component do not start an extension).
fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map(|i| i as isize).unwrap_or(-1);
    let Some(dot) = p.rfind('.') else {
        return (p.to_string(), String::new());
    };
    if dot as isize > sep {
        let mut i = (sep + 1) as usize;
        let b = p.as_bytes();
        while i < dot {
            if b[i] != b'.' {
                return (p[..dot].to_string(), p[dot..].to_string());
            }
            i += 1;
        }
    }
    (p.to_string(), String::new())
}

/// posixpath.normpath.
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

unsafe extern "C" fn path_join(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if !kw.is_null() && tuple::len(kw) > 0 {
            return Err(crate::errors::type_error(
                "join() got an unexpected keyword argument",
            ));
        }
        let pos = super::modules::pos_args(args, nargs);
        if pos.is_empty() {
            return Err(crate::errors::type_error(
                "join() missing 1 required positional argument: 'a'",
            ));
        }
        let mut parts = Vec::new();
        for &p in pos {
            match fileio::fspath(p)? {
                Some(s) => parts.push(pystr::as_str(s.as_ptr()).to_string()),
                None => {
                    return Err(crate::errors::type_error(&format!(
                        "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                        obj_type_name(p)
                    )))
                }
            }
        }
        Ok(s(&join(&parts)))
    })())
}

os_fn!(path_split, "split", 1, 1, ["p"], |a| {
    let (h, t) = split(&fspath(a[0])?);
    Ok(Ref::steal(tuple::from_refs(vec![s(&h), s(&t)])))
});

os_fn!(path_basename, "basename", 1, 1, ["p"], |a| {
    let p = fspath(a[0])?;
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    Ok(s(&p[i..]))
});

os_fn!(path_dirname, "dirname", 1, 1, ["p"], |a| {
    Ok(s(&split(&fspath(a[0])?).0))
});

os_fn!(path_splitext, "splitext", 1, 1, ["p"], |a| {
    let (r, e) = splitext(&fspath(a[0])?);
    Ok(Ref::steal(tuple::from_refs(vec![s(&r), s(&e)])))
});

os_fn!(path_normpath, "normpath", 1, 1, ["path"], |a| {
    Ok(s(&normpath(&fspath(a[0])?)))
});

os_fn!(path_isabs, "isabs", 1, 1, ["s"], |a| {
    Ok(pybool::from_bool(fspath(a[0])?.starts_with('/')))
});

os_fn!(path_abspath, "abspath", 1, 1, ["path"], |a| {
    let p = fspath(a[0])?;
    if p.starts_with('/') {
        return Ok(s(&normpath(&p)));
    }
    capabilities::require(Capability::FsRead, "read the current directory")?;
    Ok(s(&normpath(&join(&[cwd()?, p]))))
});

/// Metadata for the inspecting functions, after the capability check.
unsafe fn inspect(o: Obj) -> PyResult<Option<std::fs::Metadata>> {
    let p = fspath(o)?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(o)?))?;
    Ok(std::fs::metadata(&p).ok())
}

os_fn!(path_exists, "exists", 1, 1, ["path"], |a| {
    Ok(pybool::from_bool(inspect(a[0])?.is_some()))
});

os_fn!(path_isfile, "isfile", 1, 1, ["path"], |a| {
    Ok(pybool::from_bool(
        inspect(a[0])?.is_some_and(|m| m.is_file()),
    ))
});

os_fn!(path_isdir, "isdir", 1, 1, ["s"], |a| {
    Ok(pybool::from_bool(
        inspect(a[0])?.is_some_and(|m| m.is_dir()),
    ))
});

os_fn!(path_getsize, "getsize", 1, 1, ["filename"], |a| {
    let p = fspath(a[0])?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(a[0])?))?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, a[0], null_mut()))?;
    Ok(Ref::steal(crate::objects::int::from_i64(m.len() as i64)))
});

os_fn!(path_expanduser, "expanduser", 1, 1, ["path"], |a| {
    let p = fspath(a[0])?;
    if !p.starts_with('~') {
        return Ok(Ref::borrowed(a[0]));
    }
    let i = p.find('/').unwrap_or(p.len());
    if i != 1 {
        // TODO(os): `~user` needs the password database.
        return Ok(Ref::borrowed(a[0]));
    }
    let env = environ("read the environment variable 'HOME'")?;
    let home = match dict::get_str((*(env as *mut EnvironObject)).data, "HOME") {
        Some(h) if pystr::is_str(h) => pystr::as_str(h).to_string(),
        _ => return Ok(Ref::borrowed(a[0])),
    };
    let home = home.trim_end_matches('/');
    let rest = &p[i..];
    let out = format!("{}{}", home, rest);
    Ok(s(if out.is_empty() { "/" } else { &out }))
});

// ----- os._Environ -----

/// `os.environ`: the environment as a dict (`data`), kept in step with the process
/// environment on every change.
#[repr(C)]
pub struct EnvironObject {
    pub ob_base: PyObject,
    /// The variables (a dict of str to str), owned.
    pub data: Obj,
}

pub static mut Environ_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(environ_dealloc),
    tp_repr: Some(environ_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(environ_iter),
    tp_as_mapping: &raw mut ENVIRON_AS_MAPPING,
    tp_as_sequence: &raw mut ENVIRON_AS_SEQUENCE,
    tp_methods: &raw mut ENVIRON_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"os._Environ", std::mem::size_of::<EnvironObject>(), 0)
};

static mut ENVIRON_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(environ_len),
    mp_subscript: Some(environ_getitem),
    mp_ass_subscript: Some(environ_setitem),
};

static mut ENVIRON_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_contains: Some(environ_contains),
    ..PySequenceMethods::EMPTY
};

static mut ENVIRON_METHODS: [PyMethodDef; 11] = [
    crate::method_def!("keys", environ_keys),
    crate::method_def!("values", environ_values),
    crate::method_def!("items", environ_items),
    crate::method_def!("get", environ_get),
    crate::method_def!("copy", environ_copy),
    crate::method_def!("pop", environ_pop),
    crate::method_def!("setdefault", environ_setdefault),
    crate::method_def!("update", environ_update),
    crate::method_def!("clear", environ_clear),
    crate::method_def!("__contains__", environ_contains_method),
    METHOD_SENTINEL,
];

unsafe fn env_data(o: Obj) -> Obj {
    (*(o as *mut EnvironObject)).data
}

unsafe extern "C" fn environ_dealloc(o: Obj) {
    xdecref(env_data(o));
    free_object(o);
}

unsafe extern "C" fn environ_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let r = crate::abstract_::repr(env_data(o))?;
        Ok(s(&format!("environ({})", pystr::as_str(r.as_ptr()))))
    })())
}

unsafe extern "C" fn environ_iter(o: Obj) -> Obj {
    into_raw(crate::abstract_::get_iter(env_data(o)))
}

unsafe extern "C" fn environ_len(o: Obj) -> isize {
    dict::len(env_data(o)) as isize
}

unsafe extern "C" fn environ_getitem(o: Obj, k: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        match dict::get_item(env_data(o), k)? {
            Some(v) => Ok(Ref::borrowed(v)),
            None => Err(crate::errors::raise_with(
                crate::objects::exceptions::key_error(),
                k,
            )),
        }
    })())
}

/// The str an environment key or value must be (`str expected, not int`).
unsafe fn env_str(o: Obj) -> PyResult<String> {
    if !pystr::is_str(o) {
        return Err(crate::errors::type_error(&format!(
            "str expected, not {}",
            obj_type_name(o)
        )));
    }
    Ok(pystr::as_str(o).to_string())
}

/// Sets (or, with a null value, removes) a variable in the dict and the process.
unsafe fn env_set(o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let key = env_str(k)?;
    if v.is_null() {
        if !dict::del_item(env_data(o), k)? {
            return Err(crate::errors::raise_with(
                crate::objects::exceptions::key_error(),
                k,
            ));
        }
        std::env::remove_var(&key);
        return Ok(());
    }
    let val = env_str(v)?;
    if key.is_empty() || key.contains('=') || key.contains('\0') || val.contains('\0') {
        return Err(crate::errors::value_error(
            "illegal environment variable name",
        ));
    }
    std::env::set_var(&key, &val);
    dict::set_item(env_data(o), k, v)
}

unsafe extern "C" fn environ_setitem(o: Obj, k: Obj, v: Obj) -> i32 {
    crate::errors::into_status(env_set(o, k, v))
}

unsafe extern "C" fn environ_contains(o: Obj, k: Obj) -> i32 {
    if env_str(k).is_err() {
        return -1;
    }
    match dict::get_item(env_data(o), k) {
        Ok(v) => v.is_some() as i32,
        Err(_) => -1,
    }
}

unsafe extern "C" fn environ_contains_method(
    o: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [k] = crate::args::parse::<1, 1>("__contains__", args, nargs, kw, &["key"])?;
        let r = environ_contains(o, k);
        if r < 0 {
            return Err(crate::errors::Raised);
        }
        Ok(pybool::from_bool(r == 1))
    })())
}

/// Methods that only read: forwarded to the dict.
macro_rules! environ_forward {
    ($f:ident, $name:literal) => {
        unsafe extern "C" fn $f(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            let m = Ref::steal(pystr::from_str($name));
            into_raw(crate::call::call_method(
                env_data(o),
                m.as_ptr(),
                args,
                nargs as usize,
                kw,
            ))
        }
    };
}

environ_forward!(environ_keys, "keys");
environ_forward!(environ_values, "values");
environ_forward!(environ_items, "items");
environ_forward!(environ_get, "get");
environ_forward!(environ_copy, "copy");

unsafe extern "C" fn environ_pop(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [k, default] = crate::args::parse::<1, 2>("pop", args, nargs, kw, &["key", "default"])?;
        match dict::get_item(env_data(o), k)? {
            Some(v) => {
                let v = Ref::borrowed(v);
                env_set(o, k, null_mut())?;
                Ok(v)
            }
            None if !default.is_null() => Ok(Ref::borrowed(default)),
            None => Err(crate::errors::raise_with(
                crate::objects::exceptions::key_error(),
                k,
            )),
        }
    })())
}

unsafe extern "C" fn environ_setdefault(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [k, v] = crate::args::parse::<2, 2>("setdefault", args, nargs, kw, &["key", "value"])?;
        if let Some(cur) = dict::get_item(env_data(o), k)? {
            return Ok(Ref::borrowed(cur));
        }
        env_set(o, k, v)?;
        Ok(Ref::borrowed(v))
    })())
}

unsafe extern "C" fn environ_update(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        // Whatever dict(...) accepts, then each pair through the environment.
        let tmp = crate::call::call_vector(
            &raw mut crate::objects::dict::PyDict_Type as Obj,
            args,
            nargs as usize,
            kw,
        )?;
        for (k, v) in dict::items_vec(tmp.as_ptr()) {
            env_set(o, k.as_ptr(), v.as_ptr())?;
        }
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn environ_clear(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse::<0, 0>("clear", args, nargs, kw, &[])?;
        for (k, _) in dict::items_vec(env_data(o)) {
            env_set(o, k.as_ptr(), null_mut())?;
        }
        Ok(none::none_ref())
    })())
}

// ----- os.walk -----

/// The iterator `os.walk` returns.
#[repr(C)]
pub struct WalkObject {
    pub ob_base: PyObject,
    pub state: *mut WalkState,
}

/// Directories still to visit (the top of the stack next) and the directory yielded
/// last with its `dirnames` list (owned), whose entries are pushed on the next step.
pub struct WalkState {
    stack: Vec<WalkItem>,
    pending: Option<(String, Ref)>,
    followlinks: bool,
    topdown: bool,
}

/// An entry of the walk's stack: a directory to list, or (bottom-up) a listed
/// directory's `(dirpath, dirnames, filenames)` to yield once its subdirectories are done.
enum WalkItem {
    Dir(String),
    Done(Ref),
}

pub static mut Walk_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(walk_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(walk_next),
    ..PyTypeObject::new_static(c"os.walk_iterator", std::mem::size_of::<WalkObject>(), 0)
};

os_fn!(
    os_walk,
    "walk",
    1,
    4,
    ["top", "topdown", "onerror", "followlinks"],
    |a| {
        let top = fileio::path_arg("walk", "top", a[0])?;
        capabilities::require(
            Capability::FsRead,
            &format!("list the directory {}", repr_s(a[0])?),
        )?;
        let topdown = a[1].is_null() || crate::abstract_::is_true(a[1])?;
        if !a[2].is_null() && a[2] != none::none() {
            // TODO(os): error callbacks.
            return Err(crate::errors::value_error(
                "os.walk(onerror=...) is not supported by Molt yet",
            ));
        }
        let followlinks = !a[3].is_null() && crate::abstract_::is_true(a[3])?;
        type_ready(&raw mut Walk_Type)?;
        let o = alloc_object(&raw mut Walk_Type, std::mem::size_of::<WalkObject>());
        (*(o as *mut WalkObject)).state = Box::into_raw(Box::new(WalkState {
            stack: vec![WalkItem::Dir(top)],
            pending: None,
            followlinks,
            topdown,
        }));
        Ok(Ref::steal(o))
    }
);

unsafe extern "C" fn walk_dealloc(o: Obj) {
    let st = (*(o as *mut WalkObject)).state;
    if !st.is_null() {
        drop(Box::from_raw(st));
    }
    free_object(o);
}

unsafe extern "C" fn walk_next(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let st = &mut *(*(o as *mut WalkObject)).state;
        if let Some((dir, names)) = st.pending.take() {
            for n in crate::abstract_::collect(names.as_ptr())?.iter().rev() {
                let name = fspath(n.as_ptr())?;
                let path = join(&[dir.clone(), name]);
                let is_link = std::fs::symlink_metadata(&path)
                    .map(|m| m.file_type().is_symlink())
                    .unwrap_or(false);
                if st.followlinks || !is_link {
                    st.stack.push(WalkItem::Dir(path));
                }
            }
        }
        while let Some(item) = st.stack.pop() {
            let dir = match item {
                WalkItem::Done(t) => return Ok(t),
                WalkItem::Dir(d) => d,
            };
            // As CPython without `onerror`: unreadable directories are skipped.
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            let (mut dirs, mut files) = (Vec::new(), Vec::new());
            // Bottom-up: the subdirectories to visit, decided while listing (as CPython).
            let mut walk_dirs = Vec::new();
            for ent in rd.flatten() {
                let name = ent.file_name().to_string_lossy().into_owned();
                let is_dir = std::fs::metadata(ent.path())
                    .map(|m| m.is_dir())
                    .unwrap_or(false);
                if is_dir {
                    if !st.topdown {
                        let is_link = ent.file_type().map(|t| t.is_symlink()).unwrap_or(false);
                        if st.followlinks || !is_link {
                            walk_dirs.push(join(&[dir.clone(), name.clone()]));
                        }
                    }
                    dirs.push(s(&name));
                } else {
                    files.push(s(&name));
                }
            }
            let dl = Ref::steal(list::from_refs(dirs));
            let fl = Ref::steal(list::from_refs(files));
            let t = Ref::steal(tuple::from_slice(&[
                s(&dir).as_ptr(),
                dl.as_ptr(),
                fl.as_ptr(),
            ]));
            if !st.topdown {
                st.stack.push(WalkItem::Done(t));
                for p in walk_dirs.into_iter().rev() {
                    st.stack.push(WalkItem::Dir(p));
                }
                continue;
            }
            st.pending = Some((dir, dl));
            return Ok(t);
        }
        Err(crate::errors::Raised)
    })())
}

// ----- os.stat -----

static mut STAT_RESULT: Obj = null_mut();

const STAT_FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

/// `os.stat_result` (borrowed), created on first use.
unsafe fn stat_result_type() -> PyResult<Obj> {
    if STAT_RESULT.is_null() {
        let tp = super::sys::struct_seq_type(
            "os",
            "stat_result",
            &STAT_FIELDS,
            &["st_atime", "st_mtime", "st_ctime"],
            false,
        )?;
        STAT_RESULT = tp.into_raw();
    }
    Ok(STAT_RESULT)
}

/// Metadata for `stat`/`lstat`, after the capability check; OS errors name the path.
unsafe fn stat_of(o: Obj, follow: bool) -> PyResult<std::fs::Metadata> {
    let p = fileio::path_arg(if follow { "stat" } else { "lstat" }, "path", o)?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(o)?))?;
    let r = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    r.map_err(|e| os_error(&e, o, null_mut()))
}

unsafe fn stat_result(m: &std::fs::Metadata) -> PyResult<Ref> {
    use std::os::unix::fs::MetadataExt;
    let i = |v: i64| Ref::steal(crate::objects::int::from_i64(v));
    let items = vec![
        i(m.mode() as i64),
        i(m.ino() as i64),
        i(m.dev() as i64),
        i(m.nlink() as i64),
        i(m.uid() as i64),
        i(m.gid() as i64),
        i(m.size() as i64),
        i(m.atime()),
        i(m.mtime()),
        i(m.ctime()),
    ];
    let t = Ref::steal(tuple::from_refs(items));
    let r = crate::call::call_vec(stat_result_type()?, &[t.as_ptr()])?;
    let f = |v: f64| Ref::steal(crate::objects::float::from_f64(v));
    let ns = |s: i64, n: i64| {
        Ref::steal(crate::objects::int::from_bigint(
            num_bigint::BigInt::from(s) * 1_000_000_000 + n,
        ))
    };
    let attrs = [
        (
            "st_atime",
            f(m.atime() as f64 + m.atime_nsec() as f64 * 1e-9),
        ),
        (
            "st_mtime",
            f(m.mtime() as f64 + m.mtime_nsec() as f64 * 1e-9),
        ),
        (
            "st_ctime",
            f(m.ctime() as f64 + m.ctime_nsec() as f64 * 1e-9),
        ),
        ("st_atime_ns", ns(m.atime(), m.atime_nsec())),
        ("st_mtime_ns", ns(m.mtime(), m.mtime_nsec())),
        ("st_ctime_ns", ns(m.ctime(), m.ctime_nsec())),
        ("st_blksize", i(m.blksize() as i64)),
        ("st_blocks", i(m.blocks() as i64)),
        ("st_rdev", i(m.rdev() as i64)),
    ];
    for (k, v) in attrs {
        let key = s(k);
        crate::abstract_::setattr(r.as_ptr(), key.as_ptr(), v.as_ptr())?;
    }
    Ok(r)
}

os_fn!(os_stat, "stat", 1, 1, ["path"], |a| stat_result(&stat_of(
    a[0], true
)?));
os_fn!(os_lstat, "lstat", 1, 1, ["path"], |a| stat_result(
    &stat_of(a[0], false)?
));

/// A file time for `os.path.getmtime` and friends (float seconds).
unsafe fn file_time(o: Obj, which: usize) -> PyResult<Ref> {
    use std::os::unix::fs::MetadataExt;
    let m = stat_of(o, true)?;
    let (s, n) = match which {
        0 => (m.atime(), m.atime_nsec()),
        1 => (m.mtime(), m.mtime_nsec()),
        _ => (m.ctime(), m.ctime_nsec()),
    };
    Ok(Ref::steal(crate::objects::float::from_f64(
        s as f64 + n as f64 * 1e-9,
    )))
}

os_fn!(
    path_getatime,
    "getatime",
    1,
    1,
    ["filename"],
    |a| file_time(a[0], 0)
);
os_fn!(
    path_getmtime,
    "getmtime",
    1,
    1,
    ["filename"],
    |a| file_time(a[0], 1)
);
os_fn!(
    path_getctime,
    "getctime",
    1,
    1,
    ["filename"],
    |a| file_time(a[0], 2)
);

os_fn!(path_islink, "islink", 1, 1, ["path"], |a| {
    let p = fspath(a[0])?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(a[0])?))?;
    Ok(pybool::from_bool(
        std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()),
    ))
});

// ----- process, descriptors and names -----

extern "C" {
    fn getpid() -> i32;
    fn getppid() -> i32;
    fn isatty(fd: i32) -> i32;
}

os_fn!(os_getpid, "getpid", 0, 0, [], |a| {
    // SAFETY: getpid cannot fail.
    Ok(Ref::steal(crate::objects::int::from_i64(getpid() as i64)))
});

os_fn!(os_getppid, "getppid", 0, 0, [], |a| {
    // SAFETY: getppid cannot fail.
    Ok(Ref::steal(crate::objects::int::from_i64(getppid() as i64)))
});

os_fn!(os_isatty, "isatty", 1, 1, ["fd"], |a| {
    let fd = crate::abstract_::as_ssize(a[0])?;
    // SAFETY: isatty only inspects the descriptor number.
    Ok(pybool::from_bool(
        fd >= 0 && fd <= i32::MAX as isize && isatty(fd as i32) == 1,
    ))
});

os_fn!(os_cpu_count, "cpu_count", 0, 0, [], |a| {
    match std::thread::available_parallelism() {
        Ok(n) => Ok(Ref::steal(crate::objects::int::from_i64(n.get() as i64))),
        Err(_) => Ok(none::none_ref()),
    }
});

os_fn!(os_strerror, "strerror", 1, 1, ["code"], |a| {
    let code = crate::abstract_::as_ssize(a[0])?;
    let e = std::io::Error::from_raw_os_error(code as i32);
    Ok(s(&fileio::strerror(&e)))
});

os_fn!(os_chdir, "chdir", 1, 1, ["path"], |a| {
    let p = fspath(a[0])?;
    capabilities::require(
        Capability::FsRead,
        &format!("change the current directory to {}", repr_s(a[0])?),
    )?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, a[0], null_mut()))?;
    Ok(none::none_ref())
});

// `fsencode(filename)`: str (or PathLike) to bytes with the file-system encoding
// (UTF-8, surrogateescape); bytes pass through.
os_fn!(os_fsencode, "fsencode", 1, 1, ["filename"], |a| {
    if crate::objects::bytes::is_bytes(a[0]) {
        return Ok(Ref::borrowed(a[0]));
    }
    let p = fspath(a[0])?;
    Ok(Ref::steal(crate::objects::bytes::from_bytes(p.as_bytes())))
});

// `fsdecode(filename)`: bytes to str (UTF-8); str passes through.
// TODO(os): undecodable bytes should become lone surrogates (surrogateescape).
os_fn!(os_fsdecode, "fsdecode", 1, 1, ["filename"], |a| {
    if crate::objects::bytes::is_bytes(a[0]) {
        let b = crate::objects::bytes::as_bytes(a[0]);
        return match std::str::from_utf8(b) {
            Ok(t) => Ok(s(t)),
            Err(_) => Err(crate::errors::value_error(
                "os.fsdecode() of non-UTF-8 bytes is not supported by Molt yet",
            )),
        };
    }
    Ok(s(&fspath(a[0])?))
});

// ----- more of os.path -----

// `commonprefix(list)`: the longest common leading string (character-wise).
os_fn!(path_commonprefix, "commonprefix", 1, 1, ["m"], |a| {
    let items = crate::abstract_::collect(a[0])?;
    if items.is_empty() {
        return Ok(s(""));
    }
    let first = items[0].as_ptr();
    if list::is_list(first) || tuple::is_tuple(first) {
        // Any sequences: compared item by item, as CPython's (min and max by `<`).
        let (mut lo, mut hi) = (items[0].clone(), items[0].clone());
        for it in &items[1..] {
            if crate::abstract_::lt_bool(it.as_ptr(), lo.as_ptr())? {
                lo = it.clone();
            }
            if crate::abstract_::lt_bool(hi.as_ptr(), it.as_ptr())? {
                hi = it.clone();
            }
        }
        let lv = crate::abstract_::collect(lo.as_ptr())?;
        let hv = crate::abstract_::collect(hi.as_ptr())?;
        let mut n = 0;
        while n < lv.len()
            && n < hv.len()
            && crate::abstract_::eq_bool(lv[n].as_ptr(), hv[n].as_ptr())?
        {
            n += 1;
        }
        let keep: Vec<Obj> = lv[..n].iter().map(|r| r.as_ptr()).collect();
        return Ok(Ref::steal(if list::is_list(lo.as_ptr()) {
            list::from_slice(&keep)
        } else {
            tuple::from_slice(&keep)
        }));
    }
    let strs: Vec<String> = items
        .iter()
        .map(|i| fspath(i.as_ptr()))
        .collect::<PyResult<_>>()?;
    let mut lo = strs.iter().min().unwrap().chars().collect::<Vec<_>>();
    let hi: Vec<char> = strs.iter().max().unwrap().chars().collect();
    let n = lo.iter().zip(hi.iter()).take_while(|(x, y)| x == y).count();
    lo.truncate(n);
    Ok(s(&lo.into_iter().collect::<String>()))
});

// `commonpath(paths)`: the longest common sub-path, with CPython's errors.
os_fn!(path_commonpath, "commonpath", 1, 1, ["paths"], |a| {
    let items = crate::abstract_::collect(a[0])?;
    if items.is_empty() {
        return Err(crate::errors::value_error(
            "commonpath() arg is an empty sequence",
        ));
    }
    let strs: Vec<String> = items
        .iter()
        .map(|i| fspath(i.as_ptr()))
        .collect::<PyResult<_>>()?;
    let abs: Vec<bool> = strs.iter().map(|p| p.starts_with('/')).collect();
    if abs.iter().any(|&x| x != abs[0]) {
        return Err(crate::errors::value_error(
            "Can't mix absolute and relative paths",
        ));
    }
    let split: Vec<Vec<&str>> = strs
        .iter()
        .map(|p| {
            p.split('/')
                .filter(|c| !c.is_empty() && *c != ".")
                .collect()
        })
        .collect();
    let lo = split.iter().min().unwrap();
    let hi = split.iter().max().unwrap();
    let n = lo.iter().zip(hi.iter()).take_while(|(x, y)| x == y).count();
    let prefix = if abs[0] { "/" } else { "" };
    Ok(s(&format!("{}{}", prefix, lo[..n].join("/"))))
});

// `relpath(path, start=os.curdir)`.
os_fn!(path_relpath, "relpath", 1, 2, ["path", "start"], |a| {
    let p = fspath(a[0])?;
    if p.is_empty() {
        return Err(crate::errors::value_error("no path specified"));
    }
    let start = if a[1].is_null() || a[1] == none::none() {
        ".".to_string()
    } else {
        fspath(a[1])?
    };
    let absolute = |x: &str| -> PyResult<String> {
        if x.starts_with('/') {
            Ok(normpath(x))
        } else {
            capabilities::require(Capability::FsRead, "read the current directory")?;
            Ok(normpath(&join(&[cwd()?, x.to_string()])))
        }
    };
    let sl: Vec<String> = absolute(&start)?
        .split('/')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    let pl: Vec<String> = absolute(&p)?
        .split('/')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    let i = sl.iter().zip(pl.iter()).take_while(|(x, y)| x == y).count();
    let mut rel: Vec<String> = vec!["..".to_string(); sl.len() - i];
    rel.extend(pl[i..].iter().cloned());
    if rel.is_empty() {
        return Ok(s("."));
    }
    Ok(s(&rel.join("/")))
});

// `splitdrive(p)`: POSIX has no drives.
os_fn!(path_splitdrive, "splitdrive", 1, 1, ["p"], |a| {
    let p = fspath(a[0])?;
    let e = s("");
    let whole = s(&p);
    Ok(Ref::steal(tuple::from_slice(&[e.as_ptr(), whole.as_ptr()])))
});

os_fn!(path_lexists, "lexists", 1, 1, ["path"], |a| {
    let p = fspath(a[0])?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(a[0])?))?;
    Ok(pybool::from_bool(std::fs::symlink_metadata(&p).is_ok()))
});

// `realpath(path)`: symbolic links resolved; missing trailing parts kept (as
// CPython's non-strict mode).
os_fn!(path_realpath, "realpath", 1, 2, ["path", "$strict"], |a| {
    let p = fspath(a[0])?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(a[0])?))?;
    let abs = if p.starts_with('/') {
        normpath(&p)
    } else {
        normpath(&join(&[cwd()?, p.clone()]))
    };
    // Resolve the longest existing prefix, then append the rest.
    let parts: Vec<&str> = abs.split('/').filter(|c| !c.is_empty()).collect();
    for k in (0..=parts.len()).rev() {
        let head = format!("/{}", parts[..k].join("/"));
        if let Ok(r) = std::fs::canonicalize(&head) {
            let mut out = r.to_string_lossy().into_owned();
            for c in &parts[k..] {
                if out != "/" {
                    out.push('/');
                }
                out.push_str(c);
            }
            return Ok(s(&normpath(&out)));
        }
    }
    Ok(s(&abs))
});

os_fn!(path_samefile, "samefile", 2, 2, ["f1", "f2"], |a| {
    use std::os::unix::fs::MetadataExt;
    let m1 = stat_of(a[0], true)?;
    let m2 = stat_of(a[1], true)?;
    Ok(pybool::from_bool(
        m1.ino() == m2.ino() && m1.dev() == m2.dev(),
    ))
});

// `expandvars(path)`: `$name` and `${name}` from `os.environ`; unknown names stay.
os_fn!(path_expandvars, "expandvars", 1, 1, ["path"], |a| {
    let p = fspath(a[0])?;
    if !p.contains('$') {
        return Ok(Ref::borrowed(a[0]));
    }
    let env = environ("read the environment")?;
    let data = (*(env as *mut EnvironObject)).data;
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_';
    while i < chars.len() {
        if chars[i] != '$' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let (name, end) = if i + 1 < chars.len() && chars[i + 1] == '{' {
            match chars[i + 2..].iter().position(|&c| c == '}') {
                Some(k) => (
                    chars[i + 2..i + 2 + k].iter().collect::<String>(),
                    i + 3 + k,
                ),
                None => (String::new(), i + 1),
            }
        } else {
            let k = chars[i + 1..].iter().take_while(|&&c| is_name(c)).count();
            (
                chars[i + 1..i + 1 + k].iter().collect::<String>(),
                i + 1 + k,
            )
        };
        let value = if name.is_empty() {
            None
        } else {
            dict::get_str(data, &name).filter(|v| pystr::is_str(*v))
        };
        match value {
            Some(v) => {
                out.push_str(pystr::as_str(v));
                i = end;
            }
            None if name.is_empty() => {
                out.push('$');
                i += 1;
            }
            None => {
                out.extend(chars[i..end].iter());
                i = end;
            }
        }
    }
    Ok(s(&out))
});

// ----- os.scandir and os.DirEntry -----

/// `os.DirEntry`: a directory entry's `name` and `path` (str), and its file type as
/// listed (for `is_dir`/`is_file`/`is_symlink` without following links).
#[repr(C)]
pub struct DirEntryObject {
    pub ob_base: PyObject,
    pub name: Obj,
    pub path: Obj,
    /// 1 directory, 2 file, 3 symbolic link, 0 other.
    pub kind: u8,
}

pub static mut DirEntry_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(direntry_dealloc),
    tp_repr: Some(direntry_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut DIRENTRY_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut DIRENTRY_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"posix.DirEntry", std::mem::size_of::<DirEntryObject>(), 0)
};

static mut DIRENTRY_METHODS: [PyMethodDef; 7] = [
    crate::method_def!("is_dir", de_is_dir),
    crate::method_def!("is_file", de_is_file),
    crate::method_def!("is_symlink", de_is_symlink, METH_NOARGS),
    crate::method_def!("stat", de_stat),
    crate::method_def!("inode", de_inode, METH_NOARGS),
    crate::method_def!("__fspath__", de_fspath, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut DIRENTRY_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"name", Some(de_get_name), None),
    getset_def(c"path", Some(de_get_path), None),
    getset_def_end(),
];

unsafe extern "C" fn direntry_dealloc(o: Obj) {
    let e = o as *mut DirEntryObject;
    xdecref((*e).name);
    xdecref((*e).path);
    free_object(o);
}

unsafe extern "C" fn direntry_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let r = repr_s((*(o as *mut DirEntryObject)).name)?;
        Ok(s(&format!("<DirEntry {}>", r)))
    })())
}

unsafe extern "C" fn de_get_name(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut DirEntryObject)).name)
}

unsafe extern "C" fn de_get_path(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut DirEntryObject)).path)
}

unsafe extern "C" fn de_fspath(o: Obj, _a: Obj) -> Obj {
    new_ref((*(o as *mut DirEntryObject)).path)
}

unsafe extern "C" fn de_is_symlink(o: Obj, _a: Obj) -> Obj {
    pybool::from_bool((*(o as *mut DirEntryObject)).kind == 3).into_raw()
}

unsafe extern "C" fn de_inode(o: Obj, _a: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        use std::os::unix::fs::MetadataExt;
        let e = o as *mut DirEntryObject;
        let m = std::fs::symlink_metadata(pystr::as_str((*e).path))
            .map_err(|err| os_error(&err, (*e).path, null_mut()))?;
        Ok(Ref::steal(crate::objects::int::from_i64(m.ino() as i64)))
    })())
}

/// `follow_symlinks` (keyword-only, default True) of the `DirEntry` methods.
unsafe fn follow_arg(fname: &str, args: *const Obj, nargs: isize, kw: Obj) -> PyResult<bool> {
    let [f] = super::modules::unpack_kw(fname, args, nargs, kw, &["$follow_symlinks"], 0, 0)?;
    Ok(f.is_null() || crate::abstract_::is_true(f)?)
}

/// The entry's type, following a symbolic link when asked (a broken link is neither).
unsafe fn entry_kind(o: Obj, follow: bool) -> u8 {
    let e = o as *mut DirEntryObject;
    if (*e).kind == 3 && follow {
        match std::fs::metadata(pystr::as_str((*e).path)) {
            Ok(m) if m.is_dir() => 1,
            Ok(m) if m.is_file() => 2,
            _ => 0,
        }
    } else {
        (*e).kind
    }
}

unsafe extern "C" fn de_is_dir(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let f = follow_arg("is_dir", args, nargs, kw)?;
        Ok(pybool::from_bool(entry_kind(o, f) == 1))
    })())
}

unsafe extern "C" fn de_is_file(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let f = follow_arg("is_file", args, nargs, kw)?;
        Ok(pybool::from_bool(entry_kind(o, f) == 2))
    })())
}

unsafe extern "C" fn de_stat(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let f = follow_arg("stat", args, nargs, kw)?;
        let m = stat_of((*(o as *mut DirEntryObject)).path, f)?;
        stat_result(&m)
    })())
}

/// The iterator `os.scandir` returns; also a context manager (`close`).
#[repr(C)]
pub struct ScandirObject {
    pub ob_base: PyObject,
    /// The entries still to produce (a list, owned), or null once closed.
    pub entries: Obj,
    pub pos: usize,
}

pub static mut Scandir_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(scandir_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(scandir_next),
    tp_methods: &raw mut SCANDIR_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(
        c"posix.ScandirIterator",
        std::mem::size_of::<ScandirObject>(),
        0,
    )
};

static mut SCANDIR_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("close", sd_close, METH_NOARGS),
    crate::method_def!("__enter__", sd_enter, METH_NOARGS),
    crate::method_def!("__exit__", sd_exit),
    METHOD_SENTINEL,
];

unsafe extern "C" fn scandir_dealloc(o: Obj) {
    xdecref((*(o as *mut ScandirObject)).entries);
    free_object(o);
}

unsafe extern "C" fn scandir_next(o: Obj) -> Obj {
    let it = o as *mut ScandirObject;
    if (*it).entries.is_null() || (*it).pos >= list::len((*it).entries) {
        return null_mut();
    }
    let e = list::item((*it).entries, (*it).pos);
    (*it).pos += 1;
    new_ref(e)
}

unsafe extern "C" fn sd_close(o: Obj, _a: Obj) -> Obj {
    let it = o as *mut ScandirObject;
    let old = (*it).entries;
    (*it).entries = null_mut();
    xdecref(old);
    none::none_ref().into_raw()
}

unsafe extern "C" fn sd_enter(o: Obj, _a: Obj) -> Obj {
    new_ref(o)
}

unsafe extern "C" fn sd_exit(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    sd_close(o, null_mut())
}

// `scandir(path='.')`: the entries of a directory, listed when called.
os_fn!(os_scandir, "scandir", 0, 1, ["path"], |a| {
    let (p, shown) = if a[0].is_null() || a[0] == none::none() {
        (".".to_string(), "'.'".to_string())
    } else {
        (fileio::path_arg("scandir", "path", a[0])?, repr_s(a[0])?)
    };
    capabilities::require(Capability::FsRead, &format!("list the directory {}", shown))?;
    let name_obj = if a[0].is_null() || a[0] == none::none() {
        s(".")
    } else {
        Ref::borrowed(a[0])
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, name_obj.as_ptr(), null_mut()))?;
    type_ready(&raw mut DirEntry_Type)?;
    type_ready(&raw mut Scandir_Type)?;
    let out = Ref::steal(list::with_capacity(0));
    // As CPython: an entry's path is the argument joined with its name (`./name` for
    // the default '.').
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, name_obj.as_ptr(), null_mut()))?;
        let name = ent.file_name().to_string_lossy().into_owned();
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            _ => 0,
        };
        let o = alloc_object(
            &raw mut DirEntry_Type,
            std::mem::size_of::<DirEntryObject>(),
        );
        let e = o as *mut DirEntryObject;
        (*e).name = s(&name).into_raw();
        (*e).path = s(&join(&[p.clone(), name])).into_raw();
        (*e).kind = kind;
        list::push(out.as_ptr(), o);
    }
    let it = alloc_object(&raw mut Scandir_Type, std::mem::size_of::<ScandirObject>());
    (*(it as *mut ScandirObject)).entries = out.into_raw();
    (*(it as *mut ScandirObject)).pos = 0;
    Ok(Ref::steal(it))
});

os_fn!(
    os_symlink,
    "symlink",
    2,
    3,
    ["src", "dst", "target_is_directory"],
    |a| {
        let src = fileio::path_arg("symlink", "src", a[0])?;
        let dst = fileio::path_arg("symlink", "dst", a[1])?;
        capabilities::require(
            Capability::FsWrite,
            &format!("create the symbolic link {}", repr_s(a[1])?),
        )?;
        std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(&e, a[0], a[1]))?;
        Ok(none::none_ref())
    }
);

os_fn!(os_readlink, "readlink", 1, 1, ["path"], |a| {
    let p = fileio::path_arg("readlink", "path", a[0])?;
    capabilities::require(Capability::FsRead, &format!("inspect {}", repr_s(a[0])?))?;
    let t = std::fs::read_link(&p).map_err(|e| os_error(&e, a[0], null_mut()))?;
    Ok(s(&t.to_string_lossy()))
});

// `urandom(size)`: `size` bytes from the OS's random source.
os_fn!(os_urandom, "urandom", 1, 1, ["size"], |a| {
    use std::io::Read;
    let n = crate::abstract_::as_ssize(a[0])?;
    if n < 0 {
        return Err(crate::errors::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, null_mut(), null_mut()))?;
    Ok(Ref::steal(crate::objects::bytes::from_bytes(&buf)))
});

#[repr(C)]
struct Winsize {
    ws_row: u16,
    ws_col: u16,
    ws_xpixel: u16,
    ws_ypixel: u16,
}

extern "C" {
    fn ioctl(fd: i32, request: u64, ...) -> i32;
}

static mut TERMINAL_SIZE: Obj = null_mut();

// `get_terminal_size(fd=1)`: an `os.terminal_size(columns, lines)`; OSError when `fd`
// is not a terminal.
os_fn!(
    os_get_terminal_size,
    "get_terminal_size",
    0,
    1,
    ["fd"],
    |a| {
        const TIOCGWINSZ: u64 = 0x5413;
        let fd = if a[0].is_null() {
            1
        } else {
            crate::abstract_::as_ssize(a[0])?
        };
        let mut ws = Winsize {
            ws_row: 0,
            ws_col: 0,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCGWINSZ writes a `struct winsize` through the pointer.
        let r = ioctl(fd as i32, TIOCGWINSZ, &mut ws as *mut Winsize);
        if r != 0 {
            let e = std::io::Error::last_os_error();
            return Err(os_error(&e, null_mut(), null_mut()));
        }
        if TERMINAL_SIZE.is_null() {
            let tp = super::sys::struct_seq_type(
                "os",
                "terminal_size",
                &["columns", "lines"],
                &[],
                true,
            )?;
            TERMINAL_SIZE = tp.into_raw();
        }
        let items = Ref::steal(tuple::from_refs(vec![
            Ref::steal(crate::objects::int::from_i64(ws.ws_col as i64)),
            Ref::steal(crate::objects::int::from_i64(ws.ws_row as i64)),
        ]));
        crate::call::call_vec(TERMINAL_SIZE, &[items.as_ptr()])
    }
);
