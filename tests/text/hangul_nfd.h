// Korean in NFD, as macOS file systems write it, for tests: each Hangul syllable decomposed into
// its conjoining jamo by the Unicode algorithm (The Unicode Standard, section 3.12), everything
// else kept. Independent of ICU, so it checks the normalizer rather than mirroring it.
#pragma once

#include <string>
#include <string_view>

#include "kealign/util/utf8.h"

namespace kealign::testing {

inline std::string DecomposeHangul(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = util::DecodeUtf8(text, &pos);
    if (c < 0xAC00 || c > 0xD7A3) {
      out.append(text.substr(start, pos - start));
      continue;
    }
    const char32_t s = c - 0xAC00;
    util::AppendUtf8(0x1100 + s / 588, &out);
    util::AppendUtf8(0x1161 + (s % 588) / 28, &out);
    if (s % 28 != 0) util::AppendUtf8(0x11A7 + s % 28, &out);
  }
  return out;
}

}  // namespace kealign::testing
