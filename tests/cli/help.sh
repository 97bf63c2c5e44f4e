# `--help` everywhere exits 0; a wrong command line exits non-zero with a message.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" --help | grep -q align || fail "top-level help"
for cmd in align batch train split tokenize train-tokenizer; do
  "$KEALIGN" "$cmd" --help > "$TMP/help" || fail "$cmd --help exited non-zero"
  grep -q -- "--help" "$TMP/help" || fail "$cmd help text"
done
status=0; "$KEALIGN" align 2> /dev/null || status=$?
[[ $status != 0 ]] || fail "align without files must fail"
status=0; "$KEALIGN" frobnicate 2> /dev/null || status=$?
[[ $status != 0 ]] || fail "unknown command must fail"
echo "help: ok"
