# `kealign stream`: document pairs as JSONL or Bitextor records on stdin, alignments on stdout,
# each record as `align` aligns it, in input order for any --jobs, a bad record reported in its
# place while the stream goes on, each record answered before the input ends.
source "$(dirname "$0")/lib.bash"
names=(news-tech talk-cafe howto-recipe)
# records OUT [MODE]: JSONL records of the corpus documents above, a broken one second.
python3 - "$ROOT/corpus" "$TMP/records.jsonl" "${names[@]}" <<'PY'
import json, sys
corpus, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "w", encoding="utf-8") as f:
    for i, name in enumerate(names):
        text = {lang: open(f"{corpus}/{name}.{lang}.txt", encoding="utf-8").read() for lang in ("ko", "en")}
        f.write(json.dumps({"id": name, **text}, ensure_ascii=False) + "\n")
        if i == 0:
            f.write('{"id": "broken", "ko": "\\u00a0", "en": "x"}\n\n')
PY
"$KEALIGN" stream --jobs 1 < "$TMP/records.jsonl" > "$TMP/one.jsonl"
"$KEALIGN" stream --jobs 3 < "$TMP/records.jsonl" > "$TMP/three.jsonl"
"$KEALIGN" stream < "$TMP/records.jsonl" > "$TMP/all.jsonl"
cmp -s "$TMP/one.jsonl" "$TMP/three.jsonl" || fail "stream --jobs 1 and --jobs 3 differ"
cmp -s "$TMP/one.jsonl" "$TMP/all.jsonl" || fail "stream --jobs 1 and the default differ"
# Each record's rows are `align`'s JSONL rows with the id in front.
expected=$TMP/expected.jsonl
: > "$expected"
for name in "${names[@]}"; do
  "$KEALIGN" align "$ROOT/corpus/$name.ko.txt" "$ROOT/corpus/$name.en.txt" -o "$TMP/$name" \
    --format jsonl > /dev/null
  sed "s/^{/{\"id\":\"$name\",/" "$TMP/$name.jsonl" >> "$expected"
  if [[ $name == news-tech ]]; then
    echo '{"id":"broken","error":"line 2: ko: the input contains only whitespace: expected UTF-8 text"}' >> "$expected"
  fi
done
diff "$expected" "$TMP/one.jsonl" > "$TMP/diff" || fail "stream rows differ from align's: $(head -5 "$TMP/diff")"
# --pairs-only leaves the holes out; --model aligns with a trained model.
"$KEALIGN" stream --pairs-only < "$TMP/records.jsonl" > "$TMP/pairs.jsonl"
grep -q '"ko":""' "$TMP/one.jsonl" || fail "no hole in the test records: nothing to check"
! grep -q '"ko":""\|"en":""' "$TMP/pairs.jsonl" || fail "--pairs-only kept a hole"
"$KEALIGN" train "$ROOT/corpus" -o "$TMP/m.kea" -q > /dev/null
"$KEALIGN" stream --model "$TMP/m.kea" --input text < "$TMP/records.jsonl" > "$TMP/model.jsonl"
[[ $(grep -c '"id":"talk-cafe"' "$TMP/model.jsonl") -gt 5 ]] || fail "stream --model"
# One record at a time: a record is answered while the input is still open.
coproc STREAM { "$KEALIGN" stream --jobs 2; }
stream_pid=$STREAM_PID stream_in=${STREAM[1]} stream_out=${STREAM[0]}
head -1 "$TMP/records.jsonl" >&"$stream_in"
read -t 60 -r first <&"$stream_out" || fail "no answer to a record before the input ended"
[[ $first == '{"id":"news-tech",'* ]] || fail "first answer: $first"
exec {stream_in}>&-
wait "$stream_pid" || true
# A record past --max-input-bytes fails alone, without being kept in memory.
"$KEALIGN" stream --max-input-bytes 4K < "$TMP/records.jsonl" > "$TMP/limited.jsonl"
grep -q '^{"id":null,"error":"line 1: the record is longer than 4096 bytes' "$TMP/limited.jsonl" ||
  fail "long record: $(head -c 300 "$TMP/limited.jsonl")"
grep -q '"id":"talk-cafe","ko"' "$TMP/limited.jsonl" || fail "stream stopped after a long record"

# Bitextor: base64 documents one sentence a line, a header answered by a header.
b64() { base64 -w0 < "$1"; }
{
  printf 'src_url\ttrg_url\tsrc_text\ttrg_text\n'
  for name in "${names[@]}"; do
    printf 'http://ko/%s\thttp://en/%s\t%s\t%s\n' "$name" "$name" \
      "$(b64 "$ROOT/corpus/$name.ko.sents")" "$(b64 "$ROOT/corpus/$name.en.sents")"
  done
  printf 'http://ko/bad\thttp://en/bad\t%%%%\tZm9v\n'
} > "$TMP/records.tsv"
status=0
"$KEALIGN" stream --records bitextor < "$TMP/records.tsv" > "$TMP/bitextor.tsv" 2> "$TMP/bitextor.err" || status=$?
[[ $status == 1 ]] || fail "bitextor stream with a bad record exited $status"
grep -q 'line 5 (http://ko/bad http://en/bad): src_text: not base64' "$TMP/bitextor.err" ||
  fail "bad bitextor record: $(cat "$TMP/bitextor.err")"
[[ $(head -1 "$TMP/bitextor.tsv") == $'src_url\ttrg_url\tsrc_text\ttrg_text\tscore' ]] || fail "header"
awk -F'\t' 'NR > 1 && NF != 5 { exit 1 }' "$TMP/bitextor.tsv" || fail "bitextor rows are not 5 columns"
# The same alignments as jsonl with --input lines, in the order of the input's columns.
"$KEALIGN" align "$ROOT/corpus/talk-cafe.ko.sents" "$ROOT/corpus/talk-cafe.en.sents" -o "$TMP/tc" \
  --input lines --format tsv > /dev/null
diff <(grep '^http://ko/talk-cafe' "$TMP/bitextor.tsv" | cut -f3-5) <(cut -f1-3 "$TMP/tc.tsv") > /dev/null ||
  fail "bitextor rows differ from align --input lines"
awk -F'\t' 'BEGIN { OFS = "\t" } NR > 1 && $1 != "http://ko/bad" { print $2, $1, $4, $3 }' "$TMP/records.tsv" \
  > "$TMP/swapped.tsv"
"$KEALIGN" stream --records bitextor --first en < "$TMP/swapped.tsv" > "$TMP/swapped.out"
diff <(cut -f1-5 "$TMP/swapped.out" | awk -F'\t' 'BEGIN { OFS = "\t" } { print $2, $1, $4, $3, $5 }') \
  <(tail -n +2 "$TMP/bitextor.tsv") > /dev/null || fail "--first en is not the mirror of ko first"
expect_fail 1 "first applies to --records bitextor" -- "$KEALIGN" stream --first en
# A record that is not a translation is written with a warning on stderr, or left out.
python3 - "$ROOT/corpus" "$TMP/wrong.jsonl" <<'PY'
import json, sys
corpus, out = sys.argv[1], sys.argv[2]
read = lambda name: open(f"{corpus}/{name}", encoding="utf-8").read()
with open(out, "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "right", "ko": read("news-tech.ko.txt"), "en": read("news-tech.en.txt")}, ensure_ascii=False) + "\n")
    f.write(json.dumps({"id": "wrong", "ko": read("news-tech.ko.txt"), "en": read("howto-recipe.en.txt")}, ensure_ascii=False) + "\n")
PY
"$KEALIGN" stream < "$TMP/wrong.jsonl" > "$TMP/wrong.out" 2> "$TMP/wrong.log" || fail "stream with a wrong record"
grep -q '^kealign: warning: line 2 (id "wrong"): document score 0\.[0-3].* is below 0\.40' "$TMP/wrong.log" ||
  fail "unrelated record not reported: $(cat "$TMP/wrong.log")"
grep -q '"id":"wrong"' "$TMP/wrong.out" || fail "unrelated record not written"
"$KEALIGN" stream --drop-unrelated < "$TMP/wrong.jsonl" > "$TMP/dropped.out" 2> "$TMP/dropped.log"
! grep -q '"id":"wrong"' "$TMP/dropped.out" || fail "--drop-unrelated wrote the record"
grep -q '"id":"right"' "$TMP/dropped.out" || fail "--drop-unrelated dropped a real record"
grep -q 'nothing written (--drop-unrelated)' "$TMP/dropped.log" || fail "drop not reported"
echo "stream: ok"
