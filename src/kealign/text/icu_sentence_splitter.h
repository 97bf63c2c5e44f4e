// A baseline sentence splitter: ICU's BreakIterator (UAX #29; English with `en@ss=standard`'s
// abbreviation suppressions) plus the one Korean rule it most needs, that a closing quote
// followed by a quotative particle continues the sentence (`…생각합니다."라고 말했다.`).
//
// kealign's own splitter (`sentence_splitter.h`) is more accurate on both languages; this one
// stays as the measured baseline (`kealign split --engine icu`, scripts/bench_split) and as a
// fallback for users who prefer ICU's behaviour. Same line structure as `SentenceSplitter`: a
// blank line separates paragraphs and every newline ends a sentence.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "kealign/document.h"
#include "kealign/lang/language.h"

namespace kealign::text {

class IcuSentenceSplitter {
 public:
  // Builds ICU's break iterator for `language`. Throws `InternalError` if ICU has no data.
  explicit IcuSentenceSplitter(Language language);
  ~IcuSentenceSplitter();
  IcuSentenceSplitter(IcuSentenceSplitter&&) noexcept;
  IcuSentenceSplitter& operator=(IcuSentenceSplitter&&) noexcept;

  // Sentences of `text` (valid UTF-8), trimmed byte spans in order. Not thread-safe (the break
  // iterator is stateful): one splitter per thread.
  std::vector<Sentence> Split(std::string_view text) const;

 private:
  struct Impl;
  Language language_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kealign::text
