# Scores mean what they say. A line whose two sides share a URL or an e-mail address and nothing
# against it is a confident pair (the `Source:` line scored 0.46 when the URL's length was
# scaled by the Korean-to-English length ratio); and on the bundled corpus, which the
# calibration map was not fitted on, the top score bucket is right as often as it says (within
# 0.02; the raw posteriors pass this too on this easy corpus: what fails without the map is the
# unit test `the shipped calibration maps are monotone…`).
source "$(dirname "$0")/lib.bash"
"$KEALIGN" align "$DATA/source_url.ko.txt" "$DATA/source_url.en.txt" -o "$TMP/url" --format tsv > /dev/null
awk -F'\t' '$2 ~ /^(Source|Contact): / && !($3 >= 0.9) { print; bad = 1 } END { exit bad }' \
  "$TMP/url.tsv" || fail "a pair anchored by its URL or e-mail address scores below 0.9"
[[ $(grep -cE $'\t(Source|Contact): ' "$TMP/url.tsv") == 2 ]] || fail "URL and e-mail lines not paired"

"$KEALIGN" batch "$ROOT/corpus" -o "$TMP/corpus" --input lines --format tsv --quiet 2> /dev/null
python3 "$ROOT/scripts/calibration.py" check "$ROOT/corpus" "$TMP/corpus" --max-gap 0.02 \
  --min-count 100 > "$TMP/table" || fail "scores not calibrated on corpus/: $(cat "$TMP/table")"
echo "scores: ok"
