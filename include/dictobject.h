/* dictobject.h -- dict objects: the public prefix of PyDictObject and PyDict_GET_SIZE.
 *
 * Part of Molt's Python.h. The struct has CPython 3.12's layout; what ma_keys and
 * ma_values point to is private in CPython and is Molt's own hash table, so those two
 * pointer types stay incomplete. Extensions read only ma_used directly. */
#ifndef Py_DICTOBJECT_H
#define Py_DICTOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyDict_Type;

#define PyDict_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(op) Py_IS_TYPE((op), &PyDict_Type)

typedef struct _dictkeysobject PyDictKeysObject; /* opaque */
typedef struct _dictvalues PyDictValues;         /* opaque */

typedef struct {
    PyObject_HEAD
    Py_ssize_t ma_used; /* number of items */
    Py_DEPRECATED(3.12) uint64_t ma_version_tag;
    PyDictKeysObject *ma_keys;
    PyDictValues *ma_values;
} PyDictObject;

static inline Py_ssize_t PyDict_GET_SIZE(PyObject *op) {
    assert(PyDict_Check(op));
    return _Py_CAST(PyDictObject *, op)->ma_used;
}
#define PyDict_GET_SIZE(op) PyDict_GET_SIZE(_PyObject_CAST(op))

#ifdef __cplusplus
}
#endif
#endif /* Py_DICTOBJECT_H */
