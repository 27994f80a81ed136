/* layout_probe.c -- prints the C-API's layout facts and inline-code behaviour as
 * "name value" lines, one fact per line.
 *
 * libmolt-capi/tests/layout.rs builds this file twice, against CPython 3.12.1's headers
 * and against Molt's include/ (with -DMOLT), runs both and requires identical output.
 * It prints: sizeof, alignment, and every exposed field's offset, size and type of the
 * structs extensions see; the value and type of every constant and flag; the declared
 * type of every data symbol; the bit positions of PyASCIIObject's state bit field; and
 * what the inline functions and macros do to hand-built objects (reference counting
 * with immortal counts, the type tests, container and str accessors).
 * tools/layout_probe_stubs.c provides the symbols the behaviour checks link against. */
#include <Python.h>
#include <structmember.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Two struct fields are deprecated in 3.12 (PyBytesObject.ob_shash,
 * PyDictObject.ma_version_tag); the probe still checks where they are. */
#if defined(__GNUC__) || defined(__clang__)
#  pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif

/* ---- output ------------------------------------------------------------------------ */

static long long lines_printed;

#define LINE(...)           \
    do {                    \
        printf(__VA_ARGS__); \
        putchar('\n');      \
        lines_printed++;    \
    } while (0)

/* A canonical name for the type of an expression (after lvalue conversion, so arrays
 * appear as pointers). Types that are the same C type under several typedef names are
 * listed once: e.g. reprfunc and getiterfunc print as unaryfunc, hashfunc as lenfunc,
 * initproc and descrsetfunc as objobjargproc. */
#define TYPE_NAME(x)                                              \
    _Generic((x),                                                 \
        _Bool: "_Bool",                                           \
        char: "char",                                             \
        signed char: "signed char",                               \
        unsigned char: "unsigned char",                           \
        short: "short",                                           \
        unsigned short: "unsigned short",                         \
        int: "int",                                               \
        unsigned int: "unsigned int",                             \
        long: "long",                                             \
        unsigned long: "unsigned long",                           \
        long long: "long long",                                   \
        unsigned long long: "unsigned long long",                 \
        float: "float",                                           \
        double: "double",                                         \
        long double: "long double",                               \
        char *: "char *",                                         \
        const char *: "const char *",                             \
        void *: "void *",                                         \
        unsigned char *: "unsigned char *",                       \
        unsigned short *: "unsigned short *",                     \
        unsigned int *: "unsigned int *",                         \
        Py_ssize_t *: "Py_ssize_t *",                             \
        PyObject: "PyObject",                                     \
        PyObject *: "PyObject *",                                 \
        PyObject **: "PyObject **",                               \
        PyVarObject: "PyVarObject",                               \
        PyTypeObject: "PyTypeObject",                             \
        PyTypeObject *: "PyTypeObject *",                         \
        PyLongObject *: "PyLongObject *",                         \
        PyMethodDef *: "PyMethodDef *",                           \
        PyMemberDef *: "PyMemberDef *",                           \
        PyGetSetDef *: "PyGetSetDef *",                           \
        PyModuleDef_Base: "PyModuleDef_Base",                     \
        PyModuleDef_Slot *: "PyModuleDef_Slot *",                 \
        PyType_Slot *: "PyType_Slot *",                           \
        PyAsyncMethods: "PyAsyncMethods",                         \
        PyAsyncMethods *: "PyAsyncMethods *",                     \
        PyNumberMethods: "PyNumberMethods",                       \
        PyNumberMethods *: "PyNumberMethods *",                   \
        PySequenceMethods: "PySequenceMethods",                   \
        PySequenceMethods *: "PySequenceMethods *",               \
        PyMappingMethods: "PyMappingMethods",                     \
        PyMappingMethods *: "PyMappingMethods *",                 \
        PyBufferProcs: "PyBufferProcs",                           \
        PyBufferProcs *: "PyBufferProcs *",                       \
        PyDescrObject: "PyDescrObject",                           \
        PyASCIIObject: "PyASCIIObject",                           \
        PyCompactUnicodeObject: "PyCompactUnicodeObject",         \
        PyDictKeysObject *: "PyDictKeysObject *",                 \
        PyDictValues *: "PyDictValues *",                         \
        struct _specialization_cache: "struct _specialization_cache", \
        unaryfunc: "unaryfunc",                                   \
        binaryfunc: "binaryfunc",                                 \
        ternaryfunc: "ternaryfunc",                               \
        inquiry: "inquiry",                                       \
        lenfunc: "lenfunc",                                       \
        ssizeargfunc: "ssizeargfunc",                             \
        ssizeobjargproc: "ssizeobjargproc",                       \
        objobjproc: "objobjproc",                                 \
        objobjargproc: "objobjargproc",                           \
        visitproc: "visitproc",                                   \
        traverseproc: "traverseproc",                             \
        freefunc: "freefunc",                                     \
        destructor: "destructor",                                 \
        getattrfunc: "getattrfunc",                               \
        setattrfunc: "setattrfunc",                               \
        richcmpfunc: "richcmpfunc",                               \
        newfunc: "newfunc",                                       \
        allocfunc: "allocfunc",                                   \
        vectorcallfunc: "vectorcallfunc",                         \
        sendfunc: "sendfunc",                                     \
        getbufferproc: "getbufferproc",                           \
        releasebufferproc: "releasebufferproc",                   \
        getter: "getter",                                         \
        setter: "setter",                                         \
        PyObject *(*)(void): "PyObject *(*)(void)",               \
        default: "other")

/* ---- struct layouts ------------------------------------------------------------------ */

#define STRUCT(S)                                                     \
    do {                                                              \
        LINE("sizeof(%s) %zu", #S, sizeof(S));                        \
        LINE("alignof(%s) %zu", #S, (size_t)_Alignof(S));             \
    } while (0)

/* Field `f` of struct S; f may be a nested designator such as data.any. */
#define FIELD(S, f)                                                   \
    do {                                                              \
        LINE("offsetof(%s, %s) %zu", #S, #f, offsetof(S, f));         \
        LINE("sizeof(%s.%s) %zu", #S, #f, sizeof(((S *)0)->f));       \
        LINE("type(%s.%s) %s", #S, #f, TYPE_NAME(((S *)0)->f));       \
    } while (0)

static void probe_structs(void) {
    LINE("section structs");
    STRUCT(PyObject);
    FIELD(PyObject, ob_refcnt);
    FIELD(PyObject, ob_refcnt_split);
    FIELD(PyObject, ob_type);

    STRUCT(PyVarObject);
    FIELD(PyVarObject, ob_base);
    FIELD(PyVarObject, ob_size);

    STRUCT(PyNumberMethods);
    FIELD(PyNumberMethods, nb_add);
    FIELD(PyNumberMethods, nb_subtract);
    FIELD(PyNumberMethods, nb_multiply);
    FIELD(PyNumberMethods, nb_remainder);
    FIELD(PyNumberMethods, nb_divmod);
    FIELD(PyNumberMethods, nb_power);
    FIELD(PyNumberMethods, nb_negative);
    FIELD(PyNumberMethods, nb_positive);
    FIELD(PyNumberMethods, nb_absolute);
    FIELD(PyNumberMethods, nb_bool);
    FIELD(PyNumberMethods, nb_invert);
    FIELD(PyNumberMethods, nb_lshift);
    FIELD(PyNumberMethods, nb_rshift);
    FIELD(PyNumberMethods, nb_and);
    FIELD(PyNumberMethods, nb_xor);
    FIELD(PyNumberMethods, nb_or);
    FIELD(PyNumberMethods, nb_int);
    FIELD(PyNumberMethods, nb_reserved);
    FIELD(PyNumberMethods, nb_float);
    FIELD(PyNumberMethods, nb_inplace_add);
    FIELD(PyNumberMethods, nb_inplace_subtract);
    FIELD(PyNumberMethods, nb_inplace_multiply);
    FIELD(PyNumberMethods, nb_inplace_remainder);
    FIELD(PyNumberMethods, nb_inplace_power);
    FIELD(PyNumberMethods, nb_inplace_lshift);
    FIELD(PyNumberMethods, nb_inplace_rshift);
    FIELD(PyNumberMethods, nb_inplace_and);
    FIELD(PyNumberMethods, nb_inplace_xor);
    FIELD(PyNumberMethods, nb_inplace_or);
    FIELD(PyNumberMethods, nb_floor_divide);
    FIELD(PyNumberMethods, nb_true_divide);
    FIELD(PyNumberMethods, nb_inplace_floor_divide);
    FIELD(PyNumberMethods, nb_inplace_true_divide);
    FIELD(PyNumberMethods, nb_index);
    FIELD(PyNumberMethods, nb_matrix_multiply);
    FIELD(PyNumberMethods, nb_inplace_matrix_multiply);

    STRUCT(PySequenceMethods);
    FIELD(PySequenceMethods, sq_length);
    FIELD(PySequenceMethods, sq_concat);
    FIELD(PySequenceMethods, sq_repeat);
    FIELD(PySequenceMethods, sq_item);
    FIELD(PySequenceMethods, was_sq_slice);
    FIELD(PySequenceMethods, sq_ass_item);
    FIELD(PySequenceMethods, was_sq_ass_slice);
    FIELD(PySequenceMethods, sq_contains);
    FIELD(PySequenceMethods, sq_inplace_concat);
    FIELD(PySequenceMethods, sq_inplace_repeat);

    STRUCT(PyMappingMethods);
    FIELD(PyMappingMethods, mp_length);
    FIELD(PyMappingMethods, mp_subscript);
    FIELD(PyMappingMethods, mp_ass_subscript);

    STRUCT(PyAsyncMethods);
    FIELD(PyAsyncMethods, am_await);
    FIELD(PyAsyncMethods, am_aiter);
    FIELD(PyAsyncMethods, am_anext);
    FIELD(PyAsyncMethods, am_send);

    STRUCT(PyBufferProcs);
    FIELD(PyBufferProcs, bf_getbuffer);
    FIELD(PyBufferProcs, bf_releasebuffer);

    STRUCT(Py_buffer);
    FIELD(Py_buffer, buf);
    FIELD(Py_buffer, obj);
    FIELD(Py_buffer, len);
    FIELD(Py_buffer, itemsize);
    FIELD(Py_buffer, readonly);
    FIELD(Py_buffer, ndim);
    FIELD(Py_buffer, format);
    FIELD(Py_buffer, shape);
    FIELD(Py_buffer, strides);
    FIELD(Py_buffer, suboffsets);
    FIELD(Py_buffer, internal);

    STRUCT(PyTypeObject);
    FIELD(PyTypeObject, ob_base);
    FIELD(PyTypeObject, tp_name);
    FIELD(PyTypeObject, tp_basicsize);
    FIELD(PyTypeObject, tp_itemsize);
    FIELD(PyTypeObject, tp_dealloc);
    FIELD(PyTypeObject, tp_vectorcall_offset);
    FIELD(PyTypeObject, tp_getattr);
    FIELD(PyTypeObject, tp_setattr);
    FIELD(PyTypeObject, tp_as_async);
    FIELD(PyTypeObject, tp_repr);
    FIELD(PyTypeObject, tp_as_number);
    FIELD(PyTypeObject, tp_as_sequence);
    FIELD(PyTypeObject, tp_as_mapping);
    FIELD(PyTypeObject, tp_hash);
    FIELD(PyTypeObject, tp_call);
    FIELD(PyTypeObject, tp_str);
    FIELD(PyTypeObject, tp_getattro);
    FIELD(PyTypeObject, tp_setattro);
    FIELD(PyTypeObject, tp_as_buffer);
    FIELD(PyTypeObject, tp_flags);
    FIELD(PyTypeObject, tp_doc);
    FIELD(PyTypeObject, tp_traverse);
    FIELD(PyTypeObject, tp_clear);
    FIELD(PyTypeObject, tp_richcompare);
    FIELD(PyTypeObject, tp_weaklistoffset);
    FIELD(PyTypeObject, tp_iter);
    FIELD(PyTypeObject, tp_iternext);
    FIELD(PyTypeObject, tp_methods);
    FIELD(PyTypeObject, tp_members);
    FIELD(PyTypeObject, tp_getset);
    FIELD(PyTypeObject, tp_base);
    FIELD(PyTypeObject, tp_dict);
    FIELD(PyTypeObject, tp_descr_get);
    FIELD(PyTypeObject, tp_descr_set);
    FIELD(PyTypeObject, tp_dictoffset);
    FIELD(PyTypeObject, tp_init);
    FIELD(PyTypeObject, tp_alloc);
    FIELD(PyTypeObject, tp_new);
    FIELD(PyTypeObject, tp_free);
    FIELD(PyTypeObject, tp_is_gc);
    FIELD(PyTypeObject, tp_bases);
    FIELD(PyTypeObject, tp_mro);
    FIELD(PyTypeObject, tp_cache);
    FIELD(PyTypeObject, tp_subclasses);
    FIELD(PyTypeObject, tp_weaklist);
    FIELD(PyTypeObject, tp_del);
    FIELD(PyTypeObject, tp_version_tag);
    FIELD(PyTypeObject, tp_finalize);
    FIELD(PyTypeObject, tp_vectorcall);
    FIELD(PyTypeObject, tp_watched);

    STRUCT(PyHeapTypeObject);
    FIELD(PyHeapTypeObject, ht_type);
    FIELD(PyHeapTypeObject, as_async);
    FIELD(PyHeapTypeObject, as_number);
    FIELD(PyHeapTypeObject, as_mapping);
    FIELD(PyHeapTypeObject, as_sequence);
    FIELD(PyHeapTypeObject, as_buffer);
    FIELD(PyHeapTypeObject, ht_name);
    FIELD(PyHeapTypeObject, ht_slots);
    FIELD(PyHeapTypeObject, ht_qualname);
    FIELD(PyHeapTypeObject, ht_cached_keys);
    FIELD(PyHeapTypeObject, ht_module);
    FIELD(PyHeapTypeObject, _ht_tpname);
    FIELD(PyHeapTypeObject, _spec_cache);
    FIELD(PyHeapTypeObject, _spec_cache.getitem);
    FIELD(PyHeapTypeObject, _spec_cache.getitem_version);

    STRUCT(PyType_Slot);
    FIELD(PyType_Slot, slot);
    FIELD(PyType_Slot, pfunc);

    STRUCT(PyType_Spec);
    FIELD(PyType_Spec, name);
    FIELD(PyType_Spec, basicsize);
    FIELD(PyType_Spec, itemsize);
    FIELD(PyType_Spec, flags);
    FIELD(PyType_Spec, slots);

    STRUCT(PyMethodDef);
    FIELD(PyMethodDef, ml_name);
    FIELD(PyMethodDef, ml_meth);
    FIELD(PyMethodDef, ml_flags);
    FIELD(PyMethodDef, ml_doc);

    STRUCT(PyMemberDef);
    FIELD(PyMemberDef, name);
    FIELD(PyMemberDef, type);
    FIELD(PyMemberDef, offset);
    FIELD(PyMemberDef, flags);
    FIELD(PyMemberDef, doc);

    STRUCT(PyGetSetDef);
    FIELD(PyGetSetDef, name);
    FIELD(PyGetSetDef, get);
    FIELD(PyGetSetDef, set);
    FIELD(PyGetSetDef, doc);
    FIELD(PyGetSetDef, closure);

    STRUCT(PyModuleDef_Base);
    FIELD(PyModuleDef_Base, ob_base);
    FIELD(PyModuleDef_Base, m_init);
    FIELD(PyModuleDef_Base, m_index);
    FIELD(PyModuleDef_Base, m_copy);

    STRUCT(PyModuleDef_Slot);
    FIELD(PyModuleDef_Slot, slot);
    FIELD(PyModuleDef_Slot, value);

    STRUCT(PyModuleDef);
    FIELD(PyModuleDef, m_base);
    FIELD(PyModuleDef, m_name);
    FIELD(PyModuleDef, m_doc);
    FIELD(PyModuleDef, m_size);
    FIELD(PyModuleDef, m_methods);
    FIELD(PyModuleDef, m_slots);
    FIELD(PyModuleDef, m_traverse);
    FIELD(PyModuleDef, m_clear);
    FIELD(PyModuleDef, m_free);

    STRUCT(PyTupleObject);
    FIELD(PyTupleObject, ob_base);
    FIELD(PyTupleObject, ob_item);

    STRUCT(PyListObject);
    FIELD(PyListObject, ob_base);
    FIELD(PyListObject, ob_item);
    FIELD(PyListObject, allocated);

    STRUCT(PyBytesObject);
    FIELD(PyBytesObject, ob_base);
    FIELD(PyBytesObject, ob_shash);
    FIELD(PyBytesObject, ob_sval);

    STRUCT(PyByteArrayObject);
    FIELD(PyByteArrayObject, ob_base);
    FIELD(PyByteArrayObject, ob_alloc);
    FIELD(PyByteArrayObject, ob_bytes);
    FIELD(PyByteArrayObject, ob_start);
    FIELD(PyByteArrayObject, ob_exports);

    STRUCT(Py_complex);
    FIELD(Py_complex, real);
    FIELD(Py_complex, imag);
    STRUCT(PyComplexObject);
    FIELD(PyComplexObject, ob_base);
    FIELD(PyComplexObject, cval);
    FIELD(PyComplexObject, cval.real);
    FIELD(PyComplexObject, cval.imag);

    STRUCT(_PyManagedBufferObject);
    FIELD(_PyManagedBufferObject, ob_base);
    FIELD(_PyManagedBufferObject, flags);
    FIELD(_PyManagedBufferObject, exports);
    FIELD(_PyManagedBufferObject, master);

    STRUCT(PyMemoryViewObject);
    FIELD(PyMemoryViewObject, ob_base);
    FIELD(PyMemoryViewObject, mbuf);
    FIELD(PyMemoryViewObject, hash);
    FIELD(PyMemoryViewObject, flags);
    FIELD(PyMemoryViewObject, exports);
    FIELD(PyMemoryViewObject, view);
    FIELD(PyMemoryViewObject, weakreflist);
    FIELD(PyMemoryViewObject, ob_array);

    STRUCT(PyFloatObject);
    FIELD(PyFloatObject, ob_base);
    FIELD(PyFloatObject, ob_fval);

    STRUCT(PyASCIIObject);
    FIELD(PyASCIIObject, ob_base);
    FIELD(PyASCIIObject, length);
    FIELD(PyASCIIObject, hash);
    FIELD(PyASCIIObject, state);

    STRUCT(PyCompactUnicodeObject);
    FIELD(PyCompactUnicodeObject, _base);
    FIELD(PyCompactUnicodeObject, utf8_length);
    FIELD(PyCompactUnicodeObject, utf8);

    STRUCT(PyUnicodeObject);
    FIELD(PyUnicodeObject, _base);
    FIELD(PyUnicodeObject, data);
    FIELD(PyUnicodeObject, data.any);
    FIELD(PyUnicodeObject, data.latin1);
    FIELD(PyUnicodeObject, data.ucs2);
    FIELD(PyUnicodeObject, data.ucs4);

    STRUCT(PyDictObject);
    FIELD(PyDictObject, ob_base);
    FIELD(PyDictObject, ma_used);
    FIELD(PyDictObject, ma_version_tag);
    FIELD(PyDictObject, ma_keys);
    FIELD(PyDictObject, ma_values);

    STRUCT(setentry);
    FIELD(setentry, key);
    FIELD(setentry, hash);

    STRUCT(PySetObject);
    FIELD(PySetObject, ob_base);
    FIELD(PySetObject, fill);
    FIELD(PySetObject, used);
    FIELD(PySetObject, mask);
    FIELD(PySetObject, table);
    FIELD(PySetObject, hash);
    FIELD(PySetObject, finger);
    FIELD(PySetObject, smalltable);
    FIELD(PySetObject, weakreflist);

    STRUCT(PyCFunctionObject);
    FIELD(PyCFunctionObject, ob_base);
    FIELD(PyCFunctionObject, m_ml);
    FIELD(PyCFunctionObject, m_self);
    FIELD(PyCFunctionObject, m_module);
    FIELD(PyCFunctionObject, m_weakreflist);
    FIELD(PyCFunctionObject, vectorcall);

    STRUCT(PyMethodObject);
    FIELD(PyMethodObject, ob_base);
    FIELD(PyMethodObject, im_func);
    FIELD(PyMethodObject, im_self);
    FIELD(PyMethodObject, im_weakreflist);
    FIELD(PyMethodObject, vectorcall);

    STRUCT(PyDescrObject);
    FIELD(PyDescrObject, ob_base);
    FIELD(PyDescrObject, d_type);
    FIELD(PyDescrObject, d_name);
    FIELD(PyDescrObject, d_qualname);

    STRUCT(PyMethodDescrObject);
    FIELD(PyMethodDescrObject, d_common);
    FIELD(PyMethodDescrObject, d_method);
    FIELD(PyMethodDescrObject, vectorcall);

    STRUCT(PyMemberDescrObject);
    FIELD(PyMemberDescrObject, d_common);
    FIELD(PyMemberDescrObject, d_member);

    STRUCT(PyGetSetDescrObject);
    FIELD(PyGetSetDescrObject, d_common);
    FIELD(PyGetSetDescrObject, d_getset);

    STRUCT(PyBaseExceptionObject);
    FIELD(PyBaseExceptionObject, ob_base);
    FIELD(PyBaseExceptionObject, dict);
    FIELD(PyBaseExceptionObject, args);
    FIELD(PyBaseExceptionObject, notes);
    FIELD(PyBaseExceptionObject, traceback);
    FIELD(PyBaseExceptionObject, context);
    FIELD(PyBaseExceptionObject, cause);
    FIELD(PyBaseExceptionObject, suppress_context);

    STRUCT(PySliceObject);
    FIELD(PySliceObject, ob_base);
    FIELD(PySliceObject, start);
    FIELD(PySliceObject, stop);
    FIELD(PySliceObject, step);

    STRUCT(PyCellObject);
    FIELD(PyCellObject, ob_base);
    FIELD(PyCellObject, ob_ref);
}

/* Bit positions of PyASCIIObject.state: each field set to all ones alone, read back as
 * the raw 32-bit word. */
#define STATE_MASK(field, ones)                                             \
    do {                                                                    \
        PyASCIIObject a;                                                    \
        uint32_t word;                                                      \
        memset(&a, 0, sizeof a);                                            \
        a.state.field = (ones);                                             \
        memcpy(&word, (char *)&a + offsetof(PyASCIIObject, state), 4);      \
        LINE("mask(PyASCIIObject.state.%s) 0x%08x", #field, (unsigned)word); \
    } while (0)

static void probe_bitfields(void) {
    LINE("section bit fields");
    STATE_MASK(interned, 3);
    STATE_MASK(kind, 7);
    STATE_MASK(compact, 1);
    STATE_MASK(ascii, 1);
    STATE_MASK(statically_allocated, 1);
    LINE("sizeof(PyASCIIObject.state) %zu", sizeof(((PyASCIIObject *)0)->state));
}

/* ---- scalar types ---------------------------------------------------------------------- */

#define SCALAR(T)                                                     \
    do {                                                              \
        T _v = 0;                                                     \
        LINE("sizeof(%s) %zu", #T, sizeof(T));                        \
        LINE("type(%s) %s", #T, TYPE_NAME(_v));                       \
        LINE("signed(%s) %d", #T, (int)((T)-1 < (T)0));               \
    } while (0)

static void probe_scalars(void) {
    LINE("section scalar types");
    SCALAR(Py_ssize_t);
    SCALAR(Py_hash_t);
    SCALAR(Py_uhash_t);
    SCALAR(Py_ssize_clean_t);
    SCALAR(Py_intptr_t);
    SCALAR(Py_uintptr_t);
    SCALAR(Py_UCS1);
    SCALAR(Py_UCS2);
    SCALAR(Py_UCS4);
    SCALAR(Py_UNICODE);
    SCALAR(printfunc);
    LINE("sizeof(PySendResult) %zu", sizeof(PySendResult));
    LINE("sizeof(enum PyUnicode_Kind) %zu", sizeof(enum PyUnicode_Kind));
}

/* ---- constants --------------------------------------------------------------------------- */

#define CONST(name)                                                  \
    do {                                                             \
        LINE("%s %lld", #name, (long long)(name));                   \
        LINE("type(%s) %s", #name, TYPE_NAME(name));                 \
    } while (0)
#define CONST_PTR(name)                                              \
    do {                                                             \
        LINE("%s %lld", #name, (long long)(intptr_t)(name));         \
        LINE("type(%s) %s", #name, TYPE_NAME(name));                 \
    } while (0)
#define CONST_STR(name) LINE("%s \"%s\"", #name, name)
#define CONST_FLT(name)                                              \
    do {                                                             \
        LINE("%s %.21Lg", #name, (long double)(name));               \
        LINE("type(%s) %s", #name, TYPE_NAME(name));                 \
    } while (0)

static void probe_constants(void) {
    LINE("section constants");
    /* patchlevel.h */
    CONST(PySet_MINSIZE);
    CONST(PY_MAJOR_VERSION);
    CONST(PY_MINOR_VERSION);
    CONST(PY_MICRO_VERSION);
    CONST(PY_RELEASE_LEVEL);
    CONST(PY_RELEASE_SERIAL);
    CONST(PY_RELEASE_LEVEL_ALPHA);
    CONST(PY_RELEASE_LEVEL_BETA);
    CONST(PY_RELEASE_LEVEL_GAMMA);
    CONST(PY_RELEASE_LEVEL_FINAL);
    CONST(PY_VERSION_HEX);
    CONST_STR(PY_VERSION);

    /* pyconfig.h / pyport.h */
    CONST(SIZEOF_SHORT);
    CONST(SIZEOF_INT);
    CONST(SIZEOF_LONG);
    CONST(SIZEOF_LONG_LONG);
    CONST(SIZEOF_FLOAT);
    CONST(SIZEOF_DOUBLE);
    CONST(SIZEOF_LONG_DOUBLE);
    CONST(SIZEOF_VOID_P);
    CONST(SIZEOF_SIZE_T);
    CONST(SIZEOF_UINTPTR_T);
    CONST(SIZEOF_WCHAR_T);
    CONST(SIZEOF__BOOL);
    CONST(ALIGNOF_LONG);
    CONST(ALIGNOF_SIZE_T);
    CONST(SIZEOF_PY_HASH_T);
    CONST(SIZEOF_PY_UHASH_T);
    CONST(PY_SSIZE_T_MAX);
    CONST(PY_SSIZE_T_MIN);
    CONST(PY_SIZE_MAX);
    CONST(PY_LLONG_MIN);
    CONST(PY_LLONG_MAX);
    CONST(PY_ULLONG_MAX);
    CONST(PY_DWORD_MAX);
    CONST(PY_BIG_ENDIAN);
    CONST(PY_LITTLE_ENDIAN);
    CONST(LONG_BIT);
    CONST(HAVE_LONG_LONG);
    CONST_STR(PY_FORMAT_SIZE_T);
    CONST(Py_LL(5));
    CONST(Py_ULL(5));

    /* pymath.h */
    CONST_FLT(Py_MATH_PIl);
    CONST_FLT(Py_MATH_PI);
    CONST_FLT(Py_MATH_El);
    CONST_FLT(Py_MATH_E);
    CONST_FLT(Py_MATH_TAU);
    CONST_FLT(Py_HUGE_VAL);
    CONST_FLT(Py_INFINITY);
    LINE("Py_NAN isnan=%d signbit=%d", isnan(Py_NAN) != 0, signbit(Py_NAN) != 0);
    LINE("type(Py_NAN) %s", TYPE_NAME(Py_NAN));

    /* object.h */
    CONST(_Py_IMMORTAL_REFCNT);
    CONST(Py_INVALID_SIZE);
    CONST(Py_LT);
    CONST(Py_LE);
    CONST(Py_EQ);
    CONST(Py_NE);
    CONST(Py_GT);
    CONST(Py_GE);
    CONST(PYGEN_RETURN);
    CONST(PYGEN_ERROR);
    CONST(PYGEN_NEXT);
    CONST(Py_TPFLAGS_HAVE_FINALIZE);
    CONST(_Py_TPFLAGS_STATIC_BUILTIN);
    CONST(Py_TPFLAGS_MANAGED_WEAKREF);
    CONST(Py_TPFLAGS_MANAGED_DICT);
    CONST(Py_TPFLAGS_PREHEADER);
    CONST(Py_TPFLAGS_SEQUENCE);
    CONST(Py_TPFLAGS_MAPPING);
    CONST(Py_TPFLAGS_DISALLOW_INSTANTIATION);
    CONST(Py_TPFLAGS_IMMUTABLETYPE);
    CONST(Py_TPFLAGS_HEAPTYPE);
    CONST(Py_TPFLAGS_BASETYPE);
    CONST(Py_TPFLAGS_HAVE_VECTORCALL);
    CONST(_Py_TPFLAGS_HAVE_VECTORCALL);
    CONST(Py_TPFLAGS_READY);
    CONST(Py_TPFLAGS_READYING);
    CONST(Py_TPFLAGS_HAVE_GC);
    CONST(Py_TPFLAGS_HAVE_STACKLESS_EXTENSION);
    CONST(Py_TPFLAGS_METHOD_DESCRIPTOR);
    CONST(Py_TPFLAGS_HAVE_VERSION_TAG);
    CONST(Py_TPFLAGS_VALID_VERSION_TAG);
    CONST(Py_TPFLAGS_IS_ABSTRACT);
    CONST(_Py_TPFLAGS_MATCH_SELF);
    CONST(Py_TPFLAGS_ITEMS_AT_END);
    CONST(Py_TPFLAGS_LONG_SUBCLASS);
    CONST(Py_TPFLAGS_LIST_SUBCLASS);
    CONST(Py_TPFLAGS_TUPLE_SUBCLASS);
    CONST(Py_TPFLAGS_BYTES_SUBCLASS);
    CONST(Py_TPFLAGS_UNICODE_SUBCLASS);
    CONST(Py_TPFLAGS_DICT_SUBCLASS);
    CONST(Py_TPFLAGS_BASE_EXC_SUBCLASS);
    CONST(Py_TPFLAGS_TYPE_SUBCLASS);
    CONST(Py_TPFLAGS_DEFAULT);

    /* abstract.h */
    CONST(PY_VECTORCALL_ARGUMENTS_OFFSET);

    /* pybuffer.h */
    CONST(PyBUF_MAX_NDIM);
    CONST(PyBUF_SIMPLE);
    CONST(PyBUF_WRITABLE);
    CONST(PyBUF_WRITEABLE);
    CONST(PyBUF_FORMAT);
    CONST(PyBUF_ND);
    CONST(PyBUF_STRIDES);
    CONST(PyBUF_C_CONTIGUOUS);
    CONST(PyBUF_F_CONTIGUOUS);
    CONST(PyBUF_ANY_CONTIGUOUS);
    CONST(PyBUF_INDIRECT);
    CONST(PyBUF_CONTIG);
    CONST(PyBUF_CONTIG_RO);
    CONST(PyBUF_STRIDED);
    CONST(PyBUF_STRIDED_RO);
    CONST(PyBUF_RECORDS);
    CONST(PyBUF_RECORDS_RO);
    CONST(PyBUF_FULL);
    CONST(PyBUF_FULL_RO);
    CONST(PyBUF_READ);
    CONST(PyBUF_WRITE);

    /* memoryobject.h */
    CONST(_Py_MANAGED_BUFFER_RELEASED);
    CONST(_Py_MANAGED_BUFFER_FREE_FORMAT);
    CONST(_Py_MEMORYVIEW_RELEASED);
    CONST(_Py_MEMORYVIEW_C);
    CONST(_Py_MEMORYVIEW_FORTRAN);
    CONST(_Py_MEMORYVIEW_SCALAR);
    CONST(_Py_MEMORYVIEW_PIL);
    CONST(_Py_MEMORYVIEW_RESTRICTED);

    /* methodobject.h */
    CONST(METH_VARARGS);
    CONST(METH_KEYWORDS);
    CONST(METH_NOARGS);
    CONST(METH_O);
    CONST(METH_CLASS);
    CONST(METH_STATIC);
    CONST(METH_COEXIST);
    CONST(METH_FASTCALL);
    CONST(METH_STACKLESS);
    CONST(METH_METHOD);

    /* descrobject.h and structmember.h */
    CONST(Py_T_SHORT);
    CONST(Py_T_INT);
    CONST(Py_T_LONG);
    CONST(Py_T_FLOAT);
    CONST(Py_T_DOUBLE);
    CONST(Py_T_STRING);
    CONST(_Py_T_OBJECT);
    CONST(Py_T_CHAR);
    CONST(Py_T_BYTE);
    CONST(Py_T_UBYTE);
    CONST(Py_T_USHORT);
    CONST(Py_T_UINT);
    CONST(Py_T_ULONG);
    CONST(Py_T_STRING_INPLACE);
    CONST(Py_T_BOOL);
    CONST(Py_T_OBJECT_EX);
    CONST(Py_T_LONGLONG);
    CONST(Py_T_ULONGLONG);
    CONST(Py_T_PYSSIZET);
    CONST(_Py_T_NONE);
    CONST(Py_READONLY);
    CONST(Py_AUDIT_READ);
    CONST(_Py_WRITE_RESTRICTED);
    CONST(Py_RELATIVE_OFFSET);
    CONST(T_SHORT);
    CONST(T_INT);
    CONST(T_LONG);
    CONST(T_FLOAT);
    CONST(T_DOUBLE);
    CONST(T_STRING);
    CONST(T_OBJECT);
    CONST(T_CHAR);
    CONST(T_BYTE);
    CONST(T_UBYTE);
    CONST(T_USHORT);
    CONST(T_UINT);
    CONST(T_ULONG);
    CONST(T_STRING_INPLACE);
    CONST(T_BOOL);
    CONST(T_OBJECT_EX);
    CONST(T_LONGLONG);
    CONST(T_ULONGLONG);
    CONST(T_PYSSIZET);
    CONST(T_NONE);
    CONST(READONLY);
    CONST(PY_AUDIT_READ);
    CONST(READ_RESTRICTED);
    CONST(PY_WRITE_RESTRICTED);
    CONST(RESTRICTED);

    /* moduleobject.h and modsupport.h */
    CONST(Py_mod_create);
    CONST(Py_mod_exec);
    CONST(Py_mod_multiple_interpreters);
    CONST(_Py_mod_LAST_SLOT);
    CONST_PTR(Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED);
    CONST_PTR(Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED);
    CONST_PTR(Py_MOD_PER_INTERPRETER_GIL_SUPPORTED);
    CONST(PYTHON_API_VERSION);
    CONST_STR(PYTHON_API_STRING);
    CONST(PYTHON_ABI_VERSION);
    CONST_STR(PYTHON_ABI_STRING);
    CONST(Py_CLEANUP_SUPPORTED);

    /* unicodeobject.h */
    CONST(PyUnicode_1BYTE_KIND);
    CONST(PyUnicode_2BYTE_KIND);
    CONST(PyUnicode_4BYTE_KIND);
    CONST(SSTATE_NOT_INTERNED);
    CONST(SSTATE_INTERNED_MORTAL);
    CONST(SSTATE_INTERNED_IMMORTAL);
    CONST(SSTATE_INTERNED_IMMORTAL_STATIC);
    CONST(Py_UNICODE_SIZE);
    CONST(Py_UNICODE_REPLACEMENT_CHARACTER);

    /* typeslots.h */
    CONST(Py_bf_getbuffer);
    CONST(Py_bf_releasebuffer);
    CONST(Py_mp_ass_subscript);
    CONST(Py_mp_length);
    CONST(Py_mp_subscript);
    CONST(Py_nb_absolute);
    CONST(Py_nb_add);
    CONST(Py_nb_and);
    CONST(Py_nb_bool);
    CONST(Py_nb_divmod);
    CONST(Py_nb_float);
    CONST(Py_nb_floor_divide);
    CONST(Py_nb_index);
    CONST(Py_nb_inplace_add);
    CONST(Py_nb_inplace_and);
    CONST(Py_nb_inplace_floor_divide);
    CONST(Py_nb_inplace_lshift);
    CONST(Py_nb_inplace_multiply);
    CONST(Py_nb_inplace_or);
    CONST(Py_nb_inplace_power);
    CONST(Py_nb_inplace_remainder);
    CONST(Py_nb_inplace_rshift);
    CONST(Py_nb_inplace_subtract);
    CONST(Py_nb_inplace_true_divide);
    CONST(Py_nb_inplace_xor);
    CONST(Py_nb_int);
    CONST(Py_nb_invert);
    CONST(Py_nb_lshift);
    CONST(Py_nb_multiply);
    CONST(Py_nb_negative);
    CONST(Py_nb_or);
    CONST(Py_nb_positive);
    CONST(Py_nb_power);
    CONST(Py_nb_remainder);
    CONST(Py_nb_rshift);
    CONST(Py_nb_subtract);
    CONST(Py_nb_true_divide);
    CONST(Py_nb_xor);
    CONST(Py_sq_ass_item);
    CONST(Py_sq_concat);
    CONST(Py_sq_contains);
    CONST(Py_sq_inplace_concat);
    CONST(Py_sq_inplace_repeat);
    CONST(Py_sq_item);
    CONST(Py_sq_length);
    CONST(Py_sq_repeat);
    CONST(Py_tp_alloc);
    CONST(Py_tp_base);
    CONST(Py_tp_bases);
    CONST(Py_tp_call);
    CONST(Py_tp_clear);
    CONST(Py_tp_dealloc);
    CONST(Py_tp_del);
    CONST(Py_tp_descr_get);
    CONST(Py_tp_descr_set);
    CONST(Py_tp_doc);
    CONST(Py_tp_getattr);
    CONST(Py_tp_getattro);
    CONST(Py_tp_hash);
    CONST(Py_tp_init);
    CONST(Py_tp_is_gc);
    CONST(Py_tp_iter);
    CONST(Py_tp_iternext);
    CONST(Py_tp_methods);
    CONST(Py_tp_new);
    CONST(Py_tp_repr);
    CONST(Py_tp_richcompare);
    CONST(Py_tp_setattr);
    CONST(Py_tp_setattro);
    CONST(Py_tp_str);
    CONST(Py_tp_traverse);
    CONST(Py_tp_members);
    CONST(Py_tp_getset);
    CONST(Py_tp_free);
    CONST(Py_nb_matrix_multiply);
    CONST(Py_nb_inplace_matrix_multiply);
    CONST(Py_am_await);
    CONST(Py_am_aiter);
    CONST(Py_am_anext);
    CONST(Py_tp_finalize);
    CONST(Py_am_send);
}

/* ---- declared data symbols --------------------------------------------------------------- */

/* The type of &symbol (unevaluated: nothing is linked). */
#define DECL(sym) LINE("decl(%s) %s", #sym, TYPE_NAME(&(sym)))

static void probe_declarations(void) {
    LINE("section declarations");
    DECL(PyType_Type);
    DECL(PyBaseObject_Type);
    DECL(PySuper_Type);
    DECL(PyLong_Type);
    DECL(PyBool_Type);
    DECL(PyFloat_Type);
    DECL(PyUnicode_Type);
    DECL(PyBytes_Type);
    DECL(PyByteArray_Type);
    DECL(PyList_Type);
    DECL(PyTuple_Type);
    DECL(PyDict_Type);
    DECL(PySet_Type);
    DECL(PyFrozenSet_Type);
    DECL(PySlice_Type);
    DECL(PyEllipsis_Type);
    DECL(PyRange_Type);
    DECL(PyMemoryView_Type);
    DECL(PyComplex_Type);
    DECL(PyModule_Type);
    DECL(PyCFunction_Type);
    DECL(PyMethod_Type);
    DECL(PyCell_Type);
    DECL(PyFunction_Type);
    DECL(PyClassMethod_Type);
    DECL(PyStaticMethod_Type);
    DECL(PyProperty_Type);
    DECL(PyMethodDescr_Type);
    DECL(PyClassMethodDescr_Type);
    DECL(PyGetSetDescr_Type);
    DECL(PyMemberDescr_Type);
    DECL(_PyNone_Type);
    DECL(_PyNotImplemented_Type);
    DECL(_Py_NoneStruct);
    DECL(_Py_NotImplementedStruct);
    DECL(_Py_EllipsisObject);
    DECL(_Py_TrueStruct);
    DECL(_Py_FalseStruct);
    DECL(PyExc_BaseException);
    DECL(PyExc_Exception);
    DECL(PyExc_BaseExceptionGroup);
    DECL(PyExc_StopAsyncIteration);
    DECL(PyExc_StopIteration);
    DECL(PyExc_GeneratorExit);
    DECL(PyExc_ArithmeticError);
    DECL(PyExc_LookupError);
    DECL(PyExc_AssertionError);
    DECL(PyExc_AttributeError);
    DECL(PyExc_BufferError);
    DECL(PyExc_EOFError);
    DECL(PyExc_FloatingPointError);
    DECL(PyExc_OSError);
    DECL(PyExc_ImportError);
    DECL(PyExc_ModuleNotFoundError);
    DECL(PyExc_IndexError);
    DECL(PyExc_KeyError);
    DECL(PyExc_KeyboardInterrupt);
    DECL(PyExc_MemoryError);
    DECL(PyExc_NameError);
    DECL(PyExc_OverflowError);
    DECL(PyExc_RuntimeError);
    DECL(PyExc_RecursionError);
    DECL(PyExc_NotImplementedError);
    DECL(PyExc_SyntaxError);
    DECL(PyExc_IndentationError);
    DECL(PyExc_TabError);
    DECL(PyExc_ReferenceError);
    DECL(PyExc_SystemError);
    DECL(PyExc_SystemExit);
    DECL(PyExc_TypeError);
    DECL(PyExc_UnboundLocalError);
    DECL(PyExc_UnicodeError);
    DECL(PyExc_UnicodeEncodeError);
    DECL(PyExc_UnicodeDecodeError);
    DECL(PyExc_UnicodeTranslateError);
    DECL(PyExc_ValueError);
    DECL(PyExc_ZeroDivisionError);
    DECL(PyExc_BlockingIOError);
    DECL(PyExc_BrokenPipeError);
    DECL(PyExc_ChildProcessError);
    DECL(PyExc_ConnectionError);
    DECL(PyExc_ConnectionAbortedError);
    DECL(PyExc_ConnectionRefusedError);
    DECL(PyExc_ConnectionResetError);
    DECL(PyExc_FileExistsError);
    DECL(PyExc_FileNotFoundError);
    DECL(PyExc_InterruptedError);
    DECL(PyExc_IsADirectoryError);
    DECL(PyExc_NotADirectoryError);
    DECL(PyExc_PermissionError);
    DECL(PyExc_ProcessLookupError);
    DECL(PyExc_TimeoutError);
    DECL(PyExc_EnvironmentError);
    DECL(PyExc_IOError);
    DECL(PyExc_Warning);
    DECL(PyExc_UserWarning);
    DECL(PyExc_DeprecationWarning);
    DECL(PyExc_PendingDeprecationWarning);
    DECL(PyExc_SyntaxWarning);
    DECL(PyExc_RuntimeWarning);
    DECL(PyExc_FutureWarning);
    DECL(PyExc_ImportWarning);
    DECL(PyExc_UnicodeWarning);
    DECL(PyExc_BytesWarning);
    DECL(PyExc_EncodingWarning);
    DECL(PyExc_ResourceWarning);
}

/* ---- behaviour of the inline functions and macros ------------------------------------- */

/* From tools/layout_probe_stubs.c. */
extern int probe_dealloc_calls;
extern void *probe_last_dealloc;
extern void **probe_watch;
extern void *probe_watch_seen;
extern int probe_subtype_calls;

/* Aligned scratch memory for hand-built objects. */
typedef union {
    long double align;
    void *p;
    unsigned char bytes[512];
} Scratch;

static PyObject *fresh(Scratch *s, PyTypeObject *type, Py_ssize_t refcnt) {
    memset(s, 0, sizeof *s);
    PyObject *o = (PyObject *)s->bytes;
    o->ob_refcnt = refcnt;
    o->ob_type = type;
    return o;
}

static void probe_refcounts(void) {
    LINE("section behaviour: reference counting");
    static const long long counts[] = {
        0, 1, 2, 0x7FFFFFFELL, 0x7FFFFFFFLL, 0x80000000LL, 0xFFFFFFFELL,
        0xFFFFFFFFLL, 0x100000000LL, 0x100000005LL, 0x1FFFFFFFFLL, 0x3FFFFFFFFFFFFFFFLL,
    };
    Scratch s;
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        long long c = counts[i];
        PyObject *o = fresh(&s, &PyFloat_Type, (Py_ssize_t)c);
        LINE("_Py_IsImmortal(refcnt=%#llx) %d", c, _Py_IsImmortal(o));
        Py_INCREF(o);
        LINE("Py_INCREF(refcnt=%#llx) %#llx", c, (long long)Py_REFCNT(o));
        o->ob_refcnt = (Py_ssize_t)c;
        probe_dealloc_calls = 0;
        if (c != 0) {
            Py_DECREF(o);
            LINE("Py_DECREF(refcnt=%#llx) %#llx dealloc=%d", c, (long long)Py_REFCNT(o),
                 probe_dealloc_calls);
        }
        o->ob_refcnt = (Py_ssize_t)c;
        Py_SET_REFCNT(o, 42);
        LINE("Py_SET_REFCNT(refcnt=%#llx, 42) %#llx", c, (long long)Py_REFCNT(o));
        o->ob_refcnt = (Py_ssize_t)c;
        LINE("Py_REFCNT(refcnt=%#llx) %#llx", c, (long long)Py_REFCNT(o));
    }

    /* The low 32-bit half is the one that counts. */
    PyObject *o = fresh(&s, &PyFloat_Type, 5);
    LINE("ob_refcnt_split(5) %u %u", (unsigned)o->ob_refcnt_split[0],
         (unsigned)o->ob_refcnt_split[1]);

    /* NULL-tolerant forms. */
    PyObject *null = NULL;
    Py_XINCREF(null);
    probe_dealloc_calls = 0;
    Py_XDECREF(null);
    LINE("Py_XDECREF(NULL) dealloc=%d", probe_dealloc_calls);
    o = fresh(&s, &PyFloat_Type, 1);
    Py_XINCREF(o);
    LINE("Py_XINCREF(refcnt=1) %lld", (long long)Py_REFCNT(o));
    Py_XDECREF(o);
    Py_XDECREF(o);
    LINE("Py_XDECREF twice(refcnt=2) %lld dealloc=%d same=%d", (long long)Py_REFCNT(o),
         probe_dealloc_calls, probe_last_dealloc == (void *)o);

    /* New references. */
    o = fresh(&s, &PyFloat_Type, 1);
    PyObject *r = Py_NewRef(o);
    LINE("Py_NewRef same=%d refcnt=%lld", r == o, (long long)Py_REFCNT(o));
    r = Py_XNewRef(o);
    LINE("Py_XNewRef same=%d refcnt=%lld", r == o, (long long)Py_REFCNT(o));
    LINE("Py_XNewRef(NULL) %d", Py_XNewRef(null) == NULL);

    /* Py_CLEAR sets the variable to NULL before the object is freed. */
    static PyObject *slot;
    o = fresh(&s, &PyFloat_Type, 1);
    slot = o;
    probe_watch = (void **)&slot;
    probe_watch_seen = (void *)1;
    probe_dealloc_calls = 0;
    Py_CLEAR(slot);
    LINE("Py_CLEAR(refcnt=1) slot_null=%d dealloc=%d slot_at_dealloc_null=%d",
         slot == NULL, probe_dealloc_calls, probe_watch_seen == NULL);
    o = fresh(&s, &PyFloat_Type, 3);
    slot = o;
    Py_CLEAR(slot);
    LINE("Py_CLEAR(refcnt=3) slot_null=%d refcnt=%lld", slot == NULL,
         (long long)Py_REFCNT(o));
    probe_dealloc_calls = 0;
    Py_CLEAR(slot);
    LINE("Py_CLEAR(NULL) dealloc=%d", probe_dealloc_calls);

    /* Py_SETREF / Py_XSETREF store the new value before freeing the old one. */
    Scratch s2;
    PyObject *other = fresh(&s2, &PyFloat_Type, 7);
    o = fresh(&s, &PyFloat_Type, 1);
    slot = o;
    probe_dealloc_calls = 0;
    probe_watch_seen = NULL;
    Py_SETREF(slot, other);
    LINE("Py_SETREF slot_is_new=%d dealloc=%d slot_at_dealloc_is_new=%d",
         slot == other, probe_dealloc_calls, probe_watch_seen == (void *)other);
    slot = NULL;
    Py_XSETREF(slot, other);
    LINE("Py_XSETREF(old NULL) slot_is_new=%d other_refcnt=%lld", slot == other,
         (long long)Py_REFCNT(other));
    o = fresh(&s, &PyFloat_Type, 2);
    slot = o;
    Py_XSETREF(slot, NULL);
    LINE("Py_XSETREF(new NULL) slot_null=%d old_refcnt=%lld", slot == NULL,
         (long long)Py_REFCNT(o));
    probe_watch = NULL;

    /* Header accessors. */
    o = fresh(&s, &PyFloat_Type, 1);
    LINE("Py_TYPE %d", Py_TYPE(o) == &PyFloat_Type);
    LINE("Py_IS_TYPE %d %d", Py_IS_TYPE(o, &PyFloat_Type), Py_IS_TYPE(o, &PyList_Type));
    Py_SET_TYPE(o, &PyList_Type);
    LINE("Py_SET_TYPE %d", Py_TYPE(o) == &PyList_Type);
    Py_SET_SIZE(o, 12345);
    LINE("Py_SET_SIZE %lld %lld", (long long)Py_SIZE(o), (long long)((PyVarObject *)o)->ob_size);
    LINE("Py_Is %d %d", Py_Is(o, o), Py_Is(o, NULL));
    LINE("Py_IsNone %d %d", Py_IsNone(Py_None), Py_IsNone(o));
    LINE("Py_IsTrue %d %d %d", Py_IsTrue(Py_True), Py_IsTrue(Py_False), Py_IsTrue(o));
    LINE("Py_IsFalse %d %d", Py_IsFalse(Py_False), Py_IsFalse(Py_True));
}

/* Static objects made with the HEAD_INIT macros (whose trailing comma lets the next
 * field follow), and a type object initialised positionally, the classic way. */
static struct {
    PyObject_HEAD
    double x;
} head_obj = {PyObject_HEAD_INIT(&PyFloat_Type) 1.5};
static struct {
    PyObject_VAR_HEAD
    int x;
} var_obj = {PyVarObject_HEAD_INIT(&PyList_Type, 3) 9};
static PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "m", NULL, -1, NULL, NULL, NULL, NULL, NULL};
static PyTypeObject positional_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "probe.T",                                 /* tp_name */
    48,                                        /* tp_basicsize */
    8,                                         /* tp_itemsize */
    0,                                         /* tp_dealloc */
    24,                                        /* tp_vectorcall_offset */
    0,                                         /* tp_getattr */
    0,                                         /* tp_setattr */
    0,                                         /* tp_as_async */
    0,                                         /* tp_repr */
    0,                                         /* tp_as_number */
    0,                                         /* tp_as_sequence */
    0,                                         /* tp_as_mapping */
    0,                                         /* tp_hash */
    0,                                         /* tp_call */
    0,                                         /* tp_str */
    0,                                         /* tp_getattro */
    0,                                         /* tp_setattro */
    0,                                         /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,  /* tp_flags */
    "doc",                                     /* tp_doc */
    0,                                         /* tp_traverse */
    0,                                         /* tp_clear */
    0,                                         /* tp_richcompare */
    16,                                        /* tp_weaklistoffset */
    0,                                         /* tp_iter */
    0,                                         /* tp_iternext */
    0,                                         /* tp_methods */
    0,                                         /* tp_members */
    0,                                         /* tp_getset */
    &PyBaseObject_Type,                        /* tp_base */
    0,                                         /* tp_dict */
    0,                                         /* tp_descr_get */
    0,                                         /* tp_descr_set */
    32,                                        /* tp_dictoffset */
};

static void probe_initialisers(void) {
    LINE("section behaviour: static initialisers");
    LINE("PyObject_HEAD_INIT refcnt=%lld type=%d next=%g", (long long)head_obj.ob_base.ob_refcnt,
         head_obj.ob_base.ob_type == &PyFloat_Type, head_obj.x);
    LINE("PyVarObject_HEAD_INIT refcnt=%lld type=%d size=%lld next=%d",
         (long long)var_obj.ob_base.ob_base.ob_refcnt,
         var_obj.ob_base.ob_base.ob_type == &PyList_Type, (long long)var_obj.ob_base.ob_size,
         var_obj.x);
    LINE("PyModuleDef_HEAD_INIT refcnt=%lld type=%d m_init=%d m_index=%lld m_copy=%d "
         "m_name=%s m_size=%lld",
         (long long)module_def.m_base.ob_base.ob_refcnt,
         module_def.m_base.ob_base.ob_type == NULL, module_def.m_base.m_init == NULL,
         (long long)module_def.m_base.m_index, module_def.m_base.m_copy == NULL,
         module_def.m_name, (long long)module_def.m_size);
    LINE("positional PyTypeObject name=%s basicsize=%lld itemsize=%lld vectorcall_offset=%lld "
         "flags=%#lx doc=%s weaklistoffset=%lld base=%d dictoffset=%lld",
         positional_type.tp_name, (long long)positional_type.tp_basicsize,
         (long long)positional_type.tp_itemsize, (long long)positional_type.tp_vectorcall_offset,
         positional_type.tp_flags, positional_type.tp_doc,
         (long long)positional_type.tp_weaklistoffset,
         positional_type.tp_base == &PyBaseObject_Type, (long long)positional_type.tp_dictoffset);
}

/* One fake type per builtin-base flag, plus a plain one. */
static PyTypeObject fake_types[9];
static const char *const fake_names[9] = {
    "plain", "int", "list", "tuple", "bytes", "str", "dict", "exception", "type",
};
static const unsigned long fake_flags[9] = {
    0,
    Py_TPFLAGS_LONG_SUBCLASS,
    Py_TPFLAGS_LIST_SUBCLASS,
    Py_TPFLAGS_TUPLE_SUBCLASS,
    Py_TPFLAGS_BYTES_SUBCLASS,
    Py_TPFLAGS_UNICODE_SUBCLASS,
    Py_TPFLAGS_DICT_SUBCLASS,
    Py_TPFLAGS_BASE_EXC_SUBCLASS,
    Py_TPFLAGS_TYPE_SUBCLASS,
};

static void probe_type_checks(void) {
    LINE("section behaviour: type checks");
    Scratch s;
    for (int i = 0; i < 9; i++) {
        memset(&fake_types[i], 0, sizeof fake_types[i]);
        fake_types[i].tp_flags = fake_flags[i] | Py_TPFLAGS_DEFAULT;
    }
    for (int i = 0; i < 9; i++) {
        PyObject *o = fresh(&s, &fake_types[i], 1);
        const char *n = fake_names[i];
        LINE("PyLong_Check(%s) %d", n, PyLong_Check(o));
        LINE("PyList_Check(%s) %d", n, PyList_Check(o));
        LINE("PyTuple_Check(%s) %d", n, PyTuple_Check(o));
        LINE("PyBytes_Check(%s) %d", n, PyBytes_Check(o));
        LINE("PyUnicode_Check(%s) %d", n, PyUnicode_Check(o));
        LINE("PyDict_Check(%s) %d", n, PyDict_Check(o));
        LINE("PyType_Check(%s) %d", n, PyType_Check(o));
        LINE("PyExceptionInstance_Check(%s) %d", n, PyExceptionInstance_Check(o));
        LINE("PyType_HasFeature(%s, DEFAULT) %d", n,
             PyType_HasFeature(Py_TYPE(o), Py_TPFLAGS_DEFAULT));
        LINE("PyType_FastSubclass(%s, LIST) %d", n,
             PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_LIST_SUBCLASS));
        LINE("PyType_IS_GC(%s) %d", n, PyType_IS_GC(Py_TYPE(o)));
        LINE("PyExceptionInstance_Class(%s) %d", n,
             PyExceptionInstance_Class(o) == (PyObject *)&fake_types[i]);
    }

    /* A type object that is a class: an exception class, and not. */
    PyTypeObject exc_class;
    memset(&exc_class, 0, sizeof exc_class);
    exc_class.ob_base.ob_base.ob_type = &fake_types[8]; /* metatype with TYPE bit */
    exc_class.tp_flags = Py_TPFLAGS_BASE_EXC_SUBCLASS;
    LINE("PyExceptionClass_Check(exception class) %d", PyExceptionClass_Check(&exc_class));
    exc_class.tp_flags = 0;
    LINE("PyExceptionClass_Check(other class) %d", PyExceptionClass_Check(&exc_class));
    PyObject *inst = fresh(&s, &fake_types[7], 1);
    LINE("PyExceptionClass_Check(instance) %d", PyExceptionClass_Check(inst));

    /* Exact checks compare ob_type with the builtin type object; the others fall back
     * to PyType_IsSubtype (the stub says "only itself" and counts calls). */
    struct {
        const char *name;
        PyTypeObject *type;
    } exact[] = {
        {"int", &PyLong_Type},          {"bool", &PyBool_Type},
        {"float", &PyFloat_Type},       {"str", &PyUnicode_Type},
        {"bytes", &PyBytes_Type},       {"bytearray", &PyByteArray_Type},
        {"list", &PyList_Type},         {"tuple", &PyTuple_Type},
        {"dict", &PyDict_Type},         {"set", &PySet_Type},
        {"frozenset", &PyFrozenSet_Type}, {"type", &PyType_Type},
        {"slice", &PySlice_Type},       {"range", &PyRange_Type},
        {"module", &PyModule_Type},     {"builtin_function", &PyCFunction_Type},
        {"method", &PyMethod_Type},     {"cell", &PyCell_Type},
        {"function", &PyFunction_Type}, {"plain", &fake_types[0]},
    };
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++) {
        PyObject *o = fresh(&s, exact[i].type, 1);
        const char *n = exact[i].name;
        probe_subtype_calls = 0;
        LINE("exact(%s) long=%d bool=%d float=%d str=%d bytes=%d bytearray=%d list=%d "
             "tuple=%d dict=%d set=%d frozenset=%d anyset=%d type=%d slice=%d range=%d "
             "module=%d cfunction=%d method=%d cell=%d function=%d",
             n, PyLong_CheckExact(o), PyBool_Check(o), PyFloat_CheckExact(o),
             PyUnicode_CheckExact(o), PyBytes_CheckExact(o), PyByteArray_CheckExact(o),
             PyList_CheckExact(o), PyTuple_CheckExact(o), PyDict_CheckExact(o),
             PySet_CheckExact(o), PyFrozenSet_CheckExact(o), PyAnySet_CheckExact(o),
             PyType_CheckExact(o), PySlice_Check(o), PyRange_Check(o),
             PyModule_CheckExact(o), PyCFunction_CheckExact(o), PyMethod_Check(o),
             PyCell_Check(o), PyFunction_Check(o));
        LINE("subtype(%s) float=%d bytearray=%d set=%d frozenset=%d anyset=%d module=%d "
             "cfunction=%d typecheck=%d",
             n, PyFloat_Check(o), PyByteArray_Check(o), PySet_Check(o),
             PyFrozenSet_Check(o), PyAnySet_Check(o), PyModule_Check(o),
             PyCFunction_Check(o), PyObject_TypeCheck(o, &PyDict_Type));
        LINE("subtype_calls(%s) %d", n, probe_subtype_calls);
    }
}

static void probe_containers(void) {
    LINE("section behaviour: containers");
    Scratch s;

    /* tuple of 3 */
    PyTuple_Type.tp_flags = Py_TPFLAGS_TUPLE_SUBCLASS;
    PyObject *t = fresh(&s, &PyTuple_Type, 1);
    Py_SET_SIZE(t, 3);
    PyObject *items[3] = {Py_None, Py_True, Py_False};
    for (Py_ssize_t i = 0; i < 3; i++) {
        PyTuple_SET_ITEM(t, i, items[i]);
    }
    LINE("PyTuple_GET_SIZE %lld", (long long)PyTuple_GET_SIZE(t));
    LINE("PyTuple_GET_ITEM %d %d %d", PyTuple_GET_ITEM(t, 0) == Py_None,
         PyTuple_GET_ITEM(t, 1) == Py_True, PyTuple_GET_ITEM(t, 2) == Py_False);
    LINE("PyTuple_SET_ITEM offset %td",
         (char *)&((PyTupleObject *)t)->ob_item[2] - (char *)t);
    LINE("&PyTuple_GET_ITEM %td", (char *)&PyTuple_GET_ITEM(t, 1) - (char *)t);
    PyTuple_GET_ITEM(t, 0) = Py_Ellipsis; /* an lvalue in CPython */
    LINE("PyTuple_GET_ITEM lvalue %d", ((PyTupleObject *)t)->ob_item[0] == Py_Ellipsis);

    /* list of 2 in a separate array */
    PyList_Type.tp_flags = Py_TPFLAGS_LIST_SUBCLASS;
    PyObject *array[4] = {0};
    PyObject *l = fresh(&s, &PyList_Type, 1);
    ((PyListObject *)l)->ob_item = array;
    ((PyListObject *)l)->allocated = 4;
    Py_SET_SIZE(l, 2);
    PyList_SET_ITEM(l, 0, Py_True);
    PyList_SET_ITEM(l, 1, Py_NotImplemented);
    LINE("PyList_GET_SIZE %lld", (long long)PyList_GET_SIZE(l));
    LINE("PyList_GET_ITEM %d %d", PyList_GET_ITEM(l, 0) == Py_True,
         PyList_GET_ITEM(l, 1) == Py_NotImplemented);
    LINE("PyList_SET_ITEM in array %d %d", array[0] == Py_True, array[1] == Py_NotImplemented);

    /* bytes */
    PyBytes_Type.tp_flags = Py_TPFLAGS_BYTES_SUBCLASS;
    PyObject *b = fresh(&s, &PyBytes_Type, 1);
    Py_SET_SIZE(b, 5);
    memcpy(((PyBytesObject *)b)->ob_sval, "hello", 6);
    LINE("PyBytes_AS_STRING %td %s", PyBytes_AS_STRING(b) - (char *)b, PyBytes_AS_STRING(b));
    LINE("PyBytes_GET_SIZE %lld", (long long)PyBytes_GET_SIZE(b));

    /* bytearray: contents at ob_start; empty gives "" */
    char buf[8] = "xyzw";
    PyObject *ba = fresh(&s, &PyByteArray_Type, 1);
    ((PyByteArrayObject *)ba)->ob_bytes = buf;
    ((PyByteArrayObject *)ba)->ob_start = buf + 1;
    ((PyByteArrayObject *)ba)->ob_alloc = 8;
    Py_SET_SIZE(ba, 2);
    LINE("PyByteArray_AS_STRING %d %.2s", PyByteArray_AS_STRING(ba) == buf + 1,
         PyByteArray_AS_STRING(ba));
    LINE("PyByteArray_GET_SIZE %lld", (long long)PyByteArray_GET_SIZE(ba));
    ((PyByteArrayObject *)ba)->ob_bytes = NULL;
    ((PyByteArrayObject *)ba)->ob_start = NULL;
    Py_SET_SIZE(ba, 0);
    LINE("PyByteArray_AS_STRING(empty) len=%zu", strlen(PyByteArray_AS_STRING(ba)));

    /* float */
    PyObject *f = fresh(&s, &PyFloat_Type, 1);
    ((PyFloatObject *)f)->ob_fval = 2.5;
    LINE("PyFloat_AS_DOUBLE %g", PyFloat_AS_DOUBLE(f));

    /* dict */
    PyDict_Type.tp_flags = Py_TPFLAGS_DICT_SUBCLASS;
    PyObject *d = fresh(&s, &PyDict_Type, 1);
    ((PyDictObject *)d)->ma_used = 17;
    LINE("PyDict_GET_SIZE %lld", (long long)PyDict_GET_SIZE(d));

    /* set */
    PyObject *st = fresh(&s, &PySet_Type, 1);
    ((PySetObject *)st)->used = 23;
    LINE("PySet_GET_SIZE %lld", (long long)PySet_GET_SIZE(st));

    /* cell */
    PyObject *c = fresh(&s, &PyCell_Type, 1);
    PyCell_SET(c, Py_True);
    LINE("PyCell_SET/GET %d %d", ((PyCellObject *)c)->ob_ref == Py_True, PyCell_GET(c) == Py_True);

    /* bound method */
    PyObject *m = fresh(&s, &PyMethod_Type, 1);
    ((PyMethodObject *)m)->im_func = Py_None;
    ((PyMethodObject *)m)->im_self = Py_True;
    LINE("PyMethod_GET_FUNCTION/SELF %d %d", PyMethod_GET_FUNCTION(m) == Py_None,
         PyMethod_GET_SELF(m) == Py_True);

    /* builtin function: GET_SELF is NULL for METH_STATIC */
    PyMethodDef def = {"f", NULL, METH_O, NULL};
    PyObject *cf = fresh(&s, &PyCFunction_Type, 1);
    ((PyCFunctionObject *)cf)->m_ml = &def;
    ((PyCFunctionObject *)cf)->m_self = Py_False;
    LINE("PyCFunction_GET_FLAGS %d", PyCFunction_GET_FLAGS(cf));
    LINE("PyCFunction_GET_FUNCTION %d", PyCFunction_GET_FUNCTION(cf) == NULL);
    LINE("PyCFunction_GET_SELF %d", PyCFunction_GET_SELF(cf) == Py_False);
    def.ml_flags = METH_O | METH_STATIC;
    LINE("PyCFunction_GET_SELF(static) %d", PyCFunction_GET_SELF(cf) == NULL);

    /* descriptors */
    PyObject *desc = fresh(&s, &PyFloat_Type, 1);
    ((PyDescrObject *)desc)->d_type = &PyList_Type;
    ((PyDescrObject *)desc)->d_name = Py_None;
    LINE("PyDescr_TYPE/NAME %d %d", PyDescr_TYPE(desc) == &PyList_Type,
         PyDescr_NAME(desc) == Py_None);
}

/* Builds a compact string of the given kind holding `n` code points. */
static PyObject *make_str(Scratch *s, int kind, int ascii, const Py_UCS4 *cps, Py_ssize_t n) {
    PyUnicode_Type.tp_flags = Py_TPFLAGS_UNICODE_SUBCLASS;
    PyObject *o = fresh(s, &PyUnicode_Type, 1);
    PyASCIIObject *a = (PyASCIIObject *)o;
    a->length = n;
    a->hash = -1;
    a->state.kind = (unsigned)kind;
    a->state.compact = 1;
    a->state.ascii = (unsigned)ascii;
    void *data = ascii ? (void *)(a + 1) : (void *)((PyCompactUnicodeObject *)o + 1);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyUnicode_WRITE(kind, data, i, cps[i]);
    }
    return o;
}

static void describe_str(const char *label, PyObject *o) {
    uint32_t word;
    memcpy(&word, (char *)o + offsetof(PyASCIIObject, state), 4);
    LINE("str(%s) state=0x%08x kind=%d ascii=%u compact=%u compact_ascii=%d interned=%u",
         label, (unsigned)word, (int)PyUnicode_KIND(o), PyUnicode_IS_ASCII(o),
         PyUnicode_IS_COMPACT(o), PyUnicode_IS_COMPACT_ASCII(o), PyUnicode_CHECK_INTERNED(o));
    LINE("str(%s) data_offset=%td length=%lld max=%#x ready=%u/%d", label,
         (char *)PyUnicode_DATA(o) - (char *)o, (long long)PyUnicode_GET_LENGTH(o),
         (unsigned)PyUnicode_MAX_CHAR_VALUE(o), PyUnicode_IS_READY(o), PyUnicode_READY(o));
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(o); i++) {
        LINE("str(%s)[%lld] READ_CHAR=%#x READ=%#x", label, (long long)i,
             (unsigned)PyUnicode_READ_CHAR(o, i),
             (unsigned)PyUnicode_READ(PyUnicode_KIND(o), PyUnicode_DATA(o), i));
    }
}

static void probe_unicode(void) {
    LINE("section behaviour: str");
    Scratch s;
    static const Py_UCS4 ascii[] = {'h', 'i', '!'};
    static const Py_UCS4 latin1[] = {'c', 0xE9, 0xFF};
    static const Py_UCS4 ucs2[] = {'a', 0x3A9, 0xFFFF};
    static const Py_UCS4 ucs4[] = {0x1F600, 'z', 0x10FFFF};
    describe_str("ascii", make_str(&s, PyUnicode_1BYTE_KIND, 1, ascii, 3));
    LINE("str(ascii) 1BYTE_DATA %.3s", (char *)PyUnicode_1BYTE_DATA((PyObject *)s.bytes));
    describe_str("latin1", make_str(&s, PyUnicode_1BYTE_KIND, 0, latin1, 3));
    describe_str("ucs2", make_str(&s, PyUnicode_2BYTE_KIND, 0, ucs2, 3));
    LINE("str(ucs2) 2BYTE_DATA[1] %#x", (unsigned)PyUnicode_2BYTE_DATA((PyObject *)s.bytes)[1]);
    describe_str("ucs4", make_str(&s, PyUnicode_4BYTE_KIND, 0, ucs4, 3));
    LINE("str(ucs4) 4BYTE_DATA[0] %#x", (unsigned)PyUnicode_4BYTE_DATA((PyObject *)s.bytes)[0]);

    /* Interned states. */
    PyObject *o = make_str(&s, PyUnicode_1BYTE_KIND, 1, ascii, 3);
    ((PyASCIIObject *)o)->state.interned = SSTATE_INTERNED_IMMORTAL_STATIC;
    ((PyASCIIObject *)o)->state.statically_allocated = 1;
    describe_str("interned", o);

    /* A non-compact string: the characters are elsewhere. */
    Py_UCS2 outside[2] = {0x41, 0x2603};
    PyUnicode_Type.tp_flags = Py_TPFLAGS_UNICODE_SUBCLASS;
    o = fresh(&s, &PyUnicode_Type, 1);
    PyUnicodeObject *u = (PyUnicodeObject *)o;
    u->_base._base.length = 2;
    u->_base._base.state.kind = PyUnicode_2BYTE_KIND;
    u->data.ucs2 = outside;
    LINE("str(noncompact) data_is_buffer=%d", PyUnicode_DATA(o) == (void *)outside);
    LINE("str(noncompact) compact=%u READ_CHAR(1)=%#x max=%#x", PyUnicode_IS_COMPACT(o),
         (unsigned)PyUnicode_READ_CHAR(o, 1), (unsigned)PyUnicode_MAX_CHAR_VALUE(o));

    /* WRITE/READ on raw arrays, and the value truncation WRITE does. */
    Py_UCS1 b1[2] = {0};
    Py_UCS2 b2[2] = {0};
    Py_UCS4 b4[2] = {0};
    PyUnicode_WRITE(PyUnicode_1BYTE_KIND, b1, 1, 0xE9);
    PyUnicode_WRITE(PyUnicode_2BYTE_KIND, b2, 1, 0x20AC);
    PyUnicode_WRITE(PyUnicode_4BYTE_KIND, b4, 1, 0x10348);
    LINE("PyUnicode_WRITE %#x %#x %#x", b1[1], b2[1], (unsigned)b4[1]);
    LINE("PyUnicode_READ %#x %#x %#x", (unsigned)PyUnicode_READ(1, b1, 1),
         (unsigned)PyUnicode_READ(2, b2, 1), (unsigned)PyUnicode_READ(4, b4, 1));

    /* Surrogates. */
    static const Py_UCS4 probes[] = {0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0x1F600};
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        Py_UCS4 ch = probes[i];
        LINE("surrogate(%#x) is=%d high=%d low=%d", (unsigned)ch, Py_UNICODE_IS_SURROGATE(ch),
             Py_UNICODE_IS_HIGH_SURROGATE(ch), Py_UNICODE_IS_LOW_SURROGATE(ch));
    }
    LINE("Py_UNICODE_HIGH/LOW_SURROGATE(0x1F600) %#x %#x",
         (unsigned)Py_UNICODE_HIGH_SURROGATE(0x1F600), (unsigned)Py_UNICODE_LOW_SURROGATE(0x1F600));
    LINE("Py_UNICODE_HIGH/LOW_SURROGATE(0x10FFFF) %#x %#x",
         (unsigned)Py_UNICODE_HIGH_SURROGATE(0x10FFFF),
         (unsigned)Py_UNICODE_LOW_SURROGATE(0x10FFFF));
    LINE("Py_UNICODE_JOIN_SURROGATES %#x %#x",
         (unsigned)Py_UNICODE_JOIN_SURROGATES(0xD83D, 0xDE00),
         (unsigned)Py_UNICODE_JOIN_SURROGATES(0xDBFF, 0xDFFF));
}

static PyObject *richcompare_int(long a, long b, int op) {
    Py_RETURN_RICHCOMPARE(a, b, op);
}
static PyObject *richcompare_double(double a, double b, int op) {
    Py_RETURN_RICHCOMPARE(a, b, op);
}
static PyObject *return_none(void) {
    Py_RETURN_NONE;
}
static PyObject *return_notimplemented(void) {
    Py_RETURN_NOTIMPLEMENTED;
}
static PyObject *return_true(void) {
    Py_RETURN_TRUE;
}
static PyObject *return_false(void) {
    Py_RETURN_FALSE;
}

static int visits;
static int visit_count(PyObject *o, void *arg) {
    (void)o;
    visits++;
    return *(int *)arg;
}
static int traverse3(PyObject *a, PyObject *b, PyObject *c, visitproc visit, void *arg) {
    Py_VISIT(a);
    Py_VISIT(b);
    Py_VISIT(c);
    return 0;
}

static int unused_param(PyObject *Py_UNUSED(self)) {
    return 7;
}

PyDoc_STRVAR(probe_doc, "a docstring");

static void probe_macros(void) {
    LINE("section behaviour: macros");
    static const char *const ops[] = {"LT", "LE", "EQ", "NE", "GT", "GE"};
    static const long pairs[][2] = {{1, 2}, {2, 2}, {2, 1}};
    for (int op = Py_LT; op <= Py_GE; op++) {
        for (int p = 0; p < 3; p++) {
            PyObject *r = richcompare_int(pairs[p][0], pairs[p][1], op);
            LINE("Py_RETURN_RICHCOMPARE(%ld %s %ld) %s", pairs[p][0], ops[op], pairs[p][1],
                 r == Py_True ? "True" : r == Py_False ? "False" : "?");
        }
        PyObject *r = richcompare_double(NAN, 1.0, op);
        LINE("Py_RETURN_RICHCOMPARE(nan %s 1.0) %s", ops[op],
             r == Py_True ? "True" : r == Py_False ? "False" : "?");
    }
    LINE("Py_RETURN_NONE %d", return_none() == Py_None);
    LINE("Py_RETURN_NOTIMPLEMENTED %d", return_notimplemented() == Py_NotImplemented);
    LINE("Py_RETURN_TRUE/FALSE %d %d", return_true() == Py_True, return_false() == Py_False);
    LINE("Py_None/Py_NotImplemented/Py_Ellipsis/Py_True/Py_False %d %d %d %d %d",
         Py_None == &_Py_NoneStruct, Py_NotImplemented == &_Py_NotImplementedStruct,
         Py_Ellipsis == &_Py_EllipsisObject, (void *)Py_True == (void *)&_Py_TrueStruct,
         (void *)Py_False == (void *)&_Py_FalseStruct);

    LINE("Py_MIN(3, 5) %d Py_MAX(3, 5) %d", Py_MIN(3, 5), Py_MAX(3, 5));
    LINE("Py_MIN(-2, -7) %d Py_MAX(-2, -7) %d", Py_MIN(-2, -7), Py_MAX(-2, -7));
    LINE("Py_MIN(nan, 1) isnan=%d Py_MIN(1, nan) isnan=%d", isnan(Py_MIN(NAN, 1.0)) != 0,
         isnan(Py_MIN(1.0, NAN)) != 0);
    LINE("Py_MAX(nan, 1) isnan=%d Py_MAX(1, nan) isnan=%d", isnan(Py_MAX(NAN, 1.0)) != 0,
         isnan(Py_MAX(1.0, NAN)) != 0);
    LINE("Py_MIN(-0.0, 0.0) signbit=%d Py_MAX(-0.0, 0.0) signbit=%d",
         signbit(Py_MIN(-0.0, 0.0)) != 0, signbit(Py_MAX(-0.0, 0.0)) != 0);
    LINE("Py_MIN(0.0, -0.0) signbit=%d Py_MAX(0.0, -0.0) signbit=%d",
         signbit(Py_MIN(0.0, -0.0)) != 0, signbit(Py_MAX(0.0, -0.0)) != 0);
    LINE("Py_ABS %d %d %g signbit(-0.0)=%d", Py_ABS(-3), Py_ABS(4), Py_ABS(-2.5),
         signbit(Py_ABS(-0.0)) != 0);
    LINE("Py_CHARMASK %d %d %d", Py_CHARMASK(-1), Py_CHARMASK(0x1FF), Py_CHARMASK('a'));
    LINE("type(Py_CHARMASK) %s", TYPE_NAME(Py_CHARMASK(1)));
    int arr[7];
    (void)arr;
    LINE("Py_ARRAY_LENGTH %zu", (size_t)Py_ARRAY_LENGTH(arr));
    LINE("Py_STRINGIFY %s %s", Py_STRINGIFY(PY_MINOR_VERSION), Py_STRINGIFY(a + b));
    LINE("Py_MEMBER_SIZE %zu %zu", Py_MEMBER_SIZE(PyListObject, allocated),
         Py_MEMBER_SIZE(PyTypeObject, tp_watched));
    LINE("Py_BUILD_ASSERT_EXPR %zu", (size_t)Py_BUILD_ASSERT_EXPR(1));
    Py_BUILD_ASSERT(sizeof(PyObject) == 16);
    LINE("_Py_SIZE_ROUND_UP/DOWN %zu %zu %zu", _Py_SIZE_ROUND_UP(13, 8),
         _Py_SIZE_ROUND_DOWN(13, 8), _Py_SIZE_ROUND_UP(16, 8));
    LINE("_Py_ALIGN_UP/DOWN %lu %lu", (unsigned long)(uintptr_t)_Py_ALIGN_UP((void *)21, 16),
         (unsigned long)(uintptr_t)_Py_ALIGN_DOWN((void *)21, 16));
    LINE("_Py_IS_ALIGNED %d %d", _Py_IS_ALIGNED((void *)32, 16), _Py_IS_ALIGNED((void *)40, 16));
    LINE("_Py_IS_TYPE_SIGNED %d %d", _Py_IS_TYPE_SIGNED(int), _Py_IS_TYPE_SIGNED(unsigned));
    LINE("_Py_RVALUE %d", _Py_RVALUE(41) + 1);
    LINE("PyVectorcall_NARGS %lld %lld",
         (long long)PyVectorcall_NARGS(3 | PY_VECTORCALL_ARGUMENTS_OFFSET),
         (long long)PyVectorcall_NARGS((size_t)5));
    LINE("Py_UNUSED %d", unused_param(NULL));
    LINE("PyDoc_STRVAR %s %zu", probe_doc, sizeof probe_doc);
    LINE("PyDoc_STR %s", PyDoc_STR("x"));

    Scratch s1, s2;
    PyObject *a = fresh(&s1, &PyFloat_Type, 1);
    PyObject *c = fresh(&s2, &PyFloat_Type, 1);
    int go_on = 0, stop = 9;
    visits = 0;
    int r = traverse3(a, NULL, c, visit_count, &go_on);
    LINE("Py_VISIT(a, NULL, c) visits=%d result=%d", visits, r);
    visits = 0;
    r = traverse3(a, NULL, c, visit_count, &stop);
    LINE("Py_VISIT stopping visits=%d result=%d", visits, r);

    PyMethodDef md = {"f", _PyCFunction_CAST(richcompare_int), METH_FASTCALL, NULL};
    LINE("_PyCFunction_CAST %s %d", md.ml_name, md.ml_flags);
}

int main(void) {
    probe_scalars();
    probe_structs();
    probe_bitfields();
    probe_constants();
    probe_declarations();
    probe_refcounts();
    probe_initialisers();
    probe_type_checks();
    probe_containers();
    probe_unicode();
    probe_macros();
    fprintf(stderr, "layout_probe: %lld lines\n", lines_printed);
    return 0;
}
