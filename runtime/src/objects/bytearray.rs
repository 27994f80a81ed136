//! `bytearray`: CPython 3.12's `PyByteArrayObject` layout (`ob_alloc`, `ob_bytes`,
//! `ob_start`, `ob_exports`), a mutable byte buffer. Molt keeps `ob_start == ob_bytes`
//! and a NUL after the last byte, as CPython does. The methods it shares with `bytes`
//! live in `bytes_methods.rs`; the mutating ones are here.

use crate::errors::{into_raw, into_status, PyResult, Raised};
use crate::object::*;
use crate::objects::bytes::bytes_like;
use crate::objects::{exceptions, int, slice};
use crate::typeobject::*;
use std::ffi::c_char;
use std::ptr::null_mut;

/// CPython 3.12's `PyByteArrayObject`.
#[repr(C)]
pub struct PyByteArrayObject {
    pub ob_base: PyVarObject,
    pub ob_alloc: isize,
    pub ob_bytes: *mut c_char,
    pub ob_start: *mut c_char,
    pub ob_exports: isize,
}

#[no_mangle]
pub static mut PyByteArray_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(bytearray_dealloc),
    tp_repr: Some(bytearray_repr),
    tp_str: Some(bytearray_repr),
    tp_hash: Some(crate::objects::object::unhashable),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(bytearray_richcompare),
    tp_iter: Some(bytearray_iter),
    tp_as_sequence: &raw mut BYTEARRAY_AS_SEQUENCE,
    tp_as_mapping: &raw mut BYTEARRAY_AS_MAPPING,
    tp_as_number: &raw mut BYTEARRAY_AS_NUMBER,
    tp_new: Some(bytearray_new),
    tp_init: Some(bytearray_init),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_SEQUENCE,
    ..PyTypeObject::new_static(c"bytearray", std::mem::size_of::<PyByteArrayObject>(), 0)
};

/// `bytearray_iterator`: walks the live buffer by index.
pub static mut ByteArrayIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"bytearray_iterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};

static mut BYTEARRAY_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(bytearray_len_slot),
    sq_concat: Some(bytearray_concat),
    sq_repeat: Some(bytearray_repeat),
    sq_item: Some(bytearray_item_slot),
    sq_ass_item: Some(bytearray_ass_item_slot),
    sq_contains: Some(bytearray_contains),
    sq_inplace_concat: Some(bytearray_inplace_concat),
    sq_inplace_repeat: Some(bytearray_inplace_repeat),
    ..PySequenceMethods::EMPTY
};

static mut BYTEARRAY_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(bytearray_len_slot),
    mp_subscript: Some(bytearray_subscript),
    mp_ass_subscript: Some(bytearray_ass_subscript),
};

static mut BYTEARRAY_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_remainder: Some(bytearray_mod),
    ..PyNumberMethods::EMPTY
};

/// The rows only `bytearray` has (appended to the shared bytes methods at start-up).
pub fn own_methods() -> Vec<PyMethodDef> {
    vec![
        crate::method_def!("append", ba_append, METH_O),
        crate::method_def!("extend", ba_extend, METH_O),
        crate::method_def!("pop", ba_pop, METH_FASTCALL),
        crate::method_def!("insert", ba_insert, METH_FASTCALL),
        crate::method_def!("remove", ba_remove, METH_O),
        crate::method_def!("reverse", ba_reverse, METH_NOARGS),
        crate::method_def!("clear", ba_clear, METH_NOARGS),
        crate::method_def!("copy", ba_copy, METH_NOARGS),
    ]
}

/// Copies the iterator slots from the Rust iterator machinery.
///
/// # Safety
/// Start-up only.
pub unsafe fn init() {
    let t = &raw mut ByteArrayIter_Type;
    let base = &raw mut crate::objects::iter::ListIter_Type;
    (*t).tp_dealloc = (*base).tp_dealloc;
    (*t).tp_iter = (*base).tp_iter;
    (*t).tp_iternext = (*base).tp_iternext;
    (*t).tp_getattro = (*base).tp_getattro;
}

/// Whether `o` is a bytearray or a subclass.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_bytearray(o: Obj) -> bool {
    let t = type_of(o);
    t == &raw mut PyByteArray_Type || is_subtype(t, &raw mut PyByteArray_Type)
}

/// Number of bytes.
///
/// # Safety
/// `o` is a bytearray.
#[inline]
pub unsafe fn len(o: Obj) -> usize {
    (*(o as *mut PyVarObject)).ob_size as usize
}

/// The contents (borrowed; invalidated by any resize).
///
/// # Safety
/// `o` is a bytearray that is not resized while the slice is used.
#[inline]
pub unsafe fn as_slice<'a>(o: Obj) -> &'a [u8] {
    let n = len(o);
    if n == 0 {
        return &[];
    }
    std::slice::from_raw_parts((*(o as *mut PyByteArrayObject)).ob_start as *const u8, n)
}

/// Replaces the contents with `b` (growing the buffer as needed, NUL-terminated).
///
/// # Safety
/// `o` is a bytearray; `b` must not point into its own buffer.
pub unsafe fn set_contents(o: Obj, b: &[u8]) {
    let ba = o as *mut PyByteArrayObject;
    let need = b.len() + 1;
    if (*ba).ob_alloc < need as isize {
        let cap = need.max((*ba).ob_alloc as usize + ((*ba).ob_alloc as usize >> 3) + 6);
        (*ba).ob_bytes = mem_realloc((*ba).ob_bytes as *mut u8, cap) as *mut c_char;
        (*ba).ob_alloc = cap as isize;
    }
    (*ba).ob_start = (*ba).ob_bytes;
    let p = (*ba).ob_bytes as *mut u8;
    std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len());
    *p.add(b.len()) = 0;
    (*ba).ob_base.ob_size = b.len() as isize;
}

/// A new bytearray holding a copy of `b`. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn from_bytes(b: &[u8]) -> Obj {
    let o = alloc_object(
        &raw mut PyByteArray_Type,
        std::mem::size_of::<PyByteArrayObject>(),
    );
    set_contents(o, b);
    o
}

unsafe fn check_exports(o: Obj) -> PyResult<()> {
    if (*(o as *mut PyByteArrayObject)).ob_exports > 0 {
        return Err(crate::errors::raise(
            exceptions::buffer_error(),
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// Replaces the contents, refusing to resize while a buffer is exported.
unsafe fn resize_to(o: Obj, v: &[u8]) -> PyResult<()> {
    if v.len() != len(o) {
        check_exports(o)?;
    }
    set_contents(o, v);
    Ok(())
}

/// A byte value argument: an index-like int in range(256), with CPython's errors.
unsafe fn byte_value(v: Obj) -> PyResult<u8> {
    let i = crate::abstract_::as_ssize_clamped(v)?;
    if !(0..256).contains(&i) {
        return Err(crate::errors::value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// The bytes of an iterable of ints (`bytearray([1, 2])`, `ba.extend(range(3))`).
unsafe fn bytes_from_iterable(it: Obj) -> PyResult<Vec<u8>> {
    let iter = crate::abstract_::get_iter(it)?;
    let mut out = Vec::new();
    while let Some(x) = crate::abstract_::iter_next(iter.as_ptr())? {
        out.push(byte_value(x.as_ptr())?);
    }
    Ok(out)
}

unsafe extern "C" fn bytearray_dealloc(o: Obj) {
    let ba = o as *mut PyByteArrayObject;
    if !(*ba).ob_bytes.is_null() {
        mem_free((*ba).ob_bytes as *mut u8);
    }
    free_object(o);
}

unsafe extern "C" fn bytearray_repr(o: Obj) -> Obj {
    let name = type_name(type_of(o));
    let inner = crate::objects::bytes::repr_of(as_slice(o), "b");
    crate::objects::str::from_str(&format!("{}({})", name, inner))
}

unsafe extern "C" fn bytearray_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return new_ref(crate::objects::none::not_implemented());
    };
    crate::objects::bool::from_bool(crate::abstract_::ordering_matches(x.cmp(y), op)).into_raw()
}

struct IterState {
    ba: Option<Ref>,
    index: usize,
}

impl crate::objects::iter::IterState for IterState {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        let Some(b) = &self.ba else { return Ok(None) };
        let s = as_slice(b.as_ptr());
        if self.index < s.len() {
            let v = s[self.index];
            self.index += 1;
            return Ok(Some(Ref::steal(int::from_i64(v as i64))));
        }
        self.ba = None;
        Ok(None)
    }
}

unsafe extern "C" fn bytearray_iter(o: Obj) -> Obj {
    crate::objects::iter::new_rust_iter(
        &raw mut ByteArrayIter_Type,
        Box::new(IterState {
            ba: Some(Ref::borrowed(o)),
            index: 0,
        }),
    )
}

unsafe extern "C" fn bytearray_len_slot(o: Obj) -> isize {
    len(o) as isize
}

unsafe extern "C" fn bytearray_concat(a: Obj, b: Obj) -> Obj {
    match bytes_like(b) {
        Some(bb) => {
            let mut v = as_slice(a).to_vec();
            v.extend_from_slice(bb);
            from_bytes(&v)
        }
        None => {
            crate::errors::type_error(&format!(
                "can't concat {} to {}",
                obj_type_name(b),
                obj_type_name(a)
            ));
            null_mut()
        }
    }
}

unsafe extern "C" fn bytearray_repeat(a: Obj, n: isize) -> Obj {
    from_bytes(&as_slice(a).repeat(n.max(0) as usize))
}

unsafe extern "C" fn bytearray_inplace_concat(a: Obj, b: Obj) -> Obj {
    let Some(bb) = bytes_like(b) else {
        crate::errors::type_error(&format!(
            "can't concat {} to {}",
            obj_type_name(b),
            obj_type_name(a)
        ));
        return null_mut();
    };
    let mut v = as_slice(a).to_vec();
    v.extend_from_slice(bb);
    match resize_to(a, &v) {
        Ok(()) => new_ref(a),
        Err(_) => null_mut(),
    }
}

unsafe extern "C" fn bytearray_inplace_repeat(a: Obj, n: isize) -> Obj {
    let v = as_slice(a).repeat(n.max(0) as usize);
    match resize_to(a, &v) {
        Ok(()) => new_ref(a),
        Err(_) => null_mut(),
    }
}

unsafe extern "C" fn bytearray_item_slot(o: Obj, i: isize) -> Obj {
    if i < 0 || i as usize >= len(o) {
        crate::errors::raise(exceptions::index_error(), "bytearray index out of range");
        return null_mut();
    }
    int::from_i64(as_slice(o)[i as usize] as i64)
}

unsafe extern "C" fn bytearray_ass_item_slot(o: Obj, i: isize, v: Obj) -> i32 {
    let k = Ref::steal(int::from_i64(i as i64));
    bytearray_ass_subscript(o, k.as_ptr(), v)
}

unsafe extern "C" fn bytearray_contains(o: Obj, v: Obj) -> i32 {
    let hay = as_slice(o);
    if let Some(n) = bytes_like(v) {
        return (n.is_empty() || (n.len() <= hay.len() && hay.windows(n.len()).any(|w| w == n)))
            as i32;
    }
    match byte_value(v) {
        Ok(x) => as_slice(o).contains(&x) as i32,
        Err(_) => {
            if crate::errors::matches(exceptions::type_error()) {
                crate::errors::clear();
                crate::errors::type_error(&format!(
                    "a bytes-like object is required, not '{}'",
                    obj_type_name(v)
                ));
            }
            -1
        }
    }
}

unsafe extern "C" fn bytearray_subscript(o: Obj, key: Obj) -> Obj {
    into_raw((|| {
        let b = as_slice(o);
        if slice::is_slice(key) {
            let (start, _stop, step, n) = slice::indices(key, b.len())?;
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                out.push(b[i as usize]);
                i += step;
            }
            return Ok(Ref::steal(from_bytes(&out)));
        }
        let i = crate::abstract_::index_for_sequence(key, "bytearray")?;
        let j = if i < 0 { i + b.len() as isize } else { i };
        if j < 0 || j as usize >= b.len() {
            return Err(crate::errors::raise(
                exceptions::index_error(),
                "bytearray index out of range",
            ));
        }
        Ok(Ref::steal(int::from_i64(b[j as usize] as i64)))
    })())
}

unsafe extern "C" fn bytearray_ass_subscript(o: Obj, key: Obj, v: Obj) -> i32 {
    into_status(ass_subscript(o, key, v))
}

unsafe fn ass_subscript(o: Obj, key: Obj, v: Obj) -> PyResult<()> {
    let cur = as_slice(o).to_vec();
    let n = cur.len();
    if slice::is_slice(key) {
        let (start, stop, step, count) = slice::indices(key, n)?;
        let mut selected = vec![false; n];
        let mut i = start;
        for _ in 0..count {
            selected[i as usize] = true;
            i += step;
        }
        if v.is_null() {
            let keep: Vec<u8> = cur
                .iter()
                .enumerate()
                .filter(|(k, _)| !selected[*k])
                .map(|(_, &c)| c)
                .collect();
            return resize_to(o, &keep);
        }
        let new: Vec<u8> = if let Some(b) = bytes_like(v) {
            b.to_vec()
        } else if int::is_int(v) || crate::objects::str::is_str(v) {
            return Err(crate::errors::type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            match bytes_from_iterable(v) {
                Ok(b) => b,
                Err(e) => {
                    if crate::errors::matches(exceptions::type_error())
                        && crate::abstract_::get_iter(v).is_err()
                    {
                        crate::errors::clear();
                        return Err(crate::errors::type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    return Err(e);
                }
            }
        };
        if step == 1 {
            let stop = (stop.max(start) as usize).min(n);
            let start = start as usize;
            let mut out = Vec::with_capacity(n + new.len());
            out.extend_from_slice(&cur[..start]);
            out.extend_from_slice(&new);
            out.extend_from_slice(&cur[stop..]);
            return resize_to(o, &out);
        }
        if new.len() != count {
            return Err(crate::errors::value_error(&format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                count
            )));
        }
        let mut out = cur;
        let mut i = start;
        for c in new {
            out[i as usize] = c;
            i += step;
        }
        set_contents(o, &out);
        return Ok(());
    }
    let i = crate::abstract_::index_for_sequence(key, "bytearray")?;
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j as usize >= n {
        return Err(crate::errors::raise(
            exceptions::index_error(),
            "bytearray index out of range",
        ));
    }
    let mut out = cur;
    if v.is_null() {
        out.remove(j as usize);
        return resize_to(o, &out);
    }
    out[j as usize] = byte_value(v)?;
    set_contents(o, &out);
    Ok(())
}

unsafe extern "C" fn bytearray_mod(a: Obj, b: Obj) -> Obj {
    if !is_bytearray(a) {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let as_bytes = Ref::steal(crate::objects::bytes::from_bytes(as_slice(a)));
        let r = crate::format::percent_format_bytes(as_bytes.as_ptr(), b)?;
        Ok(Ref::steal(from_bytes(crate::objects::bytes::as_bytes(
            r.as_ptr(),
        ))))
    })())
}

unsafe extern "C" fn bytearray_new(tp: *mut PyTypeObject, _args: Obj, _kw: Obj) -> Obj {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    set_contents(o, &[]);
    o
}

unsafe extern "C" fn bytearray_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    into_status((|| {
        let [src, encoding, errors] = crate::args::parse_tuple::<0, 3>(
            "bytearray",
            args,
            kwargs,
            &["source", "encoding", "errors"],
        )?;
        let contents: Vec<u8> = if src.is_null() {
            if !encoding.is_null() || !errors.is_null() {
                let what = if encoding.is_null() {
                    "errors"
                } else {
                    "encoding"
                };
                return Err(crate::errors::type_error(&format!(
                    "{} without a string argument",
                    what
                )));
            }
            Vec::new()
        } else if crate::objects::str::is_str(src) {
            if encoding.is_null() {
                return Err(crate::errors::type_error(
                    "string argument without an encoding",
                ));
            }
            crate::objects::bytes::check_codec_args("bytearray", encoding, errors)?;
            let b = crate::objects::bytes::encode(src, encoding, errors)?;
            crate::objects::bytes::as_bytes(b.as_ptr()).to_vec()
        } else if !encoding.is_null() || !errors.is_null() {
            let what = if encoding.is_null() {
                "errors"
            } else {
                "encoding"
            };
            return Err(crate::errors::type_error(&format!(
                "{} without a string argument",
                what
            )));
        } else if let Some(b) = bytes_like(src) {
            b.to_vec()
        } else if let Some(b) = crate::objects::memoryview::buffer_contents(src) {
            b?
        } else if int::is_int(src) || {
            let nb = (*type_of(src)).tp_as_number;
            !nb.is_null() && (*nb).nb_index.is_some()
        } {
            let n = crate::abstract_::as_ssize(src)?;
            if n < 0 {
                return Err(crate::errors::value_error("negative count"));
            }
            vec![0u8; n as usize]
        } else {
            if crate::abstract_::get_iter(src).is_err() {
                crate::errors::clear();
                return Err(crate::errors::type_error(&format!(
                    "cannot convert '{}' object to bytearray",
                    obj_type_name(src)
                )));
            }
            bytes_from_iterable(src)?
        };
        resize_to(o, &contents)
    })())
}

unsafe extern "C" fn ba_append(o: Obj, v: Obj) -> Obj {
    into_raw((|| {
        let c = byte_value(v)?;
        let mut out = as_slice(o).to_vec();
        out.push(c);
        resize_to(o, &out)?;
        Ok(crate::objects::none::none_ref())
    })())
}

unsafe extern "C" fn ba_extend(o: Obj, v: Obj) -> Obj {
    into_raw((|| {
        let add: Vec<u8> = if let Some(b) = bytes_like(v) {
            b.to_vec()
        } else {
            if crate::abstract_::get_iter(v).is_err() {
                crate::errors::clear();
                return Err(crate::errors::type_error(&format!(
                    "can't extend bytearray with {}",
                    obj_type_name(v)
                )));
            }
            bytes_from_iterable(v)?
        };
        let mut out = as_slice(o).to_vec();
        out.extend_from_slice(&add);
        resize_to(o, &out)?;
        Ok(crate::objects::none::none_ref())
    })())
}

unsafe extern "C" fn ba_pop(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [idx] = crate::args::positional::<0, 1>("pop", args, nargs)?;
        let n = len(o) as isize;
        if n == 0 {
            return Err(crate::errors::raise(
                exceptions::index_error(),
                "pop from empty bytearray",
            ));
        }
        let i = if idx.is_null() {
            -1
        } else {
            crate::abstract_::as_ssize(idx)?
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(crate::errors::raise(
                exceptions::index_error(),
                "pop index out of range",
            ));
        }
        let mut out = as_slice(o).to_vec();
        let v = out.remove(j as usize);
        resize_to(o, &out)?;
        Ok(Ref::steal(int::from_i64(v as i64)))
    })())
}

unsafe extern "C" fn ba_insert(o: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [idx, v] = crate::args::positional::<2, 2>("insert", args, nargs)?;
        let i = crate::abstract_::as_ssize(idx)?;
        let c = byte_value(v)?;
        let mut out = as_slice(o).to_vec();
        let n = out.len() as isize;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        out.insert(j as usize, c);
        resize_to(o, &out)?;
        Ok(crate::objects::none::none_ref())
    })())
}

unsafe extern "C" fn ba_remove(o: Obj, v: Obj) -> Obj {
    into_raw((|| {
        let c = byte_value(v)?;
        let mut out = as_slice(o).to_vec();
        match out.iter().position(|&x| x == c) {
            Some(i) => {
                out.remove(i);
                resize_to(o, &out)?;
                Ok(crate::objects::none::none_ref())
            }
            None => Err(crate::errors::value_error("value not found in bytearray")),
        }
    })())
}

unsafe extern "C" fn ba_reverse(o: Obj, _unused: Obj) -> Obj {
    let mut out = as_slice(o).to_vec();
    out.reverse();
    set_contents(o, &out);
    crate::objects::none::none()
}

unsafe extern "C" fn ba_clear(o: Obj, _unused: Obj) -> Obj {
    match resize_to(o, &[]) {
        Ok(()) => crate::objects::none::none(),
        Err(Raised) => null_mut(),
    }
}

unsafe extern "C" fn ba_copy(o: Obj, _unused: Obj) -> Obj {
    from_bytes(as_slice(o))
}
