#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

// Beads scoring below this are marked "low" until the reader moves the slider.
constexpr double kDefaultLowScore = 0.5;

// Colours are variables so that one block switches the page to dark mode. Korean text uses
// `word-break: keep-all`: Korean wraps at spaces between eojeol, not inside a word.
constexpr std::string_view kStyle = R"css(
:root {
  --bg: #fdfdfc; --fg: #1d1d1f; --muted: #6e6e73; --rule: #e3e3e6; --head: #f4f4f6;
  --stripe: #fafafa; --hole-bg: #fff6dc; --hole-fg: #8a5a00; --low-bg: #fff0ef;
  --low-fg: #b3261e; --bar: #2f7d4f; --bar-low: #d14b3f; --bar-bg: #e6e6ea; --focus: #2463eb;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #17171a; --fg: #e8e8ed; --muted: #9a9aa2; --rule: #2e2e34; --head: #202025;
    --stripe: #1b1b1f; --hole-bg: #3a2f12; --hole-fg: #f1c062; --low-bg: #3d1c1a;
    --low-fg: #ff8f85; --bar: #56b27a; --bar-low: #ff6b5e; --bar-bg: #34343b; --focus: #7aa2ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
        Arial, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif;
}
:lang(ko) {
  font-family: "Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans K", "Apple SD Gothic Neo",
               "Malgun Gothic", "맑은 고딕", "Nanum Gothic", "NanumGothic",
               "NanumBarunGothic", sans-serif;
  word-break: keep-all; line-height: 1.75;
}
header { padding: 1.25rem 1.5rem 0.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
.files { margin: 0; color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
.files code { font-size: 0.85em; }
.stats { display: flex; flex-wrap: wrap; gap: 0.35rem 1.5rem; margin: 0.75rem 0 0; padding: 0;
         list-style: none; font-size: 0.9rem; }
.stats b { font-variant-numeric: tabular-nums; }
.types { color: var(--muted); }
.toolbar {
  position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.5rem 1.5rem; padding: 0.6rem 1.5rem; background: var(--head);
  border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-size: 0.9rem;
}
.toolbar label { display: inline-flex; align-items: center; gap: 0.4rem; cursor: pointer; }
.toolbar input[type=range] { width: 11rem; accent-color: var(--bar-low); }
.toolbar input[type=search] { width: 14rem; padding: 0.2rem 0.45rem; font: inherit;
  color: inherit; background: var(--bg); border: 1px solid var(--rule); border-radius: 4px; }
#threshold-value { font-variant-numeric: tabular-nums; min-width: 2.6em; font-weight: 600; }
#shown { color: var(--muted); margin-left: auto; font-variant-numeric: tabular-nums; }
.no-js .toolbar { display: none; }
.legend { margin: 0; padding: 0.5rem 1.5rem; color: var(--muted); font-size: 0.8rem; }
.tag { display: inline-block; padding: 0 0.4em; border-radius: 3px; font-size: 0.75rem;
       font-weight: 600; }
.tag.hole { background: var(--hole-bg); color: var(--hole-fg); }
.tag.low { background: var(--low-bg); color: var(--low-fg); }
kbd { font: 0.75rem ui-monospace, monospace; padding: 0 0.3em; border: 1px solid var(--rule);
      border-radius: 3px; }
main { padding: 0 1.5rem 2rem; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.n { width: 3.6rem; } col.t { width: 3.8rem; } col.sc { width: 6.8rem; }
th { text-align: left; font-size: 0.8rem; font-weight: 600; color: var(--muted);
     padding: 0.5rem 0.6rem; border-bottom: 2px solid var(--rule); }
td { vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--rule);
     overflow-wrap: anywhere; }
tbody tr:nth-child(even) { background: var(--stripe); }
tr[hidden] { display: none; }
tr.para td { border-top: 2px solid var(--muted); }
td.n, td.t, td.sc { font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums;
                     white-space: nowrap; }
td.n a { color: inherit; text-decoration: none; }
td.n a:hover { text-decoration: underline; }
.s { display: block; }
.s + .s { margin-top: 0.3rem; padding-top: 0.3rem; border-top: 1px dashed var(--rule); }
.s::before { content: attr(data-id); display: inline-block; min-width: 1.8em; margin-right: 0.35em;
             color: var(--muted); font: 0.7rem ui-monospace, monospace; vertical-align: 0.1em;
             user-select: none; }
.s.noise, .s.boilerplate { color: var(--muted); font-style: italic; }
td.missing::before { color: var(--hole-fg); font-style: italic; font-size: 0.85rem; }
td.ko.missing::before { content: "\2014  no Korean counterpart \2014"; }
td.en.missing::before { content: "\2014  no English counterpart \2014"; }
tr.low { background: var(--low-bg) !important; }
tr.low td.n { box-shadow: inset 4px 0 0 var(--low-fg); }
tr.low td.sc { color: var(--low-fg); font-weight: 700; }
tr.hole { background: var(--hole-bg) !important; }
tr.hole td.t { color: var(--hole-fg); font-weight: 700; }
tr.hole.low td.n { box-shadow: inset 4px 0 0 var(--hole-fg); }
.bar { display: inline-block; width: 2.6rem; height: 0.4rem; margin-right: 0.45rem;
       vertical-align: 0.1em; background: var(--bar-bg); border-radius: 2px; overflow: hidden; }
.bar i { display: block; height: 100%; background: var(--bar); }
tr.low .bar i { background: var(--bar-low); }
tr.current { outline: 2px solid var(--focus); outline-offset: -2px; }
tr:target { outline: 2px solid var(--focus); outline-offset: -2px; }
.empty { color: var(--muted); text-align: center; padding: 2rem; }
footer { padding: 0 1.5rem 1.5rem; color: var(--muted); font-size: 0.75rem; }
@media (max-width: 720px) {
  header, main, .toolbar, .legend, footer { padding-left: 0.6rem; padding-right: 0.6rem; }
  col.n { width: 2.4rem; } col.t { width: 2.8rem; } col.sc { width: 4rem; }
  .bar { display: none; }
}
@media print {
  .toolbar, .legend { display: none; }
  body { font-size: 11pt; }
  tr { break-inside: avoid; }
}
)css";

// Reads the per-row score from `data-score` so that only the threshold changes on input; a row
// without a finite score counts as low.
constexpr std::string_view kScript = R"js(
(function () {
  'use strict';
  document.documentElement.classList.remove('no-js');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#beads tbody tr.b'));
  var scores = rows.map(function (r) { return parseFloat(r.getAttribute('data-score')); });
  var texts = null;
  var threshold = document.getElementById('threshold');
  var thresholdValue = document.getElementById('threshold-value');
  var onlyFlagged = document.getElementById('only-flagged');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var lowCount = document.getElementById('low-count');
  var current = -1;

  function isFlagged(r) { return r.classList.contains('low') || r.classList.contains('hole'); }

  function update() {
    var t = parseFloat(threshold.value);
    thresholdValue.textContent = t.toFixed(2);
    var needle = search.value.trim().toLowerCase();
    if (needle && texts === null) {
      texts = rows.map(function (r) {
        return (r.cells[1].textContent + '\n' + r.cells[2].textContent).toLowerCase();
      });
    }
    var visible = 0, low = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var isLow = !(scores[i] >= t);
      r.classList.toggle('low', isLow);
      if (isLow) low++;
      var show = (!onlyFlagged.checked || isFlagged(r)) &&
                 (!needle || texts[i].indexOf(needle) !== -1);
      r.hidden = !show;
      if (show) visible++;
    }
    lowCount.textContent = String(low);
    shown.textContent = visible + ' of ' + rows.length + ' beads shown';
  }

  // j / k: next / previous hole or low-score bead among the visible rows.
  function step(direction) {
    for (var i = current + direction; i >= 0 && i < rows.length; i += direction) {
      var r = rows[i];
      if (!r.hidden && isFlagged(r)) {
        if (current >= 0) rows[current].classList.remove('current');
        current = i;
        r.classList.add('current');
        r.scrollIntoView({block: 'center'});
        return;
      }
    }
  }

  threshold.addEventListener('input', update);
  onlyFlagged.addEventListener('change', update);
  search.addEventListener('input', update);
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    if (e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'k') { step(-1); e.preventDefault(); }
  });
  update();
})();
)js";

void AppendEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      default:
        out->push_back(c);
    }
  }
}

// Cleans (`detail::AppendCleanText`) and escapes `text`; `*scratch` is reused between calls.
void AppendCleanEscaped(std::string_view text, std::string* scratch, std::string* out) {
  scratch->clear();
  detail::AppendCleanText(text, scratch);
  AppendEscaped(*scratch, out);
}

// One table cell with a block per sentence, its id shown through CSS so that copying the text
// does not copy the ids.
void AppendSideCell(const Document& document, int begin, int count, const char* lang,
                    std::string* scratch, std::string* out) {
  if (count == 0) {
    fmt::format_to(std::back_inserter(*out), "<td class=\"{} missing\"></td>", lang);
    return;
  }
  fmt::format_to(std::back_inserter(*out), "<td class=\"{}\" lang=\"{}\">", lang, lang);
  for (int i = begin; i < begin + count; ++i) {
    const Sentence& sentence = document.sentences[static_cast<std::size_t>(i)];
    const char* kind = sentence.is_noise         ? " noise"
                       : sentence.is_boilerplate ? " boilerplate"
                                                 : "";
    const char* title = sentence.is_noise         ? " title=\"markup debris\""
                        : sentence.is_boilerplate ? " title=\"web boilerplate\""
                                                  : "";
    fmt::format_to(std::back_inserter(*out), "<span class=\"s{}\" data-id=\"{}\"{}>", kind, i,
                   title);
    AppendCleanEscaped(document.SentenceText(static_cast<std::size_t>(i)), scratch, out);
    out->append("</span>");
  }
  out->append("</td>");
}

// Paragraph of the first sentence of a bead side, or -1 for an empty side.
int FirstParagraph(const Document& document, int begin, int count) {
  return count == 0 ? -1 : document.sentences[static_cast<std::size_t>(begin)].paragraph;
}

int LastParagraph(const Document& document, int begin, int count) {
  return count == 0 ? -1
                    : document.sentences[static_cast<std::size_t>(begin + count - 1)].paragraph;
}

struct Summary {
  std::map<std::pair<int, int>, int> type_counts;
  int holes = 0;
  int low = 0;
  double score_sum = 0.0;
  int scored = 0;
};

Summary Summarize(const align::Ladder& ladder) {
  Summary summary;
  for (const align::Bead& bead : ladder) {
    ++summary.type_counts[{bead.source_count, bead.target_count}];
    if (bead.is_hole()) ++summary.holes;
    if (!(bead.score >= kDefaultLowScore)) ++summary.low;
    if (std::isfinite(bead.score)) {
      summary.score_sum += bead.score;
      ++summary.scored;
    }
  }
  return summary;
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
  out->append(kStyle);
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

  const Summary summary = Summarize(document.ladder);
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
                 "<li>English <b>{}</b> sentences</li>\n<li><b>{}</b> beads",
                 document.source.sentences.size(), document.target.sentences.size(),
                 document.ladder.size());
  if (!types.empty()) {
    out->append(" <span class=\"types\">(");
    for (std::size_t i = 0; i < types.size(); ++i) {
      fmt::format_to(std::back_inserter(*out), "{}{}-{} \u00d7{}", i > 0 ? ", " : "",
                     types[i].first.first, types[i].first.second, types[i].second);
    }
    out->append(")</span>");
  }
  fmt::format_to(std::back_inserter(*out),
                 "</li>\n<li><span class=\"tag hole\">holes</span> <b>{}</b></li>\n"
                 "<li><span class=\"tag low\">low score</span> <b id=\"low-count\">{}</b></li>\n",
                 summary.holes, summary.low);
  if (summary.scored > 0) {
    fmt::format_to(std::back_inserter(*out), "<li>mean score <b>{:.4f}</b></li>\n",
                   summary.score_sum / summary.scored);
  }
  out->append("</ul>\n</header>\n");

  fmt::format_to(
      std::back_inserter(*out),
      "<div class=\"toolbar\" role=\"search\">\n"
      "<label title=\"Beads scoring below this value are marked as low\">Low score below "
      "<input type=\"range\" id=\"threshold\" min=\"0\" max=\"1\" step=\"0.01\" value=\"{0:.2f}\">"
      " <span id=\"threshold-value\">{0:.2f}</span></label>\n"
      "<label><input type=\"checkbox\" id=\"only-flagged\"> Show only holes and low scores"
      "</label>\n"
      "<label>Search <input type=\"search\" id=\"search\" placeholder=\"Korean or English text\">"
      "</label>\n<span id=\"shown\"></span>\n</div>\n"
      "<p class=\"legend\"><span class=\"tag hole\">hole</span> a sentence with no counterpart "
      "(1-0, 0-1) \u00b7 <span class=\"tag low\">low</span> score below the threshold \u00b7 "
      "<kbd>j</kbd> / <kbd>k</kbd> next / previous marked bead \u00b7 a thick rule starts a "
      "paragraph \u00b7 small numbers are 0-based sentence ids"
      "<noscript> \u00b7 without JavaScript the threshold stays at {0:.2f}</noscript></p>\n",
      kDefaultLowScore);
}

}  // namespace

void WriteHtml(const AlignedDocument& document, std::ostream& out) {
  const std::string name = DocumentName(document);
  std::string buffer;
  AppendHeader(document, name, &buffer);
  buffer.append(
      "<main>\n<table id=\"beads\">\n<colgroup><col class=\"n\"><col class=\"ko\">"
      "<col class=\"en\"><col class=\"t\"><col class=\"sc\"></colgroup>\n"
      "<thead><tr><th>#</th><th>Korean</th><th>English</th><th>Type</th><th>Score</th></tr>"
      "</thead>\n<tbody>\n");
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));

  std::string scratch, score;
  int last_source_paragraph = -1, last_target_paragraph = -1;
  for (std::size_t i = 0; i < document.ladder.size(); ++i) {
    const align::Bead& bead = document.ladder[i];
    const int source_first = FirstParagraph(document.source, bead.source_begin, bead.source_count);
    const int target_first = FirstParagraph(document.target, bead.target_begin, bead.target_count);
    const bool new_paragraph =
        i > 0 && ((source_first >= 0 && source_first != last_source_paragraph) ||
                  (target_first >= 0 && target_first != last_target_paragraph));
    if (bead.source_count > 0) {
      last_source_paragraph = LastParagraph(document.source, bead.source_begin, bead.source_count);
    }
    if (bead.target_count > 0) {
      last_target_paragraph = LastParagraph(document.target, bead.target_begin, bead.target_count);
    }
    const bool low = !(bead.score >= kDefaultLowScore);
    score.clear();
    detail::AppendScore(bead.score, &score);
    const double bar = std::isfinite(bead.score) ? std::clamp(bead.score, 0.0, 1.0) * 100 : 0.0;

    buffer.clear();
    fmt::format_to(std::back_inserter(buffer),
                   "<tr class=\"b{}{}{}\" id=\"b{}\" data-score=\"{}\"><td class=\"n\">"
                   "<a href=\"#b{}\">{}</a></td>",
                   bead.is_hole() ? " hole" : "", low ? " low" : "", new_paragraph ? " para" : "",
                   i, score, i, i);
    AppendSideCell(document.source, bead.source_begin, bead.source_count, "ko", &scratch, &buffer);
    AppendSideCell(document.target, bead.target_begin, bead.target_count, "en", &scratch, &buffer);
    fmt::format_to(std::back_inserter(buffer),
                   "<td class=\"t\">{}</td><td class=\"sc\"><span class=\"bar\">"
                   "<i style=\"width:{:.0f}%\"></i></span>{}</td></tr>\n",
                   detail::BeadType(bead), bar, score);
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }

  buffer.clear();
  if (document.ladder.empty()) {
    buffer.append(
        "<tr><td class=\"empty\" colspan=\"5\">No beads: both documents are empty."
        "</td></tr>\n");
  }
  buffer.append("</tbody>\n</table>\n</main>\n");
  fmt::format_to(std::back_inserter(buffer),
                 "<footer>Made by kealign {}. Scores are the aligner's confidence in [0, 1]."
                 "</footer>\n<script>",
                 detail::kToolVersion);
  buffer.append(kScript);
  buffer.append("</script>\n</body>\n</html>\n");
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kealign::io
