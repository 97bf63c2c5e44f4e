#include "kealign/io/reader.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "../text/hangul_nfd.h"
#include "kealign/error.h"
#include "temp_dir.h"

namespace kealign::io {
namespace {

using testing::TempDir;

// The `InputError` that reading `content` from a stream named "in.txt" throws.
InputError ErrorReading(const std::string& content) {
  std::istringstream in(content);
  try {
    ReadText(in, "in.txt");
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError for content of size " << content.size());
  return InputError("", "");
}

std::vector<std::string> SentenceTexts(const Document& document) {
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < document.sentences.size(); ++i) {
    texts.emplace_back(document.SentenceText(i));
  }
  return texts;
}

std::vector<int> Paragraphs(const Document& document) {
  std::vector<int> paragraphs;
  for (const Sentence& sentence : document.sentences) paragraphs.push_back(sentence.paragraph);
  return paragraphs;
}

Document Lines(const std::string& text) { return MakeLinesDocument(text, "lines.txt"); }

TEST_SUITE("io") {
  TEST_CASE("reading a file returns its text unchanged") {
    TempDir dir;
    const std::string text = "첫 문장.\r\nSecond line.\n\n끝";
    CHECK(ReadTextFile(dir.Write("a.txt", text)) == text);
  }

  TEST_CASE("reading strips a UTF-8 byte-order mark") {
    TempDir dir;
    CHECK(ReadTextFile(dir.Write("bom.txt", "\xEF\xBB\xBF가나\n")) == "가나\n");
    std::istringstream in(
        "\xEF\xBB\xBF"
        "abc");
    CHECK(ReadText(in, "-") == "abc");
  }

  TEST_CASE("a missing file is an InputError naming it") {
    TempDir dir;
    const std::string path = dir / "missing.txt";
    CHECK_THROWS_WITH_AS(ReadTextFile(path), (path + ": no such file").c_str(), InputError);
    CHECK_THROWS_AS(ReadTextFile(dir / "no-dir/x.txt"), InputError);
  }

  TEST_CASE("a directory is an InputError naming it") {
    TempDir dir;
    const std::string path = dir.path().string();
    CHECK_THROWS_WITH_AS(ReadTextFile(path),
                         (path + ": is a directory, expected a text file").c_str(), InputError);
  }

  TEST_CASE("an unreadable file is an InputError naming it") {
    TempDir dir;
    const std::string path = dir.Write("secret.txt", "text");
    std::filesystem::permissions(path, std::filesystem::perms::none);
    std::ifstream probe(path);
    if (probe.is_open()) {
      MESSAGE("running with permission to read any file (root?): case not checkable here");
      return;
    }
    CHECK_THROWS_WITH_AS(ReadTextFile(path), (path + ": cannot open: Permission denied").c_str(),
                         InputError);
  }

  TEST_CASE("invalid UTF-8 is reported with the line and the byte offset in the file") {
    TempDir dir;
    const std::string path = dir.Write("bad.txt", "첫 줄\n둘째 \xC3\x28 줄\n");
    try {
      ReadTextFile(path);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(e.path() == path);
      CHECK(e.line() == 2);
      CHECK(e.byte_offset() == 15);
      CHECK(std::string(e.what()).starts_with(path + ":line 2: byte 15: invalid UTF-8"));
    }
  }

  TEST_CASE("byte offsets of invalid UTF-8 count the byte-order mark") {
    const InputError e = ErrorReading(
        "\xEF\xBB\xBF"
        "ab\xFF");
    CHECK(e.line() == 1);
    CHECK(e.byte_offset() == 5);
  }

  TEST_CASE("empty and whitespace-only input is an InputError") {
    CHECK(std::string(ErrorReading("").what()) ==
          "in.txt: the input is empty: expected UTF-8 text");
    CHECK(std::string(ErrorReading("\xEF\xBB\xBF").what()) ==
          "in.txt: the input is empty: expected UTF-8 text");
    CHECK(std::string(ErrorReading(" \n\t\r\n\u3000\u00a0\n").what()) ==
          "in.txt: the input contains only whitespace: expected UTF-8 text");
    TempDir dir;
    const std::string path = dir.Write("empty.txt", "");
    CHECK_THROWS_WITH_AS(ReadTextFile(path),
                         (path + ": the input is empty: expected UTF-8 text").c_str(), InputError);
  }

  TEST_CASE("gzip - UTF-16 and binary input get a specific hint") {
    CHECK(std::string(ErrorReading("\x1F\x8B\x08\x00").what())
              .starts_with("in.txt: looks like gzip-compressed data"));
    CHECK(std::string(ErrorReading(std::string("\xFF\xFEk\0", 4)).what()) ==
          "in.txt: the text is UTF-16 (little-endian), not UTF-8: convert it first, e.g. with "
          "`iconv -f UTF-16 -t UTF-8`");
    CHECK(std::string(ErrorReading(std::string("\xFE\xFF\0k", 4)).what())
              .starts_with("in.txt: the text is UTF-16 (big-endian)"));
    CHECK(std::string(ErrorReading(std::string("\xFF\xFE\0\0", 4)).what())
              .starts_with("in.txt: the text is UTF-32 (little-endian)"));
    const InputError nul = ErrorReading(std::string("ab\nc\0d", 6));
    CHECK(nul.line() == 2);
    CHECK(nul.byte_offset() == 4);
    CHECK(std::string(nul.what()).starts_with("in.txt:line 2: byte 4: NUL byte"));
  }

  TEST_CASE("lines input makes one sentence per line") {
    const Document document = Lines("첫째.\n둘째.\nThird.\n");
    CHECK(document.path == "lines.txt");
    CHECK(SentenceTexts(document) == std::vector<std::string>{"첫째.", "둘째.", "Third."});
    CHECK(Paragraphs(document) == std::vector<int>{0, 0, 0});
    CHECK(document.sentences[1].span == ByteSpan{8, 15});
    CHECK_FALSE(document.sentences[1].is_noise);
  }

  TEST_CASE("lines input: a trailing newline adds no empty sentence") {
    CHECK(Lines("a\nb\n").sentences.size() == 2);
    CHECK(Lines("a\nb").sentences.size() == 2);
    CHECK(Lines("a\nb\n\n\n").sentences.size() == 2);
  }

  TEST_CASE("lines input: CRLF endings are not part of the sentences") {
    const Document document = Lines("가 나\r\n다\r\n\r\n라\r\n");
    CHECK(SentenceTexts(document) == std::vector<std::string>{"가 나", "다", "라"});
    CHECK(Paragraphs(document) == std::vector<int>{0, 0, 1});
  }

  TEST_CASE("lines input: blank and whitespace-only lines are skipped and start a paragraph") {
    const Document document = Lines("\n\na\n  \t \nb\nc\n\u3000\n\n d \n");
    CHECK(SentenceTexts(document) == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(Paragraphs(document) == std::vector<int>{0, 1, 1, 2});
  }

  TEST_CASE("lines input: a lone carriage return stays inside its line") {
    CHECK(SentenceTexts(Lines("a\rb\nc\n")) == std::vector<std::string>{"a\rb", "c"});
  }

  TEST_CASE("lines input from a stream and from a file agree") {
    TempDir dir;
    const std::string text = "\xEF\xBB\xBF하나\n\n둘\n";
    const Document from_file = ReadLinesDocument(dir.Write("l.txt", text));
    std::istringstream in(text);
    const Document from_stream = ReadLinesDocument(in, "l.txt");
    CHECK(from_file.text == "하나\n\n둘\n");
    CHECK(from_stream.text == from_file.text);
    CHECK(from_stream.sentences == from_file.sentences);
    CHECK(SentenceTexts(from_file) == std::vector<std::string>{"하나", "둘"});
    CHECK(from_file.path == dir / "l.txt");
  }

  TEST_CASE("lines input rejects a file of blank lines") {
    std::istringstream in("\n \n\r\n");
    CHECK_THROWS_AS(ReadLinesDocument(in, "x"), InputError);
  }

  TEST_CASE("input past --max-input-bytes is refused - a regular file before it is read") {
    TempDir dir;
    const std::string path = dir.Write("big.txt", std::string(100, 'a'));
    CHECK(ReadTextFile(path, 100).size() == 100);
    CHECK(ReadTextFile(path, 0).size() == 100);  // no limit
    try {
      ReadTextFile(path, 99);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(e.path() == path);
      CHECK(std::string(e.what()).find("more than 99 bytes") != std::string::npos);
      CHECK(std::string(e.what()).find("--max-input-bytes") != std::string::npos);
    }
    std::istringstream in(std::string(5000, 'b'));
    CHECK_THROWS_AS(ReadText(in, "pipe", 4096), InputError);
  }

  TEST_CASE("a device without end stops at the input limit") {
    try {
      ReadDocument("/dev/zero", InputMode::kText, 1 << 20);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(e.path() == "/dev/zero");
      CHECK(std::string(e.what()).find("more than 1048576 bytes") != std::string::npos);
    }
  }

  TEST_CASE("documents are read as NFC and offsets map back to the bytes of the file") {
    TempDir dir;
    const std::string nfd = kealign::testing::DecomposeHangul("한국어 문장.\n둘째 줄.\n");
    const std::string file = "\xEF\xBB\xBF" + nfd;
    const std::string path = dir.Write("nfd.ko.txt", file);
    const Document text = ReadDocument(path, InputMode::kText);
    CHECK(text.text == "한국어 문장.\n둘째 줄.\n");
    CHECK(text.to_original.ToOriginal(ByteSpan{0, 3}) ==
          ByteSpan{3, 3 + 9});  // 한 (3 jamo), after the mark
    const Document lines = ReadDocument(path, InputMode::kLines);
    REQUIRE(lines.sentences.size() == 2);
    CHECK(lines.SentenceText(1) == "둘째 줄.");
    const ByteSpan original = lines.to_original.ToOriginal(lines.sentences[1].span);
    CHECK(original.Of(file) == kealign::testing::DecomposeHangul("둘째 줄."));
    // In memory too.
    CHECK(SentenceTexts(MakeLinesDocument(nfd, "m")) == SentenceTexts(lines));
  }
}

}  // namespace
}  // namespace kealign::io
