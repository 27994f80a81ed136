/* conform_buffer: the buffer protocol, memoryview, complex and index C-API functions
 * called with normal and bad arguments; results and raised exceptions are printed by
 * app.py under Molt and under CPython. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* A tuple describing a filled view: (len, itemsize, readonly, ndim, format, shape,
 * strides, obj is exporter). */
static PyObject *describe(Py_buffer *v, PyObject *exporter) {
    PyObject *shape, *strides;
    if (v->shape) {
        shape = PyTuple_New(v->ndim);
        for (int i = 0; i < v->ndim; i++) {
            PyTuple_SET_ITEM(shape, i, PyLong_FromSsize_t(v->shape[i]));
        }
    } else {
        shape = Py_NewRef(Py_None);
    }
    if (v->strides) {
        strides = PyTuple_New(v->ndim);
        for (int i = 0; i < v->ndim; i++) {
            PyTuple_SET_ITEM(strides, i, PyLong_FromSsize_t(v->strides[i]));
        }
    } else {
        strides = Py_NewRef(Py_None);
    }
    return Py_BuildValue("(nniizNNO)", v->len, v->itemsize, v->readonly, v->ndim, v->format, shape, strides,
                         v->obj == exporter ? Py_True : Py_False);
}

static PyObject *get_buffer(PyObject *self, PyObject *args) {
    PyObject *o;
    int flags;
    if (!PyArg_ParseTuple(args, "Oi", &o, &flags)) {
        return NULL;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, flags) < 0) {
        return NULL;
    }
    PyObject *r = describe(&view, o);
    PyObject *c = Py_BuildValue("(ii)", PyBuffer_IsContiguous(&view, 'C'), PyBuffer_IsContiguous(&view, 'F'));
    PyBuffer_Release(&view);
    PyObject *out = Py_BuildValue("(NNO)", r, c, view.obj == NULL ? Py_True : Py_False);
    return out;
}

/* Holds a buffer of `o` while calling `f()`, then releases it. */
static PyObject *while_exported(PyObject *self, PyObject *args) {
    PyObject *o, *f;
    if (!PyArg_ParseTuple(args, "OO", &o, &f)) {
        return NULL;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    PyObject *r = PyObject_CallNoArgs(f);
    PyBuffer_Release(&view);
    return r;
}

static PyObject *check_buffer(PyObject *self, PyObject *o) { return PyLong_FromLong(PyObject_CheckBuffer(o)); }

static char fill_data[] = "abcdef";

static PyObject *fill_info(PyObject *self, PyObject *args) {
    int readonly, flags, null_view;
    if (!PyArg_ParseTuple(args, "iii", &readonly, &flags, &null_view)) {
        return NULL;
    }
    Py_buffer view;
    if (PyBuffer_FillInfo(null_view ? NULL : &view, self, fill_data, 6, readonly, flags) < 0) {
        return NULL;
    }
    PyObject *r = describe(&view, self);
    PyBuffer_Release(&view);
    return r;
}

static PyObject *release_none(PyObject *self, PyObject *unused) {
    Py_buffer view;
    view.obj = NULL;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyObject *mv_from_object(PyObject *self, PyObject *o) { return PyMemoryView_FromObject(o); }

static char memory[8] = "molt-mv";

static PyObject *mv_from_memory(PyObject *self, PyObject *args) {
    int flags;
    if (!PyArg_ParseTuple(args, "i", &flags)) {
        return NULL;
    }
    return PyMemoryView_FromMemory(memory, 7, flags);
}

static double doubles[3] = {1.5, -2.0, 4.25};
static Py_ssize_t d_shape[1] = {3};
static Py_ssize_t d_strides[1] = {sizeof(double)};

static PyObject *mv_from_buffer(PyObject *self, PyObject *unused) {
    Py_buffer info = {doubles, NULL, sizeof(doubles), sizeof(double), 1, 1, "d", d_shape, d_strides, NULL, NULL};
    return PyMemoryView_FromBuffer(&info);
}

static PyObject *mv_contiguous(PyObject *self, PyObject *args) {
    PyObject *o;
    int buffertype;
    const char *order;
    if (!PyArg_ParseTuple(args, "Ois", &o, &buffertype, &order)) {
        return NULL;
    }
    return PyMemoryView_GetContiguous(o, buffertype, order[0]);
}

static PyObject *mv_macros(PyObject *self, PyObject *m) {
    if (!PyMemoryView_Check(m)) {
        return Py_BuildValue("s", "not a memoryview");
    }
    Py_buffer *v = PyMemoryView_GET_BUFFER(m);
    return Py_BuildValue("(nnisO)", v->len, v->itemsize, v->ndim, v->format, PyMemoryView_GET_BASE(m));
}

static PyObject *to_contiguous(PyObject *self, PyObject *o) {
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_FULL_RO) < 0) {
        return NULL;
    }
    char buf[64];
    PyObject *r = NULL;
    if (view.len > (Py_ssize_t)sizeof(buf)) {
        PyErr_SetString(PyExc_ValueError, "too big");
    } else if (PyBuffer_ToContiguous(buf, &view, view.len, 'C') == 0) {
        r = PyBytes_FromStringAndSize(buf, view.len);
    }
    PyBuffer_Release(&view);
    return r;
}

/* ---- complex ------------------------------------------------------------------------ */

static PyObject *c_from(PyObject *self, PyObject *args) {
    double re, im;
    if (!PyArg_ParseTuple(args, "dd", &re, &im)) {
        return NULL;
    }
    Py_complex c = {re, im};
    PyObject *a = PyComplex_FromDoubles(re, im);
    PyObject *b = PyComplex_FromCComplex(c);
    return Py_BuildValue("(NNii)", a, b, PyComplex_Check(a), PyComplex_CheckExact(a));
}

static PyObject *c_parts(PyObject *self, PyObject *o) {
    double re = PyComplex_RealAsDouble(o);
    if (re == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    double im = PyComplex_ImagAsDouble(o);
    Py_complex c = PyComplex_AsCComplex(o);
    if (c.real == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return Py_BuildValue("(dddd)", re, im, c.real, c.imag);
}

static PyObject *c_as(PyObject *self, PyObject *o) {
    Py_complex c = PyComplex_AsCComplex(o);
    if (c.real == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return PyComplex_FromCComplex(c);
}

static PyObject *c_layout(PyObject *self, PyObject *o) {
    if (!PyComplex_Check(o)) {
        PyErr_SetString(PyExc_TypeError, "complex expected");
        return NULL;
    }
    Py_complex c = ((PyComplexObject *)o)->cval;
    return Py_BuildValue("(dd)", c.real, c.imag);
}

static PyObject *c_arith(PyObject *self, PyObject *args) {
    Py_complex a, b;
    if (!PyArg_ParseTuple(args, "dddd", &a.real, &a.imag, &b.real, &b.imag)) {
        return NULL;
    }
    Py_complex s = _Py_c_sum(a, b), d = _Py_c_diff(a, b), n = _Py_c_neg(a), p = _Py_c_prod(a, b);
    Py_complex q = _Py_c_quot(a, b), w = _Py_c_pow(a, b);
    return Py_BuildValue("(NNNNNNd)", PyComplex_FromCComplex(s), PyComplex_FromCComplex(d), PyComplex_FromCComplex(n),
                         PyComplex_FromCComplex(p), PyComplex_FromCComplex(q), PyComplex_FromCComplex(w), _Py_c_abs(a));
}

/* ---- index ---------------------------------------------------------------------------- */

static PyObject *as_ssize(PyObject *self, PyObject *args) {
    PyObject *o;
    int mode;
    if (!PyArg_ParseTuple(args, "Oi", &o, &mode)) {
        return NULL;
    }
    PyObject *exc = mode == 0 ? NULL : mode == 1 ? PyExc_OverflowError : PyExc_IndexError;
    Py_ssize_t v = PyNumber_AsSsize_t(o, exc);
    if (v == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return Py_BuildValue("(ni)", v, v == PY_SSIZE_T_MAX ? 1 : v == PY_SSIZE_T_MIN ? -1 : 0);
}

static PyObject *index_check(PyObject *self, PyObject *o) { return PyLong_FromLong(PyIndex_Check(o)); }

static PyMethodDef methods[] = {
    {"get_buffer", get_buffer, METH_VARARGS, NULL},
    {"while_exported", while_exported, METH_VARARGS, NULL},
    {"check_buffer", check_buffer, METH_O, NULL},
    {"fill_info", fill_info, METH_VARARGS, NULL},
    {"release_none", release_none, METH_NOARGS, NULL},
    {"mv_from_object", mv_from_object, METH_O, NULL},
    {"mv_from_memory", mv_from_memory, METH_VARARGS, NULL},
    {"mv_from_buffer", mv_from_buffer, METH_NOARGS, NULL},
    {"mv_contiguous", mv_contiguous, METH_VARARGS, NULL},
    {"mv_macros", mv_macros, METH_O, NULL},
    {"to_contiguous", to_contiguous, METH_O, NULL},
    {"c_from", c_from, METH_VARARGS, NULL},
    {"c_parts", c_parts, METH_O, NULL},
    {"c_as", c_as, METH_O, NULL},
    {"c_layout", c_layout, METH_O, NULL},
    {"c_arith", c_arith, METH_VARARGS, NULL},
    {"as_ssize", as_ssize, METH_VARARGS, NULL},
    {"index_check", index_check, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "conform_buffer", NULL, -1, methods};

PyMODINIT_FUNC PyInit_conform_buffer(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "SIMPLE", PyBUF_SIMPLE) < 0 || PyModule_AddIntConstant(m, "WRITABLE", PyBUF_WRITABLE) < 0 ||
        PyModule_AddIntConstant(m, "FORMAT", PyBUF_FORMAT) < 0 || PyModule_AddIntConstant(m, "ND", PyBUF_ND) < 0 ||
        PyModule_AddIntConstant(m, "STRIDES", PyBUF_STRIDES) < 0 ||
        PyModule_AddIntConstant(m, "C_CONTIGUOUS", PyBUF_C_CONTIGUOUS) < 0 ||
        PyModule_AddIntConstant(m, "F_CONTIGUOUS", PyBUF_F_CONTIGUOUS) < 0 ||
        PyModule_AddIntConstant(m, "ANY_CONTIGUOUS", PyBUF_ANY_CONTIGUOUS) < 0 ||
        PyModule_AddIntConstant(m, "FULL_RO", PyBUF_FULL_RO) < 0 || PyModule_AddIntConstant(m, "FULL", PyBUF_FULL) < 0 ||
        PyModule_AddIntConstant(m, "RECORDS_RO", PyBUF_RECORDS_RO) < 0 ||
        PyModule_AddIntConstant(m, "READ", PyBUF_READ) < 0 || PyModule_AddIntConstant(m, "WRITE", PyBUF_WRITE) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
