# scripts/dask-align on a real Dask LocalCluster (two worker processes on loopback): the
# partitions' `kealign stream` outputs, sorted by id, equal `kealign batch --merge-output` on
# the same documents with the same model, byte for byte; from a manifest and from JSONL.
source "$(dirname "$0")/lib.bash"
/usr/bin/python3 -c "import distributed" 2> /dev/null ||
  fail "python3-distributed is not installed (scripts/install-deps)"
"$KEALIGN" train "$ROOT/corpus" -o "$TMP/m.kea" -q > /dev/null
"$KEALIGN" batch "$ROOT/corpus" -o "$TMP/batch" --format jsonl --model "$TMP/m.kea" -q \
  --merge-output "$TMP/batch-all" 2> /dev/null
for f in "$ROOT"/corpus/*.ko.txt; do
  name=$(basename "$f" .ko.txt)
  printf '%s\t%s\t%s\n' "$name" "$f" "${f%.ko.txt}.en.txt"
done > "$TMP/manifest.tsv"
# sorted_by_id FILE...: the rows, stably sorted by their "id".
sorted_by_id() {
  /usr/bin/python3 -c '
import json, sys
rows = [line for path in sys.argv[1:] for line in open(path, encoding="utf-8")]
sys.stdout.write("".join(sorted(rows, key=lambda row: json.loads(row)["id"])))' "$@"
}
sorted_by_id "$TMP/batch-all.jsonl" > "$TMP/expected.jsonl"
/usr/bin/python3 "$ROOT/scripts/dask-align" "$TMP/manifest.tsv" -o "$TMP/dask" --workers 2 \
  --partitions 4 --kealign "$KEALIGN" -- --model "$TMP/m.kea" 2> "$TMP/dask.log" ||
  fail "dask-align: $(cat "$TMP/dask.log")"
[[ $(ls "$TMP/dask") == $'part-00000.jsonl\npart-00001.jsonl\npart-00002.jsonl\npart-00003.jsonl' ]] ||
  fail "partitions: $(ls "$TMP/dask")"
sorted_by_id "$TMP"/dask/part-*.jsonl | cmp -s - "$TMP/expected.jsonl" ||
  fail "dask-align (manifest) differs from batch"
grep -q "11 documents in 4 partitions on 2 worker threads: 4 written" "$TMP/dask.log" ||
  fail "summary: $(cat "$TMP/dask.log")"
# JSONL records in, shuffled: the same rows once sorted; a rerun skips the written partitions.
/usr/bin/python3 - "$ROOT/corpus" "$TMP/records.jsonl" <<'PY'
import json, os, random, sys
corpus, out = sys.argv[1:3]
names = sorted(f[:-7] for f in os.listdir(corpus) if f.endswith(".ko.txt"))
random.Random(7).shuffle(names)
with open(out, "w", encoding="utf-8") as f:
    for name in names:
        texts = {l: open(f"{corpus}/{name}.{l}.txt", encoding="utf-8").read() for l in ("ko", "en")}
        f.write(json.dumps({"id": name, **texts}, ensure_ascii=False) + "\n")
PY
/usr/bin/python3 "$ROOT/scripts/dask-align" "$TMP/records.jsonl" -o "$TMP/dask-jsonl" --workers 2 \
  --partitions 3 --kealign "$KEALIGN" -- --model "$TMP/m.kea" 2> "$TMP/dask2.log" ||
  fail "dask-align (jsonl): $(cat "$TMP/dask2.log")"
sorted_by_id "$TMP"/dask-jsonl/part-*.jsonl | cmp -s - "$TMP/expected.jsonl" ||
  fail "dask-align (jsonl) differs from batch"
/usr/bin/python3 "$ROOT/scripts/dask-align" "$TMP/records.jsonl" -o "$TMP/dask-jsonl" --workers 2 \
  --partitions 3 --kealign "$KEALIGN" -- --model "$TMP/m.kea" 2> "$TMP/dask3.log"
grep -q "0 written, 3 skipped" "$TMP/dask3.log" || fail "rerun: $(cat "$TMP/dask3.log")"
echo "dask_align: ok"
