/* object.h -- the object header every Python object starts with, reference counting,
 * type objects with all their slot tables, and the type-flag constants.
 *
 * Part of Molt's Python.h. Every struct here has CPython 3.12's layout on 64-bit
 * targets, field for field, because Molt's runtime (libmolt.a) lays its objects out the
 * same way and C extensions read them directly. The inline functions reproduce
 * CPython 3.12's release-build semantics, including immortal objects. */
#ifndef Py_OBJECT_H
#define Py_OBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* ==== The object header ============================================================ */

/* Put at the start of an object struct: the struct then begins with a PyObject named
 * ob_base, so a pointer to it may be cast to PyObject *. */
#define PyObject_HEAD PyObject ob_base;
/* The same for variable-size objects, which also carry ob_size. */
#define PyObject_VAR_HEAD PyVarObject ob_base;
#define Py_INVALID_SIZE (Py_ssize_t)-1

/* Immortal objects (None, True, False, small ints, static types) have every bit of the
 * low 32-bit half of ob_refcnt set. Increments saturate there and decrements test the
 * half's sign bit, so such objects are never freed. 64-bit targets only (see
 * pyconfig.h). */
#define _Py_IMMORTAL_REFCNT UINT_MAX

/* Initialisers for a statically allocated object's header; note the trailing comma,
 * which lets the next field's initialiser follow directly. The reference count starts
 * at 1, as it does for extension code compiled against CPython. */
#define PyObject_HEAD_INIT(type) { { 1 }, (type) },
#define PyVarObject_HEAD_INIT(type, size) { PyObject_HEAD_INIT(type) (size) },

#if defined(__GNUC__) && !defined(__cplusplus) && \
    !(defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L)
#  define _Molt_ANONYMOUS __extension__ /* anonymous unions before C11 */
#else
#  define _Molt_ANONYMOUS
#endif

struct _object {
    _Molt_ANONYMOUS union {
        Py_ssize_t ob_refcnt;
        /* The two 32-bit halves of ob_refcnt, in memory order. */
        PY_UINT32_T ob_refcnt_split[2];
    };
    PyTypeObject *ob_type;
};

typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size; /* how many items the variable-size part holds */
} PyVarObject;

/* Index of the low (counting) half of ob_refcnt within ob_refcnt_split. */
#define _Molt_REFCNT_LOW PY_BIG_ENDIAN

#define _PyObject_CAST(op) _Py_CAST(PyObject *, (op))
#define _PyVarObject_CAST(op) _Py_CAST(PyVarObject *, (op))

/* Identity, as Python's `is`. */
#define Py_Is(x, y) ((x) == (y))

/* The int and bool types: Py_SIZE must never be applied to their instances. */
PyAPI_DATA(PyTypeObject) PyLong_Type;
PyAPI_DATA(PyTypeObject) PyBool_Type;

static inline Py_ssize_t Py_REFCNT(PyObject *ob) {
    return ob->ob_refcnt;
}
#define Py_REFCNT(ob) Py_REFCNT(_PyObject_CAST(ob))

static inline PyTypeObject *Py_TYPE(PyObject *ob) {
    return ob->ob_type;
}
#define Py_TYPE(ob) Py_TYPE(_PyObject_CAST(ob))

static inline Py_ssize_t Py_SIZE(PyObject *ob) {
    assert(ob->ob_type != &PyLong_Type && ob->ob_type != &PyBool_Type);
    return _PyVarObject_CAST(ob)->ob_size;
}
#define Py_SIZE(ob) Py_SIZE(_PyObject_CAST(ob))

/* Whether op is immortal: the sign bit of the low 32-bit half of its count is set. */
static inline Py_ALWAYS_INLINE int _Py_IsImmortal(PyObject *op) {
    return (op->ob_refcnt_split[_Molt_REFCNT_LOW] & 0x80000000u) != 0;
}
#define _Py_IsImmortal(op) _Py_IsImmortal(_PyObject_CAST(op))

static inline int Py_IS_TYPE(PyObject *ob, PyTypeObject *type) {
    return Py_TYPE(ob) == type;
}
#define Py_IS_TYPE(ob, type) Py_IS_TYPE(_PyObject_CAST(ob), (type))

/* Sets the reference count, except of an immortal object, which stays immortal. */
static inline void Py_SET_REFCNT(PyObject *ob, Py_ssize_t refcnt) {
    if (!_Py_IsImmortal(ob)) {
        ob->ob_refcnt = refcnt;
    }
}
#define Py_SET_REFCNT(ob, refcnt) Py_SET_REFCNT(_PyObject_CAST(ob), (refcnt))

static inline void Py_SET_TYPE(PyObject *ob, PyTypeObject *type) {
    ob->ob_type = type;
}
#define Py_SET_TYPE(ob, type) Py_SET_TYPE(_PyObject_CAST(ob), type)

static inline void Py_SET_SIZE(PyVarObject *ob, Py_ssize_t size) {
    assert(ob->ob_base.ob_type != &PyLong_Type && ob->ob_base.ob_type != &PyBool_Type);
    ob->ob_size = size;
}
#define Py_SET_SIZE(ob, size) Py_SET_SIZE(_PyVarObject_CAST(ob), (size))

/* ==== Slot function types =========================================================== */

typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*inquiry)(PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef PyObject *(*ssizeargfunc)(PyObject *, Py_ssize_t);
typedef PyObject *(*ssizessizeargfunc)(PyObject *, Py_ssize_t, Py_ssize_t);
typedef int (*ssizeobjargproc)(PyObject *, Py_ssize_t, PyObject *);
typedef int (*ssizessizeobjargproc)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
typedef int (*objobjargproc)(PyObject *, PyObject *, PyObject *);
typedef int (*objobjproc)(PyObject *, PyObject *);
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef void (*freefunc)(void *);
typedef void (*destructor)(PyObject *);
typedef PyObject *(*getattrfunc)(PyObject *, char *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrfunc)(PyObject *, char *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(PyTypeObject *, Py_ssize_t);
/* PEP 590: args[0..nargs) then the keyword values named by the kwnames tuple; nargsf
 * may carry PY_VECTORCALL_ARGUMENTS_OFFSET. */
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args,
                                    size_t nargsf, PyObject *kwnames);

/* Outcome of am_send / PyIter_Send. */
typedef enum {
    PYGEN_RETURN = 0, /* the iterator returned; *result is its value */
    PYGEN_ERROR = -1, /* an exception is set */
    PYGEN_NEXT = 1,   /* the iterator yielded *result */
} PySendResult;

typedef PySendResult (*sendfunc)(PyObject *iter, PyObject *value, PyObject **result);

/* ==== Types created from a specification (PyType_FromSpec) ========================= */

typedef struct {
    int slot;    /* a Py_tp_* / Py_nb_* / ... id from typeslots.h; 0 ends the array */
    void *pfunc; /* the function (or data) for that slot */
} PyType_Slot;

typedef struct {
    const char *name;
    int basicsize;
    int itemsize;
    unsigned int flags;
    PyType_Slot *slots;
} PyType_Spec;

/* ==== Functions the inline code below calls ========================================== */

/* Frees an object whose count reached zero (through its type's tp_dealloc). */
PyAPI_FUNC(void) _Py_Dealloc(PyObject *);
/* Whether a is b or a subclass of b. */
PyAPI_FUNC(int) PyType_IsSubtype(PyTypeObject *, PyTypeObject *);

static inline int PyObject_TypeCheck(PyObject *ob, PyTypeObject *type) {
    return Py_IS_TYPE(ob, type) || PyType_IsSubtype(Py_TYPE(ob), type);
}
#define PyObject_TypeCheck(ob, type) PyObject_TypeCheck(_PyObject_CAST(ob), (type))

PyAPI_DATA(PyTypeObject) PyType_Type;        /* type */
PyAPI_DATA(PyTypeObject) PyBaseObject_Type;  /* object */
PyAPI_DATA(PyTypeObject) PySuper_Type;       /* super */

/* ==== Type flags (tp_flags) ========================================================== */

#define Py_TPFLAGS_HAVE_FINALIZE (1UL << 0)        /* kept for old code; no meaning */
#define _Py_TPFLAGS_STATIC_BUILTIN (1 << 1)
#define Py_TPFLAGS_MANAGED_WEAKREF (1 << 3)
#define Py_TPFLAGS_MANAGED_DICT (1 << 4)
#define Py_TPFLAGS_PREHEADER (Py_TPFLAGS_MANAGED_WEAKREF | Py_TPFLAGS_MANAGED_DICT)
#define Py_TPFLAGS_SEQUENCE (1 << 5)               /* matches `case [...]` patterns */
#define Py_TPFLAGS_MAPPING (1 << 6)                /* matches `case {...}` patterns */
#define Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define Py_TPFLAGS_HEAPTYPE (1UL << 9)             /* allocated at run time */
#define Py_TPFLAGS_BASETYPE (1UL << 10)            /* may be subclassed */
#define Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define _Py_TPFLAGS_HAVE_VECTORCALL Py_TPFLAGS_HAVE_VECTORCALL
#define Py_TPFLAGS_READY (1UL << 12)
#define Py_TPFLAGS_READYING (1UL << 13)
#define Py_TPFLAGS_HAVE_GC (1UL << 14)
#define Py_TPFLAGS_HAVE_STACKLESS_EXTENSION 0
#define Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)    /* kept for old code; 3.12 never sets it */
#define Py_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define _Py_TPFLAGS_MATCH_SELF (1UL << 22)
#define Py_TPFLAGS_ITEMS_AT_END (1UL << 23)
/* One bit per builtin base, so that the common isinstance tests are a mask test. */
#define Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
/* The flags every static type starts from. In 3.12 no flag is on by default any more,
 * so this is the int 0. */
#define Py_TPFLAGS_DEFAULT (Py_TPFLAGS_HAVE_STACKLESS_EXTENSION | 0)

/* ==== Reference counting ============================================================= */

/* Adds a reference. The count lives in the low 32 bits; when they are all set (an
 * immortal object) the increment is dropped instead of carrying. */
static inline Py_ALWAYS_INLINE void Py_INCREF(PyObject *op) {
    PY_UINT32_T next = op->ob_refcnt_split[_Molt_REFCNT_LOW] + 1u;
    if (next != 0) {
        op->ob_refcnt_split[_Molt_REFCNT_LOW] = next;
    }
}
#define Py_INCREF(op) Py_INCREF(_PyObject_CAST(op))

/* Drops a reference; an object whose count reaches zero is deallocated. Immortal
 * objects are left alone. */
static inline Py_ALWAYS_INLINE void Py_DECREF(PyObject *op) {
    if (_Py_IsImmortal(op)) {
        return;
    }
    op->ob_refcnt -= 1;
    if (op->ob_refcnt == 0) {
        _Py_Dealloc(op);
    }
}
#define Py_DECREF(op) Py_DECREF(_PyObject_CAST(op))

/* Variants that accept NULL and do nothing with it. */
static inline void Py_XINCREF(PyObject *op) {
    if (op != _Py_NULL) {
        Py_INCREF(op);
    }
}
#define Py_XINCREF(op) Py_XINCREF(_PyObject_CAST(op))

static inline void Py_XDECREF(PyObject *op) {
    if (op != _Py_NULL) {
        Py_DECREF(op);
    }
}
#define Py_XDECREF(op) Py_XDECREF(_PyObject_CAST(op))

/* Py_CLEAR(var): if var is not NULL, set it to NULL first and then drop the reference
 * it held, so that a destructor run by the drop never sees the dead pointer. `var` is
 * evaluated once. Py_SETREF(var, value) / Py_XSETREF store the new value first and
 * then drop the old one the same way (the X form accepts an old NULL). With GCC and
 * clang the temporaries keep the variable's own type; otherwise the store goes through
 * memcpy so that no PyObject ** alias of a differently typed pointer is written. */
#ifdef _Py_TYPEOF
#  define Py_CLEAR(op)                                       \
      do {                                                   \
          _Py_TYPEOF(op) *_molt_clear_at = &(op);            \
          _Py_TYPEOF(op) _molt_clear_was = *_molt_clear_at;  \
          if (_molt_clear_was != _Py_NULL) {                 \
              *_molt_clear_at = _Py_NULL;                    \
              Py_DECREF(_molt_clear_was);                    \
          }                                                  \
      } while (0)
#  define Py_SETREF(dst, src)                                \
      do {                                                   \
          _Py_TYPEOF(dst) *_molt_set_at = &(dst);            \
          _Py_TYPEOF(dst) _molt_set_was = *_molt_set_at;     \
          *_molt_set_at = (src);                             \
          Py_DECREF(_molt_set_was);                          \
      } while (0)
#  define Py_XSETREF(dst, src)                               \
      do {                                                   \
          _Py_TYPEOF(dst) *_molt_set_at = &(dst);            \
          _Py_TYPEOF(dst) _molt_set_was = *_molt_set_at;     \
          *_molt_set_at = (src);                             \
          Py_XDECREF(_molt_set_was);                         \
      } while (0)
#else
#  define Py_CLEAR(op)                                                   \
      do {                                                               \
          void *_molt_clear_at = (void *)&(op);                          \
          PyObject *_molt_clear_was;                                     \
          memcpy(&_molt_clear_was, _molt_clear_at, sizeof(PyObject *));  \
          if (_molt_clear_was != _Py_NULL) {                             \
              PyObject *_molt_clear_null = _Py_NULL;                     \
              memcpy(_molt_clear_at, &_molt_clear_null, sizeof(PyObject *)); \
              Py_DECREF(_molt_clear_was);                                \
          }                                                              \
      } while (0)
#  define Py_SETREF(dst, src)                                            \
      do {                                                               \
          void *_molt_set_at = (void *)&(dst);                           \
          PyObject *_molt_set_was, *_molt_set_new = _PyObject_CAST(src); \
          memcpy(&_molt_set_was, _molt_set_at, sizeof(PyObject *));      \
          memcpy(_molt_set_at, &_molt_set_new, sizeof(PyObject *));      \
          Py_DECREF(_molt_set_was);                                      \
      } while (0)
#  define Py_XSETREF(dst, src)                                           \
      do {                                                               \
          void *_molt_set_at = (void *)&(dst);                           \
          PyObject *_molt_set_was, *_molt_set_new = _PyObject_CAST(src); \
          memcpy(&_molt_set_was, _molt_set_at, sizeof(PyObject *));      \
          memcpy(_molt_set_at, &_molt_set_new, sizeof(PyObject *));      \
          Py_XDECREF(_molt_set_was);                                     \
      } while (0)
#endif

/* Takes a new (strong) reference and evaluates to obj. */
static inline PyObject *_Py_NewRef(PyObject *obj) {
    Py_INCREF(obj);
    return obj;
}
static inline PyObject *_Py_XNewRef(PyObject *obj) {
    Py_XINCREF(obj);
    return obj;
}
#define Py_NewRef(obj) _Py_NewRef(_PyObject_CAST(obj))
#define Py_XNewRef(obj) _Py_XNewRef(_PyObject_CAST(obj))

/* ==== Singletons ===================================================================== */

/* None. Immortal, so returning it needs no new reference. */
PyAPI_DATA(PyObject) _Py_NoneStruct;
#define Py_None (&_Py_NoneStruct)
#define Py_IsNone(x) Py_Is((x), Py_None)
#define Py_RETURN_NONE return Py_None

/* NotImplemented, the answer of a binary operation that does not handle its operand
 * types. Immortal. */
PyAPI_DATA(PyObject) _Py_NotImplementedStruct;
#define Py_NotImplemented (&_Py_NotImplementedStruct)
#define Py_RETURN_NOTIMPLEMENTED return Py_NotImplemented

/* ==== Rich comparison ================================================================ */

/* The `op` argument of tp_richcompare. */
#define Py_LT 0
#define Py_LE 1
#define Py_EQ 2
#define Py_NE 3
#define Py_GT 4
#define Py_GE 5

/* Returns True or False from the enclosing function according to `val1 op val2`, for
 * any two C values that the comparison operators accept. `op` must be one of the six
 * above. */
#define Py_RETURN_RICHCOMPARE(val1, val2, op)                 \
    do {                                                      \
        int _molt_holds = 0;                                  \
        switch (op) {                                         \
        case Py_LT: _molt_holds = (val1) < (val2); break;     \
        case Py_LE: _molt_holds = (val1) <= (val2); break;    \
        case Py_EQ: _molt_holds = (val1) == (val2); break;    \
        case Py_NE: _molt_holds = (val1) != (val2); break;    \
        case Py_GT: _molt_holds = (val1) > (val2); break;     \
        case Py_GE: _molt_holds = (val1) >= (val2); break;    \
        default: Py_UNREACHABLE();                            \
        }                                                     \
        if (_molt_holds) {                                    \
            Py_RETURN_TRUE;                                   \
        }                                                     \
        Py_RETURN_FALSE;                                      \
    } while (0)

/* ==== Method suites ================================================================== */

/* Numeric operations. Binary slots are called with the operands in their original
 * order, whichever of the two types provided the slot. */
typedef struct {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    void *nb_reserved; /* unused (was nb_long) */
    unaryfunc nb_float;
    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;
    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
} PyNumberMethods;

typedef struct {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    void *was_sq_slice; /* unused */
    ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice; /* unused */
    objobjproc sq_contains;
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} PySequenceMethods;

typedef struct {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;
} PyMappingMethods;

typedef struct {
    unaryfunc am_await;
    unaryfunc am_aiter;
    unaryfunc am_anext;
    sendfunc am_send;
} PyAsyncMethods;

typedef struct {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;
} PyBufferProcs;

/* tp_vectorcall_offset's slot was once tp_print; old code may still name its type. */
typedef Py_ssize_t printfunc;

/* ==== The type object ================================================================ */

struct _typeobject {
    PyObject_VAR_HEAD
    const char *tp_name; /* "module.Name", or "Name" for builtins */
    Py_ssize_t tp_basicsize, tp_itemsize; /* instance size: basic + n * item */

    destructor tp_dealloc;
    Py_ssize_t tp_vectorcall_offset; /* where instances keep a vectorcallfunc, or 0 */
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;

    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;

    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;

    PyBufferProcs *tp_as_buffer;

    unsigned long tp_flags; /* Py_TPFLAGS_* */

    const char *tp_doc;

    traverseproc tp_traverse; /* visits the references a cycle could go through */
    inquiry tp_clear;         /* drops them */

    richcmpfunc tp_richcompare;

    Py_ssize_t tp_weaklistoffset;

    getiterfunc tp_iter;
    iternextfunc tp_iternext;

    PyMethodDef *tp_methods;
    PyMemberDef *tp_members;
    PyGetSetDef *tp_getset;
    PyTypeObject *tp_base; /* owned by heap types, borrowed by static ones */
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;   /* unused */
    void *tp_subclasses;
    PyObject *tp_weaklist;
    destructor tp_del;

    unsigned int tp_version_tag;

    destructor tp_finalize;
    vectorcallfunc tp_vectorcall;

    unsigned char tp_watched; /* which type watchers observe this type */
};

/* A cache the interpreter keeps in every heap type; opaque to extensions. */
struct _specialization_cache {
    PyObject *getitem;
    uint32_t getitem_version;
};

/* The full layout of a type created at run time (a class statement, or
 * PyType_FromSpec): the type object followed by its own method suites, which its
 * tp_as_* pointers point into. */
typedef struct _heaptypeobject {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence; /* after as_mapping: the mapping slot wins */
    PyBufferProcs as_buffer;
    PyObject *ht_name, *ht_slots, *ht_qualname;
    struct _dictkeysobject *ht_cached_keys;
    PyObject *ht_module;
    char *_ht_tpname; /* storage behind tp_name */
    struct _specialization_cache _spec_cache;
} PyHeapTypeObject;

/* The types of None and NotImplemented. */
PyAPI_DATA(PyTypeObject) _PyNone_Type;
PyAPI_DATA(PyTypeObject) _PyNotImplemented_Type;

/* ==== Type tests ===================================================================== */

static inline int PyType_HasFeature(PyTypeObject *type, unsigned long feature) {
    return (type->tp_flags & feature) != 0;
}
/* Subclass test by the builtin-base bits of tp_flags (no MRO walk). */
#define PyType_FastSubclass(type, flag) PyType_HasFeature((type), (flag))

static inline int PyType_Check(PyObject *op) {
    return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TYPE_SUBCLASS);
}
#define PyType_Check(op) PyType_Check(_PyObject_CAST(op))

#define _PyType_CAST(op) (assert(PyType_Check(op)), _Py_CAST(PyTypeObject *, (op)))

static inline int PyType_CheckExact(PyObject *op) {
    return Py_IS_TYPE(op, &PyType_Type);
}
#define PyType_CheckExact(op) PyType_CheckExact(_PyObject_CAST(op))

#ifdef __cplusplus
}
#endif
#endif /* Py_OBJECT_H */
