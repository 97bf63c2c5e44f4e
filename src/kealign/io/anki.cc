#include <fmt/format.h>

#include <cmath>
#include <iterator>
#include <string>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

// Anki tags are separated by spaces, and a header line ends at a line break: the document
// name as one token of printable text.
std::string TagOf(std::string_view name) {
  std::string clean;
  detail::AppendCleanText(name, &clean);
  std::string tag;
  for (const char c : clean) tag.push_back(c == ' ' ? '_' : c);
  return tag;
}

}  // namespace

void WriteAnki(const AlignedDocument& document, std::ostream& out, const WriterOptions& options) {
  std::string name;
  detail::AppendCleanText(DocumentName(document), &name);
  std::string buffer = fmt::format(
      "#separator:tab\n#html:true\n#notetype:Basic\n#deck:kealign::{}\n"
      "#columns:Korean\tEnglish\tTags\n#tags column:3\n",
      name);
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  const std::string name_tag = TagOf(name);
  std::string text;
  for (const align::Bead& bead : document.ladder) {
    if (bead.is_hole() || !(bead.score >= options.anki_min_score)) continue;
    buffer.clear();
    text.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &text);
    if (text.empty()) continue;
    detail::AppendHtmlEscaped(text, &buffer);
    buffer.push_back('\t');
    text.clear();
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &text);
    if (text.empty()) continue;
    detail::AppendHtmlEscaped(text, &buffer);
    fmt::format_to(std::back_inserter(buffer), "\t{} bead::{}\n", name_tag, detail::BeadType(bead));
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }
}

}  // namespace kealign::io
