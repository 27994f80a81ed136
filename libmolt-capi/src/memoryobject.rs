//! `memoryobject.h`: creating memoryview objects from exporters, raw memory and
//! `Py_buffer`s. The type itself and its layout (`PyMemoryViewObject`) live in the
//! runtime (`objects/memoryview.rs`).

use crate::guard;
use crate::support::check_nonnull;
use molt_runtime::errors::raise;
use molt_runtime::object::*;
use molt_runtime::objects::exceptions as exc;
use molt_runtime::objects::memoryview::{self as mview, Py_buffer};
use std::ffi::{c_char, c_int};

/// `PyMemoryView_FromObject`: a memoryview of any buffer exporter (`o` is borrowed).
/// TypeError "memoryview: a bytes-like object is required, not 'X'" otherwise.
/// Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMemoryView_FromObject(o: Obj) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        mview::from_object(o)
    })
}

/// `PyMemoryView_FromMemory`: a one-dimensional unsigned-byte memoryview of `size`
/// bytes at `mem`, read-only with `PyBUF_READ` or writable with `PyBUF_WRITE`. The
/// memory is not copied and must outlive the memoryview. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMemoryView_FromMemory(
    mem: *mut c_char,
    size: isize,
    flags: c_int,
) -> Obj {
    guard(|| mview::from_memory(mem, size, flags))
}

/// `PyMemoryView_FromBuffer`: a memoryview of the memory `info` describes, with no
/// exporter (`info->obj` is ignored; the format string is copied). The memory must
/// outlive the memoryview. Return value: new reference.
#[no_mangle]
pub unsafe extern "C" fn PyMemoryView_FromBuffer(info: *const Py_buffer) -> Obj {
    guard(|| {
        if info.is_null() {
            return Err(crate::support::bad_internal_call());
        }
        mview::from_buffer(&*info)
    })
}

/// `PyMemoryView_GetContiguous`: a memoryview of `o` that is contiguous in `order`
/// (`'C'`, `'F'` or `'A'`): `o`'s own memory when it already is, else a read-only copy
/// (BufferError "writable contiguous buffer requested for a non-contiguous object." when
/// `buffertype` is `PyBUF_WRITE`). `o` is borrowed. Return value: new reference.
/// TODO(capi): copies in Fortran order.
#[no_mangle]
pub unsafe extern "C" fn PyMemoryView_GetContiguous(
    o: Obj,
    buffertype: c_int,
    order: c_char,
) -> Obj {
    guard(|| {
        check_nonnull(&[o])?;
        let m = mview::from_object(o)?;
        let v = mview::view_of(m.as_ptr());
        if buffertype == mview::PYBUF_WRITE && v.readonly != 0 {
            return Err(raise(
                exc::buffer_error(),
                "underlying buffer is not writable",
            ));
        }
        if mview::is_contiguous(v, order as u8) {
            return Ok(m);
        }
        if buffertype == mview::PYBUF_WRITE {
            return Err(raise(
                exc::buffer_error(),
                "writable contiguous buffer requested for a non-contiguous object.",
            ));
        }
        if order as u8 == b'F' && v.ndim > 1 {
            return Err(raise(
                exc::not_implemented_error(),
                "PyMemoryView_GetContiguous: Fortran order is not supported yet",
            ));
        }
        let b = Ref::steal(molt_runtime::objects::bytes::from_bytes(&mview::to_bytes(
            v,
        )));
        mview::from_object(b.as_ptr())
    })
}
