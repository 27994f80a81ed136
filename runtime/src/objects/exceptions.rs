//! The builtin exception hierarchy. Instances use CPython's `PyBaseExceptionObject`
//! layout; the type objects are created at start-up and published through the
//! `PyExc_*` pointers, exactly the names the C-API exports.
//!
//! A traceback is stored in the `traceback` field as a list of
//! `(filename, function, line)` tuples, innermost frame first.
//! TODO(traceback): a real `traceback` object type with `tb_next`, `tb_lineno`.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, list, str as pystr, tuple};
use crate::typeobject::*;
use std::ffi::{c_void, CString};
use std::ptr::null_mut;

/// CPython's `PyBaseExceptionObject`.
#[repr(C)]
pub struct PyBaseExceptionObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub args: Obj,
    pub notes: Obj,
    pub traceback: Obj,
    pub context: Obj,
    pub cause: Obj,
    pub suppress_context: u8,
}

macro_rules! exception_types {
    ($( $sym:ident, $accessor:ident, $name:literal, $base:ident; )*) => {
        $(
            #[no_mangle]
            pub static mut $sym: Obj = null_mut();
            /// The exception type (borrowed).
            #[inline]
            pub fn $accessor() -> *mut PyTypeObject {
                // SAFETY: set once at start-up, never freed.
                unsafe { $sym as *mut PyTypeObject }
            }
        )*
        /// Creates every builtin exception type, bases first.
        ///
        /// # Safety
        /// Start-up only.
        pub unsafe fn init_types() {
            $(
                let base = exception_types!(@base $base);
                $sym = make_type($name, base) as Obj;
            )*
        }
        /// (name, type) of every builtin exception, for the builtins module.
        pub fn all_types() -> Vec<(&'static str, Obj)> {
            // SAFETY: read after start-up.
            unsafe {
                let mut v = vec![$( ($name, $sym) ),*];
                v.push((
                    "ExceptionGroup",
                    crate::objects::exceptiongroup::exception_group_type() as Obj,
                ));
                v
            }
        }
    };
    (@base ROOT) => { &raw mut PyBaseObject_Type_ref };
    (@base $b:ident) => { $b as *mut PyTypeObject };
}

use crate::objects::object::PyBaseObject_Type as PyBaseObject_Type_ref;

exception_types! {
    PyExc_BaseException, base_exception, "BaseException", ROOT;
    PyExc_Exception, exception, "Exception", PyExc_BaseException;
    PyExc_BaseExceptionGroup, base_exception_group, "BaseExceptionGroup", PyExc_BaseException;
    PyExc_GeneratorExit, generator_exit, "GeneratorExit", PyExc_BaseException;
    PyExc_KeyboardInterrupt, keyboard_interrupt, "KeyboardInterrupt", PyExc_BaseException;
    PyExc_SystemExit, system_exit, "SystemExit", PyExc_BaseException;
    PyExc_ArithmeticError, arithmetic_error, "ArithmeticError", PyExc_Exception;
    PyExc_FloatingPointError, floating_point_error, "FloatingPointError", PyExc_ArithmeticError;
    PyExc_OverflowError, overflow_error, "OverflowError", PyExc_ArithmeticError;
    PyExc_ZeroDivisionError, zero_division_error, "ZeroDivisionError", PyExc_ArithmeticError;
    PyExc_AssertionError, assertion_error, "AssertionError", PyExc_Exception;
    PyExc_AttributeError, attribute_error, "AttributeError", PyExc_Exception;
    PyExc_BufferError, buffer_error, "BufferError", PyExc_Exception;
    PyExc_EOFError, eof_error, "EOFError", PyExc_Exception;
    PyExc_ImportError, import_error, "ImportError", PyExc_Exception;
    PyExc_ModuleNotFoundError, module_not_found_error, "ModuleNotFoundError", PyExc_ImportError;
    PyExc_LookupError, lookup_error, "LookupError", PyExc_Exception;
    PyExc_IndexError, index_error, "IndexError", PyExc_LookupError;
    PyExc_KeyError, key_error, "KeyError", PyExc_LookupError;
    PyExc_MemoryError, memory_error, "MemoryError", PyExc_Exception;
    PyExc_NameError, name_error, "NameError", PyExc_Exception;
    PyExc_UnboundLocalError, unbound_local_error, "UnboundLocalError", PyExc_NameError;
    PyExc_OSError, os_error, "OSError", PyExc_Exception;
    PyExc_BlockingIOError, blocking_io_error, "BlockingIOError", PyExc_OSError;
    PyExc_ChildProcessError, child_process_error, "ChildProcessError", PyExc_OSError;
    PyExc_ConnectionError, connection_error, "ConnectionError", PyExc_OSError;
    PyExc_BrokenPipeError, broken_pipe_error, "BrokenPipeError", PyExc_ConnectionError;
    PyExc_ConnectionAbortedError, connection_aborted_error, "ConnectionAbortedError", PyExc_ConnectionError;
    PyExc_ConnectionRefusedError, connection_refused_error, "ConnectionRefusedError", PyExc_ConnectionError;
    PyExc_ConnectionResetError, connection_reset_error, "ConnectionResetError", PyExc_ConnectionError;
    PyExc_FileExistsError, file_exists_error, "FileExistsError", PyExc_OSError;
    PyExc_FileNotFoundError, file_not_found_error, "FileNotFoundError", PyExc_OSError;
    PyExc_InterruptedError, interrupted_error, "InterruptedError", PyExc_OSError;
    PyExc_IsADirectoryError, is_a_directory_error, "IsADirectoryError", PyExc_OSError;
    PyExc_NotADirectoryError, not_a_directory_error, "NotADirectoryError", PyExc_OSError;
    PyExc_PermissionError, permission_error, "PermissionError", PyExc_OSError;
    PyExc_ProcessLookupError, process_lookup_error, "ProcessLookupError", PyExc_OSError;
    PyExc_TimeoutError, timeout_error, "TimeoutError", PyExc_OSError;
    PyExc_ReferenceError, reference_error, "ReferenceError", PyExc_Exception;
    PyExc_RuntimeError, runtime_error, "RuntimeError", PyExc_Exception;
    PyExc_NotImplementedError, not_implemented_error, "NotImplementedError", PyExc_RuntimeError;
    PyExc_RecursionError, recursion_error, "RecursionError", PyExc_RuntimeError;
    PyExc_StopAsyncIteration, stop_async_iteration, "StopAsyncIteration", PyExc_Exception;
    PyExc_StopIteration, stop_iteration, "StopIteration", PyExc_Exception;
    PyExc_SyntaxError, syntax_error, "SyntaxError", PyExc_Exception;
    PyExc_IndentationError, indentation_error, "IndentationError", PyExc_SyntaxError;
    PyExc_TabError, tab_error, "TabError", PyExc_IndentationError;
    PyExc_SystemError, system_error, "SystemError", PyExc_Exception;
    PyExc_TypeError, type_error, "TypeError", PyExc_Exception;
    PyExc_ValueError, value_error, "ValueError", PyExc_Exception;
    PyExc_UnicodeError, unicode_error, "UnicodeError", PyExc_ValueError;
    PyExc_UnicodeDecodeError, unicode_decode_error, "UnicodeDecodeError", PyExc_UnicodeError;
    PyExc_UnicodeEncodeError, unicode_encode_error, "UnicodeEncodeError", PyExc_UnicodeError;
    PyExc_UnicodeTranslateError, unicode_translate_error, "UnicodeTranslateError", PyExc_UnicodeError;
    PyExc_Warning, warning, "Warning", PyExc_Exception;
    PyExc_BytesWarning, bytes_warning, "BytesWarning", PyExc_Warning;
    PyExc_DeprecationWarning, deprecation_warning, "DeprecationWarning", PyExc_Warning;
    PyExc_EncodingWarning, encoding_warning, "EncodingWarning", PyExc_Warning;
    PyExc_FutureWarning, future_warning, "FutureWarning", PyExc_Warning;
    PyExc_ImportWarning, import_warning, "ImportWarning", PyExc_Warning;
    PyExc_PendingDeprecationWarning, pending_deprecation_warning, "PendingDeprecationWarning", PyExc_Warning;
    PyExc_ResourceWarning, resource_warning, "ResourceWarning", PyExc_Warning;
    PyExc_RuntimeWarning, runtime_warning, "RuntimeWarning", PyExc_Warning;
    PyExc_SyntaxWarning, syntax_warning, "SyntaxWarning", PyExc_Warning;
    PyExc_UnicodeWarning, unicode_warning, "UnicodeWarning", PyExc_Warning;
    PyExc_UserWarning, user_warning, "UserWarning", PyExc_Warning;
}

static mut EXC_GETSET: [PyGetSetDef; 7] = [
    getset_def(c"args", Some(exc_get_args), Some(exc_set_args)),
    getset_def(c"__traceback__", Some(exc_get_traceback), None),
    getset_def(c"__cause__", Some(exc_get_cause), Some(exc_set_cause)),
    getset_def(c"__context__", Some(exc_get_context), Some(exc_set_context)),
    getset_def(c"__suppress_context__", Some(exc_get_suppress), None),
    getset_def(c"__dict__", Some(exc_get_dict), None),
    getset_def_end(),
];

static mut EXC_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("with_traceback", exc_with_traceback),
    crate::method_def!("add_note", exc_add_note, METH_O),
    METHOD_SENTINEL,
];

unsafe fn make_type(name: &'static str, base: *mut PyTypeObject) -> *mut PyTypeObject {
    let tp = mem_alloc_zeroed(std::mem::size_of::<PyHeapTypeObject>()) as *mut PyTypeObject;
    let cname = CString::new(name).unwrap();
    std::ptr::write(
        tp,
        PyTypeObject {
            ..PyTypeObject::new_static(
                c"exception",
                std::mem::size_of::<PyBaseExceptionObject>(),
                0,
            )
        },
    );
    (*tp).tp_name = cname.into_raw();
    (*tp).tp_base = base;
    (*tp).tp_flags = TPFLAGS_DEFAULT | TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS;
    (*tp).tp_dictoffset = std::mem::offset_of!(PyBaseExceptionObject, dict) as isize;
    if name == "BaseException" {
        (*tp).tp_dealloc = Some(exc_dealloc);
        (*tp).tp_repr = Some(exc_repr);
        (*tp).tp_str = Some(exc_str);
        (*tp).tp_new = Some(exc_new);
        (*tp).tp_init = Some(exc_init);
        (*tp).tp_getattro = Some(generic_getattro_slot);
        (*tp).tp_setattro = Some(generic_setattro_slot);
        (*tp).tp_getset = &raw mut EXC_GETSET as *mut PyGetSetDef;
        (*tp).tp_methods = &raw mut EXC_METHODS as *mut PyMethodDef;
    }
    if name == "BaseExceptionGroup" {
        crate::objects::exceptiongroup::configure(tp);
    }
    if name == "KeyError" {
        (*tp).tp_str = Some(keyerror_str);
    }
    if name == "OSError" {
        (*tp).tp_str = Some(oserror_str);
        (*tp).tp_new = Some(oserror_new);
        (*tp).tp_init = Some(oserror_init);
    }
    if name == "UnicodeDecodeError" {
        (*tp).tp_str = Some(unicode_decode_error_str);
        (*tp).tp_init = Some(unicode_decode_error_init);
    }
    if name == "UnicodeEncodeError" {
        (*tp).tp_str = Some(unicode_encode_error_str);
        (*tp).tp_init = Some(unicode_encode_error_init);
    }
    type_ready(tp).expect("exception type");
    if name == "OSError" {
        // Class-level defaults; the runtime's OS functions set them per instance.
        for attr in ["filename", "filename2"] {
            dict::set_str((*tp).tp_dict, attr, crate::objects::none::none()).expect("dict");
        }
    }
    for (attr, idx) in special_attrs(name) {
        let g = Box::leak(Box::new([
            PyGetSetDef {
                name: CString::new(*attr).unwrap().into_raw(),
                get: Some(exc_get_arg),
                set: None,
                doc: std::ptr::null(),
                closure: *idx as *mut c_void,
            },
            getset_def_end(),
        ]));
        let d = crate::objects::descr::new_getset_descr(tp, &mut g[0]).expect("descr");
        dict::set_str((*tp).tp_dict, attr, d.as_ptr()).expect("dict");
    }
    tp
}

/// Attributes that some exception types expose as views of their args:
/// (name, index into args + 1, 0 meaning "args[0] or None").
fn special_attrs(name: &str) -> &'static [(&'static str, usize)] {
    match name {
        "SystemExit" => &[("code", 1)],
        "StopIteration" | "StopAsyncIteration" => &[("value", 1)],
        "OSError" => &[("errno", 1), ("strerror", 2)],
        "UnicodeDecodeError" | "UnicodeEncodeError" => &[
            ("encoding", 1),
            ("object", 2),
            ("start", 3),
            ("end", 4),
            ("reason", 5),
        ],
        _ => &[],
    }
}

unsafe extern "C" fn exc_get_arg(o: Obj, closure: *mut c_void) -> Obj {
    let i = closure as usize - 1;
    let args = (*(o as *mut PyBaseExceptionObject)).args;
    if !args.is_null() && tuple::len(args) > i {
        let n = tuple::len(args);
        // OSError's errno/strerror exist only for its (errno, strerror, ...) form.
        if !(2..=5).contains(&n) && is_subtype(type_of(o), os_error()) {
            return crate::objects::none::none_ref().into_raw();
        }
        // UnicodeDecodeError keeps its object as bytes (a bytearray argument is copied).
        if i == 1 && n == 5 && is_subtype(type_of(o), unicode_decode_error()) {
            let v = tuple::item(args, 1);
            if !crate::objects::bytes::is_bytes(v) {
                if let Some(b) = crate::objects::bytes::bytes_like(v) {
                    return crate::objects::bytes::from_bytes(b);
                }
            }
        }
        // SystemExit(1, 2).code is the whole args tuple, as in CPython.
        if i == 0 && n > 1 && type_name(type_of(o)) == "SystemExit" {
            return new_ref(args);
        }
        return new_ref(tuple::item(args, i));
    }
    crate::objects::none::none_ref().into_raw()
}

/// A new exception instance of `tp` called with `args` (runs `__new__`/`__init__`,
/// so user exception classes behave as in Python).
///
/// # Safety
/// `tp` is an exception type; the args are live.
pub unsafe fn new_exception(tp: *mut PyTypeObject, args: &[Obj]) -> PyResult<Ref> {
    // The runtime (and the C-API) raise Unicode errors with a ready-made message as
    // their only argument: build those without `__init__`, which wants CPython's five
    // arguments (encoding, object, start, end, reason) from Python code.
    if args.len() == 1
        && pystr::is_str(args[0])
        && (is_subtype(tp, unicode_decode_error()) || is_subtype(tp, unicode_encode_error()))
    {
        let t = Ref::steal(tuple::from_slice(args));
        return crate::errors::from_raw(exc_new(tp, t.as_ptr(), null_mut()));
    }
    crate::call::call_vec(tp as Obj, args)
}

unsafe extern "C" fn exc_new(tp: *mut PyTypeObject, args: Obj, _kwargs: Obj) -> Obj {
    let alloc = (*tp).tp_alloc.unwrap_or(generic_alloc);
    let o = alloc(tp, 0);
    let e = o as *mut PyBaseExceptionObject;
    (*e).args = if args.is_null() {
        tuple::empty()
    } else {
        new_ref(args)
    };
    o
}

unsafe extern "C" fn exc_init(o: Obj, args: Obj, _kwargs: Obj) -> i32 {
    let e = o as *mut PyBaseExceptionObject;
    let old = (*e).args;
    (*e).args = if args.is_null() {
        tuple::empty()
    } else {
        new_ref(args)
    };
    xdecref(old);
    0
}

unsafe extern "C" fn exc_dealloc(o: Obj) {
    let e = o as *mut PyBaseExceptionObject;
    crate::suggestions::forget(o);
    xdecref((*e).dict);
    xdecref((*e).args);
    xdecref((*e).notes);
    xdecref((*e).traceback);
    xdecref((*e).context);
    xdecref((*e).cause);
    free_object(o);
}

/// The args tuple of an exception (borrowed).
///
/// # Safety
/// `o` is an exception instance.
pub unsafe fn args(o: Obj) -> Obj {
    let a = (*(o as *mut PyBaseExceptionObject)).args;
    if a.is_null() {
        tuple::empty()
    } else {
        a
    }
}

unsafe extern "C" fn exc_str(o: Obj) -> Obj {
    let a = args(o);
    match tuple::len(a) {
        0 => pystr::from_str(""),
        1 => into_raw(crate::abstract_::str(tuple::item(a, 0))),
        _ => into_raw(crate::abstract_::str(a)),
    }
}

unsafe extern "C" fn keyerror_str(o: Obj) -> Obj {
    let a = args(o);
    if tuple::len(a) == 1 {
        return into_raw(crate::abstract_::repr(tuple::item(a, 0)));
    }
    exc_str(o)
}

/// The OSError subclass CPython picks for an errno (`OSError(2, 'x')` is a
/// FileNotFoundError). Linux errno values.
fn errno_subclass(errno: i64) -> Option<*mut PyTypeObject> {
    Some(match errno {
        11 | 114 | 115 => blocking_io_error(),
        10 => child_process_error(),
        32 | 108 => broken_pipe_error(),
        103 => connection_aborted_error(),
        111 => connection_refused_error(),
        104 => connection_reset_error(),
        17 => file_exists_error(),
        2 => file_not_found_error(),
        21 => is_a_directory_error(),
        20 => not_a_directory_error(),
        4 => interrupted_error(),
        1 | 13 => permission_error(),
        3 => process_lookup_error(),
        110 => timeout_error(),
        _ => return None,
    })
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: `args` keeps
/// `(errno, strerror)` and the file names become attributes, as in CPython.
unsafe fn oserror_parse_args(o: Obj, args: Obj) -> PyResult<()> {
    let a = if args.is_null() {
        &[][..]
    } else {
        tuple::items(args)
    };
    // A None filename leaves everything as given.
    if !(3..=5).contains(&a.len()) || a[2] == crate::objects::none::none() {
        return Ok(());
    }
    let key = Ref::steal(pystr::from_str("filename"));
    crate::abstract_::setattr(o, key.as_ptr(), a[2])?;
    if a.len() == 5 {
        let key2 = Ref::steal(pystr::from_str("filename2"));
        crate::abstract_::setattr(o, key2.as_ptr(), a[4])?;
    }
    let e = o as *mut PyBaseExceptionObject;
    let old = (*e).args;
    (*e).args = tuple::from_slice(&a[..2]);
    xdecref(old);
    Ok(())
}

/// Whether a type's `tp_init` is OSError's own (not overridden by a subclass).
fn is_oserror_init(f: InitProc) -> bool {
    f.map(|f| f as *const () as usize) == Some(oserror_init as *const () as usize)
}

/// `OSError.__new__`: an errno with a dedicated subclass makes an instance of it (only
/// when called on OSError itself).
unsafe extern "C" fn oserror_new(tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    let mut tp = tp;
    let a = if args.is_null() {
        &[][..]
    } else {
        tuple::items(args)
    };
    if tp == os_error() && (2..=5).contains(&a.len()) && crate::objects::int::is_int(a[0]) {
        if let Some(sub) = crate::objects::int::as_i64(a[0]).and_then(errno_subclass) {
            tp = sub;
        }
    }
    let o = exc_new(tp, args, kwargs);
    if o.is_null() {
        return o;
    }
    // A subclass with its own `__init__` parses there instead (CPython's rule).
    if is_oserror_init((*tp).tp_init) && oserror_parse_args(o, args).is_err() {
        decref(o);
        return null_mut();
    }
    o
}

/// `OSError.__init__`: keeps the arguments `__new__` parsed (a subclass `__init__`
/// calling `super().__init__(...)` with new ones parses them again).
unsafe extern "C" fn oserror_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    if is_oserror_init((*type_of(o)).tp_init) {
        // `__new__` did the work.
        return 0;
    }
    if exc_init(o, args, kwargs) < 0 {
        return -1;
    }
    crate::errors::into_status(oserror_parse_args(o, args))
}

unsafe fn unicode_error_init(o: Obj, args: Obj, kwargs: Obj, decode: bool) -> i32 {
    let a = if args.is_null() {
        &[][..]
    } else {
        tuple::items(args)
    };
    let check = || -> PyResult<()> {
        if a.len() != 5 {
            return Err(crate::errors::type_error(&format!(
                "function takes exactly 5 arguments ({} given)",
                a.len()
            )));
        }
        if !pystr::is_str(a[0]) {
            return Err(crate::errors::type_error(&format!(
                "argument 1 must be str, not {}",
                obj_type_name(a[0])
            )));
        }
        if decode {
            if crate::objects::bytes::bytes_like(a[1]).is_none() {
                return Err(crate::errors::type_error(&format!(
                    "a bytes-like object is required, not '{}'",
                    obj_type_name(a[1])
                )));
            }
        } else if !pystr::is_str(a[1]) {
            return Err(crate::errors::type_error(&format!(
                "argument 2 must be str, not {}",
                obj_type_name(a[1])
            )));
        }
        crate::abstract_::as_ssize(a[2])?;
        crate::abstract_::as_ssize(a[3])?;
        if !pystr::is_str(a[4]) {
            return Err(crate::errors::type_error(&format!(
                "argument 5 must be str, not {}",
                obj_type_name(a[4])
            )));
        }
        Ok(())
    };
    if check().is_err() {
        return -1;
    }
    exc_init(o, args, kwargs)
}
unsafe extern "C" fn unicode_decode_error_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    unicode_error_init(o, args, kwargs, true)
}
unsafe extern "C" fn unicode_encode_error_init(o: Obj, args: Obj, kwargs: Obj) -> i32 {
    unicode_error_init(o, args, kwargs, false)
}

unsafe fn unicode_error_str(o: Obj, decode: bool) -> Obj {
    match crate::codecs::unicode_error_str(tuple::items(args(o)), decode) {
        Ok(Some(s)) => pystr::from_string(s).into_raw(),
        Ok(None) => exc_str(o),
        Err(_) => null_mut(),
    }
}
unsafe extern "C" fn unicode_decode_error_str(o: Obj) -> Obj {
    unicode_error_str(o, true)
}
unsafe extern "C" fn unicode_encode_error_str(o: Obj) -> Obj {
    unicode_error_str(o, false)
}

unsafe extern "C" fn oserror_str(o: Obj) -> Obj {
    let a = args(o);
    if (2..=5).contains(&tuple::len(a)) {
        return into_raw((|| {
            let e = crate::abstract_::str(tuple::item(a, 0))?;
            let s = crate::abstract_::str(tuple::item(a, 1))?;
            let mut text = format!(
                "[Errno {}] {}",
                pystr::as_str(e.as_ptr()),
                pystr::as_str(s.as_ptr())
            );
            // `filename` / `filename2` (set by the runtime's OS functions) as CPython.
            let d = (*(o as *mut PyBaseExceptionObject)).dict;
            let none = crate::objects::none::none();
            if !d.is_null() {
                if let Some(f) = dict::get_str(d, "filename").filter(|&f| f != none) {
                    let r = crate::abstract_::repr(f)?;
                    text.push_str(&format!(": {}", pystr::as_str(r.as_ptr())));
                    if let Some(f2) = dict::get_str(d, "filename2").filter(|&f| f != none) {
                        let r2 = crate::abstract_::repr(f2)?;
                        text.push_str(&format!(" -> {}", pystr::as_str(r2.as_ptr())));
                    }
                }
            }
            Ok(pystr::from_string(text))
        })());
    }
    exc_str(o)
}

unsafe extern "C" fn exc_repr(o: Obj) -> Obj {
    into_raw((|| {
        let a = args(o);
        let name = type_name(type_of(o));
        let inner = if tuple::len(a) == 1 {
            let r = crate::abstract_::repr(tuple::item(a, 0))?;
            pystr::as_str(r.as_ptr()).to_string()
        } else {
            let r = crate::abstract_::repr(a)?;
            let s = pystr::as_str(r.as_ptr());
            s[1..s.len() - 1].trim_end_matches(',').to_string()
        };
        Ok(pystr::from_string(format!("{}({})", name, inner)))
    })())
}

/// `e.add_note(note)` (PEP 678): appends to the `__notes__` list in the instance dict,
/// creating it on first use.
unsafe extern "C" fn exc_add_note(o: Obj, note: Obj) -> Obj {
    into_raw((|| {
        if !pystr::is_str(note) {
            return Err(crate::errors::type_error(&format!(
                "note must be a str, not '{}'",
                obj_type_name(note)
            )));
        }
        let notes = match crate::abstract_::getattr_opt_str(o, "__notes__")? {
            Some(n) => n,
            None => {
                let l = Ref::steal(list::with_capacity(1));
                let key = Ref::steal(pystr::from_str("__notes__"));
                crate::abstract_::setattr(o, key.as_ptr(), l.as_ptr())?;
                l
            }
        };
        if !list::is_list(notes.as_ptr()) {
            return Err(crate::errors::type_error(
                "Cannot add note: __notes__ is not a list",
            ));
        }
        // `push` steals a reference; `note` is borrowed.
        list::push(notes.as_ptr(), new_ref(note));
        Ok(crate::objects::none::none_ref())
    })())
}

/// The lines `__notes__` adds under an exception's last line, as CPython prints them.
unsafe fn format_notes(e: Obj) -> String {
    let mut out = String::new();
    let notes = match crate::abstract_::getattr_opt_str(e, "__notes__") {
        Ok(Some(n)) => n,
        Ok(None) => return out,
        Err(_) => {
            crate::errors::clear();
            return out;
        }
    };
    let text = |x: Obj| match crate::abstract_::str(x) {
        Ok(s) => pystr::as_str(s.as_ptr()).to_string(),
        Err(_) => {
            crate::errors::clear();
            "<note str() failed>".to_string()
        }
    };
    let items: Vec<Obj> = if list::is_list(notes.as_ptr()) {
        list::items(notes.as_ptr()).to_vec()
    } else if tuple::is_tuple(notes.as_ptr()) {
        tuple::items(notes.as_ptr()).to_vec()
    } else {
        // TODO(traceback): CPython prints the repr of a non-sequence __notes__.
        vec![notes.as_ptr()]
    };
    for x in items {
        out.push_str(&text(x));
        out.push('\n');
    }
    out
}

unsafe extern "C" fn exc_get_args(o: Obj, _: *mut c_void) -> Obj {
    new_ref(args(o))
}

unsafe extern "C" fn exc_set_args(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    if v.is_null() {
        crate::errors::type_error("args may not be deleted");
        return -1;
    }
    match crate::abstract_::collect(v) {
        Ok(items) => {
            let e = o as *mut PyBaseExceptionObject;
            let old = (*e).args;
            (*e).args = tuple::from_refs(items);
            xdecref(old);
            0
        }
        Err(_) => -1,
    }
}

unsafe fn field_or_none(f: Obj) -> Obj {
    if f.is_null() {
        crate::objects::none::none()
    } else {
        new_ref(f)
    }
}

unsafe extern "C" fn exc_get_traceback(o: Obj, _: *mut c_void) -> Obj {
    field_or_none((*(o as *mut PyBaseExceptionObject)).traceback)
}
unsafe extern "C" fn exc_get_cause(o: Obj, _: *mut c_void) -> Obj {
    field_or_none((*(o as *mut PyBaseExceptionObject)).cause)
}
unsafe extern "C" fn exc_get_context(o: Obj, _: *mut c_void) -> Obj {
    field_or_none((*(o as *mut PyBaseExceptionObject)).context)
}
unsafe extern "C" fn exc_get_suppress(o: Obj, _: *mut c_void) -> Obj {
    crate::objects::bool::from_bool((*(o as *mut PyBaseExceptionObject)).suppress_context != 0)
        .into_raw()
}
unsafe extern "C" fn exc_get_dict(o: Obj, _: *mut c_void) -> Obj {
    let e = o as *mut PyBaseExceptionObject;
    if (*e).dict.is_null() {
        (*e).dict = dict::new_raw();
    }
    new_ref((*e).dict)
}

unsafe extern "C" fn exc_set_cause(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    match set_cause(o, v) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

unsafe extern "C" fn exc_set_context(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    let e = o as *mut PyBaseExceptionObject;
    let old = (*e).context;
    (*e).context = if v.is_null() || v == crate::objects::none::none() {
        null_mut()
    } else {
        new_ref(v)
    };
    xdecref(old);
    0
}

unsafe extern "C" fn exc_with_traceback(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [tb] = crate::args::parse::<1, 1>("with_traceback", args, nargs, kw, &["tb"])?;
        let e = o as *mut PyBaseExceptionObject;
        let old = (*e).traceback;
        (*e).traceback = if tb == crate::objects::none::none() {
            null_mut()
        } else {
            new_ref(tb)
        };
        xdecref(old);
        Ok(Ref::borrowed(o))
    })())
}

/// Sets `__cause__` (None clears it) and `__suppress_context__`, as `raise ... from`.
///
/// # Safety
/// `o` is an exception; `cause` is None or an exception instance.
pub unsafe fn set_cause(o: Obj, cause: Obj) -> PyResult<()> {
    let e = o as *mut PyBaseExceptionObject;
    let none = crate::objects::none::none();
    if !cause.is_null() && cause != none && !is_exception_instance(cause) {
        return Err(crate::errors::type_error(
            "exception cause must be None or derive from BaseException",
        ));
    }
    let old = (*e).cause;
    (*e).cause = if cause.is_null() || cause == none {
        null_mut()
    } else {
        new_ref(cause)
    };
    (*e).suppress_context = 1;
    xdecref(old);
    Ok(())
}

/// Sets `__context__` unless already set (implicit chaining), avoiding cycles.
///
/// # Safety
/// Both are exception instances.
pub unsafe fn set_context_if_unset(o: Obj, ctx: Obj) {
    let e = o as *mut PyBaseExceptionObject;
    if !(*e).context.is_null() {
        return;
    }
    // Break a would-be cycle: ctx's own context chain must not contain `o`.
    let mut c = ctx;
    while !c.is_null() {
        let next = (*(c as *mut PyBaseExceptionObject)).context;
        if next == o {
            (*(c as *mut PyBaseExceptionObject)).context = null_mut();
            decref(o);
            break;
        }
        c = next;
    }
    (*e).context = new_ref(ctx);
}

/// Whether `o` is an instance of BaseException.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_exception_instance(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_BASE_EXC_SUBCLASS != 0
}

/// Whether `o` is a class deriving from BaseException.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_exception_class(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
        && (*(o as *mut PyTypeObject)).tp_flags & TPFLAGS_BASE_EXC_SUBCLASS != 0
}

/// Appends a traceback entry (a frame the exception passed through).
///
/// # Safety
/// `e` is an exception instance; `file` and `func` are strs.
pub unsafe fn add_traceback(e: Obj, file: Obj, func: Obj, line: i64) {
    add_traceback_at(e, file, func, line, 0, 0);
}

/// [`add_traceback`] with the position's packed columns and caret anchors (the
/// compiler's `pack_position`; 0 when unknown).
///
/// # Safety
/// As [`add_traceback`].
pub unsafe fn add_traceback_at(e: Obj, file: Obj, func: Obj, line: i64, cols: i64, anchors: i64) {
    let ex = e as *mut PyBaseExceptionObject;
    if (*ex).traceback.is_null() || !list::is_list((*ex).traceback) {
        xdecref((*ex).traceback);
        (*ex).traceback = list::with_capacity(4);
    }
    let ln = Ref::steal(crate::objects::int::from_i64(line));
    let c = Ref::steal(crate::objects::int::from_i64(cols));
    let a = Ref::steal(crate::objects::int::from_i64(anchors));
    let entry = tuple::from_slice(&[file, func, ln.as_ptr(), c.as_ptr(), a.as_ptr()]);
    list::push((*ex).traceback, entry);
}

/// The `TypeName: message` line that ends a traceback.
///
/// # Safety
/// `e` is an exception instance.
pub unsafe fn format_exception_only(e: Obj) -> String {
    let tp = type_of(e);
    let module = type_module(tp);
    let name = if module == "builtins" || module == "__main__" {
        type_qualname(tp)
    } else {
        format!("{}.{}", module, type_qualname(tp))
    };
    let msg = match crate::abstract_::str(e) {
        Ok(s) => pystr::as_str(s.as_ptr()).to_string(),
        Err(_) => {
            crate::errors::clear();
            "<exception str() failed>".to_string()
        }
    };
    let msg = msg + &crate::suggestions::suffix(e);
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}

/// Prints an exception with its traceback and chained causes/contexts, as CPython's
/// default excepthook does.
///
/// # Safety
/// `e` is an exception instance.
pub unsafe fn print_exception(e: Obj) {
    let mut ctx = PrintContext {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    let mut out = String::new();
    format_exception(e, &mut ctx, &mut out);
    crate::builtins::io::write_stderr(&out);
}

/// Groups print at most this many sub-exceptions, nested at most this deep (CPython's
/// `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// State while printing one exception graph: the group nesting (each level indents the
/// output by two columns behind a `|` margin) and the exceptions already shown.
struct PrintContext {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line behind the current indentation and margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// One exception with its cause/context chain, as CPython's default excepthook prints
/// it; exception groups show their members in numbered, indented boxes.
unsafe fn format_exception(e: Obj, ctx: &mut PrintContext, out: &mut String) {
    let mut chain: Vec<(Option<&str>, Obj)> = Vec::new();
    let mut cur = e;
    loop {
        ctx.seen.push(cur as usize);
        let ex = cur as *mut PyBaseExceptionObject;
        if !(*ex).cause.is_null() && !ctx.seen.contains(&((*ex).cause as usize)) {
            chain.push((Some(CAUSE_MESSAGE), cur));
            cur = (*ex).cause;
        } else if !(*ex).context.is_null()
            && (*ex).suppress_context == 0
            && !ctx.seen.contains(&((*ex).context as usize))
        {
            chain.push((Some(CONTEXT_MESSAGE), cur));
            cur = (*ex).context;
        } else {
            chain.push((None, cur));
            break;
        }
    }
    // Innermost cause first; each link's message precedes the exception it explains.
    let n = chain.len();
    for i in (0..n).rev() {
        let x = chain[i].1;
        if i + 1 < n {
            if let Some(msg) = chain[i].0 {
                ctx.emit(out, msg, '|');
            }
        }
        format_single(x, ctx, out);
    }
}

unsafe fn format_stack(e: Obj) -> String {
    let mut s = String::new();
    let tb = (*(e as *mut PyBaseExceptionObject)).traceback;
    if tb.is_null() || !list::is_list(tb) {
        return s;
    }
    // A frame repeated more than three times in a row (recursion) is shown three times
    // and then counted, as CPython does.
    const CUTOFF: usize = 3;
    let repeated = |n: usize| {
        format!(
            "  [Previous line repeated {} more time{}]\n",
            n - CUTOFF,
            if n - CUTOFF > 1 { "s" } else { "" }
        )
    };
    let mut last: Option<(String, String, i64)> = None;
    let mut count = 0usize;
    for &entry in list::items(tb).iter().rev() {
        let file = pystr::as_str(tuple::item(entry, 0));
        let func = pystr::as_str(tuple::item(entry, 1));
        let line = crate::objects::int::as_i64(tuple::item(entry, 2)).unwrap_or(0);
        let key = (file.to_string(), func.to_string(), line);
        if last.as_ref() != Some(&key) {
            if count > CUTOFF {
                s.push_str(&repeated(count));
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > CUTOFF {
            continue;
        }
        let field = |i: usize| {
            if tuple::len(entry) > i {
                crate::objects::int::as_i64(tuple::item(entry, i)).unwrap_or(0)
            } else {
                0
            }
        };
        s.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            file, line, func
        ));
        if let Some(raw) = raw_source_line(file, line) {
            let stripped = raw.trim();
            if !stripped.is_empty() {
                s.push_str(&format!("    {}\n", stripped));
                if let Some(carets) = caret_line(&raw, field(3), field(4)) {
                    s.push_str(&carets);
                }
            }
        }
    }
    if count > CUTOFF {
        s.push_str(&repeated(count));
    }
    s
}

unsafe fn format_single(e: Obj, ctx: &mut PrintContext, out: &mut String) {
    let stack = format_stack(e);
    if !crate::objects::exceptiongroup::is_group(e) {
        if !stack.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            ctx.emit(out, &stack, '|');
        }
        ctx.emit(out, &(format_exception_only(e) + "\n"), '|');
        let notes = format_notes(e);
        if !notes.is_empty() {
            ctx.emit(out, &notes, '|');
        }
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !stack.is_empty() {
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { '+' } else { '|' },
        );
        ctx.emit(out, &stack, '|');
    }
    ctx.emit(out, &(format_exception_only(e) + "\n"), '|');
    let notes = format_notes(e);
    if !notes.is_empty() {
        ctx.emit(out, &notes, '|');
    }
    let members: Vec<Obj> = tuple::items(crate::objects::exceptiongroup::members(e)).to_vec();
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, &m) in members.iter().take(shown).enumerate() {
        let last = i + 1 == shown;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {} ----------------\n", title));
        ctx.depth += 1;
        if !truncated {
            format_exception(m, ctx, out);
        } else {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            ctx.emit(
                out,
                &format!(
                    "and {} more exception{}\n",
                    remaining,
                    if remaining > 1 { "s" } else { "" }
                ),
                '|',
            );
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The source line, read from the file if it is still there (as CPython's linecache
/// does). Executables never need the file; without it the line is omitted.
pub(crate) fn raw_source_line(file: &str, line: i64) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    Some(text.lines().nth((line - 1).max(0) as usize)?.to_string())
}

/// The character offset of byte offset `b` in `s` (clamped).
fn char_offset(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    let mut b = b;
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// The caret line under a traceback's source line, as CPython 3.12 draws it: `^` under
/// the failing expression, or `~` with `^` under the operator or brackets (anchors);
/// none when the expression is the whole line. `cols` and `anchors` are the compiler's
/// packed position (`pack_position`).
// TODO(traceback): double-width characters count as one column here (CPython widens).
fn caret_line(raw: &str, cols: i64, anchors: i64) -> Option<String> {
    const M: i64 = (1 << 20) - 1;
    let start_b = (cols & M) as usize;
    if start_b == 0 {
        return None;
    }
    let start_b = start_b - 1;
    let end_b = ((cols >> 20) & M) as usize;
    let extra_lines = (cols >> 40) & M;
    let stripped = raw.trim();
    let leading = raw.len() - raw.trim_start().len();
    let start = char_offset(raw, start_b);
    let end = if extra_lines > 0 {
        // A multi-line expression: up to the end of the first line's text.
        raw.trim_end().chars().count()
    } else {
        char_offset(raw, end_b)
    };
    if end <= start {
        return None;
    }
    let segment_start_b = start_b.min(raw.len());
    let anchors = if anchors != 0 && extra_lines == 0 {
        let l = ((anchors & M) - 1) as usize;
        let r = (((anchors >> 20) & M) - 1) as usize;
        let seg = raw.get(segment_start_b..end_b.min(raw.len()))?;
        Some((char_offset(seg, l), char_offset(seg, r)))
    } else {
        None
    };
    let spans_line = end - start >= stripped.chars().count();
    if spans_line && !anchors.is_some_and(|(l, r)| r > l) {
        return None;
    }
    let lead_chars = raw[..leading].chars().count();
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(lead_chars)));
    match anchors {
        Some((l, r)) => {
            let width = end - start;
            let (l, r) = (l.min(width), r.min(width).max(l.min(width)));
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width - r));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
    Some(out)
}

/// `PyExc_EnvironmentError` and `PyExc_IOError`: aliases of OSError, as in CPython.
#[no_mangle]
pub static mut PyExc_EnvironmentError: Obj = null_mut();
#[no_mangle]
pub static mut PyExc_IOError: Obj = null_mut();

/// Sets the alias pointers once the types exist.
///
/// # Safety
/// Start-up only, after `init_types`.
pub unsafe fn init_aliases() {
    PyExc_EnvironmentError = PyExc_OSError;
    PyExc_IOError = PyExc_OSError;
    // `NameError.name`, `AttributeError.name` and `.obj` default to None; the runtime
    // sets them on the instances it raises (they feed "Did you mean" suggestions).
    // TODO(exceptions): the `name=`/`obj=` constructor keywords.
    let none = crate::objects::none::none();
    let _ = dict::set_str((*name_error()).tp_dict, "name", none);
    let _ = dict::set_str((*attribute_error()).tp_dict, "name", none);
    let _ = dict::set_str((*attribute_error()).tp_dict, "obj", none);
}
