//! The methods of `bytes` (`decode`, `hex`, `startswith`, `split`, `join`, ...).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::bytes::{as_bytes, bytes_like, from_bytes};
use crate::typeobject::*;

pub static mut BYTES_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("decode", bytes_decode),
    crate::method_def!("hex", bytes_hex),
    METHOD_SENTINEL,
];

unsafe extern "C" fn bytes_decode(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [enc, errs] =
            crate::args::parse::<0, 2>("decode", args, nargs, kw, &["encoding", "errors"])?;
        crate::objects::bytes::decode(o, enc, errs)
    })())
}

unsafe extern "C" fn bytes_hex(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    let s: String = as_bytes(o).iter().map(|b| format!("{:02x}", b)).collect();
    crate::objects::str::from_str(&s)
}

#[allow(dead_code)]
unsafe fn _keep(o: Obj) -> Option<Obj> {
    bytes_like(o).map(|b| from_bytes(b))
}
