/* conform_types: extension types written in C (a static type readied with
 * PyType_Ready, its iterator type, and a heap type from PyType_FromModuleAndSpec with
 * module state), exercised from Python by app.py and compared against CPython. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdio.h>

/* ==== Vec2: a static type ============================================================ */

typedef struct {
    PyObject_HEAD
    double x;
    double y;
    int id;
    long weight;
    Py_ssize_t count;
    char flag;
    const char *kind;
    PyObject *label;  /* Py_T_OBJECT_EX */
    PyObject *extra;  /* Py_T_OBJECT */
} Vec2Object;

static PyTypeObject Vec2Type;
static PyTypeObject Vec2IterType;
static int next_id = 1;

#define Vec2_Check(op) PyObject_TypeCheck(op, &Vec2Type)

static PyObject *vec2_make(PyTypeObject *type, double x, double y) {
    Vec2Object *v = (Vec2Object *)type->tp_alloc(type, 0);
    if (v == NULL) return NULL;
    v->x = x;
    v->y = y;
    v->id = next_id++;
    v->kind = "vector";
    return (PyObject *)v;
}

static PyObject *Vec2_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    return vec2_make(type, 0.0, 0.0);
}

static int Vec2_init(PyObject *self, PyObject *args, PyObject *kwds) {
    Vec2Object *v = (Vec2Object *)self;
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "Vec2() takes no keyword arguments");
        return -1;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n > 2) {
        PyErr_SetString(PyExc_TypeError, "Vec2() takes at most 2 arguments");
        return -1;
    }
    double c[2] = {0.0, 0.0};
    for (Py_ssize_t i = 0; i < n; i++) {
        c[i] = PyFloat_AsDouble(PyTuple_GET_ITEM(args, i));
        if (c[i] == -1.0 && PyErr_Occurred()) return -1;
    }
    v->x = c[0];
    v->y = c[1];
    return 0;
}

static void Vec2_dealloc(PyObject *self) {
    Vec2Object *v = (Vec2Object *)self;
    Py_XDECREF(v->label);
    Py_XDECREF(v->extra);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *Vec2_repr(PyObject *self) {
    Vec2Object *v = (Vec2Object *)self;
    char buf[128];
    snprintf(buf, sizeof buf, "Vec2(%g, %g)", v->x, v->y);
    return PyUnicode_FromString(buf);
}

static PyObject *Vec2_str(PyObject *self) {
    Vec2Object *v = (Vec2Object *)self;
    char buf[128];
    snprintf(buf, sizeof buf, "<%g %g>", v->x, v->y);
    return PyUnicode_FromString(buf);
}

static Py_hash_t Vec2_hash(PyObject *self) {
    Vec2Object *v = (Vec2Object *)self;
    Py_hash_t h = (Py_hash_t)(v->x * 1000003.0) ^ (Py_hash_t)(v->y * 7919.0);
    return h == -1 ? -2 : h;
}

static PyObject *Vec2_richcompare(PyObject *a, PyObject *b, int op) {
    if (!Vec2_Check(a) || !Vec2_Check(b) || (op != Py_EQ && op != Py_NE)) {
        Py_RETURN_NOTIMPLEMENTED;
    }
    Vec2Object *u = (Vec2Object *)a, *w = (Vec2Object *)b;
    int eq = u->x == w->x && u->y == w->y;
    if (op == Py_NE) eq = !eq;
    if (eq) Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static PyObject *Vec2_add(PyObject *a, PyObject *b) {
    if (!Vec2_Check(a) || !Vec2_Check(b)) Py_RETURN_NOTIMPLEMENTED;
    Vec2Object *u = (Vec2Object *)a, *w = (Vec2Object *)b;
    return vec2_make(&Vec2Type, u->x + w->x, u->y + w->y);
}

static PyObject *Vec2_sub(PyObject *a, PyObject *b) {
    if (!Vec2_Check(a) || !Vec2_Check(b)) Py_RETURN_NOTIMPLEMENTED;
    Vec2Object *u = (Vec2Object *)a, *w = (Vec2Object *)b;
    return vec2_make(&Vec2Type, u->x - w->x, u->y - w->y);
}

/* Vec2 * number and number * Vec2 (the slot sees both orders). */
static PyObject *Vec2_mul(PyObject *a, PyObject *b) {
    PyObject *vec = Vec2_Check(a) ? a : b;
    PyObject *num = Vec2_Check(a) ? b : a;
    if (Vec2_Check(num) || !(PyFloat_Check(num) || PyLong_Check(num))) {
        Py_RETURN_NOTIMPLEMENTED;
    }
    double k = PyFloat_AsDouble(num);
    if (k == -1.0 && PyErr_Occurred()) return NULL;
    Vec2Object *v = (Vec2Object *)vec;
    return vec2_make(&Vec2Type, v->x * k, v->y * k);
}

static PyObject *Vec2_iadd(PyObject *a, PyObject *b) {
    if (!Vec2_Check(a) || !Vec2_Check(b)) Py_RETURN_NOTIMPLEMENTED;
    Vec2Object *u = (Vec2Object *)a, *w = (Vec2Object *)b;
    u->x += w->x;
    u->y += w->y;
    Py_INCREF(a);
    return a;
}

static PyObject *Vec2_truediv(PyObject *a, PyObject *b) {
    if (!Vec2_Check(a) || !(PyFloat_Check(b) || PyLong_Check(b))) Py_RETURN_NOTIMPLEMENTED;
    double k = PyFloat_AsDouble(b);
    if (k == -1.0 && PyErr_Occurred()) return NULL;
    if (k == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "Vec2 division by zero");
        return NULL;
    }
    Vec2Object *v = (Vec2Object *)a;
    return vec2_make(&Vec2Type, v->x / k, v->y / k);
}

static PyObject *Vec2_pow(PyObject *a, PyObject *b, PyObject *mod) {
    if (!Vec2_Check(a) || !PyLong_Check(b) || mod != Py_None) Py_RETURN_NOTIMPLEMENTED;
    long n = PyLong_AsLong(b);
    Vec2Object *v = (Vec2Object *)a;
    double x = 1.0, y = 1.0;
    for (long i = 0; i < n; i++) {
        x *= v->x;
        y *= v->y;
    }
    return vec2_make(&Vec2Type, x, y);
}

static PyObject *Vec2_abs(PyObject *a) {
    Vec2Object *v = (Vec2Object *)a;
    return PyFloat_FromDouble(v->x * v->x + v->y * v->y);
}

static PyObject *Vec2_neg(PyObject *a) {
    Vec2Object *v = (Vec2Object *)a;
    return vec2_make(&Vec2Type, -v->x, -v->y);
}

static int Vec2_bool(PyObject *a) {
    Vec2Object *v = (Vec2Object *)a;
    return v->x != 0.0 || v->y != 0.0;
}

static Py_ssize_t Vec2_len(PyObject *self) { return 2; }

static PyObject *Vec2_subscript(PyObject *self, PyObject *key) {
    Vec2Object *v = (Vec2Object *)self;
    if (!PyLong_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "Vec2 indices must be integers");
        return NULL;
    }
    long i = PyLong_AsLong(key);
    if (i == -1 && PyErr_Occurred()) return NULL;
    if (i < 0) i += 2;
    if (i == 0) return PyFloat_FromDouble(v->x);
    if (i == 1) return PyFloat_FromDouble(v->y);
    PyErr_SetString(PyExc_IndexError, "Vec2 index out of range");
    return NULL;
}

static int Vec2_contains(PyObject *self, PyObject *item) {
    Vec2Object *v = (Vec2Object *)self;
    double d = PyFloat_AsDouble(item);
    if (d == -1.0 && PyErr_Occurred()) return -1;
    return d == v->x || d == v->y;
}

static PyObject *Vec2_iter(PyObject *self);

static PyObject *Vec2_get_norm2(PyObject *self, void *closure) {
    Vec2Object *v = (Vec2Object *)self;
    return PyFloat_FromDouble(v->x * v->x + v->y * v->y);
}

static int Vec2_set_norm2(PyObject *self, PyObject *value, void *closure) {
    Vec2Object *v = (Vec2Object *)self;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete norm2");
        return -1;
    }
    double n = PyFloat_AsDouble(value);
    if (n == -1.0 && PyErr_Occurred()) return -1;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "norm2 must be non-negative");
        return -1;
    }
    /* Only the zero vector and the axis-aligned case are supported: y = 0. */
    v->x = n;
    v->y = 0.0;
    return 0;
}

static PyObject *Vec2_get_tag(PyObject *self, void *closure) {
    return PyUnicode_FromString((const char *)closure);
}

static PyObject *Vec2_dot(PyObject *self, PyObject *other) {
    if (!Vec2_Check(other)) {
        PyErr_SetString(PyExc_TypeError, "dot() argument must be a Vec2");
        return NULL;
    }
    Vec2Object *u = (Vec2Object *)self, *w = (Vec2Object *)other;
    return PyFloat_FromDouble(u->x * w->x + u->y * w->y);
}

static PyObject *Vec2_scaled(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 1) {
        PyErr_SetString(PyExc_TypeError, "scaled() takes exactly one argument");
        return NULL;
    }
    double k = PyFloat_AsDouble(args[0]);
    if (k == -1.0 && PyErr_Occurred()) return NULL;
    Vec2Object *v = (Vec2Object *)self;
    return vec2_make(Py_TYPE(self), v->x * k, v->y * k);
}

static PyObject *Vec2_swap(PyObject *self, PyObject *unused) {
    Vec2Object *v = (Vec2Object *)self;
    double t = v->x;
    v->x = v->y;
    v->y = t;
    Py_RETURN_NONE;
}

/* METH_CLASS: cls.from_pair((x, y)) builds an instance of cls (a subclass too). */
static PyObject *Vec2_from_pair(PyObject *cls, PyObject *pair) {
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
        PyErr_SetString(PyExc_TypeError, "from_pair() expects a 2-tuple");
        return NULL;
    }
    double x = PyFloat_AsDouble(PyTuple_GET_ITEM(pair, 0));
    if (x == -1.0 && PyErr_Occurred()) return NULL;
    double y = PyFloat_AsDouble(PyTuple_GET_ITEM(pair, 1));
    if (y == -1.0 && PyErr_Occurred()) return NULL;
    return vec2_make((PyTypeObject *)cls, x, y);
}

/* METH_STATIC: Vec2.zero(). */
static PyObject *Vec2_zero(PyObject *unused_self, PyObject *unused) {
    return vec2_make(&Vec2Type, 0.0, 0.0);
}

/* METH_STATIC | METH_VARARGS: Vec2.count_args(*args). */
static PyObject *Vec2_count_args(PyObject *unused_self, PyObject *args) {
    return PyLong_FromSsize_t(PyTuple_GET_SIZE(args));
}

static PyMethodDef Vec2_methods[] = {
    {"dot", Vec2_dot, METH_O, "dot(other) -> float"},
    {"scaled", (PyCFunction)(void (*)(void))Vec2_scaled, METH_FASTCALL, NULL},
    {"swap", Vec2_swap, METH_NOARGS, NULL},
    {"from_pair", Vec2_from_pair, METH_O | METH_CLASS, NULL},
    {"zero", Vec2_zero, METH_NOARGS | METH_STATIC, NULL},
    {"count_args", Vec2_count_args, METH_VARARGS | METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef Vec2_members[] = {
    {"x", Py_T_DOUBLE, offsetof(Vec2Object, x), 0, "x coordinate"},
    {"y", Py_T_DOUBLE, offsetof(Vec2Object, y), 0, "y coordinate"},
    {"id", Py_T_INT, offsetof(Vec2Object, id), Py_READONLY, NULL},
    {"weight", T_LONG, offsetof(Vec2Object, weight), 0, NULL},
    {"count", Py_T_PYSSIZET, offsetof(Vec2Object, count), 0, NULL},
    {"flag", Py_T_BOOL, offsetof(Vec2Object, flag), 0, NULL},
    {"kind", Py_T_STRING, offsetof(Vec2Object, kind), 0, NULL},
    {"label", Py_T_OBJECT_EX, offsetof(Vec2Object, label), 0, NULL},
    {"extra", T_OBJECT, offsetof(Vec2Object, extra), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyGetSetDef Vec2_getset[] = {
    {"norm2", Vec2_get_norm2, Vec2_set_norm2, "squared length", NULL},
    {"tag", Vec2_get_tag, NULL, NULL, "vec2-tag"},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyNumberMethods Vec2_as_number = {
    .nb_add = Vec2_add,
    .nb_subtract = Vec2_sub,
    .nb_multiply = Vec2_mul,
    .nb_negative = Vec2_neg,
    .nb_inplace_add = Vec2_iadd,
    .nb_true_divide = Vec2_truediv,
    .nb_power = Vec2_pow,
    .nb_absolute = Vec2_abs,
    .nb_bool = Vec2_bool,
};

static PySequenceMethods Vec2_as_sequence = {
    .sq_length = Vec2_len,
    .sq_contains = Vec2_contains,
};

static PyMappingMethods Vec2_as_mapping = {
    .mp_length = Vec2_len,
    .mp_subscript = Vec2_subscript,
};

static PyTypeObject Vec2Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "conform_types.Vec2",
    .tp_basicsize = sizeof(Vec2Object),
    .tp_dealloc = Vec2_dealloc,
    .tp_repr = Vec2_repr,
    .tp_str = Vec2_str,
    .tp_as_number = &Vec2_as_number,
    .tp_as_sequence = &Vec2_as_sequence,
    .tp_as_mapping = &Vec2_as_mapping,
    .tp_hash = Vec2_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A 2-D vector written in C.",
    .tp_richcompare = Vec2_richcompare,
    .tp_iter = Vec2_iter,
    .tp_methods = Vec2_methods,
    .tp_members = Vec2_members,
    .tp_getset = Vec2_getset,
    .tp_init = Vec2_init,
    .tp_new = Vec2_new,
};

/* ==== Quad: a sequence type (sq_* slots only) and number conversions ==================== */

typedef struct {
    PyObject_HEAD
    long v[4];
} QuadObject;

static PyTypeObject QuadType;

static PyObject *Quad_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    QuadObject *q = (QuadObject *)PyType_GenericNew(type, args, kwds);
    if (q == NULL) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    for (Py_ssize_t i = 0; i < n && i < 4; i++) {
        q->v[i] = PyLong_AsLong(PyTuple_GET_ITEM(args, i));
        if (q->v[i] == -1 && PyErr_Occurred()) {
            Py_DECREF(q);
            return NULL;
        }
    }
    return (PyObject *)q;
}

static Py_ssize_t Quad_len(PyObject *self) { return 4; }

static PyObject *Quad_item(PyObject *self, Py_ssize_t i) {
    if (i < 0 || i >= 4) {
        PyErr_SetString(PyExc_IndexError, "Quad index out of range");
        return NULL;
    }
    return PyLong_FromLong(((QuadObject *)self)->v[i]);
}

static int Quad_ass_item(PyObject *self, Py_ssize_t i, PyObject *value) {
    if (i < 0 || i >= 4) {
        PyErr_SetString(PyExc_IndexError, "Quad assignment index out of range");
        return -1;
    }
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Quad items cannot be deleted");
        return -1;
    }
    long v = PyLong_AsLong(value);
    if (v == -1 && PyErr_Occurred()) return -1;
    ((QuadObject *)self)->v[i] = v;
    return 0;
}

static PyObject *Quad_repeat(PyObject *self, Py_ssize_t n) {
    QuadObject *q = (QuadObject *)self;
    QuadObject *r = (QuadObject *)PyType_GenericAlloc(&QuadType, 0);
    if (r == NULL) return NULL;
    for (int i = 0; i < 4; i++) r->v[i] = q->v[i] * (long)n;
    return (PyObject *)r;
}

static PyObject *Quad_int(PyObject *self) {
    QuadObject *q = (QuadObject *)self;
    return PyLong_FromLong(q->v[0] + q->v[1] + q->v[2] + q->v[3]);
}

static PyObject *Quad_float(PyObject *self) {
    QuadObject *q = (QuadObject *)self;
    return PyFloat_FromDouble((q->v[0] + q->v[1] + q->v[2] + q->v[3]) / 4.0);
}

static PyObject *Quad_repr(PyObject *self) {
    QuadObject *q = (QuadObject *)self;
    char buf[128];
    snprintf(buf, sizeof buf, "Quad(%ld, %ld, %ld, %ld)", q->v[0], q->v[1], q->v[2], q->v[3]);
    return PyUnicode_FromString(buf);
}

static PySequenceMethods Quad_as_sequence = {
    .sq_length = Quad_len,
    .sq_item = Quad_item,
    .sq_ass_item = Quad_ass_item,
    .sq_repeat = Quad_repeat,
};

static PyNumberMethods Quad_as_number = {
    .nb_int = Quad_int,
    .nb_index = Quad_int,
    .nb_float = Quad_float,
};

static PyTypeObject QuadType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "conform_types.Quad",
    .tp_basicsize = sizeof(QuadObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_repr = Quad_repr,
    .tp_as_sequence = &Quad_as_sequence,
    .tp_as_number = &Quad_as_number,
    .tp_new = Quad_new,
};

/* ==== Squares: a variable-size GC type (PyObject_GC_NewVar, tracking, GC_Del) ========= */

typedef struct {
    PyObject_VAR_HEAD
    PyObject *owner;
    long items[1];
} SquaresObject;

static PyTypeObject SquaresType;

static int Squares_traverse(PyObject *self, visitproc visit, void *arg) {
    Py_VISIT(((SquaresObject *)self)->owner);
    return 0;
}

static void Squares_dealloc(PyObject *self) {
    PyObject_GC_UnTrack(self);
    Py_CLEAR(((SquaresObject *)self)->owner);
    PyObject_GC_Del(self);
}

static Py_ssize_t Squares_len(PyObject *self) { return Py_SIZE(self); }

static PyObject *Squares_item(PyObject *self, Py_ssize_t i) {
    if (i < 0 || i >= Py_SIZE(self)) {
        PyErr_SetString(PyExc_IndexError, "Squares index out of range");
        return NULL;
    }
    return PyLong_FromLong(((SquaresObject *)self)->items[i]);
}

static PySequenceMethods Squares_as_sequence = {
    .sq_length = Squares_len,
    .sq_item = Squares_item,
};

static PyTypeObject SquaresType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "conform_types.Squares",
    .tp_basicsize = offsetof(SquaresObject, items),
    .tp_itemsize = sizeof(long),
    .tp_dealloc = Squares_dealloc,
    .tp_as_sequence = &Squares_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = Squares_traverse,
};

static PyObject *squares(PyObject *module, PyObject *arg) {
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "negative count");
        return NULL;
    }
    SquaresObject *sq = PyObject_GC_NewVar(SquaresObject, &SquaresType, n);
    if (sq == NULL) return NULL;
    for (long i = 0; i < n; i++) sq->items[i] = i * i;
    sq->owner = NULL;
    Py_INCREF(module);
    sq->owner = module;
    PyObject_GC_Track((PyObject *)sq);
    return (PyObject *)sq;
}

/* PyObject_Malloc + PyObject_Init: a Vec2 built by hand. */
static PyObject *manual_vec(PyObject *module, PyObject *unused) {
    Vec2Object *v = (Vec2Object *)PyObject_Malloc(sizeof(Vec2Object));
    if (v == NULL) {
        PyErr_SetString(PyExc_MemoryError, "out of memory");
        return NULL;
    }
    memset(v, 0, sizeof(Vec2Object));
    PyObject_Init((PyObject *)v, &Vec2Type);
    v->x = 1.25;
    v->y = -4.0;
    v->kind = "manual";
    return (PyObject *)v;
}

/* ==== Const: a descriptor written in C; Dyn: a custom tp_getattro ======================== */

typedef struct {
    PyObject_HEAD
    long value;
    long sets;
} ConstObject;

static PyObject *Const_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    if (PyTuple_GET_SIZE(args) != 1) {
        PyErr_SetString(PyExc_TypeError, "Const() takes one argument");
        return NULL;
    }
    long v = PyLong_AsLong(PyTuple_GET_ITEM(args, 0));
    if (v == -1 && PyErr_Occurred()) return NULL;
    ConstObject *c = (ConstObject *)type->tp_alloc(type, 0);
    if (c == NULL) return NULL;
    c->value = v;
    return (PyObject *)c;
}

static PyObject *Const_get(PyObject *self, PyObject *obj, PyObject *type) {
    if (obj == NULL || obj == Py_None) {
        Py_INCREF(self);
        return self;
    }
    return PyLong_FromLong(((ConstObject *)self)->value);
}

static int Const_set(PyObject *self, PyObject *obj, PyObject *value) {
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "a Const cannot be deleted");
        return -1;
    }
    long v = PyLong_AsLong(value);
    if (v == -1 && PyErr_Occurred()) return -1;
    ((ConstObject *)self)->value = v;
    ((ConstObject *)self)->sets++;
    return 0;
}

static PyMemberDef Const_members[] = {
    {"sets", Py_T_LONG, offsetof(ConstObject, sets), Py_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject ConstType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "conform_types.Const",
    .tp_basicsize = sizeof(ConstObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_descr_get = Const_get,
    .tp_descr_set = Const_set,
    .tp_members = Const_members,
    .tp_new = Const_new,
};

static PyObject *Dyn_getattro(PyObject *self, PyObject *name) {
    PyObject *r = PyObject_GenericGetAttr(self, name);
    if (r != NULL || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
    PyErr_Clear();
    PyObject *prefix = PyUnicode_FromString("dyn:");
    if (prefix == NULL) return NULL;
    r = PyNumber_Add(prefix, name);
    Py_DECREF(prefix);
    return r;
}

static PyTypeObject DynType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "conform_types.Dyn",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_getattro = Dyn_getattro,
    .tp_new = PyType_GenericNew,
};

/* ==== Vec2Iter: the iterator type (PyObject_New / PyObject_Del) ======================== */

typedef struct {
    PyObject_HEAD
    PyObject *vec;
    int index;
} Vec2IterObject;

static PyObject *Vec2_iter(PyObject *self) {
    Vec2IterObject *it = PyObject_New(Vec2IterObject, &Vec2IterType);
    if (it == NULL) return NULL;
    Py_INCREF(self);
    it->vec = self;
    it->index = 0;
    return (PyObject *)it;
}

static void Vec2Iter_dealloc(PyObject *self) {
    Py_XDECREF(((Vec2IterObject *)self)->vec);
    PyObject_Del(self);
}

static PyObject *Vec2Iter_next(PyObject *self) {
    Vec2IterObject *it = (Vec2IterObject *)self;
    Vec2Object *v = (Vec2Object *)it->vec;
    switch (it->index++) {
    case 0:
        return PyFloat_FromDouble(v->x);
    case 1:
        return PyFloat_FromDouble(v->y);
    default:
        return NULL; /* exhausted: NULL without an exception */
    }
}

static PyTypeObject Vec2IterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "conform_types.Vec2Iterator",
    .tp_basicsize = sizeof(Vec2IterObject),
    .tp_dealloc = Vec2Iter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = Vec2Iter_next,
};

/* ==== Counter: a heap type from a spec, with module state ============================= */

typedef struct {
    long calls;
} module_state;

typedef struct {
    PyObject_HEAD
    long count;
    long step;
} CounterObject;

static PyObject *Counter_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    CounterObject *c = (CounterObject *)alloc(type, 0);
    if (c == NULL) return NULL;
    c->step = 1;
    return (PyObject *)c;
}

static int Counter_init(PyObject *self, PyObject *args, PyObject *kwds) {
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n > 1) {
        PyErr_SetString(PyExc_TypeError, "Counter() takes at most 1 argument");
        return -1;
    }
    if (n == 1) {
        long step = PyLong_AsLong(PyTuple_GET_ITEM(args, 0));
        if (step == -1 && PyErr_Occurred()) return -1;
        ((CounterObject *)self)->step = step;
    }
    return 0;
}

static void Counter_dealloc(PyObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    freefunc f = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    f(self);
    Py_DECREF(tp);
}

static PyObject *Counter_call(PyObject *self, PyObject *args, PyObject *kwds) {
    if (PyTuple_GET_SIZE(args) != 0 || (kwds != NULL && PyDict_GET_SIZE(kwds) != 0)) {
        PyErr_SetString(PyExc_TypeError, "a Counter takes no arguments");
        return NULL;
    }
    module_state *st = (module_state *)PyType_GetModuleState(Py_TYPE(self));
    if (st == NULL) return NULL;
    st->calls++;
    CounterObject *c = (CounterObject *)self;
    c->count += c->step;
    return PyLong_FromLong(c->count);
}

static PyObject *Counter_repr(PyObject *self) {
    CounterObject *c = (CounterObject *)self;
    char buf[96];
    snprintf(buf, sizeof buf, "Counter(count=%ld, step=%ld)", c->count, c->step);
    return PyUnicode_FromString(buf);
}

static PyObject *Counter_reset(PyObject *self, PyObject *unused) {
    ((CounterObject *)self)->count = 0;
    Py_RETURN_NONE;
}

static struct PyModuleDef module_def;

/* METH_METHOD: receives the class that defines the method. */
static PyObject *Counter_defining(PyObject *self, PyTypeObject *defining_class, PyObject *const *args,
                                  Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *m1 = PyType_GetModule(defining_class);
    if (m1 == NULL) return NULL;
    PyObject *m2 = PyType_GetModuleByDef(Py_TYPE(self), &module_def);
    if (m2 == NULL) return NULL;
    module_state *st = (module_state *)PyModule_GetState(m2);
    return PyLong_FromLong((m1 == m2) * 1000 + st->calls + nargs);
}

static PyObject *Counter_richcompare(PyObject *a, PyObject *b, int op) {
    Py_RETURN_NOTIMPLEMENTED;
}

static PyMethodDef Counter_methods[] = {
    {"reset", Counter_reset, METH_NOARGS, NULL},
    {"defining", (PyCFunction)(void (*)(void))Counter_defining, METH_METHOD | METH_FASTCALL | METH_KEYWORDS,
     NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef Counter_members[] = {
    {"count", T_LONG, offsetof(CounterObject, count), READONLY, NULL},
    {"step", Py_T_LONG, offsetof(CounterObject, step), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot Counter_slots[] = {
    {Py_tp_new, Counter_new},
    {Py_tp_init, Counter_init},
    {Py_tp_dealloc, Counter_dealloc},
    {Py_tp_call, Counter_call},
    {Py_tp_repr, Counter_repr},
    {Py_tp_methods, Counter_methods},
    {Py_tp_members, Counter_members},
    {Py_tp_doc, "Counts its calls."},
    {Py_tp_richcompare, Counter_richcompare},
    {Py_tp_getattro, PyObject_GenericGetAttr},
    {Py_tp_setattro, PyObject_GenericSetAttr},
    {0, NULL},
};

static PyType_Spec Counter_spec = {
    .name = "conform_types.Counter",
    .basicsize = sizeof(CounterObject),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = Counter_slots,
};

/* ==== Tagged: a heap type from a spec whose base is the static Vec2 ===================== */

typedef struct {
    Vec2Object base;
    PyObject *tag;
} TaggedObject;

static void Tagged_dealloc(PyObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    Py_CLEAR(((TaggedObject *)self)->tag);
    Vec2Type.tp_dealloc(self); /* frees the memory through tp_free */
    Py_DECREF(tp);
}

static Py_ssize_t Tagged_len(PyObject *self) { return 3; }

static PyObject *Tagged_describe(PyObject *self, PyObject *unused) {
    PyObject *r = PyObject_Repr(self);
    if (r == NULL) return NULL;
    PyObject *sep = PyUnicode_FromString(" tagged ");
    PyObject *a = PyNumber_Add(r, sep);
    Py_DECREF(r);
    Py_DECREF(sep);
    if (a == NULL) return NULL;
    PyObject *t = ((TaggedObject *)self)->tag;
    PyObject *ts = PyObject_Repr(t ? t : Py_None);
    if (ts == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    PyObject *out = PyNumber_Add(a, ts);
    Py_DECREF(a);
    Py_DECREF(ts);
    return out;
}

static PyMethodDef Tagged_methods[] = {
    {"describe", Tagged_describe, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef Tagged_members[] = {
    {"tag", T_OBJECT, offsetof(TaggedObject, tag), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot Tagged_slots[] = {
    {Py_tp_dealloc, Tagged_dealloc},
    {Py_sq_length, Tagged_len},
    {Py_tp_methods, Tagged_methods},
    {Py_tp_members, Tagged_members},
    {Py_tp_doc, "A Vec2 with a tag."},
    {Py_tp_hash, PyObject_HashNotImplemented},
    {0, NULL},
};

static PyType_Spec Tagged_spec = {
    .name = "conform_types.Tagged",
    .basicsize = sizeof(TaggedObject),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = Tagged_slots,
};

/* ==== Blank: a spec type with no dealloc and no new of its own ========================== */

typedef struct {
    PyObject_HEAD
    long n;
} BlankObject;

static PyMemberDef Blank_members[] = {
    {"n", Py_T_LONG, offsetof(BlankObject, n), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot Blank_slots[] = {
    {Py_tp_members, Blank_members},
    {0, NULL},
};

static PyType_Spec Blank_spec = {
    .name = "conform_types.Blank",
    .basicsize = sizeof(BlankObject),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = Blank_slots,
};

/* ==== module functions ================================================================= */

static PyObject *total_calls(PyObject *module, PyObject *unused) {
    module_state *st = (module_state *)PyModule_GetState(module);
    return PyLong_FromLong(st->calls);
}

static PyObject *module_by_def(PyObject *module, PyObject *t) {
    PyObject *m = PyType_GetModuleByDef((PyTypeObject *)t, &module_def);
    if (m == NULL) return NULL;
    Py_INCREF(m);
    return m;
}

static PyObject *is_heap_type(PyObject *module, PyObject *t) {
    if (!PyType_Check(t)) {
        PyErr_SetString(PyExc_TypeError, "is_heap_type() expects a type");
        return NULL;
    }
    unsigned long flags = PyType_GetFlags((PyTypeObject *)t);
    return PyLong_FromLong((flags & Py_TPFLAGS_HEAPTYPE) != 0);
}

static PyObject *has_slot(PyObject *module, PyObject *t) {
    PyTypeObject *tp = (PyTypeObject *)t;
    long r = (PyType_GetSlot(tp, Py_tp_repr) != NULL) + 2 * (PyType_GetSlot(tp, Py_tp_call) != NULL) +
             4 * (PyType_GetSlot(tp, Py_nb_add) != NULL);
    return PyLong_FromLong(r);
}

static PyObject *type_module_of(PyObject *module, PyObject *obj) {
    PyObject *m = PyType_GetModule(Py_TYPE(obj));
    if (m == NULL) return NULL;
    Py_INCREF(m);
    return m;
}

static PyObject *make_raw(PyObject *module, PyObject *unused) {
    /* PyType_GenericNew + PyObject_Init paths. */
    PyObject *v = PyType_GenericNew(&Vec2Type, NULL, NULL);
    if (v == NULL) return NULL;
    ((Vec2Object *)v)->x = 7.0;
    ((Vec2Object *)v)->kind = "raw";
    return v;
}

/* ==== capsules and hand-made descriptors ============================================== */

typedef struct {
    long magic;
    long (*twice)(long);
} conform_api;

static long api_twice(long v) { return 2 * v; }
static conform_api the_api = {4242, api_twice};
static long destroyed_count = 0;
static int context_marker = 0;

static void capsule_destructor(PyObject *cap) {
    if (PyCapsule_GetPointer(cap, "conform_types.temp") != NULL) destroyed_count++;
}

static PyObject *new_capsule(PyObject *module, PyObject *unused) {
    return PyCapsule_New(&the_api, "conform_types.temp", capsule_destructor);
}

static PyObject *destroyed(PyObject *module, PyObject *unused) {
    return PyLong_FromLong(destroyed_count);
}

static PyObject *capsule_value(PyObject *module, PyObject *cap) {
    conform_api *api = (conform_api *)PyCapsule_GetPointer(cap, "conform_types._api");
    if (api == NULL) return NULL;
    if (PyCapsule_SetContext(cap, &context_marker) < 0) return NULL;
    if (PyCapsule_GetContext(cap) != &context_marker) {
        PyErr_SetString(PyExc_RuntimeError, "context lost");
        return NULL;
    }
    return PyLong_FromLong(api->twice(api->magic));
}

static PyObject *capsule_checks(PyObject *module, PyObject *cap) {
    long r = PyCapsule_IsValid(cap, "conform_types._api") + 2 * PyCapsule_IsValid(cap, "other") +
             4 * PyCapsule_IsValid(cap, NULL) + 8 * PyCapsule_CheckExact(cap);
    const char *name = PyCapsule_GetName(cap);
    if (name == NULL && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(r);
}

static PyObject *capsule_import(PyObject *module, PyObject *which) {
    long w = PyLong_AsLong(which);
    if (w == -1 && PyErr_Occurred()) return NULL;
    const char *names[] = {"conform_types._api", "conform_types.Vec2", "conform_types.nothing",
                           "no_such_module_xyz._api"};
    if (w < 0 || w > 3) {
        PyErr_SetString(PyExc_ValueError, "which must be 0..3");
        return NULL;
    }
    conform_api *api = (conform_api *)PyCapsule_Import(names[w], 0);
    if (api == NULL) return NULL;
    return PyLong_FromLong(api->magic);
}

static PyObject *bad_capsule(PyObject *module, PyObject *unused) {
    return PyCapsule_New(NULL, "x", NULL);
}

static PyObject *descr_norm(PyObject *self, PyObject *unused) {
    Vec2Object *v = (Vec2Object *)self;
    return PyFloat_FromDouble(v->x + v->y);
}

static PyObject *descr_cls(PyObject *cls, PyObject *unused) {
    return PyType_GetName((PyTypeObject *)cls);
}

static PyMethodDef extra_method = {"manhattan", descr_norm, METH_NOARGS, NULL};
static PyMethodDef extra_classmethod = {"type_name", descr_cls, METH_NOARGS | METH_CLASS, NULL};
static PyMemberDef extra_member = {"x_again", Py_T_DOUBLE, offsetof(Vec2Object, x), Py_READONLY, NULL};
static PyGetSetDef extra_getset = {"norm2_again", Vec2_get_norm2, NULL, NULL, NULL};

static int add_descriptors(PyObject *m) {
    PyObject *d[4] = {
        PyDescr_NewMethod(&Vec2Type, &extra_method),
        PyDescr_NewClassMethod(&Vec2Type, &extra_classmethod),
        PyDescr_NewMember(&Vec2Type, &extra_member),
        PyDescr_NewGetSet(&Vec2Type, &extra_getset),
    };
    const char *names[4] = {"d_method", "d_classmethod", "d_member", "d_getset"};
    int rc = 0;
    for (int i = 0; i < 4; i++) {
        if (d[i] == NULL || PyModule_AddObjectRef(m, names[i], d[i]) < 0) rc = -1;
        Py_XDECREF(d[i]);
    }
    return rc;
}

static PyObject *member_roundtrip(PyObject *module, PyObject *v) {
    if (!Vec2_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "expected a Vec2");
        return NULL;
    }
    PyObject *nine = PyFloat_FromDouble(9.0);
    int rc = PyMember_SetOne((char *)v, &extra_member, nine);
    Py_DECREF(nine);
    if (rc < 0) return NULL;
    return PyMember_GetOne((const char *)v, &extra_member);
}

static PyObject *refcount(PyObject *module, PyObject *o) {
    return PyLong_FromSsize_t(Py_REFCNT(o));
}

static PyMethodDef module_methods[] = {
    {"total_calls", total_calls, METH_NOARGS, NULL},
    {"is_heap_type", is_heap_type, METH_O, NULL},
    {"has_slot", has_slot, METH_O, NULL},
    {"type_module_of", type_module_of, METH_O, NULL},
    {"make_raw", make_raw, METH_NOARGS, NULL},
    {"refcount", refcount, METH_O, NULL},
    {"squares", squares, METH_O, NULL},
    {"manual_vec", manual_vec, METH_NOARGS, NULL},
    {"module_by_def", module_by_def, METH_O, NULL},
    {"new_capsule", new_capsule, METH_NOARGS, NULL},
    {"destroyed", destroyed, METH_NOARGS, NULL},
    {"capsule_value", capsule_value, METH_O, NULL},
    {"capsule_checks", capsule_checks, METH_O, NULL},
    {"capsule_import", capsule_import, METH_O, NULL},
    {"bad_capsule", bad_capsule, METH_NOARGS, NULL},
    {"member_roundtrip", member_roundtrip, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "conform_types", "Extension types written in C.",
    sizeof(module_state), module_methods,
};

PyMODINIT_FUNC PyInit_conform_types(void) {
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL) return NULL;
    module_state *st = (module_state *)PyModule_GetState(m);
    st->calls = 0;
    if (PyType_Ready(&Vec2IterType) < 0) goto fail;
    if (PyModule_AddType(m, &Vec2Type) < 0) goto fail;
    if (PyModule_AddType(m, &QuadType) < 0) goto fail;
    if (PyType_Ready(&SquaresType) < 0) goto fail;
    if (PyModule_AddType(m, &ConstType) < 0) goto fail;
    if (PyModule_AddType(m, &DynType) < 0) goto fail;
    PyObject *counter = PyType_FromModuleAndSpec(m, &Counter_spec, NULL);
    if (counter == NULL) goto fail;
    if (PyModule_AddObjectRef(m, "Counter", counter) < 0) {
        Py_DECREF(counter);
        goto fail;
    }
    Py_DECREF(counter);
    PyObject *tagged = PyType_FromSpecWithBases(&Tagged_spec, (PyObject *)&Vec2Type);
    if (tagged == NULL) goto fail;
    if (PyModule_AddObjectRef(m, "Tagged", tagged) < 0) {
        Py_DECREF(tagged);
        goto fail;
    }
    Py_DECREF(tagged);
    PyObject *blank = PyType_FromSpec(&Blank_spec);
    if (blank == NULL) goto fail;
    if (PyModule_AddObjectRef(m, "Blank", blank) < 0) {
        Py_DECREF(blank);
        goto fail;
    }
    Py_DECREF(blank);
    PyObject *api = PyCapsule_New(&the_api, "conform_types._api", NULL);
    if (api == NULL) goto fail;
    if (PyModule_AddObjectRef(m, "_api", api) < 0) {
        Py_DECREF(api);
        goto fail;
    }
    Py_DECREF(api);
    if (add_descriptors(m) < 0) goto fail;
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
