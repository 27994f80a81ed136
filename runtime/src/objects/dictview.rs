//! `dict_keys`, `dict_values`, `dict_items` views and their iterators.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, str as pystr, tuple};
use crate::typeobject::*;

/// Which part of the dict a view shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A dict view object.
#[repr(C)]
pub struct DictViewObject {
    pub ob_base: PyObject,
    pub dict: Obj,
    pub kind: ViewKind,
}

macro_rules! view_type {
    ($sym:ident, $name:literal) => {
        pub static mut $sym: PyTypeObject = PyTypeObject {
            tp_dealloc: Some(view_dealloc),
            tp_repr: Some(view_repr),
            tp_getattro: Some(generic_getattro_slot),
            tp_iter: Some(view_iter),
            tp_richcompare: Some(view_richcompare),
            tp_as_sequence: &raw mut VIEW_AS_SEQUENCE,
            tp_as_number: &raw mut VIEW_AS_NUMBER,
            ..PyTypeObject::new_static($name, std::mem::size_of::<DictViewObject>(), 0)
        };
    };
}
view_type!(DictKeys_Type, c"dict_keys");
view_type!(DictValues_Type, c"dict_values");
view_type!(DictItems_Type, c"dict_items");

pub static mut DictKeyIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_keyiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictValueIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_valueiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};
pub static mut DictItemIter_Type: PyTypeObject = PyTypeObject {
    ..PyTypeObject::new_static(
        c"dict_itemiterator",
        std::mem::size_of::<crate::objects::iter::RustIterObject>(),
        0,
    )
};

static mut VIEW_AS_SEQUENCE: PySequenceMethods = PySequenceMethods {
    sq_length: Some(view_len),
    sq_contains: Some(view_contains),
    ..PySequenceMethods::EMPTY
};

static mut VIEW_AS_NUMBER: PyNumberMethods = PyNumberMethods {
    nb_and: Some(view_and),
    nb_or: Some(view_or),
    nb_subtract: Some(view_sub),
    nb_xor: Some(view_xor),
    ..PyNumberMethods::EMPTY
};

/// Copies the slots of the iterator types from the Rust iterator machinery.
///
/// # Safety
/// Start-up only.
pub unsafe fn init() {
    for t in [
        &raw mut DictKeyIter_Type,
        &raw mut DictValueIter_Type,
        &raw mut DictItemIter_Type,
    ] {
        let base = &raw mut crate::objects::iter::ListIter_Type;
        (*t).tp_dealloc = (*base).tp_dealloc;
        (*t).tp_iter = (*base).tp_iter;
        (*t).tp_iternext = (*base).tp_iternext;
        (*t).tp_getattro = (*base).tp_getattro;
    }
}

/// A new view of `d`. New reference.
///
/// # Safety
/// `d` is a dict.
pub unsafe fn new_view(d: Obj, kind: ViewKind) -> Ref {
    let tp = match kind {
        ViewKind::Keys => &raw mut DictKeys_Type,
        ViewKind::Values => &raw mut DictValues_Type,
        ViewKind::Items => &raw mut DictItems_Type,
    };
    let o = alloc_object(tp, std::mem::size_of::<DictViewObject>());
    (*(o as *mut DictViewObject)).dict = new_ref(d);
    (*(o as *mut DictViewObject)).kind = kind;
    Ref::steal(o)
}

unsafe fn snapshot(d: Obj, kind: ViewKind) -> Vec<Ref> {
    dict::items_vec(d)
        .into_iter()
        .map(|(k, v)| match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => Ref::steal(tuple::from_refs(vec![k, v])),
        })
        .collect()
}

/// An iterator over a dict. New reference.
/// TODO(dict): detect "dictionary changed size during iteration" (it iterates a snapshot).
///
/// # Safety
/// `d` is a dict.
pub unsafe fn dict_iter_new(d: Obj, kind: ViewKind) -> Obj {
    let tp = match kind {
        ViewKind::Keys => &raw mut DictKeyIter_Type,
        ViewKind::Values => &raw mut DictValueIter_Type,
        ViewKind::Items => &raw mut DictItemIter_Type,
    };
    crate::objects::iter::vec_iter_new(tp, snapshot(d, kind))
}

unsafe extern "C" fn view_dealloc(o: Obj) {
    decref((*(o as *mut DictViewObject)).dict);
    free_object(o);
}

unsafe extern "C" fn view_iter(o: Obj) -> Obj {
    let v = o as *mut DictViewObject;
    dict_iter_new((*v).dict, (*v).kind)
}

unsafe extern "C" fn view_len(o: Obj) -> isize {
    dict::len((*(o as *mut DictViewObject)).dict) as isize
}

unsafe extern "C" fn view_contains(o: Obj, x: Obj) -> i32 {
    let v = o as *mut DictViewObject;
    let r: PyResult<bool> = (|| match (*v).kind {
        ViewKind::Keys => Ok(dict::get_item((*v).dict, x)?.is_some()),
        ViewKind::Values => {
            for val in snapshot((*v).dict, ViewKind::Values) {
                if crate::abstract_::eq_bool(val.as_ptr(), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            if !tuple::is_tuple(x) || tuple::len(x) != 2 {
                return Ok(false);
            }
            match dict::get_item((*v).dict, tuple::item(x, 0))? {
                Some(val) => {
                    let val = Ref::borrowed(val);
                    crate::abstract_::eq_bool(val.as_ptr(), tuple::item(x, 1))
                }
                None => Ok(false),
            }
        }
    })();
    match r {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

unsafe extern "C" fn view_repr(o: Obj) -> Obj {
    into_raw((|| {
        let v = o as *mut DictViewObject;
        let items = snapshot((*v).dict, (*v).kind);
        let l = Ref::steal(crate::objects::list::from_refs(items));
        let r = crate::abstract_::repr(l.as_ptr())?;
        Ok(pystr::from_string(format!(
            "{}({})",
            obj_type_name(o),
            pystr::as_str(r.as_ptr())
        )))
    })())
}

unsafe fn as_set(o: Obj) -> PyResult<Ref> {
    crate::objects::set::set_from_iterable(o)
}

unsafe extern "C" fn view_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    let v = a as *mut DictViewObject;
    if (*v).kind == ViewKind::Values {
        return new_ref(crate::objects::none::not_implemented());
    }
    into_raw((|| {
        let sa = as_set(a)?;
        let sb = match crate::objects::set::is_anyset(b) || type_of(b) == type_of(a) {
            true => as_set(b)?,
            false => return Ok(Ref::borrowed(crate::objects::none::not_implemented())),
        };
        crate::abstract_::richcompare(sa.as_ptr(), sb.as_ptr(), op)
    })())
}

macro_rules! view_setop {
    ($name:ident, $op:expr) => {
        unsafe extern "C" fn $name(a: Obj, b: Obj) -> Obj {
            into_raw((|| {
                let sa = as_set(a)?;
                let sb = as_set(b)?;
                crate::abstract_::binary_op(sa.as_ptr(), sb.as_ptr(), $op)
            })())
        }
    };
}
view_setop!(view_and, crate::abstract_::BinOp::And);
view_setop!(view_or, crate::abstract_::BinOp::Or);
view_setop!(view_sub, crate::abstract_::BinOp::Sub);
view_setop!(view_xor, crate::abstract_::BinOp::Xor);
