/* abstract.h -- the inline parts of PEP 590's vectorcall calling convention.
 *
 * Part of Molt's Python.h. The abstract object functions (PyObject_Call,
 * PyObject_Vectorcall, PyNumber_*, ...) are C-API functions and come with
 * molt_capi_generated.h. */
#ifndef Py_ABSTRACTOBJECT_H
#define Py_ABSTRACTOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* Set in a vectorcall's nargsf when the callee may overwrite args[-1] (to prepend
 * `self` without copying). The top bit of size_t. */
#define PY_VECTORCALL_ARGUMENTS_OFFSET \
    (_Py_STATIC_CAST(size_t, 1) << (8 * sizeof(size_t) - 1))

/* The positional argument count of a vectorcall's nargsf (the flag bit removed). */
static inline Py_ssize_t _PyVectorcall_NARGS(size_t n) {
    return (Py_ssize_t)(n & ~PY_VECTORCALL_ARGUMENTS_OFFSET);
}
#define PyVectorcall_NARGS(n) _PyVectorcall_NARGS(n)

/* PEP 590 calls: nargsf positional arguments (PY_VECTORCALL_ARGUMENTS_OFFSET may be
 * set), then the values of the keywords named by kwnames (a tuple, or NULL). */
PyAPI_FUNC(PyObject *) PyObject_Vectorcall(PyObject *callable, PyObject *const *args,
                                           size_t nargsf, PyObject *kwnames);
PyAPI_FUNC(PyObject *) PyObject_VectorcallMethod(PyObject *name, PyObject *const *args,
                                                 size_t nargsf, PyObject *kwnames);

/* The C-variadic calling conveniences (libmolt-capi/csrc/call.c). With
 * PY_SSIZE_T_CLEAN the format-taking ones are the _SizeT entry points, as in CPython
 * (both behave the same in 3.12). */
#ifdef PY_SSIZE_T_CLEAN
#  define PyObject_CallFunction _PyObject_CallFunction_SizeT
#  define PyObject_CallMethod _PyObject_CallMethod_SizeT
#endif
PyAPI_FUNC(PyObject *) PyObject_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethod(PyObject *obj, const char *name,
                                           const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallFunction_SizeT(PyObject *callable, const char *format,
                                                    ...);
PyAPI_FUNC(PyObject *) _PyObject_CallMethod_SizeT(PyObject *obj, const char *name,
                                                  const char *format, ...);
PyAPI_FUNC(PyObject *) PyObject_CallFunctionObjArgs(PyObject *callable, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);
/* PySequence_Fast: the result of PySequence_Fast() is an exact list or tuple, read
 * directly through these. */
#define PySequence_Fast_GET_SIZE(o) \
    (PyList_Check(o) ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o))
#define PySequence_Fast_GET_ITEM(o, i) \
    (PyList_Check(o) ? PyList_GET_ITEM((o), (i)) : PyTuple_GET_ITEM((o), (i)))
#define PySequence_Fast_ITEMS(sf) \
    (PyList_Check(sf) ? ((PyListObject *)(sf))->ob_item : ((PyTupleObject *)(sf))->ob_item)

#ifdef __cplusplus
}
#endif
#endif /* Py_ABSTRACTOBJECT_H */
