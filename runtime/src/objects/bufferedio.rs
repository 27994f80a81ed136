//! The binary files of `open(..., 'rb'/'wb'/'ab'/'r+b'...)`: `_io.BufferedReader`,
//! `_io.BufferedWriter` and `_io.BufferedRandom` (read and write). The three types
//! share one implementation over `fileio.rs`; which one a file gets depends on its mode,
//! as in CPython.

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::fileio::{self, core, FileObject};
use crate::objects::{bytes, int, list, none, str as pystr};
use crate::typeobject::*;

macro_rules! buffered_type {
    ($name:ident, $cname:literal) => {
        pub static mut $name: PyTypeObject = PyTypeObject {
            tp_dealloc: Some(fileio::file_dealloc),
            tp_repr: Some(buffered_repr),
            tp_getattro: Some(generic_getattro_slot),
            tp_iter: Some(buffered_iter),
            tp_iternext: Some(buffered_iternext),
            tp_methods: &raw mut BUFFERED_METHODS as *mut PyMethodDef,
            tp_getset: &raw mut BUFFERED_GETSET as *mut PyGetSetDef,
            tp_base: &raw mut crate::objects::iobase::BufferedIOBase_Type,
            ..PyTypeObject::new_static($cname, std::mem::size_of::<FileObject>(), 0)
        };
    };
}

buffered_type!(BufferedReader_Type, c"_io.BufferedReader");
buffered_type!(BufferedWriter_Type, c"_io.BufferedWriter");
buffered_type!(BufferedRandom_Type, c"_io.BufferedRandom");

static mut BUFFERED_METHODS: [PyMethodDef; 19] = [
    crate::method_def!("read", buffered_read),
    crate::method_def!("read1", buffered_read),
    crate::method_def!("readline", buffered_readline),
    crate::method_def!("readlines", buffered_readlines),
    crate::method_def!("write", buffered_write),
    crate::method_def!("writelines", buffered_writelines),
    crate::method_def!("seek", buffered_seek),
    crate::method_def!("tell", buffered_tell),
    crate::method_def!("truncate", buffered_truncate),
    crate::method_def!("flush", buffered_flush),
    crate::method_def!("close", buffered_close),
    crate::method_def!("fileno", buffered_fileno),
    crate::method_def!("isatty", buffered_isatty),
    crate::method_def!("readable", buffered_readable),
    crate::method_def!("writable", buffered_writable),
    crate::method_def!("seekable", buffered_seekable),
    crate::method_def!("__enter__", buffered_enter),
    crate::method_def!("__exit__", buffered_exit),
    METHOD_SENTINEL,
];

static mut BUFFERED_GETSET: [PyGetSetDef; 4] = [
    getset_def(c"closed", Some(get_closed), None),
    getset_def(c"name", Some(get_name), None),
    getset_def(c"mode", Some(get_mode), None),
    getset_def_end(),
];

/// The binary file type for a mode: reader, writer, or random access.
pub fn type_for(readable: bool, writable: bool) -> *mut PyTypeObject {
    match (readable, writable) {
        (true, true) => &raw mut BufferedRandom_Type,
        (true, false) => &raw mut BufferedReader_Type,
        _ => &raw mut BufferedWriter_Type,
    }
}

macro_rules! buffered_method {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: [Obj; $max] =
                    crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                let $o = o;
                $body
            })())
        }
    };
}

/// CPython's closed-file messages differ per method (`read of closed file`,
/// `I/O operation on closed file.`).
unsafe fn check_open(o: Obj, msg: &str) -> PyResult<()> {
    if core(o).closed {
        return Err(crate::errors::value_error(msg));
    }
    Ok(())
}

unsafe fn check_readable(o: Obj) -> PyResult<()> {
    if !core(o).readable {
        return Err(fileio::unsupported("read"));
    }
    Ok(())
}

unsafe fn check_writable(o: Obj) -> PyResult<()> {
    if !core(o).writable {
        return Err(fileio::unsupported("write"));
    }
    Ok(())
}

fn io<T>(r: std::io::Result<T>) -> PyResult<T> {
    // SAFETY: called only from methods, with the runtime initialised.
    r.map_err(|e| unsafe { fileio::io_error(&e) })
}

buffered_method!(buffered_read, "read", 0, 1, ["size"], |o, a| {
    check_readable(o)?;
    check_open(o, "read of closed file")?;
    let n = fileio::size_arg(a[0])?;
    let b = io(core(o).read_bytes(n))?;
    Ok(Ref::steal(bytes::from_bytes(&b)))
});

buffered_method!(buffered_readline, "readline", 0, 1, ["size"], |o, a| {
    check_readable(o)?;
    check_open(o, "readline of closed file")?;
    let n = fileio::size_arg(a[0])?;
    let b = io(core(o).read_line_bytes(n))?;
    Ok(Ref::steal(bytes::from_bytes(&b)))
});

buffered_method!(buffered_readlines, "readlines", 0, 1, ["hint"], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    check_readable(o)?;
    let hint = fileio::size_arg(a[0])?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let b = io(core(o).read_line_bytes(None))?;
        if b.is_empty() {
            break;
        }
        total += b.len();
        lines.push(Ref::steal(bytes::from_bytes(&b)));
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(Ref::steal(list::from_refs(lines)))
});

unsafe fn write_one(o: Obj, b: Obj) -> PyResult<usize> {
    let Some(data) = bytes::bytes_like(b) else {
        return Err(crate::errors::type_error(&format!(
            "a bytes-like object is required, not '{}'",
            obj_type_name(b)
        )));
    };
    let n = data.len();
    let data = data.to_vec();
    io(core(o).write_bytes(&data))?;
    Ok(n)
}

buffered_method!(buffered_write, "write", 1, 1, ["buffer"], |o, a| {
    check_writable(o)?;
    check_open(o, "write to closed file")?;
    let n = write_one(o, a[0])?;
    Ok(Ref::steal(int::from_i64(n as i64)))
});

buffered_method!(
    buffered_writelines,
    "writelines",
    1,
    1,
    ["lines"],
    |o, a| {
        check_open(o, "I/O operation on closed file.")?;
        check_writable(o)?;
        for l in crate::abstract_::collect(a[0])? {
            write_one(o, l.as_ptr())?;
        }
        Ok(none::none_ref())
    }
);

buffered_method!(buffered_seek, "seek", 1, 2, ["target", "whence"], |o, a| {
    let (off, whence) = fileio::seek_args(a[0], a[1])?;
    check_open(o, "seek of closed file")?;
    if whence == 0 && off < 0 {
        return Err(crate::errors::value_error(&format!(
            "negative seek position {}",
            off
        )));
    }
    let p = io(core(o).seek(off, whence))?;
    Ok(Ref::steal(int::from_i64(p as i64)))
});

buffered_method!(buffered_tell, "tell", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file")?;
    let p = io(core(o).tell())?;
    Ok(Ref::steal(int::from_i64(p as i64)))
});

buffered_method!(buffered_truncate, "truncate", 0, 1, ["pos"], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    check_writable(o)?;
    let c = core(o);
    let size = if a[0].is_null() || a[0] == none::none() {
        io(c.tell())?
    } else {
        int::as_i64(a[0]).unwrap_or(0).max(0) as u64
    };
    let r = io(c.truncate(size))?;
    Ok(Ref::steal(int::from_i64(r as i64)))
});

buffered_method!(buffered_flush, "flush", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    io(core(o).flush_writes())?;
    Ok(none::none_ref())
});

buffered_method!(buffered_close, "close", 0, 0, [], |o, a| {
    io(core(o).close())?;
    Ok(none::none_ref())
});

buffered_method!(buffered_fileno, "fileno", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file")?;
    Ok(Ref::steal(int::from_i64(core(o).fileno())))
});

buffered_method!(buffered_isatty, "isatty", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    Ok(crate::objects::bool::from_bool(core(o).isatty()))
});

buffered_method!(buffered_readable, "readable", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    Ok(crate::objects::bool::from_bool(core(o).readable))
});

buffered_method!(buffered_writable, "writable", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    Ok(crate::objects::bool::from_bool(core(o).writable))
});

buffered_method!(buffered_seekable, "seekable", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    Ok(crate::objects::bool::from_bool(true))
});

buffered_method!(buffered_enter, "__enter__", 0, 0, [], |o, a| {
    check_open(o, "I/O operation on closed file.")?;
    Ok(Ref::borrowed(o))
});

unsafe extern "C" fn buffered_exit(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    into_raw(io(core(o).close()).map(|_| none::none_ref()))
}

unsafe extern "C" fn buffered_iter(o: Obj) -> Obj {
    if core(o).closed {
        return into_raw(Err(crate::errors::value_error(
            "I/O operation on closed file.",
        )));
    }
    new_ref(o)
}

unsafe extern "C" fn buffered_iternext(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        check_open(o, "readline of closed file")?;
        check_readable(o)?;
        let b = io(core(o).read_line_bytes(None))?;
        if b.is_empty() {
            return Err(Raised);
        }
        Ok(Ref::steal(bytes::from_bytes(&b)))
    })())
}

unsafe extern "C" fn buffered_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let f = o as *mut FileObject;
        let name = crate::abstract_::repr((*f).name)?;
        Ok(pystr::from_string(format!(
            "<_io.{} name={}>",
            type_name(type_of(o)),
            pystr::as_str(name.as_ptr())
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
