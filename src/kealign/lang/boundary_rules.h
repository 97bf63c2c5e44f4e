// Sentence boundary rules: the decisions a language makes where the block scanner of the
// sentence splitter (in `text/`) finds a place where a sentence may end.
//
// The scanner knows no language. It decodes a block into code points, shields links, pairs
// brackets and quotation marks, cuts out separators and noise, and walks the block; at each
// candidate place it asks the `BoundaryRules` of the text's language, which read the block
// through a `BlockView`. The Korean rules (`korean_boundary_rules.h`) end sentences at final
// endings without punctuation and keep quotations embedded in a sentence whole; the English
// rules (`english_boundary_rules.h`) know abbreviations and news datelines.
//
// Glossary
//   block        the unit the scanner splits: a line, or hard-wrapped lines joined.
//   index        the position of a code point in the block (`BlockView::chars()`), not a byte
//                offset.
//   pair         two brackets or quotation marks that match; `BlockView::pairs()` maps each
//                to the other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

#include "kealign/lang/char_class.h"
#include "kealign/lang/language.h"

namespace kealign::lang {

// Rules that read the word before a mark scan back at most this many code points (they need a
// word's last few syllables or letters): that keeps pathological input, a megabyte without
// spaces, linear.
inline constexpr std::size_t kMaxWordScanChars = 32;

// A parenthetical of up to this many code points, attached after a sentence end, stays with
// the sentence: "…우승했다. (6회 우승)", "…버렸음 (출근시간 19시)".
inline constexpr std::size_t kMaxAttachedParenChars = 40;

// An enumerator that opens a sentence ("1.", "IV.", "제1조.") is at most this many code points.
inline constexpr std::size_t kMaxEnumeratorChars = 12;

// One code point of a block, as the scanner decoded it.
struct BlockChar {
  std::size_t offset;  // byte offset in the text
  char32_t cp;
  CharKind kind;
  bool shielded;  // inside a URL or e-mail address: never ends a sentence
};

// A read-only view of a block the scanner has decoded: its code points and the pairing of its
// brackets and quotation marks. Borrows the scanner's buffers, so it is valid only until the
// scanner moves on to the next block. Cheap to copy.
class BlockView {
 public:
  BlockView() = default;
  // `chars` decode `text[chars[0].offset, end_offset)`; `pairs` has one entry per code point.
  BlockView(std::string_view text, std::span<const BlockChar> chars,
            std::span<const std::int32_t> pairs, std::size_t end_offset)
      : text_(text), chars_(chars), pairs_(pairs), end_offset_(end_offset) {}

  // The code points of the block, in order.
  std::span<const BlockChar> chars() const { return chars_; }
  // For each code point, the index of the bracket or quotation mark paired with it, or -1 (no
  // mark, or a mark without a partner).
  std::span<const std::int32_t> pairs() const { return pairs_; }
  // The number of code points.
  std::size_t size() const { return chars_.size(); }

  // The byte offset in the text where the code point at `i` starts; the end of the block for
  // `i >= size()`.
  std::size_t ByteAt(std::size_t i) const {
    return i < chars_.size() ? chars_[i].offset : end_offset_;
  }
  // The text of the code points `[begin, end)`, `begin <= end`.
  std::string_view Bytes(std::size_t begin, std::size_t end) const {
    const std::size_t b = ByteAt(begin);
    return text_.substr(b, ByteAt(end) - b);
  }
  // The first index from `i` on that is not white space, or `size()`.
  std::size_t SkipSpaces(std::size_t i) const {
    while (i < chars_.size() && chars_[i].kind == CharKind::kSpace) ++i;
    return i;
  }
  // The first index from `i` on that is white space, or `size()`: the end of the word at `i`.
  std::size_t WordEnd(std::size_t i) const {
    while (i < chars_.size() && chars_[i].kind != CharKind::kSpace) ++i;
    return i;
  }
  // The first index from `i` on that is neither a closing bracket or quotation mark nor a
  // straight quote that does not open a pair: where the text after a mark's closers goes on.
  std::size_t SkipClosers(std::size_t i) const;
  // Whether the text from `i` on reads as the start of a sentence: a capital, a digit or a letter
  // of an uncased script (Hangul included), possibly after opening quotes or brackets.
  bool StartsSentence(std::size_t i) const;

 private:
  std::string_view text_;
  std::span<const BlockChar> chars_;
  std::span<const std::int32_t> pairs_;
  std::size_t end_offset_ = 0;
};

// A run of terminal punctuation (". ! ? … 。"), with what the scanner found attached after it,
// that may end a sentence. The scanner has ruled out what no language ends a sentence at: a
// period the rules continue (`BoundaryRules::PeriodContinues`), a run inside an atomic pair, a
// run followed, after a space, by punctuation that goes on (", ; : %", a closing mark, more
// terminals).
struct TerminalRun {
  std::size_t first;  // the first mark of the run
  std::size_t last;   // the last mark
  std::size_t end;    // after the closing quotes and brackets, footnote marks, emoticons and
                      // short parentheticals attached to the run
  std::size_t next;   // the first index from `end` on that is not white space; `< size()`
  bool ellipsis;      // the run has a "…" or is two or more periods
  bool exclaims;      // the run has a mark other than a period or "…" ("!", "?", "。")
  bool closed;        // closing quotes or brackets follow the run
};

// Which of the optional rules of `BoundaryRules` a language has. The scanner reads them once, so
// that its walk tests a flag, not a virtual call, at every code point.
struct BoundaryHooks {
  // `IsAtomicPair` for each pair of marks.
  bool atomic_pairs = false;
  // Sentences may end without punctuation: `CutAtSpace` at the first space after each word,
  // and `EndsAfterDecoration` at emoticons right before a word.
  bool unpunctuated_ends = false;
  // `DatelineStart` at each '(' after a sentence start.
  bool datelines = false;
  // `SoftCutAfterColon` at each ':' and `SoftCutBeforeCapital` at each space before a capital.
  bool soft_cuts = false;
};

// The boundary decisions of one language. Implementations hold only their options, so one
// object may serve any number of threads; every method reads the block and allocates nothing.
// Each method takes the index where the current sentence starts, `sentence_start`: rules look
// back no further. A returned cut is the index where the next sentence starts; 0 means none.
class BoundaryRules {
 public:
  virtual ~BoundaryRules() = default;

  // The optional rules the scanner asks.
  const BoundaryHooks& hooks() const { return hooks_; }

  // Whether the single period at `period` does not end the sentence: a decimal point, an
  // enumerator ("1.", "가."), an abbreviation ("Dr.").
  virtual bool PeriodContinues(const BlockView& block, std::size_t period,
                               std::size_t sentence_start) const = 0;

  // Where the next sentence starts after `run`: `run.end` or later (emoticon words that
  // follow may belong to the sentence), or 0 if the run does not end the sentence.
  virtual std::size_t CutAfterTerminal(const BlockView& block, const TerminalRun& run,
                                       std::size_t sentence_start) const = 0;

  // `hooks().atomic_pairs`: whether nothing inside the pair `[open, close]` (`open < close`)
  // ends a sentence. The default: no pair is atomic.
  virtual bool IsAtomicPair(const BlockView& block, std::size_t open, std::size_t close) const;

  // `hooks().unpunctuated_ends`: the cut after the word that ends at `space`, the first space
  // after it, outside atomic pairs; or 0. The default makes none.
  virtual std::size_t CutAtSpace(const BlockView& block, std::size_t space,
                                 std::size_t sentence_start) const;

  // `hooks().unpunctuated_ends`: whether the jamo or decoration at `last`, the last before a
  // letter at `last + 1`, closes a sentence that the next starts at `last + 1`. The default:
  // never.
  virtual bool EndsAfterDecoration(const BlockView& block, std::size_t last,
                                   std::size_t sentence_start) const;

  // `hooks().datelines`: where the news dateline whose agency opens with the '(' at `open`
  // starts ("…positions — WASHINGTON (CNN) — John…" at `WASHINGTON`; `open` itself when no
  // place precedes the agency), or 0 when it is none. A dateline starts a new story, so the
  // scanner cuts there. The default has no datelines.
  virtual std::size_t DatelineStart(const BlockView& block, std::size_t open) const;

  // `hooks().soft_cuts`: the soft cut after the colon at `colon` ("…is needed: It will…"), or
  // 0. The default makes none.
  virtual std::size_t SoftCutAfterColon(const BlockView& block, std::size_t colon,
                                        std::size_t sentence_start) const;

  // `hooks().soft_cuts`: the soft cut at the capitalised word after `space`, the last space
  // before it ("…for formal talks The deal…"), or 0. The default makes none.
  virtual std::size_t SoftCutBeforeCapital(const BlockView& block, std::size_t space,
                                           std::size_t sentence_start) const;

 protected:
  explicit BoundaryRules(const BoundaryHooks& hooks) : hooks_(hooks) {}

 private:
  BoundaryHooks hooks_;
};

// The choices of the sentence splitter's options that the rules make.
struct BoundaryOptions {
  // Korean: a quotation that stands alone ("적당히 쓰세요. 그리고 … 물러가겠습니다.") is atomic
  // too, not only one embedded in a longer sentence. Default false.
  bool keep_standalone_quotes_whole = false;
  // English: cut where a sentence probably starts although no punctuation says so (soft cuts,
  // `BoundaryHooks::soft_cuts`). Default true; false leaves them out.
  bool soft_boundaries = true;
};

// The rules for text in `language`. Cost: one small allocation.
std::unique_ptr<BoundaryRules> MakeBoundaryRules(Language language,
                                                 const BoundaryOptions& options = {});

}  // namespace kealign::lang
