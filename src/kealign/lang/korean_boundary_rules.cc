#include "kealign/lang/korean_boundary_rules.h"

#include "kealign/lang/english_boundary_rules.h"
#include "kealign/lang/korean_endings.h"

namespace kealign::lang {

bool ContinuesKoreanPeriod(const BlockView& block, std::size_t i, std::size_t sentence_start) {
  const auto chars = block.chars();
  const std::size_t n = chars.size();
  const std::size_t first = block.SkipSpaces(sentence_start);
  if (first < i && i - first <= kMaxEnumeratorChars && IsKoreanEnumerator(block.Bytes(first, i))) {
    return true;
  }
  if (i == 0 || chars[i - 1].kind != CharKind::kDigit) return false;
  std::size_t after = block.SkipClosers(i + 1);
  const bool spaced = after < n && chars[after].kind == CharKind::kSpace;
  after = block.SkipSpaces(after);
  // Dates written with spaces: "2024. 11. 27." continues after each period.
  if (spaced && after < n && chars[after].kind == CharKind::kDigit) {
    std::size_t e = after;
    while (e < n && chars[e].kind == CharKind::kDigit) ++e;
    if (e - after <= 4 && e < n && IsFullStop(chars[e].cp)) return true;
  }
  std::size_t d = i;
  while (d > 0 && chars[d - 1].kind == CharKind::kDigit) --d;
  std::size_t before = d;
  while (before > 0 && chars[before - 1].kind == CharKind::kSpace) --before;
  if (before < d && before > 1 && IsFullStop(chars[before - 1].cp) &&
      chars[before - 2].kind == CharKind::kDigit && i - d <= 2) {
    // The day of "2024. 11. 27." before a time or a noun.
    return after < n && chars[after].kind != CharKind::kUpper;
  }
  return false;
}

KoreanBoundaryRules::KoreanBoundaryRules() : BoundaryRules(BoundaryHooks{}) {}

bool KoreanBoundaryRules::PeriodContinues(const BlockView& block, std::size_t period,
                                          std::size_t sentence_start) const {
  return ContinuesEnglishPeriod(block, period, sentence_start, /*hangul_opens_sentence=*/false) ||
         ContinuesKoreanPeriod(block, period, sentence_start);
}

}  // namespace kealign::lang
