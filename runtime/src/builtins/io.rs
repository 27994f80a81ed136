//! The standard streams and the `io` module. `sys.stdin`, `sys.stdout` and
//! `sys.stderr` are `_io.TextIOWrapper` objects (`objects/textio.rs`) over the process's
//! descriptors 0, 1 and 2; stdout output is buffered here (`print` and
//! `sys.stdout.write` share the buffer), stderr is unbuffered. Also the builtin `open()`
//! and the `io` module (`open`, `UnsupportedOperation`, the file types, `StringIO`,
//! `BytesIO`, `SEEK_*`).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::fileio::{self, Backing, FileCore, Newline};
use crate::objects::{bufferedio, dict, int, none, str as pystr, textio, tuple};
use crate::typeobject::*;
use std::io::Write;
use std::ptr::null_mut;

static mut STDOUT_BUF: Vec<u8> = Vec::new();

/// Appends to the stdout buffer, flushing when it grows large. A failed flush (a
/// closed pipe: EPIPE, since SIGPIPE is ignored as in CPython) is returned, for the
/// caller to raise (`BrokenPipeError`).
pub fn write_stdout(s: &str) -> std::io::Result<()> {
    write_stdout_bytes(s.as_bytes())
}

/// Writes everything buffered for stdout; an error is ignored and the bytes are kept
/// (the flush at exit reports it, as CPython's finalisation does).
pub fn flush_stdout() {
    let _ = flush_stdout_inner(false);
}

/// Writes everything buffered for stdout (an explicit `flush()`); on an error the
/// bytes stay buffered (as in CPython's buffered writer) and the error is returned.
pub fn try_flush_stdout() -> std::io::Result<()> {
    flush_stdout_inner(false)
}

fn flush_stdout_inner(drop_on_error: bool) -> std::io::Result<()> {
    // SAFETY: single-threaded runtime.
    unsafe {
        #[allow(static_mut_refs)]
        let buf = &mut STDOUT_BUF;
        if !buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let r = out.write_all(buf).and_then(|_| out.flush());
            if r.is_ok() || drop_on_error {
                buf.clear();
            }
            return r;
        }
        Ok(())
    }
}

/// The flush of stdout at exit: on failure, reports it as CPython's finalisation does
/// (`Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>` and the error) and
/// returns false (the process then exits with status 120).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn flush_stdout_at_exit() -> bool {
    let Err(e) = try_flush_stdout() else {
        return true;
    };
    let _ = fileio::io_error(&e);
    let Some(exc) = crate::errors::fetch() else {
        return false;
    };
    let stream = current_stdout();
    let what = if stream.is_null() || stream == none::none() {
        "<stdout>".to_string()
    } else {
        match crate::abstract_::repr(stream) {
            Ok(r) => pystr::as_str(r.as_ptr()).to_string(),
            Err(_) => {
                crate::errors::clear();
                "<stdout>".to_string()
            }
        }
    };
    write_stderr(&format!("Exception ignored in: {}\n", what));
    crate::objects::exceptions::print_exception(exc.as_ptr());
    false
}

/// Appends raw bytes to the stdout buffer (`sys.stdout.buffer.write`); see
/// [`write_stdout`] for errors.
pub fn write_stdout_bytes(b: &[u8]) -> std::io::Result<()> {
    // SAFETY: single-threaded runtime.
    unsafe {
        #[allow(static_mut_refs)]
        let buf = &mut STDOUT_BUF;
        buf.extend_from_slice(b);
        if buf.len() > 1 << 16 {
            // A write that overflows the buffer and fails loses its bytes, as in
            // CPython's buffered writer.
            return flush_stdout_inner(true);
        }
    }
    Ok(())
}

/// Writes raw bytes to stderr immediately.
pub fn write_stderr_bytes(b: &[u8]) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(b);
    let _ = e.flush();
}

/// Writes to stderr immediately.
pub fn write_stderr(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// The three standard stream objects (immortal), created by [`init_streams`].
static mut STREAMS: [Obj; 3] = [null_mut(); 3];
/// Their binary layers (`sys.stdout.buffer`...), immortal.
static mut BUFFERS: [Obj; 3] = [null_mut(); 3];

/// Creates `sys.stdin`, `sys.stdout`, `sys.stderr`.
///
/// # Safety
/// Start-up only, after the file types are ready.
pub unsafe fn init_streams() {
    let names = ["<stdin>", "<stdout>", "<stderr>"];
    let enc = Ref::steal(pystr::from_str("utf-8"));
    for fd in 0..3 {
        let name = Ref::steal(pystr::from_str(names[fd]));
        let errors = Ref::steal(pystr::from_str(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }));
        let core = FileCore::new(Backing::Std(fd as i32), fd == 0, fd != 0);
        let o = fileio::new_file_object(
            &raw mut textio::TextIOWrapper_Type,
            core,
            name.as_ptr(),
            if fd == 0 { "r" } else { "w" },
            enc.as_ptr(),
            errors.as_ptr(),
            // As CPython on POSIX: the standard streams do not translate newlines.
            Newline::Lf,
        )
        .into_raw();
        (*o).ob_refcnt = IMMORTAL_REFCNT;
        STREAMS[fd] = o;
        let core = FileCore::new(Backing::Std(fd as i32), fd == 0, fd != 0);
        let b = fileio::new_file_object(
            bufferedio::type_for(fd == 0, fd != 0),
            core,
            name.as_ptr(),
            if fd == 0 { "rb" } else { "wb" },
            null_mut(),
            null_mut(),
            Newline::Lf,
        )
        .into_raw();
        (*b).ob_refcnt = IMMORTAL_REFCNT;
        BUFFERS[fd] = b;
    }
}

/// The binary layer of a text file (`.buffer`): the standard streams have one; other
/// files raise (borrowed result).
///
/// # Safety
/// `o` is a text file.
pub unsafe fn buffer_of(o: Obj) -> PyResult<Obj> {
    for fd in 0..3 {
        if o == STREAMS[fd] {
            return Ok(BUFFERS[fd]);
        }
    }
    // TODO(io): `.buffer` of an opened text file (its core would be shared).
    Err(fileio::unsupported(
        "Molt does not support .buffer of a text file yet (open the file in binary mode)",
    ))
}

/// The standard stream for descriptor 0, 1 or 2 (borrowed).
pub fn stream(fd: usize) -> Obj {
    // SAFETY: set once at start-up.
    unsafe { STREAMS[fd] }
}

/// `sys.stdout` as the program has it now (borrowed; null if it was deleted).
pub fn current_stdout() -> Obj {
    // SAFETY: the sys module exists from start-up.
    unsafe { dict::get_str(super::sys::module_dict(), "stdout").unwrap_or(null_mut()) }
}

/// Whether `o` is the original standard stream for `fd` (and still open), so output
/// can take the direct path.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_std_stream(o: Obj, fd: usize) -> bool {
    o == STREAMS[fd] && !fileio::core(o).closed
}

/// Reads one line from stdin without the newline; `None` at end of input (for
/// `input()`; shares `sys.stdin`'s buffer).
pub fn read_line() -> Option<String> {
    flush_stdout();
    // SAFETY: the stdin object exists from start-up.
    unsafe {
        let r = textio::readline_str(STREAMS[0], None);
        match r {
            Ok(s) => {
                let mut line = pystr::as_str(s.as_ptr()).to_string();
                if line.is_empty() {
                    return None;
                }
                if line.ends_with('\n') {
                    line.pop();
                }
                Some(line)
            }
            Err(_) => {
                crate::errors::clear();
                None
            }
        }
    }
}

static mut UNSUPPORTED_OPERATION: *mut PyTypeObject = null_mut();

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError), created on first
/// use.
pub fn unsupported_operation() -> *mut PyTypeObject {
    // SAFETY: single-threaded runtime.
    unsafe {
        if UNSUPPORTED_OPERATION.is_null() {
            let name = Ref::steal(pystr::from_str("UnsupportedOperation"));
            let bases = Ref::steal(tuple::from_slice(&[
                crate::objects::exceptions::os_error() as Obj,
                crate::objects::exceptions::value_error() as Obj,
            ]));
            let ns = Ref::steal(dict::new_raw());
            let module = Ref::steal(pystr::from_str("io"));
            let made = dict::set_str(ns.as_ptr(), "__module__", module.as_ptr()).and_then(|_| {
                crate::classes::new_heap_type(
                    &raw mut PyType_Type,
                    name.as_ptr(),
                    bases.as_ptr(),
                    ns.as_ptr(),
                )
            });
            match made {
                Ok(t) => UNSUPPORTED_OPERATION = t.into_raw() as *mut PyTypeObject,
                Err(_) => {
                    crate::errors::clear();
                    return crate::objects::exceptions::os_error();
                }
            }
        }
        UNSUPPORTED_OPERATION
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub unsafe extern "C" fn builtin_open(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
            super::modules::unpack_kw(
                "open",
                args,
                nargs,
                kw,
                &[
                    "file",
                    "mode",
                    "buffering",
                    "encoding",
                    "errors",
                    "newline",
                    "closefd",
                    "opener",
                ],
                0,
                1,
            )?;
        open_file(
            file, mode, buffering, encoding, errors, newline, closefd, opener,
        )
    })())
}

#[allow(clippy::too_many_arguments)]
unsafe fn open_file(
    file: Obj,
    mode: Obj,
    buffering: Obj,
    encoding: Obj,
    errors: Obj,
    newline: Obj,
    closefd: Obj,
    opener: Obj,
) -> PyResult<Ref> {
    let nn = |o: Obj| !o.is_null() && o != none::none();
    let mode_s = if mode.is_null() {
        "r".to_string()
    } else if pystr::is_str(mode) {
        pystr::as_str(mode).to_string()
    } else {
        return Err(crate::errors::type_error(&format!(
            "open() argument 'mode' must be str, not {}",
            obj_type_name(mode)
        )));
    };
    if int::is_int(file) {
        // TODO(io): opening a file descriptor.
        return Err(crate::errors::type_error(
            "open() of a file descriptor is not supported by Molt yet",
        ));
    }
    // As CPython, a path-like `file` becomes its str (which `.name` then shows).
    let file_ref = match fileio::fspath(file)? {
        Some(p) => p,
        None => {
            return Err(crate::errors::type_error(&format!(
                "expected str, bytes or os.PathLike object, not {}",
                obj_type_name(file)
            )))
        }
    };
    let file = file_ref.as_ptr();
    let m = fileio::parse_mode(&mode_s)?;
    for (what, o) in [
        ("encoding", encoding),
        ("errors", errors),
        ("newline", newline),
    ] {
        if nn(o) && !pystr::is_str(o) {
            return Err(crate::errors::type_error(&format!(
                "open() argument '{}' must be str or None, not {}",
                what,
                obj_type_name(o)
            )));
        }
    }
    if m.binary {
        for (what, o) in [
            ("an encoding", encoding),
            ("an errors", errors),
            ("a newline", newline),
        ] {
            if nn(o) {
                return Err(crate::errors::value_error(&format!(
                    "binary mode doesn't take {} argument",
                    what
                )));
            }
        }
    }
    let nl = if nn(newline) {
        match pystr::as_str(newline) {
            "" => Newline::Any,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            other => {
                return Err(crate::errors::value_error(&format!(
                    "illegal newline value: {}",
                    other
                )))
            }
        }
    } else {
        Newline::Universal
    };
    if nn(opener) || (!closefd.is_null() && !crate::abstract_::is_true(closefd)?) {
        // TODO(io): `opener` and `closefd=False`.
        return Err(crate::errors::value_error(
            "open(): opener and closefd=False are not supported by Molt yet",
        ));
    }
    let path = fileio::path_arg("open", "file", file)?;
    let core = fileio::open_core(&path, file, &m)?;
    // As CPython, these are checked once the file is open.
    if nn(buffering) && int::as_i64(buffering) == Some(0) && !m.binary {
        return Err(crate::errors::value_error("can't have unbuffered text I/O"));
    }
    if m.binary {
        let tp = bufferedio::type_for(m.read, m.write);
        return Ok(fileio::new_file_object(
            tp,
            core,
            file,
            &m.binary_name(),
            null_mut(),
            null_mut(),
            Newline::Lf,
        ));
    }
    let enc = if nn(encoding) {
        let e = pystr::as_str(encoding);
        let known = matches!(
            e.to_ascii_lowercase().replace('_', "-").as_str(),
            "utf-8"
                | "utf8"
                | "ascii"
                | "us-ascii"
                | "latin-1"
                | "latin1"
                | "iso-8859-1"
                | "iso8859-1"
        );
        if !known {
            return Err(crate::errors::raise(
                crate::objects::exceptions::lookup_error(),
                &format!("unknown encoding: {}", e),
            ));
        }
        Ref::borrowed(encoding)
    } else {
        Ref::steal(pystr::from_str("UTF-8"))
    };
    let errs = if nn(errors) {
        Ref::borrowed(errors)
    } else {
        Ref::steal(pystr::from_str("strict"))
    };
    Ok(fileio::new_file_object(
        &raw mut textio::TextIOWrapper_Type,
        core,
        file,
        &mode_s,
        enc.as_ptr(),
        errs.as_ptr(),
        nl,
    ))
}

static mut IO_METHODS: [PyMethodDef; 2] =
    [crate::method_def!("open", builtin_open), METHOD_SENTINEL];

/// Creates the `io` module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("io", &raw mut IO_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    dict::set_str(d, "UnsupportedOperation", unsupported_operation() as Obj)?;
    {
        use crate::objects::iobase::*;
        for (n, t) in [
            ("IOBase", &raw mut IOBase_Type),
            ("RawIOBase", &raw mut RawIOBase_Type),
            ("BufferedIOBase", &raw mut BufferedIOBase_Type),
            ("TextIOBase", &raw mut TextIOBase_Type),
        ] {
            super::modules::add_type(d, n, t)?;
        }
    }
    dict::set_str(
        d,
        "BlockingIOError",
        crate::objects::exceptions::blocking_io_error() as Obj,
    )?;
    dict::set_str(
        d,
        "TextIOWrapper",
        &raw mut textio::TextIOWrapper_Type as Obj,
    )?;
    dict::set_str(
        d,
        "BufferedReader",
        &raw mut bufferedio::BufferedReader_Type as Obj,
    )?;
    dict::set_str(
        d,
        "BufferedWriter",
        &raw mut bufferedio::BufferedWriter_Type as Obj,
    )?;
    dict::set_str(
        d,
        "BufferedRandom",
        &raw mut bufferedio::BufferedRandom_Type as Obj,
    )?;
    super::modules::add_type(
        d,
        "StringIO",
        &raw mut crate::objects::stringio::StringIO_Type,
    )?;
    super::modules::add_type(d, "BytesIO", &raw mut crate::objects::bytesio::BytesIO_Type)?;
    for (name, v) in [
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("DEFAULT_BUFFER_SIZE", 8192),
    ] {
        let n = Ref::steal(int::from_i64(v));
        dict::set_str(d, name, n.as_ptr())?;
    }
    Ok(m)
}
