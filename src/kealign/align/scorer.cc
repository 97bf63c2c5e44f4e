#include "kealign/align/scorer.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace kealign::align {
namespace {

// Counts elements of sorted `a` that occur in sorted `b`. Typical calls pair a few strong
// anchors with a sentence's worth of words, so a short list is searched in the long one.
int CountCommon(const std::vector<AnchorKey>& a, const std::vector<AnchorKey>& b) {
  if (a.empty() || b.empty()) return 0;
  const std::vector<AnchorKey>& small = a.size() <= b.size() ? a : b;
  const std::vector<AnchorKey>& large = a.size() <= b.size() ? b : a;
  int common = 0;
  if (small.size() * 8 < large.size()) {
    auto from = large.begin();
    for (AnchorKey key : small) {
      from = std::lower_bound(from, large.end(), key);
      if (from == large.end()) break;
      common += *from == key;
    }
    return common;
  }
  auto i = small.begin(), j = large.begin();
  while (i != small.end() && j != large.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return common;
}

// A 1-3 or 3-1 bead whose length cost exceeds this (nats; a tail probability of e^-3) is not
// worth its lexical evidence: on the dev set 3 gave the accuracy of no limit (±0.001) at a
// third of the extra time, 1.5 lost pairs.
constexpr double kMaxTripleLengthCost = 3.0;

}  // namespace

LengthModel EstimateLengthRatio(std::span<const SegmentFeatures> source,
                                std::span<const SegmentFeatures> target, double scale) {
  // Totals with the verbatim parts: left out, they shifted the ratio and cost a byline pair
  // on corpus/ (0.969 → 0.966 strict), and a document has few of them.
  double source_total = 0, target_total = 0;
  int source_count = 0;
  for (const auto& f : source) {
    if (f.is_noise) continue;
    source_total += f.length;
    ++source_count;
  }
  for (const auto& f : target) target_total += f.is_noise ? 0 : f.length;
  LengthModel model;
  model.scale = scale;
  if (source_total > 0 && target_total > 0) {
    model.ratio = target_total / source_total;
    model.mean_length = source_total / source_count;
    model.smoothing = 0.1 * model.mean_length;
  }
  return model;
}

double BeadLength(double source_length, double target_length, const LengthModel& model) {
  return (source_length + target_length / model.ratio) / 2;
}

double LengthResidual(double source_length, double target_length, const LengthModel& model,
                      double verbatim) {
  // A URL copied into the translation is as long on both sides; scaled by the ratio, `출처: URL`
  // against `Source: URL` looked like a bad length match. Only what the other side can have
  // copied counts so: an e-mail byline against a short `(END)` stays a mismatch.
  return std::log((target_length + model.smoothing) /
                  (model.ratio * (source_length - verbatim) + verbatim + model.smoothing));
}

double LengthCost(double source_length, double target_length, const LengthModel& model,
                  double verbatim) {
  const double m = BeadLength(source_length, target_length, model);
  if (m <= 0) return 0;
  const double scale = model.scale / std::sqrt(std::sqrt(m / model.mean_length));  // ·(m/m̄)^−¼
  return std::abs(LengthResidual(source_length, target_length, model, verbatim)) / scale;
}

FeatureScorer::FeatureScorer(std::span<const SegmentFeatures> source,
                             std::span<const SegmentFeatures> target,
                             const LengthModel& length_model, const AlignOptions& options,
                             const BeadEvidence* evidence)
    : source_(source),
      target_(target),
      length_model_(length_model),
      options_(options),
      evidence_(evidence),
      weak_match_bonus_zero_(options.weak_match_bonus == 0),
      pair_cache_(static_cast<std::size_t>(kPairRows) * kPairSlots),
      soft_split_cost_(-std::log(options.soft_boundary_prior)),
      soft_join_cost_(-std::log1p(-options.soft_boundary_prior)),
      boilerplate_hole_cost_(-std::log(options.boilerplate_hole_prior)) {
  assert(options.soft_boundary_prior > 0 && options.soft_boundary_prior < 1);
  assert(options.boilerplate_hole_prior > 0 && options.boilerplate_hole_prior <= 1);
  for (auto& row : shape_cost_) std::fill(std::begin(row), std::end(row), kForbidden);
  for (const BeadType& type : options.bead_types) {
    assert(type.source_count <= kMaxBeadSide && type.target_count <= kMaxBeadSide);
    shape_cost_[type.source_count][type.target_count] = -std::log(type.prior);
  }
}

const FeatureScorer::PairCounts& FeatureScorer::Counts(int x, int y) const {
  PairCounts& slot =
      pair_cache_[static_cast<std::size_t>(x % kPairRows) * kPairSlots + (y % kPairSlots)];
  if (slot.target != y || slot.source != x) {
    const SegmentFeatures& s = source_[x];
    const SegmentFeatures& t = target_[y];
    auto clamp = [](int v) { return static_cast<std::uint8_t>(std::min(v, 255)); };
    slot.source = x;
    slot.target = y;
    slot.strong_both = clamp(CountCommon(s.strong, t.strong));
    slot.source_strong_target_weak = clamp(CountCommon(s.strong, t.weak));
    slot.target_strong_source_weak = clamp(CountCommon(t.strong, s.weak));
    slot.weak_both = clamp(CountCommon(s.weak, t.weak));
  }
  return slot;
}

double FeatureScorer::AnchorCost(int source_begin, int source_count, int target_begin,
                                 int target_count) const {
  // Sums of per-pair intersections (cached). A key repeated in two sentences of one side may be
  // counted twice; beads have at most three sentences a side, so this is rare and harmless.
  const SegmentFeatures* s = source_.data() + source_begin;
  const SegmentFeatures* t = target_.data() + target_begin;
  int strong_both = 0, source_strong_target_weak = 0, target_strong_source_weak = 0;
  int weak_both = 0, source_strong = 0, target_strong = 0;
  bool any_weak = false;
  for (int x = 0; x < source_count; ++x) {
    source_strong += static_cast<int>(s[x].strong.size());
    any_weak |= !s[x].weak.empty();
  }
  for (int y = 0; y < target_count; ++y) target_strong += static_cast<int>(t[y].strong.size());
  if (source_strong + target_strong == 0 && (weak_match_bonus_zero_ || !any_weak)) return 0;
  for (int x = 0; x < source_count; ++x) {
    for (int y = 0; y < target_count; ++y) {
      const PairCounts& counts = Counts(source_begin + x, target_begin + y);
      strong_both += counts.strong_both;
      source_strong_target_weak += counts.source_strong_target_weak;
      target_strong_source_weak += counts.target_strong_source_weak;
      weak_both += counts.weak_both;
    }
  }
  const int matches = strong_both + source_strong_target_weak + target_strong_source_weak;
  const int unmatched = std::max(0, source_strong - strong_both - source_strong_target_weak) +
                        std::max(0, target_strong - strong_both - target_strong_source_weak);
  return -options_.anchor_match_bonus * matches - options_.weak_match_bonus * weak_both +
         options_.anchor_mismatch_penalty * unmatched;
}

FeatureScorer::Side FeatureScorer::SideOf(std::span<const SegmentFeatures> sentences, int begin,
                                          int count, int other_count) const {
  Side side;
  side.units = count;
  for (int x = 0; x < count; ++x) {
    const SegmentFeatures& f = sentences[begin + x];
    // Noise only stands in a hole; boilerplate may be paired, but only on its own.
    if ((f.is_noise && other_count > 0) || (f.is_boilerplate && count > 1)) {
      side.cost = kForbidden;
      return side;
    }
    side.length += f.length;
    side.verbatim += f.verbatim;
    if (x == 0) {
      if (f.soft_start) side.cost += soft_split_cost_;
    } else if (f.soft_start) {
      --side.units;
      side.cost += soft_join_cost_;
    } else if (f.paragraph != sentences[begin + x - 1].paragraph) {
      side.cost += options_.cross_paragraph_penalty;
    }
  }
  return side;
}

double FeatureScorer::Cost(int source_begin, int source_count, int target_begin,
                           int target_count) const {
  // A side's sentences joined across soft boundaries count as one sentence for the shape
  // prior: re-joining a guessed split is not a merge. Using a soft boundary as a bead edge, or
  // joining across it, pays the boundary's own odds.
  const Side source = SideOf(source_, source_begin, source_count, target_count);
  if (source.cost == kForbidden) return kForbidden;
  const Side target = SideOf(target_, target_begin, target_count, source_count);
  if (target.cost == kForbidden) return kForbidden;
  const int source_units = source.units, target_units = target.units;
  const double source_length = source.length, target_length = target.length;
  double cost = source.cost + target.cost;
  const double shape = shape_cost_[source_units][target_units];
  if (shape == kForbidden) return kForbidden;
  cost += shape;

  // Noise costs nothing to leave out: it was never text. Boilerplate is text, but usually
  // printed on one side only.
  if (source_count == 0) {
    const SegmentFeatures& f = target_[target_begin];
    if (f.is_noise) return 0;
    if (f.is_boilerplate) return cost - shape + boilerplate_hole_cost_;
  }
  if (target_count == 0) {
    const SegmentFeatures& f = source_[source_begin];
    if (f.is_noise) return 0;
    if (f.is_boilerplate) return cost - shape + boilerplate_hole_cost_;
  }

  // A hole has no length to compare: it pays its prior alone. (Gale & Church's δ charges it
  // more the longer it is, so a dropped long sentence gets glued to a neighbour instead.)
  double length_cost = 0;
  if (source_count > 0 && target_count > 0) {
    length_cost = LengthCost(source_length, target_length, length_model_,
                             std::min(source.verbatim, target.verbatim));
    cost += length_cost;
  }
  cost += AnchorCost(source_begin, source_count, target_begin, target_count);
  // Effective 2-2 beads (prior 1e-4) are too rare to pay for the costliest evidence. 1-3 and
  // 3-1 need it to compete with 1-2 + 0-1, but only when their lengths agree: most candidates
  // in a band do not, and asking for their evidence cost a third of the run time.
  const int units = source_units + target_units;
  const bool triple = units == 4 && std::min(source_units, target_units) == 1 &&
                      length_cost <= kMaxTripleLengthCost;
  if (evidence_ != nullptr && source_units > 0 && target_units > 0 && (units <= 3 || triple)) {
    cost -= options_.evidence_weight *
            evidence_->Support(source_begin, source_count, target_begin, target_count);
  }
  return cost;
}

}  // namespace kealign::align
