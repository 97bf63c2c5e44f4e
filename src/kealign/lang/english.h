// English language knowledge the aligner uses to find evidence a sentence shares with its
// translation: number expressions (digits and words) and Latin-script words.
//
// Glossary
//   number word   a spelled-out numeral: `four`, `twenty-one`, `a dozen`, `third`, `half`.
//   scale word    `hundred`, `thousand`, `million`, `billion`, `trillion` (also `bn`, `mn`).
//   vague         a plural scale naming only a magnitude: `dozens of`, `hundreds of thousands`,
//                 `tens of billions`; see `NumberMention::approximate`.
//
// Input is UTF-8 text, preferably NFKC-normalised: numbers are read from ASCII digits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kealign/lang/numbers.h"
#include "kealign/span.h"

namespace kealign::lang {

// The number mentions of an English sentence, in text order. Understands digits with separators
// and decimals (`1,000`, `3.5`), scale words (`1.5 million`, `$14.3 billion`, `$14bn`), number
// words (`four`, `twenty-one`, `two hundred and fifty`, `a dozen`, `half`, `two-thirds`), vague
// magnitudes (`hundreds of`, `tens of billions of dollars`, `dozens`), ordinals (`3rd`,
// `third`, `twenty-first`, `No. 1`), years and decades (`2024`, `1990s`), months and days
// (`April`, `Nov. 27`, `27 November`, `2024-11-27`), weekdays (`Monday`), clock times
// (`3 p.m.`, `15:30`, `noon`), and units (`%`, `percent`, `$`, `dollars`, `won`, `times`,
// `tenfold`, `10x`, `twice`, `28-year-old`, `28 years old`). Words that are numbers only
// sometimes are filtered by context: `one` (not in `no one`, `the one`), `second` (not in
// `per second`), `May` and `March` (only beside a day number or after `in`, `since`, `last`,
// `early`...), month and weekday names only when capitalised. Linear time; the only allocation
// is the result.
std::vector<NumberMention> FindEnglishNumbers(std::string_view sentence);

// As above, but replaces the contents of `*mentions`, so one vector can be reused across
// sentences without allocating.
void FindEnglishNumbers(std::string_view sentence, std::vector<NumberMention>* mentions);

// The Latin-script words of `sentence` (in either language: `OpenAI`, `CNBC`, `Llama` inside
// Korean text), lower-cased, in text order, skipping words of one character. A word starts
// with a letter (ASCII or Latin-1/Latin Extended-A) and continues with letters and digits
// (`gpt4o`); hyphens split words, and an apostrophe splits off English clitics (`Meta's` ->
// `meta`) but joins names (`O'Brien` -> `obrien`). Linear time; allocates the strings.
std::vector<std::string> FindLatinWords(std::string_view sentence);

// True for a lower-cased English function word (articles, pronouns and determiners,
// auxiliaries, prepositions, conjunctions: `the`, `its`, `was`, `of`, `and`): words that
// translate grammar rather than terms. Constant time.
bool IsEnglishFunctionWord(std::string_view lower);

// A Latin-script word of a sentence and where it is.
struct LatinWord {
  ByteSpan span;      // bytes of the sentence: the word as written, a clitic (`'s`) excluded
  std::string lower;  // what `FindLatinWords` returns for it
};

// `FindLatinWords` with each word's span, in text order.
std::vector<LatinWord> FindLatinWordSpans(std::string_view sentence);

}  // namespace kealign::lang
