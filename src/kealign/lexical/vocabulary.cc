#include "kealign/lexical/vocabulary.h"

#include <fmt/format.h>

#include <istream>
#include <limits>
#include <ostream>

namespace kealign::lexical {
namespace {

// Longest token `Load` accepts; longer lengths mean a corrupt file.
constexpr std::uint32_t kMaxTokenBytes = 1 << 20;

}  // namespace

int Vocabulary::Add(std::string_view token) {
  if (const auto it = ids_.find(token); it != ids_.end()) return it->second;
  if (frozen_) return kNotFound;
  const int id = size();
  tokens_.emplace_back(token);
  ids_.emplace(tokens_.back(), id);
  return id;
}

int Vocabulary::Find(std::string_view token) const {
  const auto it = ids_.find(token);
  return it == ids_.end() ? kNotFound : it->second;
}

std::vector<int> Vocabulary::Encode(std::span<const std::string> tokens) {
  std::vector<int> ids;
  ids.reserve(tokens.size());
  for (const std::string& token : tokens) ids.push_back(Add(token));
  return ids;
}

void Vocabulary::Write(util::BinaryWriter& writer) const {
  writer.U64(tokens_.size());
  for (const std::string& token : tokens_) {
    writer.U32(static_cast<std::uint32_t>(token.size()));
    writer.Bytes(token.data(), token.size());
  }
}

Vocabulary Vocabulary::Read(util::BinaryReader& reader) {
  const std::uint64_t count = reader.U64("the vocabulary size");
  if (count >= static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
    reader.Fail(fmt::format("vocabulary size {} is out of range", count));
  }
  Vocabulary vocabulary;
  std::string token;
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint32_t length = reader.U32("the tokens");
    if (length > kMaxTokenBytes) {
      reader.Fail(fmt::format("token {} is {} bytes long (corrupt length?)", i, length));
    }
    token.resize(length);
    reader.Bytes(token.data(), length, "the tokens");
    if (vocabulary.Find(token) != kNotFound) {
      reader.Fail(fmt::format("token {} repeats token {}", i, vocabulary.Find(token)));
    }
    vocabulary.Add(token);
  }
  vocabulary.Freeze();
  return vocabulary;
}

}  // namespace kealign::lexical
