/* pyconfig.h -- build configuration seen by extensions compiled against Molt.
 *
 * CPython generates this file with configure. Molt's version is written by hand and
 * does two things: it turns on the same C library feature-test macros (so that an
 * extension that includes Python.h first sees the same POSIX and GNU declarations it
 * would see with CPython), and it defines the SIZEOF_* / ALIGNOF_* facts that
 * extensions test, computed from the compiler's own predefined macros. */
#ifndef Py_PYCONFIG_H
#define Py_PYCONFIG_H

/* Feature-test macros: must come before the first system header. */
#ifndef _GNU_SOURCE
#  define _GNU_SOURCE 1
#endif
#ifndef _ALL_SOURCE
#  define _ALL_SOURCE 1
#endif
#ifndef __EXTENSIONS__
#  define __EXTENSIONS__ 1
#endif
#ifndef _DARWIN_C_SOURCE
#  define _DARWIN_C_SOURCE 1
#endif
#ifndef _NETBSD_SOURCE
#  define _NETBSD_SOURCE 1
#endif
#ifndef __BSD_VISIBLE
#  define __BSD_VISIBLE 1
#endif
#ifndef _POSIX_C_SOURCE
#  define _POSIX_C_SOURCE 200809L
#endif
#ifndef _XOPEN_SOURCE
#  define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#  define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _FILE_OFFSET_BITS
#  define _FILE_OFFSET_BITS 64
#endif
#ifndef _LARGEFILE_SOURCE
#  define _LARGEFILE_SOURCE 1
#endif
#ifndef _REENTRANT
#  define _REENTRANT 1
#endif

#if !defined(__SIZEOF_POINTER__) || !defined(__SIZEOF_LONG__)
#  error "Molt's Python.h needs a GCC-compatible compiler (gcc or clang)"
#endif

/* Sizes of the C types, from the compiler. */
#define SIZEOF_SHORT       __SIZEOF_SHORT__
#define SIZEOF_INT         __SIZEOF_INT__
#define SIZEOF_LONG        __SIZEOF_LONG__
#define SIZEOF_LONG_LONG   __SIZEOF_LONG_LONG__
#define SIZEOF_FLOAT       __SIZEOF_FLOAT__
#define SIZEOF_DOUBLE      __SIZEOF_DOUBLE__
#define SIZEOF_LONG_DOUBLE __SIZEOF_LONG_DOUBLE__
#define SIZEOF_VOID_P      __SIZEOF_POINTER__
#define SIZEOF_SIZE_T      __SIZEOF_SIZE_T__
#define SIZEOF_UINTPTR_T   __SIZEOF_POINTER__
#define SIZEOF_WCHAR_T     __SIZEOF_WCHAR_T__
#define SIZEOF__BOOL       1
/* On every 64-bit ABI Molt targets these types are aligned to their size. */
#define ALIGNOF_LONG       SIZEOF_LONG
#define ALIGNOF_SIZE_T     SIZEOF_SIZE_T

#if SIZEOF_VOID_P != 8
#  error "Molt's C-API supports 64-bit targets only (its immortal refcount is the 64-bit one)"
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#  define WORDS_BIGENDIAN 1
#endif

#define HAVE_UNISTD_H 1
#define HAVE_WCHAR_H 1
#define HAVE_STDDEF_H 1
#define HAVE_LIMITS_H 1

#endif /* Py_PYCONFIG_H */
