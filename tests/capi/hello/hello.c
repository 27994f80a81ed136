#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *square(PyObject *self, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(v * v);
}

static PyObject *greet(PyObject *self, PyObject *arg) {
    PyObject *s = PyObject_Str(arg);
    if (s == NULL) return NULL;
    PyObject *prefix = PyUnicode_FromString("hello ");
    PyObject *r = PyNumber_Add(prefix, s);
    Py_DECREF(prefix);
    Py_DECREF(s);
    return r;
}

static PyObject *fail(PyObject *self, PyObject *unused) {
    PyErr_SetString(PyExc_ValueError, "failing on purpose");
    return NULL;
}

static PyObject *tuple_sum(PyObject *self, PyObject *arg) {
    if (!PyTuple_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple");
        return NULL;
    }
    long total = 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(arg); i++) {
        total += PyLong_AsLong(PyTuple_GET_ITEM(arg, i));
    }
    return PyLong_FromLong(total);
}

static PyMethodDef methods[] = {
    {"square", square, METH_O, "square an int"},
    {"greet", greet, METH_O, NULL},
    {"fail", fail, METH_NOARGS, NULL},
    {"tuple_sum", tuple_sum, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "hello", "A test extension.", -1, methods};

PyMODINIT_FUNC PyInit_hello(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    PyModule_AddIntConstant(m, "ANSWER", 42);
    return m;
}
