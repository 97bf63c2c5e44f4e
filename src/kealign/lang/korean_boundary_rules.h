// Where Korean sentences end: the `BoundaryRules` for Korean text.
#pragma once

#include <cstddef>

#include "kealign/lang/boundary_rules.h"

namespace kealign::lang {

// The Korean boundary rules. Informal Korean often ends a sentence with a final ending
// (`korean_endings.h`) and no punctuation, so a space, or emoticons, can end one; and a
// quotation embedded in a sentence ("…한다. …한다"라고 기록했다) is atomic.
class KoreanBoundaryRules final : public BoundaryRules {
 public:
  // `keep_standalone_quotes_whole`: see `BoundaryOptions::keep_standalone_quotes_whole`.
  explicit KoreanBoundaryRules(bool keep_standalone_quotes_whole);

  // Korean periods: a Korean enumerator or date (`ContinuesKoreanPeriod`) or, since Korean text
  // quotes English names and abbreviations, an English one (`ContinuesEnglishPeriod`; a Hangul
  // word after the period is just the next word).
  bool PeriodContinues(const BlockView& block, std::size_t period,
                       std::size_t sentence_start) const override;

  // Without a space after the run, a sentence ends only where a full stop was run into the
  // next sentence ("…했다.그러나", "…했어!근데"): after Hangul or with "!" or "?", not at
  // periods alone that make an ellipsis, before Hangul, a digit, a capital or an opening mark,
  // and never before a quotative particle after a closing quote ("…"라고). After a space it
  // ends unless a quotative follows ("…?" 하며, "…되나? 싶었는데"), an ellipsis after a
  // connective is a pause, or the run ends an English fragment. Emoticon words after the run
  // stay with the sentence.
  std::size_t CutAfterTerminal(const BlockView& block, const TerminalRun& run,
                               std::size_t sentence_start) const override;

  // Brackets and quotations up to 2,400 bytes long are atomic; a quotation only when it is
  // embedded in a longer sentence (attached Hangul, punctuation other than a full stop, or a
  // quotative follows: "…"라고 말했다, "…", 하고, "…" 하며), unless standalone quotations are
  // kept whole.
  bool IsAtomicPair(const BlockView& block, std::size_t open, std::size_t close) const override;

  // A sentence ends at the first space after a word with a final ending (`ClassifyKoreanEnding`)
  // unless the next word continues it (`ContinuesKoreanSentence`); an ambiguous ending only
  // before a typical opener or after emoticons. A word is also a verb with a final ending when
  // the word before shows it: "-지 마", "-길 바람", a nominal form after an adverb that needs a
  // verb ("늦게 잠", "안 함"). Also after a word of emoticons alone (not one that opens the
  // sentence), a quoted utterance ("원빈:"너 지금..." 동원:…"), before a conjunction ("…유이(33)
  // 하지만") and around a run of hashtags, inside which nothing ends.
  std::size_t CutAtSpace(const BlockView& block, std::size_t space,
                         std::size_t sentence_start) const override;

  // Decoration after a word with a strong or weak final ending and before attached Hangul:
  // "같아요😀하지만", "먹었다ㅋㅋ근데", "먹었다~~근데". One jamo, emoji or symbol from U+2600 on
  // is enough; of `^` and `~` it takes two.
  bool EndsAfterDecoration(const BlockView& block, std::size_t last,
                           std::size_t sentence_start) const override;

 private:
  bool keep_standalone_quotes_whole_;
};

// Whether the period at `period` belongs to a Korean enumerator that opens the sentence
// ("가.", "제1조.") or to a date written with spaces ("2024. 11. 27.", also the day before a
// time or a noun: "2024. 11. 27 오후"). English text from Korean sources writes them too.
bool ContinuesKoreanPeriod(const BlockView& block, std::size_t period, std::size_t sentence_start);

}  // namespace kealign::lang
