#include "kealign/lang/korean.h"

#include <array>
#include <cmath>
#include <cstdint>

#include "kealign/util/utf8.h"

namespace kealign::lang {
namespace {

using detail::IsAsciiDigit;


constexpr std::size_t kSyllableBytes = 3;


// The Hangul syllable that ends at `pos`, or 0. (Bytes 0xEA..0xED only ever start a 3-byte
// sequence in valid UTF-8, so a syllable starting three bytes back ends exactly at `pos`.)
char32_t SyllableBefore(std::string_view text, std::size_t pos) {
  return pos >= kSyllableBytes ? HangulSyllableAt(text, pos - kSyllableBytes) : 0;
}

// Final consonant index of a syllable: 0 none, 8 ㄹ, otherwise another consonant.
int FinalOf(char32_t syllable) { return static_cast<int>((syllable - 0xAC00) % 28); }

bool At(std::string_view text, std::size_t pos, std::string_view literal) {
  return pos <= text.size() && text.size() - pos >= literal.size() &&
         text.compare(pos, literal.size(), literal) == 0;
}

bool IsAsciiAlnum(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// True when a word may start at `pos`: the previous character is neither a Hangul syllable nor
// an ASCII letter or digit.
bool IsWordStart(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  if (IsAsciiAlnum(text[pos - 1])) return false;
  return SyllableBefore(text, pos) == 0;
}

// End of the run of Hangul syllables starting at `pos`.
std::size_t HangulRunEnd(std::string_view text, std::size_t pos) {
  while (HangulSyllableAt(text, pos) != 0) pos += kSyllableBytes;
  return pos;
}

// Up to six Hangul syllables as code points, decoded at compile time from a UTF-8 literal, so
// that table lookups compare integers instead of bytes.
struct Syllables {
  std::array<char32_t, 6> cps{};
  std::size_t size = 0;
};

constexpr Syllables ToSyllables(std::string_view literal) {
  Syllables out;
  for (std::size_t i = 0; i + 2 < literal.size() && out.size < out.cps.size(); i += 3) {
    out.cps[out.size++] =
        (static_cast<char32_t>(static_cast<unsigned char>(literal[i]) & 0x0F) << 12) |
        (static_cast<char32_t>(static_cast<unsigned char>(literal[i + 1]) & 0x3F) << 6) |
        static_cast<char32_t>(static_cast<unsigned char>(literal[i + 2]) & 0x3F);
  }
  return out;
}

// The last syllables of a word, last first: `last[0]` is the final syllable.
struct WordTail {
  std::array<char32_t, 6> last{};
  std::size_t count = 0;
};

WordTail TailOf(std::string_view word) {
  WordTail tail;
  std::size_t pos = word.size();
  while (tail.count < tail.last.size()) {
    const char32_t syllable = SyllableBefore(word, pos);
    if (syllable == 0) break;
    tail.last[tail.count++] = syllable;
    pos -= kSyllableBytes;
  }
  return tail;
}

// Does the word end, `offset` syllables before its end, with `suffix`?
bool TailEndsWith(const WordTail& tail, std::size_t offset, const Syllables& suffix) {
  if (offset + suffix.size > tail.count) return false;
  for (std::size_t k = 0; k < suffix.size; ++k) {
    if (tail.last[offset + k] != suffix.cps[suffix.size - 1 - k]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Particles and endings.

enum class After : std::uint8_t {
  kAny,
  kConsonant,         // the stem ends in a final consonant: 이, 은, 을, 과
  kVowel,             // no final consonant: 가, 는, 를, 와
  kVowelOrRieul,      // 로 after a vowel or ㄹ
  kConsonantNoRieul,  // 으로 after a final consonant other than ㄹ
};

struct Suffix {
  constexpr Suffix(std::string_view text_in, After after_in, bool short_stem_ok_in)
      : text(text_in),
        syllables(ToSyllables(text_in)),
        after(after_in),
        short_stem_ok(short_stem_ok_in) {}

  std::string_view text;
  Syllables syllables;
  After after;
  bool short_stem_ok;  // may leave a one-syllable stem
};

// Longest first where one is a suffix of another, so that `에서는` wins over `는`.
constexpr Suffix kParticles[] = {
    {"에서부터", After::kAny, false},
    {"으로부터", After::kConsonantNoRieul, false},
    {"에서는", After::kAny, false},
    {"에서도", After::kAny, false},
    {"에서의", After::kAny, false},
    {"에서만", After::kAny, false},
    {"에게는", After::kAny, false},
    {"에게서", After::kAny, false},
    {"에게도", After::kAny, false},
    {"으로는", After::kConsonantNoRieul, false},
    {"으로의", After::kConsonantNoRieul, false},
    {"으로도", After::kConsonantNoRieul, false},
    {"으로서", After::kConsonantNoRieul, false},
    {"으로써", After::kConsonantNoRieul, false},
    {"이라는", After::kConsonant, false},
    {"이라고", After::kConsonant, false},
    {"이었다", After::kConsonant, false},
    {"입니다", After::kConsonant, false},
    {"로부터", After::kVowelOrRieul, false},
    {"에서", After::kAny, false},
    {"에게", After::kAny, false},
    {"한테", After::kAny, false},
    {"까지", After::kAny, false},
    {"부터", After::kAny, false},
    {"보다", After::kAny, false},
    {"처럼", After::kAny, false},
    {"마저", After::kAny, false},
    {"조차", After::kAny, false},
    {"에는", After::kAny, false},
    {"에도", After::kAny, false},
    {"에의", After::kAny, false},
    {"만의", After::kAny, false},
    {"만이", After::kAny, false},
    {"으로", After::kConsonantNoRieul, false},
    {"로는", After::kVowelOrRieul, false},
    {"로의", After::kVowelOrRieul, false},
    {"로도", After::kVowelOrRieul, false},
    {"로서", After::kVowelOrRieul, false},
    {"로써", After::kVowelOrRieul, false},
    {"과의", After::kConsonant, false},
    {"와의", After::kVowel, false},
    {"과는", After::kConsonant, false},
    {"와는", After::kVowel, false},
    {"과도", After::kConsonant, false},
    {"와도", After::kVowel, false},
    {"이나", After::kConsonant, false},
    {"라는", After::kVowel, false},
    {"라고", After::kVowel, false},
    {"이다", After::kConsonant, false},
    {"이며", After::kConsonant, false},
    {"이고", After::kConsonant, false},
    {"였다", After::kVowel, false},
    {"에", After::kAny, false},
    {"의", After::kAny, false},
    {"도", After::kAny, false},
    {"만", After::kAny, false},
    {"로", After::kVowelOrRieul, false},
    {"은", After::kConsonant, true},
    {"는", After::kVowel, true},
    {"이", After::kConsonant, true},
    {"가", After::kVowel, true},
    {"을", After::kConsonant, true},
    {"를", After::kVowel, true},
    {"과", After::kConsonant, true},
    {"와", After::kVowel, true},
};

// Endings of verbs made from nouns with 하다/되다 (`벤치마킹했다`, `업그레이드된`).
constexpr Syllables kVerbEndings[] = {
    ToSyllables("했습니다"), ToSyllables("했으며"), ToSyllables("했는데"), ToSyllables("했지만"),
    ToSyllables("했다고"),   ToSyllables("했다는"), ToSyllables("했으나"), ToSyllables("하였다"),
    ToSyllables("되었다"),   ToSyllables("합니다"), ToSyllables("했던"),   ToSyllables("했고"),
    ToSyllables("했다"),     ToSyllables("한다"),   ToSyllables("하는"),   ToSyllables("하고"),
    ToSyllables("하며"),     ToSyllables("하여"),   ToSyllables("하기"),   ToSyllables("하면"),
    ToSyllables("하게"),     ToSyllables("하지"),   ToSyllables("해서"),   ToSyllables("해야"),
    ToSyllables("됐다"),     ToSyllables("됐고"),   ToSyllables("되는"),   ToSyllables("되고"),
    ToSyllables("되어"),     ToSyllables("된다"),   ToSyllables("한"),     ToSyllables("할"),
    ToSyllables("해"),       ToSyllables("된"),     ToSyllables("될"),
};

// Further attachments that may follow a numeral or counter (`한 명씩`, `10년쯤`).
constexpr std::string_view kNumberTails[] = {"씩", "쯤", "가량", "여", "째", "간"};

bool StemAllows(std::string_view stem, After after) {
  const char32_t last = SyllableBefore(stem, stem.size());
  if (last == 0) return true;  // a Latin or digit stem (`OpenAI와`): either form occurs
  const int final_consonant = FinalOf(last);
  switch (after) {
    case After::kAny:
      return true;
    case After::kConsonant:
      return final_consonant != 0;
    case After::kVowel:
      return final_consonant == 0;
    case After::kVowelOrRieul:
      return final_consonant == 0 || final_consonant == 8;
    case After::kConsonantNoRieul:
      return final_consonant != 0 && final_consonant != 8;
  }
  return false;
}

// True if the Hangul text `rest` is empty or exactly one particle or number tail.
bool IsParticleTail(std::string_view rest) {
  if (rest.empty()) return true;
  for (const Suffix& particle : kParticles) {
    if (rest == particle.text) return true;
  }
  for (std::string_view tail : kNumberTails) {
    if (rest == tail) return true;
  }
  // A tail and a particle: `씩이`, `쯤에`.
  for (std::string_view tail : kNumberTails) {
    if (rest.starts_with(tail)) {
      std::string_view after = rest.substr(tail.size());
      for (const Suffix& particle : kParticles) {
        if (after == particle.text) return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Numerals.

// Sino-Korean magnitude syllables.
double SmallUnitAt(std::string_view text, std::size_t pos) {
  switch (HangulSyllableAt(text, pos)) {
    case U'십':
      return 10;
    case U'백':
      return 100;
    case U'천':
      return 1000;
    default:
      return 0;
  }
}

double BigUnitAt(std::string_view text, std::size_t pos) {
  switch (HangulSyllableAt(text, pos)) {
    case U'만':
      return 1e4;
    case U'억':
      return 1e8;
    case U'조':
      return 1e12;
    default:
      return 0;
  }
}

struct CounterWord {
  std::string_view text;
  NumberKind kind;
  NumberUnit unit;
  bool attached_ok;  // may be written without a space after a native numeral (`두명`)
};

// Counters after native numerals. Spaced counters must be followed by nothing or a particle
// (`한 명이`, not `한 시민`); attached ones are limited to syllables that rarely continue a
// word starting with a numeral (`세계`, `세대`, `한편` are not numbers).
constexpr CounterWord kCounters[] = {
    {"번째", NumberKind::kOrdinal, NumberUnit::kNone, true},
    {"개월", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"차례", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"사람", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"가지", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"마리", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"시간", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"주일", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"군데", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"나라", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"종류", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"그루", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"송이", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"켤레", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"개국", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"달러", NumberKind::kCardinal, NumberUnit::kDollar, false},
    {"유로", NumberKind::kCardinal, NumberUnit::kEuro, false},
    {"파운드", NumberKind::kCardinal, NumberUnit::kPound, false},
    {"위안", NumberKind::kCardinal, NumberUnit::kYuan, false},
    {"명", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"번", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"개", NumberKind::kCardinal, NumberUnit::kNone, true},
    {"살", NumberKind::kCardinal, NumberUnit::kAge, true},
    {"시", NumberKind::kTime, NumberUnit::kNone, false},
    {"달", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"해", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"곳", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"대", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"권", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"채", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"척", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"장", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"잔", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"벌", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"쌍", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"배", NumberKind::kCardinal, NumberUnit::kTimes, false},
    {"분", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"주", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"건", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"편", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"판", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"발", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"통", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"줄", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"끼", NumberKind::kCardinal, NumberUnit::kNone, false},
    {"원", NumberKind::kCardinal, NumberUnit::kWon, false},
    {"엔", NumberKind::kCardinal, NumberUnit::kYen, false},
};

// The counter word starting at `pos` that is followed by nothing or a particle, or nullptr.
// `*end` receives the end of the counter itself.
const CounterWord* CounterAt(std::string_view text, std::size_t pos, bool attached,
                             std::size_t* end) {
  const std::size_t run_end = HangulRunEnd(text, pos);
  for (const CounterWord& counter : kCounters) {
    if (attached && !counter.attached_ok) continue;
    if (!At(text, pos, counter.text)) continue;
    const std::size_t counter_end = pos + counter.text.size();
    if (!IsParticleTail(text.substr(counter_end, run_end - counter_end))) continue;
    *end = counter_end;
    return &counter;
  }
  return nullptr;
}

struct Numeral {
  constexpr Numeral(std::string_view text, int value_in, bool noun_in)
      : syllables(ToSyllables(text)), value(value_in), noun(noun_in) {}

  Syllables syllables;  // one or two
  int value;
  bool noun;  // usable without a counter (`하나`, `둘`); adnominal forms (`한`, `두`) are not
};

// The numeral of `table` spelled by the syllables `first`, `second` (0 if none), or nullptr.
template <std::size_t N>
const Numeral* MatchNumeral(const Numeral (&table)[N], char32_t first, char32_t second) {
  for (const Numeral& numeral : table) {
    if (numeral.syllables.cps[0] != first) continue;
    if (numeral.syllables.size == 2 && numeral.syllables.cps[1] != second) continue;
    return &numeral;
  }
  return nullptr;
}

constexpr Numeral kNativeTens[] = {
    {"스물", 20, true}, {"스무", 20, false}, {"서른", 30, true}, {"마흔", 40, true},
    {"예순", 60, true}, {"일흔", 70, true},  {"여든", 80, true}, {"아흔", 90, true},
    {"열", 10, true},   {"쉰", 50, true},
};

constexpr Numeral kNativeUnits[] = {
    {"하나", 1, true}, {"다섯", 5, true}, {"여섯", 6, true}, {"일곱", 7, true}, {"여덟", 8, true},
    {"아홉", 9, true}, {"둘", 2, true},   {"셋", 3, true},   {"넷", 4, true},   {"한", 1, false},
    {"두", 2, false},  {"세", 3, false},  {"석", 3, false},  {"네", 4, false},  {"넉", 4, false},
};

// Weekday names, Monday = 1.
constexpr std::array<char32_t, 7> kWeekdaySyllables = {U'월', U'화', U'수', U'목',
                                                       U'금', U'토', U'일'};

int WeekdayOfSyllable(char32_t syllable) {
  for (std::size_t i = 0; i < kWeekdaySyllables.size(); ++i) {
    if (kWeekdaySyllables[i] == syllable) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Words before a clock time that fix the half of the day: +12 for the afternoon and evening.
struct DayPart {
  std::string_view text;
  int offset;  // hours to add to 1..11 (0 for the morning; 12 o'clock in the morning becomes 0)
};
constexpr DayPart kDayParts[] = {{"오전", 0},  {"오후", 12}, {"새벽", 0}, {"아침", 0},
                                 {"저녁", 12}, {"밤", 12},   {"낮", 12}};

class KoreanNumberScanner {
 public:
  KoreanNumberScanner(std::string_view text, std::vector<NumberMention>* out)
      : text_(text), n_(text.size()), out_(out) {}

  void Run() {
    std::size_t i = 0;
    while (i < n_) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (IsAsciiDigit(static_cast<char>(c))) {
        i = ScanDigits(i);
        continue;
      }
      if (c >= 0xEA && c <= 0xED) {
        if (HangulSyllableAt(text_, i) != 0 && IsWordStart(text_, i)) {
          const std::size_t end = ScanWord(i);
          if (end > i) {
            i = end;
            continue;
          }
        }
        i += kSyllableBytes;
        continue;
      }
      ++i;
    }
  }

 private:
  void Emit(std::size_t begin, std::size_t end, double value, NumberKind kind,
            NumberUnit unit = NumberUnit::kNone, bool approximate = false) {
    out_->push_back(NumberMention{ByteSpan{begin, end}, value, kind, unit, approximate});
  }

  std::size_t SkipSpace(std::size_t pos) const {
    return pos < n_ && text_[pos] == ' ' ? pos + 1 : pos;
  }

  // The end of `반` ("and a half") after `pos` (optionally spaced), or `pos`.
  std::size_t HalfAt(std::size_t pos, double* value) const {
    const std::size_t q = SkipSpace(pos);
    if (!At(text_, q, "반")) return pos;
    const std::size_t run_end = HangulRunEnd(text_, q);
    if (!IsParticleTail(text_.substr(q + 3, run_end - q - 3))) return pos;
    *value += 0.5;
    return q + 3;
  }

  // Applies Sino-Korean magnitudes after a number whose digits end at `*pos` (`140억`,
  // `1억 2천만`, `1만 5천`). Returns true if any magnitude syllable was consumed.
  bool ParseMagnitude(std::size_t* pos, double* value) const {
    double total = 0;
    double section = *value;
    double last_big = 1e300;
    bool any = false;
    std::size_t p = *pos;
    while (true) {
      if (const double small = SmallUnitAt(text_, p); small != 0) {
        section *= small;
        p += kSyllableBytes;
        any = true;
      }
      const double big = BigUnitAt(text_, p);
      if (big == 0 || big >= last_big) break;
      total += section * big;
      section = 0;
      last_big = big;
      p += kSyllableBytes;
      any = true;
      // A smaller group may follow after a space: `1억 2천만`, `3억 5000만 원`, `1만 2000원`.
      const std::size_t q = SkipSpace(p);
      if (q >= n_ || !IsAsciiDigit(text_[q])) break;
      const detail::DigitRun run = detail::ParseDigitRun(text_, q);
      if (run.has_fraction) break;
      const double small2 = SmallUnitAt(text_, run.end);
      const double big2 = BigUnitAt(text_, run.end + (small2 != 0 ? kSyllableBytes : 0));
      const double group = run.value * (small2 != 0 ? small2 : 1) * (big2 != 0 ? big2 : 1);
      if (group >= last_big) break;
      if (small2 == 0 && big2 == 0 && !MoneyOrPeopleFollows(run.end)) break;
      section = run.value;
      p = run.end;
    }
    if (!any) return false;
    *value = total + section;
    *pos = p;
    return true;
  }

  // `10여 명`, `1만여`, `수십여 개`: "-odd" after a number; the stated number stands. Only
  // when a space, a counter or a unit follows, so that `2여단` (2nd brigade) keeps its word.
  std::size_t SkipApproximateSuffix(std::size_t pos) const {
    if (!At(text_, pos, "여")) return pos;
    const std::size_t after = pos + kSyllableBytes;
    if (HangulSyllableAt(text_, after) == 0) return after;
    std::size_t counter_end = 0;
    if (CounterAt(text_, after, /*attached=*/false, &counter_end) != nullptr) return after;
    for (std::string_view unit : {"년", "개월", "일", "만", "억", "조", "배", "차례", "가구"}) {
      if (At(text_, after, unit)) return after;
    }
    return pos;
  }

  bool MoneyOrPeopleFollows(std::size_t pos) const {
    const std::size_t q = SkipSpace(pos);
    for (std::string_view unit : {"원", "달러", "명", "엔", "유로", "위안", "파운드"}) {
      if (At(text_, q, unit)) return true;
    }
    return false;
  }

  // The start of a day-part word (`오후`) right before `begin` (optionally spaced), with its
  // hour offset; `begin` itself if none.
  std::size_t DayPartBefore(std::size_t begin, int* offset) const {
    std::size_t p = begin;
    if (p > 0 && text_[p - 1] == ' ') --p;
    for (const DayPart& part : kDayParts) {
      if (p < part.text.size()) continue;
      const std::size_t start = p - part.text.size();
      if (text_.compare(start, part.text.size(), part.text) == 0 && IsWordStart(text_, start)) {
        *offset = part.offset;
        return start;
      }
    }
    return begin;
  }

  // Emits a clock time at hour `hour` whose `시` ends at `pos`; reads minutes (`30분`, `반`)
  // and a day part before `begin`. Returns the end of the time.
  std::size_t EmitTime(std::size_t begin, std::size_t pos, double hour) {
    int offset = -1;
    const std::size_t start = DayPartBefore(begin, &offset);
    if (offset == 12 && hour < 12) hour += 12;
    if (offset == 0 && hour == 12) hour = 0;
    std::size_t end = pos;
    const std::size_t q = SkipSpace(pos);
    if (q < n_ && IsAsciiDigit(text_[q])) {
      const detail::DigitRun minutes = detail::ParseDigitRun(text_, q);
      if (!minutes.has_fraction && minutes.value < 60 && At(text_, minutes.end, "분")) {
        hour += minutes.value / 60;
        end = minutes.end + kSyllableBytes;
      }
    } else {
      end = HalfAt(pos, &hour);
    }
    Emit(start, end, hour, NumberKind::kTime);
    return end;
  }

  // Reads the unit or counter after a number that ends at `pos` and emits the mention that
  // starts at `begin`. `plain_integer`: digits only, no separators, fraction or magnitude.
  // Returns the end of what was consumed.
  std::size_t EmitWithUnit(std::size_t begin, std::size_t pos, double value, bool plain_integer,
                           bool integer, bool approximate) {
    NumberKind kind = NumberKind::kCardinal;
    NumberUnit unit = NumberUnit::kNone;
    std::size_t end = pos;
    auto take = [&](std::string_view literal, NumberKind k, NumberUnit u = NumberUnit::kNone) {
      if (!At(text_, pos, literal)) return false;
      kind = k;
      unit = u;
      end = pos + literal.size();
      return true;
    };
    const bool small_integer = integer && !approximate;
    if (take("년대", NumberKind::kDecade)) {
    } else if (At(text_, pos, "년")) {
      end = pos + kSyllableBytes;
      if (plain_integer && value >= 1000 && value <= 2999) {
        kind = NumberKind::kYear;
      } else {
        end = HalfAt(end, &value);
      }
    } else if (take("개월", NumberKind::kCardinal)) {
      end = HalfAt(end, &value);
    } else if (At(text_, pos, "월") && !At(text_, pos, "월요일")) {
      end = pos + kSyllableBytes;
      if (small_integer && value >= 1 && value <= 12) kind = NumberKind::kMonth;
    } else if (At(text_, pos, "일")) {
      end = pos + kSyllableBytes;
      if (small_integer && value >= 1 && value <= 31 && !At(text_, end, "간") &&
          !At(text_, end, "째")) {
        kind = NumberKind::kDay;
      }
      Emit(begin, end, value, kind);
      // `27일(수)`: the weekday in parentheses.
      std::size_t q = SkipSpace(end);
      if (At(text_, q, "(")) {
        const int weekday = WeekdayOfSyllable(HangulSyllableAt(text_, q + 1));
        if (weekday != 0 && At(text_, q + 4, ")")) {
          Emit(q, q + 5, weekday, NumberKind::kWeekday);
          return q + 5;
        }
      }
      return end;
    } else if (take("시간", NumberKind::kCardinal)) {
      end = HalfAt(end, &value);
    } else if (At(text_, pos, "시") && !At(text_, pos, "시즌") && !At(text_, pos, "시리즈")) {
      if (small_integer && value <= 24) return EmitTime(begin, pos + kSyllableBytes, value);
      end = pos + kSyllableBytes;
    } else if (integer && value > 0 && At(text_, pos, "분의")) {
      // `3분의 1`: one third.
      const std::size_t q = SkipSpace(pos + 6);
      if (q < n_ && IsAsciiDigit(text_[q])) {
        const detail::DigitRun numerator = detail::ParseDigitRun(text_, q);
        Emit(begin, numerator.end, numerator.value / value, NumberKind::kCardinal);
        return numerator.end;
      }
      end = pos + 3;
    } else if (take("분기", NumberKind::kOrdinal) || take("세기", NumberKind::kOrdinal) ||
               take("주년", NumberKind::kOrdinal) || take("주기", NumberKind::kOrdinal) ||
               take("번째", NumberKind::kOrdinal) || take("째", NumberKind::kOrdinal) ||
               take("차례", NumberKind::kCardinal) || take("차원", NumberKind::kCardinal) ||
               take("차", NumberKind::kOrdinal) ||
               take("위안", NumberKind::kCardinal, NumberUnit::kYuan) ||
               take("위", NumberKind::kOrdinal) || take("등", NumberKind::kOrdinal) ||
               take("세", NumberKind::kCardinal, NumberUnit::kAge) ||
               take("살", NumberKind::kCardinal, NumberUnit::kAge) ||
               take("배럴", NumberKind::kCardinal) ||
               (integer && value >= 10 && value <= 90 && std::fmod(value, 10) == 0 &&
                take("대", NumberKind::kDecade)) ||
               take("배", NumberKind::kCardinal, NumberUnit::kTimes) ||
               take("분", NumberKind::kCardinal)) {
    } else if (pos < n_ && text_[pos] == '%') {
      kind = NumberKind::kCardinal;
      unit = NumberUnit::kPercent;
      end = pos + 1;
      if (At(text_, end, "포인트")) {
        end += 9;
      } else if (end < n_ && (text_[end] == 'p' || text_[end] == 'P') &&
                 (end + 1 >= n_ || !IsAsciiAlnum(text_[end + 1]))) {
        end += 1;
      }
    } else {
      // Units that may stand after a space: `140억 달러`, `3.5 퍼센트`.
      const std::size_t q = SkipSpace(pos);
      const bool spaced = q != pos;
      const std::size_t run_end = HangulRunEnd(text_, q);
      struct SpacedUnit {
        std::string_view text;
        NumberUnit unit;
      };
      static constexpr SpacedUnit kSpacedUnits[] = {
          {"퍼센트포인트", NumberUnit::kPercent},
          {"퍼센트", NumberUnit::kPercent},
          {"프로", NumberUnit::kPercent},
          {"달러", NumberUnit::kDollar},
          {"파운드", NumberUnit::kPound},
          {"유로", NumberUnit::kEuro},
          {"위안", NumberUnit::kYuan},
          {"원", NumberUnit::kWon},
          {"엔", NumberUnit::kYen},
      };
      for (const SpacedUnit& candidate : kSpacedUnits) {
        if (!At(text_, q, candidate.text)) continue;
        const std::size_t unit_end = q + candidate.text.size();
        // Attached units may start a longer word (`1조원대`); spaced ones must stand alone.
        if (spaced && !IsParticleTail(text_.substr(unit_end, run_end - unit_end))) continue;
        unit = candidate.unit;
        end = unit_end;
        break;
      }
    }
    Emit(begin, end, value, kind, unit, approximate);
    return end;
  }

  // A number starting with an ASCII digit at `pos`. Returns where scanning resumes.
  std::size_t ScanDigits(std::size_t pos) {
    // `제3조`, `제1차`: an ordinal; the syllable after the digits is a counter, not a magnitude.
    std::size_t je = pos >= 1 && text_[pos - 1] == ' ' ? pos - 1 : pos;
    const bool ordinal_prefix = je >= 3 && At(text_, je - 3, "제") && IsWordStart(text_, je - 3);
    if (std::size_t end = ScanDate(pos); end != pos) return end;
    detail::DigitRun run = detail::ParseDigitRun(text_, pos);
    std::size_t begin = pos;
    // Digits glued to letters on the left (`A380`, `GPT4`) are part of a name: still a number.
    if (ordinal_prefix) {
      Emit(je - 3, run.end, run.value, NumberKind::kOrdinal);
      return run.end;
    }
    const bool integer = !run.has_fraction;
    // `15:30`, `3:00`
    if (integer && !run.has_separator && run.num_integer_digits <= 2 && run.value <= 24 &&
        run.end + 2 < n_ && text_[run.end] == ':' && IsAsciiDigit(text_[run.end + 1]) &&
        IsAsciiDigit(text_[run.end + 2]) &&
        (run.end + 3 >= n_ || !IsAsciiDigit(text_[run.end + 3]))) {
      const double minutes = (text_[run.end + 1] - '0') * 10 + (text_[run.end + 2] - '0');
      if (minutes < 60) {
        int offset = -1;
        const std::size_t start = DayPartBefore(begin, &offset);
        double hour = run.value;
        if (offset == 12 && hour < 12) hour += 12;
        if (offset == 0 && hour == 12) hour = 0;
        Emit(start, run.end + 3, hour + minutes / 60, NumberKind::kTime);
        return run.end + 3;
      }
    }
    // `$140억`, `US$ 3`: a dollar sign before the number.
    NumberUnit currency = NumberUnit::kNone;
    {
      std::size_t p = begin;
      if (p > 0 && text_[p - 1] == ' ') --p;
      if (p > 0 && text_[p - 1] == '$') {
        currency = NumberUnit::kDollar;
        begin = p - 1;
        if (begin >= 2 && At(text_, begin - 2, "US")) begin -= 2;
      }
    }
    double value = run.value;
    std::size_t end = run.end;
    const bool magnitude = ParseMagnitude(&end, &value);
    // `10여 명`: "ten-odd"; the stated number stands.
    end = SkipApproximateSuffix(end);
    const bool plain_integer = integer && !run.has_separator && !magnitude;
    const std::size_t first_new = out_->size();
    const std::size_t resume =
        EmitWithUnit(begin, end, value, plain_integer, integer || magnitude, /*approximate=*/false);
    if (currency != NumberUnit::kNone && out_->size() > first_new &&
        (*out_)[first_new].unit == NumberUnit::kNone) {
      (*out_)[first_new].unit = currency;
    }
    return resume;
  }

  // `2024.11.27`, `2024. 11. 27.`, `2024-11-27`, `2024/11/27`. Returns `pos` if not a date.
  std::size_t ScanDate(std::size_t pos) {
    if (pos + 7 > n_) return pos;
    for (int k = 0; k < 4; ++k) {
      if (!IsAsciiDigit(text_[pos + k])) return pos;
    }
    const std::size_t year_end = pos + 4;
    if (year_end < n_ && IsAsciiDigit(text_[year_end])) return pos;
    const char separator = text_[year_end];
    if (separator != '.' && separator != '-' && separator != '/') return pos;
    auto read_part = [&](std::size_t p, std::size_t* part_begin, std::size_t* part_end) -> int {
      if (separator == '.' && p < n_ && text_[p] == ' ') ++p;
      *part_begin = p;
      int value = 0;
      int digits = 0;
      while (p < n_ && IsAsciiDigit(text_[p]) && digits < 3) {
        value = value * 10 + (text_[p] - '0');
        ++p;
        ++digits;
      }
      *part_end = p;
      return (digits == 1 || digits == 2) ? value : -1;
    };
    if (text_[pos] != '1' && text_[pos] != '2') return pos;
    std::size_t month_begin = 0;
    std::size_t month_end = 0;
    const int month = read_part(year_end + 1, &month_begin, &month_end);
    if (month < 1 || month > 12) return pos;
    auto year_value = [&] {
      return (text_[pos] - '0') * 1000 + (text_[pos + 1] - '0') * 100 +
             (text_[pos + 2] - '0') * 10 + (text_[pos + 3] - '0');
    };
    // `2005.10`: a year and a month (a dateline), never a fraction of 2005.
    auto year_month = [&]() -> std::size_t {
      if (separator != '.' || month_begin != year_end + 1 || month_end - month_begin != 2) {
        return pos;
      }
      Emit(pos, year_end, year_value(), NumberKind::kYear);
      Emit(month_begin, month_end, month, NumberKind::kMonth);
      return month_end;
    };
    if (month_end >= n_ || text_[month_end] != separator) return year_month();
    std::size_t day_begin = 0;
    std::size_t day_end = 0;
    const int day = read_part(month_end + 1, &day_begin, &day_end);
    if (day < 1 || day > 31) return year_month();
    if (day_end < n_ && (IsAsciiDigit(text_[day_end]) || text_[day_end] == separator) &&
        separator != '.') {
      return pos;  // `2024-11-27-5` or a longer chain: not a date
    }
    Emit(pos, year_end, year_value(), NumberKind::kYear);
    Emit(month_begin, month_end, month, NumberKind::kMonth);
    Emit(day_begin, day_end, day, NumberKind::kDay);
    return day_end;
  }

  // A number word starting at the word start `pos`. Returns the end of the mention, or `pos`.
  std::size_t ScanWord(std::size_t pos) {
    const char32_t first = HangulSyllableAt(text_, pos);
    const std::size_t run_end = HangulRunEnd(text_, pos);
    // Weekdays: 월요일 .. 일요일.
    if (const int weekday = WeekdayOfSyllable(first);
        weekday != 0 && At(text_, pos + 3, "요일") &&
        IsParticleTail(text_.substr(pos + 9, run_end - pos - 9))) {
      Emit(pos, pos + 9, weekday, NumberKind::kWeekday);
      return pos + 9;
    }
    switch (first) {
      case U'정':
      case U'자':
        if (At(text_, pos, "정오") || At(text_, pos, "자정")) {
          if (!IsParticleTail(text_.substr(pos + 6, run_end - pos - 6))) return pos;
          Emit(pos, pos + 6, first == U'정' ? 12 : 0, NumberKind::kTime);
          return pos + 6;
        }
        return pos;
      case U'처':
      case U'최':
        // `처음으로`, `최초의`: "first".
        if ((At(text_, pos, "처음") || At(text_, pos, "최초")) &&
            IsParticleTail(text_.substr(pos + 6, run_end - pos - 6))) {
          Emit(pos, pos + 6, 1, NumberKind::kOrdinal);
          return pos + 6;
        }
        return pos;
      case U'이':
      case U'사':
      case U'나':
      case U'닷':
      case U'엿':
        return ScanDays(pos, run_end);
      case U'절':
        if (At(text_, pos, "절반") && IsParticleTail(text_.substr(pos + 6, run_end - pos - 6))) {
          Emit(pos, pos + 6, 0.5, NumberKind::kCardinal);
          return pos + 6;
        }
        return pos;
      case U'수':
      case U'몇':
        return ScanMagnitudeWord(pos, pos + 3, /*approximate=*/true);
      case U'십':
      case U'백':
      case U'천':
        return ScanMagnitudeWord(pos, pos, /*approximate=*/false);
      case U'첫':
        return ScanFirst(pos, run_end);
      // First syllables of native numerals (`한`, `두`, `스무`, `열두`, `하나`, ...).
      case U'한':
      case U'두':
      case U'세':
      case U'석':
      case U'네':
      case U'넉':
      case U'하':
      case U'둘':
      case U'셋':
      case U'넷':
      case U'다':
      case U'여':
      case U'일':
      case U'아':
      case U'열':
        if (At(text_, pos, "열흘")) return ScanDays(pos, run_end);
        return ScanNative(pos, run_end);
      case U'스':
      case U'서':
      case U'마':
      case U'쉰':
      case U'예':
        return ScanNative(pos, run_end);
      default:
        return pos;
    }
  }

  // `수십억 달러`, `몇백 명` (approximate) or `백만`, `천만 원` (exact). `digits_at` is where the
  // magnitude syllables start.
  std::size_t ScanMagnitudeWord(std::size_t pos, std::size_t digits_at, bool approximate) {
    double value = 1;
    std::size_t end = digits_at;
    if (!ParseMagnitude(&end, &value)) return pos;
    // An exact magnitude word needs a big unit (`백만`); `백` or `천` alone is too ambiguous
    // (a surname, a word part).
    if (!approximate && BigUnitAt(text_, end - 3) == 0) return pos;
    end = SkipApproximateSuffix(end);
    // What follows must be a unit, a counter or a particle, not more of a word (`백만장자`).
    const std::size_t run_end = HangulRunEnd(text_, end);
    if (run_end != end) {
      std::size_t counter_end = 0;
      const bool ok = IsParticleTail(text_.substr(end, run_end - end)) ||
                      CounterAt(text_, end, /*attached=*/false, &counter_end) != nullptr ||
                      At(text_, end, "년") || At(text_, end, "%");
      if (!ok) return pos;
    }
    if (approximate) {
      // Round to the power of ten: 수십 = 10, 수백억 = 1e10.
      value = std::pow(10.0, std::round(std::log10(value)));
    }
    const std::size_t first_new = out_->size();
    const std::size_t resume = EmitWithUnit(pos, end, value, /*plain_integer=*/false,
                                            /*integer=*/true, approximate);
    // A vague `수십 년` is a span of years, never a calendar year.
    if (out_->size() > first_new && (*out_)[first_new].kind == NumberKind::kYear) {
      (*out_)[first_new].kind = NumberKind::kCardinal;
    }
    return resume;
  }

  // Native day counts: `이틀` (two days), `사흘`, `나흘`, `닷새`, `엿새`, `열흘`; with `째` the
  // ordinal (`이틀째`, the second day).
  std::size_t ScanDays(std::size_t pos, std::size_t run_end) {
    struct DayCount {
      std::string_view text;
      int days;
    };
    static constexpr DayCount kDayCounts[] = {{"이틀", 2}, {"사흘", 3}, {"나흘", 4},
                                              {"닷새", 5}, {"엿새", 6}, {"열흘", 10}};
    for (const DayCount& count : kDayCounts) {
      if (!At(text_, pos, count.text)) continue;
      std::size_t end = pos + count.text.size();
      NumberKind kind = NumberKind::kCardinal;
      if (At(text_, end, "째")) {
        kind = NumberKind::kOrdinal;
        end += kSyllableBytes;
      }
      if (!IsParticleTail(text_.substr(end, run_end - end))) return pos;
      Emit(pos, end, count.days, kind);
      return end;
    }
    return pos;
  }

  // `첫` "first": `첫째`, `첫 번째`, `첫번째`, `첫 회의`, `첫날`, `첫해`.
  std::size_t ScanFirst(std::size_t pos, std::size_t run_end) {
    const std::size_t after = pos + 3;
    if (run_end == after) {
      std::size_t end = after;
      const std::size_t q = SkipSpace(after);
      if (q == after + 1 && HangulSyllableAt(text_, q) != 0) {
        std::size_t counter_end = 0;
        if (At(text_, q, "번째"))
          end = q + 6;
        else if (CounterAt(text_, q, false, &counter_end) != nullptr)
          end = counter_end;
        Emit(pos, end, 1, NumberKind::kOrdinal);
        return end;
      }
      return pos;
    }
    for (std::string_view tail : {"번째", "째", "날", "해"}) {
      if (At(text_, after, tail)) {
        const std::size_t end = after + tail.size();
        if (!IsParticleTail(text_.substr(end, run_end - end))) return pos;
        Emit(pos, end, 1, NumberKind::kOrdinal);
        return end;
      }
    }
    return pos;
  }

  // Native Korean numerals (`하나`, `두`, `열두`, `스무`) before a counter, or noun forms alone.
  std::size_t ScanNative(std::size_t pos, std::size_t run_end) {
    std::size_t p = pos;
    int value = 0;
    bool noun = false;
    if (const Numeral* tens = MatchNumeral(kNativeTens, HangulSyllableAt(text_, p),
                                           HangulSyllableAt(text_, p + kSyllableBytes))) {
      value = tens->value;
      noun = tens->noun;
      p += tens->syllables.size * kSyllableBytes;
    }
    if (const Numeral* unit = MatchNumeral(kNativeUnits, HangulSyllableAt(text_, p),
                                           HangulSyllableAt(text_, p + kSyllableBytes))) {
      value += unit->value;
      noun = unit->noun;
      p += unit->syllables.size * kSyllableBytes;
    }
    if (p == pos) return pos;
    // `열` alone is also "heat" and a form of "to open"; `쉰` alone also "hoarse".
    const bool alone_ok = noun && !(value == 10 && p == pos + 3) && !(value == 50 && p == pos + 3);
    std::size_t counter_end = 0;
    const CounterWord* counter = nullptr;
    if (p < run_end) {
      // Attached: `두명`, `세번째`, `둘째`, `하나의`.
      if (noun && At(text_, p, "째") && IsParticleTail(text_.substr(p + 3, run_end - p - 3))) {
        Emit(pos, p + 3, value, NumberKind::kOrdinal);
        return p + 3;
      }
      counter = CounterAt(text_, p, /*attached=*/true, &counter_end);
      if (counter == nullptr) {
        if (alone_ok && IsParticleTail(text_.substr(p, run_end - p))) {
          Emit(pos, p, value, NumberKind::kCardinal);
          return run_end;
        }
        return pos;
      }
    } else {
      const std::size_t q = SkipSpace(p);
      if (q != p && HangulSyllableAt(text_, q) != 0) {
        counter = CounterAt(text_, q, /*attached=*/false, &counter_end);
      }
      if (counter == nullptr) {
        // Noun forms stand alone (`하나`, `둘`); adnominal ones need a counter (`한 관계자` is
        // "an official").
        if (!alone_ok) return pos;
        Emit(pos, p, value, NumberKind::kCardinal);
        return p;
      }
    }
    if (counter->kind == NumberKind::kTime) return EmitTime(pos, counter_end, value);
    Emit(pos, counter_end, value, counter->kind, counter->unit);
    return counter_end;
  }

  std::string_view text_;
  std::size_t n_;
  std::vector<NumberMention>* out_;
};

}  // namespace

void FindKoreanNumbers(std::string_view sentence, std::vector<NumberMention>* mentions) {
  mentions->clear();
  KoreanNumberScanner(sentence, mentions).Run();
}

std::vector<NumberMention> FindKoreanNumbers(std::string_view sentence) {
  std::vector<NumberMention> mentions;
  FindKoreanNumbers(sentence, &mentions);
  return mentions;
}

std::string_view StripKoreanParticle(std::string_view word) {
  const WordTail tail = TailOf(word);
  if (tail.count == 0) return word;
  const std::size_t num_code_points = util::CountCodePoints(word);
  // Syllables stripped so far, counted from the end.
  std::size_t stripped = 0;
  for (const Suffix& particle : kParticles) {
    const std::size_t size = particle.syllables.size;
    if (!TailEndsWith(tail, 0, particle.syllables)) continue;
    if (num_code_points < size + (particle.short_stem_ok ? 1 : 2)) continue;
    if (!StemAllows(word.substr(0, word.size() - size * kSyllableBytes), particle.after)) continue;
    stripped = size;
    break;
  }
  auto stem = [&](std::size_t syllables) {
    return word.substr(0, word.size() - syllables * kSyllableBytes);
  };
  // The plural `들` (`엔지니어들`, `엔지니어들의` after the particle went).
  constexpr Syllables kPlural = ToSyllables("들");
  if (TailEndsWith(tail, stripped, kPlural) && num_code_points >= stripped + 1 + 2) {
    return stem(stripped + 1);
  }
  for (const Syllables& ending : kVerbEndings) {
    if (TailEndsWith(tail, stripped, ending) && num_code_points >= stripped + ending.size + 2) {
      return stem(stripped + ending.size);
    }
  }
  return stem(stripped);
}

std::vector<ByteSpan> FindHangulWords(std::string_view sentence) {
  std::vector<ByteSpan> words;
  std::size_t i = 0;
  const std::size_t n = sentence.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(sentence[i]);
    if (c >= 0xEA && c <= 0xED && HangulSyllableAt(sentence, i) != 0) {
      const std::size_t end = HangulRunEnd(sentence, i);
      if (end - i >= 2 * kSyllableBytes) words.push_back(ByteSpan{i, end});
      i = end;
      continue;
    }
    ++i;
  }
  return words;
}

char32_t HangulSyllableAt(std::string_view text, std::size_t pos) {
  if (pos + 3 > text.size()) return 0;
  const auto c0 = static_cast<unsigned char>(text[pos]);
  if (c0 < 0xEA || c0 > 0xED) return 0;
  const auto c1 = static_cast<unsigned char>(text[pos + 1]);
  const auto c2 = static_cast<unsigned char>(text[pos + 2]);
  if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return 0;
  const char32_t cp = (static_cast<char32_t>(c0 & 0x0F) << 12) |
                      (static_cast<char32_t>(c1 & 0x3F) << 6) | static_cast<char32_t>(c2 & 0x3F);
  return IsHangulSyllable(cp) ? cp : 0;
}

}  // namespace kealign::lang
