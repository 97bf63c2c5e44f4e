#include "kealign/io/detail/text.h"

#include <fmt/format.h>

#include <iterator>

#include "kealign/util/utf8.h"

namespace kealign::io::detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Start of the code point that ends at `end` (exclusive) in valid UTF-8 `text`.
std::size_t PreviousCodePoint(std::string_view text, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Appends well-formed UTF-8 `text`, cleaned. `*pending_space` carries a whitespace run across
// calls so that invalid bytes in between do not break the collapsing; no space is written while
// `out` holds nothing beyond `out_start`.
void AppendValidClean(std::string_view text, std::size_t out_start, bool* pending_space,
                      std::string* out) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte > 0x20 && byte < 0x7F) {  // fast path: visible ASCII
      if (*pending_space) {
        if (out->size() > out_start) out->push_back(' ');
        *pending_space = false;
      }
      out->push_back(static_cast<char>(byte));
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = util::DecodeUtf8(text, &pos);
    if (IsSpace(c)) {
      *pending_space = true;
      continue;
    }
    if (*pending_space) {
      if (out->size() > out_start) out->push_back(' ');
      *pending_space = false;
    }
    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
      util::AppendUtf8(kReplacement, out);
    } else {
      out->append(text.substr(start, pos - start));
    }
  }
}

}  // namespace

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  switch (c) {
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool IsBlankChar(char32_t c) {
  return IsSpace(c) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

bool IsBlank(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!IsBlankChar(util::DecodeUtf8(text, &pos))) return false;
  }
  return true;
}

ByteSpan TrimBlank(std::string_view text, ByteSpan span) {
  std::size_t begin = span.begin;
  while (begin < span.end) {
    std::size_t next = begin;
    if (!IsBlankChar(util::DecodeUtf8(text, &next))) break;
    begin = next;
  }
  std::size_t end = span.end;
  while (end > begin) {
    std::size_t start = PreviousCodePoint(text, end);
    std::size_t pos = start;
    if (!IsBlankChar(util::DecodeUtf8(text, &pos))) break;
    end = start;
  }
  return ByteSpan{begin, end};
}

void AppendCleanText(std::string_view text, std::string* out) {
  const std::size_t out_start = out->size();
  bool pending_space = false;
  while (true) {
    const std::size_t bad = util::FindInvalidUtf8(text);
    AppendValidClean(text.substr(0, bad), out_start, &pending_space, out);
    if (bad == util::kNoInvalidByte) break;
    if (pending_space && out->size() > out_start) out->push_back(' ');
    pending_space = false;
    util::AppendUtf8(kReplacement, out);
    text.remove_prefix(bad + 1);
  }
}

void AppendSideText(const Document& document, int begin, int count, std::string* out) {
  const std::size_t side_start = out->size();
  for (int i = begin; i < begin + count; ++i) {
    const std::size_t before = out->size();
    if (before > side_start) out->push_back(' ');
    const std::size_t after_separator = out->size();
    AppendCleanText(document.SentenceText(static_cast<std::size_t>(i)), out);
    // A sentence that cleans to nothing must not leave a dangling space.
    if (out->size() == after_separator) out->resize(before);
  }
}

void AppendSideText(const Document& document, int begin, int count, std::string* out,
                    std::vector<std::size_t>* sentence_starts) {
  sentence_starts->clear();
  const std::size_t side_start = out->size();
  for (int i = begin; i < begin + count; ++i) {
    const std::size_t before = out->size();
    if (before > side_start) out->push_back(' ');
    const std::size_t after_separator = out->size();
    AppendCleanText(document.SentenceText(static_cast<std::size_t>(i)), out);
    if (out->size() == after_separator) {
      out->resize(before);
      sentence_starts->push_back(kNoOffset);
    } else {
      sentence_starts->push_back(after_separator - side_start);
    }
  }
}

std::size_t CleanedOffset(std::string_view text, std::size_t offset) {
  std::string prefix;
  AppendCleanText(text.substr(0, offset), &prefix);
  // The cleaning drops a whitespace run at the end of the prefix; in the whole text it is one
  // space before the character at `offset`.
  if (!prefix.empty() && offset > 0 && offset < text.size()) {
    std::size_t start = offset - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    if (IsSpace(util::DecodeUtf8(text, &pos))) prefix.push_back(' ');
  }
  return prefix.size();
}

const std::vector<LineLink>& BeadLinks::Next(const align::Bead& bead,
                                             const std::vector<std::size_t>& source_starts,
                                             const std::vector<std::size_t>& target_starts) {
  links_.clear();
  const std::vector<WordLink>& all = document_.links;
  while (next_ < all.size() && all[next_].source_sentence < bead.source_begin) ++next_;
  for (std::size_t k = next_; k < all.size() && all[k].source_sentence < bead.source_end(); ++k) {
    const WordLink& link = all[k];
    if (link.target_sentence < bead.target_begin || link.target_sentence >= bead.target_end()) {
      continue;
    }
    const std::size_t source_index =
        static_cast<std::size_t>(link.source_sentence - bead.source_begin);
    const std::size_t target_index =
        static_cast<std::size_t>(link.target_sentence - bead.target_begin);
    if (source_index >= source_starts.size() || target_index >= target_starts.size() ||
        source_starts[source_index] == kNoOffset || target_starts[target_index] == kNoOffset) {
      continue;
    }
    const Sentence& source =
        document_.source.sentences[static_cast<std::size_t>(link.source_sentence)];
    const Sentence& target =
        document_.target.sentences[static_cast<std::size_t>(link.target_sentence)];
    const std::string_view source_text = source.span.Of(document_.source.text);
    const std::string_view target_text = target.span.Of(document_.target.text);
    LineLink line;
    line.source_begin = source_starts[source_index] +
                        CleanedOffset(source_text, link.source.begin - source.span.begin);
    line.source_end = source_starts[source_index] +
                      CleanedOffset(source_text, link.source.end - source.span.begin);
    line.target_begin = target_starts[target_index] +
                        CleanedOffset(target_text, link.target.begin - target.span.begin);
    line.target_end = target_starts[target_index] +
                      CleanedOffset(target_text, link.target.end - target.span.begin);
    line.link = &link;
    links_.push_back(line);
  }
  return links_;
}

void AppendIds(int begin, int count, std::string_view separator, std::string* out) {
  for (int i = begin; i < begin + count; ++i) {
    if (i > begin) out->append(separator);
    fmt::format_to(std::back_inserter(*out), "{}", i);
  }
}

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      default:
        out->push_back(c);
    }
  }
}

void AppendScore(double score, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "{:.4f}", score);
}

std::string BeadType(const align::Bead& bead) {
  return fmt::format("{}-{}", bead.source_count, bead.target_count);
}

}  // namespace kealign::io::detail
