/* complexobject.h -- complex numbers: the C value type Py_complex, the object layout
 * (PyComplexObject: cval after the header) and the type tests. The functions
 * (PyComplex_*, _Py_c_*) are declared in molt_capi_generated.h.
 *
 * Part of Molt's Python.h; layouts are CPython 3.12's. */
#ifndef Py_COMPLEXOBJECT_H
#define Py_COMPLEXOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyComplex_Type;

#define PyComplex_Check(op) PyObject_TypeCheck(op, &PyComplex_Type)
#define PyComplex_CheckExact(op) Py_IS_TYPE((op), &PyComplex_Type)

#ifndef Py_LIMITED_API
typedef struct {
    double real;
    double imag;
} Py_complex;

typedef struct {
    PyObject_HEAD
    Py_complex cval;
} PyComplexObject;
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_COMPLEXOBJECT_H */
