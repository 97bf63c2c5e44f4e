# Quality regression: the aligner's F1 on the bundled corpus (gold splits) must not drop below
# the figures recorded in BENCHMARKS.md (0.969 strict, 0.992 lax) minus a small margin.
source "$(dirname "$0")/lib.bash"
"$KEALIGN" batch "$ROOT/corpus" -o "$TMP/pred" --input lines --format ids --quiet 2> /dev/null
python3 "$ROOT/scripts/score_ladders.py" "$ROOT/corpus" "$TMP/pred" --min-strict 0.95 --min-lax 0.98
