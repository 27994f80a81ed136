/* layout_probe_stubs.c -- stand-ins for the C-API symbols that tools/layout_probe.c's
 * behaviour checks link against, so that the probe runs without libpython or libmolt.
 *
 * Compiled without any Python header, because the probe is built once against
 * CPython's headers and once against Molt's, and this file must serve both: the data
 * symbols are plain zeroed storage here (large and aligned enough for any type
 * object), and the two functions only record how they were called. */
#include <stddef.h>

#define STORAGE(name) _Alignas(64) unsigned char name[2048]

STORAGE(PyLong_Type);
STORAGE(PyBool_Type);
STORAGE(PyFloat_Type);
STORAGE(PyUnicode_Type);
STORAGE(PyBytes_Type);
STORAGE(PyByteArray_Type);
STORAGE(PyList_Type);
STORAGE(PyTuple_Type);
STORAGE(PyDict_Type);
STORAGE(PySet_Type);
STORAGE(PyFrozenSet_Type);
STORAGE(PyType_Type);
STORAGE(PyBaseObject_Type);
STORAGE(PySlice_Type);
STORAGE(PyRange_Type);
STORAGE(PyMemoryView_Type);
STORAGE(PyComplex_Type);
STORAGE(PyModule_Type);
STORAGE(PyCFunction_Type);
STORAGE(PyMethod_Type);
STORAGE(PyCell_Type);
STORAGE(PyFunction_Type);
STORAGE(_Py_NoneStruct);
STORAGE(_Py_TrueStruct);
STORAGE(_Py_FalseStruct);
STORAGE(_Py_NotImplementedStruct);
STORAGE(_Py_EllipsisObject);
/* CPython's PyByteArray_AS_STRING returns this for an empty bytearray. */
char _PyByteArray_empty_string[1];

/* What the stubbed functions saw; the probe prints these. */
int probe_dealloc_calls;
void *probe_last_dealloc;
void **probe_watch;      /* a variable whose value _Py_Dealloc records ... */
void *probe_watch_seen;  /* ... here, at the time of the call */
int probe_subtype_calls;

void _Py_Dealloc(void *op) {
    probe_dealloc_calls++;
    probe_last_dealloc = op;
    if (probe_watch != NULL) {
        probe_watch_seen = *probe_watch;
    }
}

/* Only "a type is a subtype of itself"; the probe counts the calls. */
int PyType_IsSubtype(void *a, void *b) {
    probe_subtype_calls++;
    return a == b;
}
