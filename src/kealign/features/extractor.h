// Feature extraction: the language-aware step between sentences and the language-blind aligner.
// Turns each sentence's text into `align::SegmentFeatures`: a length and the anchors a
// translation would share (numbers, URLs, Latin-script words, loanwords).
// Cost: linear in the sentence; a few small allocations per sentence.
#pragma once

#include <string_view>
#include <vector>

#include "kealign/align/features.h"
#include "kealign/document.h"
#include "kealign/lang/language.h"

namespace kealign::features {

enum class LengthUnit {
  kCodePoints,          // every code point, spaces included
  kNonSpaceCodePoints,  // code points other than whitespace
  kBytes,               // UTF-8 bytes (Hangul syllables weigh 3)
};

struct FeatureOptions {
  // How sentence length is measured for the length model. Code points fit the dev set slightly
  // better than bytes once the ratio is estimated from the input (BENCHMARKS.md).
  LengthUnit length_unit = LengthUnit::kCodePoints;
  // Anchor sources; each can be switched off (for ablation or for languages pairs where it hurts).
  bool use_numbers = true;
  bool use_latin_words = true;
  // Whether Latin words inside Korean are strong anchors (a missing partner counts against a
  // pairing) or weak ones (they only support a pairing). Weak by default: translations often
  // spell out what Korean keeps in Latin letters (`AI` → "artificial intelligence"), and on the
  // dev set the penalty cost 0.005 strict F1 (BENCHMARKS.md, ablation).
  bool latin_words_strong = false;
  bool use_urls = true;
  // Loanwords and names across scripts (`구글` ↔ `Google`) by phonetic key (lang/romanization.h),
  // as weak anchors. Keys with fewer than `min_loanword_consonants` consonant symbols are
  // ignored: on news text 2-consonant keys match unrelated sentences too often.
  bool use_loanwords = true;
  int min_loanword_consonants = 3;
};

// Features of one sentence of `language`. Anchors are found in the text with compatibility forms
// folded (`text::FoldCompatibility`: full-width `２０２４` is the number 2024); the length is
// measured on `sentence` as given.
align::SegmentFeatures ExtractFeatures(std::string_view sentence, Language language,
                                       const FeatureOptions& options);

// Features of every sentence of `document` (paragraph and noise flags copied from it).
std::vector<align::SegmentFeatures> ExtractFeatures(const Document& document, Language language,
                                                    const FeatureOptions& options);

}  // namespace kealign::features
