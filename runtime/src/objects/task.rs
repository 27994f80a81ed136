//! `asyncio.Task`: a Future that drives a coroutine on the event loop, with the step and
//! wakeup rules of CPython 3.12's `_asyncio.Task`: each step sends None (or throws an
//! exception) into the coroutine; a yielded pending Future suspends the task until that
//! future's done callback wakes it; a bare `yield` (`sleep(0)`) reschedules it at once;
//! the coroutine's return value or exception becomes the task's result; cancellation
//! is requested with `cancel()` and delivered as CancelledError at the next step.

use crate::builtins::asyncio as aio;
use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::future::{self, Callback, FutureObject};
use crate::objects::{bool as pybool, coroutine, exceptions as exc, generator, none, str as pystr};
use crate::typeobject::*;
use std::ptr::null_mut;

#[repr(C)]
pub struct TaskObject {
    pub fut: FutureObject,
    pub coro: Obj,
    pub name: Obj,
    /// The future this task waits on (or null).
    pub fut_waiter: Obj,
    pub must_cancel: i64,
    pub num_cancels_requested: i64,
    /// Position in the loop's list of pending tasks.
    pub registry_index: usize,
}

pub static mut Task_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(task_dealloc),
    tp_repr: Some(task_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut TASK_METHODS as *mut PyMethodDef,
    tp_flags: TPFLAGS_DEFAULT,
    ..PyTypeObject::new_static(c"Task", std::mem::size_of::<TaskObject>(), 0)
};

static mut TASK_METHODS: [PyMethodDef; 8] = [
    crate::method_def!("cancel", task_cancel_m),
    crate::method_def!("cancelling", task_cancelling_m, METH_NOARGS),
    crate::method_def!("uncancel", task_uncancel_m, METH_NOARGS),
    crate::method_def!("get_name", task_get_name_m, METH_NOARGS),
    crate::method_def!("set_name", task_set_name_m, METH_O),
    crate::method_def!("get_coro", task_get_coro_m, METH_NOARGS),
    crate::method_def!("done", task_done_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// Readies the type (its base is Future).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn ready() -> PyResult<()> {
    Task_Type.tp_base = &raw mut future::Future_Type;
    type_ready(&raw mut future::Future_Type)?;
    type_ready(&raw mut future::FutureIter_Type)?;
    type_ready(&raw mut Task_Type)
}

/// Whether `o` is a Task.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_task(o: Obj) -> bool {
    is_instance_of(o, &raw mut Task_Type)
}

/// Whether `create_task` accepts `o`: a coroutine, or one of the runtime's own
/// awaitables that behave as coroutines (`asyncio.sleep(...)`).
///
/// # Safety
/// `o` is live.
pub unsafe fn is_coroutine_like(o: Obj) -> bool {
    coroutine::is_coroutine(o) || aio::is_sleep(o)
}

/// Creates a task for `coro` and schedules its first step. New reference.
///
/// # Safety
/// `coro` is coroutine-like; `name` null or an object.
pub unsafe fn new(coro: Obj, name: Obj) -> PyResult<Ref> {
    if !is_coroutine_like(coro) {
        let r = crate::abstract_::repr(coro)?;
        return Err(crate::errors::type_error(&format!(
            "a coroutine was expected, got {}",
            pystr::as_str(r.as_ptr())
        )));
    }
    let o = alloc_object(&raw mut Task_Type, std::mem::size_of::<TaskObject>());
    future::init_fields(o);
    let t = o as *mut TaskObject;
    (*t).coro = new_ref(coro);
    (*t).name = if name.is_null() || name == none::none() {
        pystr::from_string(format!("Task-{}", aio::next_task_number())).into_raw()
    } else {
        crate::abstract_::str(name)?.into_raw()
    };
    let task = Ref::steal(o);
    aio::register_task(task.as_ptr());
    aio::call_soon_step(task.as_ptr(), None);
    Ok(task)
}

unsafe extern "C" fn task_dealloc(o: Obj) {
    let t = o as *mut TaskObject;
    xdecref((*t).coro);
    xdecref((*t).name);
    xdecref((*t).fut_waiter);
    future::clear_fields(o);
    free_object(o);
}

unsafe extern "C" fn task_repr(o: Obj) -> Obj {
    into_raw((|| {
        let t = o as *mut TaskObject;
        let f = o as *mut FutureObject;
        let state = match (*f).state {
            future::CANCELLED => "cancelled".to_string(),
            future::FINISHED if !(*f).exception.is_null() => format!(
                "finished exception={}",
                pystr::as_str(crate::abstract_::repr((*f).exception)?.as_ptr())
            ),
            future::FINISHED => format!(
                "finished result={}",
                pystr::as_str(crate::abstract_::repr((*f).result)?.as_ptr())
            ),
            _ => "pending".to_string(),
        };
        let name = crate::abstract_::repr((*t).name)?;
        // TODO(asyncio): CPython also shows `coro=<f() running at file:line>`.
        Ok(pystr::from_string(format!(
            "<Task {} name={}>",
            state,
            pystr::as_str(name.as_ptr())
        )))
    })())
}

/// `task.cancel(msg)`: requests cancellation; delivered at the task's next step.
///
/// # Safety
/// `o` is a Task.
pub unsafe fn cancel(o: Obj, msg: Obj) -> PyResult<bool> {
    let t = o as *mut TaskObject;
    if future::done(o) {
        return Ok(false);
    }
    (*t).num_cancels_requested += 1;
    if !(*t).fut_waiter.is_null() && future::cancel((*t).fut_waiter, msg)? {
        return Ok(true);
    }
    (*t).must_cancel = 1;
    let f = o as *mut FutureObject;
    xdecref((*f).cancel_msg);
    (*f).cancel_msg = if msg.is_null() {
        null_mut()
    } else {
        new_ref(msg)
    };
    Ok(true)
}

/// Sends into (or throws into) the task's coroutine: `Ok(Some(y))` when it suspended
/// yielding `y`, `Ok(None)` when it returned (the value in `*ret`).
unsafe fn drive(coro: Obj, thrown: Option<Ref>, ret: &mut Option<Ref>) -> PyResult<Option<Ref>> {
    let r = if coroutine::is_coroutine(coro) {
        match thrown {
            None => {
                let r = generator::step(coro, none::none())?;
                if r.is_none() {
                    let rv = (*(coro as *mut generator::GeneratorObject)).retval;
                    *ret = Some(if rv.is_null() {
                        none::none_ref()
                    } else {
                        Ref::borrowed(rv)
                    });
                }
                return Ok(r);
            }
            Some(e) => generator::throw(coro, e.as_ptr(), null_mut()),
        }
    } else {
        match thrown {
            None => {
                let m = crate::abstract_::getattr_str(coro, "send")?;
                crate::call::call1(m.as_ptr(), none::none())
            }
            Some(e) => {
                let m = crate::abstract_::getattr_str(coro, "throw")?;
                crate::call::call1(m.as_ptr(), e.as_ptr())
            }
        }
    };
    match r {
        Ok(y) => Ok(Some(y)),
        Err(Raised) => {
            if crate::errors::matches(exc::stop_iteration()) {
                let e = crate::errors::fetch().unwrap();
                let args = exc::args(e.as_ptr());
                *ret = Some(if crate::objects::tuple::len(args) > 0 {
                    Ref::borrowed(crate::objects::tuple::item(args, 0))
                } else {
                    none::none_ref()
                });
                Ok(None)
            } else {
                Err(Raised)
            }
        }
    }
}

/// One step of the task (CPython's `__step`). Errors are stored in the task; only
/// KeyboardInterrupt and SystemExit propagate (after being stored), as in CPython.
///
/// # Safety
/// `task` is a Task.
pub unsafe fn step(task: Obj, thrown: Option<Ref>) -> PyResult<()> {
    let t = task as *mut TaskObject;
    if future::done(task) {
        return Err(crate::errors::raise(
            aio::invalid_state_error(),
            "_step(): already done",
        ));
    }
    let mut thrown = thrown;
    if (*t).must_cancel != 0 {
        // An exception already on its way in that is a CancelledError is kept (with its
        // message); anything else is replaced by the requested cancellation.
        let is_cancel = thrown
            .as_ref()
            .is_some_and(|e| is_instance_of(e.as_ptr(), aio::cancelled_error()));
        if !is_cancel {
            thrown = Some(future::make_cancelled_error(task)?);
        }
        (*t).must_cancel = 0;
    }
    let w = (*t).fut_waiter;
    (*t).fut_waiter = null_mut();
    xdecref(w);
    let _keep = Ref::borrowed(task);
    let prev = aio::enter_task(task);
    let mut ret = None;
    let r = drive((*t).coro, thrown, &mut ret);
    aio::leave_task(prev);
    match r {
        Ok(None) => {
            let v = ret.unwrap_or_else(none::none_ref);
            if (*t).must_cancel != 0 {
                (*t).must_cancel = 0;
                let msg = (*(task as *mut FutureObject)).cancel_msg;
                future::cancel_future(task, msg)?;
            } else {
                future::set_result(task, v.as_ptr())?;
            }
            aio::unregister_task(task);
        }
        Ok(Some(y)) => suspended_on(task, y)?,
        Err(Raised) => {
            let e = crate::errors::fetch().unwrap();
            if is_instance_of(e.as_ptr(), aio::cancelled_error()) {
                let f = task as *mut FutureObject;
                xdecref((*f).cancelled_exc);
                (*f).cancelled_exc = new_ref(e.as_ptr());
                future::cancel_future(task, null_mut())?;
                aio::unregister_task(task);
            } else if is_instance_of(e.as_ptr(), exc::keyboard_interrupt())
                || is_instance_of(e.as_ptr(), exc::system_exit())
            {
                future::set_exception(task, e.as_ptr())?;
                aio::unregister_task(task);
                return Err(crate::errors::set_raised(e));
            } else {
                future::set_exception(task, e.as_ptr())?;
                aio::unregister_task(task);
            }
        }
    }
    Ok(())
}

/// The coroutine suspended yielding `y`: wait on a Future, reschedule on a bare
/// yield, or fail the next step for anything else.
unsafe fn suspended_on(task: Obj, y: Ref) -> PyResult<()> {
    let t = task as *mut TaskObject;
    let yp = y.as_ptr();
    if future::is_future(yp) {
        let yf = yp as *mut FutureObject;
        if (*yf).blocking == 0 {
            let r = crate::abstract_::repr(yp)?;
            let tr = crate::abstract_::repr(task)?;
            let e = runtime_error(&format!(
                "yield was used instead of yield from in task {} with {}",
                pystr::as_str(tr.as_ptr()),
                pystr::as_str(r.as_ptr())
            ))?;
            aio::call_soon_step(task, Some(e));
            return Ok(());
        }
        if yp == task {
            let tr = crate::abstract_::repr(task)?;
            let e = runtime_error(&format!(
                "Task cannot await on itself: {}",
                pystr::as_str(tr.as_ptr())
            ))?;
            aio::call_soon_step(task, Some(e));
            return Ok(());
        }
        (*yf).blocking = 0;
        future::add_callback(yp, Callback::Wakeup(Ref::borrowed(task)));
        (*t).fut_waiter = new_ref(yp);
        if (*t).must_cancel != 0 {
            let msg = (*(task as *mut FutureObject)).cancel_msg;
            if future::cancel(yp, msg)? {
                (*t).must_cancel = 0;
            }
        }
        return Ok(());
    }
    if yp == none::none() {
        aio::call_soon_step(task, None);
        return Ok(());
    }
    let r = crate::abstract_::repr(yp)?;
    let e = runtime_error(&format!(
        "Task got bad yield: {}",
        pystr::as_str(r.as_ptr())
    ))?;
    aio::call_soon_step(task, Some(e));
    Ok(())
}

unsafe fn runtime_error(msg: &str) -> PyResult<Ref> {
    let m = Ref::steal(pystr::from_str(msg));
    exc::new_exception(exc::runtime_error(), &[m.as_ptr()])
}

/// The future the task waited on is done: step with its exception, or normally.
///
/// # Safety
/// `task` is a Task, `fut` a Future.
pub unsafe fn wakeup(task: Obj, fut: Obj) -> PyResult<()> {
    match future::result(fut) {
        Ok(_) => step(task, None),
        Err(Raised) => {
            let e = crate::errors::fetch().unwrap();
            step(task, Some(e))
        }
    }
}

unsafe extern "C" fn task_cancel_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [msg] = crate::args::parse::<0, 1>("cancel", args, nargs, kw, &["msg"])?;
        Ok(pybool::from_bool(cancel(o, msg)?))
    })())
}
unsafe extern "C" fn task_cancelling_m(o: Obj, _: Obj) -> Obj {
    crate::objects::int::from_i64((*(o as *mut TaskObject)).num_cancels_requested)
}
unsafe extern "C" fn task_uncancel_m(o: Obj, _: Obj) -> Obj {
    let t = o as *mut TaskObject;
    if (*t).num_cancels_requested > 0 {
        (*t).num_cancels_requested -= 1;
        if (*t).num_cancels_requested == 0 {
            (*t).must_cancel = 0;
        }
    }
    crate::objects::int::from_i64((*t).num_cancels_requested)
}
unsafe extern "C" fn task_get_name_m(o: Obj, _: Obj) -> Obj {
    new_ref((*(o as *mut TaskObject)).name)
}
unsafe extern "C" fn task_set_name_m(o: Obj, v: Obj) -> Obj {
    into_raw((|| {
        let s = crate::abstract_::str(v)?;
        let t = o as *mut TaskObject;
        let old = (*t).name;
        (*t).name = s.into_raw();
        xdecref(old);
        Ok(none::none_ref())
    })())
}
unsafe extern "C" fn task_get_coro_m(o: Obj, _: Obj) -> Obj {
    new_ref((*(o as *mut TaskObject)).coro)
}
unsafe extern "C" fn task_done_m(o: Obj, _: Obj) -> Obj {
    pybool::from_bool(future::done(o)).into_raw()
}
