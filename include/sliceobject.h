/* sliceobject.h -- slice objects (PySliceObject) and the Ellipsis singleton.
 *
 * Part of Molt's Python.h. PySliceObject has CPython 3.12's layout, which Molt's
 * slices use. */
#ifndef Py_SLICEOBJECT_H
#define Py_SLICEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* `...`, immortal. */
PyAPI_DATA(PyObject) _Py_EllipsisObject;
#define Py_Ellipsis (&_Py_EllipsisObject)

/* start, stop and step are never NULL: an omitted one is None. */
typedef struct {
    PyObject_HEAD
    PyObject *start, *stop, *step;
} PySliceObject;

PyAPI_DATA(PyTypeObject) PySlice_Type;
PyAPI_DATA(PyTypeObject) PyEllipsis_Type;

#define PySlice_Check(op) Py_IS_TYPE((op), &PySlice_Type)

/* Computes the clamped start/stop/step and the length of a slice over a sequence of
 * `length` items. Evaluates to 0, or -1 with an exception set (then *slicelen is 0). */
#define PySlice_GetIndicesEx(slice, length, start, stop, step, slicelen)            \
    (PySlice_Unpack((slice), (start), (stop), (step)) < 0                            \
         ? ((*(slicelen) = 0), -1)                                                   \
         : ((*(slicelen) = PySlice_AdjustIndices((length), (start), (stop), *(step))), \
            0))

#ifdef __cplusplus
}
#endif
#endif /* Py_SLICEOBJECT_H */
