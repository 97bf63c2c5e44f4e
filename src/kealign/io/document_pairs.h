// Finding the document pairs of a corpus: `NAME.ko.txt` + `NAME.en.txt` in one directory
// (`NAME.ko.sents` + `NAME.en.sents` for one sentence a line), or a manifest listing them.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "kealign/io/reader.h"

namespace kealign::io {

// One document and its translation, by path.
struct DocumentPair {
  std::string name;         // what outputs are named after: OUT_DIR/NAME.<ext>
  std::string source_path;  // Korean
  std::string target_path;  // English
};

struct PairListing {
  std::vector<DocumentPair> pairs;  // sorted by name
  // Files of one language whose partner is missing, e.g. "a.ko.txt (no a.en.txt)".
  std::vector<std::string> unpaired;
};

// Lists the pairs in `directory` (not its subdirectories). Throws `InputError` if it is not a
// readable directory; an empty listing is not an error here.
PairListing FindDocumentPairs(const std::string& directory, InputMode mode);

// Reads a manifest: one document pair a line, `NAME<TAB>KOREAN_PATH<TAB>ENGLISH_PATH`, in the
// order given (outputs are merged in this order). Blank lines and lines starting with `#` are
// skipped; a "\r" before the newline is ignored. Relative paths are taken from `base_directory`
// (the manifest's own directory, so that a manifest moves with its corpus; "" keeps them as
// they are). Throws `InputError` naming `name` and the line for a line without exactly three
// fields, an empty field, a NAME that is not a plain file name (it names the outputs
// OUT_DIR/NAME.<ext>: no `/`, not `.` or `..`, no leading `.`), or a NAME seen before. Files
// are not checked here: a missing one fails its document when it is read.
std::vector<DocumentPair> ReadManifest(std::istream& in, const std::string& name,
                                       const std::string& base_directory);

// `ReadManifest` of the file at `path` ("-": standard input, with paths relative to the
// working directory). Throws `InputError` if it cannot be read.
std::vector<DocumentPair> ReadManifestFile(const std::string& path);

// Which part of a corpus one run takes: shard `index` of `count` (1-based, `--shard 2/8`).
struct Shard {
  int index = 1;
  int count = 1;
};

// Parses "I/N" with 1 <= I <= N. Throws `kealign::Error` naming `text` otherwise.
Shard ParseShard(const std::string& text);

// The pairs of `shard`: the `index`-th of `count` contiguous, nearly equal slices of `pairs`
// (documents floor((index-1)·n/count) to floor(index·n/count) - 1), so that the shards' merged
// outputs, concatenated in shard order, are in the corpus's order.
std::vector<DocumentPair> SelectShard(const std::vector<DocumentPair>& pairs, Shard shard);

}  // namespace kealign::io
