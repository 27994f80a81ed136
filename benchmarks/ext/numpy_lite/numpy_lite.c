/* The numpy_lite extension of tests/ext/numpy_lite, built here by tools/bench.sh. */
#include "../../../tests/ext/numpy_lite/src/numpy_lite.c"
