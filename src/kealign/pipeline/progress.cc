#include "kealign/pipeline/progress.h"

namespace kealign {

const char* PhaseName(Phase phase) {
  switch (phase) {
    case Phase::kReading:
      return "reading";
    case Phase::kTraining:
      return "training";
    case Phase::kAligning:
      return "aligning";
    case Phase::kMerging:
      return "merging";
  }
  return "working";
}

}  // namespace kealign
