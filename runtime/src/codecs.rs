//! Text codecs behind `str.encode` and `bytes.decode`: UTF-8 (and `utf-8-sig`), UTF-16
//! and UTF-32 (with or without a byte-order mark, either byte order), ASCII and
//! Latin-1, with CPython's encoding aliases, error handlers and error reports
//! (`UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')`).
//!
//! Molt's str cannot hold lone surrogates, so `surrogateescape` and `surrogatepass`
//! never have anything to do when encoding (every character is a scalar value) and
//! raise a clear NotImplementedError when decoding would need them.

use crate::errors::PyResult;
use crate::object::*;
use crate::objects::{bytes, exceptions as exc, int, str as pystr};
use crate::typeobject::obj_type_name;

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    /// `None`: byte order from the BOM (decoding) / native with a BOM (encoding).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    Ascii,
    Latin1,
}

/// A byte order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// An error handler (`errors=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// Finds a codec by name with CPython's normalisation (case, `-`/`_`/space) and the
/// common aliases. `None`: unknown (`LookupError: unknown encoding: x`).
pub fn lookup(name: &str) -> Option<Codec> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" | "utf16_le" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "utf16be" | "utf16_be" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" | "utf32_le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" | "utf32be" | "utf32_be" => Codec::Utf32(Some(Endian::Big)),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" | "iso8859" => Codec::Latin1,
        _ => return None,
    })
}

/// Reads an `errors=` name. Unknown names are CPython's LookupError.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn handler(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => {
            return Err(crate::errors::raise(
                exc::lookup_error(),
                &format!("unknown error handler name '{}'", name),
            ))
        }
    })
}

/// Raises `UnicodeDecodeError(encoding, data, start, end, reason)`.
unsafe fn decode_error(
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::errors::Raised {
    let args = [
        Ref::steal(pystr::from_str(enc)),
        Ref::steal(bytes::from_bytes(data)),
        Ref::steal(int::from_i64(start as i64)),
        Ref::steal(int::from_i64(end as i64)),
        Ref::steal(pystr::from_str(reason)),
    ];
    let ptrs: Vec<Obj> = args.iter().map(|a| a.as_ptr()).collect();
    match exc::new_exception(exc::unicode_decode_error(), &ptrs) {
        Ok(e) => crate::errors::set_raised(e),
        Err(r) => r,
    }
}

/// Raises `UnicodeEncodeError(encoding, text, start, end, reason)`.
unsafe fn encode_error(
    enc: &str,
    text: Obj,
    start: usize,
    end: usize,
    reason: &str,
) -> crate::errors::Raised {
    let args = [
        Ref::steal(pystr::from_str(enc)),
        Ref::borrowed(text),
        Ref::steal(int::from_i64(start as i64)),
        Ref::steal(int::from_i64(end as i64)),
        Ref::steal(pystr::from_str(reason)),
    ];
    let ptrs: Vec<Obj> = args.iter().map(|a| a.as_ptr()).collect();
    match exc::new_exception(exc::unicode_encode_error(), &ptrs) {
        Ok(e) => crate::errors::set_raised(e),
        Err(r) => r,
    }
}

/// Applies the decode error handler to `data[start..end]`.
unsafe fn on_decode_error(
    h: &str,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    let h = handler(h)?;
    match h {
        Handler::Strict => Err(decode_error(enc, data, start, end, reason)),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{FFFD}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => {
            // CPython builds the exception, then the handler refuses it.
            decode_error(enc, data, start, end, reason);
            crate::errors::clear();
            Err(crate::errors::type_error(
                "don't know how to handle UnicodeDecodeError in error callback",
            ))
        }
        Handler::SurrogateEscape | Handler::SurrogatePass => {
            // TODO(codecs): lone surrogates need a str representation that can hold them.
            Err(crate::errors::raise(
                exc::not_implemented_error(),
                &format!(
                    "Molt strings cannot hold lone surrogates: errors='{}' is not supported when decoding invalid data",
                    if h == Handler::SurrogateEscape {
                        "surrogateescape"
                    } else {
                        "surrogatepass"
                    }
                ),
            ))
        }
    }
}

/// `bytes.decode(encoding, errors)` on raw bytes.
///
/// # Safety
/// The runtime is initialised.
pub unsafe fn decode(data: &[u8], codec: Codec, h: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8 => decode_utf8(data, h, 0),
        Codec::Utf8Sig => {
            // Errors report positions in (and the object as) the data after the BOM.
            let rest = data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data);
            decode_utf8(rest, h, 0)
        }
        Codec::Ascii | Codec::Latin1 => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 || codec == Codec::Latin1 {
                    out.push(b as char);
                } else {
                    on_decode_error(
                        h,
                        "ascii",
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf16(order) => {
            let (order, start) = match order {
                Some(o) => (o, 0),
                None => match data {
                    [0xff, 0xfe, ..] => (Endian::Little, 2),
                    [0xfe, 0xff, ..] => (Endian::Big, 2),
                    _ => (native(), 0),
                },
            };
            decode_utf16(data, start, order, h)
        }
        Codec::Utf32(order) => {
            let (order, start) = match order {
                Some(o) => (o, 0),
                None => match data {
                    [0xff, 0xfe, 0, 0, ..] => (Endian::Little, 4),
                    [0, 0, 0xfe, 0xff, ..] => (Endian::Big, 4),
                    _ => (native(), 0),
                },
            };
            decode_utf32(data, start, order, h)
        }
    }
}

fn native() -> Endian {
    if cfg!(target_endian = "big") {
        Endian::Big
    } else {
        Endian::Little
    }
}

unsafe fn decode_utf8(data: &[u8], h: &str, skip: usize) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = skip;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY: `from_utf8` validated these bytes.
                out.push_str(std::str::from_utf8_unchecked(&data[pos..pos + good]));
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let b = data[start];
                        let valid_lead = (0xc2..=0xf4).contains(&b);
                        (
                            start + n,
                            if n == 1 && !valid_lead {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                };
                on_decode_error(h, "utf-8", data, start, end, reason, &mut out)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

unsafe fn decode_utf16(data: &[u8], start: usize, order: Endian, h: &str) -> PyResult<String> {
    let name = match order {
        Endian::Little => "utf-16-le",
        Endian::Big => "utf-16-be",
    };
    let unit = |i: usize| -> u32 {
        let (a, b) = (data[i] as u32, data[i + 1] as u32);
        match order {
            Endian::Little => a | (b << 8),
            Endian::Big => (a << 8) | b,
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    let mut i = start;
    while i < data.len() {
        if i + 1 >= data.len() {
            on_decode_error(h, name, data, i, data.len(), "truncated data", &mut out)?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap());
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            on_decode_error(h, name, data, i, i + 2, "illegal encoding", &mut out)?;
            i += 2;
            continue;
        }
        if i + 3 >= data.len() {
            on_decode_error(
                h,
                name,
                data,
                i,
                data.len(),
                "unexpected end of data",
                &mut out,
            )?;
            break;
        }
        let lo = unit(i + 2);
        if !(0xdc00..0xe000).contains(&lo) {
            on_decode_error(
                h,
                name,
                data,
                i,
                i + 2,
                "illegal UTF-16 surrogate",
                &mut out,
            )?;
            i += 2;
            continue;
        }
        let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        out.push(char::from_u32(c).unwrap());
        i += 4;
    }
    Ok(out)
}

unsafe fn decode_utf32(data: &[u8], start: usize, order: Endian, h: &str) -> PyResult<String> {
    let name = match order {
        Endian::Little => "utf-32-le",
        Endian::Big => "utf-32-be",
    };
    let mut out = String::with_capacity(data.len() / 4);
    let mut i = start;
    while i < data.len() {
        if i + 4 > data.len() {
            on_decode_error(h, name, data, i, data.len(), "truncated data", &mut out)?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = match order {
            Endian::Little => u32::from_le_bytes(b),
            Endian::Big => u32::from_be_bytes(b),
        };
        if c >= 0x110000 {
            on_decode_error(
                h,
                name,
                data,
                i,
                i + 4,
                "code point not in range(0x110000)",
                &mut out,
            )?;
        } else if (0xd800..0xe000).contains(&c) {
            on_decode_error(
                h,
                name,
                data,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
                &mut out,
            )?;
        } else {
            out.push(char::from_u32(c).unwrap());
        }
        i += 4;
    }
    Ok(out)
}

/// `str.encode(encoding, errors)`. `text` is the str object (for the error's `object`).
///
/// # Safety
/// `text` is a str.
pub unsafe fn encode(text: Obj, codec: Codec, h: &str) -> PyResult<Vec<u8>> {
    let s = pystr::as_str(text);
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.as_bytes());
            v
        }
        Codec::Utf16(order) => {
            let mut v = Vec::with_capacity(2 + s.len() * 2);
            let order = match order {
                Some(o) => o,
                None => {
                    let o = native();
                    v.extend_from_slice(&match o {
                        Endian::Little => [0xff, 0xfe],
                        Endian::Big => [0xfe, 0xff],
                    });
                    o
                }
            };
            for u in s.encode_utf16() {
                v.extend_from_slice(&match order {
                    Endian::Little => u.to_le_bytes(),
                    Endian::Big => u.to_be_bytes(),
                });
            }
            v
        }
        Codec::Utf32(order) => {
            let mut v = Vec::with_capacity(4 + s.len() * 4);
            let order = match order {
                Some(o) => o,
                None => {
                    let o = native();
                    v.extend_from_slice(&match o {
                        Endian::Little => [0xff, 0xfe, 0, 0],
                        Endian::Big => [0, 0, 0xfe, 0xff],
                    });
                    o
                }
            };
            for c in s.chars() {
                v.extend_from_slice(&match order {
                    Endian::Little => (c as u32).to_le_bytes(),
                    Endian::Big => (c as u32).to_be_bytes(),
                });
            }
            v
        }
        Codec::Ascii | Codec::Latin1 => {
            let (limit, name, reason) = if codec == Codec::Ascii {
                (0x80u32, "ascii", "ordinal not in range(128)")
            } else {
                (0x100u32, "latin-1", "ordinal not in range(256)")
            };
            let chars: Vec<char> = s.chars().collect();
            let mut v = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i] as u32;
                if c < limit {
                    v.push(c as u8);
                    i += 1;
                    continue;
                }
                // CPython hands the whole run of unencodable characters to the handler.
                let mut end = i;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                match handler(h)? {
                    Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                        return Err(encode_error(name, text, i, end, reason));
                    }
                    Handler::Ignore => {}
                    Handler::Replace => v.extend(std::iter::repeat(b'?').take(end - i)),
                    Handler::BackslashReplace => {
                        for &ch in &chars[i..end] {
                            let cp = ch as u32;
                            let e = if cp < 0x100 {
                                format!("\\x{:02x}", cp)
                            } else if cp < 0x10000 {
                                format!("\\u{:04x}", cp)
                            } else {
                                format!("\\U{:08x}", cp)
                            };
                            v.extend_from_slice(e.as_bytes());
                        }
                    }
                    Handler::XmlCharRefReplace => {
                        for &ch in &chars[i..end] {
                            v.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                        }
                    }
                    Handler::NameReplace => {
                        // TODO(codecs): `\N{NAME}` needs the Unicode character names.
                        return Err(crate::errors::raise(
                            exc::not_implemented_error(),
                            "errors='namereplace' is not supported by Molt",
                        ));
                    }
                }
                i = end;
            }
            v
        }
    })
}

/// `str(UnicodeDecodeError)` / `str(UnicodeEncodeError)` from their five arguments, as
/// CPython words them. `None` when the arguments do not have that shape.
///
/// # Safety
/// `args` is a tuple.
pub unsafe fn unicode_error_str(args: &[Obj], decode: bool) -> PyResult<Option<String>> {
    if args.len() != 5
        || !pystr::is_str(args[0])
        || !int::is_int(args[2])
        || !int::is_int(args[3])
        || !pystr::is_str(args[4])
    {
        return Ok(None);
    }
    let enc = pystr::as_str(args[0]);
    let reason = pystr::as_str(args[4]);
    let (Some(start), Some(end)) = (int::as_i64(args[2]), int::as_i64(args[3])) else {
        return Ok(None);
    };
    if decode {
        let Some(data) = bytes::bytes_like(args[1]) else {
            return Ok(None);
        };
        if start >= 0 && (start as usize) < data.len() && end == start + 1 {
            return Ok(Some(format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                enc, data[start as usize], start, reason
            )));
        }
        return Ok(Some(format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        )));
    }
    if !pystr::is_str(args[1]) {
        return Ok(None);
    }
    let n = pystr::char_len(args[1]) as i64;
    if start >= 0 && start < n && end == start + 1 {
        let cp = pystr::char_at(args[1], start as usize);
        let esc = if cp < 0x100 {
            format!("\\x{:02x}", cp)
        } else if cp < 0x10000 {
            format!("\\u{:04x}", cp)
        } else {
            format!("\\U{:08x}", cp)
        };
        return Ok(Some(format!(
            "'{}' codec can't encode character '{}' in position {}: {}",
            enc, esc, start, reason
        )));
    }
    Ok(Some(format!(
        "'{}' codec can't encode characters in position {}-{}: {}",
        enc,
        start,
        end - 1,
        reason
    )))
}

/// The codec for an `encoding=` argument (null: UTF-8). Unknown names are CPython's
/// LookupError.
///
/// # Safety
/// `encoding` is null or a str.
pub unsafe fn codec_arg(encoding: Obj) -> PyResult<Codec> {
    if encoding.is_null() {
        return Ok(Codec::Utf8);
    }
    if !pystr::is_str(encoding) {
        return Err(crate::errors::type_error(&format!(
            "encoding must be str, not {}",
            obj_type_name(encoding)
        )));
    }
    let name = pystr::as_str(encoding);
    lookup(name).ok_or_else(|| {
        crate::errors::raise(exc::lookup_error(), &format!("unknown encoding: {}", name))
    })
}

/// The handler name of an `errors=` argument (null: strict). It is looked up only when
/// an error needs it, as CPython does.
///
/// # Safety
/// `errors` is null or a str that outlives the result.
pub unsafe fn handler_arg<'a>(errors: Obj) -> PyResult<&'a str> {
    if errors.is_null() {
        return Ok("strict");
    }
    if !pystr::is_str(errors) {
        return Err(crate::errors::type_error(&format!(
            "errors must be str, not {}",
            obj_type_name(errors)
        )));
    }
    Ok(pystr::as_str(errors))
}
