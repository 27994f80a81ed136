/* conform_args: argument parsing (PyArg_*), value building (Py_BuildValue), the
 * printf-style functions (PyErr_Format, PyUnicode_FromFormat), the error family, calls,
 * GIL/thread functions and imports, compared between CPython 3.12 and Molt. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *MyError, *SubError, *MultiError;

static PyObject *ints(PyObject *self, PyObject *args) {
    char b;
    unsigned char B;
    short h;
    unsigned short H;
    int i;
    unsigned int I;
    long l;
    unsigned long k;
    long long L;
    unsigned long long K;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "bBhHiIlkLKn:ints", &b, &B, &h, &H, &i, &I, &l, &k, &L, &K, &n)) {
        return NULL;
    }
    return Py_BuildValue("(iiiiiIlkLKn)", (int)b, (int)B, (int)h, (int)H, i, I, l, k, L, K, n);
}

static PyObject *strs(PyObject *self, PyObject *args) {
    const char *s, *s2, *z, *z2, *y, *y2;
    Py_ssize_t ls, lz, ly;
    if (!PyArg_ParseTuple(args, "ss#zz#yy#:strs", &s, &s2, &ls, &z, &z2, &lz, &y, &y2, &ly)) {
        return NULL;
    }
    return Py_BuildValue("(ss#zz#yy#n)", s, s2, ls, z, z2, lz, y, y2, ly, lz);
}

static PyObject *misc(PyObject *self, PyObject *args) {
    char c;
    int C, p;
    float f;
    double d;
    if (!PyArg_ParseTuple(args, "cCfdp", &c, &C, &f, &d, &p)) {
        return NULL;
    }
    return Py_BuildValue("(cCdfi)", c, C, (double)f, d, p);
}

static int positive(PyObject *o, void *addr) {
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    if (v <= 0) {
        PyErr_Format(PyExc_ValueError, "%ld is not positive", v);
        return 0;
    }
    *(long *)addr = v;
    return 1;
}

static PyObject *objs(PyObject *self, PyObject *args) {
    PyObject *o, *i, *opt = NULL;
    long pos;
    if (!PyArg_ParseTuple(args, "OO!O&|O:objs", &o, &PyLong_Type, &i, positive, &pos, &opt)) {
        return NULL;
    }
    return Py_BuildValue("(OOlO)", o, i, pos, opt ? opt : Py_None);
}

static PyObject *nested(PyObject *self, PyObject *args) {
    int a, b;
    const char *s;
    double d;
    if (!PyArg_ParseTuple(args, "(ii)(s(d)):nested", &a, &b, &s, &d)) {
        return NULL;
    }
    return Py_BuildValue("[i,i,s,d]", a, b, s, d);
}

static PyObject *kw(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"a", "b", "c", "d", NULL};
    int a, c = -1;
    const char *b = "dflt";
    double d = 0.5;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|si$d:kw", kwlist, &a, &b, &c, &d)) {
        return NULL;
    }
    return Py_BuildValue("{s:i,s:s,s:i,s:d}", "a", a, "b", b, "c", c, "d", d);
}

static PyObject *kwpos(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"", "x", "y", NULL};
    PyObject *p, *x = Py_None, *y = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|OO:kwpos", kwlist, &p, &x, &y)) {
        return NULL;
    }
    return Py_BuildValue("(OOO)", p, x, y);
}

static PyObject *kwanon(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"first", "second", NULL};
    int f, s = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|i", kwlist, &f, &s)) {
        return NULL;
    }
    return Py_BuildValue("ii", f, s);
}

static PyObject *noname(PyObject *self, PyObject *args) {
    int a, b;
    if (!PyArg_ParseTuple(args, "ii", &a, &b)) {
        return NULL;
    }
    return Py_BuildValue("i", a + b);
}

static PyObject *custom(PyObject *self, PyObject *args) {
    int a;
    if (!PyArg_ParseTuple(args, "i;an integer is needed here", &a)) {
        return NULL;
    }
    return Py_BuildValue("i", a);
}

static PyObject *unpack(PyObject *self, PyObject *args) {
    PyObject *a = NULL, *b = NULL, *c = NULL;
    if (!PyArg_UnpackTuple(args, "unpack", 1, 3, &a, &b, &c)) {
        return NULL;
    }
    return Py_BuildValue("(OOO)", a, b ? b : Py_None, c ? c : Py_None);
}

static PyObject *parse1(PyObject *self, PyObject *arg) {
    int v;
    if (!PyArg_Parse(arg, "i", &v)) {
        return NULL;
    }
    return Py_BuildValue("i", v * 2);
}

static PyObject *make_str(void *p) {
    return PyUnicode_FromString((const char *)p);
}

static PyObject *build(PyObject *self, PyObject *unused) {
    PyObject *fresh = PyUnicode_FromString("stolen");
    return Py_BuildValue(
        "[NNNNNNNNNNNNNN]", Py_BuildValue(""), Py_BuildValue("i", 7), Py_BuildValue("(i)", 7),
        Py_BuildValue("ii", 1, 2), Py_BuildValue("[i,(i,i),[]]", 1, 2, 3),
        Py_BuildValue("{s:i,s:(ii)}", "x", 1, "y", 2, 3), Py_BuildValue("s#y#z", "abcdef", (Py_ssize_t)3, "xyz", (Py_ssize_t)2, NULL),
        Py_BuildValue("N", fresh), Py_BuildValue("O&", make_str, (void *)"converted"),
        Py_BuildValue("(cC)", 'q', 0x263A),
        Py_BuildValue("bBhHIkLKn", -1, 255, -300, 65535, 4000000000u, 4000000000ul, -5000000000ll, 18000000000000000000ull, (Py_ssize_t)-7),
        Py_BuildValue("(d,f)", 2.25, 1.5f), Py_BuildValue("(s,z,y)", "héllo", "zz", "bytes"),
        Py_BuildValue("{}"));
}

static PyObject *build_errors(PyObject *self, PyObject *arg) {
    long which = PyLong_AsLong(arg);
    if (which == 0) {
        return Py_BuildValue("(O)", (PyObject *)NULL);
    }
    if (which == 1) {
        return Py_BuildValue("{i}", 1);
    }
    return Py_BuildValue("(i", 1);
}

static PyObject *fmt(PyObject *self, PyObject *arg) {
    PyObject *name = PyUnicode_FromString("nm");
    PyObject *r = PyUnicode_FromFormat(
        "%d %i %u %ld %lu %lld %llu %zd %zu %x %X %o %c %c %% %s|%5d|%-5d|%05d|%.3s|%S|%R|%A|%U|%V|%V|%10s|%-4S|%.2R", -12, 34, 56u,
        -78l, 90ul, -1234567890123ll, 12345678901234ull, (Py_ssize_t)-5, (size_t)6, 255u, 255u, 8u, 'Z', 0xe9, "text", 42, 42,
        42, "abcdef", arg, arg, arg, name, name, "unused", (PyObject *)NULL, "fallback", "right", arg, arg);
    Py_DECREF(name);
    return r;
}

static PyObject *fmt_ptr(PyObject *self, PyObject *arg) {
    PyObject *r = PyUnicode_FromFormat("%p", (void *)arg);
    PyObject *p = PyUnicode_FromString("0x");
    if (r == NULL) {
        return NULL;
    }
    PyObject *s = PyObject_CallMethod(r, "startswith", "O", p);
    Py_DECREF(r);
    Py_DECREF(p);
    return s;
}

static PyObject *raise_fmt(PyObject *self, PyObject *arg) {
    return PyErr_Format(PyExc_ValueError, "bad value %R for %s (%d)", arg, "thing", 42);
}

static PyObject *raise_my(PyObject *self, PyObject *arg) {
    PyErr_SetObject(MyError, arg);
    return NULL;
}

static PyObject *raise_sub(PyObject *self, PyObject *arg) {
    PyErr_SetString(SubError, "from sub");
    return NULL;
}

static PyObject *raise_multi(PyObject *self, PyObject *arg) {
    PyErr_SetNone(MultiError);
    return NULL;
}

static PyObject *fetch_restore(PyObject *self, PyObject *arg) {
    PyObject *t, *v, *tb;
    PyErr_SetString(PyExc_KeyError, "k");
    PyErr_Fetch(&t, &v, &tb);
    if (PyErr_Occurred() != NULL) {
        return PyUnicode_FromString("still set");
    }
    PyErr_Restore(t, v, tb);
    if (!PyErr_ExceptionMatches(PyExc_LookupError)) {
        return PyUnicode_FromString("no match");
    }
    PyObject *e = PyErr_GetRaisedException();
    if (PyErr_Occurred() != NULL || e == NULL) {
        return PyUnicode_FromString("get failed");
    }
    PyErr_SetRaisedException(e);
    return NULL;
}

static PyObject *restore_raw(PyObject *self, PyObject *arg) {
    Py_INCREF(PyExc_ValueError);
    Py_INCREF(arg);
    PyErr_Restore(PyExc_ValueError, arg, NULL);
    return NULL;
}

static PyObject *normalize(PyObject *self, PyObject *arg) {
    PyObject *t = PyExc_TypeError, *v = arg, *tb = NULL;
    Py_INCREF(t);
    Py_INCREF(v);
    PyErr_NormalizeException(&t, &v, &tb);
    PyObject *r = Py_BuildValue("(OO)", t, v);
    Py_DECREF(t);
    Py_DECREF(v);
    return r;
}

static PyObject *matches(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO:matches", &a, &b)) {
        return NULL;
    }
    return Py_BuildValue("i", PyErr_GivenExceptionMatches(a, b));
}

static PyObject *calls(PyObject *self, PyObject *args) {
    PyObject *f, *s;
    if (!PyArg_ParseTuple(args, "OO", &f, &s)) {
        return NULL;
    }
    PyObject *sep = PyUnicode_FromString("-");
    PyObject *join = PyUnicode_FromString("join");
    PyObject *parts = Py_BuildValue("[sss]", "a", "b", "c");
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *r = Py_BuildValue(
        "(NNNNNNNN)", PyObject_CallFunction(f, "is", 1, "x"), PyObject_CallFunction(f, NULL),
        PyObject_CallFunction(f, "(ii)", 1, 2), PyObject_CallFunction(f, "i", 5),
        PyObject_CallFunctionObjArgs(f, one, two, NULL), PyObject_CallMethod(s, "upper", NULL),
        PyObject_CallMethodObjArgs(sep, join, parts, NULL), PyTuple_Pack(2, one, two));
    Py_DECREF(sep);
    Py_DECREF(join);
    Py_DECREF(parts);
    Py_DECREF(one);
    Py_DECREF(two);
    return r;
}

static PyObject *call_method_missing(PyObject *self, PyObject *arg) {
    return PyObject_CallMethod(arg, "no_such_method", "i", 1);
}

static PyObject *chain(PyObject *self, PyObject *unused) {
    PyObject *outer = PyObject_CallFunction(PyExc_ValueError, "s", "outer");
    PyObject *inner = PyObject_CallFunction(PyExc_KeyError, "s", "inner");
    PyObject *ctx = PyObject_CallFunction(PyExc_TypeError, "s", "ctx");
    if (PyException_GetCause(outer) != NULL || PyException_GetContext(outer) != NULL) {
        return PyUnicode_FromString("unexpected cause");
    }
    PyException_SetCause(outer, inner);
    PyException_SetContext(outer, ctx);
    PyObject *tb = PyException_GetTraceback(outer);
    return Py_BuildValue("(NNNO)", outer, PyException_GetCause(outer), PyException_GetContext(outer),
                         tb ? tb : Py_None);
}

static PyObject *misc_errors(PyObject *self, PyObject *arg) {
    long which = PyLong_AsLong(arg);
    if (which == 0) {
        return PyErr_NoMemory();
    }
    if (which == 1) {
        PyErr_BadArgument();
        return NULL;
    }
    (PyErr_BadInternalCall)();
    return NULL;
}

static PyObject *threads(PyObject *self, PyObject *unused) {
    PyGILState_STATE st = PyGILState_Ensure();
    long total = 0;
    Py_BEGIN_ALLOW_THREADS
    total += 1;
    Py_END_ALLOW_THREADS
    PyThread_type_lock lock = PyThread_allocate_lock();
    int a = PyThread_acquire_lock(lock, WAIT_LOCK);
    int b = PyThread_acquire_lock(lock, NOWAIT_LOCK);
    PyThread_release_lock(lock);
    int c = PyThread_acquire_lock(lock, NOWAIT_LOCK);
    PyThread_release_lock(lock);
    PyThread_free_lock(lock);
    PyGILState_Release(st);
    return Py_BuildValue("(liii)", total, a, b, c);
}

static PyObject *imports(PyObject *self, PyObject *arg) {
    PyObject *m = PyImport_ImportModule("conform_args");
    if (m == NULL) {
        return NULL;
    }
    PyObject *same = Py_BuildValue("i", m == self);
    Py_DECREF(m);
    PyObject *missing = PyImport_ImportModule("no_such_module_xyz");
    if (missing != NULL || !PyErr_ExceptionMatches(PyExc_ImportError)) {
        return NULL;
    }
    PyObject *e = PyErr_GetRaisedException();
    PyObject *msg = PyObject_Str(e);
    Py_DECREF(e);
    return Py_BuildValue("(NN)", same, msg);
}

static PyObject *imports2(PyObject *self, PyObject *unused) {
    PyObject *name = PyUnicode_FromString("conform_args");
    PyObject *got = PyImport_GetModule(name);
    PyObject *name2 = PyUnicode_FromString("never_imported_xyz");
    PyObject *none = PyImport_GetModule(name2);
    int clean = PyErr_Occurred() == NULL;
    PyObject *imp = PyImport_Import(name);
    PyObject *lvl = PyImport_ImportModuleLevel("conform_args", NULL, NULL, NULL, 0);
    PyObject *r = Py_BuildValue("(iiiii)", got == self, none == NULL, clean, imp == self, lvl == self);
    Py_XDECREF(got);
    Py_XDECREF(imp);
    Py_XDECREF(lvl);
    Py_DECREF(name);
    Py_DECREF(name2);
    return r;
}

static PyObject *deep(PyObject *self, PyObject *arg) {
    long n = PyLong_AsLong(arg);
    long depth = 0;
    for (long i = 0; i < n; i++) {
        if (Py_EnterRecursiveCall(" in deep")) {
            break;
        }
        depth++;
    }
    for (long i = 0; i < depth; i++) {
        Py_LeaveRecursiveCall();
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    return Py_BuildValue("l", depth);
}

static PyObject *warn(PyObject *self, PyObject *unused) {
    return Py_BuildValue("i", PyErr_WarnEx(PyExc_UserWarning, "careful", 1));
}

static int va_parse(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = PyArg_VaParse(args, format, va);
    va_end(va);
    return r;
}

static int va_parse_kw(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = PyArg_VaParseTupleAndKeywords(args, kwargs, format, kwlist, va);
    va_end(va);
    return r;
}

static PyObject *va_build(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}

static PyObject *vaforms(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"s", "n", NULL};
    const char *s;
    Py_ssize_t len = 0, n = 3;
    if (kwargs == NULL) {
        if (!va_parse(args, "s#|n:vaforms", &s, &len, &n)) {
            return NULL;
        }
    } else if (!va_parse_kw(args, kwargs, "s#|n:vaforms", kwlist, &s, &len, &n)) {
        return NULL;
    }
    return va_build("(s#nn)", s, len, len, n);
}

static PyObject *errno_error(PyObject *self, PyObject *arg) {
    long which = PyLong_AsLong(arg);
    errno = which == 0 ? ENOENT : which == 1 ? EACCES : EINVAL;
    if (which == 1) {
        return PyErr_SetFromErrnoWithFilename(PyExc_OSError, "some/file");
    }
    return PyErr_SetFromErrno(PyExc_OSError);
}

static PyObject *handled(PyObject *self, PyObject *unused) {
    PyObject *e = PyErr_GetHandledException();
    return e ? e : Py_BuildValue("");
}

static PyObject *exc_args(PyObject *self, PyObject *arg) {
    PyObject *args = Py_BuildValue("(si)", "new", 1);
    PyObject *old = PyException_GetArgs(arg);
    PyException_SetArgs(arg, args);
    Py_DECREF(args);
    return Py_BuildValue("(Ni)", old, PyErr_CheckSignals());
}

static int cleanup_calls = 0;

static int with_cleanup(PyObject *o, void *addr) {
    if (o == NULL) {
        cleanup_calls++;
        return 0;
    }
    *(PyObject **)addr = o;
    return Py_CLEANUP_SUPPORTED;
}

static PyObject *cleanup(PyObject *self, PyObject *args) {
    PyObject *a;
    int b;
    cleanup_calls = 0;
    int ok = PyArg_ParseTuple(args, "O&i:cleanup", with_cleanup, &a, &b);
    PyObject *e = PyErr_GetRaisedException();
    PyObject *r = Py_BuildValue("(iiO)", ok, cleanup_calls, e ? e : Py_None);
    Py_XDECREF(e);
    return r;
}

static PyObject *wide(PyObject *self, PyObject *unused) {
    const wchar_t *w = L"w\u00e9de";
    return Py_BuildValue("(NNu#)", PyUnicode_FromFormat("[%ls|%.2ls|%6ls]", w, w, w), Py_BuildValue("u", w), w,
                         (Py_ssize_t)2);
}

static PyObject *nokw(PyObject *self, PyObject *args, PyObject *kwargs) {
    if (!_PyArg_NoKeywords("nokw", kwargs) || !_PyArg_NoPositional("nokw", args)) {
        return NULL;
    }
    return Py_BuildValue("s", "ok");
}

static PyObject *buffers(PyObject *self, PyObject *args) {
    Py_buffer s, y, z;
    if (!PyArg_ParseTuple(args, "s*y*z*:buffers", &s, &y, &z)) {
        return NULL;
    }
    PyObject *r = Py_BuildValue("(y#iy#iy#ni)", (const char *)s.buf, s.len, s.readonly, (const char *)y.buf, y.len,
                                y.readonly, z.buf ? (const char *)z.buf : "", z.len, z.len, z.obj == NULL);
    PyBuffer_Release(&s);
    PyBuffer_Release(&y);
    PyBuffer_Release(&z);
    return r;
}

/* The names without the PY_SSIZE_T_CLEAN renaming are exported too. */
#undef PyArg_ParseTuple
#undef Py_BuildValue
#undef PyObject_CallFunction
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *, const char *, ...);
PyAPI_FUNC(PyObject *) Py_BuildValue(const char *, ...);
PyAPI_FUNC(PyObject *) PyObject_CallFunction(PyObject *, const char *, ...);

static PyObject *plain_names(PyObject *self, PyObject *args) {
    int a;
    PyObject *f;
    if (!PyArg_ParseTuple(args, "iO", &a, &f)) {
        return NULL;
    }
    PyObject *r = PyObject_CallFunction(f, "i", a);
    if (r == NULL) {
        return NULL;
    }
    return Py_BuildValue("(Ni)", r, a + 1);
}

/* Without PY_SSIZE_T_CLEAN, 3.12 rejects '#' formats. */
static PyObject *plain_hash(PyObject *self, PyObject *args) {
    const char *s;
    int n;
    if (PyArg_ParseTuple(args, "s#", &s, &n)) {
        return Py_BuildValue("s", "parsed");
    }
    PyObject *e = PyErr_GetRaisedException();
    PyObject *b = Py_BuildValue("s#", "abc", 2);
    PyObject *e2 = PyErr_GetRaisedException();
    PyObject *r = Py_BuildValue("(OOO)", e, b ? b : Py_None, e2 ? e2 : Py_None);
    Py_XDECREF(e);
    Py_XDECREF(b);
    Py_XDECREF(e2);
    return r;
}

static PyMethodDef methods[] = {
    {"buffers", buffers, METH_VARARGS, NULL},
    {"cleanup", cleanup, METH_VARARGS, NULL},
    {"wide", wide, METH_NOARGS, NULL},
    {"nokw", (PyCFunction)(void (*)(void))nokw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"vaforms", (PyCFunction)(void (*)(void))vaforms, METH_VARARGS | METH_KEYWORDS, NULL},
    {"plain_names", plain_names, METH_VARARGS, NULL},
    {"plain_hash", plain_hash, METH_VARARGS, NULL},
    {"errno_error", errno_error, METH_O, NULL},
    {"handled", handled, METH_NOARGS, NULL},
    {"exc_args", exc_args, METH_O, NULL},
    {"ints", ints, METH_VARARGS, NULL},
    {"strs", strs, METH_VARARGS, NULL},
    {"misc", misc, METH_VARARGS, NULL},
    {"objs", objs, METH_VARARGS, NULL},
    {"nested", nested, METH_VARARGS, NULL},
    {"kw", (PyCFunction)(void (*)(void))kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"kwpos", (PyCFunction)(void (*)(void))kwpos, METH_VARARGS | METH_KEYWORDS, NULL},
    {"kwanon", (PyCFunction)(void (*)(void))kwanon, METH_VARARGS | METH_KEYWORDS, NULL},
    {"noname", noname, METH_VARARGS, NULL},
    {"custom", custom, METH_VARARGS, NULL},
    {"unpack", unpack, METH_VARARGS, NULL},
    {"parse1", parse1, METH_O, NULL},
    {"build", build, METH_NOARGS, NULL},
    {"build_errors", build_errors, METH_O, NULL},
    {"fmt", fmt, METH_O, NULL},
    {"fmt_ptr", fmt_ptr, METH_O, NULL},
    {"raise_fmt", raise_fmt, METH_O, NULL},
    {"raise_my", raise_my, METH_O, NULL},
    {"raise_sub", raise_sub, METH_NOARGS, NULL},
    {"raise_multi", raise_multi, METH_NOARGS, NULL},
    {"fetch_restore", fetch_restore, METH_NOARGS, NULL},
    {"restore_raw", restore_raw, METH_O, NULL},
    {"normalize", normalize, METH_O, NULL},
    {"matches", matches, METH_VARARGS, NULL},
    {"calls", calls, METH_VARARGS, NULL},
    {"call_method_missing", call_method_missing, METH_O, NULL},
    {"chain", chain, METH_NOARGS, NULL},
    {"misc_errors", misc_errors, METH_O, NULL},
    {"threads", threads, METH_NOARGS, NULL},
    {"imports", imports, METH_NOARGS, NULL},
    {"warn", warn, METH_NOARGS, NULL},
    {"deep", deep, METH_O, NULL},
    {"imports2", imports2, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "conform_args", NULL, -1, methods};

PyMODINIT_FUNC PyInit_conform_args(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) {
        return NULL;
    }
    MyError = PyErr_NewException("conform_args.MyError", NULL, NULL);
    SubError = PyErr_NewExceptionWithDoc("conform_args.SubError", "A sub error.", MyError, NULL);
    PyObject *bases = PyTuple_Pack(2, PyExc_ValueError, PyExc_KeyError);
    MultiError = PyErr_NewException("pkg.sub.MultiError", bases, NULL);
    Py_DECREF(bases);
    if (MyError == NULL || SubError == NULL || MultiError == NULL) {
        return NULL;
    }
    PyModule_AddObjectRef(m, "MyError", MyError);
    PyModule_AddObjectRef(m, "SubError", SubError);
    PyModule_AddObjectRef(m, "MultiError", MultiError);
    return m;
}
