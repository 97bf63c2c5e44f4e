// Korean sentence-final endings, the words that continue a sentence after them, and the
// quotative particles that embed a quotation in a longer sentence.
//
// Glossary
//   eojeol      a space-delimited Korean word: a stem with its particles or endings attached
//               ("먹었습니다", "학교에서").
//   final ending  the ending that closes a sentence: declarative 다/습니다, polite 요, question
//               까, informal 음/임/함, dialect 유/쥬. Informal text often omits the full stop
//               after it, so the splitter uses it as a boundary by itself.
//   quotative   the particle or verb that follows a quotation: "…한다"라고 말했다,
//               "…한다"며, "…한다." 하고. A quote followed by one is part of the sentence.
//
// All functions take UTF-8 and decode at most a few code points from the end or start of
// their argument; they allocate nothing.
#pragma once

#include <string_view>

namespace kealign::lang {

// How strongly the end of an eojeol marks the end of a sentence.
enum class KoreanEnding {
  kNone,       // not a final ending (particle, connective, noun, non-Hangul)
  kAmbiguous,  // a banmal ending that is as often a connective (먹어, 좋아, 했지, 할게): a
               // boundary only before a word that typically opens a sentence
  kWeak,       // a final ending that also occurs inside sentences: nominal 함/임/음, cute
               // 용/당, dialect 유; a boundary unless the next word continues the sentence
  kStrong,     // a declarative, polite or interrogative ending: 했다, 한다, 요, 죠, 습니까
};

// How typically a word opens a Korean sentence.
enum class KoreanOpener {
  kNone,
  kOpener,  // pronouns, interjections, sentence adverbs: 나는, 저희는, 아, 오늘, 진짜
  kConjunction,  // conjunctions that start a sentence even after a verbless one:
                 // 하지만, 그러나, 그런데, 근데, 그래서, 따라서
};

// Classifies the end of `eojeol`, a word with trailing punctuation, emoticons and closing
// quotes already removed ("먹었습니다", "주요", "했어"). Words ending in something other than a
// Hangul syllable are `kNone`.
KoreanEnding ClassifyKoreanEnding(std::string_view eojeol);

// True if `eojeol` ends in a syllable closed by ㅁ or ㄻ that may be the nominaliser -(으)ㅁ
// on a verb (빠름, 잠, 끝남, 옴), whatever `ClassifyKoreanEnding` says: as many nouns end the
// same way (사람, 이름, 마감), so the caller needs other evidence that the word is a verb.
bool EndsInNominaliser(std::string_view eojeol);

// True if `next_eojeol`, the word right after `eojeol` (which has a final ending of class
// `ending`), continues the same sentence: an auxiliary or quotative verb ("…다 보니",
// "…했다 하더라도", "…먹어 봤다", "…좋다 하고", "…있다 생각했다") or a detached particle
// ("…한다 라고").
bool ContinuesKoreanSentence(std::string_view eojeol, KoreanEnding ending,
                             std::string_view next_eojeol);

// How typically `eojeol` opens a sentence (see `KoreanOpener`).
KoreanOpener ClassifyKoreanOpener(std::string_view eojeol);

// True if `rest`, the text right after a closing quotation mark, starts with a quotative or
// other particle that makes the quotation part of a longer sentence. `after_space` tells
// whether whitespace separated `rest` from the quote: attached Hangul ("…"라고, "…"는, "…"며)
// always continues; after a space only quotative verbs and particles do ("…" 하며, "…" 라고,
// "…" 말했다).
bool ContinuesAfterQuote(std::string_view rest, bool after_space);

// True if `eojeol` ends in a case particle or a connective ending that cannot close a sentence
// ("…학교에서", "…먹었지만", "…하고"): a line that ends in one was hard-wrapped mid-sentence.
bool EndsWithParticleOrConnective(std::string_view eojeol);

// True if `eojeol` is a Korean enumerator that is written with a period and starts a list item
// or a legal provision: "가", "나", "제1조", "제3항", "제2장". Digits and roman numerals are
// handled by the caller.
bool IsKoreanEnumerator(std::string_view eojeol);

}  // namespace kealign::lang
