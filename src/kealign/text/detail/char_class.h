// Character classes the sentence splitter works with. ASCII and Hangul are decided inline;
// other scripts ask ICU's character properties.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kealign/util/utf8.h"

namespace kealign::text::detail {

enum class CharKind : std::uint8_t {
  kSpace,     // any Unicode white space, including U+3000 and the byte-order mark
  kHangul,    // precomposed Hangul syllable
  kJamo,      // Hangul compatibility jamo on its own: ㅋ ㅎ ㅠ ㅜ ㄷ (laughter, emoticons)
  kUpper,     // upper-case letter of a cased script
  kLower,     // lower-case letter of a cased script
  kLetter,    // letter of an uncased script other than Hangul (Han, kana, Thai, …)
  kDigit,     // decimal digit
  kTerminal,  // . ! ? … ‼ ⁇ ⁈ ⁉ 。 ！ ？ ．
  kOpen,      // opening bracket or typographic quote: ( [ { “ ‘ 「 『 《 〈 « （
  kClose,     // closing bracket or typographic quote: ) ] } ” ’ 」 』 》 〉 » ）
  kStraightQuote,  // " or ', whose role the context decides
  kDecoration,     // emoji, pictographs and ^ ~ ♡ ★ that decorate the end of informal sentences
  kOther,          // other punctuation and symbols
};

// The kind of `c`. Cost: a few comparisons; an ICU property lookup outside ASCII and Hangul.
CharKind Classify(char32_t c);

// The closing counterpart of the opening bracket or quote `open`, or 0.
char32_t CloserOf(char32_t open);

inline bool IsLetterKind(CharKind k) {
  return k == CharKind::kHangul || k == CharKind::kUpper || k == CharKind::kLower ||
         k == CharKind::kLetter;
}

// Decodes the code point at `*pos` like `DecodeUtf8` and advances `*pos`, but never reads at or
// past `end`: a sequence cut short there decodes as U+FFFD, one byte at a time. Keeps a
// splitter given malformed text (against its contract) from reading out of bounds.
inline char32_t DecodeBounded(std::string_view text, std::size_t* pos, std::size_t end) {
  const auto lead = static_cast<unsigned char>(text[*pos]);
  if (lead < 0x80) {
    ++*pos;
    return lead;
  }
  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (*pos + length > end) {
    ++*pos;
    return 0xFFFD;
  }
  return util::DecodeUtf8(text, pos);
}

inline bool IsLatinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace kealign::text::detail
