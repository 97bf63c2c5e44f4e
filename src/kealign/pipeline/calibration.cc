#include "kealign/pipeline/calibration.h"

#include <algorithm>
#include <iterator>

namespace kealign {
namespace {

// CALIBRATION TABLES BEGIN
// Made by `scripts/calibration.py` (isotonic regression, pooled adjacent violators with at
// least 20 alignments a knot, of "the bead is exactly the gold bead" on the posterior, over the
// sents track of the dev set ko-en-dev: all 42 documents, default options, `--raw-scores`).
// Knot i: alignments with posterior `posterior` are right with probability `right`. Remake
// them after any change to the model with (THIS_FILE: this file)
//   scripts/calibration.py remake build ../shared/bench/ko-en-dev THIS_FILE
// which also prints the map's 5-fold cross-validated reliability (BENCHMARKS.md).
constexpr CalibrationKnot kPairKnots[] = {
    {0.000000, 0.000000}, {0.456173, 0.363636}, {0.576840, 0.700000}, {0.701791, 0.781609},
    {0.797908, 0.840000}, {0.864884, 0.857143}, {0.938355, 0.905109}, {0.983067, 0.953271},
    {0.995380, 0.983051}, {0.999871, 0.991896},
};
constexpr CalibrationKnot kHoleKnots[] = {
    {0.000000, 0.000000}, {0.470817, 0.700000}, {0.570229, 0.833333},
    {0.780049, 0.863636}, {0.988752, 0.955224},
};
// CALIBRATION TABLES END

}  // namespace

std::span<const CalibrationKnot> PairCalibration() { return kPairKnots; }
std::span<const CalibrationKnot> HoleCalibration() { return kHoleKnots; }

double Calibrate(double posterior, std::span<const CalibrationKnot> knots) {
  const double p = std::clamp(posterior, 0.0, 1.0);
  if (knots.empty()) return p;
  if (p <= knots.front().posterior) return std::clamp(knots.front().right, 0.0, 1.0);
  if (p >= knots.back().posterior) return std::clamp(knots.back().right, 0.0, 1.0);
  // The first knot beyond p; its predecessor is at or below p.
  const auto upper = std::upper_bound(
      knots.begin(), knots.end(), p,
      [](double value, const CalibrationKnot& knot) { return value < knot.posterior; });
  const CalibrationKnot& b = *upper;
  const CalibrationKnot& a = *std::prev(upper);
  const double t = (p - a.posterior) / (b.posterior - a.posterior);
  return std::clamp(a.right + t * (b.right - a.right), 0.0, 1.0);
}

void CalibrateScores(align::Ladder* ladder) {
  for (align::Bead& bead : *ladder) {
    bead.score = Calibrate(bead.score, bead.is_hole() ? HoleCalibration() : PairCalibration());
  }
}

}  // namespace kealign
