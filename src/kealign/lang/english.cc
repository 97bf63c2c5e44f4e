#include "kealign/lang/english.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>

namespace kealign::lang {
namespace {

using detail::IsAsciiDigit;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
char LowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Case-insensitive: does `text` hold `lower` (lower-case ASCII) at `pos`?
bool AtCi(std::string_view text, std::size_t pos, std::string_view lower) {
  if (pos > text.size() || text.size() - pos < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (LowerAscii(text[pos + k]) != lower[k]) return false;
  }
  return true;
}

// As `AtCi`, and the match is a whole word (no letter follows).
bool WordAtCi(std::string_view text, std::size_t pos, std::string_view lower) {
  const std::size_t end = pos + lower.size();
  return AtCi(text, pos, lower) && (end >= text.size() || !IsAsciiLetter(text[end]));
}

std::size_t LetterRunEnd(std::string_view text, std::size_t pos) {
  while (pos < text.size() && IsAsciiLetter(text[pos])) ++pos;
  return pos;
}

enum class WordType : std::uint8_t {
  kUnit,         // zero .. nineteen
  kTens,         // twenty .. ninety
  kHundred,      // hundred
  kScale,        // thousand, million, billion, trillion
  kDozen,        // dozen (12)
  kOrdinal,      // first .. hundredth
  kFraction,     // thirds, quarters: denominators in the plural
  kVague,        // tens, dozens, hundreds, thousands, ...: magnitude plurals
  kDecade,       // decade: x10 after a number
  kDecades,      // decades: "for decades", a vague ten (years)
  kFew,          // several, few: make a following scale vague
  kMonth,        // January .. December
  kMonthAbbrev,  // Jan .. Dec
  kWeekday,      // Monday .. Sunday
  kHalf,         // half
  kMultiplier,   // twice, double, triple
  kClock,        // noon, midnight
  kArticle,      // a, an
  kNumberSign,   // No. (number)
};

struct WordEntry {
  std::string_view word;
  WordType type;
  double value;
};

// Sorted by `word` (checked by a static_assert below).
constexpr WordEntry kWords[] = {
    {"a", WordType::kArticle, 1},
    {"an", WordType::kArticle, 1},
    {"apr", WordType::kMonthAbbrev, 4},
    {"april", WordType::kMonth, 4},
    {"aug", WordType::kMonthAbbrev, 8},
    {"august", WordType::kMonth, 8},
    {"billion", WordType::kScale, 1e9},
    {"billions", WordType::kVague, 1e9},
    {"dec", WordType::kMonthAbbrev, 12},
    {"decade", WordType::kDecade, 10},
    {"decades", WordType::kDecades, 10},
    {"december", WordType::kMonth, 12},
    {"double", WordType::kMultiplier, 2},
    {"doubled", WordType::kMultiplier, 2},
    {"dozen", WordType::kDozen, 12},
    {"dozens", WordType::kVague, 10},
    {"eight", WordType::kUnit, 8},
    {"eighteen", WordType::kUnit, 18},
    {"eighteenth", WordType::kOrdinal, 18},
    {"eighth", WordType::kOrdinal, 8},
    {"eighths", WordType::kFraction, 8},
    {"eightieth", WordType::kOrdinal, 80},
    {"eighty", WordType::kTens, 80},
    {"eleven", WordType::kUnit, 11},
    {"eleventh", WordType::kOrdinal, 11},
    {"feb", WordType::kMonthAbbrev, 2},
    {"february", WordType::kMonth, 2},
    {"few", WordType::kFew, 0},
    {"fifteen", WordType::kUnit, 15},
    {"fifteenth", WordType::kOrdinal, 15},
    {"fifth", WordType::kOrdinal, 5},
    {"fifths", WordType::kFraction, 5},
    {"fiftieth", WordType::kOrdinal, 50},
    {"fifty", WordType::kTens, 50},
    {"first", WordType::kOrdinal, 1},
    {"five", WordType::kUnit, 5},
    {"fortieth", WordType::kOrdinal, 40},
    {"forty", WordType::kTens, 40},
    {"four", WordType::kUnit, 4},
    {"fourteen", WordType::kUnit, 14},
    {"fourteenth", WordType::kOrdinal, 14},
    {"fourth", WordType::kOrdinal, 4},
    {"fourths", WordType::kFraction, 4},
    {"friday", WordType::kWeekday, 5},
    {"half", WordType::kHalf, 0.5},
    {"hundred", WordType::kHundred, 100},
    {"hundreds", WordType::kVague, 100},
    {"hundredth", WordType::kOrdinal, 100},
    {"jan", WordType::kMonthAbbrev, 1},
    {"january", WordType::kMonth, 1},
    {"jul", WordType::kMonthAbbrev, 7},
    {"july", WordType::kMonth, 7},
    {"jun", WordType::kMonthAbbrev, 6},
    {"june", WordType::kMonth, 6},
    {"mar", WordType::kMonthAbbrev, 3},
    {"march", WordType::kMonth, 3},
    {"may", WordType::kMonth, 5},
    {"midnight", WordType::kClock, 0},
    {"million", WordType::kScale, 1e6},
    {"millions", WordType::kVague, 1e6},
    {"monday", WordType::kWeekday, 1},
    {"nine", WordType::kUnit, 9},
    {"nineteen", WordType::kUnit, 19},
    {"nineteenth", WordType::kOrdinal, 19},
    {"ninetieth", WordType::kOrdinal, 90},
    {"ninety", WordType::kTens, 90},
    {"ninth", WordType::kOrdinal, 9},
    {"no", WordType::kNumberSign, 0},
    {"noon", WordType::kClock, 12},
    {"nov", WordType::kMonthAbbrev, 11},
    {"november", WordType::kMonth, 11},
    {"oct", WordType::kMonthAbbrev, 10},
    {"october", WordType::kMonth, 10},
    {"one", WordType::kUnit, 1},
    {"quadruple", WordType::kMultiplier, 4},
    {"quadrupled", WordType::kMultiplier, 4},
    {"quarters", WordType::kFraction, 4},
    {"saturday", WordType::kWeekday, 6},
    {"second", WordType::kOrdinal, 2},
    {"sep", WordType::kMonthAbbrev, 9},
    {"sept", WordType::kMonthAbbrev, 9},
    {"september", WordType::kMonth, 9},
    {"seven", WordType::kUnit, 7},
    {"seventeen", WordType::kUnit, 17},
    {"seventeenth", WordType::kOrdinal, 17},
    {"seventh", WordType::kOrdinal, 7},
    {"seventieth", WordType::kOrdinal, 70},
    {"seventy", WordType::kTens, 70},
    {"several", WordType::kFew, 0},
    {"six", WordType::kUnit, 6},
    {"sixteen", WordType::kUnit, 16},
    {"sixteenth", WordType::kOrdinal, 16},
    {"sixth", WordType::kOrdinal, 6},
    {"sixtieth", WordType::kOrdinal, 60},
    {"sixty", WordType::kTens, 60},
    {"sunday", WordType::kWeekday, 7},
    {"ten", WordType::kUnit, 10},
    {"tens", WordType::kVague, 10},
    {"tenth", WordType::kOrdinal, 10},
    {"tenths", WordType::kFraction, 10},
    {"third", WordType::kOrdinal, 3},
    {"thirds", WordType::kFraction, 3},
    {"thirteen", WordType::kUnit, 13},
    {"thirteenth", WordType::kOrdinal, 13},
    {"thirtieth", WordType::kOrdinal, 30},
    {"thirty", WordType::kTens, 30},
    {"thousand", WordType::kScale, 1e3},
    {"thousands", WordType::kVague, 1e3},
    {"thousandth", WordType::kOrdinal, 1000},
    {"three", WordType::kUnit, 3},
    {"thrice", WordType::kMultiplier, 3},
    {"thursday", WordType::kWeekday, 4},
    {"trillion", WordType::kScale, 1e12},
    {"trillions", WordType::kVague, 1e12},
    {"triple", WordType::kMultiplier, 3},
    {"tripled", WordType::kMultiplier, 3},
    {"tuesday", WordType::kWeekday, 2},
    {"twelfth", WordType::kOrdinal, 12},
    {"twelve", WordType::kUnit, 12},
    {"twentieth", WordType::kOrdinal, 20},
    {"twenty", WordType::kTens, 20},
    {"twice", WordType::kMultiplier, 2},
    {"two", WordType::kUnit, 2},
    {"wednesday", WordType::kWeekday, 3},
    {"zero", WordType::kUnit, 0},
};

static_assert(kWords[0].word == "a", "LookupWord returns kWords[0] for a one-letter word");
static_assert(std::is_sorted(std::begin(kWords), std::end(kWords),
                             [](const WordEntry& a, const WordEntry& b) {
                               return a.word < b.word;
                             }),
              "kWords must be sorted for binary search");

constexpr std::size_t kMaxWordLength = 11;  // "seventeenth"

// Bit j of element i is set if some entry of `kWords` longer than one letter starts with the
// letters 'a' + i, 'a' + j: most words skip the search.
constexpr std::array<std::uint32_t, 26> kPrefixes = [] {
  std::array<std::uint32_t, 26> prefixes{};
  for (const WordEntry& entry : kWords) {
    if (entry.word.size() >= 2) prefixes[entry.word[0] - 'a'] |= 1u << (entry.word[1] - 'a');
  }
  return prefixes;
}();

// The table entry for the ASCII word `text[begin, end)`, any case, or nullptr.
const WordEntry* LookupWord(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t length = end - begin;
  if (length == 0 || length > kMaxWordLength) return nullptr;
  if (length == 1) {
    const char c = LowerAscii(text[begin]);
    return c == 'a' ? &kWords[0] : nullptr;
  }
  const char first = LowerAscii(text[begin]);
  const char second = LowerAscii(text[begin + 1]);
  if ((kPrefixes[first - 'a'] & (1u << (second - 'a'))) == 0) return nullptr;
  char buffer[kMaxWordLength];
  for (std::size_t k = 0; k < length; ++k) buffer[k] = LowerAscii(text[begin + k]);
  const std::string_view word(buffer, length);
  const WordEntry* it =
      std::lower_bound(std::begin(kWords), std::end(kWords), word,
                       [](const WordEntry& entry, std::string_view w) { return entry.word < w; });
  return it != std::end(kWords) && it->word == word ? it : nullptr;
}

struct UnitWord {
  std::string_view word;
  NumberUnit unit;
};
constexpr UnitWord kCurrencyWords[] = {
    {"dollars", NumberUnit::kDollar}, {"dollar", NumberUnit::kDollar}, {"won", NumberUnit::kWon},
    {"yen", NumberUnit::kYen},        {"euros", NumberUnit::kEuro},    {"euro", NumberUnit::kEuro},
    {"pounds", NumberUnit::kPound},   {"yuan", NumberUnit::kYuan},
};

class EnglishNumberScanner {
 public:
  EnglishNumberScanner(std::string_view text, std::vector<NumberMention>* out)
      : text_(text), n_(text.size()), out_(out) {}

  void Run() {
    std::size_t i = 0;
    while (i < n_) {
      const char c = text_[i];
      if (IsAsciiDigit(c)) {
        i = ScanDigits(i);
      } else if (IsAsciiLetter(c)) {
        const std::size_t end = LetterRunEnd(text_, i);
        if (i == 0 || !IsAsciiDigit(text_[i - 1])) {
          const std::size_t resume = ScanWord(i, end);
          i = std::max(resume, end);
        } else {
          i = end;
        }
      } else {
        ++i;
      }
    }
  }

 private:
  void Emit(std::size_t begin, std::size_t end, double value, NumberKind kind,
            NumberUnit unit = NumberUnit::kNone, bool approximate = false) {
    out_->push_back(NumberMention{ByteSpan{begin, end}, value, kind, unit, approximate});
  }

  // The word before `pos` (skipping spaces and one hyphen), lower-cased comparison against
  // `candidates`.
  bool PreviousWordIs(std::size_t pos, std::initializer_list<std::string_view> candidates) const {
    std::size_t p = pos;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '-')) --p;
    std::size_t begin = p;
    while (begin > 0 && IsAsciiLetter(text_[begin - 1])) --begin;
    if (begin == p) return false;
    for (std::string_view candidate : candidates) {
      if (p - begin == candidate.size() && AtCi(text_, begin, candidate)) return true;
    }
    return false;
  }

  // Start of the next word after `pos` if only one space or hyphen separates them, else npos.
  std::size_t NextWordStart(std::size_t pos, bool allow_hyphen = true) const {
    if (pos + 1 < n_ && (text_[pos] == ' ' || (allow_hyphen && text_[pos] == '-')) &&
        IsAsciiLetter(text_[pos + 1])) {
      return pos + 1;
    }
    return std::string_view::npos;
  }

  // `a.m.`, `p.m.`, `am`, `pm` at `pos` (after an optional space); returns the end and sets
  // `*pm`, or returns `pos`.
  std::size_t MeridiemAt(std::size_t pos, bool* pm) const {
    const std::size_t q = pos < n_ && text_[pos] == ' ' ? pos + 1 : pos;
    if (q >= n_) return pos;
    const char c = LowerAscii(text_[q]);
    if (c != 'a' && c != 'p') return pos;
    *pm = c == 'p';
    if (AtCi(text_, q + 1, ".m.")) return q + 4;
    if (AtCi(text_, q + 1, ".m") && (q + 3 >= n_ || !IsAsciiLetter(text_[q + 3]))) return q + 3;
    if (WordAtCi(text_, q + 1, "m")) return q + 2;
    return pos;
  }

  std::size_t EmitClock(std::size_t begin, std::size_t pos, double hour, double minutes) {
    bool pm = false;
    std::size_t end = MeridiemAt(pos, &pm);
    if (end != pos) {
      if (hour > 12) return pos;
      if (pm && hour < 12) hour += 12;
      if (!pm && hour == 12) hour = 0;
    } else {
      const std::size_t q = pos < n_ && text_[pos] == ' ' ? pos + 1 : pos;
      if (WordAtCi(text_, q, "o'clock")) end = q + 7;
      if (WordAtCi(text_, q, "o’clock")) end = q + 9;
    }
    Emit(begin, end, hour + minutes / 60, NumberKind::kTime);
    return end;
  }

  // Reads a unit after a number ending at `pos` and emits the mention. `year_candidate`: a bare
  // four-digit integer that becomes a year if no unit follows. Returns where scanning resumes.
  std::size_t EmitWithUnit(std::size_t begin, std::size_t pos, double value, NumberKind kind,
                           NumberUnit unit, bool approximate, bool year_candidate,
                           bool small_integer) {
    std::size_t end = pos;
    if (pos < n_ && text_[pos] == '%') {
      unit = NumberUnit::kPercent;
      end = pos + 1;
    } else if (pos + 1 < n_ && text_[pos] == ' ' && text_[pos + 1] == '%') {
      unit = NumberUnit::kPercent;
      end = pos + 2;
    } else if (const std::size_t w = NextWordStart(pos); w != std::string_view::npos) {
      const bool hyphen = text_[pos] == '-';
      const std::size_t w_end = LetterRunEnd(text_, w);
      const std::string_view word = text_.substr(w, w_end - w);
      auto is = [&](std::string_view lower) {
        return word.size() == lower.size() && AtCi(text_, w, lower);
      };
      if (is("percent") || is("pct")) {
        unit = NumberUnit::kPercent;
        end = w_end;
      } else if (is("per") && WordAtCi(text_, w_end, " cent")) {
        unit = NumberUnit::kPercent;
        end = w_end + 5;
      } else if (is("percentage") && AtCi(text_, w_end, " point")) {
        unit = NumberUnit::kPercent;
        end = LetterRunEnd(text_, w_end + 1);
      } else if (is("times") && !hyphen) {
        unit = NumberUnit::kTimes;
        end = w_end;
      } else if (is("fold")) {
        unit = NumberUnit::kTimes;
        end = w_end;
      } else if ((is("year") || is("years")) &&
                 (AtCi(text_, w_end, "-old") || AtCi(text_, w_end, " old")) &&
                 (w_end + 4 >= n_ || !IsAsciiLetter(text_[w_end + 4]))) {
        unit = NumberUnit::kAge;
        end = w_end + 4;
      } else if (small_integer && !hyphen && value >= 1 && value <= 31 &&
                 kind == NumberKind::kCardinal && unit == NumberUnit::kNone &&
                 IsAsciiUpper(text_[w]) && IsMonthWord(w, w_end)) {
        kind = NumberKind::kDay;  // `27 November`
      } else if (!hyphen) {
        for (const UnitWord& currency : kCurrencyWords) {
          if (is(currency.word)) {
            unit = currency.unit;
            end = w_end;
            break;
          }
        }
      }
    }
    if (small_integer && unit == NumberUnit::kNone && kind == NumberKind::kCardinal &&
        value <= 12 && end == pos) {
      bool pm = false;
      const std::size_t q = pos < n_ && text_[pos] == ' ' ? pos + 1 : pos;
      if (MeridiemAt(pos, &pm) != pos || WordAtCi(text_, q, "o'clock") ||
          WordAtCi(text_, q, "o’clock")) {
        return EmitClock(begin, pos, value, 0);
      }
      // `at 1 in the morning`, `9 in the evening`
      if (PreviousWordIs(begin, {"at", "by", "until", "till", "before", "after", "around"})) {
        for (std::string_view part :
             {" in the morning", " in the afternoon", " in the evening", " at night"}) {
          if (!WordAtCi(text_, pos, part)) continue;
          double hour = value;
          if (part != " in the morning" && hour < 12) hour += 12;
          if (part == " in the morning" && hour == 12) hour = 0;
          Emit(begin, pos + part.size(), hour, NumberKind::kTime);
          return pos + part.size();
        }
      }
    }
    if (year_candidate && unit == NumberUnit::kNone && kind == NumberKind::kCardinal &&
        end == pos) {
      kind = NumberKind::kYear;
    }
    Emit(begin, end, value, kind, unit, approximate);
    return end;
  }

  bool IsMonthWord(std::size_t begin, std::size_t end) const {
    const WordEntry* entry = LookupWord(text_, begin, end);
    return entry != nullptr &&
           (entry->type == WordType::kMonth ||
            (entry->type == WordType::kMonthAbbrev && end < n_ && text_[end] == '.'));
  }

  // Currency symbol right before `pos` (optionally spaced). Sets `*unit`, returns its start.
  std::size_t CurrencyBefore(std::size_t pos, NumberUnit* unit) const {
    std::size_t p = pos;
    if (p > 0 && text_[p - 1] == ' ') --p;
    if (p >= 1 && text_[p - 1] == '$') {
      *unit = NumberUnit::kDollar;
      std::size_t start = p - 1;
      while (start > 0 && IsAsciiUpper(text_[start - 1]) && p - start < 4) --start;
      return start;
    }
    struct Symbol {
      std::string_view bytes;
      NumberUnit unit;
    };
    static constexpr Symbol kSymbols[] = {{"€", NumberUnit::kEuro},
                                          {"£", NumberUnit::kPound},
                                          {"¥", NumberUnit::kYen},
                                          {"₩", NumberUnit::kWon}};
    for (const Symbol& symbol : kSymbols) {
      if (p >= symbol.bytes.size() &&
          text_.compare(p - symbol.bytes.size(), symbol.bytes.size(), symbol.bytes) == 0) {
        *unit = symbol.unit;
        return p - symbol.bytes.size();
      }
    }
    return pos;
  }

  // `2024-11-27` and `11/27/2024`. Returns `pos` if not a date.
  std::size_t ScanDate(std::size_t pos) {
    auto digits = [&](std::size_t p, int count) {
      if (p + count > n_) return -1;
      int value = 0;
      for (int k = 0; k < count; ++k) {
        if (!IsAsciiDigit(text_[p + k])) return -1;
        value = value * 10 + (text_[p + k] - '0');
      }
      if (p + count < n_ && IsAsciiDigit(text_[p + count])) return -1;
      return value;
    };
    // ISO: YYYY-MM-DD
    if (const int year = digits(pos, 4);
        year >= 1000 && pos + 10 <= n_ && text_[pos + 4] == '-' && text_[pos + 7] == '-') {
      const int month = digits(pos + 5, 2);
      const int day = digits(pos + 8, 2);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        Emit(pos, pos + 4, year, NumberKind::kYear);
        Emit(pos + 5, pos + 7, month, NumberKind::kMonth);
        Emit(pos + 8, pos + 10, day, NumberKind::kDay);
        return pos + 10;
      }
    }
    // US: M/D/YYYY (D/M/YYYY when the first part cannot be a month)
    std::size_t p = pos;
    int parts[3] = {0, 0, 0};
    std::size_t begins[3] = {0, 0, 0};
    std::size_t ends[3] = {0, 0, 0};
    for (int k = 0; k < 3; ++k) {
      begins[k] = p;
      int count = 0;
      while (p < n_ && IsAsciiDigit(text_[p]) && count < 5) {
        parts[k] = parts[k] * 10 + (text_[p] - '0');
        ++p;
        ++count;
      }
      ends[k] = p;
      const bool ok = k < 2 ? (count == 1 || count == 2) : count == 4;
      if (!ok) return pos;
      if (k < 2) {
        if (p >= n_ || text_[p] != '/') return pos;
        ++p;
      }
    }
    if (p < n_ && IsAsciiDigit(text_[p])) return pos;
    int month = parts[0];
    int day = parts[1];
    int month_index = 0;
    if (month > 12) {
      std::swap(month, day);
      month_index = 1;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) return pos;
    const int day_index = 1 - month_index;
    Emit(begins[0], ends[0], parts[0], month_index == 0 ? NumberKind::kMonth : NumberKind::kDay);
    Emit(begins[1], ends[1], parts[1], day_index == 1 ? NumberKind::kDay : NumberKind::kMonth);
    Emit(begins[2], ends[2], parts[2], NumberKind::kYear);
    return ends[2];
  }

  std::size_t ScanDigits(std::size_t pos) {
    if (std::size_t end = ScanDate(pos); end != pos) return end;
    const detail::DigitRun run = detail::ParseDigitRun(text_, pos);
    const bool integer = !run.has_fraction;
    // Glued to a preceding letter (`G20`, `A380`): a plain number, except `Q1`..`Q4` (quarters).
    if (pos > 0 && IsAsciiLetter(text_[pos - 1])) {
      const bool quarter = (text_[pos - 1] == 'Q' || text_[pos - 1] == 'q') &&
                           (pos < 2 || !IsAsciiLetter(text_[pos - 2])) && integer &&
                           run.num_integer_digits == 1 && run.value >= 1 && run.value <= 4;
      Emit(quarter ? pos - 1 : pos, run.end, run.value,
           quarter ? NumberKind::kOrdinal : NumberKind::kCardinal);
      return LetterRunEnd(text_, run.end);
    }
    // `#1`: a rank.
    if (pos > 0 && text_[pos - 1] == '#') {
      Emit(pos - 1, run.end, run.value, NumberKind::kOrdinal);
      return run.end;
    }
    // `15:30`, `3:30 p.m.`
    if (integer && !run.has_separator && run.num_integer_digits <= 2 && run.value <= 24 &&
        run.end + 2 < n_ && text_[run.end] == ':' && IsAsciiDigit(text_[run.end + 1]) &&
        IsAsciiDigit(text_[run.end + 2]) &&
        (run.end + 3 >= n_ || !IsAsciiDigit(text_[run.end + 3]))) {
      const double minutes = (text_[run.end + 1] - '0') * 10 + (text_[run.end + 2] - '0');
      if (minutes < 60) return EmitClock(pos, run.end + 3, run.value, minutes);
    }
    NumberUnit unit = NumberUnit::kNone;
    const std::size_t begin = CurrencyBefore(pos, &unit);
    double value = run.value;
    std::size_t end = run.end;
    NumberKind kind = NumberKind::kCardinal;
    bool scaled = false;
    // Letters glued on the right: `3rd`, `1990s`, `10x`, `3pm`, `$14bn`, `5km`.
    if (end < n_ && (IsAsciiLetter(text_[end]) || text_[end] == '\'')) {
      const bool apostrophe = text_[end] == '\'';
      const std::size_t s = apostrophe ? end + 1 : end;
      const std::size_t s_end = LetterRunEnd(text_, s);
      auto suffix_is = [&](std::string_view lower) {
        return s_end - s == lower.size() && AtCi(text_, s, lower);
      };
      const bool currency = unit != NumberUnit::kNone;
      if (integer && !apostrophe &&
          (suffix_is("st") || suffix_is("nd") || suffix_is("rd") || suffix_is("th"))) {
        Emit(begin, s_end, value, NumberKind::kOrdinal);
        return s_end;
      }
      if (integer && suffix_is("s") && std::fmod(value, 10) == 0 && !run.has_separator) {
        Emit(begin, s_end, value, NumberKind::kDecade);
        return s_end;
      }
      if (!apostrophe) {
        if (suffix_is("x")) {
          Emit(begin, s_end, value, kind, NumberUnit::kTimes);
          return s_end;
        }
        double scale = 0;
        if (suffix_is("bn") || (currency && suffix_is("b"))) scale = 1e9;
        if (suffix_is("mn") || (currency && suffix_is("m"))) scale = 1e6;
        if (suffix_is("tn") || suffix_is("trn")) scale = 1e12;
        if (currency && suffix_is("k")) scale = 1e3;
        if (scale != 0) {
          value *= scale;
          end = s_end;
          scaled = true;
        } else if (integer && run.value <= 12 && (suffix_is("am") || suffix_is("pm"))) {
          return EmitClock(begin, run.end, run.value, 0);
        } else if (integer && run.value <= 12 && (AtCi(text_, s, "a.m") || AtCi(text_, s, "p.m"))) {
          return EmitClock(begin, run.end, run.value, 0);
        } else {
          // A measure (`5km`, `4GB`): the number alone.
          Emit(begin, run.end, value, kind, unit);
          return s_end;
        }
      }
    }
    // `'90s`
    const std::size_t quote = pos > 0 && text_[pos - 1] == '\''                 ? pos - 1
                              : pos >= 3 && text_.compare(pos - 3, 3, "’") == 0 ? pos - 3
                                                                                : pos;
    if (quote != pos && integer && run.num_integer_digits == 2 && end < n_ && text_[end] == 's' &&
        (end + 1 >= n_ || !IsAsciiLetter(text_[end + 1]))) {
      Emit(quote, end + 1, value, NumberKind::kDecade);
      return end + 1;
    }
    // Scale words: `1.5 million`, `14 billion`, `3 hundred thousand`.
    double last_scale = std::numeric_limits<double>::infinity();
    while (!scaled || last_scale == std::numeric_limits<double>::infinity()) {
      const std::size_t w = NextWordStart(end);
      if (w == std::string_view::npos) break;
      const std::size_t w_end = LetterRunEnd(text_, w);
      const WordEntry* entry = LookupWord(text_, w, w_end);
      if (entry == nullptr) break;
      if (entry->type == WordType::kScale || entry->type == WordType::kHundred) {
        if (entry->value >= last_scale) break;
        value *= entry->value;
        last_scale = entry->value;
        end = w_end;
        scaled = true;
        continue;
      }
      if (entry->type == WordType::kDozen) {
        value *= 12;
        end = w_end;
        scaled = true;
      } else if ((entry->type == WordType::kDecade || entry->type == WordType::kDecades) &&
                 integer) {
        value *= 10;  // `2 decades`
        end = w_end;
        scaled = true;
      }
      break;
    }
    const bool plain = integer && !run.has_separator && !scaled;
    const bool year_candidate = plain && unit == NumberUnit::kNone && run.num_integer_digits == 4 &&
                                value >= 1000 && value <= 2099;
    return EmitWithUnit(begin, end, value, kind, unit, /*approximate=*/false, year_candidate,
                        plain && run.num_integer_digits <= 2);
  }

  // Emits the month at `[begin, end)` and a following day number (`Nov. 27`, `April 3rd`).
  std::size_t EmitMonth(std::size_t begin, std::size_t end, double month) {
    Emit(begin, end, month, NumberKind::kMonth);
    std::size_t q = end;
    if (q < n_ && text_[q] == ' ') ++q;
    if (q >= n_ || !IsAsciiDigit(text_[q])) return end;
    const detail::DigitRun run = detail::ParseDigitRun(text_, q);
    if (run.has_fraction || run.has_separator || run.num_integer_digits > 2 || run.value < 1 ||
        run.value > 31 || (run.end < n_ && text_[run.end] == ':')) {
      return end;
    }
    std::size_t day_end = run.end;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (WordAtCi(text_, day_end, suffix)) {
        day_end += 2;
        break;
      }
    }
    if (day_end < n_ && IsAsciiLetter(text_[day_end])) return end;
    Emit(q, day_end, run.value, NumberKind::kDay);
    return day_end;
  }

  // A word at `[pos, end)` (letters only) that may start a number expression.
  std::size_t ScanWord(std::size_t pos, std::size_t end) {
    if (pos > 0 && (IsAsciiLetter(text_[pos - 1]) || text_[pos - 1] == '\'')) return end;
    const WordEntry* entry = LookupWord(text_, pos, end);
    if (entry == nullptr) return ScanFold(pos, end);
    const bool capital = IsAsciiUpper(text_[pos]);
    switch (entry->type) {
      case WordType::kMonth:
        if (!capital) return end;
        if ((entry->value == 3 || entry->value == 5) && !MonthInContext(pos, end)) return end;
        return EmitMonth(pos, end, entry->value);
      case WordType::kMonthAbbrev:
        if (!capital) return end;
        if (end < n_ && text_[end] == '.') return EmitMonth(pos, end + 1, entry->value);
        if (end + 1 < n_ && text_[end] == ' ' && IsAsciiDigit(text_[end + 1])) {
          return EmitMonth(pos, end, entry->value);
        }
        return end;
      case WordType::kWeekday:
        if (!capital) return end;
        Emit(pos, end, entry->value, NumberKind::kWeekday);
        return end;
      case WordType::kClock:
        Emit(pos, end, entry->value, NumberKind::kTime);
        return end;
      case WordType::kHalf:
        if (end < n_ && text_[end] == '-') return end;  // `half-brother`
        Emit(pos, end, 0.5, NumberKind::kCardinal);
        return end;
      case WordType::kMultiplier:
        if (end < n_ && text_[end] == '-') return end;  // `double-digit`
        Emit(pos, end, entry->value, NumberKind::kCardinal, NumberUnit::kTimes);
        return end;
      case WordType::kNumberSign:
        return ScanNumberSign(pos, end);
      case WordType::kArticle:
        return ScanArticle(pos, end);
      case WordType::kVague:
        return ScanVague(pos, end, entry->value);
      case WordType::kDecades:
        Emit(pos, end, 10, NumberKind::kCardinal, NumberUnit::kNone, /*approximate=*/true);
        return end;
      case WordType::kFew:
        return ScanFew(end);
      case WordType::kUnit:
      case WordType::kTens:
      case WordType::kHundred:
      case WordType::kScale:
      case WordType::kDozen:
      case WordType::kOrdinal:
        return ScanPhrase(pos, pos, 0, /*after_article=*/false);
      case WordType::kDecade:
      case WordType::kFraction:
        return end;
    }
    return end;
  }

  // `March`/`May` are months only next to a day number or after a time preposition.
  bool MonthInContext(std::size_t pos, std::size_t end) const {
    if (end + 1 < n_ && text_[end] == ' ' && IsAsciiDigit(text_[end + 1])) return true;
    return PreviousWordIs(
        pos, {"in",     "since", "until",   "till", "of",   "last", "next",    "this",
              "early",  "late",  "mid",     "by",   "from", "to",   "through", "during",
              "before", "after", "between", "and",  "or",   "on"});
  }

  // `tenfold`, `twentyfold`, `hundredfold`.
  std::size_t ScanFold(std::size_t pos, std::size_t end) {
    if (end - pos <= 4 || !AtCi(text_, end - 4, "fold")) return end;
    const WordEntry* entry = LookupWord(text_, pos, end - 4);
    if (entry == nullptr ||
        (entry->type != WordType::kUnit && entry->type != WordType::kTens &&
         entry->type != WordType::kHundred && entry->type != WordType::kScale)) {
      return end;
    }
    Emit(pos, end, entry->value, NumberKind::kCardinal, NumberUnit::kTimes);
    return end;
  }

  // `No. 1`, `No.1`
  std::size_t ScanNumberSign(std::size_t pos, std::size_t end) {
    if (text_[pos] != 'N' || end >= n_ || text_[end] != '.') return end;
    std::size_t q = end + 1;
    if (q < n_ && text_[q] == ' ') ++q;
    if (q >= n_ || !IsAsciiDigit(text_[q])) return end;
    const detail::DigitRun run = detail::ParseDigitRun(text_, q);
    if (run.has_fraction) return end;
    Emit(pos, run.end, run.value, NumberKind::kOrdinal);
    return run.end;
  }

  // `a million`, `a dozen`, `a hundred`, `a decade`, `a third of`, `a quarter of`.
  std::size_t ScanArticle(std::size_t pos, std::size_t end) {
    const std::size_t w = NextWordStart(end, /*allow_hyphen=*/false);
    if (w == std::string_view::npos) return end;
    const std::size_t w_end = LetterRunEnd(text_, w);
    const WordEntry* entry = LookupWord(text_, w, w_end);
    if (entry == nullptr) {
      if (w_end - w == 7 && AtCi(text_, w, "quarter") && WordAtCi(text_, w_end, " of")) {
        Emit(pos, w_end, 0.25, NumberKind::kCardinal);
        return w_end;
      }
      return end;
    }
    switch (entry->type) {
      case WordType::kHundred:
      case WordType::kScale:
      case WordType::kDozen:
        return ScanPhrase(pos, w, 1, /*after_article=*/true);
      case WordType::kDecade:
        Emit(pos, w_end, 10, NumberKind::kCardinal);
        return w_end;
      case WordType::kOrdinal:
        if ((entry->value == 3 || entry->value == 4 || entry->value == 5 || entry->value == 10) &&
            WordAtCi(text_, w_end, " of")) {
          Emit(pos, w_end, 1 / entry->value, NumberKind::kCardinal);
          return w_end;
        }
        return end;
      default:
        return end;
    }
  }

  // `hundreds of thousands of dollars`, `tens of billions`, `dozens`.
  std::size_t ScanVague(std::size_t pos, std::size_t end, double value) {
    std::size_t stop = end;
    bool chained = false;
    NumberUnit unit = NumberUnit::kNone;
    while (WordAtCi(text_, stop, " of") && stop + 4 < n_ && text_[stop + 3] == ' ') {
      const std::size_t w = stop + 4;
      const std::size_t w_end = LetterRunEnd(text_, w);
      const WordEntry* entry = LookupWord(text_, w, w_end);
      if (entry != nullptr && entry->type == WordType::kVague && entry->value >= 1000) {
        value *= entry->value;
        stop = w_end;
        chained = true;
        continue;
      }
      for (const UnitWord& currency : kCurrencyWords) {
        if (w_end - w == currency.word.size() && AtCi(text_, w, currency.word)) {
          unit = currency.unit;
          stop = w_end;
          break;
        }
      }
      break;
    }
    // `tens` alone is not a number; nor are bare `millions`/`billions` used as nouns of money
    // in other senses, but those are rare enough to keep.
    if (value == 10 && !chained && AtCi(text_, pos, "tens")) return end;
    Emit(pos, stop, value, NumberKind::kCardinal, unit, /*approximate=*/true);
    return stop;
  }

  // `several hundred`, `a few thousand`: vague magnitudes.
  std::size_t ScanFew(std::size_t end) {
    const std::size_t w = NextWordStart(end, /*allow_hyphen=*/false);
    if (w == std::string_view::npos) return end;
    const std::size_t w_end = LetterRunEnd(text_, w);
    const WordEntry* entry = LookupWord(text_, w, w_end);
    if (entry == nullptr || (entry->type != WordType::kHundred && entry->type != WordType::kScale &&
                             entry->type != WordType::kDozen)) {
      return end;
    }
    const double value = entry->type == WordType::kDozen ? 10 : entry->value;
    return ScanVague(w, w_end, value);
  }

  // Spelled-out numbers: `four`, `twenty-one`, `two hundred and fifty thousand`, `third`,
  // `twenty-first`, `two-thirds`, `a dozen` (`initial` = 1 after an article at `begin`).
  std::size_t ScanPhrase(std::size_t begin, std::size_t pos, double initial, bool after_article) {
    double total = 0;
    double current = initial;
    double last_scale = std::numeric_limits<double>::infinity();
    bool have = initial != 0;
    bool ordinal = false;
    bool fraction = false;
    WordType last_type = WordType::kArticle;
    std::size_t end = pos;
    std::size_t p = pos;
    int words = 0;
    while (true) {
      const std::size_t q = LetterRunEnd(text_, p);
      const WordEntry* entry = LookupWord(text_, p, q);
      if (entry == nullptr) {
        // `two hundred and fifty`
        if (have && (last_type == WordType::kHundred || last_type == WordType::kScale) &&
            q - p == 3 && AtCi(text_, p, "and")) {
          const std::size_t w = NextWordStart(q, false);
          if (w != std::string_view::npos) {
            const WordEntry* next = LookupWord(text_, w, LetterRunEnd(text_, w));
            if (next != nullptr &&
                (next->type == WordType::kUnit || next->type == WordType::kTens)) {
              p = w;
              continue;
            }
          }
        }
        break;
      }
      // Folds the word into the phrase; false if it cannot continue it.
      enum class Step { kReject, kContinue, kLast };
      const double v = entry->value;
      const double rest = std::fmod(current, 100);
      auto absorb = [&]() -> Step {
        switch (entry->type) {
          case WordType::kUnit:
            if ((rest == 0 && !(v == 0 && have)) || (last_type == WordType::kTens && v < 10)) {
              current += v;
              return Step::kContinue;
            }
            return Step::kReject;
          case WordType::kTens:
            if (rest != 0) return Step::kReject;
            current += v;
            return Step::kContinue;
          case WordType::kHundred:
            if (current >= 100) return Step::kReject;
            current = (current == 0 ? 1 : current) * 100;
            return Step::kContinue;
          case WordType::kScale:
            if (v >= last_scale) return Step::kReject;
            total += (current == 0 ? 1 : current) * v;
            current = 0;
            last_scale = v;
            return Step::kContinue;
          case WordType::kDozen:
            current = (current == 0 ? 1 : current) * 12;
            return Step::kContinue;
          case WordType::kDecade:
          case WordType::kDecades:
            if (!have) return Step::kReject;
            total = (total + current) * 10;  // `two decades`
            current = 0;
            return Step::kLast;
          case WordType::kOrdinal:
            if (have && current + total == 1 && text_[p - 1] == '-' && v >= 3 && v <= 10) {
              current = 1 / v;  // `one-third`
              fraction = true;
            } else if (v >= 100) {
              current = (current == 0 ? 1 : current) * v;
              ordinal = true;
            } else if (rest == 0 || (last_type == WordType::kTens && v < 10)) {
              current += v;
              ordinal = true;
            } else {
              return Step::kReject;
            }
            return Step::kLast;
          case WordType::kFraction:
            if (!have || total != 0 || current == 0 || current >= v) return Step::kReject;
            current /= v;  // `two-thirds`
            fraction = true;
            return Step::kLast;
          default:
            return Step::kReject;
        }
      };
      const Step step = absorb();
      if (step == Step::kReject) break;
      have = true;
      ++words;
      end = q;
      last_type = entry->type;
      if (step == Step::kLast) break;
      if (q + 1 < n_ && (text_[q] == ' ' || text_[q] == '-') && IsAsciiLetter(text_[q + 1])) {
        p = q + 1;
      } else {
        break;
      }
    }
    if (!have || end == pos) return pos == begin ? LetterRunEnd(text_, pos) : end;
    const double value = total + current;
    // Words that are numbers only sometimes.
    if (words == 1 && !after_article) {
      if (last_type == WordType::kUnit && value == 1 &&
          (PreviousWordIs(begin, {"no", "any", "every", "each", "the", "this", "that", "which",
                                  "someone", "anyone", "little"}) ||
           WordAtCi(text_, end, " another"))) {
        return end;
      }
      // `per second`, `one second`: the unit of time.
      if (ordinal && value == 2 && PreviousWordIs(begin, {"per", "split", "one"})) return end;
    }
    if (fraction) {
      Emit(begin, end, value, NumberKind::kCardinal);
      return end;
    }
    if (ordinal) {
      Emit(begin, end, value, NumberKind::kOrdinal);
      return end;
    }
    const bool small_integer = value == std::floor(value) && value <= 31;
    return EmitWithUnit(begin, end, value, NumberKind::kCardinal, NumberUnit::kNone,
                        /*approximate=*/false, /*year_candidate=*/false, small_integer);
  }

  std::string_view text_;
  std::size_t n_;
  std::vector<NumberMention>* out_;
};

// ---------------------------------------------------------------------------------------------
// Latin words.

// Length in bytes of the Latin letter at `pos` (1 for ASCII, 2 for Latin-1 Supplement and
// Latin Extended-A letters), or 0.
std::size_t LatinLetterAt(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (IsAsciiLetter(static_cast<char>(c))) return 1;
  if (pos + 1 >= text.size()) return 0;
  const auto c1 = static_cast<unsigned char>(text[pos + 1]);
  if (c == 0xC3 && c1 >= 0x80 && c1 <= 0xBF && c1 != 0x97 && c1 != 0xB7) return 2;  // not × ÷
  if ((c == 0xC4 || c == 0xC5) && c1 >= 0x80 && c1 <= 0xBF) return 2;
  return 0;
}

void AppendLowerLatin(std::string_view text, std::size_t pos, std::size_t length,
                      std::string* out) {
  if (length == 1) {
    out->push_back(LowerAscii(text[pos]));
    return;
  }
  auto c0 = static_cast<unsigned char>(text[pos]);
  auto c1 = static_cast<unsigned char>(text[pos + 1]);
  if (c0 == 0xC3 && c1 >= 0x80 && c1 <= 0x9E) {
    c1 = static_cast<unsigned char>(c1 + 0x20);  // À..Þ -> à..þ
  } else if (c0 == 0xC4 || c0 == 0xC5) {
    // Latin Extended-A pairs upper/lower on even/odd code points in most of the block.
    const char32_t cp = ((c0 & 0x1F) << 6) | (c1 & 0x3F);
    const bool paired = (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
    const bool odd_paired = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    char32_t lower = cp;
    if (paired && cp % 2 == 0) lower = cp + 1;
    if (odd_paired && cp % 2 == 1) lower = cp + 1;
    c0 = static_cast<unsigned char>(0xC0 | (lower >> 6));
    c1 = static_cast<unsigned char>(0x80 | (lower & 0x3F));
  }
  out->push_back(static_cast<char>(c0));
  out->push_back(static_cast<char>(c1));
}

// An English clitic after an apostrophe: `'s`, `'t`, `'re`, `'ve`, `'ll`, `'d`, `'m`.
bool IsClitic(std::string_view text, std::size_t pos) {
  for (std::string_view clitic : {"s", "t", "re", "ve", "ll", "d", "m"}) {
    if (WordAtCi(text, pos, clitic)) return true;
  }
  return false;
}

}  // namespace

void FindEnglishNumbers(std::string_view sentence, std::vector<NumberMention>* mentions) {
  mentions->clear();
  EnglishNumberScanner(sentence, mentions).Run();
}

std::vector<NumberMention> FindEnglishNumbers(std::string_view sentence) {
  std::vector<NumberMention> mentions;
  FindEnglishNumbers(sentence, &mentions);
  return mentions;
}

bool IsEnglishFunctionWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 96> kWords = {
      "a",      "about",  "after", "against", "all",   "also",  "am",     "an",    "and",
      "any",    "are",    "as",    "at",      "be",    "been",  "before", "being", "between",
      "both",   "but",    "by",    "can",     "could", "did",   "do",     "does",  "during",
      "each",   "either", "for",   "from",    "had",   "has",   "have",   "he",    "her",
      "hers",   "him",    "his",   "how",     "i",     "if",    "in",     "into",  "is",
      "it",     "its",    "may",   "me",      "might", "must",  "my",     "no",    "nor",
      "not",    "of",     "on",    "or",      "our",   "ours",  "over",   "shall", "she",
      "should", "so",     "than",  "that",    "the",   "their", "them",   "then",  "there",
      "these",  "they",   "this",  "those",   "to",    "under", "until",  "up",    "us",
      "was",    "we",     "were",  "what",    "when",  "where", "which",  "while", "who",
      "whom",   "whose",  "will",  "with",    "would", "you"};
  return std::binary_search(kWords.begin(), kWords.end(), lower);
}

namespace {

// Calls `emit(span, lower)` for each Latin-script word of `sentence` (see `FindLatinWords`);
// `lower` is a scratch string the callee may move from.
template <typename Emit>
void ScanLatinWords(std::string_view sentence, Emit emit) {
  const std::size_t n = sentence.size();
  std::size_t i = 0;
  while (i < n) {
    if (IsAsciiDigit(sentence[i])) {
      // A token that starts with a digit (`3rd`, `5km`, `10GHz`) is a number, not a word.
      while (i < n && (IsAsciiDigit(sentence[i]) || IsAsciiLetter(sentence[i]))) ++i;
      continue;
    }
    std::size_t length = LatinLetterAt(sentence, i);
    if (length == 0) {
      ++i;
      continue;
    }
    std::string word;
    std::size_t num_chars = 0;
    std::size_t p = i;
    while (p < n) {
      length = LatinLetterAt(sentence, p);
      if (length != 0) {
        AppendLowerLatin(sentence, p, length, &word);
        p += length;
        ++num_chars;
        continue;
      }
      if (IsAsciiDigit(sentence[p])) {
        word.push_back(sentence[p]);
        ++p;
        ++num_chars;
        continue;
      }
      // Apostrophes: `'` or U+2019 (3 bytes).
      const std::size_t apostrophe =
          sentence[p] == '\'' ? 1 : (sentence.compare(p, 3, "’") == 0 ? 3 : 0);
      if (apostrophe != 0 && p + apostrophe < n && LatinLetterAt(sentence, p + apostrophe) != 0 &&
          !IsClitic(sentence, p + apostrophe)) {
        p += apostrophe;
        continue;
      }
      break;
    }
    if (num_chars >= 2) emit(ByteSpan{i, p}, word);
    i = p;
  }
}

}  // namespace

std::vector<LatinWord> FindLatinWordSpans(std::string_view sentence) {
  std::vector<LatinWord> words;
  ScanLatinWords(sentence, [&](ByteSpan span, std::string& lower) {
    words.push_back({span, std::move(lower)});
  });
  return words;
}

std::vector<std::string> FindLatinWords(std::string_view sentence) {
  std::vector<std::string> words;
  ScanLatinWords(sentence,
                 [&](ByteSpan, std::string& lower) { words.push_back(std::move(lower)); });
  return words;
}

}  // namespace kealign::lang
