/* set_order: walks sets through the C-API (_PySet_NextEntry, PySet_Pop, PySet_New,
 * PySet_Add, _PySet_Update) so that app.py can compare the element order and the
 * stored hashes seen from C between CPython 3.12 and Molt. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* entries(s): [(key, hash), ...] in table order. */
static PyObject *entries(PyObject *self, PyObject *s) {
    Py_ssize_t pos = 0;
    PyObject *key;
    Py_hash_t hash;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    int r;
    while ((r = _PySet_NextEntry(s, &pos, &key, &hash)) == 1) {
        PyObject *pair = Py_BuildValue("(On)", key, (Py_ssize_t)hash);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(pair);
    }
    if (r < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* drain(s): PySet_Pop until empty, then the KeyError's message. */
static PyObject *drain(PyObject *self, PyObject *s) {
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    for (;;) {
        PyObject *k = PySet_Pop(s);
        if (k == NULL) break;
        int r = PyList_Append(out, k);
        Py_DECREF(k);
        if (r < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) {
        Py_DECREF(out);
        return NULL;
    }
    PyErr_Clear();
    return out;
}

/* build(seq, more): PySet_New(seq), PySet_Add of each item of more, then
 * _PySet_Update(s, more) again (no change) and PySet_Discard of the first item. */
static PyObject *build(PyObject *self, PyObject *args) {
    PyObject *seq, *more;
    if (!PyArg_ParseTuple(args, "OO", &seq, &more)) return NULL;
    PyObject *s = PySet_New(seq);
    if (s == NULL) return NULL;
    Py_ssize_t n = PySequence_Size(more);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PySequence_GetItem(more, i);
        if (x == NULL || PySet_Add(s, x) < 0) {
            Py_XDECREF(x);
            Py_DECREF(s);
            return NULL;
        }
        Py_DECREF(x);
    }
    if (_PySet_Update(s, more) < 0) {
        Py_DECREF(s);
        return NULL;
    }
    if (n > 0) {
        PyObject *x = PySequence_GetItem(more, 0);
        int r = x == NULL ? -1 : PySet_Discard(s, x);
        Py_XDECREF(x);
        if (r < 0) {
            Py_DECREF(s);
            return NULL;
        }
    }
    return s;
}

static PyMethodDef methods[] = {
    {"entries", entries, METH_O, NULL},
    {"drain", drain, METH_O, NULL},
    {"build", build, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "set_order", NULL, -1, methods};

PyMODINIT_FUNC PyInit_set_order(void) { return PyModule_Create(&module); }
