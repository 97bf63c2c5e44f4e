// A document: its original text and the sentences found in it.
//
// Glossary
//   sentence   a span of the original text, trimmed of surrounding whitespace, that the aligner
//              treats as one unit; with `--input lines` one input line.
//   paragraph  a run of sentences not separated by a blank line; numbered from 0.
//   noise      a sentence that is markup debris (`![]()`, a lone `|`): kept so that every byte
//              is accounted for, but not worth aligning.
//   boilerplate a sentence that is web furniture (`Advertisement`, `댓글 (0)`, `사진: 연합뉴스`):
//              real text, but usually present on one side only.
//   soft start a sentence whose boundary with the previous sentence is a guess (no final
//              punctuation, e.g. a headline re-flowed into the next paragraph): the aligner may
//              join the two again without paying a merge prior.
#pragma once

#include <string>
#include <vector>

#include "kealign/span.h"

namespace kealign {

struct Sentence {
  ByteSpan span;       // bytes of `Document::text`, without leading or trailing whitespace
  int paragraph = 0;   // 0-based paragraph index
  bool is_noise = false;
  bool is_boilerplate = false;
  bool soft_start = false;  // the boundary before this sentence is a guess (see glossary)

  friend bool operator==(const Sentence&, const Sentence&) = default;
};

struct Document {
  std::string path;  // where the text came from, for messages; may be empty
  // Valid UTF-8 in Unicode NFC as the readers make it (text/normalizer.h): the input as read,
  // with a leading byte-order mark removed and decomposed characters (NFD Korean) composed.
  std::string text;
  std::vector<Sentence> sentences;
  // Byte offsets of `text` back to the input as read (identity when nothing was rewritten):
  // `to_original.ToOriginal(sentences[i].span)` are the bytes of sentence i in the input file.
  OffsetMap to_original;

  std::string_view SentenceText(std::size_t i) const { return sentences[i].span.Of(text); }
};

}  // namespace kealign
