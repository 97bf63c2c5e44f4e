#include <string>
#include <string_view>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

// Appends `field` as a TSV cell. A cell that a CSV reader would take for a quoted one (it starts
// with a double quote) or that holds a tab or line break is quoted: in double quotes, inner
// quotes doubled (RFC 4180, the `excel-tab` dialect of Python's `csv`, pandas' default).
// Every other cell is written as is, so that `cut` and `awk -F'\t'` see plain text.
void AppendCell(std::string_view field, std::string* line) {
  const bool quote = field.starts_with('"') || field.find_first_of("\t\n\r") != field.npos;
  if (!quote) {
    line->append(field);
    return;
  }
  line->push_back('"');
  for (char c : field) {
    if (c == '"') line->push_back('"');
    line->push_back(c);
  }
  line->push_back('"');
}

}  // namespace

void WriteTsv(const AlignedDocument& document, std::ostream& out) {
  std::string line, text;
  for (const align::Bead& bead : document.ladder) {
    line.clear();
    text.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &text);
    AppendCell(text, &line);
    line.push_back('\t');
    text.clear();
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &text);
    AppendCell(text, &line);
    line.push_back('\t');
    detail::AppendScore(bead.score, &line);
    line.push_back('\t');
    detail::AppendIds(bead.source_begin, bead.source_count, ",", &line);
    line.push_back('\t');
    detail::AppendIds(bead.target_begin, bead.target_count, ",", &line);
    line.push_back('\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace kealign::io
