//! The methods `bytes` and `bytearray` share (`split`, `join`, `find`, `replace`,
//! `strip`, the ASCII case and class methods, `hex`, `fromhex`, `decode`, ...).
//!
//! Each method reads its receiver through [`bytes_like`] and builds results of the
//! receiver's kind (`bytearray` methods return `bytearray`), so one function serves both
//! types. The method tables are assembled at start-up by [`init`]: `bytes` gets the shared
//! rows, `bytearray` the shared rows followed by its mutating methods. The calling
//! conventions are CPython's, so argument errors read the same (`bytes.upper() takes no
//! arguments (1 given)`, `center expected at least 1 argument, got 0`, ...).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::bytes::{bytes_like, from_bytes};
use crate::objects::{bytearray, int, list, tuple};
use crate::typeobject::*;

const NOARGS: i32 = METH_NOARGS;
const ONE: i32 = METH_O;
const POS: i32 = METH_FASTCALL;
const KW: i32 = METH_FASTCALL | METH_KEYWORDS;
const VARARGS: i32 = METH_VARARGS;

/// The rows every bytes-like type has.
fn shared_rows() -> Vec<PyMethodDef> {
    vec![
        crate::method_def!("decode", b_decode, KW),
        crate::method_def!("hex", b_hex, KW),
        crate::method_def!("fromhex", b_fromhex, ONE | METH_CLASS),
        crate::method_def!("count", b_count, VARARGS),
        crate::method_def!("find", b_find, VARARGS),
        crate::method_def!("rfind", b_rfind, VARARGS),
        crate::method_def!("index", b_index, VARARGS),
        crate::method_def!("rindex", b_rindex, VARARGS),
        crate::method_def!("startswith", b_startswith, VARARGS),
        crate::method_def!("endswith", b_endswith, VARARGS),
        crate::method_def!("split", b_split, KW),
        crate::method_def!("rsplit", b_rsplit, KW),
        crate::method_def!("splitlines", b_splitlines, KW),
        crate::method_def!("join", b_join, ONE),
        crate::method_def!("replace", b_replace, POS),
        crate::method_def!("strip", b_strip, POS),
        crate::method_def!("lstrip", b_lstrip, POS),
        crate::method_def!("rstrip", b_rstrip, POS),
        crate::method_def!("partition", b_partition, ONE),
        crate::method_def!("rpartition", b_rpartition, ONE),
        crate::method_def!("upper", b_upper, NOARGS),
        crate::method_def!("lower", b_lower, NOARGS),
        crate::method_def!("swapcase", b_swapcase, NOARGS),
        crate::method_def!("title", b_title, NOARGS),
        crate::method_def!("capitalize", b_capitalize, NOARGS),
        crate::method_def!("isdigit", b_isdigit, NOARGS),
        crate::method_def!("isalpha", b_isalpha, NOARGS),
        crate::method_def!("isalnum", b_isalnum, NOARGS),
        crate::method_def!("isspace", b_isspace, NOARGS),
        crate::method_def!("isupper", b_isupper, NOARGS),
        crate::method_def!("islower", b_islower, NOARGS),
        crate::method_def!("istitle", b_istitle, NOARGS),
        crate::method_def!("isascii", b_isascii, NOARGS),
        crate::method_def!("center", b_center, POS),
        crate::method_def!("ljust", b_ljust, POS),
        crate::method_def!("rjust", b_rjust, POS),
        crate::method_def!("zfill", b_zfill, ONE),
        crate::method_def!("expandtabs", b_expandtabs, KW),
        crate::method_def!("removeprefix", b_removeprefix, ONE),
        crate::method_def!("removesuffix", b_removesuffix, ONE),
        crate::method_def!("translate", b_translate, KW),
        crate::method_def!("maketrans", b_maketrans, POS | METH_STATIC),
    ]
}

/// Leaks a method table (shared rows, then `extra`) for a static type.
fn leak_table(extra: Vec<PyMethodDef>) -> *mut PyMethodDef {
    let mut rows = shared_rows();
    rows.extend(extra);
    rows.push(METHOD_SENTINEL);
    Box::leak(rows.into_boxed_slice()).as_mut_ptr()
}

/// Installs the method tables of `bytes` and `bytearray`.
///
/// # Safety
/// Start-up only, before the types are readied.
pub unsafe fn init() {
    crate::objects::bytes::PyBytes_Type.tp_methods = leak_table(Vec::new());
    bytearray::PyByteArray_Type.tp_methods = leak_table(bytearray::own_methods());
}

/// The receiver's bytes. Valid while the receiver is not mutated.
unsafe fn data<'a>(o: Obj) -> &'a [u8] {
    bytes_like(o).unwrap_or(&[])
}

/// A result of the receiver's kind: `bytearray` for a bytearray, else `bytes`.
///
/// # Safety
/// `like` is a bytes-like object.
pub unsafe fn new_like(like: Obj, b: &[u8]) -> Ref {
    if bytearray::is_bytearray(like) {
        Ref::steal(bytearray::from_bytes(b))
    } else {
        Ref::steal(from_bytes(b))
    }
}

/// A bytes-like argument, or CPython's `a bytes-like object is required, not 'T'`.
unsafe fn arg_bytes<'a>(o: Obj) -> PyResult<&'a [u8]> {
    match bytes_like(o) {
        Some(b) => Ok(b),
        None => Err(crate::errors::type_error(&format!(
            "a bytes-like object is required, not '{}'",
            obj_type_name(o)
        ))),
    }
}

/// The needle of `find`/`count`/`index`: a bytes-like object or an int in range(256).
unsafe fn needle(o: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(o) {
        return Ok(b.to_vec());
    }
    let nb = (*type_of(o)).tp_as_number;
    if int::is_int(o) || (!nb.is_null() && (*nb).nb_index.is_some()) {
        let v = crate::abstract_::as_ssize(o)?;
        if !(0..256).contains(&v) {
            return Err(crate::errors::value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![v as u8]);
    }
    Err(crate::errors::type_error(&format!(
        "argument should be integer or bytes-like object, not '{}'",
        obj_type_name(o)
    )))
}

/// CPython's `ADJUST_INDICES` for optional `start`/`end` arguments (None allowed).
/// The start may exceed `len`; callers treat that as "nothing found".
unsafe fn adjust(start: Obj, end: Obj, len: usize) -> PyResult<(usize, usize)> {
    let n = len as isize;
    let get = |o: Obj, d: isize| -> PyResult<isize> {
        if o.is_null() || o == crate::objects::none::none() {
            return Ok(d);
        }
        crate::abstract_::as_ssize_clamped(o)
    };
    let mut s = get(start, 0)?;
    let mut e = get(end, n)?;
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    Ok((s as usize, e as usize))
}

fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    if sub.len() > hay.len() {
        return None;
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    if sub.len() > hay.len() {
        return None;
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

fn count_sub(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= hay.len() {
        if &hay[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

unsafe fn find_impl(o: Obj, a: &[Obj], reverse: bool) -> PyResult<isize> {
    let sub = needle(a[0])?;
    let b = data(o);
    let (s, e) = adjust(a[1], a[2], b.len())?;
    if s > b.len() || s > e {
        return Ok(-1);
    }
    let hay = &b[s..e];
    let r = if reverse {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(r.map(|i| (i + s) as isize).unwrap_or(-1))
}

fn boolean(b: bool) -> PyResult<Ref> {
    Ok(crate::objects::bool::from_bool(b))
}

unsafe fn int_ref(v: i64) -> PyResult<Ref> {
    Ok(Ref::steal(int::from_i64(v)))
}

unsafe fn list_of(o: Obj, parts: Vec<&[u8]>) -> PyResult<Ref> {
    Ok(Ref::steal(list::from_refs(
        parts.into_iter().map(|p| new_like(o, p)).collect(),
    )))
}

/// Defines one method; the second token is its calling convention: `noargs`, `one`
/// (METH_O, `a[0]` is the argument), `pos` (positional-only Argument Clinic),
/// `varargs` (METH_VARARGS wording) or `kw` (keyword Clinic, with names).
macro_rules! bm {
    ($f:ident, noargs, |$o:ident, $b:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, _unused: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $o = slf;
                #[allow(unused_variables)]
                let $b = data(slf);
                $body
            })())
        }
    };
    ($f:ident, one, |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, arg: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a: &[Obj] = &[arg];
                let $o = slf;
                $body
            })())
        }
    };
    ($f:ident, pos, $py:literal, $min:literal, $max:literal, |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a: &[Obj] = &crate::args::positional::<$min, $max>($py, args, nargs)?;
                let $o = slf;
                $body
            })())
        }
    };
    ($f:ident, varargs, $py:literal, $min:literal, $max:literal, |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, argt: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let items = tuple::items(argt);
                let $a: &[Obj] = &crate::args::parse_pos::<$min, $max>(
                    $py,
                    items.as_ptr(),
                    items.len() as isize,
                    std::ptr::null_mut(),
                )?;
                let $o = slf;
                $body
            })())
        }
    };
    ($f:ident, kw, $py:literal, $min:literal, $max:literal, [$($n:literal),*], |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let $a: &[Obj] = &crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($n),*])?;
                let $o = slf;
                $body
            })())
        }
    };
}

bm!(
    b_decode,
    kw,
    "decode",
    0,
    2,
    ["encoding", "errors"],
    |o, a| {
        crate::objects::bytes::check_codec_args("decode", a[0], a[1])?;
        crate::objects::bytes::decode(o, a[0], a[1])
    }
);

bm!(b_hex, kw, "hex", 0, 2, ["sep", "bytes_per_sep"], |o, a| {
    let digits: Vec<String> = data(o).iter().map(|b| format!("{:02x}", b)).collect();
    if a[0].is_null() || a[0] == crate::objects::none::none() {
        return Ok(crate::objects::str::from_string(digits.concat()));
    }
    let sep: String = if crate::objects::str::is_str(a[0]) {
        crate::objects::str::as_str(a[0]).to_string()
    } else if let Some(b) = bytes_like(a[0]) {
        b.iter().map(|&c| c as char).collect()
    } else {
        return Err(crate::errors::type_error("sep must be str or bytes."));
    };
    if sep.chars().count() != 1 {
        return Err(crate::errors::value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(crate::errors::value_error("sep must be ASCII."));
    }
    let per = if a[1].is_null() {
        1
    } else {
        crate::abstract_::as_ssize(a[1])?
    };
    let group = per.unsigned_abs().max(1);
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 {
            // Positive counts group from the right, negative from the left.
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary && per != 0 {
                out.push_str(&sep);
            }
        }
        out.push_str(d);
    }
    Ok(crate::objects::str::from_string(out))
});

/// Parses `bytes.fromhex`'s argument.
unsafe fn parse_hex(s: Obj) -> PyResult<Vec<u8>> {
    if !crate::objects::str::is_str(s) {
        return Err(crate::errors::type_error(&format!(
            "fromhex() argument must be str, not {}",
            obj_type_name(s)
        )));
    }
    let chars: Vec<char> = crate::objects::str::as_str(s).chars().collect();
    let bad = |pos: usize| {
        crate::errors::value_error(&format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            pos
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else {
            return Err(bad(i));
        };
        let Some(lo) = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
        else {
            return Err(bad(i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

unsafe extern "C" fn b_fromhex(cls: Obj, s: Obj) -> Obj {
    into_raw((|| {
        let v = parse_hex(s)?;
        let tp = cls as *mut PyTypeObject;
        if tp == &raw mut crate::objects::bytes::PyBytes_Type {
            return Ok(Ref::steal(from_bytes(&v)));
        }
        if tp == &raw mut bytearray::PyByteArray_Type {
            return Ok(Ref::steal(bytearray::from_bytes(&v)));
        }
        let b = if is_subtype(tp, &raw mut bytearray::PyByteArray_Type) {
            Ref::steal(bytearray::from_bytes(&v))
        } else {
            Ref::steal(from_bytes(&v))
        };
        crate::call::call1(cls, b.as_ptr())
    })())
}

bm!(b_count, varargs, "count", 1, 3, |o, a| {
    let sub = needle(a[0])?;
    let b = data(o);
    let (s, e) = adjust(a[1], a[2], b.len())?;
    if s > b.len() || s > e {
        return int_ref(0);
    }
    int_ref(count_sub(&b[s..e], &sub) as i64)
});
bm!(b_find, varargs, "find", 1, 3, |o, a| int_ref(
    find_impl(o, a, false)? as i64
));
bm!(b_rfind, varargs, "rfind", 1, 3, |o, a| int_ref(
    find_impl(o, a, true)? as i64
));
bm!(b_index, varargs, "index", 1, 3, |o, a| {
    let r = find_impl(o, a, false)?;
    if r < 0 {
        return Err(crate::errors::value_error("subsection not found"));
    }
    int_ref(r as i64)
});
bm!(b_rindex, varargs, "rindex", 1, 3, |o, a| {
    let r = find_impl(o, a, true)?;
    if r < 0 {
        return Err(crate::errors::value_error("subsection not found"));
    }
    int_ref(r as i64)
});

unsafe fn affix(o: Obj, a: &[Obj], suffix: bool, name: &str) -> PyResult<Ref> {
    let b = data(o);
    let (s, e) = adjust(a[1], a[2], b.len())?;
    let test = |p: &[u8]| -> bool {
        if s > b.len() {
            return false;
        }
        if e < s {
            return false;
        }
        let hay = &b[s..e];
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if tuple::is_tuple(a[0]) {
        for &p in tuple::items(a[0]) {
            if test(arg_bytes(p)?) {
                return boolean(true);
            }
        }
        return boolean(false);
    }
    match bytes_like(a[0]) {
        Some(p) => boolean(test(p)),
        None => Err(crate::errors::type_error(&format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            obj_type_name(a[0])
        ))),
    }
}

bm!(b_startswith, varargs, "startswith", 1, 3, |o, a| affix(
    o,
    a,
    false,
    "startswith"
));
bm!(b_endswith, varargs, "endswith", 1, 3, |o, a| affix(
    o, a, true, "endswith"
));

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

unsafe fn maxsplit(o: Obj) -> PyResult<isize> {
    if o.is_null() {
        return Ok(-1);
    }
    crate::abstract_::as_ssize(o)
}

unsafe fn opt_sep<'a>(o: Obj) -> PyResult<Option<&'a [u8]>> {
    if o.is_null() || o == crate::objects::none::none() {
        return Ok(None);
    }
    let s = arg_bytes(o)?;
    if s.is_empty() {
        return Err(crate::errors::value_error("empty separator"));
    }
    Ok(Some(s))
}

fn split_ws(b: &[u8], max: isize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    loop {
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        // The rest, from its first non-space byte to the end (trailing spaces kept).
        if max >= 0 && out.len() as isize == max {
            out.push(&b[i..]);
            break;
        }
        let start = i;
        while i < n && !is_space(b[i]) {
            i += 1;
        }
        out.push(&b[start..i]);
    }
    out
}

fn rsplit_ws(b: &[u8], max: isize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut j = b.len();
    loop {
        while j > 0 && is_space(b[j - 1]) {
            j -= 1;
        }
        if j == 0 {
            break;
        }
        // The rest, from the start (leading spaces kept) to its last non-space byte.
        if max >= 0 && out.len() as isize == max {
            out.push(&b[..j]);
            break;
        }
        let end = j;
        while j > 0 && !is_space(b[j - 1]) {
            j -= 1;
        }
        out.push(&b[j..end]);
    }
    out.reverse();
    out
}

fn split_sep<'a>(b: &'a [u8], sep: &[u8], max: isize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    while max < 0 || (out.len() as isize) < max {
        match find_sub(rest, sep) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

fn rsplit_sep<'a>(b: &'a [u8], sep: &[u8], max: isize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    while max < 0 || (out.len() as isize) < max {
        match rfind_sub(rest, sep) {
            Some(i) => {
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            None => break,
        }
    }
    out.push(rest);
    out.reverse();
    out
}

bm!(b_split, kw, "split", 0, 2, ["sep", "maxsplit"], |o, a| {
    let max = maxsplit(a[1])?;
    let b = data(o).to_vec();
    match opt_sep(a[0])? {
        None => list_of(o, split_ws(&b, max)),
        Some(sep) => list_of(o, split_sep(&b, sep, max)),
    }
});
bm!(b_rsplit, kw, "rsplit", 0, 2, ["sep", "maxsplit"], |o, a| {
    let max = maxsplit(a[1])?;
    let b = data(o).to_vec();
    match opt_sep(a[0])? {
        None => list_of(o, rsplit_ws(&b, max)),
        Some(sep) => list_of(o, rsplit_sep(&b, sep, max)),
    }
});

bm!(
    b_splitlines,
    kw,
    "splitlines",
    0,
    1,
    ["keepends"],
    |o, a| {
        let keep = !a[0].is_null() && crate::abstract_::is_true(a[0])?;
        let b = data(o).to_vec();
        let mut parts = Vec::new();
        let (mut i, mut start) = (0, 0);
        while i < b.len() {
            if b[i] == b'\n' || b[i] == b'\r' {
                let mut end = i + 1;
                if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                    end += 1;
                }
                parts.push(if keep { &b[start..end] } else { &b[start..i] });
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        if start < b.len() {
            parts.push(&b[start..]);
        }
        list_of(o, parts)
    }
);

bm!(b_join, one, |o, a| {
    let items = match crate::abstract_::collect(a[0]) {
        Ok(v) => v,
        Err(e) => {
            if crate::errors::matches(crate::objects::exceptions::type_error())
                && crate::abstract_::get_iter(a[0]).is_err()
            {
                crate::errors::clear();
                return Err(crate::errors::type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let sep = data(o).to_vec();
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_like(it.as_ptr()) else {
            return Err(crate::errors::type_error(&format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                obj_type_name(it.as_ptr())
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(b);
    }
    Ok(new_like(o, &out))
});

bm!(b_replace, pos, "replace", 2, 3, |o, a| {
    let old = arg_bytes(a[0])?.to_vec();
    let new = arg_bytes(a[1])?.to_vec();
    let count = if a[2].is_null() {
        -1
    } else {
        crate::abstract_::as_ssize(a[2])?
    };
    let b = data(o).to_vec();
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0isize;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if count < 0 || done < count {
                out.extend_from_slice(&new);
                done += 1;
            }
            let _ = i;
            out.push(c);
        }
        if count < 0 || done < count {
            out.extend_from_slice(&new);
        }
        return Ok(new_like(o, &out));
    }
    let mut i = 0;
    while i < b.len() {
        if (count < 0 || done < count) && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            done += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(new_like(o, &out))
});

unsafe fn strip_impl(o: Obj, chars: Obj, left: bool, right: bool) -> PyResult<Ref> {
    let set: Option<Vec<u8>> = if chars.is_null() || chars == crate::objects::none::none() {
        None
    } else {
        Some(arg_bytes(chars)?.to_vec())
    };
    let keep = |c: u8| match &set {
        None => is_space(c),
        Some(v) => v.contains(&c),
    };
    let b = data(o);
    let (mut s, mut e) = (0, b.len());
    if left {
        while s < e && keep(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && keep(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_like(o, &b[s..e]))
}

bm!(b_strip, pos, "strip", 0, 1, |o, a| strip_impl(
    o, a[0], true, true
));
bm!(b_lstrip, pos, "lstrip", 0, 1, |o, a| strip_impl(
    o, a[0], true, false
));
bm!(b_rstrip, pos, "rstrip", 0, 1, |o, a| strip_impl(
    o, a[0], false, true
));

unsafe fn partition_impl(o: Obj, sep: Obj, reverse: bool) -> PyResult<Ref> {
    let sep = arg_bytes(sep)?.to_vec();
    if sep.is_empty() {
        return Err(crate::errors::value_error("empty separator"));
    }
    let b = data(o).to_vec();
    let found = if reverse {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match found {
        Some(i) => (&b[..i], &sep, &b[i + sep.len()..]),
        None if reverse => (&[], &[], &b),
        None => (&b, &[], &[]),
    };
    Ok(Ref::steal(tuple::from_refs(vec![
        new_like(o, x),
        new_like(o, y),
        new_like(o, z),
    ])))
}

bm!(b_partition, one, |o, a| partition_impl(o, a[0], false));
bm!(b_rpartition, one, |o, a| partition_impl(o, a[0], true));

bm!(b_upper, noargs, |o, b| Ok(new_like(
    o,
    &b.to_ascii_uppercase()
)));
bm!(b_lower, noargs, |o, b| Ok(new_like(
    o,
    &b.to_ascii_lowercase()
)));
bm!(b_swapcase, noargs, |o, b| {
    let v: Vec<u8> = b
        .iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect();
    Ok(new_like(o, &v))
});
bm!(b_title, noargs, |o, b| {
    let mut prev_cased = false;
    let v: Vec<u8> = b
        .iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(new_like(o, &v))
});
bm!(b_capitalize, noargs, |o, b| {
    let v: Vec<u8> = b
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(new_like(o, &v))
});
bm!(b_isdigit, noargs, |o, b| boolean(
    !b.is_empty() && b.iter().all(|c| c.is_ascii_digit())
));
bm!(b_isalpha, noargs, |o, b| boolean(
    !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic())
));
bm!(b_isalnum, noargs, |o, b| boolean(
    !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric())
));
bm!(b_isspace, noargs, |o, b| boolean(
    !b.is_empty() && b.iter().all(|&c| is_space(c))
));
bm!(b_isascii, noargs, |o, b| boolean(b.is_ascii()));
bm!(b_isupper, noargs, |o, b| {
    boolean(b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()))
});
bm!(b_islower, noargs, |o, b| {
    boolean(b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()))
});
bm!(b_istitle, noargs, |o, b| {
    let (mut prev_cased, mut any) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return boolean(false);
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return boolean(false);
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    boolean(any)
});

unsafe fn pad(o: Obj, width: Obj, fill: Obj, how: u8, name: &str) -> PyResult<Ref> {
    let w = crate::abstract_::as_ssize(width)?;
    let f = if fill.is_null() {
        b' '
    } else {
        match bytes_like(fill) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(crate::errors::type_error(&format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    obj_type_name(fill)
                )))
            }
        }
    };
    let b = data(o).to_vec();
    let n = b.len() as isize;
    if w <= n {
        return Ok(new_like(o, &b));
    }
    let total = (w - n) as usize;
    let (left, right) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & (w as usize) & 1);
            (left, total - left)
        }
    };
    let mut out = vec![f; left];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(f, right));
    Ok(new_like(o, &out))
}

bm!(b_center, pos, "center", 1, 2, |o, a| pad(
    o, a[0], a[1], b'c', "center"
));
bm!(b_ljust, pos, "ljust", 1, 2, |o, a| pad(
    o, a[0], a[1], b'l', "ljust"
));
bm!(b_rjust, pos, "rjust", 1, 2, |o, a| pad(
    o, a[0], a[1], b'r', "rjust"
));

bm!(b_zfill, one, |o, a| {
    let w = crate::abstract_::as_ssize(a[0])?;
    let b = data(o).to_vec();
    let n = b.len() as isize;
    if w <= n {
        return Ok(new_like(o, &b));
    }
    let zeros = vec![b'0'; (w - n) as usize];
    let mut out = Vec::with_capacity(w as usize);
    if !b.is_empty() && (b[0] == b'+' || b[0] == b'-') {
        out.push(b[0]);
        out.extend_from_slice(&zeros);
        out.extend_from_slice(&b[1..]);
    } else {
        out.extend_from_slice(&zeros);
        out.extend_from_slice(&b);
    }
    Ok(new_like(o, &out))
});

bm!(b_expandtabs, kw, "expandtabs", 0, 1, ["tabsize"], |o, a| {
    let ts = if a[0].is_null() {
        8
    } else {
        crate::abstract_::as_ssize(a[0])?
    };
    let mut out = Vec::new();
    let mut col = 0isize;
    for &c in data(o) {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_like(o, &out))
});

bm!(b_removeprefix, one, |o, a| {
    let p = arg_bytes(a[0])?.to_vec();
    let b = data(o).to_vec();
    Ok(new_like(o, b.strip_prefix(p.as_slice()).unwrap_or(&b)))
});
bm!(b_removesuffix, one, |o, a| {
    let p = arg_bytes(a[0])?.to_vec();
    let b = data(o).to_vec();
    Ok(new_like(o, b.strip_suffix(p.as_slice()).unwrap_or(&b)))
});

/// `bytes.translate(table, /, delete=b'')`.
unsafe extern "C" fn b_translate(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if nargs < 1 {
            return Err(crate::errors::type_error(&format!(
                "translate() takes at least 1 positional argument ({} given)",
                nargs
            )));
        }
        let a: &[Obj] =
            &crate::args::parse::<1, 2>("translate", args, nargs, kw, &["table", "delete"])?;
        translate_impl(slf, a)
    })())
}

unsafe fn translate_impl(o: Obj, a: &[Obj]) -> PyResult<Ref> {
    let table: Option<Vec<u8>> = if a[0] == crate::objects::none::none() {
        None
    } else {
        let t = arg_bytes(a[0])?;
        if t.len() != 256 {
            return Err(crate::errors::value_error(
                "translation table must be 256 characters long",
            ));
        }
        Some(t.to_vec())
    };
    let delete: Vec<u8> = if a[1].is_null() {
        Vec::new()
    } else {
        arg_bytes(a[1])?.to_vec()
    };
    let out: Vec<u8> = data(o)
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(new_like(o, &out))
}

/// `bytes.maketrans(frm, to)` (a static method): a 256-byte translation table.
unsafe extern "C" fn b_maketrans(_unused: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [frm, to] = crate::args::positional::<2, 2>("maketrans", args, nargs)?;
        let (f, t) = (arg_bytes(frm)?, arg_bytes(to)?);
        if f.len() != t.len() {
            return Err(crate::errors::value_error(
                "maketrans arguments must have same length",
            ));
        }
        let mut table: Vec<u8> = (0..=255u8).collect();
        for (&x, &y) in f.iter().zip(t.iter()) {
            table[x as usize] = y;
        }
        Ok(Ref::steal(from_bytes(&table)))
    })())
}
