//! The `operator` module: the operators as functions (`add`, `getitem`, `iadd`, ...
//! with their `__add__`-style aliases) and the callable types `itemgetter`,
//! `attrgetter` and `methodcaller`. As in CPython the functions live in `_operator`
//! (so their errors read `_operator.neg() takes exactly one argument`) and are
//! re-exported by `operator`.

use crate::abstract_::{self as ab, BinOp, UnaryOp};
use crate::errors::{into_raw, type_error, PyResult};
use crate::object::*;
use crate::objects::{bool as pybool, dict, int, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

macro_rules! op_table {
    ($($name:literal => $f:ident, $flags:expr;)*) => {
        static mut OPERATOR_METHODS: [PyMethodDef; [$($name),*].len() + 1] = [
            $(crate::method_def!($name, $f, $flags),)*
            METHOD_SENTINEL,
        ];
    };
}

const O: i32 = METH_O;
const FAST: i32 = METH_FASTCALL;
const FASTKW: i32 = METH_FASTCALL | METH_KEYWORDS;

op_table! {
    "abs" => o_abs, O; "add" => o_add, FAST; "and_" => o_and, FAST; "call" => o_call, FASTKW;
    "concat" => o_concat, FAST; "contains" => o_contains, FAST; "countOf" => o_countof, FAST;
    "delitem" => o_delitem, FAST; "eq" => o_eq, FAST; "floordiv" => o_floordiv, FAST;
    "ge" => o_ge, FAST; "getitem" => o_getitem, FAST; "gt" => o_gt, FAST;
    "iadd" => o_iadd, FAST; "iand" => o_iand, FAST; "iconcat" => o_iconcat, FAST;
    "ifloordiv" => o_ifloordiv, FAST; "ilshift" => o_ilshift, FAST; "imatmul" => o_imatmul, FAST;
    "imod" => o_imod, FAST; "imul" => o_imul, FAST; "index" => o_index, O;
    "indexOf" => o_indexof, FAST; "inv" => o_invert, O; "invert" => o_invert, O;
    "ior" => o_ior, FAST; "ipow" => o_ipow, FAST; "irshift" => o_irshift, FAST;
    "is_" => o_is, FAST; "is_not" => o_is_not, FAST; "isub" => o_isub, FAST;
    "itruediv" => o_itruediv, FAST; "ixor" => o_ixor, FAST; "le" => o_le, FAST;
    "length_hint" => o_length_hint, FAST; "lshift" => o_lshift, FAST; "lt" => o_lt, FAST;
    "matmul" => o_matmul, FAST; "mod" => o_mod, FAST; "mul" => o_mul, FAST; "ne" => o_ne, FAST;
    "neg" => o_neg, O; "not_" => o_not, O; "or_" => o_or, FAST; "pos" => o_pos, O;
    "pow" => o_pow, FAST; "rshift" => o_rshift, FAST; "setitem" => o_setitem, FAST;
    "sub" => o_sub, FAST; "truediv" => o_truediv, FAST; "truth" => o_truth, O;
    "xor" => o_xor, FAST;
}

/// The functions that also have a dunder alias (`operator.__add__ is operator.add`).
const DUNDER_ALIASES: &[&str] = &[
    "lt",
    "le",
    "eq",
    "ne",
    "ge",
    "gt",
    "not_",
    "abs",
    "add",
    "and_",
    "floordiv",
    "index",
    "inv",
    "invert",
    "lshift",
    "mod",
    "mul",
    "matmul",
    "neg",
    "or_",
    "pos",
    "pow",
    "rshift",
    "sub",
    "truediv",
    "xor",
    "concat",
    "contains",
    "delitem",
    "getitem",
    "setitem",
    "iadd",
    "iand",
    "iconcat",
    "ifloordiv",
    "ilshift",
    "imod",
    "imul",
    "imatmul",
    "ior",
    "ipow",
    "irshift",
    "isub",
    "itruediv",
    "ixor",
    "call",
];

/// Builds the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let hidden = super::modules::module_from_defs(
        "_operator",
        &raw mut OPERATOR_METHODS as *mut PyMethodDef,
    )?;
    let m = crate::objects::module::new("operator")?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let hd = crate::objects::module::dict_of(hidden.as_ptr());
    for (k, v) in dict::items_vec(hd) {
        let name = pystr::as_str(k.as_ptr());
        if name.starts_with("__") {
            continue;
        }
        dict::set_item(d, k.as_ptr(), v.as_ptr())?;
    }
    for name in DUNDER_ALIASES {
        if let Some(f) = dict::get_str(d, name) {
            let f = Ref::borrowed(f);
            dict::set_str(
                d,
                &format!("__{}__", name.trim_end_matches('_')),
                f.as_ptr(),
            )?;
        }
    }
    super::modules::add_type(d, "itemgetter", &raw mut ItemGetter_Type)?;
    super::modules::add_type(d, "attrgetter", &raw mut AttrGetter_Type)?;
    super::modules::add_type(d, "methodcaller", &raw mut MethodCaller_Type)?;
    Ok(m)
}

// ----- the functions -----

macro_rules! binary {
    ($($f:ident, $name:literal, $op:ident;)*) => {$(
        unsafe extern "C" fn $f(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| {
                let [a, b] = crate::args::positional::<2, 2>($name, args, nargs)?;
                ab::binary_op(a, b, BinOp::$op)
            })())
        }
    )*};
}

binary! {
    o_add, "add", Add; o_sub, "sub", Sub; o_mul, "mul", Mul; o_truediv, "truediv", TrueDiv;
    o_floordiv, "floordiv", FloorDiv; o_mod, "mod", Mod; o_pow, "pow", Pow;
    o_lshift, "lshift", LShift; o_rshift, "rshift", RShift; o_and, "and_", And;
    o_or, "or_", Or; o_xor, "xor", Xor; o_matmul, "matmul", MatMul;
}

macro_rules! inplace {
    ($($f:ident, $name:literal, $op:ident;)*) => {$(
        unsafe extern "C" fn $f(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| {
                let [a, b] = crate::args::positional::<2, 2>($name, args, nargs)?;
                ab::inplace_op(a, b, BinOp::$op)
            })())
        }
    )*};
}

inplace! {
    o_iadd, "iadd", Add; o_isub, "isub", Sub; o_imul, "imul", Mul; o_itruediv, "itruediv", TrueDiv;
    o_ifloordiv, "ifloordiv", FloorDiv; o_imod, "imod", Mod; o_ipow, "ipow", Pow;
    o_ilshift, "ilshift", LShift; o_irshift, "irshift", RShift; o_iand, "iand", And;
    o_ior, "ior", Or; o_ixor, "ixor", Xor; o_imatmul, "imatmul", MatMul;
}

macro_rules! compare {
    ($($f:ident, $name:literal, $op:ident;)*) => {$(
        unsafe extern "C" fn $f(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| {
                let [a, b] = crate::args::positional::<2, 2>($name, args, nargs)?;
                ab::richcompare(a, b, ab::$op)
            })())
        }
    )*};
}

compare! {
    o_lt, "lt", CMP_LT; o_le, "le", CMP_LE; o_eq, "eq", CMP_EQ;
    o_ne, "ne", CMP_NE; o_gt, "gt", CMP_GT; o_ge, "ge", CMP_GE;
}

unsafe extern "C" fn o_neg(_m: Obj, a: Obj) -> Obj {
    into_raw(ab::unary_op(a, UnaryOp::Neg))
}

unsafe extern "C" fn o_pos(_m: Obj, a: Obj) -> Obj {
    into_raw(ab::unary_op(a, UnaryOp::Pos))
}

unsafe extern "C" fn o_invert(_m: Obj, a: Obj) -> Obj {
    into_raw(ab::unary_op(a, UnaryOp::Invert))
}

unsafe extern "C" fn o_not(_m: Obj, a: Obj) -> Obj {
    into_raw(ab::is_true(a).map(|t| pybool::from_bool(!t)))
}

unsafe extern "C" fn o_truth(_m: Obj, a: Obj) -> Obj {
    into_raw(ab::is_true(a).map(pybool::from_bool))
}

unsafe extern "C" fn o_index(_m: Obj, a: Obj) -> Obj {
    // `PyNumber_Index`: always an exact int (`operator.index(True)` is 1).
    into_raw(ab::number_index(a).map(|i| {
        if type_of(i.as_ptr()) == &raw mut int::PyLong_Type {
            i
        } else {
            Ref::steal(int::from_bigint(int::as_bigint(i.as_ptr())))
        }
    }))
}

unsafe extern "C" fn o_abs(_m: Obj, a: Obj) -> Obj {
    let nb = (*type_of(a)).tp_as_number;
    if nb.is_null() || (*nb).nb_absolute.is_none() {
        type_error(&format!(
            "bad operand type for abs(): '{}'",
            obj_type_name(a)
        ));
        return null_mut();
    }
    (*nb).nb_absolute.unwrap()(a)
}

unsafe extern "C" fn o_is(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("is_", args, nargs)?;
        Ok(pybool::from_bool(a == b))
    })())
}

unsafe extern "C" fn o_is_not(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("is_not", args, nargs)?;
        Ok(pybool::from_bool(a != b))
    })())
}

unsafe extern "C" fn o_contains(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("contains", args, nargs)?;
        ab::contains(a, b).map(pybool::from_bool)
    })())
}

/// Iterates `seq` looking for `x` (identity or equality), with `in`'s error wording for
/// non-iterables. Returns the count and the first index.
unsafe fn search(seq: Obj, x: Obj, stop_at_first: bool) -> PyResult<(usize, Option<usize>)> {
    let it = match ab::get_iter(seq) {
        Ok(it) => it,
        Err(e) => {
            if crate::errors::matches(crate::objects::exceptions::type_error()) {
                crate::errors::clear();
                return Err(type_error(&format!(
                    "argument of type '{}' is not iterable",
                    obj_type_name(seq)
                )));
            }
            return Err(e);
        }
    };
    let (mut count, mut first, mut i) = (0usize, None, 0usize);
    while let Some(v) = ab::iter_next(it.as_ptr())? {
        if ab::eq_bool(v.as_ptr(), x)? {
            count += 1;
            if first.is_none() {
                first = Some(i);
                if stop_at_first {
                    break;
                }
            }
        }
        i += 1;
    }
    Ok((count, first))
}

unsafe extern "C" fn o_countof(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("countOf", args, nargs)?;
        let (n, _) = search(a, b, false)?;
        Ok(Ref::steal(int::from_i64(n as i64)))
    })())
}

unsafe extern "C" fn o_indexof(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("indexOf", args, nargs)?;
        match search(a, b, true)?.1 {
            Some(i) => Ok(Ref::steal(int::from_i64(i as i64))),
            None => Err(crate::errors::value_error(
                "sequence.index(x): x not in sequence",
            )),
        }
    })())
}

unsafe extern "C" fn o_getitem(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("getitem", args, nargs)?;
        ab::getitem(a, b)
    })())
}

unsafe extern "C" fn o_setitem(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b, c] = crate::args::positional::<3, 3>("setitem", args, nargs)?;
        ab::setitem(a, b, c)?;
        Ok(none::none_ref())
    })())
}

unsafe extern "C" fn o_delitem(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("delitem", args, nargs)?;
        ab::setitem(a, b, null_mut())?;
        Ok(none::none_ref())
    })())
}

/// `PySequence_Check`: has `__getitem__` through the sequence protocol (dicts do not count).
unsafe fn is_sequence(o: Obj) -> bool {
    let sq = (*type_of(o)).tp_as_sequence;
    !dict::is_dict(o) && !sq.is_null() && ((*sq).sq_item.is_some() || (*sq).sq_concat.is_some())
}

unsafe fn concat(a: Obj, b: Obj, inplace: bool) -> PyResult<Ref> {
    if !is_sequence(a) {
        return Err(type_error(&format!(
            "'{}' object can't be concatenated",
            obj_type_name(a)
        )));
    }
    let sq = (*type_of(a)).tp_as_sequence;
    let slot = if inplace {
        (*sq).sq_inplace_concat.or((*sq).sq_concat)
    } else {
        (*sq).sq_concat
    };
    if let Some(f) = slot {
        return crate::errors::from_raw(f(a, b));
    }
    if inplace {
        ab::inplace_op(a, b, BinOp::Add)
    } else {
        ab::binary_op(a, b, BinOp::Add)
    }
}

unsafe extern "C" fn o_concat(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("concat", args, nargs)?;
        concat(a, b, false)
    })())
}

unsafe extern "C" fn o_iconcat(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [a, b] = crate::args::positional::<2, 2>("iconcat", args, nargs)?;
        concat(a, b, true)
    })())
}

unsafe extern "C" fn o_call(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| {
        if nargs < 1 {
            return Err(type_error(&format!(
                "call expected at least 1 argument, got {}",
                nargs.max(0)
            )));
        }
        crate::call::call_vector(*args, args.add(1), nargs as usize - 1, kw)
    })())
}

/// `operator.length_hint(obj, default)`: `len()` if defined, else `__length_hint__`,
/// else the default.
///
/// # Safety
/// `o` is live.
pub unsafe fn length_hint(o: Obj, default: isize) -> PyResult<isize> {
    let tp = type_of(o);
    let sq = (*tp).tp_as_sequence;
    let mp = (*tp).tp_as_mapping;
    let has_len = (!sq.is_null() && (*sq).sq_length.is_some())
        || (!mp.is_null() && (*mp).mp_length.is_some());
    if has_len {
        match ab::length(o) {
            Ok(n) => return Ok(n as isize),
            Err(e) => {
                if !crate::errors::matches(crate::objects::exceptions::type_error()) {
                    return Err(e);
                }
                crate::errors::clear();
            }
        }
    }
    let Some(hint) = ab::lookup_special(o, "__length_hint__") else {
        return Ok(default);
    };
    let r = match crate::call::call1(hint.as_ptr(), o) {
        Ok(r) => r,
        Err(e) => {
            if crate::errors::matches(crate::objects::exceptions::type_error()) {
                crate::errors::clear();
                return Ok(default);
            }
            return Err(e);
        }
    };
    if r.as_ptr() == none::not_implemented() {
        return Ok(default);
    }
    if !int::is_int(r.as_ptr()) {
        return Err(type_error(&format!(
            "__length_hint__ must be an integer, not {}",
            obj_type_name(r.as_ptr())
        )));
    }
    let n = ab::as_ssize(r.as_ptr())?;
    if n < 0 {
        return Err(crate::errors::value_error(
            "__length_hint__() should return >= 0",
        ));
    }
    Ok(n)
}

unsafe extern "C" fn o_length_hint(_m: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| {
        let [o, d] = crate::args::positional::<1, 2>("length_hint", args, nargs)?;
        let default = if d.is_null() { 0 } else { ab::as_ssize(d)? };
        Ok(Ref::steal(int::from_i64(length_hint(o, default)? as i64)))
    })())
}

// ----- itemgetter, attrgetter, methodcaller -----

/// `itemgetter`: the keys (a tuple).
#[repr(C)]
pub struct ItemGetterObject {
    pub ob_base: PyObject,
    pub items: Obj,
}

/// `attrgetter`: the names as given (a tuple of str) and each split at its dots.
#[repr(C)]
pub struct AttrGetterObject {
    pub ob_base: PyObject,
    pub names: Obj,
    pub parts: *mut Vec<Vec<Ref>>,
}

/// `methodcaller`: the method name, the positional arguments (tuple) and the keyword
/// arguments (dict or null).
#[repr(C)]
pub struct MethodCallerObject {
    pub ob_base: PyObject,
    pub name: Obj,
    pub args: Obj,
    pub kwargs: Obj,
}

pub static mut ItemGetter_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(itemgetter_dealloc),
    tp_repr: Some(itemgetter_repr),
    tp_call: Some(itemgetter_call),
    tp_getattro: Some(generic_getattro_slot),
    tp_new: Some(itemgetter_new),
    ..PyTypeObject::new_static(
        c"operator.itemgetter",
        std::mem::size_of::<ItemGetterObject>(),
        0,
    )
};

pub static mut AttrGetter_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(attrgetter_dealloc),
    tp_repr: Some(attrgetter_repr),
    tp_call: Some(attrgetter_call),
    tp_getattro: Some(generic_getattro_slot),
    tp_new: Some(attrgetter_new),
    ..PyTypeObject::new_static(
        c"operator.attrgetter",
        std::mem::size_of::<AttrGetterObject>(),
        0,
    )
};

pub static mut MethodCaller_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(methodcaller_dealloc),
    tp_repr: Some(methodcaller_repr),
    tp_call: Some(methodcaller_call),
    tp_getattro: Some(generic_getattro_slot),
    tp_new: Some(methodcaller_new),
    ..PyTypeObject::new_static(
        c"operator.methodcaller",
        std::mem::size_of::<MethodCallerObject>(),
        0,
    )
};

unsafe fn no_keywords(name: &str, kwargs: Obj) -> PyResult<()> {
    if !kwargs.is_null() && dict::len(kwargs) > 0 {
        return Err(type_error(&format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    Ok(())
}

/// The single argument of a call to an itemgetter/attrgetter/methodcaller.
unsafe fn one_arg(name: &str, args: Obj, kwargs: Obj) -> PyResult<Obj> {
    no_keywords(name, kwargs)?;
    let a = tuple::items(args);
    if a.len() != 1 {
        return Err(type_error(&format!(
            "{} expected 1 argument, got {}",
            name,
            a.len()
        )));
    }
    Ok(a[0])
}

/// `Type(repr, repr, ...)` with a recursion guard.
unsafe fn call_like_repr(o: Obj, parts: impl FnOnce() -> PyResult<Vec<String>>) -> PyResult<Ref> {
    let name = std::ffi::CStr::from_ptr((*type_of(o)).tp_name).to_string_lossy();
    let Some(_g) = crate::objects::object::ReprGuard::enter(o) else {
        return Ok(pystr::from_string(format!("{}(...)", name)));
    };
    Ok(pystr::from_string(format!(
        "{}({})",
        name,
        parts()?.join(", ")
    )))
}

unsafe fn repr_string(o: Obj) -> PyResult<String> {
    let r = ab::repr(o)?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

/// A new `operator.itemgetter(*keys)`. New reference.
///
/// # Safety
/// `keys` are live.
pub unsafe fn new_itemgetter(keys: &[Obj]) -> Ref {
    let o = alloc_object(
        &raw mut ItemGetter_Type,
        std::mem::size_of::<ItemGetterObject>(),
    );
    (*(o as *mut ItemGetterObject)).items = tuple::from_slice(keys);
    Ref::steal(o)
}

unsafe extern "C" fn itemgetter_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        no_keywords("itemgetter", kwargs)?;
        let a = tuple::items(args);
        if a.is_empty() {
            return Err(type_error("itemgetter expected 1 argument, got 0"));
        }
        Ok(new_itemgetter(a))
    })())
}

unsafe extern "C" fn itemgetter_dealloc(o: Obj) {
    xdecref((*(o as *mut ItemGetterObject)).items);
    free_object(o);
}

unsafe extern "C" fn itemgetter_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let obj = one_arg("itemgetter", args, kwargs)?;
        let items = tuple::items((*(o as *mut ItemGetterObject)).items);
        if items.len() == 1 {
            return ab::getitem(obj, items[0]);
        }
        let mut out = Vec::with_capacity(items.len());
        for &k in items {
            out.push(ab::getitem(obj, k)?);
        }
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

unsafe extern "C" fn itemgetter_repr(o: Obj) -> Obj {
    into_raw(call_like_repr(o, || {
        let items = tuple::items((*(o as *mut ItemGetterObject)).items);
        items.iter().map(|&k| repr_string(k)).collect()
    }))
}

unsafe extern "C" fn attrgetter_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        no_keywords("attrgetter", kwargs)?;
        let a = tuple::items(args);
        if a.is_empty() {
            return Err(type_error("attrgetter expected 1 argument, got 0"));
        }
        let mut parts = Vec::with_capacity(a.len());
        for &n in a {
            if !pystr::is_str(n) {
                return Err(type_error("attribute name must be a string"));
            }
            parts.push(
                pystr::as_str(n)
                    .split('.')
                    .map(|p| Ref::steal(pystr::from_str(p)))
                    .collect(),
            );
        }
        let o = alloc_object(
            &raw mut AttrGetter_Type,
            std::mem::size_of::<AttrGetterObject>(),
        );
        let g = o as *mut AttrGetterObject;
        (*g).names = new_ref(args);
        (*g).parts = Box::into_raw(Box::new(parts));
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn attrgetter_dealloc(o: Obj) {
    let g = o as *mut AttrGetterObject;
    xdecref((*g).names);
    if !(*g).parts.is_null() {
        drop(Box::from_raw((*g).parts));
    }
    free_object(o);
}

unsafe extern "C" fn attrgetter_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let obj = one_arg("attrgetter", args, kwargs)?;
        let parts = &*(*(o as *mut AttrGetterObject)).parts;
        let get = |path: &Vec<Ref>| -> PyResult<Ref> {
            let mut cur = Ref::borrowed(obj);
            for p in path {
                cur = ab::getattr(cur.as_ptr(), p.as_ptr())?;
            }
            Ok(cur)
        };
        if parts.len() == 1 {
            return get(&parts[0]);
        }
        let mut out = Vec::with_capacity(parts.len());
        for p in parts {
            out.push(get(p)?);
        }
        Ok(Ref::steal(tuple::from_refs(out)))
    })())
}

unsafe extern "C" fn attrgetter_repr(o: Obj) -> Obj {
    into_raw(call_like_repr(o, || {
        let names = tuple::items((*(o as *mut AttrGetterObject)).names);
        names.iter().map(|&k| repr_string(k)).collect()
    }))
}

unsafe extern "C" fn methodcaller_new(_tp: *mut PyTypeObject, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let a = tuple::items(args);
        if a.is_empty() {
            return Err(type_error(
                "methodcaller needs at least one argument, the method name",
            ));
        }
        if !pystr::is_str(a[0]) {
            return Err(type_error("method name must be a string"));
        }
        let o = alloc_object(
            &raw mut MethodCaller_Type,
            std::mem::size_of::<MethodCallerObject>(),
        );
        let m = o as *mut MethodCallerObject;
        (*m).name = new_ref(a[0]);
        (*m).args = tuple::from_slice(&a[1..]);
        (*m).kwargs = if kwargs.is_null() || dict::len(kwargs) == 0 {
            null_mut()
        } else {
            dict::copy(kwargs)?.into_raw()
        };
        Ok(Ref::steal(o))
    })())
}

unsafe extern "C" fn methodcaller_dealloc(o: Obj) {
    let m = o as *mut MethodCallerObject;
    xdecref((*m).name);
    xdecref((*m).args);
    xdecref((*m).kwargs);
    free_object(o);
}

unsafe extern "C" fn methodcaller_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw((|| {
        let obj = one_arg("methodcaller", args, kwargs)?;
        let m = o as *mut MethodCallerObject;
        let meth = ab::getattr(obj, (*m).name)?;
        crate::call::call_tuple_dict(meth.as_ptr(), (*m).args, (*m).kwargs)
    })())
}

unsafe extern "C" fn methodcaller_repr(o: Obj) -> Obj {
    into_raw(call_like_repr(o, || {
        let m = o as *mut MethodCallerObject;
        let mut parts = vec![repr_string((*m).name)?];
        for &a in tuple::items((*m).args) {
            parts.push(repr_string(a)?);
        }
        if !(*m).kwargs.is_null() {
            for (k, v) in dict::items_vec((*m).kwargs) {
                parts.push(format!(
                    "{}={}",
                    pystr::as_str(k.as_ptr()),
                    repr_string(v.as_ptr())?
                ));
            }
        }
        Ok(parts)
    }))
}
