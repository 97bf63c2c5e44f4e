// The body of the splitter fuzz targets (split_korean.cc, split_english.cc): any valid UTF-8
// text, split with the options the first byte picks, must give sentences that keep the
// splitter's contract, and every visible ASCII byte must lie in a sentence (other characters
// may be whitespace by Unicode's definition and trimmed).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "kealign/text/sentence_splitter.h"

namespace kealign::fuzz {

inline int SplitOne(Language language, const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  text::SplitOptions options;
  options.keep_standalone_quotes_whole = (data[0] & 1) != 0;
  options.soft_boundaries = (data[0] & 2) == 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (util::FindInvalidUtf8(text) != util::kNoInvalidByte) return -1;  // the readers reject it
  const text::SentenceSplitter splitter(language, options);
  const std::vector<Sentence> sentences = splitter.Split(text);
  CheckSentences(text, sentences);
  std::size_t next = 0;  // sentences are in order
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (next < sentences.size() && sentences[next].span.end <= i) ++next;
    const bool inside = next < sentences.size() && sentences[next].span.begin <= i;
    const auto byte = static_cast<unsigned char>(text[i]);
    Require(inside || byte >= 0x80 || IsSpaceByte(text[i]), "a visible byte is in no sentence");
  }
  return 0;
}

}  // namespace kealign::fuzz
