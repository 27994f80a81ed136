/* header_smoke.c -- uses every macro and inline function of Molt's include/ once, so
 * that a syntax or type error in any of them fails the build.
 *
 * Compile only: libmolt-capi/tests/layout.rs runs `cc -std=c11 -Wall -Wextra -Werror -c`
 * on it (and the same as C++ when a C++ compiler is present), and checks
 * that every name the headers #define or define as an inline function appears here.
 * Nothing is linked, so the C-API functions some macros expand to only need
 * declarations; until molt_capi_generated.h provides them, stand-ins are declared
 * below. The code is the common subset of C11 and C++11. */
#define PY_SSIZE_T_CLEAN /* selects the _SizeT argument parsers (modsupport.h) */
#include <Python.h>
#include <structmember.h>

/* ---- configuration (pyconfig.h, patchlevel.h, pyport.h) ----------------------------- */

#if !defined(_GNU_SOURCE) || !defined(_ALL_SOURCE) || !defined(__EXTENSIONS__) ||          \
    !defined(_DARWIN_C_SOURCE) || !defined(_NETBSD_SOURCE) || !defined(__BSD_VISIBLE) || \
    !defined(_POSIX_C_SOURCE) || !defined(_XOPEN_SOURCE) ||                              \
    !defined(_XOPEN_SOURCE_EXTENDED) || !defined(_FILE_OFFSET_BITS) ||                   \
    !defined(_LARGEFILE_SOURCE) || !defined(_REENTRANT)
#  error "Python.h must turn on the C library feature-test macros"
#endif
#if !HAVE_UNISTD_H || !HAVE_WCHAR_H || !HAVE_STDDEF_H || !HAVE_LIMITS_H || !HAVE_LONG_LONG
#  error "HAVE_* facts"
#endif
#if SIZEOF_SHORT + SIZEOF_INT + SIZEOF_LONG + SIZEOF_LONG_LONG + SIZEOF_FLOAT +          \
        SIZEOF_DOUBLE + SIZEOF_LONG_DOUBLE + SIZEOF_VOID_P + SIZEOF_SIZE_T +             \
        SIZEOF_UINTPTR_T + SIZEOF_WCHAR_T + SIZEOF__BOOL + ALIGNOF_LONG +                \
        ALIGNOF_SIZE_T + SIZEOF_PY_HASH_T + SIZEOF_PY_UHASH_T + LONG_BIT == 0
#  error "SIZEOF_* facts"
#endif
#if PY_VERSION_HEX != ((PY_MAJOR_VERSION << 24) | (PY_MINOR_VERSION << 16) |          \
                       (PY_MICRO_VERSION << 8) | (PY_RELEASE_LEVEL << 4) | PY_RELEASE_SERIAL)
#  error "PY_VERSION_HEX"
#endif
#if PY_RELEASE_LEVEL_ALPHA + PY_RELEASE_LEVEL_BETA + PY_RELEASE_LEVEL_GAMMA +          \
        PY_RELEASE_LEVEL_FINAL != 48
#  error "release levels"
#endif
#if PY_BIG_ENDIAN + PY_LITTLE_ENDIAN != 1
#  error "endianness"
#endif
#ifdef WORDS_BIGENDIAN
#  define SMOKE_BIG 1
#else
#  define SMOKE_BIG 0
#endif
#if SMOKE_BIG != PY_BIG_ENDIAN
#  error "WORDS_BIGENDIAN"
#endif
#if !defined(WITH_THREAD) || !defined(Py_USING_UNICODE) || !defined(Py_UNICODE_WIDE)
#  error "marker macros"
#endif
#if _Py__has_builtin(__builtin_unreachable) + 1 == 0
#  error "_Py__has_builtin"
#endif

static const char *const version_strings[] = {
    PY_VERSION, PY_FORMAT_SIZE_T, PYTHON_API_STRING, PYTHON_ABI_STRING,
};

/* ---- stand-ins for the generated C-API declarations ------------------------------------ */

#if defined(__has_include)
#  if __has_include("molt_capi_generated.h")
#    define SMOKE_HAVE_GENERATED 1
#  endif
#endif
#ifndef SMOKE_HAVE_GENERATED
#  ifdef __cplusplus
extern "C" {
#  endif
PyAPI_FUNC(void *) PyMem_Malloc(size_t size);
PyAPI_FUNC(void *) PyMem_Realloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_Free(void *ptr);
PyAPI_FUNC(PyObject *) PyCMethod_New(PyMethodDef *, PyObject *, PyObject *, PyTypeObject *);
PyAPI_FUNC(PyObject *) PyModule_Create2(PyModuleDef *, int apiver);
PyAPI_FUNC(PyObject *) PyModule_FromDefAndSpec2(PyModuleDef *, PyObject *, int);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *, const char *, long);
PyAPI_FUNC(int) PyModule_AddStringConstant(PyObject *, const char *, const char *);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *);
PyAPI_FUNC(PyObject *) PyFloat_FromDouble(double);
PyAPI_FUNC(int) PySlice_Unpack(PyObject *, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *);
PyAPI_FUNC(Py_ssize_t) PySlice_AdjustIndices(Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t);
PyAPI_FUNC(void) _PyErr_BadInternalCall(const char *filename, int lineno);
PyAPI_FUNC(void) _Py_FatalErrorFunc(const char *func, const char *message) _Py_NO_RETURN;
PyAPI_FUNC(int) _PyArg_Parse_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, ...);
PyAPI_FUNC(int) _PyArg_VaParse_SizeT(PyObject *, const char *, va_list);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, va_list);
PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *, ...);
PyAPI_FUNC(PyObject *) _Py_VaBuildValue_SizeT(const char *, va_list);
#  ifdef __cplusplus
}
#  endif
#endif

/* ---- pyport.h and pymacro.h ------------------------------------------------------------- */

Py_LOCAL(int) local_function(void) { return 1; }
Py_LOCAL_INLINE(int) local_inline(void) { return 2; }
static inline Py_ALWAYS_INLINE int always_inline_function(void) { return 3; }
static Py_NO_INLINE int no_inline_function(void) { return 4; }
static _Py_HOT_FUNCTION int hot_function(void) { return 5; }
Py_DEPRECATED(3.12) int smoke_deprecated_function(void); /* declared, never used */
static Py_GCC_ATTRIBUTE((unused)) int attributed_function(void) { return 7; }
static Py_ALIGNED(16) int aligned_variable;
Py_EXPORTED_SYMBOL int smoke_exported;
Py_LOCAL_SYMBOL int smoke_local;
PyAPI_DATA(int) smoke_api_data;
PyAPI_FUNC(int) smoke_api_function(void);
Py_IMPORTED_SYMBOL int smoke_imported(void);
static _Py_NO_RETURN void never_returns(void) {
    Py_UNREACHABLE();
}

static int unused_parameter(int Py_UNUSED(x)) {
    return 0;
}

PyDoc_STRVAR(smoke_doc, "docstring");
PyDoc_VAR(smoke_doc2) = PyDoc_STR("another");

static int smoke_pyport(va_list ap) {
    va_list copy;
    Py_VA_COPY(copy, ap);
    va_end(copy);
    char dst[4];
    Py_MEMCPY(dst, "abc", 4);
    static_assert(sizeof(Py_ssize_t) == sizeof(size_t), "Py_ssize_t");
    PY_INT32_T i32 = -1;
    PY_UINT32_T u32 = 1;
    PY_INT64_T i64 = PY_LLONG_MIN < 0 ? -1 : 0;
    PY_UINT64_T u64 = PY_ULLONG_MAX;
    PY_LONG_LONG ll = Py_LL(1) + (long long)Py_ULL(2) + PY_LLONG_MAX % 2;
    Py_ssize_t n = PY_SSIZE_T_MAX + PY_SSIZE_T_MIN;
    size_t sz = PY_SIZE_MAX + (size_t)PY_DWORD_MAX;
    int shifted = Py_ARITHMETIC_RIGHT_SHIFT(int, -8, 1);
    short narrow = Py_SAFE_DOWNCAST(n, Py_ssize_t, short);
    int arr[3] = {0, 0, 0};
    const char *s = Py_STRINGIFY(x) _Py_XSTRINGIFY(y);
    int total = Py_MIN(1, 2) + Py_MAX(1, 2) + Py_ABS(-1) + Py_CHARMASK('a') +
                (int)Py_ARRAY_LENGTH(arr) + (int)Py_MEMBER_SIZE(PyObject, ob_type) +
                (int)Py_BUILD_ASSERT_EXPR(1) + _Py_IS_TYPE_SIGNED(int) +
                (int)_Py_SIZE_ROUND_DOWN(9, 8) + (int)_Py_SIZE_ROUND_UP(9, 8) +
                (_Py_ALIGN_DOWN(dst, 2) != _Py_NULL) + (_Py_ALIGN_UP(dst, 2) != _Py_NULL) +
                _Py_IS_ALIGNED(dst, 1) + _Py_RVALUE(1) + _Py_CAST(int, 1.5) +
                _Py_STATIC_CAST(int, 2.5);
    Py_BUILD_ASSERT(sizeof(int) >= 2);
    _Py_TYPEOF(total) same_type = total;
    Py_intptr_t ip = 0;
    Py_uintptr_t up = 0;
    Py_hash_t h = -1;
    Py_uhash_t uh = 1;
    Py_ssize_clean_t clean = 0;
    (void)version_strings;
    (void)never_returns;
    (void)attributed_function;
    return total + same_type + (int)i32 + (int)u32 + (int)i64 + (int)u64 + (int)ll +
           (int)sz + shifted + narrow + (int)ip + (int)up + (int)h + (int)uh + (int)clean +
           (s[0] == 'x') + local_function() + local_inline() + always_inline_function() +
           no_inline_function() + hot_function() + unused_parameter(0) + aligned_variable +
           (int)sizeof smoke_doc + (int)sizeof smoke_doc2;
}

/* ---- pymath.h --------------------------------------------------------------------------- */

static double smoke_math(double x) {
    return Py_MATH_PI + Py_MATH_E + (double)Py_MATH_PIl + (double)Py_MATH_El +
           (double)Py_MATH_TAU + (Py_IS_NAN(x) ? Py_NAN : 0.0) +
           (Py_IS_INFINITY(x) ? Py_INFINITY : 0.0) + (Py_IS_FINITE(x) ? 0.0 : Py_HUGE_VAL);
}

/* ---- object.h, objimpl.h, abstract.h ----------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    PyObject *member;
} SmokeObject;

typedef struct {
    PyObject_VAR_HEAD
    PyObject *items[1];
} SmokeVarObject;

static SmokeObject static_object = {PyObject_HEAD_INIT(&PyBaseObject_Type) _Py_NULL};
static SmokeVarObject static_var_object = {PyVarObject_HEAD_INIT(&PyBaseObject_Type, 0) {_Py_NULL}};

static int smoke_traverse(PyObject *self, visitproc visit, void *arg) {
    Py_VISIT(((SmokeObject *)self)->member);
    return 0;
}

/* objimpl.h's allocation macros. */
PyObject *smoke_objimpl(PyTypeObject *tp);
PyObject *smoke_objimpl(PyTypeObject *tp) {
    SmokeObject *a = PyObject_New(SmokeObject, tp);
    SmokeObject *b = PyObject_NEW(SmokeObject, tp);
    SmokeVarObject *c = PyObject_NewVar(SmokeVarObject, tp, 1);
    SmokeVarObject *d = PyObject_NEW_VAR(SmokeVarObject, tp, 1);
    SmokeObject *e = PyObject_GC_New(SmokeObject, tp);
    SmokeVarObject *f = PyObject_GC_NewVar(SmokeVarObject, tp, 1);
    PyObject_Del(b);
    PyObject_DEL(d);
    PyObject_GC_Del(e);
    PyObject_GC_Del(f);
    if (PyCapsule_CheckExact((PyObject *)a)) {
        Py_XDECREF(c);
    }
    Py_XDECREF(c);
    return (PyObject *)a;
}

static PyObject *smoke_richcompare(PyObject *a, PyObject *b, int op) {
    if (a == b) {
        Py_RETURN_RICHCOMPARE(1, 1, op);
    }
    if (op == Py_LT || op == Py_LE || op == Py_GT || op == Py_GE) {
        Py_RETURN_NOTIMPLEMENTED;
    }
    if (op == Py_EQ) {
        Py_RETURN_FALSE;
    }
    if (op == Py_NE) {
        Py_RETURN_TRUE;
    }
    Py_RETURN_NONE;
}

static PyObject *smoke_nan(void) {
    Py_RETURN_NAN;
}
static PyObject *smoke_inf(double sign) {
    Py_RETURN_INF(sign);
}

static PyType_Slot smoke_slots[] = {
    {Py_tp_richcompare, (void *)smoke_richcompare},
    {Py_tp_traverse, (void *)smoke_traverse},
    {0, _Py_NULL},
};
static PyType_Spec smoke_spec = {"smoke.Object", (int)sizeof(SmokeObject), 0,
                                 (unsigned int)(Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE),
                                 smoke_slots};

static PySendResult smoke_send(PyObject *iter, PyObject *value, PyObject **result) {
    (void)iter;
    *result = value;
    return value ? PYGEN_NEXT : (iter ? PYGEN_RETURN : PYGEN_ERROR);
}

static int smoke_object(PyObject *o, PyObject *other) {
    PyObject *self = (PyObject *)&static_object;
    int r = 0;
    Py_INCREF(o);
    Py_DECREF(o);
    Py_XINCREF(o);
    Py_XDECREF(o);
    PyObject *held = Py_NewRef(o);
    PyObject *maybe = Py_XNewRef(o);
    PyObject *direct = _Py_NewRef(o);
    PyObject *direct2 = _Py_XNewRef(o);
    Py_CLEAR(held);
    Py_SETREF(maybe, Py_NewRef(other));
    Py_XSETREF(direct, _Py_NULL);
    Py_XDECREF(direct2);
    Py_DECREF(maybe);
    Py_SET_REFCNT(o, Py_REFCNT(o));
    Py_SET_TYPE(o, Py_TYPE(o));
    Py_SET_SIZE(&static_var_object, Py_SIZE(&static_var_object));
    r += Py_IS_TYPE(o, &PyType_Type) + _Py_IsImmortal(o) + Py_Is(o, other);
    r += Py_IsNone(o) + Py_IsTrue(o) + Py_IsFalse(o);
    r += Py_None == Py_NotImplemented || Py_True == Py_False || Py_Ellipsis == Py_None;
    r += PyType_HasFeature(Py_TYPE(o), Py_TPFLAGS_HEAPTYPE) +
         PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_TYPE_SUBCLASS) + PyType_Check(o) +
         PyType_CheckExact(o) + PyType_IS_GC(Py_TYPE(o)) +
         PyObject_TypeCheck(o, &PyBaseObject_Type) + PyObject_TypeCheck(o, &PySuper_Type);
    if (PyType_Check(o)) {
        r += _PyType_CAST(o)->tp_basicsize > 0;
    }
    r += _PyObject_CAST(o) == &_PyVarObject_CAST(o)->ob_base;
    r += (int)PyVectorcall_NARGS(PY_VECTORCALL_ARGUMENTS_OFFSET | 1) +
         (int)_PyVectorcall_NARGS(2);
    r += (int)(Py_INVALID_SIZE + _Py_IMMORTAL_REFCNT);
    r += (&_PyNone_Type != &_PyNotImplemented_Type) + (smoke_spec.slots == smoke_slots);
    r += smoke_richcompare(self, self, Py_EQ) == Py_True;
    r += smoke_nan() != smoke_inf(-1.0);
    (void)smoke_send;
    return r;
}

static const unsigned long type_flags[] = {
    Py_TPFLAGS_HAVE_FINALIZE, _Py_TPFLAGS_STATIC_BUILTIN, Py_TPFLAGS_MANAGED_WEAKREF,
    Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_PREHEADER, Py_TPFLAGS_SEQUENCE,
    Py_TPFLAGS_MAPPING, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_IMMUTABLETYPE,
    Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_VECTORCALL,
    _Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_READY, Py_TPFLAGS_READYING,
    Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HAVE_STACKLESS_EXTENSION, Py_TPFLAGS_METHOD_DESCRIPTOR,
    Py_TPFLAGS_HAVE_VERSION_TAG, Py_TPFLAGS_VALID_VERSION_TAG, Py_TPFLAGS_IS_ABSTRACT,
    _Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_ITEMS_AT_END, Py_TPFLAGS_LONG_SUBCLASS,
    Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_BYTES_SUBCLASS,
    Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_BASE_EXC_SUBCLASS,
    Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_DEFAULT,
};

/* ---- typeslots.h ------------------------------------------------------------------------ */

static const int slot_ids[] = {
    Py_bf_getbuffer, Py_bf_releasebuffer, Py_mp_ass_subscript, Py_mp_length,
    Py_mp_subscript, Py_nb_absolute, Py_nb_add, Py_nb_and, Py_nb_bool, Py_nb_divmod,
    Py_nb_float, Py_nb_floor_divide, Py_nb_index, Py_nb_inplace_add, Py_nb_inplace_and,
    Py_nb_inplace_floor_divide, Py_nb_inplace_lshift, Py_nb_inplace_multiply,
    Py_nb_inplace_or, Py_nb_inplace_power, Py_nb_inplace_remainder, Py_nb_inplace_rshift,
    Py_nb_inplace_subtract, Py_nb_inplace_true_divide, Py_nb_inplace_xor, Py_nb_int,
    Py_nb_invert, Py_nb_lshift, Py_nb_multiply, Py_nb_negative, Py_nb_or, Py_nb_positive,
    Py_nb_power, Py_nb_remainder, Py_nb_rshift, Py_nb_subtract, Py_nb_true_divide,
    Py_nb_xor, Py_sq_ass_item, Py_sq_concat, Py_sq_contains, Py_sq_inplace_concat,
    Py_sq_inplace_repeat, Py_sq_item, Py_sq_length, Py_sq_repeat, Py_tp_alloc, Py_tp_base,
    Py_tp_bases, Py_tp_call, Py_tp_clear, Py_tp_dealloc, Py_tp_del, Py_tp_descr_get,
    Py_tp_descr_set, Py_tp_doc, Py_tp_getattr, Py_tp_getattro, Py_tp_hash, Py_tp_init,
    Py_tp_is_gc, Py_tp_iter, Py_tp_iternext, Py_tp_methods, Py_tp_new, Py_tp_repr,
    Py_tp_richcompare, Py_tp_setattr, Py_tp_setattro, Py_tp_str, Py_tp_traverse,
    Py_tp_members, Py_tp_getset, Py_tp_free, Py_nb_matrix_multiply,
    Py_nb_inplace_matrix_multiply, Py_am_await, Py_am_aiter, Py_am_anext, Py_tp_finalize,
    Py_am_send,
};

/* ---- pybuffer.h --------------------------------------------------------------------------- */

static const int buffer_flags[] = {
    PyBUF_MAX_NDIM, PyBUF_SIMPLE, PyBUF_WRITABLE, PyBUF_WRITEABLE, PyBUF_FORMAT, PyBUF_ND,
    PyBUF_STRIDES, PyBUF_C_CONTIGUOUS, PyBUF_F_CONTIGUOUS, PyBUF_ANY_CONTIGUOUS,
    PyBUF_INDIRECT, PyBUF_CONTIG, PyBUF_CONTIG_RO, PyBUF_STRIDED, PyBUF_STRIDED_RO,
    PyBUF_RECORDS, PyBUF_RECORDS_RO, PyBUF_FULL, PyBUF_FULL_RO, PyBUF_READ, PyBUF_WRITE,
};

/* ---- memoryobject.h ------------------------------------------------------------------------- */

static const int memoryview_flags[] = {
    _Py_MANAGED_BUFFER_RELEASED, _Py_MANAGED_BUFFER_FREE_FORMAT, _Py_MEMORYVIEW_RELEASED,
    _Py_MEMORYVIEW_C, _Py_MEMORYVIEW_FORTRAN, _Py_MEMORYVIEW_SCALAR, _Py_MEMORYVIEW_PIL,
    _Py_MEMORYVIEW_RESTRICTED,
};

static int smoke_memoryview(PyObject *m) {
    return PyMemoryView_Check(m) + PyMemoryView_GET_BUFFER(m)->ndim +
           (PyMemoryView_GET_BASE(m) == m) + memoryview_flags[0];
}

/* ---- pymem.h ------------------------------------------------------------------------------ */

static int smoke_mem(void) {
    int *a = PyMem_New(int, 4);
    PyMem_Resize(a, int, 8);
    int *b = PyMem_NEW(int, 2);
    PyMem_RESIZE(b, int, 3);
    void *c = PyMem_MALLOC(16);
    c = PyMem_REALLOC(c, 32);
    PyMem_FREE(c);
    PyMem_Del(a);
    PyMem_DEL(b);
    return 0;
}

/* ---- methodobject.h, descrobject.h, structmember.h ------------------------------------------ */

static PyObject *smoke_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)args;
    (void)nargs;
    return self;
}

static PyMethodDef smoke_methods[] = {
    {"fast", _PyCFunction_CAST(smoke_fast), METH_FASTCALL, _Py_NULL},
    {"kw", _Py_NULL, METH_VARARGS | METH_KEYWORDS, _Py_NULL},
    {"cls", _Py_NULL, METH_NOARGS | METH_CLASS | METH_COEXIST, _Py_NULL},
    {"st", _Py_NULL, METH_O | METH_STATIC | METH_STACKLESS, _Py_NULL},
    {"m", _Py_NULL, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, _Py_NULL},
    {_Py_NULL, _Py_NULL, 0, _Py_NULL},
};

static PyMemberDef smoke_members[] = {
    {"member", Py_T_OBJECT_EX, offsetof(SmokeObject, member), Py_READONLY | Py_AUDIT_READ, _Py_NULL},
    {"rel", Py_T_INT, 0, Py_RELATIVE_OFFSET | _Py_WRITE_RESTRICTED, _Py_NULL},
    {"old", T_OBJECT, offsetof(SmokeObject, member), READONLY | RESTRICTED, _Py_NULL},
    {_Py_NULL, 0, 0, 0, _Py_NULL},
};

static const int member_codes[] = {
    Py_T_SHORT, Py_T_INT, Py_T_LONG, Py_T_FLOAT, Py_T_DOUBLE, Py_T_STRING, _Py_T_OBJECT,
    Py_T_CHAR, Py_T_BYTE, Py_T_UBYTE, Py_T_USHORT, Py_T_UINT, Py_T_ULONG,
    Py_T_STRING_INPLACE, Py_T_BOOL, Py_T_OBJECT_EX, Py_T_LONGLONG, Py_T_ULONGLONG,
    Py_T_PYSSIZET, _Py_T_NONE, T_SHORT, T_INT, T_LONG, T_FLOAT, T_DOUBLE, T_STRING,
    T_OBJECT, T_CHAR, T_BYTE, T_UBYTE, T_USHORT, T_UINT, T_ULONG, T_STRING_INPLACE,
    T_BOOL, T_OBJECT_EX, T_LONGLONG, T_ULONGLONG, T_PYSSIZET, T_NONE, READONLY,
    PY_AUDIT_READ, READ_RESTRICTED, PY_WRITE_RESTRICTED, RESTRICTED,
};

static PyObject *smoke_get(PyObject *self, void *closure) {
    (void)closure;
    return self;
}
static PyGetSetDef smoke_getset[] = {
    {"g", smoke_get, _Py_NULL, _Py_NULL, _Py_NULL},
    {_Py_NULL, _Py_NULL, _Py_NULL, _Py_NULL, _Py_NULL},
};

typedef struct {
    PyDescr_COMMON;
    void *extra;
} SmokeDescr;

static int smoke_functions(PyObject *f, PyObject *descr) {
    PyObject *made = PyCFunction_New(&smoke_methods[0], f);
    PyObject *made2 = PyCFunction_NewEx(&smoke_methods[0], f, _Py_NULL);
    int r = (made == made2) + PyCFunction_Check(f) + PyCFunction_CheckExact(f) +
            (PyCFunction_GET_FUNCTION(f) != _Py_NULL) + (PyCFunction_GET_SELF(f) == f) +
            PyCFunction_GET_FLAGS(f) + (_PyCFunctionObject_CAST(f)->m_ml == _Py_NULL);
    r += PyDescr_TYPE(descr) == &PyMethodDescr_Type || PyDescr_NAME(descr) == _Py_NULL;
    r += (&PyClassMethodDescr_Type != &PyGetSetDescr_Type) +
         (&PyMemberDescr_Type != &PyProperty_Type) + (int)sizeof(SmokeDescr);
    return r + (int)Py_ARRAY_LENGTH(smoke_members) + (int)Py_ARRAY_LENGTH(smoke_getset);
}

/* ---- moduleobject.h, modsupport.h --------------------------------------------------------- */

static int smoke_exec(PyObject *m) {
    return PyModule_AddIntMacro(m, METH_O) + PyModule_AddStringMacro(m, PY_VERSION);
}

static PyModuleDef_Slot smoke_module_slots[] = {
    {Py_mod_exec, (void *)smoke_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, _Py_NULL},
};

static PyModuleDef smoke_module = {
    PyModuleDef_HEAD_INIT, "smoke", _Py_NULL, 0, smoke_methods, smoke_module_slots,
    _Py_NULL, _Py_NULL, _Py_NULL,
};

static int smoke_modules(PyObject *m, PyObject *spec, PyObject *args, PyObject *kwargs, ...) {
    char *kwlist[] = {_Py_NULL};
    int r = PyModule_Check(m) + PyModule_CheckExact(m);
    r += Py_mod_create + _Py_mod_LAST_SLOT + PYTHON_API_VERSION + PYTHON_ABI_VERSION +
         Py_CLEANUP_SUPPORTED;
    r += Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED != Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED;
    r += PyModule_Create(&smoke_module) == PyModule_FromDefAndSpec(&smoke_module, spec);
    r += PyArg_Parse(args, "O", &m) + PyArg_ParseTuple(args, "s#", _Py_NULL, _Py_NULL) +
         PyArg_ParseTupleAndKeywords(args, kwargs, "", kwlist);
    va_list ap;
    va_start(ap, kwargs);
    r += PyArg_VaParse(args, "", ap);
    va_end(ap);
    va_start(ap, kwargs);
    r += PyArg_VaParseTupleAndKeywords(args, kwargs, "", kwlist, ap);
    va_end(ap);
    va_start(ap, kwargs);
    r += Py_VaBuildValue("()", ap) == Py_BuildValue("()");
    va_end(ap);
    return r;
}

/* ---- concrete objects ---------------------------------------------------------------------- */

static int smoke_containers(PyObject *t, PyObject *l, PyObject *b, PyObject *ba, PyObject *f,
                            PyObject *d, PyObject *i) {
    int r = 0;
    r += PyTuple_Check(t) + PyTuple_CheckExact(t) + (int)PyTuple_GET_SIZE(t);
    PyTuple_SET_ITEM(t, 0, PyTuple_GET_ITEM(t, 0));
    r += _PyTuple_CAST(t)->ob_item[0] == _Py_NULL;
    r += PyList_Check(l) + PyList_CheckExact(l) + (int)PyList_GET_SIZE(l);
    PyList_SET_ITEM(l, 0, PyList_GET_ITEM(l, 0));
    r += _PyList_CAST(l)->allocated > 0;
    r += (int)PySequence_Fast_GET_SIZE(l) + (PySequence_Fast_GET_ITEM(t, 0) == _Py_NULL) +
         (PySequence_Fast_ITEMS(l) == _Py_NULL);
    r += PyBytes_Check(b) + PyBytes_CheckExact(b) + (int)PyBytes_GET_SIZE(b) +
         PyBytes_AS_STRING(b)[0] + _PyBytes_CAST(b)->ob_sval[0];
    r += PyByteArray_Check(ba) + PyByteArray_CheckExact(ba) + (int)PyByteArray_GET_SIZE(ba) +
         PyByteArray_AS_STRING(ba)[0] + (int)_PyByteArray_CAST(ba)->ob_exports;
    r += PyComplex_Check(f) + PyComplex_CheckExact(f);
    r += PyFloat_Check(f) + PyFloat_CheckExact(f) + (int)PyFloat_AS_DOUBLE(f) +
         (int)_PyFloat_CAST(f)->ob_fval;
    r += PyDict_Check(d) + PyDict_CheckExact(d) + (int)PyDict_GET_SIZE(d);
    r += PyLong_Check(i) + PyLong_CheckExact(i) + PyBool_Check(i) + (int)PyLong_AS_LONG(i);
    r += PySet_Check(d) + PySet_CheckExact(d) + PyFrozenSet_Check(d) +
         PyFrozenSet_CheckExact(d) + PyAnySet_Check(d) + PyAnySet_CheckExact(d);
    r += (int)PySet_GET_SIZE(d) + (int)(_PySet_CAST(d)->mask + 1 >= PySet_MINSIZE);
    r += PyRange_Check(d) + PySlice_Check(d) + PyFunction_Check(d) + PyMethod_Check(d) +
         PyCell_Check(d);
    r += &PyStaticMethod_Type != &PyClassMethod_Type;
    r += &PyEllipsis_Type != &PyRange_Type;
    r += smoke_memoryview(d);
    return r;
}

static int smoke_small_objects(PyObject *cell, PyObject *meth, PyObject *slice) {
    int r = PyCell_GET(cell) == _Py_NULL;
    PyCell_SET(cell, _Py_NULL);
    r += PyMethod_GET_FUNCTION(meth) == PyMethod_GET_SELF(meth);
    r += _PyMethod_CAST(meth)->im_weakreflist == _Py_NULL;
    Py_ssize_t start, stop, step, length;
    r += PySlice_GetIndicesEx(slice, 10, &start, &stop, &step, &length);
    r += ((PySliceObject *)slice)->step == Py_None;
    return r;
}

static int smoke_unicode(PyObject *s) {
    int r = PyUnicode_Check(s) + PyUnicode_CheckExact(s);
    int kind = PyUnicode_KIND(s);
    void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (n > 0) {
        Py_UCS4 c = PyUnicode_READ(kind, data, 0);
        PyUnicode_WRITE(kind, data, 0, c);
        r += (int)PyUnicode_READ_CHAR(s, 0);
    }
    r += (int)PyUnicode_MAX_CHAR_VALUE(s) + (int)PyUnicode_IS_ASCII(s) +
         (int)PyUnicode_IS_COMPACT(s) + PyUnicode_IS_COMPACT_ASCII(s) +
         (int)PyUnicode_IS_READY(s) + PyUnicode_READY(s) + (int)PyUnicode_CHECK_INTERNED(s);
    r += PyUnicode_1BYTE_DATA(s)[0] + PyUnicode_2BYTE_DATA(s)[0] + (int)PyUnicode_4BYTE_DATA(s)[0];
    r += _PyUnicode_COMPACT_DATA(s) == _PyUnicode_NONCOMPACT_DATA(s);
    r += (int)_PyASCIIObject_CAST(s)->length + (int)_PyCompactUnicodeObject_CAST(s)->utf8_length +
         (_PyUnicodeObject_CAST(s)->data.any == _Py_NULL);
    r += Py_UNICODE_IS_SURROGATE(0xD800) + Py_UNICODE_IS_HIGH_SURROGATE(0xD800) +
         Py_UNICODE_IS_LOW_SURROGATE(0xDC00);
    r += (int)Py_UNICODE_JOIN_SURROGATES(Py_UNICODE_HIGH_SURROGATE(0x10000),
                                         Py_UNICODE_LOW_SURROGATE(0x10000));
    r += PyUnicode_1BYTE_KIND + PyUnicode_2BYTE_KIND + PyUnicode_4BYTE_KIND +
         SSTATE_NOT_INTERNED + SSTATE_INTERNED_MORTAL + SSTATE_INTERNED_IMMORTAL +
         SSTATE_INTERNED_IMMORTAL_STATIC + Py_UNICODE_SIZE +
         (int)Py_UNICODE_REPLACEMENT_CHARACTER;
    PY_UNICODE_TYPE wide = L'x';
    Py_UNICODE old = wide;
    Py_UCS1 c1 = 1;
    Py_UCS2 c2 = 2;
    return r + (int)old + c1 + c2;
}

/* ---- pyerrors.h ----------------------------------------------------------------------------- */

typedef struct {
    PyException_HEAD
    PyObject *extra;
} SmokeException;

static int smoke_errors(PyObject *e) {
    int r = PyExceptionInstance_Check(e) + PyExceptionClass_Check(e) +
            (PyExceptionInstance_Class(e) == PyExc_TypeError) + (int)sizeof(SmokeException);
    r += ((PyBaseExceptionObject *)e)->suppress_context;
    if (r < 0) {
        PyErr_BadInternalCall();
        Py_FatalError("unreachable");
    }
    return r;
}

/* ---- threads and variadic calls (pystate.h, abstract.h) ---------------------------------------- */

static long smoke_threads(PyObject *o) {
    long r = 0;
    PyThread_type_lock lock = PyThread_allocate_lock();
    r += PyThread_acquire_lock(lock, WAIT_LOCK) + PyThread_acquire_lock(lock, NOWAIT_LOCK);
    PyThread_release_lock(lock);
    PyThread_free_lock(lock);
    Py_BEGIN_ALLOW_THREADS
    Py_BLOCK_THREADS
    Py_UNBLOCK_THREADS
    Py_END_ALLOW_THREADS
    PyGILState_STATE st = PyGILState_Ensure();
    PyGILState_Release(st);
    r += PyObject_CallFunction(o, "i", 1) == PyObject_CallMethod(o, "m", NULL);
    return r;
}

/* ---- everything together ------------------------------------------------------------------- */

/* Some object; only declared, so the compiler assumes nothing about it. */
PyObject *smoke_some_object(void);

PyMODINIT_FUNC PyInit_smoke(void);
PyMODINIT_FUNC PyInit_smoke(void) {
    PyObject *o = smoke_some_object();
    long total = smoke_object(o, o) + smoke_mem() + smoke_functions(o, o) +
                 smoke_containers(o, o, o, o, o, o, o) + smoke_small_objects(o, o, o) +
                 smoke_unicode(o) + smoke_errors(o) + smoke_threads(o) + smoke_modules(o, o, o, o) +
                 (long)smoke_math(1.0) + (long)Py_ARRAY_LENGTH(type_flags) +
                 (long)Py_ARRAY_LENGTH(slot_ids) + (long)Py_ARRAY_LENGTH(buffer_flags) +
                 (long)Py_ARRAY_LENGTH(member_codes) + (long)sizeof(smoke_spec);
    (void)smoke_pyport;
    if (total == 0) {
        return _Py_NULL;
    }
    return PyModule_Create(&smoke_module);
}
