// Anchors with their places, for word links (`kealign/word_link.h`): the numbers, Latin-script
// words, URLs and loanword or name keys of a sentence, each with the bytes it covers and a key
// that is equal on both sides when the two mentions translate each other. The aligner's
// anchors (`extractor.h`) are these keys without the places.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "kealign/features/extractor.h"
#include "kealign/lang/language.h"
#include "kealign/span.h"
#include "kealign/word_link.h"

namespace kealign::features {

struct AnchorMention {
  ByteSpan span;  // bytes of the sentence: `140억 달러`, `OpenAI`, `저커버그` (of `저커버그는`)
  std::uint64_t key = 0;  // equal for mentions that match (numbers by value, words by spelling,
                          // names by their loanword key)
  WordLinkKind kind = WordLinkKind::kNumber;  // kNumber, kLatinWord (URLs too) or kName
};

// The mentions of one sentence, in the order matching prefers: numbers, then Latin words and
// URLs, then names and loanwords (Hangul stems in Korean, Latin words and pairs of neighbouring
// words in English: `New York` = `뉴욕`). Korean Latin words match English words of the same
// spelling; English Latin words are listed so that they can be matched. Mentions may overlap
// (a word and the number phrase holding it); `MatchAnchors` keeps them apart. Anchor sources
// switched off in `options` give none; loanword keys need `options.min_loanword_consonants`
// consonants, as for the aligner. Linear time.
std::vector<AnchorMention> FindAnchorMentions(std::string_view sentence, Language language,
                                              const FeatureOptions& options);

// A mention of one side of a bead: which sentence, and the mention (span relative to that
// sentence).
struct PlacedMention {
  int sentence = 0;
  AnchorMention mention;
};

// Pairs source and target mentions of one bead one-to-one: for each kind in the order above,
// each source mention (in order) takes the first unused target mention of the same kind and
// key; a mention overlapping one already paired on its side is skipped. Returns index pairs
// into `source` and `target`, sorted by source index. O(source × target).
std::vector<std::pair<int, int>> MatchAnchors(std::span<const PlacedMention> source,
                                              std::span<const PlacedMention> target);

}  // namespace kealign::features
