//! `async_generator` (PEP 525) and the awaitables its methods return.
//!
//! An async generator is a generator-layout object (`generator.rs`) whose resume function
//! suspends for two reasons: an inner `await` passing a value through to the event loop,
//! and its own `yield v`, which the compiler marks by wrapping `v` in an
//! `async_generator_wrapped_value`. `__anext__()`/`asend(v)` return an
//! `async_generator_asend` awaitable that steps the generator, passes unwrapped values
//! through and finishes (StopIteration carrying the value) at a wrapped one;
//! `athrow(...)`/`aclose()` return an `async_generator_athrow` that throws in first.

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::exceptions as exc;
use crate::objects::generator::{self, GeneratorObject};
use crate::objects::none;
use crate::typeobject::*;
use std::ptr::null_mut;

#[no_mangle]
pub static mut PyAsyncGen_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(generator::gen_dealloc),
    tp_repr: Some(agen_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut AGEN_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut AGEN_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(
        c"async_generator",
        std::mem::size_of::<GeneratorObject>(),
        0,
    )
};

static mut AGEN_METHODS: [PyMethodDef; 6] = [
    crate::method_def!("__aiter__", agen_aiter_m, METH_NOARGS),
    crate::method_def!("__anext__", agen_anext_m, METH_NOARGS),
    crate::method_def!("asend", agen_asend_m, METH_O),
    crate::method_def!("athrow", agen_athrow_m),
    crate::method_def!("aclose", agen_aclose_m, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut AGEN_GETSET: [PyGetSetDef; 4] = [
    getset_def(c"__name__", Some(generator::gen_get_name), None),
    getset_def(c"__qualname__", Some(generator::gen_get_qualname), None),
    getset_def(c"ag_running", Some(generator::gen_get_running), None),
    getset_def_end(),
];

/// A value the async generator itself yielded (as opposed to one an inner `await`
/// passes through).
#[repr(C)]
pub struct WrappedValueObject {
    pub ob_base: PyObject,
    pub value: Obj,
}

pub static mut WrappedValue_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(wrapped_dealloc),
    ..PyTypeObject::new_static(
        c"async_generator_wrapped_value",
        std::mem::size_of::<WrappedValueObject>(),
        0,
    )
};

/// What an `async_generator_asend`/`athrow` awaitable does on its first step.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(i64)]
enum Op {
    /// `__anext__()` / `asend(v)`: send `arg`.
    Send = 0,
    /// `athrow(typ, val, tb)`: throw `arg` (an exception instance).
    Throw = 1,
    /// `aclose()`: throw GeneratorExit; a yielded value is an error.
    Close = 2,
}

/// Not started, suspended inside the generator, or done.
const AW_INIT: i64 = 0;
const AW_ITER: i64 = 1;
const AW_CLOSED: i64 = 2;

/// The awaitable of one `asend`/`athrow`/`aclose` step.
#[repr(C)]
pub struct AwaitableObject {
    pub ob_base: PyObject,
    pub gen: Obj,
    pub arg: Obj,
    op: Op,
    state: i64,
}

pub static mut ASend_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(aw_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(aw_iternext),
    tp_methods: &raw mut AW_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(
        c"async_generator_asend",
        std::mem::size_of::<AwaitableObject>(),
        0,
    )
};

pub static mut AThrow_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(aw_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(aw_iternext),
    tp_methods: &raw mut AW_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(
        c"async_generator_athrow",
        std::mem::size_of::<AwaitableObject>(),
        0,
    )
};

static mut AW_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("send", aw_send_m, METH_O),
    crate::method_def!("throw", aw_throw_m),
    crate::method_def!("close", aw_close_m, METH_NOARGS),
    crate::method_def!("__await__", aw_await_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// The types defined here, for start-up readying.
pub fn all_types() -> Vec<*mut PyTypeObject> {
    vec![
        &raw mut PyAsyncGen_Type,
        &raw mut WrappedValue_Type,
        &raw mut ASend_Type,
        &raw mut AThrow_Type,
    ]
}

/// Whether `o` is an async generator.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_async_generator(o: Obj) -> bool {
    type_of(o) == &raw mut PyAsyncGen_Type
}

/// Marks `v` as yielded by the async generator itself. New reference.
///
/// # Safety
/// `v` is live.
pub unsafe fn wrap(v: Obj) -> Obj {
    let o = alloc_object(
        &raw mut WrappedValue_Type,
        std::mem::size_of::<WrappedValueObject>(),
    );
    (*(o as *mut WrappedValueObject)).value = new_ref(v);
    o
}

unsafe extern "C" fn wrapped_dealloc(o: Obj) {
    xdecref((*(o as *mut WrappedValueObject)).value);
    free_object(o);
}

unsafe extern "C" fn agen_repr(o: Obj) -> Obj {
    generator::repr_as(o, "async_generator")
}

unsafe fn new_awaitable(gen: Obj, arg: Obj, op: Op) -> Obj {
    let tp = if op == Op::Send {
        &raw mut ASend_Type
    } else {
        &raw mut AThrow_Type
    };
    let o = alloc_object(tp, std::mem::size_of::<AwaitableObject>());
    let a = o as *mut AwaitableObject;
    (*a).gen = new_ref(gen);
    (*a).arg = if arg.is_null() {
        null_mut()
    } else {
        new_ref(arg)
    };
    (*a).op = op;
    (*a).state = AW_INIT;
    o
}

unsafe extern "C" fn agen_aiter_m(g: Obj, _: Obj) -> Obj {
    new_ref(g)
}

unsafe extern "C" fn agen_anext_m(g: Obj, _: Obj) -> Obj {
    new_awaitable(g, none::none(), Op::Send)
}

unsafe extern "C" fn agen_asend_m(g: Obj, v: Obj) -> Obj {
    new_awaitable(g, v, Op::Send)
}

unsafe extern "C" fn agen_aclose_m(g: Obj, _: Obj) -> Obj {
    new_awaitable(g, null_mut(), Op::Close)
}

unsafe extern "C" fn agen_athrow_m(g: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [t, v, _tb] =
            crate::args::parse::<1, 3>("athrow", args, nargs, kw, &["typ", "val", "tb"])?;
        let e = exception_instance(t, v)?;
        Ok(Ref::steal(new_awaitable(g, e.as_ptr(), Op::Throw)))
    })())
}

/// The instance `throw(typ[, val])` raises.
unsafe fn exception_instance(t: Obj, v: Obj) -> PyResult<Ref> {
    if exc::is_exception_class(t) {
        if v.is_null() || v == none::none() {
            crate::call::call0(t)
        } else if exc::is_exception_instance(v) {
            Ok(Ref::borrowed(v))
        } else {
            crate::call::call1(t, v)
        }
    } else if exc::is_exception_instance(t) {
        Ok(Ref::borrowed(t))
    } else {
        Err(crate::errors::type_error(&format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            obj_type_name(t)
        )))
    }
}

unsafe extern "C" fn aw_dealloc(o: Obj) {
    let a = o as *mut AwaitableObject;
    xdecref((*a).gen);
    xdecref((*a).arg);
    free_object(o);
}

unsafe extern "C" fn aw_await_m(o: Obj, _: Obj) -> Obj {
    new_ref(o)
}

/// Interprets one step of the generator for the awaitable `a`: a wrapped value finishes
/// the awaitable (StopIteration carrying it; for `aclose` an error), an unwrapped one is
/// passed through to whoever drives the await, the generator's end is
/// StopAsyncIteration (for `aclose`, a plain finish).
unsafe fn finish_step(a: *mut AwaitableObject, r: PyResult<Option<Ref>>) -> PyResult<Ref> {
    match r {
        Ok(Some(y)) => {
            if type_of(y.as_ptr()) != &raw mut WrappedValue_Type {
                return Ok(y);
            }
            (*a).state = AW_CLOSED;
            if (*a).op == Op::Close {
                return Err(crate::errors::raise(
                    exc::runtime_error(),
                    "async generator ignored GeneratorExit",
                ));
            }
            let v = (*(y.as_ptr() as *mut WrappedValueObject)).value;
            if v == none::none() {
                Err(crate::errors::raise_empty(exc::stop_iteration()))
            } else {
                Err(crate::errors::raise_with(exc::stop_iteration(), v))
            }
        }
        Ok(None) => {
            (*a).state = AW_CLOSED;
            if (*a).op == Op::Close {
                Err(crate::errors::raise_empty(exc::stop_iteration()))
            } else {
                Err(crate::errors::raise_empty(exc::stop_async_iteration()))
            }
        }
        Err(e) => {
            (*a).state = AW_CLOSED;
            if (*a).op == Op::Close
                && (crate::errors::matches(exc::generator_exit())
                    || crate::errors::matches(exc::stop_async_iteration()))
            {
                crate::errors::clear();
                return Err(crate::errors::raise_empty(exc::stop_iteration()));
            }
            Err(e)
        }
    }
}

/// `awaitable.send(v)`: the first step performs the operation, later ones resume the
/// generator where an inner await suspended it.
unsafe fn aw_send(o: Obj, v: Obj) -> PyResult<Ref> {
    let a = o as *mut AwaitableObject;
    let gen = (*a).gen;
    match (*a).state {
        AW_CLOSED => {
            let what = if (*a).op == Op::Send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            };
            Err(crate::errors::raise(exc::runtime_error(), what))
        }
        AW_INIT => {
            (*a).state = AW_ITER;
            let g = gen as *mut GeneratorObject;
            match (*a).op {
                Op::Send => {
                    let arg = if v == none::none() { (*a).arg } else { v };
                    let r = generator::step(gen, arg);
                    finish_step(a, r)
                }
                Op::Throw | Op::Close => {
                    if (*g).state == -1 || ((*a).op == Op::Close && (*g).state == 0) {
                        // Nothing to throw into: a closed or unstarted generator.
                        generator::clear_frame(gen);
                        (*a).state = AW_CLOSED;
                        return if (*a).op == Op::Close {
                            Err(crate::errors::raise_empty(exc::stop_iteration()))
                        } else {
                            Err(crate::errors::raise_empty(exc::stop_async_iteration()))
                        };
                    }
                    let e = if (*a).op == Op::Close {
                        crate::call::call0(exc::generator_exit() as Obj)?
                    } else {
                        Ref::borrowed((*a).arg)
                    };
                    crate::errors::restore(e);
                    if (*g).state == 0 {
                        generator::clear_frame(gen);
                        (*a).state = AW_CLOSED;
                        return Err(Raised);
                    }
                    let r = generator::step(gen, null_mut());
                    finish_step(a, r)
                }
            }
        }
        _ => {
            let r = generator::step(gen, v);
            finish_step(a, r)
        }
    }
}

unsafe extern "C" fn aw_iternext(o: Obj) -> Obj {
    into_raw(aw_send(o, none::none()))
}

unsafe extern "C" fn aw_send_m(o: Obj, v: Obj) -> Obj {
    into_raw(aw_send(o, v))
}

unsafe extern "C" fn aw_throw_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [t, v, _tb] =
            crate::args::parse::<1, 3>("throw", args, nargs, kw, &["typ", "val", "tb"])?;
        let a = o as *mut AwaitableObject;
        if (*a).state == AW_CLOSED {
            return Err(crate::errors::raise(
                exc::runtime_error(),
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let e = exception_instance(t, v)?;
        let g = (*a).gen as *mut GeneratorObject;
        crate::errors::restore(e);
        if (*g).state <= 0 {
            (*a).state = AW_CLOSED;
            return Err(Raised);
        }
        (*a).state = AW_ITER;
        let r = generator::step((*a).gen, null_mut());
        finish_step(a, r)
    })())
}

unsafe extern "C" fn aw_close_m(o: Obj, _: Obj) -> Obj {
    (*(o as *mut AwaitableObject)).state = AW_CLOSED;
    none::none_ref().into_raw()
}
