// Word links of an aligned document (`kealign/word_link.h`): for each bead with both sides,
// the numbers, Latin-script words and names the two sides share (`features/word_anchors.h`),
// then the lexical model's links between the remaining words (`lexical/word_alignment.h`).
#pragma once

#include <vector>

#include "kealign/aligned_document.h"
#include "kealign/features/extractor.h"
#include "kealign/pipeline/lexical_alignment.h"

namespace kealign {

// Lexical links less probable than this are left out: below it, on the dev set, the
// intersection mostly pairs words that merely co-occur.
inline constexpr double kMinLexicalLinkProbability = 0.3;

// The links of every bead of `document.ladder` with both sides, sorted as
// `AlignedDocument::links` is. Anchors win over lexical links where they overlap, and each
// word takes part in one link at most. `model` may be null (no lexical pass): anchors only;
// so is a model over SentencePiece pieces alone, whose units are not words. `options` says
// which anchors to use, as for the aligner. Time linear in the document, O(l · m) per bead of
// l and m words.
std::vector<WordLink> FindWordLinks(const AlignedDocument& document, const LexicalModel* model,
                                    const features::FeatureOptions& options);

}  // namespace kealign
