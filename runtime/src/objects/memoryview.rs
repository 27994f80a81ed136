//! The buffer protocol (`Py_buffer`, getting and releasing views, `PyBuffer_FillInfo`,
//! contiguity) and `memoryview`, with CPython 3.12's layouts: a managed buffer object
//! holds the exporter's view (`_PyManagedBufferObject`), and each memoryview
//! (`PyMemoryViewObject`) holds its own copy of the view, whose shape, strides and
//! suboffsets live in the `ob_array` tail. Slices and casts share the managed buffer.
//!
//! Items are read and written for the native single-character struct formats
//! (`c b B ? h H i I l L q Q n N e f d P`, optionally prefixed with `@`).
//! TODO(memoryview): multi-dimensional slicing and
//! sub-views, slice assignment between differently shaped views, and Python classes
//! exporting buffers through `__buffer__` (PEP 688).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{bytes, exceptions, float, int, none, slice, tuple};
use crate::typeobject::*;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr::null_mut;

/// CPython's `Py_buffer`: a view of an exporter's memory.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Py_buffer {
    pub buf: *mut c_void,
    pub obj: Obj,
    pub len: isize,
    pub itemsize: isize,
    pub readonly: c_int,
    pub ndim: c_int,
    pub format: *mut c_char,
    pub shape: *mut isize,
    pub strides: *mut isize,
    pub suboffsets: *mut isize,
    pub internal: *mut c_void,
}

impl Py_buffer {
    /// An empty view (all fields zero or NULL).
    pub const EMPTY: Py_buffer = Py_buffer {
        buf: null_mut(),
        obj: null_mut(),
        len: 0,
        itemsize: 0,
        readonly: 0,
        ndim: 0,
        format: null_mut(),
        shape: null_mut(),
        strides: null_mut(),
        suboffsets: null_mut(),
        internal: null_mut(),
    };
}

/// The `PyBUF_*` request flags.
pub const PYBUF_SIMPLE: c_int = 0;
pub const PYBUF_WRITABLE: c_int = 0x0001;
pub const PYBUF_FORMAT: c_int = 0x0004;
pub const PYBUF_ND: c_int = 0x0008;
pub const PYBUF_STRIDES: c_int = 0x0010 | PYBUF_ND;
pub const PYBUF_C_CONTIGUOUS: c_int = 0x0020 | PYBUF_STRIDES;
pub const PYBUF_F_CONTIGUOUS: c_int = 0x0040 | PYBUF_STRIDES;
pub const PYBUF_ANY_CONTIGUOUS: c_int = 0x0080 | PYBUF_STRIDES;
pub const PYBUF_INDIRECT: c_int = 0x0100 | PYBUF_STRIDES;
pub const PYBUF_FULL_RO: c_int = PYBUF_INDIRECT | PYBUF_FORMAT;
pub const PYBUF_RECORDS_RO: c_int = PYBUF_STRIDES | PYBUF_FORMAT;
/// `PyMemoryView_FromMemory`'s access modes.
pub const PYBUF_READ: c_int = 0x100;
pub const PYBUF_WRITE: c_int = 0x200;
pub const PYBUF_MAX_NDIM: usize = 64;

/// CPython's memoryview state flags (`_Py_MEMORYVIEW_*`).
pub const MV_RELEASED: c_int = 0x001;
pub const MV_C: c_int = 0x002;
pub const MV_FORTRAN: c_int = 0x004;
pub const MV_SCALAR: c_int = 0x008;
pub const MV_PIL: c_int = 0x010;
/// `_Py_MANAGED_BUFFER_RELEASED`, `_Py_MANAGED_BUFFER_FREE_FORMAT`.
const MB_RELEASED: c_int = 0x001;
const MB_FREE_FORMAT: c_int = 0x002;

/// CPython's `_PyManagedBufferObject`: owns the exporter's view for every memoryview
/// made from it.
#[repr(C)]
pub struct ManagedBufferObject {
    pub ob_base: PyObject,
    pub flags: c_int,
    pub exports: isize,
    pub master: Py_buffer,
}

/// CPython's `PyMemoryViewObject`; `ob_array` holds `3 * ndim` entries (shape, strides,
/// suboffsets).
#[repr(C)]
pub struct PyMemoryViewObject {
    pub ob_base: PyVarObject,
    pub mbuf: *mut ManagedBufferObject,
    pub hash: isize,
    pub flags: c_int,
    pub exports: isize,
    pub view: Py_buffer,
    pub weakreflist: Obj,
    pub ob_array: [isize; 1],
}

#[no_mangle]
pub static mut _PyManagedBuffer_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(mbuf_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    ..PyTypeObject::new_static(
        c"managedbuffer",
        std::mem::size_of::<ManagedBufferObject>(),
        0,
    )
};

#[no_mangle]
pub static mut PyMemoryView_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(memory_dealloc),
    tp_repr: Some(memory_repr),
    tp_hash: Some(memory_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(memory_richcompare),
    tp_iter: Some(memory_iter),
    tp_as_sequence: &raw mut MEMORY_AS_SEQUENCE,
    tp_as_mapping: &raw mut MEMORY_AS_MAPPING,
    tp_as_buffer: &raw mut MEMORY_AS_BUFFER,
    tp_methods: &raw mut MEMORY_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut MEMORY_GETSET as *mut PyGetSetDef,
    tp_new: Some(memory_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_SEQUENCE,
    ..PyTypeObject::new_static(
        c"memoryview",
        std::mem::size_of::<PyMemoryViewObject>(),
        std::mem::size_of::<isize>(),
    )
};

/// `memory_iterator`: walks a one-dimensional view by index.
pub static mut MemoryIter_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(memiter_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(memiter_next),
    ..PyTypeObject::new_static(
        c"memory_iterator",
        std::mem::size_of::<MemoryIterObject>(),
        0,
    )
};

#[repr(C)]
pub struct MemoryIterObject {
    pub ob_base: PyObject,
    pub index: isize,
    pub seq: Obj,
}

static mut MEMORY_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(memory_length),
    sq_item: Some(memory_item_slot),
    ..PySequenceMethods::EMPTY
};

static mut MEMORY_AS_MAPPING: PyMappingMethods = PyMappingMethods {
    mp_length: Some(memory_length),
    mp_subscript: Some(memory_subscript),
    mp_ass_subscript: Some(memory_ass_subscript),
};

static mut MEMORY_AS_BUFFER: PyBufferProcs = PyBufferProcs {
    bf_getbuffer: Some(memory_getbuf),
    bf_releasebuffer: Some(memory_releasebuf),
};

static mut MEMORY_METHODS: [PyMethodDef; 9] = [
    crate::method_def!("release", mv_release, METH_NOARGS),
    crate::method_def!("tobytes", mv_tobytes),
    crate::method_def!("hex", mv_hex),
    crate::method_def!("tolist", mv_tolist, METH_NOARGS),
    crate::method_def!("cast", mv_cast),
    crate::method_def!("toreadonly", mv_toreadonly, METH_NOARGS),
    crate::method_def!("__enter__", mv_enter, METH_NOARGS),
    crate::method_def!("__exit__", mv_exit, METH_VARARGS),
    METHOD_SENTINEL,
];

static mut MEMORY_GETSET: [PyGetSetDef; 13] = [
    getset_def(c"obj", Some(mv_get_obj), None),
    getset_def(c"nbytes", Some(mv_get_nbytes), None),
    getset_def(c"readonly", Some(mv_get_readonly), None),
    getset_def(c"itemsize", Some(mv_get_itemsize), None),
    getset_def(c"format", Some(mv_get_format), None),
    getset_def(c"ndim", Some(mv_get_ndim), None),
    getset_def(c"shape", Some(mv_get_shape), None),
    getset_def(c"strides", Some(mv_get_strides), None),
    getset_def(c"suboffsets", Some(mv_get_suboffsets), None),
    getset_def(c"c_contiguous", Some(mv_get_c_contiguous), None),
    getset_def(c"f_contiguous", Some(mv_get_f_contiguous), None),
    getset_def(c"contiguous", Some(mv_get_contiguous), None),
    getset_def_end(),
];

// ---- the buffer protocol ----------------------------------------------------------

unsafe fn buffer_error(msg: &str) -> Raised {
    crate::errors::raise(exceptions::buffer_error(), msg)
}

/// Whether `o`'s type exports buffers (`PyObject_CheckBuffer`).
///
/// # Safety
/// `o` is live.
pub unsafe fn check_buffer(o: Obj) -> bool {
    let pb = (*type_of(o)).tp_as_buffer;
    !pb.is_null() && (*pb).bf_getbuffer.is_some()
}

/// `PyObject_GetBuffer`: asks `o`'s `bf_getbuffer` to fill `view` for `flags`. On
/// success `view.obj` holds a new reference (released by [`release_buffer`]).
///
/// # Safety
/// `o` is live; `view` is writable.
pub unsafe fn get_buffer(o: Obj, view: *mut Py_buffer, flags: c_int) -> PyResult<()> {
    let pb = (*type_of(o)).tp_as_buffer;
    let get = if pb.is_null() {
        None
    } else {
        (*pb).bf_getbuffer
    };
    let Some(get) = get else {
        return Err(crate::errors::type_error(&format!(
            "a bytes-like object is required, not '{}'",
            obj_type_name(o)
        )));
    };
    if get(o, view as *mut c_void, flags) < 0 {
        if !crate::errors::occurred() {
            return Err(crate::errors::raise(
                exceptions::system_error(),
                "bf_getbuffer failed without setting an error",
            ));
        }
        return Err(Raised);
    }
    Ok(())
}

/// `PyBuffer_Release`: calls the exporter's `bf_releasebuffer`, drops `view.obj` and
/// sets it to NULL. A view whose `obj` is NULL is left alone.
///
/// # Safety
/// `view` is NULL or a filled view.
pub unsafe fn release_buffer(view: *mut Py_buffer) {
    if view.is_null() {
        return;
    }
    let o = (*view).obj;
    if o.is_null() {
        return;
    }
    let pb = (*type_of(o)).tp_as_buffer;
    if !pb.is_null() {
        if let Some(rel) = (*pb).bf_releasebuffer {
            rel(o, view as *mut c_void);
        }
    }
    (*view).obj = null_mut();
    decref(o);
}

/// `PyBuffer_FillInfo`: a one-dimensional unsigned-byte view of `len` bytes at `buf`,
/// with the fields `flags` asks for. `obj` (may be NULL) gains a reference.
///
/// # Safety
/// `view` is NULL or writable; `buf` stays valid while the view is held.
pub unsafe fn fill_info(
    view: *mut Py_buffer,
    obj: Obj,
    buf: *mut c_void,
    len: isize,
    readonly: bool,
    flags: c_int,
) -> PyResult<()> {
    if view.is_null() {
        return Err(buffer_error(
            "PyBuffer_FillInfo: view==NULL argument is obsolete",
        ));
    }
    if flags != PYBUF_SIMPLE && flags & PYBUF_WRITABLE == PYBUF_WRITABLE && readonly {
        return Err(buffer_error("Object is not writable."));
    }
    (*view).obj = if obj.is_null() { obj } else { new_ref(obj) };
    (*view).buf = buf;
    (*view).len = len;
    (*view).readonly = readonly as c_int;
    (*view).itemsize = 1;
    (*view).format = if flags & PYBUF_FORMAT == PYBUF_FORMAT {
        c"B".as_ptr() as *mut c_char
    } else {
        null_mut()
    };
    (*view).ndim = 1;
    (*view).shape = if flags & PYBUF_ND == PYBUF_ND {
        &raw mut (*view).len
    } else {
        null_mut()
    };
    (*view).strides = if flags & PYBUF_STRIDES == PYBUF_STRIDES {
        &raw mut (*view).itemsize
    } else {
        null_mut()
    };
    (*view).suboffsets = null_mut();
    (*view).internal = null_mut();
    Ok(())
}

unsafe fn shape_of(v: &Py_buffer) -> Vec<isize> {
    if v.ndim == 0 {
        return vec![];
    }
    if v.shape.is_null() {
        return vec![v.len / v.itemsize.max(1)];
    }
    std::slice::from_raw_parts(v.shape, v.ndim as usize).to_vec()
}

unsafe fn strides_of(v: &Py_buffer) -> Vec<isize> {
    if v.ndim == 0 {
        return vec![];
    }
    if v.strides.is_null() {
        return c_strides(&shape_of(v), v.itemsize);
    }
    std::slice::from_raw_parts(v.strides, v.ndim as usize).to_vec()
}

fn c_strides(shape: &[isize], itemsize: isize) -> Vec<isize> {
    let mut st = vec![0; shape.len()];
    let mut sd = itemsize;
    for i in (0..shape.len()).rev() {
        st[i] = sd;
        sd *= shape[i];
    }
    st
}

unsafe fn has_suboffsets(v: &Py_buffer) -> bool {
    if v.suboffsets.is_null() {
        return false;
    }
    std::slice::from_raw_parts(v.suboffsets, v.ndim as usize)
        .iter()
        .any(|&s| s >= 0)
}

unsafe fn is_c_contig(v: &Py_buffer) -> bool {
    if v.len == 0 || v.strides.is_null() {
        return true;
    }
    if has_suboffsets(v) {
        return false;
    }
    let (shape, strides) = (shape_of(v), strides_of(v));
    let mut sd = v.itemsize;
    for i in (0..shape.len()).rev() {
        if shape[i] > 1 && strides[i] != sd {
            return false;
        }
        sd *= shape[i];
    }
    true
}

unsafe fn is_f_contig(v: &Py_buffer) -> bool {
    if v.len == 0 {
        return true;
    }
    if v.strides.is_null() {
        // C-contiguous: also Fortran-contiguous when at most one extent exceeds 1.
        return v.ndim <= 1 || shape_of(v).iter().filter(|&&d| d > 1).count() <= 1;
    }
    if has_suboffsets(v) {
        return false;
    }
    let (shape, strides) = (shape_of(v), strides_of(v));
    let mut sd = v.itemsize;
    for i in 0..shape.len() {
        if shape[i] > 1 && strides[i] != sd {
            return false;
        }
        sd *= shape[i];
    }
    true
}

/// `PyBuffer_IsContiguous`: `order` is `b'C'`, `b'F'` or `b'A'` (either).
///
/// # Safety
/// `view` is a filled view.
pub unsafe fn is_contiguous(view: &Py_buffer, order: u8) -> bool {
    if has_suboffsets(view) {
        return false;
    }
    match order {
        b'C' => is_c_contig(view),
        b'F' => is_f_contig(view),
        b'A' => is_c_contig(view) || is_f_contig(view),
        _ => false,
    }
}

// ---- bytes and bytearray exports ---------------------------------------------------

/// `bytes`' `bf_getbuffer`: a read-only view of the bytes.
///
/// # Safety
/// Called through the slot.
pub unsafe extern "C" fn bytes_getbuffer(o: Obj, view: *mut c_void, flags: c_int) -> c_int {
    let b = bytes::as_bytes(o);
    crate::errors::into_status(fill_info(
        view as *mut Py_buffer,
        o,
        b.as_ptr() as *mut c_void,
        b.len() as isize,
        true,
        flags,
    ))
}

/// `bytearray`'s `bf_getbuffer`: a writable view; the size is frozen while exported
/// (`ob_exports`).
///
/// # Safety
/// Called through the slot.
pub unsafe extern "C" fn bytearray_getbuffer(o: Obj, view: *mut c_void, flags: c_int) -> c_int {
    use crate::objects::bytearray::PyByteArrayObject;
    let ba = o as *mut PyByteArrayObject;
    let p = if (*ba).ob_start.is_null() {
        c"".as_ptr() as *mut c_void
    } else {
        (*ba).ob_start as *mut c_void
    };
    let n = crate::objects::bytearray::len(o) as isize;
    if fill_info(view as *mut Py_buffer, o, p, n, false, flags).is_err() {
        return -1;
    }
    (*ba).ob_exports += 1;
    0
}

/// `bytearray`'s `bf_releasebuffer`: one export fewer.
///
/// # Safety
/// Called through the slot.
pub unsafe extern "C" fn bytearray_releasebuffer(o: Obj, _view: *mut c_void) {
    (*(o as *mut crate::objects::bytearray::PyByteArrayObject)).ob_exports -= 1;
}

/// The `PyBufferProcs` of bytes.
pub static mut BYTES_AS_BUFFER: PyBufferProcs = PyBufferProcs {
    bf_getbuffer: Some(bytes_getbuffer),
    bf_releasebuffer: None,
};

/// The `PyBufferProcs` of bytearray.
pub static mut BYTEARRAY_AS_BUFFER: PyBufferProcs = PyBufferProcs {
    bf_getbuffer: Some(bytearray_getbuffer),
    bf_releasebuffer: Some(bytearray_releasebuffer),
};

/// Installs the buffer slots of bytes and bytearray (before the types are readied).
///
/// # Safety
/// Start-up only.
pub unsafe fn init() {
    crate::objects::bytes::PyBytes_Type.tp_as_buffer = &raw mut BYTES_AS_BUFFER;
    crate::objects::bytearray::PyByteArray_Type.tp_as_buffer = &raw mut BYTEARRAY_AS_BUFFER;
}

// ---- managed buffers ---------------------------------------------------------------

unsafe fn mbuf_release(mb: *mut ManagedBufferObject) {
    if (*mb).flags & MB_RELEASED != 0 {
        return;
    }
    (*mb).flags |= MB_RELEASED;
    if (*mb).flags & MB_FREE_FORMAT != 0 {
        drop(std::ffi::CString::from_raw((*mb).master.format));
        (*mb).master.format = null_mut();
        (*mb).flags &= !MB_FREE_FORMAT;
    }
    release_buffer(&raw mut (*mb).master);
}

unsafe extern "C" fn mbuf_dealloc(o: Obj) {
    mbuf_release(o as *mut ManagedBufferObject);
    free_object(o);
}

/// A managed buffer over `o`'s full read-only view. New reference.
unsafe fn mbuf_from_object(o: Obj) -> PyResult<*mut ManagedBufferObject> {
    let m = alloc_object(
        &raw mut _PyManagedBuffer_Type,
        std::mem::size_of::<ManagedBufferObject>(),
    ) as *mut ManagedBufferObject;
    if let Err(e) = get_buffer(o, &raw mut (*m).master, PYBUF_FULL_RO) {
        (*m).flags |= MB_RELEASED;
        decref(m as Obj);
        return Err(e);
    }
    Ok(m)
}

// ---- memoryview objects ------------------------------------------------------------

/// Whether `o` is a memoryview.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_memoryview(o: Obj) -> bool {
    type_of(o) == &raw mut PyMemoryView_Type
}

/// The view of a memoryview (`PyMemoryView_GET_BUFFER`).
///
/// # Safety
/// `o` is a memoryview.
pub unsafe fn view_of<'a>(o: Obj) -> &'a mut Py_buffer {
    &mut (*(o as *mut PyMemoryViewObject)).view
}

unsafe fn mv(o: Obj) -> *mut PyMemoryViewObject {
    o as *mut PyMemoryViewObject
}

unsafe fn compute_flags(v: &Py_buffer) -> c_int {
    let mut f = 0;
    if v.ndim == 0 {
        f |= MV_SCALAR | MV_C | MV_FORTRAN;
    } else if has_suboffsets(v) {
        f |= MV_PIL;
    } else {
        if is_c_contig(v) {
            f |= MV_C;
        }
        if is_f_contig(v) {
            f |= MV_FORTRAN;
        }
    }
    f
}

/// A new memoryview on `mb` showing `src` (whose shape/strides/suboffsets may be NULL
/// and are then computed): the view is copied, its arrays into `ob_array`.
unsafe fn mv_from_view(mb: *mut ManagedBufferObject, src: &Py_buffer) -> PyResult<Ref> {
    let ndim = src.ndim.max(0) as usize;
    if ndim > PYBUF_MAX_NDIM {
        return Err(crate::errors::value_error(&format!(
            "memoryview: number of dimensions must not exceed {}",
            PYBUF_MAX_NDIM
        )));
    }
    let size = std::mem::size_of::<PyMemoryViewObject>() + 3 * ndim * std::mem::size_of::<isize>();
    let o = alloc_object(&raw mut PyMemoryView_Type, size);
    let m = mv(o);
    (*m).ob_base.ob_size = 3 * ndim as isize;
    (*m).hash = -1;
    (*m).mbuf = new_ref(mb as Obj) as *mut ManagedBufferObject;
    (*mb).exports += 1;
    let arr = (&raw mut (*m).ob_array) as *mut isize;
    let shape = shape_of(src);
    let strides = strides_of(src);
    let v = &mut (*m).view;
    *v = *src;
    v.obj = (*mb).master.obj;
    v.internal = null_mut();
    if v.format.is_null() {
        v.format = c"B".as_ptr() as *mut c_char;
    }
    v.shape = arr;
    v.strides = arr.add(ndim);
    v.suboffsets = if has_suboffsets(src) {
        std::ptr::copy_nonoverlapping(src.suboffsets, arr.add(2 * ndim), ndim);
        arr.add(2 * ndim)
    } else {
        null_mut()
    };
    for i in 0..ndim {
        *arr.add(i) = shape[i];
        *arr.add(ndim + i) = strides[i];
    }
    if ndim == 0 {
        v.shape = null_mut();
        v.strides = null_mut();
    }
    (*m).flags = compute_flags(v);
    Ok(Ref::steal(o))
}

/// `PyMemoryView_FromObject`: a memoryview of any buffer exporter (a memoryview gives a
/// new view on the same managed buffer). New reference.
///
/// # Safety
/// `o` is live.
pub unsafe fn from_object(o: Obj) -> PyResult<Ref> {
    if is_memoryview(o) {
        check_released(o)?;
        let m = mv(o);
        return mv_from_view((*m).mbuf, &(*m).view);
    }
    if !check_buffer(o) {
        return Err(crate::errors::type_error(&format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj_type_name(o)
        )));
    }
    let mb = mbuf_from_object(o)?;
    let mb_ref = Ref::steal(mb as Obj);
    mv_from_view(mb, &(*mb).master).map(|r| {
        drop(mb_ref);
        r
    })
}

/// `PyMemoryView_FromBuffer`: a memoryview of a view with no exporter (`info.obj` is
/// ignored and the memory must outlive the memoryview). New reference.
///
/// # Safety
/// `info` describes valid memory.
pub unsafe fn from_buffer(info: &Py_buffer) -> PyResult<Ref> {
    if info.buf.is_null() {
        return Err(crate::errors::value_error(
            "PyMemoryView_FromBuffer(): info->buf must not be NULL",
        ));
    }
    let m = alloc_object(
        &raw mut _PyManagedBuffer_Type,
        std::mem::size_of::<ManagedBufferObject>(),
    ) as *mut ManagedBufferObject;
    let mb_ref = Ref::steal(m as Obj);
    (*m).master = *info;
    (*m).master.obj = null_mut();
    if !info.format.is_null() {
        let f = CStr::from_ptr(info.format).to_owned();
        (*m).master.format = f.into_raw();
        (*m).flags |= MB_FREE_FORMAT;
    }
    let r = mv_from_view(m, info);
    drop(mb_ref);
    r
}

/// `PyMemoryView_FromMemory`: a memoryview of `size` raw bytes, writable for
/// `PYBUF_WRITE`, read-only otherwise (`PYBUF_READ`). New reference.
///
/// # Safety
/// `mem` stays valid for the memoryview's lifetime.
pub unsafe fn from_memory(mem: *mut c_char, size: isize, flags: c_int) -> PyResult<Ref> {
    // As CPython: anything but PYBUF_WRITE gives a read-only view.
    let mut info = Py_buffer::EMPTY;
    let readonly = flags != PYBUF_WRITE;
    fill_info(
        &raw mut info,
        null_mut(),
        mem as *mut c_void,
        size,
        readonly,
        PYBUF_FULL_RO,
    )?;
    from_buffer(&info)
}

unsafe fn check_released(o: Obj) -> PyResult<()> {
    let m = mv(o);
    if (*m).flags & MV_RELEASED != 0 || (*(*m).mbuf).flags & MB_RELEASED != 0 {
        return Err(crate::errors::value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok(())
}

/// Releases a memoryview (CPython's `_memory_release`): refused while it is exported.
unsafe fn release(o: Obj) -> PyResult<()> {
    let m = mv(o);
    if (*m).flags & MV_RELEASED != 0 {
        return Ok(());
    }
    if (*m).exports == 0 {
        (*m).flags |= MV_RELEASED;
        (*(*m).mbuf).exports -= 1;
        if (*(*m).mbuf).exports == 0 {
            mbuf_release((*m).mbuf);
        }
        return Ok(());
    }
    let n = (*m).exports;
    Err(buffer_error(&format!(
        "memoryview has {} exported buffer{}",
        n,
        if n == 1 { "" } else { "s" }
    )))
}

unsafe extern "C" fn memory_dealloc(o: Obj) {
    let m = mv(o);
    if (*m).flags & MV_RELEASED == 0 {
        (*m).exports = 0;
        let _ = release(o);
    }
    decref((*m).mbuf as Obj);
    free_object(o);
}

unsafe extern "C" fn memory_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let npos = if args.is_null() { 0 } else { tuple::len(args) };
        let nkw = if kwargs.is_null() {
            0
        } else {
            crate::objects::dict::len(kwargs)
        };
        if npos + nkw == 0 {
            return Err(crate::errors::type_error(
                "memoryview() missing required argument 'object' (pos 1)",
            ));
        }
        let [o] = crate::args::parse_tuple::<1, 1>("memoryview", args, kwargs, &["object"])?;
        from_object(o)
    })())
}

unsafe extern "C" fn memory_repr(o: Obj) -> Obj {
    let released = (*mv(o)).flags & MV_RELEASED != 0;
    crate::objects::str::from_str(&format!(
        "<{}memory at {:p}>",
        if released { "released " } else { "" },
        o
    ))
}

// ---- formats -----------------------------------------------------------------------

/// The native single-character format of `fmt` (`"d"` or `"@d"`), if it is one.
unsafe fn native_char(fmt: *const c_char) -> Option<u8> {
    let s = CStr::from_ptr(fmt).to_bytes();
    let s = s.strip_prefix(b"@").unwrap_or(s);
    match s {
        [c] if item_size(*c).is_some() => Some(*c),
        _ => None,
    }
}

fn item_size(c: u8) -> Option<isize> {
    Some(match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        b'e' => 2,
        _ => return None,
    })
}

unsafe fn format_str(v: &Py_buffer) -> String {
    if v.format.is_null() {
        return "B".into();
    }
    CStr::from_ptr(v.format).to_string_lossy().into_owned()
}

unsafe fn unsupported(v: &Py_buffer) -> Raised {
    crate::errors::raise(
        exceptions::not_implemented_error(),
        &format!("memoryview: format {} not supported", format_str(v)),
    )
}

/// The format character of a view whose items can be read and written here.
unsafe fn fmt_char(v: &Py_buffer) -> PyResult<u8> {
    match native_char(v.format) {
        Some(c) => Ok(c),
        _ => Err(unsupported(v)),
    }
}

/// Reads one item of format `c` at `p`. New reference.
unsafe fn unpack(c: u8, p: *const u8) -> PyResult<Ref> {
    macro_rules! rd {
        ($t:ty) => {
            std::ptr::read_unaligned(p as *const $t)
        };
    }
    let o = match c {
        b'c' => bytes::from_bytes(&[*p]),
        b'b' => int::from_i64(rd!(i8) as i64),
        b'B' => int::from_i64(*p as i64),
        b'?' => return Ok(crate::objects::bool::from_bool(*p != 0)),
        b'h' => int::from_i64(rd!(i16) as i64),
        b'H' => int::from_i64(rd!(u16) as i64),
        b'i' => int::from_i64(rd!(i32) as i64),
        b'I' => int::from_i64(rd!(u32) as i64),
        b'l' | b'q' | b'n' => int::from_i64(rd!(i64)),
        b'L' | b'Q' | b'N' | b'P' => int::from_i128(rd!(u64) as i128),
        b'e' => float::from_f64(half_to_f64(rd!(u16))),
        b'f' => float::from_f64(rd!(f32) as f64),
        b'd' => float::from_f64(rd!(f64)),
        _ => unreachable!("checked by fmt_char"),
    };
    Ok(Ref::steal(o))
}

unsafe fn invalid_type(c: u8) -> Raised {
    crate::errors::type_error(&format!(
        "memoryview: invalid type for format '{}'",
        c as char
    ))
}

unsafe fn invalid_value(c: u8) -> Raised {
    crate::errors::value_error(&format!(
        "memoryview: invalid value for format '{}'",
        c as char
    ))
}

/// An IEEE 754 binary16 value as f64.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    }
}

/// `x` rounded (to nearest, ties to even) to binary16; None when it overflows.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let h = if e < -14 {
        // Subnormal (or the smallest normal after rounding up): units of 2^-24.
        (a * 2f64.powi(24)).round_ties_even() as u32
    } else {
        let q = (a / 2f64.powi(e - 10)).round_ties_even() as u32;
        (((e + 15) as u32) << 10) + q - 1024
    };
    if h >= 0x7c00 {
        return None;
    }
    Some(sign | h as u16)
}

/// Writes `v` as one item of format `c` at `p`, with CPython's errors.
unsafe fn pack(c: u8, p: *mut u8, v: Obj) -> PyResult<()> {
    macro_rules! wr {
        ($t:ty, $x:expr) => {
            std::ptr::write_unaligned(p as *mut $t, $x as $t)
        };
    }
    match c {
        b'c' => {
            if !bytes::is_bytes(v) {
                return Err(invalid_type(c));
            }
            let b = bytes::as_bytes(v);
            if b.len() != 1 {
                return Err(invalid_value(c));
            }
            *p = b[0];
        }
        b'?' => {
            let t = crate::abstract_::is_true(v)?;
            *p = t as u8;
        }
        b'f' | b'd' | b'e' => {
            let Ok(x) = crate::abstract_::as_f64(v) else {
                if crate::errors::matches(exceptions::type_error()) {
                    crate::errors::clear();
                    return Err(invalid_type(c));
                }
                return Err(Raised);
            };
            if c == b'e' {
                let Some(h) = f64_to_half(x) else {
                    return Err(invalid_value(c));
                };
                wr!(u16, h);
            } else if c == b'f' {
                wr!(f32, x);
            } else {
                wr!(f64, x);
            }
        }
        _ => {
            let i = match crate::abstract_::number_index(v) {
                Ok(i) => i,
                Err(_) => {
                    if crate::errors::matches(exceptions::type_error()) {
                        crate::errors::clear();
                        return Err(invalid_type(c));
                    }
                    return Err(Raised);
                }
            };
            let big = int::as_bigint(i.as_ptr());
            let (lo, hi): (i128, i128) = match c {
                b'b' => (i8::MIN as i128, i8::MAX as i128),
                b'B' => (0, u8::MAX as i128),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            let x: Option<i128> = num_traits::ToPrimitive::to_i128(&big);
            let Some(x) = x.filter(|x| *x >= lo && *x <= hi) else {
                return Err(invalid_value(c));
            };
            match item_size(c).unwrap() {
                1 => *p = x as u8,
                2 => wr!(u16, x as u16),
                4 => wr!(u32, x as u32),
                _ => wr!(u64, x as u64),
            }
        }
    }
    Ok(())
}

// ---- item access -------------------------------------------------------------------

/// The address of item `index` along dimension `dim` from `base`.
unsafe fn item_ptr(v: &Py_buffer, base: *mut u8, index: isize, dim: usize) -> PyResult<*mut u8> {
    let n = *v.shape.add(dim);
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(crate::errors::raise(
            exceptions::index_error(),
            &format!("index out of bounds on dimension {}", dim + 1),
        ));
    }
    let mut p = base.offset(*v.strides.add(dim) * i);
    if !v.suboffsets.is_null() && *v.suboffsets.add(dim) >= 0 {
        p = (*(p as *mut *mut u8)).offset(*v.suboffsets.add(dim));
    }
    Ok(p)
}

unsafe fn index_of(key: Obj) -> PyResult<isize> {
    let i = crate::abstract_::number_index(key)?;
    match int::as_i64(i.as_ptr()) {
        Some(v) => Ok(v as isize),
        None => Err(crate::errors::raise(
            exceptions::index_error(),
            &format!(
                "cannot fit '{}' into an index-sized integer",
                obj_type_name(key)
            ),
        )),
    }
}

unsafe fn has_index(o: Obj) -> bool {
    let nb = (*type_of(o)).tp_as_number;
    !nb.is_null() && (*nb).nb_index.is_some()
}

/// The address of the item `index` of a one-dimensional view.
unsafe fn item_1d(o: Obj, index: isize) -> PyResult<*mut u8> {
    let v = view_of(o);
    if v.ndim == 0 {
        return Err(crate::errors::type_error(
            "invalid indexing of 0-dim memory",
        ));
    }
    if v.ndim > 1 {
        return Err(crate::errors::raise(
            exceptions::not_implemented_error(),
            "multi-dimensional sub-views are not implemented",
        ));
    }
    item_ptr(v, v.buf as *mut u8, index, 0)
}

/// The address of the item `key` (a tuple of one index per dimension).
unsafe fn item_multi(o: Obj, key: Obj) -> PyResult<*mut u8> {
    let v = view_of(o);
    let idx = tuple::items(key);
    let nd = v.ndim as usize;
    if idx.len() < nd {
        return Err(crate::errors::raise(
            exceptions::not_implemented_error(),
            "sub-views are not implemented",
        ));
    }
    if idx.len() > nd {
        return Err(crate::errors::type_error(&format!(
            "cannot index {}-dimension view with {}-element tuple",
            nd,
            idx.len()
        )));
    }
    let mut p = v.buf as *mut u8;
    for (d, &k) in idx.iter().enumerate() {
        p = item_ptr(v, p, index_of(k)?, d)?;
    }
    Ok(p)
}

unsafe fn all_match(key: Obj, f: unsafe fn(Obj) -> bool) -> bool {
    tuple::is_tuple(key) && tuple::items(key).iter().all(|&k| f(k))
}

unsafe fn is_slice_obj(o: Obj) -> bool {
    slice::is_slice(o)
}

unsafe fn subscript(o: Obj, key: Obj) -> PyResult<Ref> {
    check_released(o)?;
    let v = view_of(o);
    if v.ndim == 0 {
        if key == none::ellipsis() {
            return Ok(Ref::borrowed(o));
        }
        if tuple::is_tuple(key) && tuple::len(key) == 0 {
            let c = fmt_char(v)?;
            return unpack(c, v.buf as *const u8);
        }
        return Err(crate::errors::type_error(
            "invalid indexing of 0-dim memory",
        ));
    }
    if has_index(key) {
        let i = index_of(key)?;
        let c = fmt_char(v)?;
        let p = item_1d(o, i)?;
        return unpack(c, p);
    }
    if slice::is_slice(key) {
        let m = mv(o);
        let r = mv_from_view((*m).mbuf, &(*m).view)?;
        let nv = view_of(r.as_ptr());
        let (start, _stop, step, n) = slice::indices(key, *nv.shape as usize)?;
        nv.buf = (nv.buf as *mut u8).offset(*nv.strides * start) as *mut c_void;
        *nv.shape = n as isize;
        *nv.strides *= step;
        nv.len = shape_of(nv).iter().product::<isize>() * nv.itemsize;
        (*mv(r.as_ptr())).flags = compute_flags(nv);
        return Ok(r);
    }
    if all_match(key, has_index) {
        let c = fmt_char(v)?;
        let p = item_multi(o, key)?;
        return unpack(c, p);
    }
    if all_match(key, is_slice_obj) {
        return Err(crate::errors::raise(
            exceptions::not_implemented_error(),
            "multi-dimensional slicing is not implemented",
        ));
    }
    Err(crate::errors::type_error("memoryview: invalid slice key"))
}

unsafe extern "C" fn memory_subscript(o: Obj, key: Obj) -> Obj {
    into_raw(subscript(o, key))
}

unsafe extern "C" fn memory_item_slot(o: Obj, i: isize) -> Obj {
    into_raw((|| {
        check_released(o)?;
        let c = fmt_char(view_of(o))?;
        let p = item_1d(o, i)?;
        unpack(c, p)
    })())
}

unsafe fn ass_subscript(o: Obj, key: Obj, value: Obj) -> PyResult<()> {
    check_released(o)?;
    let v = view_of(o);
    if v.readonly != 0 {
        return Err(crate::errors::type_error("cannot modify read-only memory"));
    }
    if value.is_null() {
        return Err(crate::errors::type_error("cannot delete memory"));
    }
    if v.ndim == 0 {
        if key == none::ellipsis() || (tuple::is_tuple(key) && tuple::len(key) == 0) {
            let c = fmt_char(v)?;
            return pack(c, v.buf as *mut u8, value);
        }
        return Err(crate::errors::type_error(
            "invalid indexing of 0-dim memory",
        ));
    }
    if has_index(key) {
        if v.ndim > 1 {
            return Err(crate::errors::raise(
                exceptions::not_implemented_error(),
                "sub-views are not implemented",
            ));
        }
        let i = index_of(key)?;
        let c = fmt_char(v)?;
        let p = item_1d(o, i)?;
        return pack(c, p, value);
    }
    if slice::is_slice(key) && v.ndim == 1 {
        // The destination: this view sliced; the source: any exporter of the same
        // structure (format and length).
        let dest = subscript(o, key)?;
        let dv = view_of(dest.as_ptr());
        let mut src = Py_buffer::EMPTY;
        get_buffer(value, &raw mut src, PYBUF_FULL_RO)?;
        let r = (|| {
            let sfmt = if src.format.is_null() {
                "B".to_string()
            } else {
                CStr::from_ptr(src.format).to_string_lossy().into_owned()
            };
            let same_fmt = native_char(dv.format).is_some()
                && native_char(dv.format)
                    == native_char(if src.format.is_null() {
                        c"B".as_ptr()
                    } else {
                        src.format
                    });
            if !same_fmt || src.ndim != 1 || shape_of(&src)[0] != *dv.shape {
                let _ = sfmt;
                return Err(crate::errors::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let n = *dv.shape;
            let sst = strides_of(&src)[0];
            let isz = dv.itemsize as usize;
            let mut tmp = vec![0u8; n as usize * isz];
            for i in 0..n {
                let sp = (src.buf as *const u8).offset(sst * i);
                std::ptr::copy_nonoverlapping(sp, tmp.as_mut_ptr().add(i as usize * isz), isz);
            }
            for i in 0..n {
                let dp = (dv.buf as *mut u8).offset(*dv.strides * i);
                std::ptr::copy_nonoverlapping(tmp.as_ptr().add(i as usize * isz), dp, isz);
            }
            Ok(())
        })();
        release_buffer(&raw mut src);
        return r;
    }
    if all_match(key, has_index) {
        let c = fmt_char(v)?;
        let p = item_multi(o, key)?;
        return pack(c, p, value);
    }
    if slice::is_slice(key) || all_match(key, is_slice_obj) {
        return Err(crate::errors::raise(
            exceptions::not_implemented_error(),
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    Err(crate::errors::type_error("memoryview: invalid slice key"))
}

unsafe extern "C" fn memory_ass_subscript(o: Obj, key: Obj, value: Obj) -> c_int {
    crate::errors::into_status(ass_subscript(o, key, value))
}

unsafe extern "C" fn memory_length(o: Obj) -> isize {
    if check_released(o).is_err() {
        return -1;
    }
    let v = view_of(o);
    if v.ndim == 0 {
        crate::errors::type_error("0-dim memory has no length");
        return -1;
    }
    *v.shape
}

// ---- whole-view operations ---------------------------------------------------------

/// Every item address in C order (or Fortran order with `fortran`).
unsafe fn item_ptrs(v: &Py_buffer, fortran: bool) -> Vec<*mut u8> {
    let nd = v.ndim.max(0) as usize;
    let base = v.buf as *mut u8;
    if nd == 0 {
        return vec![base];
    }
    let shape = shape_of(v);
    if shape.iter().any(|&d| d == 0) {
        return vec![];
    }
    let strides = strides_of(v);
    let total: isize = shape.iter().product();
    let mut out = Vec::with_capacity(total as usize);
    let mut idx = vec![0isize; nd];
    for _ in 0..total {
        let mut p = base;
        for d in 0..nd {
            p = p.offset(strides[d] * idx[d]);
            if !v.suboffsets.is_null() && *v.suboffsets.add(d) >= 0 {
                p = (*(p as *mut *mut u8)).offset(*v.suboffsets.add(d));
            }
        }
        out.push(p);
        // Advance the odometer.
        let order: Vec<usize> = if fortran {
            (0..nd).collect()
        } else {
            (0..nd).rev().collect()
        };
        for d in order {
            idx[d] += 1;
            if idx[d] < shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
    out
}

/// The bytes of a view in C order (a copy).
///
/// # Safety
/// `v` is a filled view.
pub unsafe fn to_bytes(v: &Py_buffer) -> Vec<u8> {
    bytes_in_order(v, false)
}

unsafe fn bytes_in_order(v: &Py_buffer, fortran: bool) -> Vec<u8> {
    if v.suboffsets.is_null() && is_c_contig(v) && !fortran {
        if v.len == 0 {
            return vec![];
        }
        return std::slice::from_raw_parts(v.buf as *const u8, v.len as usize).to_vec();
    }
    let isz = v.itemsize as usize;
    let mut out = Vec::with_capacity(v.len as usize);
    for p in item_ptrs(v, fortran) {
        out.extend_from_slice(std::slice::from_raw_parts(p, isz));
    }
    out
}

/// The contents of a C-contiguous, unreleased memoryview (for `bytes(m)`, `b"" + m`, ...).
///
/// # Safety
/// `o` is a memoryview; the slice lives while the view is not released.
pub unsafe fn contiguous_bytes<'a>(o: Obj) -> Option<&'a [u8]> {
    if check_released(o).is_err() {
        crate::errors::clear();
        return None;
    }
    let v = view_of(o);
    if (*mv(o)).flags & MV_C == 0 {
        return None;
    }
    if v.len == 0 {
        return Some(&[]);
    }
    Some(std::slice::from_raw_parts(
        v.buf as *const u8,
        v.len as usize,
    ))
}

unsafe fn tolist_dim(
    v: &Py_buffer,
    c: u8,
    base: *mut u8,
    dim: usize,
    shape: &[isize],
    strides: &[isize],
) -> PyResult<Ref> {
    let n = shape[dim];
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut p = base.offset(strides[dim] * i);
        if !v.suboffsets.is_null() && *v.suboffsets.add(dim) >= 0 {
            p = (*(p as *mut *mut u8)).offset(*v.suboffsets.add(dim));
        }
        if dim + 1 == shape.len() {
            items.push(unpack(c, p)?);
        } else {
            items.push(tolist_dim(v, c, p, dim + 1, shape, strides)?);
        }
    }
    Ok(Ref::steal(crate::objects::list::from_refs(items)))
}

unsafe fn tolist(o: Obj) -> PyResult<Ref> {
    check_released(o)?;
    let v = view_of(o);
    let c = fmt_char(v)?;
    if v.ndim == 0 {
        return unpack(c, v.buf as *const u8);
    }
    tolist_dim(v, c, v.buf as *mut u8, 0, &shape_of(v), &strides_of(v))
}

unsafe extern "C" fn mv_tolist(o: Obj, _unused: Obj) -> Obj {
    into_raw(tolist(o))
}

unsafe extern "C" fn mv_tobytes(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [order] = crate::args::parse::<0, 1>("tobytes", args, nargs, kw, &["order"])?;
        check_released(o)?;
        let mut fortran = false;
        if !order.is_null() && order != none::none() {
            if !crate::objects::str::is_str(order) {
                return Err(crate::errors::type_error(&format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    obj_type_name(order)
                )));
            }
            match crate::objects::str::as_str(order) {
                "C" | "A" => {}
                "F" => fortran = true,
                _ => return Err(crate::errors::value_error("order must be 'C', 'F' or 'A'")),
            }
        }
        let v = view_of(o);
        let b = if fortran && v.ndim > 1 {
            bytes_in_order(v, true)
        } else {
            to_bytes(v)
        };
        Ok(Ref::steal(bytes::from_bytes(&b)))
    })())
}

unsafe extern "C" fn mv_hex(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [sep, bps] =
            crate::args::parse::<0, 2>("hex", args, nargs, kw, &["sep", "bytes_per_sep"])?;
        check_released(o)?;
        let b = Ref::steal(bytes::from_bytes(&to_bytes(view_of(o))));
        let m = crate::abstract_::getattr_str(b.as_ptr(), "hex")?;
        let mut call_args: Vec<Obj> = vec![];
        if !sep.is_null() {
            call_args.push(sep);
            if !bps.is_null() {
                call_args.push(bps);
            }
        }
        crate::call::call_vec(m.as_ptr(), &call_args)
    })())
}

unsafe extern "C" fn mv_release(o: Obj, _unused: Obj) -> Obj {
    into_raw(release(o).map(|_| none::none_ref()))
}

unsafe extern "C" fn mv_enter(o: Obj, _unused: Obj) -> Obj {
    into_raw(check_released(o).map(|_| Ref::borrowed(o)))
}

unsafe extern "C" fn mv_exit(o: Obj, _args: Obj) -> Obj {
    into_raw(release(o).map(|_| none::none_ref()))
}

unsafe extern "C" fn mv_toreadonly(o: Obj, _unused: Obj) -> Obj {
    into_raw((|| {
        check_released(o)?;
        let m = mv(o);
        let r = mv_from_view((*m).mbuf, &(*m).view)?;
        view_of(r.as_ptr()).readonly = 1;
        Ok(r)
    })())
}

/// `cast(format[, shape])`: C-contiguous views only; one side must be a byte format.
unsafe fn cast(o: Obj, format: Obj, shape: Obj) -> PyResult<Ref> {
    check_released(o)?;
    let m = mv(o);
    let v = view_of(o);
    if !crate::objects::str::is_str(format) {
        return Err(crate::errors::type_error(&format!(
            "cast() argument 'format' must be str, not {}",
            obj_type_name(format)
        )));
    }
    if (*m).flags & MV_C == 0 {
        return Err(crate::errors::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let shape_given = !shape.is_null() && shape != none::none();
    if (shape_given || v.ndim != 1) && shape_of(v).iter().any(|&d| d == 0) {
        return Err(crate::errors::type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    if shape_given && v.ndim != 1 {
        let nd = crate::abstract_::length(shape)?;
        if nd != 1 {
            return Err(crate::errors::type_error(
                "memoryview: cast must be 1D -> ND or ND -> 1D",
            ));
        }
    }
    let fs = crate::objects::str::as_str(format);
    let dest = fs.strip_prefix('@').unwrap_or(fs);
    let dc = match dest.as_bytes() {
        [c] if item_size(*c).is_some() => *c,
        _ => {
            return Err(crate::errors::value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let src_byte = matches!(native_char(v.format), Some(b'B' | b'b' | b'c'));
    let dst_byte = matches!(dc, b'B' | b'b' | b'c');
    if !src_byte && !dst_byte {
        return Err(crate::errors::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let isz = item_size(dc).unwrap();
    if v.len % isz != 0 {
        return Err(crate::errors::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let new_shape: Vec<isize> = if shape_given {
        let items = crate::abstract_::collect(shape)?;
        if !tuple::is_tuple(shape) && !crate::objects::list::is_list(shape) {
            return Err(crate::errors::type_error("shape must be a list or a tuple"));
        }
        if items.len() > PYBUF_MAX_NDIM {
            return Err(crate::errors::value_error(&format!(
                "memoryview: number of dimensions must not exceed {}",
                PYBUF_MAX_NDIM
            )));
        }
        let mut out = vec![];
        for it in &items {
            if !int::is_int(it.as_ptr()) {
                return Err(crate::errors::type_error(
                    "memoryview.cast(): elements of shape must be integers",
                ));
            }
            let x = int::as_i64(it.as_ptr()).unwrap_or(0);
            if x <= 0 {
                return Err(crate::errors::value_error(
                    "memoryview.cast(): elements of shape must be integers > 0",
                ));
            }
            out.push(x as isize);
        }
        if out.iter().product::<isize>() * isz != v.len {
            return Err(crate::errors::type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
        out
    } else {
        vec![v.len / isz]
    };
    let fmt_static: &'static CStr = match dc {
        b'c' => c"c",
        b'b' => c"b",
        b'B' => c"B",
        b'?' => c"?",
        b'h' => c"h",
        b'H' => c"H",
        b'i' => c"i",
        b'I' => c"I",
        b'l' => c"l",
        b'L' => c"L",
        b'q' => c"q",
        b'Q' => c"Q",
        b'n' => c"n",
        b'N' => c"N",
        b'f' => c"f",
        b'd' => c"d",
        b'e' => c"e",
        _ => c"P",
    };
    let mut nv = *v;
    nv.format = fmt_static.as_ptr() as *mut c_char;
    nv.itemsize = isz;
    nv.ndim = new_shape.len() as c_int;
    let strides = c_strides(&new_shape, isz);
    let mut shape_buf = new_shape.clone();
    let mut strides_buf = strides;
    nv.shape = shape_buf.as_mut_ptr();
    nv.strides = strides_buf.as_mut_ptr();
    nv.suboffsets = null_mut();
    mv_from_view((*m).mbuf, &nv)
}

unsafe extern "C" fn mv_cast(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [format, shape] =
            crate::args::parse::<1, 2>("cast", args, nargs, kw, &["format", "shape"])?;
        cast(o, format, shape)
    })())
}

unsafe fn hash(o: Obj) -> PyResult<isize> {
    let m = mv(o);
    if (*m).hash != -1 {
        return Ok((*m).hash);
    }
    check_released(o)?;
    let v = view_of(o);
    if v.readonly == 0 {
        return Err(crate::errors::value_error(
            "cannot hash writable memoryview object",
        ));
    }
    if !matches!(native_char(v.format), Some(b'B' | b'b' | b'c')) {
        return Err(crate::errors::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    if !v.obj.is_null() {
        crate::abstract_::hash(v.obj)?;
    }
    let b = Ref::steal(bytes::from_bytes(&to_bytes(v)));
    let h = crate::abstract_::hash(b.as_ptr())?;
    (*m).hash = h;
    Ok(h)
}

unsafe extern "C" fn memory_hash(o: Obj) -> isize {
    hash(o).unwrap_or(-1)
}

/// The items of a view in C order, or None when the format cannot be read here.
unsafe fn items_of(v: &Py_buffer) -> PyResult<Vec<Ref>> {
    let c = fmt_char(v)?;
    item_ptrs(v, false)
        .into_iter()
        .map(|p| unpack(c, p))
        .collect()
}

unsafe fn richcompare(a: Obj, b: Obj, op: c_int) -> PyResult<Ref> {
    use crate::abstract_::{CMP_EQ, CMP_NE};
    if op != CMP_EQ && op != CMP_NE {
        return Ok(Ref::borrowed(none::not_implemented()));
    }
    let result = |eq: bool| {
        Ok(crate::objects::bool::from_bool(if op == CMP_EQ {
            eq
        } else {
            !eq
        }))
    };
    // Items are compared even for `m == m` (NaNs differ); a released view equals only
    // itself.
    if (*mv(a)).flags & MV_RELEASED != 0 {
        return result(a == b);
    }
    let mut wbuf = Py_buffer::EMPTY;
    let wv: &Py_buffer = if is_memoryview(b) {
        if (*mv(b)).flags & MV_RELEASED != 0 {
            return result(a == b);
        }
        view_of(b)
    } else {
        if !check_buffer(b) || get_buffer(b, &raw mut wbuf, PYBUF_FULL_RO).is_err() {
            crate::errors::clear();
            return Ok(Ref::borrowed(none::not_implemented()));
        }
        &wbuf
    };
    let r = (|| {
        let va = view_of(a);
        let sa = shape_of(va);
        let sb = shape_of(wv);
        if va.ndim != wv.ndim || sa != sb {
            return result(false);
        }
        let xa = items_of(va)?;
        let xb = items_of(wv)?;
        for (x, y) in xa.iter().zip(xb.iter()) {
            if !crate::abstract_::eq_bool(x.as_ptr(), y.as_ptr())? {
                return result(false);
            }
        }
        result(true)
    })();
    if !wbuf.obj.is_null() {
        release_buffer(&raw mut wbuf);
    }
    r
}

unsafe extern "C" fn memory_richcompare(a: Obj, b: Obj, op: c_int) -> Obj {
    into_raw(richcompare(a, b, op))
}

// ---- export ------------------------------------------------------------------------

unsafe extern "C" fn memory_getbuf(o: Obj, view: *mut c_void, flags: c_int) -> c_int {
    let view = view as *mut Py_buffer;
    crate::errors::into_status((|| {
        check_released(o)?;
        let m = mv(o);
        let base = &(*m).view;
        let bflags = (*m).flags;
        let mut out = *base;
        if flags & PYBUF_WRITABLE != 0 && base.readonly != 0 {
            return Err(buffer_error(
                "memoryview: underlying buffer is not writable",
            ));
        }
        if flags & PYBUF_FORMAT == 0 {
            out.format = null_mut();
        }
        if flags & PYBUF_C_CONTIGUOUS == PYBUF_C_CONTIGUOUS && bflags & MV_C == 0 {
            return Err(buffer_error(
                "memoryview: underlying buffer is not C-contiguous",
            ));
        }
        if flags & PYBUF_F_CONTIGUOUS == PYBUF_F_CONTIGUOUS && bflags & MV_FORTRAN == 0 {
            return Err(buffer_error(
                "memoryview: underlying buffer is not Fortran contiguous",
            ));
        }
        if flags & PYBUF_ANY_CONTIGUOUS == PYBUF_ANY_CONTIGUOUS && bflags & (MV_C | MV_FORTRAN) == 0
        {
            return Err(buffer_error(
                "memoryview: underlying buffer is not contiguous",
            ));
        }
        if flags & PYBUF_INDIRECT != PYBUF_INDIRECT && bflags & MV_PIL != 0 {
            return Err(buffer_error(
                "memoryview: underlying buffer requires suboffsets",
            ));
        }
        if flags & PYBUF_STRIDES != PYBUF_STRIDES {
            if bflags & MV_C == 0 {
                return Err(buffer_error(
                    "memoryview: underlying buffer is not C-contiguous",
                ));
            }
            out.strides = null_mut();
        }
        if flags & PYBUF_ND != PYBUF_ND {
            if !out.format.is_null() {
                return Err(buffer_error(
                    "memoryview: cannot cast to unsigned bytes if the format flag is present",
                ));
            }
            out.ndim = 1;
            out.shape = null_mut();
        }
        out.obj = new_ref(o);
        *view = out;
        (*m).exports += 1;
        Ok(())
    })())
}

unsafe extern "C" fn memory_releasebuf(o: Obj, _view: *mut c_void) {
    (*mv(o)).exports -= 1;
}

// ---- iteration ---------------------------------------------------------------------

unsafe extern "C" fn memory_iter(o: Obj) -> Obj {
    into_raw((|| {
        check_released(o)?;
        let v = view_of(o);
        if v.ndim == 0 {
            return Err(crate::errors::type_error(
                "invalid indexing of 0-dim memory",
            ));
        }
        if v.ndim != 1 {
            return Err(crate::errors::raise(
                exceptions::not_implemented_error(),
                "multi-dimensional sub-views are not implemented",
            ));
        }
        if native_char(v.format).is_none() {
            return Err(crate::errors::raise(
                exceptions::not_implemented_error(),
                &format!("memoryview: unsupported format {}", format_str(v)),
            ));
        }
        let it = alloc_object(
            &raw mut MemoryIter_Type,
            std::mem::size_of::<MemoryIterObject>(),
        ) as *mut MemoryIterObject;
        (*it).seq = new_ref(o);
        (*it).index = 0;
        Ok(Ref::steal(it as Obj))
    })())
}

unsafe extern "C" fn memiter_dealloc(o: Obj) {
    xdecref((*(o as *mut MemoryIterObject)).seq);
    free_object(o);
}

unsafe extern "C" fn memiter_next(o: Obj) -> Obj {
    let it = o as *mut MemoryIterObject;
    let seq = (*it).seq;
    if seq.is_null() {
        return null_mut();
    }
    if check_released(seq).is_err() {
        return null_mut();
    }
    let v = view_of(seq);
    if (*it).index >= *v.shape {
        (*it).seq = null_mut();
        decref(seq);
        return null_mut();
    }
    let i = (*it).index;
    (*it).index += 1;
    into_raw((|| {
        let c = fmt_char(v)?;
        let p = item_ptr(v, v.buf as *mut u8, i, 0)?;
        unpack(c, p)
    })())
}

// ---- attributes --------------------------------------------------------------------

unsafe fn getter(o: Obj, f: impl FnOnce(&Py_buffer) -> PyResult<Ref>) -> Obj {
    into_raw(check_released(o).and_then(|_| f(view_of(o))))
}

fn isizes(xs: &[isize]) -> Ref {
    // SAFETY: the runtime is initialised whenever a memoryview exists.
    unsafe {
        let items: Vec<Ref> = xs
            .iter()
            .map(|&x| Ref::steal(int::from_i64(x as i64)))
            .collect();
        Ref::steal(tuple::from_refs(items))
    }
}

unsafe extern "C" fn mv_get_obj(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| {
        Ok(if v.obj.is_null() {
            none::none_ref()
        } else {
            Ref::borrowed(v.obj)
        })
    })
}

unsafe extern "C" fn mv_get_nbytes(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| Ok(Ref::steal(int::from_i64(v.len as i64))))
}

unsafe extern "C" fn mv_get_readonly(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| Ok(crate::objects::bool::from_bool(v.readonly != 0)))
}

unsafe extern "C" fn mv_get_itemsize(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| Ok(Ref::steal(int::from_i64(v.itemsize as i64))))
}

unsafe extern "C" fn mv_get_format(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| {
        Ok(Ref::steal(crate::objects::str::from_str(&format_str(v))))
    })
}

unsafe extern "C" fn mv_get_ndim(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| Ok(Ref::steal(int::from_i64(v.ndim as i64))))
}

unsafe extern "C" fn mv_get_shape(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| Ok(isizes(&shape_of(v))))
}

unsafe extern "C" fn mv_get_strides(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| Ok(isizes(&strides_of(v))))
}

unsafe extern "C" fn mv_get_suboffsets(o: Obj, _c: *mut c_void) -> Obj {
    getter(o, |v| {
        if v.suboffsets.is_null() {
            return Ok(Ref::steal(tuple::empty()));
        }
        Ok(isizes(std::slice::from_raw_parts(
            v.suboffsets,
            v.ndim as usize,
        )))
    })
}

unsafe extern "C" fn mv_get_c_contiguous(o: Obj, _c: *mut c_void) -> Obj {
    let f = (*mv(o)).flags;
    getter(o, |_| Ok(crate::objects::bool::from_bool(f & MV_C != 0)))
}

unsafe extern "C" fn mv_get_f_contiguous(o: Obj, _c: *mut c_void) -> Obj {
    let f = (*mv(o)).flags;
    getter(o, |_| {
        Ok(crate::objects::bool::from_bool(f & MV_FORTRAN != 0))
    })
}

unsafe extern "C" fn mv_get_contiguous(o: Obj, _c: *mut c_void) -> Obj {
    let f = (*mv(o)).flags;
    getter(o, |_| {
        Ok(crate::objects::bool::from_bool(
            f & (MV_C | MV_FORTRAN) != 0,
        ))
    })
}

/// The contents of any buffer exporter copied in C order (as `bytes(x)` and
/// `bytearray(x)` read them), or None when `o` exports no buffer.
///
/// # Safety
/// `o` is live.
pub unsafe fn buffer_contents(o: Obj) -> Option<PyResult<Vec<u8>>> {
    if !check_buffer(o) {
        return None;
    }
    let mut view = Py_buffer::EMPTY;
    if let Err(e) = get_buffer(o, &raw mut view, PYBUF_FULL_RO) {
        return Some(Err(e));
    }
    let b = to_bytes(&view);
    release_buffer(&raw mut view);
    Some(Ok(b))
}
