# `kealign train-tokenizer` takes paths with spaces and commas (SentencePiece's own option
# parser splits at both), keeps SentencePiece's log off stderr, lowers a vocabulary the text
# cannot fill, and names an unreadable input.
source "$(dirname "$0")/lib.bash"
dir="$TMP/my corpus, v2"
mkdir -p "$dir" "$TMP/out dir"
for i in $(seq 1 150); do
  echo "오늘 서울의 날씨는 맑고 기온은 ${i}도입니다. 내일은 비가 올 수 있습니다."
done > "$dir/text, part 1.ko.txt"
"$KEALIGN" train-tokenizer "$dir/text, part 1.ko.txt" -o "$TMP/out dir/ko" --vocab-size 5000 \
  > "$TMP/stdout" 2> "$TMP/stderr" || fail "train-tokenizer exited $?: $(cat "$TMP/stderr")"
[[ ! -s $TMP/stderr ]] || fail "train-tokenizer wrote to stderr: $(head -3 "$TMP/stderr")"
[[ -s "$TMP/out dir/ko.model" && -s "$TMP/out dir/ko.vocab" ]] || fail "no model written"
grep -q "vocabulary size" "$TMP/stdout" || fail "no summary: $(cat "$TMP/stdout")"
echo "날씨는 맑고" | "$KEALIGN" tokenize --lang ko --model "$TMP/out dir/ko.model" > "$TMP/pieces"
[[ -s $TMP/pieces ]] || fail "the trained model does not tokenize"
chmod 000 "$dir/text, part 1.ko.txt"
if [[ ! -r "$dir/text, part 1.ko.txt" ]]; then  # root reads anything
  expect_fail 1 "text, part 1.ko.txt: cannot open training input" -- \
    "$KEALIGN" train-tokenizer "$dir/text, part 1.ko.txt" -o "$TMP/out dir/x"
fi
echo "train-tokenizer: ok"
