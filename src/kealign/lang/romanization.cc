#include "kealign/lang/romanization.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "kealign/lang/korean.h"

namespace kealign::lang {
namespace {

// Jamo indices inside a precomposed syllable: (cp - 0xAC00) = (initial * 21 + medial) * 28 + final.
struct Jamo {
  int initial;  // 0..18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
  int medial;  // 0..20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
  int final;  // 0..27: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ
              // ㅌ ㅍ ㅎ
};


Jamo Decompose(char32_t syllable) {
  const int index = static_cast<int>(syllable - 0xAC00);
  return Jamo{index / (21 * 28), (index / 28) % 21, index % 28};
}

// Initial consonant indices.
enum Initial : int {
  kG = 0,
  kKk = 1,
  kN = 2,
  kD = 3,
  kTt = 4,
  kR = 5,
  kM = 6,
  kB = 7,
  kPp = 8,
  kS = 9,
  kSs = 10,
  kSilent = 11,
  kJ = 12,
  kJj = 13,
  kCh = 14,
  kK = 15,
  kT = 16,
  kP = 17,
  kH = 18,
};

// Final consonant indices.
enum Final : int {
  kNoFinal = 0,
  kFinalG = 1,
  kFinalKk = 2,
  kFinalGs = 3,
  kFinalN = 4,
  kFinalNj = 5,
  kFinalNh = 6,
  kFinalD = 7,
  kFinalL = 8,
  kFinalLg = 9,
  kFinalLm = 10,
  kFinalLb = 11,
  kFinalLs = 12,
  kFinalLt = 13,
  kFinalLp = 14,
  kFinalLh = 15,
  kFinalM = 16,
  kFinalB = 17,
  kFinalBs = 18,
  kFinalS = 19,
  kFinalSs = 20,
  kFinalNg = 21,
  kFinalJ = 22,
  kFinalCh = 23,
  kFinalK = 24,
  kFinalT = 25,
  kFinalP = 26,
  kFinalH = 27,
};

constexpr int kMedialEu = 18;  // ㅡ
constexpr int kMedialI = 20;   // ㅣ

constexpr std::array<std::string_view, 19> kInitialRoman = {"g",  "kk", "n", "d",  "tt", "r", "m",
                                                            "b",  "pp", "s", "ss", "",   "j", "jj",
                                                            "ch", "k",  "t", "p",  "h"};

constexpr std::array<std::string_view, 21> kMedialRoman = {
    "a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
    "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i"};

// A final consonant before another consonant or at the end of a word.
constexpr std::array<std::string_view, 28> kFinalRoman = {
    "",  "k", "k", "k", "n", "n", "n", "t",  "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

// Articulation class of a final consonant, for nasalisation before ㄴ/ㅁ/ㄹ.
enum class Coda : std::uint8_t {
  kNone,
  kVelar,
  kDental,
  kLabial,
  kNasalN,
  kNasalM,
  kNasalNg,
  kLiquid
};

Coda CodaClass(int final_consonant) {
  switch (final_consonant) {
    case kNoFinal:
      return Coda::kNone;
    case kFinalG:
    case kFinalKk:
    case kFinalGs:
    case kFinalLg:
    case kFinalK:
      return Coda::kVelar;
    case kFinalD:
    case kFinalS:
    case kFinalSs:
    case kFinalJ:
    case kFinalCh:
    case kFinalT:
    case kFinalH:
      return Coda::kDental;
    case kFinalB:
    case kFinalBs:
    case kFinalLp:
    case kFinalP:
      return Coda::kLabial;
    case kFinalN:
    case kFinalNj:
    case kFinalNh:
      return Coda::kNasalN;
    case kFinalM:
    case kFinalLm:
      return Coda::kNasalM;
    case kFinalNg:
      return Coda::kNasalNg;
    default:
      return Coda::kLiquid;  // ㄹ ㄼ ㄽ ㄾ ㅀ
  }
}

// How the final of one syllable and the initial of the next are written together.
struct Junction {
  std::string_view coda;
  std::string_view onset;
};

Junction Join(int final_consonant, const Jamo& next) {
  const int initial = next.initial;
  const std::string_view coda = kFinalRoman[final_consonant];
  const std::string_view onset = kInitialRoman[initial];
  if (final_consonant == kNoFinal) return {"", onset};
  if (initial == kSilent) {
    // Liaison: the final consonant is pronounced as the next initial.
    switch (final_consonant) {
      case kFinalNg:
        return {"ng", ""};
      case kFinalH:
        return {"", ""};
      case kFinalNh:
        return {"", "n"};
      case kFinalLh:
        return {"", "r"};
      case kFinalL:
        return {"", "r"};
      case kFinalD:
        return {"", next.medial == kMedialI ? "j" : "d"};
      case kFinalT:
        return {"", next.medial == kMedialI ? "ch" : "t"};
      case kFinalG:
        return {"", "g"};
      case kFinalKk:
        return {"", "kk"};
      case kFinalN:
        return {"", "n"};
      case kFinalM:
        return {"", "m"};
      case kFinalB:
        return {"", "b"};
      case kFinalS:
        return {"", "s"};
      case kFinalSs:
        return {"", "ss"};
      case kFinalJ:
        return {"", "j"};
      case kFinalCh:
        return {"", "ch"};
      case kFinalK:
        return {"", "k"};
      case kFinalP:
        return {"", "p"};
      case kFinalGs:
        return {"k", "s"};
      case kFinalNj:
        return {"n", "j"};
      case kFinalLg:
        return {"l", "g"};
      case kFinalLm:
        return {"l", "m"};
      case kFinalLb:
        return {"l", "b"};
      case kFinalLs:
        return {"l", "s"};
      case kFinalLt:
        return {"l", "t"};
      case kFinalLp:
        return {"l", "p"};
      case kFinalBs:
        return {"p", "s"};
      default:
        return {coda, onset};
    }
  }
  // ㅎ before ㄱ/ㄷ/ㅈ aspirates them; before ㄴ it becomes n.
  if (final_consonant == kFinalH || final_consonant == kFinalNh || final_consonant == kFinalLh) {
    const std::string_view kept =
        final_consonant == kFinalH ? "" : (final_consonant == kFinalNh ? "n" : "l");
    if (initial == kG) return {kept, "k"};
    if (initial == kD) return {kept, "t"};
    if (initial == kJ) return {kept, "ch"};
    if (initial == kN && final_consonant == kFinalH) return {"n", "n"};
    if (initial == kN && final_consonant == kFinalLh) return {"l", "l"};
  }
  const Coda coda_class = CodaClass(final_consonant);
  if (initial == kN || initial == kM) {
    switch (coda_class) {
      case Coda::kVelar:
        return {"ng", onset};
      case Coda::kDental:
        return {"n", onset};
      case Coda::kLabial:
        return {"m", onset};
      case Coda::kLiquid:
        return {"l", initial == kN ? "l" : onset};
      default:
        return {coda, onset};
    }
  }
  if (initial == kR) {
    switch (coda_class) {
      case Coda::kNasalN:
      case Coda::kLiquid:
        return {"l", "l"};
      case Coda::kNasalM:
        return {"m", "n"};
      case Coda::kNasalNg:
        return {"ng", "n"};
      case Coda::kVelar:
        return {"ng", "n"};
      case Coda::kDental:
        return {"n", "n"};
      case Coda::kLabial:
        return {"m", "n"};
      default:
        return {coda, "n"};
    }
  }
  return {coda, onset};
}

// ---------------------------------------------------------------------------------------------
// Loanword keys.

bool IsKeyConsonant(char c) { return c != 'a'; }

void Push(char symbol, std::string* key) {
  if (key->empty() || key->back() != symbol) key->push_back(symbol);
}

void AppendKoreanKey(std::string_view word, std::string* key) {
  bool prev_full_vowel = false;  // previous syllable ended in a vowel other than ㅡ
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = HangulSyllableAt(word, pos);
    if (cp == 0) {
      prev_full_vowel = false;
      ++pos;
      continue;
    }
    pos += 3;
    const Jamo jamo = Decompose(cp);
    switch (jamo.initial) {
      case kG:
      case kKk:
      case kK:
        Push('k', key);
        break;
      case kD:
      case kTt:
      case kT:
        Push('t', key);
        break;
      case kB:
      case kPp:
      case kP:
        Push('p', key);
        break;
      case kS:
      case kSs:
      case kJ:
      case kJj:
      case kCh:
        Push('s', key);
        break;
      case kN:
        Push('n', key);
        break;
      case kM:
        Push('m', key);
        break;
      case kR:
        // `르` after a full vowel renders English post-vocalic r (`바르셀로나`, `베를린`).
        if (!(jamo.medial == kMedialEu && prev_full_vowel)) Push('l', key);
        break;
      default:
        break;  // ㅇ, ㅎ
    }
    // ㅡ is the vowel Korean inserts to break up consonant clusters (`트럼프`, `구글`); with a
    // final other than ㄹ it usually stands for a reduced English vowel (`바이든`, `존슨`).
    if (jamo.medial != kMedialEu || (jamo.final != kNoFinal && jamo.final != kFinalL)) {
      Push('a', key);
    }
    switch (CodaClass(jamo.final)) {
      case Coda::kNone:
        break;
      case Coda::kVelar:
        Push('k', key);
        break;
      case Coda::kDental:
        Push('t', key);
        break;  // final ㅅ in loanwords is t: `로봇`, `인터넷`
      case Coda::kLabial:
        Push('p', key);
        break;
      case Coda::kNasalN:
      case Coda::kNasalNg:
        Push('n', key);
        break;
      case Coda::kNasalM:
        Push('m', key);
        break;
      case Coda::kLiquid:
        Push('l', key);
        break;
    }
    prev_full_vowel = jamo.final == kNoFinal && jamo.medial != kMedialEu;
  }
}

bool IsVowelLetter(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Appends the key of one lower-case English word.
void AppendEnglishWordKey(std::string_view w, std::string* key) {
  const std::size_t n = w.size();
  if (n == 0) return;
  bool has_vowel_before = false;
  // Silent final e (`Google`, `page`) and the e of a final `es` after most consonants (`James`).
  std::size_t silent = std::string_view::npos;
  for (std::size_t k = 0; k + 2 < n; ++k) has_vowel_before |= IsVowelLetter(w[k]);
  if (n >= 3 && w[n - 1] == 'e' && !IsVowelLetter(w[n - 2]) && w[n - 2] != 'w' &&
      has_vowel_before) {
    silent = n - 1;
  } else if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 's' && !IsVowelLetter(w[n - 3])) {
    const char c = w[n - 3];
    bool vowel_before = false;
    for (std::size_t k = 0; k + 3 < n; ++k) vowel_before |= IsVowelLetter(w[k]);
    if (vowel_before && c != 's' && c != 'z' && c != 'x' && c != 'c' && c != 'g' && c != 'h') {
      silent = n - 2;
    }
  }
  const std::size_t len = silent == n - 1 ? n - 1 : n;
  auto at = [&](std::size_t k) -> char { return k < n && k != silent ? w[k] : '\0'; };
  // Is position k a (sounding) vowel?
  auto vowel_at = [&](std::size_t k) { return k < len && k != silent && IsVowelLetter(w[k]); };
  // A t or d before a final s or z is one affricate, which Korean writes ㅊ/ㅈ (`Gates` =
  // `게이츠`, `sports` = `스포츠`).
  auto affricate = [&](std::size_t k) {
    const std::size_t j = k + 1 == silent ? k + 2 : k + 1;
    return (at(j) == 's' || at(j) == 'z') && j + 1 >= len;
  };
  std::size_t i = 0;
  if (n >= 2) {
    const std::string_view head = w.substr(0, 2);
    if (head == "kn" || head == "gn" || head == "pn" || head == "wr" || head == "ps") i = 1;
    if (head == "mc") {  // `McDonald` = `맥도날드`
      Push('m', key);
      Push('a', key);
      i = 1;
    }
  }
  // Palatal consonants (ch, sh, j, soft g) get the vowel Korean adds when no vowel follows:
  // `Bush` = `부시`, `bench` = `벤치`, `page` = `페이지`.
  auto palatal = [&](std::size_t next) {
    Push('s', key);
    if (!vowel_at(next) && at(next) != 'w') Push('a', key);
  };
  while (i < len) {
    if (i == silent) {
      ++i;
      continue;
    }
    const char c = w[i];
    const char next = at(i + 1);
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
      case 'w':
        Push('a', key);
        ++i;
        break;
      case 'h':
        ++i;
        break;
      case 'b':
        if (i == len - 1 && i > 0 && w[i - 1] == 'm') {  // `climb`
          ++i;
          break;
        }
        Push('p', key);
        ++i;
        break;
      case 'p':
        Push('p', key);
        i += next == 'h' ? 2 : 1;
        break;
      case 'f':
      case 'v':
        Push('p', key);
        ++i;
        break;
      case 'd':
        if (next == 'g' &&
            (at(i + 2) == 'e' || at(i + 2) == 'i' || at(i + 2) == 'y' || i + 2 == silent)) {
          ++i;  // `bridge`: the g carries the sound
          break;
        }
        if (affricate(i)) {
          ++i;
          break;
        }
        Push('t', key);
        ++i;
        break;
      case 't':
        if (next == 'h') {
          // Initial and medial th before a vowel or r is t in most transliterations (`Thomas`,
          // `marathon`, `Anthropic`); final th and th before a consonant is s (`Smith`).
          const bool s_like = i > 0 && !vowel_at(i + 2) && at(i + 2) != 'r';
          Push(s_like ? 's' : 't', key);
          if (s_like && at(i + 2) == 'm' && i + 3 >= len) Push('a', key);  // `algorithm`
          i += 2;
        } else if (next == 'c' && at(i + 2) == 'h') {
          ++i;  // `match`
        } else if (next == 'i' && i > 0 && (at(i + 2) == 'o' || at(i + 2) == 'a') &&
                   (at(i + 3) == 'n' || at(i + 3) == 'l')) {
          Push('s', key);  // `station`, `initial`, but `Croatia` keeps its t
          ++i;
        } else if (affricate(i)) {
          ++i;
        } else {
          Push('t', key);
          ++i;
        }
        break;
      case 'c':
        if (next == 'h') {
          const char after = at(i + 2);
          if (after == 'r' || after == 'l' || (i > 0 && w[i - 1] == 's')) {
            Push('k', key);  // `chrome`, `school`
          } else {
            palatal(i + 2);
          }
          i += 2;
        } else if (next == 'k') {
          Push('k', key);
          i += 2;
        } else if (next == 'e' || next == 'i' || next == 'y' || i + 1 == silent) {
          Push('s', key);
          ++i;
        } else {
          Push('k', key);
          ++i;
        }
        break;
      case 'g':
        if (next == 'h') {
          // Silent before t and at the end (`night`, `Hugh`), g elsewhere (`Baghdad`).
          if (at(i + 2) != 't' && i + 2 < len) Push('k', key);
          i += 2;
        } else if (next == 'n' && i + 2 >= len) {
          ++i;  // `campaign`, `design`
        } else if (next == 'e' || next == 'i' || next == 'y' || i + 1 == silent) {
          palatal(i + 1 == silent ? i + 2 : i + 1);
          ++i;
        } else {
          Push('k', key);
          ++i;
        }
        break;
      case 'j':
        palatal(i + 1);
        ++i;
        break;
      case 'k':
      case 'q':
        Push('k', key);
        ++i;
        break;
      case 'l':
        Push('l', key);
        ++i;
        break;
      case 'm':
        Push('m', key);
        if (next == 'n' && i + 2 >= len) {  // `autumn`
          i += 2;
          break;
        }
        ++i;
        break;
      case 'n':
        Push('n', key);
        if (next == 'g' && !vowel_at(i + 2) && i + 2 != silent) {
          i += 2;  // `-ing`, `Washington`: the g is part of the nasal
          break;
        }
        ++i;
        break;
      case 'r':
        // Post-vocalic r is silent in American English and in Korean loanwords (`computer`).
        if (i > 0 && IsVowelLetter(w[i - 1]) && !vowel_at(i + 1)) {
          ++i;
          break;
        }
        Push('l', key);
        ++i;
        break;
      case 's':
        if (next == 'h') {
          palatal(i + 2);
          i += 2;
        } else if (next == 'm' && i + 2 >= len) {
          Push('s', key);  // `-ism` = `-이즘`
          Push('a', key);
          ++i;
        } else {
          Push('s', key);
          ++i;
        }
        break;
      case 'x':
        if (i != 0) Push('k', key);
        Push('s', key);
        ++i;
        break;
      case 'z':
        Push('s', key);
        ++i;
        break;
      default:
        ++i;
        break;
    }
  }
}

void AppendEnglishKey(std::string_view text, std::string* key) {
  char buffer[64];
  std::size_t length = 0;
  auto flush = [&] {
    AppendEnglishWordKey(std::string_view(buffer, length), key);
    length = 0;
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') {
      if (length < sizeof(buffer)) buffer[length++] = c;
    } else if (c == '\'') {
      continue;  // `O'Brien`
    } else {
      flush();
    }
  }
  flush();
}

}  // namespace

std::string RomanizeHangul(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  // The previous syllable's final, written only once the next character is known.
  int pending_final = -1;
  while (pos < text.size()) {
    const char32_t cp = HangulSyllableAt(text, pos);
    if (cp == 0) {
      if (pending_final >= 0) out += kFinalRoman[pending_final];
      pending_final = -1;
      out.push_back(text[pos++]);
      continue;
    }
    pos += 3;
    const Jamo jamo = Decompose(cp);
    if (pending_final >= 0) {
      const Junction junction = Join(pending_final, jamo);
      out += junction.coda;
      out += junction.onset;
    } else {
      // Word-initial: ㄹ is r (`라면` -> `ramyeon`).
      out += kInitialRoman[jamo.initial];
    }
    out += kMedialRoman[jamo.medial];
    pending_final = jamo.final;
  }
  if (pending_final >= 0) out += kFinalRoman[pending_final];
  return out;
}

std::string LoanwordKey(std::string_view word, Language language, bool strip_particle) {
  std::string key;
  if (language == Language::kKorean) {
    AppendKoreanKey(strip_particle ? StripKoreanParticle(word) : word, &key);
  } else {
    AppendEnglishKey(word, &key);
  }
  const auto consonants = std::count_if(key.begin(), key.end(), IsKeyConsonant);
  if (consonants < 2) key.clear();
  return key;
}

double LoanwordSimilarity(std::string_view key_a, std::string_view key_b) {
  if (key_a.empty() || key_b.empty()) return 0;
  constexpr std::size_t kMaxLength = 64;
  const std::size_t m = std::min(key_a.size(), kMaxLength);
  const std::size_t n = std::min(key_b.size(), kMaxLength);
  std::array<std::size_t, kMaxLength + 1> row{};
  for (std::size_t j = 0; j <= n; ++j) row[j] = j;
  for (std::size_t i = 1; i <= m; ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= n; ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (key_a[i - 1] == key_b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return 1.0 - static_cast<double>(row[n]) / static_cast<double>(std::max(m, n));
}

}  // namespace kealign::lang
