// The languages kealign knows. Generic machinery names the sides `source` and `target`;
// `Language` selects language knowledge (splitting rules, numerals, romanization).
#pragma once

#include <string_view>

namespace kealign {

enum class Language { kKorean, kEnglish };

// "ko" or "en".
std::string_view LanguageCode(Language language);

// Parses "ko"/"en" (also "kor"/"eng", any case); throws `kealign::Error` otherwise.
Language ParseLanguage(std::string_view code);

}  // namespace kealign
