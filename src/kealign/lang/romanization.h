// Names and loanwords across scripts: Revised Romanization of Hangul, and a phonetic key that is
// equal for a Korean transliteration and its English source (`메타` / `Meta`, `저커버그` /
// `Zuckerberg`, `뉴욕` / `New York`).
//
// Glossary
//   romanization   Hangul written in Latin letters by the Revised Romanization of Korean
//                  (Ministry of Culture and Tourism, 2000), sound changes included: `신라` ->
//                  `silla`, `종로` -> `jongno`.
//   loanword key   a consonant skeleton over merged sound classes, with one `a` standing for
//                  each run of vowels. Korean transliteration maps English sounds onto fewer
//                  distinctions (f and p both become ㅍ, r and l both ㄹ) and adds vowels
//                  (`트럼프` for "Trump"); the key discards exactly those differences.
//
// Key alphabet: `k` (k g c q; ㄱ ㄲ ㅋ), `t` (t d; ㄷ ㄸ ㅌ, final ㅅ), `p` (p b f v; ㅂ ㅃ ㅍ),
// `s` (s z j ch sh, soft c and g; ㅅ ㅆ ㅈ ㅉ ㅊ), `l` (r l; ㄹ), `n` (n ng; ㄴ, final ㅇ), `m`,
// and `a` for a vowel run (y and w count as vowels, h is silent). Runs of one symbol collapse to
// one. Korean ㅡ is dropped where it is epenthetic (no final consonant, or final ㄹ: `트`, `글`)
// and kept as a vowel otherwise (`바이든` = "Biden"); an initial ㄹ with ㅡ after a full vowel
// renders English post-vocalic r and is dropped like it (`바르셀로나` = "Barcelona", `베를린`).
// English drops post-vocalic r before a consonant or at the end (`computer`), a silent final e (and
// the e of most final `-es`), silent letters (initial `kn`, `wr`, `ps`, `gn`, final `mb`, `gn`,
// `gh` before t or at the end); `th` is t at the start of a word and before a vowel or r
// (`marathon`), s elsewhere (`Smith`); a final `ts`/`ds` is one affricate (`Gates` = `게이츠`);
// `-tion`, `-tial` are s; a palatal (`sh`, `ch`, `j`, soft g) not followed by a vowel gains the
// vowel Korean writes (`Bush` = `부시`, `bench` = `벤치`, `page` = `페이지`), and so does a final
// `-sm` (`-ism` = `-이즘`).
//
// All functions accept any bytes: what is not a Hangul syllable (or, for English, a letter) is
// copied or skipped, malformed UTF-8 included.
#pragma once

#include <string>
#include <string_view>

#include "kealign/lang/language.h"

namespace kealign::lang {

// `text` with every run of Hangul syllables romanised (lower case) and everything else copied.
// Applies the sound changes the Revised Romanization writes: liaison (`한국어` -> `hangugeo`),
// nasalisation (`백마` -> `baengma`, `독립` -> `dongnip`), ㄹ-assimilation (`신라` -> `silla`,
// `종로` -> `jongno`), palatalisation (`같이` -> `gachi`) and aspiration after ㅎ (`좋고` ->
// `joko`); ㅎ after ㄱ/ㄷ/ㅂ is kept as in nouns (`묵호` -> `mukho`). Sound changes stop at any
// non-Hangul character, so romanise one word or name at a time. Linear time.
std::string RomanizeHangul(std::string_view text);

// The loanword key of `word` (see the file comment), or an empty string if `word` yields fewer
// than two consonant symbols (`아이`, `Ohio`): such short keys match too much to be evidence.
// Korean: `word` is Hangul; with `strip_particle` a trailing particle is removed first
// (`StripKoreanParticle`, korean.h: `메타가` and `Meta` have the same key). English: `word` is
// Latin letters, case ignored; spaces and hyphens separate words whose keys are joined, so a
// two-word name can be keyed whole (`New York` = `뉴욕`). Other characters are ignored. Keys
// are short (about one byte per letter), so the result rarely allocates. Linear time.
// Evidence grows with the number of consonant symbols: on the Korean-English news dev set, keys
// of Hangul words met keys of English words and word pairs of the true translation 3.4 times as
// often as those of an unrelated sentence with two consonants, 12 times with three, 70 times
// with four, and never by chance with five or more; weight matches accordingly.
std::string LoanwordKey(std::string_view word, Language language, bool strip_particle = true);

// Similarity of two loanword keys in [0, 1]: 1 - (Levenshtein distance / length of the longer
// key); 0 if either key is empty. For near misses such as `페이스북` / `Facebook` (`paspak` vs
// `pasapak`, 0.86). Quadratic in the key lengths, which are short.
double LoanwordSimilarity(std::string_view key_a, std::string_view key_b);

}  // namespace kealign::lang
