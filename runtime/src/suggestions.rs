//! "Did you mean" suggestions for NameError and AttributeError, as CPython 3.12
//! appends them when it prints a traceback (`Python/suggestions.c`): the closest
//! candidate name by an edit distance where a case change costs 1 and any other edit 2,
//! accepted when at most about a third of the characters change.
//!
//! Candidates: for AttributeError, `dir(obj)`; for NameError, the module's globals and
//! the builtins, remembered when the error is raised (Molt has no frame objects).
//! TODO(traceback): a function's local variables are not candidates yet (CPython also
//! offers them, and `self.name` when the instance has that attribute).

use crate::object::*;
use crate::objects::{dict, exceptions as exc, list, str as pystr};
use crate::typeobject::is_instance_of;
use std::collections::HashMap;

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or anything above `max_cost` once it is
/// certain to exceed it.
fn distance(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(bc, ac);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best candidate for `wrong`, if any is close enough.
fn best_match(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let wlen = wrong.chars().count();
    if wlen > MAX_STRING_SIZE {
        return None;
    }
    // As CPython's C implementation (which prints uncaught exceptions): no initial bound.
    let mut best = usize::MAX;
    let mut suggestion: Option<&String> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max = ((c.chars().count() + wlen + 3) * MOVE_COST / 6).min(best.saturating_sub(1));
        let d = distance(wrong, c, max);
        if d > max {
            continue;
        }
        if suggestion.is_none() || d < best {
            suggestion = Some(c);
            best = d;
        }
    }
    suggestion.cloned()
}

/// Module globals of NameErrors raised by global lookups (owned), until the exception
/// is freed.
static mut NAME_ERROR_GLOBALS: Option<HashMap<usize, Obj>> = None;

/// Raises `NameError: name 'x' is not defined` for a failed global lookup, with `name`
/// set and the globals remembered for the suggestion.
///
/// # Safety
/// `globals` is a dict, `name` a str.
pub unsafe fn raise_name_error(globals: Obj, name: Obj) {
    crate::errors::raise(
        exc::name_error(),
        &format!("name '{}' is not defined", pystr::as_str(name)),
    );
    let e = crate::errors::current();
    if e.is_null() {
        return;
    }
    set_attr(e, "name", name);
    #[allow(static_mut_refs)]
    NAME_ERROR_GLOBALS
        .get_or_insert_with(HashMap::new)
        .insert(e as usize, new_ref(globals));
}

/// Sets `e.name` and `e.obj` of an AttributeError.
///
/// # Safety
/// `e` is an exception instance, `name` a str, `obj` live.
pub unsafe fn set_attribute_error_context(e: Obj, name: Obj, obj: Obj) {
    set_attr(e, "name", name);
    set_attr(e, "obj", obj);
}

/// `dir(o)` through the builtin.
unsafe fn dir_of(o: Obj) -> crate::errors::PyResult<Ref> {
    let Some(f) = dict::get_str(crate::builtins::builtins_dict(), "dir") else {
        return Err(crate::errors::type_error("dir is missing"));
    };
    let f = Ref::borrowed(f);
    crate::call::call1(f.as_ptr(), o)
}

unsafe fn set_attr(e: Obj, attr: &str, v: Obj) {
    let saved = crate::errors::fetch();
    let a = Ref::steal(pystr::from_str(attr));
    if crate::abstract_::setattr(e, a.as_ptr(), v).is_err() {
        crate::errors::clear();
    }
    if let Some(s) = saved {
        crate::errors::restore(s);
    }
}

/// Forgets what was remembered for `e` (its deallocation).
///
/// # Safety
/// Called from the exception's deallocator.
pub unsafe fn forget(e: Obj) {
    #[allow(static_mut_refs)]
    if let Some(m) = NAME_ERROR_GLOBALS.as_mut() {
        if let Some(g) = m.remove(&(e as usize)) {
            decref(g);
        }
    }
}

unsafe fn dict_keys(d: Obj) -> Vec<String> {
    dict::items_vec(d)
        .iter()
        .filter(|(k, _)| pystr::is_str(k.as_ptr()))
        .map(|(k, _)| pystr::as_str(k.as_ptr()).to_string())
        .collect()
}

/// The text CPython appends to the last line of a traceback for `e`
/// (`. Did you mean: 'x'?`, `. Did you forget to import 'sys'`), or "".
///
/// # Safety
/// `e` is an exception instance.
pub unsafe fn suffix(e: Obj) -> String {
    let saved = crate::errors::fetch();
    let s = compute_suffix(e);
    crate::errors::clear();
    if let Some(x) = saved {
        crate::errors::restore(x);
    }
    s
}

unsafe fn compute_suffix(e: Obj) -> String {
    let is_name = is_instance_of(e, exc::name_error());
    let is_attr = is_instance_of(e, exc::attribute_error());
    if !is_name && !is_attr {
        return String::new();
    }
    let Ok(Some(name)) = crate::abstract_::getattr_opt_str(e, "name") else {
        return String::new();
    };
    if !pystr::is_str(name.as_ptr()) {
        return String::new();
    }
    let wrong = pystr::as_str(name.as_ptr()).to_string();
    let candidates: Option<Vec<String>> = if is_attr {
        match crate::abstract_::getattr_opt_str(e, "obj") {
            Ok(Some(obj)) => match dir_of(obj.as_ptr()) {
                Ok(l) => Some(
                    list::items(l.as_ptr())
                        .iter()
                        .filter(|&&k| pystr::is_str(k))
                        .map(|&k| pystr::as_str(k).to_string())
                        .collect(),
                ),
                Err(_) => None,
            },
            _ => None,
        }
    } else {
        #[allow(static_mut_refs)]
        let g = NAME_ERROR_GLOBALS
            .as_ref()
            .and_then(|m| m.get(&(e as usize)).copied());
        g.map(|g| {
            let mut v = dict_keys(g);
            v.extend(dict_keys(crate::builtins::builtins_dict()));
            v
        })
    };
    let suggestion = candidates.and_then(|c| best_match(&wrong, &c));
    let mut out = String::new();
    if let Some(s) = &suggestion {
        out.push_str(&format!(". Did you mean: '{}'?", s));
    }
    if is_name && STDLIB_MODULE_NAMES.binary_search(&wrong.as_str()).is_ok() {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{}'?", wrong));
        } else {
            out.push_str(&format!(". Did you forget to import '{}'?", wrong));
        }
    }
    out
}

/// CPython 3.12's `sys.stdlib_module_names`, sorted (an interface fact: which names get
/// the "forgot to import" hint).
static STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];
