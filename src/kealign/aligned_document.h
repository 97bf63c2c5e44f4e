// The result of aligning one document pair: both documents and the ladder between them.
// Writers (`kealign/io/`) take this and nothing else.
#pragma once

#include "kealign/align/bead.h"
#include "kealign/document.h"
#include "kealign/word_link.h"

namespace kealign {

struct AlignedDocument {
  Document source;  // Korean
  Document target;  // English
  align::Ladder ladder;
  // Word links of the beads with both sides (word_link.h), sorted by Korean sentence, then by
  // position; a bead's links are those whose two sentences it holds. Empty unless asked for
  // (`PipelineOptions::word_links`).
  std::vector<WordLink> links;
};

}  // namespace kealign
