#include "kealign/align/aligner.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "kealign/align/dynamic_program.h"
#include "kealign/error.h"

namespace kealign::align {
namespace {

std::vector<AnchorKey> Union(const std::vector<AnchorKey>& a, const std::vector<AnchorKey>& b) {
  std::vector<AnchorKey> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

Ladder AllHoles(int num_source, int num_target) {
  Ladder ladder;
  for (int i = 0; i < num_source; ++i) ladder.push_back({i, 1, 0, 0, 1.0});
  for (int j = 0; j < num_target; ++j) ladder.push_back({num_source, 0, j, 1, 1.0});
  return ladder;
}

// Posterior scores use the model's own costs unscaled; see BENCHMARKS.md for calibration.
constexpr double kPosteriorTemperature = 1.0;

}  // namespace

std::vector<SegmentFeatures> Coarsen(std::span<const SegmentFeatures> features) {
  std::vector<SegmentFeatures> coarse;
  coarse.reserve((features.size() + 1) / 2);
  for (std::size_t i = 0; i < features.size(); i += 2) {
    if (i + 1 == features.size()) {
      coarse.push_back(features[i]);
      continue;
    }
    const SegmentFeatures& a = features[i];
    const SegmentFeatures& b = features[i + 1];
    SegmentFeatures merged;
    merged.length = a.length + b.length;
    merged.verbatim = a.verbatim + b.verbatim;
    merged.strong = Union(a.strong, b.strong);
    // Weak anchors (every English word) would grow to thousands per unit on coarse levels and
    // dominate the run time; the coarse path only needs length and the rarer strong anchors.
    merged.paragraph = a.paragraph;  // coarse levels ignore paragraph structure
    merged.is_noise = a.is_noise && b.is_noise;
    merged.is_boilerplate = a.is_boilerplate && b.is_boilerplate;
    merged.soft_start = a.soft_start;
    coarse.push_back(std::move(merged));
  }
  return coarse;
}

Aligner::Aligner(AlignOptions options) : options_(std::move(options)) {
  ValidateAlignOptions(options_);
}

Ladder Aligner::Search(std::span<const SegmentFeatures> source,
                       std::span<const SegmentFeatures> target, const LengthModel& model,
                       Band* final_band, int level, const BeadEvidence* evidence) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  const long long full_dp_max_cells =
      level == 0 ? options_.full_dp_max_cells : options_.coarse_full_dp_max_cells;
  if (static_cast<long long>(n + 1) * (m + 1) <= full_dp_max_cells || n < 4 || m < 4) {
    *final_band = Band::Full(n, m);
  } else {
    const std::vector<SegmentFeatures> coarse_source = Coarsen(source);
    const std::vector<SegmentFeatures> coarse_target = Coarsen(target);
    Band coarse_band;
    const Ladder coarse = Search(coarse_source, coarse_target, model, &coarse_band, level + 1);
    *final_band = ProjectBand(coarse, n, m, options_.band_radius);
  }
  FeatureScorer scorer(source, target, model, options_, evidence);
  return FindBestLadder(n, m, *final_band, scorer, options_.bead_types);
}

LengthModel Aligner::RefineScale(const Ladder& first, std::span<const SegmentFeatures> source,
                                 std::span<const SegmentFeatures> target,
                                 LengthModel model) const {
  // Maximum-likelihood Laplace scale from the first pass's 1-1 beads, normalised to the mean
  // length, with `kPriorBeads` pseudo-beads at the initial scale so that a short document
  // cannot talk itself into an extreme value. The first pass's mistakes mostly pair sentences
  // of matching length, so they bias the scale down a little, not up.
  constexpr double kPriorBeads = 10;
  double sum = kPriorBeads * options_.initial_length_scale;
  double count = kPriorBeads;
  for (const Bead& bead : first) {
    if (bead.source_count != 1 || bead.target_count != 1) continue;
    const SegmentFeatures& x = source[bead.source_begin];
    const SegmentFeatures& y = target[bead.target_begin];
    const double m = BeadLength(x.length, y.length, model);
    if (m <= 0) continue;
    sum += std::abs(LengthResidual(x.length, y.length, model, std::min(x.verbatim, y.verbatim))) *
           std::sqrt(std::sqrt(m / model.mean_length));
    ++count;
  }
  model.scale = std::max(0.02, sum / count);
  return model;
}

LengthModel Aligner::EstimateLengthModel(std::span<const SegmentFeatures> source,
                                         std::span<const SegmentFeatures> target) const {
  LengthModel model = EstimateLengthRatio(source, target, options_.initial_length_scale);
  if (options_.length_ratio > 0) model.ratio = options_.length_ratio;
  if (source.empty() || target.empty()) return model;
  Band band;
  model = RefineScale(Search(source, target, model, &band, 0), source, target, model);
  if (options_.length_scale > 0) model.scale = options_.length_scale;
  return model;
}

Band Aligner::GuideBand(const Ladder& guide, int num_source, int num_target,
                        const Ladder* also) const {
  if (static_cast<long long>(num_source + 1) * (num_target + 1) <= options_.guided_full_dp_max_cells) {
    return Band::Full(num_source, num_target);
  }
  Band band = BandAround(guide, num_source, num_target, options_.band_radius);
  if (also != nullptr && !BandHolds(band, *also)) {
    band = BandUnion(band, BandAround(*also, num_source, num_target, options_.band_radius));
  }
  return band;
}

Band Aligner::Prepare(std::span<const SegmentFeatures> source,
                      std::span<const SegmentFeatures> target,
                      const std::optional<LengthModel>& length_model, const BeadEvidence* evidence,
                      const Ladder* guide, LengthModel* model, Ladder* ladder) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  Band band;
  const Ladder* near = guide;  // the path the final search stays close to
  Ladder first;
  if (length_model) {
    *model = *length_model;
  } else {
    *model = EstimateLengthRatio(source, target, options_.initial_length_scale);
    if (options_.length_ratio > 0) model->ratio = options_.length_ratio;
  }
  if (near == nullptr) {
    // Without a guide, a first search (coarse-to-fine when large) finds the path.
    first = Search(source, target, *model, &band, 0, evidence);
    near = &first;
  }
  if (!length_model) {
    // The spread is measured on the first path; a better spread moves the path only locally,
    // so the final search stays near it.
    *model = RefineScale(*near, source, target, *model);
    if (options_.length_scale > 0) model->scale = options_.length_scale;
  } else if (guide == nullptr) {
    *ladder = std::move(first);  // the model was given: the first search is the answer
    return band;
  }
  return GuideBand(*near, n, m);
}

Ladder Aligner::Align(std::span<const SegmentFeatures> source,
                      std::span<const SegmentFeatures> target,
                      const std::optional<LengthModel>& length_model, const BeadEvidence* evidence,
                      const Ladder* guide) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  if (n == 0 || m == 0) return AllHoles(n, m);
  LengthModel model;
  Ladder ladder;
  const Band band = Prepare(source, target, length_model, evidence, guide, &model, &ladder);
  const FeatureScorer scorer(source, target, model, options_, evidence);
  // The search and both posterior sweeps ask for the same beads: compute each cost once.
  const CachedScorer cached(band, scorer, options_.bead_types);
  if (ladder.empty()) ladder = FindBestLadder(n, m, band, cached, options_.bead_types);
  // Posterior mass far from the best path is negligible: summing within the search band
  // (`band_radius` around the path) loses nothing measurable.
  SetPosteriorScores(&ladder, n, m, band, cached, options_.bead_types, kPosteriorTemperature);
  return ladder;
}

Ladder Aligner::Score(std::span<const SegmentFeatures> source,
                      std::span<const SegmentFeatures> target, Ladder ladder,
                      const std::optional<LengthModel>& length_model, const BeadEvidence* evidence,
                      const Ladder* guide) const {
  const int n = static_cast<int>(source.size()), m = static_cast<int>(target.size());
  if (!IsValidLadder(ladder, n, m)) {
    throw Error(
        fmt::format("the ladder to score does not cover {} source and {} target "
                    "sentences exactly once, in order",
                    n, m));
  }
  if (n == 0 || m == 0) {
    for (Bead& bead : ladder) bead.score = 1.0;  // nothing to pair with: holes are certain
    return ladder;
  }
  LengthModel model;
  Ladder unused;
  Band band = Prepare(source, target, length_model, evidence, guide, &model, &unused);
  // The given ladder may leave the model's band (far from the model's own path): scoring it
  // there needs the band around it as well.
  if (!BandHolds(band, ladder)) {
    band = BandUnion(band, BandAround(ladder, n, m, options_.band_radius));
  }
  const FeatureScorer scorer(source, target, model, options_, evidence);
  const CachedScorer cached(band, scorer, options_.bead_types);
  SetPosteriorScores(&ladder, n, m, band, cached, options_.bead_types, kPosteriorTemperature);
  return ladder;
}

}  // namespace kealign::align
