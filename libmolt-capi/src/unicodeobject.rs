//! `unicodeobject.h`: creating and reading str objects.

use crate::guard;
use molt_runtime::object::*;
use molt_runtime::objects::str as pystr;
use std::ffi::c_char;

/// A str from a UTF-8 C string. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_FromString(s: *const c_char) -> Obj {
    guard(|| decode_utf8(std::ffi::CStr::from_ptr(s).to_bytes(), std::ptr::null()))
}

use crate::guard_value;
use crate::support::{bad_internal_call, tname, type_error};
use molt_runtime::errors::{raise, PyResult};
use molt_runtime::objects::{bytes, exceptions as exc};
use std::cmp::Ordering;
use std::ffi::c_int;

/// Decodes `n` bytes of UTF-8 with the `errors` handler name (NULL: strict; strict
/// failures raise UnicodeDecodeError).
unsafe fn decode_utf8(b: &[u8], errors: *const c_char) -> PyResult<Ref> {
    let err = match std::str::from_utf8(b) {
        Ok(t) => return Ok(Ref::steal(pystr::from_str(t))),
        Err(e) => e,
    };
    let strict = errors.is_null() || crate::cstr(errors) == "strict";
    if strict {
        // CPython's wording: the offending byte(s) and the reason.
        let start = err.valid_up_to();
        let lead = b[start];
        let (n, why) = match err.error_len() {
            None => (b.len() - start, "unexpected end of data"),
            Some(_) if (0x80..=0xC1).contains(&lead) || lead >= 0xF5 => (1, "invalid start byte"),
            Some(k) => (k, "invalid continuation byte"),
        };
        let msg = if n == 1 {
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                lead, start, why
            )
        } else {
            format!(
                "'utf-8' codec can't decode bytes in position {}-{}: {}",
                start,
                start + n - 1,
                why
            )
        };
        return Err(raise(exc::unicode_decode_error(), &msg));
    }
    let raw = Ref::steal(bytes::from_bytes(b));
    let errs = if errors.is_null() {
        None
    } else {
        Some(crate::support::str_from_c(errors))
    };
    bytes::decode(
        raw.as_ptr(),
        std::ptr::null_mut(),
        errs.as_ref().map_or(std::ptr::null_mut(), |e| e.as_ptr()),
    )
}

unsafe fn expect_str(o: Obj) -> PyResult<()> {
    if o.is_null() {
        return Err(bad_internal_call());
    }
    if !pystr::is_str(o) {
        return Err(type_error("bad argument type for built-in operation"));
    }
    Ok(())
}

/// A str from `size` bytes of UTF-8 at `u` (strict decoding). Return value: new
/// reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_FromStringAndSize(u: *const c_char, size: isize) -> Obj {
    guard(|| {
        if size < 0 {
            return Err(raise(
                exc::system_error(),
                "Negative size passed to PyUnicode_FromStringAndSize",
            ));
        }
        if u.is_null() {
            if size == 0 {
                return Ok(Ref::steal(pystr::from_str("")));
            }
            return Err(raise(
                exc::system_error(),
                "NULL string with positive size with NULL passed to PyUnicode_FromStringAndSize",
            ));
        }
        // SAFETY: the caller passes `size` readable bytes at `u`.
        let b = unsafe { std::slice::from_raw_parts(u as *const u8, size as usize) };
        decode_utf8(b, std::ptr::null())
    })
}

/// Decodes `size` bytes of UTF-8 with the error handler `errors` (NULL: "strict").
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_DecodeUTF8(
    s: *const c_char,
    size: isize,
    errors: *const c_char,
) -> Obj {
    guard(|| {
        if size < 0 {
            return Err(bad_internal_call());
        }
        // SAFETY: the caller passes `size` readable bytes at `s`.
        let b = unsafe { std::slice::from_raw_parts(s as *const u8, size as usize) };
        decode_utf8(b, errors)
    })
}

/// The UTF-8 form of a str, cached in (and owned by) the object, NUL-terminated; its
/// length in bytes goes to `*size` unless NULL. TypeError for non-str, UnicodeEncodeError
/// for lone surrogates.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_AsUTF8AndSize(o: Obj, size: *mut isize) -> *const c_char {
    guard_value(std::ptr::null(), || {
        if let Err(e) = expect_str(o) {
            if !size.is_null() {
                *size = -1;
            }
            return Err(e);
        }
        if let Err(e) = check_no_surrogates(o) {
            if !size.is_null() {
                *size = -1;
            }
            return Err(e);
        }
        let s = pystr::as_str(o);
        if !size.is_null() {
            *size = s.len() as isize;
        }
        Ok(s.as_ptr() as *const c_char)
    })
}

/// [`PyUnicode_AsUTF8AndSize`] without the size.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_AsUTF8(o: Obj) -> *const c_char {
    PyUnicode_AsUTF8AndSize(o, std::ptr::null_mut())
}

/// The length in code points; -1 with TypeError for non-str.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_GetLength(o: Obj) -> isize {
    guard_value(-1, || {
        expect_str(o)?;
        Ok(pystr::char_len(o) as isize)
    })
}

/// `l + r` for two strs. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_Concat(l: Obj, r: Obj) -> Obj {
    guard(|| {
        crate::support::check_nonnull(&[l, r])?;
        if !pystr::is_str(l) {
            return Err(type_error(&format!("must be str, not {}", tname(l))));
        }
        if !pystr::is_str(r) {
            return Err(type_error(&format!(
                "can only concatenate str (not \"{}\") to str",
                tname(r)
            )));
        }
        let mut s = String::from(pystr::as_str(l));
        s.push_str(pystr::as_str(r));
        Ok(pystr::from_string(s))
    })
}

/// `sep.join(seq)` (`sep` NULL: a space). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_Join(sep: Obj, seq: Obj) -> Obj {
    guard(|| {
        let space;
        let sep = if sep.is_null() {
            space = Ref::steal(pystr::from_str(" "));
            space.as_ptr()
        } else {
            sep
        };
        if !pystr::is_str(sep) {
            return Err(type_error(&format!(
                "separator: expected str instance, {} found",
                tname(sep)
            )));
        }
        let items = match molt_runtime::abstract_::collect(seq) {
            Ok(v) => v,
            Err(e) => {
                if molt_runtime::errors::matches(exc::type_error()) {
                    molt_runtime::errors::clear();
                    return Err(type_error("can only join an iterable"));
                }
                return Err(e);
            }
        };
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if !pystr::is_str(it.as_ptr()) {
                return Err(type_error(&format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    tname(it.as_ptr())
                )));
            }
            if i > 0 {
                out.push_str(pystr::as_str(sep));
            }
            out.push_str(pystr::as_str(it.as_ptr()));
        }
        Ok(pystr::from_string(out))
    })
}

/// Compares two strs: -1, 0 or 1 (and -1 with TypeError "Can't compare A and B" when
/// either is not a str; check `PyErr_Occurred`).
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_Compare(l: Obj, r: Obj) -> c_int {
    guard_value(-1, || {
        crate::support::check_nonnull(&[l, r])?;
        if !pystr::is_str(l) || !pystr::is_str(r) {
            return Err(type_error(&format!(
                "Can't compare {} and {}",
                tname(l),
                tname(r)
            )));
        }
        Ok(match pystr::compare(l, r) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        })
    })
}

/// Compares a str with a Latin-1 C string by code point: -1, 0 or 1. Never raises.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_CompareWithASCIIString(u: Obj, s: *const c_char) -> c_int {
    let b = std::ffi::CStr::from_ptr(s).to_bytes();
    let n = pystr::char_len(u);
    for i in 0..n {
        if i >= b.len() {
            return 1;
        }
        let (x, y) = (pystr::char_at(u, i), b[i] as u32);
        if x != y {
            return if x < y { -1 } else { 1 };
        }
    }
    if n < b.len() {
        -1
    } else {
        0
    }
}

/// `element in container` for strs: 1, 0, or -1 with TypeError.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_Contains(container: Obj, element: Obj) -> c_int {
    guard_value(-1, || {
        crate::support::check_nonnull(&[container, element])?;
        if !pystr::is_str(element) {
            return Err(type_error(&format!(
                "'in <string>' requires string as left operand, not {}",
                tname(element)
            )));
        }
        if !pystr::is_str(container) {
            return Err(type_error(&format!(
                "must be str, not {}",
                tname(container)
            )));
        }
        Ok(pystr::as_str(container).contains(pystr::as_str(element)) as c_int)
    })
}

thread_local! {
    /// The C-API's table of interned strings (each holds one reference, as CPython's
    /// interned strings are immortal). The runtime has no interning of its own.
    static INTERNED: std::cell::RefCell<std::collections::HashMap<String, Obj>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Interns `*p` (an exact str): `*p` is replaced by the interned object equal to it,
/// releasing the reference it held and taking one to the interned object. Other objects
/// are left alone.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_InternInPlace(p: *mut Obj) {
    if p.is_null() || (*p).is_null() || type_of(*p) != &raw mut pystr::PyUnicode_Type {
        return;
    }
    let o = *p;
    let key = pystr::as_str(o).to_string();
    let found = INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        match t.get(&key) {
            Some(&x) => x,
            None => {
                t.insert(key, new_ref(o));
                o
            }
        }
    });
    if found != o {
        *p = new_ref(found);
        decref(o);
    }
}

/// A str from a UTF-8 C string, interned: equal strings give the same object.
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_InternFromString(s: *const c_char) -> Obj {
    let mut o = PyUnicode_FromString(s);
    if !o.is_null() {
        PyUnicode_InternInPlace(&mut o);
    }
    o
}

/// UnicodeEncodeError for a str holding lone surrogates (which UTF-8 cannot encode),
/// worded as CPython's strict UTF-8 encoder.
unsafe fn check_no_surrogates(o: Obj) -> PyResult<()> {
    if pystr::is_ascii(o) {
        return Ok(());
    }
    let c = o as *mut pystr::PyCompactUnicodeObject;
    if !(*c).utf8.is_null() || pystr::kind(o) == 1 {
        return Ok(());
    }
    let n = pystr::char_len(o);
    let is_sur = |i: usize| (0xD800..=0xDFFF).contains(&pystr::char_at(o, i));
    let Some(start) = (0..n).find(|&i| is_sur(i)) else {
        return Ok(());
    };
    let mut end = start + 1;
    while end < n && is_sur(end) {
        end += 1;
    }
    let msg = if end - start == 1 {
        format!(
            "'utf-8' codec can't encode character '\\u{:04x}' in position {}: surrogates not allowed",
            pystr::char_at(o, start),
            start
        )
    } else {
        format!(
            "'utf-8' codec can't encode characters in position {}-{}: surrogates not allowed",
            start,
            end - 1
        )
    };
    Err(raise(exc::unicode_encode_error(), &msg))
}

/// `s[start:end]` in code points (`end` clamped to the length); IndexError "string index
/// out of range" for negative bounds. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_Substring(s: Obj, start: isize, end: isize) -> Obj {
    guard(|| {
        expect_str(s)?;
        let n = pystr::char_len(s) as isize;
        if start < 0 || end < 0 {
            return Err(raise(exc::index_error(), "string index out of range"));
        }
        let end = end.min(n);
        if start >= end {
            return Ok(Ref::steal(pystr::from_str("")));
        }
        let t: String = pystr::as_str(s)
            .chars()
            .skip(start as usize)
            .take((end - start) as usize)
            .collect();
        Ok(pystr::from_string(t))
    })
}

/// A C string argument as a str, or NULL for a NULL pointer.
unsafe fn opt_str(p: *const c_char) -> Option<Ref> {
    if p.is_null() {
        None
    } else {
        Some(crate::support::str_from_c(p))
    }
}

/// `s.encode(encoding, errors)` (NULL: "utf-8", "strict"). Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_AsEncodedString(
    s: Obj,
    encoding: *const c_char,
    errors: *const c_char,
) -> Obj {
    guard(|| {
        expect_str(s)?;
        let (e, r) = (opt_str(encoding), opt_str(errors));
        let p = |x: &Option<Ref>| x.as_ref().map_or(std::ptr::null_mut(), |v| v.as_ptr());
        bytes::encode(s, p(&e), p(&r))
    })
}

/// `s.encode("utf-8")`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_AsUTF8String(s: Obj) -> Obj {
    guard(|| {
        expect_str(s)?;
        check_no_surrogates(s)?;
        Ok(Ref::steal(bytes::from_bytes(pystr::as_str(s).as_bytes())))
    })
}

/// `s.encode("ascii")`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_AsASCIIString(s: Obj) -> Obj {
    PyUnicode_AsEncodedString(s, c"ascii".as_ptr(), std::ptr::null())
}

/// `s.encode("latin-1")`. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_AsLatin1String(s: Obj) -> Obj {
    PyUnicode_AsEncodedString(s, c"latin-1".as_ptr(), std::ptr::null())
}

/// Decodes `size` bytes at `s` with `encoding` (NULL: UTF-8) and the `errors` handler.
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_Decode(
    s: *const c_char,
    size: isize,
    encoding: *const c_char,
    errors: *const c_char,
) -> Obj {
    guard(|| {
        if size < 0 {
            return Err(bad_internal_call());
        }
        // SAFETY: the caller passes `size` readable bytes at `s`.
        let b = unsafe { std::slice::from_raw_parts(s as *const u8, size as usize) };
        let (e, r) = (opt_str(encoding), opt_str(errors));
        let utf8 = e.as_ref().map_or(true, |e| {
            matches!(
                pystr::as_str(e.as_ptr())
                    .to_lowercase()
                    .replace('_', "-")
                    .as_str(),
                "utf-8" | "utf8"
            )
        });
        if utf8 {
            return decode_utf8(b, errors);
        }
        let raw = Ref::steal(bytes::from_bytes(b));
        let p = |x: &Option<Ref>| x.as_ref().map_or(std::ptr::null_mut(), |v| v.as_ptr());
        bytes::decode(raw.as_ptr(), p(&e), p(&r))
    })
}

/// `chr(c)`: ValueError "chr() arg not in range(0x110000)". Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_FromOrdinal(c: c_int) -> Obj {
    guard(|| {
        if !(0..0x110000).contains(&c) {
            return Err(raise(
                exc::value_error(),
                "chr() arg not in range(0x110000)",
            ));
        }
        Ok(Ref::steal(pystr::from_char(c as u32)))
    })
}

/// The code point at `i`; (Py_UCS4)-1 with IndexError "string index out of range" or
/// TypeError for a non-str.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_ReadChar(s: Obj, i: isize) -> u32 {
    guard_value(u32::MAX, || {
        expect_str(s)?;
        if i < 0 || i as usize >= pystr::char_len(s) {
            return Err(raise(exc::index_error(), "string index out of range"));
        }
        Ok(pystr::char_at(s, i as usize))
    })
}

/// A new compact str of `size` code points whose largest is at most `maxchar`, for the
/// caller to fill through `PyUnicode_DATA`/`PyUnicode_WRITE` before anyone else sees
/// it (the characters start as NUL). Molt derives the UTF-8 form lazily, after the
/// caller has written. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyUnicode_New(size: isize, maxchar: u32) -> Obj {
    guard(|| {
        if size < 0 {
            return Err(raise(
                exc::system_error(),
                "Negative size passed to PyUnicode_New",
            ));
        }
        let (kind, ascii) = match maxchar {
            0..=0x7f => (1, true),
            0x80..=0xff => (1, false),
            0x100..=0xffff => (2, false),
            0x10000..=0x10ffff => (4, false),
            _ => {
                return Err(raise(
                    exc::system_error(),
                    "invalid maximum character passed to PyUnicode_New",
                ))
            }
        };
        Ok(Ref::steal(pystr::alloc_str(size as usize, kind, ascii)))
    })
}
