/* call.c -- the C-variadic calling conveniences: PyObject_CallFunction,
 * PyObject_CallMethod (and their _SizeT forms), PyObject_CallFunctionObjArgs,
 * PyObject_CallMethodObjArgs and PyTuple_Pack. They read their va_list here and call
 * the Rust half (call.rs). */
#include "molt_shim.h"

static PyObject *call_format(PyObject *callable, const char *format, va_list *va) {
    if (callable == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        }
        return NULL;
    }
    if (format == NULL || *format == '\0') {
        return _molt_capi_call_built(callable, NULL);
    }
    PyObject *built = _Py_VaBuildValue_SizeT(format, *va);
    if (built == NULL) {
        return NULL;
    }
    return _molt_capi_call_built(callable, built);
}

/* Calls `callable` with arguments built by Py_BuildValue(format, ...) (a tuple result
 * is the argument list). Return value: new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) PyObject_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_format(callable, format, &va);
    va_end(va);
    return r;
}

PyAPI_FUNC(PyObject *) _PyObject_CallFunction_SizeT(PyObject *callable, const char *format,
                                                    ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_format(callable, format, &va);
    va_end(va);
    return r;
}

static PyObject *call_method_format(PyObject *obj, const char *name, const char *format,
                                    va_list *va) {
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        }
        return NULL;
    }
    PyObject *m = PyObject_GetAttrString(obj, name);
    if (m == NULL) {
        return NULL;
    }
    PyObject *r = call_format(m, format, va);
    Py_DECREF(m);
    return r;
}

/* Calls `obj.name(...)` with arguments built by Py_BuildValue(format, ...). Return
 * value: new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) PyObject_CallMethod(PyObject *obj, const char *name, const char *format,
                                           ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_format(obj, name, format, &va);
    va_end(va);
    return r;
}

PyAPI_FUNC(PyObject *) _PyObject_CallMethod_SizeT(PyObject *obj, const char *name,
                                                  const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_format(obj, name, format, &va);
    va_end(va);
    return r;
}

/* Reads the NULL-terminated PyObject * arguments into a malloc'ed array after
 * `first` slots. */
static PyObject **collect_objs(va_list va, Py_ssize_t first, Py_ssize_t *n) {
    va_list c;
    Py_ssize_t count = 0;
    va_copy(c, va);
    while (va_arg(c, PyObject *) != NULL) {
        count++;
    }
    va_end(c);
    PyObject **arr = (PyObject **)malloc((size_t)(first + count + 1) * sizeof(PyObject *));
    if (arr == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        arr[first + i] = va_arg(va, PyObject *);
    }
    *n = count;
    return arr;
}

/* Calls `callable` with the NULL-terminated object arguments (borrowed). Return value:
 * new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) PyObject_CallFunctionObjArgs(PyObject *callable, ...) {
    va_list va;
    Py_ssize_t n = 0;
    if (callable == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        }
        return NULL;
    }
    va_start(va, callable);
    PyObject **arr = collect_objs(va, 0, &n);
    va_end(va);
    if (arr == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_Vectorcall(callable, arr, (size_t)n, NULL);
    free(arr);
    return r;
}

/* Calls `obj.name(...)` (`name` a str object) with the NULL-terminated object arguments
 * (borrowed). Return value: new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) {
    va_list va;
    Py_ssize_t n = 0;
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        }
        return NULL;
    }
    va_start(va, name);
    PyObject **arr = collect_objs(va, 1, &n);
    va_end(va);
    if (arr == NULL) {
        return NULL;
    }
    arr[0] = obj;
    PyObject *r = PyObject_VectorcallMethod(name, arr, (size_t)(n + 1), NULL);
    free(arr);
    return r;
}

/* A tuple of the n object arguments (borrowed; the tuple takes new references).
 * Return value: new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t n, ...) {
    va_list va;
    PyObject *small[16];
    PyObject **arr = small;
    if (n < 0) {
        PyErr_SetString(PyExc_SystemError, "negative size passed to PyTuple_Pack");
        return NULL;
    }
    if (n > 16) {
        arr = (PyObject **)malloc((size_t)n * sizeof(PyObject *));
        if (arr == NULL) {
            return PyErr_NoMemory();
        }
    }
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        arr[i] = va_arg(va, PyObject *);
    }
    va_end(va);
    PyObject *r = _molt_capi_tuple_from_array(arr, n);
    if (arr != small) {
        free(arr);
    }
    return r;
}
