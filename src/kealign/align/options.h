// Tuning knobs of the aligner. Every field has a default that works for Korean–English; the
// defaults were tuned on held-out development data (see BENCHMARKS.md), never per document.
#pragma once

#include <vector>

namespace kealign::align {

// The most sentences one side of a bead may hold. The scorer's and the cache's shape tables are
// sized by it, and the lexical windows (`BandWindows`) reach this far beyond the band.
inline constexpr int kMaxBeadSide = 3;

// A bead shape: `source_count` source sentences against `target_count` target sentences.
struct BeadType {
  int source_count;
  int target_count;
  // Prior probability of this shape (Gale & Church 1993, table 5, adjusted for Korean–English).
  double prior;
};

struct AlignOptions {
  // Shapes the dynamic program may use, with their priors (at most 3 sentences a side; drop a
  // shape to disable it). 2-2 is kept but rare: with length alone it mostly pairs two 1-1
  // beads whose length errors cancel. 1-3 and 3-1 are rarer still (one long sentence
  // translated as three); the dev set has none with gold splits, and they gain pairs on raw
  // text, where a unit the translator kept whole is split in three (BENCHMARKS.md).
  std::vector<BeadType> bead_types = {
      {1, 1, 0.89}, {1, 0, 0.05}, {0, 1, 0.05}, {1, 2, 0.03}, {2, 1, 0.03}, {2, 2, 0.0001},
      {1, 3, 0.001}, {3, 1, 0.001},
  };

  // Length model (`LengthModel` in scorer.h): target length ≈ `length_ratio` × source length,
  // log-ratio residuals Laplace with scale `length_scale`. 0 = estimate from the input (the
  // default): the ratio from the totals, the scale from the 1-1 beads of a first pass.
  double length_ratio = 0;
  double length_scale = 0;
  // Scale used for the first pass before the input's own is known.
  double initial_length_scale = 0.2;

  // Anchor evidence, in nats. Each shared anchor lowers a bead's cost by `anchor_match_bonus`;
  // each strong anchor without a partner raises it by `anchor_mismatch_penalty`. 0 disables.
  double anchor_match_bonus = 2.5;
  double weak_match_bonus = 1.0;
  double anchor_mismatch_penalty = 0.6;

  // Weight of outside evidence (`BeadEvidence`, the lexical model) against the other costs.
  // Tuned on the dev set together with the 1-2/2-1 prior (0.7–0.8 and 0.03 were best).
  double evidence_weight = 0.75;

  // Added to a multi-sentence side whose sentences come from different paragraphs.
  double cross_paragraph_penalty = 2.0;

  // The chance that a soft boundary (`SegmentFeatures::soft_start`: a split the splitter only
  // guessed, e.g. a headline run into the next sentence) is a real sentence end. A bead edge
  // there costs −log p, a bead joining across it −log(1 − p), and joined sentences count as one
  // for the shape prior. In (0, 1); the dev set was insensitive to it between 0.3 and 0.7. To
  // disable soft boundaries, have the splitter make none (`SplitOptions::soft_boundaries`).
  double soft_boundary_prior = 0.5;

  // Prior of leaving a boilerplate segment (`Advertisement`, `댓글 (0)`) unpaired, in place of
  // the hole prior: web furniture is usually printed on one side only. In (0, 1]; set it to
  // the 1-0 prior to treat boilerplate as ordinary text.
  double boilerplate_hole_prior = 0.5;

  // Documents with at most this many cells (source × target sentences) get an exact full DP;
  // larger ones are aligned coarse-to-fine (Vecalign's recursive halving) with a band of
  // `band_radius` sentences around the projected coarse path. Halving goes on until a level has
  // at most `coarse_full_dp_max_cells` cells (Vecalign: 300²).
  long long full_dp_max_cells = 4'000'000;
  long long coarse_full_dp_max_cells = 90'000;
  // Searches that refine an earlier path (the second pass, and the re-search after the length
  // spread is measured) stay within `band_radius` of it unless the grid has at most
  // `guided_full_dp_max_cells` cells. The first path is rarely off by more than a few
  // sentences (radius 8 and 15 gave the same dev-set result), and the lexical evidence is the
  // costliest part of a bead's cost.
  long long guided_full_dp_max_cells = 90'000;
  int band_radius = 5;
};

// Shapes whose priors are set together, as users think of them.
enum class ShapeFamily {
  kHole,    // 1-0 and 0-1
  kMerge,   // 1-2 and 2-1
  kTriple,  // 1-3 and 3-1
};

// Sets the prior of every shape of `family` in `options->bead_types` (shapes the options lack
// stay absent). Throws `Error` if `prior` is not in (0, 1).
void SetShapePrior(AlignOptions* options, ShapeFamily family, double prior);

// Throws `Error` naming the field and the value if `options` cannot be aligned with: a bead
// shape with a side outside [0, `kMaxBeadSide`], an empty or repeated shape, no 1-0 or 0-1
// shape (without them two documents of different lengths have no alignment), a prior outside
// (0, 1], a probability, weight or size out of its documented range. `Aligner` calls it, so
// the dynamic program never meets a shape its tables cannot hold.
void ValidateAlignOptions(const AlignOptions& options);

}  // namespace kealign::align
