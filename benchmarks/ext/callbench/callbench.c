/* Per-call overhead of C extension functions: a trivial METH_O and a trivial
 * METH_FASTCALL function, called from Python in a loop. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *ident(PyObject *self, PyObject *arg) {
    Py_INCREF(arg);
    return arg;
}

static PyObject *first(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "first() takes 2 arguments");
        return NULL;
    }
    Py_INCREF(args[0]);
    return args[0];
}

static PyMethodDef methods[] = {
    {"ident", ident, METH_O, NULL},
    {"first", (PyCFunction)(void (*)(void))first, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "callbench", NULL, -1, methods};

PyMODINIT_FUNC PyInit_callbench(void) { return PyModule_Create(&module); }
