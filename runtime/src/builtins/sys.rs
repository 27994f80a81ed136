//! The `sys` module: `argv`, `exit`, the standard streams, `maxsize`, `version_info`.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut SYS: Obj = null_mut();

static mut SYS_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("exit", sys_exit),
    crate::method_def!("getrecursionlimit", sys_getrecursionlimit),
    crate::method_def!("intern", sys_intern),
    METHOD_SENTINEL,
];

/// Creates the `sys` module from the process arguments.
///
/// # Safety
/// Start-up only.
pub unsafe fn init(argv: &[String]) -> PyResult<()> {
    let m = crate::objects::module::new("sys")?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let mut def = (&raw mut SYS_METHODS) as *mut PyMethodDef;
    while !(*def).ml_name.is_null() {
        let f = crate::objects::cfunction::new(def, null_mut(), m.as_ptr());
        dict::set_str(d, &crate::objects::cfunction::def_name(def), f.as_ptr())?;
        def = def.add(1);
    }
    let args: Vec<Ref> = argv.iter().map(|a| pystr::from_string(a.clone())).collect();
    let l = Ref::steal(list::from_refs(args));
    dict::set_str(d, "argv", l.as_ptr())?;
    for (name, fd) in [
        ("stdin", 0),
        ("stdout", 1),
        ("stderr", 2),
        ("__stdin__", 0),
        ("__stdout__", 1),
        ("__stderr__", 2),
    ] {
        dict::set_str(d, name, super::io::stream(fd))?;
    }
    let maxsize = Ref::steal(int::from_i64(i64::MAX));
    dict::set_str(d, "maxsize", maxsize.as_ptr())?;
    let vi: Vec<Ref> = vec![
        Ref::steal(int::from_i64(3)),
        Ref::steal(int::from_i64(12)),
        Ref::steal(int::from_i64(1)),
        pystr::from_string("final".into()),
        Ref::steal(int::from_i64(0)),
    ];
    let vt = Ref::steal(tuple::from_refs(vi));
    dict::set_str(d, "version_info", vt.as_ptr())?;
    let ver = pystr::from_string("3.12.1 (Molt)".into());
    dict::set_str(d, "version", ver.as_ptr())?;
    let plat = pystr::from_string("linux".into());
    dict::set_str(d, "platform", plat.as_ptr())?;
    let bo = pystr::from_string("little".into());
    dict::set_str(d, "byteorder", bo.as_ptr())?;
    let mods = Ref::steal(dict::new_raw());
    dict::set_str(d, "modules", mods.as_ptr())?;
    SYS = m.into_raw();
    dict::set_str(mods.as_ptr(), "sys", SYS)?;
    dict::set_str(mods.as_ptr(), "builtins", super::builtins_module())?;
    Ok(())
}

/// The sys module's dict (borrowed).
pub fn module_dict() -> Obj {
    // SAFETY: set once at start-up.
    unsafe { crate::objects::module::dict_of(SYS) }
}

/// The sys module (borrowed).
pub fn module() -> Obj {
    // SAFETY: set once at start-up.
    unsafe { SYS }
}

unsafe extern "C" fn sys_exit(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [code] = crate::args::parse::<0, 1>("exit", args, nargs, kw, &["status"])?;
        let e = if code.is_null() {
            crate::objects::exceptions::new_exception(
                crate::objects::exceptions::system_exit(),
                &[],
            )?
        } else {
            crate::objects::exceptions::new_exception(
                crate::objects::exceptions::system_exit(),
                &[code],
            )?
        };
        Err(crate::errors::set_raised(e))
    })())
}

unsafe extern "C" fn sys_getrecursionlimit(_m: Obj, _a: *const Obj, _n: isize, _k: Obj) -> Obj {
    int::from_i64(crate::call::RECURSION_LIMIT as i64)
}

unsafe extern "C" fn sys_intern(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s] = crate::args::parse::<1, 1>("intern", args, nargs, kw, &["string"])?;
        Ok(Ref::borrowed(s))
    })())
}
