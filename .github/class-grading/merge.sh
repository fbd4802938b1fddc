#!/usr/bin/env bash
# Step "Merge the gradebooks" of .github/workflows/grade-class.yml. $CLASS_DIR/shards/shard-K/ holds what shard K
# wrote, $CLASS_DIR/checkouts/checkouts.csv how each repository was checked out. Writes $CLASS_DIR/class-report:
# grades.csv (./grade merge: one row per student), concepts.csv, index.html, checkouts.csv, and every student's
# report folder (report.html, results.json, junit.xml), laid out as one ./grade batch would, so the overview's
# links to the reports work.
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
need CLASS_DIR
out="$CLASS_DIR/class-report"
rm -rf "$out"
mkdir -p "$out"
shopt -s nullglob
gradebooks=("$CLASS_DIR"/shards/shard-*/grades.csv)
[ ${#gradebooks[@]} -gt 0 ] || fail "no shard gradebook under $CLASS_DIR/shards (the grading jobs' artifacts shard-K were not downloaded there)"
# --similarity compares the whole class again, from the code each shard kept: a copy across two shards is found
similarity=()
if [ "${SIMILARITY:-false}" = true ]; then similarity=(--similarity); fi
start=$(date +%s)
./grade merge "${gradebooks[@]}" "${similarity[@]}" --out "$out/grades.csv"
pages=()
for gradebook in "${gradebooks[@]}"; do
  shard=$(dirname "$gradebook")
  for report in "$shard"/*/; do
    # +similarity holds the shard's copy of the class's code, for the merge only: it stays out of the report
    [ "$(basename "$report")" = "+similarity" ] && continue
    cp -R "$report" "$out/"
  done
  if [ -f "$shard/index.html" ]; then
    cp "$shard/index.html" "$out/index-$(basename "$shard").html"
    pages+=("index-$(basename "$shard").html")
  fi
done
cp "$CLASS_DIR/checkouts/checkouts.csv" "$out/checkouts.csv"
# ./grade merge writes the gradebook and the concept tally; the class overview of each shard is kept as
# index-shard-K.html, and index.html leads to them (unless the merge wrote an overview of its own).
if [ ! -f "$out/index.html" ]; then
  {
    echo '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Class grades</title></head><body>'
    echo '<h1>Class grades</h1><p><a href="grades.csv">grades.csv</a> (the gradebook), <a href="concepts.csv">concepts.csv</a>'
    echo '(the concepts the class misses), <a href="checkouts.csv">checkouts.csv</a> (the commit graded for each repository).</p>'
    if [ -f "$out/similarity.html" ]; then
      echo '<p><a href="similarity.html">Similar pairs</a> across the whole class: a flag for a human, never a score change.</p>'
    fi
    echo '<p>Class overview, one page per grading job:</p><ul>'
    for page in "${pages[@]}"; do
      echo "<li><a href=\"$page\">${page%.html}</a></li>"
    done
    echo '</ul></body></html>'
  } > "$out/index.html.tmp"
  mv "$out/index.html.tmp" "$out/index.html"
fi
students=$(find "$out" -mindepth 1 -maxdepth 1 -type d ! -name "+*" | wc -l)
echo "merged ${#gradebooks[@]} shards in $(( $(date +%s) - start )) s: $students student reports in $out"
summary "Merged ${#gradebooks[@]} shards: $students students. Download the artifact class-report for grades.csv, index.html and the reports."
