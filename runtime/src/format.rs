//! String formatting: the format-spec mini-language (`format()`, f-strings,
//! `str.format`) for int, float and str, and printf-style `%` formatting.

use crate::errors::{PyResult, Raised};
use crate::object::*;
use crate::objects::{float, int, str as pystr, tuple};
use crate::typeobject::obj_type_name;
use num_traits::Signed;

/// A parsed format specification.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
pub fn parse_spec(s: &str) -> Result<Spec, String> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        sp.z = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alternate = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = cs[start..i].iter().collect();
        sp.width = Some(
            w.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let ps = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == ps {
            return Err("Format specifier missing precision".into());
        }
        let p: String = cs[ps..i].iter().collect();
        sp.precision = Some(
            p.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(sp)
}

/// A format-spec parse error; CPython 3.12 names the spec and the type when the spec
/// is malformed (`Invalid format specifier '>{}' for object of type 'str'`).
unsafe fn spec_error(msg: String, spec: &str, v: Obj) -> Raised {
    if msg == "Invalid format specifier" {
        return crate::errors::value_error(&format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            obj_type_name(v)
        ));
    }
    crate::errors::value_error(&msg)
}

/// Pads `body` (with sign `sign` already separate) to the spec's width.
fn pad(sign: &str, body: &str, sp: &Spec, default_align: char) -> String {
    // The `0` flag makes `0` the fill whatever the alignment, and `=` the alignment
    // when none is given for a number.
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    let len = sign.chars().count() + body.chars().count();
    let width = sp.width.unwrap_or(0);
    if len >= width {
        return format!("{}{}", sign, body);
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{}{}{}", sign, body, f(n)),
        '>' => format!("{}{}{}", f(n), sign, body),
        '^' => format!("{}{}{}{}", f(n / 2), sign, body, f(n - n / 2)),
        _ => format!("{}{}{}", sign, f(n), body),
    }
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Zero padding with grouping: CPython pads the digits before inserting separators.
fn zero_pad_grouped(
    sign: &str,
    digits: &str,
    rest: &str,
    sp: &Spec,
    sep: Option<char>,
    every: usize,
) -> String {
    let zero_fill = sp.align.is_none() && sp.zero && sp.fill.is_none();
    let width = sp.width.unwrap_or(0);
    let mut d = digits.to_string();
    let grouped = |d: &str| match sep {
        Some(s) => group_digits(d, s, every),
        None => d.to_string(),
    };
    if zero_fill {
        while sign.len() + grouped(&d).chars().count() + rest.chars().count() < width {
            d.insert(0, '0');
        }
        let mut g = grouped(&d);
        // A leading separator is replaced by one more zero, as CPython does.
        if g.starts_with(|c| Some(c) == sep) {
            g.insert(0, '0');
        }
        return format!("{}{}{}", sign, g, rest);
    }
    pad(sign, &format!("{}{}", grouped(&d), rest), sp, '>')
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Formats an int with a spec.
///
/// # Safety
/// `v` is an int.
pub unsafe fn format_int(v: Obj, spec: &str) -> PyResult<Ref> {
    if spec.is_empty() {
        return crate::abstract_::str(v);
    }
    let sp = parse_spec(spec).map_err(|m| spec_error(m, spec, v))?;
    let value = int::as_bigint(v);
    match sp.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = int::to_f64(v)?;
            return format_f64(f, &sp);
        }
        _ => {}
    }
    if sp.precision.is_some() {
        return Err(crate::errors::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let neg = value.is_negative();
    let mag = value.abs();
    let (digits, prefix, every) = match sp.ty {
        None | Some('d') | Some('n') => (mag.to_string(), "", 3),
        Some('b') => (mag.to_str_radix(2), "0b", 4),
        Some('o') => (mag.to_str_radix(8), "0o", 4),
        Some('x') => (mag.to_str_radix(16), "0x", 4),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        Some('c') => {
            if sp.sign.is_some() {
                return Err(crate::errors::value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            let c = value.try_into().ok().and_then(|u: u32| char::from_u32(u));
            let Some(c) = c else {
                return Err(crate::errors::raise(
                    crate::objects::exceptions::overflow_error(),
                    "%c arg not in range(0x110000)",
                ));
            };
            return Ok(pystr::from_string(pad("", &c.to_string(), &sp, '<')));
        }
        Some(t) => {
            return Err(crate::errors::value_error(&format!(
                "Unknown format code '{}' for object of type '{}'",
                t,
                obj_type_name(v)
            )))
        }
    };
    if sp.grouping == Some(',') && !matches!(sp.ty, None | Some('d')) {
        return Err(crate::errors::value_error(&format!(
            "Cannot specify ',' with '{}'.",
            sp.ty.unwrap()
        )));
    }
    let sign = format!(
        "{}{}",
        sign_str(neg, &sp),
        if sp.alternate { prefix } else { "" }
    );
    Ok(pystr::from_string(zero_pad_grouped(
        &sign,
        &digits,
        "",
        &sp,
        sp.grouping,
        every,
    )))
}

/// Formats a float with a spec.
///
/// # Safety
/// Runtime initialised.
pub unsafe fn format_float_obj(v: Obj, spec: &str) -> PyResult<Ref> {
    let f = float::value(v);
    if spec.is_empty() {
        return Ok(pystr::from_string(float::repr_f64(f)));
    }
    let sp = parse_spec(spec).map_err(|m| spec_error(m, spec, v))?;
    if let Some(t) = sp.ty {
        if !"eEfFgGn%".contains(t) {
            return Err(crate::errors::value_error(&format!(
                "Unknown format code '{}' for object of type 'float'",
                t
            )));
        }
    }
    format_f64(f, &sp)
}

fn fmt_exp(mantissa_digits: &str, exp: i32, upper: bool) -> String {
    format!(
        "{}{}{}{:02}",
        mantissa_digits,
        if upper { 'E' } else { 'e' },
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// Rust's `{:.*e}` split into (mantissa text, exponent).
fn sci_parts(x: f64, prec: usize) -> (String, i32) {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap();
    (m.to_string(), e.parse().unwrap())
}

fn strip_trailing_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// Formats a finite or special f64 per the spec (types e, f, g, %, n and none).
fn format_f64_body(x: f64, sp: &Spec) -> String {
    let upper = matches!(sp.ty, Some('E' | 'F' | 'G'));
    if x.is_nan() {
        let s = if upper { "NAN" } else { "nan" };
        return if sp.ty == Some('%') {
            format!("{}%", s)
        } else {
            s.into()
        };
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if sp.ty == Some('%') {
            format!("{}%", s)
        } else {
            s.into()
        };
    }
    let ax = x.abs();
    match sp.ty {
        Some('e') | Some('E') => {
            let p = sp.precision.unwrap_or(6);
            let (m, e) = sci_parts(ax, p);
            let m = if sp.alternate && p == 0 {
                format!("{}.", m)
            } else {
                m
            };
            fmt_exp(&m, e, upper)
        }
        Some('f') | Some('F') => {
            let p = sp.precision.unwrap_or(6);
            let s = format!("{:.*}", p, ax);
            if sp.alternate && p == 0 {
                format!("{}.", s)
            } else {
                s
            }
        }
        Some('%') => {
            let p = sp.precision.unwrap_or(6);
            if sp.alternate && p == 0 {
                format!("{:.0}.%", ax * 100.0)
            } else {
                format!("{:.*}%", p, ax * 100.0)
            }
        }
        Some('g') | Some('G') | Some('n') => {
            let p = sp.precision.unwrap_or(6).max(1);
            general(ax, p, sp.alternate, upper, false)
        }
        None => match sp.precision {
            None => {
                let r = float::repr_f64(ax);
                r
            }
            Some(p) => general(ax, p.max(1), sp.alternate, upper, true),
        },
        _ => unreachable!(),
    }
}

/// The 'g' presentation (and the float 'none' presentation when `always_point`: then,
/// as CPython, the result has a decimal point or an exponent, and the exponent form is
/// used one digit sooner, when the point would come after the last significant digit).
fn general(ax: f64, p: usize, alternate: bool, upper: bool, always_point: bool) -> String {
    if ax == 0.0 && always_point && p <= 1 {
        return fmt_exp("0", 0, upper);
    }
    if ax == 0.0 {
        let s = if alternate && p == 1 {
            "0.".to_string()
        } else if alternate {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_string()
        };
        return if always_point && !s.contains('.') {
            format!("{}.0", s)
        } else {
            s
        };
    }
    let (_, exp) = sci_parts(ax, p - 1);
    let limit = if always_point { p as i64 - 1 } else { p as i64 };
    if exp >= -4 && (exp as i64) < limit {
        let decimals = (p as i64 - 1 - exp as i64).max(0) as usize;
        let s = format!("{:.*}", decimals, ax);
        // The alternate form keeps trailing zeros and always has a decimal point.
        let s = if alternate && !s.contains('.') {
            format!("{}.", s)
        } else if alternate {
            s
        } else {
            strip_trailing_zeros(&s)
        };
        if always_point && !s.contains('.') {
            format!("{}.0", s)
        } else {
            s
        }
    } else {
        let (m, e) = sci_parts(ax, p - 1);
        let m = if alternate && !m.contains('.') {
            format!("{}.", m)
        } else if alternate {
            m
        } else {
            strip_trailing_zeros(&m)
        };
        fmt_exp(&m, e, upper)
    }
}

unsafe fn format_f64(x: f64, sp: &Spec) -> PyResult<Ref> {
    let body = format_f64_body(x, sp);
    let mut neg = x.is_sign_negative() && !x.is_nan();
    if sp.z
        && neg
        && body
            .trim_start_matches('-')
            .chars()
            .all(|c| c == '0' || c == '.' || c == '%')
    {
        neg = false;
    }
    let sign = sign_str(neg, sp);
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (&body[..i], &body[i..]),
            None => (&body[..], ""),
        };
        return Ok(pystr::from_string(zero_pad_grouped(
            sign,
            int_part,
            rest,
            sp,
            Some(g),
            3,
        )));
    }
    if x.is_finite() {
        return Ok(pystr::from_string(zero_pad_grouped(
            sign, &body, "", sp, None, 3,
        )));
    }
    Ok(pystr::from_string(pad(sign, &body, sp, '>')))
}

/// Formats a str with a spec.
///
/// # Safety
/// `v` is a str.
pub unsafe fn format_str(v: Obj, spec: &str) -> PyResult<Ref> {
    if spec.is_empty() {
        return Ok(Ref::borrowed(v));
    }
    let sp = parse_spec(spec).map_err(|m| spec_error(m, spec, v))?;
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(crate::errors::value_error(&format!(
                "Unknown format code '{}' for object of type 'str'",
                t
            )));
        }
    }
    if sp.sign.is_some() {
        return Err(crate::errors::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if sp.alternate {
        return Err(crate::errors::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if sp.align == Some('=') {
        return Err(crate::errors::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut s: String = pystr::as_str(v).to_string();
    if let Some(p) = sp.precision {
        s = s.chars().take(p).collect();
    }
    let sp2 = Spec {
        zero: false,
        fill: sp.fill.or(if sp.zero { Some('0') } else { None }),
        ..sp.clone()
    };
    Ok(pystr::from_string(pad("", &s, &sp2, '<')))
}

/// `format(value, spec)`: dispatches to `__format__`.
///
/// # Safety
/// `v` is live and `spec` a str.
pub unsafe fn format(v: Obj, spec: Obj) -> PyResult<Ref> {
    let tp = type_of(v);
    let s = pystr::as_str(spec);
    if tp == &raw mut int::PyLong_Type {
        return format_int(v, s);
    }
    if tp == &raw mut float::PyFloat_Type {
        return format_float_obj(v, s);
    }
    if tp == &raw mut pystr::PyUnicode_Type {
        return format_str(v, s);
    }
    if tp == &raw mut crate::objects::bool::PyBool_Type {
        if s.is_empty() {
            return crate::abstract_::str(v);
        }
        return format_int(v, s);
    }
    // Subclasses of int, float and str that do not define `__format__` format like
    // their base (the bases' own `__format__` lives here, not in their type dicts).
    // TODO(format): `int.__format__` and friends as attributes.
    let own = crate::typeobject::lookup_str(tp, "__format__");
    let from_object = own.is_none()
        || own
            == crate::typeobject::lookup_str(
                &raw mut crate::objects::object::PyBaseObject_Type,
                "__format__",
            );
    if from_object {
        if crate::typeobject::is_subtype(tp, &raw mut crate::objects::bool::PyBool_Type) {
            if s.is_empty() {
                return crate::abstract_::str(v);
            }
            return format_int(v, s);
        }
        if crate::typeobject::is_subtype(tp, &raw mut int::PyLong_Type) {
            return format_int(v, s);
        }
        if crate::typeobject::is_subtype(tp, &raw mut float::PyFloat_Type) {
            return format_float_obj(v, s);
        }
        if crate::typeobject::is_subtype(tp, &raw mut pystr::PyUnicode_Type) {
            return format_str(v, s);
        }
    }
    let m = crate::abstract_::lookup_special(v, "__format__");
    match m {
        Some(m) => {
            let r = crate::call::call_vec(m.as_ptr(), &[v, spec])?;
            if !pystr::is_str(r.as_ptr()) {
                return Err(crate::errors::type_error(&format!(
                    "__format__ must return a str, not {}",
                    obj_type_name(r.as_ptr())
                )));
            }
            Ok(r)
        }
        None => crate::abstract_::str(v),
    }
}

/// Applies a conversion (`!r`, `!s`, `!a`).
///
/// # Safety
/// `v` is live.
pub unsafe fn convert(v: Obj, conv: char) -> PyResult<Ref> {
    match conv {
        'r' => crate::abstract_::repr(v),
        's' => crate::abstract_::str(v),
        'a' => crate::abstract_::ascii(v),
        c => Err(crate::errors::value_error(&format!(
            "Unknown conversion specifier {}",
            c
        ))),
    }
}

/// `str.format(*args, **kwargs)`.
///
/// # Safety
/// Vectorcall arguments; `fmt` is a str.
pub unsafe fn str_format_method(
    fmt: Obj,
    args: *const Obj,
    nargs: usize,
    kwnames: Obj,
) -> PyResult<Ref> {
    let pos: &[Obj] = if nargs == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(args, nargs)
    };
    let mut kw: Vec<(String, Obj)> = Vec::new();
    if !kwnames.is_null() {
        for (i, &k) in tuple::items(kwnames).iter().enumerate() {
            kw.push((pystr::as_str(k).to_string(), *args.add(nargs + i)));
        }
    }
    let mut auto = 0usize;
    let mut mode = 0u8; // 0 unknown, 1 auto, 2 manual
    let out = vformat(
        pystr::as_str(fmt),
        pos,
        &kw,
        null_dict(),
        &mut auto,
        &mut mode,
        2,
    )?;
    Ok(pystr::from_string(out))
}

/// `str.format_map(mapping)`: names are looked up with `mapping[name]` (so a dict
/// subclass's `__missing__` applies); positional fields are refused.
///
/// # Safety
/// `fmt` is a str; `mapping` is live.
pub unsafe fn str_format_map_method(fmt: Obj, mapping: Obj) -> PyResult<Ref> {
    let mut auto = 0usize;
    let mut mode = 0u8;
    let out = vformat(
        pystr::as_str(fmt),
        &[],
        &[],
        mapping,
        &mut auto,
        &mut mode,
        2,
    )?;
    Ok(pystr::from_string(out))
}

fn null_dict() -> Obj {
    std::ptr::null_mut()
}

/// The core of `str.format` / `format_map`.
#[allow(clippy::too_many_arguments)]
unsafe fn vformat(
    s: &str,
    pos: &[Obj],
    kw: &[(String, Obj)],
    mapping: Obj,
    auto: &mut usize,
    mode: &mut u8,
    depth: u32,
) -> PyResult<String> {
    let mut out = String::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if i + 1 < cs.len() && cs[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, honouring nesting in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < cs.len() {
                if cs[j] == '{' {
                    level += 1;
                } else if cs[j] == '}' {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= cs.len() {
                return Err(crate::errors::value_error(
                    "expected '}' before end of string",
                ));
            }
            let field: String = cs[i + 1..j].iter().collect();
            out.push_str(&render_field(&field, pos, kw, mapping, auto, mode, depth)?);
            i = j + 1;
        } else if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(crate::errors::value_error(
                "Single '}' encountered in format string",
            ));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
unsafe fn render_field(
    field: &str,
    pos: &[Obj],
    kw: &[(String, Obj)],
    mapping: Obj,
    auto: &mut usize,
    mode: &mut u8,
    depth: u32,
) -> PyResult<String> {
    // Split "name!conv:spec".
    let mut name_end = field.len();
    let mut bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let c = it.next();
        let after: String = it.collect();
        match c {
            Some(c) if after.is_empty() || after.starts_with(':') => {
                (Some(c), after.strip_prefix(':').unwrap_or("").to_string())
            }
            _ => {
                return Err(crate::errors::value_error(
                    "expected ':' after conversion specifier",
                ))
            }
        }
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r.to_string())
    } else {
        (None, String::new())
    };
    // Resolve the first part of the name.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    if !mapping.is_null() && (first.is_empty() || first.parse::<usize>().is_ok()) {
        return Err(crate::errors::value_error(
            "Format string contains positional fields",
        ));
    }
    let mut obj: Ref = if first.is_empty() {
        if *mode == 2 {
            return Err(crate::errors::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        *mode = 1;
        let idx = *auto;
        *auto += 1;
        match pos.get(idx) {
            Some(&o) => Ref::borrowed(o),
            None => {
                return Err(crate::errors::raise(
                    crate::objects::exceptions::index_error(),
                    &format!(
                        "Replacement index {} out of range for positional args tuple",
                        idx
                    ),
                ))
            }
        }
    } else if let Ok(idx) = first.parse::<usize>() {
        if *mode == 1 {
            return Err(crate::errors::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *mode = 2;
        match pos.get(idx) {
            Some(&o) => Ref::borrowed(o),
            None => {
                return Err(crate::errors::raise(
                    crate::objects::exceptions::index_error(),
                    &format!(
                        "Replacement index {} out of range for positional args tuple",
                        idx
                    ),
                ))
            }
        }
    } else {
        match kw.iter().find(|(k, _)| k == first) {
            Some((_, o)) => Ref::borrowed(*o),
            None => {
                if !mapping.is_null() {
                    let k = pystr::from_string(first.to_string());
                    crate::abstract_::getitem(mapping, k.as_ptr())?
                } else {
                    let k = pystr::from_string(first.to_string());
                    return Err(crate::errors::raise_with(
                        crate::objects::exceptions::key_error(),
                        k.as_ptr(),
                    ));
                }
            }
        }
    };
    // Attribute and index accessors.
    let mut rest_name = &name[first_end..];
    while !rest_name.is_empty() {
        if let Some(r) = rest_name.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            obj = crate::abstract_::getattr_str(obj.as_ptr(), &r[..end])?;
            rest_name = &r[end..];
        } else if let Some(r) = rest_name.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| crate::errors::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Ref::steal(int::from_i64(n)),
                Err(_) => pystr::from_string(key.to_string()),
            };
            obj = crate::abstract_::getitem(obj.as_ptr(), k.as_ptr())?;
            rest_name = &r[end + 1..];
        } else {
            return Err(crate::errors::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    if let Some(c) = conv {
        obj = convert(obj.as_ptr(), c)?;
    }
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(crate::errors::value_error("Max string recursion exceeded"));
        }
        vformat(&spec, pos, kw, mapping, auto, mode, depth - 1)?
    } else {
        spec
    };
    let spec_o = pystr::from_string(spec);
    let r = format(obj.as_ptr(), spec_o.as_ptr())?;
    Ok(pystr::as_str(r.as_ptr()).to_string())
}

/// printf-style formatting: `fmt % args`.
///
/// # Safety
/// `fmt` is a str; `args` live.
pub unsafe fn percent_format(fmt: Obj, args: Obj) -> PyResult<Ref> {
    let out = percent_core(pystr::as_str(fmt), args, false)?;
    Ok(pystr::from_string(out))
}

/// printf-style formatting for bytes.
///
/// # Safety
/// `fmt` is bytes; `args` live.
pub unsafe fn percent_format_bytes(fmt: Obj, args: Obj) -> PyResult<Ref> {
    let text: String = crate::objects::bytes::as_bytes(fmt)
        .iter()
        .map(|&b| b as char)
        .collect();
    let out = percent_core(&text, args, true)?;
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(Ref::steal(crate::objects::bytes::from_bytes(&bytes)))
}

unsafe fn percent_core(fmt: &str, args: Obj, bytes_mode: bool) -> PyResult<String> {
    let is_tuple = tuple::is_tuple(args);
    let items: Vec<Obj> = if is_tuple {
        tuple::items(args).to_vec()
    } else {
        vec![args]
    };
    let is_mapping = !is_tuple
        && !pystr::is_str(args)
        && !(*type_of(args)).tp_as_mapping.is_null()
        && (*(*type_of(args)).tp_as_mapping).mp_subscript.is_some()
        && !(bytes_mode
            && (crate::objects::bytes::is_bytes(args)
                || crate::objects::bytearray::is_bytearray(args)));
    let mut next = 0usize;
    let mut used_mapping = false;
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Obj> {
        match items.get(*next) {
            Some(&o) => {
                *next += 1;
                Ok(o)
            }
            None => Err(crate::errors::type_error(
                "not enough arguments for format string",
            )),
        }
    };
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= cs.len() {
            return Err(crate::errors::value_error("incomplete format"));
        }
        let mut value: Option<Ref> = None;
        if cs[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < cs.len() && depth > 0 {
                if cs[i] == '(' {
                    depth += 1;
                } else if cs[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if !is_mapping {
                return Err(crate::errors::type_error("format requires a mapping"));
            }
            if depth > 0 {
                return Err(crate::errors::value_error("incomplete format key"));
            }
            let key: String = cs[start..i - 1].iter().collect();
            used_mapping = true;
            // Bytes formatting looks keys up as bytes (`b'%(a)s' % {b'a': 1}`).
            let k = if bytes_mode {
                let raw: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                Ref::steal(crate::objects::bytes::from_bytes(&raw))
            } else {
                pystr::from_string(key)
            };
            value = Some(crate::abstract_::getitem(args, k.as_ptr())?);
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
            match cs[i] {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alternate = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        if i < cs.len() && cs[i] == '*' {
            let w = take(&mut next)?;
            let wv = crate::abstract_::as_ssize(w)?;
            if wv < 0 {
                left = true;
            }
            sp.width = Some(wv.unsigned_abs());
            i += 1;
        } else {
            let st = i;
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                sp.width = Some(cs[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let p = take(&mut next)?;
                sp.precision = Some(crate::abstract_::as_ssize(p)?.max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(cs[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return Err(crate::errors::value_error("incomplete format"));
        }
        let conv = cs[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            // A single non-tuple argument is the one positional value even when it is
            // a mapping (`'%s' % {'a': 1}`), as CPython's getnextarg.
            None => Ref::borrowed(take(&mut next)?),
        };
        let v = v.as_ptr();
        if left {
            sp.align = Some('<');
            sp.zero = false;
        } else {
            sp.align = Some(if sp.zero { '=' } else { '>' });
            if sp.zero {
                sp.fill = Some('0');
            }
        }
        let piece = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s = if conv == 'b' || (bytes_mode && conv == 's') {
                    match crate::objects::bytes::bytes_like(v) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            return Err(crate::errors::type_error(&format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                obj_type_name(v)
                            )))
                        }
                    }
                } else {
                    let r = convert(
                        v,
                        if conv == 's' {
                            's'
                        } else if conv == 'r' {
                            'r'
                        } else {
                            'a'
                        },
                    )?;
                    pystr::as_str(r.as_ptr()).to_string()
                };
                let s: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let sp2 = Spec {
                    fill: Some(' '),
                    align: Some(if left { '<' } else { '>' }),
                    ..Spec::default()
                };
                pad(
                    "",
                    &s,
                    &Spec {
                        width: sp.width,
                        ..sp2
                    },
                    '>',
                )
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = if int::is_int(v) {
                    Ref::borrowed(v)
                } else if float::is_float(v) && matches!(conv, 'd' | 'i' | 'u') {
                    float::f64_to_int(float::value(v))?
                } else if matches!(conv, 'd' | 'i' | 'u')
                    && !(*type_of(v)).tp_as_number.is_null()
                    && (*(*type_of(v)).tp_as_number).nb_int.is_some()
                {
                    crate::abstract_::number_long(v)?
                } else if !matches!(conv, 'd' | 'i' | 'u')
                    && !(*type_of(v)).tp_as_number.is_null()
                    && (*(*type_of(v)).tp_as_number).nb_index.is_some()
                {
                    crate::abstract_::number_index(v)?
                } else {
                    let what = if matches!(conv, 'd' | 'i' | 'u') {
                        "a real number is required"
                    } else {
                        "an integer is required"
                    };
                    return Err(crate::errors::type_error(&format!(
                        "%{} format: {}, not {}",
                        conv,
                        what,
                        obj_type_name(v)
                    )));
                };
                let b = int::as_bigint(n.as_ptr());
                let neg = b.is_negative();
                let mag = b.abs();
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => mag.to_string(),
                };
                if let Some(p) = sp.precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = if sp.alternate {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                let sign = format!("{}{}", sign_str(neg, &sp), prefix);
                pad(&sign, &digits, &sp, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::abstract_::as_f64(v).map_err(|e| {
                    if crate::errors::matches(crate::objects::exceptions::type_error()) {
                        crate::errors::clear();
                        crate::errors::type_error(&format!(
                            "must be real number, not {}",
                            obj_type_name(v)
                        ))
                    } else {
                        e
                    }
                })?;
                let fsp = Spec {
                    ty: Some(conv),
                    precision: Some(sp.precision.unwrap_or(6)),
                    alternate: sp.alternate,
                    ..Spec::default()
                };
                let body = format_f64_body(f, &fsp);
                let neg = f.is_sign_negative() && !f.is_nan();
                pad(sign_str(neg, &sp), &body, &sp, '>')
            }
            'c' => {
                let ch = if pystr::is_str(v) && pystr::char_len(v) == 1 {
                    pystr::as_str(v).to_string()
                } else if int::is_int(v) {
                    match int::as_i64(v)
                        .and_then(|x| u32::try_from(x).ok())
                        .and_then(char::from_u32)
                    {
                        Some(c) => c.to_string(),
                        None => {
                            return Err(crate::errors::raise(
                                crate::objects::exceptions::overflow_error(),
                                "%c arg not in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(crate::errors::type_error(&format!(
                        "%c requires an int or a unicode character, not {}",
                        obj_type_name(v)
                    )));
                };
                pad(
                    "",
                    &ch,
                    &Spec {
                        width: sp.width,
                        align: Some(if left { '<' } else { '>' }),
                        ..Spec::default()
                    },
                    '>',
                )
            }
            other => {
                return Err(crate::errors::value_error(&format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    // A mapping argument (even unused: `'x' % []`) is never "not all converted".
    if next < items.len() && !used_mapping && !is_mapping {
        return Err(crate::errors::type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}
