#include <string>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {

void WriteTsv(const AlignedDocument& document, std::ostream& out) {
  std::string line;
  for (const align::Bead& bead : document.ladder) {
    line.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &line);
    line.push_back('\t');
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &line);
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
