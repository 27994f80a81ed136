//! `collections.namedtuple`: builds a `tuple` subclass whose `__new__` binds the field
//! names (with defaults), with read-only field properties, `_fields`,
//! `_field_defaults`, `_make`, `_asdict`, `_replace`, `__repr__` and
//! `__getnewargs__`, validating names and arguments with CPython's messages.
//!
//! The class's `__module__` is the `module` argument or the calling frame's module.
//! TODO(collections): fields are properties over `operator.itemgetter` (CPython's `_tuplegetter` says
//! "can't set attribute" on assignment where a property names itself).

use crate::errors::{into_raw, type_error, value_error, PyResult};
use crate::object::*;
use crate::objects::{dict, list, none, str as pystr, tuple};
use crate::typeobject::*;
use std::ptr::null_mut;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

static mut NEW_DEF: [PyMethodDef; 2] = [crate::method_def!("__new__", nt_new), METHOD_SENTINEL];

static mut NT_METHODS: [PyMethodDef; 6] = [
    crate::method_def!("__repr__", nt_repr),
    crate::method_def!("_asdict", nt_asdict),
    crate::method_def!("_replace", nt_replace),
    crate::method_def!("__getnewargs__", nt_getnewargs),
    crate::method_def!("_make", nt_make, METH_FASTCALL | METH_KEYWORDS | METH_CLASS),
    METHOD_SENTINEL,
];

unsafe fn s(v: &str) -> Ref {
    pystr::from_string(v.to_string())
}

unsafe fn str_method(o: Obj, name: &str, args: &[Obj]) -> PyResult<Ref> {
    let n = s(name);
    crate::call::call_method(o, n.as_ptr(), args.as_ptr(), args.len(), null_mut())
}

unsafe fn is_identifier(name: &str) -> PyResult<bool> {
    let o = s(name);
    let r = str_method(o.as_ptr(), "isidentifier", &[])?;
    crate::abstract_::is_true(r.as_ptr())
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub unsafe extern "C" fn namedtuple(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [typename, field_names, rename, defaults, module] = crate::args::parse::<2, 5>(
            "namedtuple",
            args,
            nargs,
            kw,
            &["typename", "field_names", "$rename", "$defaults", "$module"],
        )?;
        let rename = !rename.is_null() && crate::abstract_::is_true(rename)?;
        // Field names: a string of names separated by commas and/or spaces, or an
        // iterable of names (each made a str).
        let names: Vec<Ref> = if pystr::is_str(field_names) {
            let comma = s(",");
            let space = s(" ");
            let r = str_method(field_names, "replace", &[comma.as_ptr(), space.as_ptr()])?;
            let parts = str_method(r.as_ptr(), "split", &[])?;
            crate::abstract_::collect(parts.as_ptr())?
        } else {
            let mut v = Vec::new();
            for x in crate::abstract_::collect(field_names)? {
                v.push(crate::abstract_::str(x.as_ptr())?);
            }
            v
        };
        let typename = crate::abstract_::str(typename)?;
        let tname = pystr::as_str(typename.as_ptr()).to_string();
        let mut fields: Vec<String> = names
            .iter()
            .map(|n| pystr::as_str(n.as_ptr()).to_string())
            .collect();
        if rename {
            let mut seen: Vec<String> = Vec::new();
            for (i, f) in fields.iter_mut().enumerate() {
                if !is_identifier(f)?
                    || KEYWORDS.contains(&f.as_str())
                    || f.starts_with('_')
                    || seen.contains(f)
                {
                    *f = format!("_{}", i);
                }
                seen.push(f.clone());
            }
        }
        for name in std::iter::once(&tname).chain(fields.iter()) {
            if !is_identifier(name)? {
                return Err(value_error(&format!(
                    "Type names and field names must be valid identifiers: {}",
                    pystr::repr_of(name)
                )));
            }
            if KEYWORDS.contains(&name.as_str()) {
                return Err(value_error(&format!(
                    "Type names and field names cannot be a keyword: {}",
                    pystr::repr_of(name)
                )));
            }
        }
        let mut seen: Vec<&String> = Vec::new();
        for name in &fields {
            if name.starts_with('_') && !rename {
                return Err(value_error(&format!(
                    "Field names cannot start with an underscore: {}",
                    pystr::repr_of(name)
                )));
            }
            if seen.contains(&name) {
                return Err(value_error(&format!(
                    "Encountered duplicate field name: {}",
                    pystr::repr_of(name)
                )));
            }
            seen.push(name);
        }
        let defaults: Vec<Ref> = if defaults.is_null() || defaults == none::none() {
            Vec::new()
        } else {
            crate::abstract_::collect(defaults)?
        };
        if defaults.len() > fields.len() {
            return Err(type_error("Got more default values than field names"));
        }
        let field_refs: Vec<Ref> = fields.iter().map(|f| s(f)).collect();
        let fields_t = Ref::steal(tuple::from_refs(field_refs.clone()));
        let defaults_t = Ref::steal(tuple::from_refs(defaults.clone()));
        let field_defaults = Ref::steal(dict::new_raw());
        let first_default = fields.len() - defaults.len();
        for (k, d) in defaults.iter().enumerate() {
            dict::set_item(
                field_defaults.as_ptr(),
                field_refs[first_default + k].as_ptr(),
                d.as_ptr(),
            )?;
        }
        // The namespace of the class.
        let ns = Ref::steal(dict::new_raw());
        let doc = s(&format!("{}({})", tname, fields.join(", ")));
        dict::set_str(ns.as_ptr(), "__doc__", doc.as_ptr())?;
        let slots = Ref::steal(tuple::empty());
        dict::set_str(ns.as_ptr(), "__slots__", slots.as_ptr())?;
        dict::set_str(ns.as_ptr(), "_fields", fields_t.as_ptr())?;
        dict::set_str(ns.as_ptr(), "_field_defaults", field_defaults.as_ptr())?;
        dict::set_str(ns.as_ptr(), "__match_args__", fields_t.as_ptr())?;
        let spec = Ref::steal(tuple::pack(&[
            typename.as_ptr(),
            fields_t.as_ptr(),
            defaults_t.as_ptr(),
        ]));
        let new = crate::objects::cfunction::new(
            &raw mut NEW_DEF as *mut PyMethodDef,
            spec.as_ptr(),
            null_mut(),
        );
        dict::set_str(ns.as_ptr(), "__new__", new.as_ptr())?;
        let mut def = &raw mut NT_METHODS as *mut PyMethodDef;
        while !(*def).ml_name.is_null() {
            let d = crate::objects::descr::new_method_descr(&raw mut tuple::PyTuple_Type, def)?;
            dict::set_str(
                ns.as_ptr(),
                &crate::objects::cfunction::def_name(def),
                d.as_ptr(),
            )?;
            def = def.add(1);
        }
        let operator = crate::abi::import_module("operator")?;
        let itemgetter = crate::abstract_::getattr_str(operator.as_ptr(), "itemgetter")?;
        let property = dict::get_str(super::builtins_dict(), "property")
            .ok_or_else(|| type_error("property is missing from builtins"))?;
        for (i, f) in fields.iter().enumerate() {
            let idx = Ref::steal(crate::objects::int::from_i64(i as i64));
            let getter = crate::call::call1(itemgetter.as_ptr(), idx.as_ptr())?;
            let doc = s(&format!("Alias for field number {}", i));
            let p = crate::call::call_vec(
                property,
                &[getter.as_ptr(), none::none(), none::none(), doc.as_ptr()],
            )?;
            dict::set_str(ns.as_ptr(), f, p.as_ptr())?;
        }
        let module = if module.is_null() || module == none::none() {
            // The calling frame's module, as CPython's `sys._getframemodulename`.
            crate::frames::module_name(0).unwrap_or_else(|| s("__main__"))
        } else {
            Ref::borrowed(module)
        };
        dict::set_str(ns.as_ptr(), "__module__", module.as_ptr())?;
        dict::set_str(ns.as_ptr(), "__qualname__", typename.as_ptr())?;
        let bases = Ref::steal(tuple::pack(&[&raw mut tuple::PyTuple_Type as Obj]));
        crate::call::call_vec(
            &raw mut PyType_Type as Obj,
            &[typename.as_ptr(), bases.as_ptr(), ns.as_ptr()],
        )
    })())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's list of missing arguments).
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// `__new__(_cls, field...)`: binds the arguments to the fields of the spec
/// `(typename, fields, defaults)` the function was created with.
unsafe extern "C" fn nt_new(spec: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let tname = pystr::as_str(tuple::item(spec, 0)).to_string();
        let fields: Vec<&str> = tuple::items(tuple::item(spec, 1))
            .iter()
            .map(|&f| pystr::as_str(f))
            .collect();
        let defaults = tuple::items(tuple::item(spec, 2));
        let q = format!("{}.__new__", tname);
        let nargs = nargs.max(0) as usize;
        if nargs == 0 {
            return Err(type_error(&format!(
                "{}() missing 1 required positional argument: '_cls'",
                q
            )));
        }
        let cls = *args;
        let pos = std::slice::from_raw_parts(args.add(1), nargs - 1);
        let nf = fields.len();
        if pos.len() > nf {
            let most = nf + 1;
            let least = most - defaults.len();
            let takes = if least == most {
                format!("{} positional argument{}", most, plural(most))
            } else {
                format!("from {} to {} positional arguments", least, most)
            };
            return Err(type_error(&format!(
                "{}() takes {} but {} {} given",
                q,
                takes,
                nargs,
                if nargs == 1 { "was" } else { "were" }
            )));
        }
        let mut values: Vec<Obj> = vec![null_mut(); nf];
        values[..pos.len()].copy_from_slice(pos);
        if !kw.is_null() {
            for (i, &k) in tuple::items(kw).iter().enumerate() {
                let v = *args.add(nargs + i);
                let name = pystr::as_str(k);
                match fields.iter().position(|f| *f == name) {
                    Some(j) if !values[j].is_null() => {
                        return Err(type_error(&format!(
                            "{}() got multiple values for argument '{}'",
                            q, name
                        )));
                    }
                    Some(j) => values[j] = v,
                    None => {
                        return Err(type_error(&format!(
                            "{}() got an unexpected keyword argument '{}'",
                            q, name
                        )));
                    }
                }
            }
        }
        let first_default = nf - defaults.len();
        let mut missing = Vec::new();
        for j in 0..nf {
            if values[j].is_null() {
                if j >= first_default {
                    values[j] = defaults[j - first_default];
                } else {
                    missing.push(fields[j]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(&format!(
                "{}() missing {} required positional argument{}: {}",
                q,
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        let t = Ref::steal(tuple::from_slice(&values));
        make_instance(cls, t)
    })())
}

/// `tuple.__new__(cls, values)` for a namedtuple class (or a subclass of one).
unsafe fn make_instance(cls: Obj, t: Ref) -> PyResult<Ref> {
    if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0
        || !is_subtype(cls as *mut PyTypeObject, &raw mut tuple::PyTuple_Type)
    {
        return Err(type_error(&format!(
            "tuple.__new__(X): X is not a type object ({})",
            crate::typeobject::type_name(type_of(cls))
        )));
    }
    if cls == &raw mut tuple::PyTuple_Type as Obj {
        return Ok(t);
    }
    crate::classes::subtype_from_builtin(cls as *mut PyTypeObject, t)
}

unsafe fn self_tuple(o: Obj, what: &str) -> PyResult<()> {
    if !tuple::is_tuple(o) {
        return Err(type_error(&format!(
            "descriptor '{}' requires a 'tuple' object but received a '{}'",
            what,
            crate::typeobject::type_name(type_of(o))
        )));
    }
    Ok(())
}

/// `repr(nt)`: `Name(field=value, ...)` with the instance's class name.
unsafe extern "C" fn nt_repr(o: Obj, _args: *const Obj, _nargs: isize, _kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        self_tuple(o, "__repr__")?;
        let name = crate::abstract_::getattr_str(type_of(o) as Obj, "__name__")?;
        let fields = crate::abstract_::getattr_str(o, "_fields")?;
        let fields = crate::abstract_::collect(fields.as_ptr())?;
        let items = tuple::items(o);
        if fields.len() != items.len() {
            return Err(type_error(&format!(
                "not all arguments converted during string formatting"
            )));
        }
        let mut out = format!("{}(", pystr::as_str(name.as_ptr()));
        for (i, (f, &v)) in fields.iter().zip(items).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let r = crate::abstract_::repr(v)?;
            out.push_str(pystr::as_str(f.as_ptr()));
            out.push('=');
            out.push_str(pystr::as_str(r.as_ptr()));
        }
        out.push(')');
        Ok(pystr::from_string(out))
    })())
}

/// `nt._asdict()`: a dict from field names to values.
unsafe extern "C" fn nt_asdict(o: Obj, _args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse::<0, 0>("_asdict", _args, nargs, kw, &[])?;
        self_tuple(o, "_asdict")?;
        let fields = crate::abstract_::getattr_str(o, "_fields")?;
        let d = Ref::steal(dict::new_raw());
        for (f, &v) in crate::abstract_::collect(fields.as_ptr())?
            .iter()
            .zip(tuple::items(o))
        {
            dict::set_item(d.as_ptr(), f.as_ptr(), v)?;
        }
        Ok(d)
    })())
}

/// `nt._replace(**changes)`: a new instance (through `_make`) with some fields replaced.
unsafe extern "C" fn nt_replace(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        if nargs > 0 {
            return Err(type_error(&format!(
                "_replace() takes 1 positional argument but {} were given",
                nargs + 1
            )));
        }
        self_tuple(o, "_replace")?;
        let mut changes: Vec<(String, Obj)> = Vec::new();
        if !kw.is_null() {
            for (i, &k) in tuple::items(kw).iter().enumerate() {
                changes.push((pystr::as_str(k).to_string(), *args.add(i)));
            }
        }
        let fields = crate::abstract_::getattr_str(o, "_fields")?;
        let mut values = Vec::new();
        for (f, &v) in crate::abstract_::collect(fields.as_ptr())?
            .iter()
            .zip(tuple::items(o))
        {
            let name = pystr::as_str(f.as_ptr());
            match changes.iter().position(|(k, _)| k == name) {
                Some(p) => values.push(Ref::borrowed(changes.remove(p).1)),
                None => values.push(Ref::borrowed(v)),
            }
        }
        if !changes.is_empty() {
            let l: Vec<Ref> = changes.iter().map(|(k, _)| s(k)).collect();
            let l = Ref::steal(list::from_refs(l));
            let r = crate::abstract_::repr(l.as_ptr())?;
            return Err(value_error(&format!(
                "Got unexpected field names: {}",
                pystr::as_str(r.as_ptr())
            )));
        }
        let vl = Ref::steal(list::from_refs(values));
        let make = crate::abstract_::getattr_str(o, "_make")?;
        crate::call::call1(make.as_ptr(), vl.as_ptr())
    })())
}

/// `nt.__getnewargs__()`: the values as a plain tuple.
unsafe extern "C" fn nt_getnewargs(o: Obj, _args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse::<0, 0>("__getnewargs__", _args, nargs, kw, &[])?;
        self_tuple(o, "__getnewargs__")?;
        Ok(Ref::steal(tuple::from_slice(tuple::items(o))))
    })())
}

/// `Class._make(iterable)`: an instance from an iterable holding one value per field.
unsafe extern "C" fn nt_make(cls: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [it] = crate::args::parse::<1, 1>("_make", args, nargs, kw, &["iterable"])?;
        let values = crate::abstract_::collect(it)?;
        let fields = crate::abstract_::getattr_str(cls, "_fields")?;
        let nf = crate::abstract_::length(fields.as_ptr())?;
        let t = Ref::steal(tuple::from_refs(values));
        let r = make_instance(cls, t)?;
        let n = tuple::len(r.as_ptr());
        if n != nf {
            return Err(type_error(&format!("Expected {} arguments, got {}", nf, n)));
        }
        Ok(r)
    })())
}
