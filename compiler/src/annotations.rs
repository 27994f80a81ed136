//! Future statements and postponed annotations.
//!
//! [`future_features`] checks a module's `from __future__ import ...` statements with
//! CPython's rules (known feature names, only at the beginning of the file) and reports
//! whether `annotations` (PEP 563) is on. With it, annotations are never evaluated: the
//! compiler stores their source form, which [`annotation_string`] produces the way
//! CPython's unparser does for the expression forms annotations use. Forms it does not
//! cover are a compile-time error rather than a string that could differ from CPython's.

use ruff_python_ast::{Expr, Number, Operator, Stmt, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

/// The features `__future__` defines in Python 3.12. All but `annotations` and
/// `barry_as_FLUFL` are mandatory in 3.12, so importing them changes nothing.
const KNOWN_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What a module's future statements turn on.
#[derive(Debug, Default, Clone, Copy)]
pub struct FutureFeatures {
    pub annotations: bool,
}

/// A problem with a future statement: (diagnostic code, message, where). CPython's
/// SyntaxErrors are `E0000`, a feature Molt does not support `E0001`.
pub type FutureError = (&'static str, String, TextRange);

/// Checks the module's future statements. They may only follow the docstring and other
/// future statements (CPython: "from __future__ imports must occur at the beginning of
/// the file").
pub fn future_features(body: &[Stmt]) -> (FutureFeatures, Vec<FutureError>) {
    let mut features = FutureFeatures::default();
    let mut errors = Vec::new();
    let mut at_beginning = true;
    for (i, s) in body.iter().enumerate() {
        let is_docstring =
            i == 0 && matches!(s, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)));
        match s {
            Stmt::ImportFrom(imp)
                if imp.level == 0
                    && imp.module.as_ref().map(|m| m.id.as_str()) == Some("__future__") =>
            {
                if !at_beginning {
                    errors.push((
                        "E0000",
                        "SyntaxError: from __future__ imports must occur at the beginning of the file"
                            .into(),
                        imp.range,
                    ));
                    continue;
                }
                for a in &imp.names {
                    let name = a.name.id.as_str();
                    if name == "annotations" {
                        features.annotations = true;
                    } else if name == "barry_as_FLUFL" {
                        errors.push((
                            "E0001",
                            "the 'barry_as_FLUFL' future feature is not supported by Molt yet"
                                .into(),
                            a.range,
                        ));
                    } else if name == "braces" {
                        errors.push(("E0000", "SyntaxError: not a chance".into(), a.range));
                    } else if !KNOWN_FEATURES.contains(&name) {
                        errors.push((
                            "E0000",
                            format!("SyntaxError: future feature {} is not defined", name),
                            a.range,
                        ));
                    }
                }
            }
            _ if is_docstring => {}
            _ => at_beginning = false,
        }
    }
    (features, errors)
}

/// The string CPython stores for an annotation under `from __future__ import
/// annotations`, or the range of the first sub-expression this unparser does not cover.
pub fn annotation_string(e: &Expr) -> Result<String, TextRange> {
    let mut out = String::new();
    unparse(e, &mut out, Prec::Lowest)?;
    Ok(out)
}

/// Binding strength of the surrounding context, lowest first (the subset of CPython's
/// precedence levels that annotation expressions reach).
#[derive(PartialEq, PartialOrd, Clone, Copy)]
enum Prec {
    Lowest,
    BitOr,
    Unary,
    Atom,
}

fn unparse(e: &Expr, out: &mut String, ctx: Prec) -> Result<(), TextRange> {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            unparse(&a.value, out, Prec::Atom)?;
            out.push('.');
            out.push_str(a.attr.id.as_str());
        }
        Expr::Subscript(s) => {
            unparse(&s.value, out, Prec::Atom)?;
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if t.elts.is_empty() => out.push_str("()"),
                Expr::Tuple(t) => {
                    join(&t.elts, out)?;
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => unparse(other, out, Prec::Lowest)?,
            }
            out.push(']');
        }
        Expr::BinOp(b) if b.op == Operator::BitOr => {
            let paren = ctx > Prec::BitOr;
            if paren {
                out.push('(');
            }
            unparse(&b.left, out, Prec::BitOr)?;
            out.push_str(" | ");
            // `|` is left-associative: a right operand that is itself `|` needs parens.
            unparse(&b.right, out, Prec::Unary)?;
            if paren {
                out.push(')');
            }
        }
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => {
            let paren = ctx > Prec::Unary;
            if paren {
                out.push('(');
            }
            out.push('-');
            unparse(&u.operand, out, Prec::Unary)?;
            if paren {
                out.push(')');
            }
        }
        Expr::List(l) => {
            out.push('[');
            join(&l.elts, out)?;
            out.push(']');
        }
        Expr::Tuple(t) => {
            out.push('(');
            join(&t.elts, out)?;
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::Starred(s) => {
            out.push('*');
            unparse(&s.value, out, Prec::Unary)?;
        }
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => match i.as_u64() {
                Some(v) => out.push_str(&v.to_string()),
                None => return Err(e.range()),
            },
            _ => return Err(e.range()),
        },
        Expr::StringLiteral(s) => out.push_str(&string_repr(&s.value.to_str())),
        _ => return Err(e.range()),
    }
    Ok(())
}

fn join(elts: &[Expr], out: &mut String) -> Result<(), TextRange> {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        unparse(x, out, Prec::Lowest)?;
    }
    Ok(())
}

/// `repr()` of a str, with CPython's choice of quotes and escapes.
pub fn string_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            // TODO(annotations): non-printable non-ASCII characters (CPython escapes
            // those per str.isprintable) are kept as they are.
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
