# Shared by the class-grading steps (sourced, never run): strict mode and the one-line error for bad input.
set -euo pipefail

# fail MESSAGE: the step stops with one line naming what is wrong (exit 2, the kit's code for bad input).
fail() {
  echo "error: $*" >&2
  exit 2
}

# need NAME: the variable must be set and non-empty (the workflow passes every input through env:).
need() {
  [ -n "${!1:-}" ] || fail "$1 is not set (the workflow's step passes it in env:)"
}

# summary TEXT...: a line on the run's summary page when there is one (GitHub Actions), else nowhere.
summary() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '%s\n' "$@" >> "$GITHUB_STEP_SUMMARY"
  fi
}
