// Calibrated scores: what the score of an output alignment means.
//
// The aligner's posterior (`align::SetPosteriorScores`) is the chance that a bead is right under
// the model, and the model is not the world: on the dev set the beads it gave 0.995 were right
// 0.983 of the time, those it gave 0.55 right 0.75 of the time. A monotone map fitted on
// held-out documents (isotonic regression of "the bead is exactly right" on the posterior)
// turns the posterior into the share of alignments with that score that are right, so a filter
// such as `score >= 0.9` keeps what it says. The map is data (`calibration.cc`), made by
// `scripts/calibration.py fit`; it never changes which beads are chosen, only their scores.
#pragma once

#include <span>

#include "kealign/align/bead.h"

namespace kealign {

// One knot of a calibration map: alignments whose posterior is `posterior` are right with
// probability `right`. Knots are sorted by `posterior`, and `right` never decreases.
struct CalibrationKnot {
  double posterior;
  double right;
};

// The shipped maps: for alignments with both sides, and for 1-0 / 0-1 (whose posterior is the
// chance the sentence has no counterpart, a different quantity with a different error).
std::span<const CalibrationKnot> PairCalibration();
std::span<const CalibrationKnot> HoleCalibration();

// `posterior` through `knots`: linear between knots, flat beyond the first and the last, in
// [0, 1]. Non-decreasing in `posterior` when the knots are; the identity when `knots` is empty.
double Calibrate(double posterior, std::span<const CalibrationKnot> knots);

// Replaces every bead's score in `ladder` by its calibrated value (pair or hole map).
void CalibrateScores(align::Ladder* ladder);

}  // namespace kealign
