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
  grep -Eq "$pattern" "$TMP/stderr" || fail "$*: stderr lacks /$pattern/: $(cat "$TMP/stderr")"
  [[ $(wc -l < "$TMP/stderr") == 1 ]] || fail "$*: error is not one line: $(cat "$TMP/stderr")"
}
# The number of lines of a file.
lines() { wc -l < "$1" | tr -d ' '; }
