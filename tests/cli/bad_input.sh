# Bad input: a one-line error naming the file (and byte offset), a non-zero exit, no output files.
source "$(dirname "$0")/lib.bash"
ko=$DATA/small.ko.txt
en=$DATA/small.en.txt
expect_fail 1 "nope.ko.txt" -- "$KEALIGN" align "$TMP/nope.ko.txt" "$en" -o "$TMP/o"
printf 'good line\n\xc3\x28 broken\n' > "$TMP/bad.ko.txt"
expect_fail 1 "bad.ko.txt.*line 2.*byte 10.*UTF-8" -- "$KEALIGN" align "$TMP/bad.ko.txt" "$en" -o "$TMP/o"
: > "$TMP/empty.en.txt"
expect_fail 1 "empty.en.txt.*empty" -- "$KEALIGN" align "$ko" "$TMP/empty.en.txt" -o "$TMP/o"
printf '  \n\n \n' > "$TMP/blank.en.txt"
expect_fail 1 "blank.en.txt" -- "$KEALIGN" align "$ko" "$TMP/blank.en.txt" -o "$TMP/o"
expect_fail 1 "missing-dir/o" -- "$KEALIGN" align "$ko" "$en" -o "$TMP/missing-dir/o"
mkdir "$TMP/ro"; chmod 555 "$TMP/ro"
if [[ $(id -u) != 0 ]]; then  # root ignores directory permissions
  expect_fail 1 "ro/o" -- "$KEALIGN" align "$ko" "$en" -o "$TMP/ro/o"
fi
expect_fail 1 "nope" -- "$KEALIGN" align "$ko" "$en" -o "$TMP/o" --format tsv,nope
# A file is read as a manifest (NAME<TAB>ko path<TAB>en path), which a text is not.
expect_fail 1 "small.ko.txt:line 1: .*expected a manifest line" -- "$KEALIGN" batch "$ko" -o "$TMP/b"
expect_fail 1 "nothing-here: no such file or directory" -- "$KEALIGN" batch "$TMP/nothing-here" -o "$TMP/b"
# A device without end (or any input past the limit) stops with one line at --max-input-bytes.
expect_fail 1 "/dev/zero: more than 1048576 bytes, the input limit" -- "$KEALIGN" align /dev/zero "$en" \
  -o "$TMP/o" --max-input-bytes 1M
expect_fail 1 "small.ko.txt: more than 100 bytes" -- "$KEALIGN" split --lang ko "$ko" --max-input-bytes 100
expect_fail 2 "missing.model" -- "$KEALIGN" tokenize --lang ko --model "$TMP/missing.model" "$ko"
leftovers=$(ls "$TMP" | grep -E '^o\.|tmp-' || true)
[[ -z $leftovers ]] || fail "files left behind: $leftovers"
echo "bad_input: ok"
