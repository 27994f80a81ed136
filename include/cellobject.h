/* cellobject.h -- cell objects (PyCellObject), through which closures share a variable.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's cells use. */
#ifndef Py_CELLOBJECT_H
#define Py_CELLOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    PyObject_HEAD
    PyObject *ob_ref; /* the content, or NULL when the variable is unbound */
} PyCellObject;

PyAPI_DATA(PyTypeObject) PyCell_Type;

#define PyCell_Check(op) Py_IS_TYPE((op), &PyCell_Type)

/* The content (borrowed, may be NULL); no type check. */
static inline PyObject *PyCell_GET(PyObject *op) {
    assert(PyCell_Check(op));
    return _Py_CAST(PyCellObject *, op)->ob_ref;
}
#define PyCell_GET(op) PyCell_GET(_PyObject_CAST(op))

/* Replaces the content without touching reference counts; no type check. */
static inline void PyCell_SET(PyObject *op, PyObject *value) {
    assert(PyCell_Check(op));
    _Py_CAST(PyCellObject *, op)->ob_ref = value;
}
#define PyCell_SET(op, value) PyCell_SET(_PyObject_CAST(op), (value))

#ifdef __cplusplus
}
#endif
#endif /* Py_CELLOBJECT_H */
