#include "kealign/util/base64.h"

#include <array>
#include <cstdint>

namespace kealign::util {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of each byte, or -1.
constexpr std::array<std::int8_t, 256> kValues = [] {
  std::array<std::int8_t, 256> values{};
  values.fill(-1);
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
    values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
  }
  return values;
}();

}  // namespace

std::optional<std::size_t> DecodeBase64(std::string_view encoded, std::string* decoded) {
  decoded->clear();
  std::size_t end = encoded.size();
  // At most two `=`, and only once the data has reached a multiple of four with them.
  std::size_t padding = 0;
  while (end > 0 && encoded[end - 1] == '=' && padding < 2) {
    --end;
    ++padding;
  }
  if (padding > 0 && encoded.size() % 4 != 0) return end;
  decoded->reserve(end / 4 * 3 + 2);
  std::uint32_t bits = 0;
  int count = 0;
  for (std::size_t i = 0; i < end; ++i) {
    const int value = kValues[static_cast<unsigned char>(encoded[i])];
    if (value < 0) return i;
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
    if (++count == 4) {
      decoded->push_back(static_cast<char>(bits >> 16));
      decoded->push_back(static_cast<char>(bits >> 8 & 0xFF));
      decoded->push_back(static_cast<char>(bits & 0xFF));
      bits = 0;
      count = 0;
    }
  }
  if (count == 1) return end - 1;  // one character alone carries fewer than 8 bits
  if (count == 2) {
    decoded->push_back(static_cast<char>(bits >> 4));
  } else if (count == 3) {
    decoded->push_back(static_cast<char>(bits >> 10));
    decoded->push_back(static_cast<char>(bits >> 2 & 0xFF));
  }
  return std::nullopt;
}

std::string EncodeBase64(std::string_view bytes) {
  std::string encoded;
  encoded.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t bits =
        static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
        static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
        static_cast<unsigned char>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) encoded.push_back(kAlphabet[bits >> shift & 63]);
  }
  if (const std::size_t rest = bytes.size() - i; rest > 0) {
    std::uint32_t bits = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2)
      bits |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    encoded.push_back(kAlphabet[bits >> 18 & 63]);
    encoded.push_back(kAlphabet[bits >> 12 & 63]);
    encoded.push_back(rest == 2 ? kAlphabet[bits >> 6 & 63] : '=');
    encoded.push_back('=');
  }
  return encoded;
}

}  // namespace kealign::util
