// English abbreviations that end in a period, and the words that typically open a sentence.
//
// The sentence splitter asks two questions at a period: is the word before it an abbreviation,
// and if it may also end a sentence ("Apple Inc." can), does the next word look like the start
// of a new one? ICU's `en@ss=standard` list misses common entries (Dr., St., No., Inc.) and
// never suppresses multi-dot entries (U.S., Ph.D.), so kealign keeps its own list.
#pragma once

#include <string_view>

namespace kealign::lang {

// What a period after a known abbreviation means for sentence splitting.
enum class AbbreviationKind {
  kNone,          // not an abbreviation: the period is an ordinary full stop
  kTitle,         // stands before a name and never ends a sentence: Dr. Mr. Mrs. Prof. Gen.
  kInline,        // used inside a sentence and never ends one: e.g. i.e. vs. cf. approx.
  kBeforeNumber,  // No. Vol. pp. Fig. Jan.: never ends a sentence before a number; otherwise
                  // behaves like `kMayEnd`
  kMayEnd,        // Inc. Corp. Jr. etc. U.S. a.m.: may end a sentence, so the period is a
                  // boundary only if a typical sentence opener follows
};

// Classifies `word`, the letters and inner periods right before a period, without that final
// period: "Dr", "U.S", "Ph.D", "a.m", "etc". Case-sensitive ("No" before a number is an
// abbreviation, "no" is a word). Dotted acronyms not in the list ("N.Y", "D.C") are `kMayEnd`;
// single upper-case letters (initials) are `kNone` and left to the caller. Cost: a binary search
// in a sorted table.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True if `word` (a whole word, case-sensitive) is one that commonly opens an English sentence
// and rarely follows an abbreviation inside one: "The", "He", "But", "In". Used to decide
// whether "Inc. The" or "J. The" ends a sentence.
bool IsSentenceOpener(std::string_view word);

}  // namespace kealign::lang
