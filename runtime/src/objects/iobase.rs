//! The abstract bases of the `io` classes: `io.IOBase`, `io.RawIOBase`,
//! `io.BufferedIOBase` and `io.TextIOBase` (CPython's `_io._IOBase` family). The
//! concrete stream types derive from them (`TextIOWrapper` and `StringIO` from
//! `TextIOBase`; the buffered files and `BytesIO` from `BufferedIOBase`), so that
//! `isinstance(f, io.IOBase)` and friends hold, and programs may subclass them.
//!
//! TODO(io): the bases carry no methods of their own yet (CPython's `IOBase` provides
//! `readline`, `readlines`, `writelines`, iteration, `__enter__`/`__exit__`, `close`
//! and the `readable`/`writable`/`seekable` defaults for subclasses).

use crate::object::*;
use crate::typeobject::*;

pub static mut IOBase_Type: PyTypeObject = PyTypeObject {
    tp_getattro: Some(generic_getattro_slot),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"_io._IOBase", std::mem::size_of::<PyObject>(), 0)
};

pub static mut RawIOBase_Type: PyTypeObject = PyTypeObject {
    tp_getattro: Some(generic_getattro_slot),
    tp_base: &raw mut IOBase_Type,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"_io._RawIOBase", std::mem::size_of::<PyObject>(), 0)
};

pub static mut BufferedIOBase_Type: PyTypeObject = PyTypeObject {
    tp_getattro: Some(generic_getattro_slot),
    tp_base: &raw mut IOBase_Type,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"_io._BufferedIOBase", std::mem::size_of::<PyObject>(), 0)
};

pub static mut TextIOBase_Type: PyTypeObject = PyTypeObject {
    tp_getattro: Some(generic_getattro_slot),
    tp_base: &raw mut IOBase_Type,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"_io._TextIOBase", std::mem::size_of::<PyObject>(), 0)
};
