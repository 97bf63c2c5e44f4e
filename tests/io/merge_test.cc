#include "kealign/io/merge.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kealign/error.h"
#include "temp_dir.h"

namespace kealign::io {
namespace {

using testing::ReadFile;
using testing::TempDir;

TEST_SUITE("io") {
  TEST_CASE("merged outputs hold every document in the given order with its name") {
    TempDir dir;
    dir.Write("b.tsv", "가\tA\t0.9000\t0\t0\n\tB\t0.1000\t\t1\n");
    dir.Write("a.tsv", "나\tC\t1.0000\t0\t0\n");
    dir.Write("b.jsonl",
              "{\"ko\":\"가\",\"en\":\"A\",\"score\":0.9000,\"ko_ids\":[0],\"en_ids\":[0]}\n");
    dir.Write("a.jsonl",
              "{\"ko\":\"나\",\"en\":\"C\",\"score\":1.0000,\"ko_ids\":[0],\"en_ids\":[0]}\n");
    dir.Write("b.ko", "가\n");
    dir.Write("b.en", "A\n");
    dir.Write("a.ko", "나\n다\n");
    dir.Write("a.en", "C\nD\n");
    const std::vector<Format> formats = {Format::kMoses, Format::kIds, Format::kTsv,
                                         Format::kJsonl};
    const std::vector<std::string> paths =
        MergeOutputs({"b", "a"}, dir.path().string(), formats, dir / "all");
    CHECK(paths == std::vector<std::string>{dir / "all.ko", dir / "all.en", dir / "all.docs",
                                            dir / "all.tsv", dir / "all.jsonl"});
    CHECK(ReadFile(dir / "all.tsv") ==
          "b\t가\tA\t0.9000\t0\t0\nb\t\tB\t0.1000\t\t1\na\t나\tC\t1.0000\t0\t0\n");
    CHECK(
        ReadFile(dir / "all.jsonl") ==
        "{\"id\":\"b\",\"ko\":\"가\",\"en\":\"A\",\"score\":0.9000,\"ko_ids\":[0],\"en_ids\":[0]}\n"
        "{\"id\":\"a\",\"ko\":\"나\",\"en\":\"C\",\"score\":1.0000,\"ko_ids\":[0],\"en_ids\":[0]}"
        "\n");
    CHECK(ReadFile(dir / "all.ko") == "가\n나\n다\n");
    CHECK(ReadFile(dir / "all.en") == "A\nC\nD\n");
    CHECK(ReadFile(dir / "all.docs") == "b\na\na\n");
  }

  TEST_CASE("a missing document output fails the merge - nothing is written") {
    TempDir dir;
    dir.Write("a.tsv", "x\ty\t1.0000\t0\t0\n");
    CHECK_THROWS_AS(MergeOutputs({"a", "gone"}, dir.path().string(), {Format::kTsv}, dir / "all"),
                    InputError);
    CHECK(dir.List() == std::vector<std::string>{"a.tsv"});
  }
}

}  // namespace
}  // namespace kealign::io
