#include "kealign/io/document_pairs.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "temp_dir.h"

namespace kealign::io {
namespace {

std::vector<DocumentPair> Manifest(const std::string& text, const std::string& base = "/data") {
  std::istringstream in(text);
  return ReadManifest(in, "m.tsv", base);
}

std::string ManifestError(const std::string& text) {
  try {
    Manifest(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

std::vector<std::string> Names(const std::vector<DocumentPair>& pairs) {
  std::vector<std::string> names;
  for (const DocumentPair& pair : pairs) names.push_back(pair.name);
  return names;
}

TEST_SUITE("io") {
  TEST_CASE("a manifest lists pairs in its order with paths from its directory") {
    const auto pairs = Manifest("# name\tko\ten\nz\tz.ko\t/abs/z.en\r\n\na\tsub/a.ko\tsub/a.en\n");
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].name == "z");
    CHECK(pairs[0].source_path == "/data/z.ko");
    CHECK(pairs[0].target_path == "/abs/z.en");
    CHECK(pairs[1].source_path == "/data/sub/a.ko");
    CHECK(Manifest("a\ta.ko\ta.en\n", "")[0].source_path == "a.ko");
  }

  TEST_CASE("a bad manifest line is named with what is wrong") {
    CHECK(ManifestError("a\ta.ko\n") ==
          "m.tsv:line 1: 2 tab-separated fields, expected a manifest line: NAME<TAB>Korean "
          "path<TAB>English path");
    CHECK(ManifestError("a\t\ta.en\n") == "m.tsv:line 1: an empty field");
    CHECK(ManifestError("x/a\ta.ko\ta.en\n").starts_with("m.tsv:line 1: 'x/a' is not a plain"));
    CHECK(ManifestError("..\ta.ko\ta.en\n").starts_with("m.tsv:line 1: '..' is not a plain"));
    CHECK(ManifestError("a\ta.ko\ta.en\n\na\tb.ko\tb.en\n") ==
          "m.tsv:line 3: the name 'a' was used before, on line 1: names must be unique (they "
          "name the outputs)");
  }

  TEST_CASE("a manifest file resolves paths from its own directory") {
    testing::TempDir dir;
    const std::string path = dir.Write("list.tsv", "d\td.ko.txt\td.en.txt\n");
    const auto pairs = ReadManifestFile(path);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].source_path == dir / "d.ko.txt");
    CHECK_THROWS_AS(ReadManifestFile(dir / "missing.tsv"), InputError);
  }

  TEST_CASE("shards are contiguous - together they hold every pair once") {
    std::vector<DocumentPair> pairs;
    for (int i = 0; i < 10; ++i) pairs.push_back({std::to_string(i), "", ""});
    CHECK(Names(SelectShard(pairs, {1, 3})) == std::vector<std::string>{"0", "1", "2"});
    CHECK(Names(SelectShard(pairs, {2, 3})) == std::vector<std::string>{"3", "4", "5"});
    CHECK(Names(SelectShard(pairs, {3, 3})) == std::vector<std::string>{"6", "7", "8", "9"});
    CHECK(SelectShard(pairs, {1, 1}).size() == 10);
    CHECK(SelectShard(pairs, {8, 20}).size() == 1);
    std::size_t total = 0;
    for (int i = 1; i <= 20; ++i) total += SelectShard(pairs, {i, 20}).size();
    CHECK(total == 10);
  }

  TEST_CASE("a shard is I of N with 1 <= I <= N") {
    CHECK(ParseShard("3/8").index == 3);
    CHECK(ParseShard("3/8").count == 8);
    CHECK(ParseShard("1/1").count == 1);
    for (const char* bad : {"0/4", "5/4", "3", "a/b", "1/0", "-1/4", "1/4x", "/4", ""}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(ParseShard(bad), Error);
    }
  }
}

}  // namespace
}  // namespace kealign::io
