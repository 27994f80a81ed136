/* floatobject.h -- float objects (PyFloatObject) and their unchecked accessor.
 *
 * Part of Molt's Python.h. The layout is CPython 3.12's, which Molt's floats use. */
#ifndef Py_FLOATOBJECT_H
#define Py_FLOATOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyFloat_Type;

#define PyFloat_Check(op) PyObject_TypeCheck(op, &PyFloat_Type)
#define PyFloat_CheckExact(op) Py_IS_TYPE((op), &PyFloat_Type)

typedef struct {
    PyObject_HEAD
    double ob_fval;
} PyFloatObject;

#define _PyFloat_CAST(op) (assert(PyFloat_Check(op)), _Py_CAST(PyFloatObject *, op))

static inline double PyFloat_AS_DOUBLE(PyObject *op) {
    return _PyFloat_CAST(op)->ob_fval;
}
#define PyFloat_AS_DOUBLE(op) PyFloat_AS_DOUBLE(_PyObject_CAST(op))

/* Return a new float NaN, or a new float infinity with the sign of `sign`. */
#define Py_RETURN_NAN return PyFloat_FromDouble(Py_NAN)
#define Py_RETURN_INF(sign)                                                  \
    do {                                                                     \
        return PyFloat_FromDouble(copysign(1., (sign)) == 1. ? Py_HUGE_VAL   \
                                                             : -Py_HUGE_VAL); \
    } while (0)

#ifdef __cplusplus
}
#endif
#endif /* Py_FLOATOBJECT_H */
