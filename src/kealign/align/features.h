// What the aligner knows about one sentence. Language-specific extraction happens in
// `kealign/features/`; the aligner only compares these values, so it can be tested on synthetic
// input.
#pragma once

#include <cstdint>
#include <vector>

namespace kealign::align {

// Anchor keys are 64-bit hashes of normalised mentions (a number's value, a lower-cased Latin
// word, a URL) made so that a mention and its translation hash equal on both sides.
using AnchorKey = std::uint64_t;

struct SegmentFeatures {
  // Length in the unit the length model uses (`features::LengthUnit`); only ratios matter.
  float length = 0;
  // The part of `length` a translation copies unchanged (URLs and e-mail addresses): the length
  // model expects as much of it on the other side as that side has (`LengthResidual`) instead
  // of scaling it by the length ratio, so `출처: URL` and `Source: URL` match in length although
  // Korean text is about half as long as English.
  float verbatim = 0;
  // Mentions a translation almost always keeps (numbers, URLs, Latin words inside Korean):
  // each one that finds no partner on the other side counts against a pairing. Sorted, unique.
  std::vector<AnchorKey> strong;
  // Mentions that support a pairing when matched but say little when missing (every English
  // word, loanword keys). Sorted, unique.
  std::vector<AnchorKey> weak;
  // 0-based paragraph index; beads whose sentences span two paragraphs are penalised.
  int paragraph = 0;
  // Markup debris: may only stand in a 1-0 or 0-1 bead.
  bool is_noise = false;
  // Web furniture (`Advertisement`): may be aligned, but is more often unpaired.
  bool is_boilerplate = false;
  // The boundary before this segment is a guess: joining it to the previous segment of the same
  // side costs no merge prior.
  bool soft_start = false;
};

}  // namespace kealign::align
