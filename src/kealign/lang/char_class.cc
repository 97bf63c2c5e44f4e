#include "kealign/lang/char_class.h"

#include <unicode/uchar.h>

namespace kealign::lang {
namespace {

// ASCII kinds, filled once at compile time.
constexpr auto kAsciiKinds = [] {
  struct Table {
    CharKind kind[128];
  } t{};
  for (int c = 0; c < 128; ++c) {
    CharKind k = CharKind::kOther;
    if (c == ' ' || (c >= '\t' && c <= '\r')) k = CharKind::kSpace;
    if (c >= '0' && c <= '9') k = CharKind::kDigit;
    if (c >= 'A' && c <= 'Z') k = CharKind::kUpper;
    if (c >= 'a' && c <= 'z') k = CharKind::kLower;
    if (c == '.' || c == '!' || c == '?') k = CharKind::kTerminal;
    if (c == '(' || c == '[' || c == '{') k = CharKind::kOpen;
    if (c == ')' || c == ']' || c == '}') k = CharKind::kClose;
    if (c == '"' || c == '\'') k = CharKind::kStraightQuote;
    if (c == '^' || c == '~') k = CharKind::kDecoration;
    t.kind[c] = k;
  }
  return t;
}();

}  // namespace

CharKind Classify(char32_t c) {
  if (c < 0x80) return kAsciiKinds.kind[c];
  if (c >= 0xAC00 && c <= 0xD7A3) return CharKind::kHangul;
  if (c >= 0x3131 && c <= 0x318E) return CharKind::kJamo;
  switch (c) {
    case 0x2026:  // …
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF0E:  // ．
    case 0xFF1F:  // ？
      return CharKind::kTerminal;
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0x300A:  // 《
    case 0x3008:  // 〈
    case 0x00AB:  // «
    case 0xFF08:  // （
    case 0xFF3B:  // ［
    case 0x3010:  // 【
    case 0x3014:  // 〔
      return CharKind::kOpen;
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x300D:  // 」
    case 0x300F:  // 』
    case 0x300B:  // 》
    case 0x3009:  // 〉
    case 0x00BB:  // »
    case 0xFF09:  // ）
    case 0xFF3D:  // ］
    case 0x3011:  // 】
    case 0x3015:  // 〕
      return CharKind::kClose;
    case 0x00A0:
    case 0x3000:
    case 0xFEFF:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x0085:
      return CharKind::kSpace;
    case 0x200D:  // zero-width joiner inside emoji sequences
    case 0xFE0F:  // emoji presentation selector
    case 0x3030:  // 〰
      return CharKind::kDecoration;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200B) return CharKind::kSpace;
  if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
      (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x1100 && c <= 0x11FF)) {
    return CharKind::kDecoration;
  }
  const UChar32 u = static_cast<UChar32>(c);
  if (u_isUUppercase(u)) return CharKind::kUpper;
  if (u_isULowercase(u)) return CharKind::kLower;
  if (u_isalpha(u)) return CharKind::kLetter;
  if (u_isdigit(u)) return CharKind::kDigit;
  if (u_isUWhiteSpace(u)) return CharKind::kSpace;
  return CharKind::kOther;
}

}  // namespace kealign::lang
