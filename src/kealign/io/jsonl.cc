#include <fmt/format.h>

#include <cmath>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

void AppendJsonString(const std::string& text, std::string* out) { out->append(JsonString(text)); }

}  // namespace

std::string JsonString(std::string_view text) {
  return nlohmann::json(text).dump(-1, ' ', /*ensure_ascii=*/false,
                                   nlohmann::json::error_handler_t::replace);
}

void WriteJsonl(const AlignedDocument& document, std::ostream& out) {
  WriteJsonl(document, out, JsonlRows{});
}

void WriteJsonl(const AlignedDocument& document, std::ostream& out, const JsonlRows& rows) {
  std::string line, text;
  std::vector<std::size_t> source_starts, target_starts;
  detail::BeadLinks bead_links(document);
  for (const align::Bead& bead : document.ladder) {
    if (rows.pairs_only && bead.is_hole()) continue;
    line.clear();
    line.push_back('{');
    if (!rows.id_json.empty()) line.append("\"id\":").append(rows.id_json).push_back(',');
    line.append("\"ko\":");
    text.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &text,
                           &source_starts);
    AppendJsonString(text, &line);
    line.append(",\"en\":");
    text.clear();
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &text,
                           &target_starts);
    AppendJsonString(text, &line);
    line.append(",\"score\":");
    // Written by hand rather than through nlohmann so that every format shows the same 4 decimals.
    if (std::isfinite(bead.score)) {
      detail::AppendScore(bead.score, &line);
    } else {
      line.append("null");
    }
    line.append(",\"ko_ids\":[");
    detail::AppendIds(bead.source_begin, bead.source_count, ",", &line);
    line.append("],\"en_ids\":[");
    detail::AppendIds(bead.target_begin, bead.target_count, ",", &line);
    line.append("],\"links\":[");
    bool first = true;
    for (const detail::LineLink& link : bead_links.Next(bead, source_starts, target_starts)) {
      fmt::format_to(std::back_inserter(line), "{}[{},{},{},{}]", first ? "" : ",",
                     link.source_begin, link.source_end, link.target_begin, link.target_end);
      first = false;
    }
    line.append("],\"doc_score\":");
    detail::AppendScore(document.document_score, &line);
    line.append("}\n");
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace kealign::io
