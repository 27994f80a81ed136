//! `modsupport.h`: the argument parsers (`PyArg_ParseTuple`, `PyArg_ParseTupleAndKeywords`,
//! `PyArg_Parse`) and the value builder (`Py_BuildValue`), after CPython 3.12's
//! `Python/getargs.c` and `Python/modsupport.c`, with the same error messages.
//!
//! The exported names are C-variadic, which stable Rust cannot define: `csrc/modsupport.c`
//! reads the `va_list` (the parsers' output addresses, the builder's values with their C
//! types) and calls [`_molt_capi_parse`] / [`_molt_capi_build`] here, which walk the format.
//!
//! Supported parse codes: `s s# s* z z# z* y y# y* S Y U O O! O& b B h H i I l k L K n c C f d p`,
//! `( )` nested sequences, `| $ : ;`. Build codes: `s s# z z# U U# y y# b B h H i I l k L
//! K n c C f d u u# O O& S N ( ) [ ] { }`.
//! TODO(capi): writable buffers (`w*`), encoded strings (`es et es# et#`), complex (`D`),
//! are not supported yet and raise SystemError; `Py_BuildValue` has no `D` yet.

use crate::guard_value;
use molt_runtime::abstract_ as ab;
use molt_runtime::errors::{self, PyResult, Raised};
use molt_runtime::object::*;
use molt_runtime::objects::{
    bytearray, bytes, dict, exceptions as exc, float, int, none, str as pystr, tuple,
};
use molt_runtime::typeobject::{is_subtype, PyTypeObject};
use std::ffi::{c_char, c_int, c_void, CStr};

/// `Py_CLEANUP_SUPPORTED`: an `O&` converter's result asking for a cleanup call on failure.
const CLEANUP_SUPPORTED: c_int = 0x20000;

type Converter = unsafe extern "C" fn(Obj, *mut c_void) -> c_int;

/// The output addresses of a parse call, in format order.
struct Ptrs<'a> {
    ptrs: &'a [*mut c_void],
    i: usize,
}

impl Ptrs<'_> {
    unsafe fn next(&mut self) -> Result<*mut c_void, String> {
        match self.ptrs.get(self.i) {
            Some(&p) => {
                self.i += 1;
                Ok(p)
            }
            None => Err("(too few output addresses for the format)".into()),
        }
    }
}

/// The C type name CPython's messages use for an object's type (`tp_name`).
unsafe fn tp_name_of_type(tp: *mut PyTypeObject) -> String {
    if (*tp).tp_name.is_null() {
        return "?".into();
    }
    CStr::from_ptr((*tp).tp_name).to_string_lossy().into_owned()
}

unsafe fn arg_type_name(arg: Obj) -> String {
    if arg == none::none() {
        "None".into()
    } else {
        trunc(&tp_name_of_type(type_of(arg)), 50)
    }
}

fn trunc(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// CPython's `converterr`: "must be <expected>, not <type>".
unsafe fn converterr(expected: &str, arg: Obj) -> String {
    if expected.starts_with('(') {
        trunc(expected, 100)
    } else {
        format!(
            "must be {}, not {}",
            trunc(expected, 50),
            arg_type_name(arg)
        )
    }
}

/// The message for a conversion whose exception is already set.
fn occurred<T>() -> Result<T, String> {
    Err("(unspecified)".into())
}

unsafe fn overflow<T>(msg: &str) -> Result<T, String> {
    errors::raise(exc::overflow_error(), msg);
    occurred()
}

/// `PyLong_AsLong`: `__index__`, then the C long range.
unsafe fn as_long(arg: Obj) -> Result<i64, String> {
    let Ok(i) = ab::number_index(arg) else {
        return occurred();
    };
    match int::as_i64(i.as_ptr()) {
        Some(v) => Ok(v),
        None => overflow("Python int too large to convert to C long"),
    }
}

/// `PyLong_AsUnsignedLongLongMask`: `__index__`, then the low 64 bits.
unsafe fn as_mask(arg: Obj) -> Result<u64, String> {
    let Ok(i) = ab::number_index(arg) else {
        return occurred();
    };
    if let Some(v) = int::as_i64(i.as_ptr()) {
        return Ok(v as u64);
    }
    let part = |shift: i64| -> PyResult<u64> {
        let s = Ref::steal(int::from_i64(shift));
        let m = Ref::steal(int::from_i64(0xFFFF_FFFF));
        let sh = ab::binary_op(i.as_ptr(), s.as_ptr(), ab::BinOp::RShift)?;
        let lo = ab::binary_op(sh.as_ptr(), m.as_ptr(), ab::BinOp::And)?;
        Ok(int::as_i64(lo.as_ptr()).unwrap_or(0) as u64)
    };
    match (part(0), part(32)) {
        (Ok(lo), Ok(hi)) => Ok(lo | (hi << 32)),
        _ => occurred(),
    }
}

/// A bytes-like object's data for `s#`, `y`, `y#` (CPython's `convertbuffer`).
unsafe fn convertbuffer(arg: Obj) -> Result<(*const u8, usize), String> {
    if bytes::is_bytes(arg) {
        let b = bytes::as_bytes(arg);
        return Ok((b.as_ptr(), b.len()));
    }
    let tp = type_of(arg);
    let pb = (*tp).tp_as_buffer;
    if bytearray::is_bytearray(arg) || (!pb.is_null() && (*pb).bf_releasebuffer.is_some()) {
        return Err(converterr("read-only bytes-like object", arg));
    }
    let mut view = Py_buffer::EMPTY;
    get_simple_buffer(arg, &raw mut view)?;
    let r = (view.buf as *const u8, view.len as usize);
    mview::release_buffer(&raw mut view);
    Ok(r)
}

/// The UTF-8 text of a str, cached in the object (as `PyUnicode_AsUTF8AndSize`).
unsafe fn utf8_of(arg: Obj) -> (*const c_char, usize) {
    let s = pystr::as_str(arg);
    (s.as_ptr() as *const c_char, s.len())
}

use molt_runtime::objects::memoryview as mview;
pub use molt_runtime::objects::memoryview::Py_buffer;

/// A one-dimensional read-only byte view of `len` bytes at `buf` (the `s*`/`z*` forms
/// for str and None), filled as `PyBuffer_FillInfo` does.
unsafe fn fill_buffer(view: *mut Py_buffer, obj: Obj, buf: *const u8, len: usize, readonly: bool) {
    let _ = mview::fill_info(
        view,
        obj,
        buf as *mut c_void,
        len as isize,
        readonly,
        mview::PYBUF_SIMPLE,
    );
}

/// A simple contiguous buffer of any exporter (CPython's `getbuffer`): goes through
/// `PyObject_GetBuffer`, whose TypeError stands.
unsafe fn get_simple_buffer(arg: Obj, view: *mut Py_buffer) -> Result<(), String> {
    if mview::get_buffer(arg, view, mview::PYBUF_SIMPLE).is_err() {
        return occurred();
    }
    if !mview::is_contiguous(&*view, b'C') {
        mview::release_buffer(view);
        return Err(converterr("contiguous buffer", arg));
    }
    Ok(())
}

pub use crate::abstract_::PyBuffer_Release;

struct Parser<'a> {
    fmt: &'a [u8],
    p: Ptrs<'a>,
    /// `O&` converters that asked for cleanup (Py_CLEANUP_SUPPORTED).
    cleanup: Vec<(Converter, *mut c_void)>,
    /// Buffers filled by `s*`, `y*`, `z*`, released if parsing fails later.
    buffers: Vec<*mut Py_buffer>,
    /// Called through a name without `_SizeT`: '#' formats are rejected, as in 3.12.
    no_size_t: bool,
}

/// The error of a `#` format without `PY_SSIZE_T_CLEAN` (CPython 3.12).
unsafe fn require_size_t() -> Raised {
    errors::raise(
        exc::system_error(),
        "PY_SSIZE_T_CLEAN macro must be defined for '#' formats",
    )
}

impl Parser<'_> {
    fn at(&self, pos: usize) -> u8 {
        self.fmt.get(pos).copied().unwrap_or(0)
    }

    /// CPython's `convertitem`: a nested sequence or a simple unit.
    unsafe fn convertitem(
        &mut self,
        arg: Obj,
        pos: &mut usize,
        levels: &mut [i32],
    ) -> Result<(), String> {
        if self.at(*pos) == b'(' {
            let mut f = *pos + 1;
            self.converttuple(arg, &mut f, levels, false)?;
            *pos = f + 1;
            Ok(())
        } else {
            let mut f = *pos;
            match self.convertsimple(arg, &mut f) {
                Ok(()) => {
                    *pos = f;
                    Ok(())
                }
                Err(m) => {
                    levels[0] = 0;
                    Err(m)
                }
            }
        }
    }

    unsafe fn converttuple(
        &mut self,
        arg: Obj,
        pos: &mut usize,
        levels: &mut [i32],
        toplevel: bool,
    ) -> Result<(), String> {
        let mut level = 0;
        let mut n = 0;
        let mut f = *pos;
        loop {
            let c = self.at(f);
            f += 1;
            if c == b'(' {
                if level == 0 {
                    n += 1;
                }
                level += 1;
            } else if c == b')' {
                if level == 0 {
                    break;
                }
                level -= 1;
            } else if c == b':' || c == b';' || c == 0 {
                break;
            } else if level == 0 && c.is_ascii_alphabetic() && c != b'e' {
                n += 1;
            }
        }
        // CPython's `PySequence_Check(arg) && !PyBytes_Check(arg)`.
        let tp = type_of(arg);
        let sq = (*tp).tp_as_sequence;
        let seq = !bytes::is_bytes(arg)
            && !dict::is_dict(arg)
            && !sq.is_null()
            && (*sq).sq_item.is_some();
        if !seq {
            levels[0] = 0;
            return Err(if toplevel {
                format!("expected {} arguments, not {}", n, arg_type_name(arg))
            } else {
                format!("must be {}-item sequence, not {}", n, arg_type_name(arg))
            });
        }
        let items: Vec<Ref> = match ab::collect(arg) {
            Ok(v) => v,
            Err(Raised) => return occurred(),
        };
        if items.len() != n {
            levels[0] = 0;
            return Err(if toplevel {
                format!(
                    "expected {} argument{}, not {}",
                    n,
                    if n == 1 { "" } else { "s" },
                    items.len()
                )
            } else {
                format!("must be sequence of length {}, not {}", n, items.len())
            });
        }
        let mut f = *pos;
        for (i, item) in items.iter().enumerate() {
            if let Err(m) = self.convertitem(item.as_ptr(), &mut f, &mut levels[1..]) {
                levels[0] = i as i32 + 1;
                return Err(m);
            }
        }
        *pos = f;
        Ok(())
    }

    /// CPython's `convertsimple`: one format unit at `*pos`.
    unsafe fn convertsimple(&mut self, arg: Obj, pos: &mut usize) -> Result<(), String> {
        let c = self.at(*pos);
        *pos += 1;
        match c {
            b'b' => {
                let p = self.p.next()? as *mut i8;
                let v = as_long(arg)?;
                if v < 0 {
                    return overflow("unsigned byte integer is less than minimum");
                }
                if v > u8::MAX as i64 {
                    return overflow("unsigned byte integer is greater than maximum");
                }
                *p = v as u8 as i8;
            }
            b'B' => {
                let p = self.p.next()? as *mut u8;
                *p = as_mask(arg)? as u8;
            }
            b'h' => {
                let p = self.p.next()? as *mut i16;
                let v = as_long(arg)?;
                if v < i16::MIN as i64 {
                    return overflow("signed short integer is less than minimum");
                }
                if v > i16::MAX as i64 {
                    return overflow("signed short integer is greater than maximum");
                }
                *p = v as i16;
            }
            b'H' => {
                let p = self.p.next()? as *mut u16;
                *p = as_mask(arg)? as u16;
            }
            b'i' => {
                let p = self.p.next()? as *mut i32;
                let v = as_long(arg)?;
                if v > i32::MAX as i64 {
                    return overflow("signed integer is greater than maximum");
                }
                if v < i32::MIN as i64 {
                    return overflow("signed integer is less than minimum");
                }
                *p = v as i32;
            }
            b'I' => {
                let p = self.p.next()? as *mut u32;
                *p = as_mask(arg)? as u32;
            }
            b'l' => {
                let p = self.p.next()? as *mut i64;
                *p = as_long(arg)?;
            }
            b'k' | b'K' => {
                let p = self.p.next()? as *mut u64;
                if !int::is_int(arg) {
                    return Err(converterr("int", arg));
                }
                *p = as_mask(arg)?;
            }
            b'L' => {
                let p = self.p.next()? as *mut i64;
                let Ok(i) = ab::number_index(arg) else {
                    return occurred();
                };
                match int::as_i64(i.as_ptr()) {
                    Some(v) => *p = v,
                    None => return overflow("int too big to convert"),
                }
            }
            b'n' => {
                let p = self.p.next()? as *mut isize;
                match ab::as_ssize(arg) {
                    Ok(v) => *p = v,
                    Err(Raised) => return occurred(),
                }
            }
            b'c' => {
                let p = self.p.next()? as *mut u8;
                if bytes::is_bytes(arg) && bytes::as_bytes(arg).len() == 1 {
                    *p = bytes::as_bytes(arg)[0];
                } else if bytearray::is_bytearray(arg) && bytearray::as_slice(arg).len() == 1 {
                    *p = bytearray::as_slice(arg)[0];
                } else {
                    return Err(converterr("a byte string of length 1", arg));
                }
            }
            b'C' => {
                let p = self.p.next()? as *mut c_int;
                if !pystr::is_str(arg) || pystr::char_len(arg) != 1 {
                    return Err(converterr("a unicode character", arg));
                }
                *p = pystr::char_at(arg, 0) as c_int;
            }
            b'p' => {
                let p = self.p.next()? as *mut c_int;
                match ab::is_true(arg) {
                    Ok(b) => *p = b as c_int,
                    Err(Raised) => return occurred(),
                }
            }
            b'f' | b'd' => {
                let p = self.p.next()?;
                let v = match as_double(arg) {
                    Ok(v) => v,
                    Err(Raised) => return occurred(),
                };
                if c == b'f' {
                    *(p as *mut f32) = v as f32;
                } else {
                    *(p as *mut f64) = v;
                }
            }
            b's' | b'z' => {
                if self.at(*pos) == b'*' {
                    *pos += 1;
                    let view = self.p.next()? as *mut Py_buffer;
                    if c == b'z' && arg == none::none() {
                        fill_buffer(view, std::ptr::null_mut(), std::ptr::null(), 0, true);
                    } else if pystr::is_str(arg) {
                        let (s, n) = utf8_of(arg);
                        fill_buffer(view, arg, s as *const u8, n, true);
                    } else {
                        get_simple_buffer(arg, view)?;
                    }
                    self.buffers.push(view);
                    return Ok(());
                }
                if self.at(*pos) == b'#' {
                    *pos += 1;
                    let p = self.p.next()? as *mut *const c_char;
                    let psize = self.p.next()? as *mut isize;
                    if self.no_size_t {
                        require_size_t();
                        return occurred();
                    }
                    if c == b'z' && arg == none::none() {
                        *p = std::ptr::null();
                        *psize = 0;
                    } else if pystr::is_str(arg) {
                        let (s, n) = utf8_of(arg);
                        *p = s;
                        *psize = n as isize;
                    } else {
                        let (s, n) = convertbuffer(arg)?;
                        *p = s as *const c_char;
                        *psize = n as isize;
                    }
                } else {
                    let p = self.p.next()? as *mut *const c_char;
                    if c == b'z' && arg == none::none() {
                        *p = std::ptr::null();
                    } else if pystr::is_str(arg) {
                        let (s, n) = utf8_of(arg);
                        if std::slice::from_raw_parts(s as *const u8, n).contains(&0) {
                            errors::value_error("embedded null character");
                            return occurred();
                        }
                        *p = s;
                    } else {
                        return Err(converterr(
                            if c == b'z' { "str or None" } else { "str" },
                            arg,
                        ));
                    }
                }
            }
            b'y' => {
                if self.at(*pos) == b'*' {
                    *pos += 1;
                    let view = self.p.next()? as *mut Py_buffer;
                    get_simple_buffer(arg, view)?;
                    self.buffers.push(view);
                    return Ok(());
                }
                let p = self.p.next()? as *mut *const c_char;
                if self.no_size_t && self.at(*pos) == b'#' {
                    require_size_t();
                    return occurred();
                }
                let (s, n) = convertbuffer(arg)?;
                *p = s as *const c_char;
                if self.at(*pos) == b'#' {
                    *pos += 1;
                    let psize = self.p.next()? as *mut isize;
                    *psize = n as isize;
                } else if std::slice::from_raw_parts(s, n).contains(&0) {
                    errors::value_error("embedded null byte");
                    return occurred();
                }
            }
            b'S' | b'Y' | b'U' => {
                let p = self.p.next()? as *mut Obj;
                let (ok, what) = match c {
                    b'S' => (bytes::is_bytes(arg), "bytes"),
                    b'Y' => (bytearray::is_bytearray(arg), "bytearray"),
                    _ => (pystr::is_str(arg), "str"),
                };
                if !ok {
                    return Err(converterr(what, arg));
                }
                *p = arg;
            }
            b'O' => match self.at(*pos) {
                b'!' => {
                    *pos += 1;
                    let tp = self.p.next()? as *mut PyTypeObject;
                    let p = self.p.next()? as *mut Obj;
                    if is_subtype(type_of(arg), tp) {
                        *p = arg;
                    } else {
                        return Err(converterr(&tp_name_of_type(tp), arg));
                    }
                }
                b'&' => {
                    *pos += 1;
                    // SAFETY: the extension passed a converter function for `O&`.
                    let conv: Converter =
                        std::mem::transmute::<*mut c_void, Converter>(self.p.next()?);
                    let addr = self.p.next()?;
                    let res = conv(arg, addr);
                    if res == 0 {
                        return Err(converterr("(unspecified)", arg));
                    }
                    if res == CLEANUP_SUPPORTED {
                        self.cleanup.push((conv, addr));
                    }
                }
                _ => {
                    let p = self.p.next()? as *mut Obj;
                    *p = arg;
                }
            },
            b'e' | b'w' | b'D' | b'u' | b'Z' => {
                return self.unsupported(&(c as char).to_string());
            }
            _ => return Err("(impossible<bad format char>)".into()),
        }
        Ok(())
    }

    unsafe fn unsupported(&mut self, code: &str) -> Result<(), String> {
        // TODO(capi): buffer, encoded-string, complex and wchar_t format codes.
        errors::raise(
            exc::system_error(),
            &format!("format code '{code}' is not supported by Molt's C-API yet"),
        );
        occurred()
    }

    /// CPython's `skipitem`: passes over one unit and its output addresses.
    unsafe fn skipitem(&mut self, pos: &mut usize) -> Result<(), String> {
        let c = self.at(*pos);
        *pos += 1;
        match c {
            b'(' => {
                while self.at(*pos) != b')' {
                    if self.at(*pos) == 0 {
                        return Err("Unmatched left paren in format string".into());
                    }
                    self.skipitem(pos)?;
                }
                *pos += 1;
            }
            b')' => return Err("Unmatched right paren in format string".into()),
            b'e' => {
                self.p.next()?;
                *pos += 1; // 's' or 't'
                self.p.next()?;
                if self.at(*pos) == b'#' {
                    *pos += 1;
                    self.p.next()?;
                }
            }
            b's' | b'z' | b'y' | b'w' | b'u' | b'Z' => {
                self.p.next()?;
                match self.at(*pos) {
                    b'#' => {
                        *pos += 1;
                        self.p.next()?;
                    }
                    b'*' => *pos += 1,
                    _ => {}
                }
            }
            b'O' => {
                self.p.next()?;
                if self.at(*pos) == b'!' || self.at(*pos) == b'&' {
                    *pos += 1;
                    self.p.next()?;
                }
            }
            c if c.is_ascii_alphabetic() => {
                self.p.next()?;
            }
            _ => return Err("impossible<bad format char>".into()),
        }
        Ok(())
    }

    /// Calls the pending `O&` cleanups after a failure.
    unsafe fn fail(&mut self) -> PyResult<bool> {
        for (conv, addr) in self.cleanup.drain(..) {
            conv(std::ptr::null_mut(), addr);
        }
        for view in self.buffers.drain(..) {
            PyBuffer_Release(view);
        }
        Ok(false)
    }
}

/// `PyFloat_AsDouble`: a float, `__float__`, or `__index__`.
unsafe fn as_double(arg: Obj) -> PyResult<f64> {
    if float::is_float(arg) {
        return Ok(float::value(arg));
    }
    let tp = type_of(arg);
    let nb = (*tp).tp_as_number;
    let has = |f: bool| f;
    if !nb.is_null() && has((*nb).nb_float.is_some() || (*nb).nb_index.is_some()) {
        if (*nb).nb_float.is_none() {
            let i = ab::number_index(arg)?;
            return int::to_f64(i.as_ptr());
        }
        return ab::as_f64(arg);
    }
    Err(errors::type_error(&format!(
        "must be real number, not {}",
        trunc(&tp_name_of_type(type_of(arg)), 50)
    )))
}

/// CPython's `seterror`: "f() argument N[, item M] <msg>", or the custom message.
unsafe fn seterror(
    iarg: usize,
    msg: &str,
    levels: &[i32],
    fname: Option<&str>,
    message: Option<&str>,
) {
    if errors::occurred() {
        return;
    }
    let text = match message {
        Some(m) => m.to_string(),
        None => {
            let mut s = String::new();
            if let Some(f) = fname {
                s.push_str(&format!("{}() ", trunc(f, 200)));
            }
            if iarg != 0 {
                s.push_str(&format!("argument {}", iarg));
                for &l in levels.iter().take(32) {
                    if l <= 0 || s.len() >= 220 {
                        break;
                    }
                    s.push_str(&format!(", item {}", l - 1));
                }
            } else {
                s.push_str("argument");
            }
            s.push_str(&format!(" {}", trunc(msg, 256)));
            s
        }
    };
    let tp = if msg.starts_with('(') {
        exc::system_error()
    } else {
        exc::type_error()
    };
    errors::raise(tp, &text);
}

/// "f()" for a named function, "function" otherwise (CPython's messages).
fn fname_or(fname: Option<&str>, default: &str) -> String {
    match fname {
        Some(f) => format!("{}()", trunc(f, 200)),
        None => default.to_string(),
    }
}

/// Splits off the function name (after ':') or the custom message (after ';').
fn split_format(fmt: &[u8]) -> (&[u8], Option<String>, Option<String>) {
    let end = fmt
        .iter()
        .position(|&c| c == b':' || c == b';')
        .unwrap_or(fmt.len());
    let rest = if end < fmt.len() {
        Some(String::from_utf8_lossy(&fmt[end + 1..]).into_owned())
    } else {
        None
    };
    if end < fmt.len() && fmt[end] == b':' {
        (&fmt[..end], rest, None)
    } else {
        (&fmt[..end], None, rest)
    }
}

unsafe fn parse_tuple(p: &mut Parser, args: Obj, compat: bool) -> PyResult<bool> {
    let (units, fname, message) = split_format(p.fmt);
    let fname = fname.as_deref();
    let message = message.as_deref();
    let mut level = 0;
    let mut min: i64 = -1;
    let mut max: i64 = 0;
    for &c in units {
        match c {
            b'(' => {
                if level == 0 {
                    max += 1;
                }
                level += 1;
            }
            b')' => level -= 1,
            b'|' if level == 0 => min = max,
            c if level == 0 && c.is_ascii_alphabetic() && c != b'e' => max += 1,
            _ => {}
        }
    }
    if min < 0 {
        min = max;
    }
    let mut levels = [0i32; 32];
    if compat {
        if max == 0 {
            if args.is_null() {
                return Ok(true);
            }
            errors::type_error(&format!(
                "{} takes no arguments",
                fname_or(fname, "function")
            ));
            return Ok(false);
        } else if min == 1 && max == 1 {
            if args.is_null() {
                errors::type_error(&format!(
                    "{} takes at least one argument",
                    fname_or(fname, "function")
                ));
                return Ok(false);
            }
            let mut pos = 0;
            return match p.convertitem(args, &mut pos, &mut levels) {
                Ok(()) => Ok(true),
                Err(m) => {
                    seterror(levels[0] as usize, &m, &levels[1..], fname, message);
                    p.fail()
                }
            };
        } else {
            errors::raise(
                exc::system_error(),
                "old style getargs format uses new features",
            );
            return Ok(false);
        }
    }
    if args.is_null() || !tuple::is_tuple(args) {
        errors::raise(
            exc::system_error(),
            "new style getargs format but argument is not a tuple",
        );
        return Ok(false);
    }
    let items = tuple::items(args);
    let len = items.len() as i64;
    if len < min || max < len {
        match message {
            None => {
                let n = if len < min { min } else { max };
                errors::type_error(&format!(
                    "{} takes {} {} argument{} ({} given)",
                    fname_or(fname, "function"),
                    if min == max {
                        "exactly"
                    } else if len < min {
                        "at least"
                    } else {
                        "at most"
                    },
                    n,
                    if n == 1 { "" } else { "s" },
                    len
                ))
            }
            Some(m) => errors::type_error(m),
        };
        return Ok(false);
    }
    let mut pos = 0;
    for (i, &item) in items.iter().enumerate() {
        if p.at(pos) == b'|' {
            pos += 1;
        }
        if let Err(m) = p.convertitem(item, &mut pos, &mut levels) {
            seterror(i + 1, &m, &levels, fname, message);
            return p.fail();
        }
    }
    let c = p.at(pos);
    if c != 0 && !c.is_ascii_alphabetic() && c != b'(' && c != b'|' && c != b':' && c != b';' {
        errors::raise(
            exc::system_error(),
            &format!("bad format string: {}", String::from_utf8_lossy(p.fmt)),
        );
        return p.fail();
    }
    Ok(true)
}

unsafe fn kwlist_names(kwlist: *const *const c_char) -> Vec<String> {
    let mut v = Vec::new();
    if kwlist.is_null() {
        return v;
    }
    let mut k = kwlist;
    while !(*k).is_null() {
        v.push(crate::cstr(*k).into_owned());
        k = k.add(1);
    }
    v
}

unsafe fn parse_keywords(
    p: &mut Parser,
    args: Obj,
    kwargs: Obj,
    kwlist: *const *const c_char,
) -> PyResult<bool> {
    if args.is_null()
        || !tuple::is_tuple(args)
        || (!kwargs.is_null() && !dict::is_dict(kwargs))
        || kwlist.is_null()
    {
        crate::support::bad_internal_call();
        return Ok(false);
    }
    let (_, fname, custom) = split_format(p.fmt);
    let fname = fname.as_deref();
    let custom = custom.as_deref();
    let names = kwlist_names(kwlist);
    let pos_only = names.iter().take_while(|n| n.is_empty()).count();
    let len = names.len();
    if names[pos_only..].iter().any(|n| n.is_empty()) {
        errors::raise(exc::system_error(), "Empty keyword parameter name");
        return Ok(false);
    }
    let argv = tuple::items(args);
    let nargs = argv.len();
    let mut nkwargs = if kwargs.is_null() {
        0
    } else {
        dict::len(kwargs)
    };
    let is_end = |c: u8| c == 0 || c == b':' || c == b';';
    if nargs + nkwargs > len {
        errors::type_error(&format!(
            "{} takes at most {} {}argument{} ({} given)",
            fname_or(fname, "function"),
            len,
            if nargs == 0 { "keyword " } else { "" },
            if len == 1 { "" } else { "s" },
            nargs + nkwargs
        ));
        return Ok(false);
    }
    let mut min = usize::MAX;
    let mut max = usize::MAX;
    let mut skip = false;
    let mut pos = 0;
    let mut levels = [0i32; 32];
    let mut i = 0;
    while i < len {
        if p.at(pos) == b'|' {
            if min != usize::MAX {
                errors::raise(
                    exc::system_error(),
                    "Invalid format string (| specified twice)",
                );
                return p.fail();
            }
            min = i;
            pos += 1;
            if max != usize::MAX {
                errors::raise(exc::system_error(), "Invalid format string ($ before |)");
                return p.fail();
            }
        }
        if p.at(pos) == b'$' {
            if max != usize::MAX {
                errors::raise(
                    exc::system_error(),
                    "Invalid format string ($ specified twice)",
                );
                return p.fail();
            }
            max = i;
            pos += 1;
            if max < pos_only {
                errors::raise(exc::system_error(), "Empty parameter name after $");
                return p.fail();
            }
            if skip {
                break;
            }
            if max < nargs {
                if max == 0 {
                    errors::type_error(&format!(
                        "{} takes no positional arguments",
                        fname_or(fname, "function")
                    ));
                } else {
                    errors::type_error(&format!(
                        "{} takes {} {} positional argument{} ({} given)",
                        fname_or(fname, "function"),
                        if min != usize::MAX {
                            "at most"
                        } else {
                            "exactly"
                        },
                        max,
                        if max == 1 { "" } else { "s" },
                        nargs
                    ));
                }
                return p.fail();
            }
        }
        if is_end(p.at(pos)) {
            errors::raise(
                exc::system_error(),
                &format!(
                    "More keyword list entries ({}) than format specifiers ({})",
                    len, i
                ),
            );
            return p.fail();
        }
        if !skip {
            let mut current: Obj = std::ptr::null_mut();
            if i < nargs {
                current = argv[i];
            } else if nkwargs > 0 && i >= pos_only {
                if let Some(v) = dict::get_str(kwargs, &names[i]) {
                    current = v;
                    nkwargs -= 1;
                }
            }
            if !current.is_null() {
                if let Err(m) = p.convertitem(current, &mut pos, &mut levels) {
                    seterror(i + 1, &m, &levels, fname, custom);
                    return p.fail();
                }
                i += 1;
                continue;
            }
            if i < min {
                if i < pos_only {
                    skip = true;
                } else {
                    errors::type_error(&format!(
                        "{} missing required argument '{}' (pos {})",
                        fname_or(fname, "function"),
                        names[i],
                        i + 1
                    ));
                    return p.fail();
                }
            }
            if nkwargs == 0 && !skip {
                return Ok(true);
            }
        }
        if let Err(m) = p.skipitem(&mut pos) {
            errors::raise(
                exc::system_error(),
                &format!(
                    "{}: '{}'",
                    m,
                    String::from_utf8_lossy(&p.fmt[pos.min(p.fmt.len())..])
                ),
            );
            return p.fail();
        }
        i += 1;
    }
    if skip {
        let m = pos_only.min(min);
        errors::type_error(&format!(
            "{} takes {} {} positional argument{} ({} given)",
            fname_or(fname, "function"),
            if m < i { "at least" } else { "exactly" },
            m,
            if m == 1 { "" } else { "s" },
            nargs
        ));
        return p.fail();
    }
    let c = p.at(pos);
    if !is_end(c) && c != b'|' && c != b'$' {
        errors::raise(
            exc::system_error(),
            &format!(
                "more argument specifiers than keyword list entries (remaining format:'{}')",
                String::from_utf8_lossy(&p.fmt[pos..])
            ),
        );
        return p.fail();
    }
    if nkwargs > 0 {
        for (j, name) in names.iter().enumerate().take(nargs).skip(pos_only) {
            if dict::get_str(kwargs, name).is_some() {
                errors::type_error(&format!(
                    "argument for {} given by name ('{}') and position ({})",
                    fname_or(fname, "function"),
                    name,
                    j + 1
                ));
                return p.fail();
            }
        }
        for (k, _) in dict::items_vec(kwargs) {
            if !pystr::is_str(k.as_ptr()) {
                errors::type_error("keywords must be strings");
                return p.fail();
            }
            let ks = pystr::as_str(k.as_ptr());
            if !names[pos_only..].iter().any(|n| n == ks) {
                errors::type_error(&format!(
                    "'{}' is an invalid keyword argument for {}",
                    ks,
                    fname_or(fname, "this function")
                ));
                return p.fail();
            }
        }
        errors::type_error(&format!(
            "invalid keyword argument for {}",
            fname_or(fname, "this function")
        ));
        return p.fail();
    }
    Ok(true)
}

/// The argument parsers behind `PyArg_ParseTuple` (mode 0), `PyArg_ParseTupleAndKeywords`
/// (mode 1) and `PyArg_Parse` (mode 2), called by `csrc/modsupport.c` with the output
/// addresses read from the `va_list`. Returns 1, or 0 with an exception set.
/// Not part of the C-API.
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_parse(
    args: Obj,
    kwargs: Obj,
    format: *const c_char,
    kwlist: *const *const c_char,
    ptrs: *const *mut c_void,
    nptrs: isize,
    mode: c_int,
) -> c_int {
    guard_value(0, || {
        if format.is_null() {
            crate::support::bad_internal_call();
            return Ok(0);
        }
        let fmt = CStr::from_ptr(format).to_bytes();
        let ptrs = if nptrs <= 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(ptrs, nptrs as usize)
        };
        let mut p = Parser {
            fmt,
            p: Ptrs { ptrs, i: 0 },
            cleanup: Vec::new(),
            buffers: Vec::new(),
            no_size_t: mode & 0x100 != 0,
        };
        let ok = match mode & 0xff {
            1 => parse_keywords(&mut p, args, kwargs, kwlist)?,
            2 => parse_tuple(&mut p, args, true)?,
            _ => parse_tuple(&mut p, args, false)?,
        };
        Ok(ok as c_int)
    })
}

/// One value read by `csrc/modsupport.c` from `Py_BuildValue`'s `va_list`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union MoltBuildArg {
    i: i64,
    u: u64,
    d: f64,
    p: *mut c_void,
}

struct Builder<'a> {
    fmt: &'a [u8],
    pos: usize,
    vals: &'a [MoltBuildArg],
    vi: usize,
    /// Called through a name without `_SizeT`: '#' formats are rejected, as in 3.12.
    no_size_t: bool,
}

impl Builder<'_> {
    fn at(&self, pos: usize) -> u8 {
        self.fmt.get(pos).copied().unwrap_or(0)
    }

    unsafe fn next(&mut self) -> MoltBuildArg {
        let v = self
            .vals
            .get(self.vi)
            .copied()
            .unwrap_or(MoltBuildArg { i: 0 });
        self.vi += 1;
        v
    }

    /// CPython's `countformat`: the number of items before `end` at this level.
    unsafe fn countformat(&self, end: u8) -> PyResult<usize> {
        let mut count = 0;
        let mut level = 0;
        let mut f = self.pos;
        while level > 0 || self.at(f) != end {
            match self.at(f) {
                0 => {
                    return Err(errors::raise(
                        exc::system_error(),
                        "unmatched paren in format",
                    ))
                }
                b'(' | b'[' | b'{' => {
                    if level == 0 {
                        count += 1;
                    }
                    level += 1;
                }
                b')' | b']' | b'}' => level -= 1,
                b'#' | b'&' | b',' | b':' | b' ' | b'\t' => {}
                _ => {
                    if level == 0 {
                        count += 1;
                    }
                }
            }
            f += 1;
        }
        Ok(count)
    }

    unsafe fn mkseq(&mut self, end: u8) -> PyResult<Vec<Ref>> {
        let n = self.countformat(end)?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(self.mkvalue()?);
        }
        if self.at(self.pos) != end {
            return Err(errors::raise(
                exc::system_error(),
                "Unmatched paren in format",
            ));
        }
        if end != 0 {
            self.pos += 1;
        }
        Ok(items)
    }

    unsafe fn cstring(&mut self) -> PyResult<(*const u8, isize)> {
        let p = self.next().p as *const u8;
        let n = if self.at(self.pos) == b'#' {
            self.pos += 1;
            let n = self.next().i as isize;
            if self.no_size_t {
                return Err(require_size_t());
            }
            n
        } else {
            -1
        };
        if p.is_null() {
            return Ok((p, 0));
        }
        let n = if n < 0 {
            CStr::from_ptr(p as *const c_char).to_bytes().len() as isize
        } else {
            n
        };
        Ok((p, n))
    }

    /// CPython's `do_mkvalue`: one value.
    unsafe fn mkvalue(&mut self) -> PyResult<Ref> {
        loop {
            let c = self.at(self.pos);
            self.pos += 1;
            let o = match c {
                b'(' => {
                    let items = self.mkseq(b')')?;
                    tuple::from_refs(items)
                }
                b'[' => {
                    let items = self.mkseq(b']')?;
                    molt_runtime::objects::list::from_refs(items)
                }
                b'{' => {
                    let n = self.countformat(b'}')?;
                    if n % 2 != 0 {
                        return Err(errors::raise(exc::system_error(), "Bad dict format"));
                    }
                    let d = Ref::steal(dict::new_raw());
                    for _ in 0..n / 2 {
                        let k = self.mkvalue()?;
                        let v = self.mkvalue()?;
                        dict::set_item(d.as_ptr(), k.as_ptr(), v.as_ptr())?;
                    }
                    if self.at(self.pos) != b'}' {
                        return Err(errors::raise(
                            exc::system_error(),
                            "Unmatched paren in format",
                        ));
                    }
                    self.pos += 1;
                    d.into_raw()
                }
                b'b' | b'B' | b'h' | b'H' | b'i' | b'l' | b'L' | b'n' => {
                    int::from_i64(self.next().i)
                }
                b'I' | b'k' | b'K' => int::from_i128(self.next().u as i128),
                b'f' | b'd' => float::from_f64(self.next().d),
                b'c' => bytes::from_bytes(&[self.next().i as u8]),
                b'C' => {
                    let v = self.next().i;
                    if !(0..=0x10ffff).contains(&v) {
                        return Err(errors::value_error("chr() arg not in range(0x110000)"));
                    }
                    pystr::from_char(v as u32)
                }
                b's' | b'z' | b'U' => {
                    let (p, n) = self.cstring()?;
                    if p.is_null() {
                        new_ref(none::none())
                    } else {
                        let b = std::slice::from_raw_parts(p, n as usize);
                        match std::str::from_utf8(b) {
                            Ok(s) => pystr::from_str(s),
                            Err(_) => {
                                return Err(errors::raise(
                                    exc::unicode_decode_error(),
                                    "'utf-8' codec can't decode bytes",
                                ))
                            }
                        }
                    }
                }
                b'u' => {
                    // wchar_t text (32-bit code points on the supported targets).
                    let p = self.next().p as *const u32;
                    let n = if self.at(self.pos) == b'#' {
                        self.pos += 1;
                        let n = self.next().i as isize;
                        if self.no_size_t {
                            return Err(require_size_t());
                        }
                        n
                    } else {
                        -1
                    };
                    if p.is_null() {
                        new_ref(none::none())
                    } else {
                        let mut len = 0usize;
                        if n < 0 {
                            while *p.add(len) != 0 {
                                len += 1;
                            }
                        } else {
                            len = n as usize;
                        }
                        let units = std::slice::from_raw_parts(p, len);
                        let s: String = units
                            .iter()
                            .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                            .collect();
                        pystr::from_string(s).into_raw()
                    }
                }
                b'y' => {
                    let (p, n) = self.cstring()?;
                    if p.is_null() {
                        new_ref(none::none())
                    } else {
                        bytes::from_bytes(std::slice::from_raw_parts(p, n as usize))
                    }
                }
                b'N' | b'S' | b'O' => {
                    if self.at(self.pos) == b'&' {
                        self.pos += 1;
                        let f = self.next().p;
                        let a = self.next().p;
                        // SAFETY: `O&` passes a converter `PyObject *(*)(void *)`.
                        let f: unsafe extern "C" fn(*mut c_void) -> Obj = std::mem::transmute(f);
                        return errors::from_raw(f(a));
                    }
                    let v = self.next().p as Obj;
                    if v.is_null() {
                        if !errors::occurred() {
                            errors::raise(
                                exc::system_error(),
                                "NULL object passed to Py_BuildValue",
                            );
                        }
                        return Err(Raised);
                    }
                    if c != b'N' {
                        incref(v);
                    }
                    v
                }
                b':' | b',' | b' ' | b'\t' => continue,
                _ => {
                    // TODO(capi): 'D' (complex).
                    return Err(errors::raise(
                        exc::system_error(),
                        "bad format char passed to Py_BuildValue",
                    ));
                }
            };
            return Ok(Ref::steal(o));
        }
    }

    /// After a failure: releases the objects the rest of the format passes with `N`,
    /// which Py_BuildValue steals even when it fails (CPython's `do_ignore`).
    unsafe fn ignore_rest(&mut self) {
        while self.pos < self.fmt.len() {
            let c = self.at(self.pos);
            self.pos += 1;
            match c {
                b'b' | b'B' | b'h' | b'H' | b'i' | b'l' | b'L' | b'n' | b'I' | b'k' | b'K'
                | b'f' | b'd' | b'c' | b'C' | b'D' => {
                    self.next();
                }
                b's' | b'z' | b'U' | b'y' | b'u' => {
                    self.next();
                    if self.at(self.pos) == b'#' {
                        self.pos += 1;
                        self.next();
                    }
                }
                b'N' | b'S' | b'O' => {
                    let v = self.next().p as Obj;
                    if self.at(self.pos) == b'&' {
                        self.pos += 1;
                        self.next();
                    } else if c == b'N' {
                        xdecref(v);
                    }
                }
                _ => {}
            }
        }
    }
}

/// `Py_BuildValue` over the values `csrc/modsupport.c` read from the `va_list`.
/// Return value: new reference, or NULL with an exception set. Not part of the C-API.
#[no_mangle]
pub unsafe extern "C" fn _molt_capi_build(
    format: *const c_char,
    vals: *const MoltBuildArg,
    n: isize,
    flags: c_int,
) -> Obj {
    crate::guard(|| {
        let fmt = if format.is_null() {
            &b""[..]
        } else {
            CStr::from_ptr(format).to_bytes()
        };
        let vals = if n <= 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(vals, n as usize)
        };
        let mut b = Builder {
            fmt,
            pos: 0,
            vals,
            vi: 0,
            no_size_t: flags & 0x100 != 0,
        };
        let r = (|| {
            let count = b.countformat(0)?;
            match count {
                0 => Ok(Ref::borrowed(none::none())),
                1 => b.mkvalue(),
                _ => Ok(Ref::steal(tuple::from_refs(b.mkseq(0)?))),
            }
        })();
        if r.is_err() {
            b.ignore_rest();
        }
        r
    })
}

/// Checks that every key of the dict `kwargs` is a str: 1, or 0 with TypeError.
#[no_mangle]
pub unsafe extern "C" fn PyArg_ValidateKeywordArguments(kwargs: Obj) -> c_int {
    guard_value(0, || {
        if kwargs.is_null() || !dict::is_dict(kwargs) {
            crate::support::bad_internal_call();
            return Ok(0);
        }
        for (k, _) in dict::items_vec(kwargs) {
            if !pystr::is_str(k.as_ptr()) {
                errors::type_error("keywords must be strings");
                return Ok(0);
            }
        }
        Ok(1)
    })
}

/// 1 if `kwargs` (a dict or NULL) is empty, else 0 with
/// TypeError("<funcname>() takes no keyword arguments").
#[no_mangle]
pub unsafe extern "C" fn _PyArg_NoKeywords(funcname: *const c_char, kwargs: Obj) -> c_int {
    guard_value(0, || {
        if kwargs.is_null() {
            return Ok(1);
        }
        if !dict::is_dict(kwargs) {
            crate::support::bad_internal_call();
            return Ok(0);
        }
        if dict::len(kwargs) == 0 {
            return Ok(1);
        }
        errors::type_error(&format!(
            "{}() takes no keyword arguments",
            trunc(&crate::cstr(funcname), 200)
        ));
        Ok(0)
    })
}

/// 1 if the tuple `args` (or NULL) is empty, else 0 with
/// TypeError("<funcname>() takes no positional arguments").
#[no_mangle]
pub unsafe extern "C" fn _PyArg_NoPositional(funcname: *const c_char, args: Obj) -> c_int {
    guard_value(0, || {
        if args.is_null() {
            return Ok(1);
        }
        if !tuple::is_tuple(args) {
            crate::support::bad_internal_call();
            return Ok(0);
        }
        if tuple::len(args) == 0 {
            return Ok(1);
        }
        errors::type_error(&format!(
            "{}() takes no positional arguments",
            trunc(&crate::cstr(funcname), 200)
        ));
        Ok(0)
    })
}
