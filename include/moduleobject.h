/* moduleobject.h -- module objects and the module definition an extension's PyInit_*
 * function returns or passes to PyModule_Create (PyModuleDef, its slots for
 * multi-phase initialisation, PEP 489).
 *
 * Part of Molt's Python.h. PyModuleDef and friends have CPython 3.12's layout. The
 * module object's own struct is private to CPython and stays private here: extensions
 * reach a module's dict, state and definition through functions. */
#ifndef Py_MODULEOBJECT_H
#define Py_MODULEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyModule_Type;
#define PyModule_Check(op) PyObject_TypeCheck((op), &PyModule_Type)
#define PyModule_CheckExact(op) Py_IS_TYPE((op), &PyModule_Type)

/* The header of every PyModuleDef. Extensions initialise it with
 * PyModuleDef_HEAD_INIT and never touch it afterwards. */
typedef struct PyModuleDef_Base {
    PyObject_HEAD
    PyObject *(*m_init)(void); /* the PyInit_* function, for re-initialisation */
    Py_ssize_t m_index;        /* the module's index in the interpreter's table */
    PyObject *m_copy;          /* a copy of a single-phase module's dict */
} PyModuleDef_Base;

#define PyModuleDef_HEAD_INIT           \
    {                                   \
        PyObject_HEAD_INIT(_Py_NULL)    \
        _Py_NULL, /* m_init */          \
        0,        /* m_index */         \
        _Py_NULL, /* m_copy */          \
    }

/* One step of multi-phase initialisation; an array of them ends with {0, NULL}. */
struct PyModuleDef_Slot {
    int slot;    /* Py_mod_* */
    void *value; /* the function, or for Py_mod_multiple_interpreters a constant */
};

#define Py_mod_create 1                /* PyObject *create(PyObject *spec, PyModuleDef *) */
#define Py_mod_exec 2                  /* int exec(PyObject *module) */
#define Py_mod_multiple_interpreters 3 /* value: one of the three constants below */
#define _Py_mod_LAST_SLOT 3

/* Values of the Py_mod_multiple_interpreters slot. (3.12 has no separate Py_mod_gil
 * slot; per-interpreter GIL support is the third value here.) */
#define Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED ((void *)0)
#define Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED ((void *)1)
#define Py_MOD_PER_INTERPRETER_GIL_SUPPORTED ((void *)2)

struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;          /* bytes of per-module state, or -1: no sub-interpreters */
    PyMethodDef *m_methods;     /* module-level functions */
    PyModuleDef_Slot *m_slots;  /* NULL for single-phase initialisation */
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;
};

#ifdef __cplusplus
}
#endif
#endif /* Py_MODULEOBJECT_H */
