#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

// Appends `text` as a JSON string literal: UTF-8 kept as is (no `\uXXXX` for Hangul), invalid
// bytes replaced rather than thrown on.
void AppendJsonString(const std::string& text, std::string* out) {
  out->append(nlohmann::json(text).dump(-1, ' ', /*ensure_ascii=*/false,
                                        nlohmann::json::error_handler_t::replace));
}

}  // namespace

void WriteJsonl(const AlignedDocument& document, std::ostream& out) {
  std::string line, text;
  for (const align::Bead& bead : document.ladder) {
    line.clear();
    line.append("{\"ko\":");
    text.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &text);
    AppendJsonString(text, &line);
    line.append(",\"en\":");
    text.clear();
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &text);
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
    line.append("],\"doc_score\":");
    detail::AppendScore(document.document_score, &line);
    line.append("}\n");
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace kealign::io
