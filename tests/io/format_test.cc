#include "kealign/io/format.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kealign/error.h"

namespace kealign::io {
namespace {

std::string ErrorOf(std::string_view list) {
  try {
    ParseFormatList(list);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST_SUITE("io") {
  TEST_CASE("format list keeps the given order") {
    CHECK(ParseFormatList("tsv,moses") == std::vector<Format>{Format::kTsv, Format::kMoses});
    CHECK(ParseFormatList("html") == std::vector<Format>{Format::kHtml});
    CHECK(ParseFormatList("moses,tsv,jsonl,ids,tmx,html,anki,glossary") ==
          std::vector<Format>(AllFormats().begin(), AllFormats().end()));
  }

  TEST_CASE("format list drops repeated names and spaces around names") {
    CHECK(ParseFormatList(" tsv , ids,tsv,ids ") ==
          std::vector<Format>{Format::kTsv, Format::kIds});
  }

  TEST_CASE("unknown format name is an error naming it and listing the valid names") {
    CHECK(ErrorOf("tsv,json,ids") ==
          "unknown output format 'json': valid formats are moses, tsv, jsonl, ids, tmx, html, "
          "anki, glossary");
    CHECK(ErrorOf("TSV") ==
          "unknown output format 'TSV': valid formats are moses, tsv, jsonl, ids, tmx, html, anki, "
          "glossary");
    CHECK_THROWS_AS(ParseFormat("xml"), Error);
  }

  TEST_CASE("empty format list or empty name is an error") {
    CHECK(ErrorOf("") ==
          "no output format given: expected a comma-separated list of moses, tsv, "
          "jsonl, ids, tmx, html, anki, glossary");
    CHECK(ErrorOf(" ") == ErrorOf(""));
    CHECK(ErrorOf("tsv,,ids") ==
          "empty output format name in 'tsv,,ids': valid formats are moses, tsv, jsonl, ids, "
          "tmx, html, anki, glossary");
    CHECK_THROWS_AS(ParseFormatList("tsv,"), Error);
  }

  TEST_CASE("jsonl - html and glossary are the formats that show word links") {
    CHECK(ShowsWordLinks(Format::kJsonl));
    CHECK(ShowsWordLinks(Format::kHtml));
    CHECK(ShowsWordLinks(Format::kGlossary));
    CHECK_FALSE(ShowsWordLinks(Format::kAnki));
    CHECK_FALSE(ShowsWordLinks(
        std::vector<Format>{Format::kMoses, Format::kTsv, Format::kIds, Format::kTmx}));
    CHECK(ShowsWordLinks(std::vector<Format>{Format::kTsv, Format::kGlossary}));
  }

  TEST_CASE("every format name parses back to its format") {
    for (Format format : AllFormats()) {
      CHECK(ParseFormat(FormatName(format)) == format);
    }
  }

  TEST_CASE("each format has its file extensions - Korean first for moses") {
    const auto extensions = [](Format format) {
      const auto span = FormatExtensions(format);
      return std::vector<std::string_view>(span.begin(), span.end());
    };
    CHECK(extensions(Format::kMoses) == std::vector<std::string_view>{".ko", ".en"});
    CHECK(extensions(Format::kTsv) == std::vector<std::string_view>{".tsv"});
    CHECK(extensions(Format::kJsonl) == std::vector<std::string_view>{".jsonl"});
    CHECK(extensions(Format::kIds) == std::vector<std::string_view>{".align"});
    CHECK(extensions(Format::kTmx) == std::vector<std::string_view>{".tmx"});
    CHECK(extensions(Format::kHtml) == std::vector<std::string_view>{".html"});
    CHECK(extensions(Format::kAnki) == std::vector<std::string_view>{".anki.txt"});
    CHECK(extensions(Format::kGlossary) == std::vector<std::string_view>{".glossary.tsv"});
  }
}

}  // namespace
}  // namespace kealign::io
