#include "kealign/features/lexical_tokens.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/tokenize/subword_tokenizer.h"

namespace kealign::features {
namespace {

const std::string kModels = KEALIGN_MODEL_DIR;

PieceModels BundledPieces() {
  return {std::make_shared<const tokenize::SubwordTokenizer>(kModels + "/ko.model"),
          std::make_shared<const tokenize::SubwordTokenizer>(kModels + "/en.model")};
}

std::string Join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) out += token;
  return out;
}

bool Contains(const std::vector<std::string>& tokens, const std::string& token) {
  return std::find(tokens.begin(), tokens.end(), token) != tokens.end();
}

TEST_SUITE("features") {
  TEST_CASE("stem units strip the ending and lower-case Latin words") {
    CHECK(LexicalTokens("OpenAI와 협력해 투자했으며", Language::kKorean) ==
          std::vector<std::string>{"openai", "협력", "투자"});
    CHECK(LexicalTokens("OpenAI invested", Language::kEnglish) ==
          std::vector<std::string>{"openai", "invested"});
  }

  TEST_CASE("piece units split an inflected Korean word into pieces that rebuild it") {
    const LexicalTokenizer tokenizer(LexicalUnits::kPieces, BundledPieces());
    const std::vector<std::string> tokens = tokenizer.Tokens("투자했으며", Language::kKorean);
    CHECK(tokens.size() > 1);
    CHECK(Join(tokens) == "\u2581투자했으며");
  }

  TEST_CASE("a Latin word has the same pieces in Korean and in English text") {
    const LexicalTokenizer tokenizer(LexicalUnits::kPieces, BundledPieces());
    const std::vector<std::string> korean = tokenizer.Tokens("OpenAI와", Language::kKorean);
    CHECK(korean == tokenizer.Tokens("OpenAI", Language::kEnglish));
    CHECK(Join(korean) == "\u2581openai");
  }

  TEST_CASE("both units give each word its stem and its pieces") {
    const LexicalTokenizer both(LexicalUnits::kStemsAndPieces, BundledPieces());
    const LexicalTokenizer pieces(LexicalUnits::kPieces, BundledPieces());
    const std::vector<std::string> tokens = both.Tokens("투자했으며", Language::kKorean);
    CHECK(tokens.front() == "투자");
    CHECK(std::vector<std::string>(tokens.begin() + 1, tokens.end()) ==
          pieces.Tokens("투자했으며", Language::kKorean));
    const LexicalTokenizer::Streams streams = both.TokenStreams("투자하", Language::kKorean);
    CHECK(streams.stems.size() == 1);
    CHECK(!streams.pieces.empty());
    CHECK(Contains(both.Tokens("sentences", Language::kEnglish), "sentences"));
  }

  TEST_CASE("piece units without SentencePiece models are a ModelError") {
    CHECK_THROWS_AS(LexicalTokenizer(LexicalUnits::kPieces, {}), ModelError);
    CHECK_NOTHROW(LexicalTokenizer(LexicalUnits::kStems, {}));
  }

  TEST_CASE("units round-trip through their flag names and the fingerprint names the models") {
    for (LexicalUnits units :
         {LexicalUnits::kStems, LexicalUnits::kPieces, LexicalUnits::kStemsAndPieces}) {
      CHECK(ParseLexicalUnits(LexicalUnitsName(units)) == units);
    }
    CHECK(!ParseLexicalUnits("words").has_value());
    CHECK(LexicalTokenizer().pieces_fingerprint() == 0);
    const PieceModels bundled = BundledPieces();
    const PieceModels swapped{bundled.english, bundled.korean};
    CHECK(LexicalTokenizer(LexicalUnits::kPieces, bundled).pieces_fingerprint() ==
          LexicalTokenizer(LexicalUnits::kPieces, BundledPieces()).pieces_fingerprint());
    CHECK(LexicalTokenizer(LexicalUnits::kPieces, bundled).pieces_fingerprint() !=
          LexicalTokenizer(LexicalUnits::kPieces, swapped).pieces_fingerprint());
  }

  TEST_CASE("full-width Latin words are the same tokens as their ASCII spelling") {
    CHECK(LexicalTokens("ＯｐｅｎＡＩ와 협력", Language::kKorean) ==
          LexicalTokens("OpenAI와 협력", Language::kKorean));
    CHECK(LexicalTokens("ＡＩ", Language::kEnglish) == std::vector<std::string>{"ai"});
  }
}

}  // namespace
}  // namespace kealign::features
