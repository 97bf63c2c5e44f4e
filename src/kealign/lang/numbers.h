// Numbers as evidence shared by a sentence and its translation: the types that
// `FindKoreanNumbers` (korean.h) and `FindEnglishNumbers` (english.h) return, and the keys the
// aligner compares.
//
// Glossary
//   mention   one number expression in a sentence with its normalised value: `140억 달러` and
//             `$14 billion` are both {value 1.4e10, kCardinal, kDollar}.
//   kind      what the number denotes (a count, a year, a month, a rank...).
//   unit      what a count is measured in, kept apart from the value (`3.5%` is 3.5, kPercent).
//   key       a 64-bit value from `NumberKey`; two mentions "agree" when their keys are equal.
//
// Key policy (what counts as the same number across languages):
//   * Values are compared at 4 significant digits, so `1억 2천만` = `120 million` and
//     `123만 4,567` = `1.23 million`, while the years 2024 and 2021 stay apart.
//   * Counts, years, decades and days of the month share one class: `2024년` matches a bare
//     `2024`, and `27일` matches both `Nov. 27` and `27 days` (Korean `N일` is a date or a
//     duration).
//   * Ordinals, months, weekdays and clock times each have their own class: `4월` matches `April`
//     but not a bare `4`; `세 번째` matches `third`/`3rd` but not `three`.
//   * Clock times compare on the 12-hour dial (`3시` matches both `3 a.m.` and `3 p.m.`; Korean
//     often omits 오전/오후).
//   * Vague magnitudes (`수백억`, `tens of billions`) only match other vague magnitudes of the same
//     power of ten, never an exact number.
//   * Units are ignored: translations drop them freely (`왕(28)` vs `Wang, 28,`; a repeated
//     `달러` left out; `45명` vs `45 researchers`), and a false unit mismatch costs more than the
//     rare coincidence of equal values with different units.
//   * The sign is ignored (`-3.5%` vs `fell 3.5 percent`).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "kealign/span.h"

namespace kealign::lang {

enum class NumberKind : std::uint8_t {
  kCardinal,  // a count or amount: `45명`, `1,000`, `four`, `1.5 million`, `3.5%`, `half`
  kOrdinal,   // a rank or position: `third`, `3rd`, `세 번째`, `제3조`, `21세기`, `3위`
  kYear,      // a calendar year: `2024년`; in English a bare integer 1000..2099
  kDecade,    // `1990년대`/`1990s` (value 1990), `30대`/`30s` (value 30)
  kMonth,     // month of the year, value 1..12: `4월`, `April`, `Apr.`
  kDay,       // day of the month, value 1..31: `27일`, the `27` of `Nov. 27`
  kWeekday,   // value 1 (Monday) .. 7 (Sunday): `월요일`, `Monday`
  kTime,  // clock time in hours on the 24-hour dial: `오후 3시 30분` and `3:30 p.m.` are 15.5
};

enum class NumberUnit : std::uint8_t {
  kNone,     // a bare number or one with a counter that carries no comparable unit (`45명`)
  kPercent,  // `%`, `퍼센트`, `percent`; also percentage points (`%p`, `percentage points`)
  kTimes,    // a multiplier: `10배`, `10x`, `tenfold`, `10 times`, `twice`
  kAge,      // years of age: `28세`, `28살`, `28-year-old`, `28 years old`
  kDollar,   // `달러`, `$`, `dollars`
  kWon,      // `원`, `₩`, `won`
  kYen,      // `엔`, `¥`, `yen`
  kEuro,     // `유로`, `€`, `euros`
  kPound,    // `파운드`, `£`, `pounds`
  kYuan,     // `위안`, `yuan`
};

struct NumberMention {
  // The whole expression in the sentence, unit words included (`140억 달러`, `$14 billion`).
  ByteSpan span;
  // The number itself, always >= 0. Scale words are applied (`1.5 million` = 1.5e6); units are
  // not (`3.5%` = 3.5). For kTime, hours (`3:30 p.m.` = 15.5); for approximate mentions, the
  // power of ten the phrase names (`수백억` = `tens of billions` = 1e10).
  double value = 0;
  NumberKind kind = NumberKind::kCardinal;
  NumberUnit unit = NumberUnit::kNone;
  // True for vague magnitudes (`수십`, `수백억`, `dozens of`, `hundreds of thousands`), whose
  // `value` is a power of ten. False for stated numbers with hedges (`약 10`, `at least four`).
  bool approximate = false;

  friend bool operator==(const NumberMention&, const NumberMention&) = default;
};

// A hashable key for `mention` under the policy in the file comment. Constant time.
inline std::uint64_t NumberKey(const NumberMention& mention) {
  // Key layout: class in bits 56..63, decimal exponent + 128 in bits 16..23, the 4-digit
  // mantissa in bits 0..15.
  enum : std::uint64_t { kQuantity, kOrdinal, kMonth, kWeekday, kTime, kMagnitude };
  double value = std::fabs(mention.value);
  std::uint64_t key_class = kQuantity;
  if (mention.approximate) {
    const int exponent = value > 0 ? static_cast<int>(std::lround(std::log10(value))) : -128;
    return (std::uint64_t{kMagnitude} << 56) | (static_cast<std::uint64_t>(exponent + 128) << 16);
  }
  switch (mention.kind) {
    case NumberKind::kCardinal:
    case NumberKind::kYear:
    case NumberKind::kDecade:
    case NumberKind::kDay:
      key_class = kQuantity;
      break;
    case NumberKind::kOrdinal:
      key_class = kOrdinal;
      break;
    case NumberKind::kMonth:
      key_class = kMonth;
      break;
    case NumberKind::kWeekday:
      key_class = kWeekday;
      break;
    case NumberKind::kTime:
      key_class = kTime;
      value = std::fmod(value, 12.0);
      break;
  }
  std::uint64_t mantissa = 0;
  int exponent = 0;
  if (value > 0) {
    exponent = static_cast<int>(std::floor(std::log10(value)));
    auto scaled = [&](int e) { return std::llround(value * std::pow(10.0, 3 - e)); };
    long long m = scaled(exponent);
    if (m >= 10000) m = scaled(++exponent);  // log10 rounded down across a power of ten
    if (m < 1000) m = scaled(--exponent);
    mantissa = static_cast<std::uint64_t>(m);
    exponent = std::clamp(exponent, -127, 127);
  }
  return (key_class << 56) | (static_cast<std::uint64_t>(exponent + 128) << 16) | mantissa;
}

// The keys of `mentions`, sorted and without duplicates, ready for set overlap. Allocates the
// result; O(n log n).
inline std::vector<std::uint64_t> NumberKeys(const std::vector<NumberMention>& mentions) {
  std::vector<std::uint64_t> keys;
  keys.reserve(mentions.size());
  for (const NumberMention& mention : mentions) keys.push_back(NumberKey(mention));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

namespace detail {

// A run of ASCII digits as written in either language: `1,234,567.89`. Shared by the Korean and
// English scanners; not part of the public contract.
struct DigitRun {
  std::size_t end = 0;  // byte after the last digit consumed
  double value = 0;
  int num_integer_digits = 0;  // digits before the decimal point, separators excluded
  bool has_separator = false;  // a thousands comma was consumed
  bool has_fraction = false;   // a decimal point and digits were consumed
};

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Parses the digit run at `pos` (`text[pos]` must be a digit). A comma counts as a thousands
// separator only after 1-3 leading digits and before exactly three digits (`1,2` is two numbers);
// a point is a decimal point only before a digit.
inline DigitRun ParseDigitRun(std::string_view text, std::size_t pos) {
  DigitRun run;
  const std::size_t n = text.size();
  std::size_t i = pos;
  double value = 0;
  int lead = 0;
  while (i < n && IsAsciiDigit(text[i])) {
    value = value * 10 + (text[i] - '0');
    ++i;
    ++lead;
  }
  run.num_integer_digits = lead;
  if (lead <= 3) {
    while (i + 3 < n && text[i] == ',' && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]) &&
           IsAsciiDigit(text[i + 3]) && (i + 4 >= n || !IsAsciiDigit(text[i + 4]))) {
      value =
          value * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
      run.num_integer_digits += 3;
      run.has_separator = true;
      i += 4;
    }
  }
  if (i + 1 < n && text[i] == '.' && IsAsciiDigit(text[i + 1])) {
    // Accumulate the fraction as an integer and divide once: `14.3` becomes 143 / 10, the
    // double nearest 14.3, so that it agrees with a value computed from `143억`.
    double fraction = 0;
    double divisor = 1;
    ++i;
    while (i < n && IsAsciiDigit(text[i])) {
      if (divisor < 1e15) {
        fraction = fraction * 10 + (text[i] - '0');
        divisor *= 10;
      }
      ++i;
    }
    value = (value * divisor + fraction) / divisor;
    run.has_fraction = true;
  }
  run.end = i;
  run.value = value;
  return run;
}

}  // namespace detail
}  // namespace kealign::lang
