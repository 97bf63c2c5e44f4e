// Korean language knowledge the aligner uses to find evidence a sentence shares with its
// translation: numerals with their counters, Hangul words, and trailing particles.
//
// Glossary
//   syllable   a precomposed Hangul syllable, U+AC00..U+D7A3 (3 bytes in UTF-8).
//   word       a maximal run of Hangul syllables; Korean writes particles and endings attached
//              (`메타가`, `구글에서`), so a word is often a stem plus a particle.
//   particle   a postposition or ending attached to the end of a word: `이/가`, `을/를`, `의`,
//              `에서`, `으로`, plural `들`, verb endings such as `했다` after a `하다` noun.
//   counter    a noun that follows a numeral to count things: `45명`, `두 번째`, `세 살`.
//
// Input is UTF-8 text, preferably NFKC-normalised: numbers are read from ASCII digits only.
#pragma once

#include <string_view>
#include <vector>

#include "kealign/lang/numbers.h"
#include "kealign/span.h"

namespace kealign::lang {

// The number mentions of a Korean sentence, in text order. Understands digits with separators
// and decimals (`1,000`, `3.5`), Sino-Korean magnitudes (`1억 2천만`, `140억`, `3조`), vague
// magnitudes (`수백억`, `몇십`), native numerals before counters (`두 명`, `세 번째`, `스무 살`),
// dates (`2024년`, `11월 27일`, `2024.11.27`, datelines such as `2005.10`, `27일(수)`),
// weekdays (`월요일`), clock times (`오후 3시 30분`), ordinals (`제3조`, `3위`, `21세기`,
// `세 번째`, `처음`) and units (`%`, `퍼센트`, `달러`, `원`, `배`, `세`/`살`). `제1조` is the
// ordinal 1, never 1 trillion; `2024년` is one mention. Any bytes are safe to pass. Linear time;
// the only allocation is the result.
std::vector<NumberMention> FindKoreanNumbers(std::string_view sentence);

// As above, but replaces the contents of `*mentions`, so one vector can be reused across
// sentences without allocating.
void FindKoreanNumbers(std::string_view sentence, std::vector<NumberMention>* mentions);

// `word` without one trailing particle or ending, or `word` itself when none applies. `word` is
// a single word (no spaces); the result is a prefix of it (same storage). Strips, longest first:
// case and topic particles (`이/가`, `은/는`, `을/를`, `의`, `에`, `에서`, `에게`, `와/과`,
// `(으)로`, `도`, `만`, `까지`, `부터`, `보다`, `처럼`, compounds such as `에서는`, `으로의`),
// the plural `들` (alone or before a particle), and the endings of `하다`/`되다` verbs made from
// nouns (`벤치마킹했다` -> `벤치마킹`). Alternating particles respect the previous syllable's
// final consonant (`가` only after a vowel, `이` only after a consonant), which keeps `하와이`
// whole. A strip must leave at least two syllables, except the case particles `이/가/은/는/을/를/
// 와/과` (`왕이` -> `왕`), which keeps `인도` (India) whole. Names that really end in a particle
// syllable (`토론토`, `카이로`) lose it; callers that can afford it may also try the whole word.
// Constant time (a fixed table of suffixes).
std::string_view StripKoreanParticle(std::string_view word);

// The Hangul words of `sentence` with at least two syllables, in text order. A word here is a
// maximal run of Hangul syllables, particles included (`메타가`); pass it to `LoanwordKey`
// (romanization.h), which strips the particle. Linear time; allocates the result.
std::vector<ByteSpan> FindHangulWords(std::string_view sentence);

// The Hangul syllable whose 3-byte UTF-8 encoding starts at byte `pos` of `text`, or 0 (also
// for malformed or truncated UTF-8, so callers can skip such bytes one at a time).
char32_t HangulSyllableAt(std::string_view text, std::size_t pos);

// True for a precomposed Hangul syllable (U+AC00..U+D7A3).
constexpr bool IsHangulSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

}  // namespace kealign::lang
