#include "kealign/align/aligner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>

#include "kealign/error.h"

namespace kealign::align {
namespace {

// A synthetic document pair with a known answer: target lengths are the source lengths times
// `ratio` with ±15 % noise; `drop` source sentences have no counterpart; pairs of targets listed
// in `merge` are one sentence on the target side.
struct Synthetic {
  std::vector<SegmentFeatures> source, target;
  Ladder gold;
};

Synthetic MakeSynthetic(int n, double ratio, std::uint32_t seed, const std::vector<int>& drop,
                        const std::vector<int>& merge) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> length(20, 200), noise(0.85, 1.15);
  Synthetic doc;
  int t = 0;
  for (int s = 0; s < n; ++s) {
    SegmentFeatures f;
    f.length = static_cast<float>(length(rng));
    doc.source.push_back(f);
    if (std::find(drop.begin(), drop.end(), s) != drop.end()) {
      doc.gold.push_back({s, 1, t, 0, 0});
      continue;
    }
    const bool merged_with_next = std::find(merge.begin(), merge.end(), s) != merge.end();
    if (merged_with_next) {
      SegmentFeatures next;
      next.length = static_cast<float>(length(rng));
      doc.source.push_back(next);
      SegmentFeatures g;
      g.length = static_cast<float>((f.length + next.length) * ratio * noise(rng));
      doc.target.push_back(g);
      doc.gold.push_back({s, 2, t, 1, 0});
      ++s;
      ++n;
    } else {
      SegmentFeatures g;
      g.length = static_cast<float>(f.length * ratio * noise(rng));
      doc.target.push_back(g);
      doc.gold.push_back({s, 1, t, 1, 0});
    }
    ++t;
  }
  return doc;
}

int CountCorrect(const Ladder& predicted, const Ladder& gold) {
  int correct = 0;
  for (const Bead& p : predicted) {
    for (const Bead& g : gold) {
      if (p.source_begin == g.source_begin && p.source_count == g.source_count &&
          p.target_begin == g.target_begin && p.target_count == g.target_count) {
        ++correct;
        break;
      }
    }
  }
  return correct;
}

TEST_SUITE("align") {
  TEST_CASE("length alone recovers a noisy 1-1 document with a 2:1 length ratio") {
    const Synthetic doc = MakeSynthetic(300, 2.0, 1, {}, {});
    const Ladder ladder = Aligner().Align(doc.source, doc.target);
    CHECK(IsValidLadder(ladder, 300, 300));
    CHECK(CountCorrect(ladder, doc.gold) >= 290);
  }

  TEST_CASE("the length model's ratio is estimated from the input - not assumed") {
    const Synthetic doc = MakeSynthetic(200, 0.6, 2, {}, {});
    const LengthModel model = Aligner().EstimateLengthModel(doc.source, doc.target);
    CHECK(model.ratio == doctest::Approx(0.6).epsilon(0.05));
    CHECK(model.scale > 0.02);
    CHECK(model.scale < 0.2);
  }

  TEST_CASE("a fixed ratio or scale in the options overrides the estimate everywhere") {
    const Synthetic doc = MakeSynthetic(100, 0.6, 6, {}, {});
    AlignOptions options;
    options.length_ratio = 0.9;
    options.length_scale = 0.33;
    const LengthModel model = Aligner(options).EstimateLengthModel(doc.source, doc.target);
    CHECK(model.ratio == doctest::Approx(0.9));
    CHECK(model.scale == doctest::Approx(0.33));
  }

  TEST_CASE("anchors pick the right partner among equally long candidates") {
    // Three source sentences of equal length, the middle target missing: length alone cannot
    // tell whether source 1 or source 2 lost its partner; the anchors can.
    std::vector<SegmentFeatures> source(3), target(2);
    for (auto& f : source) f.length = 50;
    for (auto& f : target) f.length = 50;
    source[0].strong = {7};
    source[1].strong = {8};
    source[2].strong = {9};
    target[0].strong = {7};
    target[1].strong = {9};
    // A document this small cannot estimate its own length model: give it one.
    const LengthModel model{1.0, 0.2, 50, 5};
    const Ladder ladder = Aligner().Align(source, target, model);
    REQUIRE(ladder.size() == 3);
    CHECK(ladder[1] == Bead{1, 1, 1, 0, ladder[1].score});
    CHECK(ladder[2] == Bead{2, 1, 1, 1, ladder[2].score});

    target[1].strong = {8};
    const Ladder other = Aligner().Align(source, target, model);
    REQUIRE(other.size() == 3);
    CHECK(other[1] == Bead{1, 1, 1, 1, other[1].score});
    CHECK(other[2] == Bead{2, 1, 2, 0, other[2].score});
  }

  TEST_CASE("a strong anchor matches a weak one on the other side - and unmatched ones cost") {
    std::vector<SegmentFeatures> source(1), target(1);
    source[0].strong = {42};
    target[0].weak = {41, 42, 43};
    const AlignOptions options;
    const LengthModel model;
    const FeatureScorer matched(source, target, model, options);
    CHECK(matched.AnchorCost(0, 1, 0, 1) == doctest::Approx(-options.anchor_match_bonus));
    target[0].weak = {41};
    const FeatureScorer unmatched(source, target, model, options);
    CHECK(unmatched.AnchorCost(0, 1, 0, 1) == doctest::Approx(options.anchor_mismatch_penalty));
  }

  TEST_CASE("dropped sentences and merges come out as 1-0 and 2-1") {
    const Synthetic doc = MakeSynthetic(120, 1.5, 3, {30, 77}, {10, 50, 90});
    const Ladder ladder = Aligner().Align(doc.source, doc.target);
    CHECK(IsValidLadder(ladder, static_cast<int>(doc.source.size()),
                        static_cast<int>(doc.target.size())));
    int merges = 0;
    for (const Bead& b : ladder) merges += b.source_count == 2 && b.target_count == 1;
    CHECK(merges >= 2);
    CHECK(CountCorrect(ladder, doc.gold) >= static_cast<int>(doc.gold.size()) - 8);
  }

  TEST_CASE("coarse-to-fine search finds the same ladder as the full DP") {
    const Synthetic doc = MakeSynthetic(600, 1.8, 4, {100, 400}, {200, 300});
    AlignOptions full;
    full.full_dp_max_cells = 1LL << 40;
    AlignOptions banded;
    banded.full_dp_max_cells = 1000;  // forces several coarse levels
    const Ladder exact = Aligner(full).Align(doc.source, doc.target);
    const Ladder fast = Aligner(banded).Align(doc.source, doc.target);
    CHECK(CountCorrect(fast, exact) >= static_cast<int>(exact.size()) - 2);
  }

  TEST_CASE("noise sentences are left unpaired and an empty side gives all holes") {
    std::vector<SegmentFeatures> source(3), target(2);
    for (auto& f : source) f.length = 40;
    for (auto& f : target) f.length = 40;
    source[1].is_noise = true;
    const Ladder ladder = Aligner().Align(source, target);
    CHECK(IsValidLadder(ladder, 3, 2));
    for (const Bead& b : ladder) {
      if (b.source_count > 0 && b.source_begin <= 1 && 1 < b.source_end()) {
        CHECK(b.target_count == 0);
      }
    }
    const Ladder holes = Aligner().Align(source, {});
    CHECK(holes.size() == 3);
    CHECK(IsValidLadder(holes, 3, 0));
  }

  TEST_CASE("re-joining a soft boundary is priced as one sentence - not as a merge") {
    // Target sentence 1 was split from sentence 0 at a guessed boundary.
    std::vector<SegmentFeatures> source(1), target(2);
    source[0].length = 100;
    target[0].length = 60;
    target[1].length = 40;
    const LengthModel model{1.0, 0.2, 100, 10};
    AlignOptions options;
    const FeatureScorer hard(source, target, model, options);
    std::vector<SegmentFeatures> soft_target = target;
    soft_target[1].soft_start = true;
    const FeatureScorer soft(source, soft_target, model, options);
    const double one_one = -std::log(0.89), one_two = -std::log(options.bead_types[3].prior);
    const double join = -std::log1p(-options.soft_boundary_prior);
    CHECK(hard.Cost(0, 1, 0, 2) == doctest::Approx(one_two));
    CHECK(soft.Cost(0, 1, 0, 2) == doctest::Approx(one_one + join));
    // A bead that starts at the soft boundary pays for using it.
    CHECK(soft.Cost(0, 0, 1, 1) - hard.Cost(0, 0, 1, 1) ==
          doctest::Approx(-std::log(options.soft_boundary_prior)));
    const Ladder ladder = Aligner(options).Align(source, soft_target, model);
    REQUIRE(ladder.size() == 1);
    CHECK(ladder[0] == Bead{0, 1, 0, 2, ladder[0].score});
  }

  TEST_CASE("a soft boundary is used when the other side splits there too") {
    std::vector<SegmentFeatures> source(2), target(2);
    source[0].length = 30;  // a headline
    source[1].length = 120;
    target[0].length = 30;
    target[1].length = 120;
    target[1].soft_start = true;
    const LengthModel model{1.0, 0.2, 75, 7};
    const Ladder ladder = Aligner().Align(source, target, model);
    REQUIRE(ladder.size() == 2);
    CHECK(ladder[0] == Bead{0, 1, 0, 1, ladder[0].score});
    CHECK(ladder[1] == Bead{1, 1, 1, 1, ladder[1].score});
  }

  TEST_CASE("boilerplate is left unpaired rather than glued to a neighbour") {
    std::vector<SegmentFeatures> source(2), target(3);
    for (auto& f : source) f.length = 80;
    target[0].length = 67;
    target[1].length = 13;  // `Advertisement`
    target[2].length = 80;
    const LengthModel model{1.0, 0.2, 80, 8};
    // As plain text, a short sentence between two good 1-1 beads is cheapest glued on.
    const Ladder plain = Aligner().Align(source, target, model);
    CHECK(plain.size() == 2);
    target[1].is_boilerplate = true;
    const Ladder ladder = Aligner().Align(source, target, model);
    REQUIRE(ladder.size() == 3);
    CHECK(ladder[1] == Bead{1, 0, 1, 1, ladder[1].score});
    // Boilerplate may still be paired with boilerplate, alone.
    const FeatureScorer scorer(source, target, model, AlignOptions{});
    CHECK(scorer.Cost(0, 1, 0, 2) == kForbidden);
    CHECK(scorer.Cost(0, 1, 1, 1) < kForbidden);
  }

  TEST_CASE("a verbatim part is expected as it is - not scaled by the length ratio") {
    // Korean text is about half as long as English: `출처: URL` (4 + 50 code points) against
    // `Source: URL` (8 + 50) is a perfect match once the URL is not scaled by the ratio.
    const LengthModel model{2.0, 0.2, 40, 4};
    CHECK(LengthCost(54, 58, model) > 2.5);
    CHECK(LengthCost(54, 58, model, 50) < 0.1);
    // Without verbatim text nothing changes.
    CHECK(LengthCost(30, 60, model, 0) == doctest::Approx(LengthCost(30, 60, model)));
    std::vector<SegmentFeatures> source(2), target(2);
    source[0].length = 20;
    target[0].length = 40;
    source[1].length = 60;
    source[1].verbatim = 50;
    target[1].length = 70;
    target[1].verbatim = 50;
    // The scorer sums the verbatim parts of a bead's sentences; only as much as both sides
    // have is expected verbatim: an e-mail address against a text without one is scaled.
    const FeatureScorer scorer(source, target, model, AlignOptions{});
    CHECK(scorer.Cost(1, 1, 1, 1) < scorer.Cost(0, 1, 1, 1));
    CHECK(scorer.Cost(1, 1, 1, 1) == doctest::Approx(-std::log(0.89)).epsilon(0.05));
    const double shared = scorer.Cost(1, 1, 1, 1);
    target[1].verbatim = 0;  // the scorer reads the features it was given: a new one is not needed
    CHECK(scorer.Cost(1, 1, 1, 1) > shared + 2.0);
  }

  TEST_CASE("one sentence translated as three comes out as a 1-3 bead") {
    std::vector<SegmentFeatures> source(3), target(5);
    source[0].length = 60;
    source[1].length = 240;
    source[2].length = 60;
    target[0].length = 60;
    for (int y = 1; y <= 3; ++y) target[y].length = 80;
    target[4].length = 60;
    const LengthModel model{1.0, 0.15, 120, 12};
    const Ladder ladder = Aligner().Align(source, target, model);
    REQUIRE(ladder.size() == 3);
    CHECK(ladder[1] == Bead{1, 1, 1, 3, ladder[1].score});
  }

  TEST_CASE("1-3 beads ask for lexical evidence only when their lengths agree") {
    // Counts the calls per bead shape and supports nothing.
    struct CountingEvidence : BeadEvidence {
      mutable int triples = 0;
      double Support(int, int source_count, int, int target_count) const override {
        triples += source_count + target_count == 4;
        return 0;
      }
    };
    std::vector<SegmentFeatures> source(1), target(3);
    source[0].length = 240;
    for (auto& f : target) f.length = 80;
    const LengthModel model{1.0, 0.15, 120, 12};
    const AlignOptions options;
    CountingEvidence evidence;
    const FeatureScorer scorer(source, target, model, options, &evidence);
    scorer.Cost(0, 1, 0, 3);
    CHECK(evidence.triples == 1);
    target[2].length = 800;  // three targets four times too long: not worth asking
    const FeatureScorer mismatched(source, target, model, options, &evidence);
    mismatched.Cost(0, 1, 0, 3);
    CHECK(evidence.triples == 1);
  }

  TEST_CASE("a boilerplate hole at a soft boundary pays both") {
    std::vector<SegmentFeatures> source(1), target(2);
    source[0].length = 80;
    target[0].length = 80;
    target[1].length = 13;
    target[1].is_boilerplate = true;
    target[1].soft_start = true;
    const LengthModel model{1.0, 0.2, 80, 8};
    const AlignOptions options;
    const FeatureScorer scorer(source, target, model, options);
    CHECK(scorer.Cost(0, 0, 1, 1) == doctest::Approx(-std::log(options.soft_boundary_prior) -
                                                     std::log(options.boilerplate_hole_prior)));
  }

  TEST_CASE("coarse levels keep boilerplate and soft starts") {
    std::vector<SegmentFeatures> fine(4);
    fine[0].is_boilerplate = true;
    fine[1].is_boilerplate = true;
    fine[2].soft_start = true;
    fine[3].is_boilerplate = true;
    const std::vector<SegmentFeatures> coarse = Coarsen(fine);
    REQUIRE(coarse.size() == 2);
    CHECK(coarse[0].is_boilerplate);   // both halves were boilerplate
    CHECK_FALSE(coarse[1].is_boilerplate);
    CHECK(coarse[1].soft_start);       // the unit starts where its first half did
    CHECK_FALSE(coarse[0].soft_start);
  }

  TEST_CASE("scoring the aligner's own ladder gives the scores it aligned with") {
    // Large enough for the coarse-to-fine search and a guided band (not a full DP).
    const Synthetic doc = MakeSynthetic(900, 1.6, 7, {100, 500}, {300, 700});
    AlignOptions options;
    options.full_dp_max_cells = 1000;
    options.guided_full_dp_max_cells = 1000;
    const Aligner aligner(options);
    const Ladder aligned = aligner.Align(doc.source, doc.target);
    Ladder unscored = aligned;
    for (Bead& bead : unscored) bead.score = -1;
    CHECK(aligner.Score(doc.source, doc.target, unscored) == aligned);
    // The same with a guide (the second pass of the pipeline).
    const Ladder guided = aligner.Align(doc.source, doc.target, std::nullopt, nullptr, &aligned);
    CHECK(aligner.Score(doc.source, doc.target, guided, std::nullopt, nullptr, &aligned) == guided);
  }

  TEST_CASE("a given ladder is scored by the model - wrong beads low - even far from its path") {
    const Synthetic doc = MakeSynthetic(400, 1.3, 8, {}, {});
    AlignOptions options;
    options.full_dp_max_cells = 1000;
    options.guided_full_dp_max_cells = 1000;
    const Aligner aligner(options);
    // The gold ladder, except that beads 200..209 are shifted by one: a 1-0, nine wrong 1-1
    // pairs and a 0-1.
    Ladder ladder = doc.gold;
    Ladder shifted(ladder.begin(), ladder.begin() + 200);
    shifted.push_back({200, 1, 200, 0, 0});
    for (int k = 201; k < 210; ++k) shifted.push_back({k, 1, k - 1, 1, 0});
    shifted.push_back({210, 0, 209, 1, 0});
    shifted.insert(shifted.end(), ladder.begin() + 210, ladder.end());
    REQUIRE(IsValidLadder(shifted, 400, 400));
    const Ladder scored = aligner.Score(doc.source, doc.target, shifted);
    for (int k = 201; k < 210; ++k) CHECK(scored[k].score < 0.1);
    CHECK(scored[100].score > 0.9);
    CHECK(scored[300].score > 0.9);

    // A ladder that is wrong by 40 sentences for a stretch (40 holes on each side) leaves the
    // model's band: its beads are still scored, not zero for lack of a band.
    Ladder far(ladder.begin(), ladder.begin() + 100);
    for (int k = 100; k < 140; ++k) far.push_back({k, 1, 100, 0, 0});
    for (int k = 100; k < 140; ++k) far.push_back({140, 0, k, 1, 0});
    far.insert(far.end(), ladder.begin() + 140, ladder.end());
    REQUIRE(IsValidLadder(far, 400, 400));
    const Ladder far_scored = aligner.Score(doc.source, doc.target, far);
    CHECK(far_scored[99].score > 0.9);
    CHECK(far_scored[100].score < 0.1);  // the model is sure sentence 100 has a partner
    AlignOptions full_options = options;
    full_options.full_dp_max_cells = 1LL << 40;
    full_options.guided_full_dp_max_cells = 1LL << 40;
    const Ladder full = Aligner(full_options).Score(doc.source, doc.target, far);
    // The scores within the widened band are those of a search over the whole grid.
    for (const int k : {99, 100, 120, 139, 140, 160, 179, 180}) {
      CAPTURE(k);
      CHECK(far_scored[k].score > 0.01);
      CHECK(far_scored[k].score == doctest::Approx(full[k].score));
    }
  }

  TEST_CASE("beads of shapes the model lacks score the chance it keeps them together") {
    const Synthetic doc = MakeSynthetic(60, 1.0, 9, {}, {});
    const Aligner aligner;
    const Ladder aligned = aligner.Align(doc.source, doc.target);
    REQUIRE(aligned.size() == 60);
    // Beads 10..13 joined into one 4-4 bead (more than `kMaxBeadSide`), and 20..22 into a 3-3
    // bead: both are blocks the model aligns as a unit at their corners.
    Ladder joined(aligned.begin(), aligned.begin() + 10);
    joined.push_back({10, 4, 10, 4, 0});
    joined.insert(joined.end(), aligned.begin() + 14, aligned.begin() + 20);
    joined.push_back({20, 3, 20, 3, 0});
    joined.insert(joined.end(), aligned.begin() + 23, aligned.end());
    const Ladder scored = aligner.Score(doc.source, doc.target, joined);
    CHECK(scored[10].score > 0.9);
    CHECK(scored[16].score > 0.9);
    // A block whose corner the model never passes (4 sentences against 3) scores about 0.
    Ladder uneven(aligned.begin(), aligned.begin() + 10);
    uneven.push_back({10, 4, 10, 3, 0});
    uneven.push_back({14, 0, 13, 1, 0});
    uneven.insert(uneven.end(), aligned.begin() + 14, aligned.end());
    REQUIRE(IsValidLadder(uneven, 60, 60));
    CHECK(aligner.Score(doc.source, doc.target, uneven)[10].score < 0.05);
  }

  TEST_CASE("a hole of several sentences scores the least of its sentences' hole scores") {
    const Synthetic doc = MakeSynthetic(40, 1.0, 10, {20, 21}, {});
    const Aligner aligner;
    // The gold ladder holds the two dropped sentences as two 1-0 beads in a row.
    const auto hole = std::find_if(doc.gold.begin(), doc.gold.end(),
                                   [](const Bead& b) { return b.source_begin == 20; });
    REQUIRE(hole != doc.gold.end());
    const std::size_t k = static_cast<std::size_t>(hole - doc.gold.begin());
    REQUIRE(doc.gold[k + 1] == Bead{21, 1, hole->target_begin, 0, 0});
    const Ladder singles = aligner.Score(doc.source, doc.target, doc.gold);
    Ladder merged(doc.gold.begin(), doc.gold.begin() + static_cast<long>(k));
    merged.push_back({20, 2, hole->target_begin, 0, 0});
    merged.insert(merged.end(), doc.gold.begin() + static_cast<long>(k) + 2, doc.gold.end());
    const Ladder scored = aligner.Score(doc.source, doc.target, merged);
    CHECK(scored[k].score > 0);
    CHECK(scored[k].score == doctest::Approx(std::min(singles[k].score, singles[k + 1].score)));
  }

  TEST_CASE(
      "scoring rejects a ladder that does not cover both sides and scores holes of an empty side "
      "as certain") {
    const Synthetic doc = MakeSynthetic(10, 1.0, 11, {}, {});
    Ladder short_ladder(doc.gold.begin(), doc.gold.end() - 1);
    CHECK_THROWS_AS(Aligner().Score(doc.source, doc.target, short_ladder), Error);
    const std::vector<SegmentFeatures> none;
    const Ladder holes = Aligner().Score(doc.source, none, {{0, 10, 0, 0, 0}});
    REQUIRE(holes.size() == 1);
    CHECK(holes[0].score == 1.0);
  }

  TEST_CASE("alignment is deterministic") {
    const Synthetic doc = MakeSynthetic(150, 1.2, 5, {20}, {60});
    CHECK(Aligner().Align(doc.source, doc.target) == Aligner().Align(doc.source, doc.target));
  }
}

}  // namespace
}  // namespace kealign::align
