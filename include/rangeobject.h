/* rangeobject.h -- range objects: the type object and the type test.
 *
 * Part of Molt's Python.h. The range object's layout is private, as in CPython. */
#ifndef Py_RANGEOBJECT_H
#define Py_RANGEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyRange_Type;

#define PyRange_Check(op) Py_IS_TYPE((op), &PyRange_Type)

#ifdef __cplusplus
}
#endif
#endif /* Py_RANGEOBJECT_H */
