#include "kealign/tokenize/subword_tokenizer.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "kealign/error.h"

namespace kealign::tokenize {
namespace {

const std::string kModels = KEALIGN_MODEL_DIR;

std::string Join(const std::vector<std::string>& pieces) {
  std::string out;
  for (const auto& p : pieces) out += p;
  return out;
}

TEST_SUITE("tokenize") {
  TEST_CASE("the bundled Korean model splits text into pieces that rebuild it") {
    const SubwordTokenizer tokenizer(kModels + "/ko.model");
    const std::string text = "메타는 스타트업에 140억 달러를 투자했다.";
    const auto pieces = tokenizer.EncodePieces(text);
    CHECK(pieces.size() > 3);
    std::string rebuilt = Join(pieces);
    // SentencePiece marks word starts with U+2581; replacing it restores the spaces.
    std::string restored;
    for (std::size_t i = 0; i < rebuilt.size();) {
      if (rebuilt.compare(i, 3, "\xE2\x96\x81") == 0) {
        if (!restored.empty()) restored += ' ';
        i += 3;
      } else {
        restored += rebuilt[i++];
      }
    }
    CHECK(restored == text);
    const auto ids = tokenizer.EncodeIds(text);
    CHECK(ids.size() == pieces.size());
    for (int id : ids) {
      CHECK(id >= 0);
      CHECK(id < tokenizer.vocab_size());
    }
  }

  TEST_CASE("the bundled English model is deterministic") {
    const SubwordTokenizer tokenizer(kModels + "/en.model");
    CHECK(tokenizer.EncodePieces("The fare stays at 1,000 won an hour.") ==
          tokenizer.EncodePieces("The fare stays at 1,000 won an hour."));
  }

  TEST_CASE("a missing or corrupt model is a ModelError naming the file") {
    CHECK_THROWS_WITH_AS(SubwordTokenizer("/nonexistent/x.model"),
                         doctest::Contains("/nonexistent/x.model"), ModelError);
    const auto path = std::filesystem::temp_directory_path() / "kealign_corrupt_test.model";
    std::ofstream(path) << "not a model";
    CHECK_THROWS_WITH_AS(SubwordTokenizer(path.string()),
                         doctest::Contains("kealign_corrupt_test.model"), ModelError);
    std::filesystem::remove(path);
  }

  TEST_CASE("training on a small corpus lowers the vocabulary until it fits") {
    const auto dir = std::filesystem::temp_directory_path() / "kealign_train_test";
    std::filesystem::create_directories(dir);
    {
      std::ofstream out(dir / "train.txt");
      for (int i = 0; i < 200; ++i) {
        out << "오늘 날씨가 맑고 기온은 " << i << "도입니다. 내일은 비가 올 수 있습니다.\n";
      }
    }
    TokenizerTrainingOptions options;
    options.vocab_size = 5000;  // far too many for this text
    const int vocab = TrainTokenizer({(dir / "train.txt").string()}, (dir / "m").string(), options);
    CHECK(vocab < 5000);
    const SubwordTokenizer tokenizer((dir / "m.model").string());
    CHECK(tokenizer.vocab_size() <= vocab);
    CHECK(!tokenizer.EncodePieces("오늘 날씨").empty());
    std::filesystem::remove_all(dir);
  }
}

}  // namespace
}  // namespace kealign::tokenize
