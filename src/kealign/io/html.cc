// The review page. The beads travel as JSON inside the page and the script renders a page of
// them at a time: a table of every bead built on the server made a 34,000-sentence document an
// 18.9 MB page that took 27 s to open, and corrections need the ladder as data anyway.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "kealign/io/detail/review_page_script.h"
#include "kealign/io/detail/review_page_style.h"
#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"
#include "kealign/util/hash.h"

namespace kealign::io {
namespace {

// Beads scoring below this are marked "low" until the reader moves the slider.
constexpr double kDefaultLowScore = 0.5;

// Beads per page until the reader picks another size.
constexpr int kDefaultPageSize = 200;

// Cleans (`detail::AppendCleanText`) and escapes `text`; `*scratch` is reused between calls.
void AppendCleanEscaped(std::string_view text, std::string* scratch, std::string* out) {
  scratch->clear();
  detail::AppendCleanText(text, scratch);
  detail::AppendHtmlEscaped(*scratch, out);
}

// Appends `text` as a JSON string that is also safe inside a `<script>` element: `<`, `>` and
// `&` as `\u` escapes, so that no `</script>` or `<!--` can appear, whatever the text holds.
void AppendScriptJson(std::string_view text, std::string* out) {
  const std::string json =
      nlohmann::json(std::string(text))
          .dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
  for (const char c : json) {
    switch (c) {
      case '<':
        out->append("\\u003c");
        break;
      case '>':
        out->append("\\u003e");
        break;
      case '&':
        out->append("\\u0026");
        break;
      default:
        out->push_back(c);
    }
  }
}

// The number of UTF-16 code units in the first `bytes` bytes of valid UTF-8 `text`: where a
// byte offset lands in a JavaScript string.
std::size_t Utf16Length(std::string_view text, std::size_t bytes) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

bool IsDebris(const Sentence& sentence) { return sentence.is_noise || sentence.is_boilerplate; }

// A hole of markup debris or web boilerplate only: expected, and not worth a reviewer's time.
bool IsDebrisHole(const AlignedDocument& document, const align::Bead& bead) {
  if (!bead.is_hole()) return false;
  for (int i = bead.source_begin; i < bead.source_end(); ++i) {
    if (!IsDebris(document.source.sentences[static_cast<std::size_t>(i)])) return false;
  }
  for (int j = bead.target_begin; j < bead.target_end(); ++j) {
    if (!IsDebris(document.target.sentences[static_cast<std::size_t>(j)])) return false;
  }
  return true;
}

struct Summary {
  std::map<std::pair<int, int>, int> type_counts;
  int holes = 0;   // holes of real text
  int debris = 0;  // holes of markup debris or boilerplate only
  int low = 0;
  double score_sum = 0.0;
  int scored = 0;
};

Summary Summarize(const AlignedDocument& document) {
  Summary summary;
  for (const align::Bead& bead : document.ladder) {
    ++summary.type_counts[{bead.source_count, bead.target_count}];
    if (IsDebrisHole(document, bead)) {
      ++summary.debris;
    } else if (bead.is_hole()) {
      ++summary.holes;
    }
    if (!(bead.score >= kDefaultLowScore)) ++summary.low;
    if (std::isfinite(bead.score)) {
      summary.score_sum += bead.score;
      ++summary.scored;
    }
  }
  return summary;
}

// Identifies the document for the edits a browser stores: its name, sentences and ladder.
std::string DocumentKey(const AlignedDocument& document, const std::string& name) {
  std::uint64_t hash = util::Fnv1a(name);
  for (const Document* side : {&document.source, &document.target}) {
    for (std::size_t i = 0; i < side->sentences.size(); ++i) {
      hash = util::Fnv1a(side->SentenceText(i), hash);
      hash = util::Fnv1a(std::string_view("\n", 1), hash);
    }
    hash = util::Fnv1a(std::string_view("\x1e", 1), hash);
  }
  for (const align::Bead& bead : document.ladder) {
    hash = util::Fnv1a(fmt::format("{},{};", bead.source_count, bead.target_count), hash);
  }
  return fmt::format("{:016x}", hash);
}

// A file name for the exported ladder: the document name with path separators and characters
// that file systems reject replaced.
std::string LadderFileName(const std::string& name) {
  std::string file;
  for (const char c : name) {
    const bool bad = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
                     c == '<' || c == '>' || c == '|' || static_cast<unsigned char>(c) < 0x20;
    file.push_back(bad ? '_' : c);
  }
  return file + ".align";
}

void AppendSideData(const Document& document, std::string* scratch, std::string* out) {
  out->append("{\"s\":[");
  for (std::size_t i = 0; i < document.sentences.size(); ++i) {
    if (i > 0) out->push_back(',');
    scratch->clear();
    detail::AppendCleanText(document.SentenceText(i), scratch);
    AppendScriptJson(*scratch, out);
  }
  // Sentence ids with a flag, as lists: most sentences have none.
  const auto list = [&](const char* key, auto has) {
    fmt::format_to(std::back_inserter(*out), "],\"{}\":[", key);
    bool first = true;
    for (std::size_t i = 0; i < document.sentences.size(); ++i) {
      if (!has(i)) continue;
      fmt::format_to(std::back_inserter(*out), "{}{}", first ? "" : ",", i);
      first = false;
    }
  };
  list("noise", [&](std::size_t i) { return document.sentences[i].is_noise; });
  list("boilerplate", [&](std::size_t i) { return document.sentences[i].is_boilerplate; });
  list("paragraphs", [&](std::size_t i) {
    return i > 0 && document.sentences[i].paragraph != document.sentences[i - 1].paragraph;
  });
  out->append("]}");
}

// The page's data: both sides' cleaned sentences with their flags, the ladder as (Korean
// count, English count, score × 10,000 or -1) triples, and the word links as 7-tuples
// (Korean sentence, start, length, English sentence, start, length, probability in percent),
// offsets and lengths in UTF-16 units of the cleaned sentence, as JavaScript counts, and each
// sentence number as the difference from the previous link's (mostly 0 or 1): a long
// document has hundreds of thousands of links, and every byte of the page is parsed.
void AppendData(const AlignedDocument& document, const std::string& name, std::string* out) {
  std::string scratch;
  out->append("{\"v\":1,\"name\":");
  AppendScriptJson(name, out);
  out->append(",\"file\":");
  AppendScriptJson(LadderFileName(name), out);
  fmt::format_to(std::back_inserter(*out), ",\"key\":\"{}\",\"ko\":", DocumentKey(document, name));
  AppendSideData(document.source, &scratch, out);
  out->append(",\"en\":");
  AppendSideData(document.target, &scratch, out);
  out->append(",\"beads\":[");
  for (std::size_t i = 0; i < document.ladder.size(); ++i) {
    const align::Bead& bead = document.ladder[i];
    const long score =
        std::isfinite(bead.score) ? std::lround(std::clamp(bead.score, 0.0, 1.0) * 10000) : -1;
    fmt::format_to(std::back_inserter(*out), "{}{},{},{}", i > 0 ? "," : "", bead.source_count,
                   bead.target_count, score);
  }
  out->append("],\"links\":[");
  std::string source_clean, target_clean;
  bool first = true;
  int previous_source = 0, previous_target = 0;
  for (const WordLink& link : document.links) {
    const Sentence& source =
        document.source.sentences[static_cast<std::size_t>(link.source_sentence)];
    const Sentence& target =
        document.target.sentences[static_cast<std::size_t>(link.target_sentence)];
    const std::string_view source_text = source.span.Of(document.source.text);
    const std::string_view target_text = target.span.Of(document.target.text);
    source_clean.clear();
    target_clean.clear();
    detail::AppendCleanText(source_text, &source_clean);
    detail::AppendCleanText(target_text, &target_clean);
    const auto units = [](std::string_view clean, std::string_view text, std::size_t offset) {
      return Utf16Length(clean, detail::CleanedOffset(text, offset));
    };
    const std::size_t source_begin =
        units(source_clean, source_text, link.source.begin - source.span.begin);
    const std::size_t target_begin =
        units(target_clean, target_text, link.target.begin - target.span.begin);
    fmt::format_to(
        std::back_inserter(*out), "{}{},{},{},{},{},{},{}", first ? "" : ",",
        link.source_sentence - previous_source, source_begin,
        units(source_clean, source_text, link.source.end - source.span.begin) - source_begin,
        link.target_sentence - previous_target, target_begin,
        units(target_clean, target_text, link.target.end - target.span.begin) - target_begin,
        std::lround(std::clamp(static_cast<double>(link.probability), 0.0, 1.0) * 100));
    previous_source = link.source_sentence;
    previous_target = link.target_sentence;
    first = false;
  }
  out->append("]}");
}

void AppendHeader(const AlignedDocument& document, const std::string& name, std::string* out) {
  std::string scratch;
  out->append(
      "<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  fmt::format_to(std::back_inserter(*out), "<meta name=\"generator\" content=\"kealign {}\">\n",
                 detail::kToolVersion);
  // The name comes from file names, which may hold bytes that are not UTF-8.
  out->append("<title>");
  AppendCleanEscaped(name, &scratch, out);
  out->append("</title>\n<style>");
  out->append(detail::kReviewPageStyle);
  out->append("</style>\n</head>\n<body>\n<header>\n<h1>");
  AppendCleanEscaped(name, &scratch, out);
  out->append("</h1>\n");
  if (!document.source.path.empty() || !document.target.path.empty()) {
    out->append("<p class=\"files\">Korean: <code>");
    AppendCleanEscaped(document.source.path, &scratch, out);
    out->append("</code> \u00b7 English: <code>");
    AppendCleanEscaped(document.target.path, &scratch, out);
    out->append("</code></p>\n");
  }

  const Summary summary = Summarize(document);
  std::vector<std::pair<std::pair<int, int>, int>> types(summary.type_counts.begin(),
                                                         summary.type_counts.end());
  // Most frequent first; ties put pairs before holes, small beads first, 2-1 before 1-2.
  const auto sort_key = [](const std::pair<std::pair<int, int>, int>& type) {
    const auto [source_count, target_count] = type.first;
    const bool hole = source_count == 0 || target_count == 0;
    return std::make_tuple(-type.second, hole, source_count + target_count, -source_count);
  };
  std::sort(types.begin(), types.end(),
            [&](const auto& a, const auto& b) { return sort_key(a) < sort_key(b); });
  fmt::format_to(std::back_inserter(*out),
                 "<ul class=\"stats\">\n<li>Korean <b>{}</b> sentences</li>\n"
                 "<li>English <b>{}</b> sentences</li>\n<li><b id=\"bead-count\">{}</b> beads "
                 "<span class=\"types\" id=\"bead-types\">",
                 document.source.sentences.size(), document.target.sentences.size(),
                 document.ladder.size());
  if (!types.empty()) {
    out->push_back('(');
    for (std::size_t i = 0; i < types.size(); ++i) {
      fmt::format_to(std::back_inserter(*out), "{}{}-{} \u00d7{}", i > 0 ? ", " : "",
                     types[i].first.first, types[i].first.second, types[i].second);
    }
    out->push_back(')');
  }
  fmt::format_to(std::back_inserter(*out),
                 "</span></li>\n<li><span class=\"tag hole\">holes</span> <b id=\"hole-count\">{}"
                 "</b> <span class=\"aside\">(and <b id=\"debris-count\">{}</b> of markup or "
                 "boilerplate)</span></li>\n"
                 "<li><span class=\"tag low\">low score</span> <b id=\"low-count\">{}</b></li>\n"
                 "<li>mean score <b id=\"mean-score\">",
                 summary.holes, summary.debris, summary.low);
  if (summary.scored > 0) {
    fmt::format_to(std::back_inserter(*out), "{:.4f}", summary.score_sum / summary.scored);
  } else {
    out->append("\u2013");
  }
  out->append("</b></li>\n</ul>\n</header>\n");

  fmt::format_to(
      std::back_inserter(*out),
      "<div class=\"toolbar\" role=\"search\">\n"
      "<label title=\"Beads scoring below this value are marked as low\">Low score below "
      "<input type=\"range\" id=\"threshold\" min=\"0\" max=\"1\" step=\"0.01\" value=\"{0:.2f}\">"
      " <span id=\"threshold-value\">{0:.2f}</span></label>\n"
      "<label><input type=\"checkbox\" id=\"only-flagged\"> Show only holes and low scores"
      "</label>\n"
      "<label class=\"search\">Search <input type=\"search\" id=\"search\" "
      "placeholder=\"Korean or English text\"></label>\n<span id=\"shown\"></span>\n"
      "<nav class=\"pager\" aria-label=\"Pages\" hidden><button type=\"button\" class=\"prev\" "
      "title=\"Previous page (,)\">\u2039 Prev</button><span class=\"page-of\"></span>"
      "<button type=\"button\" class=\"next\" title=\"Next page (.)\">Next \u203a</button></nav>\n"
      "<span class=\"edits\"><span id=\"edit-count\">no edits</span>"
      "<button type=\"button\" id=\"undo\" title=\"Undo the last edit (u, Ctrl+Z)\" disabled>"
      "Undo</button><button type=\"button\" id=\"redo\" title=\"Redo (Shift+U, Ctrl+Y)\" "
      "disabled>Redo</button><button type=\"button\" id=\"reset\" title=\"Discard every edit of "
      "this document\" disabled>Discard</button><button type=\"button\" id=\"export\" "
      "class=\"primary\" title=\"Download the corrected ladder for kealign apply (e)\">Export "
      "ladder</button><button type=\"button\" id=\"help-button\" title=\"Keyboard shortcuts (?)\" "
      "aria-label=\"Help and keyboard shortcuts\">?</button></span>\n</div>\n"
      "<p class=\"legend\"><span class=\"tag hole\">hole</span> a sentence with no counterpart "
      "(1-0, 0-1) \u00b7 <span class=\"tag low\">low</span> score below the threshold \u00b7 "
      "<kbd>j</kbd> / <kbd>k</kbd> next / previous marked bead \u00b7 click or tap a bead to "
      "correct it \u00b7 hover or tap a word to see its counterpart \u00b7 a thick rule starts a "
      "paragraph \u00b7 small numbers are 0-based sentence ids \u00b7 <kbd>?</kbd> all keys</p>\n"
      "<noscript><p class=\"noscript\">This page shows its {1} beads and lets you correct them "
      "with JavaScript, which is off. The same alignment is in the other formats kealign writes "
      "(for example <code>--format tsv</code>).</p></noscript>\n",
      kDefaultLowScore, document.ladder.size());
}

constexpr std::string_view kActionsAndHelp =
    R"html(<div class="actions" id="actions" role="toolbar" aria-label="Correct the selected bead" hidden>
<span class="what" id="action-what"></span>
<span class="group"><button type="button" id="act-wrong" title="Not a pair: leave each sentence unpaired (x)">Not a pair</button><button type="button" id="act-split" title="Split into 1-1 pairs in order, the rest unpaired (s)">Split</button></span>
<span class="group"><button type="button" id="act-join-prev" title="Join with the bead above (Shift+K)">Join &#8593;</button><button type="button" id="act-join-next" title="Join with the bead below (Shift+J)">Join &#8595;</button></span>
<span class="group"><button type="button" id="act-ko-prev" title="Move the first Korean sentence to the bead above ([)">Korean &#8593;</button><button type="button" id="act-ko-next" title="Move the last Korean sentence to the bead below (])">Korean &#8595;</button></span>
<span class="group"><button type="button" id="act-en-prev" title="Move the first English sentence to the bead above ({)">English &#8593;</button><button type="button" id="act-en-next" title="Move the last English sentence to the bead below (})">English &#8595;</button></span>
<span class="group"><button type="button" id="act-undo" title="Undo the last edit (u)">Undo</button><button type="button" id="act-close" title="Deselect (Esc)" aria-label="Close">&#10005;</button></span>
</div>
<div class="help" id="help" role="dialog" aria-label="Keyboard shortcuts" tabindex="-1" hidden>
<h2>Keyboard shortcuts</h2>
<table><tbody>
<tr><td><kbd>j</kbd> <kbd>k</kbd></td><td>next / previous hole or low score</td></tr>
<tr><td><kbd>n</kbd> <kbd>p</kbd></td><td>next / previous bead</td></tr>
<tr><td><kbd>x</kbd></td><td>not a pair: leave each sentence of the bead unpaired</td></tr>
<tr><td><kbd>Shift</kbd>+<kbd>J</kbd> <kbd>Shift</kbd>+<kbd>K</kbd></td><td>join with the bead below / above</td></tr>
<tr><td><kbd>s</kbd></td><td>split a bead of several sentences into 1-1 pairs in order (the rest unpaired)</td></tr>
<tr><td><kbd>[</kbd> <kbd>]</kbd></td><td>move a Korean sentence to the bead above (the first) / below (the last)</td></tr>
<tr><td><kbd>{</kbd> <kbd>}</kbd></td><td>the same for an English sentence</td></tr>
<tr><td><kbd>u</kbd> <kbd>Shift</kbd>+<kbd>U</kbd></td><td>undo / redo (also <kbd>Ctrl</kbd>+<kbd>Z</kbd>, <kbd>Ctrl</kbd>+<kbd>Y</kbd>)</td></tr>
<tr><td><kbd>e</kbd></td><td>export the corrected ladder</td></tr>
<tr><td><kbd>,</kbd> <kbd>.</kbd></td><td>previous / next page</td></tr>
<tr><td><kbd>/</kbd></td><td>search</td></tr>
<tr><td><kbd>Esc</kbd></td><td>deselect, close this help, leave the search box</td></tr>
</tbody></table>
<p>Edits are kept in this browser for this document and survive a reload. Export downloads the corrected ladder; <code>kealign apply KO_FILE EN_FILE LADDER -o PREFIX</code> (with the same <code>--input</code> as the alignment) writes every output format from it, with the model's score for each corrected bead.</p>
<p><button type="button" id="help-close">Close</button></p>
</div>
<div id="status" role="status" aria-live="polite"></div>
)html";

}  // namespace

void WriteHtml(const AlignedDocument& document, std::ostream& out) {
  const std::string name = DocumentName(document);
  std::string buffer;
  AppendHeader(document, name, &buffer);
  fmt::format_to(std::back_inserter(buffer),
                 "<main>\n<table id=\"beads\">\n<colgroup><col class=\"n\"><col class=\"ko\">"
                 "<col class=\"en\"><col class=\"t\"><col class=\"sc\"></colgroup>\n"
                 "<thead><tr><th>#</th><th>Korean</th><th>English</th><th>Type</th>"
                 "<th>Score</th></tr></thead>\n<tbody></tbody>\n</table>\n"
                 "<nav class=\"pager\" aria-label=\"Pages\" hidden><button type=\"button\" "
                 "class=\"prev\">\u2039 Prev</button><span class=\"page-of\"></span>"
                 "<button type=\"button\" class=\"next\">Next \u203a</button>"
                 "<label>Beads per page <select id=\"page-size\">"
                 "<option>50</option><option>100</option><option selected>{}</option>"
                 "<option>500</option><option>1000</option></select></label></nav>\n</main>\n",
                 kDefaultPageSize);
  buffer.append(kActionsAndHelp);
  fmt::format_to(std::back_inserter(buffer),
                 "<footer>Made by kealign {}. Scores are the aligner's confidence in [0, 1]."
                 "</footer>\n<script type=\"application/json\" id=\"kealign-data\">",
                 detail::kToolVersion);
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.clear();
  AppendData(document, name, &buffer);
  buffer.append("</script>\n<script>");
  buffer.append(detail::kReviewPageScript);
  buffer.append("</script>\n</body>\n</html>\n");
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kealign::io
