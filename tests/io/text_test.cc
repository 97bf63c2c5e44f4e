#include "kealign/io/detail/text.h"

#include <doctest/doctest.h>

#include <string>

namespace kealign::io::detail {
namespace {

std::string Clean(std::string_view text) {
  std::string out;
  AppendCleanText(text, &out);
  return out;
}

TEST_SUITE("io") {
  TEST_CASE("clean text collapses every whitespace run to one space and trims the ends") {
    CHECK(Clean("  a \t b\r\n\n c  ") == "a b c");
    CHECK(Clean("가\u3000\u00a0나\u2028다\u0085라\u202f마") == "가 나 다 라 마");
    CHECK(Clean("x\x0b\x0c\x1c\x1d\x1e\x1fy") == "x y");
    CHECK(Clean(" \t\n") == "");
    CHECK(Clean("") == "");
  }

  TEST_CASE("clean text keeps other characters - zero-width ones included") {
    CHECK(Clean("한국어 text, «quotes» & <tags>") == "한국어 text, «quotes» & <tags>");
    CHECK(Clean("a\u200bb\ufeffc") == "a\u200bb\ufeffc");
    CHECK(Clean("\x7f") == "\x7f");
  }

  TEST_CASE("clean text replaces malformed UTF-8 and control characters with U+FFFD") {
    CHECK(Clean("a\xc3") == "a\uFFFD");
    CHECK(Clean("\xed\xa0\x80") == "\uFFFD\uFFFD\uFFFD");  // an encoded surrogate
    CHECK(Clean("a \xff b") == "a \uFFFD b");
    CHECK(Clean("\x01x\x00y") == "\uFFFDx");  // a string literal stops at NUL
    CHECK(Clean(std::string_view("\x01x\x00y", 4)) == "\uFFFDx\uFFFDy");
    CHECK(Clean("\xef\xbf\xbe\xef\xbf\xbf") == "\uFFFD\uFFFD");  // U+FFFE, U+FFFF
  }

  TEST_CASE("clean text appends without a space between earlier output and a leading run") {
    std::string out = "x";
    AppendCleanText("  y  ", &out);
    CHECK(out == "xy");
  }

  TEST_CASE("trim removes blank code points at both ends only") {
    const std::string text = "\u3000 \u200b가 나\r\n";
    const ByteSpan span = TrimBlank(text, ByteSpan{0, text.size()});
    CHECK(span.Of(text) == "가 나");
    CHECK(TrimBlank(text, ByteSpan{0, 7}).empty());
    CHECK(TrimBlank("", ByteSpan{0, 0}) == ByteSpan{0, 0});
  }

  TEST_CASE("blank means only whitespace and zero-width characters") {
    CHECK(IsBlank(""));
    CHECK(IsBlank(" \t\r\n\u3000\u00a0\u200b\ufeff"));
    CHECK_FALSE(IsBlank(" . "));
    CHECK_FALSE(IsBlank("\u3000가"));
  }

  TEST_CASE("ids - scores and bead types format as every writer prints them") {
    std::string out;
    AppendIds(3, 2, ",", &out);
    CHECK(out == "3,4");
    out.clear();
    AppendIds(7, 0, ",", &out);
    CHECK(out.empty());
    AppendScore(0.99996, &out);
    CHECK(out == "1.0000");
    out.clear();
    AppendScore(0.0, &out);
    CHECK(out == "0.0000");
    CHECK(BeadType(align::Bead{0, 2, 0, 1, 0.0}) == "2-1");
    CHECK(BeadType(align::Bead{2, 0, 1, 1, 0.0}) == "0-1");
  }
}

}  // namespace
}  // namespace kealign::io::detail
