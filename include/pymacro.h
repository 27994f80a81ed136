/* pymacro.h -- small general-purpose macros of the C-API (min/max, stringify, array
 * length, docstrings, compile-time assertions, alignment helpers).
 *
 * Part of Molt's Python.h; the macro names and their results follow CPython 3.12. */
#ifndef Py_PYMACRO_H
#define Py_PYMACRO_H

/* C11's static_assert, for code that uses the C++ spelling in C. */
#if !defined(static_assert) && !defined(__cplusplus) && defined(__STDC_VERSION__) && \
    __STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 202311L
#  define static_assert _Static_assert
#endif

/* Each argument may be evaluated twice. Py_MIN(x, y) is y only when x > y, and
 * Py_MAX(x, y) is x only when x > y, which fixes the result for unordered (NaN)
 * arguments. */
#define Py_MIN(x, y) (((y) < (x)) ? (y) : (x))
#define Py_MAX(x, y) (((y) < (x)) ? (x) : (y))
#define Py_ABS(x) (((x) < 0) ? -(x) : (x))

/* Py_STRINGIFY expands its argument first, then makes it a string literal. */
#define _Py_XSTRINGIFY(x) #x
#define Py_STRINGIFY(x) _Py_XSTRINGIFY(x)

/* Size of a struct member, without an object. */
#define Py_MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

/* The low byte of a char-like value, as unsigned char. */
#define Py_CHARMASK(c) ((unsigned char)((c) & 0xff))

/* Compile-time assertion usable as an expression (value 0) and as a statement. */
#define Py_BUILD_ASSERT_EXPR(cond) (sizeof(char[1 - 2 * !(cond)]) - 1)
#define Py_BUILD_ASSERT(cond)             \
    do {                                  \
        (void)Py_BUILD_ASSERT_EXPR(cond); \
    } while (0)

/* Number of elements of an array. With GCC and clang, passing a pointer instead of an
 * array is a compile-time error. */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__cplusplus)
#  define _Molt_IS_ARRAY(a) \
      (!__builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0])))
#  define Py_ARRAY_LENGTH(array) \
      (sizeof(array) / sizeof((array)[0]) + Py_BUILD_ASSERT_EXPR(_Molt_IS_ARRAY(array)))
#else
#  define Py_ARRAY_LENGTH(array) (sizeof(array) / sizeof((array)[0]))
#endif

/* Docstrings. */
#define PyDoc_VAR(name) static const char name[]
#define PyDoc_STR(str) str
#define PyDoc_STRVAR(name, str) PyDoc_VAR(name) = PyDoc_STR(str)

/* Rounding sizes and pointers to a power-of-two alignment `a`. */
#define _Py_SIZE_ROUND_DOWN(n, a) ((size_t)(n) & ~(size_t)((a) - 1))
#define _Py_SIZE_ROUND_UP(n, a) (((size_t)(n) + (size_t)((a) - 1)) & ~(size_t)((a) - 1))
#define _Py_ALIGN_DOWN(p, a) ((void *)((uintptr_t)(p) & ~(uintptr_t)((a) - 1)))
#define _Py_ALIGN_UP(p, a) \
    ((void *)(((uintptr_t)(p) + (uintptr_t)((a) - 1)) & ~(uintptr_t)((a) - 1)))
#define _Py_IS_ALIGNED(p, a) (!((uintptr_t)(p) & (uintptr_t)((a) - 1)))

/* Marks a parameter as unused; also renames it so that using it is an error. */
#if defined(__GNUC__) || defined(__clang__)
#  define Py_UNUSED(name) _unused_##name __attribute__((unused))
#else
#  define Py_UNUSED(name) _unused_##name
#endif

/* A point the program never reaches. */
#if defined(__GNUC__) || defined(__clang__)
#  define Py_UNREACHABLE() __builtin_unreachable()
#else
#  define Py_UNREACHABLE() abort()
#endif

/* Turns an lvalue expression into an rvalue, so macros cannot be assigned to. */
#define _Py_RVALUE(EXPR) ((void)0, (EXPR))

/* Whether an integer type is signed. */
#define _Py_IS_TYPE_SIGNED(type) ((type)(-1) <= 0)

#endif /* Py_PYMACRO_H */
