# A batch that never loses or repeats work: manifest input, shards into one directory, merged
# output in manifest order, resuming after a kill (stale temporaries removed), a lock against a
# second run, and SIGINT/SIGTERM leaving no temporary.
source "$(dirname "$0")/lib.bash"
# A manifest in reverse name order, with paths relative to its own directory.
mkdir -p "$TMP/lists"
for f in $(ls "$ROOT"/corpus/*.ko.txt | sort -r); do
  name=$(basename "$f" .ko.txt)
  printf '%s\t../corpus/%s.ko.txt\t../corpus/%s.en.txt\n' "$name" "$name" "$name"
done > "$TMP/lists/manifest.tsv"
ln -s "$ROOT/corpus" "$TMP/corpus"
"$KEALIGN" train "$TMP/lists/manifest.tsv" -o "$TMP/m.kea" -q > /dev/null
args=(--format tsv,jsonl,moses --model "$TMP/m.kea" -q)
"$KEALIGN" batch "$TMP/lists/manifest.tsv" -o "$TMP/whole" "${args[@]}" --merge-output "$TMP/whole-all" 2> /dev/null
# Three shards at once into one directory, then merged: the same files.
for i in 1 2 3; do
  "$KEALIGN" batch "$TMP/lists/manifest.tsv" -o "$TMP/sharded" "${args[@]}" --shard $i/3 \
    --merge-output "$TMP/part$i" 2> "$TMP/shard$i.log" &
done
wait
diff -r "$TMP/whole" "$TMP/sharded" > /dev/null || fail "shards differ from the whole batch"
cat "$TMP"/part{1,2,3}.jsonl | cmp -s - "$TMP/whole-all.jsonl" || fail "shard merges in order != whole merge"
# The merged corpus follows the manifest's order and names each row's document.
cut -f1 "$TMP/whole-all.tsv" | uniq | diff - <(cut -f1 "$TMP/lists/manifest.tsv") > /dev/null ||
  fail "merged TSV is not in manifest order"
[[ $(lines "$TMP/whole-all.docs") == $(lines "$TMP/whole-all.ko") ]] || fail "merged .docs"
first=$(head -1 "$TMP/lists/manifest.tsv" | cut -f1)
head -1 "$TMP/whole-all.jsonl" | grep -q "^{\"id\":\"$first\",\"ko\":" || fail "merged JSONL id"

# Resume: a run killed with one document unwritten and a temporary left behind.
rm "$TMP/whole/news-tech.tsv"
touch "$TMP/whole/news-tech.tsv.tmp-999999999-4"
"$KEALIGN" batch "$TMP/lists/manifest.tsv" -o "$TMP/whole" "${args[@]}" 2> "$TMP/resume.log"
grep -q '1 of 11 documents aligned.*10 skipped' "$TMP/resume.log" || fail "resume: $(cat "$TMP/resume.log")"
[[ -f $TMP/whole/news-tech.tsv && ! -e $TMP/whole/news-tech.tsv.tmp-999999999-4 ]] ||
  fail "resume did not redo the document or left the temporary"
diff -r "$TMP/whole" "$TMP/sharded" > /dev/null || fail "resumed outputs differ"
"$KEALIGN" batch "$TMP/lists/manifest.tsv" -o "$TMP/whole" "${args[@]}" --force 2> "$TMP/force.log"
grep -q '11 of 11 documents aligned' "$TMP/force.log" || fail "--force: $(cat "$TMP/force.log")"

# A second run while the directory is locked fails at once with one clear line.
python3 - "$TMP/whole/.kealign.lock" "$KEALIGN" "$TMP" <<'PY'
import fcntl, subprocess, sys
lock, kealign, tmp = sys.argv[1:4]
with open(lock, "r+") as f:
    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 10)  # overlaps every run's range
    run = subprocess.run([kealign, "batch", f"{tmp}/lists/manifest.tsv", "-o", f"{tmp}/whole",
                          "--force"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1, run
    assert run.stderr.count("\n") == 1 and "another kealign batch is writing into this directory" in run.stderr, run.stderr
PY

# SIGINT: the documents in hand finish, none is started, exit 130, no temporary; the rerun
# completes the rest. SIGTERM: stops at once, exit 143, no temporary.
mkdir -p "$TMP/many"
for i in $(seq 1 6); do
  for f in "$ROOT"/corpus/*.txt; do cp "$f" "$TMP/many/c$i-$(basename "$f")"; done
done
python3 - "$KEALIGN" "$TMP" <<'PY'
import os, signal, subprocess, sys
kealign, tmp = sys.argv[1:3]
def run_until_first_document(sig, out):
    p = subprocess.Popen([kealign, "batch", f"{tmp}/many", "-o", f"{tmp}/{out}", "--jobs", "2",
                          "-v", "--model", f"{tmp}/m.kea", "--format", "tsv,html"],
                         stderr=subprocess.PIPE, text=True)
    for line in p.stderr:
        if "alignments" in line:  # a document was written: the run is aligning
            p.send_signal(sig)
            break
    rest = p.stderr.read()
    p.wait(timeout=120)
    leftovers = [f for f in os.listdir(f"{tmp}/{out}") if ".tmp-" in f]
    assert not leftovers, leftovers
    return p.returncode, rest
code, log = run_until_first_document(signal.SIGINT, "stopped")
assert code == 130, (code, log)
assert "interrupted: finishing the documents in hand" in log and "run again to resume" in log, log
done = len([f for f in os.listdir(f"{tmp}/stopped") if f.endswith(".tsv")])
assert 0 < done < 66, done
code, log = run_until_first_document(signal.SIGTERM, "terminated")
assert code == 143, (code, log)
PY
"$KEALIGN" batch "$TMP/many" -o "$TMP/stopped" --model "$TMP/m.kea" --format tsv,html -q 2> "$TMP/rest.log"
grep -q 'skipped (complete before)' "$TMP/rest.log" || fail "rerun after SIGINT: $(cat "$TMP/rest.log")"
"$KEALIGN" batch "$TMP/many" -o "$TMP/clean" --model "$TMP/m.kea" --format tsv,html -q 2> /dev/null
diff -r "$TMP/clean" "$TMP/stopped" > /dev/null || fail "interrupted and resumed run differs from a clean one"
echo "batch_resume: ok"
