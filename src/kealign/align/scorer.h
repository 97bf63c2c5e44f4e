// Bead scorers: the cost the dynamic program minimises.
//
// A cost is a negative log-probability in nats (lower is better); +infinity forbids a bead.
// The dynamic program only sees the `BeadScorer` interface, so tests can inject a fake one.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "kealign/align/features.h"
#include "kealign/align/options.h"

namespace kealign::align {

inline constexpr double kForbidden = std::numeric_limits<double>::infinity();

class BeadScorer {
 public:
  virtual ~BeadScorer() = default;
  // Cost of pairing source sentences `[source_begin, source_begin + source_count)` with target
  // sentences `[target_begin, target_begin + target_count)`. Called O(cells × bead types) times:
  // keep it allocation-free.
  virtual double Cost(int source_begin, int source_count, int target_begin,
                      int target_count) const = 0;
};

// Length model. Gale & Church (1993) model the difference of lengths as Gaussian with variance
// proportional to length; on Korean–English the residuals are heavy-tailed and their spread
// grows more slowly than that, which makes a Gaussian prefer spurious 2-2 merges. We model the
// log ratio r = log((t + k) / (ratio · s + k)) as Laplace with a scale that shrinks with the
// bead's length m as (m / mean_length)^−0.25 (fitted on held-out data: the best exponent among
// 0, 0.25, 0.5 by likelihood), and charge the tail probability: cost = |r| / scale(m).
struct LengthModel {
  double ratio = 1.0;         // target length per unit of source length
  double scale = 0.2;         // Laplace scale of r at the mean sentence length
  double mean_length = 100;   // mean source sentence length, in length units
  double smoothing = 10;      // k above: keeps very short sentences from dominating
};

// The ratio, mean length and smoothing of `source` and `target` from their totals (noise
// excluded); `scale` is left at `scale`. Ratio 1 if either side has no length.
LengthModel EstimateLengthRatio(std::span<const SegmentFeatures> source,
                                std::span<const SegmentFeatures> target, double scale);

// The log-ratio residual r of one bead and its length m (in source units). `verbatim` is the
// part of both sides' lengths a translation copies rather than translates (the lesser of the
// two sides' `SegmentFeatures::verbatim`: at most that much can be shared): it is expected as
// it is, and only the rest of the source length is scaled by the ratio.
double LengthResidual(double source_length, double target_length, const LengthModel& model,
                      double verbatim = 0);
double BeadLength(double source_length, double target_length, const LengthModel& model);

// −log of the tail probability of the bead's length residual; 0 for a perfect match.
double LengthCost(double source_length, double target_length, const LengthModel& model,
                  double verbatim = 0);

// Evidence for a bead from a model outside the aligner (kealign's lexical model): how strongly
// the bead's sentences look like translations of each other, in nats, 0 when there is no
// evidence either way. Called with the same indices as `BeadScorer::Cost`, only for beads with
// both sides; must be allocation-free and thread-safe.
class BeadEvidence {
 public:
  virtual ~BeadEvidence() = default;
  virtual double Support(int source_begin, int source_count, int target_begin,
                         int target_count) const = 0;
};

// The standard scorer: bead-shape prior + length + anchors + paragraph and noise constraints,
// minus `options.evidence_weight` × `evidence` when one is given. Sentences joined across a
// soft boundary count as one for the shape prior (plus the boundary's odds); noise only stands
// in a hole, boilerplate only alone, and a boilerplate hole pays `boilerplate_hole_prior`.
// Holds references to the feature vectors and the evidence: they must outlive the scorer.
// Caches anchor counts per sentence pair, so it is not thread-safe: one scorer per thread.
// `options` must be valid (`ValidateAlignOptions`; `Aligner` checks them once).
class FeatureScorer : public BeadScorer {
 public:
  FeatureScorer(std::span<const SegmentFeatures> source, std::span<const SegmentFeatures> target,
                const LengthModel& length_model, const AlignOptions& options,
                const BeadEvidence* evidence = nullptr);

  double Cost(int source_begin, int source_count, int target_begin,
              int target_count) const override;

  // The anchor part of `Cost` alone (negative when the sides share anchors).
  double AnchorCost(int source_begin, int source_count, int target_begin, int target_count) const;

 private:
  std::span<const SegmentFeatures> source_;
  std::span<const SegmentFeatures> target_;
  LengthModel length_model_;
  // Anchor intersections of one (source, target) sentence pair; a bead's anchor cost is a
  // function of their sums over its sentence pairs.
  struct PairCounts {
    int source = -1;  // which sentence pair the slot holds; -1 empty
    int target = -1;
    std::uint8_t strong_both = 0, source_strong_target_weak = 0, target_strong_source_weak = 0,
                 weak_both = 0;
  };
  const PairCounts& Counts(int source, int target) const;

  // One side of a bead: its length, its sentences counted after soft joins, and what its soft
  // boundaries and paragraph crossings cost (+inf when its noise or boilerplate may not stand
  // there).
  struct Side {
    double length = 0;
    double verbatim = 0;
    double cost = 0;
    int units = 0;
  };
  Side SideOf(std::span<const SegmentFeatures> sentences, int begin, int count,
              int other_count) const;

  const AlignOptions& options_;
  const BeadEvidence* evidence_;
  bool weak_match_bonus_zero_;
  // Direct-mapped cache: sentence pair (x, y) in row (x mod kPairRows), slot (y mod
  // kPairSlots). The dynamic program sweeps rows in order and a bead spans at most
  // `kMaxBeadSide` of them, so a few recent rows suffice and memory does not grow with the
  // document (a row per source sentence took 512 bytes a sentence). Beads in a band
  // only pair sentences a few dozen apart, so collisions are rare.
  static constexpr int kPairSlots = 64;
  static constexpr int kPairRows = 4 * (kMaxBeadSide + 1);
  mutable std::vector<PairCounts> pair_cache_;
  // −log prior, indexed by the sentences a side counts after soft joins ([1][1] for a 1-2
  // bead whose two targets are one guessed split apart); +inf for shapes not in the options.
  double shape_cost_[kMaxBeadSide + 1][kMaxBeadSide + 1];
  double soft_split_cost_;        // −log soft_boundary_prior: a bead edge at a soft boundary
  double soft_join_cost_;         // −log(1 − soft_boundary_prior): a join across one
  double boilerplate_hole_cost_;  // −log boilerplate_hole_prior
};

}  // namespace kealign::align
