#!/usr/bin/env bash
# Step "Grade the shard" of .github/workflows/grade-class.yml: unpacks the class checked out at the deadline
# ($CLASS_DIR/submissions.tar) and grades slice SHARD of SHARD_COUNT with ./grade batch --shard (the slice is
# chosen by student name, so the N jobs together grade every student once). Writes $CLASS_DIR/shard: grades.csv,
# index.html, concepts.csv and one report folder per student.
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
need CLASS_DIR
need SHARD
need SHARD_COUNT
[ -f "$CLASS_DIR/submissions.tar" ] || fail "no $CLASS_DIR/submissions.tar (the artifact 'submissions' was not downloaded there)"
tar -xf "$CLASS_DIR/submissions.tar" -C "$CLASS_DIR"
# --similarity also keeps the shard's code (in shard/+similarity), so that the merge can compare the whole class
similarity=()
if [ "${SIMILARITY:-false}" = true ]; then similarity=(--similarity); fi
start=$(date +%s)
./grade batch "$CLASS_DIR/submissions" --shard "$SHARD/$SHARD_COUNT" --feedback "${FEEDBACK:-full}" "${similarity[@]}" --out "$CLASS_DIR/shard"
echo "shard $SHARD/$SHARD_COUNT graded in $(( $(date +%s) - start )) s"
