// FNV-1a, 64 bits (Fowler, Noll & Vo; http://www.isthe.com/chongo/tech/comp/fnv/): a fast,
// stable, non-cryptographic hash. kealign stores its values (anchor keys compared across
// documents, model checksums and fingerprints written to files), so it must give the same
// value on every machine and build, which `std::hash` does not promise.
#pragma once

#include <cstdint>
#include <string_view>

namespace kealign::util {

inline constexpr std::uint64_t kFnv1aOffsetBasis = 0xCBF29CE484222325ull;
inline constexpr std::uint64_t kFnv1aPrime = 0x100000001B3ull;

// `hash` continued over `bytes`: `Fnv1a(b, Fnv1a(a))` is the hash of `a` followed by `b`.
inline std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t hash = kFnv1aOffsetBasis) {
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * kFnv1aPrime;
  return hash;
}

}  // namespace kealign::util
