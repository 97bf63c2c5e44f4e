#include "kealign/lexical/translation_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <istream>
#include <limits>
#include <ostream>
#include <utility>

#include "kealign/error.h"

namespace kealign::lexical {
namespace {

// Ids are `int`; limits above this cannot come from a real vocabulary.
constexpr std::uint64_t kMaxIdLimit = std::numeric_limits<int>::max() - 1;
// Arrays are read in chunks of this many elements so that a corrupt size field makes the read
// fail at the end of the file instead of allocating the size up front.
constexpr std::size_t kReadChunk = 1 << 16;

// The first inconsistency in `parts`, or an empty string.
std::string Inconsistency(const detail::TableParts& parts) {
  if (parts.source_id_limit < 0 || parts.target_id_limit < 0) return "negative id limit";
  const auto num_rows = static_cast<std::size_t>(parts.source_id_limit) + 1;
  if (parts.row_offsets.size() != num_rows + 1) {
    return fmt::format("{} row offsets for {} rows", parts.row_offsets.size(), num_rows);
  }
  if (parts.known_source.size() != static_cast<std::size_t>(parts.source_id_limit) ||
      parts.known_target.size() != static_cast<std::size_t>(parts.target_id_limit)) {
    return "known-id bitmaps do not match the id limits";
  }
  if (parts.row_offsets.front() != 0 || parts.row_offsets.back() != parts.entries.size()) {
    return "row offsets do not cover the entries";
  }
  if (!(parts.floor_probability >= kMinFloorProbability && parts.floor_probability < 1)) {
    return fmt::format("floor probability {} is not in [{}, 1)", parts.floor_probability,
                       kMinFloorProbability);
  }
  if (!std::isfinite(parts.background_log_prob) || parts.background_log_prob > 0) {
    return fmt::format("background log-probability {} is not finite and <= 0",
                       parts.background_log_prob);
  }
  for (std::size_t row = 0; row < num_rows; ++row) {
    const std::uint64_t begin = parts.row_offsets[row];
    const std::uint64_t end = parts.row_offsets[row + 1];
    if (end < begin || end > parts.entries.size()) {
      return fmt::format("row offsets decrease at row {}", row);
    }
    if (row > 0 && end > begin && !parts.known_source[row - 1]) {
      return fmt::format("source id {} has entries but is not marked known", row - 1);
    }
    for (std::uint64_t i = begin; i < end; ++i) {
      const TableEntry& entry = parts.entries[i];
      if (entry.target < 0 || entry.target >= parts.target_id_limit) {
        return fmt::format("target id {} out of range [0, {})", entry.target,
                           parts.target_id_limit);
      }
      if (!parts.known_target[static_cast<std::size_t>(entry.target)]) {
        return fmt::format("target id {} has entries but is not marked known", entry.target);
      }
      if (i > begin && parts.entries[i - 1].target >= entry.target) {
        return fmt::format("row of source {} is not sorted by target id", row - 1);
      }
      if (!(entry.probability > 0 && entry.probability <= 1)) {
        return fmt::format("probability {} of pair ({}, {}) is not in (0, 1]", entry.probability,
                           static_cast<long long>(row) - 1, entry.target);
      }
    }
  }
  return "";
}

void WriteBitmap(util::BinaryWriter& writer, const std::vector<bool>& bits) {
  std::vector<unsigned char> bytes((bits.size() + 7) / 8, 0);
  for (std::size_t i = 0; i < bits.size(); ++i) {
    if (bits[i]) bytes[i / 8] |= static_cast<unsigned char>(1u << (i % 8));
  }
  writer.Bytes(bytes.data(), bytes.size());
}

std::vector<bool> ReadBitmap(util::BinaryReader& reader, std::size_t size, std::string_view what) {
  std::vector<bool> bits;
  std::vector<unsigned char> bytes;
  std::size_t done = 0;
  while (done < size) {
    const std::size_t count = std::min(kReadChunk * 8, size - done);
    bytes.resize((count + 7) / 8);
    reader.Bytes(bytes.data(), bytes.size(), what);
    for (std::size_t i = 0; i < count; ++i) bits.push_back((bytes[i / 8] >> (i % 8)) & 1u);
    done += count;
  }
  return bits;
}

}  // namespace

TranslationTable::TranslationTable() : row_offsets_(2, 0) {}

TranslationTable TranslationTable::FromParts(detail::TableParts parts) {
  if (std::string problem = Inconsistency(parts); !problem.empty()) {
    throw InternalError(fmt::format("inconsistent translation table: {}", problem));
  }
  TranslationTable table;
  table.source_id_limit_ = parts.source_id_limit;
  table.target_id_limit_ = parts.target_id_limit;
  table.row_offsets_ = std::move(parts.row_offsets);
  table.entries_ = std::move(parts.entries);
  table.known_source_ = std::move(parts.known_source);
  table.known_target_ = std::move(parts.known_target);
  table.floor_probability_ = parts.floor_probability;
  table.background_log_prob_ = parts.background_log_prob;
  return table;
}

std::span<const TableEntry> TranslationTable::Row(int source) const {
  if (source < kNullSource || source >= source_id_limit_) return {};
  const auto row = static_cast<std::size_t>(source + 1);
  return std::span<const TableEntry>(entries_.data() + row_offsets_[row],
                                     entries_.data() + row_offsets_[row + 1]);
}

double TranslationTable::Probability(int source, int target) const {
  const std::span<const TableEntry> row = Row(source);
  const auto it =
      std::lower_bound(row.begin(), row.end(), target,
                       [](const TableEntry& entry, int id) { return entry.target < id; });
  return it != row.end() && it->target == target ? it->probability : 0.0;
}

void TranslationTable::Write(util::BinaryWriter& writer) const {
  writer.U32(static_cast<std::uint32_t>(source_id_limit_));
  writer.U32(static_cast<std::uint32_t>(target_id_limit_));
  writer.F64(floor_probability_);
  writer.F64(background_log_prob_);
  writer.U64(entries_.size());
  WriteBitmap(writer, known_source_);
  WriteBitmap(writer, known_target_);
  for (std::size_t row = 0; row + 1 < row_offsets_.size(); ++row) {
    writer.U64(row_offsets_[row + 1] - row_offsets_[row]);
  }
  for (const TableEntry& entry : entries_) {
    writer.U32(static_cast<std::uint32_t>(entry.target));
    writer.F32(entry.probability);
  }
}

TranslationTable TranslationTable::Read(util::BinaryReader& reader) {
  const std::uint64_t source_id_limit = reader.U32("the header");
  const std::uint64_t target_id_limit = reader.U32("the header");
  if (source_id_limit > kMaxIdLimit || target_id_limit > kMaxIdLimit) {
    reader.Fail(
        fmt::format("id limits {} / {} are out of range", source_id_limit, target_id_limit));
  }
  detail::TableParts parts;
  parts.source_id_limit = static_cast<int>(source_id_limit);
  parts.target_id_limit = static_cast<int>(target_id_limit);
  parts.floor_probability = reader.F64("the header");
  parts.background_log_prob = reader.F64("the header");
  const std::uint64_t num_entries = reader.U64("the header");
  parts.known_source = ReadBitmap(reader, source_id_limit, "the known source ids");
  parts.known_target = ReadBitmap(reader, target_id_limit, "the known target ids");
  parts.row_offsets.push_back(0);
  for (std::uint64_t row = 0; row <= source_id_limit; ++row) {
    const std::uint64_t size = reader.U64("the row sizes");
    if (size > num_entries - parts.row_offsets.back()) {
      reader.Fail(
          fmt::format("row sizes add up to more than the {} entries in the header", num_entries));
    }
    parts.row_offsets.push_back(parts.row_offsets.back() + size);
  }
  if (parts.row_offsets.back() != num_entries) {
    reader.Fail(fmt::format("row sizes add up to {}, the header says {} entries",
                            parts.row_offsets.back(), num_entries));
  }
  for (std::uint64_t i = 0; i < num_entries; ++i) {
    if (parts.entries.size() == parts.entries.capacity()) {
      parts.entries.reserve(
          std::min<std::uint64_t>(num_entries, parts.entries.size() + kReadChunk));
    }
    TableEntry entry;
    entry.target = static_cast<int>(reader.U32("the entries"));
    entry.probability = reader.F32("the entries");
    parts.entries.push_back(entry);
  }
  if (std::string problem = Inconsistency(parts); !problem.empty()) reader.Fail(problem);
  return FromParts(std::move(parts));
}

double LogProbability(const TranslationTable& table, std::span<const int> source_ids,
                      std::span<const int> target_ids) {
  int num_known_sources = 0;
  for (int f : source_ids) num_known_sources += table.IsKnownSource(f) ? 1 : 0;
  const double log_positions = std::log(num_known_sources + 1.0);
  const double floor = table.floor_probability();
  double total = 0;
  int num_known_targets = 0;
  for (int e : target_ids) {
    if (!table.IsKnownTarget(e)) continue;
    double sum = table.Probability(kNullSource, e);
    for (int f : source_ids) {
      if (table.IsKnownSource(f)) sum += table.Probability(f, e);
    }
    total += std::log(std::max(sum, floor)) - log_positions;
    ++num_known_targets;
  }
  return num_known_targets == 0 ? 0.0 : total / num_known_targets;
}

}  // namespace kealign::lexical
