//! `generator`: a suspended compiled function. The compiler turns a generator function
//! into a *resume function* that is a state machine over a heap frame: `resume(gen,
//! sent)` jumps to the yield point recorded in `state`, runs to the next `yield`
//! (returning the value) or to the end (returning NULL). No stack switching: this works
//! the same on every target, WebAssembly included.
//!
//! Coroutines (`async def`) and async generators use the same object and resume
//! functions with another type (`coroutine.rs`, `asyncgen.rs`); `kind` at creation picks
//! it.
//!
//! Frame layout: `nlocals` reference-counted slots (the function's locals, cleared by the
//! runtime), then `nvalues` scratch slots the generated code uses for its temporaries
//! (never reference-counted here; owned temporaries live across a `yield` are copied
//! into locals by the compiler).

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::{exceptions as exc, none, str as pystr};
use crate::typeobject::*;
use std::ptr::null_mut;

/// `resume(gen, sent)`: `sent` is NULL when an exception is being thrown in.
pub type ResumeFn = unsafe extern "C" fn(gen: Obj, sent: Obj) -> Obj;

/// The generator object. Field offsets used by generated code are fixed
/// (see `GEN_FRAME_OFFSET` and friends in `abi.rs`).
#[repr(C)]
pub struct GeneratorObject {
    pub ob_base: PyObject,
    pub resume: Option<ResumeFn>,
    pub frame: *mut Obj,
    pub nslots: usize,
    /// 0: not started; k > 0: suspended at yield point k; -1: finished.
    pub state: i64,
    pub running: i64,
    pub func: Obj,
    pub name: Obj,
    pub qualname: Obj,
    pub retval: Obj,
    pub nlocals: usize,
}

#[no_mangle]
pub static mut PyGen_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(gen_dealloc),
    tp_repr: Some(gen_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(gen_iternext),
    tp_methods: &raw mut GEN_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut GEN_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"generator", std::mem::size_of::<GeneratorObject>(), 0)
};

static mut GEN_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("send", gen_send_m, METH_O),
    crate::method_def!("throw", gen_throw_m),
    crate::method_def!("close", gen_close_m),
    METHOD_SENTINEL,
];

static mut GEN_GETSET: [PyGetSetDef; 4] = [
    getset_def(c"__name__", Some(gen_get_name), None),
    getset_def(c"__qualname__", Some(gen_get_qualname), None),
    getset_def(c"gi_running", Some(gen_get_running), None),
    getset_def_end(),
];

/// Whether `o` is a generator.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_generator(o: Obj) -> bool {
    type_of(o) == &raw mut PyGen_Type
}

/// Whether `o` is a generator or a coroutine: objects whose `send`/`throw` are this
/// module's, driven directly by `yield from` and `await`.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_gen_or_coro(o: Obj) -> bool {
    is_generator(o) || crate::objects::coroutine::is_coroutine(o)
}

/// What a compiled resumable function is (the compiler's `GenKind`).
pub const KIND_GENERATOR: i64 = 0;
pub const KIND_COROUTINE: i64 = 1;
pub const KIND_ASYNC_GENERATOR: i64 = 2;

/// The type's name as CPython's messages use it ("generator", "coroutine", ...).
unsafe fn kind_name(g: Obj) -> &'static str {
    if crate::objects::coroutine::is_coroutine(g) {
        "coroutine"
    } else if crate::objects::asyncgen::is_async_generator(g) {
        "async generator"
    } else {
        "generator"
    }
}

/// Creates a suspended generator (or coroutine, or async generator, by `kind`) for
/// `func` with a zeroed frame. New reference.
///
/// # Safety
/// `resume` follows [`ResumeFn`]; `func` is a function object.
pub unsafe fn new(func: Obj, resume: ResumeFn, nlocals: usize, nvalues: usize, kind: i64) -> Obj {
    let tp = match kind {
        KIND_COROUTINE => &raw mut crate::objects::coroutine::PyCoro_Type,
        KIND_ASYNC_GENERATOR => &raw mut crate::objects::asyncgen::PyAsyncGen_Type,
        _ => &raw mut PyGen_Type,
    };
    let o = alloc_object(tp, std::mem::size_of::<GeneratorObject>());
    let g = o as *mut GeneratorObject;
    let n = nlocals + nvalues;
    (*g).resume = Some(resume);
    (*g).frame = mem_alloc_zeroed(n.max(1) * std::mem::size_of::<Obj>()) as *mut Obj;
    (*g).nslots = n;
    (*g).nlocals = nlocals;
    (*g).func = new_ref(func);
    let f = func as *mut crate::objects::function::FunctionObject;
    (*g).name = new_ref((*f).name);
    (*g).qualname = new_ref((*f).qualname);
    o
}

/// Releases the frame's locals (the generator is finished).
///
/// # Safety
/// `g` is a generator.
pub unsafe fn clear_frame(g: Obj) {
    let go = g as *mut GeneratorObject;
    for i in 0..(*go).nlocals {
        let p = (*go).frame.add(i);
        let v = *p;
        *p = null_mut();
        xdecref(v);
    }
    (*go).state = -1;
}

/// Runs the generator one step. `Ok(Some(v))`: yielded `v`; `Ok(None)`: finished
/// (the return value is in `retval`); `Err`: an exception propagated.
/// `sent` null means "throw the exception currently set".
///
/// # Safety
/// `g` is a generator, coroutine or async generator.
pub unsafe fn step(g: Obj, sent: Obj) -> PyResult<Option<Ref>> {
    let go = g as *mut GeneratorObject;
    if (*go).running != 0 {
        return Err(crate::errors::value_error(&format!(
            "{} already executing",
            kind_name(g)
        )));
    }
    if (*go).state == -1 {
        if sent.is_null() {
            return Err(Raised);
        }
        if crate::objects::coroutine::is_coroutine(g) {
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "cannot reuse already awaited coroutine",
            ));
        }
        return Ok(None);
    }
    let gk = Ref::borrowed(g);
    (*go).running = 1;
    let r = ((*go).resume.unwrap())(gk.as_ptr(), sent);
    (*go).running = 0;
    if !r.is_null() {
        return Ok(Some(Ref::steal(r)));
    }
    if crate::errors::occurred() {
        // PEP 479: StopIteration escaping the body becomes RuntimeError (and
        // StopAsyncIteration escaping an async generator, PEP 525).
        let escaped = if crate::errors::matches(exc::stop_iteration()) {
            Some("StopIteration")
        } else if crate::objects::asyncgen::is_async_generator(g)
            && crate::errors::matches(exc::stop_async_iteration())
        {
            Some("StopAsyncIteration")
        } else {
            None
        };
        if let Some(what) = escaped {
            let cause = crate::errors::fetch().unwrap();
            let msg = format!("{} raised {}", kind_name(g), what);
            let e = exc::new_exception(exc::runtime_error(), &[pystr::from_string(msg).as_ptr()])?;
            exc::set_cause(e.as_ptr(), cause.as_ptr())?;
            exc::set_context_if_unset(e.as_ptr(), cause.as_ptr());
            return Err(crate::errors::set_raised(e));
        }
        return Err(Raised);
    }
    Ok(None)
}

/// Raises StopIteration carrying the return value (or bare, for None).
unsafe fn stop_with_retval(g: Obj) -> Raised {
    let go = g as *mut GeneratorObject;
    let rv = (*go).retval;
    if rv.is_null() || rv == none::none() {
        return crate::errors::raise_empty(exc::stop_iteration());
    }
    crate::errors::raise_with(exc::stop_iteration(), rv)
}

/// `gen.send(value)`. New reference.
///
/// # Safety
/// `g` is a generator.
pub unsafe fn send(g: Obj, v: Obj) -> PyResult<Ref> {
    let go = g as *mut GeneratorObject;
    if (*go).state == 0 && v != none::none() {
        return Err(crate::errors::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    match step(g, v)? {
        Some(y) => Ok(y),
        None => Err(stop_with_retval(g)),
    }
}

unsafe extern "C" fn gen_iternext(g: Obj) -> Obj {
    match step(g, none::none()) {
        Ok(Some(y)) => y.into_raw(),
        Ok(None) => {
            let go = g as *mut GeneratorObject;
            if !(*go).retval.is_null() && (*go).retval != none::none() {
                stop_with_retval(g);
            }
            null_mut()
        }
        Err(_) => null_mut(),
    }
}

pub(crate) unsafe extern "C" fn gen_send_m(g: Obj, v: Obj) -> Obj {
    into_raw(send(g, v))
}

/// `gen.throw(exc)`: raises `exc` at the suspended `yield`.
///
/// # Safety
/// `g` is a generator; `e` an exception class or instance.
pub unsafe fn throw(g: Obj, e: Obj, val: Obj) -> PyResult<Ref> {
    let go = g as *mut GeneratorObject;
    let inst = if exc::is_exception_class(e) {
        if val.is_null() || val == none::none() {
            crate::call::call0(e)?
        } else if exc::is_exception_instance(val) {
            Ref::borrowed(val)
        } else {
            crate::call::call1(e, val)?
        }
    } else if exc::is_exception_instance(e) {
        Ref::borrowed(e)
    } else {
        return Err(crate::errors::type_error(&format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            obj_type_name(e)
        )));
    };
    crate::errors::restore(inst);
    if (*go).state == 0 {
        clear_frame(g);
        return Err(Raised);
    }
    match step(g, null_mut())? {
        Some(y) => Ok(y),
        None => Err(stop_with_retval(g)),
    }
}

pub(crate) unsafe extern "C" fn gen_throw_m(
    g: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| {
        let [e, v, _tb] =
            crate::args::parse::<1, 3>("throw", args, nargs, kw, &["typ", "val", "tb"])?;
        throw(g, e, v)
    })())
}

/// `gen.close()`.
///
/// # Safety
/// `g` is a generator.
pub unsafe fn close(g: Obj) -> PyResult<()> {
    let go = g as *mut GeneratorObject;
    if (*go).state <= 0 {
        clear_frame(g);
        return Ok(());
    }
    crate::errors::raise_empty(exc::generator_exit());
    match step(g, null_mut()) {
        Ok(Some(_)) => Err(crate::errors::raise(
            exc::runtime_error(),
            "generator ignored GeneratorExit",
        )),
        Ok(None) => Ok(()),
        Err(e) => {
            if crate::errors::matches(exc::generator_exit())
                || crate::errors::matches(exc::stop_iteration())
            {
                crate::errors::clear();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

pub(crate) unsafe extern "C" fn gen_close_m(
    g: Obj,
    _args: *const Obj,
    _nargs: isize,
    _kw: Obj,
) -> Obj {
    into_raw(close(g).map(|_| none::none_ref()))
}

pub(crate) unsafe extern "C" fn gen_dealloc(o: Obj) {
    let go = o as *mut GeneratorObject;
    if (*go).state == 0 && type_of(o) == &raw mut crate::objects::coroutine::PyCoro_Type {
        warn_never_awaited(o);
    }
    if (*go).state > 0
        && crate::objects::asyncgen::is_async_generator(o)
        && crate::builtins::asyncio::finalize_asyncgen_later(o)
    {
        return;
    }
    if (*go).state > 0 {
        // Run pending `finally` blocks, as CPython's finaliser does; errors are dropped.
        // TODO(generators): print "Exception ignored in" like CPython.
        (*o).ob_refcnt += 1;
        let saved = crate::errors::fetch();
        if close(o).is_err() {
            crate::errors::clear();
        }
        if let Some(s) = saved {
            crate::errors::restore(s);
        }
        (*o).ob_refcnt -= 1;
    }
    clear_frame(o);
    mem_free((*go).frame as *mut u8);
    xdecref((*go).func);
    xdecref((*go).name);
    xdecref((*go).qualname);
    xdecref((*go).retval);
    free_object(o);
}

/// CPython's RuntimeWarning for a coroutine that dies without having started, issued
/// where the running code dropped it.
// TODO(warnings): an error from the warning (an "error" filter) is dropped; CPython
// reports it as unraisable.
unsafe fn warn_never_awaited(o: Obj) {
    let go = o as *mut GeneratorObject;
    (*o).ob_refcnt += 1;
    let saved = crate::errors::fetch();
    let qualname = if (*go).qualname.is_null() {
        "?".to_string()
    } else {
        crate::objects::str::as_str((*go).qualname).to_string()
    };
    let msg =
        crate::objects::str::from_string(format!("coroutine '{}' was never awaited", qualname));
    if crate::builtins::warnings::warn_source(
        crate::objects::exceptions::runtime_warning(),
        msg.as_ptr(),
        1,
        o,
    )
    .is_err()
    {
        crate::errors::clear();
    }
    if let Some(s) = saved {
        crate::errors::restore(s);
    }
    (*o).ob_refcnt -= 1;
}

unsafe extern "C" fn gen_repr(o: Obj) -> Obj {
    repr_as(o, "generator")
}

/// `<{what} object {qualname} at 0x...>`. New reference.
///
/// # Safety
/// `o` is a generator-layout object.
pub(crate) unsafe fn repr_as(o: Obj, what: &str) -> Obj {
    let go = o as *mut GeneratorObject;
    pystr::from_str(&format!(
        "<{} object {} at {:#x}>",
        what,
        pystr::as_str((*go).qualname),
        o as usize
    ))
}

pub(crate) unsafe extern "C" fn gen_get_name(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut GeneratorObject)).name)
}
pub(crate) unsafe extern "C" fn gen_get_qualname(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut GeneratorObject)).qualname)
}
pub(crate) unsafe extern "C" fn gen_get_running(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    crate::objects::bool::from_bool((*(o as *mut GeneratorObject)).running != 0).into_raw()
}

/// One step of `yield from it`: 1 with `*out` = the value to yield, 0 with `*out` = the
/// subiterator's return value, -1 on error. `sent` null means an exception is pending and
/// is thrown into the subiterator (or propagates if it has no `throw`).
///
/// # Safety
/// `it` is an iterator; `out` is writable.
pub unsafe fn yield_from_step(it: Obj, sent: Obj, out: *mut Obj) -> i32 {
    let r: PyResult<Option<Ref>> = (|| {
        if sent.is_null() {
            let e = crate::errors::fetch().unwrap();
            if is_instance_of(e.as_ptr(), exc::generator_exit()) {
                if is_gen_or_coro(it) {
                    close(it)?;
                } else if let Some(c) = crate::abstract_::getattr_opt_str(it, "close")? {
                    crate::call::call0(c.as_ptr())?;
                }
                crate::errors::restore(e);
                return Err(Raised);
            }
            if is_gen_or_coro(it) {
                return match throw(it, e.as_ptr(), null_mut()) {
                    Ok(v) => Ok(Some(v)),
                    Err(_) => Err(Raised),
                };
            }
            match crate::abstract_::getattr_opt_str(it, "throw")? {
                Some(t) => return crate::call::call1(t.as_ptr(), e.as_ptr()).map(Some),
                None => {
                    crate::errors::restore(e);
                    return Err(Raised);
                }
            }
        }
        if is_gen_or_coro(it) {
            return send(it, sent).map(Some);
        }
        if sent == none::none() {
            let f = (*type_of(it)).tp_iternext.ok_or_else(|| {
                crate::errors::type_error(&format!(
                    "'{}' object is not an iterator",
                    obj_type_name(it)
                ))
            })?;
            let v = f(it);
            if !v.is_null() {
                return Ok(Some(Ref::steal(v)));
            }
            if crate::errors::occurred() {
                return Err(Raised);
            }
            return Err(crate::errors::raise_empty(exc::stop_iteration()));
        }
        let m = crate::abstract_::getattr_str(it, "send")?;
        crate::call::call1(m.as_ptr(), sent).map(Some)
    })();
    match r {
        Ok(Some(v)) => {
            *out = v.into_raw();
            1
        }
        Ok(None) => -1,
        Err(_) => {
            if crate::errors::matches(exc::stop_iteration()) {
                let e = crate::errors::fetch().unwrap();
                let args = exc::args(e.as_ptr());
                let v = if crate::objects::tuple::len(args) > 0 {
                    crate::objects::tuple::item(args, 0)
                } else {
                    none::none()
                };
                *out = new_ref(v);
                0
            } else {
                -1
            }
        }
    }
}
