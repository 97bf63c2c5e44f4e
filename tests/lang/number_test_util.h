// Test helpers shared by the Korean and English number tests: mentions rendered as text, so a
// failed check shows what was found.
#pragma once

#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "kealign/lang/numbers.h"

namespace kealign::lang::testing {

inline std::string_view KindName(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCardinal:
      return "cardinal";
    case NumberKind::kOrdinal:
      return "ordinal";
    case NumberKind::kYear:
      return "year";
    case NumberKind::kDecade:
      return "decade";
    case NumberKind::kMonth:
      return "month";
    case NumberKind::kDay:
      return "day";
    case NumberKind::kWeekday:
      return "weekday";
    case NumberKind::kTime:
      return "time";
  }
  return "?";
}

inline std::string_view UnitName(NumberUnit unit) {
  switch (unit) {
    case NumberUnit::kNone:
      return "";
    case NumberUnit::kPercent:
      return " percent";
    case NumberUnit::kTimes:
      return " times";
    case NumberUnit::kAge:
      return " age";
    case NumberUnit::kDollar:
      return " dollar";
    case NumberUnit::kWon:
      return " won";
    case NumberUnit::kYen:
      return " yen";
    case NumberUnit::kEuro:
      return " euro";
    case NumberUnit::kPound:
      return " pound";
    case NumberUnit::kYuan:
      return " yuan";
  }
  return "?";
}

// `mentions` of `sentence` as `<span text> = <value> <kind>[ <unit>][ ~]` (`~` for
// approximate), joined by "; ", so that a failed check prints both sides.
inline std::string DescribeMentions(std::string_view sentence,
                                    const std::vector<NumberMention>& mentions) {
  std::string out;
  for (const NumberMention& mention : mentions) {
    char value[32];
    if (mention.value == static_cast<double>(static_cast<long long>(mention.value))) {
      std::snprintf(value, sizeof(value), "%lld", static_cast<long long>(mention.value));
    } else {
      std::snprintf(value, sizeof(value), "%.10g", mention.value);
    }
    if (!out.empty()) out += "; ";
    out += std::string(mention.span.Of(sentence)) + " = " + value + " " +
           std::string(KindName(mention.kind)) + std::string(UnitName(mention.unit)) +
           (mention.approximate ? " ~" : "");
  }
  return out;
}

// Expected mentions, one string each, joined as `Describe` joins them.
struct Lines : std::string {
  Lines(std::initializer_list<std::string_view> lines) {
    for (std::string_view line : lines) {
      if (!empty()) append("; ");
      append(line);
    }
  }
};


}  // namespace kealign::lang::testing
