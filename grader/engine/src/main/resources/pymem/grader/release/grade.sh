#!/bin/sh
# pymem grader launcher (POSIX sh). Builds what it needs with Maven on first use, then grades.
#   ./grade                 grade the exercises in this folder and print the score table
#   ./grade --help          everything else
set -eu
KIT=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
JAR="$KIT/grader/engine/target/pymem-grader.jar"

if [ -x "$KIT/mvnw" ] && ! command -v mvn >/dev/null 2>&1; then MVN="$KIT/mvnw"; else MVN=mvn; fi

needs_build() {
  [ -f "$JAR" ] || return 0
  [ -d "$KIT/exercises/model/target/classes" ] || return 0
  # rebuild when the grader, the model or a pom changed since the jar (your exercise code never needs it:
  # the grader compiles it itself)
  [ -n "$(find "$KIT/grader" "$KIT/exercises/model" "$KIT/pom.xml" \
          \( -name '*.java' -o -name 'pom.xml' -o -name '*.mustache' \) -newer "$JAR" -print 2>/dev/null | grep -v /target/ | head -n 1)" ] && return 0
  for ex in "$KIT"/exercises/[0-9][0-9]-*; do
    if [ -d "$ex/src/test/java" ] && [ ! -d "$ex/target/test-classes" ]; then return 0; fi
  done
  return 1
}

if needs_build; then
  echo "grade: building with Maven (first use or the grader changed)..." >&2
  # --fail-at-end: an exercise that does not compile must not keep the grader from being built; the grader
  # then reports that exercise's compiler errors itself.
  if ! (cd "$KIT" && "$MVN" -q -B --fail-at-end -DskipTests -Dpymem.stubTests.skip=true package) >&2; then
    if [ -f "$JAR" ] && [ -d "$KIT/exercises/model/target/classes" ]; then
      echo "grade: some exercises did not build (see above); grading the others" >&2
    else
      echo "grade: the Maven build failed; run '$MVN -DskipTests package' in $KIT to see why" >&2
      exit 3
    fi
  fi
fi

JAVA=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; fi
exec "$JAVA" -XX:TieredStopAtLevel=1 -Xshare:auto -Dpymem.kit="$KIT" -jar "$JAR" "$@"
