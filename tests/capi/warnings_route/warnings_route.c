/* PyErr_WarnEx from C: issued through Python's warnings machinery. */
#include <Python.h>
static PyObject *w(PyObject *self, PyObject *arg) {
    if (PyErr_WarnEx(PyExc_RuntimeWarning, "from C", 1) < 0) return NULL;
    Py_RETURN_NONE;
}
static PyMethodDef M[] = {{"w", w, METH_NOARGS, NULL}, {NULL}};
static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "warnings_route", NULL, -1, M};
PyMODINIT_FUNC PyInit_warnings_route(void) { return PyModule_Create(&D); }
