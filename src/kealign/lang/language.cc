#include "kealign/lang/language.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "kealign/error.h"

namespace kealign {

std::string_view LanguageCode(Language language) {
  return language == Language::kKorean ? "ko" : "en";
}

Language ParseLanguage(std::string_view code) {
  std::string lower(code);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c | 0x20); });
  if (lower == "ko" || lower == "kor") return Language::kKorean;
  if (lower == "en" || lower == "eng") return Language::kEnglish;
  throw Error(fmt::format("unknown language '{}': expected 'ko' or 'en'", code));
}

}  // namespace kealign
