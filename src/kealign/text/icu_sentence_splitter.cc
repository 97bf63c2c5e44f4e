#include "kealign/text/icu_sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <array>
#include <string>

#include "kealign/error.h"

namespace kealign::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Quotative particles that continue a sentence after a closing quote.
constexpr std::array<std::string_view, 6> kQuotatives = {"라고", "이라고", "고 ", "며", "라는",
                                                         "하고"};

bool StartsWithQuotative(std::string_view rest) {
  for (std::string_view q : kQuotatives) {
    if (rest.substr(0, q.size()) == q) return true;
  }
  return false;
}

bool EndsWithClosingQuote(std::string_view piece) {
  while (!piece.empty() && IsSpace(piece.back())) piece.remove_suffix(1);
  for (std::string_view q : {"\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE3\x80\x8D",
                             "\xE3\x80\x8F"}) {  // " ' ” ’ 」 』
    if (piece.size() >= q.size() && piece.substr(piece.size() - q.size()) == q) return true;
  }
  return false;
}

}  // namespace

struct IcuSentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

IcuSentenceSplitter::IcuSentenceSplitter(Language language)
    : language_(language), impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(language == Language::kEnglish ? "en@ss=standard" : "ko");
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  ThrowIfIcuError(status, "BreakIterator::createSentenceInstance");
}

IcuSentenceSplitter::~IcuSentenceSplitter() = default;
IcuSentenceSplitter::IcuSentenceSplitter(IcuSentenceSplitter&&) noexcept = default;
IcuSentenceSplitter& IcuSentenceSplitter::operator=(IcuSentenceSplitter&&) noexcept = default;

std::vector<Sentence> IcuSentenceSplitter::Split(std::string_view text) const {
  std::vector<Sentence> sentences;
  int paragraph = 0;
  bool blank_since_last = false;
  auto add = [&](std::size_t begin, std::size_t end) {
    while (begin < end && IsSpace(text[begin])) ++begin;
    while (end > begin && IsSpace(text[end - 1])) --end;
    if (begin == end) return;
    if (blank_since_last && !sentences.empty()) ++paragraph;
    blank_since_last = false;
    sentences.push_back({{begin, end}, paragraph, false});
  };
  std::size_t line_begin = 0;
  while (line_begin <= text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (line.find_first_not_of(" \t\r\f") == std::string_view::npos) {
      blank_since_last = true;
    } else {
      UErrorCode status = U_ZERO_ERROR;
      UText* utext = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
      ThrowIfIcuError(status, "utext_openUTF8");
      impl_->iterator->setText(utext, status);
      ThrowIfIcuError(status, "BreakIterator::setText");
      std::size_t start = 0;
      for (int32_t end = impl_->iterator->next(); end != icu::BreakIterator::DONE;
           end = impl_->iterator->next()) {
        const auto boundary = static_cast<std::size_t>(end);
        // ICU ends the sentence inside `…합니다."라고 말했다`: keep going after a closing quote
        // that a quotative particle follows.
        if (language_ == Language::kKorean && boundary < line.size() &&
            EndsWithClosingQuote(line.substr(start, boundary - start)) &&
            StartsWithQuotative(line.substr(boundary))) {
          continue;
        }
        add(line_begin + start, line_begin + boundary);
        start = boundary;
      }
      utext_close(utext);
    }
    if (line_end == text.size()) break;
    line_begin = line_end + 1;
  }
  return sentences;
}

}  // namespace kealign::text
