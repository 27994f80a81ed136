/* classobject.h -- bound methods (PyMethodObject): a callable bound to an instance.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's bound methods
 * use. */
#ifndef Py_CLASSOBJECT_H
#define Py_CLASSOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    PyObject_HEAD
    PyObject *im_func; /* the callable */
    PyObject *im_self; /* the instance, prepended to the call's arguments */
    PyObject *im_weakreflist;
    vectorcallfunc vectorcall;
} PyMethodObject;

PyAPI_DATA(PyTypeObject) PyMethod_Type;

#define PyMethod_Check(op) Py_IS_TYPE((op), &PyMethod_Type)

#define _PyMethod_CAST(meth) (assert(PyMethod_Check(meth)), _Py_CAST(PyMethodObject *, meth))

/* Unchecked field access (borrowed references). */
static inline PyObject *PyMethod_GET_FUNCTION(PyObject *meth) {
    return _PyMethod_CAST(meth)->im_func;
}
#define PyMethod_GET_FUNCTION(meth) PyMethod_GET_FUNCTION(_PyObject_CAST(meth))

static inline PyObject *PyMethod_GET_SELF(PyObject *meth) {
    return _PyMethod_CAST(meth)->im_self;
}
#define PyMethod_GET_SELF(meth) PyMethod_GET_SELF(_PyObject_CAST(meth))

#ifdef __cplusplus
}
#endif
#endif /* Py_CLASSOBJECT_H */
