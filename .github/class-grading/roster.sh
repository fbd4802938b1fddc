#!/usr/bin/env bash
# Step "Read the roster" of .github/workflows/grade-class.yml. Writes $CLASS_DIR/roster.txt: the student
# repositories (owner/repo), one a line, sorted, without duplicates. The source is the GitHub Classroom
# assignment ASSIGNMENT_ID when it is set, else the file ROSTER_FILE (a path in this repository: one owner/repo
# a line; blank lines and # comments are skipped).
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
need CLASS_DIR
mkdir -p "$CLASS_DIR"
raw="$CLASS_DIR/roster.raw"

if [ -n "${ASSIGNMENT_ID:-}" ]; then
  [[ "$ASSIGNMENT_ID" =~ ^[0-9]+$ ]] || fail "assignment-id must be a GitHub Classroom assignment's number, not '$ASSIGNMENT_ID'"
  command -v gh >/dev/null || fail "the GitHub CLI (gh) is not installed"
  # GitHub's REST API "List accepted assignments for an assignment" (docs.github.com/en/rest/classroom/classroom):
  # GET /assignments/{assignment_id}/accepted_assignments, paginated (per_page at most 100); each item has
  # students[].login and repository.full_name, the student's repository. `gh api` is in every GitHub CLI; the
  # `gh classroom` commands would need the gh-classroom extension installed first. --paginate prints one JSON
  # array per page, one after the other, and jq reads such a stream array by array.
  gh api --paginate "/assignments/$ASSIGNMENT_ID/accepted_assignments?per_page=100" > "$CLASS_DIR/accepted.json" \
    || fail "could not list the accepted assignments of assignment $ASSIGNMENT_ID (is the token an administrator of its classroom?)"
  jq -r '.[].repository.full_name' "$CLASS_DIR/accepted.json" > "$raw" \
    || fail "the accepted assignments of assignment $ASSIGNMENT_ID are not the JSON arrays the API documents"
  source_name="GitHub Classroom assignment $ASSIGNMENT_ID"
else
  need ROSTER_FILE
  [ -f "$ROSTER_FILE" ] || fail "no roster file '$ROSTER_FILE' (one owner/repo a line), and no assignment-id given"
  # comments, blanks and Windows line ends out
  sed -e 's/#.*//' -e 's/\r$//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$ROSTER_FILE" | { grep -v '^$' || true; } > "$raw"
  source_name="$ROSTER_FILE"
fi

# owner: letters, digits, hyphens; repository: letters, digits and . _ - (but not . or ..), as GitHub names them
while IFS= read -r repo; do
  if ! [[ "$repo" =~ ^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$ ]] || [[ "$repo" =~ /\.\.?$ ]]; then
    fail "'$repo' in the roster ($source_name) is not a repository name owner/repo"
  fi
done < "$raw"
sort -u "$raw" > "$CLASS_DIR/roster.txt"
rm -f "$raw"
count=$(wc -l < "$CLASS_DIR/roster.txt")
[ "$count" -gt 0 ] || fail "the roster ($source_name) names no repository"
echo "roster: $count repositories from $source_name"
summary "Roster: $count repositories from $source_name."
