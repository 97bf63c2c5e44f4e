#include <string>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {

void WriteIds(const AlignedDocument& document, std::ostream& out) {
  std::string line;
  for (const align::Bead& bead : document.ladder) {
    line.clear();
    line.push_back('[');
    detail::AppendIds(bead.source_begin, bead.source_count, ", ", &line);
    line.append("]:[");
    detail::AppendIds(bead.target_begin, bead.target_count, ", ", &line);
    line.append("]\n");
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace kealign::io
