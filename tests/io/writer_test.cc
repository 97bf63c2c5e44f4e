#include "kealign/io/writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "sample_document.h"

namespace kealign::io {
namespace {

using testing::MakeDocument;
using testing::SampleDocument;

std::string Tsv(const AlignedDocument& document) {
  std::ostringstream out;
  WriteTsv(document, out);
  return out.str();
}

std::string Jsonl(const AlignedDocument& document) {
  std::ostringstream out;
  WriteJsonl(document, out);
  return out.str();
}

std::string Tmx(const AlignedDocument& document) {
  std::ostringstream out;
  WriteTmx(document, out);
  return out.str();
}

// One sentence per side, one 1-1 bead: for checking how a single text is written.
AlignedDocument OnePair(std::string source, std::string target, double score = 0.75) {
  AlignedDocument document;
  document.source = MakeDocument("", source, {source}, {0});
  document.target = MakeDocument("", target, {target}, {0});
  document.ladder = {{0, 1, 0, 1, score}};
  return document;
}

TEST_SUITE("io") {
  TEST_CASE("moses writes line-aligned Korean and English for beads with both sides only") {
    std::ostringstream ko, en;
    WriteMoses(SampleDocument(), ko, en);
    CHECK(ko.str() == "안녕 <A&B>.\n저는 \"김\"입니다. 반갑 습니다.\n");
    CHECK(en.str() == "Hello <A&B>.\nI am \"Kim\"; nice to meet you.\n");
  }

  TEST_CASE("tsv writes every bead with text - score and comma-separated ids") {
    CHECK(Tsv(SampleDocument()) ==
          "안녕 <A&B>.\tHello <A&B>.\t0.9123\t0\t0\n"
          "저는 \"김\"입니다. 반갑 습니다.\tI am \"Kim\"; nice to meet you.\t0.5000\t1,2\t1\n"
          "광고 <클릭> & 구독\t\t0.1000\t3\t\n"
          "\tSubscribe & <win>!\t0.0500\t\t2\n");
  }

  TEST_CASE("tsv quotes a text that starts with a double quote and leaves the rest as is") {
    // Python's csv and pandas read a cell starting with " as quoted: unquoted, they dropped the
    // quote (3 of 66 rows of a news article).
    CHECK(Tsv(OnePair("\"출퇴근용\"이라고 말했다.", "\"Use it,\" he said.")) ==
          "\"\"\"출퇴근용\"\"이라고 말했다.\"\t\"\"\"Use it,\"\" he said.\"\t0.7500\t0\t0\n");
    CHECK(Tsv(OnePair("그는 \"네\"라고 했다.", "He said \"yes\".")) ==
          "그는 \"네\"라고 했다.\tHe said \"yes\".\t0.7500\t0\t0\n");
  }

  TEST_CASE("tsv and moses turn tabs - line breaks and Unicode spaces inside text into one space") {
    const AlignedDocument document = OnePair("가\t\t나\r\n다\u3000\u00a0라",
                                             "a\tb\n\nc\u2028d\x1f"
                                             "e");
    CHECK(Tsv(document) == "가 나 다 라\ta b c d e\t0.7500\t0\t0\n");
    std::ostringstream ko, en;
    WriteMoses(document, ko, en);
    CHECK(ko.str() == "가 나 다 라\n");
    CHECK(en.str() == "a b c d e\n");
  }

  TEST_CASE("writers replace invalid UTF-8 and control characters with U+FFFD") {
    AlignedDocument document = OnePair("x", "y");
    document.source.text =
        "a\xff"
        "b\x01"
        "c";
    document.source.sentences[0].span = ByteSpan{0, 5};
    CHECK(Tsv(document) == "a\uFFFDb\uFFFDc\ty\t0.7500\t0\t0\n");
  }

  TEST_CASE("scores are rounded to 4 decimals in every text format") {
    const AlignedDocument document = OnePair("가", "a", 0.123456);
    CHECK(Tsv(document) == "가\ta\t0.1235\t0\t0\n");
    CHECK(Jsonl(document) ==
          "{\"ko\":\"가\",\"en\":\"a\",\"score\":0.1235,\"ko_ids\":[0],\"en_ids\":[0],"
          "\"links\":[],\"doc_score\":0.0000}\n");
    CHECK(Tmx(document).find("<prop type=\"x-score\">0.1235</prop>") != std::string::npos);
  }

  TEST_CASE("jsonl writes one object per bead with Hangul unescaped and quotes escaped") {
    AlignedDocument document = SampleDocument();
    document.document_score = 0.61234;
    const std::string jsonl = Jsonl(document);
    CHECK(jsonl ==
          "{\"ko\":\"안녕 <A&B>.\",\"en\":\"Hello <A&B>.\",\"score\":0.9123,\"ko_ids\":[0],"
          "\"en_ids\":[0],\"links\":[],\"doc_score\":0.6123}\n"
          "{\"ko\":\"저는 \\\"김\\\"입니다. 반갑 습니다.\",\"en\":\"I am \\\"Kim\\\"; nice to meet "
          "you.\",\"score\":0.5000,\"ko_ids\":[1,2],\"en_ids\":[1],\"links\":[],\"doc_score\":0."
          "6123}\n"
          "{\"ko\":\"광고 <클릭> & 구독\",\"en\":\"\",\"score\":0.1000,\"ko_ids\":[3],"
          "\"en_ids\":[],\"links\":[],\"doc_score\":0.6123}\n"
          "{\"ko\":\"\",\"en\":\"Subscribe & <win>!\",\"score\":0.0500,\"ko_ids\":[],"
          "\"en_ids\":[2],\"links\":[],\"doc_score\":0.6123}\n");

    std::istringstream lines(jsonl);
    std::vector<nlohmann::json> objects;
    for (std::string line; std::getline(lines, line);) {
      objects.push_back(nlohmann::json::parse(line));
      CHECK(objects.back().size() == 7);
    }
    REQUIRE(objects.size() == 4);
    CHECK(objects[1]["ko"] == "저는 \"김\"입니다. 반갑 습니다.");
    CHECK(objects[1]["ko_ids"] == nlohmann::json::array({1, 2}));
    CHECK(objects[1]["score"].get<double>() == doctest::Approx(0.5));
    CHECK(objects[3]["ko_ids"] == nlohmann::json::array());
  }

  TEST_CASE("jsonl writes backslashes and control escapes as valid JSON and NaN as null") {
    AlignedDocument document = OnePair("a\\b", "c\"d", std::nan(""));
    const std::string line = Jsonl(document);
    CHECK(line ==
          "{\"ko\":\"a\\\\b\",\"en\":\"c\\\"d\",\"score\":null,\"ko_ids\":[0],\"en_ids\":[0],"
          "\"links\":[],\"doc_score\":0.0000}\n");
    CHECK(nlohmann::json::parse(line)["ko"] == "a\\b");
  }

  TEST_CASE("ids writes the ladder in vecalign notation and nothing else") {
    std::ostringstream out;
    WriteIds(SampleDocument(), out);
    CHECK(out.str() == "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n");
  }

  TEST_CASE("ids writes multi-sentence beads on both sides with every id once") {
    AlignedDocument document = SampleDocument();
    document.ladder = {{0, 3, 0, 2, 0.5}, {3, 1, 2, 1, 0.5}};
    std::ostringstream out;
    WriteIds(document, out);
    CHECK(out.str() == "[0, 1, 2]:[0, 1]\n[3]:[2]\n");
  }

  TEST_CASE("tmx writes a TMX 1.4b document with escaped text - scores and ids") {
    CHECK(Tmx(SampleDocument()) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
          "<tmx version=\"1.4\">\n"
          "  <header creationtool=\"kealign\" creationtoolversion=\"0.1.0\" "
          "datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"ko\" "
          "o-tmf=\"kealign\">\n"
          "    <prop type=\"x-ko-file\">data/news-01.ko.txt</prop>\n"
          "    <prop type=\"x-en-file\">data/news-01.en.txt</prop>\n"
          "  </header>\n"
          "  <body>\n"
          "    <tu tuid=\"0\">\n"
          "      <prop type=\"x-score\">0.9123</prop>\n"
          "      <prop type=\"x-bead-type\">1-1</prop>\n"
          "      <tuv xml:lang=\"ko\">\n"
          "        <prop type=\"x-sentence-ids\">0</prop>\n"
          "        <seg>안녕 &lt;A&amp;B&gt;.</seg>\n"
          "      </tuv>\n"
          "      <tuv xml:lang=\"en\">\n"
          "        <prop type=\"x-sentence-ids\">0</prop>\n"
          "        <seg>Hello &lt;A&amp;B&gt;.</seg>\n"
          "      </tuv>\n"
          "    </tu>\n"
          "    <tu tuid=\"1\">\n"
          "      <prop type=\"x-score\">0.5000</prop>\n"
          "      <prop type=\"x-bead-type\">2-1</prop>\n"
          "      <tuv xml:lang=\"ko\">\n"
          "        <prop type=\"x-sentence-ids\">1,2</prop>\n"
          "        <seg>저는 \"김\"입니다. 반갑 습니다.</seg>\n"
          "      </tuv>\n"
          "      <tuv xml:lang=\"en\">\n"
          "        <prop type=\"x-sentence-ids\">1</prop>\n"
          "        <seg>I am \"Kim\"; nice to meet you.</seg>\n"
          "      </tuv>\n"
          "    </tu>\n"
          "  </body>\n"
          "</tmx>\n");
  }

  TEST_CASE("tmx output parses back to the original text even with markup and controls") {
    const AlignedDocument document =
        OnePair("<b>\"굵게\" & 'x'</b>]]>\x02", "</seg><seg>&amp; \x7f");
    const std::string tmx = Tmx(document);
    pugi::xml_document xml;
    REQUIRE(xml.load_string(tmx.c_str()));
    const pugi::xml_node tu = xml.child("tmx").child("body").child("tu");
    CHECK(std::string(tu.find_child_by_attribute("tuv", "xml:lang", "ko").child_value("seg")) ==
          "<b>\"굵게\" & 'x'</b>]]>\uFFFD");
    CHECK(std::string(tu.find_child_by_attribute("tuv", "xml:lang", "en").child_value("seg")) ==
          "</seg><seg>&amp; \x7f");
    CHECK(tmx.find('\x02') == std::string::npos);
  }

  TEST_CASE("tmx of a ladder of holes only has an empty body") {
    AlignedDocument document = SampleDocument();
    document.ladder = {{0, 4, 0, 0, 0.0}, {4, 0, 0, 3, 0.0}};
    const std::string tmx = Tmx(document);
    CHECK(tmx.find("<tu ") == std::string::npos);
    CHECK(tmx.find("<body />") != std::string::npos);
  }

  TEST_CASE("writers write nothing for an empty ladder") {
    AlignedDocument document;
    CHECK(Tsv(document).empty());
    CHECK(Jsonl(document).empty());
    std::ostringstream ids, ko, en;
    WriteIds(document, ids);
    WriteMoses(document, ko, en);
    CHECK(ids.str().empty());
    CHECK(ko.str().empty());
    CHECK(en.str().empty());
  }

  TEST_CASE("a sentence that is only whitespace adds no stray space to its side") {
    AlignedDocument document;
    document.source = MakeDocument("", "가 \u3000 나", {"가", "\u3000", "나"}, {0, 0, 0});
    document.target = MakeDocument("", "a", {"a"}, {0});
    document.ladder = {{0, 3, 0, 1, 1.0}};
    CHECK(Tsv(document) == "가 나\ta\t1.0000\t0,1,2\t0\n");
  }

  TEST_CASE("document name is the common stem of both file names") {
    AlignedDocument document;
    CHECK(DocumentName(document) == "alignment");
    document.source.path = "dir/news-01.ko.txt";
    document.target.path = "other/news-01.en.txt";
    CHECK(DocumentName(document) == "news-01");
    document.source.path = "corpus.ko";
    document.target.path = "corpus.en";
    CHECK(DocumentName(document) == "corpus");
    document.source.path = "story_KO.md";
    document.target.path = "story_en.md";
    CHECK(DocumentName(document) == "story");
    document.source.path = "a/기사.txt";
    document.target.path = "b/article.txt";
    CHECK(DocumentName(document) == "기사.txt \u2194 article.txt");
    document.target.path = "";
    CHECK(DocumentName(document) == "기사");
  }
}

}  // namespace
}  // namespace kealign::io
