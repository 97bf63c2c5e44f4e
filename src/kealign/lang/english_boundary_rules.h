// Where English sentences end: the `BoundaryRules` for English text.
#pragma once

#include <cstddef>

#include "kealign/lang/boundary_rules.h"

namespace kealign::lang {

// The English boundary rules.
class EnglishBoundaryRules final : public BoundaryRules {
 public:
  // English periods (`ContinuesEnglishPeriod`; a Hangul word after the period opens a new
  // sentence), and the Korean enumerators and dates of text from Korean sources
  // (`ContinuesKoreanPeriod`).
  bool PeriodContinues(const BlockView& block, std::size_t period,
                       std::size_t sentence_start) const override;
};

// Whether the period at `period` does not end the sentence by English conventions: a decimal
// point ("3.5", "$14.3"; not after Hangul: "…했다.2024년"), an enumerator that opens the
// sentence ("1.", "IV.", "a."), an abbreviation (`ClassifyAbbreviation`: always for titles,
// "Dr."; for "Inc." unless a typical sentence opener follows) or an initial ("J. R. R.
// Tolkien"). `hangul_opens_sentence`: whether a Hangul word after the period counts as an
// opener. Korean text quotes English names and abbreviations, so the Korean rules ask this too.
bool ContinuesEnglishPeriod(const BlockView& block, std::size_t period, std::size_t sentence_start,
                            bool hangul_opens_sentence);

}  // namespace kealign::lang
