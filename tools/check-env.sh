#!/usr/bin/env bash
# Checks what the test suite needs and says how to get what is missing.
# The suite needs: a Rust toolchain (cargo), a C compiler (cc) to link executables,
# ar/nm (C extension archives and their symbol check), and CPython 3.12 (only to
# compute expected output, and its pip to fetch pinned sdists), found through
# $MOLT_CPYTHON or `pyenv prefix 3.12.1`.
set -u
ok=1
command -v cargo >/dev/null || { echo "check-env: cargo not found; install Rust from rustup"; ok=0; }
command -v "${CC:-cc}" >/dev/null || { echo "check-env: no C compiler ('cc'); install gcc (apt-get install gcc)"; ok=0; }
for tool in ar nm sha256sum; do
  command -v "$tool" >/dev/null || { echo "check-env: '$tool' not found; install binutils and coreutils"; ok=0; }
done
py="${MOLT_CPYTHON:-}"
if [ -z "$py" ] && command -v pyenv >/dev/null; then
  prefix=$(pyenv prefix 3.12.1 2>/dev/null || true)
  [ -n "$prefix" ] && py="$prefix/bin/python3"
fi
if [ -z "$py" ] || ! "$py" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
  echo "check-env: CPython 3.12 not found. Install it with 'pyenv install 3.12.1', or set MOLT_CPYTHON=/path/to/python3.12"
  ok=0
fi
if [ -n "$py" ] && ! "$py" -m pip --version >/dev/null 2>&1; then
  echo "check-env: CPython's pip is missing (the markupsafe test fetches its sdist with it)"
  ok=0
fi
[ "$ok" = 1 ] || exit 1
