// Training IBM Model 1 (Brown et al. 1993, "The Mathematics of Statistical Machine Translation")
// by expectation maximisation, as Moore (2002, "Fast and Accurate Sentence Alignment of
// Bilingual Corpora") does on the confident beads of a first, length-based alignment, so that
// a second pass can score beads by their words. Terms are defined in `translation_table.h`.
//
// Training is sparse: only pairs that co-occur in some sentence pair (or are given as priors)
// get an entry, and entries below `Model1Options::prune_threshold` are dropped after every
// iteration. The first iteration (uniform start) is co-occurrence counting. Work is organised
// by source id over an inverted index, with dense per-thread arrays instead of hash maps
// (details in model1.cc).
//
// Measured on a synthetic corpus (Zipf-distributed 50,000-word vocabularies, 10–40 tokens a
// side), 5 iterations, one direction, one busy core: 100,000 pairs in 6 s with 240 MB peak
// resident memory; 1,000,000 pairs (27 million target tokens) in 61 s with 1.5 GB peak, of
// which 0.4 GB is the caller's corpus.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "kealign/lexical/translation_table.h"

namespace kealign::lexical {

// One training example. The spans view the caller's ids, which must outlive training. Ids must
// be non-negative; either side may be empty. Pairs with a side longer than 65,535 tokens are
// skipped (they are not sentences).
struct SentencePair {
  std::span<const int> source;
  std::span<const int> target;
};

// A dictionary pair used as a prior: `weight` pseudo-counts of `source` aligned to `target`.
struct PriorPair {
  int source = 0;
  int target = 0;
  double weight = 1;
};

struct Model1Options {
  // EM iterations, >= 1. The first is co-occurrence counting; 5 is the usual choice and later
  // iterations change the table little.
  int iterations = 5;

  // Threads for the counting and E-step, >= 1. The result is bit-identical for every value:
  // each row's counts are summed by one thread in corpus order, and the per-token
  // denominators, which all rows add to, are summed in 32.32 fixed point (associative).
  int threads = 1;

  // After each iteration, entries with t(target | source) below this are dropped (prior pairs
  // are kept). It also becomes the table's scoring floor (at least `kMinFloorProbability`).
  // 0 disables pruning; memory then grows with every co-occurring pair.
  double prune_threshold = 1e-4;

  // At most this many shuffled training pairs estimate the background log-probability.
  int background_sample = 10'000;

  // Dictionary pairs added as pseudo-counts to the expected counts of every M-step, so a seed
  // lexicon gives short documents evidence the text alone cannot. Duplicates add up.
  std::vector<PriorPair> priors;

  // Appends `pairs` to `priors`, each with `weight` (> 0) pseudo-counts.
  void AddPriorPairs(std::span<const std::pair<int, int>> pairs, double weight);
};

// Trains t(target | source) on `pairs`. Throws `InternalError` for a negative id, a prior with a
// non-positive weight, or invalid options. Time O(iterations × sum over pairs of
// (source length + 1) × target length). Memory: the table at 8 bytes per entry (largest after
// the first iteration, when every co-occurrence above the threshold is kept, and twice that
// while it is assembled), plus 8 bytes per source and per target token and, per thread,
// 21 bytes per target id.
TranslationTable TrainModel1(std::span<const SentencePair> pairs, const Model1Options& options);

// `pairs` with the sides exchanged (for the reverse direction).
std::vector<SentencePair> SwapSides(std::span<const SentencePair> pairs);

// Both directions of Model 1, so a bead can be scored symmetrically.
struct BidirectionalModel {
  TranslationTable forward;   // t(target | source)
  TranslationTable backward;  // t(source | target)

  // Writes both tables as fields of a model file (`TranslationTable::Write`).
  void Write(util::BinaryWriter& writer) const;
  // Reads what `Write` wrote; throws `ModelError` (through `reader`) naming the problem.
  static BidirectionalModel Read(util::BinaryReader& reader);

  friend bool operator==(const BidirectionalModel&, const BidirectionalModel&) = default;
};

// Trains `forward` on `pairs` and `backward` on the swapped pairs (priors swapped too).
BidirectionalModel TrainBidirectional(std::span<const SentencePair> pairs,
                                      const Model1Options& options);

// The symmetric evidence that `target_ids` translates `source_ids`, in nats per token:
// the mean over the available directions of `LogProbability` minus the table's background.
// A direction whose generated side has no known token is left out; 0 if both are. About 0 for
// unrelated training-like sentences, positive for translations. Slow path (binary searches);
// for bead scoring in a document use `DocumentScorer`, which computes the same formula with
// backgrounds measured on the document (less biased on text the model was not trained on).
double SymmetricScore(const BidirectionalModel& model, std::span<const int> source_ids,
                      std::span<const int> target_ids);

}  // namespace kealign::lexical
