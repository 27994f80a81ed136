/* pyerrors_format.c -- printf-style C-API functions: PyUnicode_FromFormat(V),
 * PyErr_Format(V) and PyErr_WarnFormat. The format is walked here (the va_list must be
 * read in C); objects (%S %R %A %U %V) are turned into text by the Rust half. */
#include "molt_shim.h"

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
} Out;

static void out_put(Out *o, const char *s, size_t n) {
    if (o->failed) {
        return;
    }
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 64;
        while (o->len + n + 1 > cap) {
            cap *= 2;
        }
        char *nb = (char *)realloc(o->buf, cap);
        if (nb == NULL) {
            o->failed = 1;
            return;
        }
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

/* Number of UTF-8 code points in s[0..n). */
static Py_ssize_t utf8_chars(const char *s, Py_ssize_t n) {
    Py_ssize_t c = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    return c;
}

/* Byte length of the first `chars` code points of s[0..n). */
static Py_ssize_t utf8_prefix(const char *s, Py_ssize_t n, Py_ssize_t chars) {
    Py_ssize_t c = 0, i = 0;
    for (; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (c == chars) {
                break;
            }
            c++;
        }
    }
    return i;
}

/* Appends text with a width (code points, right-aligned unless `left`) and a precision
 * (at most that many code points; -1: all). */
static void out_text(Out *o, const char *s, Py_ssize_t n, Py_ssize_t width, Py_ssize_t prec,
                     int left) {
    if (prec >= 0) {
        n = utf8_prefix(s, n, prec);
    }
    Py_ssize_t chars = utf8_chars(s, n);
    if (!left) {
        for (; width > chars; width--) {
            out_put(o, " ", 1);
        }
    }
    out_put(o, s, (size_t)n);
    if (left) {
        for (; width > chars; width--) {
            out_put(o, " ", 1);
        }
    }
}

static void out_codepoint(Out *o, unsigned int c) {
    char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (c >> 18));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    out_put(o, b, n);
}

static int out_object(Out *o, PyObject *obj, int how, Py_ssize_t width, Py_ssize_t prec,
                      int left) {
    PyObject *keep = NULL;
    Py_ssize_t n = 0;
    const char *t = _molt_capi_object_text(obj, how, &n, &keep);
    if (t == NULL) {
        return -1;
    }
    out_text(o, t, n, width, prec, left);
    Py_XDECREF(keep);
    return 0;
}

/* Formats like CPython 3.12's PyUnicode_FromFormatV: %% %c %d %i %u %x %X %o (with the
 * l, ll, z, t, j modifiers), %s %ls %p %S %R %A %U %V, flags '-' and '0', width and
 * precision (also '*'). Return value: new reference, or NULL with an exception set. */
PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *format, va_list vargs) {
    Out o = {NULL, 0, 0, 0};
    va_list va;
    va_copy(va, vargs);
    const char *f = format;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%') {
                f++;
            }
            out_put(&o, start, (size_t)(f - start));
            continue;
        }
        const char *spec = f;
        f++;
        if (*f == '%') {
            out_put(&o, "%", 1);
            f++;
            continue;
        }
        int left = 0, zero = 0;
        while (*f == '-' || *f == '0') {
            if (*f == '-') {
                left = 1;
            } else {
                zero = 1;
            }
            f++;
        }
        Py_ssize_t width = -1, prec = -1;
        if (*f == '*') {
            width = va_arg(va, int);
            if (width < 0) {
                left = 1;
                width = -width;
            }
            f++;
        } else if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9') {
                width = width * 10 + (*f - '0');
                f++;
            }
        }
        if (*f == '.') {
            f++;
            if (*f == '*') {
                prec = va_arg(va, int);
                f++;
            } else {
                prec = 0;
                while (*f >= '0' && *f <= '9') {
                    prec = prec * 10 + (*f - '0');
                    f++;
                }
            }
        }
        /* Length modifier: 0 int, 1 long, 2 long long, 3 size_t/ptrdiff_t/intmax_t. */
        int size = 0;
        if (*f == 'l') {
            size = 1;
            f++;
            if (*f == 'l') {
                size = 2;
                f++;
            }
        } else if (*f == 'z' || *f == 't' || *f == 'j') {
            size = 3;
            f++;
        }
        char conv = *f;
        char tmp[128];
        char cfmt[32];
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            int signed_conv = (conv == 'd' || conv == 'i');
            /* Rebuild the C conversion with the same flags, width and precision. */
            char *p = cfmt;
            *p++ = '%';
            if (left) {
                *p++ = '-';
            }
            if (zero) {
                *p++ = '0';
            }
            if (width >= 0) {
                p += snprintf(p, 12, "%d", (int)(width > 100 ? 100 : width));
            }
            if (prec >= 0) {
                p += snprintf(p, 13, ".%d", (int)(prec > 100 ? 100 : prec));
            }
            *p++ = 'l';
            *p++ = 'l';
            *p++ = conv;
            *p = 0;
            if (signed_conv) {
                long long v;
                if (size == 0) {
                    v = va_arg(va, int);
                } else if (size == 1) {
                    v = va_arg(va, long);
                } else if (size == 2) {
                    v = va_arg(va, long long);
                } else {
                    v = va_arg(va, Py_ssize_t);
                }
                snprintf(tmp, sizeof tmp, cfmt, v);
            } else {
                unsigned long long v;
                if (size == 0) {
                    v = va_arg(va, unsigned int);
                } else if (size == 1) {
                    v = va_arg(va, unsigned long);
                } else if (size == 2) {
                    v = va_arg(va, unsigned long long);
                } else {
                    v = va_arg(va, size_t);
                }
                snprintf(tmp, sizeof tmp, cfmt, v);
            }
            out_put(&o, tmp, strlen(tmp));
            break;
        }
        case 'c': {
            int c = va_arg(va, int);
            if (c < 0 || c > 0x10ffff) {
                PyErr_SetString(PyExc_OverflowError, "character argument not in range(0x110000)");
                goto fail;
            }
            out_codepoint(&o, (unsigned int)c);
            break;
        }
        case 'p': {
            int n = snprintf(tmp + 2, sizeof tmp - 2, "%p", va_arg(va, void *));
            char *s = tmp + 2;
            /* %p is implementation-defined: make sure of a leading 0x, as CPython does. */
            if (s[1] == 'X') {
                s[1] = 'x';
            } else if (s[1] != 'x') {
                s = tmp;
                s[0] = '0';
                s[1] = 'x';
                n += 2;
            }
            out_put(&o, s, (size_t)n);
            break;
        }
        case 's': {
            if (size == 1) {
                /* %ls: a wchar_t string. */
                const wchar_t *w = va_arg(va, const wchar_t *);
                Out t = {NULL, 0, 0, 0};
                for (Py_ssize_t i = 0; w != NULL && w[i] != 0 && (prec < 0 || i < prec); i++) {
                    out_codepoint(&t, (unsigned int)w[i]);
                }
                out_text(&o, t.buf ? t.buf : "", (Py_ssize_t)t.len, width, -1, left);
                free(t.buf);
                break;
            }
            const char *s = va_arg(va, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            out_text(&o, s, (Py_ssize_t)strlen(s), width, prec, left);
            break;
        }
        case 'U': {
            PyObject *obj = va_arg(va, PyObject *);
            if (out_object(&o, obj, 3, width, prec, left) < 0) {
                goto fail;
            }
            break;
        }
        case 'V': {
            PyObject *obj = va_arg(va, PyObject *);
            const char *s = va_arg(va, const char *);
            if (obj != NULL) {
                if (out_object(&o, obj, 3, width, prec, left) < 0) {
                    goto fail;
                }
            } else {
                out_text(&o, s, (Py_ssize_t)strlen(s), width, prec, left);
            }
            break;
        }
        case 'S': case 'R': case 'A': {
            PyObject *obj = va_arg(va, PyObject *);
            if (out_object(&o, obj, conv == 'S' ? 0 : conv == 'R' ? 1 : 2, width, prec, left) < 0) {
                goto fail;
            }
            break;
        }
        default:
            /* An unknown conversion: like CPython 3.12, copy the rest of the format. */
            out_put(&o, spec, strlen(spec));
            f = spec + strlen(spec);
            continue;
        }
        f++;
    }
    va_end(va);
    if (o.failed) {
        free(o.buf);
        return PyErr_NoMemory();
    }
    PyObject *r = _molt_capi_str_from_utf8(o.buf ? o.buf : "", (Py_ssize_t)o.len);
    free(o.buf);
    return r;
fail:
    va_end(va);
    free(o.buf);
    return NULL;
}

/* PyUnicode_FromFormatV with variadic arguments. Return value: new reference. */
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}

/* Raises `exception` with a message formatted as by PyUnicode_FromFormatV. Always
 * returns NULL. */
PyAPI_FUNC(PyObject *) PyErr_FormatV(PyObject *exception, const char *format, va_list vargs) {
    PyObject *msg = PyUnicode_FromFormatV(format, vargs);
    if (msg != NULL) {
        PyErr_SetObject(exception, msg);
        Py_DECREF(msg);
    }
    return NULL;
}

/* PyErr_FormatV with variadic arguments. Always returns NULL. */
PyAPI_FUNC(PyObject *) PyErr_Format(PyObject *exception, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyErr_FormatV(exception, format, va);
    va_end(va);
    return NULL;
}

/* Issues a warning with a formatted message (see PyErr_WarnEx). 0, or -1 when the
 * warning was turned into an exception. */
PyAPI_FUNC(int) PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level,
                                 const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *msg = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (msg == NULL) {
        return -1;
    }
    int r = _molt_capi_warn_obj(category, msg, stack_level);
    Py_DECREF(msg);
    return r;
}
