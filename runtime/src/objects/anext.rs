//! The `aiter()` and `anext()` builtins, and `anext_awaitable`: what `anext(it, default)`
//! returns. Awaiting it awaits `it.__anext__()` and turns the StopAsyncIteration that
//! ends the iteration into a result: `default` (as CPython does, by finishing with
//! StopIteration carrying it).
//!
//! The awaitable drives the iterator of `__anext__()`'s result (a coroutine, or what its
//! `__await__()` returns) lazily, on the first `send`/`throw`/`__next__`, and forwards
//! `send`, `throw` and `close` to it.

use crate::errors::{into_raw, PyResult, Raised};
use crate::object::*;
use crate::objects::coroutine::{self, AWAIT_PLAIN};
use crate::objects::exceptions as exc;
use crate::objects::{generator, none, str as pystr};
use crate::typeobject::*;
use std::ptr::null_mut;

/// `anext(it, default)`'s awaitable.
#[repr(C)]
pub struct AnextAwaitableObject {
    pub ob_base: PyObject,
    /// The asynchronous iterator.
    pub wrapped: Obj,
    pub default: Obj,
    /// The iterator being driven, once started (null before).
    pub inner: Obj,
}

pub static mut AnextAwaitable_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(aa_dealloc),
    tp_getattro: Some(generic_getattro_slot),
    tp_iter: Some(crate::objects::iter::self_iter),
    tp_iternext: Some(aa_iternext),
    tp_methods: &raw mut AA_METHODS as *mut PyMethodDef,
    ..PyTypeObject::new_static(
        c"anext_awaitable",
        std::mem::size_of::<AnextAwaitableObject>(),
        0,
    )
};

static mut AA_METHODS: [PyMethodDef; 5] = [
    crate::method_def!("send", aa_send_m, METH_O),
    crate::method_def!("throw", aa_throw_m),
    crate::method_def!("close", aa_close_m, METH_NOARGS),
    crate::method_def!("__await__", aa_await_m, METH_NOARGS),
    METHOD_SENTINEL,
];

/// The types defined here, for start-up readying.
pub fn all_types() -> Vec<*mut PyTypeObject> {
    vec![&raw mut AnextAwaitable_Type]
}

/// `aiter(obj)`: `type(obj).__aiter__(obj)`, which must be an asynchronous iterator.
/// New reference.
///
/// # Safety
/// `o` is live.
pub unsafe fn aiter(o: Obj) -> PyResult<Ref> {
    let Some(m) = lookup_str(type_of(o), "__aiter__") else {
        return Err(crate::errors::type_error(&format!(
            "'{}' object is not an async iterable",
            obj_type_name(o)
        )));
    };
    let m = Ref::borrowed(m);
    let it = crate::call::call1(m.as_ptr(), o)?;
    if lookup_str(type_of(it.as_ptr()), "__anext__").is_none() {
        return Err(crate::errors::type_error(&format!(
            "aiter() returned not an async iterator of type '{}'",
            obj_type_name(it.as_ptr())
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`: `type(it).__anext__(it)` itself, or (with a default) an
/// `anext_awaitable` over it. New reference.
///
/// # Safety
/// `it` is live; `default` null or live.
pub unsafe fn anext(it: Obj, default: Obj) -> PyResult<Ref> {
    let Some(m) = lookup_str(type_of(it), "__anext__") else {
        return Err(crate::errors::type_error(&format!(
            "'{}' object is not an async iterator",
            obj_type_name(it)
        )));
    };
    if default.is_null() {
        let m = Ref::borrowed(m);
        return crate::call::call1(m.as_ptr(), it);
    }
    let o = alloc_object(
        &raw mut AnextAwaitable_Type,
        std::mem::size_of::<AnextAwaitableObject>(),
    );
    let a = o as *mut AnextAwaitableObject;
    (*a).wrapped = new_ref(it);
    (*a).default = new_ref(default);
    (*a).inner = null_mut();
    Ok(Ref::steal(o))
}

unsafe extern "C" fn aa_dealloc(o: Obj) {
    let a = o as *mut AnextAwaitableObject;
    xdecref((*a).wrapped);
    xdecref((*a).default);
    xdecref((*a).inner);
    free_object(o);
}

/// The iterator being driven (borrowed), started on first use.
unsafe fn inner(o: Obj) -> PyResult<Obj> {
    let a = o as *mut AnextAwaitableObject;
    if (*a).inner.is_null() {
        let aw = call_method_str((*a).wrapped, "__anext__", &[])?;
        let it = coroutine::get_awaitable(aw.as_ptr(), AWAIT_PLAIN)?;
        (*a).inner = it.into_raw();
    }
    Ok((*a).inner)
}

/// The end of the inner iteration by StopAsyncIteration is `default`'s return.
unsafe fn finish<T>(o: Obj, r: PyResult<T>) -> PyResult<T> {
    if r.is_err() && crate::errors::matches(exc::stop_async_iteration()) {
        crate::errors::clear();
        let d = (*(o as *mut AnextAwaitableObject)).default;
        return Err(crate::errors::raise_with(exc::stop_iteration(), d));
    }
    r
}

unsafe fn send(o: Obj, v: Obj) -> PyResult<Ref> {
    let r = (|| {
        let it = inner(o)?;
        if generator::is_gen_or_coro(it) {
            return generator::send(it, v);
        }
        if v == none::none() {
            if let Some(next) = (*type_of(it)).tp_iternext {
                let r = next(it);
                if r.is_null() {
                    if !crate::errors::occurred() {
                        crate::errors::raise_empty(exc::stop_iteration());
                    }
                    return Err(Raised);
                }
                return Ok(Ref::steal(r));
            }
        }
        call_method_str(it, "send", &[v])
    })();
    finish(o, r)
}

unsafe extern "C" fn aa_iternext(o: Obj) -> Obj {
    into_raw(send(o, none::none()))
}

unsafe extern "C" fn aa_send_m(o: Obj, v: Obj) -> Obj {
    into_raw(send(o, v))
}

unsafe extern "C" fn aa_throw_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        let [e, v, tb] =
            crate::args::parse::<1, 3>("throw", args, nargs, kw, &["typ", "val", "tb"])?;
        let r = (|| {
            let it = inner(o)?;
            if generator::is_gen_or_coro(it) {
                return generator::throw(it, e, v);
            }
            let passed: Vec<Obj> = [e, v, tb].into_iter().filter(|x| !x.is_null()).collect();
            call_method_str(it, "throw", &passed)
        })();
        finish(o, r)
    })())
}

unsafe extern "C" fn aa_close_m(o: Obj, _: Obj) -> Obj {
    into_raw((|| {
        let it = (*(o as *mut AnextAwaitableObject)).inner;
        if it.is_null() {
            return Ok(none::none_ref());
        }
        if generator::is_gen_or_coro(it) {
            generator::close(it)?;
            return Ok(none::none_ref());
        }
        let name = Ref::steal(pystr::from_str("close"));
        match crate::abstract_::getattr_opt(it, name.as_ptr())? {
            Some(m) => crate::call::call0(m.as_ptr()),
            None => Ok(none::none_ref()),
        }
    })())
}

/// `o.name(*args)`. New reference.
unsafe fn call_method_str(o: Obj, name: &str, args: &[Obj]) -> PyResult<Ref> {
    let n = Ref::steal(pystr::from_str(name));
    crate::call::call_method(o, n.as_ptr(), args.as_ptr(), args.len(), null_mut())
}

unsafe extern "C" fn aa_await_m(o: Obj, _: Obj) -> Obj {
    new_ref(o)
}
