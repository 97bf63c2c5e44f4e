// A block for testing boundary rules on their own: the code points of a short text and the
// pairs of its marks, as the scanner in `text/` would hand them to the rules. Results are
// rendered as the text from a cut on, so a failed check shows where the cut fell.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kealign/lang/boundary_rules.h"
#include "kealign/lang/char_class.h"
#include "kealign/util/utf8.h"

namespace kealign::lang::testing {

class TestBlock {
 public:
  // Decodes `text` (valid UTF-8) and pairs its marks: brackets and typographic quotes by a
  // stack, straight double quotes alternately. Simpler than the scanner's pairing, which the
  // split tables test; enough for the short cases here. No link is shielded.
  explicit TestBlock(std::string_view text) : text_(text) {
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const std::size_t offset = pos;
      const char32_t cp = util::DecodeUtf8(text_, &pos);
      chars_.push_back(BlockChar{offset, cp, Classify(cp), false});
    }
    pairs_.assign(chars_.size(), -1);
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < chars_.size(); ++i) {
      const char32_t cp = chars_[i].cp;
      const char32_t opener = OpenerOf(cp);
      if (cp == '"' && !open.empty() && chars_[open.back()].cp == '"') {
        Pair(open.back(), i);
        open.pop_back();
      } else if (cp == '"' || chars_[i].kind == CharKind::kOpen) {
        open.push_back(i);
      } else if (opener != 0 && !open.empty() && chars_[open.back()].cp == opener) {
        Pair(open.back(), i);
        open.pop_back();
      }
    }
    view_ = BlockView(text_, chars_, pairs_, text_.size());
  }
  TestBlock(const TestBlock&) = delete;
  TestBlock& operator=(const TestBlock&) = delete;

  const BlockView& view() const { return view_; }

  // The index of the code point where the `nth` (from 0) occurrence of `needle` starts.
  std::size_t Find(std::string_view needle, int nth = 0) const {
    std::size_t byte = text_.find(needle);
    for (int k = 0; k < nth && byte != std::string::npos; ++k) byte = text_.find(needle, byte + 1);
    std::size_t i = 0;
    while (i < chars_.size() && chars_[i].offset < byte) ++i;
    return i;
  }

  // The text from the cut at index `cut` on, or "<none>" for 0 (no cut).
  std::string From(std::size_t cut) const {
    return cut == 0 ? "<none>" : std::string(view_.Bytes(cut, chars_.size()));
  }

 private:
  static char32_t OpenerOf(char32_t close) {
    switch (close) {
      case ')':
        return '(';
      case ']':
        return '[';
      case 0x201D:
        return 0x201C;
      case 0x2019:
        return 0x2018;
      case 0x300D:
        return 0x300C;
      default:
        return 0;
    }
  }

  void Pair(std::size_t a, std::size_t b) {
    pairs_[a] = static_cast<std::int32_t>(b);
    pairs_[b] = static_cast<std::int32_t>(a);
  }

  std::string text_;
  std::vector<BlockChar> chars_;
  std::vector<std::int32_t> pairs_;
  BlockView view_;
};

}  // namespace kealign::lang::testing
