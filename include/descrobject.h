/* descrobject.h -- descriptors over a type's C tables: the PyGetSetDef and PyMemberDef
 * table entries, the member type codes (Py_T_*) and flags, and the descriptor objects
 * a type's __dict__ holds for its tp_methods, tp_members and tp_getset entries.
 *
 * Part of Molt's Python.h. All layouts and values are CPython 3.12's; Molt's runtime
 * builds its descriptors with the same structs. */
#ifndef Py_DESCROBJECT_H
#define Py_DESCROBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

typedef PyObject *(*getter)(PyObject *, void *);
typedef int (*setter)(PyObject *, PyObject *, void *);

/* A computed attribute: get/set are called with the entry's closure. */
struct PyGetSetDef {
    const char *name;
    getter get;
    setter set;       /* NULL: read-only */
    const char *doc;
    void *closure;
};

/* An attribute stored at a fixed offset in the instance. */
struct PyMemberDef {
    const char *name;
    int type;          /* Py_T_* */
    Py_ssize_t offset; /* from the start of the object (see Py_RELATIVE_OFFSET) */
    int flags;         /* Py_READONLY, ... */
    const char *doc;
};

/* Member type codes. The numbering is historical and fixed. */
#define Py_T_SHORT 0
#define Py_T_INT 1
#define Py_T_LONG 2
#define Py_T_FLOAT 3
#define Py_T_DOUBLE 4
#define Py_T_STRING 5            /* const char * */
#define _Py_T_OBJECT 6           /* PyObject *, None when NULL (deprecated) */
#define Py_T_CHAR 7              /* a char, as a 1-character str */
#define Py_T_BYTE 8              /* signed char */
#define Py_T_UBYTE 9
#define Py_T_USHORT 10
#define Py_T_UINT 11
#define Py_T_ULONG 12
#define Py_T_STRING_INPLACE 13   /* a char array inside the object */
#define Py_T_BOOL 14             /* a char holding 0 or 1 */
#define Py_T_OBJECT_EX 16        /* PyObject *, AttributeError when NULL */
#define Py_T_LONGLONG 17
#define Py_T_ULONGLONG 18
#define Py_T_PYSSIZET 19
#define _Py_T_NONE 20            /* always None (deprecated) */

/* Member flags. */
#define Py_READONLY 1
#define Py_AUDIT_READ 2
#define _Py_WRITE_RESTRICTED 4   /* no effect; the value stays reserved */
#define Py_RELATIVE_OFFSET 8     /* offset is relative to the subclass's own data */

/* The descriptor types. */
PyAPI_DATA(PyTypeObject) PyClassMethodDescr_Type;
PyAPI_DATA(PyTypeObject) PyGetSetDescr_Type;
PyAPI_DATA(PyTypeObject) PyMemberDescr_Type;
PyAPI_DATA(PyTypeObject) PyMethodDescr_Type;
PyAPI_DATA(PyTypeObject) PyProperty_Type;

/* The fields every descriptor object starts with. */
typedef struct {
    PyObject_HEAD
    PyTypeObject *d_type; /* the type the descriptor belongs to */
    PyObject *d_name;
    PyObject *d_qualname;
} PyDescrObject;

#define PyDescr_COMMON PyDescrObject d_common
#define PyDescr_TYPE(x) (((PyDescrObject *)(x))->d_type)
#define PyDescr_NAME(x) (((PyDescrObject *)(x))->d_name)

/* method_descriptor / classmethod_descriptor: one tp_methods entry. */
typedef struct {
    PyDescr_COMMON;
    PyMethodDef *d_method;
    vectorcallfunc vectorcall;
} PyMethodDescrObject;

/* member_descriptor: one tp_members entry. */
typedef struct {
    PyDescr_COMMON;
    PyMemberDef *d_member;
} PyMemberDescrObject;

/* getset_descriptor: one tp_getset entry. */
typedef struct {
    PyDescr_COMMON;
    PyGetSetDef *d_getset;
} PyGetSetDescrObject;

#ifdef __cplusplus
}
#endif
#endif /* Py_DESCROBJECT_H */
