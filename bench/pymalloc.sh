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
(cd "$ROOT" && "$MVN" -o -q -pl exercises/model install -DskipTests && "$MVN" -o -q -pl "$MODULE" compile)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
CP="$ROOT/exercises/model/target/classes:$ROOT/$MODULE/target/classes"
javac -d "$OUT" -cp "$CP" "$ROOT/bench/pymalloc/PyMallocBench.java"
java -Xms1g -Xmx1g -cp "$OUT:$CP" PyMallocBench "$@"
