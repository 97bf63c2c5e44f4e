// The alignment dynamic program over a band of the (source × target) boundary grid.
//
// Glossary
//   boundary  a point `(i, j)`: the first `i` source and `j` target sentences are aligned.
//   band      for each source boundary `i` in `[0, N]`, the target boundaries `[lo[i], hi[i]]`
//             the search may visit. A full band is the classic O(N·M) DP (Gale & Church 1993);
//             a narrow one around a coarse path makes it O(N·width) (Vecalign's refinement,
//             Thompson & Koehn 2019).
#pragma once

#include <vector>

#include "kealign/align/bead.h"
#include "kealign/align/options.h"
#include "kealign/align/scorer.h"
#include "kealign/span.h"

namespace kealign::align {

struct Band {
  std::vector<int> lo;  // size N + 1
  std::vector<int> hi;  // size N + 1, hi[i] >= lo[i]

  // Every boundary of an N × M grid.
  static Band Full(int num_source, int num_target);
  long long NumCells() const;
};

// A band of `radius` boundaries around `ladder` (an alignment of a grid half as fine, i.e.
// coarse sentence k = fine sentences 2k and 2k + 1), projected onto the N × M fine grid.
Band ProjectBand(const Ladder& coarse_ladder, int num_source, int num_target, int radius);

// A band of `radius` boundaries around `ladder` on its own grid (for re-running the DP with a
// better model near a first path).
Band BandAround(const Ladder& ladder, int num_source, int num_target, int radius);

// True if every bead corner of `ladder` (the boundaries it passes through) lies in `band`.
bool BandHolds(const Band& band, const Ladder& ladder);

// Every boundary of `a` or `b` (both bands of the same grid): still a band, since both are
// monotone.
Band BandUnion(const Band& a, const Band& b);

// For each sentence of each side, the sentences of the other side that a bead ending in `band`
// can pair it with: the band's reach widened by `kMaxBeadSide` (a bead spans up to that many
// sentences a side). What a second pass guided by `band` needs of an expensive scorer, e.g. the
// lexical model's per-sentence tables. `band` must be an N × M band (N + 1 rows).
void BandWindows(const Band& band, int num_source, int num_target,
                 std::vector<SentenceRange>* source_windows,
                 std::vector<SentenceRange>* target_windows);

// Every bead cost `scorer` gives for beads that end on a cell of `band`, computed once (the
// search and both posterior sweeps ask for the same beads). Memory: 4 bytes per cell and bead
// type. Other beads are passed through to `scorer`. Holds references to its arguments.
class CachedScorer : public BeadScorer {
 public:
  CachedScorer(const Band& band, const BeadScorer& scorer, const std::vector<BeadType>& types);
  double Cost(int source_begin, int source_count, int target_begin,
              int target_count) const override;

 private:
  const Band& band_;
  const BeadScorer& scorer_;
  int num_types_;
  int type_index_[kMaxBeadSide + 1][kMaxBeadSide + 1];
  std::vector<long long> offset_;
  std::vector<float> costs_;
};

// The minimum-cost ladder through `band`, using the shapes of `types`. Each bead's `score` is
// left at 0. Throws `InternalError` if the band holds no complete path. Time O(cells × types),
// memory O(cells).
Ladder FindBestLadder(int num_source, int num_target, const Band& band, const BeadScorer& scorer,
                      const std::vector<BeadType>& types);

// Sets each bead's `score` to its posterior probability under the distribution
// P(ladder) ∝ exp(−cost(ladder) / temperature) over all ladders within `band` (forward–backward).
// For a 1-0 or 0-1 bead, the probability that its sentence is in a hole anywhere (the order of
// neighbouring holes is arbitrary); for a hole of several sentences, the least of its
// sentences' hole probabilities. `ladder` may be any valid ladder, not only one the model
// could produce (a reviewer's or another aligner's): a bead of a shape missing from `types`
// (more than `kMaxBeadSide` sentences a side, or a shape the options drop) gets the
// probability that the model's ladders pass through both of its corners, i.e. keep its
// sentences together as one block. A bead with a corner outside `band` scores 0.
void SetPosteriorScores(Ladder* ladder, int num_source, int num_target, const Band& band,
                        const BeadScorer& scorer, const std::vector<BeadType>& types,
                        double temperature);

}  // namespace kealign::align
