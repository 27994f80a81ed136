/* pyport.h -- portable integer types and compiler helpers for Molt's Python.h.
 *
 * Py_ssize_t and Py_hash_t, the fixed-width aliases CPython's headers use, casts that
 * work in C and C++, inlining and visibility attributes, and the PyAPI_FUNC /
 * PyAPI_DATA / PyMODINIT_FUNC decorations. Names and meanings follow CPython 3.12. */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H

#include "pyconfig.h"

#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stddef.h>
#include <sys/types.h> /* ssize_t */

/* ---- casts usable from C and C++ ------------------------------------------------ */

#ifdef __cplusplus
#  define _Py_STATIC_CAST(type, expr) static_cast<type>(expr)
#  if __cplusplus >= 201103L
#    define _Py_NULL nullptr
#  else
#    define _Py_NULL NULL
#  endif
#else
#  define _Py_STATIC_CAST(type, expr) ((type)(expr))
#  define _Py_NULL NULL
#endif
/* A plain cast; CPython 3.12 uses the C form in both languages. */
#define _Py_CAST(type, expr) ((type)(expr))

/* ---- integer types ----------------------------------------------------------------- */

#define HAVE_LONG_LONG 1
#define PY_LONG_LONG long long
#define PY_LLONG_MIN LLONG_MIN
#define PY_LLONG_MAX LLONG_MAX
#define PY_ULLONG_MAX ULLONG_MAX

#define PY_UINT32_T uint32_t
#define PY_UINT64_T uint64_t
#define PY_INT32_T int32_t
#define PY_INT64_T int64_t

typedef uintptr_t Py_uintptr_t;
typedef intptr_t Py_intptr_t;

/* A signed integer as wide as size_t: lengths, indices, reference counts. */
typedef ssize_t Py_ssize_t;
/* Largest Py_ssize_t: size_t's maximum with the sign bit cleared. */
#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1) >> 1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

/* Hashes are pointer-sized; the unsigned form is used when computing them. */
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;
#define SIZEOF_PY_HASH_T SIZEOF_SIZE_T
#define SIZEOF_PY_UHASH_T SIZEOF_SIZE_T

/* Kept for old code: '#' formats always take Py_ssize_t now. */
typedef Py_ssize_t Py_ssize_clean_t;

#define PY_SIZE_MAX SIZE_MAX
#define PY_FORMAT_SIZE_T "z"
#define PY_DWORD_MAX 4294967295U

#define Py_LL(x) x##LL
#define Py_ULL(x) Py_LL(x##U)

#ifdef WORDS_BIGENDIAN
#  define PY_BIG_ENDIAN 1
#  define PY_LITTLE_ENDIAN 0
#else
#  define PY_BIG_ENDIAN 0
#  define PY_LITTLE_ENDIAN 1
#endif

#ifndef LONG_BIT
#  define LONG_BIT (8 * SIZEOF_LONG)
#endif

/* Shifting a negative value right is arithmetic on every compiler Molt supports. */
#define Py_ARITHMETIC_RIGHT_SHIFT(TYPE, I, J) ((I) >> (J))

/* A narrowing conversion (CPython checks it only in its debug build, which Molt lacks). */
#define Py_SAFE_DOWNCAST(VALUE, WIDE, NARROW) _Py_STATIC_CAST(NARROW, (VALUE))

/* ---- functions and inlining ---------------------------------------------------------- */

#define Py_LOCAL(type) static type
#define Py_LOCAL_INLINE(type) static inline type
#define Py_MEMCPY memcpy
#define Py_VA_COPY va_copy

#if defined(__GNUC__) || defined(__clang__)
#  define Py_ALWAYS_INLINE __attribute__((always_inline))
#  define Py_NO_INLINE __attribute__((noinline))
#  define _Py_HOT_FUNCTION __attribute__((hot))
#  define _Py_NO_RETURN __attribute__((__noreturn__))
#  define Py_DEPRECATED(VERSION_UNUSED) __attribute__((__deprecated__))
#  define Py_GCC_ATTRIBUTE(x) __attribute__(x)
#  define Py_ALIGNED(x) __attribute__((aligned(x)))
/* typeof, for macros whose temporaries keep their argument's type. */
#  define _Py_TYPEOF(expr) __typeof__(expr)
#else
#  define Py_ALWAYS_INLINE
#  define Py_NO_INLINE
#  define _Py_HOT_FUNCTION
#  define _Py_NO_RETURN
#  define Py_DEPRECATED(VERSION_UNUSED)
#  define Py_GCC_ATTRIBUTE(x)
#  define Py_ALIGNED(x)
#endif

#ifdef __has_builtin
#  define _Py__has_builtin(x) __has_builtin(x)
#else
#  define _Py__has_builtin(x) 0
#endif

/* ---- symbol visibility --------------------------------------------------------------- */

/* Extensions are linked statically into the executable together with libmolt.a, so the
 * API is never imported from a DLL: every symbol simply has default visibility. */
#if defined(__GNUC__) || defined(__clang__)
#  define Py_IMPORTED_SYMBOL __attribute__((visibility("default")))
#  define Py_EXPORTED_SYMBOL __attribute__((visibility("default")))
#  define Py_LOCAL_SYMBOL __attribute__((visibility("hidden")))
#else
#  define Py_IMPORTED_SYMBOL
#  define Py_EXPORTED_SYMBOL
#  define Py_LOCAL_SYMBOL
#endif

/* A function of the C-API. */
#define PyAPI_FUNC(RTYPE) Py_IMPORTED_SYMBOL RTYPE
/* A variable of the C-API (type objects, PyExc_* pointers, singletons). */
#define PyAPI_DATA(RTYPE) extern Py_IMPORTED_SYMBOL RTYPE
/* The return type of an extension's PyInit_<name>. */
#ifdef __cplusplus
#  define PyMODINIT_FUNC extern "C" Py_EXPORTED_SYMBOL PyObject *
#else
#  define PyMODINIT_FUNC Py_EXPORTED_SYMBOL PyObject *
#endif

/* Multithreading is always "enabled" as far as extensions can tell. */
#ifndef WITH_THREAD
#  define WITH_THREAD
#endif

#endif /* Py_PYPORT_H */
