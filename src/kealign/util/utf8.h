// Minimal UTF-8 helpers for code that walks text byte by byte. Heavier Unicode work (breaking,
// normalization, properties) goes through ICU in the `text` module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kealign::util {

inline constexpr std::size_t kNoInvalidByte = std::string_view::npos;

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlongs,
// surrogates and code points above U+10FFFF count as malformed), or `kNoInvalidByte`.
std::size_t FindInvalidUtf8(std::string_view text);

// Throws `InputError` naming `path`, the 1-based line and the byte offset of the first malformed
// sequence in `text`. A UTF-8 byte-order mark at the start is accepted (callers strip it).
void ValidateUtf8(std::string_view text, const std::string& path);

// Decodes the code point at `*pos` and advances `*pos` past it. `text` must be valid UTF-8 and
// `*pos < text.size()`.
inline char32_t DecodeUtf8(std::string_view text, std::size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  if (c < 0xE0) {
    *pos = i + 2;
    return (static_cast<char32_t>(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c < 0xF0) {
    *pos = i + 3;
    return (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(s[i + 1] & 0x3F) << 6) |
           (s[i + 2] & 0x3F);
  }
  *pos = i + 4;
  return (static_cast<char32_t>(c & 0x07) << 18) | (static_cast<char32_t>(s[i + 1] & 0x3F) << 12) |
         (static_cast<char32_t>(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
}

// Appends the UTF-8 encoding of `cp` to `*out`.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in valid UTF-8 `text` (counts bytes that are not continuation bytes).
std::size_t CountCodePoints(std::string_view text);

}  // namespace kealign::util
