# Shared helpers for the end-to-end CLI tests. Each test script is run by ctest as
#   bash SCRIPT KEALIGN_BINARY TESTS_DATA_DIR PROJECT_ROOT
set -euo pipefail
KEALIGN=$1
DATA=$2
ROOT=$3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_fail CODE PATTERN -- CMD...: CMD must exit with CODE and print PATTERN (grep -E) on stderr,
# in exactly one line.
expect_fail() {
  local code=$1 pattern=$2
  shift 3
  local status=0
  "$@" > "$TMP/stdout" 2> "$TMP/stderr" || status=$?
  [[ $status == "$code" ]] || fail "$* exited $status, expected $code; stderr: $(cat "$TMP/stderr")"
  grep -Eq -e "$pattern" "$TMP/stderr" || fail "$*: stderr lacks /$pattern/: $(cat "$TMP/stderr")"
  [[ $(wc -l < "$TMP/stderr") == 1 ]] || fail "$*: error is not one line: $(cat "$TMP/stderr")"
}
# The number of lines of a file.
lines() { wc -l < "$1" | tr -d ' '; }
# expect_warn PATTERN -- CMD...: CMD must exit 0 and print one line `kealign: warning: …` matching
# PATTERN (grep -E) on stderr.
expect_warn() {
  local pattern=$1
  shift 2
  local status=0
  "$@" > "$TMP/stdout" 2> "$TMP/stderr" || status=$?
  [[ $status == 0 ]] || fail "$* exited $status, expected 0; stderr: $(cat "$TMP/stderr")"
  grep -Eq -e "^kealign: warning: .*$pattern" "$TMP/stderr" ||
    fail "$*: stderr lacks a warning /$pattern/: $(cat "$TMP/stderr")"
  [[ $(wc -l < "$TMP/stderr") == 1 ]] || fail "$*: warning is not one line: $(cat "$TMP/stderr")"
}
# bad_case DESCRIPTION CODE PATTERN -- CMD...: `expect_fail CODE PATTERN -- CMD` (for CODE 0,
# `expect_warn`), and one row of the README's bad-input table (scripts/bad-input-table) appended
# to $KEALIGN_TABLE if it is set: the description, the exit code and the message, with the test's
# directories left out of paths.
bad_case() {
  local description=$1 code=$2 pattern=$3
  shift 3
  if [[ $code == 0 ]]; then
    expect_warn "$pattern" "$@"
  else
    expect_fail "$code" "$pattern" "$@"
  fi
  if [[ -n ${KEALIGN_TABLE:-} ]]; then
    local message
    message=$(sed -e "s|$TMP/||g" -e "s|$DATA/||g" -e "s|$ROOT/||g" -e 's/|/\\|/g' "$TMP/stderr")
    printf '| %s | %s | %s |\n' "$description" "$code" "$message" >> "$KEALIGN_TABLE"
  fi
}
