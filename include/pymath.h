/* pymath.h -- mathematical constants and floating-point classification macros.
 *
 * Part of Molt's Python.h; names and values follow CPython 3.12 (the classification
 * macros are C99's <math.h> functions under CPython's names). */
#ifndef Py_PYMATH_H
#define Py_PYMATH_H

#include <math.h>

/* pi, e and tau (2 pi), in long double and double precision. */
#define Py_MATH_PIl 3.1415926535897932384626433832795029L
#define Py_MATH_PI 3.14159265358979323846
#define Py_MATH_El 2.7182818284590452353602874713526625L
#define Py_MATH_E 2.7182818284590452354
#define Py_MATH_TAU 6.2831853071795864769252867665590057683943L

#define Py_IS_NAN(X) isnan(X)
#define Py_IS_INFINITY(X) isinf(X)
#define Py_IS_FINITE(X) isfinite(X)

#define Py_INFINITY ((double)INFINITY)
#define Py_HUGE_VAL HUGE_VAL
/* A quiet NaN with a positive sign, the value float("nan") has. */
#define Py_NAN ((double)NAN)

#endif /* Py_PYMATH_H */
