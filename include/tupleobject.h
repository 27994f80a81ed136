/* tupleobject.h -- tuple objects (PyTupleObject) and their unchecked accessors.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's tuples use:
 * the var header, then ob_size item pointers inline. */
#ifndef Py_TUPLEOBJECT_H
#define Py_TUPLEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyTuple_Type;

#define PyTuple_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(op) Py_IS_TYPE((op), &PyTuple_Type)

typedef struct {
    PyObject_VAR_HEAD
    /* ob_size items follow (the array is declared with one). Only a tuple still being
     * built may hold NULL items. */
    PyObject *ob_item[1];
} PyTupleObject;

#define _PyTuple_CAST(op) (assert(PyTuple_Check(op)), _Py_CAST(PyTupleObject *, (op)))

static inline Py_ssize_t PyTuple_GET_SIZE(PyObject *op) {
    return Py_SIZE(_PyTuple_CAST(op));
}
#define PyTuple_GET_SIZE(op) PyTuple_GET_SIZE(_PyObject_CAST(op))

/* Item i, borrowed; no bounds check. An lvalue, as in CPython. */
#define PyTuple_GET_ITEM(op, index) (_PyTuple_CAST(op)->ob_item[(index)])

/* Stores value (stealing the reference) at i without releasing the old item: for
 * filling a new tuple. */
static inline void PyTuple_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) {
    _PyTuple_CAST(op)->ob_item[index] = value;
}
#define PyTuple_SET_ITEM(op, index, value) \
    PyTuple_SET_ITEM(_PyObject_CAST(op), (index), _PyObject_CAST(value))

/* A tuple of n objects (C-variadic: libmolt-capi/csrc/call.c). */
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t n, ...);

#ifdef __cplusplus
}
#endif
#endif /* Py_TUPLEOBJECT_H */
