/* The C speedup module of the demo package. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *scale(PyObject *self, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(v * DEMO_SCALE);
}

static PyMethodDef methods[] = {
    {"scale", scale, METH_O, "Multiply an int by the scale."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "demo._fast", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fast(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddStringConstant(m, "IMPLEMENTATION", "c") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
