#include "kealign/pipeline/calibration.h"

#include <doctest/doctest.h>

#include <vector>

namespace kealign {
namespace {

void CheckMap(std::span<const CalibrationKnot> knots) {
  REQUIRE(knots.size() >= 2);
  for (std::size_t k = 0; k < knots.size(); ++k) {
    CHECK(knots[k].posterior >= 0.0);
    CHECK(knots[k].posterior <= 1.0);
    CHECK(knots[k].right >= 0.0);
    CHECK(knots[k].right <= 1.0);
    if (k > 0) {
      CHECK(knots[k].posterior > knots[k - 1].posterior);
      CHECK(knots[k].right >= knots[k - 1].right);
    }
  }
  // Through the interpolation too: monotone and within [0, 1] on a fine grid.
  double previous = -1;
  for (int i = 0; i <= 10000; ++i) {
    const double value = Calibrate(i / 10000.0, knots);
    CHECK(value >= previous);
    CHECK(value >= 0.0);
    CHECK(value <= 1.0);
    previous = value;
  }
}

TEST_SUITE("pipeline") {
  TEST_CASE("the shipped calibration maps are monotone and between 0 and 1") {
    CheckMap(PairCalibration());
    CheckMap(HoleCalibration());
    // A fitted map, not the identity: the model's most confident pairs are right less often
    // than it says (BENCHMARKS.md, "Score reliability").
    CHECK(Calibrate(0.9999, PairCalibration()) < 0.995);
    CHECK(Calibrate(0.9999, PairCalibration()) > 0.95);
  }

  TEST_CASE("a calibration map interpolates between knots and is flat beyond them") {
    const std::vector<CalibrationKnot> knots = {{0.2, 0.1}, {0.6, 0.5}, {0.9, 0.95}};
    CHECK(Calibrate(0.0, knots) == doctest::Approx(0.1));
    CHECK(Calibrate(0.2, knots) == doctest::Approx(0.1));
    CHECK(Calibrate(0.4, knots) == doctest::Approx(0.3));
    CHECK(Calibrate(0.6, knots) == doctest::Approx(0.5));
    CHECK(Calibrate(0.75, knots) == doctest::Approx(0.725));
    CHECK(Calibrate(1.0, knots) == doctest::Approx(0.95));
    CHECK(Calibrate(1.5, knots) == doctest::Approx(0.95));  // out of range: clamped
    CHECK(Calibrate(0.3, {}) == doctest::Approx(0.3));      // no map: the identity
  }

  TEST_CASE("scores are calibrated by the pair map or the hole map") {
    align::Ladder ladder = {{0, 1, 0, 1, 0.999}, {1, 1, 1, 0, 0.999}};
    CalibrateScores(&ladder);
    CHECK(ladder[0].score == doctest::Approx(Calibrate(0.999, PairCalibration())));
    CHECK(ladder[1].score == doctest::Approx(Calibrate(0.999, HoleCalibration())));
  }
}

}  // namespace
}  // namespace kealign
