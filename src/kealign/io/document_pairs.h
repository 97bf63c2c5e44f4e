// Finding the document pairs of a corpus: `NAME.ko.txt` + `NAME.en.txt` in one directory
// (`NAME.ko.sents` + `NAME.en.sents` for one sentence a line).
#pragma once

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

}  // namespace kealign::io
