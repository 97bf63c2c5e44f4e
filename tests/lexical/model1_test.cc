#include "kealign/lexical/model1.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "kealign/error.h"
#include "kealign/lexical/vocabulary.h"

namespace kealign::lexical {
namespace {

// A parallel corpus of whitespace-separated words, mapped to ids by one vocabulary per side.
struct Corpus {
  Vocabulary source_vocabulary;
  Vocabulary target_vocabulary;
  std::vector<std::vector<int>> source;
  std::vector<std::vector<int>> target;

  void Add(const std::string& source_text, const std::string& target_text) {
    source.push_back(Encode(source_text, &source_vocabulary));
    target.push_back(Encode(target_text, &target_vocabulary));
  }
  std::vector<SentencePair> Pairs() const {
    std::vector<SentencePair> pairs;
    for (std::size_t i = 0; i < source.size(); ++i) pairs.push_back({source[i], target[i]});
    return pairs;
  }
  int S(const std::string& word) const { return source_vocabulary.Find(word); }
  int T(const std::string& word) const { return target_vocabulary.Find(word); }

  static std::vector<int> Encode(const std::string& text, Vocabulary* vocabulary) {
    std::vector<int> ids;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t end = text.find(' ', pos);
      if (end == std::string::npos) end = text.size();
      if (end > pos) ids.push_back(vocabulary->Add(text.substr(pos, end - pos)));
      pos = end + 1;
    }
    return ids;
  }
};

// The Korean version of the classic "la maison / la maison bleue / la fleur" example: only EM,
// not co-occurrence alone, can tell that 그 is "the" and 집 is "house".
Corpus HouseCorpus() {
  Corpus corpus;
  corpus.Add("그 집", "the house");
  corpus.Add("그 파란 집", "the blue house");
  corpus.Add("그 꽃", "the flower");
  return corpus;
}

// The target id with the highest t(target | source).
int BestTarget(const TranslationTable& table, int source) {
  const auto row = table.Row(source);
  REQUIRE(!row.empty());
  return std::max_element(
             row.begin(), row.end(),
             [](const TableEntry& a, const TableEntry& b) { return a.probability < b.probability; })
      ->target;
}

// A synthetic corpus: each source word w translates to target word (w * 7) % vocabulary most of
// the time, target sentences also hold noise words and target-only function words. Uses the
// raw mt19937 output, which the standard fixes, so the corpus is the same everywhere.
void MakeSyntheticCorpus(int num_pairs, int vocabulary, std::uint32_t seed,
                         std::vector<std::vector<int>>* source,
                         std::vector<std::vector<int>>* target) {
  std::mt19937 rng(seed);
  for (int k = 0; k < num_pairs; ++k) {
    std::vector<int> s;
    std::vector<int> t;
    const int length = 4 + static_cast<int>(rng() % 12);
    for (int i = 0; i < length; ++i) {
      // Skewed word frequencies: the minimum of two uniform draws.
      const int w = static_cast<int>(std::min(rng() % vocabulary, rng() % vocabulary));
      s.push_back(w);
      if (rng() % 10 < 8) t.push_back((w * 7) % vocabulary);
      if (rng() % 10 == 0) t.push_back(static_cast<int>(rng() % vocabulary));
    }
    for (std::uint32_t i = rng() % 3; i > 0; --i) {
      t.push_back(vocabulary + static_cast<int>(rng() % 5));
    }
    std::shuffle(t.begin(), t.end(), rng);
    source->push_back(std::move(s));
    target->push_back(std::move(t));
  }
}

std::vector<SentencePair> MakePairs(const std::vector<std::vector<int>>& source,
                                    const std::vector<std::vector<int>>& target) {
  std::vector<SentencePair> pairs;
  for (std::size_t i = 0; i < source.size(); ++i) pairs.push_back({source[i], target[i]});
  return pairs;
}

}  // namespace

TEST_SUITE("lexical") {
  TEST_CASE("the first EM iteration gives co-occurrence counts weighted by 1/(l+1)") {
    const Corpus corpus = HouseCorpus();
    Model1Options options;
    options.iterations = 1;
    options.prune_threshold = 0;
    const TranslationTable table = TrainModel1(corpus.Pairs(), options);
    // 그 occurs in all three pairs (weights 1/3, 1/4, 1/3); its row total is 25/12.
    CHECK(table.Probability(corpus.S("그"), corpus.T("the")) == doctest::Approx(11.0 / 25));
    CHECK(table.Probability(corpus.S("그"), corpus.T("house")) == doctest::Approx(7.0 / 25));
    CHECK(table.Probability(corpus.S("그"), corpus.T("blue")) == doctest::Approx(3.0 / 25));
    CHECK(table.Probability(corpus.S("그"), corpus.T("flower")) == doctest::Approx(4.0 / 25));
    CHECK(table.Probability(corpus.S("꽃"), corpus.T("flower")) == doctest::Approx(0.5));
    CHECK(table.Probability(corpus.S("꽃"), corpus.T("blue")) == 0);
    // NULL co-occurs with every target token: 7 tokens, "the" three times.
    CHECK(table.Probability(kNullSource, corpus.T("the")) ==
          doctest::Approx((1.0 / 3 + 1.0 / 4 + 1.0 / 3) / (2.0 / 3 + 3.0 / 4 + 2.0 / 3)));
    CHECK(table.Row(corpus.S("그")).size() == 4);
    CHECK(table.num_entries() == 4 + 3 + 3 + 2 + 4);  // 그 집 파란 꽃 NULL
  }

  TEST_CASE("EM learns the word pairs of a tiny Korean-English corpus") {
    const Corpus corpus = HouseCorpus();
    Model1Options options;
    options.iterations = 20;
    options.prune_threshold = 0;
    const TranslationTable table = TrainModel1(corpus.Pairs(), options);
    CHECK(BestTarget(table, corpus.S("그")) == corpus.T("the"));
    CHECK(BestTarget(table, corpus.S("집")) == corpus.T("house"));
    CHECK(BestTarget(table, corpus.S("꽃")) == corpus.T("flower"));
    CHECK(table.Probability(corpus.S("그"), corpus.T("the")) > 0.8);
    CHECK(table.Probability(corpus.S("집"), corpus.T("house")) > 0.8);
    CHECK(table.Probability(corpus.S("꽃"), corpus.T("flower")) > 0.8);
    // 파란 occurs once, with "the blue house"; EM explains "the" and "house" by 그 and 집.
    CHECK(table.Probability(corpus.S("파란"), corpus.T("blue")) > 0.6);
    // Each row is a distribution.
    for (int f = kNullSource; f < table.source_id_limit(); ++f) {
      double sum = 0;
      for (const TableEntry& entry : table.Row(f)) sum += entry.probability;
      CHECK(sum == doctest::Approx(1.0).epsilon(1e-5));
    }
  }

  TEST_CASE("training gives bit-identical tables for any thread count") {
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeSyntheticCorpus(3000, 300, 7, &source, &target);
    const std::vector<SentencePair> pairs = MakePairs(source, target);
    Model1Options options;
    options.priors = {{3, 21, 2.0}, {5, 35, 1.0}};
    options.threads = 1;
    const TranslationTable one = TrainModel1(pairs, options);
    options.threads = 2;
    const TranslationTable two = TrainModel1(pairs, options);
    options.threads = 5;
    const TranslationTable five = TrainModel1(pairs, options);
    CHECK(one.num_entries() > 1000);
    CHECK(one == two);
    CHECK(one == five);
    CHECK(one.background_log_prob() == two.background_log_prob());
  }

  TEST_CASE("pruning drops exactly the entries below the threshold") {
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeSyntheticCorpus(500, 100, 11, &source, &target);
    const std::vector<SentencePair> pairs = MakePairs(source, target);
    Model1Options options;
    options.iterations = 1;  // one iteration, so pruning cannot change what EM sees next
    options.prune_threshold = 0;
    const TranslationTable full = TrainModel1(pairs, options);
    options.prune_threshold = 0.01;
    const TranslationTable pruned = TrainModel1(pairs, options);
    CHECK(full.floor_probability() == kMinFloorProbability);
    CHECK(pruned.floor_probability() == 0.01);
    std::size_t expected_entries = 0;
    for (int f = kNullSource; f < full.source_id_limit(); ++f) {
      for (const TableEntry& entry : full.Row(f)) {
        if (entry.probability >= 0.01) {
          ++expected_entries;
          CHECK(pruned.Probability(f, entry.target) == entry.probability);
        } else {
          CHECK(pruned.Probability(f, entry.target) == 0);
        }
      }
    }
    CHECK(pruned.num_entries() == expected_entries);
    CHECK(pruned.num_entries() < full.num_entries() / 2);
  }

  TEST_CASE("prior pairs act as pseudo-counts and survive pruning") {
    const Corpus corpus = HouseCorpus();
    Model1Options options;
    options.iterations = 1;
    options.prune_threshold = 0;
    const std::vector<SentencePair> first_pair = {corpus.Pairs()[0]};  // 그 집 → the house
    const int house = corpus.T("house");
    const int jip = corpus.S("집");
    CHECK(TrainModel1(first_pair, options).Probability(jip, house) == doctest::Approx(0.5));

    const std::vector<std::pair<int, int>> dictionary = {{jip, house}};
    options.AddPriorPairs(dictionary, 1.0);
    // (1/3 + 1) / (2/3 + 1)
    CHECK(TrainModel1(first_pair, options).Probability(jip, house) == doctest::Approx(0.8));

    // A dictionary pair whose words the corpus lacks still gets an entry, and a tiny prior on
    // a frequent word is not pruned.
    const int book_source = 50;
    const int book_target = 60;
    options.priors.push_back({book_source, book_target, 2.0});
    options.priors.push_back({corpus.S("그"), corpus.T("flower"), 1e-6});
    options.prune_threshold = 0.01;
    const TranslationTable table = TrainModel1(first_pair, options);
    CHECK(table.Probability(book_source, book_target) == 1.0);
    CHECK(table.IsKnownSource(book_source));
    CHECK(table.IsKnownTarget(book_target));
    CHECK(table.Probability(corpus.S("그"), corpus.T("flower")) > 0);
    CHECK(table.Probability(corpus.S("그"), corpus.T("flower")) < 0.01);

    CHECK_THROWS_AS(options.AddPriorPairs(dictionary, 0.0), InternalError);
  }

  TEST_CASE("a seed dictionary lets a two-pair corpus resolve an ambiguous word") {
    // Without help, 큰 and 집 always appear together, so their rows are identical.
    Corpus corpus;
    corpus.Add("큰 집", "big house");
    corpus.Add("큰 집", "big house");
    Model1Options options;
    options.iterations = 5;
    const TranslationTable plain = TrainModel1(corpus.Pairs(), options);
    CHECK(plain.Probability(corpus.S("큰"), corpus.T("big")) ==
          doctest::Approx(plain.Probability(corpus.S("큰"), corpus.T("house"))));
    const std::vector<std::pair<int, int>> dictionary = {{corpus.S("큰"), corpus.T("big")}};
    options.AddPriorPairs(dictionary, 1.0);
    const TranslationTable seeded = TrainModel1(corpus.Pairs(), options);
    CHECK(seeded.Probability(corpus.S("큰"), corpus.T("big")) >
          2 * seeded.Probability(corpus.S("큰"), corpus.T("house")));
    CHECK(seeded.Probability(corpus.S("집"), corpus.T("house")) >
          seeded.Probability(corpus.S("집"), corpus.T("big")));
  }

  TEST_CASE("the reverse direction is the forward model on swapped sides") {
    const Corpus corpus = HouseCorpus();
    Model1Options options;
    options.priors = {{corpus.S("꽃"), corpus.T("flower"), 1.0}};
    const BidirectionalModel model = TrainBidirectional(corpus.Pairs(), options);
    Model1Options swapped_options;
    swapped_options.priors = {{corpus.T("flower"), corpus.S("꽃"), 1.0}};
    CHECK(model.backward == TrainModel1(SwapSides(corpus.Pairs()), swapped_options));
    CHECK(model.forward == TrainModel1(corpus.Pairs(), options));
    CHECK(BestTarget(model.backward, corpus.T("house")) == corpus.S("집"));
  }

  TEST_CASE("the background is the mean log-probability of pairs half a corpus apart") {
    std::vector<std::vector<int>> source;
    std::vector<std::vector<int>> target;
    MakeSyntheticCorpus(400, 100, 3, &source, &target);
    const std::vector<SentencePair> pairs = MakePairs(source, target);
    Model1Options options;
    const TranslationTable table = TrainModel1(pairs, options);
    double total = 0;
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      total += LogProbability(table, source[k], target[(k + 200) % 400]);
    }
    CHECK(table.background_log_prob() == doctest::Approx(total / 400).epsilon(1e-12));
    double true_total = 0;
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      true_total += LogProbability(table, source[k], target[k]);
    }
    CHECK(true_total / 400 > table.background_log_prob() + 2);

    const std::vector<SentencePair> single = {pairs[0]};
    CHECK(TrainModel1(single, options).background_log_prob() == 0);
  }

  TEST_CASE("pairs with a side longer than 65535 tokens are skipped") {
    const std::vector<int> long_side(65536, 0);
    const std::vector<int> limit_side(65535, 0);
    const std::vector<int> source = {1, 2};
    const std::vector<int> target = {3};
    Model1Options options;
    options.background_sample = 0;
    const TranslationTable plain =
        TrainModel1(std::vector<SentencePair>{{source, target}}, options);
    CHECK(TrainModel1(std::vector<SentencePair>{{source, target}, {long_side, target}}, options) ==
          plain);
    CHECK(TrainModel1(std::vector<SentencePair>{{source, target}, {source, long_side}}, options) ==
          plain);
    const TranslationTable at_limit =
        TrainModel1(std::vector<SentencePair>{{source, target}, {limit_side, target}}, options);
    CHECK(at_limit.Probability(0, 3) > 0);
  }

  TEST_CASE("training rejects negative ids and bad options") {
    const std::vector<int> good = {1, 2};
    const std::vector<int> bad = {1, -2};
    Model1Options options;
    CHECK_THROWS_AS(TrainModel1(std::vector<SentencePair>{{good, bad}}, options), InternalError);
    CHECK_THROWS_AS(TrainModel1(std::vector<SentencePair>{{bad, good}}, options), InternalError);
    options.iterations = 0;
    CHECK_THROWS_AS(TrainModel1(std::vector<SentencePair>{{good, good}}, options), InternalError);
    options.iterations = 1;
    options.threads = 0;
    CHECK_THROWS_AS(TrainModel1(std::vector<SentencePair>{{good, good}}, options), InternalError);
  }

  TEST_CASE("an empty corpus gives an empty table and empty sides are allowed") {
    const TranslationTable empty = TrainModel1({}, Model1Options{});
    CHECK(empty.num_entries() == 0);
    CHECK(empty.Probability(kNullSource, 0) == 0);
    const std::vector<int> none;
    const std::vector<int> words = {0, 1};
    const std::vector<SentencePair> pairs = {{none, words}, {words, none}};
    const TranslationTable table = TrainModel1(pairs, Model1Options{});
    // Only NULL generated the first pair's targets.
    CHECK(table.Probability(kNullSource, 0) == doctest::Approx(0.5));
    CHECK(table.Row(0).empty());
    CHECK(table.IsKnownSource(0));
  }
}

}  // namespace kealign::lexical
