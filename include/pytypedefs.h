/* pytypedefs.h -- the struct tags and typedef names that the other headers refer to
 * before (or without) defining them.
 *
 * Part of Molt's Python.h. The tags are CPython's (`struct _object`, `struct
 * _typeobject`, ...), so extensions that forward-declare them keep compiling. Types
 * whose layout is Molt's own (int objects) or that the C-API keeps private (code,
 * frames, thread and interpreter states) stay incomplete here and everywhere else. */
#ifndef Py_PYTYPEDEFS_H
#define Py_PYTYPEDEFS_H

typedef struct PyModuleDef PyModuleDef;
typedef struct PyModuleDef_Slot PyModuleDef_Slot;
typedef struct PyMethodDef PyMethodDef;
typedef struct PyGetSetDef PyGetSetDef;
typedef struct PyMemberDef PyMemberDef;

typedef struct _object PyObject;
typedef struct _longobject PyLongObject; /* opaque: Molt's int layout is its own */
typedef struct _typeobject PyTypeObject;
typedef struct PyCodeObject PyCodeObject;     /* opaque */
typedef struct _frame PyFrameObject;          /* opaque */
typedef struct _ts PyThreadState;             /* opaque */
typedef struct _is PyInterpreterState;        /* opaque */

#endif /* Py_PYTYPEDEFS_H */
