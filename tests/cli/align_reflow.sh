# Re-flowed English (a headline and a boilerplate line run into the next sentences, a colon
# soft boundary the Korean does not share): the headline pairs with the Korean headline, the
# boilerplate comes out as 0-1, and the guessed split after the colon is joined again.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" align "$DATA/reflow.ko.txt" "$DATA/reflow.en.txt" -o "$TMP/r" --format tsv > /dev/null
pairs=$(cut -f1,2 "$TMP/r.tsv")
expect_pair() {
  grep -qxF "$1"$'\t'"$2" <<<"$pairs" || fail "no pair [$1] [$2] in: $pairs"
}
expect_pair "동물원에 쌍둥이 판다 탄생" "Twin pandas born at the city zoo"
expect_pair "" "Advertisement"
expect_pair "동물원 측은 판다 덕분에 관람객이 두 배로 늘 것으로 기대하고 있다." \
  "The zoo's hope is plain: The pandas should double the number of visitors."
[[ $(lines "$TMP/r.tsv") == 8 ]] || fail "expected 8 pairs: $pairs"
# Without soft boundaries the headline cannot be separated from the sentence after it.
"$KEALIGN" align "$DATA/reflow.ko.txt" "$DATA/reflow.en.txt" -o "$TMP/h" --format tsv \
  --hard-boundaries-only > /dev/null
! grep -q $'\tTwin pandas born at the city zoo\t' "$TMP/h.tsv" ||
  fail "--hard-boundaries-only still cut the headline: $(cut -f1,2 "$TMP/h.tsv")"
echo "align reflow: ok"
