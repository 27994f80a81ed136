//! The abstract object protocols (CPython's `Objects/abstract.c` and `object.c`):
//! truth, repr/str, hashing, rich comparison, the number protocol with reflected
//! operands, subscripting, iteration and length. Everything dispatches through type
//! slots, so builtin types, user classes and C extension types share these paths.

use crate::errors::{PyResult, Raised};
use crate::object::*;
use crate::objects::{bool as pybool, exceptions as exc, int, none, str as pystr};
use crate::typeobject::*;
use std::cmp::Ordering;

pub const CMP_LT: i32 = 0;
pub const CMP_LE: i32 = 1;
pub const CMP_EQ: i32 = 2;
pub const CMP_NE: i32 = 3;
pub const CMP_GT: i32 = 4;
pub const CMP_GE: i32 = 5;

/// Whether an ordering satisfies comparison `op`.
pub fn ordering_matches(ord: Ordering, op: i32) -> bool {
    match op {
        CMP_LT => ord == Ordering::Less,
        CMP_LE => ord != Ordering::Greater,
        CMP_EQ => ord == Ordering::Equal,
        CMP_NE => ord != Ordering::Equal,
        CMP_GT => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
}

fn cmp_symbol(op: i32) -> &'static str {
    ["<", "<=", "==", "!=", ">", ">="][op as usize]
}

fn swapped(op: i32) -> i32 {
    [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE][op as usize]
}

/// `repr(o)`.
///
/// # Safety
/// `o` is live.
pub unsafe fn repr(o: Obj) -> PyResult<Ref> {
    let tp = type_of(o);
    let Some(f) = (*tp).tp_repr else {
        return Ok(pystr::from_string(format!(
            "<{} object at {:#x}>",
            type_tp_name(tp),
            o as usize
        )));
    };
    crate::call::enter_recursive_call()?;
    let r = f(o);
    crate::call::leave_recursive_call();
    let r = crate::errors::from_raw(r)?;
    if !pystr::is_str(r.as_ptr()) {
        return Err(crate::errors::type_error(&format!(
            "__repr__ returned non-string (type {})",
            obj_type_name(r.as_ptr())
        )));
    }
    Ok(r)
}

/// `str(o)`.
///
/// # Safety
/// `o` is live.
pub unsafe fn str(o: Obj) -> PyResult<Ref> {
    let tp = type_of(o);
    if tp == &raw mut pystr::PyUnicode_Type {
        return Ok(Ref::borrowed(o));
    }
    let Some(f) = (*tp).tp_str else {
        return repr(o);
    };
    let r = crate::errors::from_raw(f(o))?;
    if !pystr::is_str(r.as_ptr()) {
        return Err(crate::errors::type_error(&format!(
            "__str__ returned non-string (type {})",
            obj_type_name(r.as_ptr())
        )));
    }
    Ok(r)
}

/// `ascii(o)`: the repr with non-ASCII characters escaped.
///
/// # Safety
/// `o` is live.
pub unsafe fn ascii(o: Obj) -> PyResult<Ref> {
    let r = repr(o)?;
    let s = pystr::as_str(r.as_ptr());
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{:02x}", u));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            out.push_str(&format!("\\U{:08x}", u));
        }
    }
    Ok(pystr::from_string(out))
}

/// `hash(o)`.
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn hash(o: Obj) -> PyResult<isize> {
    let tp = type_of(o);
    if tp == &raw mut pystr::PyUnicode_Type {
        return Ok(pystr::hash(o));
    }
    match (*tp).tp_hash {
        Some(f) => {
            let h = f(o);
            if h == -1 && crate::errors::occurred() {
                return Err(Raised);
            }
            Ok(h)
        }
        None => Err(crate::errors::type_error(&format!(
            "unhashable type: '{}'",
            type_tp_name(tp)
        ))),
    }
}

/// Truth value (`bool(o)`).
///
/// # Safety
/// `o` is live.
#[inline]
pub unsafe fn is_true(o: Obj) -> PyResult<bool> {
    if o == pybool::true_obj() {
        return Ok(true);
    }
    if o == pybool::false_obj() || o == none::none() {
        return Ok(false);
    }
    let tp = type_of(o);
    if !(*tp).tp_as_number.is_null() {
        if let Some(f) = (*(*tp).tp_as_number).nb_bool {
            let r = f(o);
            if r < 0 {
                return Err(Raised);
            }
            return Ok(r > 0);
        }
    }
    if !(*tp).tp_as_mapping.is_null() {
        if let Some(f) = (*(*tp).tp_as_mapping).mp_length {
            let r = f(o);
            if r < 0 {
                return Err(Raised);
            }
            return Ok(r > 0);
        }
    }
    if !(*tp).tp_as_sequence.is_null() {
        if let Some(f) = (*(*tp).tp_as_sequence).sq_length {
            let r = f(o);
            if r < 0 {
                return Err(Raised);
            }
            return Ok(r > 0);
        }
    }
    Ok(true)
}

/// Rich comparison with CPython's reflected-operand rules.
///
/// # Safety
/// Both are live.
pub unsafe fn richcompare(v: Obj, w: Obj, op: i32) -> PyResult<Ref> {
    // Containers compare their items recursively: a self-referencing one must end in
    // RecursionError, not a stack overflow.
    crate::call::enter_recursive_call_where(" in comparison")?;
    let r = richcompare_dispatch(v, w, op);
    crate::call::leave_recursive_call();
    r
}

/// [`richcompare`] without the recursion check.
unsafe fn richcompare_dispatch(v: Obj, w: Obj, op: i32) -> PyResult<Ref> {
    let (tv, tw) = (type_of(v), type_of(w));
    let ni = none::not_implemented();
    let mut checked_reverse = false;
    if tv != tw && is_subtype(tw, tv) {
        if let Some(f) = (*tw).tp_richcompare {
            checked_reverse = true;
            let r = crate::errors::from_raw(f(w, v, swapped(op)))?;
            if r.as_ptr() != ni {
                return Ok(r);
            }
        }
    }
    if let Some(f) = (*tv).tp_richcompare {
        let r = crate::errors::from_raw(f(v, w, op))?;
        if r.as_ptr() != ni {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = (*tw).tp_richcompare {
            let r = crate::errors::from_raw(f(w, v, swapped(op)))?;
            if r.as_ptr() != ni {
                return Ok(r);
            }
        }
    }
    match op {
        CMP_EQ => Ok(pybool::from_bool(v == w)),
        CMP_NE => Ok(pybool::from_bool(v != w)),
        _ => Err(crate::errors::type_error(&format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            type_tp_name(tv),
            type_tp_name(tw)
        ))),
    }
}

/// Comparison reduced to a truth value.
///
/// # Safety
/// Both are live.
pub unsafe fn compare_bool(v: Obj, w: Obj, op: i32) -> PyResult<bool> {
    let r = richcompare(v, w, op)?;
    is_true(r.as_ptr())
}

/// `v == w` as a bool, with the identity shortcut containers use.
///
/// # Safety
/// Both are live.
#[inline]
pub unsafe fn eq_bool(v: Obj, w: Obj) -> PyResult<bool> {
    if v == w {
        return Ok(true);
    }
    let (tv, tw) = (type_of(v), type_of(w));
    if tv == tw {
        if tv == &raw mut pystr::PyUnicode_Type {
            return Ok(pystr::eq(v, w));
        }
        if tv == &raw mut int::PyLong_Type {
            return Ok(int::compare(v, w) == Ordering::Equal);
        }
    }
    compare_bool(v, w, CMP_EQ)
}

/// `v < w` as a bool.
///
/// # Safety
/// Both are live.
pub unsafe fn lt_bool(v: Obj, w: Obj) -> PyResult<bool> {
    compare_bool(v, w, CMP_LT)
}

/// Lexicographic comparison of two sequences, as tuple and list do.
///
/// # Safety
/// Every element is live.
pub unsafe fn sequence_richcompare(a: &[Obj], b: &[Obj], op: i32) -> PyResult<Ref> {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if !eq_bool(a[i], b[i])? {
            break;
        }
        i += 1;
    }
    if i >= n {
        return Ok(pybool::from_bool(ordering_matches(
            a.len().cmp(&b.len()),
            op,
        )));
    }
    match op {
        CMP_EQ => Ok(pybool::from_bool(false)),
        CMP_NE => Ok(pybool::from_bool(true)),
        _ => richcompare(a[i], b[i], op),
    }
}

/// A stable merge sort with a fallible "less than" that may stop early.
pub fn merge_sort_by<T>(v: &mut Vec<T>, is_less: &mut dyn FnMut(&T, &T) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                let a = items[idx[i]].as_ref().unwrap();
                let b = items[idx[j]].as_ref().unwrap();
                if is_less(b, a) {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < end {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    for i in idx {
        v.push(items[i].take().unwrap());
    }
}

/// The binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    And = 9,
    Or = 10,
    Xor = 11,
    MatMul = 12,
    Divmod = 13,
}

impl BinOp {
    /// Decodes the ABI's operator number.
    pub fn from_u32(v: u32) -> Option<BinOp> {
        use BinOp::*;
        Some(match v {
            0 => Add,
            1 => Sub,
            2 => Mul,
            3 => TrueDiv,
            4 => FloorDiv,
            5 => Mod,
            6 => Pow,
            7 => LShift,
            8 => RShift,
            9 => And,
            10 => Or,
            11 => Xor,
            12 => MatMul,
            13 => Divmod,
            _ => return None,
        })
    }

    /// The operator as Python writes it in error messages.
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            MatMul => "@",
            Divmod => "divmod()",
        }
    }

    unsafe fn slot(
        self,
        nb: *mut PyNumberMethods,
    ) -> Option<unsafe extern "C" fn(Obj, Obj) -> Obj> {
        if nb.is_null() {
            return None;
        }
        use BinOp::*;
        match self {
            Add => (*nb).nb_add,
            Sub => (*nb).nb_subtract,
            Mul => (*nb).nb_multiply,
            TrueDiv => (*nb).nb_true_divide,
            FloorDiv => (*nb).nb_floor_divide,
            Mod => (*nb).nb_remainder,
            Pow => None,
            LShift => (*nb).nb_lshift,
            RShift => (*nb).nb_rshift,
            And => (*nb).nb_and,
            Or => (*nb).nb_or,
            Xor => (*nb).nb_xor,
            MatMul => (*nb).nb_matrix_multiply,
            Divmod => (*nb).nb_divmod,
        }
    }

    unsafe fn inplace_slot(
        self,
        nb: *mut PyNumberMethods,
    ) -> Option<unsafe extern "C" fn(Obj, Obj) -> Obj> {
        if nb.is_null() {
            return None;
        }
        use BinOp::*;
        match self {
            Add => (*nb).nb_inplace_add,
            Sub => (*nb).nb_inplace_subtract,
            Mul => (*nb).nb_inplace_multiply,
            TrueDiv => (*nb).nb_inplace_true_divide,
            FloorDiv => (*nb).nb_inplace_floor_divide,
            Mod => (*nb).nb_inplace_remainder,
            Pow | Divmod => None,
            LShift => (*nb).nb_inplace_lshift,
            RShift => (*nb).nb_inplace_rshift,
            And => (*nb).nb_inplace_and,
            Or => (*nb).nb_inplace_or,
            Xor => (*nb).nb_inplace_xor,
            MatMul => (*nb).nb_inplace_matrix_multiply,
        }
    }
}

unsafe fn pow_slot(nb: *mut PyNumberMethods) -> Option<unsafe extern "C" fn(Obj, Obj, Obj) -> Obj> {
    if nb.is_null() {
        None
    } else {
        (*nb).nb_power
    }
}

/// CPython's `binary_op1`: the left operand's slot, the right operand's slot, with the
/// subclass-first rule. Returns NotImplemented when neither applies.
unsafe fn binary_op1(v: Obj, w: Obj, op: BinOp) -> PyResult<Ref> {
    let (tv, tw) = (type_of(v), type_of(w));
    let ni = none::not_implemented();
    if op == BinOp::Pow {
        let none_o = none::none();
        let sv = pow_slot((*tv).tp_as_number);
        let mut sw = if tv != tw {
            pow_slot((*tw).tp_as_number)
        } else {
            None
        };
        if sw.map(|f| f as usize) == sv.map(|f| f as usize) {
            sw = None;
        }
        if let Some(f) = sv {
            if let Some(g) = sw {
                if is_subtype(tw, tv) {
                    let r = crate::errors::from_raw(g(v, w, none_o))?;
                    if r.as_ptr() != ni {
                        return Ok(r);
                    }
                    sw = None;
                }
            }
            let r = crate::errors::from_raw(f(v, w, none_o))?;
            if r.as_ptr() != ni {
                return Ok(r);
            }
        }
        if let Some(g) = sw {
            return crate::errors::from_raw(g(v, w, none_o));
        }
        return Ok(Ref::borrowed(ni));
    }
    let sv = op.slot((*tv).tp_as_number);
    let mut sw = if tv != tw {
        op.slot((*tw).tp_as_number)
    } else {
        None
    };
    if sw.map(|f| f as usize) == sv.map(|f| f as usize) {
        sw = None;
    }
    if let Some(f) = sv {
        if let Some(g) = sw {
            if is_subtype(tw, tv) {
                let r = crate::errors::from_raw(g(v, w))?;
                if r.as_ptr() != ni {
                    return Ok(r);
                }
                sw = None;
            }
        }
        let r = crate::errors::from_raw(f(v, w))?;
        if r.as_ptr() != ni {
            return Ok(r);
        }
    }
    if let Some(g) = sw {
        return crate::errors::from_raw(g(v, w));
    }
    Ok(Ref::borrowed(ni))
}

unsafe fn binop_type_error(v: Obj, w: Obj, op: BinOp, inplace: bool) -> Raised {
    let sym = if inplace {
        match op {
            BinOp::Pow => "**=".to_string(),
            _ => format!("{}=", op.symbol()),
        }
    } else {
        op.symbol().to_string()
    };
    crate::errors::type_error(&format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        obj_type_name(v),
        obj_type_name(w)
    ))
}

unsafe fn sequence_repeat(seq: Obj, n: Obj, inplace: bool) -> PyResult<Ref> {
    let tp = type_of(seq);
    let sq = (*tp).tp_as_sequence;
    if !int::is_int(n) && lookup_special(n, "__index__").is_none() {
        return Err(crate::errors::type_error(&format!(
            "can't multiply sequence by non-int of type '{}'",
            obj_type_name(n)
        )));
    }
    let count = as_ssize(n)?;
    let f = if inplace {
        (*sq).sq_inplace_repeat.or((*sq).sq_repeat)
    } else {
        (*sq).sq_repeat
    };
    crate::errors::from_raw(f.unwrap()(seq, count))
}

unsafe fn has_sq(o: Obj, concat: bool) -> bool {
    let sq = (*type_of(o)).tp_as_sequence;
    !sq.is_null()
        && if concat {
            (*sq).sq_concat.is_some()
        } else {
            (*sq).sq_repeat.is_some()
        }
}

/// `v <op> w`.
///
/// # Safety
/// Both are live.
pub unsafe fn binary_op(v: Obj, w: Obj, op: BinOp) -> PyResult<Ref> {
    let r = binary_op1(v, w, op)?;
    if r.as_ptr() != none::not_implemented() {
        return Ok(r);
    }
    match op {
        BinOp::Add if has_sq(v, true) => {
            return crate::errors::from_raw((*(*type_of(v)).tp_as_sequence).sq_concat.unwrap()(
                v, w,
            ));
        }
        BinOp::Mul if has_sq(v, false) => return sequence_repeat(v, w, false),
        BinOp::Mul if has_sq(w, false) => return sequence_repeat(w, v, false),
        _ => {}
    }
    Err(binop_type_error(v, w, op, false))
}

/// `v <op>= w`: the in-place slot, then the binary operator.
///
/// # Safety
/// Both are live.
pub unsafe fn inplace_op(v: Obj, w: Obj, op: BinOp) -> PyResult<Ref> {
    let tv = type_of(v);
    if let Some(f) = op.inplace_slot((*tv).tp_as_number) {
        let r = crate::errors::from_raw(f(v, w))?;
        if r.as_ptr() != none::not_implemented() {
            return Ok(r);
        }
    }
    let r = binary_op1(v, w, op)?;
    if r.as_ptr() != none::not_implemented() {
        return Ok(r);
    }
    let sq = (*tv).tp_as_sequence;
    match op {
        BinOp::Add
            if !sq.is_null()
                && ((*sq).sq_inplace_concat.is_some() || (*sq).sq_concat.is_some()) =>
        {
            let f = (*sq).sq_inplace_concat.or((*sq).sq_concat).unwrap();
            return crate::errors::from_raw(f(v, w));
        }
        BinOp::Mul if has_sq(v, false) => return sequence_repeat(v, w, true),
        BinOp::Mul if has_sq(w, false) => return sequence_repeat(w, v, false),
        _ => {}
    }
    Err(binop_type_error(v, w, op, true))
}

/// Three-argument `pow(v, w, m)`.
///
/// # Safety
/// All are live.
pub unsafe fn ternary_pow(v: Obj, w: Obj, m: Obj) -> PyResult<Ref> {
    if m == none::none() {
        return binary_op(v, w, BinOp::Pow);
    }
    let sv = pow_slot((*type_of(v)).tp_as_number);
    let sw = pow_slot((*type_of(w)).tp_as_number);
    for f in [
        sv,
        if sw.map(|f| f as usize) != sv.map(|f| f as usize) {
            sw
        } else {
            None
        },
    ]
    .into_iter()
    .flatten()
    {
        let r = crate::errors::from_raw(f(v, w, m))?;
        if r.as_ptr() != none::not_implemented() {
            return Ok(r);
        }
    }
    Err(crate::errors::type_error(&format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        obj_type_name(v),
        obj_type_name(w),
        obj_type_name(m)
    )))
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
    Not = 3,
}

/// `-o`, `+o`, `~o`, `not o`.
///
/// # Safety
/// `o` is live.
pub unsafe fn unary_op(o: Obj, op: UnaryOp) -> PyResult<Ref> {
    if op == UnaryOp::Not {
        return Ok(pybool::from_bool(!is_true(o)?));
    }
    let nb = (*type_of(o)).tp_as_number;
    let (slot, sym) = match op {
        UnaryOp::Neg => (
            if nb.is_null() {
                None
            } else {
                (*nb).nb_negative
            },
            "-",
        ),
        UnaryOp::Pos => (
            if nb.is_null() {
                None
            } else {
                (*nb).nb_positive
            },
            "+",
        ),
        _ => (if nb.is_null() { None } else { (*nb).nb_invert }, "~"),
    };
    match slot {
        Some(f) => crate::errors::from_raw(f(o)),
        None => Err(crate::errors::type_error(&format!(
            "bad operand type for unary {}: '{}'",
            sym,
            obj_type_name(o)
        ))),
    }
}

/// `operator.index(o)`: an int via `__index__`.
///
/// # Safety
/// `o` is live.
pub unsafe fn number_index(o: Obj) -> PyResult<Ref> {
    if int::is_int(o) {
        return Ok(Ref::borrowed(o));
    }
    let nb = (*type_of(o)).tp_as_number;
    if !nb.is_null() {
        if let Some(f) = (*nb).nb_index {
            let r = crate::errors::from_raw(f(o))?;
            if !int::is_int(r.as_ptr()) {
                return Err(crate::errors::type_error(&format!(
                    "__index__ returned non-int (type {})",
                    obj_type_name(r.as_ptr())
                )));
            }
            return Ok(r);
        }
    }
    Err(crate::errors::type_error(&format!(
        "'{}' object cannot be interpreted as an integer",
        obj_type_name(o)
    )))
}

/// `int(o)` for a non-string argument.
///
/// # Safety
/// `o` is live.
pub unsafe fn number_long(o: Obj) -> PyResult<Ref> {
    let nb = (*type_of(o)).tp_as_number;
    if !nb.is_null() {
        if let Some(f) = (*nb).nb_int {
            let r = crate::errors::from_raw(f(o))?;
            if !int::is_int(r.as_ptr()) {
                return Err(crate::errors::type_error(&format!(
                    "__int__ returned non-int (type {})",
                    obj_type_name(r.as_ptr())
                )));
            }
            if type_of(r.as_ptr()) != &raw mut int::PyLong_Type {
                return Ok(Ref::steal(int::from_bigint(int::as_bigint(r.as_ptr()))));
            }
            return Ok(r);
        }
        if (*nb).nb_index.is_some() {
            return number_index(o);
        }
    }
    if let Some(t) = lookup_special(o, "__trunc__") {
        return crate::call::call1(t.as_ptr(), o);
    }
    Err(crate::errors::type_error(&format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        obj_type_name(o)
    )))
}

/// `float(o)` for a non-string argument.
///
/// # Safety
/// `o` is live.
pub unsafe fn number_float(o: Obj) -> PyResult<Ref> {
    if type_of(o) == &raw mut crate::objects::float::PyFloat_Type {
        return Ok(Ref::borrowed(o));
    }
    let nb = (*type_of(o)).tp_as_number;
    if !nb.is_null() {
        if let Some(f) = (*nb).nb_float {
            let r = crate::errors::from_raw(f(o))?;
            if !crate::objects::float::is_float(r.as_ptr()) {
                return Err(crate::errors::type_error(&format!(
                    "{}.__float__ returned non-float (type {})",
                    obj_type_name(o),
                    obj_type_name(r.as_ptr())
                )));
            }
            return Ok(r);
        }
        if (*nb).nb_index.is_some() {
            let i = number_index(o)?;
            return Ok(Ref::steal(crate::objects::float::from_f64(int::to_f64(
                i.as_ptr(),
            )?)));
        }
    }
    Err(crate::errors::type_error(&format!(
        "float() argument must be a string or a real number, not '{}'",
        obj_type_name(o)
    )))
}

/// An index-like argument as isize (OverflowError when too large).
///
/// # Safety
/// `o` is live.
pub unsafe fn as_ssize(o: Obj) -> PyResult<isize> {
    let i = number_index(o)?;
    match int::as_i64(i.as_ptr()) {
        Some(v) => Ok(v as isize),
        None => Err(crate::errors::raise(
            exc::overflow_error(),
            &format!("Python int too large to convert to C ssize_t"),
        )),
    }
}

/// Like [`as_ssize`] but saturating instead of raising OverflowError.
///
/// # Safety
/// `o` is live.
pub unsafe fn as_ssize_clamped(o: Obj) -> PyResult<isize> {
    let i = number_index(o)?;
    Ok(match int::as_i64(i.as_ptr()) {
        Some(v) => v as isize,
        None => {
            if int::as_bigint(i.as_ptr()) < num_bigint::BigInt::from(0) {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    })
}

/// A real number as f64.
///
/// # Safety
/// `o` is live.
pub unsafe fn as_f64(o: Obj) -> PyResult<f64> {
    if crate::objects::float::is_float(o) {
        return Ok(crate::objects::float::value(o));
    }
    let f = number_float(o)?;
    Ok(crate::objects::float::value(f.as_ptr()))
}

/// Converts a subscript to a sequence index, with CPython's TypeError wording.
///
/// # Safety
/// `key` is live.
pub unsafe fn index_for_sequence(key: Obj, what: &str) -> PyResult<isize> {
    if int::is_int(key) {
        return match int::as_i64(key) {
            Some(v) => Ok(v as isize),
            None => Err(crate::errors::raise(
                exc::index_error(),
                &format!("cannot fit 'int' into an index-sized integer"),
            )),
        };
    }
    let nb = (*type_of(key)).tp_as_number;
    if !nb.is_null() && (*nb).nb_index.is_some() {
        return as_ssize(key);
    }
    if what == "string" {
        return Err(crate::errors::type_error(&format!(
            "string indices must be integers, not '{}'",
            obj_type_name(key)
        )));
    }
    if what == "sequence" {
        // PyObject_GetItem / PyObject_SetItem over sq_item / sq_ass_item.
        return Err(crate::errors::type_error(&format!(
            "sequence index must be integer, not '{}'",
            obj_type_name(key)
        )));
    }
    Err(crate::errors::type_error(&format!(
        "{} indices must be integers or slices, not {}",
        what,
        obj_type_name(key)
    )))
}

/// The index of `PyObject_GetItem`'s sequence fallback (types with `sq_item` but no
/// `mp_subscript`): `sequence index must be integer, not 'str'`.
///
/// # Safety
/// `key` is live.
unsafe fn sequence_protocol_index(key: Obj) -> PyResult<isize> {
    let nb = (*type_of(key)).tp_as_number;
    if int::is_int(key) || (!nb.is_null() && (*nb).nb_index.is_some()) {
        let i = number_index(key)?;
        return match int::as_i64(i.as_ptr()) {
            Some(v) => Ok(v as isize),
            None => Err(crate::errors::raise(
                exc::index_error(),
                &format!(
                    "cannot fit '{}' into an index-sized integer",
                    obj_type_name(key)
                ),
            )),
        };
    }
    Err(crate::errors::type_error(&format!(
        "sequence index must be integer, not '{}'",
        obj_type_name(key)
    )))
}

/// Looks a special method up on the type (not the instance), unbound. New reference.
///
/// # Safety
/// `o` is live.
pub unsafe fn lookup_special(o: Obj, name: &str) -> Option<Ref> {
    lookup_str(type_of(o), name).map(|v| Ref::borrowed(v))
}

/// `getattr(o, name)`.
///
/// # Safety
/// `o` is live and `name` a str.
pub unsafe fn getattr(o: Obj, name: Obj) -> PyResult<Ref> {
    let tp = type_of(o);
    match (*tp).tp_getattro {
        Some(f) => crate::errors::from_raw(f(o, name)),
        None => generic_getattr(o, name),
    }
}

/// `getattr(o, name)` with a Rust name.
///
/// # Safety
/// `o` is live.
pub unsafe fn getattr_str(o: Obj, name: &str) -> PyResult<Ref> {
    let n = Ref::steal(pystr::from_str(name));
    getattr(o, n.as_ptr())
}

/// `getattr(o, name, None)`-like: `Ok(None)` when AttributeError was raised.
///
/// # Safety
/// `o` is live and `name` a str.
pub unsafe fn getattr_opt(o: Obj, name: Obj) -> PyResult<Option<Ref>> {
    match getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if crate::errors::matches(exc::attribute_error()) {
                crate::errors::clear();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// [`getattr_opt`] with a Rust name.
///
/// # Safety
/// `o` is live.
pub unsafe fn getattr_opt_str(o: Obj, name: &str) -> PyResult<Option<Ref>> {
    let n = Ref::steal(pystr::from_str(name));
    getattr_opt(o, n.as_ptr())
}

/// `setattr(o, name, v)`; `v` null deletes.
///
/// # Safety
/// `o` is live, `name` a str.
pub unsafe fn setattr(o: Obj, name: Obj, v: Obj) -> PyResult<()> {
    let tp = type_of(o);
    match (*tp).tp_setattro {
        Some(f) => crate::errors::from_status(f(o, name, v)),
        None => {
            let has_getattr = (*tp).tp_getattro.is_some();
            let _ = has_getattr;
            Err(crate::errors::raise(
                exc::attribute_error(),
                &format!(
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    type_tp_name(tp),
                    pystr::as_str(name)
                ),
            ))
        }
    }
}

/// `o[key]`.
///
/// # Safety
/// Both are live.
pub unsafe fn getitem(o: Obj, key: Obj) -> PyResult<Ref> {
    let tp = type_of(o);
    let mp = (*tp).tp_as_mapping;
    if !mp.is_null() {
        if let Some(f) = (*mp).mp_subscript {
            return crate::errors::from_raw(f(o, key));
        }
    }
    let sq = (*tp).tp_as_sequence;
    if !sq.is_null() {
        if let Some(f) = (*sq).sq_item {
            let i = sequence_protocol_index(key)?;
            let i = if i < 0 {
                match (*sq).sq_length {
                    Some(l) => {
                        let n = l(o);
                        if n < 0 {
                            return Err(Raised);
                        }
                        i + n
                    }
                    None => i,
                }
            } else {
                i
            };
            return crate::errors::from_raw(f(o, i));
        }
    }
    if (*tp).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 {
        if let Some(cg) = crate::abstract_::getattr_opt_str(o, "__class_getitem__")? {
            return crate::call::call1(cg.as_ptr(), key);
        }
        return Err(crate::errors::type_error(&format!(
            "type '{}' is not subscriptable",
            type_name(o as *mut PyTypeObject)
        )));
    }
    Err(crate::errors::type_error(&format!(
        "'{}' object is not subscriptable",
        type_tp_name(tp)
    )))
}

/// `o[key] = v`, or `del o[key]` when `v` is null.
///
/// # Safety
/// `o`, `key` live; `v` null or live.
pub unsafe fn setitem(o: Obj, key: Obj, v: Obj) -> PyResult<()> {
    let tp = type_of(o);
    let mp = (*tp).tp_as_mapping;
    if !mp.is_null() {
        if let Some(f) = (*mp).mp_ass_subscript {
            return crate::errors::from_status(f(o, key, v));
        }
    }
    let sq = (*tp).tp_as_sequence;
    if !sq.is_null() {
        if let Some(f) = (*sq).sq_ass_item {
            let i = sequence_protocol_index(key)?;
            // `PySequence_SetItem`/`DelItem`: negative indices count from the end.
            let i = if i < 0 {
                match (*sq).sq_length {
                    Some(l) => {
                        let n = l(o);
                        if n < 0 {
                            return Err(Raised);
                        }
                        i + n
                    }
                    None => i,
                }
            } else {
                i
            };
            return crate::errors::from_status(f(o, i, v));
        }
    }
    if v.is_null() {
        return Err(crate::errors::type_error(&format!(
            "'{}' object doesn't support item deletion",
            type_tp_name(tp)
        )));
    }
    Err(crate::errors::type_error(&format!(
        "'{}' object does not support item assignment",
        type_tp_name(tp)
    )))
}

/// `len(o)`.
///
/// # Safety
/// `o` is live.
pub unsafe fn length(o: Obj) -> PyResult<usize> {
    let tp = type_of(o);
    let sq = (*tp).tp_as_sequence;
    let mp = (*tp).tp_as_mapping;
    let f = if !sq.is_null() && (*sq).sq_length.is_some() {
        (*sq).sq_length
    } else if !mp.is_null() {
        (*mp).mp_length
    } else {
        None
    };
    match f {
        Some(f) => {
            let n = f(o);
            if n < 0 {
                if !crate::errors::occurred() {
                    return Err(crate::errors::value_error("__len__() should return >= 0"));
                }
                return Err(Raised);
            }
            Ok(n as usize)
        }
        None => Err(crate::errors::type_error(&format!(
            "object of type '{}' has no len()",
            type_tp_name(tp)
        ))),
    }
}

/// `iter(o)`.
///
/// # Safety
/// `o` is live.
pub unsafe fn get_iter(o: Obj) -> PyResult<Ref> {
    let tp = type_of(o);
    if let Some(f) = (*tp).tp_iter {
        let it = crate::errors::from_raw(f(o))?;
        if (*type_of(it.as_ptr())).tp_iternext.is_none() {
            return Err(crate::errors::type_error(&format!(
                "iter() returned non-iterator of type '{}'",
                obj_type_name(it.as_ptr())
            )));
        }
        return Ok(it);
    }
    let sq = (*tp).tp_as_sequence;
    let mp = (*tp).tp_as_mapping;
    let has_getitem = (!sq.is_null() && (*sq).sq_item.is_some())
        || (is_heap_type(tp) && !mp.is_null() && (*mp).mp_subscript.is_some());
    if has_getitem && !crate::objects::dict::is_dict(o) {
        return Ok(Ref::steal(crate::objects::iter::seq_iter_new(o)));
    }
    Err(crate::errors::type_error(&format!(
        "'{}' object is not iterable",
        type_tp_name(tp)
    )))
}

/// `next(it)`: `Ok(None)` when exhausted (StopIteration is consumed).
///
/// # Safety
/// `it` is an iterator.
#[inline]
pub unsafe fn iter_next(it: Obj) -> PyResult<Option<Ref>> {
    let tp = type_of(it);
    let Some(f) = (*tp).tp_iternext else {
        return Err(crate::errors::type_error(&format!(
            "'{}' object is not an iterator",
            type_tp_name(tp)
        )));
    };
    let r = f(it);
    if !r.is_null() {
        return Ok(Some(Ref::steal(r)));
    }
    if crate::errors::occurred() {
        if crate::errors::matches(exc::stop_iteration()) {
            crate::errors::clear();
            return Ok(None);
        }
        return Err(Raised);
    }
    Ok(None)
}

/// Collects any iterable into a vector of owned references.
///
/// # Safety
/// `o` is live.
pub unsafe fn collect(o: Obj) -> PyResult<Vec<Ref>> {
    if crate::objects::list::is_list(o) {
        return Ok(crate::objects::list::items(o)
            .iter()
            .map(|&x| Ref::borrowed(x))
            .collect());
    }
    if crate::objects::tuple::is_tuple(o) {
        return Ok(crate::objects::tuple::items(o)
            .iter()
            .map(|&x| Ref::borrowed(x))
            .collect());
    }
    let it = get_iter(o)?;
    let mut v = Vec::new();
    while let Some(x) = iter_next(it.as_ptr())? {
        v.push(x);
    }
    Ok(v)
}

/// `item in container`.
///
/// # Safety
/// Both are live.
pub unsafe fn contains(container: Obj, item: Obj) -> PyResult<bool> {
    let tp = type_of(container);
    let sq = (*tp).tp_as_sequence;
    if !sq.is_null() {
        if let Some(f) = (*sq).sq_contains {
            let r = f(container, item);
            if r < 0 {
                return Err(Raised);
            }
            return Ok(r > 0);
        }
    }
    let it = match get_iter(container) {
        Ok(it) => it,
        Err(e) => {
            if crate::errors::matches(exc::type_error()) {
                crate::errors::clear();
                return Err(crate::errors::type_error(&format!(
                    "argument of type '{}' is not iterable",
                    type_tp_name(tp)
                )));
            }
            return Err(e);
        }
    };
    while let Some(x) = iter_next(it.as_ptr())? {
        if eq_bool(x.as_ptr(), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `isinstance(o, cls)` including tuples of classes and `__instancecheck__`.
///
/// # Safety
/// Both are live.
pub unsafe fn isinstance(o: Obj, cls: Obj) -> PyResult<bool> {
    if type_of(o) as Obj == cls {
        return Ok(true);
    }
    if let Some(args) = union_args(cls) {
        return isinstance(o, args);
    }
    if type_of(cls) == &raw mut crate::objects::genericalias::Py_GenericAliasType {
        return Err(crate::errors::type_error(
            "isinstance() argument 2 cannot be a parameterized generic",
        ));
    }
    if crate::objects::tuple::is_tuple(cls) {
        for &c in crate::objects::tuple::items(cls) {
            if isinstance(o, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
        // As CPython: any object whose type defines `__instancecheck__` may stand
        // as the class (typing's special forms).
        if let Some(chk) = lookup_special(cls, "__instancecheck__") {
            let r = crate::call::call_vec(chk.as_ptr(), &[cls, o])?;
            return is_true(r.as_ptr());
        }
        return Err(crate::errors::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    if type_of(cls) != &raw mut PyType_Type {
        if let Some(chk) = lookup_special(cls, "__instancecheck__") {
            let r = crate::call::call_vec(chk.as_ptr(), &[cls, o])?;
            return is_true(r.as_ptr());
        }
    }
    if is_subtype(type_of(o), cls as *mut PyTypeObject) {
        return Ok(true);
    }
    // As CPython: an object may claim a class through a `__class__` that its class
    // overrides (proxies); the usual `object.__class__` needs no call.
    let base_class = lookup_str(
        &raw mut crate::objects::object::PyBaseObject_Type,
        "__class__",
    );
    if lookup_str(type_of(o), "__class__") == base_class {
        return Ok(false);
    }
    match getattr_opt_str(o, "__class__")? {
        Some(c) if (*type_of(c.as_ptr())).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0 => Ok(c.as_ptr()
            != type_of(o) as Obj
            && is_subtype(c.as_ptr() as *mut PyTypeObject, cls as *mut PyTypeObject)),
        _ => Ok(false),
    }
}

/// `issubclass(c, cls)` including tuples.
///
/// # Safety
/// Both are live.
/// The member types of an `X | Y` union (borrowed tuple), if `cls` is one.
unsafe fn union_args(cls: Obj) -> Option<Obj> {
    if type_of(cls) == &raw mut crate::objects::genericalias::_PyUnion_Type {
        Some((*(cls as *mut crate::objects::genericalias::AliasObject)).args)
    } else {
        None
    }
}

pub unsafe fn issubclass(c: Obj, cls: Obj) -> PyResult<bool> {
    if type_of(cls) == &raw mut crate::objects::genericalias::Py_GenericAliasType {
        return Err(crate::errors::type_error(
            "issubclass() argument 2 cannot be a parameterized generic",
        ));
    }
    if let Some(args) = union_args(cls) {
        if (*type_of(c)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            return Err(crate::errors::type_error(
                "issubclass() arg 1 must be a class",
            ));
        }
        return issubclass(c, args);
    }
    // As CPython: a metaclass's `__subclasscheck__` (ABCs) decides first.
    if type_of(cls) != &raw mut PyType_Type && !crate::objects::tuple::is_tuple(cls) {
        if let Some(chk) = lookup_special(cls, "__subclasscheck__") {
            let r = crate::call::call_vec(chk.as_ptr(), &[cls, c])?;
            return is_true(r.as_ptr());
        }
    }
    if (*type_of(c)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
        return Err(crate::errors::type_error(
            "issubclass() arg 1 must be a class",
        ));
    }
    if crate::objects::tuple::is_tuple(cls) {
        for &x in crate::objects::tuple::items(cls) {
            if issubclass(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if (*type_of(cls)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
        return Err(crate::errors::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(is_subtype(c as *mut PyTypeObject, cls as *mut PyTypeObject))
}
