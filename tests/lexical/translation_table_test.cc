#include "kealign/lexical/translation_table.h"

#include <doctest/doctest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/lexical/detail/binary_io.h"
#include "kealign/lexical/model1.h"

namespace kealign::lexical {
namespace {

// Source ids: 0 = 그, 1 = 집, 2 = 꽃 (known, no entries). Target ids: 0 = the, 1 = house,
// 2 = flower, 3 = blue (known, no entries anywhere).
detail::TableParts HandMadeParts() {
  detail::TableParts parts;
  parts.source_id_limit = 3;
  parts.target_id_limit = 4;
  // Rows: NULL {the 0.5, flower 0.25}, 그 {the 0.875}, 집 {house 0.75, the 0.125}, 꽃 {}.
  parts.entries = {{0, 0.5f}, {2, 0.25f}, {0, 0.875f}, {0, 0.125f}, {1, 0.75f}};
  parts.row_offsets = {0, 2, 3, 5, 5};
  parts.known_source = {true, true, true};
  parts.known_target = {true, true, true, true};
  parts.floor_probability = 0.001;
  parts.background_log_prob = -6.5;
  return parts;
}

std::string Saved(const TranslationTable& table) {
  std::ostringstream out;
  table.Save(out);
  return out.str();
}

std::string LoadError(const std::string& bytes) {
  std::istringstream in(bytes);
  try {
    TranslationTable::Load(in, "ko-en.lex");
  } catch (const ModelError& error) {
    return error.what();
  }
  return "(no error)";
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// Writes a version-1 table header and body with a valid checksum, for contents `Save` would
// never produce.
std::string WriteRawTable(const detail::TableParts& parts) {
  std::ostringstream out;
  detail::BinaryWriter writer(out);
  const std::string magic = "KEALIGN-LEXICAL-TABLE\n";
  writer.Bytes(magic.data(), magic.size());
  writer.U32(1);
  writer.U32(static_cast<std::uint32_t>(parts.source_id_limit));
  writer.U32(static_cast<std::uint32_t>(parts.target_id_limit));
  writer.F64(parts.floor_probability);
  writer.F64(parts.background_log_prob);
  writer.U64(parts.entries.size());
  unsigned char source_bits = 0;
  for (std::size_t i = 0; i < parts.known_source.size(); ++i) {
    if (parts.known_source[i]) source_bits |= static_cast<unsigned char>(1u << i);
  }
  writer.Bytes(&source_bits, 1);
  unsigned char target_bits = 0;
  for (std::size_t i = 0; i < parts.known_target.size(); ++i) {
    if (parts.known_target[i]) target_bits |= static_cast<unsigned char>(1u << i);
  }
  writer.Bytes(&target_bits, 1);
  for (std::size_t r = 0; r + 1 < parts.row_offsets.size(); ++r) {
    writer.U64(parts.row_offsets[r + 1] - parts.row_offsets[r]);
  }
  for (const TableEntry& entry : parts.entries) {
    writer.U32(static_cast<std::uint32_t>(entry.target));
    writer.F32(entry.probability);
  }
  writer.Checksum();
  return out.str();
}

}  // namespace

TEST_SUITE("lexical") {
  TEST_CASE("a translation table looks up t(target | source) by row") {
    const TranslationTable table = TranslationTable::FromParts(HandMadeParts());
    CHECK(table.Probability(kNullSource, 0) == 0.5);
    CHECK(table.Probability(1, 1) == 0.75);
    CHECK(table.Probability(1, 2) == 0);
    CHECK(table.Probability(2, 0) == 0);
    CHECK(table.Probability(7, 0) == 0);   // id out of range
    CHECK(table.Probability(-5, 0) == 0);  // not NULL, just negative
    CHECK(table.Row(1).size() == 2);
    CHECK(table.Row(1)[0] == TableEntry{0, 0.125f});
    CHECK(table.Row(2).empty());
    CHECK(table.IsKnownSource(2));
    CHECK_FALSE(table.IsKnownSource(3));
    CHECK_FALSE(table.IsKnownTarget(-1));
    CHECK(table.num_entries() == 5);
  }

  TEST_CASE("inconsistent table parts are rejected") {
    detail::TableParts unsorted = HandMadeParts();
    std::swap(unsorted.entries[3], unsorted.entries[4]);
    CHECK_THROWS_AS(TranslationTable::FromParts(unsorted), InternalError);
    detail::TableParts out_of_range = HandMadeParts();
    out_of_range.entries[1].target = 4;
    CHECK_THROWS_AS(TranslationTable::FromParts(out_of_range), InternalError);
    detail::TableParts zero = HandMadeParts();
    zero.entries[0].probability = 0;
    CHECK_THROWS_AS(TranslationTable::FromParts(zero), InternalError);
  }

  TEST_CASE("LogProbability is Model 1 with NULL - a floor - and unknown tokens skipped") {
    const TranslationTable table = TranslationTable::FromParts(HandMadeParts());
    const std::vector<int> source = {0, 1};  // 그 집
    const std::vector<int> target = {0, 1};  // the house
    const double expected = (std::log((0.5 + 0.875 + 0.125) / 3) + std::log(0.75 / 3)) / 2;
    CHECK(LogProbability(table, source, target) == doctest::Approx(expected).epsilon(1e-12));
    // Unknown ids (never seen, out of range, negative) change nothing.
    const std::vector<int> noisy_source = {0, 9, 1, -1};
    const std::vector<int> noisy_target = {77, 0, 1, -3};
    CHECK(LogProbability(table, noisy_source, noisy_target) ==
          doctest::Approx(expected).epsilon(1e-12));
    // "blue" is known but nothing generates it: it costs the floor.
    const std::vector<int> blue = {3};
    CHECK(LogProbability(table, source, blue) ==
          doctest::Approx(std::log(0.001 / 3)).epsilon(1e-12));
    // 꽃 is known: it counts as a position even though its row is empty.
    const std::vector<int> flower_source = {2};
    const std::vector<int> flower = {2};
    CHECK(LogProbability(table, flower_source, flower) ==
          doctest::Approx(std::log(0.25 / 2)).epsilon(1e-12));
    CHECK(LogProbability(table, source, std::vector<int>{}) == 0);
    CHECK(LogProbability(table, source, std::vector<int>{42}) == 0);
  }

  TEST_CASE("a saved table loads back identical - also several in one stream") {
    const TranslationTable table = TranslationTable::FromParts(HandMadeParts());
    std::stringstream stream;
    table.Save(stream);
    TranslationTable().Save(stream);
    table.Save(stream);
    CHECK(TranslationTable::Load(stream, "three.lex") == table);
    CHECK(TranslationTable::Load(stream, "three.lex") == TranslationTable());
    CHECK(TranslationTable::Load(stream, "three.lex") == table);
    CHECK(stream.peek() == std::char_traits<char>::eof());
    const TranslationTable loaded = [&] {
      std::istringstream in(Saved(table));
      return TranslationTable::Load(in, "t.lex");
    }();
    CHECK(loaded.background_log_prob() == -6.5);
    CHECK(loaded.floor_probability() == 0.001);
  }

  TEST_CASE("a bidirectional model round-trips through Save and Load") {
    const std::vector<int> a = {0, 1, 2};
    const std::vector<int> b = {3, 1};
    const std::vector<int> c = {2, 0};
    const std::vector<int> d = {0, 4};
    const std::vector<SentencePair> pairs = {{a, b}, {c, d}, {b, a}};
    const BidirectionalModel model = TrainBidirectional(pairs, Model1Options{});
    std::stringstream stream;
    model.Save(stream);
    CHECK(BidirectionalModel::Load(stream, "model.lex") == model);
    std::istringstream wrong_kind(Saved(model.forward));
    CHECK_THROWS_WITH_AS(BidirectionalModel::Load(wrong_kind, "model.lex"),
                         doctest::Contains("model.lex: not a kealign lexical model"), ModelError);
  }

  TEST_CASE("loading a damaged table names the file and the problem") {
    const std::string good = Saved(TranslationTable::FromParts(HandMadeParts()));

    const std::string not_a_table = LoadError("hello, world: this is a text file\n");
    CHECK(StartsWith(not_a_table, "ko-en.lex: not a kealign lexical translation table"));

    std::string future = good;
    future[22] = 2;  // the version follows the 22-byte magic
    CHECK(StartsWith(LoadError(future),
                     "ko-en.lex: unsupported lexical table version 2 (this build reads "
                     "version 1)"));

    // Every proper prefix fails cleanly as truncated (or as not a table, inside the magic).
    for (std::size_t size = 0; size < good.size(); ++size) {
      const std::string message = LoadError(good.substr(0, size));
      const bool expected = StartsWith(message, "ko-en.lex: file is truncated") ||
                            (size < 22 && StartsWith(message, "ko-en.lex: not a kealign"));
      CHECK_MESSAGE(expected, "prefix of ", size, " bytes: ", message);
    }

    // A flipped bit in the last probability is caught by the checksum.
    std::string flipped = good;
    flipped[flipped.size() - 9] ^= 0x10;
    CHECK(LoadError(flipped) ==
          "ko-en.lex: checksum mismatch: the file is corrupt (re-create or re-copy it)");

    // Contents with a valid checksum are still checked.
    detail::TableParts unsorted = HandMadeParts();
    std::swap(unsorted.entries[3], unsorted.entries[4]);
    CHECK(LoadError(WriteRawTable(unsorted)) ==
          "ko-en.lex: row of source 1 is not sorted by target id");
    detail::TableParts bad_probability = HandMadeParts();
    bad_probability.entries[2].probability = 1.5f;
    CHECK(LoadError(WriteRawTable(bad_probability)) ==
          "ko-en.lex: probability 1.5 of pair (0, 0) is not in (0, 1]");
    CHECK(LoadError(WriteRawTable(HandMadeParts())) == "(no error)");
  }
}

}  // namespace kealign::lexical
