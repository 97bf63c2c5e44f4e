// Ranges the stages pass each other: `ByteSpan`, a half-open range `[begin, end)` of UTF-8 byte
// offsets into an immutable text, and `SentenceRange`, a half-open range of sentence indices.
#pragma once

#include <cstddef>
#include <string_view>

namespace kealign {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  // The bytes of `text` this span covers. `text` must be the string the span was made for.
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// Sentences `[begin, end)` of one side of a document pair.
struct SentenceRange {
  int begin = 0;
  int end = 0;

  friend bool operator==(const SentenceRange&, const SentenceRange&) = default;
};

}  // namespace kealign
