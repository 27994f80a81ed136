/* setobject.h -- set and frozenset: the object layout, the type objects and the type
 * tests.
 *
 * Part of Molt's Python.h. Molt's set object is CPython 3.12's PySetObject field for
 * field (runtime/src/objects/settable.rs; tools/layout_probe.c checks it), so
 * PySet_GET_SIZE reads `used` directly. The table itself (fill, mask, table, finger)
 * belongs to the runtime: extensions read sets through PySet_Size, _PySet_NextEntry and
 * the iteration protocol. */
#ifndef Py_SETOBJECT_H
#define Py_SETOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#define PySet_MINSIZE 8

/* One slot of the table: a null key is unused, the runtime's dummy key a deletion. */
typedef struct {
    PyObject *key;
    Py_hash_t hash;
} setentry;

typedef struct {
    PyObject_HEAD
    Py_ssize_t fill;   /* active and dummy slots */
    Py_ssize_t used;   /* active slots: the size */
    Py_ssize_t mask;   /* slots - 1, slots a power of two */
    setentry *table;   /* smalltable while small */
    Py_hash_t hash;    /* a frozenset's hash once computed, else -1 */
    Py_ssize_t finger; /* where pop() resumes */
    setentry smalltable[PySet_MINSIZE];
    PyObject *weakreflist;
} PySetObject;

#define _PySet_CAST(so) _Py_CAST(PySetObject *, (so))

/* The number of elements; no type check. */
static inline Py_ssize_t PySet_GET_SIZE(PyObject *so) {
    return _PySet_CAST(so)->used;
}
#define PySet_GET_SIZE(so) PySet_GET_SIZE(_PyObject_CAST(so))

PyAPI_DATA(PyTypeObject) PySet_Type;
PyAPI_DATA(PyTypeObject) PyFrozenSet_Type;

#define PySet_CheckExact(op) Py_IS_TYPE(op, &PySet_Type)
#define PySet_Check(ob) \
    (Py_IS_TYPE((ob), &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type))
#define PyFrozenSet_CheckExact(ob) Py_IS_TYPE((ob), &PyFrozenSet_Type)
#define PyFrozenSet_Check(ob) \
    (Py_IS_TYPE((ob), &PyFrozenSet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type))
/* set or frozenset */
#define PyAnySet_CheckExact(ob) \
    (Py_IS_TYPE((ob), &PySet_Type) || Py_IS_TYPE((ob), &PyFrozenSet_Type))
#define PyAnySet_Check(ob)                                                         \
    (PyAnySet_CheckExact(ob) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type) ||     \
     PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type))

#ifdef __cplusplus
}
#endif
#endif /* Py_SETOBJECT_H */
