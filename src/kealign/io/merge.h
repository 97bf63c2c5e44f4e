// One corpus out of a batch's documents (`kealign batch --merge-output PREFIX`): the per-document
// outputs concatenated in the batch's order, each row with its document's name.
//
//   moses  PREFIX.ko, PREFIX.en, and PREFIX.docs: line i of PREFIX.docs names the document of
//          line i of the other two (Moses files have no room for a column)
//   tsv    PREFIX.tsv: NAME<TAB> and the document's TSV row
//   jsonl  PREFIX.jsonl: `{"id":"NAME",…}` and the document's JSONL row: the rows
//          `kealign stream` writes for a record with that id
#pragma once

#include <string>
#include <vector>

#include "kealign/io/format.h"

namespace kealign::io {

// The formats of `formats` that can be merged (moses, tsv, jsonl), in the same order.
std::vector<Format> MergeableFormats(const std::vector<Format>& formats);

// The files `MergeOutputs` writes.
std::vector<std::string> MergedPaths(const std::vector<Format>& formats, const std::string& prefix);

// Writes the merged corpus of `names` (in this order) from their outputs in `directory`
// (`directory/NAME.tsv` …) for each mergeable format of `formats`, atomically as one set
// (`OutputFileSet`), reading one line at a time. Returns the paths written. Throws `InputError`
// if a document's output cannot be read, `OutputError` as `OutputFileSet` does.
std::vector<std::string> MergeOutputs(const std::vector<std::string>& names,
                                      const std::string& directory,
                                      const std::vector<Format>& formats,
                                      const std::string& prefix);

}  // namespace kealign::io
