//! The runtime ABI as the compiler sees it: the name and C signature of every `molt_*`
//! function that generated code may call. This is the compiler's only knowledge of the
//! runtime; `runtime/src/abi.rs` implements the same list, and a test checks that each
//! name here is exported by `libmolt.a`.

/// C types at the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CTy {
    /// A pointer (`PyObject *` or any other pointer).
    Ptr,
    /// `int32_t` / `uint32_t`.
    I32,
    /// `int64_t` / `size_t`.
    I64,
    /// `double`.
    F64,
}

use CTy::*;

/// (name, parameters, result or None for void).
pub const FUNCTIONS: &[(&str, &[CTy], Option<CTy>)] = &[
    ("molt_incref", &[Ptr], None),
    ("molt_decref", &[Ptr], None),
    ("molt_xdecref", &[Ptr], None),
    ("molt_const_str", &[Ptr, I64], Some(Ptr)),
    ("molt_const_bytes", &[Ptr, I64], Some(Ptr)),
    ("molt_const_int", &[I64], Some(Ptr)),
    ("molt_const_bigint", &[Ptr, I64], Some(Ptr)),
    ("molt_const_float", &[F64], Some(Ptr)),
    ("molt_const_singleton", &[I32], Some(Ptr)),
    ("molt_bool", &[I32], Some(Ptr)),
    ("molt_bool_not", &[I32], Some(Ptr)),
    ("molt_binop", &[Ptr, Ptr, I32], Some(Ptr)),
    ("molt_inplace_op", &[Ptr, Ptr, I32], Some(Ptr)),
    ("molt_unaryop", &[Ptr, I32], Some(Ptr)),
    ("molt_compare", &[Ptr, Ptr, I32], Some(Ptr)),
    ("molt_is_true", &[Ptr], Some(I32)),
    ("molt_contains", &[Ptr, Ptr], Some(I32)),
    ("molt_getattr", &[Ptr, Ptr], Some(Ptr)),
    ("molt_setattr", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_getattr_ic", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_setattr_ic", &[Ptr, Ptr, Ptr, Ptr], Some(I32)),
    ("molt_delattr", &[Ptr, Ptr], Some(I32)),
    ("molt_getitem", &[Ptr, Ptr], Some(Ptr)),
    ("molt_setitem", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_delitem", &[Ptr, Ptr], Some(I32)),
    ("molt_call", &[Ptr, Ptr, I64, Ptr], Some(Ptr)),
    ("molt_call_method", &[Ptr, Ptr, Ptr, I64, Ptr], Some(Ptr)),
    (
        "molt_call_method_ic",
        &[Ptr, Ptr, Ptr, I64, Ptr, Ptr],
        Some(Ptr),
    ),
    ("molt_call_ex", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_build_tuple", &[Ptr, I64], Some(Ptr)),
    ("molt_build_list", &[Ptr, I64], Some(Ptr)),
    ("molt_build_set", &[Ptr, I64], Some(Ptr)),
    ("molt_build_dict", &[Ptr, Ptr, I64], Some(Ptr)),
    ("molt_build_slice", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_list_append", &[Ptr, Ptr], Some(I32)),
    ("molt_list_extend", &[Ptr, Ptr], Some(I32)),
    ("molt_list_to_tuple", &[Ptr], Some(Ptr)),
    ("molt_set_from_const_display", &[Ptr], Some(Ptr)),
    ("molt_set_add", &[Ptr, Ptr], Some(I32)),
    ("molt_set_update", &[Ptr, Ptr], Some(I32)),
    ("molt_dict_setitem", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_dict_update", &[Ptr, Ptr], Some(I32)),
    ("molt_dict_merge_kwargs", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_star_args", &[Ptr, Ptr], Some(Ptr)),
    ("molt_get_iter", &[Ptr], Some(Ptr)),
    ("molt_iter_next", &[Ptr], Some(Ptr)),
    ("molt_err_occurred", &[], Some(I32)),
    ("molt_unpack", &[Ptr, I64, Ptr], Some(I32)),
    ("molt_unpack_ex", &[Ptr, I64, I64, Ptr], Some(I32)),
    ("molt_load_global", &[Ptr, Ptr], Some(Ptr)),
    ("molt_store_global", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_delete_global", &[Ptr, Ptr], Some(I32)),
    ("molt_class_load", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_class_delete", &[Ptr, Ptr], Some(I32)),
    ("molt_raise_unbound_local", &[Ptr], None),
    (
        "molt_make_function",
        &[Ptr, Ptr, Ptr, Ptr, Ptr, Ptr],
        Some(Ptr),
    ),
    ("molt_func_globals", &[Ptr], Some(Ptr)),
    ("molt_func_cell", &[Ptr, I64], Some(Ptr)),
    ("molt_cell_new", &[Ptr], Some(Ptr)),
    ("molt_cell_get", &[Ptr, Ptr, I32], Some(Ptr)),
    ("molt_cell_set", &[Ptr, Ptr], None),
    ("molt_build_class", &[Ptr, Ptr, Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_super", &[Ptr, Ptr], Some(Ptr)),
    ("molt_raise", &[Ptr, Ptr], None),
    ("molt_reraise", &[], None),
    ("molt_exc_fetch", &[], Some(Ptr)),
    ("molt_exc_pop_handled", &[], None),
    ("molt_exc_restore", &[Ptr], None),
    ("molt_exc_match", &[Ptr, Ptr], Some(I32)),
    ("molt_exc_star_match", &[Ptr, Ptr], Some(Ptr)),
    ("molt_locals_put", &[Ptr, Ptr, Ptr, I32], Some(I32)),
    ("molt_sorted_keys", &[Ptr], Some(Ptr)),
    ("molt_make_type_alias", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_exc_star_reraise", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_tb_here", &[Ptr, Ptr, I64, I64, I64, I64], None),
    ("molt_assert_fail", &[Ptr], None),
    ("molt_format", &[Ptr, Ptr], Some(Ptr)),
    ("molt_convert", &[Ptr, I32], Some(Ptr)),
    ("molt_build_string", &[Ptr, I64], Some(Ptr)),
    ("molt_module_globals", &[Ptr, Ptr], Some(Ptr)),
    ("molt_import", &[Ptr], Some(Ptr)),
    ("molt_raise_import_error", &[Ptr], Some(I32)),
    ("molt_dealloc", &[Ptr], None),
    ("molt_match_seq", &[Ptr, I64, I64, I32], Some(Ptr)),
    ("molt_match_map", &[Ptr, Ptr, I32], Some(Ptr)),
    ("molt_match_class", &[Ptr, Ptr, I64, Ptr], Some(Ptr)),
    ("molt_register_module", &[Ptr, I64, Ptr], None),
    ("molt_register_extension", &[Ptr, I64, Ptr], None),
    ("molt_import_from", &[Ptr, Ptr, Ptr], Some(Ptr)),
    ("molt_import_star", &[Ptr, Ptr], Some(I32)),
    ("molt_gen_new", &[Ptr, Ptr, I64, I64, I64], Some(Ptr)),
    ("molt_gen_return", &[Ptr, Ptr], None),
    ("molt_gen_error", &[Ptr], None),
    ("molt_exc_push_handled", &[Ptr], None),
    ("molt_yield_from", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_with_enter", &[Ptr, Ptr], Some(Ptr)),
    ("molt_with_exit_normal", &[Ptr], Some(I32)),
    ("molt_with_exit_exc", &[Ptr, Ptr], Some(I32)),
    ("molt_get_awaitable", &[Ptr, I64], Some(Ptr)),
    ("molt_get_aiter", &[Ptr], Some(Ptr)),
    ("molt_get_anext", &[Ptr], Some(Ptr)),
    ("molt_await_anext", &[Ptr, Ptr, Ptr], Some(I32)),
    ("molt_asyncgen_wrap", &[Ptr], Some(Ptr)),
    ("molt_locals_dict", &[Ptr], Some(Ptr)),
    ("molt_complex_new", &[F64, F64], Some(Ptr)),
    ("molt_type_param", &[I64, Ptr, Ptr], Some(Ptr)),
    ("molt_generic_base", &[Ptr], Some(Ptr)),
    ("molt_async_with_enter", &[Ptr, Ptr], Some(Ptr)),
    ("molt_with_exit_call", &[Ptr, Ptr], Some(Ptr)),
    ("molt_int_from_i64", &[I64], Some(Ptr)),
    ("molt_compare_bool", &[Ptr, Ptr, I32], Some(I32)),
    ("molt_recursion_overflow", &[], None),
];

/// The signature of a runtime function; panics (a compiler bug) for unknown names.
pub fn signature(name: &str) -> (&'static [CTy], Option<CTy>) {
    match FUNCTIONS.iter().find(|(n, _, _)| *n == name) {
        Some((_, p, r)) => (p, *r),
        None => panic!(
            "internal compiler error: '{}' is not in the runtime ABI table",
            name
        ),
    }
}

/// Byte offset of `globals` in the runtime's function object (checked at compile time
/// by `runtime/src/abi.rs`).
pub const FUNCTION_GLOBALS_OFFSET: i32 = 24;
/// The small-int cache: `molt_small_ints[v + 5]` for -5 <= v <= 256, 32 bytes each.
pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;
pub const SMALL_INT_SIZE: i64 = 32;

/// Offsets in the runtime's generator object (checked by `runtime/src/abi.rs`).
pub const GEN_FRAME_OFFSET: i32 = 24;
pub const GEN_STATE_OFFSET: i32 = 40;
pub const GEN_FUNC_OFFSET: i32 = 56;

/// Modules implemented in the runtime (besides `sys` and `builtins`); must match
/// `runtime/src/builtins/modules.rs` (checked by a differential program per module).
pub const RUNTIME_MODULES: &[&str] = &[
    "math",
    "operator",
    "itertools",
    "functools",
    "collections",
    "_string",
    "html",
    "_asyncio",
    "os",
    "os.path",
    "io",
    "_abc",
    "_warnings",
    "_typing",
    "_collections_abc",
    "heapq",
    "bisect",
    "time",
    "copy",
];

/// The capabilities a program may be granted (`molt build --capabilities ...`), with
/// their bits in the capability mask. `runtime/src/capabilities.rs` has the same table.
pub const CAPABILITIES: &[(&str, u64)] = &[
    ("fs.read", 1),
    ("fs.write", 2),
    ("env.read", 4),
    ("net", 8),
    ("process", 16),
];

/// The mask of a `--trusted` build: every capability, present and future.
pub const CAPABILITIES_TRUSTED: u64 = u64::MAX;

/// The data symbol (a little-endian `uint64_t`) holding the program's capability mask,
/// written by the link step (`link::capabilities_object`) and read by the runtime at
/// start-up.
pub const CAPABILITIES_SYMBOL: &str = "molt_capabilities";

/// Byte offset of the first item of a tuple (`PyTupleObject.ob_item`).
pub const TUPLE_ITEMS_OFFSET: i32 = 24;
