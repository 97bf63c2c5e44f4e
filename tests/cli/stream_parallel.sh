# `kealign stream` under GNU parallel --pipe, as pipelines run it: the records split into
# chunks, one kealign per chunk; the output equals one kealign over all records (parallel -k
# keeps the chunks' order; Bitextor's --header 1 repeats the header into every chunk, and every
# kealign answers it).
source "$(dirname "$0")/lib.bash"
command -v parallel > /dev/null || fail "GNU parallel is not installed (scripts/install-deps)"
python3 - "$ROOT/corpus" "$TMP/records.jsonl" "$TMP/records.tsv" <<'PY'
import base64, json, os, sys
corpus, jsonl, tsv = sys.argv[1:4]
names = sorted(f[:-7] for f in os.listdir(corpus) if f.endswith(".ko.txt"))
with open(jsonl, "w", encoding="utf-8") as j, open(tsv, "w", encoding="utf-8") as t:
    t.write("src_url\ttrg_url\tsrc_text\ttrg_text\n")
    for name in names:
        text = {l: open(f"{corpus}/{name}.{l}.txt", encoding="utf-8").read() for l in ("ko", "en")}
        j.write(json.dumps({"id": name, **text}, ensure_ascii=False) + "\n")
        sents = [base64.b64encode(open(f"{corpus}/{name}.{l}.sents", "rb").read()).decode() for l in ("ko", "en")]
        t.write(f"http://ko/{name}\thttp://en/{name}\t{sents[0]}\t{sents[1]}\n")
PY
"$KEALIGN" train "$ROOT/corpus" -o "$TMP/m.kea" -q > /dev/null
"$KEALIGN" stream --model "$TMP/m.kea" --jobs 1 < "$TMP/records.jsonl" > "$TMP/single.jsonl"
parallel --will-cite --pipe -N 3 -j 2 -k "$KEALIGN" stream --model "$TMP/m.kea" --jobs 1 \
  < "$TMP/records.jsonl" > "$TMP/parallel.jsonl"
cmp -s "$TMP/single.jsonl" "$TMP/parallel.jsonl" || fail "parallel --pipe jsonl differs from one stream"
"$KEALIGN" stream --records bitextor --model "$TMP/m.kea" --jobs 1 < "$TMP/records.tsv" > "$TMP/single.tsv"
parallel --will-cite --pipe --header 1 -N 3 -j 2 -k "$KEALIGN" stream --records bitextor \
  --model "$TMP/m.kea" --jobs 1 < "$TMP/records.tsv" > "$TMP/parallel.tsv"
[[ $(grep -c '^src_url' "$TMP/parallel.tsv") -gt 1 ]] || fail "expected a header from every chunk"
# Keeping the first header only gives the single stream's output.
awk 'NR == 1 || !/^src_url\t/' "$TMP/parallel.tsv" | cmp -s - "$TMP/single.tsv" ||
  fail "parallel --pipe --header 1 differs from one stream"
echo "stream_parallel: ok"
