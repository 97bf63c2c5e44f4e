// A sparse table of word translation probabilities t(target | source), as estimated by IBM
// Model 1 (Brown et al. 1993), and the Model-1 probability of one sentence given another.
//
// Glossary (shared by the whole `lexical` module):
//   id        a token (word or subword) as a non-negative integer, one numbering per side; the
//             caller maps strings to ids (`Vocabulary` does it). Ids should be dense: memory is
//             O(largest id).
//   NULL      the empty source word, `kNullSource`: it generates target tokens that translate
//             nothing (particles, articles).
//   t-table   `TranslationTable`: for each source id (and NULL) the target ids it co-occurred
//             with in training and t(target | source) for each; pairs that never co-occurred
//             have no entry and count as probability 0.
//   known     an id seen in training on that side (or in a prior pair). Unknown ids carry no
//             evidence, so scoring skips them on both sides.
//   floor     the smallest per-token probability scoring uses, so one untranslatable token
//             costs a bounded amount instead of -infinity.
//   background  the mean per-token log-probability of *unrelated* sentence pairs (training pairs
//             shuffled), so `log_prob - background` is about 0 without evidence and positive for
//             translations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "kealign/util/binary_io.h"

namespace kealign::lexical {

// The source id of the NULL word in `TranslationTable::Probability` and `Row`.
inline constexpr int kNullSource = -1;

// The smallest scoring floor a table may have (the floor when training did not prune).
inline constexpr double kMinFloorProbability = 1e-7;

// One entry of a row: t(`target` | the row's source).
struct TableEntry {
  int target = 0;
  float probability = 0;
  friend bool operator==(const TableEntry&, const TableEntry&) = default;
};

namespace detail {
// The raw arrays of a table; `TranslationTable::FromParts` checks them.
struct TableParts {
  int source_id_limit = 0;                 // source ids are in [0, source_id_limit)
  int target_id_limit = 0;                 // target ids are in [0, target_id_limit)
  std::vector<std::uint64_t> row_offsets;  // size source_id_limit + 2; row 0 is NULL
  std::vector<TableEntry> entries;         // each row sorted by target, no duplicates
  std::vector<bool> known_source;          // size source_id_limit
  std::vector<bool> known_target;          // size target_id_limit
  double floor_probability = kMinFloorProbability;
  double background_log_prob = 0;
};
}  // namespace detail

// t(target | source) for one direction. Immutable after construction; all const members are
// thread-safe. Memory: 8 bytes per entry + 8 bytes per source id + 2 bits per id.
class TranslationTable {
 public:
  // An empty table: no known ids, every probability 0.
  TranslationTable();

  // Checks `parts` (offsets, sorting, id ranges, probabilities in (0, 1]) and takes them over.
  // Throws `InternalError` describing the first violation. Used by training.
  static TranslationTable FromParts(detail::TableParts parts);

  // t(`target` | `source`), or 0 if the pair has no entry or either id is out of range.
  // `source` may be `kNullSource`. O(log row length).
  double Probability(int source, int target) const;

  // The entries of `source`'s row (`kNullSource` for NULL), sorted by target id; empty for an
  // unknown id. The span lives as long as the table.
  std::span<const TableEntry> Row(int source) const;

  bool IsKnownSource(int id) const {
    return id >= 0 && id < source_id_limit_ && known_source_[static_cast<std::size_t>(id)];
  }
  bool IsKnownTarget(int id) const {
    return id >= 0 && id < target_id_limit_ && known_target_[static_cast<std::size_t>(id)];
  }

  // One past the largest source / target id the table can hold.
  int source_id_limit() const { return source_id_limit_; }
  int target_id_limit() const { return target_id_limit_; }
  std::size_t num_entries() const { return entries_.size(); }

  // Lower bound on the summed t(e | ·) of one target token when scoring (see glossary).
  double floor_probability() const { return floor_probability_; }

  // Mean per-token `LogProbability` of shuffled training pairs, in nats (see glossary); 0 if
  // it was never estimated (fewer than two training pairs). Set by training; a value must be
  // finite and <= 0, or `Load` rejects the saved table.
  double background_log_prob() const { return background_log_prob_; }
  void set_background_log_prob(double log_prob) { background_log_prob_ = log_prob; }

  // Writes the table as fields of a model file (little-endian sizes, bitmaps, rows); about 8
  // bytes per entry. The file's header and checksum are the caller's.
  void Write(util::BinaryWriter& writer) const;

  // Reads a table written by `Write`, consuming exactly its bytes. Throws `ModelError`
  // (through `reader`) naming what was wrong: truncation or inconsistent contents.
  static TranslationTable Read(util::BinaryReader& reader);

  friend bool operator==(const TranslationTable&, const TranslationTable&) = default;

 private:
  int source_id_limit_ = 0;
  int target_id_limit_ = 0;
  std::vector<std::uint64_t> row_offsets_;  // row r = source r - 1; row 0 = NULL
  std::vector<TableEntry> entries_;
  std::vector<bool> known_source_;
  std::vector<bool> known_target_;
  double floor_probability_ = kMinFloorProbability;
  double background_log_prob_ = 0;
};

// IBM Model 1 log P(`target_ids` | `source_ids`) per target token, in nats:
//   (1/m) sum_j log( max(t(e_j | NULL) + sum_i t(e_j | f_i), floor) / (l + 1) )
// over the m known target tokens, with l the number of known source tokens (the constant
// P(m | l) is left out). 0 if no target token is known. O(l · m · log row length): for many
// calls on the same sentences use `DocumentScorer`.
double LogProbability(const TranslationTable& table, std::span<const int> source_ids,
                      std::span<const int> target_ids);

}  // namespace kealign::lexical
