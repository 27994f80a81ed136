//! `_io.TextIOWrapper`: text files from `open()` and the standard streams
//! (`sys.stdout` and friends). Decodes and encodes with the file's encoding (UTF-8 by
//! default), applies the `newline` rules (universal newlines when reading by default),
//! and reads lines, characters or the whole rest of the file. Built on `fileio.rs`.
//!
//! `tell()` returns the byte position (CPython's cookie for a stateless decoder, as
//! UTF-8 is).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::fileio::{self, core, FileObject, Newline};
use crate::objects::{bytes, int, list, none, str as pystr};
use crate::typeobject::*;

pub static mut TextIOWrapper_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(fileio::file_dealloc),
    tp_repr: Some(text_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(text_iter),
    tp_iternext: Some(text_iternext),
    tp_methods: &raw mut TEXT_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut TEXT_GETSET as *mut PyGetSetDef,
    tp_base: &raw mut crate::objects::iobase::TextIOBase_Type,
    ..PyTypeObject::new_static(c"_io.TextIOWrapper", std::mem::size_of::<FileObject>(), 0)
};

static mut TEXT_METHODS: [PyMethodDef; 20] = [
    crate::method_def!("read", text_read),
    crate::method_def!("readline", text_readline),
    crate::method_def!("readlines", text_readlines),
    crate::method_def!("write", text_write),
    crate::method_def!("writelines", text_writelines),
    crate::method_def!("seek", text_seek),
    crate::method_def!("tell", text_tell),
    crate::method_def!("truncate", text_truncate),
    crate::method_def!("flush", text_flush),
    crate::method_def!("close", text_close),
    crate::method_def!("fileno", text_fileno),
    crate::method_def!("isatty", text_isatty),
    crate::method_def!("readable", text_readable),
    crate::method_def!("writable", text_writable),
    crate::method_def!("seekable", text_seekable),
    crate::method_def!("detach", text_detach),
    crate::method_def!("reconfigure", text_reconfigure),
    crate::method_def!("__enter__", text_enter),
    crate::method_def!("__exit__", text_exit),
    METHOD_SENTINEL,
];

static mut TEXT_GETSET: [PyGetSetDef; 9] = [
    getset_def(c"buffer", Some(get_buffer), None),
    getset_def(c"closed", Some(get_closed), None),
    getset_def(c"name", Some(get_name), None),
    getset_def(c"mode", Some(get_mode), None),
    getset_def(c"encoding", Some(get_encoding), None),
    getset_def(c"errors", Some(get_errors), None),
    getset_def(c"newlines", Some(get_newlines), None),
    getset_def(c"line_buffering", Some(get_line_buffering), None),
    getset_def_end(),
];

/// Whether `o` is a text file.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_text_file(o: Obj) -> bool {
    is_instance_of(o, &raw mut TextIOWrapper_Type)
}

/// A vectorcall method body with the file checked open (`I/O operation on closed file.`).
macro_rules! text_method {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], $check_open:expr,
     |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: [Obj; $max] =
                    crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                if $check_open {
                    check_open(o)?;
                }
                #[allow(unused_variables)]
                let $o = o;
                $body
            })())
        }
    };
}

unsafe fn check_open(o: Obj) -> PyResult<()> {
    if core(o).closed {
        return Err(crate::errors::value_error("I/O operation on closed file."));
    }
    Ok(())
}

unsafe fn check_readable(o: Obj) -> PyResult<()> {
    if !core(o).readable {
        return Err(fileio::unsupported("not readable"));
    }
    Ok(())
}

unsafe fn check_writable(o: Obj) -> PyResult<()> {
    if !core(o).writable {
        return Err(fileio::unsupported("not writable"));
    }
    Ok(())
}

unsafe fn newline_of(o: Obj) -> Newline {
    Newline::from_i64((*(o as *mut FileObject)).newline)
}

unsafe fn is_utf8(o: Obj) -> bool {
    (*(o as *mut FileObject)).utf8
}

/// Decodes bytes read from the file with its encoding and errors.
unsafe fn decode(o: Obj, b: &[u8]) -> PyResult<Ref> {
    if is_utf8(o) {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(Ref::steal(pystr::from_str(s)));
        }
    }
    let f = o as *mut FileObject;
    let raw = Ref::steal(bytes::from_bytes(b));
    bytes::decode(raw.as_ptr(), (*f).encoding, (*f).errors)
}

/// Reads one line's bytes under the newline rules, at most `limit` characters.
unsafe fn read_line_raw(o: Obj, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let nl = newline_of(o);
    if limit.is_none() && nl != Newline::CrLf {
        return read_line_fast(o, nl);
    }
    let utf8 = is_utf8(o);
    let c = core(o);
    let mut out = Vec::new();
    let mut chars = 0usize;
    let io = |e: std::io::Error| fileio::io_error(&e);
    while let Some(b) = c.peek_byte().map_err(io)? {
        if !utf8 || b & 0xC0 != 0x80 {
            if limit.is_some_and(|l| chars >= l) {
                break;
            }
            chars += 1;
        }
        c.consume(1);
        match (b, nl) {
            (b'\n', Newline::Universal | Newline::Any | Newline::Lf) => {
                out.push(b'\n');
                break;
            }
            (b'\r', Newline::Universal) => {
                if c.peek_byte().map_err(io)? == Some(b'\n') {
                    c.consume(1);
                }
                out.push(b'\n');
                break;
            }
            (b'\r', Newline::Any) => {
                out.push(b'\r');
                if c.peek_byte().map_err(io)? == Some(b'\n') {
                    c.consume(1);
                    out.push(b'\n');
                }
                break;
            }
            (b'\r', Newline::Cr) => {
                out.push(b'\r');
                break;
            }
            (b'\n', Newline::CrLf) if out.last() == Some(&b'\r') => {
                out.push(b'\n');
                break;
            }
            _ => out.push(b),
        }
    }
    Ok(out)
}

/// [`read_line_raw`] without a limit: scans whole buffered chunks for the terminator.
unsafe fn read_line_fast(o: Obj, nl: Newline) -> PyResult<Vec<u8>> {
    let c = core(o);
    let io = |e: std::io::Error| fileio::io_error(&e);
    let mut out = Vec::new();
    loop {
        let buf = c.fill().map_err(io)?;
        if buf.is_empty() {
            return Ok(out);
        }
        let hit = match nl {
            Newline::Lf => buf.iter().position(|&b| b == b'\n'),
            Newline::Cr => buf.iter().position(|&b| b == b'\r'),
            _ => buf.iter().position(|&b| b == b'\n' || b == b'\r'),
        };
        let Some(i) = hit else {
            let n = buf.len();
            out.extend_from_slice(buf);
            c.consume(n);
            continue;
        };
        let term = buf[i];
        out.extend_from_slice(&buf[..i]);
        c.consume(i + 1);
        if term == b'\r' && matches!(nl, Newline::Universal | Newline::Any) {
            let lf = c.peek_byte().map_err(io)? == Some(b'\n');
            if lf {
                c.consume(1);
            }
            if nl == Newline::Universal {
                out.push(b'\n');
            } else {
                out.push(b'\r');
                if lf {
                    out.push(b'\n');
                }
            }
        } else {
            out.push(term);
        }
        return Ok(out);
    }
}

/// Reads one line as str (empty at end of file).
///
/// # Safety
/// `o` is an open, readable text file.
pub unsafe fn readline_str(o: Obj, limit: Option<usize>) -> PyResult<Ref> {
    // Fast path: a whole `\n`-terminated UTF-8 line already in the buffer.
    let nl = newline_of(o);
    if limit.is_none()
        && matches!(nl, Newline::Universal | Newline::Any | Newline::Lf)
        && is_utf8(o)
    {
        let c = core(o);
        let buf = c.fill().map_err(|e| fileio::io_error(&e))?;
        let stop = buf.iter().position(|&b| b == b'\n' || b == b'\r');
        if let Some(i) = stop {
            if buf[i] == b'\n' {
                if let Ok(text) = std::str::from_utf8(&buf[..=i]) {
                    let r = Ref::steal(pystr::from_str(text));
                    c.consume(i + 1);
                    return Ok(r);
                }
            }
        }
    }
    let b = read_line_raw(o, limit)?;
    decode(o, &b)
}

/// Translates `\r\n` and `\r` to `\n`.
fn translate_newlines(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\r' {
            out.push(b'\n');
            if i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 1;
            }
        } else {
            out.push(b[i]);
        }
        i += 1;
    }
    out
}

text_method!(text_read, "read", 0, 1, ["size"], true, |o, a| {
    check_readable(o)?;
    match fileio::size_arg(a[0])? {
        None => {
            let mut b = core(o).read_bytes(None).map_err(|e| fileio::io_error(&e))?;
            if newline_of(o) == Newline::Universal {
                // A final `\r` may pair with nothing: translation is per whole rest.
                b = translate_newlines(&b);
            }
            decode(o, &b)
        }
        Some(n) => {
            // Character by character through the line reader's rules.
            let mut out = String::new();
            let mut left = n;
            while left > 0 {
                let chunk = read_chars(o, left)?;
                if chunk.is_empty() {
                    break;
                }
                let s = decode(o, &chunk)?;
                left -= pystr::char_len(s.as_ptr()).min(left);
                out.push_str(pystr::as_str(s.as_ptr()));
            }
            Ok(pystr::from_string(out))
        }
    }
});

/// Reads up to `n` characters' bytes (newlines translated as the mode says).
unsafe fn read_chars(o: Obj, n: usize) -> PyResult<Vec<u8>> {
    let universal = newline_of(o) == Newline::Universal;
    let utf8 = is_utf8(o);
    let c = core(o);
    let io = |e: std::io::Error| fileio::io_error(&e);
    let mut out = Vec::new();
    let mut chars = 0usize;
    while let Some(b) = c.peek_byte().map_err(io)? {
        if !utf8 || b & 0xC0 != 0x80 {
            if chars >= n {
                break;
            }
            chars += 1;
        }
        c.consume(1);
        if universal && b == b'\r' {
            if c.peek_byte().map_err(io)? == Some(b'\n') {
                c.consume(1);
            }
            out.push(b'\n');
        } else {
            out.push(b);
        }
    }
    Ok(out)
}

text_method!(text_readline, "readline", 0, 1, ["size"], true, |o, a| {
    check_readable(o)?;
    readline_str(o, fileio::size_arg(a[0])?)
});

text_method!(text_readlines, "readlines", 0, 1, ["hint"], true, |o, a| {
    check_readable(o)?;
    let hint = fileio::size_arg(a[0])?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let l = readline_str(o, None)?;
        let n = pystr::char_len(l.as_ptr());
        if n == 0 {
            break;
        }
        total += n;
        lines.push(l);
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(Ref::steal(list::from_refs(lines)))
});

/// Writes a str through the file's newline and encoding rules; returns its length.
///
/// # Safety
/// `o` is a text file; `s` a str.
pub unsafe fn write_str(o: Obj, s: Obj) -> PyResult<usize> {
    let n = pystr::char_len(s);
    let text = pystr::as_str(s);
    let translated: Option<String> = match newline_of(o) {
        Newline::Cr => Some(text.replace('\n', "\r")),
        Newline::CrLf => Some(text.replace('\n', "\r\n")),
        _ => None,
    };
    let f = o as *mut FileObject;
    let c = core(o);
    if is_utf8(o) {
        let b = translated.as_deref().unwrap_or(text).as_bytes();
        c.write_bytes(b).map_err(|e| fileio::io_error(&e))?;
    } else {
        let src = match translated {
            Some(t) => pystr::from_string(t),
            None => Ref::borrowed(s),
        };
        let enc = bytes::encode(src.as_ptr(), (*f).encoding, (*f).errors)?;
        c.write_bytes(bytes::as_bytes(enc.as_ptr()))
            .map_err(|e| fileio::io_error(&e))?;
    }
    Ok(n)
}

text_method!(text_write, "write", 1, 1, ["s"], true, |o, a| {
    if !pystr::is_str(a[0]) {
        return Err(crate::errors::type_error(&format!(
            "write() argument must be str, not {}",
            obj_type_name(a[0])
        )));
    }
    check_writable(o)?;
    let n = write_str(o, a[0])?;
    Ok(Ref::steal(int::from_i64(n as i64)))
});

text_method!(
    text_writelines,
    "writelines",
    1,
    1,
    ["lines"],
    true,
    |o, a| {
        check_writable(o)?;
        for l in crate::abstract_::collect(a[0])? {
            if !pystr::is_str(l.as_ptr()) {
                return Err(crate::errors::type_error(&format!(
                    "write() argument must be str, not {}",
                    obj_type_name(l.as_ptr())
                )));
            }
            write_str(o, l.as_ptr())?;
        }
        Ok(none::none_ref())
    }
);

text_method!(
    text_seek,
    "seek",
    1,
    2,
    ["cookie", "whence"],
    true,
    |o, a| {
        let (off, whence) = fileio::seek_args(a[0], a[1])?;
        if whence == 1 && off != 0 {
            return Err(fileio::unsupported("can't do nonzero cur-relative seeks"));
        }
        if whence == 2 && off != 0 {
            return Err(fileio::unsupported("can't do nonzero end-relative seeks"));
        }
        if whence == 0 && off < 0 {
            return Err(crate::errors::value_error(&format!(
                "negative seek position {}",
                off
            )));
        }
        let p = core(o)
            .seek(off, whence)
            .map_err(|e| fileio::io_error(&e))?;
        Ok(Ref::steal(int::from_i64(p as i64)))
    }
);

text_method!(text_tell, "tell", 0, 0, [], true, |o, a| {
    let p = core(o).tell().map_err(|e| fileio::io_error(&e))?;
    Ok(Ref::steal(int::from_i64(p as i64)))
});

text_method!(text_truncate, "truncate", 0, 1, ["pos"], true, |o, a| {
    check_writable(o)?;
    let c = core(o);
    let size = if a[0].is_null() || a[0] == none::none() {
        c.tell().map_err(|e| fileio::io_error(&e))?
    } else {
        int::as_i64(a[0]).unwrap_or(0).max(0) as u64
    };
    let r = c.truncate(size).map_err(|e| fileio::io_error(&e))?;
    Ok(Ref::steal(int::from_i64(r as i64)))
});

text_method!(text_flush, "flush", 0, 0, [], true, |o, a| {
    core(o).flush_writes().map_err(|e| fileio::io_error(&e))?;
    Ok(none::none_ref())
});

text_method!(text_close, "close", 0, 0, [], false, |o, a| {
    core(o).close().map_err(|e| fileio::io_error(&e))?;
    Ok(none::none_ref())
});

text_method!(text_fileno, "fileno", 0, 0, [], true, |o, a| {
    Ok(Ref::steal(int::from_i64(core(o).fileno())))
});

text_method!(text_isatty, "isatty", 0, 0, [], true, |o, a| {
    Ok(crate::objects::bool::from_bool(core(o).isatty()))
});

text_method!(text_readable, "readable", 0, 0, [], true, |o, a| {
    Ok(crate::objects::bool::from_bool(core(o).readable))
});

text_method!(text_writable, "writable", 0, 0, [], true, |o, a| {
    Ok(crate::objects::bool::from_bool(core(o).writable))
});

text_method!(text_seekable, "seekable", 0, 0, [], true, |o, a| {
    Ok(crate::objects::bool::from_bool(matches!(
        core(o).backing,
        fileio::Backing::File(_)
    )))
});

text_method!(text_detach, "detach", 0, 0, [], false, |o, a| {
    // TODO(io): no separate buffer object to hand out yet.
    Err(fileio::unsupported("detach() is not supported by Molt yet"))
});

text_method!(text_reconfigure, "reconfigure", 0, 0, [], false, |o, a| {
    // TODO(io): only the no-argument form (a no-op).
    Ok(none::none_ref())
});

text_method!(text_enter, "__enter__", 0, 0, [], true, |o, a| {
    Ok(Ref::borrowed(o))
});

unsafe extern "C" fn text_exit(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        core(o).close().map_err(|e| fileio::io_error(&e))?;
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn text_iter(o: Obj) -> Obj {
    if core(o).closed {
        return into_raw(Err(crate::errors::value_error(
            "I/O operation on closed file.",
        )));
    }
    new_ref(o)
}

unsafe extern "C" fn text_iternext(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        check_open(o)?;
        check_readable(o)?;
        let l = readline_str(o, None)?;
        if pystr::char_len(l.as_ptr()) == 0 {
            return Err(Raised);
        }
        Ok(l)
    })())
}

unsafe extern "C" fn text_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let f = o as *mut FileObject;
        let name = crate::abstract_::repr((*f).name)?;
        let mode = crate::abstract_::repr((*f).mode)?;
        let enc = crate::abstract_::repr((*f).encoding)?;
        Ok(pystr::from_string(format!(
            "<_io.TextIOWrapper name={} mode={} encoding={}>",
            pystr::as_str(name.as_ptr()),
            pystr::as_str(mode.as_ptr()),
            pystr::as_str(enc.as_ptr())
        )))
    })())
}

unsafe extern "C" fn get_closed(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    crate::objects::bool::from_bool(core(o).closed).into_raw()
}
unsafe extern "C" fn get_name(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut FileObject)).name)
}
unsafe extern "C" fn get_mode(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut FileObject)).mode)
}
unsafe extern "C" fn get_encoding(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut FileObject)).encoding)
}
unsafe extern "C" fn get_errors(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut FileObject)).errors)
}
unsafe extern "C" fn get_newlines(_o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    // TODO(io): the kinds of newline seen so far.
    none::none_ref().into_raw()
}
unsafe extern "C" fn get_line_buffering(_o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    crate::objects::bool::from_bool(false).into_raw()
}
unsafe extern "C" fn get_buffer(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    into_raw(crate::builtins::io::buffer_of(o).map(|b| Ref::borrowed(b)))
}
