//! `types.GenericAlias` (`list[int]`, from a builtin class's `__class_getitem__`) and
//! `types.UnionType` (`int | None`, from `type.__or__`): the objects that annotations
//! evaluate to. Both keep their parts (`__origin__`/`__args__`) and print as CPython.
//!
//! TODO(typing): `__parameters__` is always empty (no TypeVar substitution yet), and
//! `list[int][...]` re-subscription is not supported.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{none, str as pystr, tuple};
use crate::typeobject::*;

/// A generic alias or a union: `origin[args...]` or `args[0] | args[1] | ...`.
#[repr(C)]
pub struct AliasObject {
    pub ob_base: PyObject,
    /// The subscripted class (null for a union).
    pub origin: Obj,
    /// A tuple of the arguments (for a union, its members without duplicates).
    pub args: Obj,
}

const ORIGIN_OFFSET: isize = std::mem::offset_of!(AliasObject, origin) as isize;
const ARGS_OFFSET: isize = std::mem::offset_of!(AliasObject, args) as isize;

#[no_mangle]
pub static mut Py_GenericAliasType: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(alias_dealloc),
    tp_repr: Some(alias_repr),
    tp_hash: Some(alias_hash),
    tp_call: Some(alias_call),
    tp_getattro: Some(alias_getattro),
    tp_richcompare: Some(alias_richcompare),
    tp_members: &raw mut ALIAS_MEMBERS as *mut PyMemberDef,
    tp_as_number: &raw mut UNION_AS_NUMBER,
    ..PyTypeObject::new_static(c"types.GenericAlias", std::mem::size_of::<AliasObject>(), 0)
};

#[no_mangle]
pub static mut _PyUnion_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(alias_dealloc),
    tp_repr: Some(alias_repr),
    tp_hash: Some(alias_hash),
    tp_getattro: Some(generic_getattro_slot),
    tp_richcompare: Some(alias_richcompare),
    tp_members: &raw mut UNION_MEMBERS as *mut PyMemberDef,
    tp_as_number: &raw mut UNION_AS_NUMBER,
    ..PyTypeObject::new_static(c"types.UnionType", std::mem::size_of::<AliasObject>(), 0)
};

static mut UNION_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_or: Some(type_or),
    ..PyNumberMethods::EMPTY
};

static mut ALIAS_MEMBERS: [PyMemberDef; 3] = [
    readonly_object_member(c"__origin__", ORIGIN_OFFSET),
    readonly_object_member(c"__args__", ARGS_OFFSET),
    MEMBER_SENTINEL,
];

static mut UNION_MEMBERS: [PyMemberDef; 2] = [
    readonly_object_member(c"__args__", ARGS_OFFSET),
    MEMBER_SENTINEL,
];

unsafe fn new_alias(tp: *mut PyTypeObject, origin: Obj, args: Ref) -> Obj {
    let o = alloc_object(tp, std::mem::size_of::<AliasObject>());
    let a = o as *mut AliasObject;
    (*a).origin = if origin.is_null() {
        std::ptr::null_mut()
    } else {
        new_ref(origin)
    };
    (*a).args = args.into_raw();
    o
}

/// `cls[arg]` for builtin generic classes: a `types.GenericAlias`. Return value: new
/// reference.
///
/// # Safety
/// `METH_O | METH_CLASS` calling convention.
pub unsafe extern "C" fn class_getitem(cls: Obj, arg: Obj) -> Obj {
    let args = if tuple::is_tuple(arg) {
        Ref::borrowed(arg)
    } else {
        Ref::steal(tuple::pack(&[arg]))
    };
    new_alias(&raw mut Py_GenericAliasType, cls, args)
}

/// Whether `o` may be a member of `X | Y`: a class, None, a union or a generic alias.
unsafe fn unionable(o: Obj) -> bool {
    o == none::none()
        || (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
        || type_of(o) == &raw mut _PyUnion_Type
        || type_of(o) == &raw mut Py_GenericAliasType
}

/// `X | Y` for classes (`type.__or__` / `__ror__`) and unions: a `types.UnionType`, or
/// NotImplemented when an operand cannot be part of a union. Return value: new
/// reference.
///
/// # Safety
/// `nb_or` slot contract.
pub unsafe extern "C" fn type_or(a: Obj, b: Obj) -> Obj {
    if !unionable(a) || !unionable(b) {
        return new_ref(none::not_implemented());
    }
    into_raw((|| -> PyResult<Ref> {
        let mut members: Vec<Obj> = Vec::new();
        for side in [a, b] {
            let parts: Vec<Obj> = if type_of(side) == &raw mut _PyUnion_Type {
                tuple::items((*(side as *mut AliasObject)).args).to_vec()
            } else if side == none::none() {
                // `None` in a union stands for its type.
                vec![&raw mut none::_PyNone_Type as Obj]
            } else {
                vec![side]
            };
            for p in parts {
                let mut dup = false;
                for &m in &members {
                    if m == p || crate::abstract_::eq_bool(m, p)? {
                        dup = true;
                        break;
                    }
                }
                if !dup {
                    members.push(p);
                }
            }
        }
        if members.len() == 1 {
            return Ok(Ref::borrowed(members[0]));
        }
        Ok(Ref::steal(new_alias(
            &raw mut _PyUnion_Type,
            std::ptr::null_mut(),
            Ref::steal(tuple::from_slice(&members)),
        )))
    })())
}

unsafe extern "C" fn alias_dealloc(o: Obj) {
    let a = o as *mut AliasObject;
    xdecref((*a).origin);
    xdecref((*a).args);
    free_object(o);
}

/// How an argument prints inside `[...]` or around `|`: classes by their qualified
/// name (without `builtins.`), `...` and `None` by name, anything else by repr.
unsafe fn arg_repr(o: Obj) -> PyResult<String> {
    if o == &raw mut none::_Py_EllipsisObject as Obj {
        return Ok("...".into());
    }
    if o == &raw mut none::_PyNone_Type as Obj || o == none::none() {
        return Ok("None".into());
    }
    if (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        let tp = o as *mut PyTypeObject;
        let module = type_module(tp);
        let qual = type_qualname(tp);
        return Ok(if module == "builtins" {
            qual
        } else {
            format!("{}.{}", module, qual)
        });
    }
    let r = crate::abstract_::repr(o)?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

unsafe extern "C" fn alias_repr(o: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let a = o as *mut AliasObject;
        let args = tuple::items((*a).args);
        let mut parts = Vec::with_capacity(args.len());
        for &x in args {
            parts.push(arg_repr(x)?);
        }
        let s = if (*a).origin.is_null() {
            parts.join(" | ")
        } else if parts.is_empty() {
            format!("{}[()]", arg_repr((*a).origin)?)
        } else {
            format!("{}[{}]", arg_repr((*a).origin)?, parts.join(", "))
        };
        Ok(pystr::from_string(s))
    })())
}

unsafe extern "C" fn alias_hash(o: Obj) -> isize {
    let a = o as *mut AliasObject;
    let h = (|| -> PyResult<isize> {
        let args = crate::abstract_::hash((*a).args)?;
        if (*a).origin.is_null() {
            return Ok(args);
        }
        Ok(crate::abstract_::hash((*a).origin)? ^ args)
    })();
    match h {
        Ok(-1) => -2,
        Ok(v) => v,
        Err(_) => -1,
    }
}

/// `list[int](...)` calls the origin.
unsafe extern "C" fn alias_call(o: Obj, args: Obj, kwargs: Obj) -> Obj {
    into_raw(crate::call::call_tuple_dict(
        (*(o as *mut AliasObject)).origin,
        args,
        kwargs,
    ))
}

/// Attributes of the alias itself first, then those of the origin (as CPython does for
/// all but a few dunder names).
unsafe extern "C" fn alias_getattro(o: Obj, name: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if let Some(v) = generic_getattr_opt(o, name)? {
            return Ok(v);
        }
        let n = pystr::as_str(name);
        if n.starts_with("__") && n.ends_with("__") {
            return Err(attribute_error(o, name));
        }
        crate::abstract_::getattr((*(o as *mut AliasObject)).origin, name)
    })())
}

unsafe extern "C" fn alias_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if type_of(a) != type_of(b) || (op != 2 && op != 3) {
        return new_ref(none::not_implemented());
    }
    into_raw((|| -> PyResult<Ref> {
        let (x, y) = (a as *mut AliasObject, b as *mut AliasObject);
        let mut eq = (*x).origin == (*y).origin
            || (!(*x).origin.is_null()
                && !(*y).origin.is_null()
                && crate::abstract_::eq_bool((*x).origin, (*y).origin)?);
        if eq {
            if (*x).origin.is_null() {
                // Unions compare as sets of members.
                let (ax, ay) = (tuple::items((*x).args), tuple::items((*y).args));
                eq = ax.len() == ay.len();
                for &m in ax {
                    if !eq {
                        break;
                    }
                    let mut found = false;
                    for &n in ay {
                        if m == n || crate::abstract_::eq_bool(m, n)? {
                            found = true;
                            break;
                        }
                    }
                    eq = found;
                }
            } else {
                eq = crate::abstract_::eq_bool((*x).args, (*y).args)?;
            }
        }
        Ok(crate::objects::bool::from_bool(eq == (op == 2)))
    })())
}
