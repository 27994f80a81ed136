/* methodobject.h -- functions written in C: the PyMethodDef table entry, the calling
 * conventions (METH_*), and builtin_function_or_method objects (PyCFunctionObject).
 *
 * Part of Molt's Python.h. PyMethodDef and PyCFunctionObject have CPython 3.12's
 * layout, which is also the layout of Molt's own builtins, so a C extension's
 * functions and Molt's are called through the same path. */
#ifndef Py_METHODOBJECT_H
#define Py_METHODOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

/* builtin_function_or_method */
PyAPI_DATA(PyTypeObject) PyCFunction_Type;
#define PyCFunction_CheckExact(op) Py_IS_TYPE((op), &PyCFunction_Type)
#define PyCFunction_Check(op) PyObject_TypeCheck((op), &PyCFunction_Type)

/* The C signatures, by calling convention. ml_meth is declared as the first; a table
 * entry of another convention casts its function with _PyCFunction_CAST. */
typedef PyObject *(*PyCFunction)(PyObject *, PyObject *);               /* METH_NOARGS, METH_O, METH_VARARGS */
typedef PyObject *(*_PyCFunctionFast)(PyObject *, PyObject *const *, Py_ssize_t); /* METH_FASTCALL */
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *, PyObject *, PyObject *); /* METH_VARARGS | METH_KEYWORDS */
typedef PyObject *(*_PyCFunctionFastWithKeywords)(PyObject *, PyObject *const *, Py_ssize_t,
                                                  PyObject *); /* METH_FASTCALL | METH_KEYWORDS */
typedef PyObject *(*PyCMethod)(PyObject *, PyTypeObject *, PyObject *const *, size_t,
                               PyObject *); /* METH_METHOD | METH_FASTCALL | METH_KEYWORDS */

/* Casts any function pointer to PyCFunction, going through void (*)(void) so that
 * compilers do not warn about the signature change. */
#define _PyCFunction_CAST(func) _Py_CAST(PyCFunction, _Py_CAST(void (*)(void), (func)))

struct PyMethodDef {
    const char *ml_name;  /* Python-visible name */
    PyCFunction ml_meth;  /* the C function, of the signature ml_flags selects */
    int ml_flags;         /* METH_* */
    const char *ml_doc;   /* docstring, or NULL */
};

/* Calling conventions. Exactly one of NOARGS, O, VARARGS and FASTCALL, optionally with
 * KEYWORDS (VARARGS, FASTCALL) and METHOD (FASTCALL | KEYWORDS). */
#define METH_VARARGS 0x0001
#define METH_KEYWORDS 0x0002
#define METH_NOARGS 0x0004
#define METH_O 0x0008
/* For methods of a type: bind to the class / bind to nothing. */
#define METH_CLASS 0x0010
#define METH_STATIC 0x0020
/* Keep this method even where a slot wrapper of the same name exists. */
#define METH_COEXIST 0x0040
#define METH_FASTCALL 0x0080
#define METH_STACKLESS 0x0000 /* a Stackless Python bit; always 0 here */
/* The function also receives the class that defines the method. */
#define METH_METHOD 0x0200

/* PyCFunction_New(def, self) and PyCFunction_NewEx(def, self, module) are spelled as
 * calls of PyCMethod_New, as in CPython. */
#define PyCFunction_New(ML, SELF) PyCFunction_NewEx((ML), (SELF), _Py_NULL)
#define PyCFunction_NewEx(ML, SELF, MOD) PyCMethod_New((ML), (SELF), (MOD), _Py_NULL)

/* A PyMethodDef made callable, optionally bound to m_self. */
typedef struct {
    PyObject_HEAD
    PyMethodDef *m_ml;        /* the definition; never NULL */
    PyObject *m_self;         /* first argument of the C function, may be NULL */
    PyObject *m_module;       /* __module__ */
    PyObject *m_weakreflist;
    vectorcallfunc vectorcall;
} PyCFunctionObject;

#define _PyCFunctionObject_CAST(func) \
    (assert(PyCFunction_Check(func)), _Py_CAST(PyCFunctionObject *, (func)))

/* Direct field access without type checks. */
static inline PyCFunction PyCFunction_GET_FUNCTION(PyObject *func) {
    return _PyCFunctionObject_CAST(func)->m_ml->ml_meth;
}
#define PyCFunction_GET_FUNCTION(func) PyCFunction_GET_FUNCTION(_PyObject_CAST(func))

/* m_self, or NULL for a METH_STATIC function. */
static inline PyObject *PyCFunction_GET_SELF(PyObject *func) {
    PyCFunctionObject *f = _PyCFunctionObject_CAST(func);
    return (f->m_ml->ml_flags & METH_STATIC) ? _Py_NULL : f->m_self;
}
#define PyCFunction_GET_SELF(func) PyCFunction_GET_SELF(_PyObject_CAST(func))

static inline int PyCFunction_GET_FLAGS(PyObject *func) {
    return _PyCFunctionObject_CAST(func)->m_ml->ml_flags;
}
#define PyCFunction_GET_FLAGS(func) PyCFunction_GET_FLAGS(_PyObject_CAST(func))

#ifdef __cplusplus
}
#endif
#endif /* Py_METHODOBJECT_H */
