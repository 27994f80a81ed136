/* longobject.h -- int objects: the type tests only.
 *
 * Part of Molt's Python.h. PyLongObject stays an incomplete type. CPython 3.12 defines
 * it in cpython/longintrepr.h but calls the digit array an implementation detail, and
 * Molt's ints have a layout of their own (a machine word, or a pointer to a big
 * integer), so extensions use the PyLong_* functions. Code that reads CPython's digits
 * directly (for instance Cython with CYTHON_USE_PYLONG_INTERNALS) must be built without
 * that option. PyLong_Type is declared in object.h. */
#ifndef Py_LONGOBJECT_H
#define Py_LONGOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#define PyLong_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_IS_TYPE((op), &PyLong_Type)

/* The old unchecked accessor is a function call in 3.12. */
#define PyLong_AS_LONG(op) PyLong_AsLong(op)

#ifdef __cplusplus
}
#endif
#endif /* Py_LONGOBJECT_H */
