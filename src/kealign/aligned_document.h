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
  // How much of the pair the model believes is translation, in [0, 1]: the share of sentences
  // in confident alignments with both sides that differ (`DocumentScore` in
  // pipeline/verdict.h). Set by `Pipeline::Align`; low for an unrelated or untranslated pair.
  double document_score = 0.0;
  // The share of sentences in confident alignments whose two sides are the same text
  // (`IdenticalShare`): near 1 when one text was given as both sides.
  double identical_share = 0.0;
  // Word links of the beads with both sides (word_link.h), sorted by Korean sentence, then by
  // position; a bead's links are those whose two sentences it holds. Empty unless asked for
  // (`PipelineOptions::word_links`).
  std::vector<WordLink> links{};
};

}  // namespace kealign
