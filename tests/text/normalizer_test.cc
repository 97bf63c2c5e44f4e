#include "kealign/text/normalizer.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "hangul_nfd.h"
#include "kealign/error.h"
#include "kealign/text/sentence_splitter.h"

namespace kealign::text {
namespace {

using testing::DecomposeHangul;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Document Nfc(std::string text) {
  Document document;
  document.text = std::move(text);
  NormalizeDocument(&document);
  return document;
}

TEST_SUITE("text") {
  TEST_CASE("an offset map is the identity until a rewrite and maps spans around it") {
    OffsetMap map;
    CHECK(map.is_identity());
    CHECK(map.ToOriginalBegin(7) == 7);
    // New bytes [3, 6) were written for original [3, 9) (a syllable from two jamo), and
    // [6, 9) for [9, 15).
    map.AddRewrite(3, 6, 3, 9);
    map.AddRewrite(6, 9, 9, 15);
    CHECK_FALSE(map.is_identity());
    CHECK(map.ToOriginalBegin(0) == 0);
    CHECK(map.ToOriginalBegin(3) == 3);
    CHECK(map.ToOriginalBegin(6) == 9);
    CHECK(map.ToOriginalEnd(6) == 9);
    CHECK(map.ToOriginalBegin(10) == 16);  // an unchanged byte after the rewrites
    CHECK(map.ToOriginal(ByteSpan{6, 9}) == ByteSpan{9, 15});
    // An offset inside a rewrite: a span starting there starts at the rewrite, one ending there
    // ends after it.
    CHECK(map.ToOriginalBegin(4) == 3);
    CHECK(map.ToOriginalEnd(4) == 9);
  }

  TEST_CASE("an offset map carries a dropped prefix such as a byte-order mark") {
    OffsetMap map;
    map.AddRewrite(0, 0, 0, 3);
    CHECK(map.ToOriginalBegin(0) == 3);
    CHECK(map.ToOriginal(ByteSpan{0, 5}) == ByteSpan{3, 8});
  }

  TEST_CASE("NFD Korean is composed into syllables and mapped back to its jamo") {
    const std::string nfc = "가나 다.";
    const std::string nfd = DecomposeHangul(nfc);
    REQUIRE(nfd.size() == 2 * 6 + 1 + 6 + 1);
    CHECK(IsNfc(nfc));
    CHECK_FALSE(IsNfc(nfd));
    const Document document = Nfc(nfd);
    CHECK(document.text == nfc);
    // `다` is bytes [7, 10) of the NFC text and [13, 19) of the NFD input.
    CHECK(document.to_original.ToOriginal(ByteSpan{7, 10}) == ByteSpan{13, 19});
    // A boundary between two syllables is a boundary between their jamo.
    CHECK(document.to_original.ToOriginal(ByteSpan{3, 6}) == ByteSpan{6, 12});
    CHECK(document.to_original.ToOriginal(ByteSpan{10, 11}) == ByteSpan{19, 20});
  }

  TEST_CASE("NFC text is left alone with an identity map") {
    const Document document = Nfc("이미 NFC인 글. Already composed é.");
    CHECK(document.text == "이미 NFC인 글. Already composed é.");
    CHECK(document.to_original.is_identity());
  }

  TEST_CASE("a document with sentences is not normalized behind their back") {
    Document document;
    document.text = DecomposeHangul("가");
    document.sentences.push_back(Sentence{ByteSpan{0, 6}});
    CHECK_THROWS_AS(NormalizeDocument(&document), InternalError);
  }

  TEST_CASE("appending NFC starts the map at the given original offset") {
    std::string out = "x";
    OffsetMap map;
    AppendNfc(DecomposeHangul("한"), 10, &out, &map);
    CHECK(out == "x한");
    CHECK(map.ToOriginal(ByteSpan{1, 4}) == ByteSpan{10, 19});
  }

  TEST_CASE("compatibility forms are folded for matching and other text is returned as is") {
    std::string scratch;
    CHECK(FoldCompatibility("ＡＢＣ１２３", &scratch) == "ABC123");
    CHECK(FoldCompatibility("㈜한국", &scratch) == "(주)한국");
    CHECK(FoldCompatibility("①번", &scratch) == "1번");
    const std::string_view plain = "보통 글 and ASCII 2024.";
    CHECK(FoldCompatibility(plain, &scratch).data() == plain.data());
  }

  TEST_CASE("every corpus document in NFD splits into the sentences of its NFC form") {
    // The splitter reads NFC: before normalization NFD split `news-sports` into 48 sentences
    // instead of 27 (cuts before digits, missed ends).
    const SentenceSplitter splitter(Language::kKorean);
    int documents = 0;
    for (const auto& entry : std::filesystem::directory_iterator(KEALIGN_CORPUS_DIR)) {
      const std::string name = entry.path().filename().string();
      if (!name.ends_with(".ko.txt")) continue;
      CAPTURE(name);
      const std::string nfc = ReadFile(entry.path().string());
      const std::string nfd = DecomposeHangul(nfc);
      REQUIRE(nfd != nfc);
      const Document document = Nfc(nfd);
      REQUIRE(document.text == nfc);
      const std::vector<Sentence> sentences = splitter.Split(document.text);
      CHECK(sentences == splitter.Split(nfc));
      // Each sentence maps back to the NFD bytes of the same sentence.
      for (const Sentence& sentence : sentences) {
        const ByteSpan original = document.to_original.ToOriginal(sentence.span);
        CHECK(original.Of(nfd) == DecomposeHangul(sentence.span.Of(nfc)));
      }
      ++documents;
    }
    CHECK(documents >= 10);
  }
}

}  // namespace
}  // namespace kealign::text
