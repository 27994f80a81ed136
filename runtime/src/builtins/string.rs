//! The `_string` module behind `stdlib/string.py`: the character-class constants,
//! `capwords`, the format-string machinery of `string.Formatter` (`formatter_parser`,
//! `formatter_field_name_split`, and `vformat`, which drives a formatter object through
//! its overridable methods exactly as CPython's `Formatter.vformat` does) and the
//! substitution engine of `string.Template` (`template_scan`).
//!
//! TODO(stdlib): `Template` supports the default identifier pattern only (with or
//! without IGNORECASE); a subclass overriding `idpattern`, `braceidpattern` or `pattern`
//! raises NotImplementedError (Molt has no `re` module yet).

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

static mut STRING_METHODS: [PyMethodDef; 6] = [
    crate::method_def!("capwords", string_capwords),
    crate::method_def!("formatter_parser", string_formatter_parser),
    crate::method_def!("formatter_field_name_split", string_field_name_split),
    crate::method_def!("vformat", string_vformat),
    crate::method_def!("template_scan", string_template_scan),
    METHOD_SENTINEL,
];

/// Creates the module.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    let m = super::modules::module_from_defs("_string", &raw mut STRING_METHODS as *mut _)?;
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

/// A chunk of a format string: `(literal, field_name, format_spec, conversion)`; the
/// last three are None for a literal-only chunk.
struct Chunk {
    literal: String,
    field: Option<(String, String, Option<char>)>,
}

/// Splits a format string into chunks with the rules (and error messages) of CPython's
/// `MarkupIterator`.
unsafe fn parse_format(s: &str, out: &mut Vec<Chunk>) -> PyResult<()> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let lit_start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < cs.len() {
            c = cs[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= cs.len();
        let mut len = i - lit_start;
        if c == '}' && markup && (at_end || cs[i] != '}') {
            return Err(crate::errors::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == '{' && markup {
            return Err(crate::errors::value_error(
                "Single '{' encountered in format string",
            ));
        }
        if markup && !at_end {
            if cs[i] == c {
                // An escaped brace: the literal keeps one of them.
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = cs[lit_start..lit_start + len].iter().collect();
        if !markup {
            out.push(Chunk {
                literal,
                field: None,
            });
            continue;
        }
        let (field, next) = parse_field(&cs, i)?;
        i = next;
        out.push(Chunk {
            literal,
            field: Some(field),
        });
    }
    Ok(())
}

/// Reads a replacement field starting after its `{` (CPython's `parse_field`): the
/// name (where `[...]` may hold any character), an optional `!c` conversion and an
/// optional spec with nested braces. Returns the parts and the index after the field.
#[allow(clippy::type_complexity)]
unsafe fn parse_field(
    cs: &[char],
    mut i: usize,
) -> PyResult<((String, String, Option<char>), usize)> {
    let start = i;
    let mut c = '\0';
    while i < cs.len() {
        c = cs[i];
        i += 1;
        match c {
            '{' => {
                return Err(crate::errors::value_error("unexpected '{' in field name"));
            }
            '[' => {
                while i < cs.len() && cs[i] != ']' {
                    i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name: String = cs[start..i.saturating_sub(1).max(start)].iter().collect();
    if c == '!' || c == ':' {
        let mut conv = None;
        if c == '!' {
            if i >= cs.len() {
                return Err(crate::errors::value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            conv = Some(cs[i]);
            i += 1;
            if i < cs.len() {
                let n = cs[i];
                i += 1;
                if n == '}' {
                    return Ok(((name, String::new(), conv), i));
                }
                if n != ':' {
                    return Err(crate::errors::value_error(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let spec_start = i;
        let mut count = 1;
        while i < cs.len() {
            let ch = cs[i];
            i += 1;
            if ch == '{' {
                count += 1;
            } else if ch == '}' {
                count -= 1;
                if count == 0 {
                    return Ok(((name, cs[spec_start..i - 1].iter().collect(), conv), i));
                }
            }
        }
        return Err(crate::errors::value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(crate::errors::value_error(
            "expected '}' before end of string",
        ));
    }
    Ok(((name, String::new(), None), i))
}

unsafe fn opt_str(s: Option<&str>) -> Ref {
    match s {
        Some(s) => pystr::from_string(s.to_string()),
        None => Ref::borrowed(none::none()),
    }
}

/// `formatter_parser(s)`: an iterator of `(literal, field_name, format_spec,
/// conversion)` tuples.
///
/// Parsing happens up front; an error is raised by the iterator after the chunks that
/// precede it, as CPython's lazy iterator does. TODO(stdlib): the iterator's type is
/// `iterator`, not `formatteriterator`.
unsafe extern "C" fn string_formatter_parser(
    _m: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s] = crate::args::parse::<1, 1>("formatter_parser", args, nargs, kw, &["s"])?;
        if !pystr::is_str(s) {
            return Err(crate::errors::type_error(&format!(
                "expected str, got {}",
                crate::typeobject::type_name(type_of(s))
            )));
        }
        let mut chunks = Vec::new();
        // As CPython's iterator, the chunks before an error come out first.
        let err = match parse_format(pystr::as_str(s), &mut chunks) {
            Ok(()) => None,
            Err(_) => crate::errors::fetch(),
        };
        let mut items = Vec::new();
        for ch in chunks {
            let lit = pystr::from_string(ch.literal);
            let t = match ch.field {
                None => {
                    let n = none::none();
                    crate::objects::tuple::pack(&[lit.as_ptr(), n, n, n])
                }
                Some((name, spec, conv)) => {
                    let name = pystr::from_string(name);
                    let spec = pystr::from_string(spec);
                    let conv = opt_str(conv.map(|c| c.to_string()).as_deref());
                    crate::objects::tuple::pack(&[
                        lit.as_ptr(),
                        name.as_ptr(),
                        spec.as_ptr(),
                        conv.as_ptr(),
                    ])
                }
            };
            items.push(Ref::steal(t));
        }
        Ok(pending_iter(items, err))
    })())
}

/// Items computed ahead, then the error that stopped the computation (if any).
struct Pending {
    items: std::vec::IntoIter<Ref>,
    err: Option<Ref>,
}

impl crate::objects::iter::IterState for Pending {
    unsafe fn next(&mut self) -> PyResult<Option<Ref>> {
        if let Some(x) = self.items.next() {
            return Ok(Some(x));
        }
        match self.err.take() {
            Some(e) => Err(crate::errors::set_raised(e)),
            None => Ok(None),
        }
    }
}

/// An iterator over `items` that raises `err` after them.
unsafe fn pending_iter(items: Vec<Ref>, err: Option<Ref>) -> Ref {
    Ref::steal(crate::objects::iter::new_rust_iter(
        &raw mut crate::objects::iter::SeqIter_Type,
        Box::new(Pending {
            items: items.into_iter(),
            err,
        }),
    ))
}

/// A field name's first part: an int when it is all ASCII digits, else the str.
unsafe fn key_of(s: &str) -> Ref {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(v) = crate::objects::int::parse_int(s, 10) {
            return Ref::steal(crate::objects::int::from_bigint(v));
        }
    }
    pystr::from_string(s.to_string())
}

/// The parts of a field name: the first key and the `(is_attribute, key)` accessors.
unsafe fn split_field_name(name: &str, rest: &mut Vec<(bool, Ref)>) -> (Ref, PyResult<()>) {
    let cs: Vec<char> = name.chars().collect();
    let mut i = 0;
    while i < cs.len() && cs[i] != '.' && cs[i] != '[' {
        i += 1;
    }
    let first = key_of(&cs[..i].iter().collect::<String>());
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        match c {
            '.' => {
                let st = i;
                while i < cs.len() && cs[i] != '.' && cs[i] != '[' {
                    i += 1;
                }
                if i == st {
                    return (
                        first,
                        Err(crate::errors::value_error(
                            "Empty attribute in format string",
                        )),
                    );
                }
                rest.push((true, pystr::from_string(cs[st..i].iter().collect())));
            }
            '[' => {
                let st = i;
                while i < cs.len() && cs[i] != ']' {
                    i += 1;
                }
                if i >= cs.len() {
                    return (
                        first,
                        Err(crate::errors::value_error("Missing ']' in format string")),
                    );
                }
                if i == st {
                    return (
                        first,
                        Err(crate::errors::value_error(
                            "Empty attribute in format string",
                        )),
                    );
                }
                rest.push((false, key_of(&cs[st..i].iter().collect::<String>())));
                i += 1;
                if i < cs.len() && cs[i] != '.' && cs[i] != '[' {
                    return (
                        first,
                        Err(crate::errors::value_error(
                            "Only '.' or '[' may follow ']' in format field specifier",
                        )),
                    );
                }
            }
            _ => {
                return (
                    first,
                    Err(crate::errors::value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    )),
                );
            }
        }
    }
    (first, Ok(()))
}

/// `formatter_field_name_split(name)`: `(first, iterator of (is_attr, key))`.
unsafe extern "C" fn string_field_name_split(
    _m: Obj,
    args: *const Obj,
    nargs: isize,
    kw: Obj,
) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [s] =
            crate::args::parse::<1, 1>("formatter_field_name_split", args, nargs, kw, &["s"])?;
        if !pystr::is_str(s) {
            return Err(crate::errors::type_error(&format!(
                "expected str, got {}",
                crate::typeobject::type_name(type_of(s))
            )));
        }
        let mut rest = Vec::new();
        let (first, r) = split_field_name(pystr::as_str(s), &mut rest);
        let err = match r {
            Ok(()) => None,
            Err(_) => crate::errors::fetch(),
        };
        let items: Vec<Ref> = rest
            .into_iter()
            .map(|(attr, k)| {
                let b = crate::objects::bool::from_bool(attr);
                Ref::steal(crate::objects::tuple::pack(&[b.as_ptr(), k.as_ptr()]))
            })
            .collect();
        let it = pending_iter(items, err);
        Ok(Ref::steal(crate::objects::tuple::pack(&[
            first.as_ptr(),
            it.as_ptr(),
        ])))
    })())
}

unsafe fn method(o: Obj, name: &str, args: &[Obj]) -> PyResult<Ref> {
    let n = Ref::steal(pystr::from_str(name));
    crate::call::call_method(o, n.as_ptr(), args.as_ptr(), args.len(), null_mut())
}

/// Automatic field numbering state: `Some(next index)`, or None once a field was
/// numbered by hand (CPython's `auto_arg_index = False`).
type AutoIndex = Option<usize>;

/// CPython's `Formatter._vformat`, calling the formatter's own `parse`, `get_field`,
/// `convert_field` and `format_field` so that subclasses override them.
unsafe fn vformat_rec(
    fm: Obj,
    fmt: Obj,
    args: Obj,
    kwargs: Obj,
    used: Obj,
    depth: i32,
    mut auto: AutoIndex,
) -> PyResult<(Ref, AutoIndex)> {
    if depth < 0 {
        return Err(crate::errors::value_error("Max string recursion exceeded"));
    }
    let parts = Ref::steal(crate::objects::list::with_capacity(0));
    let chunks = method(fm, "parse", &[fmt])?;
    let it = crate::abstract_::get_iter(chunks.as_ptr())?;
    while let Some(item) = crate::abstract_::iter_next(it.as_ptr())? {
        let fields = crate::abstract_::collect(item.as_ptr())?;
        if fields.len() != 4 {
            return Err(crate::errors::value_error(&format!(
                "{} values to unpack (expected 4{})",
                if fields.len() > 4 {
                    "too many"
                } else {
                    "not enough"
                },
                if fields.len() > 4 {
                    String::new()
                } else {
                    format!(", got {}", fields.len())
                }
            )));
        }
        let (lit, name, spec, conv) = (&fields[0], &fields[1], &fields[2], &fields[3]);
        if crate::abstract_::is_true(lit.as_ptr())? {
            crate::objects::list::push(parts.as_ptr(), new_ref(lit.as_ptr()));
        }
        if name.as_ptr() == none::none() {
            continue;
        }
        let mut name = name.clone();
        let is_empty = pystr::is_str(name.as_ptr()) && pystr::char_len(name.as_ptr()) == 0;
        if is_empty {
            let Some(n) = auto else {
                return Err(crate::errors::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            };
            name = pystr::from_string(n.to_string());
            auto = Some(n + 1);
        } else {
            let digit = method(name.as_ptr(), "isdigit", &[])?;
            if crate::abstract_::is_true(digit.as_ptr())? {
                if matches!(auto, Some(n) if n > 0) {
                    return Err(crate::errors::value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                auto = None;
            }
        }
        let got = method(fm, "get_field", &[name.as_ptr(), args, kwargs])?;
        let pair = crate::abstract_::collect(got.as_ptr())?;
        if pair.len() != 2 {
            return Err(crate::errors::value_error(&format!(
                "{} values to unpack (expected 2{})",
                if pair.len() > 2 {
                    "too many"
                } else {
                    "not enough"
                },
                if pair.len() > 2 {
                    String::new()
                } else {
                    format!(", got {}", pair.len())
                }
            )));
        }
        crate::objects::set::add(used, pair[1].as_ptr())?;
        let obj = method(fm, "convert_field", &[pair[0].as_ptr(), conv.as_ptr()])?;
        let (spec, next) = vformat_rec(fm, spec.as_ptr(), args, kwargs, used, depth - 1, auto)?;
        auto = next;
        let piece = method(fm, "format_field", &[obj.as_ptr(), spec.as_ptr()])?;
        crate::objects::list::push(parts.as_ptr(), new_ref(piece.as_ptr()));
    }
    let empty = Ref::steal(pystr::from_str(""));
    let joined = method(empty.as_ptr(), "join", &[parts.as_ptr()])?;
    Ok((joined, auto))
}

/// `vformat(formatter, format_string, args, kwargs)`: CPython's `Formatter.vformat`.
unsafe extern "C" fn string_vformat(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [fm, fmt, a, k] = crate::args::parse::<4, 4>(
            "vformat",
            args,
            nargs,
            kw,
            &["formatter", "format_string", "args", "kwargs"],
        )?;
        let used = crate::objects::set::new_empty(&raw mut crate::objects::set::PySet_Type);
        let (r, _) = vformat_rec(fm, fmt, a, k, used.as_ptr(), 2, Some(0))?;
        method(fm, "check_unused_args", &[used.as_ptr(), a, k])?;
        Ok(r)
    })())
}

/// Python's `str.splitlines` line boundaries.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The `line N, col M` CPython's Template reports for an invalid placeholder whose
/// match group starts at char index `i` (from `template[:i].splitlines(keepends=True)`).
fn line_col(cs: &[char], i: usize) -> (usize, usize) {
    let mut lines = 0;
    let mut last_start = 0;
    let mut k = 0;
    while k < i {
        let c = cs[k];
        k += 1;
        if is_line_break(c) {
            if c == '\r' && k < i && cs[k] == '\n' {
                k += 1;
            }
            lines += 1;
            last_start = k;
        }
    }
    if i == 0 {
        return (1, 1);
    }
    if last_start < i {
        // A trailing partial line.
        (lines + 1, i - last_start)
    } else {
        // The prefix ends with a line break: the last line is the one it ends.
        let mut st = 0;
        let mut k = 0;
        let mut starts = vec![0];
        while k < i {
            let c = cs[k];
            k += 1;
            if is_line_break(c) {
                if c == '\r' && k < i && cs[k] == '\n' {
                    k += 1;
                }
                starts.push(k);
            }
        }
        if starts.len() >= 2 {
            st = starts[starts.len() - 2];
        }
        (lines, i - st)
    }
}

fn is_id_start(c: char, icase: bool) -> bool {
    c == '_' || c.is_ascii_lowercase() || (icase && c.is_ascii_uppercase())
}

fn is_id_char(c: char, icase: bool) -> bool {
    is_id_start(c, icase) || c.is_ascii_digit()
}

/// `template_scan(template, delimiter, ignorecase, mapping, mode)`: mode 0 is
/// `substitute`, 1 `safe_substitute`, 2 `get_identifiers`, 3 `is_valid`.
unsafe extern "C" fn string_template_scan(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [tpl, delim, icase, mapping, mode] = crate::args::parse::<5, 5>(
            "template_scan",
            args,
            nargs,
            kw,
            &["template", "delimiter", "ignorecase", "mapping", "mode"],
        )?;
        if !pystr::is_str(tpl) {
            return Err(crate::errors::type_error(&format!(
                "expected string or bytes-like object, got '{}'",
                crate::typeobject::type_name(type_of(tpl))
            )));
        }
        if !pystr::is_str(delim) {
            return Err(crate::errors::type_error(
                "Template.delimiter must be a str",
            ));
        }
        let icase = crate::abstract_::is_true(icase)?;
        let mode = crate::abstract_::as_ssize(mode)?;
        let cs: Vec<char> = pystr::as_str(tpl).chars().collect();
        let d: Vec<char> = pystr::as_str(delim).chars().collect();
        let mut out = String::new();
        let mut ids: Vec<String> = Vec::new();
        let mut i = 0;
        while i < cs.len() {
            if d.is_empty() || !cs[i..].starts_with(&d) {
                out.push(cs[i]);
                i += 1;
                continue;
            }
            let start = i;
            let j = i + d.len();
            // $$: the escaped delimiter.
            if cs[j..].starts_with(&d) && !d.is_empty() {
                out.extend(d.iter());
                i = j + d.len();
                continue;
            }
            // $name or ${name}.
            let mut name_end = j;
            let mut braced = false;
            if j < cs.len() && is_id_start(cs[j], icase) {
                name_end = j + 1;
                while name_end < cs.len() && is_id_char(cs[name_end], icase) {
                    name_end += 1;
                }
            } else if j < cs.len()
                && cs[j] == '{'
                && j + 1 < cs.len()
                && is_id_start(cs[j + 1], icase)
            {
                let mut e = j + 2;
                while e < cs.len() && is_id_char(cs[e], icase) {
                    e += 1;
                }
                if e < cs.len() && cs[e] == '}' {
                    braced = true;
                    name_end = e + 1;
                }
            }
            if name_end == j {
                // Invalid placeholder.
                match mode {
                    0 => {
                        let (line, col) = line_col(&cs, j);
                        return Err(crate::errors::value_error(&format!(
                            "Invalid placeholder in string: line {}, col {}",
                            line, col
                        )));
                    }
                    3 => return Ok(crate::objects::bool::from_bool(false)),
                    _ => {}
                }
                out.extend(d.iter());
                i = j;
                continue;
            }
            let name: String = if braced {
                cs[j + 1..name_end - 1].iter().collect()
            } else {
                cs[j..name_end].iter().collect()
            };
            i = name_end;
            match mode {
                0 | 1 => {
                    let k = pystr::from_string(name);
                    match crate::abstract_::getitem(mapping, k.as_ptr()) {
                        Ok(v) => {
                            let s = crate::abstract_::str(v.as_ptr())?;
                            out.push_str(pystr::as_str(s.as_ptr()));
                        }
                        Err(e) => {
                            if mode == 1
                                && crate::errors::matches(crate::objects::exceptions::key_error())
                            {
                                crate::errors::clear();
                                out.extend(cs[start..name_end].iter());
                            } else {
                                return Err(e);
                            }
                        }
                    }
                }
                2 => {
                    if !ids.contains(&name) {
                        ids.push(name);
                    }
                }
                _ => {}
            }
        }
        match mode {
            2 => {
                let v: Vec<Ref> = ids.into_iter().map(|s| pystr::from_string(s)).collect();
                Ok(Ref::steal(crate::objects::list::from_refs(v)))
            }
            3 => Ok(crate::objects::bool::from_bool(true)),
            _ => Ok(pystr::from_string(out)),
        }
    })())
}
