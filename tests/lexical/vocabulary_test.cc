#include "kealign/lexical/vocabulary.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/util/binary_io.h"

namespace kealign::lexical {
namespace {

const std::string kName = "ko.vocab";

// The vocabulary's fields as a model file holds them (the file's header and checksum are tested
// with `LexicalModel`).
std::string Saved(const Vocabulary& vocabulary) {
  std::ostringstream out;
  util::BinaryWriter writer(out);
  vocabulary.Write(writer);
  return out.str();
}

std::string LoadError(const std::string& bytes) {
  std::istringstream in(bytes);
  util::BinaryReader reader(in, kName);
  try {
    Vocabulary::Read(reader);
  } catch (const ModelError& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_SUITE("lexical") {
  TEST_CASE("a vocabulary numbers tokens in order of first appearance") {
    Vocabulary vocabulary;
    CHECK(vocabulary.Add("▁집") == 0);
    CHECK(vocabulary.Add("에") == 1);
    CHECK(vocabulary.Add("▁집") == 0);
    const std::vector<std::string> pieces = {"▁그", "▁집", "에", "▁갔다"};
    CHECK(vocabulary.Encode(pieces) == std::vector<int>{2, 0, 1, 3});
    CHECK(vocabulary.size() == 4);
    CHECK(vocabulary.Token(3) == "▁갔다");
    CHECK(vocabulary.Find("없음") == Vocabulary::kNotFound);
    CHECK(vocabulary.size() == 4);
  }

  TEST_CASE("a frozen vocabulary maps new tokens to kNotFound") {
    Vocabulary vocabulary;
    vocabulary.Add("house");
    vocabulary.Freeze();
    CHECK(vocabulary.frozen());
    CHECK(vocabulary.Add("house") == 0);
    CHECK(vocabulary.Add("flower") == Vocabulary::kNotFound);
    const std::vector<std::string> tokens = {"flower", "house"};
    CHECK(vocabulary.Encode(tokens) == std::vector<int>{Vocabulary::kNotFound, 0});
    CHECK(vocabulary.size() == 1);
  }

  TEST_CASE("a saved vocabulary loads back frozen with the same ids - any bytes allowed") {
    Vocabulary vocabulary;
    vocabulary.Add("the");
    vocabulary.Add("");
    vocabulary.Add("line\nbreak");
    vocabulary.Add(std::string("nul\0byte", 8));
    vocabulary.Add("집");
    std::stringstream stream;
    util::BinaryWriter writer(stream);
    vocabulary.Write(writer);
    vocabulary.Write(writer);
    util::BinaryReader reader(stream, kName);
    for (int copy = 0; copy < 2; ++copy) {
      const Vocabulary loaded = Vocabulary::Read(reader);
      CHECK(loaded.frozen());
      CHECK(loaded.size() == 5);
      for (int id = 0; id < 5; ++id) CHECK(loaded.Token(id) == vocabulary.Token(id));
      CHECK(loaded.Find(std::string("nul\0byte", 8)) == 3);
    }
  }

  TEST_CASE("loading a damaged vocabulary names the file and the problem") {
    Vocabulary vocabulary;
    vocabulary.Add("a");
    vocabulary.Add("b");
    const std::string good = Saved(vocabulary);
    CHECK(LoadError("a\nb\n") == "ko.vocab: file is truncated (ends inside the vocabulary size)");
    CHECK(LoadError(good.substr(0, good.size() - 1)) ==
          "ko.vocab: file is truncated (ends inside the tokens)");
    std::string renamed = good;
    renamed[good.size() - 1] = 'a';  // "b" → "a": a repeated token is caught as it is read
    CHECK(LoadError(renamed) == "ko.vocab: token 1 repeats token 0");
    std::string huge = good;
    huge[8 + 3] = '\x7f';  // the first token's length: 2^31 bytes
    CHECK(LoadError(huge) == "ko.vocab: token 0 is 2130706433 bytes long (corrupt length?)");
  }
}

}  // namespace kealign::lexical
