// The sentence boundary scanner behind `SentenceSplitter`: splits one block of text (a line,
// or hard-wrapped lines joined) into sentences. The scanner knows no language: it finds the
// places where a sentence may end and asks the `lang::BoundaryRules` of the text's language
// (`kealign/lang/boundary_rules.h`) whether one does.
//
// How a block is split
//   1. Decode it into code points with their `CharKind`, and shield URLs and e-mail addresses.
//   2. Pair brackets and quotation marks (straight quotes by context: after a space and before
//      a word a mark opens, after a word it closes). An unpaired mark pairs with nothing, so an
//      unbalanced quote never swallows the text after. Pairs the rules call atomic (`IsAtomicPair`;
//      Korean: "…한다. …한다"라고 기록했다) contain no sentence end.
//   3. Walk the block. A run of terminal punctuation, with the closing quotes and brackets,
//      footnote marks and emoticons attached to it, ends a sentence unless the rules say
//      otherwise (`PeriodContinues`: abbreviations, decimals, enumerators; `CutAfterTerminal`:
//      quotatives, a lower-case word). Languages whose sentences may end without punctuation
//      (Korean final endings) are asked at the first space after each word and at emoticons
//      before a word.
//   4. Stand-alone `|` and Markdown images are cut out as pieces of their own; a piece without
//      letters or digits is noise.
//   5. Where text from separate lines has run together (a re-flowed paragraph), three more
//      boundaries: web boilerplate at a sentence start is cut off when a sentence follows
//      ("Advertisement The judiciary said…", `kealign/lang/boilerplate.h`); a news dateline
//      starts a sentence (`DatelineStart`: "…positions — WASHINGTON (CNN) — John McCain…");
//      and, with soft boundaries on, text without final punctuation is cut where a sentence
//      probably starts (`SoftCutAfterColon`, `SoftCutBeforeCapital`: "…formal talks The
//      deal…"). Those pieces are `soft_start`: the cut is a guess the aligner may undo.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "kealign/document.h"
#include "kealign/lang/boundary_rules.h"
#include "kealign/lang/char_class.h"
#include "kealign/lang/language.h"

namespace kealign::text::detail {

class BlockSplitter {
 public:
  // `atomic_standalone_quotes`: see `SplitOptions::keep_standalone_quotes_whole`;
  // `soft_boundaries`: see `SplitOptions::soft_boundaries`.
  BlockSplitter(Language language, bool atomic_standalone_quotes, bool soft_boundaries);

  // Appends the sentences of `text[begin, end)` to `out`, each with `paragraph`. `begin` and
  // `end` lie on code point boundaries of valid UTF-8 `text`. Reuses internal buffers, so apart
  // from `out` a call allocates only when a block is longer than any before.
  void Split(std::string_view text, std::size_t begin, std::size_t end, int paragraph,
             std::vector<Sentence>* out);

 private:
  void Decode(std::size_t begin, std::size_t end);
  void ShieldLinks();
  void PairMarks();
  void ComputeDepth();
  // Decides whether the terminal run starting at `i` ends a sentence. Sets `*run_end` to its
  // last index, and `*cut` to the index where the next sentence starts when it returns true.
  bool EndsAtTerminal(std::size_t i, std::size_t sentence_start, std::size_t* run_end,
                      std::size_t* cut) const;
  // Index after the footnote marks, emoticons and short parentheticals attached at `k`.
  std::size_t SkipAttachments(std::size_t k) const;
  // Length in code points of a stand-alone `|` or Markdown image starting at `i`, or 0.
  std::size_t SeparatorLength(std::size_t i) const;
  // Whether the bracket pair `[open, close]` is a footnote mark ("[3]", "[주 2]", "[편집]").
  bool IsFootnote(std::size_t open, std::size_t close) const;
  bool IsNoise(std::size_t begin, std::size_t end) const;

  // The end of the boilerplate phrase that starts at `s` and runs into the next sentence, or 0.
  std::size_t LeadBoilerplateEnd(std::size_t s) const;

  struct Cut {
    std::size_t index;  // where the next sentence starts
    bool soft;          // a guessed boundary (`Sentence::soft_start`)
  };

  Language language_;  // for boilerplate, which `kealign/lang/boilerplate.h` knows by language
  std::unique_ptr<const lang::BoundaryRules> rules_;
  // `rules_->hooks()`, read once.
  bool atomic_pairs_;
  bool unpunctuated_ends_;
  bool datelines_;
  bool soft_cuts_;
  bool mark_hooks_;  // `datelines_ || soft_cuts_`: the walk tests one flag at every code point
  std::string_view text_;
  std::size_t end_ = 0;
  std::vector<lang::BlockChar> chars_;
  std::vector<std::int32_t> pair_;   // index of the matching mark, or -1
  std::vector<std::int32_t> depth_;  // atomic pairs enclosing the gap after each char
  std::vector<std::int32_t> stack_;
  std::vector<Cut> cuts_;
  lang::BlockView block_;  // views the buffers above
};

}  // namespace kealign::text::detail
