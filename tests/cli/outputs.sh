# Where `align` writes: a prefix, a directory (existing or ending in '/') named after the Korean
# file, missing directories created, `-o -` to standard output; valid HTML whatever the file names.
source "$(dirname "$0")/lib.bash"
ko=$DATA/small.ko.txt
en=$DATA/small.en.txt

# An existing directory: DIR/NAME.* after the Korean file (it used to write DIR.ko beside it).
mkdir "$TMP/existing"
"$KEALIGN" align "$ko" "$en" -o "$TMP/existing" > "$TMP/printed"
[[ $(ls "$TMP/existing") == $'small.en\nsmall.ko\nsmall.tsv' ]] || fail "existing dir: $(ls "$TMP/existing")"
[[ ! -e $TMP/existing.ko ]] || fail "wrote existing.ko beside the directory"
grep -qx "$TMP/existing/small.tsv" "$TMP/printed" || fail "paths printed: $(cat "$TMP/printed")"

# A trailing slash names a directory, created with its parents if missing.
"$KEALIGN" align "$ko" "$en" -o "$TMP/new/deeper/" --format tsv > /dev/null
[[ -s $TMP/new/deeper/small.tsv ]] || fail "trailing slash: $(ls -R "$TMP/new")"
# A missing directory in a prefix is created too.
"$KEALIGN" align "$ko" "$en" -o "$TMP/made/doc" --format tsv > /dev/null
[[ -s $TMP/made/doc.tsv ]] || fail "missing directory not created"

# `-o -` with one format writes it to standard output and nothing else (no file named '-.tsv').
(cd "$TMP" && "$KEALIGN" align "$ko" "$en" -o - --format tsv > "$TMP/stdout.tsv")
cmp -s "$TMP/stdout.tsv" "$TMP/made/doc.tsv" || fail "-o - differs from the file"
[[ ! -e $TMP/-.tsv ]] || fail "-o - wrote a file named -.tsv"
(cd "$TMP" && "$KEALIGN" align "$ko" "$en" -o - --format jsonl) | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
assert len(rows) == 6 and all(0.8 < r["doc_score"] <= 1 for r in rows), rows
' || fail "-o - --format jsonl"

# A file name that is not UTF-8 still gives a valid HTML page (its title used to hold the bytes).
bad_name=$(printf 'caf\xe9')
cp "$ko" "$TMP/$bad_name.ko.txt"; cp "$en" "$TMP/$bad_name.en.txt"
"$KEALIGN" align "$TMP/$bad_name.ko.txt" "$TMP/$bad_name.en.txt" -o "$TMP/page" --format html > /dev/null
python3 -c '
import sys
page = open(sys.argv[1], "rb").read().decode("utf-8")  # raises on invalid UTF-8
assert "<title>caf\ufffd</title>" in page, page[:400]
' "$TMP/page.html" || fail "html title is not valid UTF-8"
echo "outputs: ok"
