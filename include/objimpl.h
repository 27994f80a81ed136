/* objimpl.h -- helpers for implementing object types: the Py_VISIT macro that
 * tp_traverse functions are written with, and the GC-type test.
 *
 * Part of Molt's Python.h. Allocation functions (PyObject_New, PyObject_GC_New, ...)
 * are C-API functions and come with molt_capi_generated.h. */
#ifndef Py_OBJIMPL_H
#define Py_OBJIMPL_H

/* Inside a tp_traverse(self, visit, arg): reports one (possibly NULL) reference to
 * `visit` and returns from the traverse function if visit returns non-zero. */
#define Py_VISIT(op)                                              \
    do {                                                          \
        if (op) {                                                 \
            int _molt_visited = visit(_PyObject_CAST(op), arg);   \
            if (_molt_visited) {                                  \
                return _molt_visited;                             \
            }                                                     \
        }                                                         \
    } while (0)

/* Allocating instances of extension types; the functions they call come with
 * molt_capi_generated.h (Python.h includes it after this file). */
#define PyObject_New(type, typeobj) ((type *)_PyObject_New(typeobj))
#define PyObject_NewVar(type, typeobj, n) ((type *)_PyObject_NewVar((typeobj), (n)))
#define PyObject_GC_New(type, typeobj) ((type *)_PyObject_GC_New(typeobj))
#define PyObject_GC_NewVar(type, typeobj, n) ((type *)_PyObject_GC_NewVar((typeobj), (n)))
#define PyObject_NEW(type, typeobj) PyObject_New(type, (typeobj))
#define PyObject_NEW_VAR(type, typeobj, n) PyObject_NewVar(type, (typeobj), (n))
#define PyObject_Del PyObject_Free
#define PyObject_DEL PyObject_Free

/* Whether instances of type t take part in cycle collection. */
#define PyType_IS_GC(t) PyType_HasFeature((t), Py_TPFLAGS_HAVE_GC)

#endif /* Py_OBJIMPL_H */
