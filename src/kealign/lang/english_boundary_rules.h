// Where English sentences end: the `BoundaryRules` for English text.
#pragma once

#include <cstddef>

#include "kealign/lang/boundary_rules.h"

namespace kealign::lang {

// The English boundary rules. English has news datelines and, in text re-flowed from separate
// lines, soft boundaries: a headline without final punctuation runs into the next sentence, and
// only a capitalised word shows where that starts.
class EnglishBoundaryRules final : public BoundaryRules {
 public:
  // `soft_boundaries`: see `BoundaryOptions::soft_boundaries`.
  explicit EnglishBoundaryRules(bool soft_boundaries);

  // English periods (`ContinuesEnglishPeriod`; a Hangul word after the period opens a new
  // sentence), and the Korean enumerators and dates of text from Korean sources
  // (`ContinuesKoreanPeriod`).
  bool PeriodContinues(const BlockView& block, std::size_t period,
                       std::size_t sentence_start) const override;

  // Only a space ends a sentence after the run, and not before a lower-case word, nor before a
  // number after an ellipsis.
  std::size_t CutAfterTerminal(const BlockView& block, const TerminalRun& run,
                               std::size_t sentence_start) const override;

  // The dateline is the agency in parentheses (`IsNewsAgency`) followed by the story (after a
  // dash, or a capital), with the place before it: up to four all-caps words ("ST. LOUIS,
  // MISSOURI"), then optionally a comma and up to three title-case region words ("SEOUL, South
  // Korea").
  std::size_t DatelineStart(const BlockView& block, std::size_t open) const override;

  // A capitalised sentence opener (`IsSentenceOpener`) or a quotation after the colon, unless
  // the colon ends a credit ("Photo: The New York Times"), follows a verb of saying or lies
  // inside brackets or a quotation.
  std::size_t SoftCutAfterColon(const BlockView& block, std::size_t colon,
                                std::size_t sentence_start) const override;

  // A short capitalised opener (`ClassifySoftOpener`) after a lower-case word that does not
  // introduce a name or title (`KeepsCapitalisedWordInSentence`), a number, or the end of a
  // quotation or bracket (not of a dateline's agency), outside brackets.
  std::size_t SoftCutBeforeCapital(const BlockView& block, std::size_t space,
                                   std::size_t sentence_start) const override;
};

// Whether the period at `period` does not end the sentence by English conventions: a decimal
// point ("3.5", "$14.3"; not after Hangul: "…했다.2024년"), an enumerator that opens the
// sentence ("1.", "IV.", "a."), an abbreviation (`ClassifyAbbreviation`: always for titles,
// "Dr."; for "Inc." unless a typical sentence opener follows) or an initial ("J. R. R.
// Tolkien"). `hangul_opens_sentence`: whether a Hangul word after the period counts as an
// opener. Korean text quotes English names and abbreviations, so the Korean rules ask this too.
bool ContinuesEnglishPeriod(const BlockView& block, std::size_t period, std::size_t sentence_start,
                            bool hangul_opens_sentence);

}  // namespace kealign::lang
