#include "kealign/lexical_alignment.h"

#include <doctest/doctest.h>

#include <sstream>

#include "kealign/error.h"

namespace kealign {
namespace {

// A document of `sentences`, one per line, as the pipeline would hold it.
Document MakeDocument(const std::vector<std::string>& sentences) {
  Document doc;
  for (const std::string& s : sentences) {
    const std::size_t begin = doc.text.size();
    doc.text += s;
    doc.sentences.push_back({{begin, doc.text.size()}, 0, false});
    doc.text += '\n';
  }
  return doc;
}

// Korean/English sentences built from word pairs, so the true alignment is known.
AlignedDocument Parallel() {
  const std::vector<std::pair<std::string, std::string>> words = {
      {"정부는", "government"}, {"경제를", "economy"}, {"학교에서", "school"},
      {"학생들이", "students"}, {"병원은", "hospital"}, {"의사가", "doctor"},
      {"도시의", "city"},       {"시장이", "mayor"},   {"회사는", "company"},
      {"직원을", "employees"}};
  std::vector<std::string> ko, en;
  for (std::size_t i = 0; i < 40; ++i) {
    const auto& a = words[i % words.size()];
    const auto& b = words[(i * 3 + 1) % words.size()];
    ko.push_back(a.first + " " + b.first + " 말했다");
    en.push_back("the " + a.second + " and the " + b.second + " said");
  }
  AlignedDocument doc{MakeDocument(ko), MakeDocument(en), {}};
  for (int i = 0; i < 40; ++i) doc.ladder.push_back({i, 1, i, 1, 1.0});
  return doc;
}

TEST_SUITE("lexical") {
  TEST_CASE("a model trained on confident beads supports true pairs over wrong ones") {
    const AlignedDocument doc = Parallel();
    LexicalTrainingSet training;
    training.Add(doc, LexicalOptions{});
    CHECK(training.size() == 40);
    const LexicalModel model = training.Train(nullptr, LexicalOptions{});
    const LexicalEvidence evidence(model, features::LexicalTokenizer(), doc.source, doc.target);
    int wins = 0;
    for (int i = 0; i + 1 < 40; ++i) {
      wins += evidence.Support(i, 1, i, 1) > evidence.Support(i, 1, i + 1, 1);
    }
    CHECK(wins >= 35);
  }

  TEST_CASE("unconfident beads and non-1-1 beads do not train the model") {
    AlignedDocument doc = Parallel();
    for (auto& bead : doc.ladder) bead.score = 0.5;
    LexicalTrainingSet training;
    training.Add(doc, LexicalOptions{});
    CHECK(training.size() == 0);
  }

  TEST_CASE("a seed lexicon pair becomes a prior the data alone lacks") {
    const AlignedDocument doc = Parallel();
    LexicalTrainingSet training;
    training.Add(doc, LexicalOptions{});
    lang::Dictionary seed;
    seed.entries.push_back({"정부", "economy"});  // deliberately wrong, to see its pull
    LexicalOptions options;
    options.prior_weight = 50;
    const LexicalModel with = training.Train(&seed, options);
    const LexicalModel without = training.Train(nullptr, options);
    const int k = with.korean.Find("정부");
    const int e = with.english.Find("economy");
    REQUIRE(k >= 0);
    REQUIRE(e >= 0);
    CHECK(with.model.forward.Probability(k, e) > without.model.forward.Probability(k, e));
  }

  TEST_CASE("a lexical model round-trips through Save and Load - and garbage is a ModelError") {
    const AlignedDocument doc = Parallel();
    LexicalTrainingSet training;
    training.Add(doc, LexicalOptions{});
    const LexicalModel model = training.Train(nullptr, LexicalOptions{});
    std::stringstream buffer;
    model.Save(buffer);
    const LexicalModel loaded = LexicalModel::Load(buffer, "test.kea");
    CHECK(loaded.model == model.model);
    CHECK(loaded.korean.size() == model.korean.size());
    std::istringstream garbage("not a model at all");
    CHECK_THROWS_WITH_AS(LexicalModel::Load(garbage, "x.kea"), doctest::Contains("x.kea"),
                         ModelError);
  }
}

}  // namespace
}  // namespace kealign
