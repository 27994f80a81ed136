//! `str`: PEP 393 compact strings with CPython 3.12's `PyASCIIObject` /
//! `PyCompactUnicodeObject` layout (kinds 1, 2 and 4, data right after the header).
//!
//! Molt additionally keeps the UTF-8 form of every non-ASCII string in the `utf8` field
//! (CPython caches it lazily there too), so Rust code can view any str as a `&str`
//! without copying. ASCII strings are their own UTF-8.
//!
//! The methods live in `str_methods.rs`; this file is the representation and the slots.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::typeobject::*;
use std::ffi::c_char;
use std::ptr::null_mut;

/// CPython 3.12's `PyASCIIObject`.
#[repr(C)]
pub struct PyASCIIObject {
    pub ob_base: PyObject,
    pub length: isize,
    pub hash: isize,
    /// Bit field: interned:2, kind:3, compact:1, ascii:1, statically_allocated:1.
    pub state: u32,
    pub _pad: u32,
}

/// CPython 3.12's `PyCompactUnicodeObject`.
#[repr(C)]
pub struct PyCompactUnicodeObject {
    pub base: PyASCIIObject,
    pub utf8_length: isize,
    pub utf8: *mut c_char,
}

/// CPython 3.12's `PyUnicodeObject`: the non-compact ("legacy") form whose characters
/// live in a separate buffer. Molt uses it for instances of str subclasses, as CPython
/// does.
#[repr(C)]
pub struct PyUnicodeObject {
    pub base: PyCompactUnicodeObject,
    pub data: *mut u8,
}

const STATE_COMPACT: u32 = 1 << 5;
const STATE_ASCII: u32 = 1 << 6;

#[no_mangle]
pub static mut PyUnicode_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(str_dealloc),
    tp_repr: Some(str_repr_slot),
    tp_str: Some(str_str_slot),
    tp_hash: Some(str_hash_slot),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(str_richcompare),
    tp_iter: Some(str_iter),
    tp_as_sequence: &raw mut STR_AS_SEQUENCE,
    tp_as_mapping: &raw mut STR_AS_MAPPING,
    tp_as_number: &raw mut STR_AS_NUMBER,
    tp_methods: &raw mut crate::objects::str_methods::STR_METHODS as *mut PyMethodDef,
    tp_new: Some(str_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS,
    ..PyTypeObject::new_static(c"str", std::mem::size_of::<PyUnicodeObject>(), 0)
};

static mut STR_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(str_len_slot),
    sq_concat: Some(str_concat),
    sq_repeat: Some(str_repeat),
    sq_item: Some(str_item_slot),
    sq_contains: Some(str_contains_slot),
    ..PySequenceMethods::EMPTY
};

static mut STR_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(str_len_slot),
    mp_subscript: Some(str_subscript),
    mp_ass_subscript: None,
};

static mut STR_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_remainder: Some(str_mod),
    ..PyNumberMethods::EMPTY
};

/// Whether `o` is a str or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_str(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_UNICODE_SUBCLASS != 0
}

/// Number of code points.
///
/// # Safety
/// `o` is a str.
#[inline]
pub unsafe fn char_len(o: Obj) -> usize {
    (*(o as *mut PyASCIIObject)).length as usize
}

/// The PEP 393 kind (1, 2 or 4).
///
/// # Safety
/// `o` is a str.
#[inline]
pub unsafe fn kind(o: Obj) -> u32 {
    ((*(o as *mut PyASCIIObject)).state >> 2) & 7
}

/// Whether every code point is ASCII.
///
/// # Safety
/// `o` is a str.
#[inline]
pub unsafe fn is_ascii(o: Obj) -> bool {
    (*(o as *mut PyASCIIObject)).state & STATE_ASCII != 0
}

/// Pointer to the code-unit data.
///
/// # Safety
/// `o` is a compact str.
#[inline]
pub unsafe fn data(o: Obj) -> *mut u8 {
    if (*(o as *mut PyASCIIObject)).state & STATE_COMPACT == 0 {
        return (*(o as *mut PyUnicodeObject)).data;
    }
    if is_ascii(o) {
        (o as *mut u8).add(std::mem::size_of::<PyASCIIObject>())
    } else {
        (o as *mut u8).add(std::mem::size_of::<PyCompactUnicodeObject>())
    }
}

/// The code point at index `i` (O(1)).
///
/// # Safety
/// `o` is a str and `i < char_len(o)`.
#[inline]
pub unsafe fn char_at(o: Obj, i: usize) -> u32 {
    let d = data(o);
    match kind(o) {
        1 => *d.add(i) as u32,
        2 => *(d as *const u16).add(i) as u32,
        _ => *(d as *const u32).add(i),
    }
}

/// A view of the string as UTF-8 (zero-copy). The lifetime is the caller's promise that
/// the object stays alive.
///
/// # Safety
/// `o` is a str that outlives the returned slice.
pub unsafe fn as_str<'a>(o: Obj) -> &'a str {
    let len;
    let p;
    if is_ascii(o) {
        len = char_len(o);
        p = data(o);
    } else {
        let c = o as *mut PyCompactUnicodeObject;
        if (*c).utf8.is_null() {
            let s: String = (0..char_len(o))
                .map(|i| char::from_u32(char_at(o, i)).unwrap_or('\u{FFFD}'))
                .collect();
            let buf = mem_alloc(s.len() + 1);
            std::ptr::copy_nonoverlapping(s.as_ptr(), buf, s.len());
            *buf.add(s.len()) = 0;
            (*c).utf8 = buf as *mut c_char;
            (*c).utf8_length = s.len() as isize;
        }
        len = (*c).utf8_length as usize;
        p = (*c).utf8 as *mut u8;
    }
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, len))
}

/// A new str from Rust text. New reference.
///
/// # Safety
/// The runtime's types are initialised.
pub unsafe fn from_str(s: &str) -> Obj {
    if s.is_ascii() {
        let o = alloc_str(s.len(), 1, true);
        std::ptr::copy_nonoverlapping(s.as_ptr(), data(o), s.len());
        return o;
    }
    let n = s.chars().count();
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let k = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let o = alloc_str(n, k, false);
    let d = data(o);
    for (i, c) in s.chars().enumerate() {
        match k {
            1 => *d.add(i) = c as u8,
            2 => *(d as *mut u16).add(i) = c as u16,
            _ => *(d as *mut u32).add(i) = c as u32,
        }
    }
    let c = o as *mut PyCompactUnicodeObject;
    let buf = mem_alloc(s.len() + 1);
    std::ptr::copy_nonoverlapping(s.as_ptr(), buf, s.len());
    *buf.add(s.len()) = 0;
    (*c).utf8 = buf as *mut c_char;
    (*c).utf8_length = s.len() as isize;
    o
}

/// A new str from a String. New reference.
///
/// # Safety
/// As [`from_str`].
pub unsafe fn from_string(s: String) -> Ref {
    Ref::steal(from_str(&s))
}

/// Allocates a compact string of `n` code points of `kind` (data zeroed, NUL-terminated).
///
/// # Safety
/// `kind` is 1, 2 or 4; `ascii` implies kind 1.
pub unsafe fn alloc_str(n: usize, kind: u32, ascii: bool) -> Obj {
    let header = if ascii {
        std::mem::size_of::<PyASCIIObject>()
    } else {
        std::mem::size_of::<PyCompactUnicodeObject>()
    };
    let size = header + (n + 1) * kind as usize;
    let o = alloc_object(&raw mut PyUnicode_Type, size);
    let a = o as *mut PyASCIIObject;
    (*a).length = n as isize;
    (*a).hash = -1;
    (*a).state = (kind << 2) | STATE_COMPACT | if ascii { STATE_ASCII } else { 0 };
    o
}

/// A one-character string. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_char(c: u32) -> Obj {
    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
    let mut b = [0u8; 4];
    from_str(ch.encode_utf8(&mut b))
}

/// The str hash (FNV-1a over code points, never -1). Cached in the object.
///
/// TODO(hash): CPython randomises str hashes with SipHash; Molt's is fixed. Nothing
/// observable depends on the exact value except set/dict iteration of str keys, which
/// Molt keeps in insertion order for dicts.
///
/// # Safety
/// `o` is a str.
pub unsafe fn hash(o: Obj) -> isize {
    let a = o as *mut PyASCIIObject;
    if (*a).hash != -1 {
        return (*a).hash;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for i in 0..char_len(o) {
        h ^= char_at(o, i) as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let mut r = h as isize;
    if r == -1 {
        r = -2;
    }
    (*a).hash = r;
    r
}

/// Python's `repr()` of a str: quotes chosen as CPython does, escapes for control and
/// non-printable characters.
pub fn repr_of(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character.
/// TODO(unicode): use the Unicode database's categories (Zs other than space, Cc, Cf,
/// Cs, Co, Cn, Zl, Zp are non-printable in CPython).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..0xa0).contains(&u)
        || u == 0xad
        || (0x2028..=0x2029).contains(&u)
        || (0x200b..=0x200f).contains(&u)
        || (0x202a..=0x202e).contains(&u)
        || (0x2060..=0x206f).contains(&u)
        || u == 0xfeff
        || (0xd800..0xe000).contains(&u)
        || (0xe000..0xf900).contains(&u)
        || u == 0x3000
        || u == 0x1680
        || (0x2000..=0x200a).contains(&u)
        || u == 0x205f
        || u == 0x00a0
        || u == 0x202f
        || (0xfff0..=0xfffb).contains(&u)
        // Noncharacters (category Cn).
        || (u & 0xfffe) == 0xfffe
        || (0xfdd0..=0xfdef).contains(&u)
        || u >= 0xf0000)
}

unsafe extern "C" fn str_dealloc(o: Obj) {
    let compact = (*(o as *mut PyASCIIObject)).state & STATE_COMPACT != 0;
    if !is_ascii(o) {
        let c = o as *mut PyCompactUnicodeObject;
        if !(*c).utf8.is_null() {
            mem_free((*c).utf8 as *mut u8);
        }
    }
    if !compact {
        mem_free((*(o as *mut PyUnicodeObject)).data);
    }
    free_object(o);
}

/// Fills an instance of a str subclass (allocated by the subclass) with a copy of the
/// str `value`, in the non-compact layout.
///
/// # Safety
/// `o` is a freshly allocated instance of a str subtype; `value` is a str.
pub unsafe fn init_subclass_instance(o: Obj, value: Obj) {
    let n = char_len(value);
    let k = kind(value) as usize;
    let a = o as *mut PyASCIIObject;
    (*a).length = n as isize;
    (*a).hash = -1;
    (*a).state = (k as u32) << 2 | if is_ascii(value) { STATE_ASCII } else { 0 };
    let buf = mem_alloc((n + 1) * k);
    std::ptr::copy_nonoverlapping(data(value), buf, n * k);
    std::ptr::write_bytes(buf.add(n * k), 0, k);
    (*(o as *mut PyUnicodeObject)).data = buf;
    if !is_ascii(value) {
        let s = as_str(value);
        let u = mem_alloc(s.len() + 1);
        std::ptr::copy_nonoverlapping(s.as_ptr(), u, s.len());
        *u.add(s.len()) = 0;
        let c = o as *mut PyCompactUnicodeObject;
        (*c).utf8 = u as *mut c_char;
        (*c).utf8_length = s.len() as isize;
    }
}

unsafe extern "C" fn str_repr_slot(o: Obj) -> Obj {
    from_str(&repr_of(as_str(o)))
}

unsafe extern "C" fn str_str_slot(o: Obj) -> Obj {
    if type_of(o) == &raw mut PyUnicode_Type {
        return new_ref(o);
    }
    from_str(as_str(o))
}

unsafe extern "C" fn str_hash_slot(o: Obj) -> isize {
    hash(o)
}

/// Code-point comparison of two strs.
///
/// # Safety
/// Both are strs.
pub unsafe fn compare(a: Obj, b: Obj) -> std::cmp::Ordering {
    if is_ascii(a) && is_ascii(b) {
        return as_str(a).as_bytes().cmp(as_str(b).as_bytes());
    }
    // UTF-8 byte order equals code point order.
    as_str(a).cmp(as_str(b))
}

/// Equality of two strs.
///
/// # Safety
/// Both are strs.
#[inline]
pub unsafe fn eq(a: Obj, b: Obj) -> bool {
    a == b || (char_len(a) == char_len(b) && as_str(a) == as_str(b))
}

unsafe extern "C" fn str_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if !is_str(b) {
        return new_ref(crate::objects::none::not_implemented());
    }
    let ord = compare(a, b);
    crate::objects::bool::from_bool(crate::abstract_::ordering_matches(ord, op)).into_raw()
}

unsafe extern "C" fn str_iter(o: Obj) -> Obj {
    crate::objects::iter::seq_iter_new(o)
}

unsafe extern "C" fn str_len_slot(o: Obj) -> isize {
    char_len(o) as isize
}

unsafe extern "C" fn str_concat(a: Obj, b: Obj) -> Obj {
    if !is_str(b) {
        crate::errors::type_error(&format!(
            "can only concatenate str (not \"{}\") to str",
            obj_type_name(b)
        ));
        return null_mut();
    }
    let mut s = String::with_capacity(as_str(a).len() + as_str(b).len());
    s.push_str(as_str(a));
    s.push_str(as_str(b));
    from_str(&s)
}

unsafe extern "C" fn str_repeat(a: Obj, n: isize) -> Obj {
    if n <= 0 {
        return from_str("");
    }
    from_str(&as_str(a).repeat(n as usize))
}

unsafe extern "C" fn str_item_slot(o: Obj, i: isize) -> Obj {
    if i < 0 || i as usize >= char_len(o) {
        crate::errors::raise(
            crate::objects::exceptions::index_error(),
            "string index out of range",
        );
        return null_mut();
    }
    from_char(char_at(o, i as usize))
}

unsafe extern "C" fn str_contains_slot(o: Obj, v: Obj) -> i32 {
    if !is_str(v) {
        crate::errors::type_error(&format!(
            "'in <string>' requires string as left operand, not {}",
            obj_type_name(v)
        ));
        return -1;
    }
    as_str(o).contains(as_str(v)) as i32
}

unsafe extern "C" fn str_subscript(o: Obj, key: Obj) -> Obj {
    into_raw(subscript(o, key))
}

unsafe fn subscript(o: Obj, key: Obj) -> PyResult<Ref> {
    let n = char_len(o);
    if crate::objects::slice::is_slice(key) {
        let (start, _stop, step, count) = crate::objects::slice::indices(key, n)?;
        if step == 1 && is_ascii(o) {
            let s = as_str(o);
            return Ok(Ref::steal(from_str(
                &s[start as usize..start as usize + count],
            )));
        }
        let mut out = String::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(char::from_u32(char_at(o, i as usize)).unwrap_or('\u{FFFD}'));
            i += step;
        }
        return Ok(from_string(out));
    }
    let i = crate::abstract_::index_for_sequence(key, "string")?;
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j as usize >= n {
        return Err(crate::errors::raise(
            crate::objects::exceptions::index_error(),
            "string index out of range",
        ));
    }
    Ok(Ref::steal(from_char(char_at(o, j as usize))))
}

unsafe extern "C" fn str_mod(a: Obj, b: Obj) -> Obj {
    if !is_str(a) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw(crate::format::percent_format(a, b))
}

unsafe extern "C" fn str_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let [o, encoding, errors] = crate::args::parse_tuple::<0, 3>(
            "str",
            args,
            kwargs,
            &["object", "encoding", "errors"],
        )?;
        let s = if o.is_null() {
            Ref::steal(from_str(""))
        } else if !encoding.is_null() || !errors.is_null() {
            crate::objects::bytes::check_codec_args("str", encoding, errors)?;
            crate::objects::bytes::decode(o, encoding, errors)?
        } else {
            crate::abstract_::str(o)?
        };
        if tp == &raw mut PyUnicode_Type {
            return Ok(s);
        }
        crate::classes::subtype_from_builtin(tp, s)
    })())
}
