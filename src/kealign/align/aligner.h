// The aligner's public façade: sentence features in, a scored ladder out.
//
// Algorithm
//   1. Length model: the target/source length ratio comes from the input's totals; the spread
//      from the 1-1 beads of a first pass (Gale & Church 1993, with their constants replaced by
//      the input's own, since Korean–English is far from 1:1 in characters).
//   2. Search: an exact DP when the grid is small; otherwise coarse-to-fine (Thompson & Koehn
//      2019, Vecalign): merge neighbouring sentences pairwise until the grid is small, align
//      there, and refine level by level within a band around the projected path. Time and
//      memory O((N + M) · band), so 50,000-sentence documents are routine.
//   3. Scores: each bead's posterior probability under the model (forward–backward in the band).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "kealign/align/bead.h"
#include "kealign/align/features.h"
#include "kealign/align/options.h"
#include "kealign/align/scorer.h"

namespace kealign::align {

class Aligner {
 public:
  // Throws `Error` if `options` are invalid (`ValidateAlignOptions`).
  explicit Aligner(AlignOptions options = {});

  // Aligns `source` with `target`. If `length_model` is given (e.g. pooled over a whole batch)
  // it is used as is; otherwise it is estimated from this input. `evidence`, if given, scores
  // beads of the full-resolution search (coarse levels use length and anchors only). Either
  // side may be empty (then every sentence of the other is a hole). Deterministic; thread-safe
  // (const, no shared state).
  //
  // `guide`, if given, is an earlier alignment of the same input (a first pass): the search then
  // stays within `options().band_radius` sentences of it instead of searching coarse-to-fine,
  // which is what the evidence's own windows (`GuideBand`) were built for.
  Ladder Align(std::span<const SegmentFeatures> source, std::span<const SegmentFeatures> target,
               const std::optional<LengthModel>& length_model = std::nullopt,
               const BeadEvidence* evidence = nullptr, const Ladder* guide = nullptr) const;

  // Scores a given `ladder` of `source` × `target` (a reviewer's correction, another
  // aligner's output) with the model `Align` would use for the same arguments: each bead's
  // score is its posterior probability, as `Align` computes it (`SetPosteriorScores`), so a
  // bead `Align` would also output gets the same score, and the others get what the model
  // thinks of them. Returns `ladder` with the scores set. Throws `Error` if `ladder` is not a
  // valid ladder of the two sides (`IsValidLadder`). Costs about what `Align` does.
  Ladder Score(std::span<const SegmentFeatures> source, std::span<const SegmentFeatures> target,
               Ladder ladder, const std::optional<LengthModel>& length_model = std::nullopt,
               const BeadEvidence* evidence = nullptr, const Ladder* guide = nullptr) const;

  // The band a guided `Align` searches: `band_radius` around `guide` (full for small inputs).
  // With `also`, widened by `band_radius` around that ladder too if it leaves the band: the
  // band `Score` uses for `also` with that guide.
  struct Band GuideBand(const Ladder& guide, int num_source, int num_target,
                        const Ladder* also = nullptr) const;

  // Estimates the length model of one document pair: ratio from totals, spread from the
  // confident 1-1 beads of a first alignment pass.
  LengthModel EstimateLengthModel(std::span<const SegmentFeatures> source,
                                  std::span<const SegmentFeatures> target) const;

  const AlignOptions& options() const { return options_; }

 private:
  // Best ladder under `model` (coarse-to-fine when large), with its search band. `level` is
  // the number of halvings already applied to the input.
  Ladder Search(std::span<const SegmentFeatures> source, std::span<const SegmentFeatures> target,
                const LengthModel& model, struct Band* final_band, int level,
                const BeadEvidence* evidence = nullptr) const;

  // The length model and the band of a final search or scoring pass, as `Align` chooses them.
  // Sets `*ladder` when the first search already is the final answer (a given length model
  // and no guide).
  struct Band Prepare(std::span<const SegmentFeatures> source,
                      std::span<const SegmentFeatures> target,
                      const std::optional<LengthModel>& length_model, const BeadEvidence* evidence,
                      const Ladder* guide, LengthModel* model, Ladder* ladder) const;

  // `model` with its scale re-estimated from the 1-1 beads of `first`.
  LengthModel RefineScale(const Ladder& first, std::span<const SegmentFeatures> source,
                          std::span<const SegmentFeatures> target, LengthModel model) const;

  AlignOptions options_;
};

// Merges neighbouring sentences pairwise (lengths add, strong anchors unite, weak ones are
// dropped): the next coarser level.
std::vector<SegmentFeatures> Coarsen(std::span<const SegmentFeatures> features);

}  // namespace kealign::align
