/* numpy_lite: a small n-dimensional array of float64 written the way scientific C
 * extensions are: a static type readied with PyType_Ready, number and mapping tables,
 * the buffer protocol, methods and getters, argument parsing with PyArg_Parse*.
 *
 * Arrays have one or two dimensions and own their data, stored contiguously in C
 * order; indexing with slices returns copies. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define NPL_MAXDIMS 2

typedef struct {
    PyObject_HEAD
    double *data;
    int nd;
    Py_ssize_t shape[NPL_MAXDIMS];
    Py_ssize_t strides[NPL_MAXDIMS]; /* bytes, C order */
    Py_ssize_t size;
    Py_ssize_t exports; /* live buffer views */
} NDArray;

static PyTypeObject NDArray_Type;
static PyTypeObject NDIter_Type;

#define NDArray_Check(op) PyObject_TypeCheck(op, &NDArray_Type)

/* ---- construction ------------------------------------------------------------------ */

static NDArray *array_alloc(int nd, const Py_ssize_t *shape) {
    NDArray *a = (NDArray *)NDArray_Type.tp_alloc(&NDArray_Type, 0);
    if (a == NULL) {
        return NULL;
    }
    Py_ssize_t size = 1;
    for (int i = 0; i < nd; i++) {
        a->shape[i] = shape[i];
        size *= shape[i];
    }
    a->nd = nd;
    a->size = size;
    if (nd == 2) {
        a->strides[1] = sizeof(double);
        a->strides[0] = shape[1] * (Py_ssize_t)sizeof(double);
    } else {
        a->strides[0] = sizeof(double);
    }
    a->data = PyMem_Malloc((size_t)(size > 0 ? size : 1) * sizeof(double));
    if (a->data == NULL) {
        Py_DECREF(a);
        return (NDArray *)PyErr_NoMemory();
    }
    return a;
}

static NDArray *array_filled(int nd, const Py_ssize_t *shape, double value) {
    NDArray *a = array_alloc(nd, shape);
    if (a != NULL) {
        for (Py_ssize_t i = 0; i < a->size; i++) {
            a->data[i] = value;
        }
    }
    return a;
}

/* A shape argument: an int or a tuple of one or two ints. */
static int parse_shape(PyObject *arg, int *nd, Py_ssize_t *shape) {
    if (PyLong_Check(arg)) {
        *nd = 1;
        shape[0] = PyLong_AsSsize_t(arg);
        if (shape[0] == -1 && PyErr_Occurred()) {
            return -1;
        }
    } else if (PyTuple_Check(arg)) {
        Py_ssize_t n = PyTuple_GET_SIZE(arg);
        if (n < 1 || n > NPL_MAXDIMS) {
            PyErr_Format(PyExc_ValueError, "only 1-D and 2-D arrays are supported, not %zd-D", n);
            return -1;
        }
        *nd = (int)n;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *d = PyTuple_GET_ITEM(arg, i);
            if (!PyLong_Check(d)) {
                PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                             Py_TYPE(d)->tp_name);
                return -1;
            }
            shape[i] = PyLong_AsSsize_t(d);
            if (shape[i] == -1 && PyErr_Occurred()) {
                return -1;
            }
        }
    } else {
        PyErr_Format(PyExc_TypeError, "expected an int or a tuple for the shape, got '%.200s'",
                     Py_TYPE(arg)->tp_name);
        return -1;
    }
    for (int i = 0; i < *nd; i++) {
        if (shape[i] < 0) {
            PyErr_SetString(PyExc_ValueError, "negative dimensions are not allowed");
            return -1;
        }
    }
    return 0;
}

/* The rows of a nested list: 1-D for a flat sequence of numbers, 2-D for a sequence of
 * equally long sequences of numbers. */
static NDArray *array_from_object(PyObject *obj) {
    if (NDArray_Check(obj)) {
        NDArray *src = (NDArray *)obj;
        NDArray *a = array_alloc(src->nd, src->shape);
        if (a != NULL) {
            memcpy(a->data, src->data, (size_t)src->size * sizeof(double));
        }
        return a;
    }
    PyObject *outer = PySequence_Fast(obj, "array() argument must be a sequence");
    if (outer == NULL) {
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(outer);
    PyObject **items = PySequence_Fast_ITEMS(outer);
    int nd = 1;
    Py_ssize_t shape[2] = {n, 0};
    if (n > 0 && (PyList_Check(items[0]) || PyTuple_Check(items[0]))) {
        nd = 2;
        shape[1] = PySequence_Size(items[0]);
    }
    NDArray *a = array_alloc(nd, shape);
    if (a == NULL) {
        Py_DECREF(outer);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (nd == 1) {
            double v = PyFloat_AsDouble(items[i]);
            if (v == -1.0 && PyErr_Occurred()) {
                goto fail;
            }
            a->data[i] = v;
            continue;
        }
        if (!PyList_Check(items[i]) && !PyTuple_Check(items[i])) {
            PyErr_Format(PyExc_ValueError, "inhomogeneous shape: row %zd is a '%.200s', not a sequence", i,
                         Py_TYPE(items[i])->tp_name);
            goto fail;
        }
        PyObject *row = PySequence_Fast(items[i], "rows must be sequences");
        if (row == NULL) {
            goto fail;
        }
        if (PySequence_Fast_GET_SIZE(row) != shape[1]) {
            PyErr_Format(PyExc_ValueError, "inhomogeneous shape: row %zd has %zd elements, expected %zd", i,
                         PySequence_Fast_GET_SIZE(row), shape[1]);
            Py_DECREF(row);
            goto fail;
        }
        for (Py_ssize_t j = 0; j < shape[1]; j++) {
            PyObject *x = PySequence_Fast_GET_ITEM(row, j);
            if (PyList_Check(x) || PyTuple_Check(x)) {
                PyErr_SetString(PyExc_ValueError, "only 1-D and 2-D arrays are supported");
                Py_DECREF(row);
                goto fail;
            }
            double v = PyFloat_AsDouble(x);
            if (v == -1.0 && PyErr_Occurred()) {
                Py_DECREF(row);
                goto fail;
            }
            a->data[i * shape[1] + j] = v;
        }
        Py_DECREF(row);
    }
    Py_DECREF(outer);
    return a;
fail:
    Py_DECREF(outer);
    Py_DECREF(a);
    return NULL;
}

static PyObject *ndarray_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"object", NULL};
    PyObject *obj;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O:ndarray", kwlist, &obj)) {
        return NULL;
    }
    return (PyObject *)array_from_object(obj);
}

static void ndarray_dealloc(NDArray *self) {
    PyMem_Free(self->data);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* ---- conversion -------------------------------------------------------------------- */

static PyObject *row_list(const double *p, Py_ssize_t n) {
    PyObject *l = PyList_New(n);
    if (l == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *f = PyFloat_FromDouble(p[i]);
        if (f == NULL) {
            Py_DECREF(l);
            return NULL;
        }
        PyList_SET_ITEM(l, i, f);
    }
    return l;
}

static PyObject *ndarray_tolist(NDArray *self, PyObject *Py_UNUSED(ignored)) {
    if (self->nd == 1) {
        return row_list(self->data, self->shape[0]);
    }
    PyObject *l = PyList_New(self->shape[0]);
    if (l == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < self->shape[0]; i++) {
        PyObject *r = row_list(self->data + i * self->shape[1], self->shape[1]);
        if (r == NULL) {
            Py_DECREF(l);
            return NULL;
        }
        PyList_SET_ITEM(l, i, r);
    }
    return l;
}

static PyObject *ndarray_repr(NDArray *self) {
    PyObject *l = ndarray_tolist(self, NULL);
    if (l == NULL) {
        return NULL;
    }
    PyObject *r = PyUnicode_FromFormat("array(%R)", l);
    Py_DECREF(l);
    return r;
}

/* ---- attributes -------------------------------------------------------------------- */

static PyObject *ndarray_get_shape(NDArray *self, void *closure) {
    if (self->nd == 1) {
        return Py_BuildValue("(n)", self->shape[0]);
    }
    return Py_BuildValue("(nn)", self->shape[0], self->shape[1]);
}

static PyObject *ndarray_get_ndim(NDArray *self, void *closure) { return PyLong_FromLong(self->nd); }

static PyObject *ndarray_get_size(NDArray *self, void *closure) { return PyLong_FromSsize_t(self->size); }

static PyObject *ndarray_get_dtype(NDArray *self, void *closure) { return PyUnicode_FromString("float64"); }

static PyObject *ndarray_get_exports(NDArray *self, void *closure) { return PyLong_FromSsize_t(self->exports); }

static PyObject *ndarray_get_data(NDArray *self, void *closure) { return PyMemoryView_FromObject((PyObject *)self); }

static PyObject *ndarray_get_T(NDArray *self, void *closure) {
    if (self->nd == 1) {
        return Py_NewRef(self);
    }
    Py_ssize_t shape[2] = {self->shape[1], self->shape[0]};
    NDArray *t = array_alloc(2, shape);
    if (t == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < self->shape[0]; i++) {
        for (Py_ssize_t j = 0; j < self->shape[1]; j++) {
            t->data[j * shape[1] + i] = self->data[i * self->shape[1] + j];
        }
    }
    return (PyObject *)t;
}

static PyGetSetDef ndarray_getset[] = {
    {"shape", (getter)ndarray_get_shape, NULL, "the extent of each dimension", NULL},
    {"ndim", (getter)ndarray_get_ndim, NULL, "the number of dimensions", NULL},
    {"size", (getter)ndarray_get_size, NULL, "the number of elements", NULL},
    {"dtype", (getter)ndarray_get_dtype, NULL, "the element type", NULL},
    {"T", (getter)ndarray_get_T, NULL, "the transpose", NULL},
    {"_exports", (getter)ndarray_get_exports, NULL, "live buffer views", NULL},
    {"data", (getter)ndarray_get_data, NULL, "a memoryview of the elements", NULL},
    {NULL},
};

/* ---- reductions and linear algebra ------------------------------------------------- */

static double total(const NDArray *a) {
    double s = 0.0;
    for (Py_ssize_t i = 0; i < a->size; i++) {
        s += a->data[i];
    }
    return s;
}

static PyObject *ndarray_sum(NDArray *self, PyObject *Py_UNUSED(ignored)) { return PyFloat_FromDouble(total(self)); }

static PyObject *ndarray_mean(NDArray *self, PyObject *Py_UNUSED(ignored)) {
    if (self->size == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "mean of an empty array");
        return NULL;
    }
    return PyFloat_FromDouble(total(self) / (double)self->size);
}

static PyObject *shape_str(const NDArray *a) {
    if (a->nd == 1) {
        return PyUnicode_FromFormat("(%zd,)", a->shape[0]);
    }
    return PyUnicode_FromFormat("(%zd,%zd)", a->shape[0], a->shape[1]);
}

static PyObject *ndarray_dot(NDArray *self, PyObject *arg) {
    if (!NDArray_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "dot() argument must be an ndarray, not '%.200s'", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    NDArray *o = (NDArray *)arg;
    Py_ssize_t inner_a = self->shape[self->nd - 1];
    Py_ssize_t inner_b = o->shape[0];
    if (o->nd == 2 && self->nd == 1) {
        inner_b = o->shape[0];
    }
    if (inner_a != inner_b) {
        PyObject *sa = shape_str(self), *sb = shape_str(o);
        if (sa != NULL && sb != NULL) {
            PyErr_Format(PyExc_ValueError, "shapes %U and %U not aligned: %zd (dim %d) != %zd (dim 0)", sa, sb,
                         inner_a, self->nd - 1, inner_b);
        }
        Py_XDECREF(sa);
        Py_XDECREF(sb);
        return NULL;
    }
    if (self->nd == 1 && o->nd == 1) {
        double s = 0.0;
        for (Py_ssize_t i = 0; i < inner_a; i++) {
            s += self->data[i] * o->data[i];
        }
        return PyFloat_FromDouble(s);
    }
    Py_ssize_t rows = self->nd == 2 ? self->shape[0] : 1;
    Py_ssize_t cols = o->nd == 2 ? o->shape[1] : 1;
    Py_ssize_t shape[2];
    int nd;
    if (self->nd == 2 && o->nd == 2) {
        nd = 2;
        shape[0] = rows;
        shape[1] = cols;
    } else {
        nd = 1;
        shape[0] = self->nd == 2 ? rows : cols;
    }
    NDArray *r = array_alloc(nd, shape);
    if (r == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < rows; i++) {
        for (Py_ssize_t j = 0; j < cols; j++) {
            double s = 0.0;
            for (Py_ssize_t k = 0; k < inner_a; k++) {
                double x = self->data[i * inner_a + k];
                double y = o->nd == 2 ? o->data[k * cols + j] : o->data[k];
                s += x * y;
            }
            r->data[i * cols + j] = s;
        }
    }
    return (PyObject *)r;
}

static PyObject *ndarray_reshape(NDArray *self, PyObject *args) {
    int nd;
    Py_ssize_t shape[2];
    PyObject *spec = args;
    if (PyTuple_GET_SIZE(args) == 1) {
        spec = PyTuple_GET_ITEM(args, 0);
    }
    if (parse_shape(spec, &nd, shape) < 0) {
        return NULL;
    }
    Py_ssize_t size = nd == 1 ? shape[0] : shape[0] * shape[1];
    if (size != self->size) {
        PyObject *s = PyObject_Repr(spec);
        if (s != NULL) {
            PyErr_Format(PyExc_ValueError, "cannot reshape array of size %zd into shape %U", self->size, s);
            Py_DECREF(s);
        }
        return NULL;
    }
    NDArray *r = array_alloc(nd, shape);
    if (r != NULL) {
        memcpy(r->data, self->data, (size_t)size * sizeof(double));
    }
    return (PyObject *)r;
}

static PyObject *ndarray_copy(NDArray *self, PyObject *Py_UNUSED(ignored)) {
    return (PyObject *)array_from_object((PyObject *)self);
}

static PyObject *ndarray_fill(NDArray *self, PyObject *arg) {
    double v = PyFloat_AsDouble(arg);
    if (v == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < self->size; i++) {
        self->data[i] = v;
    }
    Py_RETURN_NONE;
}

static PyMethodDef ndarray_methods[] = {
    {"sum", (PyCFunction)ndarray_sum, METH_NOARGS, "Sum of all elements."},
    {"mean", (PyCFunction)ndarray_mean, METH_NOARGS, "Mean of all elements."},
    {"dot", (PyCFunction)ndarray_dot, METH_O, "Dot product / matrix product."},
    {"reshape", (PyCFunction)ndarray_reshape, METH_VARARGS, "A copy with a new shape."},
    {"tolist", (PyCFunction)ndarray_tolist, METH_NOARGS, "Nested lists of floats."},
    {"copy", (PyCFunction)ndarray_copy, METH_NOARGS, "A copy."},
    {"fill", (PyCFunction)ndarray_fill, METH_O, "Set every element."},
    {NULL, NULL, 0, NULL},
};

/* ---- element-wise arithmetic ------------------------------------------------------- */

enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV };

static double apply(enum op op, double x, double y) {
    switch (op) {
    case OP_ADD:
        return x + y;
    case OP_SUB:
        return x - y;
    case OP_MUL:
        return x * y;
    default:
        return x / y;
    }
}

/* A scalar operand: an int or a float (not bool-like strings, lists, ...). */
static int as_scalar(PyObject *o, double *out) {
    if (PyFloat_Check(o) || PyLong_Check(o)) {
        *out = PyFloat_AsDouble(o);
        return !(*out == -1.0 && PyErr_Occurred()) ? 1 : -1;
    }
    return 0;
}

static PyObject *binary(PyObject *a, PyObject *b, enum op op) {
    double s;
    int k;
    if (NDArray_Check(a) && NDArray_Check(b)) {
        NDArray *x = (NDArray *)a, *y = (NDArray *)b;
        if (x->nd != y->nd || x->shape[0] != y->shape[0] || (x->nd == 2 && x->shape[1] != y->shape[1])) {
            PyObject *sa = shape_str(x), *sb = shape_str(y);
            if (sa != NULL && sb != NULL) {
                PyErr_Format(PyExc_ValueError, "operands could not be broadcast together with shapes %U %U", sa,
                             sb);
            }
            Py_XDECREF(sa);
            Py_XDECREF(sb);
            return NULL;
        }
        NDArray *r = array_alloc(x->nd, x->shape);
        if (r == NULL) {
            return NULL;
        }
        for (Py_ssize_t i = 0; i < x->size; i++) {
            r->data[i] = apply(op, x->data[i], y->data[i]);
        }
        return (PyObject *)r;
    }
    if (NDArray_Check(a)) {
        if ((k = as_scalar(b, &s)) <= 0) {
            return k < 0 ? NULL : Py_NewRef(Py_NotImplemented);
        }
        NDArray *x = (NDArray *)a;
        NDArray *r = array_alloc(x->nd, x->shape);
        if (r == NULL) {
            return NULL;
        }
        for (Py_ssize_t i = 0; i < x->size; i++) {
            r->data[i] = apply(op, x->data[i], s);
        }
        return (PyObject *)r;
    }
    /* Reflected: scalar OP array. */
    if ((k = as_scalar(a, &s)) <= 0) {
        return k < 0 ? NULL : Py_NewRef(Py_NotImplemented);
    }
    NDArray *y = (NDArray *)b;
    NDArray *r = array_alloc(y->nd, y->shape);
    if (r == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < y->size; i++) {
        r->data[i] = apply(op, s, y->data[i]);
    }
    return (PyObject *)r;
}

static PyObject *nd_add(PyObject *a, PyObject *b) { return binary(a, b, OP_ADD); }
static PyObject *nd_sub(PyObject *a, PyObject *b) { return binary(a, b, OP_SUB); }
static PyObject *nd_mul(PyObject *a, PyObject *b) { return binary(a, b, OP_MUL); }
static PyObject *nd_div(PyObject *a, PyObject *b) { return binary(a, b, OP_DIV); }

static PyObject *nd_neg(NDArray *a) {
    NDArray *r = array_alloc(a->nd, a->shape);
    if (r == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < a->size; i++) {
        r->data[i] = -a->data[i];
    }
    return (PyObject *)r;
}

static int nd_bool(NDArray *a) {
    if (a->size == 1) {
        return a->data[0] != 0.0;
    }
    PyErr_SetString(PyExc_ValueError,
                    "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    return -1;
}

static PyNumberMethods ndarray_as_number = {
    .nb_add = nd_add,
    .nb_subtract = nd_sub,
    .nb_multiply = nd_mul,
    .nb_true_divide = nd_div,
    .nb_negative = (unaryfunc)nd_neg,
    .nb_bool = (inquiry)nd_bool,
};

/* ---- indexing ---------------------------------------------------------------------- */

static Py_ssize_t ndarray_length(NDArray *self) { return self->shape[0]; }

/* One index along dimension `dim`: an int (wrapped, bounds-checked) or a slice. */
typedef struct {
    int is_slice;
    Py_ssize_t start, step, len;
} dimsel;

static int select_dim(NDArray *a, int dim, PyObject *key, dimsel *sel) {
    Py_ssize_t n = a->shape[dim];
    if (PySlice_Check(key)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(key, &start, &stop, &step) < 0) {
            return -1;
        }
        sel->is_slice = 1;
        sel->len = PySlice_AdjustIndices(n, &start, &stop, step);
        sel->start = start;
        sel->step = step;
        return 0;
    }
    if (!PyIndex_Check(key)) {
        PyErr_SetString(PyExc_IndexError,
                        "only integers, slices (`:`), and tuples of them are valid indices");
        return -1;
    }
    Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        PyErr_Format(PyExc_IndexError, "index %zd is out of bounds for axis %d with size %zd",
                     i < 0 ? i - n : i, dim, n);
        return -1;
    }
    sel->is_slice = 0;
    sel->start = i;
    sel->step = 1;
    sel->len = 1;
    return 0;
}

/* Splits a key into one selection per dimension (missing trailing ones select all). */
static int select_all(NDArray *a, PyObject *key, dimsel *sel) {
    PyObject *parts[NPL_MAXDIMS] = {NULL, NULL};
    Py_ssize_t n = 1;
    if (PyTuple_Check(key)) {
        n = PyTuple_GET_SIZE(key);
        if (n > a->nd) {
            PyErr_Format(PyExc_IndexError,
                         "too many indices for array: array is %d-dimensional, but %zd were indexed", a->nd, n);
            return -1;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            parts[i] = PyTuple_GET_ITEM(key, i);
        }
    } else {
        parts[0] = key;
    }
    for (int d = 0; d < a->nd; d++) {
        if (d < n) {
            if (select_dim(a, d, parts[d], &sel[d]) < 0) {
                return -1;
            }
        } else {
            sel[d].is_slice = 1;
            sel[d].start = 0;
            sel[d].step = 1;
            sel[d].len = a->shape[d];
        }
    }
    return 0;
}

static PyObject *ndarray_subscript(NDArray *self, PyObject *key) {
    dimsel sel[NPL_MAXDIMS];
    if (select_all(self, key, sel) < 0) {
        return NULL;
    }
    Py_ssize_t shape[NPL_MAXDIMS];
    int nd = 0;
    for (int d = 0; d < self->nd; d++) {
        if (sel[d].is_slice) {
            shape[nd++] = sel[d].len;
        }
    }
    if (nd == 0) {
        Py_ssize_t off = sel[0].start * (self->strides[0] / (Py_ssize_t)sizeof(double));
        if (self->nd == 2) {
            off += sel[1].start;
        }
        return PyFloat_FromDouble(self->data[off]);
    }
    NDArray *r = array_alloc(nd, shape);
    if (r == NULL) {
        return NULL;
    }
    Py_ssize_t rows = sel[0].len;
    Py_ssize_t cols = self->nd == 2 ? sel[1].len : 1;
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < rows; i++) {
        Py_ssize_t si = sel[0].start + i * sel[0].step;
        for (Py_ssize_t j = 0; j < cols; j++) {
            if (self->nd == 2) {
                Py_ssize_t sj = sel[1].start + j * sel[1].step;
                r->data[k++] = self->data[si * self->shape[1] + sj];
            } else {
                r->data[k++] = self->data[si];
            }
        }
    }
    return (PyObject *)r;
}

static int ndarray_ass_subscript(NDArray *self, PyObject *key, PyObject *value) {
    if (value == NULL) {
        PyErr_SetString(PyExc_ValueError, "cannot delete array elements");
        return -1;
    }
    dimsel sel[NPL_MAXDIMS];
    if (select_all(self, key, sel) < 0) {
        return -1;
    }
    Py_ssize_t rows = sel[0].len;
    Py_ssize_t cols = self->nd == 2 ? sel[1].len : 1;
    double s;
    int k = as_scalar(value, &s);
    if (k < 0) {
        return -1;
    }
    NDArray *src = NULL;
    if (k == 0) {
        if (!NDArray_Check(value)) {
            PyErr_Format(PyExc_TypeError, "cannot assign '%.200s' to array elements", Py_TYPE(value)->tp_name);
            return -1;
        }
        src = (NDArray *)value;
        if (src->size != rows * cols) {
            PyErr_Format(PyExc_ValueError, "could not broadcast input array of size %zd into %zd elements",
                         src->size, rows * cols);
            return -1;
        }
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < rows; i++) {
        Py_ssize_t si = sel[0].start + i * sel[0].step;
        for (Py_ssize_t j = 0; j < cols; j++) {
            Py_ssize_t off = si;
            if (self->nd == 2) {
                off = si * self->shape[1] + sel[1].start + j * sel[1].step;
            }
            self->data[off] = src ? src->data[n++] : s;
        }
    }
    return 0;
}

static PyMappingMethods ndarray_as_mapping = {
    (lenfunc)ndarray_length,
    (binaryfunc)ndarray_subscript,
    (objobjargproc)ndarray_ass_subscript,
};

/* ---- iteration --------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    NDArray *array;
    Py_ssize_t index;
} NDIter;

static PyObject *ndarray_iter(NDArray *self) {
    NDIter *it = PyObject_New(NDIter, &NDIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->array = (NDArray *)Py_NewRef(self);
    it->index = 0;
    return (PyObject *)it;
}

static void nditer_dealloc(NDIter *it) {
    Py_XDECREF(it->array);
    PyObject_Free(it);
}

static PyObject *nditer_next(NDIter *it) {
    NDArray *a = it->array;
    if (a == NULL) {
        return NULL;
    }
    if (it->index >= a->shape[0]) {
        it->array = NULL;
        Py_DECREF(a);
        return NULL;
    }
    Py_ssize_t i = it->index++;
    if (a->nd == 1) {
        return PyFloat_FromDouble(a->data[i]);
    }
    Py_ssize_t shape[1] = {a->shape[1]};
    NDArray *row = array_alloc(1, shape);
    if (row != NULL) {
        memcpy(row->data, a->data + i * a->shape[1], (size_t)a->shape[1] * sizeof(double));
    }
    return (PyObject *)row;
}

static PyTypeObject NDIter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "numpy_lite.ndarray_iterator",
    .tp_basicsize = sizeof(NDIter),
    .tp_dealloc = (destructor)nditer_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)nditer_next,
};

/* ---- the buffer protocol ----------------------------------------------------------- */

static int ndarray_getbuffer(NDArray *self, Py_buffer *view, int flags) {
    if ((flags & PyBUF_ND) != PyBUF_ND && (flags & PyBUF_FORMAT) != PyBUF_FORMAT) {
        /* A plain byte view (PyBUF_SIMPLE, as bytes(a) asks): the generic filler. */
        if (PyBuffer_FillInfo(view, (PyObject *)self, self->data, self->size * (Py_ssize_t)sizeof(double), 0,
                              flags) < 0) {
            return -1;
        }
        self->exports++;
        return 0;
    }
    view->buf = self->data;
    view->obj = Py_NewRef(self);
    view->len = self->size * (Py_ssize_t)sizeof(double);
    view->itemsize = sizeof(double);
    view->readonly = 0;
    view->ndim = self->nd;
    view->format = (flags & PyBUF_FORMAT) ? "d" : NULL;
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? self->shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? self->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    if ((flags & PyBUF_ND) != PyBUF_ND) {
        view->ndim = 1;
    }
    self->exports++;
    return 0;
}

static void ndarray_releasebuffer(NDArray *self, Py_buffer *view) { self->exports--; }

static PyBufferProcs ndarray_as_buffer = {
    (getbufferproc)ndarray_getbuffer,
    (releasebufferproc)ndarray_releasebuffer,
};

static PyTypeObject NDArray_Type = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "numpy_lite.ndarray",
    .tp_basicsize = sizeof(NDArray),
    .tp_dealloc = (destructor)ndarray_dealloc,
    .tp_repr = (reprfunc)ndarray_repr,
    .tp_as_number = &ndarray_as_number,
    .tp_as_mapping = &ndarray_as_mapping,
    .tp_as_buffer = &ndarray_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A 1-D or 2-D array of float64.",
    .tp_iter = (getiterfunc)ndarray_iter,
    .tp_methods = ndarray_methods,
    .tp_getset = ndarray_getset,
    .tp_new = ndarray_new,
};

/* ---- module functions -------------------------------------------------------------- */

static PyObject *npl_array(PyObject *module, PyObject *obj) { return (PyObject *)array_from_object(obj); }

static PyObject *npl_zeros(PyObject *module, PyObject *arg) {
    int nd;
    Py_ssize_t shape[2];
    if (parse_shape(arg, &nd, shape) < 0) {
        return NULL;
    }
    return (PyObject *)array_filled(nd, shape, 0.0);
}

static PyObject *npl_ones(PyObject *module, PyObject *arg) {
    int nd;
    Py_ssize_t shape[2];
    if (parse_shape(arg, &nd, shape) < 0) {
        return NULL;
    }
    return (PyObject *)array_filled(nd, shape, 1.0);
}

static PyObject *npl_arange(PyObject *module, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"start", "stop", "step", NULL};
    double start, stop = 0.0, step = 1.0;
    PyObject *stop_obj = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "d|Od:arange", kwlist, &start, &stop_obj, &step)) {
        return NULL;
    }
    if (stop_obj == Py_None) {
        stop = start;
        start = 0.0;
    } else {
        stop = PyFloat_AsDouble(stop_obj);
        if (stop == -1.0 && PyErr_Occurred()) {
            return NULL;
        }
    }
    if (step == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "arange: step must not be zero");
        return NULL;
    }
    double span = (stop - start) / step;
    Py_ssize_t n = span > 0 ? (Py_ssize_t)ceil(span) : 0;
    NDArray *a = array_alloc(1, &n);
    if (a == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        a->data[i] = start + (double)i * step;
    }
    return (PyObject *)a;
}

/* frombuffer(buffer): the bytes of any buffer exporter read as float64 values; strided
 * views are gathered into C order first. */
static PyObject *npl_frombuffer(PyObject *module, PyObject *obj) {
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_RECORDS_RO) < 0) {
        return NULL;
    }
    NDArray *a = NULL;
    if (view.len % (Py_ssize_t)sizeof(double) != 0) {
        PyErr_SetString(PyExc_ValueError, "buffer size must be a multiple of element size");
        goto done;
    }
    Py_ssize_t n = view.len / (Py_ssize_t)sizeof(double);
    a = array_alloc(1, &n);
    if (a == NULL) {
        goto done;
    }
    if (PyBuffer_IsContiguous(&view, 'C')) {
        memcpy(a->data, view.buf, (size_t)view.len);
    } else if (PyBuffer_ToContiguous(a->data, &view, view.len, 'C') < 0) {
        Py_CLEAR(a);
    }
done:
    PyBuffer_Release(&view);
    return (PyObject *)a;
}

static PyObject *npl_has_buffer(PyObject *module, PyObject *obj) { return PyBool_FromLong(PyObject_CheckBuffer(obj)); }

/* constants(): a read-only view of the package's table of constants (raw bytes). */
static double npl_constants_table[] = {3.141592653589793, 2.718281828459045, 1.4142135623730951, 0.5772156649015329};

static PyObject *npl_constants(PyObject *module, PyObject *Py_UNUSED(ignored)) {
    return PyMemoryView_FromMemory((char *)npl_constants_table, (Py_ssize_t)sizeof(npl_constants_table), PyBUF_READ);
}

static PyMethodDef module_methods[] = {
    {"frombuffer", (PyCFunction)npl_frombuffer, METH_O, "An array from the bytes of a buffer."},
    {"has_buffer", (PyCFunction)npl_has_buffer, METH_O, "Whether an object exports a buffer."},
    {"constants", (PyCFunction)npl_constants, METH_NOARGS, "A view of the constants table."},
    {"array", (PyCFunction)npl_array, METH_O, "An array from nested lists."},
    {"zeros", (PyCFunction)npl_zeros, METH_O, "An array of zeros."},
    {"ones", (PyCFunction)npl_ones, METH_O, "An array of ones."},
    {"arange", (PyCFunction)(void (*)(void))npl_arange, METH_VARARGS | METH_KEYWORDS,
     "Evenly spaced values in [start, stop)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef numpy_lite_module = {
    PyModuleDef_HEAD_INIT, "numpy_lite", "A small float64 array package.", -1, module_methods,
};

PyMODINIT_FUNC PyInit_numpy_lite(void) {
    if (PyType_Ready(&NDArray_Type) < 0 || PyType_Ready(&NDIter_Type) < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&numpy_lite_module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddType(m, &NDArray_Type) < 0 || PyModule_AddStringConstant(m, "__version__", "0.1") < 0 ||
        PyModule_AddIntConstant(m, "MAXDIMS", NPL_MAXDIMS) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
