/* molt_shim.h -- private interface between libmolt-capi's C half (the C-variadic
 * entry points in this directory) and its Rust half. Not part of Python.h: these
 * `_molt_capi_*` functions are exported by the Rust crate for the shim only. */
#ifndef MOLT_SHIM_H
#define MOLT_SHIM_H
#include "Python.h"

/* A C-API function of the Rust half that the shim calls (also declared by
 * molt_capi_generated.h; repeated so that the shim builds before it is regenerated). */
PyObject *PyErr_NoMemory(void);

/* One variadic argument of Py_BuildValue, already read with the C type its format
 * code names (the Rust side knows which member to read from the format). */
typedef struct {
    union {
        long long i;
        unsigned long long u;
        double d;
        void *p;
    } v;
} MoltBuildArg;

/* The argument parsers. `ptrs` holds the output addresses (and the O! types, O&
 * converters) in format order. mode: 0 tuple, 1 tuple and keywords, 2 PyArg_Parse;
 * | 0x100 when called without PY_SSIZE_T_CLEAN ('#' rejected). */
int _molt_capi_parse(PyObject *args, PyObject *kwargs, const char *format,
                     char *const *kwlist, void *const *ptrs, Py_ssize_t nptrs, int mode);
/* Py_BuildValue over the values read from the va_list (flags 0x100: called without
 * PY_SSIZE_T_CLEAN, '#' rejected). New reference or NULL. */
PyObject *_molt_capi_build(const char *format, const MoltBuildArg *vals, Py_ssize_t n,
                           int flags);
/* A str from UTF-8 (invalid bytes replaced). New reference or NULL. */
PyObject *_molt_capi_str_from_utf8(const char *s, Py_ssize_t n);
/* The UTF-8 text of str(o) (how 0), repr(o) (1), ascii(o) (2) or the str o itself (3);
 * *keep receives a new reference to release once the text is copied. */
const char *_molt_capi_object_text(PyObject *o, int how, Py_ssize_t *len, PyObject **keep);
/* Calls `callable` with the result of Py_BuildValue (stolen): a tuple is the argument
 * list, another object the single argument, NULL no arguments. */
PyObject *_molt_capi_call_built(PyObject *callable, PyObject *built);
/* A tuple of the n objects (borrowed). New reference or NULL. */
PyObject *_molt_capi_tuple_from_array(PyObject *const *items, Py_ssize_t n);
/* Issues a warning whose message is UTF-8 text (as PyErr_WarnEx). */
int _molt_capi_warn_obj(PyObject *category, PyObject *message, Py_ssize_t stack_level);

#endif
