#!/bin/sh
# Issue 8's batch acceptance at full size: 30 generated submissions (reference, stubs, compile errors, partly
# correct exercises) graded by ./grade batch --jobs 2, checked row by row against the plan, then graded again one
# at a time (a fresh ./grade PATH JVM each) for the timing comparison; also shards + merge and the unchanged skip.
# Prints the [batch-acceptance] lines with the times. Too slow for mvn test, which runs the same test with 4.
#   bench/batch-acceptance.sh [N]      (default 30)
set -eu
KIT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
N="${1:-30}"
cd "$KIT"
mvn -o -q -B -DskipTests -Dpymem.stubTests.skip=true package
mvn -o -q -B -pl grader/engine test -Dtest=BatchAcceptanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpymem.acceptance.submissions="$N" -Dpymem.acceptance.compare=true
grep -h '^\[batch-acceptance\]' grader/engine/target/surefire-reports/*BatchAcceptanceTest*-output.txt
