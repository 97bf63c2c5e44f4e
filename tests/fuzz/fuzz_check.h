// Helpers shared by the fuzz targets: invariant checks that abort (so libFuzzer reports the
// input) rather than return, since a violated invariant is a bug whatever the input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "kealign/document.h"
#include "kealign/util/utf8.h"

namespace kealign::fuzz {

// Aborts with `what` unless `condition` holds.
inline void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

inline bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The sentence contract of `text::SentenceSplitter::Split` and the readers: spans in order,
// inside `text`, not overlapping, not empty, not starting or ending with ASCII whitespace, and
// on code point boundaries; paragraphs never decrease.
inline void CheckSentences(std::string_view text, const std::vector<Sentence>& sentences) {
  std::size_t previous_end = 0;
  int previous_paragraph = 0;
  for (const Sentence& sentence : sentences) {
    const ByteSpan span = sentence.span;
    Require(span.begin >= previous_end, "sentences overlap or are out of order");
    Require(span.begin < span.end && span.end <= text.size(), "sentence span empty or outside");
    Require(!IsSpaceByte(text[span.begin]) && !IsSpaceByte(text[span.end - 1]),
            "sentence not trimmed");
    Require(util::FindInvalidUtf8(span.Of(text)) == util::kNoInvalidByte,
            "sentence cut inside a character");
    Require(sentence.paragraph >= previous_paragraph, "paragraphs decrease");
    previous_end = span.end;
    previous_paragraph = sentence.paragraph;
  }
}

}  // namespace kealign::fuzz
