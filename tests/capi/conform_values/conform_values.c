/* conform_values: exercises the concrete-type and object-protocol C-API families with
 * good and bad arguments. One entry point, op(name, *args), dispatches on the name;
 * app.py prints every result and every raised exception's type and message, and the
 * test harness compares that output between CPython 3.12 and Molt. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#define ARG(i) PyTuple_GET_ITEM(args, (i))
#define IS(s) (PyUnicode_CompareWithASCIIString(name, (s)) == 0)
#define IDX(i) PyLong_AsSsize_t(ARG(i))

/* A str marker for "NULL returned without an exception". */
static PyObject *null_marker(void) { return PyUnicode_FromString("<NULL>"); }

static PyObject *ret_borrowed(PyObject *o) {
    if (o == NULL) return PyErr_Occurred() ? NULL : null_marker();
    Py_INCREF(o);
    return o;
}

static PyObject *ret_ssize(Py_ssize_t n) {
    if (n == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromSsize_t(n);
}

static PyObject *ret_status(int r) {
    if (r == -1) {
        if (PyErr_Occurred()) return NULL;
        return PyUnicode_FromString("<-1 without exception>");
    }
    return PyLong_FromLong(r);
}

static PyObject *pair(PyObject *a, PyObject *b) {
    if (a == NULL || b == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        return NULL;
    }
    PyObject *t = PyTuple_New(2);
    if (t == NULL) return NULL;
    PyTuple_SET_ITEM(t, 0, a);
    PyTuple_SET_ITEM(t, 1, b);
    return t;
}

static const char *bytes_arg(PyObject *o) { return PyBytes_AsString(o); }

static PyObject *op_long(PyObject *name, PyObject *args) {
    if (IS("long_from_c")) {
        PyObject *t = PyTuple_New(7);
        if (t == NULL) return NULL;
        PyTuple_SET_ITEM(t, 0, PyLong_FromUnsignedLong(ULONG_MAX));
        PyTuple_SET_ITEM(t, 1, PyLong_FromUnsignedLongLong(ULLONG_MAX - 1));
        PyTuple_SET_ITEM(t, 2, PyLong_FromSize_t((size_t)1 << 63));
        PyTuple_SET_ITEM(t, 3, PyLong_FromLongLong(LLONG_MIN));
        PyTuple_SET_ITEM(t, 4, PyLong_FromSsize_t(-7));
        PyTuple_SET_ITEM(t, 5, PyLong_FromDouble(3.9));
        PyTuple_SET_ITEM(t, 6, PyLong_FromDouble(-2.5e20));
        return t;
    }
    if (IS("long_from_double")) {
        double d = PyFloat_AsDouble(ARG(1));
        if (d == -1.0 && PyErr_Occurred()) return NULL;
        return PyLong_FromDouble(d);
    }
    if (IS("long_from_string")) {
        const char *s = bytes_arg(ARG(1));
        if (s == NULL) return NULL;
        int base = (int)PyLong_AsLong(ARG(2));
        char *end = (char *)1;
        PyObject *r = PyLong_FromString(s, &end, base);
        if (r == NULL) return NULL;
        return pair(r, PyLong_FromSsize_t(end - s));
    }
    if (IS("AsLong")) {
        long v = PyLong_AsLong(ARG(1));
        if (v == -1 && PyErr_Occurred()) return NULL;
        return PyLong_FromLong(v);
    }
    if (IS("AsLongLong")) {
        long long v = PyLong_AsLongLong(ARG(1));
        if (v == -1 && PyErr_Occurred()) return NULL;
        return PyLong_FromLongLong(v);
    }
    if (IS("AsSsize_t")) return ret_ssize(PyLong_AsSsize_t(ARG(1)));
    if (IS("AsSize_t")) {
        size_t v = PyLong_AsSize_t(ARG(1));
        if (v == (size_t)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromSize_t(v);
    }
    if (IS("AsUnsignedLong")) {
        unsigned long v = PyLong_AsUnsignedLong(ARG(1));
        if (v == (unsigned long)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromUnsignedLong(v);
    }
    if (IS("AsUnsignedLongLong")) {
        unsigned long long v = PyLong_AsUnsignedLongLong(ARG(1));
        if (v == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromUnsignedLongLong(v);
    }
    if (IS("AsUnsignedLongMask")) {
        unsigned long v = PyLong_AsUnsignedLongMask(ARG(1));
        if (v == (unsigned long)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromUnsignedLong(v);
    }
    if (IS("AsDouble")) {
        double v = PyLong_AsDouble(ARG(1));
        if (v == -1.0 && PyErr_Occurred()) return NULL;
        return PyFloat_FromDouble(v);
    }
    if (IS("AsLongAndOverflow")) {
        int overflow = 99;
        long v = PyLong_AsLongAndOverflow(ARG(1), &overflow);
        if (v == -1 && PyErr_Occurred()) return NULL;
        return pair(PyLong_FromLong(v), PyLong_FromLong(overflow));
    }
    return NULL;
}

static PyObject *op_float(PyObject *name, PyObject *args) {
    if (IS("float_as")) {
        double v = PyFloat_AsDouble(ARG(1));
        if (v == -1.0 && PyErr_Occurred()) return NULL;
        return PyFloat_FromDouble(v);
    }
    if (IS("float_from_string")) return PyFloat_FromString(ARG(1));
    if (IS("bool_from")) {
        long v = PyLong_AsLong(ARG(1));
        if (v == -1 && PyErr_Occurred()) return NULL;
        return PyBool_FromLong(v);
    }
    return NULL;
}

static PyObject *op_unicode(PyObject *name, PyObject *args) {
    if (IS("uni_from_bytes")) {
        long mode = PyLong_AsLong(ARG(2));
        char *s = PyBytes_AsString(ARG(1));
        if (s == NULL) return NULL;
        Py_ssize_t n = PyBytes_Size(ARG(1));
        switch (mode) {
        case 0: return PyUnicode_FromStringAndSize(s, n);
        case 1: return PyUnicode_DecodeUTF8(s, n, NULL);
        case 2: return PyUnicode_DecodeUTF8(s, n, "replace");
        case 3: return PyUnicode_FromStringAndSize(NULL, 0);
        case 4: return PyUnicode_FromStringAndSize(s, -1);
        case 5: return PyUnicode_FromString(s);
        default: return PyUnicode_InternFromString(s);
        }
    }
    if (IS("AsUTF8AndSize")) {
        Py_ssize_t n = -5;
        const char *p = PyUnicode_AsUTF8AndSize(ARG(1), &n);
        if (p == NULL) return NULL;
        return pair(PyBytes_FromStringAndSize(p, n), PyBool_FromLong((Py_ssize_t)strlen(p) == n));
    }
    if (IS("AsUTF8")) {
        const char *p = PyUnicode_AsUTF8(ARG(1));
        if (p == NULL) return NULL;
        return PyBytes_FromString(p);
    }
    if (IS("GetLength")) return ret_ssize(PyUnicode_GetLength(ARG(1)));
    if (IS("Concat")) return PyUnicode_Concat(ARG(1), ARG(2));
    if (IS("Join")) return PyUnicode_Join(ARG(1) == Py_None ? NULL : ARG(1), ARG(2));
    if (IS("Compare")) {
        int r = PyUnicode_Compare(ARG(1), ARG(2));
        if (r == -1 && PyErr_Occurred()) return NULL;
        return PyLong_FromLong(r);
    }
    if (IS("CompareWithASCIIString")) {
        const char *s = bytes_arg(ARG(2));
        if (s == NULL) return NULL;
        return PyLong_FromLong(PyUnicode_CompareWithASCIIString(ARG(1), s));
    }
    if (IS("UContains")) return ret_status(PyUnicode_Contains(ARG(1), ARG(2)));
    if (IS("Substring")) return PyUnicode_Substring(ARG(1), IDX(2), IDX(3));
    return NULL;
}

static PyObject *op_bytes(PyObject *name, PyObject *args) {
    if (IS("bytes_fill")) {
        Py_ssize_t n = IDX(1);
        PyObject *b = PyBytes_FromStringAndSize(NULL, n);
        if (b == NULL) return NULL;
        char *p = PyBytes_AS_STRING(b);
        for (Py_ssize_t i = 0; i < n; i++) p[i] = (char)('a' + i % 26);
        return b;
    }
    if (IS("bytes_from_string")) {
        const char *s = bytes_arg(ARG(1));
        if (s == NULL) return NULL;
        return PyBytes_FromString(s);
    }
    if (IS("AsString")) {
        char *p = PyBytes_AsString(ARG(1));
        if (p == NULL) return NULL;
        return PyBytes_FromString(p);
    }
    if (IS("BSize")) return ret_ssize(PyBytes_Size(ARG(1)));
    if (IS("AsStringAndSize")) {
        char *p = NULL;
        Py_ssize_t n = -5;
        int with_len = PyObject_IsTrue(ARG(2));
        if (PyBytes_AsStringAndSize(ARG(1), &p, with_len ? &n : NULL) < 0) return NULL;
        return pair(PyBytes_FromString(p), PyLong_FromSsize_t(n));
    }
    if (IS("Resize")) {
        char *s = PyBytes_AsString(ARG(1));
        if (s == NULL) return NULL;
        Py_ssize_t old = PyBytes_GET_SIZE(ARG(1));
        Py_ssize_t n = IDX(2);
        PyObject *b = PyBytes_FromStringAndSize(NULL, old);
        if (b == NULL) return NULL;
        memcpy(PyBytes_AS_STRING(b), s, (size_t)old);
        if (_PyBytes_Resize(&b, n) < 0) {
            if (b != NULL) return PyUnicode_FromString("<not cleared>");
            return NULL;
        }
        for (Py_ssize_t i = old; i < n; i++) PyBytes_AS_STRING(b)[i] = '+';
        return b;
    }
    if (IS("ResizeShared")) {
        PyObject *b = ARG(1);
        Py_INCREF(b);
        Py_INCREF(b); /* the resize releases one on failure */
        int r = _PyBytes_Resize(&b, 1);
        if (r == 0) return b;
        Py_DECREF(ARG(1));
        if (b != NULL) return PyUnicode_FromString("<not cleared>");
        return NULL;
    }
    return NULL;
}

static PyObject *op_tuple(PyObject *name, PyObject *args) {
    if (IS("tuple_build")) {
        Py_ssize_t n = IDX(1);
        PyObject *t = PyTuple_New(n);
        if (t == NULL) return NULL;
        for (Py_ssize_t i = 0; i < n; i++) PyTuple_SET_ITEM(t, i, PyLong_FromSsize_t(i * i));
        if (n > 1 && PyTuple_SetItem(t, 1, PyUnicode_FromString("one")) < 0) {
            Py_DECREF(t);
            return NULL;
        }
        return t;
    }
    if (IS("TSize")) return ret_ssize(PyTuple_Size(ARG(1)));
    if (IS("TGetItem")) return ret_borrowed(PyTuple_GetItem(ARG(1), IDX(2)));
    if (IS("TSetItemFresh")) {
        PyObject *t = PyTuple_New(2);
        if (t == NULL) return NULL;
        PyTuple_SET_ITEM(t, 0, PyLong_FromLong(0));
        PyTuple_SET_ITEM(t, 1, PyLong_FromLong(1));
        if (PyTuple_SetItem(t, IDX(1), PyLong_FromLong(42)) < 0) {
            Py_DECREF(t);
            return NULL;
        }
        return t;
    }
    if (IS("TSetItemShared")) {
        return ret_status(PyTuple_SetItem(ARG(1), 0, PyLong_FromLong(42)));
    }
    if (IS("TGetSlice")) return PyTuple_GetSlice(ARG(1), IDX(2), IDX(3));
    return NULL;
}

static PyObject *op_list(PyObject *name, PyObject *args) {
    if (IS("list_build")) {
        Py_ssize_t n = IDX(1);
        PyObject *l = PyList_New(n);
        if (l == NULL) return NULL;
        for (Py_ssize_t i = 0; i < n; i++) PyList_SET_ITEM(l, i, PyLong_FromSsize_t(10 - i));
        return l;
    }
    if (IS("LSize")) return ret_ssize(PyList_Size(ARG(1)));
    if (IS("LGetItem")) return ret_borrowed(PyList_GetItem(ARG(1), IDX(2)));
    if (IS("LSetItem")) {
        Py_INCREF(ARG(3));
        return ret_status(PyList_SetItem(ARG(1), IDX(2), ARG(3)));
    }
    if (IS("Append")) return ret_status(PyList_Append(ARG(1), ARG(2)));
    if (IS("Insert")) return ret_status(PyList_Insert(ARG(1), IDX(2), ARG(3)));
    if (IS("Sort")) return ret_status(PyList_Sort(ARG(1)));
    if (IS("Reverse")) return ret_status(PyList_Reverse(ARG(1)));
    if (IS("AsTuple")) return PyList_AsTuple(ARG(1));
    if (IS("LGetSlice")) return PyList_GetSlice(ARG(1), IDX(2), IDX(3));
    if (IS("LSetSlice"))
        return ret_status(PyList_SetSlice(ARG(1), IDX(2), IDX(3), ARG(4) == Py_None ? NULL : ARG(4)));
    return NULL;
}

static PyObject *op_dict(PyObject *name, PyObject *args) {
    if (IS("DNew")) return PyDict_New();
    if (IS("DSetItem")) return ret_status(PyDict_SetItem(ARG(1), ARG(2), ARG(3)));
    if (IS("DSetItemString")) {
        const char *k = bytes_arg(ARG(2));
        if (k == NULL) return NULL;
        return ret_status(PyDict_SetItemString(ARG(1), k, ARG(3)));
    }
    if (IS("DGetItem")) return ret_borrowed(PyDict_GetItem(ARG(1), ARG(2)));
    if (IS("DGetItemKeepsError")) {
        PyErr_SetString(PyExc_KeyError, "kept");
        PyObject *r = PyDict_GetItem(ARG(1), ARG(2));
        if (!PyErr_ExceptionMatches(PyExc_KeyError)) return PyUnicode_FromString("<lost>");
        PyErr_Clear();
        return ret_borrowed(r);
    }
    if (IS("DGetItemWithError")) return ret_borrowed(PyDict_GetItemWithError(ARG(1), ARG(2)));
    if (IS("DGetItemString")) {
        const char *k = bytes_arg(ARG(2));
        if (k == NULL) return NULL;
        return ret_borrowed(PyDict_GetItemString(ARG(1), k));
    }
    if (IS("DDelItem")) return ret_status(PyDict_DelItem(ARG(1), ARG(2)));
    if (IS("DDelItemString")) {
        const char *k = bytes_arg(ARG(2));
        if (k == NULL) return NULL;
        return ret_status(PyDict_DelItemString(ARG(1), k));
    }
    if (IS("DNext")) {
        PyObject *out = PyList_New(0);
        if (out == NULL) return NULL;
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        while (PyDict_Next(ARG(1), &pos, &k, &v)) {
            Py_INCREF(k);
            Py_INCREF(v);
            PyObject *p = pair(k, v);
            if (p == NULL || PyList_Append(out, p) < 0) {
                Py_XDECREF(p);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(p);
        }
        /* Only the key, then only the value. */
        pos = 0;
        if (PyDict_Next(ARG(1), &pos, &k, NULL) && PyList_Append(out, k) < 0) return NULL;
        pos = 0;
        if (PyDict_Next(ARG(1), &pos, NULL, &v) && PyList_Append(out, v) < 0) return NULL;
        return out;
    }
    if (IS("DKeys")) return PyDict_Keys(ARG(1));
    if (IS("DValues")) return PyDict_Values(ARG(1));
    if (IS("DItems")) return PyDict_Items(ARG(1));
    if (IS("DSize")) return ret_ssize(PyDict_Size(ARG(1)));
    if (IS("DCopy")) return PyDict_Copy(ARG(1));
    if (IS("DUpdate")) return ret_status(PyDict_Update(ARG(1), ARG(2)));
    if (IS("DMerge")) return ret_status(PyDict_Merge(ARG(1), ARG(2), (int)PyLong_AsLong(ARG(3))));
    if (IS("DContains")) return ret_status(PyDict_Contains(ARG(1), ARG(2)));
    if (IS("DSetDefault")) return ret_borrowed(PyDict_SetDefault(ARG(1), ARG(2), ARG(3)));
    if (IS("DClear")) {
        PyDict_Clear(ARG(1));
        Py_INCREF(Py_None);
        return Py_None;
    }
    return NULL;
}

static PyObject *op_set(PyObject *name, PyObject *args) {
    if (IS("SetNew")) return PySet_New(ARG(1) == Py_None ? NULL : ARG(1));
    if (IS("FrozenSetNew")) return PyFrozenSet_New(ARG(1) == Py_None ? NULL : ARG(1));
    if (IS("FrozenAdd")) {
        PyObject *f = PyFrozenSet_New(NULL);
        if (f == NULL) return NULL;
        if (PySet_Add(f, ARG(1)) < 0) {
            Py_DECREF(f);
            return NULL;
        }
        return f;
    }
    if (IS("SAdd")) return ret_status(PySet_Add(ARG(1), ARG(2)));
    if (IS("SDiscard")) return ret_status(PySet_Discard(ARG(1), ARG(2)));
    if (IS("SContains")) return ret_status(PySet_Contains(ARG(1), ARG(2)));
    if (IS("SSize")) return ret_ssize(PySet_Size(ARG(1)));
    if (IS("SPop")) return PySet_Pop(ARG(1));
    if (IS("SClear")) return ret_status(PySet_Clear(ARG(1)));
    return NULL;
}

static PyObject *op_slice(PyObject *name, PyObject *args) {
    if (IS("SliceNew")) {
        PyObject *a[3];
        for (int i = 0; i < 3; i++) a[i] = ARG(1 + i) == Py_None ? NULL : ARG(1 + i);
        return PySlice_New(a[0], a[1], a[2]);
    }
    if (IS("Unpack")) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(ARG(1), &start, &stop, &step) < 0) return NULL;
        PyObject *t = PyTuple_New(3);
        if (t == NULL) return NULL;
        PyTuple_SET_ITEM(t, 0, PyLong_FromSsize_t(start));
        PyTuple_SET_ITEM(t, 1, PyLong_FromSsize_t(stop));
        PyTuple_SET_ITEM(t, 2, PyLong_FromSsize_t(step));
        return t;
    }
    if (IS("Indices")) {
        Py_ssize_t start, stop, step, n;
        if (PySlice_GetIndicesEx(ARG(1), IDX(2), &start, &stop, &step, &n) < 0) return NULL;
        PyObject *t = PyTuple_New(4);
        if (t == NULL) return NULL;
        PyTuple_SET_ITEM(t, 0, PyLong_FromSsize_t(start));
        PyTuple_SET_ITEM(t, 1, PyLong_FromSsize_t(stop));
        PyTuple_SET_ITEM(t, 2, PyLong_FromSsize_t(step));
        PyTuple_SET_ITEM(t, 3, PyLong_FromSsize_t(n));
        return t;
    }
    return NULL;
}

static PyObject *op_object(PyObject *name, PyObject *args) {
    if (IS("HasAttr")) return PyLong_FromLong(PyObject_HasAttr(ARG(1), ARG(2)));
    if (IS("HasAttrString")) {
        const char *s = bytes_arg(ARG(2));
        if (s == NULL) return NULL;
        return PyLong_FromLong(PyObject_HasAttrString(ARG(1), s));
    }
    if (IS("DelAttr")) return ret_status(PyObject_DelAttr(ARG(1), ARG(2)));
    if (IS("DelAttrString")) {
        const char *s = bytes_arg(ARG(2));
        if (s == NULL) return NULL;
        return ret_status(PyObject_DelAttrString(ARG(1), s));
    }
    if (IS("RichCompare")) return PyObject_RichCompare(ARG(1), ARG(2), (int)PyLong_AsLong(ARG(3)));
    if (IS("RichCompareBool"))
        return ret_status(PyObject_RichCompareBool(ARG(1), ARG(2), (int)PyLong_AsLong(ARG(3))));
    if (IS("Not")) return ret_status(PyObject_Not(ARG(1)));
    if (IS("Hash")) return ret_ssize(PyObject_Hash(ARG(1)));
    if (IS("Size")) return ret_ssize(PyObject_Size(ARG(1)));
    if (IS("Length")) return ret_ssize(PyObject_Length(ARG(1)));
    if (IS("GetItem")) return PyObject_GetItem(ARG(1), ARG(2));
    if (IS("SetItem")) return ret_status(PyObject_SetItem(ARG(1), ARG(2), ARG(3)));
    if (IS("DelItem")) return ret_status(PyObject_DelItem(ARG(1), ARG(2)));
    if (IS("IterAll")) {
        PyObject *it = PyObject_GetIter(ARG(1));
        if (it == NULL) return NULL;
        PyObject *out = PyList_New(0), *x;
        if (out == NULL) return NULL;
        while ((x = PyIter_Next(it)) != NULL) {
            PyList_Append(out, x);
            Py_DECREF(x);
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) {
            Py_DECREF(out);
            return NULL;
        }
        return out;
    }
    if (IS("IsInstance")) return ret_status(PyObject_IsInstance(ARG(1), ARG(2)));
    if (IS("IsSubclass")) return ret_status(PyObject_IsSubclass(ARG(1), ARG(2)));
    if (IS("Type")) return PyObject_Type(ARG(1));
    if (IS("CallObject")) return PyObject_CallObject(ARG(1), ARG(2) == Py_None ? NULL : ARG(2));
    if (IS("CallNoArgs")) return PyObject_CallNoArgs(ARG(1));
    if (IS("CallOneArg")) return PyObject_CallOneArg(ARG(1), ARG(2));
    if (IS("Callable")) return PyLong_FromLong(PyCallable_Check(ARG(1)));
    if (IS("Format")) return PyObject_Format(ARG(1), ARG(2) == Py_None ? NULL : ARG(2));
    if (IS("ASCII")) return PyObject_ASCII(ARG(1));
    return NULL;
}

static PyObject *op_abstract(PyObject *name, PyObject *args) {
    if (IS("Index")) return PyNumber_Index(ARG(1));
    if (IS("Long")) return PyNumber_Long(ARG(1));
    if (IS("Float")) return PyNumber_Float(ARG(1));
    if (IS("ToBase")) return PyNumber_ToBase(ARG(1), (int)PyLong_AsLong(ARG(2)));
    if (IS("NCheck")) return PyLong_FromLong(PyNumber_Check(ARG(1)));
    if (IS("Absolute")) return PyNumber_Absolute(ARG(1));
    if (IS("Negative")) return PyNumber_Negative(ARG(1));
    if (IS("Positive")) return PyNumber_Positive(ARG(1));
    if (IS("Invert")) return PyNumber_Invert(ARG(1));
    if (IS("SqCheck")) return PyLong_FromLong(PySequence_Check(ARG(1)));
    if (IS("SqSize")) return ret_ssize(PySequence_Size(ARG(1)));
    if (IS("SqGetItem")) return PySequence_GetItem(ARG(1), IDX(2));
    if (IS("SqSetItem")) return ret_status(PySequence_SetItem(ARG(1), IDX(2), ARG(3)));
    if (IS("SqDelItem")) return ret_status(PySequence_DelItem(ARG(1), IDX(2)));
    if (IS("SqContains")) return ret_status(PySequence_Contains(ARG(1), ARG(2)));
    if (IS("SqIndex")) return ret_ssize(PySequence_Index(ARG(1), ARG(2)));
    if (IS("SqCount")) return ret_ssize(PySequence_Count(ARG(1), ARG(2)));
    if (IS("SqTuple")) return PySequence_Tuple(ARG(1));
    if (IS("SqList")) return PySequence_List(ARG(1));
    if (IS("SqConcat")) return PySequence_Concat(ARG(1), ARG(2));
    if (IS("SqFast")) {
        PyObject *f = PySequence_Fast(ARG(1), "expected an iterable here");
        if (f == NULL) return NULL;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(f);
        PyObject **items = PySequence_Fast_ITEMS(f);
        PyObject *out = PyList_New(n);
        if (out == NULL) return NULL;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_INCREF(items[i]);
            PyList_SET_ITEM(out, i, items[i]);
        }
        PyObject *same = PyBool_FromLong(f == ARG(1));
        Py_DECREF(f);
        return pair(out, same);
    }
    if (IS("MpCheck")) return PyLong_FromLong(PyMapping_Check(ARG(1)));
    if (IS("MpSize")) return ret_ssize(PyMapping_Size(ARG(1)));
    if (IS("MpKeys")) return PyMapping_Keys(ARG(1));
    if (IS("MpValues")) return PyMapping_Values(ARG(1));
    if (IS("MpItems")) return PyMapping_Items(ARG(1));
    if (IS("MpGetItemString")) {
        const char *s = bytes_arg(ARG(2));
        if (s == NULL) return NULL;
        return PyMapping_GetItemString(ARG(1), s);
    }
    if (IS("MpHasKey")) return PyLong_FromLong(PyMapping_HasKey(ARG(1), ARG(2)));
    if (IS("MpHasKeyString")) {
        const char *s = bytes_arg(ARG(2));
        if (s == NULL) return NULL;
        return PyLong_FromLong(PyMapping_HasKeyString(ARG(1), s));
    }
    return NULL;
}

static PyObject *op_mem(PyObject *name, PyObject *args) {
    if (IS("mem")) {
        long ok = 0;
        char *a = PyMem_Malloc(0);
        ok += a != NULL;
        char *b = PyMem_Calloc(4, 8);
        ok += b != NULL && b[0] == 0 && b[31] == 0;
        b = PyMem_Realloc(b, 100);
        ok += b != NULL;
        PyMem_Free(a);
        PyMem_Free(b);
        PyMem_Free(NULL);
        char *c = PyMem_RawMalloc(16);
        ok += c != NULL;
        c = PyMem_RawRealloc(c, 32);
        ok += c != NULL;
        PyMem_RawFree(c);
        char *d = PyMem_RawCalloc(0, 0);
        ok += d != NULL;
        PyMem_RawFree(d);
        char *e = PyObject_Malloc(0);
        ok += e != NULL;
        e = PyObject_Realloc(e, 64);
        ok += e != NULL;
        PyObject_Free(e);
        char *f = PyObject_Calloc(2, 2);
        ok += f != NULL && f[3] == 0;
        PyObject_Free(f);
        ok += PyMem_Malloc((size_t)PY_SSIZE_T_MAX + 1) == NULL;
        return PyLong_FromLong(ok);
    }
    return NULL;
}

static PyObject *op_misc(PyObject *name, PyObject *args) {
    if (IS("AsLongLongAndOverflow")) {
        int overflow = 99;
        long long v = PyLong_AsLongLongAndOverflow(ARG(1), &overflow);
        if (v == -1 && PyErr_Occurred()) return NULL;
        return pair(PyLong_FromLongLong(v), PyLong_FromLong(overflow));
    }
    if (IS("AsUnsignedLongLongMask")) {
        unsigned long long v = PyLong_AsUnsignedLongLongMask(ARG(1));
        if (v == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromUnsignedLongLong(v);
    }
    if (IS("MpSetItemString")) {
        const char *k = bytes_arg(ARG(2));
        if (k == NULL) return NULL;
        return ret_status(PyMapping_SetItemString(ARG(1), k, ARG(3)));
    }
    if (IS("SqIn")) return ret_status(PySequence_In(ARG(1), ARG(2)));
    if (IS("SqLength")) return ret_ssize(PySequence_Length(ARG(1)));
    if (IS("MpLength")) return ret_ssize(PyMapping_Length(ARG(1)));
    if (IS("DelItemString")) {
        const char *k = bytes_arg(ARG(2));
        if (k == NULL) return NULL;
        return ret_status(PyObject_DelItemString(ARG(1), k));
    }
    if (IS("InternSame")) {
        const char *k = bytes_arg(ARG(1));
        if (k == NULL) return NULL;
        PyObject *a = PyUnicode_InternFromString(k);
        PyObject *b = PyUnicode_FromString(k);
        if (a == NULL || b == NULL) return NULL;
        PyObject *b0 = b;
        Py_INCREF(b0);
        PyUnicode_InternInPlace(&b);
        PyObject *r = PyTuple_New(3);
        if (r == NULL) return NULL;
        PyTuple_SET_ITEM(r, 0, PyBool_FromLong(a == b));
        PyTuple_SET_ITEM(r, 1, PyBool_FromLong(b0 == b));
        PyTuple_SET_ITEM(r, 2, b);
        Py_DECREF(a);
        Py_DECREF(b0);
        return r;
    }
    if (IS("AsEncodedString")) {
        const char *e = ARG(2) == Py_None ? NULL : bytes_arg(ARG(2));
        const char *r = ARG(3) == Py_None ? NULL : bytes_arg(ARG(3));
        if (PyErr_Occurred()) return NULL;
        return PyUnicode_AsEncodedString(ARG(1), e, r);
    }
    if (IS("AsUTF8String")) return PyUnicode_AsUTF8String(ARG(1));
    if (IS("AsASCIIString")) return PyUnicode_AsASCIIString(ARG(1));
    if (IS("AsLatin1String")) return PyUnicode_AsLatin1String(ARG(1));
    if (IS("UDecode")) {
        const char *s = bytes_arg(ARG(1));
        const char *e = ARG(2) == Py_None ? NULL : bytes_arg(ARG(2));
        const char *r = ARG(3) == Py_None ? NULL : bytes_arg(ARG(3));
        if (PyErr_Occurred()) return NULL;
        return PyUnicode_Decode(s, PyBytes_GET_SIZE(ARG(1)), e, r);
    }
    if (IS("FromOrdinal")) return PyUnicode_FromOrdinal((int)PyLong_AsLong(ARG(1)));
    if (IS("ReadChar")) {
        Py_UCS4 c = PyUnicode_ReadChar(ARG(1), IDX(2));
        if (c == (Py_UCS4)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromUnsignedLong(c);
    }
    if (IS("BConcat")) {
        PyObject *v = ARG(1);
        Py_INCREF(v);
        PyBytes_Concat(&v, ARG(2));
        return v;
    }
    if (IS("BConcatAndDel")) {
        PyObject *v = ARG(1);
        Py_INCREF(v);
        Py_INCREF(ARG(2));
        PyBytes_ConcatAndDel(&v, ARG(2));
        return v;
    }
    if (IS("ObjBytes")) return PyObject_Bytes(ARG(1));
    if (IS("SqRepeat")) return PySequence_Repeat(ARG(1), IDX(2));
    if (IS("SqGetSlice")) return PySequence_GetSlice(ARG(1), IDX(2), IDX(3));
    if (IS("SelfIter")) {
        PyObject *r = PyObject_SelfIter(ARG(1));
        PyObject *same = PyBool_FromLong(r == ARG(1));
        Py_DECREF(r);
        return same;
    }
    if (IS("FromUnicodeObject")) return PyLong_FromUnicodeObject(ARG(1), (int)PyLong_AsLong(ARG(2)));
    if (IS("IterCheck")) return PyLong_FromLong(PyIter_Check(ARG(1)));
    if (IS("CallIter")) {
        PyObject *it = PyCallIter_New(ARG(1), ARG(2));
        if (it == NULL) return NULL;
        PyObject *out = PyList_New(0), *x;
        if (out == NULL) return NULL;
        while ((x = PyIter_Next(it)) != NULL) {
            PyList_Append(out, x);
            Py_DECREF(x);
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) {
            Py_DECREF(out);
            return NULL;
        }
        return out;
    }
    if (IS("IterNextOnce")) {
        PyObject *x = PyIter_Next(ARG(1));
        if (x == NULL) return PyErr_Occurred() ? NULL : null_marker();
        return x;
    }
    return NULL;
}

typedef PyObject *(*family_fn)(PyObject *, PyObject *);
static const family_fn families[] = {op_long, op_float, op_unicode, op_bytes, op_tuple, op_list,
                                     op_dict, op_set,  op_slice,  op_object, op_abstract, op_mem, op_misc};

static PyObject *op(PyObject *self, PyObject *args) {
    if (PyTuple_GET_SIZE(args) < 1 || !PyUnicode_Check(ARG(0))) {
        PyErr_SetString(PyExc_TypeError, "op(name, *args)");
        return NULL;
    }
    PyObject *name = ARG(0);
    for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
        PyObject *r = families[i](name, args);
        if (r != NULL || PyErr_Occurred()) return r;
    }
    PyErr_SetString(PyExc_ValueError, "unknown op");
    return NULL;
}

static PyMethodDef methods[] = {
    {"op", op, METH_VARARGS, "op(name, *args): run one C-API call"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "conform_values", NULL, -1, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_conform_values(void) { return PyModule_Create(&module); }
