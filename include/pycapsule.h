/* pycapsule.h -- capsules: a C pointer wrapped in a Python object, with a name, a
 * context pointer and a destructor; how extensions share C-level APIs.
 *
 * Part of Molt's Python.h. The functions (PyCapsule_New, PyCapsule_GetPointer,
 * PyCapsule_Import, ...) come with molt_capi_generated.h. */
#ifndef Py_CAPSULE_H
#define Py_CAPSULE_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyCapsule_Type;

/* Called with the capsule when it is freed. */
typedef void (*PyCapsule_Destructor)(PyObject *);

#define PyCapsule_CheckExact(op) Py_IS_TYPE((op), &PyCapsule_Type)

#ifdef __cplusplus
}
#endif
#endif /* Py_CAPSULE_H */
