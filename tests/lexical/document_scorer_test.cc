#include "kealign/lexical/document_scorer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "kealign/lexical/model1.h"

namespace kealign::lexical {
namespace {

// Source word w translates to target word (w * 3) % kVocabulary + 1 (ids shifted so that 0 is
// a target-only function word); uses the raw mt19937 output, which the standard fixes.
constexpr int kVocabulary = 400;

void MakePair(std::mt19937& rng, std::vector<int>* source, std::vector<int>* target) {
  source->clear();
  target->clear();
  const int length = 5 + static_cast<int>(rng() % 10);
  for (int i = 0; i < length; ++i) {
    const int w = static_cast<int>(std::min(rng() % kVocabulary, rng() % kVocabulary));
    source->push_back(w);
    if (rng() % 10 < 8) target->push_back((w * 3) % kVocabulary + 1);
  }
  if (rng() % 2 == 0) target->push_back(0);
  std::shuffle(target->begin(), target->end(), rng);
}

struct Trained {
  std::vector<std::vector<int>> source;
  std::vector<std::vector<int>> target;
  BidirectionalModel model;
};

const Trained& TrainedModel() {
  static const Trained trained = [] {
    Trained t;
    std::mt19937 rng(2024);
    t.source.resize(4000);
    t.target.resize(4000);
    for (int k = 0; k < 4000; ++k) MakePair(rng, &t.source[k], &t.target[k]);
    std::vector<SentencePair> pairs;
    for (int k = 0; k < 4000; ++k) pairs.push_back({t.source[k], t.target[k]});
    t.model = TrainBidirectional(pairs, Model1Options{});
    return t;
  }();
  return trained;
}

// A held-out "document": sentences generated like the training data but not trained on.
void MakeDocument(int num_sentences, std::uint32_t seed, std::vector<std::vector<int>>* source,
                  std::vector<std::vector<int>>* target) {
  std::mt19937 rng(seed);
  source->resize(static_cast<std::size_t>(num_sentences));
  target->resize(static_cast<std::size_t>(num_sentences));
  for (int k = 0; k < num_sentences; ++k) MakePair(rng, &(*source)[k], &(*target)[k]);
}

std::vector<int> Concatenate(const std::vector<std::vector<int>>& sentences, int begin, int count) {
  std::vector<int> ids;
  for (int i = begin; i < begin + count; ++i) {
    ids.insert(ids.end(), sentences[i].begin(), sentences[i].end());
  }
  return ids;
}

}  // namespace

TEST_SUITE("lexical") {
  TEST_CASE("scoring ranks every true pair above the same sentence with a wrong partner") {
    const BidirectionalModel& model = TrainedModel().model;
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeDocument(60, 99, &source, &target);
    double true_total = 0;
    double shuffled_total = 0;
    for (int k = 0; k < 60; ++k) {
      const double true_score = SymmetricScore(model, source[k], target[k]);
      const double shuffled_score = SymmetricScore(model, source[k], target[(k + 1) % 60]);
      CHECK(true_score > shuffled_score + 1);
      true_total += true_score;
      shuffled_total += shuffled_score;
    }
    // Background subtraction puts unrelated pairs near 0 and translations well above it.
    CHECK(std::abs(shuffled_total / 60) < 0.5);
    CHECK(true_total / 60 > 3);
  }

  TEST_CASE("the document scorer computes Model 1 for every bead shape") {
    const BidirectionalModel& model = TrainedModel().model;
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeDocument(8, 5, &source, &target);
    source[3].push_back(100000);  // an id the model never saw
    target[4] = {100001};         // a sentence of unknown tokens only
    const DocumentScorer scorer(model, source, target);
    CHECK(scorer.num_source_sentences() == 8);
    CHECK(scorer.num_target_sentences() == 8);
    int checked = 0;
    for (int sc = 0; sc <= 3; ++sc) {
      for (int tc = 0; tc <= 3; ++tc) {
        for (int sb = 0; sb + sc <= 8; ++sb) {
          for (int tb = 0; tb + tc <= 8; ++tb) {
            const std::vector<int> s = Concatenate(source, sb, sc);
            const std::vector<int> t = Concatenate(target, tb, tc);
            const BeadEvidence evidence = scorer.Evidence(sb, sc, tb, tc);
            if (sc == 0 || tc == 0) {
              CHECK(scorer.Score(sb, sc, tb, tc) == 0);
              CHECK(evidence.num_target_tokens == 0);
              CHECK(evidence.num_source_tokens == 0);
              continue;
            }
            CHECK(evidence.target_given_source ==
                  doctest::Approx(LogProbability(model.forward, s, t)).epsilon(1e-5));
            CHECK(evidence.source_given_target ==
                  doctest::Approx(LogProbability(model.backward, t, s)).epsilon(1e-5));
            // Target sentence 4 alone has no known token: then only the backward direction counts.
            const bool has_forward = evidence.num_target_tokens > 0;
            CHECK(has_forward == !(tb == 4 && tc == 1));
            const double backward =
                LogProbability(model.backward, t, s) - scorer.backward_background();
            const double expected = has_forward ? (LogProbability(model.forward, s, t) -
                                                   scorer.forward_background() + backward) /
                                                      2
                                                : backward;
            CHECK(scorer.Score(sb, sc, tb, tc) == doctest::Approx(expected).epsilon(1e-5));
            ++checked;
          }
        }
      }
    }
    CHECK(checked == (8 + 7 + 6) * (8 + 7 + 6));
    // Token counts: only known tokens count.
    CHECK(scorer.Evidence(0, 1, 4, 1).num_target_tokens == 0);
    CHECK(scorer.Evidence(3, 1, 0, 1).num_source_tokens == static_cast<int>(source[3].size()) - 1);
    CHECK(scorer.memory_bytes() > 0);
  }

  TEST_CASE("the document scorer measures its background half a document off the diagonal") {
    const BidirectionalModel& model = TrainedModel().model;
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeDocument(6, 8, &source, &target);
    const DocumentScorer scorer(model, source, target);
    double forward = 0;
    double backward = 0;
    for (int a = 0; a < 6; ++a) {
      forward += LogProbability(model.forward, source[a], target[(a + 3) % 6]);
      backward += LogProbability(model.backward, target[(a + 3) % 6], source[a]);
    }
    CHECK(scorer.forward_background() == doctest::Approx(forward / 6).epsilon(1e-5));
    CHECK(scorer.backward_background() == doctest::Approx(backward / 6).epsilon(1e-5));
    CHECK(scorer.forward_background() != model.forward.background_log_prob());

    // Below kMinBackgroundSentences a side, the model's backgrounds apply, so Score is
    // SymmetricScore.
    source.resize(3);
    const DocumentScorer small(model, source, target);
    CHECK(small.forward_background() == model.forward.background_log_prob());
    CHECK(small.backward_background() == model.backward.background_log_prob());
    for (int a = 0; a < 3; ++a) {
      for (int b = 0; b < 6; ++b) {
        CHECK(small.Score(a, 1, b, 1) ==
              doctest::Approx(SymmetricScore(model, source[a], target[b])).epsilon(1e-5));
      }
    }
  }

  TEST_CASE("the document scorer prefers the right merge for a split sentence") {
    const BidirectionalModel& model = TrainedModel().model;
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeDocument(6, 17, &source, &target);
    // Target sentence 2 is the translation of source 2 and 3 together.
    std::vector<std::vector<int>> merged_target = {target[0], target[1]};
    merged_target.push_back(target[2]);
    merged_target.back().insert(merged_target.back().end(), target[3].begin(), target[3].end());
    merged_target.push_back(target[4]);
    merged_target.push_back(target[5]);
    const DocumentScorer scorer(model, source, merged_target);
    CHECK(scorer.Score(2, 2, 2, 1) > scorer.Score(2, 1, 2, 1));
    CHECK(scorer.Score(2, 2, 2, 1) > scorer.Score(1, 2, 2, 1));
    CHECK(scorer.Score(2, 2, 2, 1) > scorer.Score(3, 2, 2, 1));
    CHECK(scorer.Score(4, 1, 3, 1) > scorer.Score(4, 1, 2, 1));
    CHECK(scorer.Score(4, 1, 3, 1) > 0);
    CHECK(scorer.Score(0, 1, 3, 1) < scorer.Score(4, 1, 3, 1) - 1);
  }

  TEST_CASE("a windowed document scorer is exact inside the windows and blind outside") {
    const BidirectionalModel& model = TrainedModel().model;
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeDocument(12, 31, &source, &target);
    // Each sentence sees the other side's sentences within two of the diagonal.
    std::vector<SentenceWindow> windows(12);
    for (int i = 0; i < 12; ++i) windows[i] = {std::max(0, i - 2), std::min(12, i + 3)};
    const DocumentScorer full(model, source, target);
    const DocumentScorer windowed(model, source, target, windows, windows);
    CHECK(windowed.memory_bytes() < full.memory_bytes());
    for (int sb = 0; sb < 12; ++sb) {
      for (int tb = std::max(0, sb - 1); tb < std::min(12, sb + 2); ++tb) {
        for (int sc = 1; sc <= 2 && sb + sc <= 12; ++sc) {
          for (int tc = 1; tc <= 2 && tb + tc <= 12; ++tc) {
            const BeadEvidence expected = full.Evidence(sb, sc, tb, tc);
            const BeadEvidence evidence = windowed.Evidence(sb, sc, tb, tc);
            CHECK(evidence.target_given_source == expected.target_given_source);
            CHECK(evidence.source_given_target == expected.source_given_target);
            CHECK(evidence.num_target_tokens == expected.num_target_tokens);
            CHECK(evidence.num_source_tokens == expected.num_source_tokens);
          }
        }
      }
    }
    // Move source 0's window away from its translation, target 0: the target's tokens are then
    // explained by NULL alone.
    std::vector<SentenceWindow> away = windows;
    away[0] = {6, 12};
    const DocumentScorer blind(model, source, target, away, windows);
    const std::vector<int> no_source;
    const int known = static_cast<int>(source[0].size());
    const BeadEvidence evidence = blind.Evidence(0, 1, 0, 1);
    CHECK(evidence.target_given_source ==
          doctest::Approx(LogProbability(model.forward, no_source, target[0]) -
                          std::log(known + 1.0))
              .epsilon(1e-5));
    CHECK(evidence.target_given_source < full.Evidence(0, 1, 0, 1).target_given_source - 1);
    CHECK(evidence.source_given_target == full.Evidence(0, 1, 0, 1).source_given_target);
  }

  TEST_CASE("evidence is the same whichever block of sentences is resident") {
    // Longer than two resident blocks, so that asking out of order rebuilds blocks.
    const BidirectionalModel& model = TrainedModel().model;
    const int n = 2 * DocumentScorer::kResidentSentences + 300;
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeDocument(n, 77, &source, &target);
    std::vector<SentenceWindow> windows(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) windows[i] = {std::max(0, i - 4), std::min(n, i + 5)};
    const DocumentScorer in_order(model, source, target, windows, windows);
    const DocumentScorer jumping(model, source, target, windows, windows);
    std::vector<int> starts;
    for (int i = 0; i + 2 < n; i += 7) starts.push_back(i);
    std::vector<BeadEvidence> expected;
    for (const int i : starts) expected.push_back(in_order.Evidence(i, 2, i + 1, 1));
    std::mt19937 rng(5);
    std::vector<std::size_t> order(starts.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::shuffle(order.begin(), order.end(), rng);
    for (const std::size_t k : order) {
      const int i = starts[k];
      const BeadEvidence evidence = jumping.Evidence(i, 2, i + 1, 1);
      CAPTURE(i);
      CHECK(evidence.target_given_source == expected[k].target_given_source);
      CHECK(evidence.source_given_target == expected[k].source_given_target);
      CHECK(evidence.num_target_tokens == expected[k].num_target_tokens);
    }
    CHECK(in_order.forward_background() == jumping.forward_background());
  }

  TEST_CASE("a document scorer over an empty model gives no evidence") {
    const BidirectionalModel empty;
    const std::vector<std::vector<int>> source = {{1, 2}, {3}};
    const std::vector<std::vector<int>> target = {{4}, {5, 6}};
    const DocumentScorer scorer(empty, source, target);
    CHECK(scorer.Score(0, 2, 0, 2) == 0);
    const BeadEvidence evidence = scorer.Evidence(0, 1, 1, 1);
    CHECK(evidence.num_target_tokens == 0);
    CHECK(evidence.target_given_source == 0);
  }
}

}  // namespace kealign::lexical
