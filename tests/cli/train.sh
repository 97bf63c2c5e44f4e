# `kealign train` saves a lexical model that `--model` reuses; the model does not depend on the
# thread count, and a file that is not a model is refused with exit status 2.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/one.kea" --jobs 1 > /dev/null
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/two.kea" --jobs 3 > /dev/null
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/all.kea" > /dev/null  # every core
cmp -s "$TMP/one.kea" "$TMP/two.kea" || fail "model differs between --jobs 1 and --jobs 3"
cmp -s "$TMP/one.kea" "$TMP/all.kea" || fail "model differs between --jobs 1 and the default"
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
# A document that cannot be read is named, skipped, and makes the exit status 1; flags that
# make no sense for train are refused rather than ignored.
mkdir -p "$TMP/bad"
cp "$DATA/small.ko.txt" "$TMP/bad/a.ko.txt"; cp "$DATA/small.en.txt" "$TMP/bad/a.en.txt"
printf '\xff bad' > "$TMP/bad/b.ko.txt"; cp "$DATA/small.en.txt" "$TMP/bad/b.en.txt"
status=0
"$KEALIGN" train "$TMP/bad" -o "$TMP/bad.kea" > "$TMP/train.out" 2> "$TMP/train.err" || status=$?
[[ $status == 1 ]] || fail "train with an unreadable document exited $status"
grep -q "b: .*b.ko.txt.*UTF-8" "$TMP/train.err" || fail "bad document not reported: $(cat "$TMP/train.err")"
grep -q "1 of 2 documents" "$TMP/train.out" || fail "document count: $(cat "$TMP/train.out")"
expect_fail 1 "do not apply" -- "$KEALIGN" train "$ROOT/corpus" -o "$TMP/x.kea" --no-lexical
expect_fail 1 "do not apply" -- "$KEALIGN" train "$ROOT/corpus" -o "$TMP/x.kea" --model "$TMP/one.kea"
echo "train (errors): ok"
