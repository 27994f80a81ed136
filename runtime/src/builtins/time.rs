//! The `time` module's clocks: `time`, `time_ns`, `perf_counter(_ns)`,
//! `monotonic(_ns)`, `process_time(_ns)` and `sleep`, with CPython's argument errors.
//! TODO(time): `struct_time`, `gmtime`, `localtime`, `mktime`, `strftime` and
//! `strptime` are missing.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{float, int, none};
use crate::typeobject::*;

static mut TIME_METHODS: [PyMethodDef; 10] = [
    crate::method_def!("time", t_time, METH_NOARGS),
    crate::method_def!("time_ns", t_time_ns, METH_NOARGS),
    crate::method_def!("perf_counter", t_monotonic, METH_NOARGS),
    crate::method_def!("perf_counter_ns", t_monotonic_ns, METH_NOARGS),
    crate::method_def!("monotonic", t_monotonic, METH_NOARGS),
    crate::method_def!("monotonic_ns", t_monotonic_ns, METH_NOARGS),
    crate::method_def!("process_time", t_process_time, METH_NOARGS),
    crate::method_def!("process_time_ns", t_process_time_ns, METH_NOARGS),
    crate::method_def!("sleep", t_sleep, METH_O),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    super::modules::module_from_defs("time", &raw mut TIME_METHODS as *mut _)
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

fn clock_ns(clk: i32) -> i128 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-parameter for the call.
    unsafe {
        clock_gettime(clk, &mut ts);
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

unsafe fn ns_obj(v: i128) -> Obj {
    int::from_i64(v as i64)
}

unsafe extern "C" fn t_time(_m: Obj, _a: Obj) -> Obj {
    float::from_f64(clock_ns(CLOCK_REALTIME) as f64 * 1e-9)
}
unsafe extern "C" fn t_time_ns(_m: Obj, _a: Obj) -> Obj {
    ns_obj(clock_ns(CLOCK_REALTIME))
}
unsafe extern "C" fn t_monotonic(_m: Obj, _a: Obj) -> Obj {
    float::from_f64(clock_ns(CLOCK_MONOTONIC) as f64 * 1e-9)
}
unsafe extern "C" fn t_monotonic_ns(_m: Obj, _a: Obj) -> Obj {
    ns_obj(clock_ns(CLOCK_MONOTONIC))
}
unsafe extern "C" fn t_process_time(_m: Obj, _a: Obj) -> Obj {
    float::from_f64(clock_ns(CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9)
}
unsafe extern "C" fn t_process_time_ns(_m: Obj, _a: Obj) -> Obj {
    ns_obj(clock_ns(CLOCK_PROCESS_CPUTIME_ID))
}

/// `sleep(secs)`: an int or float (or an object with `__index__`), not negative.
unsafe extern "C" fn t_sleep(_m: Obj, secs: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let s = if float::is_float(secs) || int::is_int(secs) {
            crate::abstract_::as_f64(secs)?
        } else if crate::abstract_::lookup_special(secs, "__index__").is_some() {
            // As CPython: only floats and integers (`__index__`), not `__float__`.
            let i = crate::abstract_::number_index(secs)?;
            crate::abstract_::as_f64(i.as_ptr())?
        } else {
            return Err(crate::errors::type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                obj_type_name(secs)
            )));
        };
        if s.is_nan() {
            return Err(crate::errors::value_error(
                "Invalid value NaN (not a number)",
            ));
        }
        if s < 0.0 {
            return Err(crate::errors::value_error(
                "sleep length must be non-negative",
            ));
        }
        crate::builtins::io::flush_stdout();
        std::thread::sleep(std::time::Duration::from_secs_f64(s));
        Ok(none::none_ref())
    })())
}
