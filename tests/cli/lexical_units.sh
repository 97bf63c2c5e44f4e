# --lexical-units spm runs with the bundled SentencePiece models; a model from `kealign train`
# brings its units: used without --lexical-units it works, with other units or other
# SentencePiece models it is refused before any output is written.
source "$(dirname "$0")/lib.bash"
for units in spm both; do
  "$KEALIGN" align "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/$units" --input lines \
    --format ids --lexical-units "$units" > /dev/null
  [[ $(lines "$TMP/$units.align") == 6 ]] || fail "--lexical-units $units: $(cat "$TMP/$units.align")"
done
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/spm.kea" --lexical-units spm > "$TMP/train.out"
grep -q "spm units" "$TMP/train.out" || fail "train does not report its units: $(cat "$TMP/train.out")"
"$KEALIGN" align "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/m" --input lines \
  --format ids --model "$TMP/spm.kea" > /dev/null
[[ $(lines "$TMP/m.align") == 6 ]] || fail "--model with the model's units: $(cat "$TMP/m.align")"
"$KEALIGN" align "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/m2" --input lines \
  --format ids --model "$TMP/spm.kea" --lexical-units spm > /dev/null
expect_fail 1 "spm.kea: .*trained with --lexical-units spm, not stems" -- "$KEALIGN" align \
  "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/x" --input lines \
  --model "$TMP/spm.kea" --lexical-units stems
expect_fail 2 "spm.kea: .*other SentencePiece models" -- "$KEALIGN" align \
  "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/x" --input lines \
  --model "$TMP/spm.kea" --lexical-spm-ko "$ROOT/models/en.model"
[[ ! -e $TMP/x.tsv ]] || fail "output written despite a mismatching model"
expect_fail 1 "need --lexical-units spm or both" -- "$KEALIGN" align \
  "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/x" --input lines \
  --lexical-spm-ko "$ROOT/models/ko.model"
"$KEALIGN" train "$ROOT/corpus" --input lines -o "$TMP/stems.kea" > /dev/null
expect_fail 1 "stems.kea was trained with --lexical-units stems" -- "$KEALIGN" align \
  "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/x" --input lines \
  --model "$TMP/stems.kea" --lexical-spm-ko "$ROOT/models/ko.model"
echo "lexical units: ok"
