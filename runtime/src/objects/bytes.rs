//! `bytes`: CPython's `PyBytesObject` layout (`ob_shash`, inline NUL-terminated `ob_sval`).
//! Methods live in `bytes_methods.rs` (shared with `bytearray`).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::typeobject::*;
use std::ptr::null_mut;

/// CPython 3.12's `PyBytesObject`.
#[repr(C)]
pub struct PyBytesObject {
    pub ob_base: PyVarObject,
    pub ob_shash: isize,
    pub ob_sval: [u8; 1],
}

#[no_mangle]
pub static mut PyBytes_Type: PyTypeObject = PyTypeObject {
    tp_repr: Some(bytes_repr),
    tp_str: Some(bytes_repr),
    tp_hash: Some(bytes_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(bytes_richcompare),
    tp_iter: Some(bytes_iter),
    tp_as_sequence: &raw mut BYTES_AS_SEQUENCE,
    tp_as_mapping: &raw mut BYTES_AS_MAPPING,
    tp_as_number: &raw mut BYTES_AS_NUMBER,
    tp_new: Some(bytes_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS,
    ..PyTypeObject::new_static(
        c"bytes",
        std::mem::offset_of!(PyBytesObject, ob_sval) + 1,
        1,
    )
};

static mut BYTES_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(bytes_len_slot),
    sq_concat: Some(bytes_concat),
    sq_repeat: Some(bytes_repeat),
    sq_contains: Some(bytes_contains),
    sq_item: Some(bytes_item_slot),
    ..PySequenceMethods::EMPTY
};

static mut BYTES_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(bytes_len_slot),
    mp_subscript: Some(bytes_subscript),
    mp_ass_subscript: None,
};

static mut BYTES_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_remainder: Some(bytes_mod),
    ..PyNumberMethods::EMPTY
};

/// Whether `o` is bytes or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_bytes(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_BYTES_SUBCLASS != 0
}

/// The contents (borrowed).
///
/// # Safety
/// `o` is bytes that outlives the slice.
#[inline]
pub unsafe fn as_bytes<'a>(o: Obj) -> &'a [u8] {
    let n = (*(o as *mut PyVarObject)).ob_size as usize;
    std::slice::from_raw_parts((*(o as *mut PyBytesObject)).ob_sval.as_ptr(), n)
}

/// A new bytes object with uninitialised (zeroed) contents of length `n`. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn new_uninit(n: usize) -> Obj {
    let size = std::mem::offset_of!(PyBytesObject, ob_sval) + n + 1;
    let o = alloc_object(&raw mut PyBytes_Type, size);
    (*(o as *mut PyVarObject)).ob_size = n as isize;
    (*(o as *mut PyBytesObject)).ob_shash = -1;
    o
}

/// A new bytes object. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_bytes(b: &[u8]) -> Obj {
    let o = new_uninit(b.len());
    std::ptr::copy_nonoverlapping(
        b.as_ptr(),
        (*(o as *mut PyBytesObject)).ob_sval.as_mut_ptr(),
        b.len(),
    );
    o
}

/// `repr()` of a byte string (`b'...'`), with CPython's quote choice and escapes.
pub fn repr_of(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from(prefix);
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{:02x}", c)),
        }
    }
    s.push(quote);
    s
}

unsafe extern "C" fn bytes_repr(o: Obj) -> Obj {
    crate::objects::str::from_str(&repr_of(as_bytes(o), "b"))
}

unsafe extern "C" fn bytes_hash(o: Obj) -> isize {
    let b = o as *mut PyBytesObject;
    if (*b).ob_shash != -1 {
        return (*b).ob_shash;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in as_bytes(o) {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let mut r = h as isize;
    if r == -1 {
        r = -2;
    }
    (*b).ob_shash = r;
    r
}

unsafe extern "C" fn bytes_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return new_ref(crate::objects::none::not_implemented());
    };
    crate::objects::bool::from_bool(crate::abstract_::ordering_matches(x.cmp(y), op)).into_raw()
}

unsafe extern "C" fn bytes_iter(o: Obj) -> Obj {
    let items: Vec<Ref> = as_bytes(o)
        .iter()
        .map(|&c| Ref::steal(crate::objects::int::from_i64(c as i64)))
        .collect();
    crate::objects::iter::vec_iter_new(&raw mut crate::objects::iter::SeqIter_Type, items)
}

unsafe extern "C" fn bytes_len_slot(o: Obj) -> isize {
    as_bytes(o).len() as isize
}

/// The bytes of any bytes-like argument (bytes or bytearray), or `None`.
///
/// # Safety
/// `o` is live and outlives the slice.
pub unsafe fn bytes_like<'a>(o: Obj) -> Option<&'a [u8]> {
    if is_bytes(o) {
        return Some(as_bytes(o));
    }
    if crate::objects::bytearray::is_bytearray(o) {
        return Some(crate::objects::bytearray::as_slice(o));
    }
    if crate::objects::memoryview::is_memoryview(o) {
        return crate::objects::memoryview::contiguous_bytes(o);
    }
    None
}

unsafe extern "C" fn bytes_concat(a: Obj, b: Obj) -> Obj {
    match bytes_like(b) {
        Some(bb) => {
            let mut v = as_bytes(a).to_vec();
            v.extend_from_slice(bb);
            from_bytes(&v)
        }
        None => {
            crate::errors::type_error(&format!("can't concat {} to bytes", obj_type_name(b)));
            null_mut()
        }
    }
}

unsafe extern "C" fn bytes_repeat(a: Obj, n: isize) -> Obj {
    from_bytes(&as_bytes(a).repeat(n.max(0) as usize))
}

unsafe extern "C" fn bytes_contains(o: Obj, v: Obj) -> i32 {
    let hay = as_bytes(o);
    if crate::objects::int::is_int(v) {
        let Some(x) = crate::objects::int::as_i64(v).filter(|x| (0..256).contains(x)) else {
            crate::errors::value_error("byte must be in range(0, 256)");
            return -1;
        };
        return hay.contains(&(x as u8)) as i32;
    }
    match bytes_like(v) {
        Some(n) => (n.is_empty() || hay.windows(n.len()).any(|w| w == n)) as i32,
        None => {
            crate::errors::type_error(&format!(
                "a bytes-like object is required, not '{}'",
                obj_type_name(v)
            ));
            -1
        }
    }
}

unsafe extern "C" fn bytes_subscript(o: Obj, key: Obj) -> Obj {
    into_raw((|| {
        let b = as_bytes(o);
        if crate::objects::slice::is_slice(key) {
            let (start, _stop, step, n) = crate::objects::slice::indices(key, b.len())?;
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                out.push(b[i as usize]);
                i += step;
            }
            return Ok(Ref::steal(from_bytes(&out)));
        }
        let i = crate::abstract_::index_for_sequence(key, "byte")?;
        let j = if i < 0 { i + b.len() as isize } else { i };
        if j < 0 || j as usize >= b.len() {
            return Err(crate::errors::raise(
                crate::objects::exceptions::index_error(),
                "index out of range",
            ));
        }
        Ok(Ref::steal(crate::objects::int::from_i64(
            b[j as usize] as i64,
        )))
    })())
}

unsafe extern "C" fn bytes_mod(a: Obj, b: Obj) -> Obj {
    if !is_bytes(a) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw(crate::format::percent_format_bytes(a, b))
}

/// Checks the `encoding`/`errors` arguments of `encode`/`decode` are str (or absent),
/// with Argument Clinic's wording.
///
/// # Safety
/// The arguments are null or live.
pub unsafe fn check_codec_args(fname: &str, encoding: Obj, errors: Obj) -> PyResult<()> {
    for (what, o) in [("encoding", encoding), ("errors", errors)] {
        if !o.is_null() && !crate::objects::str::is_str(o) {
            return Err(crate::errors::type_error(&format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                what,
                obj_type_name(o)
            )));
        }
    }
    Ok(())
}

/// Decodes bytes to str (`bytes.decode`, `str(b, encoding)`) with the codecs of
/// [`crate::codecs`].
///
/// # Safety
/// `o` is bytes-like (or anything, refused); `encoding`/`errors` are null or strs.
pub unsafe fn decode(o: Obj, encoding: Obj, errors: Obj) -> PyResult<Ref> {
    if crate::objects::str::is_str(o) {
        return Err(crate::errors::type_error("decoding str is not supported"));
    }
    let Some(b) = bytes_like(o) else {
        return Err(crate::errors::type_error(&format!(
            "decoding to str: need a bytes-like object, {} found",
            obj_type_name(o)
        )));
    };
    // CPython decodes empty data to '' before looking the codec up.
    if b.is_empty() {
        return Ok(crate::objects::str::from_string(String::new()));
    }
    let codec = crate::codecs::codec_arg(encoding)?;
    let text = crate::codecs::decode(b, codec, crate::codecs::handler_arg(errors)?)?;
    Ok(crate::objects::str::from_string(text))
}

/// Encodes a str (`str.encode`) with the codecs of [`crate::codecs`].
///
/// # Safety
/// `s` is a str; `encoding`/`errors` are null or strs.
pub unsafe fn encode(s: Obj, encoding: Obj, errors: Obj) -> PyResult<Ref> {
    let codec = crate::codecs::codec_arg(encoding)?;
    let data = crate::codecs::encode(s, codec, crate::codecs::handler_arg(errors)?)?;
    Ok(Ref::steal(from_bytes(&data)))
}

unsafe extern "C" fn bytes_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    let r = bytes_new_exact(args, kwargs);
    if r.is_null() || tp == &raw mut PyBytes_Type {
        return r;
    }
    into_raw(crate::classes::subtype_from_builtin(tp, Ref::steal(r)))
}

unsafe fn bytes_new_exact(args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [src, encoding, errors] = crate::args::parse_tuple::<0, 3>(
            "bytes",
            args,
            kwargs,
            &["source", "encoding", "errors"],
        )?;
        let is_str = !src.is_null() && crate::objects::str::is_str(src);
        if !is_str && (!encoding.is_null() || !errors.is_null()) {
            return Err(crate::errors::type_error(&format!(
                "{} without a string argument",
                if encoding.is_null() {
                    "errors"
                } else {
                    "encoding"
                }
            )));
        }
        if src.is_null() {
            return Ok(Ref::steal(from_bytes(b"")));
        }
        if is_str {
            if encoding.is_null() {
                return Err(crate::errors::type_error(
                    "string argument without an encoding",
                ));
            }
            check_codec_args("bytes", encoding, errors)?;
            return encode(src, encoding, errors);
        }
        if let Some(b) = bytes_like(src) {
            return Ok(Ref::steal(from_bytes(b)));
        }
        if let Some(b) = crate::objects::memoryview::buffer_contents(src) {
            return Ok(Ref::steal(from_bytes(&b?)));
        }
        if crate::objects::int::is_int(src) {
            let n = crate::abstract_::as_ssize(src)?;
            if n < 0 {
                return Err(crate::errors::value_error("negative count"));
            }
            return Ok(Ref::steal(new_uninit(n as usize)));
        }
        let items = crate::abstract_::collect(src)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            let v = crate::abstract_::as_ssize(it.as_ptr())?;
            if !(0..256).contains(&v) {
                return Err(crate::errors::value_error("bytes must be in range(0, 256)"));
            }
            out.push(v as u8);
        }
        Ok(Ref::steal(from_bytes(&out)))
    })())
}

/// `sq_item` (`PySequence_GetItem`): the byte at `i` as an int; IndexError "index out of
/// range" outside `0 <= i < len`.
unsafe extern "C" fn bytes_item_slot(o: Obj, i: isize) -> Obj {
    let b = as_bytes(o);
    if i < 0 || i as usize >= b.len() {
        crate::errors::raise(
            crate::objects::exceptions::index_error(),
            "index out of range",
        );
        return std::ptr::null_mut();
    }
    crate::objects::int::from_i64(b[i as usize] as i64)
}
