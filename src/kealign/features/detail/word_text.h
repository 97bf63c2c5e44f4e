// Small text helpers shared by the anchor extractor and the word-link anchors, so that both
// see the same URLs and the same words.
#pragma once

#include <string>
#include <string_view>

namespace kealign::features::detail {

// Whether `token` is a URL (`://`, `www.`) or an e-mail address.
bool LooksLikeUrl(std::string_view token);

// `token` without the punctuation that surrounds words in running text (`.`, `,`, brackets,
// quotes, …).
std::string_view TrimPunctuation(std::string_view token);

// `text` with ASCII letters lower-cased; other bytes (UTF-8) unchanged.
std::string AsciiLower(std::string_view text);

}  // namespace kealign::features::detail
