/* modsupport.h -- module-building conveniences that are macros in CPython: the API
 * version passed to PyModule_Create2, the PY_SSIZE_T_CLEAN renaming of the argument
 * parsers, and the PyModule_Add*Macro helpers.
 *
 * Part of Molt's Python.h. The functions these macros call are C-API functions and
 * come with molt_capi_generated.h. */
#ifndef Py_MODSUPPORT_H
#define Py_MODSUPPORT_H

#include <stdarg.h>

/* With PY_SSIZE_T_CLEAN defined before Python.h (the only mode 3.12 supports for '#'
 * formats), the argument parsers and value builders are the _SizeT entry points, and
 * extensions link against those names. */
#ifdef PY_SSIZE_T_CLEAN
#  define PyArg_Parse _PyArg_Parse_SizeT
#  define PyArg_ParseTuple _PyArg_ParseTuple_SizeT
#  define PyArg_ParseTupleAndKeywords _PyArg_ParseTupleAndKeywords_SizeT
#  define PyArg_VaParse _PyArg_VaParse_SizeT
#  define PyArg_VaParseTupleAndKeywords _PyArg_VaParseTupleAndKeywords_SizeT
#  define Py_BuildValue _Py_BuildValue_SizeT
#  define Py_VaBuildValue _Py_VaBuildValue_SizeT
#endif

/* Adds an int or string constant named after the macro that holds it. */
#define PyModule_AddIntMacro(m, c) PyModule_AddIntConstant((m), #c, (c))
#define PyModule_AddStringMacro(m, c) PyModule_AddStringConstant((m), #c, (c))

/* Returned by the 'O&' converter of PyArg_Parse* to ask for a cleanup call. */
#define Py_CLEANUP_SUPPORTED 0x20000

/* The C-API version PyModule_Create records (CPython has not changed it since 3.2). */
#define PYTHON_API_VERSION 1013
#define PYTHON_API_STRING "1013"
/* The stable-ABI version. */
#define PYTHON_ABI_VERSION 3
#define PYTHON_ABI_STRING "3"

#define PyModule_Create(module) PyModule_Create2((module), PYTHON_API_VERSION)
#define PyModule_FromDefAndSpec(module, spec) \
    PyModule_FromDefAndSpec2((module), (spec), PYTHON_API_VERSION)

#ifdef __cplusplus
extern "C" {
#endif
/* The C-variadic argument parsers and value builders (libmolt-capi/csrc/modsupport.c);
 * cbindgen cannot declare variadic functions, so they are declared here. Both the
 * plain and the _SizeT names are exported. */
PyAPI_FUNC(int) PyArg_Parse(PyObject *, const char *, ...);
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *, const char *, ...);
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, ...);
PyAPI_FUNC(int) PyArg_VaParse(PyObject *, const char *, va_list);
PyAPI_FUNC(int) PyArg_VaParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **,
                                              va_list);
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...);
PyAPI_FUNC(PyObject *) Py_BuildValue(const char *, ...);
PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *, va_list);
#ifndef PY_SSIZE_T_CLEAN
PyAPI_FUNC(int) _PyArg_Parse_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *,
                                                   char **, ...);
PyAPI_FUNC(int) _PyArg_VaParse_SizeT(PyObject *, const char *, va_list);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *,
                                                     char **, va_list);
PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *, ...);
PyAPI_FUNC(PyObject *) _Py_VaBuildValue_SizeT(const char *, va_list);
#endif
#ifdef __cplusplus
}
#endif

#endif /* Py_MODSUPPORT_H */
