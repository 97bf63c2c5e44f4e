// The character classes that sentence boundary rules are stated in. They live below `text/`
// because both the language-neutral scanner there and the per-language rules here
// (`boundary_rules.h`) read them. ASCII and Hangul are decided inline; other scripts ask ICU's
// character properties.
#pragma once

#include <cstdint>

namespace kealign::lang {

// What a code point is to the sentence splitter.
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

// Whether `k` is a letter of any script, Hangul included.
inline bool IsLetterKind(CharKind k) {
  return k == CharKind::kHangul || k == CharKind::kUpper || k == CharKind::kLower ||
         k == CharKind::kLetter;
}

// Whether `c` is an ASCII letter: abbreviations, initials, link schemes and apostrophes are
// recognised among Latin letters only.
inline bool IsLatinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `c` is a full stop, ASCII or full-width (U+FF0E): the one terminal mark that
// abbreviations, decimals and enumerators also use.
inline bool IsFullStop(char32_t c) { return c == '.' || c == 0xFF0E; }

}  // namespace kealign::lang
