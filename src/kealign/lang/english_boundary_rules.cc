#include "kealign/lang/english_boundary_rules.h"

#include "kealign/lang/boilerplate.h"
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

// A dateline names at most this many place words before its agency ("SANTA BARBARA,
// California (CNN)", "DUBAI, United Arab Emirates (CNN)").
constexpr std::size_t kMaxDatelineCapsWords = 4;
constexpr std::size_t kMaxDatelineRegionWords = 3;

// Whether `i` lies inside a parenthesis or bracket (with `quotes`, also a quotation) opened
// after `sentence_start`.
bool InsideMarks(const BlockView& block, std::size_t i, std::size_t sentence_start, bool quotes) {
  const auto chars = block.chars();
  const auto pairs = block.pairs();
  for (std::size_t k = sentence_start; k < i; ++k) {
    const BlockChar& c = chars[k];
    if (c.cp == '(' || c.cp == '[' || c.cp == 0xFF08) {
      if (pairs[k] > static_cast<std::int32_t>(i)) return true;
    } else if (quotes && (c.kind == CharKind::kOpen || c.kind == CharKind::kStraightQuote)) {
      // A quotation still open at `i`, including one that never closes in this block.
      const bool opening = pairs[k] > static_cast<std::int32_t>(k) ||
                           (pairs[k] < 0 && (k == 0 || chars[k - 1].kind == CharKind::kSpace));
      if (opening && (pairs[k] < 0 || pairs[k] > static_cast<std::int32_t>(i))) return true;
    }
  }
  return false;
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

EnglishBoundaryRules::EnglishBoundaryRules(bool soft_boundaries)
    : BoundaryRules(BoundaryHooks{.datelines = true, .soft_cuts = soft_boundaries}) {}

bool EnglishBoundaryRules::PeriodContinues(const BlockView& block, std::size_t period,
                                           std::size_t sentence_start) const {
  return ContinuesEnglishPeriod(block, period, sentence_start, /*hangul_opens_sentence=*/true) ||
         ContinuesKoreanPeriod(block, period, sentence_start);
}

std::size_t EnglishBoundaryRules::CutAfterTerminal(const BlockView& block, const TerminalRun& run,
                                                   std::size_t) const {
  if (run.next == run.end) return 0;
  // A lower-case word continues the sentence.
  const CharKind next = block.chars()[run.next].kind;
  if (next == CharKind::kLower) return 0;
  if (run.ellipsis && !run.exclaims && next == CharKind::kDigit) return 0;
  return run.end;
}

std::size_t EnglishBoundaryRules::DatelineStart(const BlockView& block, std::size_t open) const {
  const auto chars = block.chars();
  const auto pairs = block.pairs();
  const std::size_t n = chars.size();
  const std::int32_t close = pairs[open];
  if (close <= static_cast<std::int32_t>(open) ||
      (open > 0 && chars[open - 1].kind != CharKind::kSpace)) {
    return 0;
  }
  if (!IsNewsAgency(block.Bytes(open + 1, static_cast<std::size_t>(close)))) return 0;
  // The story follows, after a dash or directly: "(CNN) — John McCain", "(CNN) Demons".
  std::size_t s = static_cast<std::size_t>(close) + 1;
  if (s >= n || chars[s].kind != CharKind::kSpace) return 0;
  s = block.SkipSpaces(s);
  std::size_t dash = s;
  while (dash < n &&
         (chars[dash].cp == '-' || chars[dash].cp == 0x2013 || chars[dash].cp == 0x2014))
    ++dash;
  if (dash > s) {
    if (dash >= n || chars[dash].kind != CharKind::kSpace) return 0;
    if (!block.StartsSentence(block.SkipSpaces(dash))) return 0;
  } else if (s >= n || chars[s].kind != CharKind::kUpper) {
    return 0;
  }
  // The place before it: all-caps words, then optionally a comma and a region in title case
  // ("SEOUL, South Korea").
  auto word_before = [&](std::size_t j, std::size_t* begin) {
    std::size_t e = j;
    while (e > 0 && chars[e - 1].kind == CharKind::kSpace) --e;
    std::size_t b = e;
    while (b > 0 && e - b < kMaxWordScanChars && chars[b - 1].kind != CharKind::kSpace) --b;
    *begin = b;
    return e;
  };
  auto all_caps = [&](std::size_t b, std::size_t e) {
    std::size_t letters = 0;
    for (std::size_t k = b; k < e; ++k) {
      const BlockChar& c = chars[k];
      if (c.kind == CharKind::kUpper) {
        ++letters;
      } else if (c.cp != '.' && c.cp != '-' && c.cp != '\'' && c.cp != 0x2019) {
        return false;
      }
    }
    return letters >= 2;
  };
  auto title_case = [&](std::size_t b, std::size_t e) {
    if (b >= e || chars[b].kind != CharKind::kUpper) return false;
    bool lower = false;
    for (std::size_t k = b + 1; k < e; ++k) {
      if (chars[k].kind == CharKind::kLower) {
        lower = true;
      } else if (chars[k].kind != CharKind::kUpper && chars[k].cp != '-') {
        return false;
      }
    }
    return lower;
  };
  std::size_t start = open;
  std::size_t j = open;
  std::size_t b = 0;
  std::size_t e = word_before(j, &b);
  // "…, California (CNN)": region words, then a word ending in a comma.
  std::size_t region_words = 0;
  while (e > b && region_words < kMaxDatelineRegionWords && title_case(b, e)) {
    ++region_words;
    j = b;
    e = word_before(j, &b);
  }
  if (region_words > 0) {
    // Title-case words are a region only after "PLACE,"; otherwise the dateline is the agency.
    if (e <= b || chars[e - 1].cp != ',') return open;
    --e;
  }
  // All-caps place words; one comma may part a city from an all-caps state when no
  // title-case region did ("ST. LOUIS, MISSOURI (CNN)").
  bool comma = region_words > 0;
  for (std::size_t words = 0; words < kMaxDatelineCapsWords && e > b; ++words) {
    std::size_t word_end = e;
    if (!comma && words > 0 && chars[word_end - 1].cp == ',') {
      --word_end;
      comma = true;
    }
    if (!all_caps(b, word_end)) break;
    start = b;
    e = word_before(b, &b);
  }
  return start;
}

std::size_t EnglishBoundaryRules::SoftCutAfterColon(const BlockView& block, std::size_t i,
                                                    std::size_t sentence_start) const {
  const auto chars = block.chars();
  const std::size_t n = chars.size();
  if (i == 0 || i + 1 >= n || chars[i + 1].kind != CharKind::kSpace) return 0;
  const CharKind before = chars[i - 1].kind;
  if (!IsLetterKind(before) && before != CharKind::kDigit && before != CharKind::kClose &&
      before != CharKind::kStraightQuote) {
    return 0;
  }
  const std::size_t t = block.SkipSpaces(i + 1);
  if (t >= n) return 0;
  const char32_t mark = chars[t].cp;
  const bool quote = mark == '"' || mark == 0x201C || mark == 0x2018;
  const std::size_t w = quote ? block.SkipSpaces(t + 1) : t;
  if (w >= n || chars[w].kind != CharKind::kUpper) return 0;
  // Without a quotation, a list or an example may follow ("three cities: Paris, Rome…"); a
  // sentence shows itself by a typical opener ("…is needed: It will…").
  std::size_t w_end = w;
  while (w_end < n && IsLetterKind(chars[w_end].kind)) ++w_end;
  if (!quote && !IsSentenceOpener(block.Bytes(w, w_end))) return 0;
  // A credit: "Photo: The New York Times".
  if (IsBoilerplate(Language::kEnglish, block.Bytes(block.SkipSpaces(sentence_start), w_end)))
    return 0;
  // A verb of saying introduces a quotation inside the sentence: `He said: "We…`.
  std::size_t p = i;
  while (p > sentence_start && i - p < kMaxWordScanChars && IsLetterKind(chars[p - 1].kind)) --p;
  if (p < i && chars[p].kind == CharKind::kLower &&
      KeepsCapitalisedWordInSentence(block.Bytes(p, i))) {
    return 0;
  }
  if (InsideMarks(block, i, sentence_start, /*quotes=*/true)) return 0;
  return t;
}

std::size_t EnglishBoundaryRules::SoftCutBeforeCapital(const BlockView& block, std::size_t i,
                                                       std::size_t sentence_start) const {
  const auto chars = block.chars();
  const auto pairs = block.pairs();
  const std::size_t n = chars.size();
  const std::size_t t = block.SkipSpaces(i);
  if (t >= n || chars[t].kind != CharKind::kUpper) return 0;
  // Cheap tests first: this runs before every capitalised word. `i` is the last space before
  // it; the word before ends at the first.
  std::size_t first_space = i;
  while (first_space > sentence_start && chars[first_space - 1].kind == CharKind::kSpace) {
    --first_space;
  }
  i = first_space;
  if (i == sentence_start) return 0;
  const CharKind last_kind = chars[i - 1].kind;
  if (last_kind != CharKind::kLower && last_kind != CharKind::kDigit &&
      last_kind != CharKind::kClose && last_kind != CharKind::kStraightQuote) {
    return 0;
  }
  // The capitalised word must be a whole, short word that signals a sentence start.
  constexpr std::size_t kMaxOpenerChars = 9;  // "According"
  std::size_t t_end = t;
  while (
      t_end < n && t_end - t <= kMaxOpenerChars &&
      (IsLetterKind(chars[t_end].kind) || chars[t_end].cp == '\'' || chars[t_end].cp == 0x2019)) {
    ++t_end;
  }
  if (t_end >= n || chars[t_end].kind != CharKind::kSpace) return 0;
  const SoftOpener opener = ClassifySoftOpener(block.Bytes(t, t_end));
  if (opener == SoftOpener::kNone) return 0;
  const std::size_t next = block.SkipSpaces(t_end);
  if (next >= n) return 0;
  if (opener == SoftOpener::kBeforeLower && chars[next].kind != CharKind::kLower) return 0;
  // The word before: a lower-case word that does not introduce a name or title, a number, or
  // the end of a parenthesis or quotation.
  std::size_t p = i;
  while (p > sentence_start && i - p < kMaxWordScanChars && chars[p - 1].kind != CharKind::kSpace)
    --p;
  if (p == sentence_start || p == i) return 0;  // a sentence of one word, or a long one
  const BlockChar& last = chars[i - 1];
  const BlockChar& first = chars[p];
  if (last.kind == CharKind::kLower) {
    // After a capitalised word the opener is more often part of a name or title ("Serie A",
    // "Alice In Wonderland").
    if (first.kind != CharKind::kLower || KeepsCapitalisedWordInSentence(block.Bytes(p, i))) {
      return 0;
    }
  } else if (last.kind == CharKind::kDigit) {
    if (first.kind != CharKind::kDigit) return 0;
  } else if (last.cp == ')') {
    // A dateline: "MOSCOW, Russia (CNN) It was…".
    if (pairs[i - 1] >= 0 &&
        IsNewsAgency(block.Bytes(static_cast<std::size_t>(pairs[i - 1]) + 1, i - 1))) {
      return 0;
    }
  } else if (last.cp == 0x201D || last.cp == 0x2019 ||
             (last.kind == CharKind::kStraightQuote && pairs[i - 1] >= 0 &&
              pairs[i - 1] < static_cast<std::int32_t>(i - 1))) {
    // A quotation that ends in a comma or semicolon goes on: `"…," he said`.
    if (i >= 2 && (chars[i - 2].cp == ',' || chars[i - 2].cp == ';')) return 0;
  } else {
    return 0;
  }
  if (InsideMarks(block, i, sentence_start, /*quotes=*/false)) return 0;
  return t;
}

}  // namespace kealign::lang
