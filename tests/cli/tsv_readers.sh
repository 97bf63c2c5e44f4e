# TSV outputs read back by the standard readers give exactly the texts of the JSONL output:
# Python's csv (`csv.reader(f, delimiter="\t")`) and pandas with the options the README gives
# (`read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False)`). Unquoted, a cell
# starting with a double quote lost it (3 of 66 rows of a news article).
source "$(dirname "$0")/lib.bash"
# pandas comes from Debian's python3-pandas (scripts/install-deps); the python3 first on PATH may
# be another installation.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import pandas' 2> /dev/null; then python=$candidate; break; fi
done
[[ -n $python ]] || fail "pandas is not installed (scripts/install-deps installs python3-pandas)"

mkdir "$TMP/in"
cp "$DATA/small.ko.txt" "$TMP/in/small.ko.txt"; cp "$DATA/small.en.txt" "$TMP/in/small.en.txt"
for name in news-society talk-cafe tech-blog; do
  cp "$ROOT/corpus/$name.ko.txt" "$ROOT/corpus/$name.en.txt" "$TMP/in/"
done
"$KEALIGN" batch "$TMP/in" -o "$TMP/out" --format tsv,jsonl --quiet 2> /dev/null
"$python" - "$TMP/out" <<'PY' || fail "TSV does not round-trip"
import csv, glob, json, sys
import pandas as pd

quoted = 0
for tsv in sorted(glob.glob(sys.argv[1] + "/*.tsv")):
    with open(tsv[:-4] + ".jsonl", encoding="utf-8") as f:
        expected = [[row["ko"], row["en"]] for row in map(json.loads, f)]
    with open(tsv, encoding="utf-8", newline="") as f:
        got_csv = [row[:2] for row in csv.reader(f, delimiter="\t")]
    assert got_csv == expected, (tsv, [(a, b) for a, b in zip(got_csv, expected) if a != b][:3])
    frame = pd.read_csv(tsv, sep="\t", header=None, dtype=str, keep_default_na=False)
    got_pandas = frame[[0, 1]].values.tolist()
    assert got_pandas == expected, (tsv, [(a, b) for a, b in zip(got_pandas, expected) if a != b][:3])
    assert frame.shape[1] == 5
    # With pandas' defaults apart from the separator and header, only empty cells differ (NaN).
    plain = pd.read_csv(tsv, sep="\t", header=None)
    for (ko, en), (want_ko, want_en) in zip(plain[[0, 1]].values.tolist(), expected):
        assert (ko if isinstance(ko, str) else "") == want_ko and (en if isinstance(en, str) else "") == want_en
    quoted += sum(cell.startswith('"') for row in expected for cell in row)
assert quoted >= 3, f"only {quoted} cells start with a quote: the test data no longer tests quoting"
PY
echo "tsv_readers: ok"
