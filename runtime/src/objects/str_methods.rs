//! The methods of `str`. Each works on the UTF-8 view of the string and on code-point
//! indices where Python exposes indices (`find`, `index`, slicing arguments).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::str::{as_str, from_str, from_string, is_str};
use crate::objects::{int, list, tuple};
use crate::typeobject::*;

macro_rules! methods {
    ($($name:literal => $f:ident : $flags:expr),* $(,)?) => {
        pub static mut STR_METHODS: [PyMethodDef; [$($name),*].len() + 1] = [
            $(crate::method_def!($name, $f, $flags),)*
            METHOD_SENTINEL,
        ];
    };
}

/// The calling conventions of CPython's `str` methods, which decide the wording of
/// argument errors: METH_NOARGS and METH_O (`str.upper() takes no arguments (1 given)`),
/// positional-only Argument Clinic (`center expected at least 1 argument, got 0`),
/// METH_VARARGS (`find() takes at most 3 arguments (4 given)`) and keyword Clinic.
pub(crate) const NOARGS: i32 = METH_NOARGS;
pub(crate) const ONE: i32 = METH_O;
pub(crate) const POS: i32 = METH_FASTCALL;
pub(crate) const VARARGS: i32 = METH_VARARGS;
pub(crate) const KW: i32 = METH_FASTCALL | METH_KEYWORDS;

methods! {
    "join" => str_join: ONE, "split" => str_split: KW, "rsplit" => str_rsplit: KW, "splitlines" => str_splitlines: KW,
    "strip" => str_strip: POS, "lstrip" => str_lstrip: POS, "rstrip" => str_rstrip: POS,
    "replace" => str_replace: POS, "find" => str_find: VARARGS, "rfind" => str_rfind: VARARGS,
    "index" => str_index: VARARGS, "rindex" => str_rindex: VARARGS,
    "count" => str_count: VARARGS, "startswith" => str_startswith: VARARGS, "endswith" => str_endswith: VARARGS,
    "upper" => str_upper: NOARGS, "lower" => str_lower: NOARGS, "capitalize" => str_capitalize: NOARGS,
    "title" => str_title: NOARGS, "swapcase" => str_swapcase: NOARGS, "casefold" => str_casefold: NOARGS,
    "partition" => str_partition: ONE, "rpartition" => str_rpartition: ONE,
    "isdigit" => str_isdigit: NOARGS, "isalpha" => str_isalpha: NOARGS, "isalnum" => str_isalnum: NOARGS,
    "isspace" => str_isspace: NOARGS, "isupper" => str_isupper: NOARGS, "islower" => str_islower: NOARGS,
    "isdecimal" => str_isdecimal: NOARGS, "isnumeric" => str_isnumeric: NOARGS,
    "isidentifier" => str_isidentifier: NOARGS, "istitle" => str_istitle: NOARGS, "isascii" => str_isascii: NOARGS,
    "isprintable" => str_isprintable: NOARGS,
    "center" => str_center: POS, "ljust" => str_ljust: POS, "rjust" => str_rjust: POS, "zfill" => str_zfill: ONE,
    "format" => str_format: KW, "format_map" => str_format_map: ONE, "encode" => str_encode: KW, "expandtabs" => str_expandtabs: KW,
    "removeprefix" => str_removeprefix: ONE, "removesuffix" => str_removesuffix: ONE,
    "__format__" => str_format_spec: ONE,
    "translate" => str_translate: ONE, "maketrans" => str_maketrans: POS | METH_STATIC,
}

type Args<'a> = &'a [Obj];

/// Defines one `str` method. The second token names the calling convention:
/// `noargs`, `one` (METH_O), `pos` (positional-only Clinic), `varargs`
/// (positional-only, METH_VARARGS wording) or `kw` (keyword Clinic, with names).
macro_rules! m {
    ($f:ident, noargs, |$s:ident, $o:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, _unused: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $o = slf;
                #[allow(unused_variables)]
                let $s = as_str(slf);
                $body
            })())
        }
    };
    ($f:ident, one, |$s:ident, $o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, arg: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: Args = &[arg];
                #[allow(unused_variables)]
                let $o = slf;
                #[allow(unused_variables)]
                let $s = as_str(slf);
                $body
            })())
        }
    };
    ($f:ident, pos, $py:literal, $min:literal, $max:literal, |$s:ident, $o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, args: *const Obj, nargs: isize) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: Args = &crate::args::positional::<$min, $max>($py, args, nargs)?;
                #[allow(unused_variables)]
                let $o = slf;
                #[allow(unused_variables)]
                let $s = as_str(slf);
                $body
            })())
        }
    };
    ($f:ident, varargs, $py:literal, $min:literal, $max:literal, |$s:ident, $o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, argt: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                let items = tuple::items(argt);
                #[allow(unused_variables)]
                let $a: Args = &crate::args::parse_pos::<$min, $max>(
                    $py,
                    items.as_ptr(),
                    items.len() as isize,
                    std::ptr::null_mut(),
                )?;
                #[allow(unused_variables)]
                let $o = slf;
                #[allow(unused_variables)]
                let $s = as_str(slf);
                $body
            })())
        }
    };
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$s:ident, $o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: Args = &crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                #[allow(unused_variables)]
                let $o = slf;
                #[allow(unused_variables)]
                let $s = as_str(slf);
                $body
            })())
        }
    };
}

unsafe fn arg_str<'a>(o: Obj, what: &str) -> PyResult<&'a str> {
    if !is_str(o) {
        return Err(crate::errors::type_error(&format!(
            "{}{}must be str, not {}",
            what,
            if what.is_empty() { "" } else { " " },
            obj_type_name(o)
        )));
    }
    Ok(as_str(o))
}

unsafe fn opt_str<'a>(o: Obj, what: &str) -> PyResult<Option<&'a str>> {
    if o.is_null() || o == crate::objects::none::none() {
        return Ok(None);
    }
    if !is_str(o) {
        // `what` is the whole requirement (`must be str or None`) or a fixed message.
        if what.starts_with("must be") {
            return Err(crate::errors::type_error(&format!(
                "{}, not {}",
                what,
                obj_type_name(o)
            )));
        }
        return Err(crate::errors::type_error(what));
    }
    Ok(Some(as_str(o)))
}

fn boolean(b: bool) -> PyResult<Ref> {
    Ok(crate::objects::bool::from_bool(b))
}

unsafe fn int_ref(v: i64) -> PyResult<Ref> {
    Ok(Ref::steal(int::from_i64(v)))
}

unsafe fn str_list(parts: Vec<String>) -> PyResult<Ref> {
    Ok(Ref::steal(list::from_refs(
        parts.into_iter().map(|p| from_string(p)).collect(),
    )))
}

/// Converts code-point `start`/`end` arguments to a byte range of `s`.
unsafe fn char_range(s: &str, start: Obj, end: Obj) -> PyResult<(usize, usize, usize)> {
    for b in [start, end] {
        if !b.is_null() && b != crate::objects::none::none() && !int::is_int(b) {
            let nb = (*type_of(b)).tp_as_number;
            if nb.is_null() || (*nb).nb_index.is_none() {
                return Err(crate::errors::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
        }
    }
    let n = s.chars().count();
    let (lo, hi) = crate::objects::slice::clamp_range(start, end, n)?;
    let byte_at = |ci: usize| s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len());
    if lo > n {
        return Ok((s.len(), s.len(), lo));
    }
    Ok((byte_at(lo), byte_at(hi), lo))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

m!(str_join, one, |s, o, a| {
    let items = match crate::abstract_::collect(a[0]) {
        Ok(v) => v,
        Err(e) => {
            if crate::errors::matches(crate::objects::exceptions::type_error())
                && crate::abstract_::get_iter(a[0]).is_err()
            {
                crate::errors::clear();
                return Err(crate::errors::type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if !is_str(it.as_ptr()) {
            return Err(crate::errors::type_error(&format!(
                "sequence item {}: expected str instance, {} found",
                i,
                obj_type_name(it.as_ptr())
            )));
        }
        if i > 0 {
            out.push_str(s);
        }
        out.push_str(as_str(it.as_ptr()));
    }
    Ok(from_string(out))
});

unsafe fn maxsplit(o: Obj) -> PyResult<i64> {
    if o.is_null() {
        return Ok(-1);
    }
    Ok(crate::abstract_::as_ssize(o)? as i64)
}

fn split_whitespace(s: &str, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest.to_string());
            break;
        }
        match rest.find(char::is_whitespace) {
            Some(i) => {
                out.push(rest[..i].to_string());
                rest = rest[i..].trim_start();
            }
            None => {
                out.push(rest.to_string());
                break;
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_end();
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest.to_string());
            break;
        }
        match rest.rfind(char::is_whitespace) {
            Some(i) => {
                let w = rest[i..].chars().next().unwrap().len_utf8();
                out.push(rest[i + w..].to_string());
                rest = rest[..i].trim_end();
            }
            None => {
                out.push(rest.to_string());
                break;
            }
        }
    }
    out.reverse();
    out
}

m!(str_split, "split", 0, 2, ["sep", "maxsplit"], |s, o, a| {
    let max = maxsplit(a[1])?;
    match opt_str(a[0], "must be str or None")? {
        None => str_list(split_whitespace(s, max)),
        Some("") => Err(crate::errors::value_error("empty separator")),
        Some(sep) => {
            let parts: Vec<String> = if max < 0 {
                s.split(sep).map(String::from).collect()
            } else {
                s.splitn(max as usize + 1, sep).map(String::from).collect()
            };
            str_list(parts)
        }
    }
});

m!(
    str_rsplit,
    "rsplit",
    0,
    2,
    ["sep", "maxsplit"],
    |s, o, a| {
        let max = maxsplit(a[1])?;
        match opt_str(a[0], "must be str or None")? {
            None => str_list(rsplit_whitespace(s, max)),
            Some("") => Err(crate::errors::value_error("empty separator")),
            Some(sep) => {
                let mut parts: Vec<String> = if max < 0 {
                    s.rsplit(sep).map(String::from).collect()
                } else {
                    s.rsplitn(max as usize + 1, sep).map(String::from).collect()
                };
                parts.reverse();
                str_list(parts)
            }
        }
    }
);

m!(
    str_splitlines,
    "splitlines",
    0,
    1,
    ["keepends"],
    |s, o, a| {
        let keep = !a[0].is_null() && crate::abstract_::is_true(a[0])?;
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let (b, c) = chars[i];
            let is_break = matches!(
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
            );
            if is_break {
                let mut end = b + c.len_utf8();
                if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                    end += 1;
                    i += 1;
                }
                out.push(if keep {
                    s[start..end].to_string()
                } else {
                    s[start..b].to_string()
                });
                start = end;
            }
            i += 1;
        }
        if start < s.len() {
            out.push(s[start..].to_string());
        }
        str_list(out)
    }
);

unsafe fn strip_impl(s: &str, chars: Obj, left: bool, right: bool) -> PyResult<Ref> {
    let set: Option<Vec<char>> =
        opt_str(chars, "strip arg must be None or str")?.map(|c| c.chars().collect());
    let pred = |c: char| match &set {
        None => c.is_whitespace(),
        Some(v) => v.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(Ref::steal(from_str(r)))
}

m!(str_strip, pos, "strip", 0, 1, |s, o, a| strip_impl(
    s, a[0], true, true
));
m!(str_lstrip, pos, "lstrip", 0, 1, |s, o, a| strip_impl(
    s, a[0], true, false
));
m!(str_rstrip, pos, "rstrip", 0, 1, |s, o, a| strip_impl(
    s, a[0], false, true
));

m!(str_replace, pos, "replace", 2, 3, |s, o, a| {
    let old = arg_str(a[0], "replace() argument 1")?;
    let new = arg_str(a[1], "replace() argument 2")?;
    let count = if a[2].is_null() {
        -1
    } else {
        crate::abstract_::as_ssize(a[2])? as i64
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(from_string(out));
        }
        return Ok(from_string(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(from_string(out));
    }
    Ok(from_string(s.replacen(old, new, count as usize)))
});

unsafe fn find_impl(s: &str, a: Args, reverse: bool) -> PyResult<i64> {
    let sub = arg_str(a[0], "")?;
    let (lo, hi, lo_chars) = char_range(s, a[1], a[2])?;
    if lo_chars > s.chars().count() || lo > hi {
        return Ok(-1);
    }
    let hay = &s[lo..hi];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(match found {
        Some(b) => char_index(s, lo + b),
        None => -1,
    })
}

m!(str_find, varargs, "find", 1, 3, |s, o, a| int_ref(
    find_impl(s, a, false)?
));
m!(str_rfind, varargs, "rfind", 1, 3, |s, o, a| int_ref(
    find_impl(s, a, true)?
));
m!(str_index, varargs, "index", 1, 3, |s, o, a| {
    let r = find_impl(s, a, false)?;
    if r < 0 {
        return Err(crate::errors::value_error("substring not found"));
    }
    int_ref(r)
});
m!(str_rindex, varargs, "rindex", 1, 3, |s, o, a| {
    let r = find_impl(s, a, true)?;
    if r < 0 {
        return Err(crate::errors::value_error("substring not found"));
    }
    int_ref(r)
});

m!(str_count, varargs, "count", 1, 3, |s, o, a| {
    let sub = arg_str(a[0], "")?;
    let (lo, hi, lo_chars) = char_range(s, a[1], a[2])?;
    if lo_chars > s.chars().count() || lo > hi {
        return int_ref(0);
    }
    let hay = &s[lo..hi];
    if sub.is_empty() {
        return int_ref(hay.chars().count() as i64 + 1);
    }
    int_ref(hay.matches(sub).count() as i64)
});

unsafe fn affix_impl(s: &str, a: Args, suffix: bool, name: &str) -> PyResult<Ref> {
    let (lo, hi, lo_chars) = char_range(s, a[1], a[2])?;
    if lo_chars > s.chars().count() {
        return boolean(false);
    }
    let hay = if lo <= hi { &s[lo..hi] } else { "" };
    let test = |p: &str| {
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if tuple::is_tuple(a[0]) {
        for &p in tuple::items(a[0]) {
            if !is_str(p) {
                return Err(crate::errors::type_error(&format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    obj_type_name(p)
                )));
            }
            if test(as_str(p)) {
                return boolean(true);
            }
        }
        return boolean(false);
    }
    if !is_str(a[0]) {
        return Err(crate::errors::type_error(&format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            obj_type_name(a[0])
        )));
    }
    boolean(test(as_str(a[0])))
}

m!(str_startswith, varargs, "startswith", 1, 3, |s, o, a| {
    affix_impl(s, a, false, "startswith")
});
m!(str_endswith, varargs, "endswith", 1, 3, |s, o, a| {
    affix_impl(s, a, true, "endswith")
});

m!(str_upper, noargs, |s, o| Ok(from_string(s.to_uppercase())));
m!(str_lower, noargs, |s, o| Ok(from_string(s.to_lowercase())));
m!(str_casefold, noargs, |s, o| Ok(from_string(
    s.to_lowercase().replace('ß', "ss")
)));
m!(str_capitalize, noargs, |s, o| {
    let mut cs = s.chars();
    let out = match cs.next() {
        Some(f) => {
            let mut r: String = title_char(f);
            r.push_str(&cs.as_str().to_lowercase());
            r
        }
        None => String::new(),
    };
    Ok(from_string(out))
});

fn title_char(c: char) -> String {
    match crate::objects::unicode_db::title_special(c) {
        Some(t) => t.to_string(),
        None => c.to_uppercase().collect(),
    }
}

m!(str_title, noargs, |s, o| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(&title_char(c));
        }
        prev_cased = c.is_alphabetic()
            && (c.is_lowercase() || c.is_uppercase() || c.to_lowercase().ne(c.to_uppercase()));
    }
    Ok(from_string(out))
});

m!(str_swapcase, noargs, |s, o| {
    let out: String = s
        .chars()
        .flat_map(|c| -> Vec<char> {
            if c.is_uppercase() {
                c.to_lowercase().collect()
            } else if c.is_lowercase() {
                c.to_uppercase().collect()
            } else {
                vec![c]
            }
        })
        .collect();
    Ok(from_string(out))
});

unsafe fn partition_impl(s: &str, sep: Obj, reverse: bool) -> PyResult<Ref> {
    let sep_s = arg_str(sep, "")?;
    if sep_s.is_empty() {
        return Err(crate::errors::value_error("empty separator"));
    }
    let found = if reverse {
        s.rfind(sep_s)
    } else {
        s.find(sep_s)
    };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep_s, &s[i + sep_s.len()..]),
        None if reverse => ("", "", s),
        None => (s, "", ""),
    };
    Ok(Ref::steal(tuple::from_refs(vec![
        Ref::steal(from_str(a)),
        Ref::steal(from_str(b)),
        Ref::steal(from_str(c)),
    ])))
}

m!(str_partition, one, |s, o, a| partition_impl(s, a[0], false));
m!(str_rpartition, one, |s, o, a| partition_impl(s, a[0], true));

use crate::objects::unicode_db::{
    is_alpha, is_decimal as is_decimal_char, is_digit as is_digit_char, is_numeric,
};

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

m!(str_isdigit, noargs, |s, o| boolean(
    !s.is_empty() && s.chars().all(is_digit_char)
));
m!(str_isdecimal, noargs, |s, o| boolean(
    !s.is_empty() && s.chars().all(is_decimal_char)
));
m!(str_isnumeric, noargs, |s, o| boolean(
    !s.is_empty() && s.chars().all(is_numeric)
));
m!(str_isalpha, noargs, |s, o| boolean(
    !s.is_empty() && s.chars().all(is_alpha)
));
m!(str_isalnum, noargs, |s, o| boolean(
    !s.is_empty() && s.chars().all(is_alnum)
));
m!(str_isspace, noargs, |s, o| boolean(
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
));
m!(str_isascii, noargs, |s, o| boolean(s.is_ascii()));
m!(str_isprintable, noargs, |s, o| boolean(s.chars().all(
    |c| c == ' ' || (c as u32 >= 0x20 && crate::objects::str::is_printable(c))
)));
m!(str_isupper, noargs, |s, o| {
    let cased: Vec<char> = s
        .chars()
        .filter(|c| c.is_uppercase() || c.is_lowercase())
        .collect();
    boolean(!cased.is_empty() && cased.iter().all(|c| c.is_uppercase()))
});
m!(str_islower, noargs, |s, o| {
    let cased: Vec<char> = s
        .chars()
        .filter(|c| c.is_uppercase() || c.is_lowercase())
        .collect();
    boolean(!cased.is_empty() && cased.iter().all(|c| c.is_lowercase()))
});
m!(str_istitle, noargs, |s, o| {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return boolean(false);
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return boolean(false);
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    boolean(any)
});
m!(str_isidentifier, noargs, |s, o| {
    let mut cs = s.chars();
    boolean(match cs.next() {
        Some(f) => (f == '_' || f.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    })
});

unsafe fn fill_char(o: Obj) -> PyResult<char> {
    if o.is_null() {
        return Ok(' ');
    }
    if !is_str(o) || crate::objects::str::char_len(o) != 1 {
        return Err(crate::errors::type_error(
            "The fill character must be exactly one character long",
        ));
    }
    Ok(as_str(o).chars().next().unwrap())
}

unsafe fn pad(s: &str, width: Obj, fill: Obj, how: u8) -> PyResult<Ref> {
    let w = crate::abstract_::as_ssize(width)?;
    let f = fill_char(fill)?;
    let n = s.chars().count() as isize;
    if w <= n {
        return Ok(from_string(s.to_string()));
    }
    let total = (w - n) as usize;
    let (left, right) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            // CPython: left = total/2 + (total & width & 1)
            let left = total / 2 + (total & (w as usize) & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(f, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(f, right));
    Ok(from_string(out))
}

m!(str_center, pos, "center", 1, 2, |s, o, a| pad(
    s, a[0], a[1], b'c'
));
m!(str_ljust, pos, "ljust", 1, 2, |s, o, a| pad(
    s, a[0], a[1], b'l'
));
m!(str_rjust, pos, "rjust", 1, 2, |s, o, a| pad(
    s, a[0], a[1], b'r'
));
m!(str_zfill, one, |s, o, a| {
    let w = crate::abstract_::as_ssize(a[0])?;
    let n = s.chars().count() as isize;
    if w <= n {
        return Ok(from_string(s.to_string()));
    }
    let zeros = "0".repeat((w - n) as usize);
    let out = if s.starts_with('+') || s.starts_with('-') {
        format!("{}{}{}", &s[..1], zeros, &s[1..])
    } else {
        format!("{}{}", zeros, s)
    };
    Ok(from_string(out))
});

m!(
    str_encode,
    "encode",
    0,
    2,
    ["encoding", "errors"],
    |s, o, a| {
        crate::objects::bytes::check_codec_args("encode", a[0], a[1])?;
        crate::objects::bytes::encode(o, a[0], a[1])
    }
);

m!(
    str_expandtabs,
    "expandtabs",
    0,
    1,
    ["tabsize"],
    |s, o, a| {
        let ts = if a[0].is_null() {
            8
        } else {
            crate::abstract_::as_ssize(a[0])?
        };
        let mut out = String::new();
        let mut col = 0isize;
        for c in s.chars() {
            match c {
                '\t' => {
                    if ts > 0 {
                        let n = ts - col % ts;
                        out.extend(std::iter::repeat_n(' ', n as usize));
                        col += n;
                    }
                }
                '\n' | '\r' => {
                    out.push(c);
                    col = 0;
                }
                c => {
                    out.push(c);
                    col += 1;
                }
            }
        }
        Ok(from_string(out))
    }
);

m!(str_removeprefix, one, |s, o, a| {
    let p = arg_str(a[0], "removeprefix() argument")?;
    Ok(Ref::steal(from_str(s.strip_prefix(p).unwrap_or(s))))
});
m!(str_removesuffix, one, |s, o, a| {
    let p = arg_str(a[0], "removesuffix() argument")?;
    Ok(Ref::steal(from_str(s.strip_suffix(p).unwrap_or(s))))
});

unsafe extern "C" fn str_format(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(crate::format::str_format_method(
        slf,
        args,
        nargs as usize,
        kw,
    ))
}

m!(str_format_map, one, |s, o, a| {
    crate::format::str_format_map_method(o, a[0])
});

m!(str_format_spec, one, |s, o, a| {
    let spec = arg_str(a[0], "format_spec")?;
    crate::format::format_str(o, spec)
});

m!(str_translate, one, |s, o, a| {
    let table = a[0];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Ref::steal(int::from_i64(c as i64));
        let v = match crate::abstract_::getitem(table, key.as_ptr()) {
            Ok(v) => v,
            Err(e) => {
                if crate::errors::matches(crate::objects::exceptions::lookup_error()) {
                    crate::errors::clear();
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        let v = v.as_ptr();
        if v == crate::objects::none::none() {
            continue;
        }
        if int::is_int(v) {
            match int::as_i64(v).filter(|x| (0..0x110000).contains(x)) {
                Some(x) => out.push(char::from_u32(x as u32).unwrap_or('\u{FFFD}')),
                None => {
                    return Err(crate::errors::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            }
        } else if is_str(v) {
            out.push_str(as_str(v));
        } else {
            return Err(crate::errors::type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(from_string(out))
});

/// `str.maketrans(x[, y[, z]])` (a static method).
unsafe extern "C" fn str_maketrans(_unused: Obj, args: *const Obj, nargs: isize) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [x, y, z] = crate::args::positional::<1, 3>("maketrans", args, nargs)?;
        let d = Ref::steal(crate::objects::dict::new_raw());
        if y.is_null() {
            if !crate::objects::dict::is_dict(x) {
                return Err(crate::errors::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            for (k, v) in crate::objects::dict::items_vec(x) {
                let k = k.as_ptr();
                if is_str(k) {
                    if crate::objects::str::char_len(k) != 1 {
                        return Err(crate::errors::value_error(
                            "string keys in translate table must be of length 1",
                        ));
                    }
                    let key = Ref::steal(int::from_i64(crate::objects::str::char_at(k, 0) as i64));
                    crate::objects::dict::set_item(d.as_ptr(), key.as_ptr(), v.as_ptr())?;
                } else if int::is_int(k) {
                    crate::objects::dict::set_item(d.as_ptr(), k, v.as_ptr())?;
                } else {
                    return Err(crate::errors::type_error(
                        "keys in translate table must be strings or integers",
                    ));
                }
            }
            return Ok(d);
        }
        if !is_str(y) {
            return Err(crate::errors::type_error(&format!(
                "maketrans() argument 2 must be str, not {}",
                obj_type_name(y)
            )));
        }
        if !z.is_null() && !is_str(z) {
            return Err(crate::errors::type_error(&format!(
                "maketrans() argument 3 must be str, not {}",
                obj_type_name(z)
            )));
        }
        if !is_str(x) {
            return Err(crate::errors::type_error(
                "first maketrans argument must be a string if there is a second argument",
            ));
        }
        let (xs, ys): (Vec<char>, Vec<char>) =
            (as_str(x).chars().collect(), as_str(y).chars().collect());
        if xs.len() != ys.len() {
            return Err(crate::errors::value_error(
                "the first two maketrans arguments must have equal length",
            ));
        }
        for (a, b) in xs.iter().zip(ys.iter()) {
            let (ka, vb) = (
                Ref::steal(int::from_i64(*a as i64)),
                Ref::steal(int::from_i64(*b as i64)),
            );
            crate::objects::dict::set_item(d.as_ptr(), ka.as_ptr(), vb.as_ptr())?;
        }
        if !z.is_null() {
            for c in as_str(z).chars() {
                let k = Ref::steal(int::from_i64(c as i64));
                crate::objects::dict::set_item(
                    d.as_ptr(),
                    k.as_ptr(),
                    crate::objects::none::none(),
                )?;
            }
        }
        Ok(d)
    })())
}
