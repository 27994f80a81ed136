//! `asyncio.Future` and its `__await__` iterator (`FutureIter`), with the semantics of
//! CPython's `_asyncio` C module: a future is pending, cancelled or finished; done
//! callbacks are scheduled on the event loop (`builtins/asyncio.rs`), never called
//! inline; awaiting a pending future yields the future itself to the task driving the
//! await, which resumes when the future is done.
//!
//! `Task` (`task.rs`) extends this layout. Callbacks are a Rust enum, so the runtime's
//! own continuations (a task's wakeup, `gather`'s bookkeeping) need no Python objects.

use crate::builtins::asyncio as aio;
use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{bool as pybool, list, none, str as pystr};
use crate::typeobject::*;
use std::ptr::null_mut;
use std::rc::Rc;

pub const PENDING: i64 = 0;
pub const CANCELLED: i64 = 1;
pub const FINISHED: i64 = 2;

/// A done callback.
#[derive(Clone)]
pub enum Callback {
    /// A Python callable, called with the future.
    Py(Ref),
    /// Resume the task (a `Task` object) awaiting this future.
    Wakeup(Ref),
    /// One child of a `gather` finished.
    Gather(Rc<aio::GatherState>),
}

#[repr(C)]
pub struct FutureObject {
    pub ob_base: PyObject,
    pub state: i64,
    pub result: Obj,
    pub exception: Obj,
    /// The `msg` given to `cancel()` (or null).
    pub cancel_msg: Obj,
    /// The CancelledError that cancelled a task's coroutine, kept for `result()`.
    pub cancelled_exc: Obj,
    /// `_asyncio_future_blocking`: set while a task waits on this future.
    pub blocking: i64,
    pub callbacks: *mut Vec<Callback>,
    /// For `gather`'s outer future: the children that `cancel()` cancels.
    pub gather: *mut Option<Rc<aio::GatherState>>,
    pub cancel_requested: i64,
}

pub static mut Future_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(future_dealloc),
    tp_repr: Some(future_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(future_await),
    tp_methods: &raw mut FUTURE_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut FUTURE_GETSET as *mut PyGetSetDef,
    tp_new: Some(future_new),
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_BASETYPE,
    ..PyTypeObject::new_static(c"Future", std::mem::size_of::<FutureObject>(), 0)
};

static mut FUTURE_METHODS: [PyMethodDef; 12] = [
    crate::method_def!("result", fut_result_m, METH_NOARGS),
    crate::method_def!("exception", fut_exception_m, METH_NOARGS),
    crate::method_def!("done", fut_done_m, METH_NOARGS),
    crate::method_def!("cancelled", fut_cancelled_m, METH_NOARGS),
    crate::method_def!("cancel", fut_cancel_m),
    crate::method_def!("set_result", fut_set_result_m, METH_O),
    crate::method_def!("set_exception", fut_set_exception_m, METH_O),
    crate::method_def!("add_done_callback", fut_add_done_callback_m),
    crate::method_def!("remove_done_callback", fut_remove_done_callback_m, METH_O),
    crate::method_def!("get_loop", fut_get_loop_m, METH_NOARGS),
    crate::method_def!("__await__", fut_await_m, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut FUTURE_GETSET: [PyGetSetDef; 2] = [
    getset_def(
        c"_asyncio_future_blocking",
        Some(fut_get_blocking),
        Some(fut_set_blocking),
    ),
    getset_def_end(),
];

/// The iterator `await fut` drives: yields the future while it is pending, then
/// returns its result.
#[repr(C)]
pub struct FutureIterObject {
    pub ob_base: PyObject,
    pub fut: Obj,
}

pub static mut FutureIter_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(iter_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(iter_next),
    tp_methods: &raw mut ITER_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"FutureIter", std::mem::size_of::<FutureIterObject>(), 0)
};

static mut ITER_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("send", iter_send_m, METH_O),
    crate::method_def!("throw", iter_throw_m),
    crate::method_def!("close", iter_close_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// Whether `o` is a Future (a Task included).
///
/// # Safety
/// `o` is live.
pub unsafe fn is_future(o: Obj) -> bool {
    is_instance_of(o, &raw mut Future_Type)
}

/// Initialises the future fields of a freshly allocated object.
///
/// # Safety
/// `o` has the Future layout, zeroed.
pub unsafe fn init_fields(o: Obj) {
    let f = o as *mut FutureObject;
    (*f).state = PENDING;
    (*f).callbacks = Box::into_raw(Box::new(Vec::new()));
    (*f).gather = Box::into_raw(Box::new(None));
}

/// A new pending future. New reference.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn new() -> Ref {
    let o = alloc_object(&raw mut Future_Type, std::mem::size_of::<FutureObject>());
    init_fields(o);
    Ref::steal(o)
}

unsafe extern "C" fn future_new(tp: *mut PyTypeObject, _args: Obj, _kw: Obj) -> Obj {
    let o = alloc_object(tp, (*tp).tp_basicsize as usize);
    init_fields(o);
    o
}

/// Releases the future fields (for Task's dealloc too).
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn clear_fields(o: Obj) {
    let f = o as *mut FutureObject;
    xdecref((*f).result);
    xdecref((*f).exception);
    xdecref((*f).cancel_msg);
    xdecref((*f).cancelled_exc);
    (*f).result = null_mut();
    (*f).exception = null_mut();
    (*f).cancel_msg = null_mut();
    (*f).cancelled_exc = null_mut();
    if !(*f).callbacks.is_null() {
        drop(Box::from_raw((*f).callbacks));
        (*f).callbacks = null_mut();
    }
    if !(*f).gather.is_null() {
        drop(Box::from_raw((*f).gather));
        (*f).gather = null_mut();
    }
}

unsafe extern "C" fn future_dealloc(o: Obj) {
    clear_fields(o);
    free_object(o);
}

pub unsafe fn state(o: Obj) -> i64 {
    (*(o as *mut FutureObject)).state
}

pub unsafe fn done(o: Obj) -> bool {
    state(o) != PENDING
}

/// `asyncio.InvalidStateError(msg)`.
unsafe fn invalid_state(msg: &str) -> Raised {
    crate::errors::raise(aio::invalid_state_error(), msg)
}

/// The CancelledError a cancelled future raises (CPython's `_make_cancelled_error`).
/// New reference.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn make_cancelled_error(o: Obj) -> PyResult<Ref> {
    let f = o as *mut FutureObject;
    if !(*f).cancelled_exc.is_null() {
        let e = Ref::steal((*f).cancelled_exc);
        (*f).cancelled_exc = null_mut();
        return Ok(e);
    }
    let tp = aio::cancelled_error();
    if (*f).cancel_msg.is_null() || (*f).cancel_msg == none::none() {
        crate::objects::exceptions::new_exception(tp, &[])
    } else {
        crate::objects::exceptions::new_exception(tp, &[(*f).cancel_msg])
    }
}

/// `fut.result()`. New reference.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn result(o: Obj) -> PyResult<Ref> {
    let f = o as *mut FutureObject;
    match (*f).state {
        CANCELLED => Err(crate::errors::set_raised(make_cancelled_error(o)?)),
        FINISHED => {
            if !(*f).exception.is_null() {
                return Err(crate::errors::set_raised(Ref::borrowed((*f).exception)));
            }
            Ok(Ref::borrowed((*f).result))
        }
        _ => Err(invalid_state("Result is not set.")),
    }
}

/// `fut.exception()`: the exception (new reference) or None.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn exception(o: Obj) -> PyResult<Ref> {
    let f = o as *mut FutureObject;
    match (*f).state {
        CANCELLED => Err(crate::errors::set_raised(make_cancelled_error(o)?)),
        FINISHED => Ok(if (*f).exception.is_null() {
            none::none_ref()
        } else {
            Ref::borrowed((*f).exception)
        }),
        _ => Err(invalid_state("Exception is not set.")),
    }
}

/// Schedules every done callback on the loop and forgets them.
unsafe fn schedule_callbacks(o: Obj) {
    let f = o as *mut FutureObject;
    let cbs = std::mem::take(&mut *(*f).callbacks);
    for cb in cbs {
        aio::call_soon_callback(cb, o);
    }
}

/// `fut.set_result(v)`.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn set_result(o: Obj, v: Obj) -> PyResult<()> {
    let f = o as *mut FutureObject;
    if (*f).state != PENDING {
        return Err(invalid_state("invalid state"));
    }
    (*f).result = new_ref(v);
    (*f).state = FINISHED;
    schedule_callbacks(o);
    Ok(())
}

/// `fut.set_exception(e)` (a class is instantiated).
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn set_exception(o: Obj, e: Obj) -> PyResult<()> {
    let f = o as *mut FutureObject;
    if (*f).state != PENDING {
        return Err(invalid_state("invalid state"));
    }
    let e = if crate::objects::exceptions::is_exception_class(e) {
        crate::call::call0(e)?
    } else {
        Ref::borrowed(e)
    };
    if !crate::objects::exceptions::is_exception_instance(e.as_ptr()) {
        return Err(crate::errors::type_error("invalid exception object"));
    }
    if is_instance_of(e.as_ptr(), crate::objects::exceptions::stop_iteration()) {
        return Err(crate::errors::type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    (*f).exception = e.into_raw();
    (*f).state = FINISHED;
    schedule_callbacks(o);
    Ok(())
}

/// Cancels a plain future (Future.cancel). Returns whether it was pending.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn cancel_future(o: Obj, msg: Obj) -> PyResult<bool> {
    let f = o as *mut FutureObject;
    if (*f).state != PENDING {
        return Ok(false);
    }
    if let Some(g) = (*(*f).gather).clone() {
        // gather's outer future cancels its children instead.
        let mut any = false;
        for c in g.children.borrow().iter() {
            if cancel(c.as_ptr(), msg)? {
                any = true;
            }
        }
        if any {
            (*f).cancel_requested = 1;
        }
        return Ok(any);
    }
    (*f).state = CANCELLED;
    xdecref((*f).cancel_msg);
    (*f).cancel_msg = if msg.is_null() {
        null_mut()
    } else {
        new_ref(msg)
    };
    schedule_callbacks(o);
    Ok(true)
}

/// `x.cancel(msg)` for a Future or a Task.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn cancel(o: Obj, msg: Obj) -> PyResult<bool> {
    if crate::objects::task::is_task(o) {
        crate::objects::task::cancel(o, msg)
    } else {
        cancel_future(o, msg)
    }
}

/// Adds a done callback; a done future schedules it at once.
///
/// # Safety
/// `o` has the Future layout.
pub unsafe fn add_callback(o: Obj, cb: Callback) {
    if done(o) {
        aio::call_soon_callback(cb, o);
    } else {
        (*(*(o as *mut FutureObject)).callbacks).push(cb);
    }
}

unsafe extern "C" fn fut_result_m(o: Obj, _: Obj) -> Obj {
    into_raw(result(o))
}
unsafe extern "C" fn fut_exception_m(o: Obj, _: Obj) -> Obj {
    into_raw(exception(o))
}
unsafe extern "C" fn fut_done_m(o: Obj, _: Obj) -> Obj {
    pybool::from_bool(done(o)).into_raw()
}
unsafe extern "C" fn fut_cancelled_m(o: Obj, _: Obj) -> Obj {
    pybool::from_bool(state(o) == CANCELLED).into_raw()
}
unsafe extern "C" fn fut_cancel_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [msg] = crate::args::parse::<0, 1>("cancel", args, nargs, kw, &["msg"])?;
        Ok(pybool::from_bool(cancel(o, msg)?))
    })())
}
unsafe extern "C" fn fut_set_result_m(o: Obj, v: Obj) -> Obj {
    into_raw(set_result(o, v).map(|_| none::none_ref()))
}
unsafe extern "C" fn fut_set_exception_m(o: Obj, e: Obj) -> Obj {
    into_raw(set_exception(o, e).map(|_| none::none_ref()))
}
unsafe extern "C" fn fut_add_done_callback_m(
    o: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| {
        // TODO(asyncio): the `context` argument is accepted and ignored (no contextvars).
        let [f, _ctx] =
            crate::args::parse::<1, 2>("add_done_callback", args, nargs, kw, &["fn", "$context"])?;
        add_callback(o, Callback::Py(Ref::borrowed(f)));
        Ok(none::none_ref())
    })())
}
unsafe extern "C" fn fut_remove_done_callback_m(o: Obj, f: Obj) -> Obj {
    let cbs = &mut *(*(o as *mut FutureObject)).callbacks;
    let before = cbs.len();
    cbs.retain(|c| !matches!(c, Callback::Py(p) if p.as_ptr() == f));
    crate::objects::int::from_i64((before - cbs.len()) as i64)
}
unsafe extern "C" fn fut_get_loop_m(_o: Obj, _: Obj) -> Obj {
    into_raw(aio::running_loop())
}
unsafe extern "C" fn fut_get_blocking(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    pybool::from_bool((*(o as *mut FutureObject)).blocking != 0).into_raw()
}
unsafe extern "C" fn fut_set_blocking(o: Obj, v: Obj, _: *mut std::ffi::c_void) -> i32 {
    if v.is_null() {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            "cannot delete attribute",
        );
        return -1;
    }
    match crate::abstract_::is_true(v) {
        Ok(b) => {
            (*(o as *mut FutureObject)).blocking = b as i64;
            0
        }
        Err(_) => -1,
    }
}

unsafe extern "C" fn future_repr(o: Obj) -> Obj {
    into_raw((|| {
        let f = o as *mut FutureObject;
        let name = obj_type_name(o);
        let body = match (*f).state {
            CANCELLED => "cancelled".to_string(),
            FINISHED if !(*f).exception.is_null() => format!(
                "finished exception={}",
                pystr::as_str(crate::abstract_::repr((*f).exception)?.as_ptr())
            ),
            FINISHED => format!(
                "finished result={}",
                pystr::as_str(crate::abstract_::repr((*f).result)?.as_ptr())
            ),
            _ => "pending".to_string(),
        };
        Ok(Ref::steal(pystr::from_str(&format!("<{} {}>", name, body))))
    })())
}

/// `fut.__await__()` / `iter(fut)`. New reference.
unsafe extern "C" fn future_await(o: Obj) -> Obj {
    let it = alloc_object(
        &raw mut FutureIter_Type,
        std::mem::size_of::<FutureIterObject>(),
    );
    (*(it as *mut FutureIterObject)).fut = new_ref(o);
    it
}

unsafe extern "C" fn fut_await_m(o: Obj, _: Obj) -> Obj {
    future_await(o)
}

unsafe extern "C" fn iter_dealloc(o: Obj) {
    xdecref((*(o as *mut FutureIterObject)).fut);
    free_object(o);
}

/// One step of awaiting: the future itself while pending, then StopIteration(result).
unsafe fn iter_step(o: Obj) -> PyResult<Ref> {
    let it = o as *mut FutureIterObject;
    let fut = (*it).fut;
    if fut.is_null() {
        return Err(crate::errors::raise_empty(
            crate::objects::exceptions::stop_iteration(),
        ));
    }
    if !done(fut) {
        (*(fut as *mut FutureObject)).blocking = 1;
        return Ok(Ref::borrowed(fut));
    }
    (*it).fut = null_mut();
    let fut = Ref::steal(fut);
    let r = result(fut.as_ptr())?;
    if r.as_ptr() == none::none() {
        Err(crate::errors::raise_empty(
            crate::objects::exceptions::stop_iteration(),
        ))
    } else {
        Err(crate::errors::raise_with(
            crate::objects::exceptions::stop_iteration(),
            r.as_ptr(),
        ))
    }
}

unsafe extern "C" fn iter_next(o: Obj) -> Obj {
    into_raw(iter_step(o))
}

unsafe extern "C" fn iter_send_m(o: Obj, _v: Obj) -> Obj {
    into_raw(iter_step(o))
}

unsafe extern "C" fn iter_throw_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [t, v, _tb] =
            crate::args::parse::<1, 3>("throw", args, nargs, kw, &["typ", "val", "tb"])?;
        let it = o as *mut FutureIterObject;
        let f = (*it).fut;
        (*it).fut = null_mut();
        xdecref(f);
        let e = if crate::objects::exceptions::is_exception_class(t) {
            if v.is_null() || v == none::none() {
                crate::call::call0(t)?
            } else {
                crate::call::call1(t, v)?
            }
        } else {
            Ref::borrowed(t)
        };
        Err::<Ref, _>(crate::errors::set_raised(e))
    })())
}

unsafe extern "C" fn iter_close_m(o: Obj, _: Obj) -> Obj {
    let it = o as *mut FutureIterObject;
    let f = (*it).fut;
    (*it).fut = null_mut();
    xdecref(f);
    none::none_ref().into_raw()
}

/// Helper for Rust callers: a list of the items (new list).
///
/// # Safety
/// Items are live.
pub unsafe fn list_of(items: &[Ref]) -> Ref {
    let l = list::with_capacity(items.len());
    for i in items {
        list::push(l, new_ref(i.as_ptr()));
    }
    Ref::steal(l)
}
