//! `code`: the minimal code object `function.__code__` returns. Molt compiles function
//! bodies to machine code, so there is no bytecode; the object carries what the
//! compiler records about the function: its names, file, first line and parameter
//! counts.
//!
//! TODO(code): `co_varnames`, `co_nlocals`, `co_flags`, `co_freevars`, `co_cellvars`
//! (the compiler does not record locals or the generator/coroutine kind here yet);
//! reading them is an AttributeError rather than a partial answer.

use crate::object::*;
use crate::objects::str as pystr;
use crate::typeobject::*;
use std::ffi::c_void;

/// Molt's code object.
#[repr(C)]
pub struct CodeObject {
    pub ob_base: PyObject,
    pub name: Obj,
    pub qualname: Obj,
    pub filename: Obj,
    pub firstlineno: i64,
    pub argcount: i64,
    pub posonlyargcount: i64,
    pub kwonlyargcount: i64,
}

#[no_mangle]
pub static mut PyCode_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(code_dealloc),
    tp_repr: Some(code_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_getset: &raw mut CODE_GETSET as *mut PyGetSetDef,
    tp_flags: TPFLAGS_DEFAULT,
    ..PyTypeObject::new_static(c"code", std::mem::size_of::<CodeObject>(), 0)
};

static mut CODE_GETSET: [PyGetSetDef; 8] = [
    getset_def(c"co_name", Some(get_name), None),
    getset_def(c"co_qualname", Some(get_qualname), None),
    getset_def(c"co_filename", Some(get_filename), None),
    getset_def(c"co_firstlineno", Some(get_firstlineno), None),
    getset_def(c"co_argcount", Some(get_argcount), None),
    getset_def(c"co_posonlyargcount", Some(get_posonly), None),
    getset_def(c"co_kwonlyargcount", Some(get_kwonly), None),
    getset_def_end(),
];

/// A new code object. The strs are borrowed. New reference.
///
/// # Safety
/// The strs are live; the runtime is initialised.
pub unsafe fn new(
    name: Obj,
    qualname: Obj,
    filename: Obj,
    firstlineno: i64,
    argcount: i64,
    posonly: i64,
    kwonly: i64,
) -> crate::errors::PyResult<Ref> {
    type_ready(&raw mut PyCode_Type)?;
    let o = alloc_object(&raw mut PyCode_Type, std::mem::size_of::<CodeObject>());
    let c = o as *mut CodeObject;
    (*c).name = new_ref(name);
    (*c).qualname = new_ref(qualname);
    (*c).filename = new_ref(filename);
    (*c).firstlineno = firstlineno;
    (*c).argcount = argcount;
    (*c).posonlyargcount = posonly;
    (*c).kwonlyargcount = kwonly;
    Ok(Ref::steal(o))
}

unsafe extern "C" fn code_dealloc(o: Obj) {
    let c = o as *mut CodeObject;
    xdecref((*c).name);
    xdecref((*c).qualname);
    xdecref((*c).filename);
    free_object(o);
}

unsafe extern "C" fn code_repr(o: Obj) -> Obj {
    let c = o as *mut CodeObject;
    pystr::from_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        pystr::as_str((*c).name),
        o as usize,
        pystr::as_str((*c).filename),
        (*c).firstlineno
    ))
}

unsafe extern "C" fn get_name(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut CodeObject)).name)
}
unsafe extern "C" fn get_qualname(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut CodeObject)).qualname)
}
unsafe extern "C" fn get_filename(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut CodeObject)).filename)
}
unsafe extern "C" fn get_firstlineno(o: Obj, _: *mut c_void) -> Obj {
    crate::objects::int::from_i64((*(o as *mut CodeObject)).firstlineno)
}
unsafe extern "C" fn get_argcount(o: Obj, _: *mut c_void) -> Obj {
    crate::objects::int::from_i64((*(o as *mut CodeObject)).argcount)
}
unsafe extern "C" fn get_posonly(o: Obj, _: *mut c_void) -> Obj {
    crate::objects::int::from_i64((*(o as *mut CodeObject)).posonlyargcount)
}
unsafe extern "C" fn get_kwonly(o: Obj, _: *mut c_void) -> Obj {
    crate::objects::int::from_i64((*(o as *mut CodeObject)).kwonlyargcount)
}
