// Beads: the units of a sentence alignment.
//
// Glossary (after hunalign's alignment.h and Gale & Church 1993)
//   bead    one step of an alignment: `source_count` consecutive source sentences paired with
//           `target_count` consecutive target sentences; 1-1, 2-1, 1-0 (a source sentence with
//           no counterpart), 0-1 …
//   ladder  the whole alignment: beads in document order that use every sentence of both sides
//           exactly once (vecalign's `[0]:[0]`, `[1, 2]:[1]`, `[]:[3]`).
//   hole    a 1-0 or 0-1 bead.
#pragma once

#include <vector>

namespace kealign::align {

struct Bead {
  int source_begin = 0;  // first source sentence index
  int source_count = 0;  // number of source sentences, 0 for a 0-1 bead
  int target_begin = 0;
  int target_count = 0;
  // Confidence in [0, 1] that this bead is right; higher is better.
  double score = 0.0;

  int source_end() const { return source_begin + source_count; }
  int target_end() const { return target_begin + target_count; }
  bool is_hole() const { return source_count == 0 || target_count == 0; }
  friend bool operator==(const Bead&, const Bead&) = default;
};

// A ladder: beads in order, covering `[0, num_source)` and `[0, num_target)` exactly once.
using Ladder = std::vector<Bead>;

// True if `ladder` uses every index of both sides exactly once, in order, with no empty bead.
bool IsValidLadder(const Ladder& ladder, int num_source, int num_target);

}  // namespace kealign::align
