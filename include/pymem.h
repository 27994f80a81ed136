/* pymem.h -- typed allocation macros over the PyMem_* allocator.
 *
 * Part of Molt's Python.h. PyMem_Malloc, PyMem_Calloc, PyMem_Realloc and PyMem_Free
 * are C-API functions; their declarations come from molt_capi_generated.h, which
 * Python.h includes last, so these macros work in any code that follows
 * `#include <Python.h>`. */
#ifndef Py_PYMEM_H
#define Py_PYMEM_H

/* Room for n objects of `type`, or NULL when n * sizeof(type) would not fit in a
 * Py_ssize_t. */
#define PyMem_New(type, n)                                               \
    (((size_t)(n) > (size_t)PY_SSIZE_T_MAX / sizeof(type))               \
         ? _Py_NULL                                                      \
         : (type *)PyMem_Malloc((n) * sizeof(type)))

/* Resizes p to n objects of `type`. Assigns the result (possibly NULL) to p and is
 * also an expression with that value. */
#define PyMem_Resize(p, type, n)                                         \
    ((p) = ((size_t)(n) > (size_t)PY_SSIZE_T_MAX / sizeof(type))         \
               ? _Py_NULL                                                \
               : (type *)PyMem_Realloc((p), (n) * sizeof(type)))

/* Historical spellings, all the same functions. */
#define PyMem_MALLOC(n) PyMem_Malloc((n))
#define PyMem_NEW(type, n) PyMem_New(type, (n))
#define PyMem_REALLOC(p, n) PyMem_Realloc((p), (n))
#define PyMem_RESIZE(p, type, n) PyMem_Resize((p), type, (n))
#define PyMem_FREE(p) PyMem_Free((p))
#define PyMem_Del(p) PyMem_Free((p))
#define PyMem_DEL(p) PyMem_Free((p))

#endif /* Py_PYMEM_H */
