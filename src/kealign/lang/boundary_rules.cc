#include "kealign/lang/boundary_rules.h"

#include "kealign/lang/english_boundary_rules.h"
#include "kealign/lang/korean_boundary_rules.h"

namespace kealign::lang {

std::size_t BlockView::SkipClosers(std::size_t i) const {
  while (i < chars_.size() &&
         (chars_[i].kind == CharKind::kClose || (chars_[i].kind == CharKind::kStraightQuote &&
                                                 pairs_[i] < static_cast<std::int32_t>(i)))) {
    ++i;
  }
  return i;
}

bool BlockView::StartsSentence(std::size_t i) const {
  const std::size_t n = chars_.size();
  while (i < n &&
         (chars_[i].kind == CharKind::kOpen || chars_[i].kind == CharKind::kStraightQuote)) {
    ++i;
  }
  if (i >= n) return false;
  const CharKind kind = chars_[i].kind;
  return kind == CharKind::kUpper || kind == CharKind::kDigit || kind == CharKind::kHangul ||
         kind == CharKind::kLetter;
}

bool BoundaryRules::IsAtomicPair(const BlockView&, std::size_t, std::size_t) const { return false; }

std::size_t BoundaryRules::CutAtSpace(const BlockView&, std::size_t, std::size_t) const {
  return 0;
}

bool BoundaryRules::EndsAfterDecoration(const BlockView&, std::size_t, std::size_t) const {
  return false;
}

std::size_t BoundaryRules::DatelineStart(const BlockView&, std::size_t) const { return 0; }

std::size_t BoundaryRules::SoftCutAfterColon(const BlockView&, std::size_t, std::size_t) const {
  return 0;
}

std::size_t BoundaryRules::SoftCutBeforeCapital(const BlockView&, std::size_t, std::size_t) const {
  return 0;
}

std::unique_ptr<BoundaryRules> MakeBoundaryRules(Language language,
                                                 const BoundaryOptions& options) {
  if (language == Language::kKorean) {
    return std::make_unique<KoreanBoundaryRules>(options.keep_standalone_quotes_whole);
  }
  return std::make_unique<EnglishBoundaryRules>(options.soft_boundaries);
}

}  // namespace kealign::lang
