# `kealign align` on raw text: every format is written, consistent with the others, into an
# output directory that does not exist yet.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" align "$DATA/small.ko.txt" "$DATA/small.en.txt" -o "$TMP/out/doc" \
  --format moses,tsv,jsonl,ids,tmx,html > "$TMP/printed"
for ext in ko en tsv jsonl align tmx html; do
  [[ -s $TMP/out/doc.$ext ]] || fail "doc.$ext missing or empty"
  grep -qx "$TMP/out/doc.$ext" "$TMP/printed" || fail "doc.$ext not reported on stdout"
done
[[ -z $(ls "$TMP/out" | grep -v '^doc\.') ]] || fail "stray files: $(ls "$TMP/out")"
# The sample is an easy 1-1 document of 6 sentences a side.
[[ $(lines "$TMP/out/doc.ko") == 6 && $(lines "$TMP/out/doc.en") == 6 ]] || fail "moses: expected 6 pairs"
expected='[0]:[0]
[1]:[1]
[2]:[2]
[3]:[3]
[4]:[4]
[5]:[5]'
[[ $(cat "$TMP/out/doc.align") == "$expected" ]] || fail "ladder: $(cat "$TMP/out/doc.align")"
# TSV: 5 columns, score in [0,1], ids match the ladder.
awk -F'\t' 'NF != 5 { exit 1 } $3 < 0 || $3 > 1 { exit 1 }' "$TMP/out/doc.tsv" || fail "tsv columns/score"
[[ $(cut -f4,5 "$TMP/out/doc.tsv" | head -2 | tail -1) == $'1\t1' ]] || fail "tsv ids"
# A cell starting with a double quote is quoted for CSV readers (tsv_readers.sh reads it back).
grep -q $'^시 관계자는 "출퇴근.*계획"이라고 말했다.\t"""Use during' "$TMP/out/doc.tsv" || fail "quoted sentence pair"
python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$TMP/out/doc.jsonl" || fail "jsonl"
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])" "$TMP/out/doc.tmx" || fail "tmx xml"
echo "align_text: ok"
