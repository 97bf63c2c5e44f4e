# `kealign batch`: every pair of a directory; results do not depend on --jobs.
source "$(dirname "$0")/lib.bash"
mkdir -p "$TMP/in"
cp "$DATA/small.ko.txt" "$TMP/in/a.ko.txt"; cp "$DATA/small.en.txt" "$TMP/in/a.en.txt"
cp "$ROOT/corpus/news-tech.ko.txt" "$TMP/in/b.ko.txt"; cp "$ROOT/corpus/news-tech.en.txt" "$TMP/in/b.en.txt"
cp "$ROOT/corpus/talk-cafe.ko.txt" "$TMP/in/c.ko.txt"   # no partner: warned about, skipped
"$KEALIGN" batch "$TMP/in" -o "$TMP/one" --format tsv,ids --jobs 1 2> "$TMP/log1"
"$KEALIGN" batch "$TMP/in" -o "$TMP/two" --format tsv,ids --jobs 3 2> "$TMP/log2"
"$KEALIGN" batch "$TMP/in" -o "$TMP/all" --format tsv,ids 2> "$TMP/log4"  # every core
grep -q 'c.ko.txt (no c.en.txt)' "$TMP/log1" || fail "unpaired file not reported: $(cat "$TMP/log1")"
[[ $(ls "$TMP/one") == $'a.align\na.tsv\nb.align\nb.tsv' ]] || fail "outputs: $(ls "$TMP/one")"
diff -r "$TMP/one" "$TMP/two" > /dev/null || fail "--jobs 1 and --jobs 3 differ"
diff -r "$TMP/one" "$TMP/all" > /dev/null || fail "--jobs 1 and the default (every core) differ"
# --input lines reads NAME.ko.sents + NAME.en.sents.
mkdir -p "$TMP/lines"
cp "$DATA/small.ko.sents" "$TMP/lines/s.ko.sents"; cp "$DATA/small.en.sents" "$TMP/lines/s.en.sents"
"$KEALIGN" batch "$TMP/lines" -o "$TMP/lout" --input lines --format ids --quiet 2> /dev/null
[[ $(lines "$TMP/lout/s.align") == 6 ]] || fail "lines batch"
# A bad document is reported, the others are still written, and the exit status is 1.
printf '\xff\xfe bad' > "$TMP/in/d.ko.txt"; cp "$DATA/small.en.txt" "$TMP/in/d.en.txt"
status=0
"$KEALIGN" batch "$TMP/in" -o "$TMP/three" --format tsv 2> "$TMP/log3" || status=$?
[[ $status == 1 ]] || fail "batch with a bad document exited $status"
grep -q 'd.ko.txt' "$TMP/log3" || fail "bad document not named: $(cat "$TMP/log3")"
[[ -f $TMP/three/a.tsv && -f $TMP/three/b.tsv && ! -e $TMP/three/d.tsv ]] || fail "batch outputs after error"
# Wrong documents: a swapped pair is an error for that document only; an unrelated pair is a
# warning, counted in the summary, written (with its score in JSONL) or dropped on request.
mkdir -p "$TMP/mixed"
cp "$DATA/small.ko.txt" "$TMP/mixed/a.ko.txt"; cp "$DATA/small.en.txt" "$TMP/mixed/a.en.txt"
cp "$DATA/small.en.txt" "$TMP/mixed/swapped.ko.txt"; cp "$DATA/small.ko.txt" "$TMP/mixed/swapped.en.txt"
cp "$ROOT/corpus/news-tech.ko.txt" "$TMP/mixed/wrong.ko.txt"
cp "$ROOT/corpus/howto-recipe.en.txt" "$TMP/mixed/wrong.en.txt"
status=0
"$KEALIGN" batch "$TMP/mixed" -o "$TMP/mixed-out" --format tsv,jsonl 2> "$TMP/log4" || status=$?
[[ $status == 1 ]] || fail "batch with a swapped pair exited $status"
grep -q '^kealign: error: swapped: .*swapped.ko.txt: .*the files seem swapped' "$TMP/log4" || fail "swapped: $(cat "$TMP/log4")"
grep -q '^kealign: warning: wrong: document score 0\.[0-3].* is below 0\.40' "$TMP/log4" || fail "unrelated: $(cat "$TMP/log4")"
grep -q '^kealign: 2 of 3 documents aligned into .*, 1 failed, 1 below --min-doc-score 0.40; ' "$TMP/log4" ||
  fail "summary: $(cat "$TMP/log4")"
[[ -s $TMP/mixed-out/wrong.tsv && ! -e $TMP/mixed-out/swapped.tsv ]] || fail "outputs: $(ls "$TMP/mixed-out")"
python3 -c 'import json,sys; assert json.loads(open(sys.argv[1]).readline())["doc_score"] < 0.4' \
  "$TMP/mixed-out/wrong.jsonl" || fail "doc_score in JSONL"
python3 -c 'import json,sys; assert json.loads(open(sys.argv[1]).readline())["doc_score"] > 0.8' \
  "$TMP/mixed-out/a.jsonl" || fail "doc_score of a real document"
rm "$TMP/mixed/swapped."*
"$KEALIGN" batch "$TMP/mixed" -o "$TMP/dropped" --format tsv --drop-unrelated --quiet 2> "$TMP/log5" ||
  fail "batch --drop-unrelated: $(cat "$TMP/log5")"
[[ $(ls "$TMP/dropped") == a.tsv ]] || fail "--drop-unrelated wrote: $(ls "$TMP/dropped")"
grep -q '^kealign: 1 of 2 documents aligned into .*, 1 below --min-doc-score 0.40 (1 dropped); ' "$TMP/log5" ||
  fail "summary: $(cat "$TMP/log5")"
# --no-language-check aligns a swapped pair anyway.
"$KEALIGN" align "$DATA/small.en.txt" "$DATA/small.ko.txt" -o "$TMP/forced" --no-language-check \
  > /dev/null 2>&1 || fail "--no-language-check"
echo "batch: ok"
