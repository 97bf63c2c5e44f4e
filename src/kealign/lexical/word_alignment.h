// Word alignment within one sentence pair under IBM Model 1: which token translates which.
//
// Each direction of Model 1 gives every generated token a posterior over the tokens that may
// have generated it, NULL included (Brown et al. 1993): P(a_j = i) ∝ t(e_j | f_i). The best
// link of each token in each direction, kept only where both directions agree, is the
// "intersection" symmetrisation of Och & Ney (2003, "A Systematic Comparison of Various
// Statistical Alignment Models"): high precision, one partner per token at most.
#pragma once

#include <span>
#include <vector>

#include "kealign/lexical/model1.h"

namespace kealign::lexical {

// A link between source token `source` and target token `target` (indices into the id
// spans given), with `probability` the mean of the two directions' posteriors of the link.
struct TokenLink {
  int source = 0;
  int target = 0;
  double probability = 0;

  friend bool operator==(const TokenLink&, const TokenLink&) = default;
};

// The links on which both directions of `model` agree: target token j's most probable source
// token (under `model.forward`, NULL competing) is i, and source token i's most probable target
// token (under `model.backward`) is j. Tokens with a negative or unknown id take no part.
// Among equally probable partners (a repeated word), the one at the nearest relative position
// wins, so that a word repeated on both sides links in order. Sorted by source, then target.
// Time O(l · m · log row length) for l source and m target tokens; allocates the result and
// O(l + m) scratch.
std::vector<TokenLink> IntersectBestLinks(const BidirectionalModel& model,
                                          std::span<const int> source_ids,
                                          std::span<const int> target_ids);

}  // namespace kealign::lexical
