//! `pylifecycle.h`: ending the process from C (`Py_FatalError`).

use std::ffi::c_char;
use std::io::Write;

/// `Py_FatalError(message)`: prints `Fatal Python error: FUNC: MESSAGE` to stderr, as
/// CPython does, and aborts the process. Never returns.
#[no_mangle]
pub unsafe extern "C" fn _Py_FatalErrorFunc(func: *const c_char, message: *const c_char) -> ! {
    let text = |p: *const c_char| {
        if p.is_null() {
            String::new()
        } else {
            crate::cstr(p).into_owned()
        }
    };
    let mut err = std::io::stderr();
    let _ = match func.is_null() {
        true => writeln!(err, "Fatal Python error: {}", text(message)),
        false => writeln!(err, "Fatal Python error: {}: {}", text(func), text(message)),
    };
    let _ = err.flush();
    std::process::abort()
}
