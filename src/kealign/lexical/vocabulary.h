// Token strings to the dense integer ids the lexical model works on.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kealign/util/binary_io.h"

namespace kealign::lexical {

// Assigns ids 0, 1, 2, … to tokens in order of first appearance. Once frozen (e.g. after
// training, or after `Load`), unseen tokens map to `kNotFound`, which every scorer treats as an
// unknown token. Const members are thread-safe; `Add`/`Encode` on an unfrozen vocabulary are not.
class Vocabulary {
 public:
  static constexpr int kNotFound = -1;

  // The id of `token`, assigning the next id if it is new and the vocabulary is not frozen
  // (`kNotFound` if it is frozen). Amortised O(token length).
  int Add(std::string_view token);

  // The id of `token`, or `kNotFound`. Never adds.
  int Find(std::string_view token) const;

  // `Add` for each token (so `Find` once frozen), in order.
  std::vector<int> Encode(std::span<const std::string> tokens);

  // The token with id `id`, which must be in [0, size()).
  const std::string& Token(int id) const { return tokens_[static_cast<std::size_t>(id)]; }

  int size() const { return static_cast<int>(tokens_.size()); }

  void Freeze() { frozen_ = true; }
  bool frozen() const { return frozen_; }

  // Writes the tokens in id order as fields of a model file (a count, then length-prefixed
  // tokens), so any byte string round-trips. The file's header and checksum are the caller's.
  void Write(util::BinaryWriter& writer) const;

  // Reads what `Write` wrote; the result is frozen. Throws `ModelError` (through `reader`) if
  // the data is truncated, a length is implausible or a token repeats.
  static Vocabulary Read(util::BinaryReader& reader);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };

  std::vector<std::string> tokens_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> ids_;
  bool frozen_ = false;
};

}  // namespace kealign::lexical
