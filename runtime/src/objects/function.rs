//! `function`: a compiled Python function. The machine code comes from the compiler;
//! this object holds it with its signature, defaults, closure and globals, and binds
//! call arguments to parameter slots with CPython's rules and error messages.

use crate::errors::{PyResult, Raised};
use crate::object::*;
use crate::objects::{dict, str as pystr, tuple};
use crate::typeobject::*;
use std::ffi::c_void;
use std::ptr::null_mut;

/// The ABI of compiled function bodies: `code(function, slots)` where `slots` holds one
/// owned reference (or null for unbound) per parameter, in CPython's `co_varnames`
/// order (positional, keyword-only, `*args`, `**kwargs`). The callee takes ownership of
/// the slots' references. Returns a new reference or NULL with an exception set.
pub type CodePtr = unsafe extern "C" fn(func: Obj, slots: *mut Obj) -> Obj;

/// Flag bits of [`Signature::flags`].
pub const SIG_VARARGS: i64 = 1;
pub const SIG_VARKW: i64 = 2;

/// The shape of a function's parameter list, decoded from the compiler's descriptor.
pub struct Signature {
    pub names: Vec<Ref>,
    pub posonly: usize,
    pub argcount: usize,
    pub kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
    /// The name and qualified name the function was compiled with (`co_name`,
    /// `co_qualname`; assignment to `__name__` does not change them).
    pub def_name: Ref,
    pub def_qualname: Ref,
}

impl Signature {
    /// Number of parameter slots.
    pub fn nslots(&self) -> usize {
        self.argcount + self.kwonly + self.varargs as usize + self.varkw as usize
    }
}

/// Molt's function object.
#[repr(C)]
pub struct FunctionObject {
    pub ob_base: PyObject,
    pub code: Option<CodePtr>,
    pub globals: Obj,
    pub name: Obj,
    pub qualname: Obj,
    pub module: Obj,
    pub defaults: Obj,
    pub kwdefaults: Obj,
    pub closure: Obj,
    pub dict: Obj,
    pub doc: Obj,
    /// `__annotations__`: null until set or first read (then an empty dict).
    pub annotations: Obj,
    pub filename: Obj,
    pub firstlineno: i64,
    pub sig: *mut Signature,
    /// `__code__`, made on first read.
    pub code_obj: Obj,
}

#[no_mangle]
pub static mut PyFunction_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(function_dealloc),
    tp_repr: Some(function_repr),
    tp_getattro: Some(generic_getattro_slot),
    tp_setattro: Some(generic_setattro_slot),
    tp_descr_get: Some(function_descr_get),
    tp_call: Some(crate::call::call_via_vector),
    tp_getset: &raw mut FUNCTION_GETSET as *mut PyGetSetDef,
    tp_dictoffset: std::mem::offset_of!(FunctionObject, dict) as isize,
    tp_flags: TPFLAGS_DEFAULT | TPFLAGS_METHOD_DESCRIPTOR,
    ..PyTypeObject::new_static(c"function", std::mem::size_of::<FunctionObject>(), 0)
};

static mut FUNCTION_GETSET: [PyGetSetDef; 11] = [
    getset_def(c"__code__", Some(fn_get_code), None),
    getset_def(c"__name__", Some(fn_get_name), Some(fn_set_name)),
    getset_def(
        c"__qualname__",
        Some(fn_get_qualname),
        Some(fn_set_qualname),
    ),
    getset_def(c"__module__", Some(fn_get_module), Some(fn_set_module)),
    getset_def(
        c"__defaults__",
        Some(fn_get_defaults),
        Some(fn_set_defaults),
    ),
    getset_def(
        c"__kwdefaults__",
        Some(fn_get_kwdefaults),
        Some(fn_set_kwdefaults),
    ),
    getset_def(c"__doc__", Some(fn_get_doc), Some(fn_set_doc)),
    getset_def(c"__globals__", Some(fn_get_globals), None),
    getset_def(c"__closure__", Some(fn_get_closure), None),
    getset_def(
        c"__annotations__",
        Some(fn_get_annotations),
        Some(fn_set_annotations),
    ),
    getset_def_end(),
];

/// Creates a function. `descriptor` is the compiler's constant tuple
/// `(name, qualname, filename, firstlineno, varnames, posonly, argcount, kwonly, flags)`.
/// `defaults` (tuple), `kwdefaults` (dict) and `closure` (tuple of cells) may be null.
/// New reference.
///
/// # Safety
/// `code` follows [`CodePtr`]'s ABI; objects are live.
pub unsafe fn new(
    code: CodePtr,
    descriptor: Obj,
    globals: Obj,
    defaults: Obj,
    kwdefaults: Obj,
    closure: Obj,
) -> PyResult<Ref> {
    let d = tuple::items(descriptor);
    let get = |i: usize| crate::objects::int::as_i64(d[i]).unwrap_or(0) as usize;
    let names: Vec<Ref> = tuple::items(d[4])
        .iter()
        .map(|&n| Ref::borrowed(n))
        .collect();
    let flags = get(8) as i64;
    let sig = Signature {
        names,
        posonly: get(5),
        argcount: get(6),
        kwonly: get(7),
        varargs: flags & SIG_VARARGS != 0,
        varkw: flags & SIG_VARKW != 0,
        def_name: Ref::borrowed(d[0]),
        def_qualname: Ref::borrowed(d[1]),
    };
    let o = alloc_object(
        &raw mut PyFunction_Type,
        std::mem::size_of::<FunctionObject>(),
    );
    let f = o as *mut FunctionObject;
    (*f).code = Some(code);
    (*f).name = new_ref(d[0]);
    (*f).qualname = new_ref(d[1]);
    (*f).filename = new_ref(d[2]);
    (*f).firstlineno = get(3) as i64;
    (*f).globals = new_ref(globals);
    (*f).module = match dict::get_str(globals, "__name__") {
        Some(m) => new_ref(m),
        None => crate::objects::none::none(),
    };
    let none = crate::objects::none::none();
    (*f).defaults = if defaults.is_null() || defaults == none {
        null_mut()
    } else {
        new_ref(defaults)
    };
    (*f).kwdefaults = if kwdefaults.is_null() || kwdefaults == none {
        null_mut()
    } else {
        new_ref(kwdefaults)
    };
    (*f).closure = if closure.is_null() || closure == none {
        null_mut()
    } else {
        new_ref(closure)
    };
    (*f).doc = none;
    (*f).annotations = null_mut();
    (*f).sig = Box::into_raw(Box::new(sig));
    Ok(Ref::steal(o))
}

/// Whether `o` is a function.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_function(o: Obj) -> bool {
    type_of(o) == &raw mut PyFunction_Type
}

/// The closure cell `i` of a function (borrowed).
///
/// # Safety
/// `f` is a function with at least `i + 1` cells.
#[inline]
pub unsafe fn closure_cell(f: Obj, i: usize) -> Obj {
    tuple::item((*(f as *mut FunctionObject)).closure, i)
}

/// The globals dict of a function (borrowed).
///
/// # Safety
/// `f` is a function.
#[inline]
pub unsafe fn globals(f: Obj) -> Obj {
    (*(f as *mut FunctionObject)).globals
}

unsafe fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Binds vectorcall arguments to parameter slots, applying defaults and collecting
/// `*args`/`**kwargs`. Fills `slots` with owned references.
///
/// # Safety
/// `f` is a function; `args` holds `nargs` positional values followed by one value per
/// name in `kwnames` (a tuple of str, or null).
pub unsafe fn bind(
    f: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
    slots: &mut [Obj],
) -> PyResult<()> {
    let fo = f as *mut FunctionObject;
    let sig = &*(*fo).sig;
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    let positional = std::slice::from_raw_parts(args, nargs);
    // Fast path: exactly the positional parameters, nothing else.
    if nkw == 0 && nargs == sig.argcount && sig.kwonly == 0 && !sig.varargs && !sig.varkw {
        for (i, &a) in positional.iter().enumerate() {
            slots[i] = new_ref(a);
        }
        return Ok(());
    }
    // The qualified name is only needed for error messages: not on the fast path.
    let qual = pystr::as_str((*fo).qualname);
    let result = bind_slow(fo, sig, qual, positional, args, nkw, kwnames, slots);
    if result.is_err() {
        for s in slots.iter_mut() {
            xdecref(*s);
            *s = null_mut();
        }
    }
    result
}

#[allow(clippy::too_many_arguments)]
unsafe fn bind_slow(
    fo: *mut FunctionObject,
    sig: &Signature,
    qual: &str,
    positional: &[Obj],
    args: *const Obj,
    nkw: usize,
    kwnames: Obj,
    slots: &mut [Obj],
) -> PyResult<()> {
    let nargs = positional.len();
    let ntaken = nargs.min(sig.argcount);
    for i in 0..ntaken {
        slots[i] = new_ref(positional[i]);
    }
    let mut slot_after = sig.argcount + sig.kwonly;
    if sig.varargs {
        let extra: &[Obj] = if nargs > sig.argcount {
            &positional[sig.argcount..]
        } else {
            &[]
        };
        slots[slot_after] = tuple::from_slice(extra);
        slot_after += 1;
    } else if nargs > sig.argcount {
        let ndefaults = if (*fo).defaults.is_null() {
            0
        } else {
            tuple::len((*fo).defaults)
        };
        let kw_given = (0..nkw)
            .filter(|&k| {
                let name = tuple::item(kwnames, k);
                sig.names[sig.argcount..sig.argcount + sig.kwonly]
                    .iter()
                    .any(|n| pystr::eq(n.as_ptr(), name))
            })
            .count();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {}",
                sig.argcount.saturating_sub(ndefaults),
                sig.argcount
            )
        } else {
            format!("{}", sig.argcount)
        };
        let pos_word = if sig.argcount == 1 && ndefaults == 0 {
            "positional argument"
        } else {
            "positional arguments"
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                nargs,
                if nargs == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} {} given",
                nargs,
                if nargs == 1 { "was" } else { "were" }
            )
        };
        return Err(crate::errors::type_error(&format!(
            "{}() takes {} {} but {}",
            qual, takes, pos_word, given
        )));
    }
    let kwdict = if sig.varkw {
        let d = dict::new_raw();
        slots[slot_after] = d;
        d
    } else {
        null_mut()
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for k in 0..nkw {
        let name = tuple::item(kwnames, k);
        let value = *args.add(nargs + k);
        let idx = sig.names[..sig.argcount + sig.kwonly]
            .iter()
            .position(|n| pystr::eq(n.as_ptr(), name));
        match idx {
            Some(i) if i >= sig.posonly => {
                if !slots[i].is_null() {
                    return Err(crate::errors::type_error(&format!(
                        "{}() got multiple values for argument '{}'",
                        qual,
                        pystr::as_str(name)
                    )));
                }
                slots[i] = new_ref(value);
            }
            other => {
                if !kwdict.is_null() {
                    dict::set_item(kwdict, name, value)?;
                } else if other.is_some() {
                    posonly_as_kw.push(pystr::as_str(name).to_string());
                } else {
                    return Err(crate::errors::type_error(&format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qual,
                        pystr::as_str(name)
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(crate::errors::type_error(&format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qual,
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for the trailing positional parameters.
    let defaults = (*fo).defaults;
    let ndefaults = if defaults.is_null() {
        0
    } else {
        tuple::len(defaults)
    };
    // A `__defaults__` longer than the parameter list (assigned at run time) aligns on
    // its end, as CPython's `defs[i - m]` with a negative `m` does.
    let first_default = sig.argcount as isize - ndefaults as isize;
    let mut missing = Vec::new();
    for i in 0..sig.argcount {
        if slots[i].is_null() {
            if i as isize >= first_default {
                let at = (i as isize - first_default) as usize;
                slots[i] = new_ref(tuple::item(defaults, at));
            } else {
                missing.push(format!("'{}'", pystr::as_str(sig.names[i].as_ptr())));
            }
        }
    }
    if !missing.is_empty() {
        return Err(crate::errors::type_error(&format!(
            "{}() missing {}: {}",
            qual,
            plural(missing.len(), "required positional argument"),
            join_names(&missing)
        )));
    }
    for i in sig.argcount..sig.argcount + sig.kwonly {
        if slots[i].is_null() {
            let name = sig.names[i].as_ptr();
            let d = if (*fo).kwdefaults.is_null() {
                None
            } else {
                dict::get_item((*fo).kwdefaults, name)?
            };
            match d {
                Some(v) => slots[i] = new_ref(v),
                None => missing.push(format!("'{}'", pystr::as_str(name))),
            }
        }
    }
    if !missing.is_empty() {
        return Err(crate::errors::type_error(&format!(
            "{}() missing {}: {}",
            qual,
            plural(missing.len(), "required keyword-only argument"),
            join_names(&missing)
        )));
    }
    Ok(())
}

/// Calls a function with vectorcall arguments.
///
/// # Safety
/// `f` is a function; the arguments follow the vectorcall convention.
pub unsafe fn call(f: Obj, args: *const Obj, nargs: usize, kwnames: Obj) -> PyResult<Ref> {
    let fo = f as *mut FunctionObject;
    let n = (*(*fo).sig).nslots();
    let mut small = [null_mut::<PyObject>(); 8];
    let mut big: Vec<Obj>;
    let slots: &mut [Obj] = if n <= 8 {
        &mut small[..n]
    } else {
        big = vec![null_mut(); n];
        &mut big[..]
    };
    bind(f, args, nargs, kwnames, slots)?;
    // The compiled prologue counts the recursion depth (see `molt_recursion_depth`).
    let r = ((*fo).code.unwrap())(f, slots.as_mut_ptr());
    Ref::from_raw(r).ok_or(Raised)
}

/// `f(slf, *args)` for a method call with positional arguments only: when the function
/// takes exactly those parameters (no defaults used, no `*args`, `**kwargs` or
/// keyword-only parameters), the frame's slots are filled directly; `None` otherwise
/// (the caller takes the general path).
///
/// # Safety
/// `f` is a function; `args` holds `nargs` live objects.
#[inline]
pub unsafe fn call_method_positional(
    f: Obj,
    slf: Obj,
    args: *const Obj,
    nargs: usize,
) -> Option<PyResult<Ref>> {
    let fo = f as *mut FunctionObject;
    let sig = &*(*fo).sig;
    if sig.argcount != nargs + 1 || sig.kwonly != 0 || sig.varargs || sig.varkw || nargs >= 8 {
        return None;
    }
    let mut slots = [null_mut::<PyObject>(); 8];
    slots[0] = new_ref(slf);
    for i in 0..nargs {
        slots[i + 1] = new_ref(*args.add(i));
    }
    let r = ((*fo).code.unwrap())(f, slots.as_mut_ptr());
    Some(Ref::from_raw(r).ok_or(Raised))
}

unsafe extern "C" fn function_dealloc(o: Obj) {
    let f = o as *mut FunctionObject;
    xdecref((*f).globals);
    xdecref((*f).name);
    xdecref((*f).qualname);
    xdecref((*f).module);
    xdecref((*f).defaults);
    xdecref((*f).kwdefaults);
    xdecref((*f).closure);
    xdecref((*f).dict);
    xdecref((*f).doc);
    xdecref((*f).annotations);
    xdecref((*f).filename);
    xdecref((*f).code_obj);
    if !(*f).sig.is_null() {
        drop(Box::from_raw((*f).sig));
    }
    free_object(o);
}

unsafe extern "C" fn function_repr(o: Obj) -> Obj {
    let f = o as *mut FunctionObject;
    pystr::from_str(&format!(
        "<function {} at {:#x}>",
        pystr::as_str((*f).qualname),
        o as usize
    ))
}

unsafe extern "C" fn function_descr_get(f: Obj, obj: Obj, _tp: Obj) -> Obj {
    if obj.is_null() {
        return new_ref(f);
    }
    crate::objects::method::new(f, obj)
}

macro_rules! field_getset {
    ($get:ident, $set:ident, $field:ident) => {
        unsafe extern "C" fn $get(o: Obj, _: *mut c_void) -> Obj {
            let v = (*(o as *mut FunctionObject)).$field;
            if v.is_null() {
                crate::objects::none::none()
            } else {
                new_ref(v)
            }
        }
        unsafe extern "C" fn $set(o: Obj, v: Obj, _: *mut c_void) -> i32 {
            let f = o as *mut FunctionObject;
            let old = (*f).$field;
            (*f).$field = if v.is_null() {
                crate::objects::none::none()
            } else {
                new_ref(v)
            };
            xdecref(old);
            0
        }
    };
}
field_getset!(fn_get_name, fn_set_name_any, name);
field_getset!(fn_get_qualname, fn_set_qualname_any, qualname);

/// `__name__`/`__qualname__` accept only str (deletion included in the refusal).
unsafe fn set_str_field(
    o: Obj,
    v: Obj,
    attr: &str,
    set: unsafe extern "C" fn(Obj, Obj, *mut c_void) -> i32,
) -> i32 {
    if v.is_null() || !pystr::is_str(v) {
        crate::errors::raise(
            crate::objects::exceptions::type_error(),
            &format!("{} must be set to a string object", attr),
        );
        return -1;
    }
    set(o, v, null_mut())
}
unsafe extern "C" fn fn_set_name(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    set_str_field(o, v, "__name__", fn_set_name_any)
}
unsafe extern "C" fn fn_set_qualname(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    set_str_field(o, v, "__qualname__", fn_set_qualname_any)
}

/// `f.__defaults__ = tuple | None` (deletion is None): later calls use the new values.
unsafe extern "C" fn fn_set_defaults(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    let none = crate::objects::none::none();
    if !v.is_null() && v != none && !tuple::is_tuple(v) {
        crate::errors::raise(
            crate::objects::exceptions::type_error(),
            "__defaults__ must be set to a tuple object",
        );
        return -1;
    }
    let f = o as *mut FunctionObject;
    let old = (*f).defaults;
    (*f).defaults = if v.is_null() || v == none {
        null_mut()
    } else {
        new_ref(v)
    };
    xdecref(old);
    0
}

/// `f.__kwdefaults__ = dict | None` (deletion is None).
unsafe extern "C" fn fn_set_kwdefaults(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    let none = crate::objects::none::none();
    if !v.is_null() && v != none && !dict::is_dict(v) {
        crate::errors::raise(
            crate::objects::exceptions::type_error(),
            "__kwdefaults__ must be set to a dict object",
        );
        return -1;
    }
    let f = o as *mut FunctionObject;
    let old = (*f).kwdefaults;
    (*f).kwdefaults = if v.is_null() || v == none {
        null_mut()
    } else {
        new_ref(v)
    };
    xdecref(old);
    0
}
field_getset!(fn_get_module, fn_set_module, module);
field_getset!(fn_get_doc, fn_set_doc, doc);

unsafe extern "C" fn fn_get_defaults(o: Obj, _: *mut c_void) -> Obj {
    let v = (*(o as *mut FunctionObject)).defaults;
    if v.is_null() {
        crate::objects::none::none()
    } else {
        new_ref(v)
    }
}
unsafe extern "C" fn fn_get_kwdefaults(o: Obj, _: *mut c_void) -> Obj {
    let v = (*(o as *mut FunctionObject)).kwdefaults;
    if v.is_null() {
        crate::objects::none::none()
    } else {
        new_ref(v)
    }
}
/// `f.__code__`: a [`crate::objects::code`] object describing the function (the same
/// object on every read).
unsafe extern "C" fn fn_get_code(o: Obj, _: *mut c_void) -> Obj {
    let f = o as *mut FunctionObject;
    if (*f).code_obj.is_null() {
        let sig = &*(*f).sig;
        match crate::objects::code::new(
            sig.def_name.as_ptr(),
            sig.def_qualname.as_ptr(),
            (*f).filename,
            (*f).firstlineno,
            sig.argcount as i64,
            sig.posonly as i64,
            sig.kwonly as i64,
        ) {
            Ok(c) => (*f).code_obj = c.into_raw(),
            Err(_) => return null_mut(),
        }
    }
    new_ref((*f).code_obj)
}

unsafe extern "C" fn fn_get_globals(o: Obj, _: *mut c_void) -> Obj {
    new_ref((*(o as *mut FunctionObject)).globals)
}
unsafe extern "C" fn fn_get_closure(o: Obj, _: *mut c_void) -> Obj {
    let v = (*(o as *mut FunctionObject)).closure;
    if v.is_null() {
        crate::objects::none::none()
    } else {
        new_ref(v)
    }
}

/// `f.__annotations__`: the dict the compiler stored, or a new empty dict remembered on
/// first read (CPython's behaviour).
unsafe extern "C" fn fn_get_annotations(o: Obj, _: *mut c_void) -> Obj {
    let f = o as *mut FunctionObject;
    if (*f).annotations.is_null() {
        (*f).annotations = dict::new_raw();
    }
    new_ref((*f).annotations)
}

/// Setting `__annotations__` accepts a dict, or None / deletion to reset it.
unsafe extern "C" fn fn_set_annotations(o: Obj, v: Obj, _: *mut c_void) -> i32 {
    let f = o as *mut FunctionObject;
    let none = crate::objects::none::none();
    if !v.is_null() && v != none && !dict::is_dict(v) {
        crate::errors::raise(
            crate::objects::exceptions::type_error(),
            "__annotations__ must be set to a dict object",
        );
        return -1;
    }
    let old = (*f).annotations;
    (*f).annotations = if v.is_null() || v == none {
        null_mut()
    } else {
        new_ref(v)
    };
    xdecref(old);
    0
}
