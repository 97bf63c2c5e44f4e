# `kealign split`: one sentence a line, a blank line between paragraphs, every character kept.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" split --lang ko "$DATA/quote.ko.txt" > "$TMP/quote"
expected='그는 "우리가 지금 움직이지 않으면 뒤처질 것이라고 생각합니다."라고 말했습니다.
회의는 오후에 끝났다.'
[[ $(cat "$TMP/quote") == "$expected" ]] || fail "quote split: $(cat "$TMP/quote")"
"$KEALIGN" split --lang ko < "$DATA/small.ko.txt" > "$TMP/ko"
diff <(grep -v '^$' "$TMP/ko") "$DATA/small.ko.sents" > /dev/null || fail "small.ko split: $(cat "$TMP/ko")"
[[ $(grep -c '^$' "$TMP/ko") == 2 ]] || fail "expected 2 paragraph breaks"
"$KEALIGN" split --lang en "$DATA/small.en.txt" > "$TMP/en"
diff <(grep -v '^$' "$TMP/en") "$DATA/small.en.sents" > /dev/null || fail "small.en split: $(cat "$TMP/en")"
for f in "$ROOT"/corpus/*.txt; do
  lang=$(basename "$f" .txt); lang=${lang##*.}
  "$KEALIGN" split --lang "$lang" "$f" | tr -d ' \n' > "$TMP/got"
  tr -d ' \n' < "$f" > "$TMP/want"
  cmp -s "$TMP/got" "$TMP/want" || fail "characters lost or reordered splitting $f"
done
echo "split: ok"
