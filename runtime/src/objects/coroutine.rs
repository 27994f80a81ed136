//! `coroutine`: the object an `async def` call returns, and `coroutine_wrapper`, the
//! iterator its `__await__()` returns. A coroutine is a generator-layout object
//! (`generator.rs`: the same heap frame and resume function) whose type has no
//! `__iter__`/`__next__`; `await` drives it through `send`/`throw` directly.
//!
//! Also here: the awaitable protocol used by compiled `await`, `async for` and
//! `async with` (`get_awaitable`, `get_aiter`, `get_anext`), with CPython's messages.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::generator::{self, GeneratorObject};
use crate::objects::none;
use crate::typeobject::*;

#[no_mangle]
pub static mut PyCoro_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(generator::gen_dealloc),
    tp_repr: Some(coro_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut CORO_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut CORO_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"coroutine", std::mem::size_of::<GeneratorObject>(), 0)
};

static mut CORO_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("send", generator::gen_send_m, METH_O),
    crate::method_def!("throw", generator::gen_throw_m),
    crate::method_def!("close", generator::gen_close_m),
    crate::method_def!("__await__", coro_await_m, METH_NOARGS),
    METHOD_SENTINEL,
];

static mut CORO_GETSET: [PyGetSetDef; 4] = [
    getset_def(c"__name__", Some(generator::gen_get_name), None),
    getset_def(c"__qualname__", Some(generator::gen_get_qualname), None),
    getset_def(c"cr_running", Some(generator::gen_get_running), None),
    getset_def_end(),
];

/// The iterator `coro.__await__()` returns: `__next__` is `send(None)`.
#[repr(C)]
pub struct CoroWrapperObject {
    pub ob_base: PyObject,
    pub coro: Obj,
}

pub static mut CoroWrapper_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(wrapper_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(wrapper_iternext),
    tp_methods: &raw mut WRAPPER_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(
        c"coroutine_wrapper",
        std::mem::size_of::<CoroWrapperObject>(),
        0,
    )
};

static mut WRAPPER_METHODS: [PyMethodDef; 4] = [
    crate::method_def!("send", wrapper_send_m, METH_O),
    crate::method_def!("throw", wrapper_throw_m),
    crate::method_def!("close", wrapper_close_m),
    METHOD_SENTINEL,
];

/// The types defined here, for start-up readying.
pub fn all_types() -> Vec<*mut PyTypeObject> {
    vec![&raw mut PyCoro_Type, &raw mut CoroWrapper_Type]
}

/// Whether `o` is a coroutine.
///
/// # Safety
/// `o` is live.
pub unsafe fn is_coroutine(o: Obj) -> bool {
    type_of(o) == &raw mut PyCoro_Type
}

unsafe extern "C" fn coro_repr(o: Obj) -> Obj {
    generator::repr_as(o, "coroutine")
}

unsafe extern "C" fn coro_await_m(o: Obj, _: Obj) -> Obj {
    let w = alloc_object(
        &raw mut CoroWrapper_Type,
        std::mem::size_of::<CoroWrapperObject>(),
    );
    (*(w as *mut CoroWrapperObject)).coro = new_ref(o);
    w
}

unsafe fn wrapped(w: Obj) -> Obj {
    (*(w as *mut CoroWrapperObject)).coro
}

unsafe extern "C" fn wrapper_dealloc(w: Obj) {
    xdecref(wrapped(w));
    free_object(w);
}

unsafe extern "C" fn wrapper_iternext(w: Obj) -> Obj {
    let r = generator::send(wrapped(w), none::none());
    // Exhaustion is the StopIteration `send` raised (it carries the return value).
    into_raw(r)
}

unsafe extern "C" fn wrapper_send_m(w: Obj, v: Obj) -> Obj {
    generator::gen_send_m(wrapped(w), v)
}

unsafe extern "C" fn wrapper_throw_m(w: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    generator::gen_throw_m(wrapped(w), args, nargs, kw)
}

unsafe extern "C" fn wrapper_close_m(w: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    generator::gen_close_m(wrapped(w), args, nargs, kw)
}

/// What asks for an awaitable: it picks CPython's message for an object that cannot be
/// awaited (the compiler's `AWAIT_*` constants).
pub const AWAIT_PLAIN: i64 = 0;
pub const AWAIT_AENTER: i64 = 1;
pub const AWAIT_AEXIT: i64 = 2;
pub const AWAIT_ANEXT: i64 = 3;

/// The iterator an `await o` drives: a coroutine itself, else the result of
/// `type(o).__await__(o)`, which must be an iterator and not a coroutine. New reference.
///
/// # Safety
/// `o` is live.
pub unsafe fn get_awaitable(o: Obj, mode: i64) -> PyResult<Ref> {
    if is_coroutine(o) {
        // TODO(async): CPython refuses a coroutine that another await is driving
        // ("coroutine is being awaited already").
        return Ok(Ref::borrowed(o));
    }
    let tp = type_of(o);
    let Some(m) = lookup_str(tp, "__await__") else {
        let tn = obj_type_name(o);
        let msg = match mode {
            AWAIT_AENTER => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                tn
            ),
            AWAIT_AEXIT => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                tn
            ),
            AWAIT_ANEXT => format!("'async for' received an invalid object from __anext__: {}", tn),
            _ => format!("object {} can't be used in 'await' expression", tn),
        };
        return Err(crate::errors::type_error(&msg));
    };
    let m = Ref::borrowed(m);
    let it = crate::call::call1(m.as_ptr(), o)?;
    if is_coroutine(it.as_ptr()) {
        return Err(crate::errors::type_error(
            "__await__() returned a coroutine",
        ));
    }
    if (*type_of(it.as_ptr())).tp_iternext.is_none() {
        return Err(crate::errors::type_error(&format!(
            "__await__() returned non-iterator of type '{}'",
            obj_type_name(it.as_ptr())
        )));
    }
    Ok(it)
}

/// `type(o).__aiter__(o)` for `async for`, checked to have `__anext__`. New reference.
///
/// # Safety
/// `o` is live.
pub unsafe fn get_aiter(o: Obj) -> PyResult<Ref> {
    let Some(m) = lookup_str(type_of(o), "__aiter__") else {
        return Err(crate::errors::type_error(&format!(
            "'async for' requires an object with __aiter__ method, got {}",
            obj_type_name(o)
        )));
    };
    let m = Ref::borrowed(m);
    let it = crate::call::call1(m.as_ptr(), o)?;
    if lookup_str(type_of(it.as_ptr()), "__anext__").is_none() {
        return Err(crate::errors::type_error(&format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            obj_type_name(it.as_ptr())
        )));
    }
    Ok(it)
}

/// The awaitable of one `async for` step: `type(ait).__anext__(ait)`, made awaitable.
/// New reference.
///
/// # Safety
/// `ait` is live.
pub unsafe fn get_anext(ait: Obj) -> PyResult<Ref> {
    let Some(m) = lookup_str(type_of(ait), "__anext__") else {
        return Err(crate::errors::type_error(&format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            obj_type_name(ait)
        )));
    };
    let m = Ref::borrowed(m);
    let aw = crate::call::call1(m.as_ptr(), ait)?;
    get_awaitable(aw.as_ptr(), AWAIT_ANEXT)
}
