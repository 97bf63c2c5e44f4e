#include "kealign/lang/english_boundary_rules.h"

#include "kealign/lang/english_abbreviations.h"
#include "kealign/lang/korean_boundary_rules.h"

namespace kealign::lang {
namespace {

bool IsRoman(std::string_view s) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s) {
    if (std::string_view("IVXivx").find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace

bool ContinuesEnglishPeriod(const BlockView& block, std::size_t i, std::size_t sentence_start,
                            bool hangul_opens_sentence) {
  const auto chars = block.chars();
  const std::size_t n = chars.size();
  const CharKind prev = i > 0 ? chars[i - 1].kind : CharKind::kSpace;
  const CharKind next = i + 1 < n ? chars[i + 1].kind : CharKind::kSpace;
  // Decimals, versions, dates and amounts: 3.5, 2.0, 2024.11.27, $14.3.
  if (next == CharKind::kDigit && prev != CharKind::kHangul) return true;

  // An enumerator at the start of the sentence: "1.", "IV.", "a.".
  const std::size_t first = block.SkipSpaces(sentence_start);
  if (first < i && i - first <= kMaxEnumeratorChars) {
    std::string_view head = block.Bytes(first, i);
    bool digits = true;
    for (char ch : head) digits = digits && ((ch >= '0' && ch <= '9') || ch == '.');
    if ((digits && head.size() <= 4 && head.front() != '.') || IsRoman(head) ||
        (head.size() == 1 && IsLatinLetter(static_cast<unsigned char>(head[0])))) {
      return true;
    }
  }

  // The Latin word before the period, with inner periods: "Dr", "U.S", "Ph.D", "e.g".
  std::size_t w = i;
  while (w > 0 && i - w < kMaxWordScanChars &&
         (IsLatinLetter(chars[w - 1].cp) || IsFullStop(chars[w - 1].cp))) {
    --w;
  }
  while (w < i && IsFullStop(chars[w].cp)) ++w;
  if (w == i) return false;
  // A letter right before the Latin word ("삼성Inc", "abc123.") makes it something else.
  if (w > 0 && (chars[w - 1].kind == CharKind::kDigit || IsLetterKind(chars[w - 1].kind))) {
    return false;
  }
  const std::string_view word = block.Bytes(w, i);

  // The word after the period decides abbreviations that may end a sentence.
  const std::size_t after = block.SkipSpaces(block.SkipClosers(i + 1));
  std::size_t nw = after;
  while (nw < n &&
         (chars[nw].kind == CharKind::kOpen || chars[nw].kind == CharKind::kStraightQuote)) {
    ++nw;
  }
  std::size_t nw_end = nw;
  while (nw_end < n && IsLetterKind(chars[nw_end].kind)) ++nw_end;
  const std::string_view next_word = block.Bytes(nw, nw_end);
  const char32_t first_mark = after < n ? chars[after].cp : 0;
  const bool quote_opens = nw > after && nw < n &&
                           (chars[after].kind == CharKind::kStraightQuote || first_mark == 0x201C ||
                            first_mark == 0x2018 || first_mark == 0x300C || first_mark == 0x300E ||
                            first_mark == 0x00AB);
  // A quotation opens a sentence; a bracket is an aside.
  const bool next_is_opener =
      IsSentenceOpener(next_word) || quote_opens ||
      (hangul_opens_sentence && nw < n && chars[nw].kind == CharKind::kHangul);
  const bool next_is_number =
      after < n && (chars[after].kind == CharKind::kDigit || chars[after].cp == '#');

  switch (ClassifyAbbreviation(word)) {
    case AbbreviationKind::kTitle:
    case AbbreviationKind::kInline:
      return true;
    case AbbreviationKind::kBeforeNumber:
      if (next_is_number) return true;
      return !next_is_opener;
    case AbbreviationKind::kMayEnd:
      return !next_is_opener;
    case AbbreviationKind::kNone:
      break;
  }
  // Initials: "J. R. R. Tolkien", "George D. Beauchamp".
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') {
    const bool next_initial = nw_end == nw + 1 && nw_end < n && IsFullStop(chars[nw_end].cp);
    return next_initial || !(next_is_opener && next_word.size() > 1);
  }
  return false;
}

bool EnglishBoundaryRules::PeriodContinues(const BlockView& block, std::size_t period,
                                           std::size_t sentence_start) const {
  return ContinuesEnglishPeriod(block, period, sentence_start, /*hangul_opens_sentence=*/true) ||
         ContinuesKoreanPeriod(block, period, sentence_start);
}

}  // namespace kealign::lang
