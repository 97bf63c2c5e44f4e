#include <doctest/doctest.h>

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
    // Nothing is fetched: no links to style sheets, scripts, fonts or images.
    CHECK_FALSE(Contains(html, "http://"));
    CHECK_FALSE(Contains(html, "https://"));
    CHECK_FALSE(Contains(html, "<link"));
    CHECK_FALSE(Contains(html, "src="));
    CHECK_FALSE(Contains(html, "@import"));
    CHECK_FALSE(Contains(html, "url("));
  }

  TEST_CASE("html shows one row per bead - Korean left - with type - score and escaped text") {
    const std::string html = Html(SampleDocument());
    CHECK(Count(html, "<tr class=\"b") == 4);
    CHECK(Contains(html,
                   "<tr class=\"b\" id=\"b0\" data-score=\"0.9123\"><td class=\"n\">"
                   "<a href=\"#b0\">0</a></td>"
                   "<td class=\"ko\" lang=\"ko\"><span class=\"s\" data-id=\"0\">"
                   "안녕 &lt;A&amp;B&gt;.</span></td>"
                   "<td class=\"en\" lang=\"en\"><span class=\"s\" data-id=\"0\">"
                   "Hello &lt;A&amp;B&gt;.</span></td>"
                   "<td class=\"t\">1-1</td><td class=\"sc\"><span class=\"bar\">"
                   "<i style=\"width:91%\"></i></span>0.9123</td></tr>\n"));
    // A 2-1 bead shows each Korean sentence as its own block, quotes escaped.
    CHECK(Contains(html,
                   "<td class=\"ko\" lang=\"ko\"><span class=\"s\" data-id=\"1\">"
                   "저는 &quot;김&quot;입니다.</span><span class=\"s\" data-id=\"2\">"
                   "반갑 습니다.</span></td>"));
    CHECK(Contains(html, "<td class=\"t\">2-1</td>"));
    // The raw text never appears unescaped.
    CHECK_FALSE(Contains(html, "<A&B>"));
    CHECK_FALSE(Contains(html, "<win>"));
  }

  TEST_CASE("html marks holes and scores below the default threshold of 0.5") {
    const std::string html = Html(SampleDocument());
    // Bead 1 scores exactly 0.5: not low.
    CHECK(Contains(html, "<tr class=\"b\" id=\"b1\" data-score=\"0.5000\">"));
    CHECK(Contains(html, "<tr class=\"b hole low para\" id=\"b2\" data-score=\"0.1000\">"));
    CHECK(Contains(html,
                   "<span class=\"s\" data-id=\"3\">광고 &lt;클릭&gt; &amp; 구독</span></td>"
                   "<td class=\"en missing\"></td><td class=\"t\">1-0</td>"));
    CHECK(Contains(html,
                   "<td class=\"ko missing\"></td><td class=\"en\" lang=\"en\">"
                   "<span class=\"s\" data-id=\"2\">Subscribe &amp; &lt;win&gt;!</span>"));
    CHECK(Contains(html, "<td class=\"t\">0-1</td>"));
  }

  TEST_CASE("html summarises sentence and bead counts") {
    const std::string html = Html(SampleDocument());
    CHECK(Contains(html, "<li>Korean <b>4</b> sentences</li>"));
    CHECK(Contains(html, "<li>English <b>3</b> sentences</li>"));
    CHECK(Contains(html,
                   "<li><b>4</b> beads <span class=\"types\">"
                   "(1-1 \u00d71, 2-1 \u00d71, 1-0 \u00d71, 0-1 \u00d71)</span></li>"));
    CHECK(Contains(html, "<span class=\"tag hole\">holes</span> <b>2</b>"));
    CHECK(Contains(html, "<b id=\"low-count\">2</b>"));
    CHECK(Contains(html, "<li>mean score <b>0.3906</b></li>"));
  }

  TEST_CASE("html has a threshold slider - a holes-and-low-scores toggle and a search box") {
    const std::string html = Html(SampleDocument());
    CHECK(Contains(html,
                   "<input type=\"range\" id=\"threshold\" min=\"0\" max=\"1\" "
                   "step=\"0.01\" value=\"0.50\">"));
    CHECK(Contains(html,
                   "<input type=\"checkbox\" id=\"only-flagged\"> Show only holes and low "
                   "scores"));
    CHECK(Contains(html, "<input type=\"search\" id=\"search\""));
    // Every element the script looks up exists in the page.
    for (const std::string id :
         {"threshold", "threshold-value", "only-flagged", "search", "shown", "low-count"}) {
      CAPTURE(id);
      CHECK(Contains(html, "id=\"" + id + "\""));
      CHECK(Contains(html, "getElementById('" + id + "')"));
    }
    CHECK(Contains(html, "<table id=\"beads\">"));
    CHECK(Contains(html, "querySelectorAll('#beads tbody tr.b')"));
  }

  TEST_CASE("html styles Korean with Korean fonts and word-keeping line breaks") {
    const std::string html = Html(SampleDocument());
    CHECK(Contains(html, ":lang(ko) {\n  font-family: \"Noto Sans KR\""));
    CHECK(Contains(html, "word-break: keep-all"));
    CHECK(Contains(html, "prefers-color-scheme: dark"));
  }

  TEST_CASE("html escapes the document name and paths") {
    AlignedDocument document = SampleDocument();
    document.source.path = "<x&y>.ko.txt";
    document.target.path = "<x&y>.en.txt";
    const std::string html = Html(document);
    CHECK(Contains(html, "<title>&lt;x&amp;y&gt;</title>"));
    CHECK(Contains(html, "<code>&lt;x&amp;y&gt;.ko.txt</code>"));
    CHECK_FALSE(Contains(html, "<x&y>"));
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

  TEST_CASE("html marks noise and boilerplate sentences and paragraph starts") {
    AlignedDocument document;
    document.source = MakeDocument("", "가.\n\n나.", {"가.", "나."}, {0, 1});
    document.source.sentences[1].is_noise = true;
    document.target = MakeDocument("", "A. B.", {"A.", "B."}, {0, 0});
    document.target.sentences[0].is_boilerplate = true;
    document.ladder = {{0, 1, 0, 1, 0.9}, {1, 1, 1, 1, 0.8}};
    const std::string html = Html(document);
    CHECK(Contains(html, "<tr class=\"b\" id=\"b0\""));
    CHECK(Contains(html, "<tr class=\"b para\" id=\"b1\""));
    CHECK(Contains(html,
                   "<span class=\"s noise\" data-id=\"1\" title=\"markup debris\">"
                   "나.</span>"));
    CHECK(Contains(html,
                   "<span class=\"s boilerplate\" data-id=\"0\" title=\"web boilerplate\">"
                   "A.</span>"));
  }

  TEST_CASE("html of an empty alignment says so") {
    const std::string html = Html(AlignedDocument{});
    CHECK(Contains(html, "<title>alignment</title>"));
    CHECK(Contains(html, "No beads"));
    CHECK(Count(html, "<tr class=\"b") == 0);
  }
}

}  // namespace
}  // namespace kealign::io
