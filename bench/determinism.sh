#!/usr/bin/env bash
# Grades the same submission N times (default 10) and checks that results.json is identical every time
# apart from timing fields. The submission: the reference with some exercises replaced by their stubs and
# one exercise broken, so that passes, failures, compile errors and feedback texts are all compared.
# Usage: bench/determinism.sh [N]
set -euo pipefail
KIT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-10}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$KIT"
cp -r solutions "$TMP/sub"
for ex in 02-mutability 05-gc 08-copy; do rm -rf "$TMP/sub/$ex" && cp -r "exercises/$ex" "$TMP/sub/$ex"; done
echo 'class Broken { int x = "no"; }' > "$TMP/sub/07-sizeof/src/main/java/pymem/sizeof/Broken.java"
for i in $(seq "$N"); do
  ./grade "$TMP/sub" -q --out "$TMP/r$i" >/dev/null
  python3 - "$TMP/r$i/results.json" > "$TMP/r$i.norm" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.pop("execution_time", None)
print(json.dumps(d, sort_keys=True, indent=1))
PY
  if ! cmp -s "$TMP/r1.norm" "$TMP/r$i.norm"; then
    echo "run $i differs from run 1:"; diff "$TMP/r1.norm" "$TMP/r$i.norm" | head -20; exit 1
  fi
done
echo "$N gradings of the same submission gave identical results.json (timing aside): score $(python3 -c "import json;print(json.load(open('$TMP/r1/results.json'))['score'])")"
