// Word links: which words of an aligned pair translate each other, for learners and reviewers
// (the review page highlights them, JSONL lists them, the glossary counts them).
//
// Glossary
//   link     a Korean span and an English span of one bead that translate each other: a word
//            (`정부` of `정부는` and `government`), a number with its unit (`140억 달러` and
//            `$14 billion`), a name (`저커버그` and `Zuckerberg`, `OpenAI` and `OpenAI`).
//   lexical  a link the lexical model (IBM Model 1) proposes: the best partner of each word
//            in both directions, kept where the two directions agree.
//   anchor   a link found by rule: equal numbers, a Latin-script word written the same on both
//            sides, or a name or loanword whose sound matches (`lang/romanization.h`).
#pragma once

#include <cstdint>

#include "kealign/span.h"

namespace kealign {

enum class WordLinkKind : std::uint8_t {
  kLexical,    // IBM Model 1, both directions agreeing
  kNumber,     // the same number on both sides (`lang/numbers.h`)
  kLatinWord,  // a Latin-script word in Korean spelled as in English (`OpenAI`)
  kName,       // a Hangul name or loanword whose sound matches the English (`구글`, `Google`)
};

struct WordLink {
  int source_sentence = 0;  // index into the Korean document's sentences
  ByteSpan source;          // bytes of the Korean document's text, inside that sentence
  int target_sentence = 0;  // index into the English document's sentences
  ByteSpan target;          // bytes of the English document's text, inside that sentence
  // How sure the finder is, in (0, 1]: for a lexical link the mean of both directions'
  // posterior link probabilities under Model 1; 1 for anchors, which match by rule.
  float probability = 0;
  WordLinkKind kind = WordLinkKind::kLexical;

  friend bool operator==(const WordLink&, const WordLink&) = default;
};

}  // namespace kealign
