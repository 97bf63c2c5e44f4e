#include "kealign/align/options.h"

#include <doctest/doctest.h>

#include <string>

#include "kealign/align/aligner.h"
#include "kealign/error.h"

namespace kealign::align {
namespace {

double PriorOf(const AlignOptions& options, int source_count, int target_count) {
  for (const BeadType& type : options.bead_types) {
    if (type.source_count == source_count && type.target_count == target_count) return type.prior;
  }
  return -1;
}

TEST_SUITE("align") {
  TEST_CASE("the default options are valid") { CHECK_NOTHROW(ValidateAlignOptions({})); }

  TEST_CASE("a bead shape beyond kMaxBeadSide is an Error - not an out-of-bounds index") {
    AlignOptions options;
    options.bead_types.push_back({kMaxBeadSide + 1, 1, 0.001});
    CHECK_THROWS_WITH_AS(ValidateAlignOptions(options),
                         "bead shape 4-1 is not supported (each side holds 0 to 3 sentences, not "
                         "both 0)",
                         Error);
    // The aligner checks its options when it is made, before any search indexes its tables.
    CHECK_THROWS_AS(Aligner{options}, Error);
  }

  TEST_CASE("empty or negative or repeated or missing shapes and bad priors are refused") {
    const auto message = [](AlignOptions options) -> std::string {
      try {
        ValidateAlignOptions(options);
      } catch (const Error& e) {
        return e.what();
      }
      return "(valid)";
    };
    AlignOptions empty_shape;
    empty_shape.bead_types.push_back({0, 0, 0.1});
    CHECK(message(empty_shape) ==
          "bead shape 0-0 is not supported (each side holds 0 to 3 sentences, not both 0)");
    AlignOptions negative;
    negative.bead_types.push_back({-1, 2, 0.1});
    CHECK(message(negative).find("bead shape -1-2 is not supported") == 0);
    AlignOptions repeated;
    repeated.bead_types.push_back({1, 1, 0.5});
    CHECK(message(repeated) == "bead shape 1-1 is listed twice");
    AlignOptions no_holes;
    no_holes.bead_types = {{1, 1, 0.9}, {1, 2, 0.05}, {2, 1, 0.05}};
    CHECK(message(no_holes).find("need the 1-0 and 0-1 bead shapes") != std::string::npos);
    AlignOptions zero_prior;
    zero_prior.bead_types[3].prior = 0;
    CHECK(message(zero_prior) ==
          "alignment option prior of 1-2 = 0 is out of range (expected (0, 1])");
    AlignOptions soft;
    soft.soft_boundary_prior = 1;
    CHECK(message(soft) ==
          "alignment option soft_boundary_prior = 1 is out of range (expected (0, 1))");
    AlignOptions band;
    band.band_radius = 0;
    CHECK(message(band) == "alignment option band_radius = 0 is out of range (expected >= 1)");
    AlignOptions weight;
    weight.evidence_weight = -0.5;
    CHECK(message(weight).find("evidence_weight = -0.5") != std::string::npos);
  }

  TEST_CASE("a family prior sets both shapes of the family and no other") {
    AlignOptions options;
    SetShapePrior(&options, ShapeFamily::kHole, 0.2);
    CHECK(PriorOf(options, 1, 0) == 0.2);
    CHECK(PriorOf(options, 0, 1) == 0.2);
    SetShapePrior(&options, ShapeFamily::kMerge, 0.07);
    CHECK(PriorOf(options, 1, 2) == 0.07);
    CHECK(PriorOf(options, 2, 1) == 0.07);
    SetShapePrior(&options, ShapeFamily::kTriple, 0.004);
    CHECK(PriorOf(options, 1, 3) == 0.004);
    CHECK(PriorOf(options, 3, 1) == 0.004);
    CHECK(PriorOf(options, 1, 1) == AlignOptions{}.bead_types[0].prior);
    CHECK(PriorOf(options, 2, 2) == PriorOf(AlignOptions{}, 2, 2));
    CHECK_THROWS_AS(SetShapePrior(&options, ShapeFamily::kHole, 0), Error);
    CHECK_THROWS_AS(SetShapePrior(&options, ShapeFamily::kHole, 1), Error);
  }
}

}  // namespace
}  // namespace kealign::align
