//! `_io.StringIO`: an in-memory text file. The text is kept as characters with a
//! position counted in characters, as CPython's. `newline` as CPython's: `'\n'` (the
//! default: no translation, lines end at `\n`), `None` (`\r\n` and `\r` become `\n` on
//! write), `''` (no translation; lines end at `\n`, `\r` or `\r\n`), `'\r'` and
//! `'\r\n'` (`\n` written as that; lines end at it).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{int, list, none, str as pystr};
use crate::typeobject::*;

#[repr(C)]
pub struct StringIOObject {
    pub ob_base: PyObject,
    /// Owned Rust state.
    pub state: *mut StringIOState,
}

pub struct StringIOState {
    pub buf: Vec<char>,
    pub pos: usize,
    pub closed: bool,
    pub translate: bool,
    /// The `newline` argument: `Some("")`, `Some("\r")`, ... or `None`.
    pub newline: Option<&'static str>,
}

pub static mut StringIO_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(sio_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(sio_iter),
    tp_iternext: Some(sio_iternext),
    tp_methods: &raw mut SIO_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut SIO_GETSET as *mut PyGetSetDef,
    tp_new: Some(sio_new),
    tp_base: &raw mut crate::objects::iobase::TextIOBase_Type,
    ..PyTypeObject::new_static(c"_io.StringIO", std::mem::size_of::<StringIOObject>(), 0)
};

static mut SIO_METHODS: [PyMethodDef; 18] = [
    crate::method_def!("getvalue", sio_getvalue),
    crate::method_def!("read", sio_read),
    crate::method_def!("readline", sio_readline),
    crate::method_def!("readlines", sio_readlines),
    crate::method_def!("write", sio_write),
    crate::method_def!("writelines", sio_writelines),
    crate::method_def!("seek", sio_seek),
    crate::method_def!("tell", sio_tell),
    crate::method_def!("truncate", sio_truncate),
    crate::method_def!("flush", sio_flush),
    crate::method_def!("close", sio_close),
    crate::method_def!("readable", sio_true),
    crate::method_def!("writable", sio_true),
    crate::method_def!("seekable", sio_true),
    crate::method_def!("isatty", sio_isatty),
    crate::method_def!("__enter__", sio_enter),
    crate::method_def!("__exit__", sio_exit),
    METHOD_SENTINEL,
];

static mut SIO_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"closed", Some(sio_get_closed), None),
    getset_def_end(),
];

unsafe fn st<'a>(o: Obj) -> &'a mut StringIOState {
    &mut *(*(o as *mut StringIOObject)).state
}

unsafe extern "C" fn sio_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [initial, newline] = crate::builtins::modules::unpack_tuple_kw(
            "StringIO",
            args,
            kwargs,
            &["initial_value", "newline"],
            0,
            0,
        )?;
        let mut translate = false;
        let mut mode: Option<&'static str> = Some("\n");
        if !newline.is_null() && newline != none::none() {
            if !pystr::is_str(newline) {
                return Err(crate::errors::type_error(&format!(
                    "newline must be str or None, not {}",
                    obj_type_name(newline)
                )));
            }
            mode = Some(match pystr::as_str(newline) {
                "\n" => "\n",
                "" => "",
                "\r" => "\r",
                "\r\n" => "\r\n",
                _ => {
                    let r = crate::abstract_::repr(newline)?;
                    return Err(crate::errors::value_error(&format!(
                        "illegal newline value: {}",
                        pystr::as_str(r.as_ptr())
                    )));
                }
            });
        } else if !newline.is_null() {
            translate = true;
            mode = None;
        }
        let mut buf = Vec::new();
        if !initial.is_null() && initial != none::none() {
            if !pystr::is_str(initial) {
                return Err(crate::errors::type_error(&format!(
                    "initial_value must be str or None, not {}",
                    obj_type_name(initial)
                )));
            }
            buf = pystr::as_str(initial).chars().collect();
            buf = write_translate(translate, mode, buf);
        }
        let alloc = (*tp).tp_alloc.unwrap_or(generic_alloc);
        let o = alloc(tp, 0);
        (*(o as *mut StringIOObject)).state = Box::into_raw(Box::new(StringIOState {
            buf,
            pos: 0,
            closed: false,
            translate,
            newline: mode,
        }));
        Ok(Ref::steal(o))
    })())
}

/// The translation of written text for the `newline` mode.
fn write_translate(translate: bool, mode: Option<&str>, cs: Vec<char>) -> Vec<char> {
    if translate {
        return translate_chars(&cs);
    }
    match mode {
        Some(nl @ ("\r" | "\r\n")) if cs.contains(&'\n') => {
            let mut out = Vec::with_capacity(cs.len());
            for c in cs {
                if c == '\n' {
                    out.extend(nl.chars());
                } else {
                    out.push(c);
                }
            }
            out
        }
        _ => cs,
    }
}

fn translate_chars(s: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == '\r' {
            out.push('\n');
            if i + 1 < s.len() && s[i + 1] == '\n' {
                i += 1;
            }
        } else {
            out.push(s[i]);
        }
        i += 1;
    }
    out
}

unsafe extern "C" fn sio_dealloc(o: Obj) {
    let p = (*(o as *mut StringIOObject)).state;
    if !p.is_null() {
        drop(Box::from_raw(p));
    }
    free_object(o);
}

macro_rules! sio_method {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: [Obj; $max] =
                    crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                if st(o).closed {
                    return Err(crate::errors::value_error("I/O operation on closed file"));
                }
                #[allow(unused_variables)]
                let $o = st(o);
                $body
            })())
        }
    };
}

fn string(cs: &[char]) -> Ref {
    // SAFETY: the runtime is initialised whenever a method runs.
    unsafe { pystr::from_string(cs.iter().collect()) }
}

sio_method!(sio_getvalue, "getvalue", 0, 0, [], |s, a| Ok(string(
    &s.buf
)));

sio_method!(sio_read, "read", 0, 1, ["size"], |s, a| {
    let n = crate::objects::fileio::size_arg(a[0])?;
    let start = s.pos.min(s.buf.len());
    let end = match n {
        Some(n) => (start + n).min(s.buf.len()),
        None => s.buf.len(),
    };
    s.pos = end.max(s.pos);
    Ok(string(&s.buf[start..end]))
});

/// The next line (through `\n`), at most `limit` characters.
fn next_line(s: &mut StringIOState, limit: Option<usize>) -> Vec<char> {
    let start = s.pos.min(s.buf.len());
    let mut end = start;
    while end < s.buf.len() {
        if limit.is_some_and(|l| end - start >= l) {
            break;
        }
        end += 1;
        let c = s.buf[end - 1];
        let done = match s.newline {
            None | Some("\n") => c == '\n',
            Some("\r") => c == '\r',
            Some("\r\n") => c == '\n' && end - start >= 2 && s.buf[end - 2] == '\r',
            // Universal line endings: `\r\n` counts as one (within the limit).
            _ => {
                if c == '\r'
                    && end < s.buf.len()
                    && s.buf[end] == '\n'
                    && !limit.is_some_and(|l| end - start >= l)
                {
                    end += 1;
                }
                c == '\n' || c == '\r'
            }
        };
        if done {
            break;
        }
    }
    s.pos = end.max(s.pos);
    s.buf[start..end].to_vec()
}

sio_method!(sio_readline, "readline", 0, 1, ["size"], |s, a| {
    let n = crate::objects::fileio::size_arg(a[0])?;
    Ok(string(&next_line(s, n)))
});

sio_method!(sio_readlines, "readlines", 0, 1, ["hint"], |s, a| {
    let hint = crate::objects::fileio::size_arg(a[0])?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = next_line(s, None);
        if l.is_empty() {
            break;
        }
        total += l.len();
        lines.push(string(&l));
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(Ref::steal(list::from_refs(lines)))
});

unsafe fn write_text(s: &mut StringIOState, text: Obj) -> PyResult<usize> {
    if !pystr::is_str(text) {
        return Err(crate::errors::type_error(&format!(
            "string argument expected, got '{}'",
            obj_type_name(text)
        )));
    }
    let mut cs: Vec<char> = pystr::as_str(text).chars().collect();
    let n = cs.len();
    cs = write_translate(s.translate, s.newline, cs);
    if s.pos > s.buf.len() {
        s.buf.resize(s.pos, '\0');
    }
    let end = s.pos + cs.len();
    if end > s.buf.len() {
        s.buf.resize(end, '\0');
    }
    s.buf[s.pos..end].copy_from_slice(&cs);
    s.pos = end;
    Ok(n)
}

sio_method!(sio_write, "write", 1, 1, ["s"], |s, a| {
    let n = write_text(s, a[0])?;
    Ok(Ref::steal(int::from_i64(n as i64)))
});

sio_method!(sio_writelines, "writelines", 1, 1, ["lines"], |s, a| {
    for l in crate::abstract_::collect(a[0])? {
        write_text(s, l.as_ptr())?;
    }
    Ok(none::none_ref())
});

sio_method!(sio_seek, "seek", 1, 2, ["pos", "whence"], |s, a| {
    let (off, whence) = crate::objects::fileio::seek_args(a[0], a[1])?;
    match whence {
        0 => {
            if off < 0 {
                return Err(crate::errors::value_error(&format!(
                    "Negative seek position {}",
                    off
                )));
            }
            s.pos = off as usize;
        }
        1 | 2 if off != 0 => {
            return Err(crate::errors::raise(
                crate::objects::exceptions::os_error(),
                if whence == 1 {
                    "Can't do nonzero cur-relative seeks"
                } else {
                    "Can't do nonzero end-relative seeks"
                },
            ))
        }
        2 => s.pos = s.buf.len(),
        _ => {}
    }
    Ok(Ref::steal(int::from_i64(s.pos as i64)))
});

sio_method!(sio_tell, "tell", 0, 0, [], |s, a| Ok(Ref::steal(
    int::from_i64(s.pos as i64)
)));

sio_method!(sio_truncate, "truncate", 0, 1, ["pos"], |s, a| {
    let size = if a[0].is_null() || a[0] == none::none() {
        s.pos
    } else {
        let v = int::as_i64(a[0]).unwrap_or(0);
        if v < 0 {
            return Err(crate::errors::value_error(&format!(
                "Negative size value {}",
                v
            )));
        }
        v as usize
    };
    s.buf.truncate(size);
    Ok(Ref::steal(int::from_i64(size as i64)))
});

sio_method!(sio_flush, "flush", 0, 0, [], |s, a| Ok(none::none_ref()));
sio_method!(sio_true, "readable", 0, 0, [], |s, a| Ok(
    crate::objects::bool::from_bool(true)
));
sio_method!(sio_isatty, "isatty", 0, 0, [], |s, a| Ok(
    crate::objects::bool::from_bool(false)
));
unsafe extern "C" fn sio_enter(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    if st(o).closed {
        return into_raw(Err(crate::errors::value_error(
            "I/O operation on closed file",
        )));
    }
    new_ref(o)
}

unsafe extern "C" fn sio_close(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    let s = st(o);
    s.closed = true;
    s.buf = Vec::new();
    none::none_ref().into_raw()
}

unsafe extern "C" fn sio_exit(o: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    let _ = (a, n, k);
    sio_close(o, std::ptr::null(), 0, std::ptr::null_mut())
}

unsafe extern "C" fn sio_get_closed(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    crate::objects::bool::from_bool(st(o).closed).into_raw()
}

unsafe extern "C" fn sio_iter(o: Obj) -> Obj {
    if st(o).closed {
        return into_raw(Err(crate::errors::value_error(
            "I/O operation on closed file",
        )));
    }
    new_ref(o)
}

unsafe extern "C" fn sio_iternext(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let s = st(o);
        if s.closed {
            return Err(crate::errors::value_error("I/O operation on closed file"));
        }
        let l = next_line(s, None);
        if l.is_empty() {
            return Err(Raised);
        }
        Ok(string(&l))
    })())
}
