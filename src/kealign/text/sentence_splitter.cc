#include "kealign/text/sentence_splitter.h"

#include "kealign/lang/boilerplate.h"
#include "kealign/lang/char_class.h"
#include "kealign/lang/korean_endings.h"
#include "kealign/text/detail/block_splitter.h"
#include "kealign/text/detail/decode_bounded.h"
#include "kealign/util/utf8.h"

namespace kealign::text {
namespace {

using lang::CharKind;
using lang::Classify;

// Hard-wrapped Korean prose is joined only when the line before is at least this long
// (in code points): headlines and captions are short.
constexpr std::size_t kMinWrappedKoreanLine = 25;

char32_t LastCodePoint(std::string_view text, std::size_t end, std::size_t* start) {
  std::size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  *start = i;
  std::size_t pos = i;
  return detail::DecodeBounded(text, &pos, end);
}

// `[begin, end)` without leading and trailing white space.
ByteSpan Trim(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end) {
    std::size_t pos = begin;
    if (Classify(detail::DecodeBounded(text, &pos, end)) != CharKind::kSpace) break;
    begin = pos;
  }
  while (end > begin) {
    std::size_t start;
    if (Classify(LastCodePoint(text, end, &start)) != CharKind::kSpace) break;
    end = start;
  }
  return {begin, end};
}

// The last space-delimited word of `line`.
std::string_view LastWord(std::string_view line) {
  std::size_t space = line.find_last_of(" \t");
  return space == std::string_view::npos ? line : line.substr(space + 1);
}

bool IsEnglishContinuationWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "a",    "an",    "and", "are",  "as",   "at",    "be",   "but",   "by",   "for",
      "from", "had",   "has", "have", "her",  "his",   "in",   "into",  "is",   "its",
      "of",   "on",    "or",  "our",  "than", "that",  "the",  "their", "to",   "was",
      "were", "which", "who", "will", "with", "would", "said", "not",   "been", "this"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// A list item marker at the start of a line: "b. ", "2) ", "iv. ", "가. ".
bool StartsWithEnumerator(std::string_view line) {
  std::size_t pos = 0;
  std::size_t count = 0;
  while (pos < line.size() && count < 4) {
    std::size_t next = pos;
    const CharKind kind = Classify(detail::DecodeBounded(line, &next, line.size()));
    if (!lang::IsLetterKind(kind) && kind != CharKind::kDigit) break;
    pos = next;
    ++count;
  }
  return count > 0 && count < 4 && pos + 1 < line.size() &&
         (line[pos] == '.' || line[pos] == ')') && line[pos + 1] == ' ';
}

}  // namespace

struct SentenceSplitter::Impl {
  Impl(Language language, const SplitOptions& options)
      : blocks(language, options.keep_standalone_quotes_whole, options.soft_boundaries) {}
  detail::BlockSplitter blocks;
};

SentenceSplitter::SentenceSplitter(Language language, SplitOptions options)
    : language_(language), impl_(std::make_unique<Impl>(language, options)) {}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

bool SentenceSplitter::ContinuesOnNextLine(std::string_view line, std::string_view next) const {
  std::size_t start;
  const char32_t last = LastCodePoint(line, line.size(), &start);
  const CharKind last_kind = Classify(last);
  if (last_kind == CharKind::kTerminal || last_kind == CharKind::kClose ||
      last_kind == CharKind::kStraightQuote || last == ':' || last == '|') {
    return false;
  }
  std::size_t pos = 0;
  const char32_t first = detail::DecodeBounded(next, &pos, next.size());
  const CharKind first_kind = Classify(first);
  const bool next_is_text = lang::IsLetterKind(first_kind) || first_kind == CharKind::kDigit;
  if (!next_is_text || StartsWithEnumerator(next)) return false;
  // A boilerplate line ("Photo: Reuters", "사진=연합뉴스") stands alone whatever is around it.
  bool continues;
  if (last == ',') {
    continues = true;
  } else if (language_ == Language::kEnglish) {
    continues = first_kind == CharKind::kLower || IsEnglishContinuationWord(LastWord(line));
  } else {
    continues =
        first_kind == CharKind::kLower || (util::CountCodePoints(line) >= kMinWrappedKoreanLine &&
                                           lang::EndsWithParticleOrConnective(LastWord(line)));
  }
  return continues && !lang::IsBoilerplate(language_, line) &&
         !lang::IsBoilerplate(language_, next);
}

std::vector<Sentence> SentenceSplitter::Split(std::string_view text) const {
  std::vector<Sentence> out;
  int paragraph = 0;
  bool seen_text = false;
  bool blank_before = false;
  std::size_t block_begin = 0;
  std::size_t block_end = 0;
  bool have_block = false;
  std::string_view last_line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t newline = text.find('\n', pos);
    const std::size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    const ByteSpan line = Trim(text, pos, line_end);
    pos = line_end + 1;
    if (line.empty()) {
      blank_before = true;
      continue;
    }
    const std::string_view line_text = line.Of(text);
    if (have_block && !blank_before && ContinuesOnNextLine(last_line, line_text)) {
      block_end = line.end;
    } else {
      if (have_block) impl_->blocks.Split(text, block_begin, block_end, paragraph, &out);
      if (blank_before && seen_text) ++paragraph;
      block_begin = line.begin;
      block_end = line.end;
      have_block = true;
    }
    last_line = line_text;
    blank_before = false;
    seen_text = true;
  }
  if (have_block) impl_->blocks.Split(text, block_begin, block_end, paragraph, &out);
  return out;
}

}  // namespace kealign::text
