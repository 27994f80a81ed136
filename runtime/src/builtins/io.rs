//! The standard streams: buffered stdout, unbuffered stderr, line input from stdin, and
//! the small file-like type behind `sys.stdout` / `sys.stderr`.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::str as pystr;
use crate::typeobject::*;
use std::io::{BufRead, Write};

static mut STDOUT_BUF: Vec<u8> = Vec::new();

/// Appends to the stdout buffer, flushing when it grows large.
pub fn write_stdout(s: &str) {
    // SAFETY: single-threaded runtime.
    unsafe {
        #[allow(static_mut_refs)]
        let buf = &mut STDOUT_BUF;
        buf.extend_from_slice(s.as_bytes());
        if buf.len() > 1 << 16 {
            flush_stdout();
        }
    }
}

/// Writes everything buffered for stdout.
pub fn flush_stdout() {
    // SAFETY: single-threaded runtime.
    unsafe {
        #[allow(static_mut_refs)]
        let buf = &mut STDOUT_BUF;
        if !buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(buf);
            let _ = out.flush();
            buf.clear();
        }
    }
}

/// Writes to stderr immediately.
pub fn write_stderr(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// Reads one line from stdin without the newline; `None` at end of input.
pub fn read_line() -> Option<String> {
    flush_stdout();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Some(line)
        }
    }
}

/// A standard stream object (`sys.stdout`, `sys.stderr`, `sys.stdin`).
#[repr(C)]
pub struct StreamObject {
    pub ob_base: PyObject,
    pub fd: i32,
}

pub static mut Stream_Type: PyTypeObject = PyTypeObject {
    tp_getattro: Some(generic_getattro_slot),
    tp_repr: Some(stream_repr),
    tp_methods: &raw mut STREAM_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"_io.TextIOWrapper", std::mem::size_of::<StreamObject>(), 0)
};

static mut STREAM_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("write", stream_write),
    crate::method_def!("flush", stream_flush),
    crate::method_def!("readline", stream_readline),
    crate::method_def!("fileno", stream_fileno),
    METHOD_SENTINEL,
];

/// A new stream object for file descriptor `fd`. New reference.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn new_stream(fd: i32) -> Obj {
    let o = alloc_object(&raw mut Stream_Type, std::mem::size_of::<StreamObject>());
    (*(o as *mut StreamObject)).fd = fd;
    (*o).ob_refcnt = IMMORTAL_REFCNT;
    o
}

unsafe extern "C" fn stream_repr(o: Obj) -> Obj {
    let name = match (*(o as *mut StreamObject)).fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    };
    pystr::from_str(&format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        name,
        if (*(o as *mut StreamObject)).fd == 0 {
            "r"
        } else {
            "w"
        }
    ))
}

unsafe extern "C" fn stream_write(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s] = crate::args::parse::<1, 1>("write", args, nargs, kw, &["s"])?;
        if !pystr::is_str(s) {
            return Err(crate::errors::type_error(&format!(
                "write() argument must be str, not {}",
                obj_type_name(s)
            )));
        }
        let text = pystr::as_str(s);
        match (*(o as *mut StreamObject)).fd {
            1 => write_stdout(text),
            2 => write_stderr(text),
            _ => {
                return Err(crate::errors::raise(
                    crate::objects::exceptions::os_error(),
                    "not writable",
                ))
            }
        }
        Ok(Ref::steal(crate::objects::int::from_i64(
            pystr::char_len(s) as i64,
        )))
    })())
}

unsafe extern "C" fn stream_flush(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    if (*(o as *mut StreamObject)).fd == 1 {
        flush_stdout();
    }
    crate::objects::none::none()
}

unsafe extern "C" fn stream_readline(_o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    flush_stdout();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    pystr::from_str(&line)
}

unsafe extern "C" fn stream_fileno(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    crate::objects::int::from_i64((*(o as *mut StreamObject)).fd as i64)
}
