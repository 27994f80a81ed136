/* pystate.h -- the GIL, thread states and PyThread locks, as far as extensions use
 * them: PyGILState_Ensure/Release, Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS
 * (CPython's ceval.h), PyThread_type_lock (CPython's pythread.h).
 *
 * Part of Molt's Python.h. Molt programs run on one thread without a GIL: the GIL
 * functions do nothing (PyGILState_Ensure returns PyGILState_LOCKED); the locks are
 * real mutexes (libmolt-capi/src/pystate.rs). */
#ifndef Py_PYSTATE_H
#define Py_PYSTATE_H
#ifdef __cplusplus
extern "C" {
#endif

typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;

PyAPI_FUNC(PyGILState_STATE) PyGILState_Ensure(void);
PyAPI_FUNC(void) PyGILState_Release(PyGILState_STATE);
PyAPI_FUNC(int) PyGILState_Check(void);
PyAPI_FUNC(PyThreadState *) PyEval_SaveThread(void);
PyAPI_FUNC(void) PyEval_RestoreThread(PyThreadState *);
PyAPI_FUNC(PyThreadState *) PyThreadState_Get(void);

/* Release the GIL around blocking C code (a no-op pair in Molt). */
#define Py_BEGIN_ALLOW_THREADS { \
                        PyThreadState *_save; \
                        _save = PyEval_SaveThread();
#define Py_BLOCK_THREADS        PyEval_RestoreThread(_save);
#define Py_UNBLOCK_THREADS      _save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS    PyEval_RestoreThread(_save); \
                 }

typedef void *PyThread_type_lock;
#define WAIT_LOCK 1
#define NOWAIT_LOCK 0

PyAPI_FUNC(PyThread_type_lock) PyThread_allocate_lock(void);
PyAPI_FUNC(void) PyThread_free_lock(PyThread_type_lock);
PyAPI_FUNC(int) PyThread_acquire_lock(PyThread_type_lock, int);
PyAPI_FUNC(void) PyThread_release_lock(PyThread_type_lock);
PyAPI_FUNC(unsigned long) PyThread_get_thread_ident(void);

#ifdef __cplusplus
}
#endif
#endif /* Py_PYSTATE_H */
