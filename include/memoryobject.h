/* memoryobject.h -- memoryview objects: the type, the creation functions (declared in
 * molt_capi_generated.h), and, as in CPython's cpython/memoryobject.h, the object
 * layout behind PyMemoryView_GET_BUFFER and PyMemoryView_GET_BASE.
 *
 * Part of Molt's Python.h; layouts and values are CPython 3.12's. */
#ifndef Py_MEMORYOBJECT_H
#define Py_MEMORYOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyMemoryView_Type;

#define PyMemoryView_Check(op) Py_IS_TYPE((op), &PyMemoryView_Type)

#ifndef Py_LIMITED_API
PyAPI_DATA(PyTypeObject) _PyManagedBuffer_Type;

/* The exporter's view, shared by every memoryview made from it. */
typedef struct {
    PyObject_HEAD
    int flags;           /* _Py_MANAGED_BUFFER_* */
    Py_ssize_t exports;  /* memoryviews using this buffer */
    Py_buffer master;    /* the view obtained from the exporter */
} _PyManagedBufferObject;

#define _Py_MANAGED_BUFFER_RELEASED 0x001
#define _Py_MANAGED_BUFFER_FREE_FORMAT 0x002

#define _Py_MEMORYVIEW_RELEASED 0x001
#define _Py_MEMORYVIEW_C 0x002
#define _Py_MEMORYVIEW_FORTRAN 0x004
#define _Py_MEMORYVIEW_SCALAR 0x008
#define _Py_MEMORYVIEW_PIL 0x010
#define _Py_MEMORYVIEW_RESTRICTED 0x020

typedef struct {
    PyObject_VAR_HEAD
    _PyManagedBufferObject *mbuf; /* the shared exporter view */
    Py_hash_t hash;               /* cached hash of a read-only view, or -1 */
    int flags;                    /* _Py_MEMORYVIEW_* */
    Py_ssize_t exports;           /* buffers exported from this memoryview */
    Py_buffer view;               /* this memoryview's own view */
    PyObject *weakreflist;
    Py_ssize_t ob_array[1];       /* shape, strides, suboffsets (ndim each) */
} PyMemoryViewObject;

#define PyMemoryView_GET_BUFFER(op) (&((PyMemoryViewObject *)(op))->view)
#define PyMemoryView_GET_BASE(op) (((PyMemoryViewObject *)(op))->view.obj)
#endif

#ifdef __cplusplus
}
#endif
#endif /* Py_MEMORYOBJECT_H */
