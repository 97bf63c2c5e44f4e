#include "kealign/align/dynamic_program.h"

#include <doctest/doctest.h>

#include <map>
#include <tuple>

#include "kealign/align/options.h"
#include "kealign/error.h"

namespace kealign::align {
namespace {

// A scorer whose costs are a table: beads listed in `cheap` cost their value, every other
// allowed bead costs `default_cost`.
class TableScorer : public BeadScorer {
 public:
  explicit TableScorer(double default_cost) : default_cost_(default_cost) {}
  void Set(int s, int ns, int t, int nt, double cost) { costs_[{s, ns, t, nt}] = cost; }
  double Cost(int s, int ns, int t, int nt) const override {
    auto it = costs_.find({s, ns, t, nt});
    return it == costs_.end() ? default_cost_ : it->second;
  }

 private:
  double default_cost_;
  std::map<std::tuple<int, int, int, int>, double> costs_;
};

const std::vector<BeadType> kTypes = AlignOptions{}.bead_types;

std::string Render(const Ladder& ladder) {
  std::string out;
  for (const Bead& b : ladder) {
    out += std::to_string(b.source_count) + "-" + std::to_string(b.target_count) + " ";
  }
  return out;
}

TEST_SUITE("align") {
  TEST_CASE("full DP follows the cheapest beads: 1-1 - 2-1 - 1-0 - 0-1 - 1-2") {
    TableScorer scorer(10.0);
    scorer.Set(0, 1, 0, 1, 0.1);
    scorer.Set(1, 2, 1, 1, 0.1);
    scorer.Set(3, 1, 2, 0, 0.1);
    scorer.Set(4, 0, 2, 1, 0.1);
    scorer.Set(4, 1, 3, 2, 0.1);
    const Ladder ladder = FindBestLadder(5, 5, Band::Full(5, 5), scorer, kTypes);
    CHECK(Render(ladder) == "1-1 2-1 1-0 0-1 1-2 ");
    CHECK(IsValidLadder(ladder, 5, 5));
    CHECK(ladder[1] == Bead{1, 2, 1, 1, 0.0});
  }

  TEST_CASE("a band around a diagonal recovers the diagonal and never leaves the band") {
    TableScorer scorer(5.0);
    const int n = 200;
    for (int i = 0; i < n; ++i) scorer.Set(i, 1, i, 1, 0.0);
    Ladder diagonal;
    for (int i = 0; i < n; ++i) diagonal.push_back({i, 1, i, 1, 0.0});
    // Every cell within Chebyshev distance 3 of the path: a diagonal strip 4·3 + 3 wide.
    const Band band = BandAround(diagonal, n, n, 3);
    CHECK(band.NumCells() <= 15 * (n + 1));
    CHECK(band.NumCells() > 12 * (n + 1));
    const Ladder ladder = FindBestLadder(n, n, band, scorer, kTypes);
    CHECK(ladder == diagonal);
  }

  TEST_CASE("forbidden beads are never used and a band without a path is an internal error") {
    TableScorer scorer(kForbidden);
    scorer.Set(0, 1, 0, 1, 1.0);
    scorer.Set(1, 1, 1, 1, 1.0);
    CHECK(Render(FindBestLadder(2, 2, Band::Full(2, 2), scorer, kTypes)) == "1-1 1-1 ");
    TableScorer none(kForbidden);
    CHECK_THROWS_AS(FindBestLadder(2, 2, Band::Full(2, 2), none, kTypes), InternalError);
  }

  TEST_CASE("posterior scores are near 1 for an unambiguous path and split for a tie") {
    TableScorer scorer(20.0);
    scorer.Set(0, 1, 0, 1, 0.0);
    scorer.Set(1, 1, 1, 1, 0.0);
    Ladder ladder = FindBestLadder(2, 2, Band::Full(2, 2), scorer, kTypes);
    SetPosteriorScores(&ladder, 2, 2, Band::Full(2, 2), scorer, kTypes, 1.0);
    CHECK(ladder[0].score > 0.99);
    CHECK(ladder[1].score > 0.99);

    // Two equally cheap ladders: 2-2 vs 1-1 + 1-1 (with free 1-1s, both cost 0).
    TableScorer tie(20.0);
    tie.Set(0, 2, 0, 2, 0.0);
    tie.Set(0, 1, 0, 1, 0.0);
    tie.Set(1, 1, 1, 1, 0.0);
    Ladder tied = FindBestLadder(2, 2, Band::Full(2, 2), tie, kTypes);
    SetPosteriorScores(&tied, 2, 2, Band::Full(2, 2), tie, kTypes, 1.0);
    for (const Bead& b : tied) CHECK(b.score == doctest::Approx(0.5).epsilon(0.01));
  }

  TEST_CASE("adjacent holes score the chance their sentence is unpaired - not a split order") {
    // Source 0 and target 0 have no partners: 1-0 then 0-1 and 0-1 then 1-0 are equally cheap.
    TableScorer scorer(30.0);
    scorer.Set(0, 1, 0, 0, 1.0);  // source 0 alone, before target 0 …
    scorer.Set(1, 0, 0, 1, 1.0);
    scorer.Set(0, 0, 0, 1, 1.0);  // … or after it
    scorer.Set(0, 1, 1, 0, 1.0);
    scorer.Set(1, 1, 1, 1, 0.0);
    const Band band = Band::Full(2, 2);
    Ladder ladder = FindBestLadder(2, 2, band, scorer, kTypes);
    REQUIRE(ladder.size() == 3);
    SetPosteriorScores(&ladder, 2, 2, band, scorer, kTypes, 1.0);
    CHECK(ladder[0].score > 0.99);
    CHECK(ladder[1].score > 0.99);
    CHECK(ladder[2].score > 0.99);
  }

  TEST_CASE("band windows hold every sentence a bead in the band can pair") {
    // A wandering path: holes and merges on both sides, so the band is not a plain diagonal.
    const Ladder path = {{0, 1, 0, 1, 0}, {1, 2, 1, 1, 0}, {3, 0, 2, 1, 0}, {3, 1, 3, 0, 0},
                         {4, 1, 3, 3, 0}, {5, 1, 6, 1, 0}, {6, 3, 7, 1, 0}, {9, 1, 8, 2, 0}};
    const int n = 10, m = 10;
    REQUIRE(IsValidLadder(path, n, m));
    for (const int radius : {1, 2}) {
      CAPTURE(radius);
      const Band band = BandAround(path, n, m, radius);
      std::vector<SentenceRange> source_windows, target_windows;
      BandWindows(band, n, m, &source_windows, &target_windows);
      REQUIRE(source_windows.size() == static_cast<std::size_t>(n));
      REQUIRE(target_windows.size() == static_cast<std::size_t>(m));
      for (int i = 0; i <= n; ++i) {
        for (int j = band.lo[i]; j <= band.hi[i]; ++j) {
          for (int a = 0; a <= kMaxBeadSide && a <= i; ++a) {
            for (int b = 0; b <= kMaxBeadSide && b <= j; ++b) {
              for (int s = i - a; s < i; ++s) {
                for (int t = j - b; t < j; ++t) {
                  CAPTURE(s);
                  CAPTURE(t);
                  CHECK(source_windows[s].begin <= t);
                  CHECK(t < source_windows[s].end);
                  CHECK(target_windows[t].begin <= s);
                  CHECK(s < target_windows[t].end);
                }
              }
            }
          }
        }
      }
    }
  }

  TEST_CASE("a projected coarse path widens to cover every fine cell it crosses") {
    const Ladder coarse = {{0, 1, 0, 1, 0}, {1, 1, 1, 2, 0}};
    const Band band = ProjectBand(coarse, 4, 6, 0);
    CHECK(band.lo[0] == 0);
    CHECK(band.hi[4] == 6);
    CHECK(band.lo[2] <= 2);
    CHECK(band.hi[2] >= 2);
    CHECK(band.hi[4] >= band.lo[4]);
  }
}

}  // namespace
}  // namespace kealign::align
