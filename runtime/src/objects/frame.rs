//! `frame`: what `sys._getframe()` returns, a view of one entry of the frame stack
//! (`frames.rs`): `f_globals`, `f_builtins`, `f_code`, `f_lineno`, `f_back`, and
//! `f_locals` for module-level frames (where the locals are the globals).
//!
//! A frame object remembers its index in the frame stack: while that frame runs,
//! `f_lineno` is its current line (afterwards the last one seen), and `f_back` makes the
//! caller's frame object on demand.
//! TODO(frames): `f_locals` of function frames (compiled locals live in machine
//! registers and stack slots), `f_trace`, `clear()`.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{int, none, str as pystr};
use crate::typeobject::*;
use std::ffi::c_void;
use std::ptr::null_mut;

/// A frame object: a snapshot of a frame-stack entry and its level from the top.
#[repr(C)]
pub struct FrameObject {
    pub ob_base: PyObject,
    pub globals: Obj,
    /// The function object, or null for a module body.
    pub func: Obj,
    pub line: i64,
    /// Its index in the frame stack.
    pub index: usize,
}

pub static mut PyFrame_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(frame_dealloc),
    tp_repr: Some(frame_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_getset: &raw mut FRAME_GETSET as *mut PyGetSetDef,
    tp_flags: TPFLAGS_DEFAULT,
    ..PyTypeObject::new_static(c"frame", std::mem::size_of::<FrameObject>(), 0)
};

static mut FRAME_GETSET: [PyGetSetDef; 7] = [
    getset_def(c"f_globals", Some(get_globals), None),
    getset_def(c"f_builtins", Some(get_builtins), None),
    getset_def(c"f_code", Some(get_code), None),
    getset_def(c"f_lineno", Some(get_lineno), None),
    getset_def(c"f_back", Some(get_back), None),
    getset_def(c"f_locals", Some(get_locals), None),
    getset_def_end(),
];

/// The frame object of the `level`-th Python frame from the top, or None past the
/// bottom. New reference.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn at_level(level: usize) -> PyResult<Option<Ref>> {
    below(crate::frames::current_depth() + 1, level)
}

/// The frame object of the `level`-th Python frame below stack index `below`.
unsafe fn below(below: usize, level: usize) -> PyResult<Option<Ref>> {
    let Some((index, e)) = crate::frames::python_frame_below(below, level) else {
        return Ok(None);
    };
    type_ready(&raw mut PyFrame_Type)?;
    let o = alloc_object(&raw mut PyFrame_Type, std::mem::size_of::<FrameObject>());
    let f = o as *mut FrameObject;
    (*f).globals = new_ref(e.globals);
    (*f).func = if e.func.is_null() {
        null_mut()
    } else {
        new_ref(e.func)
    };
    (*f).line = e.line as i64;
    (*f).index = index;
    Ok(Some(Ref::steal(o)))
}

unsafe fn fo<'a>(o: Obj) -> &'a FrameObject {
    // SAFETY: the getters are only installed on frame objects.
    &*(o as *const FrameObject)
}

unsafe extern "C" fn frame_dealloc(o: Obj) {
    xdecref(fo(o).globals);
    xdecref(fo(o).func);
    free_object(o);
}

/// The file name recorded for the frame's module (`__file__`), or `<unknown>`.
unsafe fn filename(o: Obj) -> Ref {
    match crate::frames::file_of(fo(o).globals) {
        Some(f) => Ref::borrowed(f),
        None => Ref::steal(pystr::from_str("<unknown>")),
    }
}

unsafe fn code(o: Obj) -> PyResult<Ref> {
    let f = fo(o);
    if !f.func.is_null() {
        if let Some(c) = crate::abstract_::getattr_opt_str(f.func, "__code__")? {
            return Ok(c);
        }
    }
    let name = Ref::steal(pystr::from_str("<module>"));
    let file = filename(o);
    crate::objects::code::new(name.as_ptr(), name.as_ptr(), file.as_ptr(), 1, 0, 0, 0)
}

unsafe extern "C" fn frame_repr(o: Obj) -> Obj {
    into_raw((|| {
        let c = code(o)?;
        let name = crate::abstract_::getattr_str(c.as_ptr(), "co_name")?;
        let file = filename(o);
        Ok(pystr::from_string(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            o as usize,
            pystr::as_str(file.as_ptr()),
            line(o),
            pystr::as_str(name.as_ptr())
        )))
    })())
}

unsafe extern "C" fn get_globals(o: Obj, _: *mut c_void) -> Obj {
    new_ref(fo(o).globals)
}

unsafe extern "C" fn get_builtins(_o: Obj, _: *mut c_void) -> Obj {
    new_ref(crate::builtins::builtins_dict())
}

unsafe extern "C" fn get_code(o: Obj, _: *mut c_void) -> Obj {
    into_raw(code(o))
}

/// The current line while the frame is still on the stack, else the last one seen.
unsafe fn line(o: Obj) -> i64 {
    let f = fo(o);
    match crate::frames::entry(f.index) {
        Some(e) if e.globals == f.globals && e.func == f.func => e.line as i64,
        _ => f.line,
    }
}

unsafe extern "C" fn get_lineno(o: Obj, _: *mut c_void) -> Obj {
    int::from_i64(line(o))
}

unsafe extern "C" fn get_back(o: Obj, _: *mut c_void) -> Obj {
    match below(fo(o).index, 0) {
        Ok(Some(f)) => f.into_raw(),
        Ok(None) => none::none_ref().into_raw(),
        Err(_) => null_mut(),
    }
}

unsafe extern "C" fn get_locals(o: Obj, _: *mut c_void) -> Obj {
    if fo(o).func.is_null() {
        return new_ref(fo(o).globals);
    }
    crate::errors::raise(
        crate::objects::exceptions::attribute_error(),
        "f_locals of a function frame is not available in Molt (compiled locals are not kept in a dict)",
    );
    null_mut()
}
