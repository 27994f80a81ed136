/* unicodeobject.h -- str objects in PEP 393's representation and the inline accessors
 * (kind, data, length, reading and writing code points).
 *
 * Part of Molt's Python.h. Molt stores every str as a PEP 393 compact string with
 * CPython 3.12's layout: PyASCIIObject for pure ASCII (the characters follow the
 * struct), PyCompactUnicodeObject otherwise (characters follow it, one, two or four
 * bytes each, and the UTF-8 form is cached in utf8). PyUnicodeObject, the non-compact
 * form, is declared because the C-API defines it; PyUnicode_DATA handles both. */
#ifndef Py_UNICODEOBJECT_H
#define Py_UNICODEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Code units of the three kinds. */
typedef uint32_t Py_UCS4;
typedef uint16_t Py_UCS2;
typedef uint8_t Py_UCS1;

/* Deprecated since PEP 393; still wchar_t. */
#define PY_UNICODE_TYPE wchar_t
typedef wchar_t Py_UNICODE;
#define Py_UNICODE_SIZE SIZEOF_WCHAR_T
#if Py_UNICODE_SIZE >= 4
#  define Py_UNICODE_WIDE
#endif
#define Py_USING_UNICODE

#define Py_UNICODE_REPLACEMENT_CHARACTER ((Py_UCS4)0xFFFD)

PyAPI_DATA(PyTypeObject) PyUnicode_Type;

#define PyUnicode_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_IS_TYPE((op), &PyUnicode_Type)

/* ---- UTF-16 surrogates ---------------------------------------------------------------- */

static inline int Py_UNICODE_IS_SURROGATE(Py_UCS4 ch) {
    return ch >= 0xD800 && ch <= 0xDFFF;
}
static inline int Py_UNICODE_IS_HIGH_SURROGATE(Py_UCS4 ch) {
    return ch >= 0xD800 && ch <= 0xDBFF;
}
static inline int Py_UNICODE_IS_LOW_SURROGATE(Py_UCS4 ch) {
    return ch >= 0xDC00 && ch <= 0xDFFF;
}
/* The code point a high and a low surrogate encode. */
static inline Py_UCS4 Py_UNICODE_JOIN_SURROGATES(Py_UCS4 high, Py_UCS4 low) {
    assert(Py_UNICODE_IS_HIGH_SURROGATE(high) && Py_UNICODE_IS_LOW_SURROGATE(low));
    return 0x10000 + ((high & 0x3FF) << 10) + (low & 0x3FF);
}
/* The two surrogates of a code point above U+FFFF. */
static inline Py_UCS4 Py_UNICODE_HIGH_SURROGATE(Py_UCS4 ch) {
    assert(ch >= 0x10000 && ch <= 0x10FFFF);
    return (0xD800 - 0x40) + (ch >> 10); /* 0x40 == 0x10000 >> 10 */
}
static inline Py_UCS4 Py_UNICODE_LOW_SURROGATE(Py_UCS4 ch) {
    assert(ch >= 0x10000 && ch <= 0x10FFFF);
    return 0xDC00 + (ch & 0x3FF);
}

/* ---- the three string layouts ---------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    Py_ssize_t length; /* code points */
    Py_hash_t hash;    /* -1 until computed */
    struct {
        /* SSTATE_*: whether and how the string is interned. */
        unsigned int interned : 2;
        /* PyUnicode_1BYTE_KIND, _2BYTE_ or _4BYTE_: the width of every character,
         * the smallest that holds the largest one. */
        unsigned int kind : 3;
        /* The characters follow the struct in the same allocation. */
        unsigned int compact : 1;
        /* Every character is below 128 (then kind is 1). A compact ASCII string is a
         * bare PyASCIIObject: its characters follow it, and are its UTF-8 form. */
        unsigned int ascii : 1;
        /* Set for strings in static storage (never freed). */
        unsigned int statically_allocated : 1;
        unsigned int : 24; /* pads the bit field to 32 bits */
    } state;
} PyASCIIObject;

/* A compact string that is not ASCII: the characters follow this struct. */
typedef struct {
    PyASCIIObject _base;
    Py_ssize_t utf8_length; /* bytes in utf8, without the NUL */
    char *utf8;             /* NUL-terminated UTF-8 form, or NULL if not made yet */
} PyCompactUnicodeObject;

/* A non-compact string: the characters live in a separate buffer. */
typedef struct {
    PyCompactUnicodeObject _base;
    union {
        void *any;
        Py_UCS1 *latin1;
        Py_UCS2 *ucs2;
        Py_UCS4 *ucs4;
    } data;
} PyUnicodeObject;

#define _PyASCIIObject_CAST(op) (assert(PyUnicode_Check(op)), _Py_CAST(PyASCIIObject *, (op)))
#define _PyCompactUnicodeObject_CAST(op) \
    (assert(PyUnicode_Check(op)), _Py_CAST(PyCompactUnicodeObject *, (op)))
#define _PyUnicodeObject_CAST(op) \
    (assert(PyUnicode_Check(op)), _Py_CAST(PyUnicodeObject *, (op)))

/* Values of state.interned. */
#define SSTATE_NOT_INTERNED 0
#define SSTATE_INTERNED_MORTAL 1
#define SSTATE_INTERNED_IMMORTAL 2
#define SSTATE_INTERNED_IMMORTAL_STATIC 3

static inline unsigned int PyUnicode_CHECK_INTERNED(PyObject *op) {
    return _PyASCIIObject_CAST(op)->state.interned;
}
#define PyUnicode_CHECK_INTERNED(op) PyUnicode_CHECK_INTERNED(_PyObject_CAST(op))

/* Every string is "ready" since 3.12; kept for old code. */
static inline unsigned int PyUnicode_IS_READY(PyObject *Py_UNUSED(op)) {
    return 1;
}
#define PyUnicode_IS_READY(op) PyUnicode_IS_READY(_PyObject_CAST(op))

static inline int PyUnicode_READY(PyObject *Py_UNUSED(op)) {
    return 0;
}
#define PyUnicode_READY(op) PyUnicode_READY(_PyObject_CAST(op))

static inline unsigned int PyUnicode_IS_ASCII(PyObject *op) {
    return _PyASCIIObject_CAST(op)->state.ascii;
}
#define PyUnicode_IS_ASCII(op) PyUnicode_IS_ASCII(_PyObject_CAST(op))

static inline unsigned int PyUnicode_IS_COMPACT(PyObject *op) {
    return _PyASCIIObject_CAST(op)->state.compact;
}
#define PyUnicode_IS_COMPACT(op) PyUnicode_IS_COMPACT(_PyObject_CAST(op))

static inline int PyUnicode_IS_COMPACT_ASCII(PyObject *op) {
    return _PyASCIIObject_CAST(op)->state.ascii && PyUnicode_IS_COMPACT(op);
}
#define PyUnicode_IS_COMPACT_ASCII(op) PyUnicode_IS_COMPACT_ASCII(_PyObject_CAST(op))

/* Bytes per character. */
enum PyUnicode_Kind {
    PyUnicode_1BYTE_KIND = 1, /* Py_UCS1: code points below 256 */
    PyUnicode_2BYTE_KIND = 2, /* Py_UCS2: below 65536 */
    PyUnicode_4BYTE_KIND = 4  /* Py_UCS4 */
};

/* The kind of a string (an rvalue: it cannot be assigned to). */
#define PyUnicode_KIND(op) _Py_RVALUE(_PyASCIIObject_CAST(op)->state.kind)

/* Where a compact string's characters start: right after its struct. */
static inline void *_PyUnicode_COMPACT_DATA(PyObject *op) {
    if (PyUnicode_IS_ASCII(op)) {
        return _Py_STATIC_CAST(void *, _PyASCIIObject_CAST(op) + 1);
    }
    return _Py_STATIC_CAST(void *, _PyCompactUnicodeObject_CAST(op) + 1);
}

static inline void *_PyUnicode_NONCOMPACT_DATA(PyObject *op) {
    assert(!PyUnicode_IS_COMPACT(op));
    void *data = _PyUnicodeObject_CAST(op)->data.any;
    assert(data != _Py_NULL);
    return data;
}

/* The characters of any string, PyUnicode_KIND(op) bytes each. */
static inline void *PyUnicode_DATA(PyObject *op) {
    return PyUnicode_IS_COMPACT(op) ? _PyUnicode_COMPACT_DATA(op)
                                    : _PyUnicode_NONCOMPACT_DATA(op);
}
#define PyUnicode_DATA(op) PyUnicode_DATA(_PyObject_CAST(op))

/* The characters as an array of the kind's code unit; the kind is not checked. */
#define PyUnicode_1BYTE_DATA(op) _Py_STATIC_CAST(Py_UCS1 *, PyUnicode_DATA(op))
#define PyUnicode_2BYTE_DATA(op) _Py_STATIC_CAST(Py_UCS2 *, PyUnicode_DATA(op))
#define PyUnicode_4BYTE_DATA(op) _Py_STATIC_CAST(Py_UCS4 *, PyUnicode_DATA(op))

/* Length in code points. */
static inline Py_ssize_t PyUnicode_GET_LENGTH(PyObject *op) {
    return _PyASCIIObject_CAST(op)->length;
}
#define PyUnicode_GET_LENGTH(op) PyUnicode_GET_LENGTH(_PyObject_CAST(op))

/* Stores code point `value` at `index` of a character array of the given kind (the
 * value is truncated to the kind's width; no other check). For filling new strings. */
static inline void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value) {
    assert(index >= 0);
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        assert(value <= 0xFFu);
        ((Py_UCS1 *)data)[index] = (Py_UCS1)value;
        break;
    case PyUnicode_2BYTE_KIND:
        assert(value <= 0xFFFFu);
        ((Py_UCS2 *)data)[index] = (Py_UCS2)value;
        break;
    default:
        assert(kind == PyUnicode_4BYTE_KIND && value <= 0x10FFFFu);
        ((Py_UCS4 *)data)[index] = value;
        break;
    }
}
#define PyUnicode_WRITE(kind, data, index, value)                          \
    PyUnicode_WRITE(_Py_STATIC_CAST(int, kind), _Py_CAST(void *, data),    \
                    (index), _Py_STATIC_CAST(Py_UCS4, value))

/* The code point at `index` of a character array of the given kind. */
static inline Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index) {
    assert(index >= 0);
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return ((const Py_UCS1 *)data)[index];
    case PyUnicode_2BYTE_KIND:
        return ((const Py_UCS2 *)data)[index];
    default:
        assert(kind == PyUnicode_4BYTE_KIND);
        return ((const Py_UCS4 *)data)[index];
    }
}
#define PyUnicode_READ(kind, data, index)                                       \
    PyUnicode_READ(_Py_STATIC_CAST(int, kind), _Py_STATIC_CAST(const void *, data), \
                   (index))

/* The code point at `index` of a string. For loops, read the kind and data once and
 * use PyUnicode_READ. */
static inline Py_UCS4 PyUnicode_READ_CHAR(PyObject *unicode, Py_ssize_t index) {
    assert(index >= 0 && index <= PyUnicode_GET_LENGTH(unicode));
    return PyUnicode_READ(PyUnicode_KIND(unicode), PyUnicode_DATA(unicode), index);
}
#define PyUnicode_READ_CHAR(unicode, index) \
    PyUnicode_READ_CHAR(_PyObject_CAST(unicode), (index))

/* An upper bound of the string's largest code point, from its kind alone (0x7F for
 * ASCII strings). */
static inline Py_UCS4 PyUnicode_MAX_CHAR_VALUE(PyObject *op) {
    if (PyUnicode_IS_ASCII(op)) {
        return 0x7Fu;
    }
    switch (PyUnicode_KIND(op)) {
    case PyUnicode_1BYTE_KIND:
        return 0xFFu;
    case PyUnicode_2BYTE_KIND:
        return 0xFFFFu;
    default:
        assert(PyUnicode_KIND(op) == PyUnicode_4BYTE_KIND);
        return 0x10FFFFu;
    }
}
#define PyUnicode_MAX_CHAR_VALUE(op) PyUnicode_MAX_CHAR_VALUE(_PyObject_CAST(op))

/* printf-style str construction (C-variadic: libmolt-capi/csrc/pyerrors_format.c). */
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *format, ...);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *format, va_list vargs);

#ifdef __cplusplus
}
#endif
#endif /* Py_UNICODEOBJECT_H */
