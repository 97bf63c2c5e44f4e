#include "kealign/align/options.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "kealign/error.h"

namespace kealign::align {
namespace {

bool InFamily(const BeadType& type, ShapeFamily family) {
  const int small = std::min(type.source_count, type.target_count);
  const int large = std::max(type.source_count, type.target_count);
  switch (family) {
    case ShapeFamily::kHole:
      return small == 0 && large == 1;
    case ShapeFamily::kMerge:
      return small == 1 && large == 2;
    case ShapeFamily::kTriple:
      return small == 1 && large == 3;
  }
  return false;
}

void Require(bool ok, std::string_view field, double value, std::string_view range) {
  if (!ok) {
    throw Error(
        fmt::format("alignment option {} = {} is out of range (expected {})", field, value, range));
  }
}

}  // namespace

void SetShapePrior(AlignOptions* options, ShapeFamily family, double prior) {
  Require(prior > 0 && prior < 1, "prior", prior, "a probability in (0, 1)");
  for (BeadType& type : options->bead_types) {
    if (InFamily(type, family)) type.prior = prior;
  }
}

void ValidateAlignOptions(const AlignOptions& options) {
  if (options.bead_types.empty()) throw Error("alignment options list no bead shape");
  // The back-pointers of the dynamic program are one byte; 255 marks "none".
  if (options.bead_types.size() >= 255) {
    throw Error(fmt::format("alignment options list {} bead shapes (at most 254)",
                            options.bead_types.size()));
  }
  bool seen[kMaxBeadSide + 1][kMaxBeadSide + 1] = {};
  for (const BeadType& type : options.bead_types) {
    const auto in_range = [](int count) { return count >= 0 && count <= kMaxBeadSide; };
    if (!in_range(type.source_count) || !in_range(type.target_count) ||
        type.source_count + type.target_count == 0) {
      throw Error(fmt::format(
          "bead shape {}-{} is not supported (each side holds 0 to {} sentences, not both 0)",
          type.source_count, type.target_count, kMaxBeadSide));
    }
    if (seen[type.source_count][type.target_count]) {
      throw Error(
          fmt::format("bead shape {}-{} is listed twice", type.source_count, type.target_count));
    }
    seen[type.source_count][type.target_count] = true;
    Require(type.prior > 0 && type.prior <= 1,
            fmt::format("prior of {}-{}", type.source_count, type.target_count), type.prior,
            "(0, 1]");
  }
  if (!seen[1][0] || !seen[0][1]) {
    throw Error(
        "alignment options need the 1-0 and 0-1 bead shapes (without them documents of "
        "different lengths have no alignment)");
  }
  const auto finite_nonnegative = [](double v) { return std::isfinite(v) && v >= 0; };
  Require(finite_nonnegative(options.length_ratio), "length_ratio", options.length_ratio,
          ">= 0, 0 = estimate");
  Require(finite_nonnegative(options.length_scale), "length_scale", options.length_scale,
          ">= 0, 0 = estimate");
  Require(std::isfinite(options.initial_length_scale) && options.initial_length_scale > 0,
          "initial_length_scale", options.initial_length_scale, "> 0");
  Require(finite_nonnegative(options.anchor_match_bonus), "anchor_match_bonus",
          options.anchor_match_bonus, ">= 0");
  Require(finite_nonnegative(options.weak_match_bonus), "weak_match_bonus",
          options.weak_match_bonus, ">= 0");
  Require(finite_nonnegative(options.anchor_mismatch_penalty), "anchor_mismatch_penalty",
          options.anchor_mismatch_penalty, ">= 0");
  Require(finite_nonnegative(options.evidence_weight), "evidence_weight", options.evidence_weight,
          ">= 0");
  Require(finite_nonnegative(options.cross_paragraph_penalty), "cross_paragraph_penalty",
          options.cross_paragraph_penalty, ">= 0");
  Require(options.soft_boundary_prior > 0 && options.soft_boundary_prior < 1, "soft_boundary_prior",
          options.soft_boundary_prior, "(0, 1)");
  Require(options.boilerplate_hole_prior > 0 && options.boilerplate_hole_prior <= 1,
          "boilerplate_hole_prior", options.boilerplate_hole_prior, "(0, 1]");
  Require(options.full_dp_max_cells > 0, "full_dp_max_cells",
          static_cast<double>(options.full_dp_max_cells), "> 0");
  Require(options.coarse_full_dp_max_cells > 0, "coarse_full_dp_max_cells",
          static_cast<double>(options.coarse_full_dp_max_cells), "> 0");
  Require(options.guided_full_dp_max_cells > 0, "guided_full_dp_max_cells",
          static_cast<double>(options.guided_full_dp_max_cells), "> 0");
  Require(options.band_radius >= 1, "band_radius", options.band_radius, ">= 1");
}

}  // namespace kealign::align
