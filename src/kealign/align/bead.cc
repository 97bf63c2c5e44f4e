#include "kealign/align/bead.h"

namespace kealign::align {

bool IsValidLadder(const Ladder& ladder, int num_source, int num_target) {
  int s = 0, t = 0;
  for (const Bead& bead : ladder) {
    if (bead.source_begin != s || bead.target_begin != t) return false;
    if (bead.source_count < 0 || bead.target_count < 0) return false;
    if (bead.source_count == 0 && bead.target_count == 0) return false;
    s += bead.source_count;
    t += bead.target_count;
  }
  return s == num_source && t == num_target;
}

}  // namespace kealign::align
