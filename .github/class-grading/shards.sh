#!/usr/bin/env bash
# Step "Plan the shards" of .github/workflows/grade-class.yml: the grading matrix. Outputs count (N, at most the
# number of students, so no job starts for nothing) and matrix, the JSON list [1, ..., N] of shard numbers.
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
need CLASS_DIR
need SHARDS
need GITHUB_OUTPUT
if ! [[ "$SHARDS" =~ ^[0-9]{1,2}$ ]] || [ $((10#$SHARDS)) -lt 1 ] || [ $((10#$SHARDS)) -gt 64 ]; then
  fail "shards must be a whole number from 1 to 64, not '$SHARDS'"
fi
SHARDS=$((10#$SHARDS))
students=$(wc -l < "$CLASS_DIR/roster.txt")
count=$(( SHARDS < students ? SHARDS : students ))
matrix=$(seq -s , 1 "$count")
echo "count=$count" >> "$GITHUB_OUTPUT"
echo "matrix=[$matrix]" >> "$GITHUB_OUTPUT"
echo "$students students in $count shards"
