//! Unit tests of the runtime's objects through the Rust API. Every expected value was
//! computed with CPython 3.12 (64-bit), never with Molt.
//!
//! The runtime keeps its thread state in statics and is single-threaded, so each test
//! takes [`rt`]'s lock before touching objects.

#[cfg(test)]
mod tests {
    use crate::abstract_::{self, BinOp};
    use crate::errors;
    use crate::object::*;
    use crate::objects::{
        bool as pybool, bytearray, bytes, dict, exceptions, float, int, list, set, slice,
        str as pystr, tuple,
    };
    use num_bigint::BigInt;
    use std::ptr::null_mut;
    use std::sync::{Mutex, MutexGuard};

    static LOCK: Mutex<()> = Mutex::new(());

    /// Initialises the runtime once and serialises the tests.
    fn rt() -> MutexGuard<'static, ()> {
        let g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: called with the lock held; `init` is idempotent.
        unsafe { crate::init(&[]) };
        g
    }

    unsafe fn int_of(s: &str) -> Ref {
        Ref::steal(int::from_bigint(s.parse::<BigInt>().unwrap()))
    }

    unsafe fn small(v: i64) -> Ref {
        Ref::steal(int::from_i64(v))
    }

    unsafe fn s(text: &str) -> Ref {
        Ref::steal(pystr::from_str(text))
    }

    unsafe fn repr_of(o: Obj) -> String {
        let r = abstract_::repr(o).expect("repr");
        pystr::as_str(r.as_ptr()).to_string()
    }

    unsafe fn binop(a: &Ref, b: &Ref, op: BinOp) -> String {
        let r = abstract_::binary_op(a.as_ptr(), b.as_ptr(), op).expect("binary op");
        repr_of(r.as_ptr())
    }

    #[test]
    fn int_big_arithmetic() {
        let _g = rt();
        unsafe {
            let a = int_of("1267650600228229401496703205383"); // 2**100 + 7
            let b = int_of("-12157665459056928801"); // -(3**40)
            assert_eq!(
                binop(&a, &b, BinOp::Mul),
                "-15411671916547527940062634888639636884732310935783"
            );
            assert_eq!(binop(&a, &b, BinOp::Add), "1267650600216071736037646276582");
            assert_eq!(binop(&a, &b, BinOp::Sub), "1267650600240387066955760134184");
            assert_eq!(binop(&a, &b, BinOp::FloorDiv), "-104267600100");
            assert_eq!(binop(&a, &b, BinOp::Mod), "-6301373860137274717");
            let two64 = int_of("18446744073709551616");
            let three = small(3);
            assert_eq!(
                binop(&two64, &three, BinOp::FloorDiv),
                "6148914691236517205"
            );
            let neg = Ref::steal(int::from_bigint(-int::as_bigint(two64.as_ptr())));
            assert_eq!(binop(&neg, &three, BinOp::FloorDiv), "-6148914691236517206");
            assert_eq!(binop(&neg, &three, BinOp::Mod), "2");
            let m = int_of("-1000000000000000000000000000000");
            assert_eq!(
                binop(&m, &small(7), BinOp::Divmod),
                "(-142857142857142857142857142858, 6)"
            );
        }
    }

    #[test]
    fn int_floor_division_and_modulo_signs() {
        let _g = rt();
        unsafe {
            // (a, b, a // b, a % b) from CPython.
            let cases: [(i64, i64, &str, &str); 6] = [
                (-7, 2, "-4", "1"),
                (7, -2, "-4", "-1"),
                (-7, -2, "3", "-1"),
                (7, 2, "3", "1"),
                (i64::MIN, -1, "9223372036854775808", "0"),
                (-1, 10, "-1", "9"),
            ];
            for (a, b, q, r) in cases {
                let (x, y) = (small(a), small(b));
                assert_eq!(binop(&x, &y, BinOp::FloorDiv), q, "{a} // {b}");
                assert_eq!(binop(&x, &y, BinOp::Mod), r, "{a} % {b}");
            }
            let zero = small(0);
            assert!(
                abstract_::binary_op(small(1).as_ptr(), zero.as_ptr(), BinOp::FloorDiv).is_err()
            );
            assert!(errors::matches(exceptions::zero_division_error()));
            let e = errors::fetch().unwrap();
            assert_eq!(
                exceptions::format_exception_only(e.as_ptr()),
                "ZeroDivisionError: integer division or modulo by zero"
            );
            assert_eq!(binop(&small(2), &small(-1), BinOp::Pow), "0.5");
        }
    }

    #[test]
    fn float_repr() {
        let _g = rt();
        assert_eq!(float::repr_f64(0.1), "0.1");
        assert_eq!(float::repr_f64(1e16), "1e+16");
        assert_eq!(float::repr_f64(1e-5), "1e-05");
        assert_eq!(float::repr_f64(1.5e300), "1.5e+300");
        assert_eq!(float::repr_f64(-0.0), "-0.0");
        assert_eq!(float::repr_f64(f64::INFINITY), "inf");
        assert_eq!(float::repr_f64(f64::NEG_INFINITY), "-inf");
        assert_eq!(float::repr_f64(f64::NAN), "nan");
        assert_eq!(float::repr_f64(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(float::repr_f64(123456789.125), "123456789.125");
        assert_eq!(float::repr_f64(1e15), "1000000000000000.0");
        assert_eq!(float::repr_f64(0.0001), "0.0001");
        unsafe {
            let f = Ref::steal(float::from_f64(2.5));
            assert_eq!(repr_of(f.as_ptr()), "2.5");
        }
    }

    #[test]
    fn str_kinds_and_slicing() {
        let _g = rt();
        unsafe {
            let ascii = s("abc");
            assert_eq!(pystr::kind(ascii.as_ptr()), 1);
            assert!(pystr::is_ascii(ascii.as_ptr()));
            let latin = s("café");
            assert_eq!(pystr::kind(latin.as_ptr()), 1);
            assert!(!pystr::is_ascii(latin.as_ptr()));
            assert_eq!(pystr::char_len(latin.as_ptr()), 4);
            assert_eq!(pystr::kind(s("中文").as_ptr()), 2);
            let snake = s("a🐍");
            assert_eq!(pystr::kind(snake.as_ptr()), 4);
            assert_eq!(pystr::char_len(snake.as_ptr()), 2);
            assert_eq!(pystr::char_at(snake.as_ptr(), 1), 0x1F40D);

            let text = s("héllo wörld");
            let sl = |a: Obj, b: Obj, c: Obj| Ref::steal(slice::new(a, b, c));
            let (one, eight, two) = (small(1), small(8), small(2));
            let k = sl(one.as_ptr(), eight.as_ptr(), two.as_ptr());
            let r = abstract_::getitem(text.as_ptr(), k.as_ptr()).unwrap();
            assert_eq!(pystr::as_str(r.as_ptr()), "él ö");
            let minus_one = small(-1);
            let k = sl(null_mut(), null_mut(), minus_one.as_ptr());
            let r = abstract_::getitem(text.as_ptr(), k.as_ptr()).unwrap();
            assert_eq!(pystr::as_str(r.as_ptr()), "dlröw olléh");
            let minus_three = small(-3);
            let k = sl(minus_three.as_ptr(), null_mut(), null_mut());
            let r = abstract_::getitem(text.as_ptr(), k.as_ptr()).unwrap();
            assert_eq!(pystr::as_str(r.as_ptr()), "rld");
            let r = abstract_::getitem(text.as_ptr(), minus_three.as_ptr()).unwrap();
            assert_eq!(pystr::as_str(r.as_ptr()), "r");
            assert_eq!(repr_of(s("it's").as_ptr()), "\"it's\"");
        }
    }

    #[test]
    fn list_append_and_sort() {
        let _g = rt();
        unsafe {
            let l = Ref::steal(list::with_capacity(0));
            for v in [5, -3, 12, 0, 7, -3] {
                list::push(l.as_ptr(), int::from_i64(v));
            }
            assert_eq!(list::len(l.as_ptr()), 6);
            list::sort(l.as_ptr(), null_mut(), false).unwrap();
            assert_eq!(repr_of(l.as_ptr()), "[-3, -3, 0, 5, 7, 12]");
            list::sort(l.as_ptr(), null_mut(), true).unwrap();
            assert_eq!(repr_of(l.as_ptr()), "[12, 7, 5, 0, -3, -3]");
            // A list holding a str and an int cannot be ordered.
            list::push(l.as_ptr(), pystr::from_str("x"));
            assert!(list::sort(l.as_ptr(), null_mut(), false).is_err());
            let e = errors::fetch().unwrap();
            assert_eq!(
                exceptions::format_exception_only(e.as_ptr()),
                "TypeError: '<' not supported between instances of 'str' and 'int'"
            );
            assert_eq!(list::len(l.as_ptr()), 7);
        }
    }

    #[test]
    fn dict_order_and_deletion() {
        let _g = rt();
        unsafe {
            let d = Ref::steal(dict::new_raw());
            for (k, v) in [("b", 1), ("a", 2), ("c", 3), ("d", 4)] {
                dict::set_item(d.as_ptr(), s(k).as_ptr(), small(v).as_ptr()).unwrap();
            }
            dict::set_item(d.as_ptr(), s("a").as_ptr(), small(20).as_ptr()).unwrap();
            assert_eq!(repr_of(d.as_ptr()), "{'b': 1, 'a': 20, 'c': 3, 'd': 4}");
            assert!(dict::del_item(d.as_ptr(), s("c").as_ptr()).unwrap());
            assert!(!dict::del_item(d.as_ptr(), s("zz").as_ptr()).unwrap());
            dict::set_item(d.as_ptr(), s("c").as_ptr(), small(30).as_ptr()).unwrap();
            assert_eq!(repr_of(d.as_ptr()), "{'b': 1, 'a': 20, 'd': 4, 'c': 30}");
            assert_eq!(dict::len(d.as_ptr()), 4);
            let keys: Vec<String> = dict::items_vec(d.as_ptr())
                .iter()
                .map(|(k, _)| pystr::as_str(k.as_ptr()).to_string())
                .collect();
            assert_eq!(keys, ["b", "a", "d", "c"]);
            // Equal keys of different types: 1 == 1.0 == True.
            dict::set_item(d.as_ptr(), small(1).as_ptr(), s("int").as_ptr()).unwrap();
            let one_f = Ref::steal(float::from_f64(1.0));
            dict::set_item(d.as_ptr(), one_f.as_ptr(), s("float").as_ptr()).unwrap();
            let t = pybool::from_bool(true);
            let v = dict::get_item(d.as_ptr(), t.as_ptr()).unwrap().unwrap();
            assert_eq!(pystr::as_str(v), "float");
            assert_eq!(dict::len(d.as_ptr()), 5);
            // A missing key raises KeyError through the subscript protocol.
            assert!(abstract_::getitem(d.as_ptr(), s("missing").as_ptr()).is_err());
            let e = errors::fetch().unwrap();
            assert_eq!(
                exceptions::format_exception_only(e.as_ptr()),
                "KeyError: 'missing'"
            );
        }
    }

    #[test]
    fn set_operations() {
        let _g = rt();
        unsafe {
            let mk = |xs: &[i64]| {
                let l = Ref::steal(list::with_capacity(0));
                for &x in xs {
                    list::push(l.as_ptr(), int::from_i64(x));
                }
                set::set_from_iterable(l.as_ptr()).unwrap()
            };
            let a = mk(&[1, 2, 3, 3]);
            let b = mk(&[2, 3, 4]);
            assert_eq!(set::len(a.as_ptr()), 3);
            let sorted = |o: Ref| {
                let l = Ref::steal(list::with_capacity(0));
                list::extend(l.as_ptr(), o.as_ptr()).unwrap();
                list::sort(l.as_ptr(), null_mut(), false).unwrap();
                repr_of(l.as_ptr())
            };
            let op = |op: BinOp| abstract_::binary_op(a.as_ptr(), b.as_ptr(), op).unwrap();
            assert_eq!(sorted(op(BinOp::And)), "[2, 3]");
            assert_eq!(sorted(op(BinOp::Or)), "[1, 2, 3, 4]");
            assert_eq!(sorted(op(BinOp::Sub)), "[1]");
            assert_eq!(sorted(op(BinOp::Xor)), "[1, 4]");
            assert!(set::contains(a.as_ptr(), small(2).as_ptr()).unwrap());
            assert!(!set::contains(a.as_ptr(), small(4).as_ptr()).unwrap());
            assert!(set::discard(a.as_ptr(), small(1).as_ptr()).unwrap());
            assert!(abstract_::compare_bool(a.as_ptr(), b.as_ptr(), abstract_::CMP_LT).unwrap());
            // Unhashable elements are refused.
            let l = Ref::steal(list::with_capacity(0));
            assert!(set::add(a.as_ptr(), l.as_ptr()).is_err());
            let e = errors::fetch().unwrap();
            assert_eq!(
                exceptions::format_exception_only(e.as_ptr()),
                "TypeError: unhashable type: 'list'"
            );
        }
    }

    #[test]
    fn tuple_and_number_hashes_match_cpython() {
        let _g = rt();
        unsafe {
            let t = Ref::steal(tuple::from_refs(vec![small(1), small(2)]));
            assert_eq!(abstract_::hash(t.as_ptr()).unwrap(), -3550055125485641917);
            let empty = Ref::steal(tuple::empty());
            assert_eq!(
                abstract_::hash(empty.as_ptr()).unwrap(),
                5740354900026072187
            );
            let single = Ref::steal(tuple::from_refs(vec![small(1)]));
            assert_eq!(
                abstract_::hash(single.as_ptr()).unwrap(),
                -6644214454873602895
            );
            assert_eq!(
                abstract_::hash(int_of("1267650600228229401496703205376").as_ptr()).unwrap(),
                549755813888
            );
            assert_eq!(abstract_::hash(small(-1).as_ptr()).unwrap(), -2);
            let half = Ref::steal(float::from_f64(0.5));
            assert_eq!(abstract_::hash(half.as_ptr()).unwrap(), 1152921504606846976);
            let one_f = Ref::steal(float::from_f64(1.0));
            assert_eq!(abstract_::hash(one_f.as_ptr()).unwrap(), 1);
        }
    }

    #[test]
    fn exception_matching() {
        let _g = rt();
        unsafe {
            errors::raise(exceptions::key_error(), "k");
            assert!(errors::occurred());
            assert!(errors::matches(exceptions::key_error()));
            assert!(errors::matches(exceptions::lookup_error()));
            assert!(errors::matches(exceptions::exception()));
            assert!(errors::matches(exceptions::base_exception()));
            assert!(!errors::matches(exceptions::index_error()));
            assert!(!errors::matches(exceptions::value_error()));
            let e = errors::fetch().unwrap();
            assert!(!errors::occurred());
            assert!(abstract_::isinstance(e.as_ptr(), exceptions::lookup_error() as Obj).unwrap());
            errors::raise(exceptions::unicode_decode_error(), "bad");
            assert!(errors::matches(exceptions::value_error()));
            assert!(errors::matches(exceptions::unicode_error()));
            errors::clear();
            errors::raise(exceptions::system_exit(), "bye");
            assert!(!errors::matches(exceptions::exception()));
            assert!(errors::matches(exceptions::base_exception()));
            errors::clear();
            let t = Ref::steal(tuple::from_slice(&[
                exceptions::type_error() as Obj,
                exceptions::key_error() as Obj,
            ]));
            assert!(abstract_::isinstance(e.as_ptr(), t.as_ptr()).unwrap());
        }
    }

    #[test]
    fn bytes_and_bytearray() {
        let _g = rt();
        unsafe {
            let b = Ref::steal(bytes::from_bytes(b"it's"));
            assert_eq!(repr_of(b.as_ptr()), "b\"it's\"");
            let ba = Ref::steal(bytearray::from_bytes(b"ab\x00"));
            assert_eq!(repr_of(ba.as_ptr()), "bytearray(b'ab\\x00')");
            assert_eq!(bytearray::len(ba.as_ptr()), 3);
            bytearray::set_contents(ba.as_ptr(), b"xyz!");
            assert_eq!(bytearray::as_slice(ba.as_ptr()), b"xyz!");
            let x = Ref::steal(bytes::from_bytes(b"xyz!"));
            assert!(abstract_::eq_bool(ba.as_ptr(), x.as_ptr()).unwrap());
            assert!(abstract_::hash(ba.as_ptr()).is_err());
            let e = errors::fetch().unwrap();
            assert_eq!(
                exceptions::format_exception_only(e.as_ptr()),
                "TypeError: unhashable type: 'bytearray'"
            );
        }
    }
}
