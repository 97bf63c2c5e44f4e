# `kealign train` saves a lexical model that `--model` reuses; the model does not depend on the
# thread count, and a file that is not a model is refused with exit status 2.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/one.kea" --jobs 1 > /dev/null
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/two.kea" --jobs 2 > /dev/null
cmp -s "$TMP/one.kea" "$TMP/two.kea" || fail "model differs between --jobs 1 and --jobs 2"
"$KEALIGN" align "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/a" --input lines \
  --format ids --model "$TMP/one.kea" > /dev/null
[[ $(lines "$TMP/a.align") == 6 ]] || fail "align with --model: $(cat "$TMP/a.align")"
expect_fail 2 "not a kealign lexical model" -- "$KEALIGN" align "$DATA/small.ko.txt" \
  "$DATA/small.en.txt" -o "$TMP/b" --model "$DATA/small.ko.txt"
head -c 100 "$TMP/one.kea" > "$TMP/truncated.kea"
expect_fail 2 "truncated.kea" -- "$KEALIGN" align "$DATA/small.ko.txt" "$DATA/small.en.txt" \
  -o "$TMP/b" --model "$TMP/truncated.kea"
[[ ! -e $TMP/b.tsv ]] || fail "output written despite a bad model"
echo "train: ok"
