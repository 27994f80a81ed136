//! Molt's runtime: the object model and builtins that compiled programs link against
//! (`libmolt.a`). See `ARCHITECTURE.md` for the layering; in short:
//!
//! - `object`, `typeobject`: the object header, reference counting, type objects with
//!   CPython 3.12's layout, attribute lookup;
//! - `objects/`: one module per Python type;
//! - `abstract_`, `call`, `slots`, `classes`, `format`, `args`: the protocols;
//! - `errors`: the thread state's exception and the NULL/-1 convention;
//! - `builtins`: the `builtins` and `sys` modules;
//! - `abi`: the `molt_*` functions generated code calls, and `main`.

#![allow(clippy::missing_safety_doc)]
#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]

pub mod abi;
pub mod abstract_;
pub mod args;
pub mod builtins;
pub mod call;
pub mod capabilities;
pub mod classes;
pub mod codecs;
pub mod errors;
pub mod format;
pub mod frames;
pub mod object;
pub mod objects;
pub mod slots;
pub mod suggestions;
#[cfg(test)]
mod tests;
pub mod typeobject;

use object::*;
use typeobject::*;

static mut INITIALISED: bool = false;

/// Readies every builtin type and creates `builtins` and `sys`. Idempotent.
///
/// # Safety
/// Call once from the main thread before running any compiled code.
pub unsafe fn init(argv: &[String]) {
    if INITIALISED {
        return;
    }
    INITIALISED = true;
    use objects::*;
    objects::bool::init();
    let statics: Vec<*mut PyTypeObject> = vec![
        &raw mut object::PyBaseObject_Type,
        &raw mut PyType_Type,
        &raw mut str::PyUnicode_Type,
        &raw mut dict::PyDict_Type,
        &raw mut tuple::PyTuple_Type,
        &raw mut int::PyLong_Type,
        &raw mut bool::PyBool_Type,
        &raw mut float::PyFloat_Type,
        &raw mut complex::PyComplex_Type,
        &raw mut list::PyList_Type,
        &raw mut bytes::PyBytes_Type,
        &raw mut bytearray::PyByteArray_Type,
        &raw mut bytearray::ByteArrayIter_Type,
        &raw mut set::PySet_Type,
        &raw mut set::PyFrozenSet_Type,
        &raw mut set::SetIter_Type,
        &raw mut range::PyRange_Type,
        &raw mut range::RangeIter_Type,
        &raw mut slice::PySlice_Type,
        &raw mut none::_PyNone_Type,
        &raw mut none::_PyNotImplemented_Type,
        &raw mut none::PyEllipsis_Type,
        &raw mut function::PyFunction_Type,
        &raw mut cfunction::PyCFunction_Type,
        &raw mut method::PyMethod_Type,
        &raw mut descr::PyMethodDescr_Type,
        &raw mut descr::PyClassMethodDescr_Type,
        &raw mut descr::PyGetSetDescr_Type,
        &raw mut descr::PyMemberDescr_Type,
        &raw mut slots::WrapperDescr_Type,
        &raw mut cell::PyCell_Type,
        &raw mut module::PyModule_Type,
        &raw mut dictview::DictKeys_Type,
        &raw mut dictview::DictValues_Type,
        &raw mut dictview::DictItems_Type,
        &raw mut dictview::DictKeyIter_Type,
        &raw mut dictview::DictValueIter_Type,
        &raw mut dictview::DictItemIter_Type,
        &raw mut dictview::DictRevKeyIter_Type,
        &raw mut dictview::DictRevValueIter_Type,
        &raw mut dictview::DictRevItemIter_Type,
        &raw mut generator::PyGen_Type,
        &raw mut genericalias::Py_GenericAliasType,
        &raw mut genericalias::_PyUnion_Type,
        &raw mut typealias::PyTypeAlias_Type,
        &raw mut funcobjects::PyStaticMethod_Type,
        &raw mut funcobjects::PyClassMethod_Type,
        &raw mut funcobjects::PyProperty_Type,
        &raw mut superobject::PySuper_Type,
        &raw mut memoryview::_PyManagedBuffer_Type,
        &raw mut memoryview::PyMemoryView_Type,
        &raw mut memoryview::MemoryIter_Type,
        &raw mut textio::TextIOWrapper_Type,
        &raw mut bufferedio::BufferedReader_Type,
        &raw mut bufferedio::BufferedWriter_Type,
        &raw mut bufferedio::BufferedRandom_Type,
    ];
    dictview::init();
    set::init();
    bytearray::init();
    memoryview::init();
    bytes_methods::init();
    let mut all = statics;
    all.extend(iter::all_types());
    all.extend(coroutine::all_types());
    all.extend(asyncgen::all_types());
    all.extend(anext::all_types());
    for t in all {
        if type_ready(t).is_err() {
            fatal("could not initialise a builtin type");
        }
    }
    exceptions::init_types();
    if exceptiongroup::init().is_err() {
        fatal("could not create ExceptionGroup");
    }
    exceptions::init_aliases();
    builtins::io::init_streams();
    if builtins::init().is_err() || builtins::sys::init(argv).is_err() {
        fatal("could not initialise the builtins");
    }
}

fn fatal(msg: &str) -> ! {
    eprintln!("molt runtime: fatal error: {}", msg);
    std::process::abort()
}

extern "C" {
    /// The compiled program's entry: runs the main module; returns a new reference to
    /// None, or NULL with the uncaught exception set.
    fn molt_main_module() -> Obj;
}

/// Runs a compiled program: initialise, run the main module, report an uncaught
/// exception as CPython does, flush, and return the exit status.
///
/// # Safety
/// Called once, by `main`.
pub unsafe fn run_main(argv: Vec<String>) -> i32 {
    init(&argv);
    let r = molt_main_module();
    let status = if r.is_null() {
        handle_uncaught()
    } else {
        decref(r);
        0
    };
    abi::clear_main_at_exit();
    objects::fileio::flush_all_at_exit();
    // As CPython's finalisation: a failed flush of stdout (a closed pipe) is reported
    // and the status becomes 120.
    let flushed = builtins::io::flush_stdout_at_exit();
    if status == EXIT_BY_SIGINT {
        die_by_sigint();
    }
    if flushed {
        status
    } else {
        120
    }
}

/// `handle_uncaught`'s answer for an uncaught KeyboardInterrupt: like CPython, the
/// process then ends by SIGINT (a shell shows status 130), after the traceback.
const EXIT_BY_SIGINT: i32 = -130;

extern "C" {
    fn signal(sig: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

/// Ends the process by SIGINT with its default action, as CPython does after an
/// uncaught KeyboardInterrupt.
fn die_by_sigint() -> ! {
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    // SAFETY: restoring the default disposition and raising a signal in our own
    // process; every stream has been flushed.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    std::process::exit(130)
}

/// Turns the uncaught exception into an exit status, printing it unless it is a
/// `SystemExit`.
unsafe fn handle_uncaught() -> i32 {
    let Some(e) = errors::fetch() else { return 1 };
    let ep = e.as_ptr();
    if is_instance_of(ep, objects::exceptions::system_exit()) {
        let args = objects::exceptions::args(ep);
        let code = match objects::tuple::len(args) {
            0 => return 0,
            1 => objects::tuple::item(args, 0),
            _ => args,
        };
        if code == objects::none::none() {
            return 0;
        }
        if objects::int::is_int(code) {
            return objects::int::as_i64(code).map(|v| v as i32).unwrap_or(-1);
        }
        builtins::io::flush_stdout();
        match abstract_::str(code) {
            Ok(s) => builtins::io::write_stderr(&format!("{}\n", objects::str::as_str(s.as_ptr()))),
            Err(_) => errors::clear(),
        }
        return 1;
    }
    builtins::io::flush_stdout();
    objects::exceptions::print_exception(ep);
    if is_instance_of(ep, objects::exceptions::keyboard_interrupt()) {
        return EXIT_BY_SIGINT;
    }
    1
}

/// The C entry point of every Molt executable. (Not in the unit-test build, whose
/// harness has its own `main`.)
///
/// # Safety
/// Called by the C runtime with valid `argc`/`argv`.
#[cfg(not(test))]
#[no_mangle]
pub unsafe extern "C" fn main(argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    let args: Vec<String> = (0..argc.max(0) as usize)
        .map(|i| {
            std::ffi::CStr::from_ptr(*argv.add(i))
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    capabilities::load_from_executable();
    // A panic inside an `extern "C"` runtime function cannot unwind and aborts the
    // process: say what happened, after what the program printed.
    std::panic::set_hook(Box::new(|info| {
        builtins::io::flush_stdout();
        eprintln!("molt runtime: internal error (a Rust panic: {info}); this is a bug in Molt");
    }));
    // As CPython: a write to a closed pipe fails with EPIPE (BrokenPipeError) instead
    // of killing the process.
    const SIGPIPE: i32 = 13;
    const SIG_IGN: usize = 1;
    signal(SIGPIPE, SIG_IGN);
    // The program runs on a thread with a large stack, so that deep recursion (with a
    // raised `sys.setrecursionlimit`) and deep iterator chains fit as in CPython; the
    // pages are only committed when touched. If the thread cannot be created, the
    // program runs on the main thread.
    const MAIN_STACK: usize = 512 << 20;
    let body = move || match std::panic::catch_unwind(|| run_main(args)) {
        Ok(code) => code,
        // The hook has reported it.
        Err(_) => 70,
    };
    let (tx, rx) = std::sync::mpsc::channel::<Box<dyn FnOnce() -> i32 + Send>>();
    let worker = std::thread::Builder::new()
        .name("main".into())
        .stack_size(MAIN_STACK)
        .spawn(move || rx.recv().map(|f| f()).unwrap_or(70));
    match worker {
        Ok(h) => {
            let _ = tx.send(Box::new(body));
            h.join().unwrap_or(70)
        }
        Err(_) => body(),
    }
}
