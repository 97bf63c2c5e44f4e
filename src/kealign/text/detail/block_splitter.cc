#include "kealign/text/detail/block_splitter.h"

#include "kealign/lang/boilerplate.h"
#include "kealign/lang/boundary_rules.h"
#include "kealign/lang/char_class.h"
#include "kealign/text/detail/decode_bounded.h"

namespace kealign::text::detail {
namespace {

using lang::CharKind;
using lang::Classify;
using lang::IsFullStop;
using lang::IsLatinLetter;
using lang::IsLetterKind;

// Attached footnote marks ("[12]", "[주 3]") up to this many code points stay with the
// sentence before them, as do parentheticals up to `lang::kMaxAttachedParenChars`.
constexpr std::size_t kMaxFootnoteChars = 16;
// A closing mark looks this deep into the stack of open marks: that keeps pathological input
// (thousands of unclosed brackets) linear.
constexpr std::size_t kMaxStackSearch = 64;

bool IsEllipsisChar(char32_t c) { return c == '.' || c == 0x2026 || c == 0xFF0E; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// The opening counterpart of the closing bracket or quotation mark `close`, or 0.
char32_t OpenerOf(char32_t close) {
  switch (close) {
    case ')':
      return '(';
    case ']':
      return '[';
    case '}':
      return '{';
    case '>':
      return '<';
    case 0x201D:
      return 0x201C;
    case 0x2019:
      return 0x2018;
    case 0x300D:
      return 0x300C;
    case 0x300F:
      return 0x300E;
    case 0x300B:
      return 0x300A;
    case 0x3009:
      return 0x3008;
    case 0x00BB:
      return 0x00AB;
    case 0xFF09:
      return 0xFF08;
    case 0xFF3D:
      return 0xFF3B;
    case 0x3011:
      return 0x3010;
    case 0x3015:
      return 0x3014;
    default:
      return 0;
  }
}

}  // namespace

BlockSplitter::BlockSplitter(Language language, bool atomic_standalone_quotes, bool soft_boundaries)
    : language_(language),
      rules_(lang::MakeBoundaryRules(language,
                                     {.keep_standalone_quotes_whole = atomic_standalone_quotes,
                                      .soft_boundaries = soft_boundaries})),
      atomic_pairs_(rules_->hooks().atomic_pairs),
      unpunctuated_ends_(rules_->hooks().unpunctuated_ends),
      datelines_(rules_->hooks().datelines),
      soft_cuts_(rules_->hooks().soft_cuts),
      mark_hooks_(datelines_ || soft_cuts_) {}

void BlockSplitter::Decode(std::size_t begin, std::size_t end) {
  chars_.clear();
  std::size_t pos = begin;
  while (pos < end) {
    const std::size_t offset = pos;
    const char32_t cp = DecodeBounded(text_, &pos, end);
    chars_.push_back(lang::BlockChar{offset, cp, Classify(cp), false});
  }
}

void BlockSplitter::ShieldLinks() {
  // Most blocks hold no link at all; look for the marks of one before walking the words.
  const std::string_view block = block_.Bytes(0, chars_.size());
  if (block.find("://") == std::string_view::npos && block.find('@') == std::string_view::npos &&
      block.find("www.") == std::string_view::npos &&
      block.find("WWW.") == std::string_view::npos) {
    return;
  }
  const std::size_t n = chars_.size();
  std::size_t i = 0;
  while (i < n) {
    i = block_.SkipSpaces(i);
    if (i >= n) break;
    const std::size_t end = block_.WordEnd(i);
    std::string_view word = block_.Bytes(i, end);
    // Where the link starts inside the word: at its scheme or "www." ("보세요(https://…)"),
    // else after opening brackets and quotes.
    std::size_t start = i;
    bool link = false;
    for (std::size_t k = i; k < end && !link; ++k) {
      if (chars_[k].cp != 'h' && chars_[k].cp != 'H' && chars_[k].cp != 'w' &&
          chars_[k].cp != 'W' && chars_[k].cp != 'f' && chars_[k].cp != 'F') {
        continue;
      }
      if (k > i && IsLatinLetter(chars_[k - 1].cp)) continue;
      const std::string_view rest = block_.Bytes(k, end);
      if (StartsWithNoCase(rest, "http://") || StartsWithNoCase(rest, "https://") ||
          StartsWithNoCase(rest, "ftp://") || StartsWithNoCase(rest, "www.")) {
        link = true;
        start = k;
      }
    }
    if (!link) {
      while (start < end &&
             (chars_[start].kind == CharKind::kOpen ||
              chars_[start].kind == CharKind::kStraightQuote || chars_[start].cp == '<')) {
        ++start;
      }
      word = block_.Bytes(start, end);
      const std::size_t at = word.find('@');
      if (at != std::string_view::npos && at > 0) {
        const std::size_t dot = word.find('.', at);
        link = dot != std::string_view::npos && dot > at + 1 && dot + 1 < word.size() &&
               IsLatinLetter(static_cast<unsigned char>(word[dot + 1]));
      }
    }
    if (link) {
      // Trailing punctuation belongs to the sentence, not to the link.
      std::size_t last = end;
      while (last > start) {
        const lang::BlockChar& c = chars_[last - 1];
        if (c.kind == CharKind::kTerminal || c.kind == CharKind::kClose ||
            c.kind == CharKind::kStraightQuote || c.cp == ',' || c.cp == ';' || c.cp == ':' ||
            c.cp == '>') {
          --last;
        } else {
          break;
        }
      }
      for (std::size_t k = start; k < last; ++k) chars_[k].shielded = true;
    }
    i = end;
  }
}

void BlockSplitter::PairMarks() {
  const std::size_t n = chars_.size();
  stack_.clear();
  auto kind_at = [&](std::size_t k) { return k < n ? chars_[k].kind : CharKind::kSpace; };
  auto close_with = [&](std::size_t i, char32_t open_cp) {
    const std::size_t floor = stack_.size() > kMaxStackSearch ? stack_.size() - kMaxStackSearch : 0;
    for (std::size_t d = stack_.size(); d-- > floor;) {
      if (chars_[stack_[d]].cp == open_cp) {
        pair_[stack_[d]] = static_cast<std::int32_t>(i);
        pair_[i] = stack_[d];
        stack_.resize(d);
        return true;
      }
    }
    return false;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const lang::BlockChar& c = chars_[i];
    if (c.shielded) continue;
    const CharKind prev = i > 0 ? chars_[i - 1].kind : CharKind::kSpace;
    const CharKind next = kind_at(i + 1);
    if (c.kind == CharKind::kOpen || (c.cp == '<' && next != CharKind::kSpace)) {
      stack_.push_back(static_cast<std::int32_t>(i));
    } else if (c.kind == CharKind::kClose || (c.cp == '>' && prev != CharKind::kSpace)) {
      // ’ between letters is an apostrophe (don’t), not a closing quote.
      if (c.cp == 0x2019 && i > 0 && IsLatinLetter(chars_[i - 1].cp) && i + 1 < n &&
          IsLatinLetter(chars_[i + 1].cp)) {
        continue;
      }
      const char32_t open_cp = OpenerOf(c.cp);
      if (!close_with(i, open_cp) && c.cp == 0x201D) {
        // Some texts close a straight quote with a curly one: "…”.
        close_with(i, '"');
      }
    } else if (c.kind == CharKind::kStraightQuote) {
      if (c.cp == '\'') {
        // Apostrophes: don't, O'Neil, 1990's, '19 (a year). Between Hangul it is a quote:
        // '바카라'라는.
        const bool latin_before =
            i > 0 && (IsLatinLetter(chars_[i - 1].cp) || prev == CharKind::kDigit);
        const bool latin_after = i + 1 < n && IsLatinLetter(chars_[i + 1].cp);
        if (latin_before && latin_after) continue;
        if (prev == CharKind::kSpace && next == CharKind::kDigit) continue;
      }
      std::size_t open_depth = stack_.size();
      const std::size_t floor =
          stack_.size() > kMaxStackSearch ? stack_.size() - kMaxStackSearch : 0;
      for (std::size_t d = stack_.size(); d-- > floor;) {
        if (chars_[stack_[d]].cp == c.cp) {
          open_depth = d;
          break;
        }
      }
      const bool has_open = open_depth < stack_.size();
      // The context decides where it can: a mark after a space and before a word opens, one
      // after a word and before a space or punctuation closes; inside words it alternates.
      const bool opens =
          (prev == CharKind::kSpace || prev == CharKind::kOpen) && next != CharKind::kSpace;
      const bool closes = prev != CharKind::kSpace && !IsLetterKind(next) &&
                          next != CharKind::kDigit && next != CharKind::kOpen;
      if (has_open && !opens) {
        close_with(i, c.cp);
      } else if (!has_open && c.cp == '"' && closes && close_with(i, 0x201C)) {
        // “…" closed with a straight quote.
      } else if (opens || (!closes && next != CharKind::kSpace)) {
        // A mark that opens while another of its kind is open: the older one was stray.
        if (has_open) stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(open_depth));
        stack_.push_back(static_cast<std::int32_t>(i));
      }
    }
  }
}

void BlockSplitter::ComputeDepth() {
  const std::size_t n = chars_.size();
  if (!atomic_pairs_) return;
  for (std::size_t o = 0; o < n; ++o) {
    const std::int32_t c = pair_[o];
    if (c <= static_cast<std::int32_t>(o)) continue;
    if (!rules_->IsAtomicPair(block_, o, static_cast<std::size_t>(c))) continue;
    depth_[o] += 1;
    depth_[c] -= 1;
  }
  std::int32_t running = 0;
  for (std::size_t x = 0; x < n; ++x) {
    running += depth_[x];
    depth_[x] = running;
  }
}

std::size_t BlockSplitter::SeparatorLength(std::size_t i) const {
  const std::size_t n = chars_.size();
  const bool space_before = i == 0 || chars_[i - 1].kind == CharKind::kSpace;
  const lang::BlockChar& c = chars_[i];
  if (c.cp == '|' || c.cp == 0xFF5C) {
    const bool space_after = i + 1 == n || chars_[i + 1].kind == CharKind::kSpace;
    return space_before && space_after ? 1 : 0;
  }
  // Markdown image: ![alt](target)
  if (c.cp == '!' && i + 1 < n && chars_[i + 1].cp == '[' && pair_[i + 1] > 0) {
    const std::size_t close = static_cast<std::size_t>(pair_[i + 1]);
    if (close + 1 < n && chars_[close + 1].cp == '(' && pair_[close + 1] > 0) {
      return static_cast<std::size_t>(pair_[close + 1]) + 1 - i;
    }
  }
  return 0;
}

std::size_t BlockSplitter::SkipAttachments(std::size_t k) const {
  const std::size_t n = chars_.size();
  while (k < n) {
    const lang::BlockChar& c = chars_[k];
    const std::int32_t p = pair_[k];
    if (c.cp == '[' && p > static_cast<std::int32_t>(k) && IsFootnote(k, p)) {
      k = static_cast<std::size_t>(p) + 1;  // footnote mark: [3], [주 2], [*]
      continue;
    }
    if ((c.cp == '(' || c.cp == 0xFF08) && p > static_cast<std::int32_t>(k) &&
        static_cast<std::size_t>(p) - k <= lang::kMaxAttachedParenChars) {
      k = static_cast<std::size_t>(p) + 1;  // (6회 우승), (요한 3:13)
      continue;
    }
    if (c.kind == CharKind::kJamo || c.kind == CharKind::kDecoration ||
        ((c.cp == '_' || c.cp == ';' || c.cp == '*') && k + 1 < n &&
         (chars_[k + 1].kind == CharKind::kJamo || chars_[k + 1].kind == CharKind::kDecoration ||
          chars_[k + 1].cp == c.cp))) {
      ++k;
      continue;
    }
    break;
  }
  return k;
}

bool BlockSplitter::IsFootnote(std::size_t open, std::size_t close) const {
  if (close - open > kMaxFootnoteChars) return false;
  const std::string_view inside = block_.Bytes(open + 1, close);
  if (lang::IsFootnoteLabel(inside)) return true;
  for (std::size_t k = open + 1; k < close; ++k) {
    const char32_t cp = chars_[k].cp;
    if (chars_[k].kind == CharKind::kDigit || cp == '*' || cp == 0x2020 || cp == 0x2021) {
      return true;
    }
  }
  return false;
}

bool BlockSplitter::EndsAtTerminal(std::size_t i, std::size_t sentence_start, std::size_t* run_end,
                                   std::size_t* cut) const {
  const std::size_t n = chars_.size();
  std::size_t r = i;
  while (r + 1 < n && chars_[r + 1].kind == CharKind::kTerminal && !chars_[r + 1].shielded) ++r;
  *run_end = r;
  bool periods_only = true;
  bool ellipsis = false;
  for (std::size_t k = i; k <= r; ++k) {
    const char32_t cp = chars_[k].cp;
    periods_only = periods_only && IsFullStop(cp);
    ellipsis = ellipsis || cp == 0x2026;
  }
  ellipsis = (ellipsis || (periods_only && r > i));
  bool exclaims = false;
  for (std::size_t k = i; k <= r; ++k) {
    exclaims = exclaims || !IsEllipsisChar(chars_[k].cp);
  }
  if (periods_only && r == i && rules_->PeriodContinues(block_, i, sentence_start)) return false;

  // Closing quotes and brackets after the terminal belong to the sentence: …year." …다.”
  std::size_t k = r + 1;
  bool closed = false;
  while (k < n && (chars_[k].kind == CharKind::kClose ||
                   (pair_[k] >= 0 && pair_[k] < static_cast<std::int32_t>(k)) ||
                   (chars_[k].kind == CharKind::kStraightQuote && pair_[k] < 0))) {
    closed = true;
    ++k;
  }
  // A closing quote detached by a space: …behavior. "
  for (std::size_t q = block_.SkipSpaces(k);
       q < n && q > k && pair_[q] >= 0 && pair_[q] < static_cast<std::int32_t>(i) &&
       (chars_[q].kind == CharKind::kClose || chars_[q].kind == CharKind::kStraightQuote) &&
       (q + 1 == n || chars_[q + 1].kind == CharKind::kSpace);
       q = block_.SkipSpaces(k)) {
    closed = true;
    k = q + 1;
  }
  // Nothing inside an atomic pair ends a sentence.
  if (depth_[k - 1] > 0) return false;
  k = SkipAttachments(k);
  const std::size_t s = block_.SkipSpaces(k);
  if (s >= n) {
    *cut = n;
    return true;
  }
  // After a space: punctuation that continues the sentence.
  const lang::BlockChar& next = chars_[s];
  if (s > k && (next.cp == ',' || next.cp == ';' || next.cp == ':' || next.cp == '%' ||
                next.kind == CharKind::kClose || next.kind == CharKind::kTerminal)) {
    return false;
  }
  *cut = rules_->CutAfterTerminal(block_, lang::TerminalRun{i, r, k, s, ellipsis, exclaims, closed},
                                  sentence_start);
  return *cut > 0;
}

std::size_t BlockSplitter::LeadBoilerplateEnd(std::size_t s) const {
  const std::size_t length = lang::LeadBoilerplateLength(language_, block_.Bytes(s, chars_.size()));
  if (length == 0) return 0;
  const std::size_t end_offset = chars_[s].offset + length;
  std::size_t e = s;
  while (e < chars_.size() && chars_[e].offset < end_offset) ++e;
  return block_.StartsSentence(block_.SkipSpaces(e)) ? e : 0;
}

bool BlockSplitter::IsNoise(std::size_t begin, std::size_t end) const {
  for (std::size_t k = begin; k < end; ++k) {
    const std::size_t len = SeparatorLength(k);
    if (len > 1) {
      k += len - 1;  // a Markdown image is noise whatever its alt text
      continue;
    }
    const CharKind kind = chars_[k].kind;
    if (IsLetterKind(kind) || kind == CharKind::kDigit || kind == CharKind::kJamo) return false;
  }
  return true;
}

void BlockSplitter::Split(std::string_view text, std::size_t begin, std::size_t end, int paragraph,
                          std::vector<Sentence>* out) {
  text_ = text;
  end_ = end;
  Decode(begin, end);
  const std::size_t n = chars_.size();
  if (n == 0) return;
  pair_.assign(n, -1);
  depth_.assign(n + 1, 0);
  block_ = lang::BlockView(text_, chars_, pair_, end_);
  ShieldLinks();
  PairMarks();
  ComputeDepth();

  cuts_.clear();
  std::size_t sentence_start = 0;
  // Where the next sentence starts and has not yet been tested for boilerplate.
  std::size_t boilerplate_check = 0;
  auto cut_at = [&](std::size_t k, bool soft = false) {
    if (k > sentence_start && k < n) {
      cuts_.push_back(Cut{k, soft});
      sentence_start = k;
      boilerplate_check = k;
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (i == boilerplate_check) {
      const std::size_t s = block_.SkipSpaces(i);
      if (s >= n) break;
      if (const std::size_t e = LeadBoilerplateEnd(s); e > 0) {
        cut_at(e);
        i = e - 1;
        continue;
      }
      // Boilerplate that fills the rest of the block is one sentence: no rule cuts inside
      // "Photo: The New York Times".
      if (lang::IsBoilerplate(language_, block_.Bytes(s, n))) break;
    }
    const lang::BlockChar& c = chars_[i];
    if (c.shielded) continue;
    if (const std::size_t len =
            (c.cp == '|' || c.cp == '!' || c.cp == 0xFF5C) ? SeparatorLength(i) : 0;
        len > 0) {
      cut_at(i);
      cut_at(i + len);
      i += len - 1;
      continue;
    }
    // Datelines are asked about at '(', soft cuts at ':' and a space before a capital. One
    // rarely true test guards them all: a chain of branches on the kind of every character
    // (letter, space, letter…) is mispredicted at every word, which measurably slowed the whole
    // splitter.
    const CharKind next_kind = i + 1 < n ? chars_[i + 1].kind : CharKind::kSpace;
    const bool space_before_capital =
        (c.kind == CharKind::kSpace) & (next_kind == CharKind::kUpper);
    const bool at_mark = (c.cp == '(') | (c.cp == ':') | space_before_capital;
    if ((mark_hooks_ & at_mark) && i > sentence_start) {
      if (c.cp == '(') {
        if (datelines_) {
          // A dateline starts a new story: "…policy positions — WASHINGTON (CNN) — John…".
          const std::size_t d = rules_->DatelineStart(block_, i);
          if (d <= i && d > block_.SkipSpaces(sentence_start)) cut_at(d);
          continue;
        }
      } else if (soft_cuts_) {
        const std::size_t cut = c.cp == ':'
                                    ? rules_->SoftCutAfterColon(block_, i, sentence_start)
                                    : rules_->SoftCutBeforeCapital(block_, i, sentence_start);
        if (cut > 0) {
          cut_at(cut, /*soft=*/true);
          i = cut - 1;
        }
        continue;
      }
    }
    if (c.kind == CharKind::kTerminal) {
      std::size_t run_end = i;
      std::size_t cut = 0;
      if (EndsAtTerminal(i, sentence_start, &run_end, &cut)) {
        cut_at(cut);
        i = cut > run_end ? cut - 1 : run_end;
      } else {
        i = run_end;
      }
      continue;
    }
    if (!unpunctuated_ends_) continue;
    if ((c.kind == CharKind::kJamo || c.kind == CharKind::kDecoration) && i + 1 < n &&
        IsLetterKind(chars_[i + 1].kind) && depth_[i] == 0 &&
        rules_->EndsAfterDecoration(block_, i, sentence_start)) {
      cut_at(i + 1);  // "같아요😀하지만", "먹었다ㅋㅋ근데"
      continue;
    }
    if (c.kind == CharKind::kSpace && i > sentence_start &&
        chars_[i - 1].kind != CharKind::kSpace && depth_[i - 1] == 0) {
      if (const std::size_t cut = rules_->CutAtSpace(block_, i, sentence_start); cut > 0) {
        cut_at(cut);
        if (cut > i) i = cut - 1;
      }
    }
  }

  // Emit trimmed pieces; neighbouring noise pieces merge into one.
  std::size_t piece_begin = 0;
  bool previous_noise = false;
  for (std::size_t j = 0; j <= cuts_.size(); ++j) {
    const std::size_t piece_end = j < cuts_.size() ? cuts_[j].index : n;
    const bool soft = j > 0 && cuts_[j - 1].soft;
    std::size_t a = piece_begin;
    std::size_t b = piece_end;
    while (a < b && chars_[a].kind == CharKind::kSpace) ++a;
    while (b > a && chars_[b - 1].kind == CharKind::kSpace) --b;
    piece_begin = piece_end;
    if (a == b) continue;
    const bool noise = IsNoise(a, b);
    const ByteSpan span{chars_[a].offset, block_.ByteAt(b)};
    if (noise && previous_noise && !out->empty()) {
      out->back().span.end = span.end;
      continue;
    }
    Sentence sentence{span, paragraph, noise};
    sentence.is_boilerplate = !noise && lang::IsBoilerplate(language_, block_.Bytes(a, b));
    sentence.soft_start = soft;
    out->push_back(sentence);
    previous_noise = noise;
  }
}

}  // namespace kealign::text::detail
