// Where Korean sentences end: the `BoundaryRules` for Korean text.
#pragma once

#include <cstddef>

#include "kealign/lang/boundary_rules.h"

namespace kealign::lang {

// The Korean boundary rules.
class KoreanBoundaryRules final : public BoundaryRules {
 public:
  KoreanBoundaryRules();

  // Korean periods: a Korean enumerator or date (`ContinuesKoreanPeriod`) or, since Korean text
  // quotes English names and abbreviations, an English one (`ContinuesEnglishPeriod`; a Hangul
  // word after the period is just the next word).
  bool PeriodContinues(const BlockView& block, std::size_t period,
                       std::size_t sentence_start) const override;
};

// Whether the period at `period` belongs to a Korean enumerator that opens the sentence
// ("가.", "제1조.") or to a date written with spaces ("2024. 11. 27.", also the day before a
// time or a noun: "2024. 11. 27 오후"). English text from Korean sources writes them too.
bool ContinuesKoreanPeriod(const BlockView& block, std::size_t period, std::size_t sentence_start);

}  // namespace kealign::lang
