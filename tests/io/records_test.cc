#include "kealign/io/records.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/io/writer.h"
#include "kealign/util/base64.h"
#include "sample_document.h"

namespace kealign::io {
namespace {

// Every line `LineReader` returns from `input`, with "!" for a line that was too long.
std::vector<std::string> Lines(const std::string& input, std::uint64_t limit) {
  std::istringstream in(input);
  LineReader reader(in, limit);
  std::vector<std::string> lines;
  std::string line;
  bool too_long = false;
  while (reader.Next(&line, &too_long)) lines.push_back(too_long ? "!" : line);
  return lines;
}

std::string ErrorOf(std::string_view line) {
  StreamRecord record;
  try {
    ParseJsonlRecord(line, InputMode::kText, &record);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_SUITE("io") {
  TEST_CASE("the line reader returns lines without newline and skips too long ones") {
    CHECK(Lines("a\nbb\r\n\nccc", 0) == std::vector<std::string>{"a", "bb", "", "ccc"});
    CHECK(Lines("a\n" + std::string(100'000, 'x') + "\nb\n", 10) ==
          std::vector<std::string>{"a", "!", "b"});
    CHECK(Lines("", 10).empty());
    const std::string long_line(200'000, 'y');
    CHECK(Lines(long_line + "\n", 0) == std::vector<std::string>{long_line});
  }

  TEST_CASE("a jsonl record gives its id and both documents checked") {
    StreamRecord record;
    ParseJsonlRecord(
        R"({"en": "Hello.\nBye.", "id": "doc-1", "ko": "\ufeff안녕.\n잘 가.", "x": 1})",
        InputMode::kLines, &record);
    CHECK(record.id_json == "\"doc-1\"");
    CHECK(record.source.text == "안녕.\n잘 가.");  // the byte-order mark removed
    CHECK(record.source.sentences.size() == 2);
    CHECK(record.target.sentences.size() == 2);
    ParseJsonlRecord(R"({"id": 17, "ko": "가.", "en": "A."})", InputMode::kText, &record);
    CHECK(record.id_json == "17");
    CHECK(record.source.sentences.empty());  // raw text: the pipeline splits it
  }

  TEST_CASE("a bad jsonl record says what is wrong - with its id when it has one") {
    CHECK(ErrorOf("{\"id\": 1, ").starts_with("not a JSON record"));
    CHECK(ErrorOf("[1, 2]").starts_with("not a JSON object"));
    CHECK(ErrorOf(R"({"ko": "가", "en": "a"})") == "the record has no \"id\"");
    CHECK(ErrorOf(R"({"id": [1], "ko": "가", "en": "a"})") ==
          "\"id\" must be a string or a number");
    CHECK(ErrorOf(R"({"id": 1, "ko": "가"})") == "the record has no \"en\"");
    CHECK(ErrorOf(R"({"id": 1, "ko": 5, "en": "a"})").starts_with("\"ko\" must be a string"));
    CHECK(
        ErrorOf(R"({"id": 1, "ko": "  ", "en": "a"})").starts_with("ko: the input contains only"));
    StreamRecord record;
    CHECK_THROWS_AS(
        ParseJsonlRecord(R"({"id": "x", "ko": "", "en": "a"})", InputMode::kText, &record),
        InputError);
    CHECK(record.id_json == "\"x\"");  // known for the error row
  }

  TEST_CASE("an error row names the id - null when there is none") {
    std::ostringstream out;
    WriteJsonlError("\"a\"", "line 3: bad \"x\"", out);
    WriteJsonlError("", "line 4: not JSON", out);
    CHECK(out.str() ==
          "{\"id\":\"a\",\"error\":\"line 3: bad \\\"x\\\"\"}\n"
          "{\"id\":null,\"error\":\"line 4: not JSON\"}\n");
  }

  TEST_CASE("a bitextor header names the columns - anything else is a record") {
    const auto columns =
        ParseBitextorHeader("src_url\ttrg_url\tsrc_text\ttrg_text\tsrc_tokenized\ttrg_tokenized");
    REQUIRE(columns.has_value());
    CHECK(columns->second_text == 3);
    const auto moved = ParseBitextorHeader("x\ttrg_url\tsrc_url\ttrg_text\tsrc_text");
    REQUIRE(moved.has_value());
    CHECK(moved->first_url == 2);
    CHECK(moved->first_text == 4);
    CHECK_FALSE(ParseBitextorHeader("http://a\thttp://b\tZm9v\tYmFy").has_value());
  }

  TEST_CASE("a bitextor record decodes both texts in either language order") {
    const std::string line = "http://ko\thttp://en\t" + util::EncodeBase64("가.\n나.\n") + "\t" +
                             util::EncodeBase64("A.\nB.\n");
    StreamRecord record;
    ParseBitextorRecord(line, {}, InputMode::kLines, false, &record);
    CHECK(record.first_url == "http://ko");
    CHECK(record.source.sentences.size() == 2);
    CHECK(record.target.text == "A.\nB.\n");
    const std::string swapped =
        "http://en\thttp://ko\t" + util::EncodeBase64("A.") + "\t" + util::EncodeBase64("가.");
    ParseBitextorRecord(swapped, {}, InputMode::kLines, true, &record);
    CHECK(record.source.text == "가.");
    CHECK(record.target.text == "A.");
    CHECK_THROWS_WITH_AS(ParseBitextorRecord("a\tb\tZm9v", {}, InputMode::kLines, false, &record),
                         doctest::Contains("3 tab-separated columns"), InputError);
    CHECK_THROWS_WITH_AS(
        ParseBitextorRecord("a\tb\tZm9v\t%%", {}, InputMode::kLines, false, &record),
        doctest::Contains("trg_text: not base64"), InputError);
  }

  TEST_CASE("bitextor rows keep the input's order - holes only without pairs-only") {
    const AlignedDocument document = testing::SampleDocument();
    StreamRecord record;
    record.first_url = "u1";
    record.second_url = "u2";
    std::ostringstream all, pairs, english_first;
    WriteBitextorRows(document, record, false, false, all);
    WriteBitextorRows(document, record, false, true, pairs);
    WriteBitextorRows(document, record, true, true, english_first);
    CHECK(all.str().starts_with("u1\tu2\t안녕 <A&B>.\tHello <A&B>.\t0.9123\n"));
    CHECK(all.str().ends_with("u1\tu2\t\tSubscribe & <win>!\t0.0500\n"));
    CHECK(pairs.str() ==
          "u1\tu2\t안녕 <A&B>.\tHello <A&B>.\t0.9123\n"
          "u1\tu2\t저는 \"김\"입니다. 반갑 습니다.\tI am \"Kim\"; nice to meet you.\t0.5000\n");
    CHECK(english_first.str().starts_with("u1\tu2\tHello <A&B>.\t안녕 <A&B>.\t0.9123\n"));
  }

  TEST_CASE("jsonl rows with an id start with it - pairs-only drops holes") {
    const AlignedDocument document = testing::SampleDocument();
    std::ostringstream plain, with_id;
    WriteJsonl(document, plain);
    WriteJsonl(document, with_id, JsonlRows{"\"n\"", true});
    std::istringstream plain_lines(plain.str()), id_lines(with_id.str());
    std::string a, b;
    int rows = 0;
    while (std::getline(id_lines, b)) {
      REQUIRE(std::getline(plain_lines, a));
      CHECK(b == "{\"id\":\"n\"," + a.substr(1));
      ++rows;
    }
    CHECK(rows == 2);
  }
}

}  // namespace
}  // namespace kealign::io
