// Little-endian field I/O with a running FNV-1a checksum, for kealign's binary model files: the
// same bytes on every machine, and a file cut short or damaged in transit is an error, not a
// silently different model.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "kealign/error.h"
#include "kealign/util/hash.h"

namespace kealign::util {

namespace detail {
inline std::uint64_t ChecksumBytes(std::uint64_t hash, const void* data, std::size_t size) {
  return Fnv1a(std::string_view(static_cast<const char*>(data), size), hash);
}
}  // namespace detail

// Writes fixed-width little-endian fields and checksums them.
class BinaryWriter {
 public:
  explicit BinaryWriter(std::ostream& out) : out_(out) {}

  void Bytes(const void* data, std::size_t size) {
    checksum_ = detail::ChecksumBytes(checksum_, data, size);
    out_.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  void U64(std::uint64_t value) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));
    Bytes(bytes, 8);
  }
  void U32(std::uint32_t value) {
    unsigned char bytes[4];
    for (int i = 0; i < 4; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));
    Bytes(bytes, 4);
  }
  void U8(std::uint8_t value) { Bytes(&value, 1); }
  void F64(double value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, 8);
    U64(bits);
  }
  void F32(float value) {
    std::uint32_t bits;
    std::memcpy(&bits, &value, 4);
    U32(bits);
  }
  // Writes the checksum of everything written so far (not itself checksummed).
  void Checksum() {
    const std::uint64_t sum = checksum_;
    U64(sum);
  }

 private:
  std::ostream& out_;
  std::uint64_t checksum_ = kFnv1aOffsetBasis;
};

// Reads what `BinaryWriter` wrote; every failure is a `ModelError` naming the file.
class BinaryReader {
 public:
  BinaryReader(std::istream& in, const std::string& display_name)
      : in_(in), display_name_(display_name) {}

  [[noreturn]] void Fail(std::string_view detail) const {
    throw ModelError(fmt::format("{}: {}", display_name_, detail));
  }

  void Bytes(void* data, std::size_t size, std::string_view what) {
    in_.read(static_cast<char*>(data), static_cast<std::streamsize>(size));
    if (static_cast<std::size_t>(in_.gcount()) != size) {
      Fail(fmt::format("file is truncated (ends inside {})", what));
    }
    checksum_ = detail::ChecksumBytes(checksum_, data, size);
  }
  std::uint64_t U64(std::string_view what) {
    unsigned char bytes[8];
    Bytes(bytes, 8, what);
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
    return value;
  }
  std::uint32_t U32(std::string_view what) {
    unsigned char bytes[4];
    Bytes(bytes, 4, what);
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<std::uint32_t>(bytes[i]) << (8 * i);
    return value;
  }
  std::uint8_t U8(std::string_view what) {
    std::uint8_t value;
    Bytes(&value, 1, what);
    return value;
  }
  double F64(std::string_view what) {
    const std::uint64_t bits = U64(what);
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
  }
  float F32(std::string_view what) {
    const std::uint32_t bits = U32(what);
    float value;
    std::memcpy(&value, &bits, 4);
    return value;
  }
  // Reads the magic string; a mismatch means this is some other kind of file.
  void Magic(std::string_view magic, std::string_view kind) {
    std::string found(magic.size(), '\0');
    in_.read(found.data(), static_cast<std::streamsize>(magic.size()));
    if (static_cast<std::size_t>(in_.gcount()) != magic.size() || found != magic) {
      Fail(fmt::format("not a kealign {} (the file does not start with \"{}\")", kind,
                       magic.substr(0, magic.size() - 1)));
    }
    checksum_ = detail::ChecksumBytes(checksum_, found.data(), found.size());
  }
  // Reads the format version written after the magic; any other than `expected` fails, naming
  // `kind` and saying what to do.
  void Version(std::uint32_t expected, std::string_view kind) {
    const std::uint32_t version = U32("the version");
    if (version != expected) {
      Fail(
          fmt::format("unsupported {} version {} (this build reads version {}); re-create it "
                      "with this kealign",
                      kind, version, expected));
    }
  }
  // Reads the stored checksum and compares it with the bytes read so far.
  void Checksum() {
    const std::uint64_t expected = checksum_;
    const std::uint64_t stored = U64("the checksum");
    if (stored != expected) {
      Fail("checksum mismatch: the file is corrupt (re-create or re-copy it)");
    }
  }

 private:
  std::istream& in_;
  const std::string& display_name_;
  std::uint64_t checksum_ = kFnv1aOffsetBasis;
};

}  // namespace kealign::util
