#include "kealign/lang/boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "kealign/lang/english_abbreviations.h"
#include "kealign/lang/korean_endings.h"

namespace kealign::lang {
namespace {

enum Scope : std::uint8_t { kEn = 1, kKo = 2, kAll = 3 };

// Pattern syntax: ASCII letters match either case; ' ' matches one or more white-space
// characters, '_' zero or more; '#' a number ("0", "1,024"); '?' one word; '*' (last only) the
// credit tail. Everything else matches itself.
struct Phrase {
  std::string_view pattern;
  Scope scope;
  bool lead;  // also recognised at the start of a longer block (see the glossary)
};

constexpr bool kLead = true;
constexpr bool kAlone = false;

// A credit runs to at most this many words ("Photo: AP Photo/Ahn Young-joon, File"); Korean
// credits are agency or paper names ("사진: 뉴욕 타임스 제공", "<저작권자 ⓒ 연합뉴스, 무단
// 전재-재배포 금지>").
constexpr std::size_t kMaxCreditWords = 8;
constexpr std::size_t kMaxKoreanCreditWords = 6;

constexpr char Fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr auto kPhrases = [] {
  std::array phrases{
      // Advertising slots and the labels around them.
      Phrase{"Advertisement", kEn, kLead},
      Phrase{"Advertisements", kEn, kAlone},
      Phrase{"Story continues below advertisement", kEn, kLead},
      Phrase{"Story continues below", kEn, kLead},
      Phrase{"Article continues below advertisement", kEn, kLead},
      Phrase{"Article continues below", kEn, kLead},
      Phrase{"Continue reading below", kEn, kLead},
      Phrase{"Continue reading the main story", kEn, kLead},
      Phrase{"Continue reading", kEn, kAlone},
      Phrase{"Skip advertisement", kEn, kLead},
      Phrase{"Sponsored content", kEn, kAlone},
      Phrase{"Sponsored", kEn, kAlone},
      Phrase{"Paid content", kEn, kAlone},
      Phrase{"Paid post", kEn, kAlone},
      Phrase{"Advertise with us", kEn, kAlone},
      Phrase{"광고", kKo, kAlone},
      Phrase{"AD", kKo, kAlone},
      // Picture captions and credits.
      Phrase{"Image caption", kEn, kLead},
      Phrase{"Media caption", kEn, kLead},
      Phrase{"Image copyright *", kEn, kLead},
      Phrase{"Image source, *", kEn, kLead},
      Phrase{"Photo: *", kEn, kLead},
      Phrase{"Photos: *", kEn, kLead},
      Phrase{"Photograph: *", kEn, kLead},
      Phrase{"Photo credit: *", kEn, kLead},
      Phrase{"Photo by *", kEn, kLead},
      Phrase{"Picture: *", kEn, kLead},
      Phrase{"Credit: *", kEn, kLead},
      Phrase{"Source: *", kEn, kAlone},
      Phrase{"Getty Images", kEn, kAlone},
      Phrase{"사진_=_*", kKo, kAlone},
      Phrase{"사진_:_*", kKo, kAlone},
      Phrase{"사진_제공_=_*", kKo, kAlone},
      Phrase{"사진_제공_:_*", kKo, kAlone},
      Phrase{"사진_출처_=_*", kKo, kAlone},
      Phrase{"사진_출처_:_*", kKo, kAlone},
      Phrase{"그래픽_=_*", kKo, kAlone},
      Phrase{"자료_사진", kKo, kAlone},
      Phrase{"출처_:_*", kKo, kAlone},
      Phrase{"출처_=_*", kKo, kAlone},
      // Comment counters and prompts.
      Phrase{"Comments_(#)", kEn, kLead},
      Phrase{"Comments", kEn, kAlone},
      Phrase{"Comment", kEn, kAlone},
      Phrase{"# comments", kEn, kAlone},
      Phrase{"Leave a comment", kEn, kAlone},
      Phrase{"Add a comment", kEn, kAlone},
      Phrase{"Post a comment", kEn, kAlone},
      Phrase{"View comments", kEn, kAlone},
      Phrase{"Show comments", kEn, kAlone},
      Phrase{"Join the conversation", kEn, kAlone},
      Phrase{"댓글_(#)", kKo, kLead},
      Phrase{"댓글_#", kKo, kAlone},
      Phrase{"댓글", kKo, kAlone},
      Phrase{"댓글_쓰기", kKo, kAlone},
      Phrase{"댓글_달기", kKo, kAlone},
      Phrase{"댓글_보기", kKo, kAlone},
      // Reaction counters under Korean articles ("좋아요 0", "싫어요 3", "공감 12"): alone on a
      // line only, since 좋아요 is also a sentence ("정말 좋아요").
      Phrase{"좋아요_#", kKo, kAlone},
      Phrase{"싫어요_#", kKo, kAlone},
      Phrase{"공감_#", kKo, kAlone},
      Phrase{"추천_#", kKo, kAlone},
      Phrase{"Likes_#", kEn, kAlone},
      Phrase{"# likes", kEn, kAlone},
      // Sharing, printing, newsletters and social accounts.
      Phrase{"Share this article", kEn, kLead},
      Phrase{"Share this story", kEn, kLead},
      Phrase{"Share this", kEn, kAlone},
      Phrase{"Share", kEn, kAlone},
      Phrase{"Share on ?", kEn, kAlone},
      Phrase{"Share via email", kEn, kAlone},
      Phrase{"Tweet", kEn, kAlone},
      Phrase{"Email", kEn, kAlone},
      Phrase{"Print", kEn, kAlone},
      Phrase{"Print this article", kEn, kAlone},
      Phrase{"Email this article", kEn, kAlone},
      Phrase{"Copy link", kEn, kAlone},
      Phrase{"Sign up for our newsletter", kEn, kLead},
      Phrase{"Sign up to our newsletter", kEn, kLead},
      Phrase{"Subscribe to our newsletter", kEn, kLead},
      Phrase{"Sign up", kEn, kAlone},
      Phrase{"Subscribe", kEn, kAlone},
      Phrase{"Subscribe now", kEn, kAlone},
      Phrase{"Newsletter", kEn, kAlone},
      Phrase{"Follow us on ?", kEn, kLead},
      Phrase{"Like us on Facebook", kEn, kLead},
      Phrase{"공유하기", kKo, kAlone},
      Phrase{"기사_공유하기", kKo, kAlone},
      Phrase{"공유", kKo, kAlone},
      Phrase{"이 기사를 공유합니다", kKo, kAlone},
      Phrase{"구독", kKo, kAlone},
      Phrase{"구독하기", kKo, kAlone},
      Phrase{"좋아요", kKo, kAlone},
      Phrase{"스크랩", kKo, kAlone},
      Phrase{"인쇄", kKo, kAlone},
      Phrase{"프린트", kKo, kAlone},
      Phrase{"URL_복사", kKo, kAlone},
      Phrase{"글자_크기", kKo, kAlone},
      Phrase{"페이스북", kKo, kAlone},
      Phrase{"트위터", kKo, kAlone},
      Phrase{"카카오톡", kKo, kAlone},
      // Links to more articles.
      Phrase{"Read more", kEn, kLead},
      Phrase{"Read more: *", kEn, kAlone},
      Phrase{"Read the full story", kEn, kAlone},
      Phrase{"Read the full article", kEn, kAlone},
      Phrase{"Read full article", kEn, kAlone},
      Phrase{"Read next", kEn, kAlone},
      Phrase{"Related articles", kEn, kLead},
      Phrase{"Related stories", kEn, kLead},
      Phrase{"Related", kEn, kAlone},
      Phrase{"Related content", kEn, kAlone},
      Phrase{"Related links", kEn, kAlone},
      Phrase{"Related topics", kEn, kAlone},
      Phrase{"More on this story", kEn, kAlone},
      Phrase{"More stories", kEn, kAlone},
      Phrase{"Most popular", kEn, kAlone},
      Phrase{"Most read", kEn, kAlone},
      Phrase{"Top stories", kEn, kAlone},
      Phrase{"Recommended", kEn, kAlone},
      Phrase{"Recommended for you", kEn, kAlone},
      Phrase{"You may also like", kEn, kAlone},
      Phrase{"Trending", kEn, kAlone},
      Phrase{"Latest news", kEn, kAlone},
      Phrase{"Back to top", kEn, kAlone},
      Phrase{"Click here", kEn, kAlone},
      Phrase{"Click here *", kEn, kAlone},
      Phrase{"Listen to this article", kEn, kAlone},
      Phrase{"Watch video", kEn, kAlone},
      Phrase{"Play video", kEn, kAlone},
      Phrase{"관련_기사", kKo, kAlone},
      Phrase{"관련_뉴스", kKo, kAlone},
      Phrase{"기사_더보기", kKo, kAlone},
      Phrase{"더보기", kKo, kAlone},
      Phrase{"많이_본_뉴스", kKo, kAlone},
      Phrase{"인기_기사", kKo, kAlone},
      Phrase{"이_시각_주요뉴스", kKo, kAlone},
      // Copyright and publication notices. A Korean byline alone on its line ("홍길동 기자")
      // is furniture too; one that opens the first sentence ("… 기자 = 정부는 …") stays with
      // it, as an English dateline does.
      Phrase{"All rights reserved", kAll, kAlone},
      Phrase{"\u00A9_*", kAll, kLead},
      Phrase{"\u24D2_*", kAll, kLead},
      // A year or a copyright sign after "Copyright": "Copyright law changed." is prose.
      Phrase{"Copyright #", kAll, kAlone},
      Phrase{"Copyright # *", kAll, kAlone},
      Phrase{"Copyright_\u00A9_*", kAll, kAlone},
      Phrase{"Copyright (c) *", kAll, kAlone},
      Phrase{"Updated: *", kEn, kAlone},
      Phrase{"Published: *", kEn, kAlone},
      Phrase{"Last updated *", kEn, kAlone},
      Phrase{"무단_전재_및_재배포_금지", kKo, kLead},
      Phrase{"무단_전재_및_재배포_금지>", kKo, kAlone},
      Phrase{"무단_전재-재배포_금지", kKo, kLead},
      Phrase{"무단_전재,_재배포_금지", kKo, kLead},
      Phrase{"무단_전재\u00B7재배포_금지", kKo, kLead},
      Phrase{"<저작권자_*", kKo, kAlone},
      Phrase{"저작권자_*", kKo, kAlone},
      Phrase{"? 기자", kKo, kAlone},
      Phrase{"? 기자_=", kKo, kAlone},
      Phrase{"? 특파원", kKo, kAlone},
      Phrase{"? 특파원_=", kKo, kAlone},
  };
  std::sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) {
    return static_cast<unsigned char>(Fold(a.pattern[0])) <
           static_cast<unsigned char>(Fold(b.pattern[0]));
  });
  return phrases;
}();

constexpr auto kAgencies = [] {
  auto names = std::to_array<std::string_view>({
      "AAP",    "ABC", "AFP", "ANI",     "ANSA", "AP",   "Antara",   "BBC",    "Bernama", "CNA",
      "CNN",    "CNS", "DPA", "dpa",     "EFE",  "IANS", "Interfax", "KCNA",   "Kyodo",   "NHK",
      "Newsis", "PTI", "RIA", "Reuters", "TASS", "UPI",  "Xinhua",   "Yonhap",
  });
  std::sort(names.begin(), names.end());
  return names;
}();

// Length of the white space at `pos` (ASCII or U+00A0), 0 if none.
std::size_t SpaceAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == '\xC2' && pos + 1 < text.size() && text[pos + 1] == '\xA0') return 2;
  return 0;
}

std::size_t SkipSpace(std::string_view text, std::size_t pos) {
  while (std::size_t n = SpaceAt(text, pos)) pos += n;
  return pos;
}

std::size_t SkipWord(std::string_view text, std::size_t pos) {
  while (pos < text.size() && SpaceAt(text, pos) == 0) ++pos;
  return pos;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

constexpr std::size_t kNoMatch = std::string_view::npos;

// Whether `word` is a small word found inside names, notices and calls to action ("Department
// of the Interior", "Click here to subscribe").
bool IsSmallWord(std::string_view word) {
  for (std::string_view small : {"of", "and", "for", "the", "to", "at", "on", "in", "by", "via",
                                 "de", "du", "la", "van", "von"}) {
    if (word == small) return true;
  }
  return false;
}

// Whether `word` (one word of a credit tail; `last`: the tail's last) ends a sentence: a
// terminal inside the tail that is not an abbreviation's period ("Inc."), or a Korean
// sentence-final ending ("둔화했다").
bool EndsSentence(std::string_view word, Language language, bool last) {
  while (!word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?')) {
    const bool period = word.back() == '.';
    word.remove_suffix(1);
    if (last) continue;
    if (!period || ClassifyAbbreviation(word) == AbbreviationKind::kNone) return true;
  }
  return language == Language::kKorean &&
         ClassifyKoreanEnding(word) == KoreanEnding::kStrong;
}

// Whether the words `word` and `next` read as the start of an English sentence rather than the
// rest of a credit: a capitalised word, perhaps after an opening quote, then a lower-case word
// that is not a connector inside a name ("Ten miners", "“We are"; not "Department of").
bool StartsSentence(std::string_view word, std::string_view next) {
  for (std::string_view quote : {"\"", "\u201C", "\u2018"}) {
    if (word.starts_with(quote)) word.remove_prefix(quote.size());
  }
  if (word.empty() || !IsUpper(word[0]) || next.empty() || !IsLower(next[0])) return false;
  for (std::string_view connector : {"of", "and", "for", "the", "de", "du", "la", "van", "von"}) {
    if (next == connector) return false;
  }
  return true;
}

// Where the credit tail starting at `pos` ends when it runs on into a sentence, or `kNoMatch`.
std::size_t LeadTailEnd(Language language, std::string_view text, std::size_t pos) {
  // Korean has no capitals to show where a credit ends ("사진: 뉴욕 타임스 정부는…").
  if (pos >= text.size() || language == Language::kKorean) return kNoMatch;
  std::size_t end = SkipWord(text, pos);
  for (std::size_t words = 1; words <= kMaxCreditWords; ++words) {
    const std::size_t next = SkipSpace(text, end);
    if (next >= text.size()) return kNoMatch;
    const std::size_t next_end = SkipWord(text, next);
    const std::size_t after = SkipSpace(text, next_end);
    if (after < text.size() && StartsSentence(text.substr(next, next_end - next),
                                              text.substr(after, SkipWord(text, after) - after))) {
      return end;
    }
    end = next_end;
  }
  return kNoMatch;
}

// The end of `pattern` matched at the start of `text`, or `kNoMatch`. `lead`: the tail stops
// where a sentence starts (see `LeadBoilerplateLength`); otherwise it takes the rest of `text`.
std::size_t MatchPhrase(std::string_view pattern, std::string_view text, Language language,
                        bool lead) {
  std::size_t p = 0;
  for (std::size_t k = 0; k < pattern.size(); ++k) {
    const char c = pattern[k];
    switch (c) {
      case ' ':
        if (SpaceAt(text, p) == 0) return kNoMatch;
        p = SkipSpace(text, p);
        break;
      case '_':
        p = SkipSpace(text, p);
        break;
      case '#':
        if (p >= text.size() || !IsDigit(text[p])) return kNoMatch;
        while (p < text.size() && (IsDigit(text[p]) || (text[p] == ',' && p + 1 < text.size() &&
                                                        IsDigit(text[p + 1])))) {
          ++p;
        }
        break;
      case '?': {
        const std::size_t end = SkipWord(text, p);
        if (end == p) return kNoMatch;
        p = end;
        break;
      }
      case '*': {
        if (lead) return LeadTailEnd(language, text, p);
        if (p >= text.size()) return kNoMatch;
        const std::size_t max_words =
            language == Language::kKorean ? kMaxKoreanCreditWords : kMaxCreditWords;
        std::size_t words = 0;
        // Three lower-case words in a row, none of them small, are prose: names, agencies and
        // dates are capitalised or numbers ("All rights reserved" has two).
        int prose_run = 0;
        for (std::size_t q = p; q < text.size(); q = SkipSpace(text, SkipWord(text, q))) {
          const std::size_t word_end = SkipWord(text, q);
          const std::string_view word = text.substr(q, word_end - q);
          // A stand-alone '|' separates pieces (see the splitter's noise): not credit. Nor is
          // a tail that holds a sentence: "Copyright law changed. Artists sued.", "출처:
          // 통계청. 올해 성장률은 둔화했다.", "Read more: The deal ends months of violence."
          if (++words > max_words || word == "|" ||
              EndsSentence(word, language, /*last=*/word_end >= text.size())) {
            return kNoMatch;
          }
          prose_run = IsLower(word[0]) && !IsSmallWord(word) ? prose_run + 1 : 0;
          if (language == Language::kEnglish && prose_run == 3) return kNoMatch;
        }
        return text.size();
      }
      default:
        if (p >= text.size() || Fold(text[p]) != Fold(c)) return kNoMatch;
        ++p;
        break;
    }
  }
  return p;
}

// The phrases that start with one case-folded byte, and what a caller can rule out without
// trying them: the splitter asks at every sentence, so most sentences must be rejected here.
struct Bucket {
  std::uint16_t begin = 0;  // range in `kPhrases`, sorted by first byte
  std::uint16_t end = 0;
  std::uint8_t scopes = 0;       // union of the phrases' scopes
  std::uint8_t lead_scopes = 0;  // union of the lead phrases' scopes
  bool tail = false;             // some phrase ends in a credit tail
  std::uint16_t max_length = 0;  // longest pattern
};

constexpr auto kBuckets = [] {
  std::array<Bucket, 256> buckets{};
  for (std::size_t k = 0; k < kPhrases.size(); ++k) {
    const Phrase& phrase = kPhrases[k];
    Bucket& b = buckets[static_cast<unsigned char>(Fold(phrase.pattern[0]))];
    if (b.begin == b.end) b.begin = static_cast<std::uint16_t>(k);
    b.end = static_cast<std::uint16_t>(k + 1);
    b.scopes |= phrase.scope;
    if (phrase.lead) b.lead_scopes |= phrase.scope;
    b.tail = b.tail || phrase.pattern.back() == '*';
    b.max_length = std::max(b.max_length, static_cast<std::uint16_t>(phrase.pattern.size()));
  }
  return buckets;
}();

std::uint8_t ScopeOf(Language language) { return language == Language::kKorean ? kKo : kEn; }

// Calls `fn` on the phrases of `language` whose pattern can match all of `text` (`whole`) or
// its start: those starting with its first byte, with a number if it starts with a digit, and
// with a word ('?').
template <typename Fn>
void ForCandidates(Language language, std::string_view text, bool whole, Fn&& fn) {
  if (text.empty()) return;
  const char first = Fold(text[0]);
  const char digit_key = IsDigit(first) ? '#' : '\0';
  const char word_key = first == '?' ? '\0' : '?';
  const std::uint8_t scope = ScopeOf(language);
  for (char key : {first, digit_key, word_key}) {
    if (key == '\0') continue;
    const Bucket& b = kBuckets[static_cast<unsigned char>(key)];
    if ((b.scopes & scope) == 0) continue;
    // A fixed phrase stretches only by extra white space and long numbers.
    if (whole && !b.tail && text.size() > 2u * b.max_length + 16) continue;
    for (std::size_t k = b.begin; k < b.end; ++k) {
      if (kPhrases[k].scope & scope) fn(kPhrases[k]);
    }
  }
}

}  // namespace

bool IsBoilerplate(Language language, std::string_view text) {
  // Furniture is short; most sentences are rejected here.
  if (text.size() > 160) return false;
  bool found = false;
  ForCandidates(language, text, /*whole=*/true, [&](const Phrase& phrase) {
    if (found) return;
    std::size_t end = MatchPhrase(phrase.pattern, text, language, /*lead=*/false);
    if (end == kNoMatch) return;
    while (end < text.size() && (text[end] == '.' || text[end] == ':' || SpaceAt(text, end) != 0)) {
      ++end;
    }
    found = end == text.size();
  });
  return found;
}

std::size_t LeadBoilerplateLength(Language language, std::string_view text) {
  // Lead phrases start with a fixed word, never with a number or a word wildcard.
  if (text.empty() ||
      (kBuckets[static_cast<unsigned char>(Fold(text[0]))].lead_scopes & ScopeOf(language)) == 0) {
    return 0;
  }
  std::size_t longest = 0;
  ForCandidates(language, text, /*whole=*/false, [&](const Phrase& phrase) {
    if (!phrase.lead) return;
    const std::size_t end = MatchPhrase(phrase.pattern, text, language, /*lead=*/true);
    if (end == kNoMatch || end <= longest || SpaceAt(text, end) == 0) return;
    if (SkipSpace(text, end) < text.size()) longest = end;
  });
  return longest;
}

bool IsNewsAgency(std::string_view name) {
  return std::binary_search(kAgencies.begin(), kAgencies.end(), name);
}

bool IsFootnoteLabel(std::string_view label) {
  return label == "편집" || label == "출처 필요" || label == "citation needed";
}

}  // namespace kealign::lang
