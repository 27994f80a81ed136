//! `_io.BytesIO`: an in-memory binary file (a byte buffer and a position).
//!
//! TODO(io): `getbuffer()` (a memoryview export).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{bytes, int, list, none};
use crate::typeobject::*;

#[repr(C)]
pub struct BytesIOObject {
    pub ob_base: PyObject,
    /// Owned Rust state.
    pub state: *mut BytesIOState,
}

pub struct BytesIOState {
    pub buf: Vec<u8>,
    pub pos: usize,
    pub closed: bool,
}

pub static mut BytesIO_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(bio_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(bio_iter),
    tp_iternext: Some(bio_iternext),
    tp_methods: &raw mut BIO_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut BIO_GETSET as *mut PyGetSetDef,
    tp_new: Some(bio_new),
    tp_base: &raw mut crate::objects::iobase::BufferedIOBase_Type,
    ..PyTypeObject::new_static(c"_io.BytesIO", std::mem::size_of::<BytesIOObject>(), 0)
};

static mut BIO_METHODS: [PyMethodDef; 19] = [
    crate::method_def!("getvalue", bio_getvalue),
    crate::method_def!("read1", bio_read),
    crate::method_def!("read", bio_read),
    crate::method_def!("readline", bio_readline),
    crate::method_def!("readlines", bio_readlines),
    crate::method_def!("write", bio_write),
    crate::method_def!("writelines", bio_writelines),
    crate::method_def!("seek", bio_seek),
    crate::method_def!("tell", bio_tell),
    crate::method_def!("truncate", bio_truncate),
    crate::method_def!("flush", bio_flush),
    crate::method_def!("close", bio_close),
    crate::method_def!("readable", bio_true),
    crate::method_def!("writable", bio_true),
    crate::method_def!("seekable", bio_true),
    crate::method_def!("isatty", bio_isatty),
    crate::method_def!("__enter__", bio_enter),
    crate::method_def!("__exit__", bio_exit),
    METHOD_SENTINEL,
];

static mut BIO_GETSET: [PyGetSetDef; 2] = [
    getset_def(c"closed", Some(bio_get_closed), None),
    getset_def_end(),
];

unsafe fn st<'a>(o: Obj) -> &'a mut BytesIOState {
    &mut *(*(o as *mut BytesIOObject)).state
}

unsafe extern "C" fn bio_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [initial] = crate::builtins::modules::unpack_tuple_kw(
            "BytesIO",
            args,
            kwargs,
            &["initial_bytes"],
            0,
            0,
        )?;
        let mut buf = Vec::new();
        if !initial.is_null() && initial != none::none() {
            match bytes::bytes_like(initial) {
                Some(b) => buf = b.to_vec(),
                None => {
                    return Err(crate::errors::type_error(&format!(
                        "a bytes-like object is required, not '{}'",
                        obj_type_name(initial)
                    )))
                }
            }
        }
        let alloc = (*tp).tp_alloc.unwrap_or(generic_alloc);
        let o = alloc(tp, 0);
        (*(o as *mut BytesIOObject)).state = Box::into_raw(Box::new(BytesIOState {
            buf,
            pos: 0,
            closed: false,
        }));
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn bio_dealloc(o: Obj) {
    let p = (*(o as *mut BytesIOObject)).state;
    if !p.is_null() {
        drop(Box::from_raw(p));
    }
    free_object(o);
}

macro_rules! bio_method {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: [Obj; $max] =
                    crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                if st(o).closed {
                    return Err(crate::errors::value_error("I/O operation on closed file."));
                }
                #[allow(unused_variables)]
                let $o = st(o);
                $body
            })())
        }
    };
}

fn string(cs: &[u8]) -> Ref {
    // SAFETY: the runtime is initialised whenever a method runs.
    unsafe { Ref::steal(bytes::from_bytes(cs)) }
}

bio_method!(bio_getvalue, "getvalue", 0, 0, [], |s, a| Ok(string(
    &s.buf
)));

bio_method!(bio_read, "read", 0, 1, ["size"], |s, a| {
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
fn next_line(s: &mut BytesIOState, limit: Option<usize>) -> Vec<u8> {
    let start = s.pos.min(s.buf.len());
    let mut end = start;
    while end < s.buf.len() {
        if limit.is_some_and(|l| end - start >= l) {
            break;
        }
        end += 1;
        if s.buf[end - 1] == b'\n' {
            break;
        }
    }
    s.pos = end.max(s.pos);
    s.buf[start..end].to_vec()
}

bio_method!(bio_readline, "readline", 0, 1, ["size"], |s, a| {
    let n = crate::objects::fileio::size_arg(a[0])?;
    Ok(string(&next_line(s, n)))
});

bio_method!(bio_readlines, "readlines", 0, 1, ["hint"], |s, a| {
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

unsafe fn write_text(s: &mut BytesIOState, data: Obj) -> PyResult<usize> {
    let Some(cs) = bytes::bytes_like(data) else {
        return Err(crate::errors::type_error(&format!(
            "a bytes-like object is required, not '{}'",
            obj_type_name(data)
        )));
    };
    let n = cs.len();
    if s.pos > s.buf.len() {
        s.buf.resize(s.pos, 0);
    }
    let end = s.pos + n;
    if end > s.buf.len() {
        s.buf.resize(end, 0);
    }
    s.buf[s.pos..end].copy_from_slice(cs);
    s.pos = end;
    Ok(n)
}

bio_method!(bio_write, "write", 1, 1, ["s"], |s, a| {
    let n = write_text(s, a[0])?;
    Ok(Ref::steal(int::from_i64(n as i64)))
});

bio_method!(bio_writelines, "writelines", 1, 1, ["lines"], |s, a| {
    for l in crate::abstract_::collect(a[0])? {
        write_text(s, l.as_ptr())?;
    }
    Ok(none::none_ref())
});

bio_method!(bio_seek, "seek", 1, 2, ["pos", "whence"], |s, a| {
    let (off, whence) = crate::objects::fileio::seek_args(a[0], a[1])?;
    let base = match whence {
        0 => 0,
        1 => s.pos as i64,
        _ => s.buf.len() as i64,
    };
    if whence == 0 && off < 0 {
        return Err(crate::errors::value_error(&format!(
            "negative seek value {}",
            off
        )));
    }
    s.pos = (base + off).max(0) as usize;
    Ok(Ref::steal(int::from_i64(s.pos as i64)))
});

bio_method!(bio_tell, "tell", 0, 0, [], |s, a| Ok(Ref::steal(
    int::from_i64(s.pos as i64)
)));

bio_method!(bio_truncate, "truncate", 0, 1, ["pos"], |s, a| {
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

bio_method!(bio_flush, "flush", 0, 0, [], |s, a| Ok(none::none_ref()));
bio_method!(bio_true, "readable", 0, 0, [], |s, a| Ok(
    crate::objects::bool::from_bool(true)
));
bio_method!(bio_isatty, "isatty", 0, 0, [], |s, a| Ok(
    crate::objects::bool::from_bool(false)
));
unsafe extern "C" fn bio_enter(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    if st(o).closed {
        return into_raw(Err(crate::errors::value_error(
            "I/O operation on closed file.",
        )));
    }
    new_ref(o)
}

unsafe extern "C" fn bio_close(o: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    let s = st(o);
    s.closed = true;
    s.buf = Vec::new();
    none::none_ref().into_raw()
}

unsafe extern "C" fn bio_exit(o: Obj, a: *const Obj, n: isize, k: Obj) -> Obj {
    let _ = (a, n, k);
    bio_close(o, std::ptr::null(), 0, std::ptr::null_mut())
}

unsafe extern "C" fn bio_get_closed(o: Obj, _c: *mut std::ffi::c_void) -> Obj {
    crate::objects::bool::from_bool(st(o).closed).into_raw()
}

unsafe extern "C" fn bio_iter(o: Obj) -> Obj {
    if st(o).closed {
        return into_raw(Err(crate::errors::value_error(
            "I/O operation on closed file.",
        )));
    }
    new_ref(o)
}

unsafe extern "C" fn bio_iternext(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let s = st(o);
        if s.closed {
            return Err(crate::errors::value_error("I/O operation on closed file."));
        }
        let l = next_line(s, None);
        if l.is_empty() {
            return Err(Raised);
        }
        Ok(string(&l))
    })())
}
