/* boolobject.h -- True and False.
 *
 * Part of Molt's Python.h. The two singletons are int objects (opaque, see
 * longobject.h) and immortal, so returning them needs no new reference. PyBool_Type is
 * declared in object.h. */
#ifndef Py_BOOLOBJECT_H
#define Py_BOOLOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#define PyBool_Check(x) Py_IS_TYPE((x), &PyBool_Type)

PyAPI_DATA(PyLongObject) _Py_FalseStruct;
PyAPI_DATA(PyLongObject) _Py_TrueStruct;

#define Py_False _PyObject_CAST(&_Py_FalseStruct)
#define Py_True _PyObject_CAST(&_Py_TrueStruct)

#define Py_IsTrue(x) Py_Is((x), Py_True)
#define Py_IsFalse(x) Py_Is((x), Py_False)

#define Py_RETURN_TRUE return Py_True
#define Py_RETURN_FALSE return Py_False

#ifdef __cplusplus
}
#endif
#endif /* Py_BOOLOBJECT_H */
