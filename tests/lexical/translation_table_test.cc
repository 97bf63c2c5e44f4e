#include "kealign/lexical/translation_table.h"

#include <doctest/doctest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/lexical/model1.h"
#include "kealign/util/binary_io.h"

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

// The table's fields as a model file holds them (the file's header and checksum are tested
// with `LexicalModel`).
std::string Saved(const TranslationTable& table) {
  std::ostringstream out;
  util::BinaryWriter writer(out);
  table.Write(writer);
  return out.str();
}

std::string LoadError(const std::string& bytes) {
  std::istringstream in(bytes);
  const std::string name = "ko-en.lex";
  util::BinaryReader reader(in, name);
  try {
    TranslationTable::Read(reader);
  } catch (const ModelError& error) {
    return error.what();
  }
  return "(no error)";
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// Writes a table's fields for contents `Write` would never produce.
std::string WriteRawTable(const detail::TableParts& parts) {
  std::ostringstream out;
  util::BinaryWriter writer(out);
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

  TEST_CASE("a written table reads back identical - also several in one stream") {
    const TranslationTable table = TranslationTable::FromParts(HandMadeParts());
    std::stringstream stream;
    util::BinaryWriter writer(stream);
    table.Write(writer);
    TranslationTable().Write(writer);
    table.Write(writer);
    const std::string name = "three.lex";
    util::BinaryReader reader(stream, name);
    CHECK(TranslationTable::Read(reader) == table);
    CHECK(TranslationTable::Read(reader) == TranslationTable());
    CHECK(TranslationTable::Read(reader) == table);
    CHECK(stream.peek() == std::char_traits<char>::eof());
    const TranslationTable loaded = [&] {
      std::istringstream in(Saved(table));
      const std::string t = "t.lex";
      util::BinaryReader one(in, t);
      return TranslationTable::Read(one);
    }();
    CHECK(loaded.background_log_prob() == -6.5);
    CHECK(loaded.floor_probability() == 0.001);
  }

  TEST_CASE("a bidirectional model round-trips through Write and Read") {
    const std::vector<int> a = {0, 1, 2};
    const std::vector<int> b = {3, 1};
    const std::vector<int> c = {2, 0};
    const std::vector<int> d = {0, 4};
    const std::vector<SentencePair> pairs = {{a, b}, {c, d}, {b, a}};
    const BidirectionalModel model = TrainBidirectional(pairs, Model1Options{});
    std::stringstream stream;
    util::BinaryWriter writer(stream);
    model.Write(writer);
    const std::string name = "model.lex";
    util::BinaryReader reader(stream, name);
    CHECK(BidirectionalModel::Read(reader) == model);
    // One table is not a model: the second is missing.
    std::istringstream one_table(Saved(model.forward));
    util::BinaryReader short_reader(one_table, name);
    CHECK_THROWS_WITH_AS(BidirectionalModel::Read(short_reader),
                         doctest::Contains("model.lex: file is truncated"), ModelError);
  }

  TEST_CASE("loading a damaged table names the file and the problem") {
    const std::string good = Saved(TranslationTable::FromParts(HandMadeParts()));

    // Text read as a table: its huge "id limits" ask for bitmaps the text does not hold. They
    // are read in chunks, so this fails at the end of the input, not by allocating 200 MB.
    CHECK(StartsWith(LoadError("hello, world: this is a text file\n"),
                     "ko-en.lex: file is truncated"));

    // Every proper prefix fails cleanly as truncated.
    for (std::size_t size = 0; size < good.size(); ++size) {
      const std::string message = LoadError(good.substr(0, size));
      CHECK_MESSAGE(StartsWith(message, "ko-en.lex: file is truncated"), "prefix of ", size,
                    " bytes: ", message);
    }

    // Contents that pass the checksum (written by a buggy or hostile writer) are still checked.
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
