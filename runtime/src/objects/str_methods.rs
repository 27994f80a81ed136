//! The methods of `str`. Each works on the UTF-8 view of the string and on code-point
//! indices where Python exposes indices (`find`, `index`, slicing arguments).

use crate::errors::{into_raw, PyResult};
use crate::object::*;
use crate::objects::str::{as_str, from_str, from_string, is_str};
use crate::objects::{int, list, tuple};
use crate::typeobject::*;

macro_rules! methods {
    ($($name:literal => $f:ident),* $(,)?) => {
        pub static mut STR_METHODS: [PyMethodDef; [$($name),*].len() + 1] = [
            $(crate::method_def!($name, $f),)*
            METHOD_SENTINEL,
        ];
    };
}

methods! {
    "join" => str_join, "split" => str_split, "rsplit" => str_rsplit, "splitlines" => str_splitlines,
    "strip" => str_strip, "lstrip" => str_lstrip, "rstrip" => str_rstrip,
    "replace" => str_replace, "find" => str_find, "rfind" => str_rfind, "index" => str_index, "rindex" => str_rindex,
    "count" => str_count, "startswith" => str_startswith, "endswith" => str_endswith,
    "upper" => str_upper, "lower" => str_lower, "capitalize" => str_capitalize, "title" => str_title,
    "swapcase" => str_swapcase, "casefold" => str_casefold,
    "partition" => str_partition, "rpartition" => str_rpartition,
    "isdigit" => str_isdigit, "isalpha" => str_isalpha, "isalnum" => str_isalnum, "isspace" => str_isspace,
    "isupper" => str_isupper, "islower" => str_islower, "isdecimal" => str_isdecimal, "isnumeric" => str_isnumeric,
    "isidentifier" => str_isidentifier, "istitle" => str_istitle, "isascii" => str_isascii, "isprintable" => str_isprintable,
    "center" => str_center, "ljust" => str_ljust, "rjust" => str_rjust, "zfill" => str_zfill,
    "format" => str_format, "encode" => str_encode, "expandtabs" => str_expandtabs,
    "removeprefix" => str_removeprefix, "removesuffix" => str_removesuffix, "__format__" => str_format_spec,
}

type Args<'a> = &'a [Obj];

macro_rules! m {
    ($f:ident, $py:literal, $min:literal, $max:literal, [$($arg:literal),*], |$s:ident, $o:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $f(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
            into_raw((|| -> PyResult<Ref> {
                #[allow(unused_variables)]
                let $a: Args = &crate::args::parse::<$min, $max>($py, args, nargs, kw, &[$($arg),*])?;
                let $o = slf;
                let $s = as_str(slf);
                $body
            })())
        }
    };
}

unsafe fn arg_str<'a>(o: Obj, what: &str) -> PyResult<&'a str> {
    if !is_str(o) {
        return Err(crate::errors::type_error(&format!(
            "{} must be str, not {}",
            what,
            obj_type_name(o)
        )));
    }
    Ok(as_str(o))
}

unsafe fn opt_str<'a>(o: Obj, what: &str) -> PyResult<Option<&'a str>> {
    if o.is_null() || o == crate::objects::none::none() {
        return Ok(None);
    }
    arg_str(o, what).map(Some)
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

m!(str_join, "join", 1, 1, ["iterable"], |s, o, a| {
    let items = crate::abstract_::collect(a[0])?;
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
    let set: Option<Vec<char>> = opt_str(chars, "strip arg")?.map(|c| c.chars().collect());
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

m!(str_strip, "strip", 0, 1, ["chars"], |s, o, a| strip_impl(
    s, a[0], true, true
));
m!(str_lstrip, "lstrip", 0, 1, ["chars"], |s, o, a| strip_impl(
    s, a[0], true, false
));
m!(str_rstrip, "rstrip", 0, 1, ["chars"], |s, o, a| strip_impl(
    s, a[0], false, true
));

m!(
    str_replace,
    "replace",
    2,
    3,
    ["old", "new", "count"],
    |s, o, a| {
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
    }
);

unsafe fn find_impl(s: &str, a: Args, reverse: bool) -> PyResult<i64> {
    let sub = arg_str(a[0], "must be str,")?;
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

m!(
    str_find,
    "find",
    1,
    3,
    ["sub", "start", "end"],
    |s, o, a| int_ref(find_impl(s, a, false)?)
);
m!(
    str_rfind,
    "rfind",
    1,
    3,
    ["sub", "start", "end"],
    |s, o, a| int_ref(find_impl(s, a, true)?)
);
m!(
    str_index,
    "index",
    1,
    3,
    ["sub", "start", "end"],
    |s, o, a| {
        let r = find_impl(s, a, false)?;
        if r < 0 {
            return Err(crate::errors::value_error("substring not found"));
        }
        int_ref(r)
    }
);
m!(
    str_rindex,
    "rindex",
    1,
    3,
    ["sub", "start", "end"],
    |s, o, a| {
        let r = find_impl(s, a, true)?;
        if r < 0 {
            return Err(crate::errors::value_error("substring not found"));
        }
        int_ref(r)
    }
);

m!(
    str_count,
    "count",
    1,
    3,
    ["sub", "start", "end"],
    |s, o, a| {
        let sub = arg_str(a[0], "must be str,")?;
        let (lo, hi, lo_chars) = char_range(s, a[1], a[2])?;
        if lo_chars > s.chars().count() || lo > hi {
            return int_ref(0);
        }
        let hay = &s[lo..hi];
        if sub.is_empty() {
            return int_ref(hay.chars().count() as i64 + 1);
        }
        int_ref(hay.matches(sub).count() as i64)
    }
);

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

m!(
    str_startswith,
    "startswith",
    1,
    3,
    ["prefix", "start", "end"],
    |s, o, a| affix_impl(s, a, false, "startswith")
);
m!(
    str_endswith,
    "endswith",
    1,
    3,
    ["suffix", "start", "end"],
    |s, o, a| affix_impl(s, a, true, "endswith")
);

m!(str_upper, "upper", 0, 0, [], |s, o, a| Ok(from_string(
    s.to_uppercase()
)));
m!(str_lower, "lower", 0, 0, [], |s, o, a| Ok(from_string(
    s.to_lowercase()
)));
m!(str_casefold, "casefold", 0, 0, [], |s, o, a| Ok(
    from_string(s.to_lowercase().replace('ß', "ss"))
));
m!(str_capitalize, "capitalize", 0, 0, [], |s, o, a| {
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
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => "ǅ".into(),
        'ǉ' | 'ǈ' | 'Ǉ' => "ǈ".into(),
        'ǌ' | 'ǋ' | 'Ǌ' => "ǋ".into(),
        'ǳ' | 'ǲ' | 'Ǳ' => "ǲ".into(),
        c => c.to_uppercase().collect(),
    }
}

m!(str_title, "title", 0, 0, [], |s, o, a| {
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

m!(str_swapcase, "swapcase", 0, 0, [], |s, o, a| {
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
    let sep_s = arg_str(sep, "must be str,")?;
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

m!(str_partition, "partition", 1, 1, ["sep"], |s, o, a| {
    partition_impl(s, a[0], false)
});
m!(str_rpartition, "rpartition", 1, 1, ["sep"], |s, o, a| {
    partition_impl(s, a[0], true)
});

fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit()
        || (c.is_numeric() && c.to_digit(10).is_some())
        || ('\u{660}'..='\u{669}').contains(&c)
        || ('\u{966}'..='\u{96f}').contains(&c)
        || ('\u{ff10}'..='\u{ff19}').contains(&c)
}
fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || "²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑥⑦⑧⑨".contains(c)
}

m!(str_isdigit, "isdigit", 0, 0, [], |s, o, a| boolean(
    !s.is_empty() && s.chars().all(is_digit_char)
));
m!(str_isdecimal, "isdecimal", 0, 0, [], |s, o, a| boolean(
    !s.is_empty() && s.chars().all(is_decimal_char)
));
m!(str_isnumeric, "isnumeric", 0, 0, [], |s, o, a| boolean(
    !s.is_empty() && s.chars().all(|c| c.is_numeric())
));
m!(str_isalpha, "isalpha", 0, 0, [], |s, o, a| boolean(
    !s.is_empty() && s.chars().all(|c| c.is_alphabetic())
));
m!(str_isalnum, "isalnum", 0, 0, [], |s, o, a| boolean(
    !s.is_empty() && s.chars().all(|c| c.is_alphanumeric())
));
m!(str_isspace, "isspace", 0, 0, [], |s, o, a| boolean(
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
));
m!(str_isascii, "isascii", 0, 0, [], |s, o, a| boolean(
    s.is_ascii()
));
m!(str_isprintable, "isprintable", 0, 0, [], |s, o, a| boolean(
    s.chars()
        .all(|c| c == ' ' || (c as u32 >= 0x20 && crate::objects::str::is_printable(c)))
));
m!(str_isupper, "isupper", 0, 0, [], |s, o, a| {
    let cased: Vec<char> = s
        .chars()
        .filter(|c| c.is_uppercase() || c.is_lowercase())
        .collect();
    boolean(!cased.is_empty() && cased.iter().all(|c| c.is_uppercase()))
});
m!(str_islower, "islower", 0, 0, [], |s, o, a| {
    let cased: Vec<char> = s
        .chars()
        .filter(|c| c.is_uppercase() || c.is_lowercase())
        .collect();
    boolean(!cased.is_empty() && cased.iter().all(|c| c.is_lowercase()))
});
m!(str_istitle, "istitle", 0, 0, [], |s, o, a| {
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
m!(str_isidentifier, "isidentifier", 0, 0, [], |s, o, a| {
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

m!(
    str_center,
    "center",
    1,
    2,
    ["width", "fillchar"],
    |s, o, a| pad(s, a[0], a[1], b'c')
);
m!(
    str_ljust,
    "ljust",
    1,
    2,
    ["width", "fillchar"],
    |s, o, a| pad(s, a[0], a[1], b'l')
);
m!(
    str_rjust,
    "rjust",
    1,
    2,
    ["width", "fillchar"],
    |s, o, a| pad(s, a[0], a[1], b'r')
);
m!(str_zfill, "zfill", 1, 1, ["width"], |s, o, a| {
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
    |s, o, a| crate::objects::bytes::encode(o, a[0], a[1])
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

m!(
    str_removeprefix,
    "removeprefix",
    1,
    1,
    ["prefix"],
    |s, o, a| {
        let p = arg_str(a[0], "removeprefix() argument")?;
        Ok(Ref::steal(from_str(s.strip_prefix(p).unwrap_or(s))))
    }
);
m!(
    str_removesuffix,
    "removesuffix",
    1,
    1,
    ["suffix"],
    |s, o, a| {
        let p = arg_str(a[0], "removesuffix() argument")?;
        Ok(Ref::steal(from_str(s.strip_suffix(p).unwrap_or(s))))
    }
);

unsafe extern "C" fn str_format(slf: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw(crate::format::str_format_method(
        slf,
        args,
        nargs as usize,
        kw,
    ))
}

m!(
    str_format_spec,
    "__format__",
    1,
    1,
    ["format_spec"],
    |s, o, a| {
        let spec = arg_str(a[0], "format_spec")?;
        crate::format::format_str(o, spec)
    }
);
