#!/bin/sh
# Benchmark of exercise 09 (pymalloc): N allocate/free pairs, mixed sizes, N = 1M 2M 5M 10M by default.
# Linear time (flat ns/pair) shows allocate and free are O(1) on their common path.
#   bench/pymalloc.sh                  the reference solution
#   bench/pymalloc.sh --stub           your exercise (exercises/09-pymalloc)
#   bench/pymalloc.sh -- 1000000 ...   other counts
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODULE=solutions/09-pymalloc
if [ "${1:-}" = "--stub" ]; then MODULE=exercises/09-pymalloc; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi
MVN="$ROOT/mvnw"; [ -x "$MVN" ] || MVN=mvn
(cd "$ROOT" && "$MVN" -o -q -pl "exercises/model,$MODULE" compile)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
CP="$ROOT/exercises/model/target/classes:$ROOT/$MODULE/target/classes"
javac -d "$OUT" -cp "$CP" "$ROOT/bench/pymalloc/PyMallocBench.java"
java -Xms1g -Xmx1g -cp "$OUT:$CP" PyMallocBench "$@"

# Side by side: CPython doing the same pairs through its own pymalloc. Each iteration frees a bytes object
# (PyObject_Free) and makes a new one (PyObject_Malloc of 33 + len bytes); the interpreter's own work is
# included, so this is a ceiling on what CPython's allocator costs, not a measure of it alone.
if command -v python3 >/dev/null 2>&1; then
  python3 - "$@" <<'PY'
import random, sys, time
counts = [int(a) for a in sys.argv[1:]] or [1_000_000, 2_000_000]
rng = random.Random(2024)
sizes = [rng.randrange(513, 4609) if rng.random() < 0.01 else rng.randrange(33, 513) for _ in range(1 << 16)]
lens = [n - 33 for n in sizes]
SLOTS = 1 << 16
print(f"CPython {sys.version.split()[0]}: the same pairs with bytes objects (interpreter overhead included)")
for n in counts:
    live = [bytes(lens[i]) for i in range(SLOTS)]
    slots = [rng.randrange(SLOTS) for _ in range(1 << 16)]
    t = time.perf_counter()
    for i in range(n):
        live[slots[i & 0xFFFF]] = bytes(lens[i & 0xFFFF])
    ms = (time.perf_counter() - t) * 1000
    print(f"{n:>12,} {ms:10.1f} {n / (ms / 1000):>14,.0f} {ms * 1e6 / n:12.1f}")
PY
fi
