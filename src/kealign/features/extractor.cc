#include "kealign/features/detail/word_text.h"
#include "kealign/features/extractor.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "kealign/lang/english.h"
#include "kealign/lang/korean.h"
#include "kealign/lang/numbers.h"
#include "kealign/lang/romanization.h"
#include "kealign/text/normalizer.h"
#include "kealign/util/hash.h"
#include "kealign/util/utf8.h"

namespace kealign::features {
namespace {

// Anchor namespaces keep a number and a word with the same spelling apart.
enum class AnchorKind : char { kNumber = 'n', kWord = 'w', kUrl = 'u', kLoanword = 'l' };

align::AnchorKey HashAnchor(AnchorKind kind, std::string_view text) {
  const char tag = static_cast<char>(kind);
  return util::Fnv1a(text, util::Fnv1a(std::string_view(&tag, 1)));
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Extracted {
  std::vector<align::AnchorKey> strong;
  std::vector<align::AnchorKey> weak;
  std::vector<std::string_view> verbatim;  // URLs and e-mail addresses, as found
};

// URLs and e-mail addresses become strong anchors; their bytes are blanked in `*blanked` so
// that the digits and words inside them are not counted again. Returns the text to scan next.
std::string_view ExtractUrls(std::string_view s, std::string* blanked, Extracted* out) {
  for (std::size_t i = 0; i < s.size();) {
    if (IsSpace(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && !IsSpace(s[end])) ++end;
    const std::string_view token = detail::TrimPunctuation(s.substr(i, end - i));
    if (detail::LooksLikeUrl(token)) {
      out->strong.push_back(HashAnchor(AnchorKind::kUrl, detail::AsciiLower(token)));
      out->verbatim.push_back(token);
      if (blanked->empty()) blanked->assign(s);
      const std::size_t begin = static_cast<std::size_t>(token.data() - s.data());
      std::fill(blanked->begin() + begin, blanked->begin() + begin + token.size(), ' ');
    }
    i = end;
  }
  return blanked->empty() ? s : std::string_view(*blanked);
}

// Number of consonant symbols in a loanword key (`a` stands for vowels).
int KeyConsonants(std::string_view key) {
  return static_cast<int>(std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }));
}

void AddLoanwordKey(std::string_view key, const FeatureOptions& options, Extracted* out) {
  if (KeyConsonants(key) >= options.min_loanword_consonants) {
    out->weak.push_back(HashAnchor(AnchorKind::kLoanword, key));
  }
}

void Extract(std::string_view sentence, Language language, const FeatureOptions& options,
             Extracted* out) {
  std::string blanked;
  const std::string_view s = options.use_urls ? ExtractUrls(sentence, &blanked, out) : sentence;

  if (options.use_numbers) {
    std::vector<lang::NumberMention> mentions;
    if (language == Language::kKorean) {
      lang::FindKoreanNumbers(s, &mentions);
    } else {
      lang::FindEnglishNumbers(s, &mentions);
    }
    for (std::uint64_t key : lang::NumberKeys(mentions)) {
      out->strong.push_back(HashAnchor(
          AnchorKind::kNumber, std::string_view(reinterpret_cast<const char*>(&key), sizeof key)));
    }
  }

  std::vector<std::string> latin_words;
  if (options.use_latin_words || (options.use_loanwords && language == Language::kEnglish)) {
    latin_words = lang::FindLatinWords(s);
  }
  if (options.use_latin_words) {
    for (const std::string& word : latin_words) {
      // Latin words inside Korean are names and terms a translation keeps; in English every
      // word is Latin, so there they only confirm.
      (language == Language::kKorean && options.latin_words_strong ? out->strong : out->weak)
          .push_back(HashAnchor(AnchorKind::kWord, word));
    }
  }

  if (options.use_loanwords) {
    if (language == Language::kKorean) {
      for (const ByteSpan& word : lang::FindHangulWords(s)) {
        AddLoanwordKey(lang::LoanwordKey(word.Of(s), Language::kKorean), options, out);
      }
    } else {
      // Single words and neighbouring pairs: Korean writes `뉴욕` for "New York" as one word.
      for (std::size_t i = 0; i < latin_words.size(); ++i) {
        AddLoanwordKey(lang::LoanwordKey(latin_words[i], Language::kEnglish), options, out);
        if (i + 1 < latin_words.size()) {
          AddLoanwordKey(
              lang::LoanwordKey(latin_words[i] + " " + latin_words[i + 1], Language::kEnglish),
              options, out);
        }
      }
    }
  }
}

void SortUnique(std::vector<align::AnchorKey>* keys) {
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
  // Features live as long as the document: growth slack (up to half of each vector) was a
  // tenth of a long document's memory.
  keys->shrink_to_fit();
}

float Length(std::string_view s, LengthUnit unit) {
  switch (unit) {
    case LengthUnit::kBytes:
      return static_cast<float>(s.size());
    case LengthUnit::kCodePoints:
      return static_cast<float>(util::CountCodePoints(s));
    case LengthUnit::kNonSpaceCodePoints: {
      std::size_t n = 0;
      for (char c : s) n += ((static_cast<unsigned char>(c) & 0xC0) != 0x80) && !IsSpace(c);
      return static_cast<float>(n);
    }
  }
  return 0;
}

}  // namespace

align::SegmentFeatures ExtractFeatures(std::string_view sentence, Language language,
                                       const FeatureOptions& options) {
  Extracted extracted;
  // Anchors match compatibility forms as what they stand for (`２０２４년` ↔ `2024`, `ＡＰＩ` ↔
  // `API`); the length stays that of the text as written.
  std::string folded;
  Extract(text::FoldCompatibility(sentence, &folded), language, options, &extracted);
  SortUnique(&extracted.strong);
  SortUnique(&extracted.weak);
  align::SegmentFeatures features;
  features.length = Length(sentence, options.length_unit);
  // Compatibility folding keeps URLs' length in code points (they are ASCII, or folded to it);
  // bytes and spaces count as in `length`.
  for (std::string_view token : extracted.verbatim) {
    features.verbatim += Length(token, options.length_unit);
  }
  features.verbatim = std::min(features.verbatim, features.length);
  features.strong = std::move(extracted.strong);
  features.weak = std::move(extracted.weak);
  return features;
}

std::vector<align::SegmentFeatures> ExtractFeatures(const Document& document, Language language,
                                                    const FeatureOptions& options) {
  std::vector<align::SegmentFeatures> out;
  out.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) {
    align::SegmentFeatures features =
        ExtractFeatures(sentence.span.Of(document.text), language, options);
    features.paragraph = sentence.paragraph;
    features.is_noise = sentence.is_noise;
    features.is_boilerplate = sentence.is_boilerplate;
    features.soft_start = sentence.soft_start;
    out.push_back(std::move(features));
  }
  return out;
}

}  // namespace kealign::features
