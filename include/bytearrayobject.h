/* bytearrayobject.h -- bytearray objects (PyByteArrayObject) and their unchecked
 * accessors.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's bytearrays use:
 * a separately allocated, NUL-terminated buffer whose logical start is ob_start. */
#ifndef Py_BYTEARRAYOBJECT_H
#define Py_BYTEARRAYOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyByteArray_Type;

#define PyByteArray_Check(self) PyObject_TypeCheck((self), &PyByteArray_Type)
#define PyByteArray_CheckExact(self) Py_IS_TYPE((self), &PyByteArray_Type)

typedef struct {
    PyObject_VAR_HEAD
    Py_ssize_t ob_alloc;   /* bytes allocated at ob_bytes */
    char *ob_bytes;        /* the allocation (may be NULL when empty) */
    char *ob_start;        /* first byte of the contents, inside ob_bytes */
    Py_ssize_t ob_exports; /* live buffer views; the size is frozen while > 0 */
} PyByteArrayObject;

#define _PyByteArray_CAST(op) \
    (assert(PyByteArray_Check(op)), _Py_CAST(PyByteArrayObject *, op))

/* The contents, NUL-terminated; an empty bytearray gives an empty string even when it
 * has no buffer. (CPython points to one shared empty string; each translation unit
 * here has its own, which callers cannot tell apart.) */
static inline char *PyByteArray_AS_STRING(PyObject *op) {
    static char _molt_empty_bytearray[1];
    PyByteArrayObject *self = _PyByteArray_CAST(op);
    return Py_SIZE(self) ? self->ob_start : _molt_empty_bytearray;
}
#define PyByteArray_AS_STRING(self) PyByteArray_AS_STRING(_PyObject_CAST(self))

static inline Py_ssize_t PyByteArray_GET_SIZE(PyObject *op) {
    return Py_SIZE(_PyByteArray_CAST(op));
}
#define PyByteArray_GET_SIZE(self) PyByteArray_GET_SIZE(_PyObject_CAST(self))

#ifdef __cplusplus
}
#endif
#endif /* Py_BYTEARRAYOBJECT_H */
