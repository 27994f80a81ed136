/* modsupport.c -- the C-variadic argument parsers and value builders of modsupport.h
 * (PyArg_ParseTuple, PyArg_ParseTupleAndKeywords, PyArg_Parse, PyArg_UnpackTuple,
 * Py_BuildValue and their va_list and _SizeT forms). Stable Rust cannot define
 * C-variadic functions, so these read their arguments here and hand them to the Rust
 * half of libmolt-capi (modsupport.rs), which does the parsing and building. */
#include "molt_shim.h"

/* The argument parsers' names without the PY_SSIZE_T_CLEAN renaming: both the plain and
 * the _SizeT names are exported; as in CPython 3.12, the plain ones reject '#' formats. */
#undef PyArg_Parse
#undef PyArg_ParseTuple
#undef PyArg_ParseTupleAndKeywords
#undef PyArg_VaParse
#undef PyArg_VaParseTupleAndKeywords
#undef Py_BuildValue
#undef Py_VaBuildValue

/* How many pointer arguments the parse format takes: one per format unit, one more for
 * each '#' (length), '!' (type) and '&' (converter). */
static Py_ssize_t parse_ptr_count(const char *f) {
    Py_ssize_t n = 0;
    if (f == NULL) {
        return 0;
    }
    for (; *f && *f != ':' && *f != ';'; f++) {
        switch (*f) {
        case '(': case ')': case '|': case '$': case ' ': case '\t': case ',': case '*':
            break;
        default:
            n++;
        }
    }
    return n;
}

#define MOLT_MAX_PTRS 256
/* Set in the mode of the entry points without _SizeT: CPython 3.12 rejects '#' formats
 * there ("PY_SSIZE_T_CLEAN macro must be defined for '#' formats"). */
#define MOLT_NO_SIZE_T 0x100

static int vparse(PyObject *args, PyObject *kwargs, const char *format, char **kwlist,
                  va_list va, int mode) {
    void *ptrs[MOLT_MAX_PTRS];
    Py_ssize_t n = parse_ptr_count(format);
    if (n > MOLT_MAX_PTRS) {
        PyErr_SetString(PyExc_SystemError, "too many format units in getargs format");
        return 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        ptrs[i] = va_arg(va, void *);
    }
    return _molt_capi_parse(args, kwargs, format, kwlist, ptrs, n, mode);
}

/* Parses a tuple of positional arguments into C variables. 1 on success, 0 with an
 * exception set on failure. */
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = vparse(args, NULL, format, NULL, va, 0 | MOLT_NO_SIZE_T);
    va_end(va);
    return r;
}

PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = vparse(args, NULL, format, NULL, va, 0);
    va_end(va);
    return r;
}

/* PyArg_ParseTuple with a va_list. */
PyAPI_FUNC(int) PyArg_VaParse(PyObject *args, const char *format, va_list va) {
    va_list c;
    va_copy(c, va);
    int r = vparse(args, NULL, format, NULL, c, 0 | MOLT_NO_SIZE_T);
    va_end(c);
    return r;
}

PyAPI_FUNC(int) _PyArg_VaParse_SizeT(PyObject *args, const char *format, va_list va) {
    va_list c;
    va_copy(c, va);
    int r = vparse(args, NULL, format, NULL, c, 0);
    va_end(c);
    return r;
}

/* Parses positional and keyword arguments (kwargs a dict or NULL; kwlist the parameter
 * names, NULL-terminated, "" for positional-only). 1 or 0 with an exception set. */
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwargs,
                                            const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = vparse(args, kwargs, format, kwlist, va, 1 | MOLT_NO_SIZE_T);
    va_end(va);
    return r;
}

PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs,
                                                   const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = vparse(args, kwargs, format, kwlist, va, 1);
    va_end(va);
    return r;
}

/* PyArg_ParseTupleAndKeywords with a va_list. */
PyAPI_FUNC(int) PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kwargs,
                                              const char *format, char **kwlist, va_list va) {
    va_list c;
    va_copy(c, va);
    int r = vparse(args, kwargs, format, kwlist, c, 1 | MOLT_NO_SIZE_T);
    va_end(c);
    return r;
}

PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs,
                                                     const char *format, char **kwlist,
                                                     va_list va) {
    va_list c;
    va_copy(c, va);
    int r = vparse(args, kwargs, format, kwlist, c, 1);
    va_end(c);
    return r;
}

/* The old-style parser: `args` is the single object a one-unit format converts. */
PyAPI_FUNC(int) PyArg_Parse(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = vparse(args, NULL, format, NULL, va, 2 | MOLT_NO_SIZE_T);
    va_end(va);
    return r;
}

PyAPI_FUNC(int) _PyArg_Parse_SizeT(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = vparse(args, NULL, format, NULL, va, 2);
    va_end(va);
    return r;
}

/* Stores borrowed references to the items of the tuple `args` (between min and max of
 * them) into the PyObject ** arguments. 1, or 0 with an exception set. */
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min,
                                  Py_ssize_t max, ...) {
    Py_ssize_t l, i;
    va_list va;
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    l = PyTuple_GET_SIZE(args);
    if (l < min) {
        if (name != NULL) {
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         (min == max ? "" : "at least "), min, min == 1 ? "" : "s", l);
        } else {
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         (min == max ? "" : "at least "), min, min == 1 ? "" : "s", l);
        }
        return 0;
    }
    if (l == 0) {
        return 1;
    }
    if (l > max) {
        if (name != NULL) {
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         (min == max ? "" : "at most "), max, max == 1 ? "" : "s", l);
        } else {
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         (min == max ? "" : "at most "), max, max == 1 ? "" : "s", l);
        }
        return 0;
    }
    va_start(va, max);
    for (i = 0; i < l; i++) {
        PyObject **o = va_arg(va, PyObject **);
        *o = PyTuple_GET_ITEM(args, i);
    }
    va_end(va);
    return 1;
}

/* Reads the values a Py_BuildValue format names from the va_list, with their C types.
 * Returns the count, or -1 with an exception set. *out is malloc'ed. */
static Py_ssize_t build_collect(const char *f, va_list *va, MoltBuildArg **out) {
    Py_ssize_t n = 0, cap = 16;
    MoltBuildArg *vals = (MoltBuildArg *)malloc(cap * sizeof(MoltBuildArg));
    if (vals == NULL) {
        PyErr_NoMemory();
        return -1;
    }
#define PUSH(member, value)                                                          \
    do {                                                                             \
        if (n + 2 > cap) {                                                           \
            cap *= 2;                                                                \
            MoltBuildArg *nv = (MoltBuildArg *)realloc(vals, cap * sizeof(MoltBuildArg)); \
            if (nv == NULL) {                                                        \
                free(vals);                                                          \
                PyErr_NoMemory();                                                    \
                return -1;                                                           \
            }                                                                        \
            vals = nv;                                                               \
        }                                                                            \
        vals[n++].v.member = (value);                                                \
    } while (0)
    for (; f != NULL && *f; f++) {
        switch (*f) {
        case 'b': case 'B': case 'h': case 'i': case 'c': case 'C':
            PUSH(i, va_arg(*va, int));
            break;
        case 'H':
            PUSH(i, (unsigned short)va_arg(*va, int));
            break;
        case 'I':
            PUSH(u, va_arg(*va, unsigned int));
            break;
        case 'l':
            PUSH(i, va_arg(*va, long));
            break;
        case 'k':
            PUSH(u, va_arg(*va, unsigned long));
            break;
        case 'L':
            PUSH(i, va_arg(*va, long long));
            break;
        case 'K':
            PUSH(u, va_arg(*va, unsigned long long));
            break;
        case 'n':
            PUSH(i, va_arg(*va, Py_ssize_t));
            break;
        case 'd': case 'f':
            PUSH(d, va_arg(*va, double));
            break;
        case 's': case 'z': case 'y': case 'U': case 'u': /* 'u': const wchar_t * */
            PUSH(p, va_arg(*va, void *));
            if (f[1] == '#') {
                PUSH(i, va_arg(*va, Py_ssize_t));
                f++;
            }
            break;
        case 'O': case 'S': case 'N':
            PUSH(p, va_arg(*va, void *));
            if (f[1] == '&') {
                PUSH(p, va_arg(*va, void *));
                f++;
            }
            break;
        case 'D':
            PUSH(p, va_arg(*va, void *));
            break;
        case '(': case ')': case '[': case ']': case '{': case '}':
        case ',': case ':': case ' ': case '\t':
            break;
        default:
            /* The Rust side reports the bad format character. */
            goto done;
        }
    }
done:
#undef PUSH
    *out = vals;
    return n;
}

static PyObject *vbuild(const char *format, va_list *va, int size_t_clean) {
    MoltBuildArg *vals = NULL;
    Py_ssize_t n = build_collect(format, va, &vals);
    if (n < 0) {
        return NULL;
    }
    PyObject *r = _molt_capi_build(format, vals, n, size_t_clean ? 0 : MOLT_NO_SIZE_T);
    free(vals);
    return r;
}

/* Builds a value from a format and C values: nothing gives None, one unit that object,
 * several a tuple. Return value: new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) Py_BuildValue(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = vbuild(format, &va, 0);
    va_end(va);
    return r;
}

PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = vbuild(format, &va, 1);
    va_end(va);
    return r;
}

/* Py_BuildValue with a va_list. Return value: new reference. */
PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *format, va_list va) {
    va_list c;
    va_copy(c, va);
    PyObject *r = vbuild(format, &c, 0);
    va_end(c);
    return r;
}

PyAPI_FUNC(PyObject *) _Py_VaBuildValue_SizeT(const char *format, va_list va) {
    va_list c;
    va_copy(c, va);
    PyObject *r = vbuild(format, &c, 1);
    va_end(c);
    return r;
}
