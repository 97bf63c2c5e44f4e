#include "kealign/lang/korean_boundary_rules.h"

#include "kealign/lang/english_boundary_rules.h"
#include "kealign/lang/korean_endings.h"

namespace kealign::lang {
namespace {

// A Korean quotation or parenthesis longer than this is not treated as atomic: a pair that
// long is more likely two stray marks than one quotation (the longest quotations in news and
// fiction run to a few sentences).
constexpr std::size_t kMaxAtomicPairBytes = 2400;

// Closing quotation marks. Brackets, and the angle and title brackets < > 〈 〉 《 》 that
// mark titles and inner voice, are not: what they enclose is always atomic in Korean.
bool IsQuoteMark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
         c == 0x00BB;
}

// Whether the quotation closing at `close` continues into a longer sentence.
bool QuoteIsEmbedded(const BlockView& block, std::size_t close) {
  const auto chars = block.chars();
  const auto pairs = block.pairs();
  const std::size_t n = chars.size();
  std::size_t k = close + 1;
  // Other closing marks right after: …"』라고
  while (k < n && (chars[k].kind == CharKind::kClose ||
                   (pairs[k] >= 0 && pairs[k] < static_cast<std::int32_t>(k)))) {
    ++k;
  }
  if (k >= n) return false;
  const BlockChar& next = chars[k];
  if (next.kind == CharKind::kHangul) return true;  // "…"라고, "…"는, "…"며
  if (next.kind != CharKind::kSpace) {
    // "…", 하고 / "…"(1699년)라고: punctuation other than a full stop continues the sentence.
    return next.kind != CharKind::kTerminal;
  }
  const std::size_t s = block.SkipSpaces(k);
  return s < n && ContinuesAfterQuote(block.Bytes(s, block.WordEnd(s)), /*after_space=*/true);
}

// Whether `[begin, end)` is a word of emoticons alone: ㅋㅋ, ^^, 😊, ^_^, :), T_T.
bool IsEmoticonWord(const BlockView& block, std::size_t begin, std::size_t end) {
  const auto chars = block.chars();
  if (begin >= end) return false;
  bool decoration = false;
  for (std::size_t k = begin; k < end; ++k) {
    const BlockChar& c = chars[k];
    if (c.kind == CharKind::kJamo || c.kind == CharKind::kDecoration) {
      decoration = true;
      continue;
    }
    // Glue inside emoticons: ^_^ ㅠ_ㅠ ^^;; >_< T_T ^-^ :)
    if (std::u32string_view(U"_;:-*=+<>()/\\.,!?TxXoOvV").find(c.cp) == std::u32string_view::npos) {
      return false;
    }
  }
  if (decoration) return true;
  const std::string_view word = block.Bytes(begin, end);
  return word == ":)" || word == ":-)" || word == ":(" || word == ":-(" || word == ";)" ||
         word == ":D" || word == "T_T" || word == "T.T" || word == ";;" || word == ";;;";
}

// Whether a character of [begin, end) is a Hangul jamo (ㅋㅋ, ㅠㅠ: laughter and tears).
bool HasJamo(const BlockView& block, std::size_t begin, std::size_t end) {
  const auto chars = block.chars();
  for (std::size_t k = begin; k < end; ++k) {
    if (chars[k].kind == CharKind::kJamo) return true;
  }
  return false;
}

// Whether the word before the one starting at `w` ends in a Korean ending that can close a
// sentence (`ClassifyKoreanEnding`), or is not a Korean word (a Latin word, a number).
bool EndsAfterFinalWord(const BlockView& block, std::size_t w, std::size_t sentence_start) {
  const auto chars = block.chars();
  std::size_t e = w;
  while (e > sentence_start && chars[e - 1].kind == CharKind::kSpace) --e;
  if (e == sentence_start) return true;
  if (chars[e - 1].kind != CharKind::kHangul) return true;
  std::size_t b = e;
  while (b > sentence_start && e - b < kMaxWordScanChars && chars[b - 1].kind != CharKind::kSpace) {
    --b;
  }
  return ClassifyKoreanEnding(block.Bytes(b, e)) != KoreanEnding::kNone;
}

// The index after the emoticon words that follow `k`, if any; informal Korean ends a sentence
// with them, and they belong to it.
std::size_t SkipEmoticonWords(const BlockView& block, std::size_t k) {
  while (true) {
    const std::size_t s = block.SkipSpaces(k);
    if (s >= block.size()) return k;
    const std::size_t e = block.WordEnd(s);
    if (!IsEmoticonWord(block, s, e)) return k;
    k = e;
  }
}

// Whether a hashtag starts at `k`: '#' (or a full-width one) before a letter or digit.
bool IsHashtagAt(const BlockView& block, std::size_t k) {
  const auto chars = block.chars();
  if (k + 1 >= chars.size() || (chars[k].cp != '#' && chars[k].cp != 0xFF03)) return false;
  const CharKind next = chars[k + 1].kind;
  return next == CharKind::kHangul || next == CharKind::kUpper || next == CharKind::kLower ||
         next == CharKind::kLetter || next == CharKind::kDigit;
}

// Whether the word before the word at `w` (after `sentence_start`) is a hashtag.
bool PreviousWordIsHashtag(const BlockView& block, std::size_t w, std::size_t sentence_start) {
  const auto chars = block.chars();
  std::size_t k = w;
  while (k > sentence_start && chars[k - 1].kind == CharKind::kSpace) --k;
  if (k == w || k == sentence_start) return false;
  std::size_t b = k;
  while (b > sentence_start && w - b < kMaxWordScanChars && chars[b - 1].kind != CharKind::kSpace) {
    --b;
  }
  return IsHashtagAt(block, b);
}

// A run of hashtag words.
struct HashtagRun {
  std::size_t words = 0;      // how many
  bool to_block_end = false;  // nothing but hashtags follows them in the block
};

// The run of hashtags from `s`, the start of a word.
HashtagRun ScanHashtags(const BlockView& block, std::size_t s) {
  HashtagRun run;
  while (s < block.size() && IsHashtagAt(block, s)) {
    ++run.words;
    s = block.SkipSpaces(block.WordEnd(s));
  }
  run.to_block_end = s >= block.size();
  return run;
}

// The word that ends at `end` (after `sentence_start`), at most `kMaxWordScanChars` long.
std::string_view WordBefore(const BlockView& block, std::size_t end, std::size_t sentence_start) {
  const auto chars = block.chars();
  std::size_t w = end;
  while (w > sentence_start && end - w < kMaxWordScanChars &&
         chars[w - 1].kind != CharKind::kSpace) {
    --w;
  }
  return block.Bytes(w, end);
}

// Whether `word` is an adverb or connective that must be followed by a verb: 안, 못, 잘, 좀,
// 늦게, 빨리, and the purposive -러 (보러, 먹으러).
bool NeedsVerb(std::string_view word) {
  if (word == "안" || word == "못" || word == "잘" || word == "좀" || word == "또" ||
      word == "꼭" || word == "더" || word == "덜" || word == "너무" || word == "많이" ||
      word == "빨리" || word == "일찍" || word == "혼자" || word == "이미" || word == "벌써" ||
      word == "아직" || word == "그냥" || word == "푹") {
    return true;
  }
  // Adverbs in -게 (늦게, 쉽게) and the purposive -러, of two syllables or more.
  // Not the particle 에게 ("그에게 황금").
  return word.size() >= 6 && (word.ends_with("게") || word.ends_with("러")) &&
         !word.ends_with("에게") && ClassifyKoreanEnding(word) == KoreanEnding::kNone;
}

// Whether `word` ends in the subject particle 이/가 after a noun of two or more syllables
// ("해가", "사람이"): a clause that has not reached its predicate.
bool EndsWithSubjectParticle(std::string_view word) {
  return word.size() >= 6 && (word.ends_with("가") || word.ends_with("이")) &&
         ClassifyKoreanEnding(word) == KoreanEnding::kNone;
}

// Whether the word ending before `e` ends in an adnominal (modifier) syllable: 던진, 할.
bool EndsWithModifier(const BlockView& block, std::size_t e) {
  const auto chars = block.chars();
  // An adnominal ending (던진, 하는, 할) before 반면/한편 makes them nouns ("…던진 반면").
  const char32_t last = chars[e - 1].cp;
  if (chars[e - 1].kind != CharKind::kHangul) return false;
  const int jong = static_cast<int>((last - 0xAC00) % 28);
  return jong == 4 || jong == 8;  // ㄴ, ㄹ
}

// Whether the quotation `[open, close]` ends like a sentence (terminal or final ending).
bool QuoteEndsUtterance(const BlockView& block, std::size_t open, std::size_t close) {
  const auto chars = block.chars();
  std::size_t last = close;
  while (last > open + 1 && (chars[last - 1].kind == CharKind::kClose ||
                             chars[last - 1].kind == CharKind::kDecoration)) {
    --last;
  }
  if (last <= open + 1) return false;
  if (chars[last - 1].kind == CharKind::kTerminal) return true;
  std::size_t w = last;
  while (w > open + 1 && chars[w - 1].kind != CharKind::kSpace) --w;
  const KoreanEnding ending = ClassifyKoreanEnding(block.Bytes(w, last));
  return ending == KoreanEnding::kStrong || ending == KoreanEnding::kWeak;
}

}  // namespace

bool ContinuesKoreanPeriod(const BlockView& block, std::size_t i, std::size_t sentence_start) {
  const auto chars = block.chars();
  const std::size_t n = chars.size();
  const std::size_t first = block.SkipSpaces(sentence_start);
  if (first < i && i - first <= kMaxEnumeratorChars && IsKoreanEnumerator(block.Bytes(first, i))) {
    return true;
  }
  if (i == 0 || chars[i - 1].kind != CharKind::kDigit) return false;
  std::size_t after = block.SkipClosers(i + 1);
  const bool spaced = after < n && chars[after].kind == CharKind::kSpace;
  after = block.SkipSpaces(after);
  // Dates written with spaces: "2024. 11. 27." continues after each period.
  if (spaced && after < n && chars[after].kind == CharKind::kDigit) {
    std::size_t e = after;
    while (e < n && chars[e].kind == CharKind::kDigit) ++e;
    if (e - after <= 4 && e < n && IsFullStop(chars[e].cp)) return true;
  }
  std::size_t d = i;
  while (d > 0 && chars[d - 1].kind == CharKind::kDigit) --d;
  std::size_t before = d;
  while (before > 0 && chars[before - 1].kind == CharKind::kSpace) --before;
  if (before < d && before > 1 && IsFullStop(chars[before - 1].cp) &&
      chars[before - 2].kind == CharKind::kDigit && i - d <= 2) {
    // The day of "2024. 11. 27." before a time or a noun.
    return after < n && chars[after].kind != CharKind::kUpper;
  }
  return false;
}

KoreanBoundaryRules::KoreanBoundaryRules(bool keep_standalone_quotes_whole)
    : BoundaryRules(BoundaryHooks{.atomic_pairs = true, .unpunctuated_ends = true}),
      keep_standalone_quotes_whole_(keep_standalone_quotes_whole) {}

bool KoreanBoundaryRules::PeriodContinues(const BlockView& block, std::size_t period,
                                          std::size_t sentence_start) const {
  return ContinuesEnglishPeriod(block, period, sentence_start, /*hangul_opens_sentence=*/false) ||
         ContinuesKoreanPeriod(block, period, sentence_start);
}

std::size_t KoreanBoundaryRules::CutAfterTerminal(const BlockView& block, const TerminalRun& run,
                                                  std::size_t sentence_start) const {
  const auto chars = block.chars();
  const CharKind before = run.first > 0 ? chars[run.first - 1].kind : CharKind::kSpace;
  const BlockChar& next = chars[run.next];
  if (run.next == run.end) {
    // Attached Hangul after a closing quote is a quotative particle: …"라고, …"는.
    if (run.closed) return 0;
    // A missing space after a full stop: "…했다.그러나". Periods after Latin letters or digits
    // are abbreviations, file names or numbers: "Inc.는", "1.5배".
    if (before != CharKind::kHangul && before != CharKind::kJamo && !run.exclaims) return 0;
    if (run.ellipsis && !run.exclaims) {
      // "…이가..여기 왔다": a pause; but after a final ending, or before a conjunction, the
      // ellipsis trails off a sentence the next word was run into ("…했습니다...하지만").
      if (next.kind != CharKind::kHangul) return 0;
      // "…감돌았다…는 것은": a particle or quotative after the ellipsis quotes the sentence.
      const std::string_view rest = block.Bytes(run.next, block.WordEnd(run.next));
      if (ContinuesAfterQuote(rest, /*after_space=*/true)) return 0;
      const KoreanEnding ending =
          ClassifyKoreanEnding(WordBefore(block, run.first, sentence_start));
      const bool final_ending = ending == KoreanEnding::kStrong || ending == KoreanEnding::kWeak;
      if (!final_ending && ClassifyKoreanOpener(block.Bytes(run.next, block.WordEnd(run.next))) !=
                               KoreanOpener::kConjunction) {
        return 0;
      }
      return run.end;
    }
    if (next.kind == CharKind::kHangul || next.kind == CharKind::kOpen ||
        next.kind == CharKind::kStraightQuote || next.kind == CharKind::kDigit ||
        next.kind == CharKind::kUpper) {
      return run.end;
    }
    return 0;
  }
  // A quotative after the sentence, with or without quotation marks: "…" 하며,
  // "…뭐지?? 하고 검색", "…않았을까? 라는 생각", "…되나? 싶었는데".
  const std::string_view next_word = block.Bytes(run.next, block.WordEnd(run.next));
  if (ContinuesAfterQuote(next_word, /*after_space=*/true)) return 0;
  if (run.exclaims && next_word.starts_with("싶")) return 0;
  if (run.ellipsis && !run.exclaims && !run.closed) {
    // "…친해지지만… 그녀는": an ellipsis after a connective is a pause, unless a
    // conjunction or another opener follows ("…안되고.. 아무튼") or a quoted utterance
    // starts ("…둘러보고... "저기요"").
    const std::string_view word = WordBefore(block, run.first, sentence_start);
    const bool quote_opens = next.kind == CharKind::kOpen || next.kind == CharKind::kStraightQuote;
    if (EndsWithParticleOrConnective(word) && !quote_opens &&
        ClassifyKoreanOpener(next_word) == KoreanOpener::kNone) {
      return 0;
    }
    // Hesitation: "어... 그게", "네, 네... 여기", "물론... 영화만", "해가… 나야": an ellipsis
    // after one or two words that end in no final ending (a connective is handled above), or
    // after a subject, is a pause.
    const std::size_t first = block.SkipSpaces(sentence_start);
    std::size_t words = 1;
    for (std::size_t k = first; k < run.first && words <= 2; ++k) {
      if (chars[k].kind == CharKind::kSpace && chars[k + 1].kind != CharKind::kSpace) ++words;
    }
    const KoreanEnding ending = ClassifyKoreanEnding(word);
    if (!quote_opens && ending != KoreanEnding::kStrong && ending != KoreanEnding::kWeak &&
        ((words <= 2 && !EndsWithParticleOrConnective(word)) || EndsWithSubjectParticle(word))) {
      return 0;
    }
  }
  if (next.kind == CharKind::kLower && (before == CharKind::kLower || before == CharKind::kUpper)) {
    return 0;  // an English fragment inside Korean text
  }
  return SkipEmoticonWords(block, run.end);
}

bool KoreanBoundaryRules::IsAtomicPair(const BlockView& block, std::size_t open,
                                       std::size_t close) const {
  const auto chars = block.chars();
  if (chars[close].offset - chars[open].offset > kMaxAtomicPairBytes) return false;
  // A quotation is atomic only when embedded in a longer sentence ("…"라고 말했다); a
  // quotation standing alone is split like any other text.
  return keep_standalone_quotes_whole_ || !IsQuoteMark(chars[close].cp) ||
         QuoteIsEmbedded(block, close);
}

bool KoreanBoundaryRules::EndsAfterDecoration(const BlockView& block, std::size_t i,
                                              std::size_t sentence_start) const {
  const auto chars = block.chars();
  if (chars[i + 1].kind != CharKind::kHangul) return false;
  std::size_t r = i + 1;
  bool emoji = false;
  while (r > sentence_start &&
         (chars[r - 1].kind == CharKind::kJamo || chars[r - 1].kind == CharKind::kDecoration)) {
    emoji = emoji || chars[r - 1].cp >= 0x2600;
    --r;
  }
  if (r == sentence_start || chars[r - 1].kind != CharKind::kHangul) return false;
  if (!emoji && i + 1 - r < 2) return false;  // a single ㅋ or ~ is too weak a sign
  std::size_t w = r;
  while (w > sentence_start && r - w < kMaxWordScanChars && chars[w - 1].kind != CharKind::kSpace) {
    --w;
  }
  const KoreanEnding ending = ClassifyKoreanEnding(block.Bytes(w, r));
  return ending == KoreanEnding::kStrong || ending == KoreanEnding::kWeak;
}

std::size_t KoreanBoundaryRules::CutAtSpace(const BlockView& block, std::size_t i,
                                            std::size_t sentence_start) const {
  const auto chars = block.chars();
  const auto pairs = block.pairs();
  const std::size_t n = chars.size();
  std::size_t w = i;
  while (w > sentence_start && chars[w - 1].kind != CharKind::kSpace) --w;
  if (w >= i) return 0;
  // Strip the decoration at the end of the word: 좋아요ㅎㅎ, 감사합니다~~, 맛있어😋.
  std::size_t e = i;
  bool laughter = false;  // jamo or emoji, not just ~ or ^
  while (e > w &&
         (chars[e - 1].kind == CharKind::kJamo || chars[e - 1].kind == CharKind::kDecoration ||
          // a closing quote that closes nothing: …없었다" 회견이
          (pairs[e - 1] < 0 && (chars[e - 1].kind == CharKind::kStraightQuote ||
                                chars[e - 1].kind == CharKind::kClose)))) {
    laughter = laughter || chars[e - 1].kind == CharKind::kJamo || chars[e - 1].cp >= 0x2600;
    --e;
  }
  const bool decorated = e < i;
  const std::size_t s = block.SkipSpaces(i);
  if (s >= n) return 0;
  const BlockChar& next = chars[s];
  if (next.kind == CharKind::kClose || next.kind == CharKind::kTerminal || next.cp == ',' ||
      next.cp == ';' || next.cp == ':' || next.cp == '%' || next.cp == '~') {
    return 0;
  }
  // Hashtags: a run of them (#카페 #일상), or one that opens the sentence, is a unit of its
  // own. Nothing inside it ends a sentence (#맛있다), and it ends where prose goes on.
  if (IsHashtagAt(block, w)) {
    if (IsHashtagAt(block, s)) return 0;
    if (w == block.SkipSpaces(sentence_start) || PreviousWordIsHashtag(block, w, sentence_start)) {
      return SkipEmoticonWords(block, i);
    }
  }
  if (e == w) {
    // A word of laughter or emoticons alone ends the sentence it follows; opening one, it
    // belongs to the sentence it opens ("ㅋㅋㅋ 진짜 웃기다"). A pictograph alone is also an
    // illustration inside a sentence ("가족 😀 사진을 찍었어요"): it ends one only after a
    // word that can end one.
    if (!IsEmoticonWord(block, w, i) || w == block.SkipSpaces(sentence_start)) return 0;
    if (laughter && !HasJamo(block, w, i) && !EndsAfterFinalWord(block, w, sentence_start)) {
      return 0;
    }
    return SkipEmoticonWords(block, i);
  }
  CharKind last = chars[e - 1].kind;
  std::size_t core_end = e;  // where the word's own text ends
  // "…였음(테라스가 바로 옆) 들을라고": a parenthetical attached to a word with a final ending.
  if ((chars[e - 1].cp == ')' || chars[e - 1].cp == 0xFF09) && pairs[e - 1] > 0 &&
      static_cast<std::size_t>(pairs[e - 1]) > sentence_start &&
      chars[pairs[e - 1] - 1].kind == CharKind::kHangul) {
    core_end = static_cast<std::size_t>(pairs[e - 1]);
    w = core_end;
    while (w > sentence_start && chars[w - 1].kind != CharKind::kSpace) --w;
    last = CharKind::kHangul;
  }
  // A quoted utterance after a speaker label or on its own: 원빈:"너 지금..." 동원:"…"
  if (pairs[e - 1] >= 0 && pairs[e - 1] < static_cast<std::int32_t>(e - 1) &&
      (chars[e - 1].kind == CharKind::kClose || chars[e - 1].kind == CharKind::kStraightQuote)) {
    const std::size_t open = static_cast<std::size_t>(pairs[e - 1]);
    const bool labelled = open > 0 && chars[open - 1].cp == ':';
    // A quotation alone must read as an utterance, not a quoted title or term ("세속적인").
    const bool alone =
        block.SkipSpaces(sentence_start) == open && QuoteEndsUtterance(block, open, e - 1);
    if ((labelled || alone) && IsQuoteMark(chars[e - 1].cp)) {
      if (!ContinuesAfterQuote(block.Bytes(s, block.WordEnd(s)), /*after_space=*/true)) {
        return SkipEmoticonWords(block, i);
      }
    }
  }
  if (last != CharKind::kHangul && last != CharKind::kClose) return 0;
  const std::string_view word = block.Bytes(w, core_end);
  KoreanEnding ending =
      last == CharKind::kHangul ? ClassifyKoreanEnding(word) : KoreanEnding::kNone;
  // Most words end in a particle or a connective: test that first.
  if (ending == KoreanEnding::kNone && EndsWithParticleOrConnective(word)) return 0;
  // Verbs that the word before shows to be verbs: the negative imperative "-지 마"
  // ("친해지지 마", "나누지도 마"), the wish "-길 바람" ("꼭 보길 바람"), and a nominal form
  // after an adverb that needs a verb ("늦게 잠", "좀 남", "안 함", "보러 감").
  if (ending != KoreanEnding::kStrong && ending != KoreanEnding::kWeak &&
      (word == "마" || word == "바람" || EndsInNominaliser(word))) {
    std::size_t p = w;
    while (p > sentence_start && chars[p - 1].kind == CharKind::kSpace) --p;
    const std::string_view before = p < w ? WordBefore(block, p, sentence_start) : "";
    if (word == "마"
            ? before.ends_with("지") || before.ends_with("지도") || before.ends_with("지는")
        : word == "바람" ? before.ends_with("길") || before.ends_with("기를")
                         : EndsInNominaliser(word) && NeedsVerb(before)) {
      ending = KoreanEnding::kWeak;
    }
  }
  const std::string_view next_word = block.Bytes(s, block.WordEnd(s));
  // A conjunction that closes the sentence with a full stop is a spoken tag, not an opener:
  // "…이렇게 됐다 그러니까."
  if (next_word.ends_with(".") && !next_word.ends_with("..") &&
      ClassifyKoreanOpener(next_word) == KoreanOpener::kConjunction) {
    return 0;
  }
  bool ends = false;
  if (IsHashtagAt(block, s) && !EndsWithParticleOrConnective(word) && !EndsWithModifier(block, e)) {
    // Hashtags after prose: a run of them to the end of the block is a tag line that the
    // sentence before never runs into; a run inside the block follows a sentence only when
    // the word before it has a final ending ("…다녀옴 #카페 #일상 다음엔…").
    const HashtagRun run = ScanHashtags(block, s);
    if ((run.to_block_end && run.words >= 1) || (run.words >= 2 && ending != KoreanEnding::kNone)) {
      return i;
    }
  }
  if (ending == KoreanEnding::kNone) {
    // Laughter or emoji after any word ("패키지ㅎㅎ"), or a conjunction that only opens
    // sentences ("…아라가키 유이(33) 하지만").
    // One syllable before a long run counts too, except an interjection opening the sentence
    // ("쓔ㅠㅜㅠㅠ 극장판" but "헣ㅋㅊㅋㅊ 다 먹었어요").
    const bool long_run = i - e >= 3 && w != block.SkipSpaces(sentence_start);
    ends = (laughter && (e - w >= 2 || long_run) && last == CharKind::kHangul) ||
           (!EndsWithModifier(block, e) &&
            ClassifyKoreanOpener(next_word) == KoreanOpener::kConjunction);
  } else {
    if (ContinuesKoreanSentence(word, ending, next_word)) return 0;
    // "상큼함 그 자체였다": a nominal form as the head of "그 자체".
    if (next_word == "그") {
      const std::size_t after = block.SkipSpaces(block.WordEnd(s));
      if (block.Bytes(after, block.WordEnd(after)).starts_with("자체")) return 0;
    }
    ends = ending != KoreanEnding::kAmbiguous || decorated ||
           ClassifyKoreanOpener(next_word) != KoreanOpener::kNone;
  }
  if (!ends) return 0;
  std::size_t k = i;
  // A short parenthetical after the sentence stays with it: "…버렸음 (출근시간 19시)".
  if ((next.cp == '(' || next.cp == 0xFF08) && pairs[s] > static_cast<std::int32_t>(s) &&
      static_cast<std::size_t>(pairs[s]) - s <= kMaxAttachedParenChars) {
    const std::size_t after = static_cast<std::size_t>(pairs[s]) + 1;
    if (after >= n || chars[after].kind == CharKind::kSpace) k = after;
  }
  return SkipEmoticonWords(block, k);
}

}  // namespace kealign::lang
