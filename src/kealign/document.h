// A document: its original text and the sentences found in it.
//
// Glossary
//   sentence   a span of the original text, trimmed of surrounding whitespace, that the aligner
//              treats as one unit; with `--input lines` one input line.
//   paragraph  a run of sentences not separated by a blank line; numbered from 0.
//   noise      a sentence that is markup debris (`![]()`, a lone `|`): kept so that every byte
//              is accounted for, but not worth aligning.
#pragma once

#include <string>
#include <vector>

#include "kealign/span.h"

namespace kealign {

struct Sentence {
  ByteSpan span;       // bytes of `Document::text`, without leading or trailing whitespace
  int paragraph = 0;   // 0-based paragraph index
  bool is_noise = false;

  friend bool operator==(const Sentence&, const Sentence&) = default;
};

struct Document {
  std::string path;  // where the text came from, for messages; may be empty
  std::string text;  // valid UTF-8, as read (a leading byte-order mark removed)
  std::vector<Sentence> sentences;

  std::string_view SentenceText(std::size_t i) const { return sentences[i].span.Of(text); }
};

}  // namespace kealign
