//! The `html` module: `escape` and `unescape` (HTML5 named and numeric character
//! references, with the tokenizer's replacements for invalid code points), as CPython's
//! `html` module behaves.

use super::html_entities::{ENTITIES, INVALID_CHARREFS, INVALID_CODEPOINTS};
use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::str as pystr;
use crate::typeobject::*;

static mut HTML_METHODS: [PyMethodDef; 3] = [
    crate::method_def!("escape", html_escape),
    crate::method_def!("unescape", html_unescape),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("html", &raw mut HTML_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    let all = Ref::steal(crate::objects::list::from_refs(vec![
        pystr::from_string("escape".into()),
        pystr::from_string("unescape".into()),
    ]));
    crate::objects::dict::set_str(d, "__all__", all.as_ptr())?;
    Ok(m)
}

/// The error CPython's Python-level code gives for a non-str argument: its first
/// operation is a str method call (`s.replace`) or a containment test (`'&' in s`).
unsafe fn not_str_error(o: Obj, what: &str) -> crate::errors::Raised {
    let tn = crate::typeobject::type_name(type_of(o));
    if what == "replace" {
        crate::errors::raise(
            crate::objects::exceptions::attribute_error(),
            &format!("'{}' object has no attribute 'replace'", tn),
        )
    } else {
        crate::errors::type_error(&format!("argument of type '{}' is not iterable", tn))
    }
}

/// `escape(s, quote=True)`: `&`, `<`, `>` (and with `quote`, `"` and `'`) as
/// character references.
unsafe extern "C" fn html_escape(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s, quote] = crate::args::parse::<1, 2>("escape", args, nargs, kw, &["s", "quote"])?;
        let quote = quote.is_null() || crate::abstract_::is_true(quote)?;
        if !pystr::is_str(s) {
            if crate::objects::bytes::is_bytes(s) || crate::objects::bytearray::is_bytearray(s) {
                // `bytes.replace("&", ...)`: CPython's first operation on the argument.
                return Err(crate::errors::type_error(
                    "a bytes-like object is required, not 'str'",
                ));
            }
            return Err(not_str_error(s, "replace"));
        }
        let text = pystr::as_str(s);
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if quote => out.push_str("&quot;"),
                '\'' if quote => out.push_str("&#x27;"),
                c => out.push(c),
            }
        }
        Ok(pystr::from_string(out))
    })())
}

fn entity(name: &str) -> Option<&'static str> {
    ENTITIES
        .binary_search_by(|(k, _)| (*k).cmp(name))
        .ok()
        .map(|i| ENTITIES[i].1)
}

/// The replacement of a numeric reference `&#<digits>` in base `radix`.
fn numeric(digits: &str, radix: u32) -> String {
    // Saturate: anything past U+10FFFF is replaced the same way.
    let mut num: u64 = 0;
    for c in digits.chars() {
        num = num * radix as u64 + c.to_digit(radix).unwrap() as u64;
        if num > 0x10FFFF {
            num = 0x110000;
        }
    }
    if let Some((_, r)) = INVALID_CHARREFS.iter().find(|(k, _)| *k as u64 == num) {
        return r.to_string();
    }
    if (0xD800..=0xDFFF).contains(&num) || num > 0x10FFFF {
        return "\u{FFFD}".to_string();
    }
    if INVALID_CODEPOINTS.contains(&(num as u32)) {
        return String::new();
    }
    char::from_u32(num as u32)
        .map(String::from)
        .unwrap_or_default()
}

/// Whether a character may appear in an entity name (the reference scanner stops at
/// tab, newline, form feed, space, `<`, `&`, `#` and `;`).
fn name_char(c: char) -> bool {
    !matches!(c, '\t' | '\n' | '\x0c' | ' ' | '<' | '&' | '#' | ';')
}

/// Replaces every character reference in `cs`.
fn unescape_chars(cs: &[char]) -> String {
    let mut out = String::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '&' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        let j = i + 1;
        if j < cs.len() && cs[j] == '#' {
            // &#123; or &#x1F;
            let (start, radix) = if j + 1 < cs.len() && (cs[j + 1] == 'x' || cs[j + 1] == 'X') {
                (j + 2, 16)
            } else {
                (j + 1, 10)
            };
            let mut e = start;
            while e < cs.len() && cs[e].is_digit(radix) && cs[e].is_ascii() {
                e += 1;
            }
            if e == start {
                out.push('&');
                i += 1;
                continue;
            }
            let digits: String = cs[start..e].iter().collect();
            out.push_str(&numeric(&digits, radix));
            i = if e < cs.len() && cs[e] == ';' {
                e + 1
            } else {
                e
            };
            continue;
        }
        let mut e = j;
        while e < cs.len() && e - j < 32 && name_char(cs[e]) {
            e += 1;
        }
        if e == j {
            out.push('&');
            i += 1;
            continue;
        }
        if e < cs.len() && cs[e] == ';' {
            e += 1;
        }
        let name: String = cs[j..e].iter().collect();
        i = e;
        if let Some(v) = entity(&name) {
            out.push_str(v);
            continue;
        }
        // The longest known prefix (at least two characters) followed by the rest.
        let nc: Vec<char> = name.chars().collect();
        let mut done = false;
        for x in (2..nc.len()).rev() {
            let prefix: String = nc[..x].iter().collect();
            if let Some(v) = entity(&prefix) {
                out.push_str(v);
                out.extend(nc[x..].iter());
                done = true;
                break;
            }
        }
        if !done {
            out.push('&');
            out.push_str(&name);
        }
    }
    out
}

/// `unescape(s)`: every named and numeric character reference replaced.
unsafe extern "C" fn html_unescape(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s] = crate::args::parse::<1, 1>("unescape", args, nargs, kw, &["s"])?;
        if !pystr::is_str(s) {
            return Err(not_str_error(s, "in"));
        }
        let text = pystr::as_str(s);
        if !text.contains('&') {
            return Ok(Ref::borrowed(s));
        }
        let cs: Vec<char> = text.chars().collect();
        Ok(pystr::from_string(unescape_chars(&cs)))
    })())
}
