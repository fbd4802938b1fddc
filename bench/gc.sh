#!/bin/sh
# Benchmark: a full collection of 1,000,000 unreachable lists in 500,000 two-cycles, the kit's reference
# collector (solutions/05-gc) against CPython's gc.collect(), in one run. Prints both best-of-N times and the
# ratio (Java / CPython; below 1 is faster). Only the collection is timed, never the building.
# Usage: bench/gc.sh [runs]      (needs java 17+, mvn and python3 on PATH)
set -eu
KIT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
RUNS=${1:-7}

(cd "$KIT" && mvn -o -q -pl exercises/model,solutions/05-gc compile) >&2
CP="$KIT/exercises/model/target/classes:$KIT/solutions/05-gc/target/classes"

# A fixed 2 GiB heap and the throughput collector: the JVM should not be resizing or tracing its own heap
# while the model collector runs (the timed part allocates almost nothing). With the JVM's default G1 the
# reference is about 2x slower (G1's write barriers tax every relinking of the generation lists): try it with
#   java -cp "$CP" bench/gc/GcBench.java
JAVA_MS=$(java -Xms2g -Xmx2g -XX:+UseParallelGC -cp "$CP" "$KIT/bench/gc/GcBench.java" 3 "$RUNS")
PY_MS=$(python3 - "$RUNS" <<'PY'
import gc, sys, time
runs = int(sys.argv[1])
best = float("inf")
gc.disable()
for _ in range(runs):
    gc.collect()
    for _ in range(500_000):
        a = []
        b = [a]
        a.append(b)
    del a, b
    start = time.perf_counter()
    found = gc.collect()
    best = min(best, time.perf_counter() - start)
    assert found == 1_000_000, found
print(f"{best * 1000:.1f}")
PY
)
python3 - "$JAVA_MS" "$PY_MS" <<'PY'
import platform, sys
java_ms, py_ms = float(sys.argv[1]), float(sys.argv[2])
print("gc.collect() of 1,000,000 lists in 500,000 two-cycles (best of runs)")
print(f"  pymem reference (Java)  {java_ms:8.1f} ms")
print(f"  CPython {platform.python_version():<14}  {py_ms:8.1f} ms")
print(f"  ratio Java/CPython      {java_ms / py_ms:8.2f}  ({'faster' if java_ms <= py_ms else 'SLOWER'} than CPython)")
PY
