#!/bin/sh
# Benchmark: deepcopy of 100,000 two-int lists, the kit's reference (solutions/08-copy) against CPython's
# copy.deepcopy, in one run. Prints both sides' best wall-clock and CPU times and the ratios
# (Java / CPython; 1.00 or below means no slower than CPython). CPU time is the steadier figure on a busy
# machine; the JVM's counts every thread, so garbage collection is included.
# Usage: bench/copy.sh [runs]      (needs java 17+, mvn and python3 on PATH)
set -eu
KIT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
RUNS=${1:-7}

# compile, not install: the reactor supplies the model, and nothing goes to ~/.m2 (the solution's test
# dependencies, the testkit and the differential suites, would have to be installed first)
(cd "$KIT" && mvn -o -q -pl exercises/model,solutions/08-copy compile) >&2
CP="$KIT/exercises/model/target/classes:$KIT/solutions/08-copy/target/classes"

JAVA_MS=$(java -cp "$CP" "$KIT/bench/copy/CopyBench.java" 5 "$RUNS")
PY_MS=$(python3 - "$RUNS" <<'PY'
import copy, sys, time
runs = int(sys.argv[1])
best_wall = best_cpu = float("inf")
for _ in range(runs):
    data = [[i, i + 1] for i in range(100_000)]
    wall, cpu = time.perf_counter(), time.process_time()
    copy.deepcopy(data)
    best_wall = min(best_wall, time.perf_counter() - wall)
    best_cpu = min(best_cpu, time.process_time() - cpu)
print(f"{best_wall * 1000:.1f} {best_cpu * 1000:.1f}")
PY
)
python3 - $JAVA_MS $PY_MS <<'PY'
import platform, sys
java_wall, java_cpu, py_wall, py_cpu = map(float, sys.argv[1:5])
print(f"deepcopy of 100,000 two-int lists, best of runs   wall ms    cpu ms")
print(f"  pymem reference (Java, solutions/08-copy)".ljust(48) + f"{java_wall:9.1f} {java_cpu:9.1f}")
print(f"  CPython {platform.python_version()} copy.deepcopy".ljust(48) + f"{py_wall:9.1f} {py_cpu:9.1f}")
print(f"  ratio Java / CPython".ljust(48) + f"{java_wall / py_wall:9.2f} {java_cpu / py_cpu:9.2f}")
verdict = "no slower than CPython" if java_cpu <= py_cpu else "SLOWER than CPython"
print(f"  by CPU time the reference is {verdict}")
PY
