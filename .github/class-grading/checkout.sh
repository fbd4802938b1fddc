#!/usr/bin/env bash
# Step "Check out each repository at the deadline" of .github/workflows/grade-class.yml. For every repository of
# $CLASS_DIR/roster.txt: clone it, take the last commit of its default branch at or before DEADLINE (ISO-8601)
# and unpack that commit's files into $CLASS_DIR/submissions/<student>. Writes $CLASS_DIR/submissions.tar (one file
# keeps links and modes as git had them, so the grader's own intake rules judge them) and $CLASS_DIR/checkouts.csv,
# one line per repository: student,repository,commit,commit date,checkout (checked-out, no-commit-before-deadline
# or clone-failed). A repository without a commit before the deadline, or that cannot be cloned, is not an error
# of the job: its student gets a folder with no exercise in it, which the grader scores 0, and a line here.
#
# The commit date is the committer date git records, which the student's machine sets; GitHub keeps no push time
# in git. A deadline the students must not be able to dodge needs the repositories' push events (REST API
# "List repository events") or branch protection at the deadline.
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
need CLASS_DIR
need DEADLINE
roster="$CLASS_DIR/roster.txt"
[ -f "$roster" ] || fail "no roster at $roster (the step 'Read the roster' writes it)"
if ! [[ "$DEADLINE" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})$ ]] \
    || ! cutoff=$(date -u -d "$DEADLINE" '+%Y-%m-%d %H:%M:%S +0000' 2>/dev/null); then
  fail "deadline must be an ISO-8601 date and time with its offset, e.g. 2026-12-01T23:59:00+01:00 or 2026-12-01T22:59:00Z, not '$DEADLINE'"
fi
server="${GITHUB_SERVER_URL:-https://github.com}"

# The token reaches git through the environment, never a command line or a file: the same Basic header
# actions/checkout uses, for this server only.
export GIT_TERMINAL_PROMPT=0
if [ -n "${CLASS_TOKEN:-}" ]; then
  export GIT_CONFIG_COUNT=1
  export GIT_CONFIG_KEY_0="http.$server/.extraheader"
  GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $(printf 'x-access-token:%s' "$CLASS_TOKEN" | base64 -w 0)"
  export GIT_CONFIG_VALUE_0
fi

submissions="$CLASS_DIR/submissions"
clones="$CLASS_DIR/clones"
rm -rf "$submissions" "$clones"
mkdir -p "$submissions" "$clones"
report="$CLASS_DIR/checkouts.csv"
echo "student,repository,commit,commit date,checkout" > "$report"

# A student is named by the repository's name; when two owners have a repository of the same name (forks of the
# kit), by owner-repo, so no student's folder hides another's.
declare -A seen
while IFS= read -r repo; do
  seen[${repo#*/}]=$(( ${seen[${repo#*/}]:-0} + 1 ))
done < "$roster"

# leave_empty STUDENT REASON: a folder holding no exercise (graded 0), with the reason for whoever opens it.
leave_empty() {
  mkdir -p "$submissions/$1"
  echo "$2" > "$submissions/$1/NOT-SUBMITTED.txt"
}

problems=0
while IFS= read -r repo; do
  name=${repo#*/}
  student=$name
  [ "${seen[$name]}" -eq 1 ] || student="${repo%%/*}-$name"
  clone="$clones/$student"
  commit=""
  date=""
  if ! git clone --quiet --no-checkout "$server/$repo.git" "$clone" < /dev/null > "$CLASS_DIR/clone.log" 2>&1; then
    status="clone-failed"
    leave_empty "$student" "$repo could not be cloned: $(tail -n 1 "$CLASS_DIR/clone.log")"
  else
    commit=$(git -C "$clone" rev-list -1 --before="$cutoff" HEAD 2>/dev/null || true)
    if [ -z "$commit" ]; then
      status="no-commit-before-deadline"
      leave_empty "$student" "$repo has no commit at or before $DEADLINE"
    else
      status="checked-out"
      date=$(git -C "$clone" show -s --format=%cI "$commit")
      mkdir -p "$submissions/$student"
      git -C "$clone" archive --format=tar "$commit" | tar -x -C "$submissions/$student"
    fi
  fi
  rm -rf "$clone"
  echo "$student,$repo,$commit,$date,$status" >> "$report"
  echo "$student: $repo ${commit:-(none)} $status"
  if [ "$status" != checked-out ]; then
    problems=$((problems + 1))
    summary "- $student ($repo): $status, graded 0"
  fi
done < "$roster"
rm -rf "$clones" "$CLASS_DIR/clone.log"
tar -C "$CLASS_DIR" -cf "$CLASS_DIR/submissions.tar" submissions
echo "checked out $(( $(wc -l < "$roster") - problems )) of $(wc -l < "$roster") repositories at $DEADLINE ($cutoff); $problems graded 0 (see checkouts.csv)"
summary "Checked out at $DEADLINE: $(( $(wc -l < "$roster") - problems )) of $(wc -l < "$roster") repositories; $problems graded 0."
