# `--input lines` keeps the given sentences; default formats are moses and tsv.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" align "$DATA/small.ko.sents" "$DATA/small.en.sents" -o "$TMP/doc" --input lines > /dev/null
[[ -f $TMP/doc.ko && -f $TMP/doc.en && -f $TMP/doc.tsv && ! -e $TMP/doc.align ]] || fail "default formats"
diff <(cut -f1 "$TMP/doc.tsv") "$DATA/small.ko.sents" > /dev/null || fail "tsv Korean column differs from input lines"
diff "$TMP/doc.en" "$DATA/small.en.sents" > /dev/null || fail "moses English differs from input lines"
# A Korean sentence without English counterpart comes out as a 1-0 bead with an empty English
# side, in the ladder and in the TSV.
sed '$d' "$DATA/small.en.sents" > "$TMP/dropped.en"
"$KEALIGN" align "$DATA/small.ko.sents" "$TMP/dropped.en" -o "$TMP/drop" --input lines --format tsv,ids > /dev/null
grep -qx '\[5\]:\[\]' "$TMP/drop.align" || fail "expected [5]:[] in $(cat "$TMP/drop.align")"
awk -F'\t' '$4 == "5" && $2 == "" && $5 == "" { found = 1 } END { exit !found }' "$TMP/drop.tsv" \
  || fail "tsv lacks the 1-0 row"
echo "align_lines: ok"
