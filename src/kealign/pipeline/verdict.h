// Document-level verdicts: is this pair what it claims to be?
//
// At corpus scale nobody reads the output, so inputs that are not a Korean document and its
// English translation must be caught by the tool:
//   language check  each side's letters by script (`text::ProfileScripts`): English given as the
//                   Korean side, Korean as the English side, or both (the files swapped), is an
//                   `InputError` before anything is aligned.
//   document score  after aligning, how much of the pair the model believes is translation:
//                   the share of sentences in confident alignments with both sides, whose two
//                   sides are not the same text. A Korean article with an unrelated English one,
//                   or one text given as both sides, scores low; a real translation high, even
//                   with a few untranslated sentences.
#pragma once

#include <string>

#include "kealign/aligned_document.h"
#include "kealign/document.h"

namespace kealign {

// A side needs at least this many letters for the language check to judge it; shorter texts
// (a number, a title of one word) pass.
inline constexpr std::size_t kMinLettersToJudge = 20;
// The Korean side must have at least this share of Hangul among its letters: Korean technical
// text full of Latin names and code stays far above it (the lowest Korean document of the
// corpus and dev set has 0.75), English text has none.
inline constexpr double kMinHangulShare = 0.1;
// The English side must have at least this share of Latin letters.
inline constexpr double kMinLatinShare = 0.5;

// Throws `InputError` naming the file when `source` (the Korean side) does not look Korean or
// `target` (the English side) does not look English, saying what it looks like, and both when
// the two look swapped. Linear in the texts.
void CheckLanguages(const Document& source, const Document& target);

// An alignment with both sides non-empty and at least this posterior (the model's, before
// calibration: `Pipeline` scores documents first) counts as translation in the document score.
inline constexpr double kConfidentScore = 0.95;

// The document score of `document` in [0, 1]: of its sentences (both sides; markup noise and web
// boilerplate left out, they are expected to have no counterpart), the share that lie in an
// alignment with both sides non-empty, a score of at least `kConfidentScore`, and two sides that
// differ (the same text on both sides is not a translation). 0 if no sentence counts. Linear.
double DocumentScore(const AlignedDocument& document);

// The share of the counted sentences (as in `DocumentScore`) that lie in a confident alignment
// whose two sides are the same text (ignoring whitespace): near 1 when one text was given as
// both sides.
double IdenticalShare(const AlignedDocument& document);

// Whether `document` is flagged as not a translation: `document_score` below `min_score`.
bool IsUnrelated(const AlignedDocument& document, double min_score);

// Why `document` is flagged, for a warning (without the document's name): "the two sides are
// the same text" or "document score 0.21 is below 0.40: the English does not seem to translate
// the Korean".
std::string UnrelatedReason(const AlignedDocument& document, double min_score);

}  // namespace kealign
