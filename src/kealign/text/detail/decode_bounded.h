// Bounds-checked UTF-8 decoding for the sentence splitter.
#pragma once

#include <cstddef>
#include <string_view>

#include "kealign/util/utf8.h"

namespace kealign::text::detail {

// Decodes the code point at `*pos` like `DecodeUtf8` and advances `*pos`, but never reads at or
// past `end`: a sequence cut short there decodes as U+FFFD, one byte at a time. Keeps a
// splitter given malformed text (against its contract) from reading out of bounds.
inline char32_t DecodeBounded(std::string_view text, std::size_t* pos, std::size_t end) {
  const auto lead = static_cast<unsigned char>(text[*pos]);
  if (lead < 0x80) {
    ++*pos;
    return lead;
  }
  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (*pos + length > end) {
    ++*pos;
    return 0xFFFD;
  }
  return util::DecodeUtf8(text, pos);
}

}  // namespace kealign::text::detail
