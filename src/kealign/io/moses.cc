#include <string>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {

void WriteMoses(const AlignedDocument& document, std::ostream& source_out,
                std::ostream& target_out) {
  std::string source_line, target_line;
  for (const align::Bead& bead : document.ladder) {
    if (bead.is_hole()) continue;
    source_line.clear();
    target_line.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &source_line);
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &target_line);
    source_line.push_back('\n');
    target_line.push_back('\n');
    source_out.write(source_line.data(), static_cast<std::streamsize>(source_line.size()));
    target_out.write(target_line.data(), static_cast<std::streamsize>(target_line.size()));
  }
}

}  // namespace kealign::io
