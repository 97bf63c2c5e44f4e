#include "kealign/align/dynamic_program.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>

#include "kealign/error.h"

namespace kealign::align {
namespace {

// Dense storage for values on the cells of a band.
template <typename T>
class BandArray {
 public:
  BandArray(const Band& band, T fill) : band_(band), offset_(band.lo.size() + 1, 0) {
    for (std::size_t i = 0; i < band.lo.size(); ++i) {
      offset_[i + 1] = offset_[i] + (band.hi[i] - band.lo[i] + 1);
    }
    values_.assign(offset_.back(), fill);
  }
  bool Contains(int i, int j) const {
    return i >= 0 && i < static_cast<int>(band_.lo.size()) && j >= band_.lo[i] && j <= band_.hi[i];
  }
  T& At(int i, int j) { return values_[offset_[i] + (j - band_.lo[i])]; }
  const T& At(int i, int j) const { return values_[offset_[i] + (j - band_.lo[i])]; }

 private:
  const Band& band_;
  std::vector<long long> offset_;
  std::vector<T> values_;
};

double LogAddExp(double a, double b) {
  if (a == -kForbidden) return b;
  if (b == -kForbidden) return a;
  const double hi = std::max(a, b);
  return hi + std::log1p(std::exp(std::min(a, b) - hi));
}

void MakeMonotone(Band* band, int num_target) {
  // Paths only move right and down, so a row never needs cells left of the previous row's start
  // nor can use cells beyond the next row's end; keeping lo/hi non-decreasing keeps rows joined.
  const int n = static_cast<int>(band->lo.size());
  for (int i = 1; i < n; ++i) band->lo[i] = std::max(band->lo[i], band->lo[i - 1]);
  for (int i = n - 2; i >= 0; --i) band->hi[i] = std::min(band->hi[i], band->hi[i + 1]);
  for (int i = 0; i < n; ++i) {
    band->lo[i] = std::clamp(band->lo[i], 0, num_target);
    band->hi[i] = std::clamp(band->hi[i], band->lo[i], num_target);
  }
}

// Widens per-row target ranges [row_lo, row_hi] by `radius` rows and columns.
Band Dilate(const std::vector<int>& row_lo, const std::vector<int>& row_hi, int num_target,
            int radius) {
  const int n = static_cast<int>(row_lo.size());
  Band band;
  band.lo.assign(n, 0);
  band.hi.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    int lo = row_lo[i], hi = row_hi[i];
    for (int k = std::max(0, i - radius); k <= std::min(n - 1, i + radius); ++k) {
      lo = std::min(lo, row_lo[k]);
      hi = std::max(hi, row_hi[k]);
    }
    band.lo[i] = lo - radius;
    band.hi[i] = hi + radius;
  }
  band.lo[0] = 0;
  band.hi[n - 1] = num_target;
  MakeMonotone(&band, num_target);
  return band;
}

}  // namespace

Band Band::Full(int num_source, int num_target) {
  Band band;
  band.lo.assign(num_source + 1, 0);
  band.hi.assign(num_source + 1, num_target);
  return band;
}

long long Band::NumCells() const {
  long long cells = 0;
  for (std::size_t i = 0; i < lo.size(); ++i) cells += hi[i] - lo[i] + 1;
  return cells;
}

Band BandAround(const Ladder& ladder, int num_source, int num_target, int radius) {
  std::vector<int> row_lo(num_source + 1, num_target), row_hi(num_source + 1, 0);
  for (const Bead& bead : ladder) {
    for (int i = bead.source_begin; i <= bead.source_end(); ++i) {
      row_lo[i] = std::min(row_lo[i], bead.target_begin);
      row_hi[i] = std::max(row_hi[i], bead.target_end());
    }
  }
  return Dilate(row_lo, row_hi, num_target, radius);
}

bool BandHolds(const Band& band, const Ladder& ladder) {
  const int rows = static_cast<int>(band.lo.size());
  auto holds = [&](int i, int j) {
    return i >= 0 && i < rows && band.lo[i] <= j && j <= band.hi[i];
  };
  if (!ladder.empty() && !holds(ladder.front().source_begin, ladder.front().target_begin)) {
    return false;
  }
  return std::all_of(ladder.begin(), ladder.end(),
                     [&](const Bead& bead) { return holds(bead.source_end(), bead.target_end()); });
}

Band BandUnion(const Band& a, const Band& b) {
  assert(a.lo.size() == b.lo.size());
  Band band = a;
  for (std::size_t i = 0; i < band.lo.size(); ++i) {
    band.lo[i] = std::min(a.lo[i], b.lo[i]);
    band.hi[i] = std::max(a.hi[i], b.hi[i]);
  }
  return band;
}

Band ProjectBand(const Ladder& coarse_ladder, int num_source, int num_target, int radius) {
  std::vector<int> row_lo(num_source + 1, num_target), row_hi(num_source + 1, 0);
  for (const Bead& bead : coarse_ladder) {
    const int s0 = std::min(2 * bead.source_begin, num_source);
    const int s1 = std::min(2 * bead.source_end(), num_source);
    const int t0 = std::min(2 * bead.target_begin, num_target);
    const int t1 = std::min(2 * bead.target_end(), num_target);
    for (int i = s0; i <= s1; ++i) {
      row_lo[i] = std::min(row_lo[i], t0);
      row_hi[i] = std::max(row_hi[i], t1);
    }
  }
  return Dilate(row_lo, row_hi, num_target, radius);
}

void BandWindows(const Band& band, int num_source, int num_target,
                 std::vector<SentenceRange>* source_windows,
                 std::vector<SentenceRange>* target_windows) {
  constexpr int kMargin = kMaxBeadSide;
  source_windows->resize(num_source);
  for (int i = 0; i < num_source; ++i) {
    (*source_windows)[i] = {band.lo[std::max(0, i - kMargin)],
                            band.hi[std::min(num_source, i + 1 + kMargin)]};
  }
  target_windows->assign(num_target, {num_source, 0});
  for (int i = 0; i <= num_source; ++i) {
    for (int j = std::max(0, band.lo[i] - kMargin); j < std::min(num_target, band.hi[i] + kMargin);
         ++j) {
      SentenceRange& w = (*target_windows)[j];
      w.begin = std::min(w.begin, std::max(0, i - kMargin));
      w.end = std::max(w.end, std::min(num_source, i + kMargin));
    }
  }
}

CachedScorer::CachedScorer(const Band& band, const BeadScorer& scorer,
                           const std::vector<BeadType>& types)
    : band_(band), scorer_(scorer), num_types_(static_cast<int>(types.size())) {
  for (auto& row : type_index_) std::fill(std::begin(row), std::end(row), -1);
  for (int k = 0; k < num_types_; ++k) {
    assert(types[k].source_count <= kMaxBeadSide && types[k].target_count <= kMaxBeadSide);
    type_index_[types[k].source_count][types[k].target_count] = k;
  }
  const int rows = static_cast<int>(band.lo.size());
  offset_.assign(rows + 1, 0);
  for (int i = 0; i < rows; ++i) offset_[i + 1] = offset_[i] + (band.hi[i] - band.lo[i] + 1);
  costs_.resize(static_cast<std::size_t>(offset_.back()) * num_types_);
  for (int i = 0; i < rows; ++i) {
    for (int j = band.lo[i]; j <= band.hi[i]; ++j) {
      float* cell = costs_.data() + (offset_[i] + (j - band.lo[i])) * num_types_;
      for (int k = 0; k < num_types_; ++k) {
        const int pi = i - types[k].source_count, pj = j - types[k].target_count;
        cell[k] = pi < 0 || pj < 0 ? static_cast<float>(kForbidden)
                                   : static_cast<float>(scorer.Cost(pi, types[k].source_count, pj,
                                                                    types[k].target_count));
      }
    }
  }
}

double CachedScorer::Cost(int source_begin, int source_count, int target_begin,
                          int target_count) const {
  const int i = source_begin + source_count, j = target_begin + target_count;
  const int k = source_count <= kMaxBeadSide && target_count <= kMaxBeadSide
                    ? type_index_[source_count][target_count]
                    : -1;
  if (k < 0 || i >= static_cast<int>(band_.lo.size()) || j < band_.lo[i] || j > band_.hi[i]) {
    return scorer_.Cost(source_begin, source_count, target_begin, target_count);
  }
  return costs_[(offset_[i] + (j - band_.lo[i])) * num_types_ + k];
}

Ladder FindBestLadder(int num_source, int num_target, const Band& band, const BeadScorer& scorer,
                      const std::vector<BeadType>& types) {
  assert(static_cast<int>(band.lo.size()) == num_source + 1);
  assert(types.size() < 255);
  BandArray<double> best(band, kForbidden);
  BandArray<std::uint8_t> back(band, 255);
  best.At(0, 0) = 0;
  for (int i = 0; i <= num_source; ++i) {
    for (int j = band.lo[i]; j <= band.hi[i]; ++j) {
      double cell_best = best.At(i, j);
      std::uint8_t cell_back = back.At(i, j);
      for (std::size_t k = 0; k < types.size(); ++k) {
        const int pi = i - types[k].source_count, pj = j - types[k].target_count;
        if (!best.Contains(pi, pj)) continue;
        const double prev = best.At(pi, pj);
        if (prev == kForbidden) continue;
        const double cost = prev + scorer.Cost(pi, types[k].source_count, pj, types[k].target_count);
        if (cost < cell_best) {
          cell_best = cost;
          cell_back = static_cast<std::uint8_t>(k);
        }
      }
      best.At(i, j) = cell_best;
      back.At(i, j) = cell_back;
    }
  }
  if (!best.Contains(num_source, num_target) || best.At(num_source, num_target) == kForbidden) {
    throw InternalError("alignment search found no path through its band");
  }
  Ladder ladder;
  for (int i = num_source, j = num_target; i > 0 || j > 0;) {
    const BeadType& type = types[back.At(i, j)];
    i -= type.source_count;
    j -= type.target_count;
    ladder.push_back({i, type.source_count, j, type.target_count, 0.0});
  }
  std::reverse(ladder.begin(), ladder.end());
  return ladder;
}

void SetPosteriorScores(Ladder* ladder, int num_source, int num_target, const Band& band,
                        const BeadScorer& scorer, const std::vector<BeadType>& types,
                        double temperature) {
  const double kNone = -kForbidden;
  BandArray<double> forward(band, kNone), backward(band, kNone);
  forward.At(0, 0) = 0;
  for (int i = 0; i <= num_source; ++i) {
    for (int j = band.lo[i]; j <= band.hi[i]; ++j) {
      double sum = forward.At(i, j);
      for (const BeadType& type : types) {
        const int pi = i - type.source_count, pj = j - type.target_count;
        if (!forward.Contains(pi, pj) || forward.At(pi, pj) == kNone) continue;
        const double cost = scorer.Cost(pi, type.source_count, pj, type.target_count);
        if (cost == kForbidden) continue;
        sum = LogAddExp(sum, forward.At(pi, pj) - cost / temperature);
      }
      forward.At(i, j) = sum;
    }
  }
  backward.At(num_source, num_target) = 0;
  for (int i = num_source; i >= 0; --i) {
    for (int j = band.hi[i]; j >= band.lo[i]; --j) {
      double sum = backward.At(i, j);
      for (const BeadType& type : types) {
        const int ni = i + type.source_count, nj = j + type.target_count;
        if (!backward.Contains(ni, nj) || backward.At(ni, nj) == kNone) continue;
        const double cost = scorer.Cost(i, type.source_count, j, type.target_count);
        if (cost == kForbidden) continue;
        sum = LogAddExp(sum, backward.At(ni, nj) - cost / temperature);
      }
      backward.At(i, j) = sum;
    }
  }
  const double log_total = forward.At(num_source, num_target);
  // log P(a bead of shape (a, b) starts at boundary (i, j)).
  auto log_bead = [&](int i, int a, int j, int b) {
    if (!forward.Contains(i, j) || !backward.Contains(i + a, j + b)) return kNone;
    const double from = forward.At(i, j), to = backward.At(i + a, j + b);
    if (from == kNone || to == kNone) return kNone;
    const double cost = scorer.Cost(i, a, j, b);
    if (cost == kForbidden) return kNone;
    return from - cost / temperature + to - log_total;
  };
  // A hole's score is the chance that its sentence has no counterpart at all, summed over
  // where the hole sits among the other side's sentences: neighbouring 1-0 and 0-1 beads can
  // come in either order, and the exact-bead posterior would split between the orders.
  // `row` is a boundary row whose band holds the hole.
  auto log_source_hole = [&](int i) {
    double sum = kNone;
    for (int j = band.lo[i]; j <= band.hi[i]; ++j) sum = LogAddExp(sum, log_bead(i, 1, j, 0));
    return sum;
  };
  auto log_target_hole = [&](int j, int row) {
    double sum = kNone;
    // The rows whose band holds target boundary j form one run around `row`.
    for (int i = row; i >= 0 && band.lo[i] <= j && j <= band.hi[i]; --i) {
      sum = LogAddExp(sum, log_bead(i, 0, j, 1));
    }
    for (int i = row + 1; i <= num_source && band.lo[i] <= j && j <= band.hi[i]; ++i) {
      sum = LogAddExp(sum, log_bead(i, 0, j, 1));
    }
    return sum;
  };
  // log P(the path passes through both (i0, j0) and (i1, j1)): for a bead of a shape the
  // model does not use, the chance that the model, too, keeps its sentences together as one
  // block (however it splits them inside). A forward pass restricted to the block.
  std::vector<double> block;
  auto log_block = [&](int i0, int j0, int i1, int j1) {
    if (!forward.Contains(i0, j0) || !backward.Contains(i1, j1)) return kNone;
    const double from = forward.At(i0, j0), to = backward.At(i1, j1);
    if (from == kNone || to == kNone) return kNone;
    const int width = j1 - j0 + 1;
    block.assign(static_cast<std::size_t>(i1 - i0 + 1) * width, kNone);
    block[0] = 0;
    for (int i = i0; i <= i1; ++i) {
      for (int j = std::max(j0, band.lo[i]); j <= std::min(j1, band.hi[i]); ++j) {
        if (i == i0 && j == j0) continue;
        double sum = kNone;
        for (const BeadType& type : types) {
          const int pi = i - type.source_count, pj = j - type.target_count;
          if (pi < i0 || pj < j0 || !forward.Contains(pi, pj)) continue;
          const double prev = block[static_cast<std::size_t>(pi - i0) * width + (pj - j0)];
          if (prev == kNone) continue;
          const double cost = scorer.Cost(pi, type.source_count, pj, type.target_count);
          if (cost == kForbidden) continue;
          sum = LogAddExp(sum, prev - cost / temperature);
        }
        block[static_cast<std::size_t>(i - i0) * width + (j - j0)] = sum;
      }
    }
    const double inside = block.back();
    return inside == kNone ? kNone : from + inside + to - log_total;
  };
  auto in_types = [&](int a, int b) {
    return std::any_of(types.begin(), types.end(), [&](const BeadType& type) {
      return type.source_count == a && type.target_count == b;
    });
  };
  for (Bead& bead : *ladder) {
    const int a = bead.source_count, b = bead.target_count;
    double log_posterior = kNone;
    if (b == 0 || a == 0) {
      // A hole of several sentences (another aligner's, or a reviewer's): the least likely of
      // its sentences' hole scores, an upper bound on all of them being unpaired together.
      log_posterior = 0;
      for (int k = 0; k < a + b; ++k) {
        const double one = b == 0 ? log_source_hole(bead.source_begin + k)
                                  : log_target_hole(bead.target_begin + k, bead.source_begin);
        log_posterior = std::min(log_posterior, one);
      }
    } else if (in_types(a, b)) {
      log_posterior = log_bead(bead.source_begin, a, bead.target_begin, b);
    } else {
      log_posterior =
          log_block(bead.source_begin, bead.target_begin, bead.source_end(), bead.target_end());
    }
    bead.score = log_posterior == kNone ? 0.0 : std::clamp(std::exp(log_posterior), 0.0, 1.0);
  }
}

}  // namespace kealign::align
