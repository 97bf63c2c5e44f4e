// Ranges the stages pass each other: `ByteSpan`, a half-open range `[begin, end)` of UTF-8 byte
// offsets into an immutable text, `SentenceRange`, a half-open range of sentence indices, and
// `OffsetMap`, which takes byte offsets of a normalized text back to the text it was made from.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

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

// Byte offsets of a text made from another by local rewrites (Unicode normalization: `가` from
// the jamo `ᄀ` + `ᅡ`, a byte-order mark dropped) mapped back to the other text, the original.
// Stored as the points where the two texts' offsets realign around each rewrite, so an
// unchanged text costs nothing and a changed one 16 bytes per rewritten run (in the manner of
// sentencepiece's `norm_to_orig`, but sparse).
class OffsetMap {
 public:
  // The identity map.
  OffsetMap() = default;

  // Records that `[begin, end)` of the new text was written for `[original_begin,
  // original_end)` of the original, and that the bytes since the previous rewrite were copied
  // unchanged. Rewrites must be added in text order, without overlap.
  void AddRewrite(std::size_t begin, std::size_t end, std::size_t original_begin,
                  std::size_t original_end) {
    AddPoint(begin, original_begin);
    AddPoint(end, original_end);
  }

  // The original offset of a span that starts at `offset`: inside a rewrite, where the
  // rewrite's original bytes start. O(log rewrites).
  std::size_t ToOriginalBegin(std::size_t offset) const { return Map(offset, false); }
  // The original offset of a span that ends at `offset`: inside a rewrite, where the
  // rewrite's original bytes end.
  std::size_t ToOriginalEnd(std::size_t offset) const { return Map(offset, true); }
  // The bytes of the original that `span` of the new text was made from.
  ByteSpan ToOriginal(ByteSpan span) const {
    return ByteSpan{ToOriginalBegin(span.begin),
                    span.empty() ? ToOriginalBegin(span.begin) : ToOriginalEnd(span.end)};
  }

  // Whether no rewrite was recorded (then every offset maps to itself).
  bool is_identity() const { return points_.empty(); }
  // Number of stored points (memory is 16 bytes each).
  std::size_t num_points() const { return points_.size(); }

  friend bool operator==(const OffsetMap&, const OffsetMap&) = default;

 private:
  // Points (new offset, original offset), increasing in both; between two points the new
  // text is either an unchanged copy (equal lengths: offsets shift) or one rewrite.
  void AddPoint(std::size_t offset, std::size_t original) {
    if (!points_.empty() && points_.back() == std::pair(offset, original)) return;
    points_.emplace_back(offset, original);
  }

  std::size_t Map(std::size_t offset, bool is_end) const {
    const auto by_offset = [](const auto& p, std::size_t x) { return p.first < x; };
    if (is_end) {
      // An end at a deletion (a dropped byte-order mark) stays before the deleted bytes.
      auto at = std::lower_bound(points_.begin(), points_.end(), offset, by_offset);
      if (at != points_.end() && at->first == offset) return at->second;
    }
    // The last point at or before `offset`.
    auto after = std::upper_bound(points_.begin(), points_.end(), offset,
                                  [](std::size_t x, const auto& p) { return x < p.first; });
    if (after == points_.begin()) return offset;  // before the first rewrite: unchanged
    const auto& [from, original_from] = *std::prev(after);
    if (offset == from || after == points_.end()) return original_from + (offset - from);
    const auto& [to, original_to] = *after;
    if (to - from == original_to - original_from) return original_from + (offset - from);
    return is_end ? original_to : original_from;  // inside a rewrite
  }

  std::vector<std::pair<std::size_t, std::size_t>> points_;
};

}  // namespace kealign
