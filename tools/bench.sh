#!/usr/bin/env bash
# Benchmark runner: builds every benchmarks/*.py with Molt, then runs CPython 3.12 and
# the Molt executable alternately RUNS times each and prints the medians (ms) and the
# ratio CPython/Molt. Also reports hello-world start-up time and executable size.
# benchmarks/ext/NAME/ holds a C extension NAME.c and main.py: the extension is built
# against Molt (linked with --ext) and against CPython (a shared object on PYTHONPATH).
# Usage: tools/bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
cargo build --release -q -p molt
MOLT=target/release/molt
PY="${MOLT_CPYTHON:-$(pyenv prefix 3.12.1)/bin/python3}"
OUT=target/bench
mkdir -p "$OUT"
now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
printf "%-16s %12s %12s %10s\n" benchmark "cpython ms" "molt ms" "ratio"
for src in benchmarks/*.py; do
  name=$(basename "$src" .py)
  "$MOLT" build "$src" -o "$OUT/$name"
  : > "$OUT/$name.py.t"; : > "$OUT/$name.molt.t"
  for _ in $(seq "$RUNS"); do
    t0=$(now_ns); "$PY" "$src" > /dev/null; t1=$(now_ns)
    "$OUT/$name" > /dev/null; t2=$(now_ns)
    echo $(( (t1 - t0) / 1000 )) >> "$OUT/$name.py.t"
    echo $(( (t2 - t1) / 1000 )) >> "$OUT/$name.molt.t"
  done
  p=$(median < "$OUT/$name.py.t"); m=$(median < "$OUT/$name.molt.t")
  printf "%-16s %12.1f %12.1f %9.1fx\n" "$name" "$(echo "$p/1000" | bc -l)" "$(echo "$m/1000" | bc -l)" "$(echo "$p/$m" | bc -l)"
done
INC_PY="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
SUFFIX="$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')"
for dir in benchmarks/ext/*/; do
  name=$(basename "$dir")
  mkdir -p "$OUT/ext/$name/py"
  cc -c -O2 -fPIC -I include "$dir/$name.c" -o "$OUT/ext/$name/$name.o"
  rm -f "$OUT/ext/$name/lib$name.a"; ar rcs "$OUT/ext/$name/lib$name.a" "$OUT/ext/$name/$name.o"
  cc -shared -fPIC -O2 -I "$INC_PY" "$dir/$name.c" -o "$OUT/ext/$name/py/$name$SUFFIX"
  "$MOLT" build "$dir/main.py" --ext "$name=$OUT/ext/$name/lib$name.a" -o "$OUT/$name"
  : > "$OUT/$name.py.t"; : > "$OUT/$name.molt.t"
  for _ in $(seq "$RUNS"); do
    t0=$(now_ns); PYTHONPATH="$OUT/ext/$name/py" "$PY" "$dir/main.py" > /dev/null; t1=$(now_ns)
    "$OUT/$name" > /dev/null; t2=$(now_ns)
    echo $(( (t1 - t0) / 1000 )) >> "$OUT/$name.py.t"
    echo $(( (t2 - t1) / 1000 )) >> "$OUT/$name.molt.t"
  done
  p=$(median < "$OUT/$name.py.t"); m=$(median < "$OUT/$name.molt.t")
  printf "%-16s %12.1f %12.1f %9.1fx\n" "$name" "$(echo "$p/1000" | bc -l)" "$(echo "$m/1000" | bc -l)" "$(echo "$p/$m" | bc -l)"
done
size=$(stat -c %s "$OUT/hello")
printf "hello world executable: %d bytes (%.2f MB)\n" "$size" "$(echo "$size/1048576" | bc -l)"
