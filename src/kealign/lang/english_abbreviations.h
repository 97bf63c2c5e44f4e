// English abbreviations that end in a period, and the words that typically open a sentence.
//
// The last two functions serve soft boundaries: text re-flowed from separate lines runs a
// headline without final punctuation into the next sentence ("…signed an agreement for formal
// talks The deal signed Monday…"), and only the capitalised opener shows where it starts.
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
// abbreviation, "no" is a word), except that an all-caps word of 2–4 letters is looked up in
// title case too ("ST" as "St", "DR" as "Dr"; "IBM" is no entry). Dotted acronyms not in the list ("N.Y", "D.C") are `kMayEnd`;
// single upper-case letters (initials) are `kNone` and left to the caller. Cost: a binary search
// in a sorted table.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True if `word` (a whole word, case-sensitive) is one that commonly opens an English sentence
// and rarely follows an abbreviation inside one: "The", "He", "But", "In". Used to decide
// whether "Inc. The" or "J. The" ends a sentence.
bool IsSentenceOpener(std::string_view word);

// How a capitalised word after a lower-case one, without punctuation between, shows the start
// of a new sentence.
enum class SoftOpener {
  kNone,         // not a sign ("Police", "I": also common inside sentences)
  kBeforeLower,  // a determiner or pronoun: a sign only before a lower-case word, as titles
                 // and names go on in capitals ("the film The Dark Knight")
  kAlways,       // a preposition, conjunction or adverb that opens sentences ("In", "But",
                 // "However", "According") and rarely starts a title after a lower-case word
};

// Classifies `word`, a whole word, case-sensitive ("The" is a sign, "the" is not).
SoftOpener ClassifySoftOpener(std::string_view word);

// True if `word` (lower case) is one after which a capitalised word belongs to the same
// sentence as a name or title: a preposition, article or conjunction ("in The New York Times"),
// a verb of saying or naming ("told The Associated Press", "called The Boss"), or a noun that
// labels a title or a letter ("the movie The", "vitamin A", "type A").
bool KeepsCapitalisedWordInSentence(std::string_view word);

}  // namespace kealign::lang
