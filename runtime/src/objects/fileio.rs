//! The file machinery under `open()` and the standard streams: a buffered OS-level file
//! ([`FileCore`]: read buffer, write buffer, seek/tell), `open()`'s mode parsing with
//! CPython's messages, the capability checks, and OSError construction from an OS
//! error (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
//!
//! The Python types built on it live in `textio.rs` (`_io.TextIOWrapper`) and
//! `bufferedio.rs` (`_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`).
//!
//! TODO(io): no `_io.FileIO` (`buffering=0`) and no `.buffer` / `.raw` attributes;
//! `opener`, `closefd` and file descriptors as `file` are not supported (TypeError).

use crate::capabilities::{self, Capability};
use crate::errors::{PyResult, Raised};
use crate::object::*;
use crate::objects::{dict, exceptions as exc, int, str as pystr};
use std::io::{Read, Seek, SeekFrom, Write};

/// Where the bytes go: a standard stream (0, 1, 2) or an open file.
pub enum Backing {
    Std(i32),
    File(std::fs::File),
}

/// An open file with its buffers. Reading fills `rbuf`; writing appends to `wbuf`
/// (flushed before any read, seek, tell or close, and when large).
pub struct FileCore {
    pub backing: Backing,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

/// An OS error while reading or writing an open file.
pub type IoResult<T> = std::io::Result<T>;

impl FileCore {
    pub fn new(backing: Backing, readable: bool, writable: bool) -> FileCore {
        FileCore {
            backing,
            readable,
            writable,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    /// The buffered, unread bytes; reads more when empty. Empty at end of file.
    pub fn fill(&mut self) -> IoResult<&[u8]> {
        if self.rpos >= self.rbuf.len() {
            self.flush_writes()?;
            self.rbuf.clear();
            self.rpos = 0;
            let mut chunk = vec![0u8; 8192];
            let n = loop {
                let r = match &mut self.backing {
                    Backing::File(f) => f.read(&mut chunk),
                    Backing::Std(0) => {
                        crate::builtins::io::flush_stdout();
                        std::io::stdin().read(&mut chunk)
                    }
                    Backing::Std(_) => Ok(0),
                };
                match r {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    other => break other?,
                }
            };
            chunk.truncate(n);
            self.rbuf = chunk;
        }
        Ok(&self.rbuf[self.rpos..])
    }

    /// Marks `n` buffered bytes as read.
    pub fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
    }

    /// The next byte without consuming it.
    pub fn peek_byte(&mut self) -> IoResult<Option<u8>> {
        Ok(self.fill()?.first().copied())
    }

    /// Reads up to `n` bytes (`None`: to the end of the file).
    pub fn read_bytes(&mut self, n: Option<usize>) -> IoResult<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            if let Some(n) = n {
                if out.len() >= n {
                    break;
                }
            }
            let buf = self.fill()?;
            if buf.is_empty() {
                break;
            }
            let take = match n {
                Some(n) => (n - out.len()).min(buf.len()),
                None => buf.len(),
            };
            out.extend_from_slice(&buf[..take]);
            self.consume(take);
        }
        Ok(out)
    }

    /// Reads through the next `\n` (included), at most `limit` bytes.
    pub fn read_line_bytes(&mut self, limit: Option<usize>) -> IoResult<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            if limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            let buf = self.fill()?;
            if buf.is_empty() {
                break;
            }
            let room = limit.map(|l| l - out.len()).unwrap_or(usize::MAX);
            let window = &buf[..buf.len().min(room)];
            match window.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&window[..=i]);
                    self.consume(i + 1);
                    break;
                }
                None => {
                    let k = window.len();
                    out.extend_from_slice(window);
                    self.consume(k);
                }
            }
        }
        Ok(out)
    }

    /// Buffers bytes for writing (standard streams write through their own buffers).
    pub fn write_bytes(&mut self, b: &[u8]) -> IoResult<()> {
        match self.backing {
            Backing::Std(1) => crate::builtins::io::write_stdout_bytes(b),
            Backing::Std(_) => {
                crate::builtins::io::write_stderr_bytes(b);
                Ok(())
            }
            Backing::File(_) => {
                self.drop_read_ahead()?;
                self.wbuf.extend_from_slice(b);
                if self.wbuf.len() >= 1 << 16 {
                    self.flush_writes()?;
                }
                Ok(())
            }
        }
    }

    /// Moves the OS position back over bytes read ahead but not consumed.
    fn drop_read_ahead(&mut self) -> IoResult<()> {
        let unread = self.rbuf.len() - self.rpos;
        if unread > 0 {
            if let Backing::File(f) = &mut self.backing {
                f.seek(SeekFrom::Current(-(unread as i64)))?;
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    /// Writes the buffered output to the OS.
    pub fn flush_writes(&mut self) -> IoResult<()> {
        match &mut self.backing {
            Backing::File(f) => {
                if !self.wbuf.is_empty() {
                    f.write_all(&self.wbuf)?;
                    self.wbuf.clear();
                }
            }
            Backing::Std(1) => crate::builtins::io::try_flush_stdout()?,
            Backing::Std(_) => {}
        }
        Ok(())
    }

    /// `seek(offset, whence)`; returns the new position.
    pub fn seek(&mut self, offset: i64, whence: i32) -> IoResult<u64> {
        self.flush_writes()?;
        if whence == 1 {
            // Relative to the logical position, not the read-ahead one.
            let pos = self.tell()?;
            self.drop_read_ahead()?;
            return self.seek_file(SeekFrom::Start((pos as i64 + offset).max(0) as u64));
        }
        self.drop_read_ahead()?;
        let from = match whence {
            0 => SeekFrom::Start(offset.max(0) as u64),
            _ => SeekFrom::End(offset),
        };
        self.seek_file(from)
    }

    fn seek_file(&mut self, from: SeekFrom) -> IoResult<u64> {
        match &mut self.backing {
            Backing::File(f) => f.seek(from),
            Backing::Std(_) => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// The logical position: the OS position minus unread bytes plus pending writes.
    pub fn tell(&mut self) -> IoResult<u64> {
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let pending = self.wbuf.len() as u64;
        match &mut self.backing {
            Backing::File(f) => Ok(f.stream_position()? - unread + pending),
            Backing::Std(_) => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// Truncates the file at `size`.
    pub fn truncate(&mut self, size: u64) -> IoResult<u64> {
        self.flush_writes()?;
        self.drop_read_ahead()?;
        match &mut self.backing {
            Backing::File(f) => {
                f.set_len(size)?;
                Ok(size)
            }
            Backing::Std(_) => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// Flushes and closes (idempotent). Standard streams stay open underneath.
    pub fn close(&mut self) -> IoResult<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush_writes();
        self.closed = true;
        if let Backing::File(_) = self.backing {
            // Dropping the handle closes the descriptor.
            self.backing = Backing::Std(-1);
        }
        r
    }

    /// Whether this is an interactive terminal.
    pub fn isatty(&self) -> bool {
        false
    }

    /// The OS file descriptor.
    pub fn fileno(&self) -> i64 {
        match &self.backing {
            Backing::Std(fd) => *fd as i64,
            Backing::File(f) => {
                use std::os::unix::io::AsRawFd;
                f.as_raw_fd() as i64
            }
        }
    }
}

impl Drop for FileCore {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// The parsed `mode` argument of `open()`.
#[derive(Clone, Debug)]
pub struct Mode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    pub plus: bool,
    pub binary: bool,
}

impl Mode {
    /// The normalised mode a binary file reports (`FileIO.mode`): `rb`, `wb`, `rb+`,
    /// `ab+`, `xb`...
    pub fn binary_name(&self) -> String {
        let s = if self.create {
            if self.plus {
                "xb+"
            } else {
                "xb"
            }
        } else if self.append {
            if self.plus {
                "ab+"
            } else {
                "ab"
            }
        } else if self.read && self.write {
            "rb+"
        } else if self.read {
            "rb"
        } else {
            "wb"
        };
        s.to_string()
    }
}

/// Parses an `open()` mode with CPython's errors.
///
/// # Safety
/// Runtime initialised (raises on error).
pub unsafe fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut seen = std::collections::HashSet::new();
    let (mut c, mut r, mut w, mut a, mut plus, mut t, mut b) =
        (false, false, false, false, false, false, false);
    for ch in mode.chars() {
        if !"xrwa+tb".contains(ch) || !seen.insert(ch) {
            return Err(crate::errors::value_error(&format!(
                "invalid mode: '{}'",
                mode
            )));
        }
        match ch {
            'x' => c = true,
            'r' => r = true,
            'w' => w = true,
            'a' => a = true,
            '+' => plus = true,
            't' => t = true,
            _ => b = true,
        }
    }
    if t && b {
        return Err(crate::errors::value_error(
            "can't have text and binary mode at once",
        ));
    }
    let n = [c, r, w, a].iter().filter(|x| **x).count();
    if n == 0 {
        return Err(crate::errors::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if n > 1 {
        return Err(crate::errors::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    Ok(Mode {
        read: r || plus,
        write: w || a || c || plus,
        append: a,
        create: c,
        truncate: w,
        plus,
        binary: b,
    })
}

/// The C library's text for an OS error (`No such file or directory`).
pub fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclass CPython picks for an errno.
pub fn oserror_type(errno: i32) -> *mut crate::typeobject::PyTypeObject {
    match errno {
        2 => exc::file_not_found_error(),
        17 => exc::file_exists_error(),
        21 => exc::is_a_directory_error(),
        20 => exc::not_a_directory_error(),
        1 | 13 => exc::permission_error(),
        3 => exc::process_lookup_error(),
        4 => exc::interrupted_error(),
        10 => exc::child_process_error(),
        11 => exc::blocking_io_error(),
        110 => exc::timeout_error(),
        32 | 108 => exc::broken_pipe_error(),
        103 => exc::connection_aborted_error(),
        111 => exc::connection_refused_error(),
        104 => exc::connection_reset_error(),
        114 | 115 => exc::blocking_io_error(),
        _ => exc::os_error(),
    }
}

/// Raises the OSError for an OS failure on `filename` (and `filename2`, for rename):
/// args `(errno, strerror)`, the file names as attributes, the subclass from the errno.
///
/// # Safety
/// Runtime initialised; the file names are live objects (or null).
pub unsafe fn raise_os_error(e: &std::io::Error, filename: Obj, filename2: Obj) -> Raised {
    let errno = e.raw_os_error().unwrap_or(0);
    let n = Ref::steal(int::from_i64(errno as i64));
    let s = pystr::from_string(strerror(e));
    let ex = match exc::new_exception(oserror_type(errno), &[n.as_ptr(), s.as_ptr()]) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let d = (*(ex.as_ptr() as *mut exc::PyBaseExceptionObject)).dict;
    let d = if d.is_null() {
        let nd = dict::new_raw();
        (*(ex.as_ptr() as *mut exc::PyBaseExceptionObject)).dict = nd;
        nd
    } else {
        d
    };
    for (k, v) in [("filename", filename), ("filename2", filename2)] {
        if !v.is_null() && dict::set_str(d, k, v).is_err() {
            return Raised;
        }
    }
    crate::errors::set_raised(ex)
}

/// Opens a file for `open()`, checking capabilities first. `name` is the Python object
/// naming it (for messages and `.name`).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn open_core(path: &str, name: Obj, mode: &Mode) -> PyResult<FileCore> {
    let shown = crate::abstract_::repr(name)?;
    let shown = pystr::as_str(shown.as_ptr()).to_string();
    if mode.read {
        capabilities::require(Capability::FsRead, &format!("open {} for reading", shown))?;
    }
    if mode.write {
        capabilities::require(Capability::FsWrite, &format!("open {} for writing", shown))?;
    }
    let mut o = std::fs::OpenOptions::new();
    o.read(mode.read);
    if mode.append {
        o.append(true).create(true);
    } else if mode.create {
        o.write(true).create_new(true);
    } else if mode.truncate {
        o.write(true).create(true).truncate(true);
    } else if mode.write {
        o.write(true);
    }
    let f = o
        .open(path)
        .map_err(|e| raise_os_error(&e, name, std::ptr::null_mut()))?;
    // Opening a directory for reading succeeds at the OS level; CPython reports EISDIR.
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(raise_os_error(
            &std::io::Error::from_raw_os_error(21),
            name,
            std::ptr::null_mut(),
        ));
    }
    let mut f = f;
    if mode.append {
        // As CPython: an appending file starts (and tells) at the end.
        f.seek(SeekFrom::End(0))
            .map_err(|e| raise_os_error(&e, name, std::ptr::null_mut()))?;
    }
    Ok(FileCore::new(Backing::File(f), mode.read, mode.write))
}

/// `os.fspath(o)` for str paths: a str itself, or what `o.__fspath__()` returns (which
/// must be a str). `None` when `o` is neither. Bytes paths are a TODO.
///
/// # Safety
/// `o` is live.
pub unsafe fn fspath(o: Obj) -> PyResult<Option<Ref>> {
    if pystr::is_str(o) {
        return Ok(Some(Ref::borrowed(o)));
    }
    let Some(f) = crate::abstract_::lookup_special(o, "__fspath__") else {
        return Ok(None);
    };
    let r = crate::call::call1(f.as_ptr(), o)?;
    if !pystr::is_str(r.as_ptr()) {
        // TODO(os): bytes paths.
        return Err(crate::errors::type_error(&format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            crate::typeobject::obj_type_name(o),
            crate::typeobject::obj_type_name(r.as_ptr())
        )));
    }
    Ok(Some(r))
}

/// The path a Python object names (a str or an `os.PathLike` giving one), with the
/// message of CPython's path converter otherwise.
///
/// # Safety
/// `o` is live.
pub unsafe fn path_arg(fname: &str, argname: &str, o: Obj) -> PyResult<String> {
    if let Some(p) = fspath(o)? {
        let s = pystr::as_str(p.as_ptr());
        if s.contains('\0') {
            return Err(crate::errors::value_error(&format!(
                "{}: embedded null character in {}",
                fname, argname
            )));
        }
        return Ok(s.to_string());
    }
    Err(crate::errors::type_error(&format!(
        "{}: {} should be string, bytes or os.PathLike, not {}",
        fname,
        argname,
        crate::typeobject::obj_type_name(o)
    )))
}

/// The object behind a text or binary file: `_io.TextIOWrapper` (`textio.rs`) and the
/// `_io.Buffered*` types (`bufferedio.rs`) share this layout.
#[repr(C)]
pub struct FileObject {
    pub ob_base: PyObject,
    /// Owned; dropped (flushing and closing) with the object.
    pub core: *mut FileCore,
    /// What `open()` was given (`.name`), owned.
    pub name: Obj,
    /// `.mode` (str), owned.
    pub mode: Obj,
    /// Text files: the encoding and errors names (str, owned); null for binary files.
    pub encoding: Obj,
    pub errors: Obj,
    /// Text files: the newline mode ([`Newline`] as an integer).
    pub newline: i64,
    /// Text files: whether the encoding is UTF-8 (the fast paths).
    pub utf8: bool,
}

/// The `newline` argument of a text file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `None`: lines end at `\n`, `\r` or `\r\n`, translated to `\n` when reading.
    Universal = 0,
    /// `''`: lines end at any of them, untranslated.
    Any = 1,
    Lf = 2,
    Cr = 3,
    CrLf = 4,
}

impl Newline {
    pub fn from_i64(v: i64) -> Newline {
        match v {
            1 => Newline::Any,
            2 => Newline::Lf,
            3 => Newline::Cr,
            4 => Newline::CrLf,
            _ => Newline::Universal,
        }
    }
}

/// The file's core (borrowed).
///
/// # Safety
/// `o` is a [`FileObject`].
pub unsafe fn core<'a>(o: Obj) -> &'a mut FileCore {
    &mut *(*(o as *mut FileObject)).core
}

/// Allocates a file object of type `tp` around `core`. New reference.
///
/// # Safety
/// `tp` is one of the file types; the objects are live (encoding/errors may be null).
pub unsafe fn new_file_object(
    tp: *mut crate::typeobject::PyTypeObject,
    core: FileCore,
    name: Obj,
    mode: &str,
    encoding: Obj,
    errors: Obj,
    newline: Newline,
) -> Ref {
    let o = alloc_object(tp, std::mem::size_of::<FileObject>());
    let f = o as *mut FileObject;
    (*f).core = Box::into_raw(Box::new(core));
    if let Backing::File(_) = (*(*f).core).backing {
        #[allow(static_mut_refs)]
        OPEN_FILES.push((*f).core);
    }
    (*f).name = new_ref(name);
    (*f).mode = pystr::from_str(mode);
    (*f).encoding = if encoding.is_null() {
        encoding
    } else {
        new_ref(encoding)
    };
    (*f).errors = if errors.is_null() {
        errors
    } else {
        new_ref(errors)
    };
    (*f).newline = newline as i64;
    (*f).utf8 = !encoding.is_null() && {
        let e = pystr::as_str(encoding)
            .to_ascii_lowercase()
            .replace('_', "-");
        e == "utf-8" || e == "utf8"
    };
    Ref::steal(o)
}

/// Every open file object's core, so that buffered output reaches the OS at exit even
/// for files the program never closed (CPython flushes them when they are finalized).
static mut OPEN_FILES: Vec<*mut FileCore> = Vec::new();

/// Flushes every file still open (at exit).
///
/// # Safety
/// Single-threaded runtime.
pub unsafe fn flush_all_at_exit() {
    #[allow(static_mut_refs)]
    for &c in OPEN_FILES.iter() {
        let _ = (*c).flush_writes();
    }
}

/// `tp_dealloc` of the file types: flushes and closes, then frees.
///
/// # Safety
/// Called by `dealloc` on a [`FileObject`].
pub unsafe extern "C" fn file_dealloc(o: Obj) {
    let f = o as *mut FileObject;
    if !(*f).core.is_null() {
        #[allow(static_mut_refs)]
        OPEN_FILES.retain(|&c| c != (*f).core);
        drop(Box::from_raw((*f).core));
        (*f).core = std::ptr::null_mut();
    }
    xdecref((*f).name);
    decref((*f).mode);
    xdecref((*f).encoding);
    xdecref((*f).errors);
    free_object(o);
}

/// Raises OSError for an I/O failure on an open file (named in the message only when
/// the OS error concerns it, as CPython: plain `[Errno N] text`).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn io_error(e: &std::io::Error) -> Raised {
    raise_os_error(e, std::ptr::null_mut(), std::ptr::null_mut())
}

/// `io.UnsupportedOperation` with a message.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn unsupported(msg: &str) -> Raised {
    crate::errors::raise(crate::builtins::io::unsupported_operation(), msg)
}

/// The `whence`/`offset` arguments of `seek`.
///
/// # Safety
/// The objects are live or null.
pub unsafe fn seek_args(offset: Obj, whence: Obj) -> PyResult<(i64, i32)> {
    if !int::is_int(offset) {
        return Err(crate::errors::type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            crate::typeobject::obj_type_name(offset)
        )));
    }
    let off = int::as_i64(offset).ok_or_else(|| {
        crate::errors::raise(
            exc::overflow_error(),
            "Python int too large to convert to C long",
        )
    })?;
    let wh = if whence.is_null() {
        0
    } else {
        int::as_i64(whence).unwrap_or(-1)
    };
    if !(0..=2).contains(&wh) {
        return Err(crate::errors::value_error(&format!(
            "invalid whence ({}, should be 0, 1 or 2)",
            wh
        )));
    }
    Ok((off, wh as i32))
}

/// The optional `size` argument of read/readline (`None`/negative: no limit).
///
/// # Safety
/// `o` is live or null.
pub unsafe fn size_arg(o: Obj) -> PyResult<Option<usize>> {
    if o.is_null() || o == crate::objects::none::none() {
        return Ok(None);
    }
    if !int::is_int(o) {
        return Err(crate::errors::type_error(&format!(
            "argument should be integer or None, not '{}'",
            crate::typeobject::obj_type_name(o)
        )));
    }
    let v = int::as_i64(o).unwrap_or(-1);
    Ok(if v < 0 { None } else { Some(v as usize) })
}
