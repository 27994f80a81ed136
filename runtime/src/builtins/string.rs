//! The `string` module: its character-class constants and `capwords`.
//!
//! TODO(stdlib): `Template` and `Formatter` are not there yet; using them raises
//! AttributeError naming the missing attribute.

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::{dict, none, str as pystr};
use crate::typeobject::*;
use std::ptr::null_mut;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

static mut STRING_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("capwords", string_capwords),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("string", &raw mut STRING_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let letters = format!("{}{}", LOWER, UPPER);
    let printable = format!("{}{}{}{}", DIGITS, letters, PUNCTUATION, WHITESPACE);
    for (name, value) in [
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("ascii_letters", letters),
        ("digits", DIGITS.to_string()),
        ("hexdigits", format!("{}abcdefABCDEF", DIGITS)),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCTUATION.to_string()),
        ("whitespace", WHITESPACE.to_string()),
        ("printable", printable),
    ] {
        let v = pystr::from_string(value);
        dict::set_str(d, name, v.as_ptr())?;
    }
    Ok(m)
}

/// `capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`.
unsafe extern "C" fn string_capwords(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        // CPython's capwords is a Python function: its argument errors read that way.
        let has_kw = !kw.is_null() && crate::objects::tuple::len(kw) > 0;
        if nargs == 0 && !has_kw {
            return Err(crate::errors::type_error(
                "capwords() missing 1 required positional argument: 's'",
            ));
        }
        let [s, sep] = crate::args::parse::<1, 2>("capwords", args, nargs, kw, &["s", "sep"])?;
        let sep = if sep.is_null() { none::none() } else { sep };
        let split = Ref::steal(pystr::from_str("split"));
        let words = crate::call::call_method(s, split.as_ptr(), [sep].as_ptr(), 1, null_mut())?;
        let capitalize = Ref::steal(pystr::from_str("capitalize"));
        let mut caps = Vec::new();
        for w in crate::abstract_::collect(words.as_ptr())? {
            caps.push(crate::call::call_method(
                w.as_ptr(),
                capitalize.as_ptr(),
                std::ptr::null(),
                0,
                null_mut(),
            )?);
        }
        let joiner = if sep == none::none() {
            Ref::steal(pystr::from_str(" "))
        } else {
            Ref::borrowed(sep)
        };
        let list = Ref::steal(crate::objects::list::from_refs(caps));
        let join = Ref::steal(pystr::from_str("join"));
        crate::call::call_method(
            joiner.as_ptr(),
            join.as_ptr(),
            [list.as_ptr()].as_ptr(),
            1,
            null_mut(),
        )
    })())
}
