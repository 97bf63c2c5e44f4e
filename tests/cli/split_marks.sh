# `kealign split --soft-boundaries` and `--mark-noise`: guessed boundaries stay joined unless
# asked for; boilerplate and noise are marked; `--hard-boundaries-only` makes no guesses.
source "$(dirname "$0")/lib.bash"
printf '%s\n' \
  'Rivals signed an agreement for formal talks The deal ends months of violence. Advertisement The judiciary said so.' \
  '' \
  '![]() |' > "$TMP/in.txt"

"$KEALIGN" split --lang en "$TMP/in.txt" > "$TMP/default"
expected='Rivals signed an agreement for formal talks The deal ends months of violence.
Advertisement
The judiciary said so.

![]() |'
[[ $(cat "$TMP/default") == "$expected" ]] || fail "default split: $(cat "$TMP/default")"

"$KEALIGN" split --lang en --soft-boundaries "$TMP/in.txt" > "$TMP/soft"
expected='Rivals signed an agreement for formal talks
The deal ends months of violence.
Advertisement
The judiciary said so.

![]() |'
[[ $(cat "$TMP/soft") == "$expected" ]] || fail "--soft-boundaries: $(cat "$TMP/soft")"

"$KEALIGN" split --lang en --soft-boundaries --mark-noise "$TMP/in.txt" > "$TMP/marked"
expected='Rivals signed an agreement for formal talks
The deal ends months of violence.
# boilerplate: Advertisement
The judiciary said so.

# noise: ![]() |'
[[ $(cat "$TMP/marked") == "$expected" ]] || fail "--mark-noise: $(cat "$TMP/marked")"

"$KEALIGN" split --lang en --soft-boundaries --hard-boundaries-only "$TMP/in.txt" > "$TMP/hard"
cmp -s "$TMP/hard" "$TMP/default" || fail "--hard-boundaries-only still guesses: $(cat "$TMP/hard")"

printf '%s\n' '댓글 (0) 정부는 대책을 발표했다.' '사진=연합뉴스' > "$TMP/ko.txt"
"$KEALIGN" split --lang ko --mark-noise "$TMP/ko.txt" > "$TMP/ko"
expected='# boilerplate: 댓글 (0)
정부는 대책을 발표했다.
# boilerplate: 사진=연합뉴스'
[[ $(cat "$TMP/ko") == "$expected" ]] || fail "Korean --mark-noise: $(cat "$TMP/ko")"

# A marked line is never joined with a soft piece: the real text beside it would be marked too.
printf '%s\n' 'Back to top The deal ends months of violence.' > "$TMP/mark_join.txt"
"$KEALIGN" split --lang en --mark-noise "$TMP/mark_join.txt" > "$TMP/mark_join"
expected='# boilerplate: Back to top
The deal ends months of violence.'
[[ $(cat "$TMP/mark_join") == "$expected" ]] || fail "marked soft join: $(cat "$TMP/mark_join")"

# Every character is kept whatever the flags.
for flags in "" "--soft-boundaries" "--soft-boundaries --mark-noise"; do
  # shellcheck disable=SC2086
  "$KEALIGN" split --lang en $flags "$TMP/in.txt" | sed 's/^# [a-z]*: //' | tr -d ' \n' > "$TMP/got"
  tr -d ' \n' < "$TMP/in.txt" > "$TMP/want"
  cmp -s "$TMP/got" "$TMP/want" || fail "characters lost with flags '$flags'"
done
echo "split_marks: ok"
