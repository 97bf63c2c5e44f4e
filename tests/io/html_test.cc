#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "kealign/io/writer.h"
#include "kealign/util/utf8.h"
#include "sample_document.h"

namespace kealign::io {
namespace {

using testing::MakeDocument;
using testing::SampleDocument;

std::string Html(const AlignedDocument& document) {
  std::ostringstream out;
  WriteHtml(document, out);
  return out.str();
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::size_t Count(const std::string& haystack, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

// The page's embedded data, parsed.
nlohmann::json Data(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"kealign-data\">";
  const std::size_t begin = html.find(open);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = html.find("</script>", begin);
  REQUIRE(end != std::string::npos);
  return nlohmann::json::parse(html.substr(begin + open.size(), end - begin - open.size()));
}

TEST_SUITE("io") {
  TEST_CASE("html is one self-contained page titled with the document name") {
    const std::string html = Html(SampleDocument());
    CHECK(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n"
                         "<meta charset=\"utf-8\">\n"));
    CHECK(html.ends_with("</script>\n</body>\n</html>\n"));
    CHECK(Contains(html, "<title>news-01</title>"));
    CHECK(Contains(html, "<h1>news-01</h1>"));
    CHECK(Count(html, "<style>") == 1);
    CHECK(Count(html, "<script>") == 1);
    CHECK(Count(html, "<script type=\"application/json\" id=\"kealign-data\">") == 1);
    // Nothing is fetched: no links to style sheets, scripts, fonts or images.
    CHECK_FALSE(Contains(html, "http://"));
    CHECK_FALSE(Contains(html, "https://"));
    CHECK_FALSE(Contains(html, "<link"));
    CHECK_FALSE(Contains(html, "src="));
    CHECK_FALSE(Contains(html, "@import"));
    CHECK_FALSE(Contains(html, "url("));
  }

  TEST_CASE("html carries the beads as data - cleaned text - flags and the ladder") {
    const nlohmann::json data = Data(Html(SampleDocument()));
    CHECK(data["v"] == 1);
    CHECK(data["name"] == "news-01");
    CHECK(data["file"] == "news-01.align");
    CHECK(data["ko"]["s"] == nlohmann::json::array({"안녕 <A&B>.", "저는 \"김\"입니다.",
                                                    "반갑 습니다.", "광고 <클릭> & 구독"}));
    CHECK(data["en"]["s"] ==
          nlohmann::json::array(
              {"Hello <A&B>.", "I am \"Kim\"; nice to meet you.", "Subscribe & <win>!"}));
    CHECK(data["ko"]["paragraphs"] == nlohmann::json::array({3}));
    CHECK(data["en"]["paragraphs"] == nlohmann::json::array({2}));
    CHECK(data["ko"]["noise"].empty());
    // (Korean count, English count, score × 10,000) per bead.
    CHECK(data["beads"] == nlohmann::json::array({1, 1, 9123, 2, 1, 5000, 1, 0, 1000, 0, 1, 500}));
    CHECK(data["links"].empty());
    CHECK(data["key"].get<std::string>().size() == 16);
  }

  TEST_CASE("html data cannot end its script element - whatever the text holds") {
    AlignedDocument document = SampleDocument();
    document.source.text = "</script><script>alert(1)</script><!-- x";
    document.source.sentences = {Sentence{ByteSpan{0, document.source.text.size()}, 0}};
    document.source.path = "</script>.ko.txt";
    document.ladder = {{0, 1, 0, 3, 0.5}};
    const std::string html = Html(document);
    // The only script ends are the page's own two.
    CHECK(Count(html, "</script") == 2);
    CHECK_FALSE(Contains(html, "<!-- x"));
    CHECK(Contains(html, "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"));
    CHECK(Data(html)["ko"]["s"][0] == "</script><script>alert(1)</script><!-- x");
    CHECK(Contains(html, "<code>&lt;/script&gt;.ko.txt</code>"));
  }

  TEST_CASE("html summarises sentence and bead counts - debris holes apart") {
    AlignedDocument document = SampleDocument();
    const std::string html = Html(document);
    CHECK(Contains(html, "<li>Korean <b>4</b> sentences</li>"));
    CHECK(Contains(html, "<li>English <b>3</b> sentences</li>"));
    CHECK(Contains(html,
                   "<li><b id=\"bead-count\">4</b> beads <span class=\"types\" id=\"bead-types\">"
                   "(1-1 \u00d71, 2-1 \u00d71, 1-0 \u00d71, 0-1 \u00d71)</span></li>"));
    CHECK(Contains(html, "<b id=\"hole-count\">2</b>"));
    CHECK(Contains(html, "<b id=\"debris-count\">0</b>"));
    CHECK(Contains(html, "<b id=\"low-count\">2</b>"));
    CHECK(Contains(html, "<b id=\"mean-score\">0.3906</b>"));
    // Boilerplate and markup debris left unpaired are not counted as holes to review.
    document.source.sentences[3].is_boilerplate = true;
    document.target.sentences[2].is_noise = true;
    const std::string marked = Html(document);
    CHECK(Contains(marked, "<b id=\"hole-count\">0</b>"));
    CHECK(Contains(marked, "<b id=\"debris-count\">2</b>"));
    const nlohmann::json data = Data(marked);
    CHECK(data["ko"]["boilerplate"] == nlohmann::json::array({3}));
    CHECK(data["en"]["noise"] == nlohmann::json::array({2}));
  }

  TEST_CASE("html has the filters - the pager - the edit controls and help") {
    const std::string html = Html(SampleDocument());
    CHECK(Contains(html,
                   "<input type=\"range\" id=\"threshold\" min=\"0\" max=\"1\" "
                   "step=\"0.01\" value=\"0.50\">"));
    CHECK(Contains(html,
                   "<input type=\"checkbox\" id=\"only-flagged\"> Show only holes and low "
                   "scores"));
    CHECK(Contains(html, "<input type=\"search\" id=\"search\""));
    CHECK(Contains(html, "<table id=\"beads\">"));
    CHECK(Contains(html, "<select id=\"page-size\">"));
    // Every element the script looks up by id exists in the page, once.
    const std::regex lookup(R"(\$\('([a-z-]+)'\))");
    std::set<std::string> ids;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), lookup);
         it != std::sregex_iterator(); ++it) {
      ids.insert((*it)[1]);
    }
    const std::regex table_key(R"('((?:act|help|undo|redo|reset|export)[a-z-]*)': )");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), table_key);
         it != std::sregex_iterator(); ++it) {
      ids.insert((*it)[1]);
    }
    CHECK(ids.size() >= 20);
    for (const std::string& id : ids) {
      CAPTURE(id);
      CHECK(Count(html, "id=\"" + id + "\"") == 1);
    }
    for (const std::string key : {"'j'", "'k'", "'x'", "'J'", "'K'", "'s'", "'['", "']'", "'{'",
                                  "'}'", "'u'", "'U'", "'e'"}) {
      CAPTURE(key);
      CHECK(Contains(html, key + ": "));
    }
  }

  TEST_CASE("html styles Korean with Korean fonts and word-keeping line breaks") {
    const std::string html = Html(SampleDocument());
    CHECK(Contains(html, ":lang(ko) {\n  font-family: \"Noto Sans KR\""));
    CHECK(Contains(html, "word-break: keep-all"));
    CHECK(Contains(html, "prefers-color-scheme: dark"));
    CHECK(Contains(html, "@media (max-width: 720px)"));
  }

  TEST_CASE("html escapes the document name and paths") {
    AlignedDocument document = SampleDocument();
    document.source.path = "<x&y>.ko.txt";
    document.target.path = "<x&y>.en.txt";
    const std::string html = Html(document);
    CHECK(Contains(html, "<title>&lt;x&amp;y&gt;</title>"));
    CHECK(Contains(html, "<code>&lt;x&amp;y&gt;.ko.txt</code>"));
    CHECK_FALSE(Contains(html, "<x&y>"));
    // The export's file name has no path separators or characters file systems reject.
    document.source.path = "a/b:c*.ko.txt";
    document.target.path = "a/b:c*.en.txt";
    CHECK(Data(Html(document))["file"] == "b_c_.align");
  }

  TEST_CASE("html titles stay valid UTF-8 when a file name is not") {
    AlignedDocument document = SampleDocument();
    document.source.path = "in/caf\xE9-\xFF.ko.txt";  // Latin-1 bytes in a file name
    document.target.path = "in/caf\xE9-\xFF.en.txt";
    const std::string html = Html(document);
    CHECK(Contains(html, "<title>caf\uFFFD-\uFFFD</title>"));
    CHECK(Contains(html, "<h1>caf\uFFFD-\uFFFD</h1>"));
    CHECK(util::FindInvalidUtf8(html) == util::kNoInvalidByte);
  }

  TEST_CASE("html word links count UTF-16 units of each cleaned sentence") {
    AlignedDocument document;
    // A tab inside the sentence collapses to one space before the linked words.
    document.source = MakeDocument("", "서울\t\t정부는 \U0001F600 OpenAI와",
                                   {"서울\t\t정부는 \U0001F600 OpenAI와"}, {0});
    document.target = MakeDocument("", "Seoul  government and \U0001F600 OpenAI",
                                   {"Seoul  government and \U0001F600 OpenAI"}, {0});
    document.ladder = {{0, 1, 0, 1, 0.9}};
    const std::string& ko = document.source.text;
    const std::string& en = document.target.text;
    document.links = {
        {0, ByteSpan{ko.find("정부"), ko.find("정부") + 6}, 0,
         ByteSpan{en.find("government"), en.find("government") + 10}, 0.876f,
         WordLinkKind::kLexical},
        {0, ByteSpan{ko.find("OpenAI"), ko.find("OpenAI") + 6}, 0,
         ByteSpan{en.find("OpenAI"), en.find("OpenAI") + 6}, 1.0f, WordLinkKind::kLatinWord},
    };
    const nlohmann::json data = Data(Html(document));
    // "서울 정부는 😀 OpenAI와": 정부 at 3..5; the emoji is two UTF-16 units, so OpenAI
    // starts at 10. "Seoul government and 😀 OpenAI": government 6..16, OpenAI 24..30.
    // Sentences are differences from the previous link's, ends are lengths.
    CHECK(data["links"] == nlohmann::json::array({0, 3, 2, 0, 6, 10, 88, 0, 10, 6, 0, 24, 6, 100}));
  }

  TEST_CASE("html document keys differ with the ladder and agree for the same alignment") {
    AlignedDocument document = SampleDocument();
    const std::string key = Data(Html(document))["key"];
    CHECK(Data(Html(SampleDocument()))["key"] == key);
    document.ladder[0].score = 0.1;  // scores do not change which edits fit
    CHECK(Data(Html(document))["key"] == key);
    document.ladder = {{0, 3, 0, 2, 0.5}, {3, 1, 2, 1, 0.5}};
    CHECK(Data(Html(document))["key"] != key);
  }

  TEST_CASE("html of an empty alignment is a page with no beads") {
    const std::string html = Html(AlignedDocument{});
    CHECK(Contains(html, "<title>alignment</title>"));
    const nlohmann::json data = Data(html);
    CHECK(data["beads"].empty());
    CHECK(data["ko"]["s"].empty());
    CHECK(Contains(html, "No beads: both documents are empty."));
  }
}

}  // namespace
}  // namespace kealign::io
