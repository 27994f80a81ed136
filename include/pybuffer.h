/* pybuffer.h -- the buffer protocol's data structure (Py_buffer), the slot function
 * types that fill and release it, and the PyBUF_* request flags.
 *
 * Part of Molt's Python.h; layout and values are CPython 3.12's. */
#ifndef Py_BUFFER_H
#define Py_BUFFER_H
#ifdef __cplusplus
extern "C" {
#endif

/* A view of an object's memory, filled by the exporter's bf_getbuffer. */
typedef struct {
    void *buf;             /* start of the memory */
    PyObject *obj;         /* the exporting object (a strong reference), or NULL */
    Py_ssize_t len;        /* total bytes */
    Py_ssize_t itemsize;   /* bytes per element */
    int readonly;
    int ndim;
    char *format;          /* struct-module format of one element, or NULL for "B" */
    Py_ssize_t *shape;     /* ndim extents, or NULL */
    Py_ssize_t *strides;   /* ndim byte steps, or NULL */
    Py_ssize_t *suboffsets;
    void *internal;        /* exporter's private data */
} Py_buffer;

typedef int (*getbufferproc)(PyObject *, Py_buffer *, int);
typedef void (*releasebufferproc)(PyObject *, Py_buffer *);

#define PyBUF_MAX_NDIM 64

/* What the consumer asks for. */
#define PyBUF_SIMPLE 0
#define PyBUF_WRITABLE 0x0001
#define PyBUF_WRITEABLE PyBUF_WRITABLE
#define PyBUF_FORMAT 0x0004
#define PyBUF_ND 0x0008
#define PyBUF_STRIDES (0x0010 | PyBUF_ND)
#define PyBUF_C_CONTIGUOUS (0x0020 | PyBUF_STRIDES)
#define PyBUF_F_CONTIGUOUS (0x0040 | PyBUF_STRIDES)
#define PyBUF_ANY_CONTIGUOUS (0x0080 | PyBUF_STRIDES)
#define PyBUF_INDIRECT (0x0100 | PyBUF_STRIDES)

/* Common combinations. */
#define PyBUF_CONTIG (PyBUF_ND | PyBUF_WRITABLE)
#define PyBUF_CONTIG_RO (PyBUF_ND)
#define PyBUF_STRIDED (PyBUF_STRIDES | PyBUF_WRITABLE)
#define PyBUF_STRIDED_RO (PyBUF_STRIDES)
#define PyBUF_RECORDS (PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_RECORDS_RO (PyBUF_STRIDES | PyBUF_FORMAT)
#define PyBUF_FULL (PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_FULL_RO (PyBUF_INDIRECT | PyBUF_FORMAT)

/* Access modes of PyMemoryView_FromMemory. */
#define PyBUF_READ 0x100
#define PyBUF_WRITE 0x200

#ifdef __cplusplus
}
#endif
#endif /* Py_BUFFER_H */
