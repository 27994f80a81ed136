/* funcobject.h -- Python functions, classmethod and staticmethod: the type objects and
 * the type test.
 *
 * Part of Molt's Python.h. A Molt function is compiled machine code, not a code object
 * with a frame, so PyFunctionObject's CPython layout does not exist here and no struct
 * is declared. */
#ifndef Py_FUNCOBJECT_H
#define Py_FUNCOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyFunction_Type;
PyAPI_DATA(PyTypeObject) PyClassMethod_Type;
PyAPI_DATA(PyTypeObject) PyStaticMethod_Type;

#define PyFunction_Check(op) Py_IS_TYPE((op), &PyFunction_Type)

#ifdef __cplusplus
}
#endif
#endif /* Py_FUNCOBJECT_H */
