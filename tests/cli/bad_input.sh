# Bad input: one line `kealign: error: …` naming the file (and line or byte offset), exit 1 (2 for
# a model), nothing written; inputs that are readable but not a translation pair: a one-line
# warning. Each `bad_case` is a row of the README's table (scripts/bad-input-table prints it).
source "$(dirname "$0")/lib.bash"
ko=$DATA/small.ko.txt
en=$DATA/small.en.txt
cd "$TMP"

# Input files.
bad_case "input file missing" 1 "nope.ko.txt: no such file" -- \
  "$KEALIGN" align "$TMP/nope.ko.txt" "$en" -o "$TMP/o"
mkdir "$TMP/dir.ko.txt"
bad_case "a directory given as input" 1 "dir.ko.txt: is a directory" -- \
  "$KEALIGN" align "$TMP/dir.ko.txt" "$en" -o "$TMP/o"
printf 'good line\n\xc3\x28 broken\n' > "$TMP/bad.ko.txt"
bad_case "invalid UTF-8" 1 "bad.ko.txt.*line 2.*byte 10.*UTF-8" -- \
  "$KEALIGN" align "$TMP/bad.ko.txt" "$en" -o "$TMP/o"
printf '\xff\xfeH\0i\0' > "$TMP/utf16.en.txt"
bad_case "UTF-16 (with a byte-order mark)" 1 "utf16.en.txt.*UTF-16" -- \
  "$KEALIGN" align "$ko" "$TMP/utf16.en.txt" -o "$TMP/o"
printf 'H\0i\0' > "$TMP/nul.en.txt"
bad_case "a NUL byte (binary, UTF-16 without a mark)" 1 "nul.en.txt.*byte 1.*NUL" -- \
  "$KEALIGN" align "$ko" "$TMP/nul.en.txt" -o "$TMP/o"
gzip -c "$ko" > "$TMP/doc.ko.txt.gz"
bad_case "gzip-compressed text" 1 "doc.ko.txt.gz.*gzip" -- \
  "$KEALIGN" align "$TMP/doc.ko.txt.gz" "$en" -o "$TMP/o"
: > "$TMP/empty.en.txt"
bad_case "an empty file" 1 "empty.en.txt.*empty" -- \
  "$KEALIGN" align "$ko" "$TMP/empty.en.txt" -o "$TMP/o"
printf '  \n\n \n' > "$TMP/blank.en.txt"
bad_case "only whitespace" 1 "blank.en.txt.*whitespace" -- \
  "$KEALIGN" align "$ko" "$TMP/blank.en.txt" -o "$TMP/o"

# Wrong documents: not Korean and English, or not a translation.
bad_case "the files swapped (English first)" 1 "small.en.txt: .*swapped" -- \
  "$KEALIGN" align "$en" "$ko" -o "$TMP/o"
bad_case "English given as the Korean side" 1 "small.en.txt: the Korean side looks like English" -- \
  "$KEALIGN" align "$en" "$en" -o "$TMP/o"
bad_case "Korean given as the English side" 1 "small.ko.txt: the English side looks like Korean" -- \
  "$KEALIGN" align "$ko" "$ko" -o "$TMP/o"
bad_case "the same text on both sides (\`--no-language-check\`)" 0 "small: the two sides are the same text" -- \
  "$KEALIGN" align "$en" "$en" -o "$TMP/same" --no-language-check
bad_case "an unrelated English document" 0 "news-tech.ko.txt ↔ howto-recipe.en.txt: document score 0.[0-3][0-9] is below 0.40" -- \
  "$KEALIGN" align "$ROOT/corpus/news-tech.ko.txt" "$ROOT/corpus/howto-recipe.en.txt" -o "$TMP/unrelated"
bad_case "the same, with \`--drop-unrelated\`" 0 "nothing written \(--drop-unrelated\)" -- \
  "$KEALIGN" align "$ROOT/corpus/news-tech.ko.txt" "$ROOT/corpus/howto-recipe.en.txt" -o "$TMP/dropped" --drop-unrelated
[[ ! -e $TMP/dropped.tsv && -s $TMP/unrelated.tsv && -s $TMP/same.tsv ]] || fail "--drop-unrelated: $(ls "$TMP")"

# Outputs.
cp "$ko" "$TMP/corpus.ko"; cp "$en" "$TMP/corpus.en"
bad_case "an output that is an input (\`-o corpus\` for corpus.ko, corpus.en)" 1 "corpus.ko: is an input file" -- \
  "$KEALIGN" align "$TMP/corpus.ko" "$TMP/corpus.en" -o "$TMP/corpus"
cmp -s "$ko" "$TMP/corpus.ko" && cmp -s "$en" "$TMP/corpus.en" || fail "an input was overwritten"
ln -s "$TMP/corpus.en" "$TMP/linked.tsv"
bad_case "an output linked to an input" 1 "linked.tsv: is an input file \(.*corpus.en\)" -- \
  "$KEALIGN" align "$TMP/corpus.ko" "$TMP/corpus.en" -o "$TMP/linked" --format tsv
bad_case "\`-o -\` with more than one format" 1 "-o - writes one format" -- \
  "$KEALIGN" align "$ko" "$en" -o - --format moses
: > "$TMP/file"
bad_case "an output directory that is a file" 1 "file/sub/o.ko: cannot create directory.*not a directory" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/file/sub/o"
mkdir "$TMP/ro"; chmod 555 "$TMP/ro"
if [[ $(id -u) != 0 ]]; then  # root ignores directory permissions; not a row of the table
  expect_fail 1 "ro/o" -- "$KEALIGN" align "$ko" "$en" -o "$TMP/ro/o"
fi

# The command line.
bad_case "an unknown output format" 1 "unknown output format 'nope'" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --format tsv,nope
bad_case "a flag value out of range" 1 "--hole-prior: '2' is not allowed: expected a number from 1e-09 to 0.5" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --hole-prior 2
bad_case "a negative \`--jobs\`" 1 "--jobs: '-1' is not allowed: expected an integer from 0 to 4096" -- \
  "$KEALIGN" batch "$DATA" -o "$TMP/b" --jobs -1
bad_case "an unknown value of a named choice" 1 "--input: 'sentences' is not allowed: expected one of lines, text" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --input sentences
bad_case "an unknown flag" 1 "--frobnicate" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --frobnicate
bad_case "a missing argument" 1 "EN_FILE is required" -- \
  "$KEALIGN" align "$ko"
bad_case "an unknown command" 1 "unknown command 'aline'" -- \
  "$KEALIGN" aline "$ko" "$en"
bad_case "a dictionary that does not exist" 1 "--dict.*missing.dict" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --dict "$TMP/missing.dict"
# A file is read as a manifest (NAME<TAB>ko path<TAB>en path), which a text is not.
bad_case "\`batch\` on a text file (read as a manifest)" 1 "small.ko.txt:line 1: .*expected a manifest line" -- \
  "$KEALIGN" batch "$ko" -o "$TMP/b"
bad_case "\`batch\` on a path that does not exist" 1 "nothing-here: no such file or directory" -- \
  "$KEALIGN" batch "$TMP/nothing-here" -o "$TMP/b"
mkdir "$TMP/nothing"
bad_case "\`batch\` on a directory without pairs" 1 "nothing: no NAME.ko.txt \+ NAME.en.txt pairs found" -- \
  "$KEALIGN" batch "$TMP/nothing" -o "$TMP/b"

# A device without end (or any input past the limit) stops with one line at --max-input-bytes.
bad_case "a device without end (\`/dev/zero\`)" 1 "/dev/zero: more than 1048576 bytes, the input limit" -- \
  "$KEALIGN" align /dev/zero "$en" -o "$TMP/o" --max-input-bytes 1M
bad_case "a file past \`--max-input-bytes\`" 1 "small.ko.txt: more than 100 bytes" -- \
  "$KEALIGN" split --lang ko "$ko" --max-input-bytes 100

# kealign apply: a ladder that is not the documents' (small.*.sents: 6 sentences a side).
ks=$DATA/small.ko.sents
es=$DATA/small.en.sents
printf '[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n[4]:[3, 4]\n[5]:[5]\n' > "$TMP/good.align"
sed '3s/.*/[2 3]:[2]/' "$TMP/good.align" > "$TMP/malformed.align"
bad_case "\`apply\`: a ladder line that is not a bead" 1 "malformed.align:line 3: expected a bead" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/malformed.align" -o "$TMP/o" --input lines
sed '2d' "$TMP/good.align" > "$TMP/skips.align"
bad_case "\`apply\`: a ladder that skips a sentence" 1 "skips.align:line 2: the Korean side continues at sentence 1, but this bead starts at 2" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/skips.align" -o "$TMP/o" --input lines
sed '3s/.*/[1, 2, 3]:[2]/' "$TMP/good.align" > "$TMP/repeats.align"
bad_case "\`apply\`: a ladder that repeats a sentence" 1 "repeats.align:line 3: .*already in an earlier bead" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/repeats.align" -o "$TMP/o" --input lines
sed '3s/.*/[3, 2]:[2]/' "$TMP/good.align" > "$TMP/reorders.align"
bad_case "\`apply\`: a ladder with sentences out of order" 1 "reorders.align:line 3: Korean ids 3 and 2 are not consecutive" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/reorders.align" -o "$TMP/o" --input lines
sed '$d' "$TMP/good.align" > "$TMP/short.align"
bad_case "\`apply\`: a ladder that ends early (another document's, or split otherwise)" 1 "short.align: the ladder ends after line 4 without Korean sentence 5 and English sentence 5" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/short.align" -o "$TMP/o" --input lines
sed '$s/.*/[5]:[5, 6]/' "$TMP/good.align" > "$TMP/long.align"
bad_case "\`apply\`: a ladder naming a sentence the document lacks" 1 "long.align:line 5: English sentence 6 does not exist" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/long.align" -o "$TMP/o" --input lines
cp "$TMP/good.align" "$TMP/o.align"
bad_case "\`apply\`: an output that is the ladder (\`-o o --format ids\` for o.align)" 1 "o.align: is an input file" -- \
  "$KEALIGN" apply "$ks" "$es" "$TMP/o.align" -o "$TMP/o" --input lines --format ids
cmp -s "$TMP/good.align" "$TMP/o.align" || fail "apply replaced its ladder"
rm "$TMP/o.align"

# Models.
bad_case "a lexical model that does not exist" 2 "missing.kea: cannot open lexical model" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --model "$TMP/missing.kea"
printf 'not a model' > "$TMP/corrupt.kea"
bad_case "a file that is not a lexical model" 2 "corrupt.kea" -- \
  "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --model "$TMP/corrupt.kea"
bad_case "a SentencePiece model that does not exist" 2 "missing.model" -- \
  "$KEALIGN" tokenize --lang ko --model "$TMP/missing.model" "$ko"

leftovers=$(ls "$TMP" | grep -E '^o\.|tmp-|^b$|^dropped' || true)
[[ -z $leftovers ]] || fail "files left behind: $leftovers"
echo "bad_input: ok"
