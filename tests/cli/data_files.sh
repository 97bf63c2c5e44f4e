# The bundled data stays consistent: models/ko-en.dict is what scripts/build_lexicon.py builds
# from models/lexicon/, and corpus/ passes scripts/check_corpus.py (texts match their gold
# sentences, gold ladders are complete).
source "$(dirname "$0")/lib.bash"
python3 "$ROOT/scripts/build_lexicon.py" --check > /dev/null || fail "models/ko-en.dict is stale: run scripts/build_lexicon.py"
python3 "$ROOT/scripts/check_corpus.py" "$ROOT/corpus" > /dev/null || fail "corpus/ fails scripts/check_corpus.py"
echo "data_files: ok"
