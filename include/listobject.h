/* listobject.h -- list objects (PyListObject) and their unchecked accessors.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's lists use:
 * ob_size items in a separately allocated array of `allocated` slots. */
#ifndef Py_LISTOBJECT_H
#define Py_LISTOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyList_Type;

#define PyList_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS)
#define PyList_CheckExact(op) Py_IS_TYPE((op), &PyList_Type)

typedef struct {
    PyObject_VAR_HEAD
    PyObject **ob_item;   /* the items: ob_size used, `allocated` reserved */
    Py_ssize_t allocated; /* 0 <= ob_size <= allocated; ob_item is NULL when 0 */
} PyListObject;

#define _PyList_CAST(op) (assert(PyList_Check(op)), _Py_CAST(PyListObject *, (op)))

static inline Py_ssize_t PyList_GET_SIZE(PyObject *op) {
    return Py_SIZE(_PyList_CAST(op));
}
#define PyList_GET_SIZE(op) PyList_GET_SIZE(_PyObject_CAST(op))

/* Item i, borrowed; no bounds check. An lvalue, as in CPython. */
#define PyList_GET_ITEM(op, index) (_PyList_CAST(op)->ob_item[(index)])

/* Stores value (stealing the reference) at i without releasing the old item: for
 * filling a new list. */
static inline void PyList_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) {
    _PyList_CAST(op)->ob_item[index] = value;
}
#define PyList_SET_ITEM(op, index, value) \
    PyList_SET_ITEM(_PyObject_CAST(op), (index), _PyObject_CAST(value))

#ifdef __cplusplus
}
#endif
#endif /* Py_LISTOBJECT_H */
