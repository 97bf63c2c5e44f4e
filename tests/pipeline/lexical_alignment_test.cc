#include "kealign/pipeline/lexical_alignment.h"

#include <doctest/doctest.h>

#include <sstream>

#include "kealign/error.h"
#include "kealign/tokenize/subword_tokenizer.h"
#include "kealign/util/binary_io.h"

namespace kealign {
namespace {

const std::string kModels = KEALIGN_MODEL_DIR;

features::PieceModels BundledPieces() {
  return {std::make_shared<const tokenize::SubwordTokenizer>(kModels + "/ko.model"),
          std::make_shared<const tokenize::SubwordTokenizer>(kModels + "/en.model")};
}

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
      {"정부는", "government"}, {"경제를", "economy"},  {"학교에서", "school"},
      {"학생들이", "students"}, {"병원은", "hospital"}, {"의사가", "doctor"},
      {"도시의", "city"},       {"시장이", "mayor"},    {"회사는", "company"},
      {"직원을", "employees"}};
  std::vector<std::string> ko, en;
  for (std::size_t i = 0; i < 40; ++i) {
    const auto& a = words[i % words.size()];
    const auto& b = words[(i * 3 + 1) % words.size()];
    ko.push_back(a.first + " " + b.first + " 말했다");
    en.push_back("the " + a.second + " and the " + b.second + " said");
  }
  AlignedDocument doc{MakeDocument(ko), MakeDocument(en), {}, {}};
  for (int i = 0; i < 40; ++i) doc.ladder.push_back({i, 1, i, 1, 1.0});
  return doc;
}

// A model trained on `Parallel()` alone, with `tokenizer`'s units.
LexicalModel TrainedOnParallel(
    const features::LexicalTokenizer& tokenizer = features::LexicalTokenizer()) {
  LexicalTrainingSet training(tokenizer);
  training.Add(Parallel(), LexicalOptions{});
  return training.Train(nullptr, LexicalOptions{});
}

// Models trained on `Parallel()` with `tokenizer`'s units, with and without a deliberately
// wrong seed pair 정부 ~ economy weighted heavily enough to see its pull.
std::pair<LexicalModel, LexicalModel> WithAndWithoutWrongSeed(
    const features::LexicalTokenizer& tokenizer) {
  LexicalTrainingSet training(tokenizer);
  training.Add(Parallel(), LexicalOptions{});
  lang::Dictionary seed;
  seed.entries.push_back({"정부", "economy"});
  LexicalOptions options;
  options.prior_weight = 50;
  return {training.Train(&seed, options), training.Train(nullptr, options)};
}

TEST_SUITE("lexical") {
  TEST_CASE("pairs longer than max_training_tokens are not trained on") {
    // Model 1 costs the product of the lengths: one 40,000-word pair took 18 s to train on.
    Document source;
    Document target;
    std::string long_korean, long_english;
    for (int i = 0; i < 300; ++i) {
      long_korean += "사과 ";
      long_english += "apple ";
    }
    source.text = "이 문장은 짧다\n" + long_korean;
    target.text = "this sentence is short\n" + long_english;
    source.sentences = {{{0, 20}}, {{21, source.text.size()}}};
    target.sentences = {{{0, 22}}, {{23, target.text.size()}}};
    AlignedDocument aligned{source, target, {{0, 1, 0, 1, 1.0}, {1, 1, 1, 1, 1.0}}};
    LexicalOptions options;
    options.max_training_tokens = 1000;
    LexicalTrainingSet kept;
    kept.Add(aligned, options);
    CHECK(kept.size() == 2);
    options.max_training_tokens = 200;
    LexicalTrainingSet capped;
    capped.Add(aligned, options);
    CHECK(capped.size() == 1);
    CHECK(capped.Train(nullptr, options).korean.Find("사과") == lexical::Vocabulary::kNotFound);
  }

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

  TEST_CASE("a sentence of unknown words gets no lexical support either way") {
    AlignedDocument doc = Parallel();
    LexicalTrainingSet training;
    training.Add(doc, LexicalOptions{});
    const LexicalModel model = training.Train(nullptr, LexicalOptions{});
    // A name the model never saw, on the Korean side only: there is nothing to judge with.
    std::vector<std::string> ko, en;
    for (int i = 0; i < 40; ++i) {
      ko.emplace_back(doc.source.SentenceText(static_cast<std::size_t>(i)));
      en.emplace_back(doc.target.SentenceText(static_cast<std::size_t>(i)));
    }
    ko[5] = "쿠알라룸푸르";
    const Document source = MakeDocument(ko), target = MakeDocument(en);
    const LexicalEvidence evidence(model, features::LexicalTokenizer(), source, target);
    CHECK(evidence.Support(5, 1, 5, 1) == 0);
    CHECK(evidence.Support(4, 2, 4, 1) != 0);  // its neighbour still speaks for a 2-1
    CHECK(evidence.Support(6, 1, 6, 1) > 0);
  }

  TEST_CASE("unconfident beads and non-1-1 beads do not train the model") {
    AlignedDocument doc = Parallel();
    for (auto& bead : doc.ladder) bead.score = 0.5;
    LexicalTrainingSet training;
    training.Add(doc, LexicalOptions{});
    CHECK(training.size() == 0);
  }

  TEST_CASE("a seed lexicon pair becomes a prior the data alone lacks") {
    const auto [with, without] = WithAndWithoutWrongSeed(features::LexicalTokenizer());
    const int k = with.korean.Find("정부");
    const int e = with.english.Find("economy");
    REQUIRE(k >= 0);
    REQUIRE(e >= 0);
    CHECK(with.model.forward.Probability(k, e) > without.model.forward.Probability(k, e));
  }

  TEST_CASE("a lexical model round-trips through Save and Load - and garbage is a ModelError") {
    const LexicalModel model = TrainedOnParallel();
    std::stringstream buffer;
    model.Save(buffer);
    const LexicalModel loaded = LexicalModel::Load(buffer, "test.kea");
    CHECK(loaded.model == model.model);
    CHECK(loaded.korean.size() == model.korean.size());
    std::istringstream garbage("not a model at all");
    CHECK_THROWS_WITH_AS(LexicalModel::Load(garbage, "x.kea"), doctest::Contains("x.kea"),
                         ModelError);
    // The header is the magic (22 bytes), a 4-byte version and, since version 2, the units
    // byte: a units value out of range, and a file cut short anywhere, are ModelErrors.
    const std::string bytes = buffer.str();
    REQUIRE(bytes.size() > 40);
    std::string bad_units = bytes;
    bad_units[26] = 7;
    std::istringstream corrupt(bad_units);
    CHECK_THROWS_WITH_AS(LexicalModel::Load(corrupt, "bad.kea"), doctest::Contains("bad units"),
                         ModelError);
    for (std::size_t cut :
         {std::size_t{3}, std::size_t{24}, std::size_t{28}, bytes.size() / 2, bytes.size() - 1}) {
      std::istringstream truncated(bytes.substr(0, cut));
      CAPTURE(cut);
      CHECK_THROWS_WITH_AS(LexicalModel::Load(truncated, "cut.kea"), doctest::Contains("cut.kea"),
                           ModelError);
    }
    // One checksum covers the whole file: a flipped bit anywhere in a probability is caught.
    std::string flipped = bytes;
    flipped[bytes.size() - 9] ^= 0x10;
    std::istringstream damaged(flipped);
    CHECK_THROWS_WITH_AS(
        LexicalModel::Load(damaged, "bit.kea"),
        "bit.kea: checksum mismatch: the file is corrupt (re-create or re-copy it)", ModelError);
    // A newer format is refused with advice.
    std::string future = bytes;
    future[22] = 9;
    std::istringstream newer(future);
    CHECK_THROWS_WITH_AS(LexicalModel::Load(newer, "new.kea"),
                         doctest::Contains("new.kea: lexical model format 9 is not supported"),
                         ModelError);
  }

  TEST_CASE("a model file is the same bytes whatever the host: little-endian header") {
    const LexicalModel model = TrainedOnParallel();
    std::stringstream buffer;
    model.Save(buffer);
    const std::string bytes = buffer.str();
    REQUIRE(bytes.size() > 35);
    CHECK(bytes.substr(0, 22) == "kealign-lexical-model\n");
    CHECK(bytes.substr(22, 4) == std::string("\x03\x00\x00\x00", 4));  // format 3
    CHECK(bytes[26] == static_cast<char>(features::LexicalUnits::kStems));
    CHECK(bytes.substr(27, 8) == std::string(8, '\0'));  // stems: no pieces fingerprint
  }

  TEST_CASE("a seed lexicon pair pulls on its pieces when the model learns over pieces") {
    const features::LexicalTokenizer tokenizer(features::LexicalUnits::kPieces, BundledPieces());
    const auto [with, without] = WithAndWithoutWrongSeed(tokenizer);
    CHECK(with.units == features::LexicalUnits::kPieces);
    const auto korean = tokenizer.Tokens("정부", Language::kKorean);
    const auto english = tokenizer.Tokens("economy", Language::kEnglish);
    REQUIRE(!korean.empty());
    REQUIRE(!english.empty());
    for (const std::string& k_piece : korean) {
      for (const std::string& e_piece : english) {
        const int k = with.korean.Find(k_piece);
        const int e = with.english.Find(e_piece);
        REQUIRE(k >= 0);
        REQUIRE(e >= 0);
        CHECK(with.model.forward.Probability(k, e) > without.model.forward.Probability(k, e));
      }
    }
  }

  TEST_CASE("a piece model keeps its units through Save and Load and refuses other pieces") {
    const AlignedDocument doc = Parallel();
    const features::PieceModels pieces = BundledPieces();
    const LexicalModel model = TrainedOnParallel(
        features::LexicalTokenizer(features::LexicalUnits::kStemsAndPieces, pieces));
    std::stringstream buffer;
    model.Save(buffer);
    const LexicalModel loaded = LexicalModel::Load(buffer, "test.kea");
    CHECK(loaded.units == features::LexicalUnits::kStemsAndPieces);
    CHECK(loaded.pieces_fingerprint == model.pieces_fingerprint);
    CHECK(loaded.MakeTokenizer(pieces).units() == features::LexicalUnits::kStemsAndPieces);
    const LexicalEvidence evidence(loaded, loaded.MakeTokenizer(pieces), doc.source, doc.target);
    CHECK(evidence.Support(0, 1, 0, 1) > evidence.Support(0, 1, 1, 1));
    CHECK_THROWS_AS(loaded.MakeTokenizer({pieces.english, pieces.korean}), ModelError);
    CHECK_THROWS_AS(loaded.MakeTokenizer({}), ModelError);
  }

  TEST_CASE("model files of kealign 0.1 (formats 1 and 2) still load") {
    const LexicalModel model = TrainedOnParallel(
        features::LexicalTokenizer(features::LexicalUnits::kStemsAndPieces, BundledPieces()));
    // The old layout: a host-endian header, then each part framed by its own magic, version 1
    // and checksum.
    const auto legacy = [&](std::uint32_t version) {
      std::ostringstream out;
      util::BinaryWriter header(out);
      const std::string magic = "kealign-lexical-model\n";
      header.Bytes(magic.data(), magic.size());
      header.U32(version);
      if (version == 2) {
        header.U8(static_cast<std::uint8_t>(model.units));
        header.U64(model.pieces_fingerprint);
      }
      const auto framed = [&out](const std::string& part_magic, const auto& part) {
        util::BinaryWriter writer(out);
        writer.Bytes(part_magic.data(), part_magic.size());
        writer.U32(1);
        part.Write(writer);
        writer.Checksum();
      };
      framed("KEALIGN-VOCABULARY\n", model.korean);
      framed("KEALIGN-VOCABULARY\n", model.english);
      util::BinaryWriter model_header(out);
      const std::string model_magic = "KEALIGN-LEXICAL-MODEL\n";
      model_header.Bytes(model_magic.data(), model_magic.size());
      model_header.U32(1);
      framed("KEALIGN-LEXICAL-TABLE\n", model.model.forward);
      framed("KEALIGN-LEXICAL-TABLE\n", model.model.backward);
      return out.str();
    };
    std::istringstream v2(legacy(2));
    const LexicalModel loaded = LexicalModel::Load(v2, "v2.kea");
    CHECK(loaded.units == model.units);
    CHECK(loaded.pieces_fingerprint == model.pieces_fingerprint);
    CHECK(loaded.model == model.model);
    CHECK(loaded.english.size() == model.english.size());
    // Format 1 had no units: its models are stem models.
    std::istringstream v1(legacy(1));
    const LexicalModel stems = LexicalModel::Load(v1, "v1.kea");
    CHECK(stems.units == features::LexicalUnits::kStems);
    CHECK(stems.model == model.model);
    // The old parts keep their own checksums.
    std::string damaged = legacy(2);
    damaged[damaged.size() - 9] ^= 0x10;
    std::istringstream bad(damaged);
    CHECK_THROWS_WITH_AS(LexicalModel::Load(bad, "v2.kea"), doctest::Contains("checksum mismatch"),
                         ModelError);
  }
}

}  // namespace
}  // namespace kealign
