/* bytesobject.h -- bytes objects (PyBytesObject) and their unchecked accessors.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's bytes use: the
 * var header, the cached hash, then ob_size bytes inline followed by a NUL. */
#ifndef Py_BYTESOBJECT_H
#define Py_BYTESOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stdarg.h>

PyAPI_DATA(PyTypeObject) PyBytes_Type;

#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_IS_TYPE((op), &PyBytes_Type)

typedef struct {
    PyObject_VAR_HEAD
    Py_DEPRECATED(3.11) Py_hash_t ob_shash; /* cached hash, -1 until computed */
    char ob_sval[1]; /* ob_size bytes, then ob_sval[ob_size] == 0 */
} PyBytesObject;

#define _PyBytes_CAST(op) (assert(PyBytes_Check(op)), _Py_CAST(PyBytesObject *, op))

/* The bytes, NUL-terminated (they may also contain NULs). */
static inline char *PyBytes_AS_STRING(PyObject *op) {
    return _PyBytes_CAST(op)->ob_sval;
}
#define PyBytes_AS_STRING(op) PyBytes_AS_STRING(_PyObject_CAST(op))

static inline Py_ssize_t PyBytes_GET_SIZE(PyObject *op) {
    return Py_SIZE(_PyBytes_CAST(op));
}
#define PyBytes_GET_SIZE(self) PyBytes_GET_SIZE(_PyObject_CAST(self))

#ifdef __cplusplus
}
#endif
#endif /* Py_BYTESOBJECT_H */
