# Korean in NFD (decomposed jamo, as macOS file systems write it) aligns exactly as its NFC form:
# the bundled corpus converted to NFD gives byte-identical outputs (NFC text), hence the same
# strict F1 on gold splits and the same pairs F1 from raw text. Before normalization NFD split
# `news-sports` into 48 sentences instead of 27 and almost nothing matched.
source "$(dirname "$0")/lib.bash"
mkdir "$TMP/nfd"
python3 - "$ROOT/corpus" "$TMP/nfd" <<'PY'
import glob, os, sys, unicodedata
for path in glob.glob(os.path.join(sys.argv[1], "*")):
    name = os.path.basename(path)
    if not name.endswith((".txt", ".sents", ".gold")):
        continue
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if ".ko." in name:
        nfd = unicodedata.normalize("NFD", text)
        assert nfd != text, name
        text = nfd
    with open(os.path.join(sys.argv[2], name), "w", encoding="utf-8") as f:
        f.write(text)
PY
for form in corpus nfd; do
  dir=$ROOT/corpus
  [[ $form == nfd ]] && dir=$TMP/nfd
  "$KEALIGN" batch "$dir" -o "$TMP/lines-$form" --input lines --format ids,tsv --quiet 2> /dev/null
  "$KEALIGN" batch "$dir" -o "$TMP/text-$form" --format tsv,jsonl --quiet 2> /dev/null
  "$KEALIGN" split --lang ko "$dir/news-sports.ko.txt" > "$TMP/split-$form"
done
[[ $(grep -c . "$TMP/split-nfd") == 27 ]] || fail "news-sports in NFD: $(grep -c . "$TMP/split-nfd") sentences, not 27"
diff -r "$TMP/lines-corpus" "$TMP/lines-nfd" > /dev/null || fail "gold splits: NFD outputs differ from NFC"
diff -r "$TMP/text-corpus" "$TMP/text-nfd" > /dev/null || fail "raw text: NFD outputs differ from NFC"

# The figures themselves: strict F1 on gold splits, pairs F1 from raw text (gold pairs: the gold
# ladder's sentences joined by one space), each equal for both forms.
strict() { python3 "$ROOT/scripts/score_ladders.py" "$ROOT/corpus" "$1" | tail -1; }
pairs_f1() {
  python3 - "$ROOT/corpus" "$1" <<'PY'
import ast, csv, glob, os, sys
gold_dir, pred_dir = sys.argv[1:]
right = predicted = gold_total = 0
for gold in sorted(glob.glob(os.path.join(gold_dir, "*.gold"))):
    name = os.path.basename(gold)[:-5]
    sents = {side: open(os.path.join(gold_dir, f"{name}.{side}.sents"), encoding="utf-8").read().splitlines()
             for side in ("ko", "en")}
    gold_pairs = set()
    for line in open(gold, encoding="utf-8"):
        left, right_ids = line.strip().split(":")[:2]
        ko, en = ast.literal_eval(left), ast.literal_eval(right_ids)
        if ko and en:
            gold_pairs.add((" ".join(sents["ko"][i] for i in ko), " ".join(sents["en"][i] for i in en)))
    with open(os.path.join(pred_dir, name + ".tsv"), encoding="utf-8", newline="") as f:
        pred = {(row[0], row[1]) for row in csv.reader(f, delimiter="\t") if row[0] and row[1]}
    right += len(pred & gold_pairs); predicted += len(pred); gold_total += len(gold_pairs)
p, r = right / predicted, right / gold_total
print(f"pairs F1 {2 * p * r / (p + r):.4f}")
PY
}
nfc_strict=$(strict "$TMP/lines-corpus"); nfd_strict=$(strict "$TMP/lines-nfd")
nfc_pairs=$(pairs_f1 "$TMP/text-corpus"); nfd_pairs=$(pairs_f1 "$TMP/text-nfd")
[[ $nfc_strict == "$nfd_strict" ]] || fail "strict: NFC $nfc_strict, NFD $nfd_strict"
[[ $nfc_pairs == "$nfd_pairs" ]] || fail "pairs: NFC $nfc_pairs, NFD $nfd_pairs"
echo "nfd: ok (NFC and NFD: $nfc_strict; $nfc_pairs)"
