//! `_asyncio`: the event loop and the core of `asyncio`, in the runtime. The Python
//! module `asyncio` (`stdlib/asyncio.py`) re-exports these and adds the small
//! synchronisation classes written over them.
//!
//! The loop is one per program (no threads yet) and has no I/O: a FIFO of ready jobs
//! and a heap of timers. One iteration (CPython's `_run_once`) moves due timers to the
//! ready queue, sleeping until the first timer when nothing is ready, then runs the jobs
//! that were ready at its start. Scheduling order follows CPython's: a new task's first
//! step, future callbacks and task wakeups are all `call_soon`s, so programs interleave
//! their output as under CPython.

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::future::{self, Callback};
use crate::objects::{exceptions as exc, float, list, none, str as pystr, task, tuple};
use crate::typeobject::*;
use std::cell::{Cell, RefCell};
use std::collections::{BinaryHeap, VecDeque};
use std::ptr::null_mut;
use std::rc::Rc;
use std::time::Instant;

/// A unit of work on the ready queue.
enum Job {
    /// A task's next step (with an exception to throw in).
    Step(Ref, Option<Ref>),
    /// A future's done callback.
    FutureCallback(Callback, Ref),
    /// A Python callable with arguments (`call_soon`, `call_later`).
    Call(Ref, Vec<Ref>, Rc<Cell<bool>>),
    /// `sleep`'s timer: set the result unless the future was cancelled.
    SetResultUnlessCancelled(Ref, Ref),
}

struct Timer {
    when: f64,
    seq: u64,
    job: Job,
    cancelled: Rc<Cell<bool>>,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    /// Reversed: `BinaryHeap` is a max-heap and the earliest timer must come first.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

/// The loop's state. Single-threaded runtime: accessed only through `with_loop`.
struct LoopState {
    ready: VecDeque<Job>,
    timers: BinaryHeap<Timer>,
    seq: u64,
    start: Instant,
    running: bool,
    current_task: Obj,
    /// Tasks not yet done (owned), for `all_tasks` and shutdown.
    tasks: Vec<Obj>,
    task_counter: u64,
}

static mut LOOP: Option<LoopState> = None;

fn with_loop<R>(f: impl FnOnce(&mut LoopState) -> R) -> R {
    // SAFETY: single-threaded runtime; the state is never borrowed re-entrantly (no
    // Python code runs while `f` holds it).
    unsafe {
        #[allow(static_mut_refs)]
        let l = LOOP.get_or_insert_with(|| LoopState {
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            seq: 0,
            start: Instant::now(),
            running: false,
            current_task: null_mut(),
            tasks: Vec::new(),
            task_counter: 0,
        });
        f(l)
    }
}

/// Seconds on the loop's monotonic clock.
fn now() -> f64 {
    with_loop(|l| l.start.elapsed().as_secs_f64())
}

fn push_ready(job: Job) {
    with_loop(|l| l.ready.push_back(job));
}

/// Schedules a future's callback (`call_soon(cb, fut)`).
///
/// # Safety
/// `fut` is a Future.
pub unsafe fn call_soon_callback(cb: Callback, fut: Obj) {
    push_ready(Job::FutureCallback(cb, Ref::borrowed(fut)));
}

/// Schedules a task's step.
///
/// # Safety
/// `task` is a Task.
pub unsafe fn call_soon_step(task: Obj, thrown: Option<Ref>) {
    push_ready(Job::Step(Ref::borrowed(task), thrown));
}

fn call_at(when: f64, job: Job) -> Rc<Cell<bool>> {
    let cancelled = Rc::new(Cell::new(false));
    let c = cancelled.clone();
    with_loop(|l| {
        l.seq += 1;
        let seq = l.seq;
        l.timers.push(Timer {
            when,
            seq,
            job,
            cancelled: c,
        });
    });
    cancelled
}

pub fn next_task_number() -> u64 {
    with_loop(|l| {
        l.task_counter += 1;
        l.task_counter
    })
}

/// Remembers a new task (a new reference is kept until it is done).
///
/// # Safety
/// `t` is a Task.
pub unsafe fn register_task(t: Obj) {
    incref(t);
    let ix = with_loop(|l| {
        l.tasks.push(t);
        l.tasks.len() - 1
    });
    (*(t as *mut task::TaskObject)).registry_index = ix;
}

/// Forgets a finished task (constant time: the last task takes its place).
///
/// # Safety
/// `t` is a Task.
pub unsafe fn unregister_task(t: Obj) {
    let ix = (*(t as *mut task::TaskObject)).registry_index;
    let found = with_loop(|l| {
        if l.tasks.get(ix) != Some(&t) {
            return None;
        }
        let removed = l.tasks.swap_remove(ix);
        Some((removed, l.tasks.get(ix).copied()))
    });
    if let Some((removed, moved)) = found {
        if let Some(m) = moved {
            (*(m as *mut task::TaskObject)).registry_index = ix;
        }
        decref(removed);
    }
}

/// Makes `t` the current task; returns the previous one.
pub fn enter_task(t: Obj) -> Obj {
    with_loop(|l| std::mem::replace(&mut l.current_task, t))
}

pub fn leave_task(prev: Obj) {
    with_loop(|l| l.current_task = prev);
}

// ----- the exception types -----

static mut CANCELLED_ERROR: *mut PyTypeObject = null_mut();
static mut INVALID_STATE_ERROR: *mut PyTypeObject = null_mut();

/// `asyncio.CancelledError` (a BaseException).
pub fn cancelled_error() -> *mut PyTypeObject {
    // SAFETY: set once by `init` before any task exists.
    unsafe { CANCELLED_ERROR }
}

/// `asyncio.InvalidStateError`.
pub fn invalid_state_error() -> *mut PyTypeObject {
    // SAFETY: as above.
    unsafe { INVALID_STATE_ERROR }
}

unsafe fn new_exception_type(
    name: &str,
    module: &str,
    base: *mut PyTypeObject,
) -> PyResult<*mut PyTypeObject> {
    let n = Ref::steal(pystr::from_str(name));
    let bases = Ref::steal(tuple::from_slice(&[base as Obj]));
    let ns = Ref::steal(crate::objects::dict::new_raw());
    let m = Ref::steal(pystr::from_str(module));
    crate::objects::dict::set_str(ns.as_ptr(), "__module__", m.as_ptr())?;
    let t = crate::classes::new_heap_type(
        &raw mut PyType_Type,
        n.as_ptr(),
        bases.as_ptr(),
        ns.as_ptr(),
    )?;
    Ok(t.into_raw() as *mut PyTypeObject)
}

// ----- running the loop -----

/// Runs one job. Errors inside a task are stored in the task; a failing Python
/// callback is reported and the loop goes on (CPython's default exception handler);
/// KeyboardInterrupt and SystemExit stop the loop.
unsafe fn run_job(job: Job) -> PyResult<()> {
    let r = match job {
        Job::Step(t, thrown) => {
            if future::done(t.as_ptr()) {
                return Ok(());
            }
            return task::step(t.as_ptr(), thrown);
        }
        Job::FutureCallback(Callback::Wakeup(t), fut) => {
            return task::wakeup(t.as_ptr(), fut.as_ptr());
        }
        Job::FutureCallback(Callback::Gather(g), fut) => gather_child_done(&g, fut.as_ptr()),
        Job::FutureCallback(Callback::Py(f), fut) => {
            crate::call::call1(f.as_ptr(), fut.as_ptr()).map(|_| ())
        }
        Job::Call(f, args, cancelled) => {
            if cancelled.get() {
                return Ok(());
            }
            let a: Vec<Obj> = args.iter().map(|x| x.as_ptr()).collect();
            crate::call::call_vec(f.as_ptr(), &a).map(|_| ())
        }
        Job::SetResultUnlessCancelled(fut, v) => {
            if !future::done(fut.as_ptr()) {
                future::set_result(fut.as_ptr(), v.as_ptr())?;
            }
            Ok(())
        }
    };
    if r.is_err() {
        if crate::errors::matches(exc::keyboard_interrupt())
            || crate::errors::matches(exc::system_exit())
        {
            return Err(Raised);
        }
        let e = crate::errors::fetch().unwrap();
        crate::builtins::io::write_stderr("Exception in callback\n");
        exc::print_exception(e.as_ptr());
    }
    Ok(())
}

/// One loop iteration. Errs when nothing can ever run again (see `run_until_done`).
unsafe fn run_once() -> PyResult<bool> {
    let nothing_ready = with_loop(|l| l.ready.is_empty());
    if nothing_ready {
        // Drop cancelled timers at the head, then sleep until the first one.
        let next = with_loop(|l| {
            while l.timers.peek().is_some_and(|t| t.cancelled.get()) {
                l.timers.pop();
            }
            l.timers.peek().map(|t| t.when)
        });
        match next {
            None => return Ok(false),
            Some(when) => {
                let wait = when - now();
                if wait > 0.0 {
                    std::thread::sleep(std::time::Duration::from_secs_f64(wait));
                }
            }
        }
    }
    let t = now();
    with_loop(|l| {
        while let Some(top) = l.timers.peek() {
            if top.cancelled.get() {
                l.timers.pop();
                continue;
            }
            if top.when > t {
                break;
            }
            let timer = l.timers.pop().unwrap();
            l.ready.push_back(timer.job);
        }
    });
    let n = with_loop(|l| l.ready.len());
    for _ in 0..n {
        let Some(job) = with_loop(|l| l.ready.pop_front()) else {
            break;
        };
        run_job(job)?;
    }
    Ok(true)
}

/// Runs the loop until `fut` is done.
unsafe fn run_until_done(fut: Obj) -> PyResult<()> {
    while !future::done(fut) {
        if !run_once()? {
            // CPython's loop would wait forever here; a compiled program says so.
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "the event loop has nothing left to run but the awaited task is not done (CPython would wait forever here)",
            ));
        }
    }
    Ok(())
}

/// Set while `asyncio.run` shuts down: generators dropped then are closed at once (as
/// CPython's `shutdown_asyncgens` closes the remaining ones).
static mut SHUTTING_DOWN: bool = false;

/// The event loop's finalizer for an async generator dropped while suspended (CPython's
/// asyncgen hooks): instead of closing it on the spot, schedule `create_task` of a
/// coroutine awaiting `agen.aclose()`, which keeps the generator alive until then.
/// Returns false (the caller closes it at once) when no loop is running.
///
/// # Safety
/// `agen` is an async generator being deallocated (reference count 0).
pub unsafe fn finalize_asyncgen_later(agen: Obj) -> bool {
    if !is_running() || SHUTTING_DOWN {
        return false;
    }
    (*agen).ob_refcnt += 1;
    let scheduled = (|| -> PyResult<()> {
        let aio = crate::abi::import_module("asyncio")?;
        let later = crate::abstract_::getattr_str(aio.as_ptr(), "_aclose_later")?;
        let coro = crate::call::call1(later.as_ptr(), agen)?;
        let ct = crate::abstract_::getattr_str(aio.as_ptr(), "create_task")?;
        push_ready(Job::Call(ct, vec![coro], Rc::new(Cell::new(false))));
        Ok(())
    })();
    (*agen).ob_refcnt -= 1;
    if scheduled.is_err() {
        crate::errors::clear();
    }
    (*agen).ob_refcnt > 0
}

/// Whether the loop is running (inside `asyncio.run`).
pub fn is_running() -> bool {
    with_loop(|l| l.running)
}

/// `asyncio.run(coro)`: runs the coroutine as the main task, then cancels the tasks
/// still pending and lets them finish. New reference: the main task's result.
///
/// # Safety
/// `coro` is live.
pub unsafe fn run(coro: Obj) -> PyResult<Ref> {
    if is_running() {
        return Err(crate::errors::raise(
            exc::runtime_error(),
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    if !task::is_coroutine_like(coro) {
        let r = crate::abstract_::repr(coro)?;
        return Err(crate::errors::raise(
            exc::value_error(),
            &format!(
                "a coroutine was expected, got {}",
                pystr::as_str(r.as_ptr())
            ),
        ));
    }
    with_loop(|l| {
        l.running = true;
        l.start = Instant::now();
    });
    let main = task::new(coro, null_mut());
    let r = match &main {
        Ok(m) => run_until_done(m.as_ptr()),
        Err(_) => Err(Raised),
    };
    let saved = if r.is_err() {
        crate::errors::fetch()
    } else {
        None
    };
    // The loop stops after the iteration that finished the main task: what that
    // iteration scheduled (an async generator's finalizer) still runs.
    if r.is_ok() && with_loop(|l| !l.ready.is_empty()) && run_once().is_err() {
        crate::errors::clear();
    }
    SHUTTING_DOWN = true;
    // Shutdown: cancel what is left and let it unwind (CPython's `_cancel_all_tasks`).
    let rest: Vec<Ref> = with_loop(|l| l.tasks.iter().map(|&t| Ref::borrowed(t)).collect());
    for t in &rest {
        let _ = task::cancel(t.as_ptr(), null_mut());
    }
    for t in &rest {
        if run_until_done(t.as_ptr()).is_err() {
            crate::errors::clear();
            break;
        }
    }
    SHUTTING_DOWN = false;
    with_loop(|l| {
        l.running = false;
        l.ready.clear();
        l.timers.clear();
        l.current_task = null_mut();
    });
    for t in with_loop(|l| std::mem::take(&mut l.tasks)) {
        decref(t);
    }
    if let Some(e) = saved {
        crate::errors::restore(e);
        return Err(Raised);
    }
    future::result(main?.as_ptr())
}

// ----- gather -----

/// The shared state of one `gather(...)`: its outer future and children.
pub struct GatherState {
    pub outer: Ref,
    pub children: RefCell<Vec<Ref>>,
    nfinished: Cell<usize>,
    return_exceptions: bool,
}

/// Turns an awaitable argument into a future: futures as they are, coroutines become
/// tasks. New reference.
unsafe fn ensure_future(o: Obj) -> PyResult<Ref> {
    if future::is_future(o) {
        return Ok(Ref::borrowed(o));
    }
    if task::is_coroutine_like(o) {
        return task::new(o, null_mut());
    }
    // TODO(asyncio): other awaitables (objects with __await__) are wrapped in a task by
    // CPython.
    Err(crate::errors::type_error(
        "An asyncio.Future, a coroutine or an awaitable is required",
    ))
}

/// `gather(*aws, return_exceptions=False)`. New reference: the outer future.
unsafe fn gather(aws: &[Obj], return_exceptions: bool) -> PyResult<Ref> {
    let outer = future::new();
    if aws.is_empty() {
        let l = Ref::steal(list::with_capacity(0));
        future::set_result(outer.as_ptr(), l.as_ptr())?;
        return Ok(outer);
    }
    let mut children = Vec::new();
    for &a in aws {
        // TODO(asyncio): CPython reuses one future for an argument given twice.
        children.push(ensure_future(a)?);
    }
    let state = Rc::new(GatherState {
        outer: outer.clone(),
        children: RefCell::new(children.clone()),
        nfinished: Cell::new(0),
        return_exceptions,
    });
    for c in &children {
        future::add_callback(c.as_ptr(), Callback::Gather(state.clone()));
    }
    *(*(outer.as_ptr() as *mut future::FutureObject)).gather = Some(state);
    Ok(outer)
}

/// A child of a gather finished (CPython's `_done_callback`).
unsafe fn gather_child_done(g: &Rc<GatherState>, fut: Obj) -> PyResult<()> {
    g.nfinished.set(g.nfinished.get() + 1);
    let outer = g.outer.as_ptr();
    let finish = |g: &Rc<GatherState>| {
        // The outer future no longer needs its children: break the reference cycle.
        *(*(g.outer.as_ptr() as *mut future::FutureObject)).gather = None;
    };
    if future::done(outer) {
        if future::state(fut) != future::CANCELLED {
            // Mark the exception as retrieved.
            let _ = future::exception(fut)?;
        }
        return Ok(());
    }
    if !g.return_exceptions {
        if future::state(fut) == future::CANCELLED {
            let e = future::make_cancelled_error(fut)?;
            future::set_exception(outer, e.as_ptr())?;
            finish(g);
            return Ok(());
        }
        let e = future::exception(fut)?;
        if e.as_ptr() != none::none() {
            future::set_exception(outer, e.as_ptr())?;
            finish(g);
            return Ok(());
        }
    }
    if g.nfinished.get() == g.children.borrow().len() {
        let children = g.children.borrow().clone();
        let mut results = Vec::new();
        for c in &children {
            let r = if future::state(c.as_ptr()) == future::CANCELLED {
                future::make_cancelled_error(c.as_ptr())?
            } else {
                let e = future::exception(c.as_ptr())?;
                if e.as_ptr() != none::none() {
                    e
                } else {
                    future::result(c.as_ptr())?
                }
            };
            results.push(r);
        }
        let of = outer as *mut future::FutureObject;
        if (*of).cancel_requested != 0 {
            let e = future::make_cancelled_error(fut)?;
            future::set_exception(outer, e.as_ptr())?;
        } else {
            let l = future::list_of(&results);
            future::set_result(outer, l.as_ptr())?;
        }
        finish(g);
    }
    Ok(())
}

// ----- sleep -----

/// `asyncio.sleep(delay, result)`: an awaitable that finishes after `delay` seconds
/// (a bare yield for `delay <= 0`, as CPython's `__sleep0`).
#[repr(C)]
pub struct SleepObject {
    pub ob_base: PyObject,
    delay: f64,
    result: Obj,
    fut: Obj,
    timer: *mut Rc<Cell<bool>>,
    /// 0: not started; 1: waiting on `fut`; 2: done; 3: yielded once (delay <= 0).
    state: i64,
}

pub static mut Sleep_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(sleep_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(sleep_next),
    tp_methods: &raw mut SLEEP_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"sleep", std::mem::size_of::<SleepObject>(), 0)
};

static mut SLEEP_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("send", sleep_send_m, METH_O),
    crate::method_def!("throw", sleep_throw_m),
    crate::method_def!("close", sleep_close_m, METH_NOARGS),
    crate::method_def!("__await__", sleep_await_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// Whether `o` is an `asyncio.sleep(...)` awaitable.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_sleep(o: Obj) -> bool {
    type_of(o) == &raw mut Sleep_Type
}

unsafe fn sleep_cancel_timer(s: *mut SleepObject) {
    if !(*s).timer.is_null() {
        (**(*s).timer).set(true);
        drop(Box::from_raw((*s).timer));
        (*s).timer = null_mut();
    }
}

unsafe extern "C" fn sleep_dealloc(o: Obj) {
    let s = o as *mut SleepObject;
    sleep_cancel_timer(s);
    xdecref((*s).result);
    xdecref((*s).fut);
    free_object(o);
}

unsafe fn sleep_step(o: Obj) -> PyResult<Ref> {
    let s = o as *mut SleepObject;
    match (*s).state {
        0 => {
            if (*s).delay <= 0.0 || (*s).delay.is_nan() {
                (*s).state = 3;
                return Ok(none::none_ref());
            }
            let fut = future::new();
            let when = now() + (*s).delay;
            let flag = call_at(
                when,
                Job::SetResultUnlessCancelled(fut.clone(), Ref::borrowed((*s).result)),
            );
            (*s).timer = Box::into_raw(Box::new(flag));
            (*(fut.as_ptr() as *mut future::FutureObject)).blocking = 1;
            (*s).fut = fut.clone().into_raw();
            (*s).state = 1;
            Ok(fut)
        }
        1 => {
            let fut = (*s).fut;
            if !future::done(fut) {
                (*(fut as *mut future::FutureObject)).blocking = 1;
                return Ok(Ref::borrowed(fut));
            }
            (*s).state = 2;
            sleep_cancel_timer(s);
            let r = future::result(fut)?;
            Err(stop_with(r.as_ptr()))
        }
        3 => {
            (*s).state = 2;
            Err(stop_with((*s).result))
        }
        _ => Err(crate::errors::raise(
            exc::runtime_error(),
            "cannot reuse already awaited coroutine",
        )),
    }
}

unsafe fn stop_with(v: Obj) -> Raised {
    if v == none::none() {
        crate::errors::raise_empty(exc::stop_iteration())
    } else {
        crate::errors::raise_with(exc::stop_iteration(), v)
    }
}

unsafe extern "C" fn sleep_next(o: Obj) -> Obj {
    into_raw(sleep_step(o))
}
unsafe extern "C" fn sleep_send_m(o: Obj, _v: Obj) -> Obj {
    into_raw(sleep_step(o))
}
unsafe extern "C" fn sleep_await_m(o: Obj, _: Obj) -> Obj {
    new_ref(o)
}
unsafe extern "C" fn sleep_close_m(o: Obj, _: Obj) -> Obj {
    let s = o as *mut SleepObject;
    sleep_cancel_timer(s);
    (*s).state = 2;
    none::none_ref().into_raw()
}
unsafe extern "C" fn sleep_throw_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [t, v, _tb] =
            crate::args::parse::<1, 3>("throw", args, nargs, kw, &["typ", "val", "tb"])?;
        let s = o as *mut SleepObject;
        sleep_cancel_timer(s);
        (*s).state = 2;
        let e = if exc::is_exception_class(t) {
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

// ----- the loop object -----

/// The object `get_running_loop()` returns: a handle on the one loop.
#[repr(C)]
pub struct LoopObject {
    pub ob_base: PyObject,
}

pub static mut Loop_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(loop_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut LOOP_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"_asyncio.EventLoop", std::mem::size_of::<LoopObject>(), 0)
};

static mut LOOP_METHODS: [PyMethodDef; 8] = [
    crate::method_def!("time", loop_time_m, METH_NOARGS),
    crate::method_def!("create_future", loop_create_future_m, METH_NOARGS),
    crate::method_def!("create_task", m_create_task),
    crate::method_def!("call_soon", loop_call_soon_m),
    crate::method_def!("call_later", loop_call_later_m),
    crate::method_def!("call_at", loop_call_at_m),
    crate::method_def!("is_running", loop_is_running_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// A scheduled callback's handle (`cancel()`, `cancelled()`, `when()`).
#[repr(C)]
pub struct HandleObject {
    pub ob_base: PyObject,
    flag: *mut Rc<Cell<bool>>,
    when: f64,
}

pub static mut Handle_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(handle_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut HANDLE_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(c"TimerHandle", std::mem::size_of::<HandleObject>(), 0)
};

static mut HANDLE_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("cancel", handle_cancel_m, METH_NOARGS),
    crate::method_def!("cancelled", handle_cancelled_m, METH_NOARGS),
    crate::method_def!("when", handle_when_m, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut LOOP_OBJ: Obj = null_mut();

/// The running loop's object; RuntimeError outside `asyncio.run`. New reference.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn running_loop() -> PyResult<Ref> {
    if !is_running() {
        return Err(crate::errors::raise(
            exc::runtime_error(),
            "no running event loop",
        ));
    }
    if LOOP_OBJ.is_null() {
        LOOP_OBJ = alloc_object(&raw mut Loop_Type, std::mem::size_of::<LoopObject>());
    }
    Ok(Ref::borrowed(LOOP_OBJ))
}

unsafe extern "C" fn loop_dealloc(o: Obj) {
    free_object(o);
}
unsafe extern "C" fn handle_dealloc(o: Obj) {
    let h = o as *mut HandleObject;
    drop(Box::from_raw((*h).flag));
    free_object(o);
}
unsafe extern "C" fn handle_cancel_m(o: Obj, _: Obj) -> Obj {
    (**(*(o as *mut HandleObject)).flag).set(true);
    none::none_ref().into_raw()
}
unsafe extern "C" fn handle_cancelled_m(o: Obj, _: Obj) -> Obj {
    crate::objects::bool::from_bool((**(*(o as *mut HandleObject)).flag).get()).into_raw()
}
unsafe extern "C" fn handle_when_m(o: Obj, _: Obj) -> Obj {
    float::from_f64((*(o as *mut HandleObject)).when)
}
unsafe extern "C" fn loop_time_m(_o: Obj, _: Obj) -> Obj {
    float::from_f64(now())
}
unsafe extern "C" fn loop_create_future_m(_o: Obj, _: Obj) -> Obj {
    future::new().into_raw()
}
unsafe extern "C" fn loop_is_running_m(_o: Obj, _: Obj) -> Obj {
    crate::objects::bool::from_bool(is_running()).into_raw()
}

/// `(callback, *args)` of the call_* methods, from position `from`.
unsafe fn callback_args(args: *const Obj, nargs: isize, from: usize) -> (Ref, Vec<Ref>) {
    let all = std::slice::from_raw_parts(args, nargs as usize);
    (
        Ref::borrowed(all[from]),
        all[from + 1..].iter().map(|&a| Ref::borrowed(a)).collect(),
    )
}

unsafe fn schedule_call(when: Option<f64>, f: Ref, a: Vec<Ref>) -> Obj {
    let flag = Rc::new(Cell::new(false));
    let (flag, w) = match when {
        None => {
            push_ready(Job::Call(f, a, flag.clone()));
            (flag, now())
        }
        Some(w) => {
            let c = call_at(w, Job::Call(f, a, flag.clone()));
            // The timer's own flag is what `cancel()` must set.
            drop(flag);
            (c, w)
        }
    };
    let o = alloc_object(&raw mut Handle_Type, std::mem::size_of::<HandleObject>());
    (*(o as *mut HandleObject)).flag = Box::into_raw(Box::new(flag));
    (*(o as *mut HandleObject)).when = w;
    o
}

unsafe extern "C" fn loop_call_soon_m(_o: Obj, args: *const Obj, nargs: isize, _kw: Obj) -> Obj {
    if nargs < 1 {
        return into_raw(Err(crate::errors::type_error(
            "call_soon() missing 1 required positional argument: 'callback'",
        )));
    }
    let (f, a) = callback_args(args, nargs, 0);
    schedule_call(None, f, a)
}

unsafe extern "C" fn loop_call_later_m(_o: Obj, args: *const Obj, nargs: isize, _kw: Obj) -> Obj {
    into_raw((|| {
        if nargs < 2 {
            return Err(crate::errors::type_error(
                "call_later() missing required positional arguments: 'delay' and 'callback'",
            ));
        }
        let delay = crate::abstract_::as_f64(*args)?;
        let (f, a) = callback_args(args, nargs, 1);
        Ok(Ref::steal(schedule_call(Some(now() + delay), f, a)))
    })())
}

unsafe extern "C" fn loop_call_at_m(_o: Obj, args: *const Obj, nargs: isize, _kw: Obj) -> Obj {
    into_raw((|| {
        if nargs < 2 {
            return Err(crate::errors::type_error(
                "call_at() missing required positional arguments: 'when' and 'callback'",
            ));
        }
        let when = crate::abstract_::as_f64(*args)?;
        let (f, a) = callback_args(args, nargs, 1);
        Ok(Ref::steal(schedule_call(Some(when), f, a)))
    })())
}

// ----- module functions -----

const FASTKW: i32 = METH_FASTCALL | METH_KEYWORDS;

static mut ASYNCIO_FUNCTIONS: [PyMethodDef; 11] = [
    crate::method_def!("run", m_run, FASTKW),
    crate::method_def!("sleep", m_sleep, FASTKW),
    crate::method_def!("create_task", m_create_task, FASTKW),
    crate::method_def!("ensure_future", m_ensure_future, FASTKW),
    crate::method_def!("gather", m_gather, FASTKW),
    crate::method_def!("get_running_loop", m_get_running_loop, METH_NOARGS),
    crate::method_def!("get_event_loop", m_get_running_loop, METH_NOARGS),
    crate::method_def!("current_task", m_current_task, FASTKW),
    crate::method_def!("all_tasks", m_all_tasks, FASTKW),
    crate::method_def!("iscoroutine", m_iscoroutine, METH_O),
    METHOD_SENTINEL,
];

unsafe extern "C" fn m_run(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [coro, _debug] =
            crate::args::parse::<1, 2>("run", args, nargs, kw, &["main", "$debug"])?;
        run(coro)
    })())
}

unsafe extern "C" fn m_sleep(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [d, r] = crate::args::parse::<1, 2>("sleep", args, nargs, kw, &["delay", "result"])?;
        let delay = crate::abstract_::as_f64(d)?;
        let o = alloc_object(&raw mut Sleep_Type, std::mem::size_of::<SleepObject>());
        let s = o as *mut SleepObject;
        (*s).delay = delay;
        (*s).result = if r.is_null() {
            none::none_ref().into_raw()
        } else {
            new_ref(r)
        };
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn m_create_task(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [coro, name, _ctx] = crate::args::parse::<1, 3>(
            "create_task",
            args,
            nargs,
            kw,
            &["coro", "$name", "$context"],
        )?;
        if !is_running() {
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "no running event loop",
            ));
        }
        task::new(coro, name)
    })())
}

unsafe extern "C" fn m_ensure_future(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [o, _loop] = crate::args::parse::<1, 2>(
            "ensure_future",
            args,
            nargs,
            kw,
            &["coro_or_future", "$loop"],
        )?;
        ensure_future(o)
    })())
}

unsafe extern "C" fn m_gather(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let mut return_exceptions = false;
        if !kw.is_null() {
            for (i, &k) in tuple::items(kw).iter().enumerate() {
                let name = pystr::as_str(k);
                if name != "return_exceptions" {
                    return Err(crate::errors::type_error(&format!(
                        "gather() got an unexpected keyword argument '{}'",
                        name
                    )));
                }
                return_exceptions = crate::abstract_::is_true(*args.add(nargs as usize + i))?;
            }
        }
        if !is_running() {
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "no running event loop",
            ));
        }
        let aws = std::slice::from_raw_parts(args, nargs as usize);
        gather(aws, return_exceptions)
    })())
}

unsafe extern "C" fn m_get_running_loop(_m: Obj, _: Obj) -> Obj {
    into_raw(running_loop())
}

unsafe extern "C" fn m_current_task(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [_loop] = crate::args::parse::<0, 1>("current_task", args, nargs, kw, &["loop"])?;
        if !is_running() {
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "no running event loop",
            ));
        }
        let t = with_loop(|l| l.current_task);
        Ok(if t.is_null() {
            none::none_ref()
        } else {
            Ref::borrowed(t)
        })
    })())
}

unsafe extern "C" fn m_all_tasks(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [_loop] = crate::args::parse::<0, 1>("all_tasks", args, nargs, kw, &["loop"])?;
        if !is_running() {
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "no running event loop",
            ));
        }
        let ts: Vec<Ref> = with_loop(|l| l.tasks.iter().map(|&t| Ref::borrowed(t)).collect());
        let s = crate::objects::set::new_empty(&raw mut crate::objects::set::PySet_Type);
        for t in ts {
            crate::objects::set::add(s.as_ptr(), t.as_ptr())?;
        }
        Ok(s)
    })())
}

unsafe extern "C" fn m_iscoroutine(_m: Obj, o: Obj) -> Obj {
    crate::objects::bool::from_bool(task::is_coroutine_like(o)).into_raw()
}

/// Creates the `_asyncio` module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs(
        "_asyncio",
        &raw mut ASYNCIO_FUNCTIONS as *mut PyMethodDef,
    )?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    if CANCELLED_ERROR.is_null() {
        CANCELLED_ERROR = new_exception_type(
            "CancelledError",
            "asyncio.exceptions",
            exc::base_exception(),
        )?;
        INVALID_STATE_ERROR =
            new_exception_type("InvalidStateError", "asyncio.exceptions", exc::exception())?;
        task::ready()?;
        for t in [
            &raw mut Sleep_Type,
            &raw mut Loop_Type,
            &raw mut Handle_Type,
        ] {
            type_ready(t)?;
        }
    }
    crate::objects::dict::set_str(d, "CancelledError", CANCELLED_ERROR as Obj)?;
    crate::objects::dict::set_str(d, "InvalidStateError", INVALID_STATE_ERROR as Obj)?;
    crate::objects::dict::set_str(d, "Future", &raw mut future::Future_Type as Obj)?;
    crate::objects::dict::set_str(d, "Task", &raw mut task::Task_Type as Obj)?;
    Ok(m)
}
