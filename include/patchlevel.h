/* patchlevel.h -- the CPython release Molt's C-API reproduces (3.12.1 final).
 *
 * Part of Molt's Python.h. Extensions test these numbers to pick code paths, so they
 * carry exactly the values of the CPython release whose ABI Molt implements. */
#ifndef Py_PATCHLEVEL_H
#define Py_PATCHLEVEL_H

/* Release levels, the fourth field of PY_VERSION_HEX. */
#define PY_RELEASE_LEVEL_ALPHA 0xA
#define PY_RELEASE_LEVEL_BETA  0xB
#define PY_RELEASE_LEVEL_GAMMA 0xC /* release candidate */
#define PY_RELEASE_LEVEL_FINAL 0xF

#define PY_MAJOR_VERSION  3
#define PY_MINOR_VERSION  12
#define PY_MICRO_VERSION  1
#define PY_RELEASE_LEVEL  PY_RELEASE_LEVEL_FINAL
#define PY_RELEASE_SERIAL 0

#define PY_VERSION "3.12.1"

/* One byte each for major, minor and micro, then a nibble for the level and one for
 * the serial: 3.12.1 final is 0x030C01F0. */
#define PY_VERSION_HEX ((PY_MAJOR_VERSION << 24) | (PY_MINOR_VERSION << 16) | \
                        (PY_MICRO_VERSION << 8) | (PY_RELEASE_LEVEL << 4) |   \
                        (PY_RELEASE_SERIAL << 0))

#endif /* Py_PATCHLEVEL_H */
