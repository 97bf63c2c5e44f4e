# kealign apply: the ladder `align` wrote gives back exactly align's outputs, every format; an
# edited ladder gives exactly the edited pairs; -o as align takes it. (Bad ladders: bad_input.sh.)
source "$(dirname "$0")/lib.bash"
ko=$ROOT/corpus/news-tech.ko.txt
en=$ROOT/corpus/news-tech.en.txt
formats=moses,tsv,jsonl,ids,tmx,html,anki,glossary

# Round trip on raw text: align, then apply align's own ladder.
"$KEALIGN" align "$ko" "$en" -o "$TMP/aligned/news-tech" --format "$formats" > /dev/null
"$KEALIGN" apply "$ko" "$en" "$TMP/aligned/news-tech.align" -o "$TMP/applied/news-tech" \
  --format "$formats" > "$TMP/printed"
[[ $(lines "$TMP/printed") == 9 ]] || fail "apply printed: $(cat "$TMP/printed")"
for f in "$TMP"/aligned/*; do
  cmp -s "$f" "$TMP/applied/${f##*/}" || fail "apply of align's ladder differs in ${f##*/}"
done
[[ $(ls "$TMP/aligned") == "$(ls "$TMP/applied")" ]] || fail "not the same files"
# The page's key is the ladder's: the same alignment, the same stored edits.
grep -q '"links"' "$TMP/applied/news-tech.jsonl" || fail "no links in the applied JSONL"

# An edited ladder, on the gold splits: the first two beads joined, the third made two holes, the
# last Korean sentence moved into the bead before it. The outputs hold exactly these pairs.
ks=$ROOT/corpus/news-tech.ko.sents
es=$ROOT/corpus/news-tech.en.sents
"$KEALIGN" align "$ks" "$es" -o "$TMP/lines" --input lines --format ids > /dev/null
python3 - "$TMP/lines.align" "$TMP/edit.align" <<'PY'
import ast, sys
ladder = [[ast.literal_eval(s) for s in line.split(":")] for line in open(sys.argv[1])]
assert len(ladder) > 6 and all(ko and en for ko, en in ladder[:3]), ladder[:3]
edited = [[ladder[0][0] + ladder[1][0], ladder[0][1] + ladder[1][1]]]
edited += [[[k], []] for k in ladder[2][0]] + [[[], [e]] for e in ladder[2][1]]
edited += ladder[3:]
last_ko = max(k for ko, _ in ladder for k in ko)
last = next(i for i, (ko, _) in enumerate(edited) if last_ko in ko)
assert edited[last][0] == [last_ko] and last > 0, edited[-3:]
edited[last - 1][0].append(last_ko)
edited[last][0].remove(last_ko)
if not edited[last][1]:
    del edited[last]
open(sys.argv[2], "w").write("".join(f"[{', '.join(map(str, k))}]:[{', '.join(map(str, e))}]\n"
                                     for k, e in edited))
PY
cmp -s "$TMP/lines.align" "$TMP/edit.align" && fail "the edit changed nothing"
"$KEALIGN" apply "$ks" "$es" "$TMP/edit.align" -o "$TMP/edited" --input lines \
  --format ids,tsv,jsonl > /dev/null
cmp -s "$TMP/edit.align" "$TMP/edited.align" || fail "ids output is not the edited ladder"
python3 - "$ks" "$es" "$TMP/edited" <<'PY' || fail "applied pairs are not the edited ones"
import ast, csv, json, sys
ko = open(sys.argv[1], encoding="utf-8").read().splitlines()
en = open(sys.argv[2], encoding="utf-8").read().splitlines()
prefix = sys.argv[3]
ladder = [[ast.literal_eval(s) for s in line.split(":")] for line in open(prefix + ".align")]
rows = list(csv.reader(open(prefix + ".tsv", encoding="utf-8", newline=""), delimiter="\t"))
objs = [json.loads(line) for line in open(prefix + ".jsonl", encoding="utf-8")]
assert len(rows) == len(ladder) == len(objs), (len(rows), len(ladder), len(objs))
for (k, e), row, o in zip(ladder, rows, objs):
    want = [" ".join(ko[i] for i in k), " ".join(en[i] for i in e)]
    assert row[:2] == want, (row, want)
    assert row[3] == ",".join(map(str, k)) and row[4] == ",".join(map(str, e)), row
    assert [o["ko"], o["en"], o["ko_ids"], o["en_ids"]] == want + [k, e], o
    assert 0 <= o["score"] <= 1
    for a, b, c, d in o["links"]:  # links stay inside this bead's texts
        assert 0 <= a < b <= len(o["ko"].encode()) and 0 <= c < d <= len(o["en"].encode())
# A joined bead of two good pairs is not what the model would pick, and the holes made of a
# good pair are unlikely: both score low, so the page's filter finds them.
assert rows[0][2] != "" and float(rows[0][2]) < 0.5, rows[0]
PY

# -o as align takes it: a directory gets NAME.*, '-' writes one format to standard output.
mkdir "$TMP/dir"
"$KEALIGN" apply "$ks" "$es" "$TMP/edit.align" -o "$TMP/dir" --input lines --format tsv > /dev/null
cmp -s "$TMP/dir/news-tech.tsv" "$TMP/edited.tsv" || fail "-o DIR: $(ls "$TMP/dir")"
"$KEALIGN" apply "$ks" "$es" "$TMP/edit.align" -o - --input lines --format tsv > "$TMP/stdout.tsv"
cmp -s "$TMP/stdout.tsv" "$TMP/edited.tsv" || fail "-o - differs from the file"
# The ladder from standard input.
"$KEALIGN" apply "$ks" "$es" - -o "$TMP/stdin" --input lines --format ids < "$TMP/edit.align" > /dev/null
cmp -s "$TMP/stdin.align" "$TMP/edit.align" || fail "ladder from standard input"
echo "apply: ok"
