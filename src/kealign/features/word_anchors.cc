#include "kealign/features/detail/word_text.h"
#include "kealign/features/word_anchors.h"

#include <algorithm>
#include <string>

#include "kealign/lang/english.h"
#include "kealign/lang/korean.h"
#include "kealign/lang/numbers.h"
#include "kealign/lang/romanization.h"
#include "kealign/util/hash.h"

namespace kealign::features {
namespace {

std::uint64_t WordKey(std::string_view lower) { return util::Fnv1a(lower); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

int KeyConsonants(std::string_view key) {
  return static_cast<int>(std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }));
}

bool Overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

std::vector<AnchorMention> FindAnchorMentions(std::string_view sentence, Language language,
                                              const FeatureOptions& options) {
  std::vector<AnchorMention> mentions;
  // URLs first, blanked so that their digits and words are not mentions again (as the
  // extractor does).
  std::string blanked;
  if (options.use_urls) {
    for (std::size_t i = 0; i < sentence.size();) {
      if (IsSpace(sentence[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < sentence.size() && !IsSpace(sentence[end])) ++end;
      const std::string_view token = detail::TrimPunctuation(sentence.substr(i, end - i));
      if (detail::LooksLikeUrl(token)) {
        const std::size_t begin = static_cast<std::size_t>(token.data() - sentence.data());
        mentions.push_back({ByteSpan{begin, begin + token.size()},
                            util::Fnv1a(detail::AsciiLower(token), 0x75726cULL), WordLinkKind::kLatinWord});
        if (blanked.empty()) blanked.assign(sentence);
        std::fill(blanked.begin() + static_cast<long>(begin),
                  blanked.begin() + static_cast<long>(begin + token.size()), ' ');
      }
      i = end;
    }
  }
  const std::string_view s = blanked.empty() ? sentence : std::string_view(blanked);
  std::vector<AnchorMention> numbers, words, names;
  if (options.use_numbers) {
    const std::vector<lang::NumberMention> found =
        language == Language::kKorean ? lang::FindKoreanNumbers(s) : lang::FindEnglishNumbers(s);
    for (const lang::NumberMention& number : found) {
      numbers.push_back({number.span, lang::NumberKey(number), WordLinkKind::kNumber});
    }
  }
  std::vector<lang::LatinWord> latin;
  if (options.use_latin_words || (options.use_loanwords && language == Language::kEnglish)) {
    latin = lang::FindLatinWordSpans(s);
  }
  if (options.use_latin_words) {
    for (const lang::LatinWord& word : latin) {
      words.push_back({word.span, WordKey(word.lower), WordLinkKind::kLatinWord});
    }
  }
  if (options.use_loanwords) {
    auto add = [&](ByteSpan span, const std::string& key) {
      if (!key.empty() && KeyConsonants(key) >= options.min_loanword_consonants) {
        names.push_back({span, WordKey(key), WordLinkKind::kName});
      }
    };
    if (language == Language::kKorean) {
      for (const ByteSpan& word : lang::FindHangulWords(s)) {
        const std::string_view text = word.Of(s);
        const std::string_view stem = lang::StripKoreanParticle(text);
        add(ByteSpan{word.begin, word.begin + stem.size()},
            lang::LoanwordKey(stem, Language::kKorean, /*strip_particle=*/false));
        // A name that ends in a particle syllable (`토론토`) loses it to the stripping.
        if (stem.size() != text.size()) {
          add(word, lang::LoanwordKey(text, Language::kKorean, /*strip_particle=*/false));
        }
      }
    } else {
      // Pairs of words only as names (`New York`, `Los Angeles`): a word and the preposition
      // after it (`Busan on`) may sound like a Korean compound (`부산항`) by chance.
      const auto capitalised = [&](const lang::LatinWord& word) {
        const char first = s[word.span.begin];
        return first >= 'A' && first <= 'Z';
      };
      for (std::size_t i = 0; i < latin.size(); ++i) {
        if (lang::IsEnglishFunctionWord(latin[i].lower)) continue;
        add(latin[i].span, lang::LoanwordKey(latin[i].lower, Language::kEnglish));
        if (i + 1 < latin.size() && capitalised(latin[i]) && capitalised(latin[i + 1]) &&
            s.substr(latin[i].span.end, latin[i + 1].span.begin - latin[i].span.end) == " ") {
          add(ByteSpan{latin[i].span.begin, latin[i + 1].span.end},
              lang::LoanwordKey(latin[i].lower + " " + latin[i + 1].lower, Language::kEnglish));
        }
      }
    }
  }
  // Numbers first: `140억 달러` and `$14 billion` hold words that must not match on their own.
  std::vector<AnchorMention> ordered = std::move(numbers);
  ordered.insert(ordered.end(), mentions.begin(), mentions.end());
  ordered.insert(ordered.end(), words.begin(), words.end());
  ordered.insert(ordered.end(), names.begin(), names.end());
  return ordered;
}

std::vector<std::pair<int, int>> MatchAnchors(std::span<const PlacedMention> source,
                                              std::span<const PlacedMention> target) {
  std::vector<std::pair<int, int>> pairs;
  std::vector<bool> target_used(target.size(), false);
  std::vector<bool> source_used(source.size(), false);
  // Whether `mention` overlaps one of `side` already paired.
  auto taken = [](std::span<const PlacedMention> side, const std::vector<bool>& used,
                  const PlacedMention& mention) {
    for (std::size_t k = 0; k < side.size(); ++k) {
      if (used[k] && side[k].sentence == mention.sentence &&
          Overlaps(side[k].mention.span, mention.mention.span)) {
        return true;
      }
    }
    return false;
  };
  for (const WordLinkKind kind :
       {WordLinkKind::kNumber, WordLinkKind::kLatinWord, WordLinkKind::kName}) {
    for (std::size_t i = 0; i < source.size(); ++i) {
      if (source[i].mention.kind != kind || taken(source, source_used, source[i])) continue;
      for (std::size_t j = 0; j < target.size(); ++j) {
        if (target_used[j] || target[j].mention.kind != kind ||
            target[j].mention.key != source[i].mention.key ||
            taken(target, target_used, target[j])) {
          continue;
        }
        source_used[i] = true;
        target_used[j] = true;
        pairs.emplace_back(static_cast<int>(i), static_cast<int>(j));
        break;
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace kealign::features
